"""The one kind of question the app asks before doing something that cannot be taken back (leaving or
quitting a round, giving up an unfinished one, submitting with parts left open)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox, QPushButton, QWidget


def ask(parent: QWidget, title: str, text: str, act: str, stay: str,
        act_role: QMessageBox.ButtonRole = QMessageBox.ButtonRole.DestructiveRole,
        ) -> tuple[QMessageBox, QPushButton, QPushButton]:
    """A window-modal question that does not block: ``stay`` (the safe answer) is the default and Esc.
    The caller connects ``buttonClicked`` and calls ``open()``; returns the box and its two buttons."""
    box = QMessageBox(QMessageBox.Icon.Question, title, text, parent=parent)
    box.setWindowModality(Qt.WindowModality.WindowModal)
    act_button = box.addButton(act, act_role)
    stay_button = box.addButton(stay, QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(stay_button)
    box.setEscapeButton(stay_button)
    # once it closes, the window it was over takes the keyboard back: widgets/refocus.py, for every dialog
    return box, act_button, stay_button

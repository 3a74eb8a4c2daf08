"""No dialog leaves the keyboard nowhere: after "New student…" is filled in by keyboard, the start screen is the
active window again and Enter starts the round (a keyboard-only student's first minute); the same for a dialog
over the editor window, which gets the keyboard back, not the main window."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QDialog, QDialogButtonBox, QVBoxLayout, QWidget


def _when_a_dialog_is_up(qtbot, act) -> None:
    def check():
        dialog = QApplication.activeModalWidget()
        if dialog is None or not dialog.isVisible() or QApplication.activeWindow() is not dialog:
            QTimer.singleShot(20, check)
            return
        act(dialog)
    QTimer.singleShot(0, check)


def test_after_the_new_student_dialog_the_start_screen_takes_keys(qtbot, make_window):
    window = make_window(student=None)
    start = window.start_screen
    assert start.current_profile() is None

    def fill_in(dialog):
        qtbot.keyClicks(dialog.name_edit, "Anna")
        qtbot.keyClick(dialog.name_edit, Qt.Key.Key_Return)
    _when_a_dialog_is_up(qtbot, fill_in)
    qtbot.keyClick(window, Qt.Key.Key_N, Qt.KeyboardModifier.AltModifier)  # &New student…
    qtbot.waitUntil(lambda: start.current_profile() is not None, timeout=5000)
    assert "Anna" in start.profile_combo.currentText()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=5000)
    focused = QApplication.focusWidget()
    assert focused is not None and focused.isVisible() and window.isAncestorOf(focused)
    qtbot.keyClick(focused, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.current_screen is window.question_screen, timeout=5000)


def test_a_dialog_over_a_second_window_gives_the_keyboard_back_to_that_window(qtbot, make_window):
    window = make_window()
    other = QWidget()
    qtbot.addWidget(other)
    other.setWindowTitle("Editor-like window")
    other.show()
    other.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is other, timeout=5000)
    dialog = QDialog(other)
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok)
    buttons.accepted.connect(dialog.accept)
    QVBoxLayout(dialog).addWidget(buttons)
    _when_a_dialog_is_up(qtbot, lambda d: qtbot.keyClick(d, Qt.Key.Key_Return))
    assert dialog.exec() == QDialog.DialogCode.Accepted
    qtbot.waitUntil(lambda: QApplication.activeWindow() is other, timeout=5000)
    assert QApplication.activeWindow() is not window

"""The questions of the set (each marked ⚠ with its problems) and the buttons that add, copy, delete,
move and suggest questions. The buttons only ask (``*_requested``); the window makes the edits."""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QListView,
    QMenu,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from question_bank.models import QUESTION_TYPES, TYPE_LABELS

from ..widgets.text import plain_label
from .bank_panel import FilterBar
from .document import Validation
from .question_list import QuestionListModel, QuestionListView


class QuestionPanel(QWidget):
    add_requested = Signal(str)
    """Add a question of this type after the selected one."""
    duplicate_requested = Signal()
    """Copy the selected question."""
    delete_requested = Signal()
    """Delete the selected question."""
    move_requested = Signal(int)
    """Move the selected question this many places (-1 up, 1 down)."""
    suggest_questions_requested = Signal()
    """Show questions drafted from the source text."""
    change_selected_requested = Signal()
    """Change the topics, points or difficulty of the selected questions."""
    copy_to_set_requested = Signal(bool)
    """Copy the selected questions to another set file (True: move them)."""
    duplicates_requested = Signal()
    """Find questions that ask the same and show only them."""

    def __init__(self, parent=None):
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.heading = plain_label(QCoreApplication.translate("QuestionPanel", "Questions"), "sectionTitle")
        layout.addWidget(self.heading)
        self.filters = FilterBar()
        layout.addWidget(self.filters)
        self.model = QuestionListModel(self)
        self.list = QuestionListView(self.model)
        self.list.setAccessibleName(QCoreApplication.translate("QuestionPanel", "Questions of the set; ⚠ marks a question with problems. Shift or Ctrl with "
                                   "the arrow keys and Space selects several."))
        self.list.setWordWrap(True)
        self.list.setAlternatingRowColors(True)
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.list.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.list.setResizeMode(QListView.ResizeMode.Adjust)
        self.list.setTextElideMode(Qt.TextElideMode.ElideNone)
        layout.addWidget(self.list, 1)
        buttons = QGridLayout()
        self.type_combo = QComboBox()
        self.type_combo.setAccessibleName(QCoreApplication.translate("QuestionPanel", "Type of the new question"))
        self.type_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.type_combo.setMinimumContentsLength(8)
        for qtype in QUESTION_TYPES:
            self.type_combo.addItem(TYPE_LABELS[qtype], qtype)
        buttons.addWidget(self.type_combo, 0, 0, 1, 2)
        self.add_button = _button(QCoreApplication.translate("QuestionPanel", "&Add"), QCoreApplication.translate("QuestionPanel", "Add a question of the chosen type"))
        self.add_button.clicked.connect(lambda: self.add_requested.emit(self.chosen_type()))
        buttons.addWidget(self.add_button, 0, 2)
        self.duplicate_button = _button(QCoreApplication.translate("QuestionPanel", "Duplicate"), QCoreApplication.translate("QuestionPanel", "Duplicate the selected question"))
        self.duplicate_button.clicked.connect(self.duplicate_requested)
        self.delete_button = _button(QCoreApplication.translate("QuestionPanel", "Delete"), QCoreApplication.translate("QuestionPanel", "Delete the selected questions"))
        self.delete_button.clicked.connect(self.delete_requested)
        self.up_button = _button("↑", QCoreApplication.translate("QuestionPanel", "Move the selected question up"), QCoreApplication.translate("QuestionPanel", "Move the selected question up (Alt+Up in "
                                 "the list)"))
        self.up_button.clicked.connect(lambda: self.move_requested.emit(-1))
        self.down_button = _button("↓", QCoreApplication.translate("QuestionPanel", "Move the selected question down"), QCoreApplication.translate("QuestionPanel", "Move the selected question down "
                                   "(Alt+Down in the list)"))
        self.down_button.clicked.connect(lambda: self.move_requested.emit(1))
        moves = QHBoxLayout()
        moves.addWidget(self.up_button)
        moves.addWidget(self.down_button)
        buttons.addWidget(self.duplicate_button, 1, 0)
        buttons.addWidget(self.delete_button, 1, 1)
        buttons.addLayout(moves, 1, 2)
        self.suggest_questions_button = _button(QCoreApplication.translate("QuestionPanel", "Suggest questions…"), QCoreApplication.translate("QuestionPanel", "Suggest questions drafted from the source "
                                                "text"), QCoreApplication.translate("QuestionPanel", "Drafts from the source text to accept, edit or discard "
                                                "(Ctrl+Shift+G)"))
        self.suggest_questions_button.clicked.connect(self.suggest_questions_requested)
        buttons.addWidget(self.suggest_questions_button, 2, 0, 1, 3)
        # the bank's actions on the selected questions: one button with a menu (the Bank menu has them too),
        # so the list keeps its room in a small window
        self.bank_button = _button(QCoreApplication.translate("QuestionPanel", "Selected questions ▾"), QCoreApplication.translate("QuestionPanel", "Actions on the selected questions: change, copy, "
                                   "move; find duplicates"))
        menu = QMenu(self.bank_button)
        self.change_action = menu.addAction(QCoreApplication.translate("QuestionPanel", "&Change the selected questions…"),
                                            lambda: self.change_selected_requested.emit())
        self.copy_action = menu.addAction(QCoreApplication.translate("QuestionPanel", "C&opy them to another set…"), lambda: self.copy_to_set_requested.emit(False))
        self.move_action = menu.addAction(QCoreApplication.translate("QuestionPanel", "&Move them to another set…"), lambda: self.copy_to_set_requested.emit(True))
        menu.addSeparator()
        self.duplicates_action = menu.addAction(QCoreApplication.translate("QuestionPanel", "Find &duplicate questions"), lambda: self.duplicates_requested.emit())
        self.bank_button.setMenu(menu)
        buttons.addWidget(self.bank_button, 3, 0, 1, 3)
        layout.addLayout(buttons)

    def chosen_type(self) -> str:
        """The type chosen for the next new question."""
        return str(self.type_combo.currentData())

    def show_set(self, data: dict | None, validation: Validation, current: int) -> None:
        """Show the questions of ``data`` (after questions were added, removed or moved), ``current`` selected."""
        self.list.blockSignals(True)
        self.model.show(data, validation)
        self.list.setCurrentRow(current)
        self.list.blockSignals(False)
        self.heading.setText(QCoreApplication.translate("QuestionPanel", "Questions ({count})").format(count=len((data or {}).get('questions', []))))

    def show_only(self, rows: list[int] | None) -> None:
        """Hide the questions the filters leave out (None: show them all). The rows keep their numbers:
        the list's rows are always the set's questions."""
        shown = set(rows) if rows is not None else None
        for r in range(self.list.count()):
            hidden = shown is not None and r not in shown
            if self.list.isRowHidden(r) != hidden:
                self.list.setRowHidden(r, hidden)

    def selected_rows(self) -> list[int]:
        """The questions selected in the list (those shown), in order; the current one when none is."""
        rows = sorted({i.row() for i in self.list.selectionModel().selectedIndexes()
                       if not self.list.isRowHidden(i.row())})
        if not rows and self.list.currentRow() >= 0 and not self.list.isRowHidden(self.list.currentRow()):
            rows = [self.list.currentRow()]
        return rows

    def select(self, row: int) -> None:
        """Select a row without announcing it (the window chose it)."""
        if self.list.currentRow() != row:
            self.list.blockSignals(True)
            self.list.setCurrentRow(row)
            self.list.blockSignals(False)

    def enable(self, states: Mapping[str, bool]) -> None:
        """Enable the buttons as their actions are (see ``actions.action_states``)."""
        for button, name in ((self.duplicate_button, "duplicate"), (self.delete_button, "delete"),
                             (self.up_button, "move_up"), (self.down_button, "move_down"),
                             (self.suggest_questions_button, "suggest_questions"),
                             (self.change_action, "change_selected"), (self.copy_action, "copy_to_set"),
                             (self.move_action, "move_to_set"), (self.duplicates_action, "find_duplicates")):
            button.setEnabled(states[name])


def _button(text: str, name: str, tip: str = "") -> QPushButton:
    button = QPushButton(text)
    button.setAccessibleName(name)
    if tip:
        button.setToolTip(tip)
    return button


__all__ = ["QuestionPanel"]

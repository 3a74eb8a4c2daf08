"""The validator's problems with the set, each one a step away from the place to fix it.

F8 and Shift+F8 step through them (``go_to``); the window shows the place of the chosen one
(``document.problem_place`` says where it is).
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QAbstractItemView, QListView, QListWidget, QListWidgetItem, QVBoxLayout, QWidget

from question_bank.validation import Problem

from ..widgets.text import plain_label
from .document import Validation, editor_hint, plain_tooltip, problem_text


class ProblemsPanel(QWidget):
    problem_activated = Signal(object)
    """The teacher chose a problem (a ``Problem``): show the place to fix it."""

    def __init__(self, parent=None):
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.heading = plain_label("Problems", "sectionTitle")
        layout.addWidget(self.heading)
        self.list = QListWidget()
        self.list.setAccessibleName("Problems with this set; press Enter to go to one")
        self.list.setWordWrap(True)
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.list.setResizeMode(QListView.ResizeMode.Adjust)
        self.list.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.list.itemActivated.connect(self._on_list_item_activated)
        self.list.itemClicked.connect(self._on_list_item_activated)
        self.list.currentItemChanged.connect(self._on_list_current_item_changed)
        layout.addWidget(self.list, 1)
        self.hint = plain_label("", "muted", selectable=True)
        self.hint.setAccessibleName("How to fix the chosen problem")
        layout.addWidget(self.hint)
        self._problems: list[Problem] = []
        self._row = -1  # the problem last gone to; F8 goes on from there

    @property
    def problems(self) -> list[Problem]:
        return list(self._problems)

    def show_validation(self, validation: Validation, question_ids: list[str]) -> None:
        errors, notices = len(validation.errors), len(validation.notices)
        head = "No problems: the set can be played for a score" if not errors else (
            f"{errors} problem{'s' if errors != 1 else ''} to fix")
        if notices:
            head += f" · {notices} teacher-verified"
        self.heading.setText(head)
        if [(p.path, p.message) for p in validation.problems] != [(p.path, p.message) for p in self._problems]:
            self._row = -1  # other problems: F8 starts again from the first
        self._problems = list(validation.problems)
        texts = [problem_text(p, question_ids) for p in self._problems]
        if texts == [self.list.item(i).text() for i in range(self.list.count())]:
            return  # the same problems: keep the teacher's place in the list
        self.list.blockSignals(True)
        self.list.clear()
        for problem, text in zip(self._problems, texts, strict=True):
            item = QListWidgetItem(text)
            hint = editor_hint(problem)
            item.setToolTip(plain_tooltip(hint))
            item.setData(Qt.ItemDataRole.UserRole, hint)
            self.list.addItem(item)
        self.list.blockSignals(False)
        self.hint.setText("")

    def activate(self, row: int) -> None:
        if 0 <= row < len(self._problems):
            self._row = row
            self.list.setCurrentRow(row)
            self.problem_activated.emit(self._problems[row])

    def go_to(self, step: int) -> bool:
        """Go to the next (``step`` 1) or previous (-1) problem, round the list; False if there are none."""
        rows = self.list.count()
        if not rows:
            return False
        self.activate((self._row + step) % rows if self._row >= 0 else (0 if step > 0 else rows - 1))
        return True

    def _on_list_item_activated(self, item: QListWidgetItem) -> None:
        self.activate(self.list.row(item))

    def _on_list_current_item_changed(self, item, _previous) -> None:
        self.hint.setText(item.data(Qt.ItemDataRole.UserRole) if item is not None else "")

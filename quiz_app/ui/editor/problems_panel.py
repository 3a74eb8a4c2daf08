"""The validator's problems with the set, each one a step away from the place to fix it.

F8 and Shift+F8 step through them (``go_to``); the window shows the place of the chosen one
(``document.problem_place`` says where it is).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import QAbstractItemView, QListView, QListWidget, QListWidgetItem, QVBoxLayout, QWidget

from question_bank.validation import Problem

from ..widgets.text import plain_label
from .document import Validation, editor_hint, plain_tooltip, problem_order, problem_text, question_index


def validation_heading(validation: Validation, question_count: int) -> str:
    """The heading of the list of problems: what the set needs before students can play it for a score."""
    errors, warnings, notices = len(validation.errors), len(validation.warnings), len(validation.notices)
    status = validation.question_set.status if validation.question_set is not None else ""
    if errors:
        head = QCoreApplication.translate("problems_panel", "%n problem(s) to fix", "", errors)
    elif question_count == 0:
        head = QCoreApplication.translate("problems_panel", "No questions yet: add one to play the set")
    elif status == "draft":
        head = QCoreApplication.translate("problems_panel", "No problems · the set is a draft: set its status to Ready (Set and rounds) for scored rounds")
    else:
        head = QCoreApplication.translate("problems_panel", "No problems: the set can be played for a score")
    if warnings:
        head += QCoreApplication.translate("problems_panel", " · %n warning(s) to look at", "", warnings)
    elif validation.question_set is not None and not validation.linted:
        head += QCoreApplication.translate("problems_panel", " · warnings not checked here for a set this large (use “quiz-bank validate”)")
    if notices:
        head += QCoreApplication.translate("problems_panel", " · %n teacher-verified", "", notices)
    return head


def next_problem_row(problems: list[Problem], last: Problem | None, step: int,
                     current_question: int | None = None) -> int | None:
    """The row of the unresolved problem F8 (``step`` 1) or Shift+F8 (-1) goes to (see ``ProblemsPanel.go_to``)."""
    rows = [i for i, p in enumerate(problems) if p.severity != "notice"]
    if not rows:
        return None
    if last is not None and current_question is not None and question_index(last) not in (None, current_question):
        last = None  # the teacher went to another question: on from there
    if last is not None:
        for n, i in enumerate(rows):
            if problems[i] == last:
                return rows[(n + step) % len(rows)]
        here = problem_order(last)
    elif current_question is not None:
        here = (0, True, current_question)
    else:
        return rows[0] if step > 0 else rows[-1]
    if step > 0:
        return next((i for i in rows if problem_order(problems[i]) >= here), rows[0])
    return next((i for i in reversed(rows) if problem_order(problems[i]) < here), rows[-1])


class ProblemsPanel(QWidget):
    problem_activated = Signal(object)
    """The teacher chose a problem (a ``Problem``): show the place to fix it."""

    def __init__(self, parent=None):
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.heading = plain_label(QCoreApplication.translate("ProblemsPanel", "Problems"), "sectionTitle")
        layout.addWidget(self.heading)
        self.list = QListWidget()
        self.list.setAccessibleName(QCoreApplication.translate("ProblemsPanel", "Problems with this set; press Enter to go to one"))
        self.list.setWordWrap(True)
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.list.setResizeMode(QListView.ResizeMode.Adjust)
        self.list.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.list.itemActivated.connect(self._on_list_item_activated)
        self.list.itemClicked.connect(self._on_list_item_activated)
        self.list.currentItemChanged.connect(self._on_list_current_item_changed)
        layout.addWidget(self.list, 1)
        self.hint = plain_label("", "muted", selectable=True)
        self.hint.setAccessibleName(QCoreApplication.translate("ProblemsPanel", "How to fix the chosen problem"))
        layout.addWidget(self.hint)
        self._problems: list[Problem] = []
        self._last: Problem | None = None  # the problem last gone to; F8 goes on from there

    @property
    def problems(self) -> list[Problem]:
        return list(self._problems)

    def show_validation(self, validation: Validation, question_ids: list[str]) -> None:
        self.heading.setText(validation_heading(validation, len(question_ids)))
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
            self._last = self._problems[row]
            self.list.setCurrentRow(row)
            self.problem_activated.emit(self._problems[row])

    def go_to(self, step: int, current_question: int | None = None) -> bool:
        """Go to the next (``step`` 1) or previous (-1) unresolved problem, round the list; False if there
        are none. Unresolved: the errors first, then the item-quality warnings (a teacher-verified note is
        answered for). "Next" is after the problem last gone to, or, when that one was fixed meanwhile, the
        first one from its place on; when the teacher has since moved to another question, from there."""
        rows = next_problem_row(self._problems, self._last, step, current_question)
        if rows is None:
            return False
        self.activate(rows)
        return True

    def _on_list_item_activated(self, item: QListWidgetItem) -> None:
        self.activate(self.list.row(item))

    def _on_list_current_item_changed(self, item, _previous) -> None:
        self.hint.setText(item.data(Qt.ItemDataRole.UserRole) if item is not None else "")

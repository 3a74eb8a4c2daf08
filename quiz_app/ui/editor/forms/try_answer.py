"""The "Try an answer" box of short-answer and numeric questions: a teacher types an answer a student might
give and sees how a scored round would mark it, with the grader's note saying how it was read."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QGroupBox, QHBoxLayout, QLineEdit, QPushButton, QVBoxLayout

from ...widgets.text import plain_label
from ..document import TriedAnswer

#: grades a typed answer for a question (as a dict); set by the editor, which knows the set's sources
Tryer = Callable[[dict, str], TriedAnswer]


class TryAnswerBox(QGroupBox):
    def __init__(self, question: Callable[[], dict], parent=None):
        super().__init__(QCoreApplication.translate("TryAnswerBox", "Try an answer"), parent)
        self._question = question
        self.tryer: Tryer | None = None
        self._shown_id: object = None
        layout = QVBoxLayout(self)
        layout.addWidget(plain_label(QCoreApplication.translate("TryAnswerBox", "Type what a student might answer: it is marked as in a scored round."),
                                     "muted"))
        row = QHBoxLayout()
        self.answer_edit = QLineEdit()
        self.answer_edit.setPlaceholderText(QCoreApplication.translate("TryAnswerBox", "A student's answer"))
        self.answer_edit.setAccessibleName(QCoreApplication.translate("TryAnswerBox", "An answer to try"))
        self.answer_edit.returnPressed.connect(self.try_now)
        row.addWidget(self.answer_edit, 1)
        self.try_button = QPushButton(QCoreApplication.translate("TryAnswerBox", "T&ry it"))
        self.try_button.setAccessibleName(QCoreApplication.translate("TryAnswerBox", "Try this answer"))
        self.try_button.clicked.connect(self.try_now)
        row.addWidget(self.try_button)
        layout.addLayout(row)
        self.result_label = plain_label("", "muted", selectable=True)
        self.result_label.setAccessibleName(QCoreApplication.translate("TryAnswerBox", "How the answer was marked"))
        self.result_label.hide()
        layout.addWidget(self.result_label)

    def show_question(self, q: dict) -> None:
        """The form shows ``q``: another question forgets what was tried; the same one marks it again,
        so the verdict follows the teacher's edits to the accepted answers or the quote."""
        if q.get("id") != self._shown_id:
            self._shown_id = q.get("id")
            self.answer_edit.clear()
            self.result_label.hide()
        elif self.result_label.isVisible():
            self.try_now()

    def try_now(self) -> None:
        if self.tryer is None:
            return
        tried = self.tryer(self._question(), self.answer_edit.text())
        mark = {True: "✓ ", False: "✗ ", None: ""}[tried.correct]
        self.result_label.setText(mark + tried.note)
        self.result_label.setObjectName({True: "triedRight", False: "triedWrong", None: "muted"}[tried.correct])
        self.result_label.style().unpolish(self.result_label)
        self.result_label.style().polish(self.result_label)
        self.result_label.show()

"""Short answer: the accepted answers, the first being the one shown as correct."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QVBoxLayout

from ...widgets.text import plain_label
from .base import QuestionForm
from .fields import Column, RowsEditor
from .try_answer import TryAnswerBox


class ShortAnswerForm(QuestionForm):
    qtype = "short_answer"

    def build_answer(self, layout: QVBoxLayout) -> None:
        layout.addWidget(plain_label(QCoreApplication.translate("ShortAnswerForm", "The first accepted answer is shown to students as the correct one and must be "
                                     "in the quote. Case, accents, punctuation and one typo are forgiven."), "muted"))
        self.accepted = RowsEditor("accepted", QCoreApplication.translate("ShortAnswerForm", "Accepted answer"), [Column(None, QCoreApplication.translate("ShortAnswerForm", "Answer"))], self._emit,
                                   minimum=1, maximum=12, new_row=lambda: "")
        layout.addWidget(self.accepted)
        self.try_box = TryAnswerBox(lambda: self._question)
        layout.addWidget(self.try_box)

    def load_answer(self, q: dict) -> None:
        self.accepted.set_rows(q.get("accepted", []))
        self.try_box.show_question(q)

    def focus_answer(self, rel: tuple) -> bool:
        if rel and rel[0] == "accepted":
            self.accepted.focus_row(rel[1] if len(rel) > 1 and isinstance(rel[1], int) else 0)
            return True
        return False

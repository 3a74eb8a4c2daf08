"""Matching: pairs of a left item and its right match, and optional extra right-hand options."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QVBoxLayout

from ...widgets.text import plain_label
from .base import QuestionForm
from .fields import Column, RowsEditor


class MatchingForm(QuestionForm):
    qtype = "matching"

    def build_answer(self, layout: QVBoxLayout) -> None:
        layout.addWidget(plain_label(QCoreApplication.translate("MatchingForm", "Each pair is a left item and the right item that matches it; students see "
                                     "the right items shuffled. A pair the question's quote does not state can "
                                     "have a quote of its own: select its words in the source text and press "
                                     "“Quote from selection”."), "muted"))
        self.pairs = RowsEditor("pairs", QCoreApplication.translate("MatchingForm", "Pair"), [Column("left", "Left"), Column("right", QCoreApplication.translate("MatchingForm", "Matches")),
                                                  Column("evidence", QCoreApplication.translate("MatchingForm", "Quote"), "quote")], self._emit,
                                minimum=2, maximum=8, new_row=lambda: {"left": "", "right": ""},
                                on_quote=lambda r, key: self._request_quote("pairs", r, key))
        layout.addWidget(self.pairs)
        layout.addWidget(plain_label(QCoreApplication.translate("MatchingForm", "Extra options that match nothing (optional):"), "muted"))
        self.distractors = RowsEditor("distractors", QCoreApplication.translate("MatchingForm", "Extra option"), [Column(None, QCoreApplication.translate("MatchingForm", "Option"))], self._emit,
                                      minimum=0, maximum=6, new_row=lambda: "")
        layout.addWidget(self.distractors)

    def load_answer(self, q: dict) -> None:
        self.pairs.set_rows(q.get("pairs", []))
        self.distractors.set_rows(q.get("distractors", []))

    def focus_answer(self, rel: tuple) -> bool:
        if rel and rel[0] == "pairs":
            row = rel[1] if len(rel) > 1 and isinstance(rel[1], int) else 0
            self.pairs.focus_row(row, rel[2] if len(rel) > 2 else "left")
            return True
        if rel and rel[0] == "distractors":
            self.distractors.focus_row(rel[1] if len(rel) > 1 and isinstance(rel[1], int) else 0)
            return True
        return False

"""Multiple choice and "choose all that apply": choices with a correct flag and per-choice feedback."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QVBoxLayout

from ...widgets.text import plain_label
from .base import QuestionForm
from .fields import Column, RowsEditor


class ChoicesForm(QuestionForm):
    qtype = "multiple_choice"
    single = True

    def build_answer(self, layout: QVBoxLayout) -> None:
        maximum = 6 if self.single else 8
        layout.addWidget(plain_label(
            QCoreApplication.translate("ChoicesForm", "Tick the correct choice. Feedback is optional: why this choice is right or wrong.") if self.single else
            QCoreApplication.translate("ChoicesForm", "Tick every correct choice. Feedback is optional: why this choice is right or wrong."), "muted"))
        self.choices = RowsEditor(
            "choices", QCoreApplication.translate("ChoicesForm", "Choice"),
            [Column("text", QCoreApplication.translate("ChoicesForm", "Text")), Column("correct", QCoreApplication.translate("ChoicesForm", "Correct"), "check"),
             Column("feedback", QCoreApplication.translate("ChoicesForm", "Feedback"), "optional_text", QCoreApplication.translate("ChoicesForm", "Optional: why this choice is right or wrong"))],
            self._emit, minimum=2, maximum=maximum, new_row=lambda: {"text": "", "correct": False},
            on_check=self._on_correct_checked)
        layout.addWidget(self.choices)

    def load_answer(self, q: dict) -> None:
        self.choices.set_rows(q.get("choices", []))

    def focus_answer(self, rel: tuple) -> bool:
        if rel and rel[0] == "choices":
            if len(rel) > 1 and isinstance(rel[1], int):
                self.choices.focus_row(rel[1], rel[2] if len(rel) > 2 and rel[2] != "evidence" else "text")
            else:
                self.choices.focus_row(0)
            return True
        return False

    def _on_correct_checked(self, row: int, key: str, checked: bool) -> None:
        if not self.single:
            self._emit(("choices", row, "correct"), checked, False)
            return
        # One correct answer: ticking a choice unticks the others, in one undo step.
        rows = [dict(c) if isinstance(c, dict) else c for c in self._question.get("choices", [])]
        for i, c in enumerate(rows):
            if isinstance(c, dict):
                c["correct"] = (i == row) if checked else (c.get("correct", False) and i != row)
        self._emit(("choices",), rows, False)


class MultipleSelectForm(ChoicesForm):
    qtype = "multiple_select"
    single = False

"""Put in order: the events in their correct order, each with the date the source gives for it."""

from __future__ import annotations

from PySide6.QtWidgets import QVBoxLayout

from ...widgets.text import plain_label
from .base import QuestionForm
from .fields import Column, RowsEditor


class OrderingForm(QuestionForm):
    qtype = "ordering"

    def build_answer(self, layout: QVBoxLayout) -> None:
        layout.addWidget(plain_label("List the events in their correct order, earliest first (students see them "
                                     "shuffled). Give each the date the source writes for it.", "muted"))
        self.items = RowsEditor("items", "Event",
                                [Column("text", "Event"), Column("date", "Date", "optional_text",
                                                                 "As the source writes it, e.g. June 25, 1950")],
                                self._emit, minimum=3, maximum=6, new_row=lambda: {"text": ""})
        layout.addWidget(self.items)

    def load_answer(self, q: dict) -> None:
        self.items.set_rows(q.get("items", []))

    def focus_answer(self, rel: tuple) -> bool:
        if rel and rel[0] == "items":
            row = rel[1] if len(rel) > 1 and isinstance(rel[1], int) else 0
            self.items.focus_row(row, "date" if len(rel) > 2 and rel[2] == "date" else "text")
            return True
        return False

"""Put in order: the events in their correct order, each with the date the source gives for it, or
each with a quote of its own (selected in the source text) that fixes its place."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QVBoxLayout

from question_bank.i18n import QT_TRANSLATE_NOOP
from question_bank.validation import ordering_dates_optional

from ...widgets.text import plain_label
from .base import QuestionForm
from .fields import Column, LineField, RowsEditor

DATE_HINT = QT_TRANSLATE_NOOP("OrderingForm", "As the source writes it, e.g. June 25, 1950")
OPTIONAL_DATE_HINT = QT_TRANSLATE_NOOP("OrderingForm", "Optional: every event has its own quote, which fixes its place")


class OrderingForm(QuestionForm):
    qtype = "ordering"

    def build_answer(self, layout: QVBoxLayout) -> None:
        layout.addWidget(plain_label(QCoreApplication.translate("OrderingForm", "List the events in their correct order, earliest first (students see them "
                                     "shuffled). Give each the date the source writes for it, or give every "
                                     "event a quote of its own: select its words in the source text and press "
                                     "“Quote from selection”."), "muted"))
        self.items = RowsEditor("items", QCoreApplication.translate("OrderingForm", "Event"),
                                [Column("text", QCoreApplication.translate("OrderingForm", "Event")), Column("date", QCoreApplication.translate("OrderingForm", "Date"), "optional_text", QCoreApplication.translate("OrderingForm", DATE_HINT)),
                                 Column("evidence", QCoreApplication.translate("OrderingForm", "Quote"), "quote")],
                                self._emit, minimum=3, maximum=6, new_row=lambda: {"text": ""},
                                on_quote=lambda r, key: self._request_quote("items", r, key))
        layout.addWidget(self.items)

    def load_answer(self, q: dict) -> None:
        items = q.get("items", [])
        self.items.set_rows(items)
        # "optional" only when it is: the checker lets a date out only when every event has its own quote
        optional = ordering_dates_optional(items if isinstance(items, list) else [])
        for r, labels in enumerate(self.items.row_labels):
            labels["date"].setText(QCoreApplication.translate("OrderingForm", "Date (optional)") if optional else QCoreApplication.translate("OrderingForm", "Date"))
            edit = self.items.row_widgets[r]["date"]
            if not isinstance(edit, LineField):
                continue
            edit.setPlaceholderText(QCoreApplication.translate("OrderingForm", OPTIONAL_DATE_HINT if optional else DATE_HINT))
            edit.setAccessibleName(QCoreApplication.translate("OrderingForm", "Event {number}: date").format(number=r + 1) + (QCoreApplication.translate("OrderingForm", " (optional)") if optional else ""))

    def focus_answer(self, rel: tuple) -> bool:
        if rel and rel[0] == "items":
            row = rel[1] if len(rel) > 1 and isinstance(rel[1], int) else 0
            key = rel[2] if len(rel) > 2 and rel[2] in ("date", "evidence") else "text"
            self.items.focus_row(row, key)
            return True
        return False

"""A number: the value, how far off an answer may be, and what the number counts."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFormLayout, QVBoxLayout

from ...widgets.text import plain_label
from .base import QuestionForm, buddy
from .fields import LineField, number_text, optional_text, parse_number
from .try_answer import TryAnswerBox


class NumericForm(QuestionForm):
    qtype = "numeric"

    def build_answer(self, layout: QVBoxLayout) -> None:
        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.value_edit = LineField(QCoreApplication.translate("NumericForm", "The number"), QCoreApplication.translate("NumericForm", "For example 135000"))
        self.value_edit.textEdited.connect(lambda t: self._emit(("value",), parse_number(t), True))
        form.addRow(buddy(QCoreApplication.translate("NumericForm", "&Number:"), self.value_edit), self.value_edit)
        self.tolerance_edit = LineField(QCoreApplication.translate("NumericForm", "Tolerance: answers this far off still count"), QCoreApplication.translate("NumericForm", "0 means exactly"))
        self.tolerance_edit.textEdited.connect(lambda t: self._emit(("tolerance",), parse_number(t), True))
        form.addRow(buddy(QCoreApplication.translate("NumericForm", "&Tolerance (±):"), self.tolerance_edit), self.tolerance_edit)
        self.unit_edit = LineField(QCoreApplication.translate("NumericForm", "Unit: what the number counts"), QCoreApplication.translate("NumericForm", "For example troops, divisions, km"))
        self.unit_edit.textEdited.connect(lambda t: self._emit(("unit",), optional_text(t), True))
        form.addRow(buddy(QCoreApplication.translate("NumericForm", "&Unit:"), self.unit_edit), self.unit_edit)
        layout.addLayout(form)
        layout.addWidget(plain_label(QCoreApplication.translate("NumericForm", "The number must be one of the numbers written in the quote "
                                     "(within the tolerance)."), "muted"))
        self.try_box = TryAnswerBox(lambda: self._question)
        layout.addWidget(self.try_box)

    def load_answer(self, q: dict) -> None:
        for edit, key in ((self.value_edit, "value"), (self.tolerance_edit, "tolerance")):
            shown = parse_number(edit.text())
            value = q.get(key)
            if shown != value and not (shown is None and value is None):
                edit.set_value(number_text(value))
        self.unit_edit.set_value(q.get("unit"))
        self.try_box.show_question(q)

    def focus_answer(self, rel: tuple) -> bool:
        target = {"value": self.value_edit, "tolerance": self.tolerance_edit, "unit": self.unit_edit}.get(
            rel[0] if rel else "")
        if target is None:
            return False
        target.setFocus()
        return True

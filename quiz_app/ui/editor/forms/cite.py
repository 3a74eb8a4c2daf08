"""Find the sentence: a statement, and the student picks the source sentence that proves it (the quote)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFormLayout, QVBoxLayout

from question_bank.i18n import QT_TRANSLATE_NOOP

from ...widgets.text import plain_label
from .base import QuestionForm, buddy
from .fields import LongTextField


class CiteForm(QuestionForm):
    qtype = "cite"
    prompt_label = QT_TRANSLATE_NOOP("QuestionForm", "&Instruction:")
    prompt_hint = QT_TRANSLATE_NOOP("QuestionForm", "For example: Which sentence of the text shows this?")

    def build_answer(self, layout: QVBoxLayout) -> None:
        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.statement_edit = LongTextField(QCoreApplication.translate("CiteForm", "Statement to prove"), QCoreApplication.translate("CiteForm", "The claim the student finds the proof for"))
        self.statement_edit.textChanged.connect(
            lambda: self._emit(("statement",), self.statement_edit.value(), True))
        form.addRow(buddy(QCoreApplication.translate("CiteForm", "S&tatement:"), self.statement_edit), self.statement_edit)
        layout.addLayout(form)
        layout.addWidget(plain_label(QCoreApplication.translate("CiteForm", "The answer is the evidence: select, in the source, the sentence (or part of one) "
                                     "that proves the statement."), "muted"))

    def load_answer(self, q: dict) -> None:
        self.statement_edit.set_value(q.get("statement", ""))

    def focus_answer(self, rel: tuple) -> bool:
        if rel and rel[0] == "statement":
            self.statement_edit.setFocus()
            return True
        return False

"""True or false: the statement is the question text; a false one needs the fact as the source states it."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QButtonGroup, QFormLayout, QHBoxLayout, QRadioButton, QVBoxLayout

from question_bank.i18n import QT_TRANSLATE_NOOP

from ...widgets.text import plain_label
from .base import QuestionForm, buddy
from .fields import LineField, optional_text


class TrueFalseForm(QuestionForm):
    qtype = "true_false"
    prompt_label = QT_TRANSLATE_NOOP("QuestionForm", "&Statement:")
    prompt_hint = QT_TRANSLATE_NOOP("QuestionForm", "A statement the student judges true or false")

    def build_answer(self, layout: QVBoxLayout) -> None:
        row = QHBoxLayout()
        self.true_radio = QRadioButton(QCoreApplication.translate("TrueFalseForm", "The statement is &true"))
        self.false_radio = QRadioButton(QCoreApplication.translate("TrueFalseForm", "The statement is &false"))
        self.true_radio.setAccessibleName(QCoreApplication.translate("TrueFalseForm", "The statement is true"))
        self.false_radio.setAccessibleName(QCoreApplication.translate("TrueFalseForm", "The statement is false"))
        self.group = QButtonGroup(self)
        self.group.addButton(self.true_radio)
        self.group.addButton(self.false_radio)
        self.true_radio.toggled.connect(lambda on: self._on_answer_toggled(True, on))
        self.false_radio.toggled.connect(lambda on: self._on_answer_toggled(False, on))
        row.addWidget(self.true_radio)
        row.addWidget(self.false_radio)
        row.addStretch(1)
        layout.addLayout(row)
        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.correction_edit = LineField(QCoreApplication.translate("TrueFalseForm", "Correction: the fact as the source states it"),
                                         QCoreApplication.translate("TrueFalseForm", "For a false statement: the fact as the source states it"))
        self.correction_edit.textEdited.connect(lambda t: self._emit(("correction",), optional_text(t), True))
        form.addRow(buddy(QCoreApplication.translate("TrueFalseForm", "C&orrection:"), self.correction_edit), self.correction_edit)
        self.feedback_edit = LineField(QCoreApplication.translate("TrueFalseForm", "Feedback for a wrong answer"), QCoreApplication.translate("TrueFalseForm", "Optional: shown after a wrong answer"))
        self.feedback_edit.textEdited.connect(lambda t: self._emit(("feedback_wrong",), optional_text(t), True))
        form.addRow(buddy(QCoreApplication.translate("TrueFalseForm", "Feedback if &wrong:"), self.feedback_edit), self.feedback_edit)
        self.feedback_right_edit = LineField(QCoreApplication.translate("TrueFalseForm", "Feedback for a right answer"), QCoreApplication.translate("TrueFalseForm", "Optional: shown after a right answer"))
        self.feedback_right_edit.textEdited.connect(lambda t: self._emit(("feedback_right",), optional_text(t), True))
        form.addRow(buddy(QCoreApplication.translate("TrueFalseForm", "Feedback if rig&ht:"), self.feedback_right_edit), self.feedback_right_edit)
        layout.addLayout(form)
        layout.addWidget(plain_label(QCoreApplication.translate("TrueFalseForm", "The validator looks for the words of a true statement, or of the correction of "
                                     "a false one, in the quote."), "muted"))

    def _on_answer_toggled(self, answer: bool, on: bool) -> None:
        if on:  # only the radio being checked reports the answer
            self._emit(("answer",), answer, False)

    def load_answer(self, q: dict) -> None:
        answer = q.get("answer")
        for radio, on in ((self.true_radio, answer is True), (self.false_radio, answer is False)):
            if radio.isChecked() != on:
                radio.blockSignals(True)
                self.group.setExclusive(False)
                radio.setChecked(on)
                self.group.setExclusive(True)
                radio.blockSignals(False)
        self.correction_edit.set_value(q.get("correction"))
        self.feedback_edit.set_value(q.get("feedback_wrong"))
        self.feedback_right_edit.set_value(q.get("feedback_right"))

    def focus_answer(self, rel: tuple) -> bool:
        target = {"answer": self.true_radio if not self.false_radio.isChecked() else self.false_radio,
                  "correction": self.correction_edit, "feedback_wrong": self.feedback_edit,
                  "feedback_right": self.feedback_right_edit}.get(rel[0] if rel else "")
        if target is None:
            return False
        target.setFocus()
        return True

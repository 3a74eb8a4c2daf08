"""The form of the selected question: one form per question type (``forms.FORMS``), switched per question.

A question of no known type (a file edited by hand) gets a notice instead of a form; no question at all
gets a line saying how to add one. Edits come out as ``field_edited``; the window makes each one an undo
command on the set.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import QLabel, QStackedWidget, QVBoxLayout, QWidget

from question_bank.i18n import QT_TRANSLATE_NOOP
from question_bank.models import QUESTION_TYPES
from question_bank.validation import FieldPath

from ..widgets.text import plain_label
from .forms import FORMS, QuestionForm
from .forms.try_answer import TryAnswerBox, Tryer

NO_QUESTION_YET = QT_TRANSLATE_NOOP("QuestionEditor", "No question yet. Choose a type under the list of questions and press “Add”.")
NONE_SELECTED = QT_TRANSLATE_NOOP("QuestionEditor", "Select a question in the list.")


class QuestionEditor(QStackedWidget):
    field_edited = Signal(tuple, object, bool)
    """The teacher changed a field of the shown question: (path inside the question, value, part of a typing run)."""
    quote_requested = Signal(tuple)
    """Make the words selected in the source the quote at this path of the shown question."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.empty_form, self.empty_label = _notice(QCoreApplication.translate("QuestionEditor", NO_QUESTION_YET), "muted")
        self.addWidget(self.empty_form)
        self.unknown_form, self.unknown_label = _notice("", "banner")
        self.addWidget(self.unknown_form)
        self.forms: dict[str, QuestionForm] = {}
        for qtype, cls in FORMS.items():
            form = self.forms[qtype] = cls()
            form.field_edited.connect(self.field_edited)
            form.quote_requested.connect(self.quote_requested)
            self.addWidget(form)

    def show_question(self, question: dict | None, problems: list[str],
                      warnings: list[str] | tuple[str, ...] = ()) -> QuestionForm | None:
        """Show the form of ``question`` (a dict in the file's shape) with its problems and item-quality
        warnings; None if it has no form."""
        if question is None:
            self.setCurrentWidget(self.empty_form)
            return None
        form = self.forms.get(str(question.get("type")))
        if form is None:
            self.unknown_label.setText(QCoreApplication.translate("QuestionEditor", "This question has the unknown type “{type}”, so it cannot be edited here. Known types: {names}. Delete it, or fix the type in the file.").format(type=question.get('type'), names=', '.join(QUESTION_TYPES)))
            self.setCurrentWidget(self.unknown_form)
            return None
        form.load(question)
        form.show_problems(problems, warnings)
        if self.currentWidget() is not form:
            self.setCurrentWidget(form)
        return form

    def set_answer_tryer(self, tryer: Tryer) -> None:
        """How the "Try an answer" boxes mark a typed answer (the window knows the set it belongs to)."""
        for form in self.forms.values():
            box = getattr(form, "try_box", None)
            if isinstance(box, TryAnswerBox):
                box.tryer = tryer

    def set_set_lookup(self, lookup) -> None:
        """The set being edited, for forms that need more than their question (a cloze form suggests wrong
        options from the source text and tries answers against it)."""
        for form in self.forms.values():
            if hasattr(form, "set_lookup"):
                form.set_lookup = lookup

    def show_count(self, count: int) -> None:
        """Say what to do when no question is shown: add the first one, or select one."""
        self.empty_label.setText(QCoreApplication.translate("QuestionEditor", NO_QUESTION_YET if count == 0 else NONE_SELECTED))

    def focus_field(self, rel: FieldPath) -> None:
        form = self.currentWidget()
        if isinstance(form, QuestionForm):
            form.focus_field(rel)

    def focus_prompt(self) -> None:
        form = self.currentWidget()
        if isinstance(form, QuestionForm):
            form.prompt_edit.setFocus(Qt.FocusReason.ShortcutFocusReason)


def _notice(text: str, role: str) -> tuple[QWidget, QLabel]:
    page = QWidget()
    layout = QVBoxLayout(page)
    label = plain_label(text, role)
    layout.addWidget(label)
    layout.addStretch(1)
    return page, label


__all__ = ["QuestionEditor"]

"""What every question form has: id, question text, topics, difficulty, points, explanation and the
"teacher-verified" opt-out. Each question type adds its own answer fields in its own file."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QCheckBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from question_bank.i18n import QT_TRANSLATE_NOOP
from question_bank.models import CORE_TOPICS, TOPIC_LABELS, TYPE_LABELS

from ...widgets.text import plain_label
from ..document import MISSING
from .fields import ComboField, DoubleSpinField, LineField, LongTextField, set_checked

NOTHING_TO_FIX = QT_TRANSLATE_NOOP("QuestionForm", "✓ Nothing to fix in this question.")

DIFFICULTIES = [(1, QT_TRANSLATE_NOOP("QuestionForm", "1 – easy")), (2, QT_TRANSLATE_NOOP("QuestionForm", "2 – medium")),
                (3, QT_TRANSLATE_NOOP("QuestionForm", "3 – hard"))]


class QuestionForm(QWidget):
    """The form of one question type. ``load`` shows a question (a dict); edits come out as signals."""

    field_edited = Signal(tuple, object, bool)
    """The teacher changed a field: (path inside the question, new value or MISSING, part of a typing run)."""
    quote_requested = Signal(tuple)
    """The teacher asked to make the words selected in the source the quote at this path (("items", 2, "evidence"))."""

    qtype = ""
    prompt_label = QT_TRANSLATE_NOOP("QuestionForm", "&Question:")
    prompt_hint = QT_TRANSLATE_NOOP("QuestionForm", "The question as the student reads it")

    def __init__(self, parent=None):
        super().__init__(parent)
        self._question: dict = {}
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.heading = plain_label(TYPE_LABELS.get(self.qtype, self.qtype), "sectionTitle")
        layout.addWidget(self.heading)
        # Always shown (a line saying there is nothing to fix when there is not): a banner that came and
        # went would move every field below it under the teacher's pointer.
        self.problems_label = plain_label(QCoreApplication.translate("QuestionForm", NOTHING_TO_FIX), "banner")
        self.problems_label.setAccessibleName(QCoreApplication.translate("QuestionForm", "Problems in this question"))
        layout.addWidget(self.problems_label)

        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.form = form
        self.prompt_edit = LongTextField(QCoreApplication.translate("QuestionForm", "Question text"),
                                         QCoreApplication.translate("QuestionForm", self.prompt_hint))
        self.prompt_edit.textChanged.connect(lambda: self._emit(("prompt",), self.prompt_edit.value(), True))
        form.addRow(buddy(QCoreApplication.translate("QuestionForm", self.prompt_label), self.prompt_edit), self.prompt_edit)
        layout.addLayout(form)

        self.answer_box = QGroupBox(QCoreApplication.translate("QuestionForm", "Answer"))
        self.answer_layout = QVBoxLayout(self.answer_box)
        self.build_answer(self.answer_layout)
        layout.addWidget(self.answer_box)

        more = QFormLayout()
        more.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        more.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.explanation_edit = LongTextField(QCoreApplication.translate("QuestionForm", "Explanation"), QCoreApplication.translate("QuestionForm", "Why the answer is right, in plain words"))
        self.explanation_edit.textChanged.connect(
            lambda: self._emit(("explanation",), self.explanation_edit.value(), True))
        more.addRow(buddy(QCoreApplication.translate("QuestionForm", "E&xplanation:"), self.explanation_edit), self.explanation_edit)

        topics = QWidget()
        grid = QGridLayout(topics)
        grid.setContentsMargins(0, 0, 0, 0)
        self.topic_checks: dict[str, QCheckBox] = {}
        for i, topic in enumerate(CORE_TOPICS):
            box = QCheckBox(TOPIC_LABELS[topic])
            box.setAccessibleName(QCoreApplication.translate("QuestionForm", "Topic: {topic}").format(topic=TOPIC_LABELS[topic]))
            box.toggled.connect(self._on_topics_changed)
            grid.addWidget(box, i // 2, i % 2)
            self.topic_checks[topic] = box
        more.addRow(plain_label(QCoreApplication.translate("QuestionForm", "Topics:")), topics)
        self.tags_edit = LineField(QCoreApplication.translate("QuestionForm", "Other tags, separated by commas"), QCoreApplication.translate("QuestionForm", "Other tags, separated by commas"))
        self.tags_edit.textEdited.connect(lambda _t: self._on_topics_changed())
        more.addRow(buddy(QCoreApplication.translate("QuestionForm", "Other ta&gs:"), self.tags_edit), self.tags_edit)

        self.difficulty_combo = ComboField()
        self.difficulty_combo.setAccessibleName(QCoreApplication.translate("QuestionForm", "Difficulty"))
        for value, label in DIFFICULTIES:
            self.difficulty_combo.addItem(QCoreApplication.translate("QuestionForm", label), value)
        self.difficulty_combo.activated.connect(
            lambda i: self._emit(("difficulty",), self.difficulty_combo.itemData(i), False))
        more.addRow(buddy(QCoreApplication.translate("QuestionForm", "&Difficulty:"), self.difficulty_combo), self.difficulty_combo)

        self.points_spin = DoubleSpinField(QCoreApplication.translate("QuestionForm", "Points"))
        self.points_spin.setRange(0.5, 100)
        self.points_spin.setSingleStep(0.5)
        self.points_spin.setDecimals(1)
        self.points_spin.valueChanged.connect(lambda v: self._emit(("points",), _points_value(v), True))
        more.addRow(buddy(QCoreApplication.translate("QuestionForm", "&Points:"), self.points_spin), self.points_spin)

        self.id_edit = LineField(QCoreApplication.translate("QuestionForm", "Question id"), QCoreApplication.translate("QuestionForm", "A short id, unique in this set"))
        self.id_edit.textEdited.connect(lambda t: self._emit(("id",), t, True))
        more.addRow(buddy(QCoreApplication.translate("QuestionForm", "Question &id:"), self.id_edit), self.id_edit)

        self.support_check = QCheckBox(QCoreApplication.translate("QuestionForm", "&Teacher-verified"))
        self.support_check.setAccessibleName(QCoreApplication.translate("QuestionForm", "Teacher-verified: skip the automatic answer-in-quote check"))
        self.support_check.toggled.connect(self._on_support_toggled)
        more.addRow(self.support_check, plain_label(
            QCoreApplication.translate("QuestionForm", "Tick it when the quote says the answer in other words than the automatic check can match; "
            "give the reason below."), "muted"))
        self.support_edit = LineField(QCoreApplication.translate("QuestionForm", "Why the quote supports the answer"), QCoreApplication.translate("QuestionForm", "Why the quote supports the answer"))
        self.support_edit.textEdited.connect(lambda t: self._emit(("support_note",), t, True))
        more.addRow(buddy(QCoreApplication.translate("QuestionForm", "&Reason:"), self.support_edit), self.support_edit)
        layout.addLayout(more)
        layout.addStretch(1)
        self._loading = False

    # ------------------------------------------------------------------ for subclasses
    def build_answer(self, layout: QVBoxLayout) -> None:
        """Add the type's answer inputs to ``layout``."""

    def load_answer(self, q: dict) -> None:
        """Show the type's answer fields of ``q``."""

    def focus_answer(self, rel: tuple) -> bool:
        """Move the focus to the answer input at ``rel`` (e.g. ("choices", 1, "text")); False if unknown."""
        return False

    # ------------------------------------------------------------------ showing
    def load(self, q: dict) -> None:
        """Show ``q``; inputs whose value is already shown are left alone (the cursor stays put)."""
        self._loading = True
        try:
            self._question = q
            self.prompt_edit.set_value(q.get("prompt", ""))
            self.explanation_edit.set_value(q.get("explanation", ""))
            raw_topics = q.get("topics")
            topics = raw_topics if isinstance(raw_topics, list) else []
            for topic, box in self.topic_checks.items():
                set_checked(box, topic in topics)
            extra = [str(t) for t in topics if t not in CORE_TOPICS]
            if [t.strip() for t in self.tags_edit.text().split(",") if t.strip()] != extra:
                self.tags_edit.set_value(", ".join(extra))
            index = self.difficulty_combo.findData(q.get("difficulty", 2))
            if index >= 0 and index != self.difficulty_combo.currentIndex():
                self.difficulty_combo.setCurrentIndex(index)
            points = q.get("points", 1.0)
            self.points_spin.set_value(float(points) if isinstance(points, int | float) else 1.0)
            self.id_edit.set_value(q.get("id", ""))
            note = q.get("support_note", MISSING)
            has_note = note is not MISSING and note is not None
            set_checked(self.support_check, has_note)
            self.support_edit.setEnabled(has_note)
            self.support_edit.set_value(note if has_note else "")
            self.load_answer(q)
        finally:
            self._loading = False

    def show_problems(self, lines: list[str], warnings: list[str] | tuple[str, ...] = ()) -> None:
        """The question's errors (⚠), then its item-quality warnings (△, worth a look, never blocking)."""
        shown = [f"⚠ {line}" for line in lines] + [f"△ {line}" for line in warnings]
        self.problems_label.setText("\n".join(shown) or QCoreApplication.translate("QuestionForm", NOTHING_TO_FIX))
        # the same place either way (the form never jumps), but "nothing to fix" is not shown as a warning
        name = "banner" if shown else "bannerOk"
        if self.problems_label.objectName() != name:
            self.problems_label.setObjectName(name)
            self.problems_label.style().unpolish(self.problems_label)
            self.problems_label.style().polish(self.problems_label)

    def focus_field(self, rel: tuple) -> bool:
        head = rel[0] if rel else "prompt"
        target = {
            "prompt": self.prompt_edit, "explanation": self.explanation_edit, "id": self.id_edit,
            "difficulty": self.difficulty_combo, "points": self.points_spin, "support_note": self.support_edit,
            "type": self.heading,
        }.get(head)
        if head == "topics":
            target = next(iter(self.topic_checks.values()))
        if target is not None:
            if head == "support_note" and not self.support_edit.isEnabled():
                target = self.support_check
            target.setFocus(Qt.FocusReason.OtherFocusReason)
            keep_text(target)
            return True
        found = self.focus_answer(tuple(rel))
        keep_text(self.focusWidget())
        return found

    # ------------------------------------------------------------------ editing
    def _emit(self, rel: tuple, value: Any, merge: bool) -> None:
        if not self._loading:
            self.field_edited.emit(tuple(rel), value, merge)

    def _request_quote(self, list_key: str, r: int, key: str) -> None:
        self.quote_requested.emit((list_key, r, key))

    def _on_topics_changed(self, *_args) -> None:
        if self._loading:
            return
        topics = [t for t, box in self.topic_checks.items() if box.isChecked()]
        topics += [t.strip() for t in self.tags_edit.text().split(",") if t.strip() and t.strip() not in topics]
        self._emit(("topics",), topics, False)

    def _on_support_toggled(self, checked: bool) -> None:
        self.support_edit.setEnabled(checked)
        self._emit(("support_note",), self.support_edit.text() if checked else MISSING, False)
        if checked and not self._loading:
            self.support_edit.setFocus()


def keep_text(widget) -> None:
    """After a jump to a field (F8, a problem chosen): nothing selected, the caret at the end, so that the
    teacher's next keystroke adds to the text instead of replacing it (a spin box selects all on focus)."""
    line = widget.lineEdit() if isinstance(widget, QAbstractSpinBox) else widget
    if isinstance(line, QLineEdit):
        line.deselect()
        line.end(False)


def buddy(text: str, widget: QWidget) -> QLabel:
    label = QLabel(text)
    label.setBuddy(widget)
    return label


def _points_value(value: float) -> float | int:
    return int(value) if float(value).is_integer() else value

"""The set's own fields (title, description, authors, status) and the defaults of a scored round."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import QCheckBox, QComboBox, QFormLayout, QGroupBox, QVBoxLayout, QWidget

from question_bank.i18n import QT_TRANSLATE_NOOP

from ..widgets.text import plain_label
from .forms.base import buddy
from .forms.fields import ComboField, DoubleSpinField, LineField, LongTextField, SpinField, set_checked

STATUSES = [("draft", QT_TRANSLATE_NOOP("SetDetailsForm", "Draft: students can practise it, not play it for a score")),
            ("ready", QT_TRANSLATE_NOOP("SetDetailsForm", "Ready: students can play it as a scored round"))]
FEEDBACK = [("after_each", QT_TRANSLATE_NOOP("SetDetailsForm", "After each answer")),
            ("at_end", QT_TRANSLATE_NOOP("SetDetailsForm", "At the end of the round"))]
FLAGS = [
    ("partial_credit", QT_TRANSLATE_NOOP("SetDetailsForm", "&Partial credit"),
     QT_TRANSLATE_NOOP("SetDetailsForm", "Choose-all, ordering and matching questions earn a share of the points.")),
    ("negative_marking", QT_TRANSLATE_NOOP("SetDetailsForm", "&Negative marking"),
     QT_TRANSLATE_NOOP("SetDetailsForm", "A wrong multiple-choice answer costs a share of its points.")),
    ("shuffle", QT_TRANSLATE_NOOP("SetDetailsForm", "S&huffle"),
     QT_TRANSLATE_NOOP("SetDetailsForm", "Questions and choices come in a new order each round.")),
    ("speed_bonus", QT_TRANSLATE_NOOP("SetDetailsForm", "Speed &bonus"),
     QT_TRANSLATE_NOOP("SetDetailsForm", "Quick right answers earn a bonus, shown apart; it never counts towards the "
                                         "pass mark.")),
]


class SetDetailsForm(QWidget):
    field_edited = Signal(tuple, object, bool)
    """The teacher changed a set field: (path in the set, new value or MISSING, part of a typing run)."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self._loading = False
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        about = QGroupBox(QCoreApplication.translate("SetDetailsForm", "About this set"))
        form = QFormLayout(about)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.title_edit = LineField(QCoreApplication.translate("SetDetailsForm", "Set title"))
        self.title_edit.textEdited.connect(lambda t: self._emit(("title",), t, True))
        form.addRow(buddy(QCoreApplication.translate("SetDetailsForm", "&Title:"), self.title_edit), self.title_edit)
        self.description_edit = LongTextField(QCoreApplication.translate("SetDetailsForm", "Description"), QCoreApplication.translate("SetDetailsForm", "What the set is about, for students and colleagues"))
        self.description_edit.textChanged.connect(
            lambda: self._emit(("description",), self.description_edit.value(), True))
        form.addRow(buddy(QCoreApplication.translate("SetDetailsForm", "&Description:"), self.description_edit), self.description_edit)
        self.authors_edit = LineField(QCoreApplication.translate("SetDetailsForm", "Authors, separated by commas"), QCoreApplication.translate("SetDetailsForm", "Separated by commas"))
        self.authors_edit.textEdited.connect(
            lambda t: self._emit(("authors",), [a.strip() for a in t.split(",") if a.strip()], True))
        form.addRow(buddy(QCoreApplication.translate("SetDetailsForm", "&Authors:"), self.authors_edit), self.authors_edit)
        self.language_edit = LineField(QCoreApplication.translate("SetDetailsForm", "Language code"), QCoreApplication.translate("SetDetailsForm", "For example en, fr, de"))
        self.language_edit.textEdited.connect(lambda t: self._emit(("language",), t.strip(), True))
        form.addRow(buddy(QCoreApplication.translate("SetDetailsForm", "&Language:"), self.language_edit), self.language_edit)
        self.id_edit = LineField(QCoreApplication.translate("SetDetailsForm", "Set id"), QCoreApplication.translate("SetDetailsForm", "A short id; scores are stored under it"))
        self.id_edit.textEdited.connect(lambda t: self._emit(("id",), t, True))
        form.addRow(buddy(QCoreApplication.translate("SetDetailsForm", "Set &id:"), self.id_edit), self.id_edit)
        self.status_combo = ComboField()
        self.status_combo.setAccessibleName(QCoreApplication.translate("SetDetailsForm", "Status of the set"))
        for value, label in STATUSES:
            self.status_combo.addItem(QCoreApplication.translate("SetDetailsForm", label), value)
        self.status_combo.activated.connect(
            lambda i: self._emit(("status",), self.status_combo.itemData(i), False))
        form.addRow(buddy(QCoreApplication.translate("SetDetailsForm", "&Status:"), self.status_combo), self.status_combo)
        form.addRow(plain_label(QCoreApplication.translate("SetDetailsForm", "A set with problems is always saved as a draft."), "muted"))
        layout.addWidget(about)

        rounds = QGroupBox(QCoreApplication.translate("SetDetailsForm", "Scored rounds: the defaults"))
        rform = QFormLayout(rounds)
        rform.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.count_spin = SpinField(QCoreApplication.translate("SetDetailsForm", "Number of questions in a round"))
        self.count_spin.setRange(1, 500)
        self.count_spin.valueChanged.connect(lambda v: self._emit(("round_defaults", "question_count"), v, False))
        rform.addRow(buddy(QCoreApplication.translate("SetDetailsForm", "&Questions per round:"), self.count_spin), self.count_spin)
        self.time_spin = SpinField(QCoreApplication.translate("SetDetailsForm", "Time limit in seconds, 0 for no limit"))
        self.time_spin.setRange(0, 24 * 3600)
        self.time_spin.setSingleStep(30)
        self.time_spin.setSpecialValueText(QCoreApplication.translate("SetDetailsForm", "No time limit"))
        self.time_spin.setSuffix(" seconds")
        self.time_spin.valueChanged.connect(
            lambda v: self._emit(("round_defaults", "time_limit_seconds"), v or None, False))
        rform.addRow(buddy(QCoreApplication.translate("SetDetailsForm", "Time li&mit:"), self.time_spin), self.time_spin)
        self.feedback_combo = ComboField()
        self.feedback_combo.setAccessibleName(QCoreApplication.translate("SetDetailsForm", "When students see feedback"))
        for value, label in FEEDBACK:
            self.feedback_combo.addItem(QCoreApplication.translate("SetDetailsForm", label), value)
        self.feedback_combo.activated.connect(
            lambda i: self._emit(("round_defaults", "feedback"), self.feedback_combo.itemData(i), False))
        rform.addRow(buddy(QCoreApplication.translate("SetDetailsForm", "&Feedback:"), self.feedback_combo), self.feedback_combo)
        self.pass_spin = DoubleSpinField(QCoreApplication.translate("SetDetailsForm", "Pass mark in percent"))
        self.pass_spin.setRange(0, 100)
        self.pass_spin.setDecimals(0)
        self.pass_spin.setSuffix(" %")
        self.pass_spin.valueChanged.connect(lambda v: self._emit(("round_defaults", "pass_mark_percent"),
                                                                 int(v) if float(v).is_integer() else v, False))
        rform.addRow(buddy(QCoreApplication.translate("SetDetailsForm", "Pass mar&k:"), self.pass_spin), self.pass_spin)
        self.flag_checks: dict[str, QCheckBox] = {}
        for key, label, about in FLAGS:
            label, about = (QCoreApplication.translate("SetDetailsForm", label),
                            QCoreApplication.translate("SetDetailsForm", about))
            box = QCheckBox(label)
            box.setAccessibleName(label.replace("&", ""))
            box.setAccessibleDescription(about)
            box.toggled.connect(lambda on, key=key: self._emit(("round_defaults", key), on, False))
            rform.addRow(box, plain_label(about, "muted"))
            self.flag_checks[key] = box
        layout.addWidget(rounds)
        layout.addStretch(1)

    def load(self, data: dict) -> None:
        self._loading = True
        try:
            self.title_edit.set_value(data.get("title", ""))
            self.description_edit.set_value(data.get("description", ""))
            raw_authors = data.get("authors")
            authors = raw_authors if isinstance(raw_authors, list) else []
            if [a.strip() for a in self.authors_edit.text().split(",") if a.strip()] != authors:
                self.authors_edit.set_value(", ".join(str(a) for a in authors))
            self.language_edit.set_value(data.get("language", "en"))
            self.id_edit.set_value(data.get("id", ""))
            _set_combo(self.status_combo, data.get("status", "ready"))
            raw_rd = data.get("round_defaults")
            rd = raw_rd if isinstance(raw_rd, dict) else {}
            count = rd.get("question_count", 10)
            self.count_spin.set_value(count if isinstance(count, int) else 10)
            limit = rd.get("time_limit_seconds")
            self.time_spin.set_value(limit if isinstance(limit, int) else 0)
            _set_combo(self.feedback_combo, rd.get("feedback", "after_each"))
            mark = rd.get("pass_mark_percent", 60)
            self.pass_spin.set_value(float(mark) if isinstance(mark, int | float) else 60.0)
            defaults = {"partial_credit": True, "negative_marking": False, "shuffle": True, "speed_bonus": False}
            for key, box in self.flag_checks.items():
                set_checked(box, bool(rd.get(key, defaults[key])))
        finally:
            self._loading = False

    def focus_field(self, path: tuple) -> bool:
        head = path[0] if path else ""
        if head == "round_defaults":
            key = path[1] if len(path) > 1 else "question_count"
            target = {"question_count": self.count_spin, "time_limit_seconds": self.time_spin,
                      "feedback": self.feedback_combo, "pass_mark_percent": self.pass_spin}.get(key)
            target = target or self.flag_checks.get(key) or self.count_spin
        else:
            target = {"title": self.title_edit, "description": self.description_edit, "authors": self.authors_edit,
                      "language": self.language_edit, "id": self.id_edit, "status": self.status_combo}.get(head)
        if target is None:
            return False
        target.setFocus(Qt.FocusReason.OtherFocusReason)
        return True

    def _emit(self, path: tuple, value: Any, merge: bool) -> None:
        if not self._loading:
            self.field_edited.emit(path, value, merge)


def _set_combo(combo: QComboBox, value) -> None:
    index = combo.findData(value)
    if index >= 0 and index != combo.currentIndex():
        combo.setCurrentIndex(index)


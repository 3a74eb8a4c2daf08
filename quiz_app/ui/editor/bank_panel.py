"""The bank's controls above and below the list of questions: search and filters, and the dialog that
changes several questions at once. What they do to the set is in ``bank.py`` (no Qt) and ``bank_actions.py``."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from question_bank.models import CORE_TOPICS, TOPIC_LABELS

from ..widgets.text import plain_label
from .bank import BulkChange, QuestionFilter, type_choices
from .forms.fields import ComboField, DoubleSpinField, LineField

_ANY = "Any"


class FilterBar(QWidget):
    """Search the questions' words and filter them by type, topic, difficulty, paragraph, problems and warnings."""

    changed = Signal()
    """The teacher changed the search or a filter (``current()`` is the new one)."""

    def __init__(self, parent=None):
        super().__init__(parent)
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setHorizontalSpacing(6)
        self.search_edit = SearchField(QCoreApplication.translate("FilterBar", "Search the questions"), QCoreApplication.translate("FilterBar", "Search the questions (Ctrl+F)"))
        self.search_edit.textChanged.connect(lambda _t: self.changed.emit())
        self.search_edit.escape_pressed.connect(self.clear)
        grid.addWidget(self.search_edit, 0, 0, 1, 3)
        # the filters fold away (a small window keeps its room for the list); the search is always there
        self.more_button = QPushButton(QCoreApplication.translate("FilterBar", "Filters"))
        self.more_button.setCheckable(True)
        self.more_button.setAccessibleName(QCoreApplication.translate("FilterBar", "Show the filters: type, topic, difficulty, paragraph, problems"))
        grid.addWidget(self.more_button, 0, 3)
        self.more = QWidget()
        more = QGridLayout(self.more)
        more.setContentsMargins(0, 0, 0, 0)
        self.more.setVisible(False)
        self.more_button.toggled.connect(self.more.setVisible)
        grid.addWidget(self.more, 1, 0, 1, 4)

        self.type_combo = _combo(QCoreApplication.translate("FilterBar", "Filter by type"), type_choices())
        self.topic_combo = _combo(QCoreApplication.translate("FilterBar", "Filter by topic"), [("", QCoreApplication.translate("FilterBar", "Any topic"))])
        self.difficulty_combo = _combo(QCoreApplication.translate("FilterBar", "Filter by difficulty"), [(None, QCoreApplication.translate("FilterBar", "Any difficulty")), (1, QCoreApplication.translate("FilterBar", "1 – easy")),
                                                                  (2, QCoreApplication.translate("FilterBar", "2 – medium")), (3, QCoreApplication.translate("FilterBar", "3 – hard"))])
        self.paragraph_combo = _combo(QCoreApplication.translate("FilterBar", "Filter by the paragraph of the quote"), [(None, QCoreApplication.translate("FilterBar", "Any paragraph"))])
        for i, combo in enumerate((self.type_combo, self.topic_combo, self.difficulty_combo, self.paragraph_combo)):
            combo.activated.connect(lambda _i: self.changed.emit())
            more.addWidget(combo, i // 2, (i % 2) * 2, 1, 2)
        self.problems_check = QCheckBox(QCoreApplication.translate("FilterBar", "With &problems"))
        self.problems_check.setAccessibleName(QCoreApplication.translate("FilterBar", "Show only questions with problems"))
        self.warnings_check = QCheckBox(QCoreApplication.translate("FilterBar", "With &warnings"))
        self.warnings_check.setAccessibleName(QCoreApplication.translate("FilterBar", "Show only questions with warnings"))
        for box in (self.problems_check, self.warnings_check):
            box.toggled.connect(lambda _c: self.changed.emit())
        self.clear_button = QPushButton(QCoreApplication.translate("FilterBar", "Clear filters"))
        self.clear_button.setAccessibleName(QCoreApplication.translate("FilterBar", "Clear the search and the filters: show every question"))
        self.clear_button.clicked.connect(self.clear)
        row = QHBoxLayout()
        row.addWidget(self.problems_check)
        row.addWidget(self.warnings_check)
        row.addStretch(1)
        row.addWidget(self.clear_button)
        more.addLayout(row, 2, 0, 1, 4)
        self.shown_label = plain_label("", "muted")
        self.shown_label.setAccessibleName(QCoreApplication.translate("FilterBar", "How many questions the filters show"))
        self.shown_label.setVisible(False)
        grid.addWidget(self.shown_label, 2, 0, 1, 4)
        #: the groups of duplicates the list is narrowed to ("Find duplicates"); None: not narrowed
        self.duplicates: tuple[tuple[int, ...], ...] | None = None

    def current(self) -> QuestionFilter:
        return QuestionFilter(
            text=self.search_edit.text(), qtype=str(self.type_combo.currentData() or ""),
            topic=str(self.topic_combo.currentData() or ""), difficulty=self.difficulty_combo.currentData(),
            paragraph=self.paragraph_combo.currentData(), has_problems=self.problems_check.isChecked(),
            has_warnings=self.warnings_check.isChecked(), duplicates=self.duplicates)

    def show_choices(self, topics: list[str], paragraphs: list[int]) -> None:
        """The topics and paragraphs the set's questions have (what is not there cannot be filtered by)."""
        _refill(self.topic_combo, [("", QCoreApplication.translate("FilterBar", "Any topic"))] + [(t, TOPIC_LABELS.get(t, t)) for t in topics])
        _refill(self.paragraph_combo, [(None, QCoreApplication.translate("FilterBar", "Any paragraph"))] + [(p, QCoreApplication.translate("FilterBar", "Paragraph {number}").format(number=p)) for p in paragraphs])

    def clear(self) -> None:
        """Show every question again."""
        widgets = (self.search_edit, self.type_combo, self.topic_combo, self.difficulty_combo, self.paragraph_combo,
                   self.problems_check, self.warnings_check)
        for w in widgets:
            w.blockSignals(True)
        self.search_edit.clear()
        for combo in (self.type_combo, self.topic_combo, self.difficulty_combo, self.paragraph_combo):
            combo.setCurrentIndex(0)
        self.problems_check.setChecked(False)
        self.warnings_check.setChecked(False)
        self.duplicates = None
        for w in widgets:
            w.blockSignals(False)
        self.changed.emit()


class SearchField(LineField):
    escape_pressed = Signal()

    def keyPressEvent(self, event) -> None:
        if event.key() == Qt.Key.Key_Escape and event.modifiers() == Qt.KeyboardModifier.NoModifier:
            self.escape_pressed.emit()
            return
        super().keyPressEvent(event)


class BulkEditDialog(QDialog):
    """Change the topics, points or difficulty of the selected questions; what is left alone stays as it is."""

    def __init__(self, count: int, parent=None):
        super().__init__(parent)
        self.setWindowTitle(QCoreApplication.translate("BulkEditDialog", "Change %n question(s)", "", count))
        self.setWindowModality(Qt.WindowModality.WindowModal)
        layout = QVBoxLayout(self)
        layout.addWidget(plain_label(
            QCoreApplication.translate("BulkEditDialog", "What you change here is changed in all {count} selected questions; what you leave alone stays as it is in each. A topic ticked is added, one crossed out (ticked twice) is taken off.").format(count=count), "muted"))
        topics = QWidget()
        grid = QGridLayout(topics)
        grid.setContentsMargins(0, 0, 0, 0)
        self.topic_checks: dict[str, QCheckBox] = {}
        for i, topic in enumerate(CORE_TOPICS):
            box = QCheckBox(TOPIC_LABELS[topic])
            box.setTristate(True)
            box.setCheckState(Qt.CheckState.PartiallyChecked)
            box.setAccessibleName(QCoreApplication.translate("BulkEditDialog", "Topic {topic}: partly ticked leaves it, ticked adds it, unticked takes it off").format(topic=TOPIC_LABELS[topic]))
            grid.addWidget(box, i // 2, i % 2)
            self.topic_checks[topic] = box
        form = QFormLayout()
        form.addRow(QLabel(QCoreApplication.translate("BulkEditDialog", "Topics (▣ leave as is, ☑ add, ☐ take off):")), topics)
        self.points_check = QCheckBox(QCoreApplication.translate("BulkEditDialog", "Set the &points to"))
        self.points_spin = DoubleSpinField(QCoreApplication.translate("BulkEditDialog", "Points of every selected question"))
        self.points_spin.setRange(0.5, 100)
        self.points_spin.setSingleStep(0.5)
        self.points_spin.setDecimals(1)
        self.points_spin.setValue(1.0)
        self.points_spin.setEnabled(False)
        self.points_check.toggled.connect(self.points_spin.setEnabled)
        form.addRow(self.points_check, self.points_spin)
        self.difficulty_combo = _combo(QCoreApplication.translate("BulkEditDialog", "Difficulty of every selected question"),
                                       [(None, QCoreApplication.translate("BulkEditDialog", "Leave as is")), (1, QCoreApplication.translate("BulkEditDialog", "1 – easy")), (2, QCoreApplication.translate("BulkEditDialog", "2 – medium")), (3, QCoreApplication.translate("BulkEditDialog", "3 – hard"))])
        difficulty_label = QLabel(QCoreApplication.translate("BulkEditDialog", "&Difficulty:"))
        difficulty_label.setBuddy(self.difficulty_combo)
        form.addRow(difficulty_label, self.difficulty_combo)
        layout.addLayout(form)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.ok_button = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(QCoreApplication.translate("BulkEditDialog", "&Change them"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def change(self) -> BulkChange:
        add = tuple(t for t, b in self.topic_checks.items() if b.checkState() == Qt.CheckState.Checked)
        remove = tuple(t for t, b in self.topic_checks.items() if b.checkState() == Qt.CheckState.Unchecked)
        return BulkChange(add_topics=add, remove_topics=remove,
                          points=self.points_spin.value() if self.points_check.isChecked() else None,
                          difficulty=self.difficulty_combo.currentData())


def _combo(name: str, entries: list) -> ComboField:
    combo = ComboField()
    combo.setAccessibleName(name)
    for value, label in entries:
        combo.addItem(label, value)
    return combo


def _refill(combo: ComboField, entries: list) -> None:
    """New entries, the chosen one kept when it is still there."""
    now = [(combo.itemData(i), combo.itemText(i)) for i in range(combo.count())]
    if now == entries:
        return
    chosen = combo.currentData()
    combo.blockSignals(True)
    combo.clear()
    for value, label in entries:
        combo.addItem(label, value)
    index = combo.findData(chosen)
    combo.setCurrentIndex(max(index, 0))
    combo.blockSignals(False)


__all__ = ["BulkEditDialog", "FilterBar"]

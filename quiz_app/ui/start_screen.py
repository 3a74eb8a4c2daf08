"""Start: who is playing, which set, which mode, which topics, how many questions."""

from __future__ import annotations

from typing import TYPE_CHECKING

# Only the types the screen shows (PySide6 makes a type the first time Python names it, with its enums): not
# the Qt namespace (93 enums, 25 ms of a start at rest), the dialogs (made when opened) nor the widgets
# module's labels, which name Qt and the passage viewer's types at import
from PySide6.QtCore import QEvent, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QFrame,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QProgressBar,
    QPushButton,
    QRadioButton,
    QScrollArea,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from question_bank.i18n import QT_TRANSLATE_NOOP
from question_bank.topics import CORE_TOPICS, TOPIC_LABELS

from .app import format_datetime
from .widgets.labels import AUTO_TEXT, plain_label

if TYPE_CHECKING:
    from ..catalogue import SetSummary
    from ..scores import RoundRecord
    from ..session import Mode

# Qt.ItemDataRole.UserRole by number, as the other values of the Qt namespace this screen needs before its first
# paint (see widgets/labels.py; tests/ui/test_start_path.py checks them against the enums)
USER_ROLE = 0x0100

MODES: list[tuple[Mode, str, str]] = [
    ("practice", QT_TRANSLATE_NOOP("StartScreen", "&Practice"), QT_TRANSLATE_NOOP("StartScreen", "Feedback after every answer, no time limit. Not a scored round.")),
    ("scored", QT_TRANSLATE_NOOP("StartScreen", "Scor&ed round"), QT_TRANSLATE_NOOP("StartScreen", "A fixed number of questions and a final score.")),
    ("review_mistakes", QT_TRANSLATE_NOOP("StartScreen", "Review &mistakes"), QT_TRANSLATE_NOOP("StartScreen", "Questions you got wrong, most recent first.")),
    ("spaced_review", QT_TRANSLATE_NOOP("StartScreen", "Spaced rev&iew"), QT_TRANSLATE_NOOP("StartScreen", "Questions due today, then new ones: each comes back just before you would forget it.")),
]
_RESUME_MODES = {"practice": QT_TRANSLATE_NOOP("StartScreen", "practice"), "scored": QT_TRANSLATE_NOOP("StartScreen", "scored round"), "review_mistakes": QT_TRANSLATE_NOOP("StartScreen", "review of mistakes"),
                 "spaced_review": QT_TRANSLATE_NOOP("StartScreen", "spaced review")}


class StartChoice:
    """What the student chose to start: a plain class with slots, not a frozen dataclass (its generated methods:
    0.8 ms of the way to the first paint) nor a named tuple (whose ``count`` and ``index`` a field would shadow)."""

    __slots__ = ("set_key", "mode", "topics", "count", "every_topic")

    def __init__(self, set_key: str, mode: Mode, topics: tuple[str, ...], count: int, every_topic: bool = False):
        self.set_key = set_key
        self.mode = mode
        #: the ticked topics of the chosen set
        self.topics = topics
        self.count = count
        #: every topic of the set is ticked: the round is not filtered by topic
        self.every_topic = every_topic

    def __repr__(self) -> str:
        return (f"StartChoice({self.set_key!r}, {self.mode!r}, {self.topics!r}, {self.count!r}, "
                f"every_topic={self.every_topic!r})")


def topic_label(topic: str) -> str:
    """A topic's name for a student: the core topics' labels, a set's own tags written out ("cold_war" -> "Cold war")."""
    return TOPIC_LABELS.get(topic) or topic.replace("_", " ").strip().capitalize() or topic


class StartScreen(QWidget):
    start_requested = Signal(object)
    """The student asked to start a round; carries a StartChoice."""
    resume_requested = Signal()
    """The student wants to finish the interrupted round."""
    discard_resume_requested = Signal()
    """The student does not want to finish the interrupted round."""
    profile_selected = Signal(str)
    """A student profile was chosen (its id)."""
    profile_create_requested = Signal(str, float)
    """Create a profile with this name and extra-time factor."""
    set_selected = Signal(str)
    """A question set was chosen (its key)."""
    open_file_requested = Signal(str)
    """The student picked a set file to open."""
    progress_requested = Signal()
    settings_requested = Signal()
    source_requested = Signal()
    """Read the source text of the selected set."""
    choice_changed = Signal()
    """The mode, topics or number of questions changed (the window shows the round plan again)."""

    def __init__(self, parent=None):
        super().__init__(parent)
        outer = QVBoxLayout(self)
        header = QHBoxLayout()
        header.addWidget(plain_label(self.tr("History Quiz"), "screenTitle"), 1)
        self.progress_button = QPushButton(self.tr("My p&rogress"))
        self.progress_button.setAccessibleName(self.tr("My progress"))
        self.progress_button.clicked.connect(self.progress_requested.emit)
        self.settings_button = QPushButton(self.tr("Settin&gs"))
        self.settings_button.setAccessibleName(self.tr("Settings"))
        self.settings_button.clicked.connect(self.settings_requested.emit)
        header.addWidget(self.progress_button)
        header.addWidget(self.settings_button)
        outer.addLayout(header)

        self.banner = plain_label("", "banner")
        self.banner.hide()
        outer.addWidget(self.banner)

        self.resume_box = QFrame()
        self.resume_box.setObjectName("card")
        resume_layout = QHBoxLayout(self.resume_box)
        self.resume_label = plain_label("")
        resume_layout.addWidget(self.resume_label, 1)
        self.resume_button = QPushButton(self.tr("&Continue that round"))
        self.resume_button.setAccessibleName(self.tr("Continue the interrupted round"))
        self.resume_button.clicked.connect(self.resume_requested.emit)
        self.discard_button = QPushButton(self.tr("Start afresh"))
        self.discard_button.setAccessibleName(self.tr("Do not continue the interrupted round"))
        self.discard_button.clicked.connect(self.discard_resume_requested.emit)
        resume_layout.addWidget(self.resume_button)
        resume_layout.addWidget(self.discard_button)
        self.resume_box.hide()
        outer.addWidget(self.resume_box)

        scroll = QScrollArea()
        scroll.setAccessibleName(self.tr("Choose your round"))  # it takes the focus to scroll by keyboard
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        body = QWidget()
        grid = QGridLayout(body)
        grid.setContentsMargins(0, 0, 0, 0)
        scroll.setWidget(body)
        outer.addWidget(scroll, 1)

        # --- who
        who = QGroupBox(self.tr("1. Who is playing?"))
        who_layout = QHBoxLayout(who)
        self.profile_combo = QComboBox()
        self.profile_combo.setAccessibleName(self.tr("Student"))
        self.profile_combo.setAccessibleDescription(self.tr("Student"))  # Linux names a combo box by its current choice
        self.profile_combo.setMinimumContentsLength(14)
        self.profile_combo.currentIndexChanged.connect(self._on_profile_combo_changed)
        self.new_profile_button = QPushButton(self.tr("&New student…"))
        self.new_profile_button.setAccessibleName(self.tr("Add a new student"))
        self.new_profile_button.clicked.connect(self._on_new_profile_clicked)
        who_layout.addWidget(self.profile_combo, 1)
        who_layout.addWidget(self.new_profile_button)

        # --- which set
        which = QGroupBox(self.tr("2. Which question set?"))
        which_layout = QVBoxLayout(which)
        self.set_list = QListWidget()
        self.set_list.setAccessibleName(self.tr("Question sets"))
        self.set_list.setWordWrap(True)
        self.set_list.setMinimumHeight(90)
        self.set_list.currentItemChanged.connect(self._on_set_list_changed)
        which_layout.addWidget(self.set_list)
        self.busy = QProgressBar()
        self.busy.setRange(0, 0)
        self.busy.setAccessibleName(self.tr("Loading question sets"))
        self.busy.setFormat(self.tr("Loading…"))
        self.busy.hide()
        which_layout.addWidget(self.busy)
        set_buttons = QHBoxLayout()
        self.open_button = QPushButton(self.tr("&Open a set file…"))
        self.open_button.setAccessibleName(self.tr("Open a question set file"))
        self.open_button.clicked.connect(self._on_open_clicked)
        self.source_button = QPushButton(self.tr("Read the so&urce text"))
        self.source_button.setAccessibleName(self.tr("Read the source text of the selected set"))
        self.source_button.clicked.connect(self.source_requested.emit)
        set_buttons.addWidget(self.open_button)
        set_buttons.addWidget(self.source_button)
        set_buttons.addStretch(1)
        which_layout.addLayout(set_buttons)

        # --- mode
        mode_box = QGroupBox(self.tr("3. How do you want to play?"))
        mode_layout = QVBoxLayout(mode_box)
        self.mode_group = QButtonGroup(self)
        self.mode_buttons: dict[Mode, QRadioButton] = {}
        self.mode_hints: dict[str, str] = {}
        for key, label, hint in MODES:
            label, hint = self.tr(label), self.tr(hint)
            button = QRadioButton(label)
            button.setAccessibleName(label.replace("&", ""))
            button.setAccessibleDescription(hint)
            button.setToolTip(hint)
            self.mode_group.addButton(button)
            self.mode_buttons[key] = button
            self.mode_hints[key] = hint
            mode_layout.addWidget(button)
        self.mode_buttons["practice"].setChecked(True)
        self.mode_hint = plain_label(self.mode_hints["practice"], "muted")
        mode_layout.addWidget(self.mode_hint)
        self.mode_group.buttonToggled.connect(self._on_mode_toggled)

        # --- topics and count
        topic_box = QGroupBox(self.tr("4. Topics and number of questions"))
        topic_layout = QVBoxLayout(topic_box)
        # the chosen set's own topics (a set on another text has other topics than the Korean War's)
        self.topic_checks: dict[str, QCheckBox] = {}
        self.topics_layout = QVBoxLayout()
        self.topics_layout.setContentsMargins(0, 0, 0, 0)
        topic_layout.addLayout(self.topics_layout)
        self.no_topics_label = plain_label(self.tr("This set's questions have no topics: all of them can be drawn."), "muted")
        self.no_topics_label.hide()
        topic_layout.addWidget(self.no_topics_label)
        self.show_topics(CORE_TOPICS)
        count_row = QHBoxLayout()
        self.count_spin = QSpinBox()
        self.count_spin.setRange(1, 100)
        self.count_spin.setValue(10)
        self.count_spin.setAccessibleName(self.tr("Number of questions"))
        self.count_spin.valueChanged.connect(lambda *_: self.choice_changed.emit())
        count_label = plain_label(self.tr("Number of &questions:"), wrap=False)
        count_label.setProperty("textFormat", AUTO_TEXT)  # the & of its shortcut letter
        count_label.setBuddy(self.count_spin)
        count_row.addWidget(count_label)
        count_row.addWidget(self.count_spin)
        count_row.addStretch(1)
        topic_layout.addLayout(count_row)
        self.grid = grid
        self._boxes = (who, which, mode_box, topic_box)
        self._one_column: bool | None = None
        self._relayout()

        self.plan_label = plain_label("", "sectionTitle")
        self.plan_label.setAccessibleDescription(self.tr("The round you are about to start"))
        outer.addWidget(self.plan_label)
        row = QHBoxLayout()
        self.status = plain_label("", "muted")
        row.addWidget(self.status, 1)
        self.start_button = QPushButton(self.tr("&Start"))
        self.start_button.setObjectName("primary")
        self.start_button.setAccessibleName(self.tr("Start the round"))
        self.start_button.setDefault(True)
        self.start_button.clicked.connect(self._on_start_clicked)
        row.addWidget(self.start_button)
        outer.addLayout(row)
        self._entries: dict[str, SetSummary] = {}
        self._update_start_enabled()

    def shortcuts(self):
        return [("Return", self._on_return), ("Enter", self._on_return)]

    def _on_return(self) -> None:
        """Enter starts the round, unless the keyboard is on one of the screen's buttons ("New student…", "Open a
        set file…"): then Enter presses that button, as a keyboard user expects, and never starts a round instead."""
        focused = self.window().focusWidget()
        if isinstance(focused, QPushButton) and focused is not self.start_button and self.isAncestorOf(focused) \
                and focused.isEnabled() and focused.isVisible():
            focused.click()
            return
        self._on_start_clicked()

    # ------------------------------------------------------------------ layout
    def _relayout(self) -> None:
        """Two columns when they fit; one column at large text sizes or in a narrow window."""
        one_column = self.width() < self.fontMetrics().averageCharWidth() * 100
        if one_column == self._one_column:
            return
        self._one_column = one_column
        who, which, mode_box, topic_box = self._boxes
        for box in self._boxes:
            self.grid.removeWidget(box)
        for i in range(4):
            self.grid.setRowStretch(i, 0)
        if one_column:
            for row, box in enumerate(self._boxes):
                self.grid.addWidget(box, row, 0, 1, 2)
            self.grid.setColumnStretch(1, 0)
        else:
            self.grid.addWidget(who, 0, 0)
            self.grid.addWidget(which, 1, 0, 2, 1)
            self.grid.addWidget(mode_box, 0, 1, 2, 1)
            self.grid.addWidget(topic_box, 2, 1)
            self.grid.setRowStretch(1, 1)
            self.grid.setColumnStretch(0, 1)
            self.grid.setColumnStretch(1, 1)

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self._relayout()

    def changeEvent(self, event) -> None:
        super().changeEvent(event)
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.StyleChange):
            self._relayout()

    # ------------------------------------------------------------------ filled by the main window
    def show_banner(self, text: str) -> None:
        self.banner.setText(text)
        self.banner.setVisible(bool(text))

    def first_focus(self) -> QWidget:
        """Where the keyboard starts on this screen: step 1, "Who is playing?" (the student list, or "New
        student…" while there is no student yet), not the corner buttons that come first in the window."""
        return self.profile_combo if self.profile_combo.itemData(0) is not None else self.new_profile_button

    def set_profiles(self, profiles: list[tuple[str, str]], current: str | None) -> None:
        self.profile_combo.blockSignals(True)
        self.profile_combo.clear()
        for pid, name in profiles:
            self.profile_combo.addItem(name, pid)
        if not profiles:
            self.profile_combo.addItem(self.tr("(add a student first)"), None)
        index = self.profile_combo.findData(current) if current is not None else 0
        self.profile_combo.setCurrentIndex(max(0, index))
        self.profile_combo.blockSignals(False)
        self._update_start_enabled()

    def set_loading(self, loading: bool) -> None:
        self.busy.setVisible(loading)

    def set_sets(self, entries: list[SetSummary], current: str | None = None) -> None:
        self._entries = {e.key: e for e in entries}
        self.set_list.blockSignals(True)
        self.set_list.clear()
        for entry in entries:
            details = [self.tr("%n question(s)", "", entry.question_count)]
            if entry.origin == "shared":
                details.append(self.tr("shared by the school"))
            if entry.last_score:
                details.append(self.tr("last score {score}").format(score=entry.last_score))
            if entry.draft:
                details.append(self.tr("draft: practice only"))
            if entry.problem:
                details.append(entry.problem)
            item = QListWidgetItem(f"{entry.title}\n    {' · '.join(details)}")
            item.setData(USER_ROLE, entry.key)
            self.set_list.addItem(item)
        keys = [e.key for e in entries]
        self.set_list.setCurrentRow(keys.index(current) if current in keys else (0 if entries else -1))
        self.set_list.blockSignals(False)
        self._on_set_list_changed()

    def set_mode_counts(self, mistakes: int, due: str) -> None:
        """``due`` in words, e.g. "3 due, 12 new"."""
        self.mode_buttons["review_mistakes"].setText(self.tr("Review &mistakes ({mistakes})").format(mistakes=mistakes))
        self.mode_buttons["spaced_review"].setText(self.tr("Spaced rev&iew ({due})").format(due=due))
        self.mode_buttons["review_mistakes"].setAccessibleName(self.tr("Review mistakes, %n question(s)", "", mistakes))
        self.mode_buttons["spaced_review"].setAccessibleName(self.tr("Spaced review, {due}").format(due=due))

    def show_resume(self, record: RoundRecord | None, answered: int = 0) -> None:
        """Offer to continue an unfinished round (``answered`` of its questions were answered), or hide the offer."""
        text = ""
        if record is not None:
            total = len(record.question_ids) if record.question_ids else "?"
            when = format_datetime(record.started_at, self.tr("d MMMM yyyy 'at' HH:mm"))
            mode = self.tr(_RESUME_MODES[record.mode]) if record.mode in _RESUME_MODES else record.mode
            text = (self.tr("You have an unfinished {mode} of “{title}” from {when}: "
                    "{answered} of {total} questions answered.").format(mode=mode, title=record.set_title or record.set_id, when=when, answered=answered, total=total))
        self.resume_label.setText(text)
        self.resume_box.setVisible(bool(text))

    def set_status(self, text: str) -> None:
        self.status.setText(text)

    def set_plan(self, text: str) -> None:
        """The round about to start, in words ("Scored round · 12 questions · …"), shown above Start."""
        self.plan_label.setText(self.tr("You are about to play: {plan}").format(plan=text) if text else "")
        self.start_button.setAccessibleDescription(text)

    def show_topics(self, topics) -> None:
        """A check box (ticked) for each topic of the chosen set, in the set's order; the old ones go."""
        topics = tuple(dict.fromkeys(topics))
        if topics == tuple(self.topic_checks):
            return
        for check in self.topic_checks.values():
            self.topics_layout.removeWidget(check)
            check.deleteLater()
        self.topic_checks = {}
        for topic in topics:
            label = topic_label(topic)
            check = QCheckBox(label)
            check.setChecked(True)
            check.setAccessibleName(self.tr("Topic: {topic}").format(topic=label))
            check.toggled.connect(lambda *_: self.choice_changed.emit())
            self.topic_checks[topic] = check
            self.topics_layout.addWidget(check)
        self.no_topics_label.setVisible(not topics)

    def set_count(self, count: int) -> None:
        """The chosen set's own number of questions."""
        self.count_spin.setValue(max(self.count_spin.minimum(), min(self.count_spin.maximum(), count)))

    # ------------------------------------------------------------------ state
    def current_profile(self) -> str | None:
        return self.profile_combo.currentData()

    def current_set(self) -> str | None:
        item = self.set_list.currentItem()
        return item.data(USER_ROLE) if item else None

    def current_mode(self) -> Mode:
        return next(k for k, b in self.mode_buttons.items() if b.isChecked())

    def select_mode(self, mode: Mode) -> None:
        self.mode_buttons[mode].setChecked(True)

    def choice(self) -> StartChoice | None:
        key = self.current_set()
        if key is None:
            return None
        topics = tuple(t for t, c in self.topic_checks.items() if c.isChecked())
        every = len(topics) == len(self.topic_checks)
        return StartChoice(key, self.current_mode(), topics, self.count_spin.value(), every_topic=every)

    # ------------------------------------------------------------------ slots
    def _update_start_enabled(self) -> None:
        ready = self.current_profile() is not None and self.current_set() is not None
        self.start_button.setEnabled(ready)
        if self.current_profile() is None:
            self.set_status(self.tr("Add a student with “New student…” to begin."))
        elif self.current_set() is None:
            self.set_status(self.tr("Choose a question set."))
        else:
            self.set_status("")

    def _on_profile_combo_changed(self, *_):
        self._update_start_enabled()
        if self.current_profile() is not None:
            self.profile_selected.emit(self.current_profile())

    def _on_set_list_changed(self, *_):
        self._update_start_enabled()
        key = self.current_set()
        self.source_button.setEnabled(key is not None)
        entry = self._entries.get(key)
        if entry is not None:
            self.show_topics(entry.topics)
        scored_ok = entry is not None and not entry.draft
        self.mode_buttons["scored"].setEnabled(scored_ok)
        if not scored_ok and self.mode_buttons["scored"].isChecked():
            self.mode_buttons["practice"].setChecked(True)
        if key is not None:
            self.set_selected.emit(key)

    def _on_mode_toggled(self, *_):
        self.mode_hint.setText(self.mode_hints[self.current_mode()])
        self.choice_changed.emit()

    def _on_new_profile_clicked(self):
        from PySide6.QtWidgets import QDialog

        from .new_student_dialog import NewProfileDialog

        dialog = NewProfileDialog(self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.profile_create_requested.emit(dialog.name_edit.text().strip(), dialog.extra_time.value())
            self.first_focus().setFocus()  # the new student is chosen: Enter now starts their round

    def _on_open_clicked(self):
        from PySide6.QtWidgets import QFileDialog

        path, _ = QFileDialog.getOpenFileName(self, self.tr("Open a question set"), "", self.tr("Question sets (*.json);;All files (*)"))
        if path:
            self.open_file_requested.emit(path)

    def _on_start_clicked(self):
        choice = self.choice()
        if choice is None or self.current_profile() is None:
            self._update_start_enabled()
            return
        if not choice.topics and not choice.every_topic:
            self.set_status(self.tr("Tick at least one topic."))
            return
        self.start_requested.emit(choice)

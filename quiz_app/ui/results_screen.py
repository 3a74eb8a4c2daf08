"""Results: score, percent, time, pass or not, breakdown by topic, and the missed questions with
their quotes. Actions: review these mistakes, play again, back to start."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from .widgets.text import plain_label


@dataclass(frozen=True)
class TopicScore:
    label: str
    points: float
    possible: float


@dataclass(frozen=True)
class MissedQuestion:
    index: int
    prompt: str
    correct_answer: str
    quote: str
    partial: bool = False


@dataclass(frozen=True)
class ResultsView:
    """What the results screen shows, decided by the engine's round summary."""

    title: str
    score: float
    possible: float
    percent: float
    duration_seconds: float
    passed: bool | None
    pass_mark: float | None
    topics: list[TopicScore]
    missed: list[MissedQuestion]
    answered: int
    total: int
    scored: bool = True
    note: str = ""
    #: the round kept its feedback for the end: offer to step through every answer
    deferred_feedback: bool = False


def _duration(seconds: float) -> str:
    minutes, secs = divmod(int(round(seconds)), 60)
    return f"{minutes} min {secs:02d} s" if minutes else f"{secs} s"


class ResultsScreen(QWidget):
    review_mistakes_requested = Signal()
    play_again_requested = Signal()
    back_requested = Signal()
    """Back to the start screen."""
    question_review_requested = Signal(int)
    """Show the feedback of question number N (0-based) of the round."""
    all_feedback_requested = Signal()
    """Step through the feedback of every question (rounds that kept feedback for the end)."""
    print_requested = Signal()
    """Print this round as a worksheet."""

    def __init__(self, parent=None):
        super().__init__(parent)
        outer = QVBoxLayout(self)
        self.title = plain_label("Results", "screenTitle")
        outer.addWidget(self.title)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        body = QWidget()
        layout = QVBoxLayout(body)
        layout.setContentsMargins(0, 0, 0, 0)
        self.score_label = plain_label("", "bigNumber")
        self.score_label.setAccessibleName("Score")
        layout.addWidget(self.score_label)
        self.verdict = plain_label("", "verdictRight")
        layout.addWidget(self.verdict)
        self.details = plain_label("", "muted")
        layout.addWidget(self.details)
        layout.addWidget(plain_label("By topic", "sectionTitle"))
        self.topic_grid = QGridLayout()
        layout.addLayout(self.topic_grid)
        self.missed_title = plain_label("Questions to look at again", "sectionTitle")
        layout.addWidget(self.missed_title)
        layout.addWidget(plain_label("Select one and press Enter (or double-click) to see its feedback.", "muted"))
        self.missed_list = QListWidget()
        self.missed_list.setWordWrap(True)
        self.missed_list.setAccessibleName("Questions you missed, with the quote that answers each")
        self.missed_list.setMinimumHeight(200)
        self.missed_list.itemActivated.connect(self._on_missed_list_activated)
        layout.addWidget(self.missed_list, 1)
        scroll.setWidget(body)
        outer.addWidget(scroll, 1)
        row = QHBoxLayout()
        self.back_button = QPushButton("&Back to start")
        self.back_button.setAccessibleName("Back to the start screen")
        self.back_button.clicked.connect(self.back_requested.emit)
        self.print_button = QPushButton("&Print this round…")
        self.print_button.setAccessibleName("Print this round as a worksheet")
        self.print_button.clicked.connect(self.print_requested.emit)
        self.all_feedback_button = QPushButton("See &feedback on every answer")
        self.all_feedback_button.setAccessibleName("See the feedback on every answer of this round")
        self.all_feedback_button.clicked.connect(self.all_feedback_requested.emit)
        self.review_button = QPushButton("&Review these mistakes")
        self.review_button.setAccessibleName("Review these mistakes")
        self.review_button.clicked.connect(self.review_mistakes_requested.emit)
        self.again_button = QPushButton("Play &again")
        self.again_button.setObjectName("primary")
        self.again_button.setAccessibleName("Play again")
        self.again_button.clicked.connect(self.play_again_requested.emit)
        row.addWidget(self.back_button)
        row.addWidget(self.print_button)
        row.addStretch(1)
        row.addWidget(self.all_feedback_button)
        row.addWidget(self.review_button)
        row.addWidget(self.again_button)
        outer.addLayout(row)
        self.topic_bars: dict[str, QProgressBar] = {}
        self.print_button.hide()

    def shortcuts(self):
        return [("Escape", self.back_requested.emit)]

    def show_results(self, view: ResultsView) -> None:
        self.title.setText(view.title)
        self.score_label.setText(f"{view.score:g} / {view.possible:g}   ({view.percent:.0f}%)")
        if view.passed is None:
            self.verdict.setText("Practice round: not scored")
            self.verdict.setObjectName("verdictPartial")
        elif view.passed:
            self.verdict.setText(f"✓  Passed (the pass mark is {view.pass_mark:g}%)")
            self.verdict.setObjectName("verdictRight")
        else:
            self.verdict.setText(f"✗  Not passed yet (the pass mark is {view.pass_mark:g}%)")
            self.verdict.setObjectName("verdictWrong")
        self.verdict.style().unpolish(self.verdict)
        self.verdict.style().polish(self.verdict)
        answered = f"{view.answered} of {view.total} questions answered"
        self.details.setText(f"{answered} · time {_duration(view.duration_seconds)}"
                             + (f" · {view.note}" if view.note else ""))
        while self.topic_grid.count():
            item = self.topic_grid.takeAt(0)
            if item.widget():
                item.widget().deleteLater()
        self.topic_bars = {}
        for row, topic in enumerate(view.topics):
            pct = 100 * topic.points / topic.possible if topic.possible else 0
            label = plain_label(topic.label)
            bar = QProgressBar()
            bar.setRange(0, 100)
            bar.setValue(max(0, round(pct)))
            bar.setFormat(f"{topic.points:g} of {topic.possible:g} points ({pct:.0f}%)")
            bar.setAccessibleName(f"{topic.label} score")
            bar.setAccessibleDescription(bar.format())
            self.topic_grid.addWidget(label, row, 0)
            self.topic_grid.addWidget(bar, row, 1)
            self.topic_bars[topic.label] = bar
        self.missed_list.clear()
        for m in view.missed:
            tag = "Partly right" if m.partial else "Missed"
            item = QListWidgetItem(f"{tag}: {m.prompt}\n    Answer: {m.correct_answer}\n    The text: “{m.quote}”")
            item.setData(Qt.ItemDataRole.UserRole, m.index)
            self.missed_list.addItem(item)
        self.missed_title.setText("Questions to look at again" if view.missed else "No mistakes: well done!")
        self.review_button.setEnabled(bool(view.missed))
        self.all_feedback_button.setVisible(view.deferred_feedback)
        self.again_button.setFocus()

    def _on_missed_list_activated(self, item: QListWidgetItem) -> None:
        self.question_review_requested.emit(item.data(Qt.ItemDataRole.UserRole))

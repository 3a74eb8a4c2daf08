"""Results: score, percent, time, pass or not, breakdown by topic, and the missed questions with
their quotes. Actions: review these mistakes, play again, back to start."""

from __future__ import annotations

from typing import TYPE_CHECKING

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

from .widgets.text import plain_label, prompt_text, score_bar

if TYPE_CHECKING:  # the engine loads with the first round, not at start-up
    from ..session import RoundSummary


#: the results title for each kind of round
_MODE_TITLES = {"practice": "Practice", "scored": "Scored round", "review_mistakes": "Review of mistakes",
                "spaced_review": "Spaced review"}


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
        scroll.setAccessibleName("Your results")  # it takes the focus to scroll by keyboard
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        body = QWidget()
        layout = QVBoxLayout(body)
        layout.setContentsMargins(0, 0, 0, 0)
        self.score_label = plain_label("", "bigNumber")
        self.score_label.setAccessibleDescription("Score")
        layout.addWidget(self.score_label)
        self.verdict = plain_label("", "verdictRight")
        layout.addWidget(self.verdict)
        self.details = plain_label("", "muted")
        layout.addWidget(self.details)
        self.calibration = plain_label("", selectable=True)
        self.calibration.setAccessibleDescription("How sure you were, and how often you were right")
        self.calibration.hide()
        layout.addWidget(self.calibration)
        layout.addWidget(plain_label("By topic", "sectionTitle"))
        self.topic_grid = QGridLayout()
        layout.addLayout(self.topic_grid)
        self.missed_title = plain_label("Questions to look at again", "sectionTitle")
        layout.addWidget(self.missed_title)
        self.missed_hint = plain_label("Select one and press Enter (or double-click) to see its feedback.", "muted")
        layout.addWidget(self.missed_hint)
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

    def show_results(self, summary: RoundSummary, *, deferred_feedback: bool = False) -> None:
        """A finished round's summary; ``deferred_feedback``: the round kept its feedback for the end, so
        offer to step through every answer."""
        from ..session import credit_text, points_text

        scored = summary.mode == "scored"
        self.title.setText(f"{_MODE_TITLES.get(summary.mode, summary.mode)}: {summary.set_title}")
        if summary.max_score or scored:
            self.score_label.setText(f"{summary.score_text}   ({summary.percent:.0f}%)")
        else:
            self.score_label.setText("No questions answered")
        if not scored:
            self.verdict.setText("Not scored: counted over the questions you answered")
            self.verdict.setObjectName("verdictPartial")
        elif summary.passed:
            self.verdict.setText(f"✓  Passed (the pass mark is {summary.pass_mark_percent:g}%)")
            self.verdict.setObjectName("verdictRight")
        else:
            self.verdict.setText(f"✗  Not passed yet (the pass mark is {summary.pass_mark_percent:g}%)")
            self.verdict.setObjectName("verdictWrong")
        self.verdict.style().unpolish(self.verdict)
        self.verdict.style().polish(self.verdict)
        total = len(summary.outcomes)
        answered = f"{summary.answered} of {total} questions answered"
        if summary.not_reached:
            answered += (f" · reached {summary.reached} of {total}; the {summary.not_reached} not reached "
                         f"count 0 points")
        note = " ".join(m for m in (summary.message, summary.warning, summary.next_review_text()) if m)
        self.details.setText(f"{answered} · time {_duration(summary.duration_seconds)}" + (f" · {note}" if note else ""))
        self._show_calibration(summary)
        while self.topic_grid.count():
            item = self.topic_grid.takeAt(0)
            if item.widget():
                item.widget().deleteLater()
        self.topic_bars = {}
        for row, topic in enumerate(summary.per_topic):
            pct = topic.percent  # never below 0, like the round's score (certainty-based marking can go negative)
            label = plain_label(topic.label)
            possible = points_text(topic.possible)
            text = (f"{points_text(topic.points)} of {possible} point{'s' if possible != '1' else ''} "
                    f"({pct:.0f}%)")
            bar, words = score_bar(pct, text, f"{topic.label} score")
            self.topic_grid.addWidget(label, row, 0)
            self.topic_grid.addWidget(bar, row, 1)
            self.topic_grid.addWidget(words, row, 2)
            self.topic_bars[topic.label] = bar
        self.missed_list.clear()
        for outcome in summary.missed:
            result = outcome.result
            if result.partial:
                tag = f"Partly right ({credit_text(result)})"
            elif outcome.answered and not result.skipped:
                tag = "Not right"
            else:
                tag = "Not answered"
            item = QListWidgetItem(f"{tag}: {prompt_text(outcome.presented.question)}\n    Answer: "
                                   f"{result.correct_answer}\n    The text: “{result.evidence.quote}”")
            item.setData(Qt.ItemDataRole.UserRole, outcome.presented.number - 1)
            self.missed_list.addItem(item)
        if summary.missed:
            self.missed_title.setText("Questions to look at again")
        elif summary.answered:
            self.missed_title.setText("No mistakes: well done!")
        else:
            self.missed_title.setText("No questions were answered in this round.")
        # nothing to look at again: no hint over an empty list, no button that would do nothing
        self.missed_hint.setVisible(bool(summary.missed))
        self.missed_list.setVisible(bool(summary.missed))
        self.review_button.setEnabled(bool(summary.missed))
        self.review_button.setVisible(bool(summary.missed))
        self.all_feedback_button.setVisible(deferred_feedback)
        self.again_button.setFocus()

    def _show_calibration(self, summary: RoundSummary) -> None:
        """Certainty-based marking: how often each certainty was right, and what the text says where the
        student was sure and wrong."""
        line = summary.calibration_text()
        wrong = summary.sure_and_wrong
        if wrong:
            n = len(wrong)
            quotes = "\n".join(f"• {prompt_text(o.presented.question)}\n   The text: “{o.result.evidence.quote}”"
                               for o in wrong)
            line += (f"\nSure and wrong on {n} question{'s' if n != 1 else ''}: here is what the text says.\n"
                     f"{quotes}")
        self.calibration.setText(line)
        self.calibration.setVisible(bool(line))

    def _on_missed_list_activated(self, item: QListWidgetItem) -> None:
        self.question_review_requested.emit(item.data(Qt.ItemDataRole.UserRole))

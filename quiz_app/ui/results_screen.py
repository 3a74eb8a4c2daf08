"""Results: score, percent, time, pass or not, breakdown by topic, and the missed questions with
their quotes. Actions: review these mistakes, play again, back to start."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt, Signal
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

from question_bank.i18n import QT_TRANSLATE_NOOP

from .widgets.text import plain_label, prompt_text, score_bar

if TYPE_CHECKING:  # the engine loads with the first round, not at start-up
    from ..session import RoundSummary


#: the results title for each kind of round
_MODE_TITLES = {"practice": QT_TRANSLATE_NOOP("ResultsScreen", "Practice"), "scored": QT_TRANSLATE_NOOP("ResultsScreen", "Scored round"), "review_mistakes": QT_TRANSLATE_NOOP("ResultsScreen", "Review of mistakes"),
                "spaced_review": QT_TRANSLATE_NOOP("ResultsScreen", "Spaced review")}


def _duration(seconds: float) -> str:
    minutes, secs = divmod(int(round(seconds)), 60)
    return (QCoreApplication.translate("results_screen", "{minutes} min {secs:02d} s").format(minutes=minutes, secs=secs) if minutes
            else QCoreApplication.translate("results_screen", "{secs} s").format(secs=secs))


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
        self.title = plain_label(self.tr("Results"), "screenTitle")
        outer.addWidget(self.title)
        scroll = QScrollArea()
        scroll.setAccessibleName(self.tr("Your results"))  # it takes the focus to scroll by keyboard
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        body = QWidget()
        layout = QVBoxLayout(body)
        layout.setContentsMargins(0, 0, 0, 0)
        self.score_label = plain_label("", "bigNumber")
        self.score_label.setAccessibleDescription(self.tr("Score"))
        layout.addWidget(self.score_label)
        self.verdict = plain_label("", "verdictRight")
        layout.addWidget(self.verdict)
        self.details = plain_label("", "muted")
        layout.addWidget(self.details)
        self.calibration = plain_label("", selectable=True)
        self.calibration.setAccessibleDescription(self.tr("How sure you were, and how often you were right"))
        self.calibration.hide()
        layout.addWidget(self.calibration)
        layout.addWidget(plain_label(self.tr("By topic"), "sectionTitle"))
        self.topic_grid = QGridLayout()
        layout.addLayout(self.topic_grid)
        self.missed_title = plain_label(self.tr("Questions to look at again"), "sectionTitle")
        layout.addWidget(self.missed_title)
        self.missed_hint = plain_label(self.tr("Select one and press Enter (or double-click) to see its feedback."), "muted")
        layout.addWidget(self.missed_hint)
        self.missed_list = QListWidget()
        self.missed_list.setWordWrap(True)
        self.missed_list.setAccessibleName(self.tr("Questions you missed, with the quote that answers each"))
        self.missed_list.setMinimumHeight(200)
        self.missed_list.itemActivated.connect(self._on_missed_list_activated)
        layout.addWidget(self.missed_list, 1)
        scroll.setWidget(body)
        outer.addWidget(scroll, 1)
        row = QHBoxLayout()
        self.back_button = QPushButton(self.tr("&Back to start"))
        self.back_button.setAccessibleName(self.tr("Back to the start screen"))
        self.back_button.clicked.connect(self.back_requested.emit)
        self.print_button = QPushButton(self.tr("&Print this round…"))
        self.print_button.setAccessibleName(self.tr("Print this round as a worksheet"))
        self.print_button.clicked.connect(self.print_requested.emit)
        self.all_feedback_button = QPushButton(self.tr("See fee&dback on every answer"))
        self.all_feedback_button.setAccessibleName(self.tr("See the feedback on every answer of this round"))
        self.all_feedback_button.clicked.connect(self.all_feedback_requested.emit)
        self.review_button = QPushButton(self.tr("&Review these mistakes"))
        self.review_button.setAccessibleName(self.tr("Review these mistakes"))
        self.review_button.clicked.connect(self.review_mistakes_requested.emit)
        self.again_button = QPushButton(self.tr("Play &again"))
        self.again_button.setObjectName("primary")
        self.again_button.setAccessibleName(self.tr("Play again"))
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
        self.title.setText(self.tr("{mode}: {title}").format(mode=self.tr(_MODE_TITLES[summary.mode]) if summary.mode in _MODE_TITLES else summary.mode, title=summary.set_title))
        if summary.max_score or scored:
            self.score_label.setText(f"{summary.score_text}   ({summary.percent:.0f}%)")
        else:
            self.score_label.setText(self.tr("No questions answered"))
        if not scored:
            self.verdict.setText(self.tr("Not scored: counted over the questions you answered"))
            self.verdict.setObjectName("verdictPartial")
        elif summary.passed:
            self.verdict.setText(self.tr("✓  Passed (the pass mark is {pass_mark_percent:g}%)").format(pass_mark_percent=summary.pass_mark_percent))
            self.verdict.setObjectName("verdictRight")
        else:
            self.verdict.setText(self.tr("✗  Not passed yet (the pass mark is {pass_mark_percent:g}%)").format(pass_mark_percent=summary.pass_mark_percent))
            self.verdict.setObjectName("verdictWrong")
        self.verdict.style().unpolish(self.verdict)
        self.verdict.style().polish(self.verdict)
        total = len(summary.outcomes)
        answered = self.tr("{answered} of %n question(s) answered", "", total).format(answered=summary.answered)
        if summary.not_reached:
            answered += (self.tr(" · reached {reached} of {total}; the {not_reached} not reached "
                         "count 0 points").format(reached=summary.reached, total=total, not_reached=summary.not_reached))
        note = " ".join(m for m in (summary.message, summary.warning, summary.next_review_text()) if m)
        self.details.setText(self.tr("{answered} · time {time}").format(answered=answered, time=_duration(summary.duration_seconds)) + (f" · {note}" if note else ""))
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
            text = (self.tr("{points} of {possible} point(s) ", "", 1 if possible == "1" else 2).format(points=points_text(topic.points), possible=possible)
                    + f"({pct:.0f}%)")
            bar, words = score_bar(pct, text, self.tr("{topic} score").format(topic=topic.label))
            self.topic_grid.addWidget(label, row, 0)
            self.topic_grid.addWidget(bar, row, 1)
            self.topic_grid.addWidget(words, row, 2)
            self.topic_bars[topic.label] = bar
        self.missed_list.clear()
        for outcome in summary.missed:
            result = outcome.result
            if result.partial:
                tag = self.tr("Partly right ({credit})").format(credit=credit_text(result))
            elif outcome.answered and not result.skipped:
                tag = self.tr("Not right")
            else:
                tag = self.tr("Not answered")
            item = QListWidgetItem(self.tr("{tag}: {prompt_text}\n    Answer: "
                                   "{correct_answer}\n    The text: “{quote}”").format(tag=tag, prompt_text=prompt_text(outcome.presented.question), correct_answer=result.correct_answer, quote=result.evidence.quote))
            item.setData(Qt.ItemDataRole.UserRole, outcome.presented.number - 1)
            self.missed_list.addItem(item)
        if summary.missed:
            self.missed_title.setText(self.tr("Questions to look at again"))
        elif summary.answered:
            self.missed_title.setText(self.tr("No mistakes: well done!"))
        else:
            self.missed_title.setText(self.tr("No questions were answered in this round."))
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
            quotes = "\n".join(self.tr("• {prompt}\n   The text: “{quote}”").format(prompt=prompt_text(o.presented.question), quote=o.result.evidence.quote)
                               for o in wrong)
            line += (self.tr("\nSure and wrong on %n question(s): here is what the text says.\n", "", n)
                     + quotes)
        self.calibration.setText(line)
        self.calibration.setVisible(bool(line))

    def _on_missed_list_activated(self, item: QListWidgetItem) -> None:
        self.question_review_requested.emit(item.data(Qt.ItemDataRole.UserRole))

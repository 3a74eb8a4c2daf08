"""Progress: the student's rounds over time, mastery per topic, and a map of the source text."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QListWidgetItem,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from question_bank.i18n import QT_TRANSLATE_NOOP

from .theme import colours
from .widgets.history_chart import HistoryChart
from .widgets.text import FittedList, plain_label, score_bar

if TYPE_CHECKING:
    from ..scores import ProgressReport

#: a paragraph's status (the score store's words) as shown
STATUS_WORDS = {"mastered": QT_TRANSLATE_NOOP("ProgressScreen", "mastered"),
                "getting there": QT_TRANSLATE_NOOP("ProgressScreen", "getting there"),
                "keep missing": QT_TRANSLATE_NOOP("ProgressScreen", "keep missing"),
                "not practised yet": QT_TRANSLATE_NOOP("ProgressScreen", "not practised yet")}


class ProgressScreen(QWidget):
    back_requested = Signal()
    """The student wants to go back to the start screen."""
    paragraph_requested = Signal(str, int)
    """Read paragraph N (1-based) of this source in the source reader (Enter or double-click on the map)."""

    def __init__(self, parent=None):
        super().__init__(parent)
        outer = QVBoxLayout(self)
        self.title = plain_label(self.tr("Your progress"), "screenTitle")
        outer.addWidget(self.title)
        self.set_line = plain_label("", "muted")
        self.set_line.setAccessibleName(self.tr("Which set this shows"))
        outer.addWidget(self.set_line)
        scroll = QScrollArea()
        scroll.setAccessibleName(self.tr("Your progress"))  # it takes the focus to scroll by keyboard
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        body = QWidget()
        layout = QVBoxLayout(body)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(plain_label(self.tr("Score in each scored round"), "sectionTitle"))
        self.summary = plain_label("", "muted")
        layout.addWidget(self.summary)
        self.chart = HistoryChart()
        layout.addWidget(self.chart)
        layout.addWidget(plain_label(self.tr("Mastery by topic"), "sectionTitle"))
        self.topic_grid = QGridLayout()
        layout.addLayout(self.topic_grid)
        layout.addWidget(plain_label(self.tr("Map of the source text"), "sectionTitle"))
        layout.addWidget(plain_label(self.tr("Each paragraph of the text, with how well you answer the questions that quote it."),
                                     "muted"))
        self.paragraph_list = FittedList()
        self.paragraph_list.setAccessibleName(self.tr("Paragraphs of the source and how well you master each"))
        self.paragraph_list.setAccessibleDescription(self.tr("Press Enter to read the paragraph in the source text"))
        self.paragraph_list.itemActivated.connect(self._on_paragraph_activated)
        layout.addWidget(self.paragraph_list)
        layout.addStretch(1)
        scroll.setWidget(body)
        outer.addWidget(scroll, 1)
        row = QHBoxLayout()
        row.addStretch(1)
        self.back_button = QPushButton(self.tr("&Back"))
        self.back_button.setAccessibleName(self.tr("Back to the start screen"))
        self.back_button.clicked.connect(self.back_requested.emit)
        row.addWidget(self.back_button)
        outer.addLayout(row)
        self.topic_bars: dict[str, QProgressBar] = {}

    def shortcuts(self):
        return [("Escape", self.back_requested.emit)]

    def show_progress(self, report: ProgressReport, set_title: str = "") -> None:
        """A student's progress as the score store reports it; ``set_title``: the set the topics and the map
        are about (none chosen: every set)."""
        self.title.setText(self.tr("{student_name}: your progress").format(student_name=report.student_name))
        self.set_line.setText(self.tr("Set: {title}. Topics and the map are for this set; scored rounds are of every set.").format(title=set_title)
                              if set_title else self.tr("No set is chosen: choose one on the start screen to see its map."))
        history = [(p.label, p.percent) for p in report.points]
        streak_days, topics, paragraphs = report.streak_days, report.topics, report.paragraphs
        self.chart.set_points(history, report.pass_mark_percent)
        if history:
            avg = sum(p for _, p in history) / len(history)
            streak = self.tr(" You practised %n day(s) in a row.", "", streak_days) if streak_days else ""
            self.summary.setText(self.tr("%n scored round(s), average "
                                 "{avg:.0f}%, latest {latest:.0f}%.{streak}", "", len(history)).format(avg=avg, latest=history[-1][1], streak=streak))
        else:
            self.summary.setText(self.tr("No scored rounds yet."))
        while self.topic_grid.count():
            item = self.topic_grid.takeAt(0)
            if item.widget():
                item.widget().deleteLater()
        self.topic_bars = {}
        for row, topic in enumerate(topics):
            label = plain_label(topic.label)
            # the bar is what the memory states say now; the answers so far are in words beside it
            share = 100 * topic.likely_remembered / topic.questions if topic.questions else 0
            answers = self.tr("{correct} of %n answer(s) right", "", topic.answered).format(correct=topic.correct) if topic.answered else self.tr("not practised yet")
            bar, words = score_bar(share, f"{topic.memory_text()} · {answers}" if topic.questions else answers,
                                   self.tr("{topic} mastery").format(topic=topic.label))
            label.setBuddy(bar)
            self.topic_grid.addWidget(label, row, 0)
            self.topic_grid.addWidget(bar, row, 1)
            self.topic_grid.addWidget(words, row, 2)
            self.topic_bars[topic.label] = bar
        self.paragraph_list.clear()
        c = colours()
        for para in paragraphs:
            start = " ".join(para.text.split()[:14])
            counts = self.tr("{correct}/{answered} right").format(correct=para.correct, answered=para.answered) if para.answered else self.tr("no answers yet")
            memory = f" · {para.memory_text()}" if para.questions else ""
            mark = f"¶{para.shown_number}" if para.shown_number is not None else self.tr("Title")
            item = QListWidgetItem(f"{mark}  [{self.tr(STATUS_WORDS[para.status])}, {counts}]{memory}\n    {start}…")
            if para.answered:
                fg, bg = {"mastered": (c.right, c.right_bg), "getting there": (c.partial, c.partial_bg),
                          "keep missing": (c.wrong, c.wrong_bg)}[para.status]
                item.setForeground(QBrush(QColor(fg)))
                item.setBackground(QBrush(QColor(bg)))
            item.setData(Qt.ItemDataRole.AccessibleTextRole,
                         self.tr("{paragraph}: {status}, {counts}").format(paragraph=para.name[:1].upper() + para.name[1:], status=self.tr(STATUS_WORDS[para.status]), counts=counts) + memory.replace(" · ", ", "))
            item.setData(Qt.ItemDataRole.UserRole, (para.source_id, para.number))
            self.paragraph_list.addItem(item)

    def _on_paragraph_activated(self, item: QListWidgetItem) -> None:
        source_id, number = item.data(Qt.ItemDataRole.UserRole)
        self.paragraph_requested.emit(source_id, number)

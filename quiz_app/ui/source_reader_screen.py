"""Source reader: the full text with every passage the set cites highlighted.

Clicking (or pressing Enter on) a highlight lists the questions that cite it.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, Qt, QUrl, Signal
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import (
    QComboBox,
    QFrame,
    QHBoxLayout,
    QPushButton,
    QScrollArea,
    QSplitter,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from question_bank import evidence as ev

if TYPE_CHECKING:
    from question_bank.models import QuestionSet

from .widgets.text import FittedList, highlighted_html, plain_label


@dataclass(frozen=True)
class CitedPassage:
    start: int
    end: int
    question_ids: tuple[str, ...]


def cited_passages(qset: QuestionSet, source_id: str) -> list[CitedPassage]:
    """The cited parts of one source, one per sentence: within each sentence, from the first to the
    last quoted character, with every question whose evidence touches that sentence."""
    source = qset.source(source_id)
    if source is None:
        return []
    spans: list[tuple[int, int, str]] = []
    for q in qset.questions:
        for _, evid in q.evidences():
            if evid.source != source_id:
                continue
            where = ev.locate(source.text, evid.quote, evid.span)
            if where is not None:
                spans.append((where.start, where.end, q.id))
    out = []
    for sentence in ev.sentences(source.text):
        s_start, s_end = sentence.start, sentence.end
        hits = [(max(a, s_start), min(b, s_end), qid) for a, b, qid in spans if a < s_end and b > s_start]
        if not hits:
            continue
        ids = tuple(dict.fromkeys(qid for _, _, qid in hits))
        out.append(CitedPassage(min(h[0] for h in hits), max(h[1] for h in hits), ids))
    return out


class SourceReaderScreen(QWidget):
    back_requested = Signal()
    """The student wants to go back to where they were."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self._qset: QuestionSet | None = None
        self._passages: list[CitedPassage] = []
        self._source_text = ""
        #: the passage shown in colour (the one whose questions are listed), or None
        self.selected: int | None = None
        layout = QVBoxLayout(self)
        top = QHBoxLayout()
        self.title = plain_label(self.tr("Source text"), "screenTitle")
        top.addWidget(self.title, 1)
        self.source_picker = QComboBox()
        self.source_picker.setAccessibleName(self.tr("Which source text"))
        self.source_picker.setAccessibleDescription(self.tr("Which source text"))  # Linux names a combo by its choice
        self.source_picker.currentIndexChanged.connect(self._on_source_picker_changed)
        top.addWidget(self.source_picker)
        layout.addLayout(top)
        splitter = QSplitter(Qt.Orientation.Vertical)
        self.text_view = QTextBrowser()
        self.text_view.setOpenLinks(False)
        self.text_view.setAccessibleName(self.tr("Source text"))
        self.text_view.anchorClicked.connect(self._on_text_view_anchor_clicked)
        splitter.addWidget(self.text_view)
        # Everything but the title and the text scrolls as one below the text (the citation, how to use the
        # screen, the chosen passage and its questions): at 200 % and 300 % the notes above the text and a
        # list in a fixed share of the splitter were squeezed until the text showed 4 lines and titles were
        # cut off.
        below = QScrollArea()
        below.setAccessibleName(self.tr("The selected passage and its questions"))  # it takes the focus to scroll
        below.setWidgetResizable(True)
        below.setFrameShape(QFrame.Shape.NoFrame)
        below.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        panel = QWidget()
        panel_layout = QVBoxLayout(panel)
        panel_layout.setContentsMargins(0, 0, 0, 0)
        self.citation = plain_label("", "muted", selectable=True)
        panel_layout.addWidget(self.citation)
        panel_layout.addWidget(plain_label(self.tr("Underlined passages are quoted by questions. Click one (or Tab to it and "
                                           "press Enter) to see which questions cite it; it is then highlighted."),
                                           "muted"))
        self.passage_title = plain_label(self.tr("No passage selected."), "sectionTitle")
        panel_layout.addWidget(self.passage_title)
        self.question_list = FittedList()
        self.question_list.setAccessibleName(self.tr("Questions that cite the selected passage"))
        panel_layout.addWidget(self.question_list)
        panel_layout.addStretch(1)
        below.setWidget(panel)
        splitter.addWidget(below)
        splitter.setStretchFactor(0, 2)
        splitter.setStretchFactor(1, 1)
        splitter.setChildrenCollapsible(False)
        layout.addWidget(splitter, 1)
        row = QHBoxLayout()
        row.addStretch(1)
        self.back_button = QPushButton(self.tr("&Back"))
        self.back_button.setAccessibleName(self.tr("Back"))
        self.back_button.clicked.connect(self.back_requested.emit)
        row.addWidget(self.back_button)
        layout.addLayout(row)

    def shortcuts(self):
        return [("Escape", self.back_requested.emit)]

    #: lines of the text always shown (at most half the screen): the notes below take the rest and scroll
    TEXT_LINES = 8

    def _keep_room_for_the_text(self) -> None:
        lines = self.text_view.fontMetrics().lineSpacing() * self.TEXT_LINES
        self.text_view.setMinimumHeight(min(lines, self.height() // 2))

    def showEvent(self, event) -> None:
        self._keep_room_for_the_text()
        super().showEvent(event)

    def resizeEvent(self, event) -> None:
        self._keep_room_for_the_text()
        super().resizeEvent(event)

    def changeEvent(self, event) -> None:
        if event.type() == QEvent.Type.FontChange:  # the text size changed (Ctrl+=)
            self._keep_room_for_the_text()
        super().changeEvent(event)

    def show_set(self, qset: QuestionSet, source_id: str | None = None, focus: tuple[int, int] | None = None) -> None:
        self._qset = qset
        self.source_picker.blockSignals(True)
        self.source_picker.clear()
        for src in qset.sources:
            self.source_picker.addItem(src.title, src.id)
        self.source_picker.setVisible(len(qset.sources) > 1)
        index = max(0, self.source_picker.findData(source_id)) if source_id else 0
        self.source_picker.setCurrentIndex(index)
        self.source_picker.blockSignals(False)
        self._show_source(self.source_picker.currentData(), focus)

    def _on_source_picker_changed(self, *_):
        if self._qset is not None:
            self._show_source(self.source_picker.currentData(), None)

    def _show_source(self, source_id: str, focus: tuple[int, int] | None) -> None:
        # Only called once show_set() has stored a set, with an id taken from that set's sources.
        assert self._qset is not None, "_show_source() called before show_set()"
        source = self._qset.source(source_id)
        assert source is not None, f"source {source_id!r} is not in the shown set"
        self.title.setText(source.title)
        self.citation.setText(source.citation)
        self._passages = cited_passages(self._qset, source_id)
        self._source_text = source.text
        self._render(None)
        self.question_list.clear()
        self.passage_title.setText(self.tr("%n passage(s) of this text are quoted by questions.", "", len(self._passages)))
        if focus is not None:
            for i, p in enumerate(self._passages):
                if p.start <= focus[0] < p.end:
                    self.select_passage(i)
                    break
            cursor = self.text_view.textCursor()
            cursor.setPosition(min(focus[0], len(self.text_view.toPlainText())))
            cursor.setPosition(min(focus[1], len(self.text_view.toPlainText())), QTextCursor.MoveMode.KeepAnchor)
            self.text_view.setTextCursor(cursor)
            self.text_view.ensureCursorVisible()

    def _render(self, selected: int | None) -> None:
        """The text with every cited passage underlined, and only the selected one in colour: a set
        that quotes nearly every sentence stays readable."""
        spans = [(p.start, p.end, f"passage:{i}") for i, p in enumerate(self._passages)]
        strong = {f"passage:{selected}"} if selected is not None else set()
        bar = self.text_view.verticalScrollBar()
        keep = bar.value()
        self.text_view.setHtml(highlighted_html(self._source_text, spans, strong=strong))
        bar.setValue(keep)
        self.selected = selected

    @property
    def passages(self) -> list[CitedPassage]:
        return list(self._passages)

    def _on_text_view_anchor_clicked(self, url: QUrl) -> None:
        target = url.toString()
        if target.startswith("passage:"):
            self.select_passage(int(target.split(":", 1)[1]))

    def select_passage(self, index: int) -> None:
        passage = self._passages[index]
        # Passages only exist after show_set() stored a set; the picker holds ids of its sources.
        assert self._qset is not None, "select_passage() called before show_set()"
        source = self._qset.source(self.source_picker.currentData())
        assert source is not None, "the picked source is not in the shown set"
        self._render(index)
        quoted = " ".join(source.text[passage.start:passage.end].split())
        if len(quoted) > 160:
            quoted = quoted[:159] + "…"
        self.passage_title.setText(self.tr("“{quoted}” is cited by "
                                   "%n question(s):", "", len(passage.question_ids)).format(quoted=quoted))
        self.question_list.clear()
        for qid in passage.question_ids:
            q = self._qset.question(qid)
            text = q.prompt if q.type != "cite" else f"{q.prompt} — {q.statement}"
            self.question_list.addItem(text)

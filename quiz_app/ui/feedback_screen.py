"""Feedback: right or wrong in words and colour, the correct answer, the explanation, and the quoted
passage shown in its paragraph of the source with the quote highlighted."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, Qt, Signal
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import (
    QAbstractSlider,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from question_bank import evidence as ev

from .theme import colours
from .widgets.announce import announce
from .widgets.text import PassageView, plain_label, prompt_text

if TYPE_CHECKING:  # the engine loads with the first round, not at start-up
    from ..grading import GradeResult
    from ..session import PresentedQuestion


def verdict_text(result: GradeResult) -> tuple[str, str]:
    """(words, style name): the verdict never relies on colour alone."""
    if result.skipped:
        return QCoreApplication.translate("feedback_screen", "✗  Not answered"), "verdictWrong"
    if result.correct:
        return QCoreApplication.translate("feedback_screen", "✓  Right!"), "verdictRight"
    if result.partial:
        from ..session import credit_text

        return QCoreApplication.translate("feedback_screen", "◐  Partly right: {credit}").format(credit=credit_text(result)), "verdictPartial"
    return QCoreApplication.translate("feedback_screen", "✗  Not right"), "verdictWrong"


def quoted_spans(question, source_text: str, source_id: str, main_span: tuple[int, int]) -> list[tuple[int, int]]:
    """Every quote that proves the answer, in this source: the question's own, each right choice's and
    each event's (an ordering question drawn from three paragraphs quotes all three)."""
    extra = []
    if hasattr(question, "correct_choices"):
        extra = [c.evidence for c in question.correct_choices() if c.evidence is not None]
    elif question.type == "ordering":
        extra = [it.evidence for it in question.items if it.evidence is not None]
    spans = [main_span]
    for evid in extra:
        if evid.source != source_id:
            continue
        where = ev.locate(source_text, evid.quote, evid.span)
        if where is not None and where.span not in spans:
            spans.append(where.span)
    return sorted(spans)


class FeedbackScreen(QWidget):
    next_requested = Signal()
    """The student is done reading and wants the next question (or the results)."""
    read_source_requested = Signal(str, object)
    """Open the source reader at this source id and (start, end) span."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self._result: GradeResult | None = None
        #: what the passage, its title and the citation show now (``_show_evidence``)
        self._evidence_key: tuple | None = None
        outer = QVBoxLayout(self)
        top = QHBoxLayout()
        self.progress_label = plain_label("", "muted", wrap=False, measured=True)
        top.addWidget(self.progress_label, 1)
        self.score_label = plain_label("", "muted", wrap=False, measured=True)
        top.addWidget(self.score_label)
        outer.addLayout(top)

        scroll = QScrollArea()
        scroll.setAccessibleName(self.tr("Feedback on your answer"))  # it takes the focus to scroll by keyboard
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        body = QWidget()
        layout = QVBoxLayout(body)
        layout.setContentsMargins(0, 0, 0, 0)
        # One label per look of the verdict (right, wrong, partly right), each styled once, the one that fits
        # shown: styling one label again under the style sheet (its object name changed) cost a font change and
        # a new layout of the screen, 1 ms of every other answer. ``verdict`` is the one shown.
        self._verdicts: dict[str, QLabel] = {}
        for style in ("verdictRight", "verdictWrong", "verdictPartial"):
            label = self._verdicts[style] = plain_label("", style, measured=True)
            # its name is the verdict itself, announced when it appears (show_result)
            label.setAccessibleDescription(self.tr("Result"))
            layout.addWidget(label)
            label.setHidden(style != "verdictRight")  # (once in the layout: a label shown with no parent is a window)
        self._verdict_style = "verdictRight"
        self.prompt = plain_label("", "prompt", selectable=True, measured=True)
        layout.addWidget(self.prompt)
        # cloze: the passage with each gap's words highlighted and marked (our markup; the text is escaped)
        self.gap_passage = plain_label("", selectable=True, measured=True)
        self.gap_passage.setTextFormat(Qt.TextFormat.RichText)
        self.gap_passage.setObjectName("clozeMarkedPassage")
        self.gap_passage.hide()
        layout.addWidget(self.gap_passage)
        self.your_answer = plain_label("", selectable=True, measured=True)
        layout.addWidget(self.your_answer)
        self.correct_answer = plain_label("", selectable=True, measured=True)
        self.correct_answer.setObjectName("sectionTitle")
        layout.addWidget(self.correct_answer)
        self.note = plain_label("", "muted", selectable=True, measured=True)
        layout.addWidget(self.note)
        self.schedule = plain_label("", "muted", measured=True)
        self.schedule.setAccessibleDescription(self.tr("When this question comes back"))
        layout.addWidget(self.schedule)
        self.choice_feedback = plain_label("", selectable=True, measured=True)
        layout.addWidget(self.choice_feedback)
        self.explanation = plain_label("", selectable=True, measured=True)
        layout.addWidget(self.explanation)
        self.evidence_title = plain_label(self.tr("What the text says:"), "sectionTitle", measured=True)
        layout.addWidget(self.evidence_title)
        self.passage = PassageView(fit=True)
        layout.addWidget(self.passage)
        self.citation = plain_label("", "muted", selectable=True, measured=True)
        layout.addWidget(self.citation)
        layout.addStretch(1)
        # as tall as their text at the width they get, and no taller: a label's least height is otherwise the
        # height of its text wrapped at a narrow "golden" width, and those heights added up made the screen
        # scroll (over a blank end) whose text fitted, and measured three widths of each changed label
        for label in body.findChildren(QLabel):
            label.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)

        scroll.setWidget(body)
        self.scroll_area = scroll
        outer.addWidget(scroll, 1)

        row = QHBoxLayout()
        self.read_source_button = QPushButton(self.tr("&Read in source"))
        self.read_source_button.setAccessibleName(self.tr("Read this passage in the full source text"))
        self.read_source_button.clicked.connect(self._on_read_source_clicked)
        row.addWidget(self.read_source_button)
        row.addStretch(1)
        self.next_button = QPushButton(self.tr("&Next question"))
        self.next_button.setObjectName("primary")
        self.next_button.setAccessibleName(self.tr("Next question"))
        self.next_button.setDefault(True)
        self.next_button.clicked.connect(self.next_requested.emit)
        row.addWidget(self.next_button)
        outer.addLayout(row)

    def shortcuts(self):
        bar = self.scroll_area.verticalScrollBar()
        page = QAbstractSlider.SliderAction
        return [("Return", self.next_requested.emit), ("Enter", self.next_requested.emit),
                ("Space", self.next_requested.emit),
                # the passage is often below the fold at large text: the page keys reach it
                ("PgDown", lambda: bar.triggerAction(page.SliderPageStepAdd)),
                ("PgUp", lambda: bar.triggerAction(page.SliderPageStepSub)),
                ("Ctrl+End", lambda: bar.triggerAction(page.SliderToMaximum)),
                ("Ctrl+Home", lambda: bar.triggerAction(page.SliderToMinimum))]

    @property
    def verdict(self) -> QLabel:
        """The verdict shown ("✓  Right!", "✗  Not right"...), in its colours."""
        return self._verdicts[self._verdict_style]

    @property
    def result(self) -> GradeResult | None:
        return self._result

    def show_result(self, result: GradeResult, shown: PresentedQuestion, *, progress: str = "", score: str = "",
                    next_label: str = "", schedule: str = "") -> None:
        """The grade of one presented question, with its quote shown in its paragraph of the source."""
        self._result = result
        prompt = prompt_text(shown.question)
        source_text = shown.source.text if shown.source is not None else ""
        citation = shown.source.citation if shown.source is not None else ""
        words, style = verdict_text(result)
        self._verdicts[style].setText(words)
        if style != self._verdict_style:
            self._verdicts[style].show()
            self._verdicts[self._verdict_style].hide()
            self._verdict_style = style
        self.progress_label.setText(progress)
        self.score_label.setText(score)
        self.prompt.setText(prompt)  # (a label given the text it shows already keeps its measured size)
        self.your_answer.setText(self.tr("Your answer: {answer}").format(answer=result.response_text) if not result.skipped else
                                 self.tr("You did not answer this question."))
        self.correct_answer.setText(self._correct_answer_words(result.correct_answer))
        self._show_gaps(result, shown.question)
        self.note.setText(result.note or "")
        self.note.setVisible(bool(result.note))
        self.choice_feedback.setText(self.tr("About your choice: {feedback}").format(feedback=result.choice_feedback) if result.choice_feedback else "")
        self.choice_feedback.setVisible(bool(result.choice_feedback))
        self.explanation.setText(self._explanation_words(result.explanation))
        evid = result.evidence
        self._show_evidence(shown.question, source_text, citation, evid.source_id, evid.source_title, evid.quote,
                            evid.span)
        self.scroll_area.verticalScrollBar().setValue(0)
        self.schedule.setText(schedule)
        self.schedule.setVisible(bool(schedule))
        next_label = next_label or self.tr("&Next question")
        self.next_button.setText(next_label)
        self.next_button.setAccessibleName(next_label.replace("&", ""))
        self.next_button.setFocus()
        # the focus is on "Next question": the verdict must be said, not only coloured
        announce(self.verdict, words, urgent=True)

    def prepare(self, shown: PresentedQuestion) -> None:
        """Fill in, while the student reads the question, what its feedback shows whatever the answer: the quoted
        passage highlighted in its paragraphs, the title above it and the citation (the rich text of the passage
        and its layout were most of the work of showing a result). ``show_result`` then writes only what the
        answer changes; what the student sees is the same."""
        question = shown.question
        source = shown.source
        evid = question.evidence
        source_text = source.text if source is not None else ""
        where = ev.locate(source_text, evid.quote, evid.span) if source is not None else None
        # the evidence as grading gives it (grading._evidence_ref)
        self._show_evidence(question, source_text, source.citation if source is not None else "", evid.source,
                            source.title if source is not None else evid.source, evid.quote,
                            where.span if where is not None else evid.span)
        # the words that are the question's whatever the answer (grading gives its answer text and explanation),
        # measured now: a wrapped label that can be selected lays its text out at three widths to be measured,
        # which was a third of the switch to this screen
        self.prompt.setText(prompt_text(question))
        if question.type != "cloze":  # a cloze's correct answer is written gap by gap (_show_gaps)
            self.correct_answer.setText(self._correct_answer_words(question.answer_text()))
        self.explanation.setText(self._explanation_words(question.explanation))
        for label in (self.prompt, self.correct_answer, self.explanation, self.evidence_title, self.citation):
            label.sizeHint()
            label.minimumSizeHint()
        self._lay_out()

    def _lay_out(self) -> None:
        """Place what is filled in now at the size the screen will show it at, though it is hidden: a hidden
        screen's layouts wait until it is shown, and the answer then paid for laying out the prepared passage and
        texts too (Qt sends the resize and move events of a hidden widget when it is shown; these find the
        sizes done)."""
        stack = self.parentWidget()
        if stack is not None and self.size() != stack.size():
            self.resize(stack.size())
        layout = self.layout()
        if layout is not None:
            layout.activate()
        QCoreApplication.sendEvent(self.scroll_area, QEvent(QEvent.Type.LayoutRequest))  # the body to its height
        body_layout = self.scroll_area.widget().layout()
        if body_layout is not None:
            body_layout.activate()
        # drawn once off screen: each label then holds its text laid out at the width it is shown at (a label
        # measured at other widths lays its text out again when painted), and the resize events the hidden
        # screen kept are sent now, not when the answer shows it
        if not self.size().isEmpty():
            ratio = self.devicePixelRatioF()  # the screen's scale: the glyphs drawn are the ones shown
            canvas = QPixmap(self.size() * ratio)
            canvas.setDevicePixelRatio(ratio)
            self.render(canvas)

    def _correct_answer_words(self, correct_answer: str) -> str:
        return self.tr("Correct answer: {correct_answer}").format(correct_answer=correct_answer)

    def _explanation_words(self, explanation: str) -> str:
        return self.tr("Why: {explanation}").format(explanation=explanation)

    def _show_evidence(self, question, source_text: str, citation: str, source_id: str, source_title: str,
                       quote: str, span: tuple[int, int] | None) -> None:
        """The quoted passage in its paragraphs of the source, its title and the citation (kept when they are
        already on screen for this very question and evidence: see ``prepare``)."""
        # (with the colours and the language the passage and its title are written in)
        key = (question, source_text, citation, source_id, source_title, quote, span, colours(),
               self.tr("What the text says:"))
        if key == self._evidence_key:
            return
        self._evidence_key = key
        where = ev.locate(source_text, quote, span)
        if where is not None:
            spans = quoted_spans(question, source_text, source_id, where.span)
            paragraphs = [p for p in ev.paragraphs(source_text)
                          if any(a < p.end and b > p.start for a, b in spans)]
            self.passage.show_paragraphs(source_text, paragraphs, spans)
            # numbered as a reader counts them: a title line and blank lines are no paragraphs
            numbers = [ev.paragraph_number(source_text, p) for p in paragraphs]
            counted = [str(n) for n in numbers if n is not None]
            if not counted:
                which = (self.tr("the title") if paragraphs and paragraphs[0].index == 0 else self.tr("a heading")) \
                    if paragraphs else self.tr("the text")
            else:
                which = (self.tr("paragraph {number}").format(number=counted[0]) if len(counted) == 1 else
                         self.tr("paragraphs {numbers} and {last}").format(numbers=", ".join(counted[:-1]), last=counted[-1]))
            self.evidence_title.setText(self.tr("What the text says ({which} of “{source_title}”):").format(which=which, source_title=source_title))
        else:
            self.passage.show_passage(quote, 0, (0, len(quote)), quote)
            self.evidence_title.setText(self.tr("What the text says:"))
        self.citation.setText(citation)
        self.citation.setVisible(bool(citation))

    def _show_gaps(self, result: GradeResult, question) -> None:
        """A cloze answer gap by gap: right or wrong with the student's words and the text's, and the passage
        with the gap words highlighted (✓ / ✗ beside each, never colour alone)."""
        if question.type != "cloze":
            self.gap_passage.hide()
            self.gap_passage.clear()
            return
        from .widgets.cloze_passage import gap_lines, marked_passage_html

        response = None if result.skipped else result.response
        lines = gap_lines(question, response, result.marks)
        if not result.skipped:
            self.your_answer.setText(self.tr("Your answers, gap by gap:\n{lines}").format(lines="\n".join(lines)))
        self.correct_answer.setText(self.tr("The text's words: {answer}").format(answer=result.correct_answer))
        self.gap_passage.setText(marked_passage_html(question, response, result.marks))
        self.gap_passage.setAccessibleName(self.tr("The passage with the gaps filled by the text's words"))
        self.gap_passage.setAccessibleDescription(" ".join(lines) if not result.skipped else question.answer_text())
        self.gap_passage.show()

    def _on_read_source_clicked(self):
        if self._result is not None:
            evid = self._result.evidence
            self.read_source_requested.emit(evid.source_id, evid.span)

"""Question: the prompt, an input made for the question type, progress, score and (only when the
round has a limit) a timer. Enter submits; Esc asks before leaving."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QMessageBox,
    QPushButton,
    QRadioButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from question_bank.i18n import QT_TRANSLATE_NOOP
from question_bank.topics import TOPIC_LABELS, TYPE_LABELS

from .widgets.announce import announce
from .widgets.answer_inputs import (
    LETTERS,
    AnswerInput,
    ChoiceInput,
    CiteInput,
    MatchingInput,
    OrderingInput,
    TextInput,
    TrueFalseInput,
)
from .widgets.confirm import ask
from .widgets.text import PassageView, plain_label, prompt_text

if TYPE_CHECKING:  # the engine loads with the first round, not at start-up
    from ..session import PresentedQuestion

#: certainty-based marking: (certainty, button text with its Alt key, what it earns)
CERTAINTIES = [("sure", QT_TRANSLATE_NOOP("QuestionScreen", "S&ure"), "+3 / −6"), ("fairly_sure", QT_TRANSLATE_NOOP("QuestionScreen", "Fai&rly sure"), "+2 / −2"),
               ("not_sure", QT_TRANSLATE_NOOP("QuestionScreen", "N&ot sure"), "+1 / 0")]

_HINTS = {
    "multiple_choice": QT_TRANSLATE_NOOP("question_screen", "Press {keys} to choose, then Enter."),
    "multiple_select": QT_TRANSLATE_NOOP("question_screen", "Tick every answer that is right ({keys}, or Space), then Enter."),
    "true_false": QT_TRANSLATE_NOOP("question_screen", "Press T or F (or 1 or 2), then Enter."),
    "numeric": QT_TRANSLATE_NOOP("question_screen", "Type a number, then Enter."),
    "short_answer": QT_TRANSLATE_NOOP("question_screen", "Type your answer, then Enter."),
    "ordering": QT_TRANSLATE_NOOP("question_screen", "Put the earliest at the top: select an event and press Alt+Up / Alt+Down (or drag it). Then Enter."),
    "matching": QT_TRANSLATE_NOOP("question_screen", "Choose a partner for each item (Tab moves between them), then Enter."),
    "cite": QT_TRANSLATE_NOOP("question_screen", "Choose the sentence with the arrow keys, then Enter."),
    "cloze": QT_TRANSLATE_NOOP("question_screen", "Fill the gaps: Tab moves to the next gap; type, or choose with the arrow keys{bank}. Then Enter."),
}


def choice_keys(count: int) -> str:
    """The keys that choose among ``count`` choices: "1–4 or A–D"; the tenth is 0 or J."""
    if count <= 1:
        return QCoreApplication.translate("question_screen", "1 or A")
    count = min(count, len(LETTERS))
    digits = f"1–{count}" if count < 10 else QCoreApplication.translate("question_screen", "1–9, 0")
    return QCoreApplication.translate("question_screen", "{digits} or A–{letter}").format(digits=digits, letter=LETTERS[count - 1])


def hint_text(question) -> str:
    """How to answer this question with the keyboard, naming only keys that choose something."""
    hint = QCoreApplication.translate("question_screen", _HINTS[question.type])
    if question.type in ("multiple_choice", "multiple_select"):
        hint = hint.format(keys=choice_keys(len(question.choices)))
    if question.type == "cloze":
        bank = any(g.kind == "word_bank" for g in question.gaps)
        hint = hint.format(bank=QCoreApplication.translate("question_screen", " (in a word-bank gap, press a word's number)")
                           if bank else "")
    return hint


def build_input(question, choice_order: list[int] | None, item_order: list[int] | None,
                right_order: list[int] | None, source_text: str = "", left_order: list[int] | None = None, *,
                gap_options: tuple[tuple[str, ...], ...] = (), word_bank: tuple[str, ...] = ()) -> AnswerInput:
    """The input widget for a question, in the display order the engine chose."""
    kind = question.type
    if kind == "cloze":
        from .widgets.cloze_passage import ClozeInput

        return ClozeInput(question, gap_options, word_bank)
    if kind in ("multiple_choice", "multiple_select"):
        order = choice_order or list(range(len(question.choices)))
        return ChoiceInput([c.text for c in question.choices], order, multi=kind == "multiple_select")
    if kind == "true_false":
        return TrueFalseInput()
    if kind == "numeric":
        return TextInput(QCoreApplication.translate("question_screen", "A number, e.g. 1,250"), question.unit)
    if kind == "short_answer":
        return TextInput(QCoreApplication.translate("question_screen", "Your answer in a few words"))
    if kind == "ordering":
        return OrderingInput([i.text for i in question.items], item_order or list(range(len(question.items))))
    if kind == "matching":
        rights = [p.right for p in question.pairs] + list(question.distractors)
        return MatchingInput([p.left for p in question.pairs], rights, right_order or list(range(len(rights))),
                             left_order)
    if kind == "cite":
        return CiteInput(source_text)
    raise ValueError(f"no input for question type {kind!r}")


class QuestionScreen(QWidget):
    answer_submitted = Signal(object)
    """The student submitted this response (shape as in quiz_app.grading)."""
    leave_requested = Signal()
    """The student pressed Esc or "Leave round"; the main window asks before leaving."""
    add_time_requested = Signal()
    """Practice with a limit: a minute more (WCAG 2.2.1)."""
    time_off_requested = Signal()
    """Practice with a limit: no limit any more."""
    passage_requested = Signal()
    """"Show me the passage" before answering (the round marks the answer as assisted)."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.input: AnswerInput | None = None
        self._shown_input: AnswerInput | None = None
        self.question = None
        #: "Submit with 2 of 3 pairs unmatched?" while it is open
        self.confirm_dialog: QMessageBox | None = None
        self.confirm_submit_button: QPushButton | None = None
        outer = QVBoxLayout(self)
        top = QHBoxLayout()
        self.progress_label = plain_label("", "sectionTitle", wrap=False)
        self.progress_label.setAccessibleDescription(self.tr("Progress"))
        top.addWidget(self.progress_label)
        top.addStretch(1)
        self.score_label = plain_label("", wrap=False)
        self.score_label.setAccessibleDescription(self.tr("Score so far"))
        top.addWidget(self.score_label)
        self.timer_label = plain_label("", "timer", wrap=False)
        # its name is its text ("Time left: 1:05"); warnings are announced (show_time_warning)
        self.timer_label.hide()
        top.addWidget(self.timer_label)
        outer.addLayout(top)
        # The question and its answer scroll together: at 300 % text the prompt is never clipped and the
        # answer list never squeezed to a sliver; the buttons below always stay in view.
        self.scroll_area = QScrollArea()
        self.scroll_area.setAccessibleName(self.tr("The question and your answer"))  # it takes the focus to scroll by keyboard
        self.scroll_area.setWidgetResizable(True)
        self.scroll_area.setFrameShape(QFrame.Shape.NoFrame)
        # wrap, never cut off
        self.scroll_area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.body = QWidget()
        self.body_layout = QVBoxLayout(self.body)
        self.body_layout.setContentsMargins(0, 0, 0, 0)
        self.meta = plain_label("", "muted")
        self.body_layout.addWidget(self.meta)
        self.prompt = plain_label("", "prompt", selectable=True)
        # its name is announced with each new question: "Question 2 of 5. ..." (show_question)
        self.prompt.setAccessibleDescription(self.tr("Question"))
        self.body_layout.addWidget(self.prompt)
        self.passage_title = plain_label("", "sectionTitle")
        self.passage_title.hide()
        self.body_layout.addWidget(self.passage_title)
        self.passage = PassageView()
        self.passage.setMaximumHeight(180)
        self.passage.hide()
        self.body_layout.addWidget(self.passage)
        self.statement = plain_label("", "sectionTitle", selectable=True)
        self.statement.setAccessibleDescription(self.tr("Statement to prove"))
        self.body_layout.addWidget(self.statement)
        self.scroll_area.setWidget(self.body)
        outer.addWidget(self.scroll_area, 1)
        self.certainty_box = QGroupBox(self.tr("How sure are you? (points if right / if wrong)"))
        # short labels, so the three fit side by side at 200 % text on a small screen
        certainty_row = QHBoxLayout(self.certainty_box)
        self.certainty_group = QButtonGroup(self)
        self.certainty_buttons: dict[str, QRadioButton] = {}
        for key, text, marks in CERTAINTIES:
            text = self.tr(text)
            button = QRadioButton(f"{text} ({marks})")
            button.setAccessibleName(text.replace("&", ""))
            right, wrong = marks.split(" / ")
            button.setAccessibleDescription(self.tr("Certainty-based marking: right {right}, wrong {wrong}, times the points").format(right=right, wrong=wrong))
            self.certainty_group.addButton(button)
            self.certainty_buttons[key] = button
            certainty_row.addWidget(button)
        certainty_row.addStretch(1)
        self.certainty_group.buttonToggled.connect(lambda *_: self._after_certainty_chosen())
        self.certainty_box.hide()
        outer.addWidget(self.certainty_box)
        self.hint = plain_label("", "muted")
        outer.addWidget(self.hint)
        self.message = plain_label("", "banner")
        self.message.hide()
        outer.addWidget(self.message)
        row = QHBoxLayout()
        self.leave_button = QPushButton(self.tr("Leave round"))
        self.leave_button.setAccessibleName(self.tr("Leave this round"))
        self.leave_button.setToolTip(self.tr("Esc"))
        self.leave_button.clicked.connect(self.leave_requested.emit)
        row.addWidget(self.leave_button)
        self.passage_button = QPushButton(self.tr("Show me the &passage"))
        self.passage_button.setAccessibleName(self.tr("Show me the passage"))
        self.passage_button.setAccessibleDescription(
            self.tr("Read the paragraph that answers this question. Your answer then earns no spaced-review credit."))
        self.passage_button.clicked.connect(self.passage_requested.emit)
        self.passage_button.hide()
        row.addWidget(self.passage_button)
        self.add_time_button = QPushButton(self.tr("Add a &minute"))
        self.add_time_button.setAccessibleName(self.tr("Add a minute to the time limit"))
        self.add_time_button.clicked.connect(self.add_time_requested.emit)
        self.time_off_button = QPushButton(self.tr("No time &limit"))
        self.time_off_button.setAccessibleName(self.tr("Switch the time limit off"))
        self.time_off_button.clicked.connect(self.time_off_requested.emit)
        for button in (self.add_time_button, self.time_off_button):
            button.hide()
            row.addWidget(button)
        row.addStretch(1)
        self.submit_button = QPushButton(self.tr("&Answer"))
        self.submit_button.setObjectName("primary")
        self.submit_button.setAccessibleName(self.tr("Submit your answer"))
        self.submit_button.setToolTip(self.tr("Enter"))
        self.submit_button.clicked.connect(self.submit)
        row.addWidget(self.submit_button)
        outer.addLayout(row)

    def shortcuts(self):
        keys = [("Escape", self.leave_requested.emit), ("Ctrl+Return", self.submit), ("Ctrl+Enter", self.submit)]
        for n in range(1, 11):  # 1-9, and 0 for the tenth choice
            keys.append(("0" if n == 10 else str(n), lambda n=n: self._pick(n)))
        for n, letter in enumerate(LETTERS, start=1):
            keys.append((letter, lambda n=n: self._pick(n)))
        keys += [("T", lambda: self._pick_tf(True)), ("Return", self.submit), ("Enter", self.submit)]
        return keys

    def show_question(self, shown: PresentedQuestion, score: str, *, time_left: int | None = None,
                      message: str = "", passage_help: bool = False, time_adjustable: bool = False,
                      certainty: bool = False) -> None:
        """Show one question as the round presents it (its display orders). The question comes first;
        ``passage_help`` offers "Show me the passage" (practice and reviews)."""
        question = shown.question
        self.question = question
        self.progress_label.setText(self.tr("Question {number} of {total}").format(number=shown.number, total=shown.total))
        self.score_label.setText(score)
        topics = ", ".join(TOPIC_LABELS.get(t, t) for t in question.topics)
        self.meta.setText(self.tr("{type} · {topics} · "
                          "{points:g} point(s)", "", 1 if question.points == 1 else 2).format(type=TYPE_LABELS[question.type], topics=topics, points=question.points))
        self.prompt.setText(question.prompt)
        statement = getattr(question, "statement", "") if question.type == "cite" else ""
        self.statement.setText(self.tr("“{statement}”").format(statement=statement) if statement else "")
        self.statement.setVisible(bool(statement))
        self.passage_title.hide()
        self.passage.hide()
        self.passage_button.setVisible(passage_help)
        self.passage_button.setEnabled(True)
        self.set_time_adjustable(time_adjustable)
        self.certainty_box.setVisible(certainty)
        self.certainty_group.setExclusive(False)  # so every button can be cleared for the next question
        for button in self.certainty_buttons.values():
            button.setChecked(False)
        self.certainty_group.setExclusive(True)
        self.input = build_input(question, list(shown.choice_order) or None, list(shown.item_order) or None,
                                 list(shown.right_order) or None, shown.source.text if shown.source else "",
                                 list(shown.left_order) or None, gap_options=shown.gap_options,
                                 word_bank=shown.word_bank)
        self.input.submit_requested.connect(self.submit)
        self.input.changed.connect(lambda: self.message.hide())
        if self._shown_input is not None:
            # out of sight at once: deleteLater only runs when the event loop next turns
            self._shown_input.hide()
            self.body_layout.removeWidget(self._shown_input)
            self._shown_input.deleteLater()
        self._shown_input = self.input
        self.body_layout.addWidget(self.input, 1)
        # shown now, not when the event loop next turns (Qt's default for a widget added to a shown screen): a
        # key pressed before that would skip the hidden inputs (Tab from a passage's first gap left the passage)
        self.input.show()
        sure_hint = self.tr(" Say how sure you are first: Alt+U, Alt+R or Alt+O.") if certainty else ""
        self.hint.setText(hint_text(question) + sure_hint)
        self.set_time_left(time_left)
        self.message.setText(message)
        self.message.setVisible(bool(message))
        self.submit_button.setEnabled(True)
        self.input.focus_first()
        # the focus lands on the answer, so a screen reader would not read the question by itself
        announce(self.prompt, self.tr("Question {number} of {total}. {prompt}").format(number=shown.number, total=shown.total, prompt=prompt_text(question)))

    def show_passage(self, passage) -> None:
        """The paragraph the student asked for (a ``RetryPassage``), above the answer."""
        if passage is None:
            return
        self.passage_title.setText(self.tr("Paragraph {number} of “{source_title}”, as you "
                                   "asked (this answer earns no spaced-review credit):").format(number=passage.paragraph_index + 1, source_title=passage.source_title))
        self.passage.show_passage(passage.text, passage.start, passage.span)
        self.passage_title.show()
        self.passage.show()
        self.passage_button.setEnabled(False)
        if self.input is not None:
            self.input.focus_first()

    def certainty(self) -> str | None:
        """The certainty chosen with the answer (certainty-based marking), or None."""
        if self.certainty_box.isHidden():
            return None
        return next((key for key, b in self.certainty_buttons.items() if b.isChecked()), None)

    def _after_certainty_chosen(self) -> None:
        # the answer keeps the keyboard: choose certainty with Alt+U/R/O, then Enter answers
        self.message.hide()
        if self.input is not None and self.certainty() is not None and self.focusWidget() in \
                self.certainty_buttons.values():
            self.input.focus_first()

    def set_time_adjustable(self, adjustable: bool) -> None:
        self.add_time_button.setVisible(adjustable)
        self.time_off_button.setVisible(adjustable)

    def show_time_warning(self, text: str) -> None:
        """"1 minute left." in the banner, and said by a screen reader (the timer label's description)."""
        self.message.setText(text)
        self.message.show()
        self.timer_label.setAccessibleDescription(text)
        announce(self.timer_label, text, urgent=True, rename=False)

    def set_time_left(self, seconds: int | None) -> None:
        if seconds is None:
            self.timer_label.hide()
            return
        minutes, secs = divmod(max(0, int(seconds)), 60)
        # words, not a clock glyph: not every font has one, and a missing glyph shows as a box
        self.timer_label.setText(self.tr("Time left: {minutes}:{secs:02d}").format(minutes=minutes, secs=secs))
        self.timer_label.setAccessibleDescription(self.tr("{minutes} minutes {secs} seconds left").format(minutes=minutes, secs=secs))
        self.timer_label.show()

    def _typing(self) -> bool:
        return isinstance(self.input, TextInput)

    def _pick(self, number: int) -> None:
        if self.input is not None and not self._typing():
            if self.question.type == "true_false" and number == 6:
                self._pick_tf(False)  # F is also the sixth letter
                return
            self.input.pick(number)

    def _pick_tf(self, value: bool) -> None:
        if self.question is not None and self.question.type == "true_false":
            # show_question() builds the input right after storing the question it is for
            assert self.input is not None, "a question is shown without its answer input"
            self.input.pick(1 if value else 2)

    def submit(self) -> None:
        if self.input is None or not self.submit_button.isEnabled() or self.confirm_dialog is not None:
            return
        response = self.input.response()
        if response is None:
            self.message.setText(self.tr("Choose or type an answer first."))
            self.message.show()
            return
        if not self.certainty_box.isHidden() and self.certainty() is None:
            self.message.setText(self.tr("Say how sure you are first: Alt+U sure, Alt+R fairly sure, Alt+O not sure."))
            self.message.show()
            return
        question = self.input.unfinished_question()
        if question is not None:
            self._ask_before_submitting(question)
            return
        self._send(response)

    def _send(self, response) -> None:
        self.submit_button.setEnabled(False)
        self.answer_submitted.emit(response)

    def _ask_before_submitting(self, question: str) -> None:
        """Parts are left open: ask (window-modal, not blocking); "Keep answering" is the default and Esc."""
        box, submit, _ = ask(self, self.tr("Submit this answer?"), question, self.tr("&Submit anyway"), self.tr("&Keep answering"),
                             QMessageBox.ButtonRole.AcceptRole)
        self.confirm_submit_button = submit
        chosen: list[bool] = []

        def clicked(button) -> None:
            chosen.append(button is submit)

        def finished(_code: int) -> None:
            # acted on once the box is closed, not while it is still open: the feedback shown from inside its
            # click set the focus while the box held it, and closing the box then left the window with no focus
            # at all (a keyboard-only student's next question took no keys)
            self.confirm_dialog = None
            if chosen and chosen[-1] and self.input is not None:
                response = self.input.response()
                if response is not None:
                    self._send(response)
                    return
            if self.input is not None:
                self.input.focus_first()

        box.buttonClicked.connect(clicked)
        box.finished.connect(finished)
        self.confirm_dialog = box
        box.open()

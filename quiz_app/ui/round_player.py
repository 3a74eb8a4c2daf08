"""A round on screen: the question, feedback and results screens, the timer, the sounds and the leave dialog.

The round (``quiz_app.session.Round``) decides what comes next and grades; the player shows what it says and
passes the student's answers on, the way Anki's Reviewer plays cards beside its main window. The main
window owns the screen stack and says which screen is current (``show``); the player asks it, by signals,
for anything outside the round: the start screen, a new round, the source reader.
"""

from __future__ import annotations

import gc
from collections.abc import Callable
from contextlib import contextmanager
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtWidgets import QMessageBox, QStackedWidget, QWidget

from question_bank.topics import CORE_TOPICS

from .start_screen import StartChoice
from .widgets.confirm import ask

if TYPE_CHECKING:  # the engine and these screens load with the first round, not at start-up
    from ..session import Round
    from .feedback_screen import FeedbackScreen
    from .printing import PrintDialog
    from .question_screen import QuestionScreen
    from .results_screen import ResultsScreen
    from .sound import AnswerSounds


@contextmanager
def _no_long_collection():
    """Keep Python's cyclic collector off the objects that already live (the sets, the screens, Qt's wrappers)
    from an answer to its feedback: a collection of the oldest generation walks them all (170 ms measured on
    a busy machine), and one landed on an answer now and then. The answer's own young objects are collected
    as usual; a full collection that falls due meanwhile runs over the young ones only, and the next one
    walks everything again later, while the student reads. ``gc.freeze`` and ``gc.unfreeze`` only move
    lists (no walk); nothing is left frozen, and an outer freeze is left alone."""
    if gc.get_freeze_count():
        yield
        return
    gc.freeze()
    try:
        yield
    finally:
        gc.unfreeze()


class RoundPlayer(QObject):
    start_screen_requested = Signal()
    """The round is over and the student goes back to the start screen."""
    start_requested = Signal(object)
    """Start this new round (a ``StartChoice``): play again, or review this round's mistakes."""
    read_source_requested = Signal(str, str, object)
    """Open the source reader: the set's catalogue key, the source id and the quote's (start, end) span."""

    def __init__(self, stack: QStackedWidget, show: Callable[[QWidget], None], sound_on: Callable[[], bool],
                 parent: QWidget):
        super().__init__(parent)
        self._stack = stack
        self._show = show
        self._sound_on = sound_on
        self._parent = parent
        self.round: Round | None = None
        #: the catalogue key of the round's set
        self.set_key: str | None = None
        #: the choice the round was started with (Play again starts it again)
        self.choice: StartChoice | None = None
        self._review_index: int | None = None
        self._review_only_missed = True
        self._question_screen: QuestionScreen | None = None
        self._feedback_screen: FeedbackScreen | None = None
        self._results_screen: ResultsScreen | None = None
        self._sounds: AnswerSounds | None = None
        self.leave_dialog: QMessageBox | None = None
        self.print_dialog: PrintDialog | None = None
        self.timer = QTimer(self)
        self.timer.setInterval(1000)
        self.timer.timeout.connect(self._on_timer_timeout)
        # the feedback of the question on screen is made ready while the student reads it, just after the
        # question is shown (an answer then paints its feedback within a frame)
        self._prepare_timer = QTimer(self)
        self._prepare_timer.setSingleShot(True)
        self._prepare_timer.setInterval(0)
        self._prepare_timer.timeout.connect(self._prepare_feedback)

    # ------------------------------------------------------------------ the screens, built on first use
    @property
    def question_screen(self) -> QuestionScreen:
        if self._question_screen is None:
            from .question_screen import QuestionScreen

            screen = self._question_screen = QuestionScreen()
            screen.answer_submitted.connect(self._on_question_answer_submitted)
            screen.leave_requested.connect(self._on_question_leave_requested)
            screen.passage_requested.connect(self._on_question_passage_requested)
            screen.add_time_requested.connect(self._on_question_add_time_requested)
            screen.time_off_requested.connect(self._on_question_time_off_requested)
            self._stack.addWidget(screen)
        return self._question_screen

    @property
    def feedback_screen(self) -> FeedbackScreen:
        if self._feedback_screen is None:
            from .feedback_screen import FeedbackScreen

            screen = self._feedback_screen = FeedbackScreen()
            screen.next_requested.connect(self._on_feedback_next_requested)
            screen.read_source_requested.connect(
                lambda source_id, span: self.read_source_requested.emit(self.set_key or "", source_id, span))
            self._stack.addWidget(screen)
        return self._feedback_screen

    @property
    def results_screen(self) -> ResultsScreen:
        if self._results_screen is None:
            from .results_screen import ResultsScreen

            screen = self._results_screen = ResultsScreen()
            screen.back_requested.connect(self._on_results_back_requested)
            screen.play_again_requested.connect(self._on_results_play_again_requested)
            screen.review_mistakes_requested.connect(self._on_results_review_mistakes_requested)
            screen.question_review_requested.connect(lambda index: self.step_review(index, only_missed=True))
            screen.all_feedback_requested.connect(lambda: self.step_review(0, only_missed=False))
            screen.print_button.show()
            screen.print_requested.connect(self._on_results_print_requested)
            self._stack.addWidget(screen)
        return self._results_screen

    def owns(self, screen: QWidget | None) -> bool:
        return screen is not None and screen in (self._question_screen, self._feedback_screen, self._results_screen)

    # ------------------------------------------------------------------ playing
    def begin(self, rnd: Round, key: str, choice: StartChoice | None = None) -> None:
        """Play a round that has been started (``choice``: what Play again starts again)."""
        self.round = rnd
        self.set_key = key
        if choice is not None:
            self.choice = choice
        self._review_index = None
        self._show_current_question(first_message=rnd.message or "")

    def stop(self) -> None:
        """Leave the round's screens: the round stays as it is (its answers are saved)."""
        self.timer.stop()
        self._prepare_timer.stop()
        self.round = None
        self._review_index = None

    def resume_question(self) -> bool:
        """Back from an aside screen: show the question again (timer running) if one is being played."""
        if self.round is None or self.round.is_finished:
            return False
        self._show(self.question_screen)
        self._start_timer()
        return True

    @property
    def _playing(self) -> Round:
        """The round on screen (what follows runs only while there is one)."""
        if self.round is None:
            raise RuntimeError("no round is being played")
        return self.round

    def _score_text(self) -> str:
        from ..session import points_text

        rnd = self._playing
        return self.tr("Score: {score} / {possible}").format(score=points_text(rnd.score), possible=points_text(rnd.possible_so_far))

    def _seconds_left(self) -> int | None:
        remaining = self._playing.time_remaining()
        return None if remaining is None else int(remaining + 0.999)

    def _show_current_question(self, first_message: str = "") -> None:
        shown = self._playing.present()
        if shown is None:
            self._show_results()
            return
        # "saving stopped" / "saving works again" from the score store, each told once, then the standing warning
        store = self._playing.store
        notice = store.take_saving_notice() if store is not None else ""
        message = " ".join(m for m in (first_message, notice, self._playing.warning or "") if m)
        self.question_screen.show_question(shown, self._score_text(), time_left=self._seconds_left(), message=message,
                                           passage_help=self._playing.passage_help_allowed,
                                           time_adjustable=self._playing.time_adjustable,
                                           certainty=self._playing.settings.certainty_marking)
        self._show(self.question_screen)
        self._start_timer()
        if self._playing.feedback_now or self._playing.mode != "scored":  # as _on_question_answer_submitted
            self._prepare_timer.start()

    def _prepare_feedback(self) -> None:
        """The feedback of the question being read, made ready; never once it is answered (the feedback screen
        then shows that answer, and ``current`` is the question after it)."""
        rnd = self.round
        shown = rnd.current if rnd is not None and not rnd.is_finished else None
        if shown is not None and self._question_screen is not None \
                and self._stack.currentWidget() is self._question_screen:
            self.feedback_screen.prepare(shown)

    def _start_timer(self) -> None:
        if self.round is not None and self.round.time_limit is not None:
            self.timer.start()

    def _on_timer_timeout(self) -> None:
        rnd = self.round
        if rnd is None or rnd.is_finished:
            self.timer.stop()
            return
        if rnd.check_time():
            self.timer.stop()
            if self._stack.currentWidget() is self._question_screen:
                self._show_results()
            return
        self.question_screen.set_time_left(self._seconds_left())
        warning = rnd.time_warning()
        if warning is not None:
            if rnd.time_adjustable:
                warning += self.tr(" You can add a minute or switch the time limit off.")
            self.question_screen.show_time_warning(warning)

    def _on_question_add_time_requested(self) -> None:
        rnd = self.round
        if rnd is not None and rnd.time_adjustable:
            rnd.add_time()
            self.question_screen.set_time_left(self._seconds_left())

    def _on_question_time_off_requested(self) -> None:
        rnd = self.round
        if rnd is not None and rnd.time_adjustable:
            rnd.switch_off_time_limit()
            self.timer.stop()
            self.question_screen.set_time_left(None)
            self.question_screen.set_time_adjustable(False)

    def _on_question_answer_submitted(self, response: Any) -> None:
        with _no_long_collection():
            self._answer(response)

    def _answer(self, response: Any) -> None:
        self._prepare_timer.stop()  # answered before its feedback was made ready: show_result does it all
        rnd = self.round
        shown = rnd.current if rnd is not None and not rnd.is_finished else None
        if rnd is None or shown is None:
            return
        result = rnd.answer(response, self.question_screen.certainty())
        if self._sound_on():
            if self._sounds is None:
                from .sound import AnswerSounds

                self._sounds = AnswerSounds(self)
            self._sounds.play(result.correct)
        if rnd.feedback_now or rnd.mode != "scored":
            self.feedback_screen.show_result(
                result, shown, progress=self.tr("Question {number} of {total}").format(number=shown.number, total=shown.total), score=self._score_text(),
                next_label=self.tr("See your &results") if rnd.is_finished else self.tr("&Next question"),
                schedule=self._schedule_text(shown.question.id))
            self._show(self.feedback_screen)
        else:
            self._show_current_question()

    def _on_question_passage_requested(self) -> None:
        rnd = self.round
        if rnd is not None and rnd.passage_help_allowed and not rnd.is_finished:
            self.question_screen.show_passage(rnd.show_passage())

    def _schedule_text(self, question_id: str) -> str:
        """"Next review of this question: in 4 days." ("" when the round records nothing)."""
        from ..scores.memory import next_review_words

        days = self.round.next_review_days(question_id) if self.round is not None else None
        if days is None:
            return ""
        return self.tr("Next review of this question: {when}.").format(when=next_review_words(days, short=True))

    def _on_feedback_next_requested(self) -> None:
        if self._review_index is not None:
            self.step_review(self._review_index + 1)
        elif self.round is None:
            self.start_screen_requested.emit()
        elif self.round.is_finished:
            self._show_results()
        else:
            self._show_current_question()

    def _on_question_leave_requested(self) -> None:
        scored = self.round is not None and self.round.mode == "scored"
        rest = (self.tr("The questions you have not answered count 0 points.") if scored else
                self.tr("The round is counted over the questions you have answered."))
        # a try from the editor records nothing: saying "saved" there would be untrue
        kept = (self.tr("Your answers so far are saved.") if self.round is None or self.round.record else
                self.tr("This try records nothing: no answers or scores are kept."))
        box, self.leave_end_button, self.leave_stay_button = ask(
            self._parent, self.tr("Leave this round?"),
            self.tr("Leave this round now?\n\n{kept} {rest}").format(kept=kept, rest=rest),
            self.tr("&End the round"), self.tr("&Keep playing"))
        box.buttonClicked.connect(self._on_leave_dialog_clicked)
        self.leave_dialog = box
        box.open()

    def _on_leave_dialog_clicked(self, button) -> None:
        if button is self.leave_end_button and self.round is not None:
            self.timer.stop()
            self.round.finish()
            self._show_results()
        self.leave_dialog = None

    # ------------------------------------------------------------------ results
    def _show_results(self) -> None:
        self.timer.stop()
        rnd = self._playing
        self.results_screen.show_results(rnd.finish(), deferred_feedback=not rnd.feedback_now)
        self._show(self.results_screen)

    def step_review(self, index: int, only_missed: bool | None = None) -> None:
        """Show the feedback of a finished round's question ``index``; Next goes to the next one
        (the next missed one, or every question when the round kept its feedback for the end)."""
        rnd = self.round
        if rnd is None:
            self.start_screen_requested.emit()
            return
        if only_missed is not None:
            self._review_only_missed = only_missed
        summary = rnd.summary()
        following = [i for i in summary.feedback_indices(self._review_only_missed) if i >= index]
        if not following:
            self._review_index = None
            self._show(self.results_screen)
            return
        index = self._review_index = following[0]
        outcome = summary.outcomes[index]
        next_label = (self.tr("Back to &results") if len(following) == 1 else
                      self.tr("&Next missed question") if self._review_only_missed else self.tr("&Next answer"))
        self.feedback_screen.show_result(
            outcome.result, outcome.presented, progress=self.tr("Question {number} of {total}").format(number=index + 1, total=len(summary.outcomes)),
            score=self.tr("Score: {score}").format(score=summary.score_text), next_label=next_label,
            schedule=self._schedule_text(outcome.presented.question.id))
        self._show(self.feedback_screen)

    def _on_results_back_requested(self) -> None:
        self.stop()
        self.start_screen_requested.emit()

    def _on_results_play_again_requested(self) -> None:
        choice = self.choice
        if choice is not None and self.round is not None and self.round.mode == choice.mode:
            self.start_requested.emit(choice)
        else:
            self._on_results_back_requested()

    def _on_results_review_mistakes_requested(self) -> None:
        if self.set_key is None:
            self._on_results_back_requested()
            return
        count = max(1, len(self.round.summary().missed)) if self.round else 10
        self.start_requested.emit(StartChoice(self.set_key, "review_mistakes", tuple(CORE_TOPICS), count))

    def _on_results_print_requested(self) -> None:
        from .. import worksheets as ws
        from .printing import print_round, print_sheet

        if self.round is None:
            return
        summary = self.round.summary()
        if summary.not_reached:
            # the questions never reached stay unseen (and their answers unprinted): the student may meet them
            # in the next round
            shown = [o.presented for o in summary.outcomes if o.reached]
            self.print_dialog = print_sheet(self._parent, ws.sheet_for_round(shown, title=summary.set_title))
        else:
            self.print_dialog = print_round(self._parent, summary)

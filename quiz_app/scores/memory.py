"""Memory states: how well a student remembers each question, and when it should come back (FSRS).

The maintained ``fsrs`` package (MIT) does the arithmetic; this module says how an answer in this app
becomes an FSRS rating, and keeps the state in plain numbers the score file stores.

How an answer is rated (every graded answer, in every mode, updates the state)
------------------------------------------------------------------------------
* fully right -> ``Good``
* partly right (some of the points) -> ``Hard``: remembered, but not all of it
* wrong, skipped, or not answered when time ran out -> ``Again``
* answered after "Show me the passage" -> ``Again`` whatever the grade: the answer was read, not
  recalled, so it earns no schedule credit and the question comes back soon.

``Easy`` is never given: a quiz cannot tell "easy" from "right", and FSRS over-stretches intervals
when it is guessed.

Reviews are counted in whole days: no minute-long learning steps (a class does not sit at the app for
ten minutes waiting for a card), no random fuzz (the same answers always give the same dates).
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from typing import TYPE_CHECKING

from question_bank.i18n import translate

from .days import local_day

if TYPE_CHECKING:  # fsrs (and datetime) load with the first answer, not when the score file opens at start-up
    from datetime import datetime

    from fsrs import Card, Scheduler

#: the ratings as stored (``reviews.rating``): the values of ``fsrs.Rating`` (a test checks they agree)
AGAIN, HARD, GOOD = 1, 2, 3
RATING_WORDS = {AGAIN: "forgot", HARD: "partly remembered", GOOD: "remembered"}
DEFAULT_RETENTION = 0.9
#: Leitner box -> days, the rule the app used before FSRS (kept for migrating old files and the benchmark)
LEITNER_INTERVAL_DAYS: tuple[int, ...] = (1, 2, 4, 8, 16)


def rating_for(*, correct: bool, partial: bool, assisted: bool = False) -> int:
    """The FSRS rating of one graded answer (see the module docstring)."""
    if assisted:
        return AGAIN
    if correct:
        return GOOD
    if partial:
        return HARD
    return AGAIN


@dataclass(frozen=True)
class MemoryState:
    """One student's memory of one question."""

    question_id: str
    #: days after the last review at which the chance to remember it has fallen to 90 %
    stability: float
    #: 1 (easy) .. 10 (hard), FSRS's difficulty
    difficulty: float
    #: when it is due again, unix seconds
    due: float
    #: the last graded answer, unix seconds
    last_review: float
    reviews: int = 1
    lapses: int = 0

    @property
    def due_day(self) -> int:
        """The local day it is due (``date.toordinal()``), the way "due today" is counted."""
        return local_day(self.due)

    def days_until_due(self, now: float) -> int:
        """Whole days from ``now``'s day to the due day (0: due today or overdue)."""
        return max(0, self.due_day - local_day(now))


@lru_cache(maxsize=8)
def scheduler(desired_retention: float = DEFAULT_RETENTION) -> Scheduler:
    from fsrs import Scheduler

    if not 0.7 <= desired_retention <= 0.99:
        raise ValueError("the desired retention must be between 0.70 and 0.99")
    return Scheduler(desired_retention=desired_retention, learning_steps=(), relearning_steps=(),
                     enable_fuzzing=False)


def _utc(unix: float) -> datetime:
    from datetime import UTC, datetime

    return datetime.fromtimestamp(unix, tz=UTC)


def _card(state: MemoryState | None) -> Card:
    from fsrs import Card, State

    if state is None:
        return Card(card_id=1, state=State.Learning)
    return Card(card_id=1, state=State.Review, step=None, stability=state.stability, difficulty=state.difficulty,
                due=_utc(state.due), last_review=_utc(state.last_review))


def review(state: MemoryState | None, question_id: str, rating: int, at: float,
           desired_retention: float = DEFAULT_RETENTION) -> MemoryState:
    """The state after one answer rated ``rating`` at ``at`` (unix seconds); ``state`` None: a new question."""
    from fsrs import Rating

    card = _card(state)
    # FSRS needs time to run forwards; an answer stamped before the last one (a changed clock) counts as now
    when = at if state is None else max(at, state.last_review)
    card, _ = scheduler(desired_retention).review_card(card, Rating(rating), _utc(when))
    assert card.stability is not None and card.difficulty is not None
    lapsed = 1 if state is not None and rating == AGAIN else 0
    return MemoryState(question_id, float(card.stability), float(card.difficulty), card.due.timestamp(), when,
                       (state.reviews if state else 0) + 1, (state.lapses if state else 0) + lapsed)


def retrievability(state: MemoryState | None, at: float) -> float:
    """The chance (0..1) that the student remembers the question at ``at``; 0 for a question never answered."""
    if state is None:
        return 0.0
    return float(scheduler().get_card_retrievability(_card(state), _utc(max(at, state.last_review))))


def from_leitner(question_id: str, box: int, due_day: int, reviewed_at: float, reviews: int) -> MemoryState:
    """A Leitner box as a memory state (migration): FSRS's stability is the interval at which recall falls to
    90 %, which is what a Leitner interval aims at, so the box's interval becomes the stability; difficulty
    starts in the middle (5 of 10); the due day is kept."""
    from datetime import date, datetime

    stability = float(LEITNER_INTERVAL_DAYS[max(1, min(box, len(LEITNER_INTERVAL_DAYS))) - 1])
    due = datetime.combine(date.fromordinal(due_day), datetime.min.time()).timestamp()  # local midnight
    return MemoryState(question_id, stability, 5.0, due, float(reviewed_at), max(1, reviews), 0)


def next_review_words(days: int, short: bool = False) -> str:
    """"next review today", "next review tomorrow", "next review in 4 days"; ``short``: "today", "tomorrow",
    "in 4 days"."""
    if days <= 0:
        return translate("memory", "today") if short else translate("memory", "next review today")
    if days == 1:
        return translate("memory", "tomorrow") if short else translate("memory", "next review tomorrow")
    return (translate("memory", "in %n day(s)", "", days) if short
            else translate("memory", "next review in %n day(s)", "", days))

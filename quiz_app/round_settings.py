"""How a round is set up, in plain Python without the question models: the round's settings, the plan the start
screen shows before Start, and the one rule for which questions spaced review asks today.

Kept apart from :mod:`quiz_app.session` (which re-exports every name here) so that the start screen can show a
set's plan and review counts from its listing alone: importing the session imports the models, pydantic and
the grader, 20-25 MB the start screen does not need.
"""

from __future__ import annotations

import json
import time
from collections.abc import Callable, Iterable, Sequence
from dataclasses import asdict, dataclass, fields
from typing import TYPE_CHECKING, Any, Literal, NamedTuple

from question_bank.i18n import QT_TRANSLATE_NOOP, TranslatedLabels, translate
from question_bank.topics import QUESTION_TYPES

from .scores.days import local_day

if TYPE_CHECKING:
    from .grading import GradingRules
    from .scores.memory import MemoryState
    from .scores.reads import StartReads

Mode = Literal["practice", "scored", "review_mistakes", "spaced_review"]
Feedback = Literal["after_each", "at_end"]
MODES: tuple[str, ...] = ("practice", "scored", "review_mistakes", "spaced_review")
MODE_LABELS = TranslatedLabels("session", {"practice": QT_TRANSLATE_NOOP("session", "Practice"), "scored": QT_TRANSLATE_NOOP("session", "Scored round"), "review_mistakes": QT_TRANSLATE_NOOP("session", "Review mistakes"),
               "spaced_review": QT_TRANSLATE_NOOP("session", "Spaced review")})


@dataclass(frozen=True)
class RoundSettings:
    """How a round is played. ``RoundSettings.for_set`` fills in the set's ``round_defaults``."""

    mode: Mode = "scored"
    count: int = 10
    topics: tuple[str, ...] = ()
    types: tuple[str, ...] = ()
    difficulties: tuple[int, ...] = ()
    time_limit_seconds: float | None = None
    feedback: Feedback = "after_each"
    seed: int | None = None
    partial_credit: bool = True
    negative_marking: bool = False
    pass_mark_percent: float = 60.0
    shuffle: bool = True
    speed_bonus: bool = False
    #: None: the student's own factor (from the profile); 1.5 gives 50 % more time
    extra_time_factor: float | None = None
    #: certainty-based marking: each answer comes with "sure", "fairly_sure" or "not_sure" (see CBM_MARKS)
    certainty_marking: bool = False

    def __post_init__(self):
        for name in ("topics", "types", "difficulties"):
            value = getattr(self, name)
            if isinstance(value, str):
                value = (value,)
            object.__setattr__(self, name, tuple(value or ()))
        if self.mode not in MODES:
            raise ValueError(f"unknown mode {self.mode!r}; use one of {', '.join(MODES)}")
        if self.feedback not in ("after_each", "at_end"):
            raise ValueError(f"feedback must be 'after_each' or 'at_end', not {self.feedback!r}")
        if int(self.count) < 1:
            raise ValueError("a round needs at least one question")
        if self.time_limit_seconds is not None and self.time_limit_seconds <= 0:
            raise ValueError("the time limit must be positive (or None for no limit)")
        unknown = [t for t in self.types if t not in QUESTION_TYPES]
        if unknown:
            raise ValueError(f"unknown question types {unknown}")
        if any(d not in (1, 2, 3) for d in self.difficulties):
            raise ValueError("difficulties are 1, 2 or 3")
        if self.extra_time_factor is not None and not 1.0 <= self.extra_time_factor <= 4.0:
            raise ValueError("the extra-time factor must be between 1 and 4")

    @classmethod
    def for_set(cls, question_set, mode: Mode = "scored", **changes) -> RoundSettings:
        """The set's defaults for this mode (``question_set``: anything with ``round_defaults``, a set or its
        listing; (practice and reviews: feedback after each answer, no limit)."""
        d = question_set.round_defaults
        scored = mode == "scored"
        base: dict[str, Any] = dict(
            mode=mode, count=d.question_count, time_limit_seconds=d.time_limit_seconds if scored else None,
            feedback=d.feedback if scored else "after_each", partial_credit=d.partial_credit,
            negative_marking=d.negative_marking if scored else False, pass_mark_percent=d.pass_mark_percent,
            shuffle=d.shuffle, speed_bonus=d.speed_bonus if scored else False,
            certainty_marking=d.certainty_marking,
        )
        base.update(changes)
        return cls(**base)

    @property
    def rules(self) -> GradingRules:
        from .grading import GradingRules

        return GradingRules(partial_credit=self.partial_credit, negative_marking=self.negative_marking)

    def to_json(self) -> str:
        """Compact JSON: ``{"v": 2}`` plus the values that differ from the version's defaults below (stored
        with every round, so it is kept small). The defaults are frozen per version, so changing a
        dataclass default later never changes how a stored round reads back."""
        out: dict[str, Any] = {"v": 2}
        for key, value in asdict(self).items():
            value = list(value) if isinstance(value, tuple) else value
            if key not in _STORED_DEFAULTS_V2 or _STORED_DEFAULTS_V2[key] != value:
                out[key] = value
        return json.dumps(out, separators=(",", ":"))

    @classmethod
    def from_json(cls, text: str) -> RoundSettings:
        raw = json.loads(text)
        version = raw.pop("v", None)
        values = dict(_STORED_DEFAULTS.get(version, {}))
        values.update(raw)
        known = {f.name for f in fields(cls)}
        return cls(**{k: v for k, v in values.items() if k in known})


#: what ``RoundSettings.to_json`` leaves out, for settings JSON version 1 (never change; add a version)
_STORED_DEFAULTS_V1: dict[str, Any] = {
    "mode": "scored", "count": 10, "topics": [], "types": [], "difficulties": [], "time_limit_seconds": None,
    "feedback": "after_each", "seed": None, "partial_credit": True, "negative_marking": False,
    "pass_mark_percent": 60.0, "shuffle": True, "speed_bonus": False, "extra_time_factor": None,
}
#: version 2 adds certainty-based marking (never change; add a version)
_STORED_DEFAULTS_V2: dict[str, Any] = {**_STORED_DEFAULTS_V1, "certainty_marking": False}
_STORED_DEFAULTS: dict[Any, dict[str, Any]] = {1: _STORED_DEFAULTS_V1, 2: _STORED_DEFAULTS_V2}


# --------------------------------------------------------------------------- the plan shown before Start


def duration_text(seconds: float) -> str:
    """"1 min 30 s", "45 s", "2 min" (a time limit in words)."""
    minutes, secs = divmod(int(round(seconds)), 60)
    if minutes and secs:
        return translate("session", "{minutes} min {secs} s").format(minutes=minutes, secs=secs)
    return translate("session", "{minutes} min").format(minutes=minutes) if minutes else translate("session", "{secs} s").format(secs=secs)


def round_plan(settings: RoundSettings, extra_time_factor: float = 1.0) -> str:
    """What the student is about to play, in one line, before Start: mode, number of questions, time
    limit with their extra time, pass mark ("Scored round · 3 questions · 30 s to answer them all (20 s,
    with your extra time × 1.5) · pass mark 60%")."""
    count = settings.count
    questions = translate("session", "%n question(s)", "", count)
    if settings.mode in ("review_mistakes", "spaced_review"):
        questions = translate("session", "up to %n question(s)", "", count)  # only as many as are due or were missed
    parts = [MODE_LABELS[settings.mode], questions]
    if settings.time_limit_seconds is None:
        parts.append(translate("session", "no time limit"))
    else:
        factor = settings.extra_time_factor if settings.extra_time_factor is not None else extra_time_factor
        limit = settings.time_limit_seconds * factor
        text = translate("session", "{time} for the whole round").format(time=duration_text(limit))
        if factor != 1.0:
            text += translate("session", " ({time}, with your extra time × {factor:g})").format(time=duration_text(settings.time_limit_seconds), factor=factor)
        parts.append(text)
    if settings.certainty_marking:
        parts.append(translate("session", "say how sure you are with each answer (sure: +3 or -6, fairly sure: +2 or -2, not sure: +1 or 0)"))
    if settings.mode == "scored":
        parts.append(translate("session", "pass mark {percent:g}%").format(percent=settings.pass_mark_percent))
        if settings.feedback == "at_end":
            parts.append(translate("session", "feedback at the end"))
    else:
        parts.append(translate("session", "not scored: counted over the questions you answer"))
    return " · ".join(parts)


# --------------------------------------------------------------------------- spaced review: what is due today


def _today(wall_clock: Callable[[], float]) -> int:
    return local_day(wall_clock())


@dataclass(frozen=True)
class ReviewQueue:
    """What spaced review would ask today: the questions due (most overdue first) and those never reviewed."""

    due: tuple
    new: tuple


def review_queue(questions: Iterable, memory: dict[str, MemoryState], today: int) -> ReviewQueue:
    """The one rule for "due today" and "new" (used to draw a spaced-review round and to count it beforehand):
    due = its memory state's due day is today or earlier, most overdue first (then the least stable);
    new = never answered."""
    pool = list(questions)
    due = [q for q in pool if q.id in memory and memory[q.id].due_day <= today]
    due.sort(key=lambda q: (memory[q.id].due, memory[q.id].stability))
    return ReviewQueue(tuple(due), tuple(q for q in pool if q.id not in memory))


class _Asked(NamedTuple):
    """A question as the review rule sees it: its id only (a listed set's question ids stand for its questions)."""

    id: str


def review_counts_of(set_id: str, question_ids: Sequence[str], store: StartReads, profile_id: int, *,
                     wall_clock: Callable[[], float] = time.time) -> ReviewQueue:
    """Today's spaced-review queue of a student for a whole set, from its question ids (what the start screen
    counts; the queue holds the ids' stand-ins, each with its ``id``)."""
    return review_queue((_Asked(i) for i in question_ids), store.memory_states(profile_id, set_id), _today(wall_clock))

"""What the score store hands out: a student's profile, a round, an answer (plain frozen records)."""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # datetime is imported with the first started_at (a round to resume, a history)
    from datetime import datetime

#: the kinds of round a record can be of (the same names as ``quiz_app.session.MODES``)
MODES = ("practice", "scored", "review_mistakes", "spaced_review")


class StoreError(Exception):
    """A store operation that cannot go on; ``str()`` is a plain-words message for the user."""


@dataclass(frozen=True)
class Profile:
    id: int
    name: str
    extra_time_factor: float = 1.0
    created: float = 0.0


@dataclass(frozen=True)
class RoundRecord:
    id: int
    profile_id: int
    set_id: str
    set_title: str
    set_hash: str
    mode: str
    settings: str
    seed: int
    started: float
    ended: float | None
    score: float | None
    max_score: float | None
    status: str
    #: the drawn question ids as stored (JSON); see ``question_ids``
    question_ids_json: str | None = None
    pid: int | None = None

    @property
    def question_ids(self) -> tuple[str, ...] | None:
        """The questions drawn for the round, in order (None for rounds stored by schema version 1)."""
        return tuple(json.loads(self.question_ids_json)) if self.question_ids_json else None

    @property
    def percent(self) -> float | None:
        if self.score is None or not self.max_score:
            return None
        return 100.0 * max(0.0, self.score) / self.max_score

    @property
    def started_at(self) -> datetime:
        from datetime import datetime

        return datetime.fromtimestamp(self.started)


@dataclass(frozen=True)
class AnswerRecord:
    round_id: int
    question_id: str
    response: str | None
    correct: bool
    points: float
    possible: float
    seconds: float | None
    answered_at: int


#: the columns of ``rounds`` in the order of :class:`RoundRecord`'s fields
ROUND_COLUMNS = ("id, profile_id, set_id, set_title, set_hash, mode, settings, seed, started, ended, score, "
                 "max_score, status, question_ids, pid")


def round_from_row(row) -> RoundRecord:
    """A record from a row selected as ``ROUND_COLUMNS``."""
    return RoundRecord(*row)

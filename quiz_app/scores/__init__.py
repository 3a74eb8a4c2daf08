"""The score store: every student's rounds and answers in one SQLite file that loses nothing.

* :mod:`.store` opens the file (:mod:`.recovery`: a damaged, read-only or newer one) and writes
  profiles, rounds and answers (:class:`ScoreStore`);
* :mod:`.schema` holds the tables and the migrations of older files;
* :mod:`.statistics` the history and mastery queries, :mod:`.exports` the CSV exports (both are
  methods of :class:`ScoreStore`);
* :mod:`.progress` puts a student's progress together for the Progress screen.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .exports import guard_cell, open_csv
from .memory import MemoryState
from .records import MODES, AnswerRecord, Profile, RoundRecord, StoreError
from .schema import MIGRATIONS, SCHEMA_VERSION
from .statistics import Facility, LeitnerState, Mastery, ParagraphMastery, Streak
from .store import ScoreStore

if TYPE_CHECKING:
    from .progress import ParagraphProgress, ProgressReport, RoundPoint, TopicProgress, progress_report

_PROGRESS = frozenset({"ParagraphProgress", "ProgressReport", "RoundPoint", "TopicProgress", "progress_report"})


def __getattr__(name: str):
    # the progress report reads source texts (question_bank.evidence): loaded when first asked for, not
    # on the way to the first window
    if name in _PROGRESS:
        from . import progress

        return getattr(progress, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")

__all__ = [
    "MIGRATIONS",
    "MODES",
    "SCHEMA_VERSION",
    "AnswerRecord",
    "Facility",
    "LeitnerState",
    "Mastery",
    "MemoryState",
    "ParagraphMastery",
    "ParagraphProgress",
    "Profile",
    "ProgressReport",
    "RoundPoint",
    "RoundRecord",
    "ScoreStore",
    "StoreError",
    "Streak",
    "TopicProgress",
    "guard_cell",
    "open_csv",
    "progress_report",
]

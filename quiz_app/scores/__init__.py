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

if TYPE_CHECKING:
    from .exports import guard_cell, open_csv
    from .memory import MemoryState
    from .progress import ParagraphProgress, ProgressReport, RoundPoint, TopicProgress, progress_report
    from .records import MODES, AnswerRecord, Profile, RoundRecord, StoreError
    from .schema import MIGRATIONS, SCHEMA_VERSION
    from .statistics import Facility, LeitnerState, Mastery, ParagraphMastery, Streak
    from .store import ScoreStore

#: where each public name lives. Nothing is imported until first asked for: the start screen lists the
#: students with a plain query (:mod:`.roster`) before its first paint, and the store (with its statistics) is
#: imported just after, without ``sqlite3.dbapi2`` or ``datetime`` (:mod:`.sqlite`, :mod:`.days`); the CSV
#: exports come with the first export; the progress report reads source texts (question_bank.evidence)
_HOMES = {
    "guard_cell": "exports", "open_csv": "exports",
    "MemoryState": "memory",
    "ParagraphProgress": "progress", "ProgressReport": "progress", "RoundPoint": "progress",
    "TopicProgress": "progress", "progress_report": "progress",
    "MODES": "records", "AnswerRecord": "records", "Profile": "records", "RoundRecord": "records",
    "StoreError": "records",
    "MIGRATIONS": "schema", "SCHEMA_VERSION": "schema",
    "Facility": "statistics", "LeitnerState": "statistics", "Mastery": "statistics",
    "ParagraphMastery": "statistics", "Streak": "statistics",
    "ScoreStore": "store",
}


def __getattr__(name: str):
    home = _HOMES.get(name)
    if home is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    from importlib import import_module

    value = getattr(import_module(f".{home}", __name__), name)
    globals()[name] = value  # asked once
    return value

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

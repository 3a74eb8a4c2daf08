"""The students of a score store, read with one plain query before the first window is painted.

The store itself (:class:`quiz_app.scores.ScoreStore`: checks, migrations, recovery of a damaged file, the
statistics and exports) is opened at its first need (issue 14, round 14); the start screen needs only the
students' names and the chosen student's counts (:class:`StartFacts`, kept in the record below) to show. This read never changes the file, never creates it and never raises (like any reader of a
SQLite file in WAL mode, it may make the file's ``-wal`` and ``-shm`` companions): whenever it is not sure to read
what the store would (no file yet, another schema version, a damaged or locked file), it says so with
None, and the window opens the store at once as before.

Quicker still, a later start reads the students from a small record the window writes when it closes the
store (:func:`remember_students`: the students, beside the size, time and inode of the score file at that
moment): while the score file and its ``-wal`` companion are exactly as they were then, and no journal of
answers waiting to be written lies beside it, the record says what the query would, without sqlite3 (its
module, the connection and the query: 4-6 ms of every start). Any doubt (no record, a changed file, a damaged
record) means the query, as before; and the store, once opened, lists the students again in any case (the
window rebuilds the list only when it differs).
"""

from __future__ import annotations

import json
import os
import unicodedata
from pathlib import Path

#: the store's schema version (``quiz_app.scores.schema.SCHEMA_VERSION``, checked equal by a test): kept
#: here so this read does not import the schema module
SCHEMA_VERSION = 3
#: the same rows as ``ScoreStore.profiles``, put in the same order by ``name_order``
STUDENTS_QUERY = "SELECT id, name FROM profiles"
#: the suffix of the store's journals of answers waiting to be written (``quiz_app.scores.pending.JOURNAL_SUFFIX``,
#: checked equal by a test): the store adds what they hold when it opens, so a record is not trusted beside one
JOURNAL_SUFFIX = ".pending"
#: the record's format (a record of another is not read)
RECORD_FORMAT = 1
#: a class of a few hundred students is a few kilobytes; anything bigger is not a record
MAX_RECORD_BYTES = 1024 * 1024


def name_key(name: str) -> str:
    """A student's name as the store compares it for "already there": case set aside for every letter ("ÉMILE" is
    "Émile"; SQLite's NOCASE folds only A-Z), accents kept ("Jose" and "José" may be two students)."""
    return unicodedata.normalize("NFC", " ".join(name.split())).casefold()


def name_order(name: str) -> tuple[str, str, str]:
    """Where a name goes in the student list: alphabetical as a reader expects, accents and case set aside
    ("Émile" between "Daniel" and "Farid", not after "mina" as NOCASE put it), ties in a fixed order."""
    key = name_key(name)
    plain = "".join(ch for ch in unicodedata.normalize("NFKD", key) if not unicodedata.combining(ch))
    return plain, key, name


def _file_state(path: Path) -> list[int] | None:
    """What tells one state of a file from another without reading it: its size, time and inode (None: no file)."""
    try:
        st = os.stat(path)
    except FileNotFoundError:
        return None
    return [st.st_size, st.st_mtime_ns, st.st_ino]


def _wal(db_file: Path) -> Path:
    return db_file.with_name(db_file.name + "-wal")


def remember_students(db_file: Path, record_file: Path, students: list[tuple[int, str]],
                      start: dict | None = None) -> bool:
    """Write the record a later start lists the students from (see the module docstring): to be called once the
    store is closed, with the students it had, and ``start``: what the start screen showed from the store for the
    chosen student (see :class:`StartFacts`), when there is one to keep. Never raises (a record not written means
    the query next time); False when none was written."""
    from question_bank.atomic import atomic_write

    try:
        state = _file_state(db_file)
        if state is None:
            return False
        record = {"format": RECORD_FORMAT, "db": state, "wal": _file_state(_wal(db_file)),
                  "students": [[int(pid), str(name)] for pid, name in students]}
        if start is not None:
            record["start"] = start
        record_file.parent.mkdir(parents=True, exist_ok=True)
        atomic_write(record_file, json.dumps(record, ensure_ascii=False))
    except (OSError, ValueError, TypeError):
        return False
    return True


def journal_beside(db_file: Path) -> bool:
    """Whether a journal of answers waiting to be written lies beside the score file (or the folder cannot be
    read: then as if one did). The store adds what it holds when it opens, so the window opens it at once."""
    journal = db_file.name + JOURNAL_SUFFIX
    try:
        return any(name.startswith(journal) for name in os.listdir(db_file.parent))
    except FileNotFoundError:
        return False
    except OSError:
        return True


def remembered_students(db_file: Path, record_file: Path) -> list[tuple[int, str]] | None:
    """The students of the record, while the score file is as it was when it was written; else None."""
    found = _remembered(db_file, record_file)
    return found[0] if found is not None else None


def _remembered(db_file: Path, record_file: Path) -> tuple[list[tuple[int, str]], dict | None] | None:
    """The students of the record and its start facts (None when it has none), while the score file is as it
    was when it was written; else None."""
    try:
        with open(record_file, "rb") as handle:
            raw = handle.read(MAX_RECORD_BYTES + 1)
        if len(raw) > MAX_RECORD_BYTES:
            return None
        record = json.loads(raw.decode("utf-8"))
        if not isinstance(record, dict) or record.get("format") != RECORD_FORMAT or record.get("db") is None:
            return None
        if record["db"] != _file_state(db_file) or record.get("wal") != _file_state(_wal(db_file)):
            return None
        journal = db_file.name + JOURNAL_SUFFIX
        if any(name.startswith(journal) for name in os.listdir(db_file.parent)):
            return None
        students = []
        for pid, name in record["students"]:
            if type(pid) is not int or not isinstance(name, str):
                return None
            students.append((pid, name))
        start = record.get("start")
    except (OSError, ValueError, TypeError, KeyError, RecursionError):
        return None
    return sorted(students, key=lambda row: name_order(row[1])), start if isinstance(start, dict) else None


def read_students(db_file: Path, record_file: Path | None = None) -> list[tuple[int, str]] | None:
    """(id, name) of every student in the store file, in the store's order; [] when there is no file
    yet; None when the store must be opened to know (see the module docstring). ``record_file``: the record
    of :func:`remember_students`, read first."""
    return read_roster(db_file, record_file)[0]


def read_roster(db_file: Path, record_file: Path | None = None) -> tuple[list[tuple[int, str]] | None, dict | None]:
    """:func:`read_students`, and the start facts the record keeps beside them (None when the students were not
    read from a trusted record, or it keeps none)."""
    if record_file is not None:
        remembered = _remembered(db_file, record_file)
        if remembered is not None:
            return remembered
    return _query_students(db_file), None


def _query_students(db_file: Path) -> list[tuple[int, str]] | None:
    from .sqlite import sqlite3  # here: a start with a record to trust lists the students without it

    try:
        if not db_file.exists():
            return []
        if not db_file.is_file() or db_file.stat().st_size == 0:
            return None  # the store says what it does with an empty or odd file
        conn = sqlite3.connect(f"{db_file.resolve().as_uri()}?mode=ro", uri=True, timeout=0.2,
                               isolation_level=None, check_same_thread=False)
    except (OSError, sqlite3.Error, ValueError):
        return None
    try:
        if conn.execute("PRAGMA user_version").fetchone()[0] != SCHEMA_VERSION:
            return None
        rows = [(int(pid), str(name)) for pid, name in conn.execute(STUDENTS_QUERY)]
        return sorted(rows, key=lambda row: name_order(row[1]))
    except (sqlite3.Error, TypeError, ValueError):
        return None
    finally:
        conn.close()


#: the start facts' format (others are not read)
START_FORMAT = 1


def start_facts(store, profile_id: int, set_ids: list[str]) -> dict | None:
    """What the start screen reads from the store for one student and the listed sets (their last score, their
    mistakes, their memory states, the student's profile), kept in the record at close so a later start shows
    it without opening the store (:class:`StartFacts`). None when a round of the student is unfinished in the
    file (the start screen offers to continue it: the store is opened for that), or on any error."""
    try:
        profile = store.profile(profile_id)
        if profile is None or store.unfinished_rounds(profile_id):
            return None
        sets = {}
        for set_id in set_ids:
            history = store.round_history(profile_id, set_id=set_id, modes=["scored"], limit=5)
            finished = [r.percent for r in history if r.percent is not None and r.status == "finished"]
            sets[set_id] = {
                "last": finished[0] if finished else None,
                "mistakes": list(store.mistakes(profile_id, set_id)),
                "memory": [[s.question_id, s.stability, s.difficulty, s.due, s.last_review, s.reviews, s.lapses]
                           for s in store.memory_states(profile_id, set_id).values()]}
        return {"format": START_FORMAT, "profile": [profile.id, profile.name, profile.extra_time_factor, profile.created],
                "sets": sets}
    except Exception:  # noqa: BLE001 (no facts kept: the next start opens the store for them, as before)
        return None


class _Finished:
    """A finished scored round as the start screen's last score reads it."""

    status = "finished"

    def __init__(self, percent: float):
        self.percent = percent


class StartFacts:
    """The store's answers to the start screen's reads for one student, from the record (see :func:`start_facts`),
    trusted like the students beside them (the score file exactly as at the last close, no journal beside it).
    Any read it does not hold (another student, a set it does not know) goes to ``store()``, which opens the store."""

    def __init__(self, facts: dict, store):
        if facts.get("format") != START_FORMAT:
            raise ValueError("another format")
        pid, name, factor, created = facts["profile"]
        if type(pid) is not int or not isinstance(name, str):
            raise ValueError("not a profile")
        self.profile_id: int = pid
        self._profile = (pid, name, float(factor), float(created))
        self._sets: dict = facts["sets"]
        if not isinstance(self._sets, dict):
            raise ValueError("not sets")
        self._store = store

    def covers(self, profile_id: int | None, set_ids) -> bool:
        """Whether it holds every read of the start screen for this student and these sets."""
        return profile_id == self.profile_id and all(s in self._sets for s in set_ids)

    def _set(self, profile_id: int, set_id: str) -> dict | None:
        return self._sets.get(set_id) if profile_id == self.profile_id else None

    def profile(self, profile_id: int):
        if profile_id != self.profile_id:
            return self._store().profile(profile_id)
        from .records import Profile

        return Profile(*self._profile)

    def round_history(self, profile_id: int, **kwargs):
        known = self._set(profile_id, kwargs.get("set_id", ""))
        if known is None or kwargs.get("modes") != ["scored"]:
            return self._store().round_history(profile_id, **kwargs)
        return [] if known["last"] is None else [_Finished(float(known["last"]))]

    def mistakes(self, profile_id: int, set_id: str, limit: int | None = None) -> list[str]:
        known = self._set(profile_id, set_id)
        if known is None or limit is not None:
            return self._store().mistakes(profile_id, set_id, limit)
        return [str(q) for q in known["mistakes"]]

    def memory_states(self, profile_id: int, set_id: str):
        known = self._set(profile_id, set_id)
        if known is None:
            return self._store().memory_states(profile_id, set_id)
        from .memory import MemoryState

        return {row[0]: MemoryState(*row) for row in known["memory"]}

    def interrupted_rounds(self, profile_id: int | None = None):
        if profile_id != self.profile_id:
            return self._store().interrupted_rounds(profile_id)
        return []  # kept only when the student had no unfinished round

    def round_answers(self, round_id: int):
        return self._store().round_answers(round_id)

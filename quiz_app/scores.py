"""The score store: one SQLite file (stdlib sqlite3) in the data dir that loses nothing.

Durability and concurrency
--------------------------
* WAL journal, ``synchronous=NORMAL``, ``foreign_keys=ON``, a 5 s ``busy_timeout``; every write is
  one short ``BEGIN IMMEDIATE`` transaction, so two app windows (two processes) never lose or
  corrupt each other's answers.
* Each answer is committed the moment it is given. In WAL mode a committed transaction is in the
  ``-wal`` file (the OS page cache) before ``COMMIT`` returns, so it survives a crash or
  ``kill -9`` of the app; only a power cut or an OS crash can drop the last few commits
  (``synchronous="FULL"`` closes that gap at the price of an fsync per answer).
* An interrupted round stays ``in_progress`` with the process id that played it; a later start
  finds it (:meth:`ScoreStore.interrupted_rounds`) and the engine resumes it
  (:func:`quiz_app.session.resume_round`).

Damage
------
* Opening runs ``PRAGMA quick_check`` (milliseconds for a class; ~0.3 s at a million answers).
* A corrupt or unreadable file is never deleted: it is renamed ``scores.sqlite3.corrupt-<timestamp>``
  (with its ``-wal``/``-shm``), ``message`` says so in plain words, and a fresh store starts.
* A read-only or full disk (or a folder that cannot be created) never stops a round: the store
  turns ``degraded``, ``warning`` says why in plain words, writes are skipped, and the round goes
  on in memory. If the file cannot be opened at all the store runs on an in-memory database.
* A file written by a newer version of the app is left untouched (in-memory store, warning).

Schema (``PRAGMA user_version`` = ``SCHEMA_VERSION``; older files are copied to
``scores.sqlite3.v<N>-<timestamp>.bak`` and migrated in one transaction)
----------------------------------------------------------------------------------------------
* ``profiles``, ``rounds`` (profile, set id/title/content hash, mode, settings JSON, seed, the
  drawn question ids, start/end, score/max, status in_progress/finished/abandoned, pid).
* ``questions`` interns (set id, question id) as a small integer and keeps, from the set, the
  question's evidence source and paragraph index; ``question_topics`` its topics. Statistics by
  topic and by paragraph use this mapping (refreshed whenever a round of a changed set starts),
  so they need no question set at query time. Question rows are never deleted.
* ``answers``: round, question key, the response JSON as given, correct, points, possible, time
  in ms, answered_at (unix s). About 50 bytes per answer with its index; the whole file is about
  73 bytes per answer at a million answers (benchmarks/history.py).
* Aggregates kept in the same transaction as each answer, so every statistics query reads a few
  hundred rows, not a million: ``question_progress`` (per profile and question: answered,
  correct, points, last answer), ``question_stats`` (per question, all profiles),
  ``practice_days`` (per profile and day). ``rebuild_aggregates()`` recomputes them from answers.
* ``leitner``: box 1-5 and due day per profile and question (only spaced review writes it).

Version history: 1 = first release (no aggregates, no extra-time factor, no drawn ids / pid in
rounds); 2 = current.
"""

from __future__ import annotations

import contextlib
import csv
import io
import json
import os
import shutil
import sqlite3
import sys
import threading
import time
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import Any

SCHEMA_VERSION = 2
MODES = ("practice", "scored", "review_mistakes", "spaced_review")

_AGGREGATE_TABLES = """
CREATE TABLE IF NOT EXISTS question_progress (
    profile_id   INTEGER NOT NULL REFERENCES profiles(id) ON DELETE CASCADE,
    qkey         INTEGER NOT NULL REFERENCES questions(id),
    answered     INTEGER NOT NULL,
    correct      INTEGER NOT NULL,
    points       REAL NOT NULL,
    possible     REAL NOT NULL,
    last_at      INTEGER NOT NULL,
    last_correct INTEGER NOT NULL,
    PRIMARY KEY (profile_id, qkey)
) WITHOUT ROWID;
CREATE INDEX IF NOT EXISTS question_progress_qkey ON question_progress(qkey);
CREATE TABLE IF NOT EXISTS question_stats (
    qkey     INTEGER PRIMARY KEY REFERENCES questions(id),
    answered INTEGER NOT NULL,
    correct  INTEGER NOT NULL,
    points   REAL NOT NULL,
    possible REAL NOT NULL
);
CREATE TABLE IF NOT EXISTS practice_days (
    profile_id INTEGER NOT NULL REFERENCES profiles(id) ON DELETE CASCADE,
    day        INTEGER NOT NULL,
    answers    INTEGER NOT NULL,
    PRIMARY KEY (profile_id, day)
) WITHOUT ROWID;
"""

_SCHEMA = f"""
CREATE TABLE profiles (
    id                INTEGER PRIMARY KEY,
    name              TEXT NOT NULL UNIQUE COLLATE NOCASE,
    extra_time_factor REAL NOT NULL DEFAULT 1.0,
    created           REAL NOT NULL
);
CREATE TABLE sets (
    id           TEXT PRIMARY KEY,
    title        TEXT NOT NULL,
    content_hash TEXT NOT NULL
) WITHOUT ROWID;
CREATE TABLE questions (
    id          INTEGER PRIMARY KEY,
    set_id      TEXT NOT NULL,
    question_id TEXT NOT NULL,
    source_id   TEXT,
    paragraph   INTEGER,
    UNIQUE (set_id, question_id)
);
CREATE TABLE question_topics (
    qkey  INTEGER NOT NULL REFERENCES questions(id) ON DELETE CASCADE,
    topic TEXT NOT NULL,
    PRIMARY KEY (qkey, topic)
) WITHOUT ROWID;
CREATE TABLE rounds (
    id           INTEGER PRIMARY KEY,
    profile_id   INTEGER NOT NULL REFERENCES profiles(id) ON DELETE CASCADE,
    set_id       TEXT NOT NULL,
    set_title    TEXT NOT NULL DEFAULT '',
    set_hash     TEXT NOT NULL,
    mode         TEXT NOT NULL,
    settings     TEXT NOT NULL,
    seed         INTEGER NOT NULL,
    started      REAL NOT NULL,
    ended        REAL,
    score        REAL,
    max_score    REAL,
    status       TEXT NOT NULL DEFAULT 'in_progress' CHECK (status IN ('in_progress', 'finished', 'abandoned')),
    question_ids TEXT,
    pid          INTEGER
);
CREATE INDEX rounds_profile ON rounds(profile_id, started);
CREATE INDEX rounds_open ON rounds(status) WHERE status = 'in_progress';
CREATE TABLE answers (
    id          INTEGER PRIMARY KEY,
    round_id    INTEGER NOT NULL REFERENCES rounds(id) ON DELETE CASCADE,
    qkey        INTEGER NOT NULL REFERENCES questions(id),
    response    TEXT,
    correct     INTEGER NOT NULL,
    points      REAL NOT NULL,
    possible    REAL NOT NULL,
    millis      INTEGER,
    answered_at INTEGER NOT NULL,
    UNIQUE (round_id, qkey)
);
CREATE TABLE leitner (
    profile_id  INTEGER NOT NULL REFERENCES profiles(id) ON DELETE CASCADE,
    qkey        INTEGER NOT NULL REFERENCES questions(id),
    box         INTEGER NOT NULL CHECK (box BETWEEN 1 AND 5),
    due_day     INTEGER NOT NULL,
    reviewed_at INTEGER NOT NULL,
    PRIMARY KEY (profile_id, qkey)
) WITHOUT ROWID;
{_AGGREGATE_TABLES}
"""


def _migrate_1_to_2(conn: sqlite3.Connection) -> None:
    conn.execute("ALTER TABLE profiles ADD COLUMN extra_time_factor REAL NOT NULL DEFAULT 1.0")
    conn.execute("ALTER TABLE rounds ADD COLUMN question_ids TEXT")
    conn.execute("ALTER TABLE rounds ADD COLUMN pid INTEGER")
    conn.execute("CREATE INDEX IF NOT EXISTS rounds_open ON rounds(status) WHERE status = 'in_progress'")
    for statement in _AGGREGATE_TABLES.split(";"):
        if statement.strip():
            conn.execute(statement)
    _rebuild_aggregates(conn)


#: from-version -> function bringing the schema to from-version + 1 (inside one transaction)
MIGRATIONS = {1: _migrate_1_to_2}


def _rebuild_aggregates(conn: sqlite3.Connection) -> None:
    conn.execute("DELETE FROM question_progress")
    conn.execute("DELETE FROM question_stats")
    conn.execute("DELETE FROM practice_days")
    # SQLite takes the bare column a.correct from the row holding max(a.answered_at): the latest answer
    conn.execute(
        """INSERT INTO question_progress
           SELECT r.profile_id, a.qkey, count(*), sum(a.correct), sum(a.points), sum(a.possible),
                  max(a.answered_at), a.correct
             FROM answers a JOIN rounds r ON r.id = a.round_id
            GROUP BY r.profile_id, a.qkey"""
    )
    conn.execute(
        """INSERT INTO question_stats
           SELECT qkey, sum(answered), sum(correct), sum(points), sum(possible)
             FROM question_progress GROUP BY qkey"""
    )
    # the local-time day of each answer as date.toordinal(), the way record_answer computes it
    conn.execute(
        """INSERT INTO practice_days
           SELECT r.profile_id,
                  CAST(julianday(date(a.answered_at, 'unixepoch', 'localtime')) - 1721424.5 AS INTEGER) AS day,
                  count(*)
             FROM answers a JOIN rounds r ON r.id = a.round_id
            GROUP BY r.profile_id, day"""
    )


def _day_of(unix_seconds: float) -> int:
    return date.fromtimestamp(unix_seconds).toordinal()


# --------------------------------------------------------------------------- records


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


@dataclass(frozen=True)
class Mastery:
    """How well a student knows one topic (or one source paragraph): answers and points summed."""

    topic: str
    answered: int
    correct: int
    points: float
    possible: float

    @property
    def share(self) -> float:
        return max(0.0, self.points) / self.possible if self.possible else 0.0


@dataclass(frozen=True)
class ParagraphMastery:
    source_id: str
    paragraph: int
    answered: int
    correct: int
    points: float
    possible: float
    question_ids: tuple[str, ...] = ()

    @property
    def share(self) -> float:
        return max(0.0, self.points) / self.possible if self.possible else 0.0


@dataclass(frozen=True)
class Facility:
    """Item analysis for one question over every profile of this machine."""

    question_id: str
    answered: int
    correct: int
    points: float
    possible: float
    profiles: int

    @property
    def share_correct(self) -> float:
        return self.correct / self.answered if self.answered else 0.0

    @property
    def mean_credit(self) -> float:
        return max(0.0, self.points) / self.possible if self.possible else 0.0


@dataclass(frozen=True)
class Streak:
    current: int
    longest: int
    last_day: date | None
    days_practised: int


@dataclass(frozen=True)
class LeitnerState:
    question_id: str
    box: int
    due_day: int
    reviewed_at: int

    @property
    def due_date(self) -> date:
        return date.fromordinal(self.due_day)


_ROUND_COLUMNS = ("id, profile_id, set_id, set_title, set_hash, mode, settings, seed, started, ended, score, "
                  "max_score, status, question_ids, pid")


def _round(row) -> RoundRecord:
    return RoundRecord(*row)


def _pid_alive(pid: int | None) -> bool:
    if not pid or pid <= 0:
        return False
    if sys.platform.startswith("win"):  # os.kill(pid, 0) would send CTRL_C; treat as not running
        return False
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    except OSError:
        return False
    return True


_CORRUPT = {"SQLITE_CORRUPT", "SQLITE_NOTADB", "SQLITE_CORRUPT_VTAB", "SQLITE_CORRUPT_SEQUENCE",
            "SQLITE_CORRUPT_INDEX"}


def _error_name(exc: BaseException) -> str:
    return getattr(exc, "sqlite_errorname", "") or ""


def _is_corrupt(exc: BaseException) -> bool:
    name = _error_name(exc)
    if name:
        return name in _CORRUPT
    text = str(exc).lower()
    return "malformed" in text or "not a database" in text


def _plain_reason(exc: BaseException) -> str:
    name = _error_name(exc)
    text = str(exc).lower()
    if name.startswith("SQLITE_FULL") or "full" in text:
        return "the disk is full"
    if name.startswith("SQLITE_READONLY") or "readonly" in text or "read-only" in text:
        return "the score file or its folder is read-only"
    if name.startswith("SQLITE_BUSY") or "locked" in text:
        return "another program kept the score file locked"
    if name.startswith("SQLITE_CANTOPEN") or "unable to open" in text:
        return "the score file cannot be opened"
    if isinstance(exc, OSError):
        return exc.strerror or str(exc)
    return f"the disk reported an error ({exc})"


class _NewerSchema(Exception):
    pass


def _csv_cell(value: Any) -> Any:
    """Keep a spreadsheet from reading a student's typed text as a formula."""
    if isinstance(value, str) and value[:1] in ("=", "+", "-", "@", "\t", "\r"):
        return "'" + value
    return value


# --------------------------------------------------------------------------- the store


class ScoreStore:
    """Profiles, rounds, answers, Leitner state and statistics in one SQLite file.

    ``ScoreStore(path)`` opens (creating, migrating or replacing a damaged file as needed) and
    never raises for a bad file or disk: look at ``message`` (shown once, e.g. "the old file was
    damaged and kept as ...") and ``degraded`` / ``warning`` (scores are not being saved).
    ``ScoreStore(None)`` is a store in memory (nothing is saved).
    """

    def __init__(self, path: str | os.PathLike[str] | None, *, check: bool = True,
                 synchronous: str = "NORMAL", busy_timeout_ms: int = 5000):
        self.path: Path | None = Path(path) if path is not None else None
        self.message: str | None = None
        self.warning: str | None = None
        self.degraded = False
        self.in_memory = path is None
        self.moved_aside: Path | None = None
        self.backup_path: Path | None = None
        self.last_error: BaseException | None = None
        self._synchronous = synchronous.upper()
        self._busy_ms = busy_timeout_ms
        self._lock = threading.RLock()
        self._round_info: dict[int, tuple[int, str]] = {}
        self._qkeys: dict[tuple[str, str], int] = {}
        self._active_rounds: set[int] = set()
        self._conn: sqlite3.Connection = self._open(check)

    @classmethod
    def open(cls, data_dir: str | os.PathLike[str] | None = None, **kwargs) -> ScoreStore:
        """The store in the app's data dir (``quiz_app.paths``); in memory, with a warning, when the
        folder cannot be created."""
        from . import paths

        try:
            path = paths.db_path(data_dir)
        except OSError as exc:
            store = cls(None, **kwargs)
            store._degrade(exc, in_memory=True)
            return store
        return cls(path, **kwargs)

    # ---------------------------------------------------------------- opening

    def _connect(self, target: str) -> sqlite3.Connection:
        conn = sqlite3.connect(target, timeout=self._busy_ms / 1000, isolation_level=None, check_same_thread=False)
        conn.execute(f"PRAGMA busy_timeout = {int(self._busy_ms)}")
        conn.execute("PRAGMA foreign_keys = ON")
        return conn

    def _open(self, check: bool) -> sqlite3.Connection:
        if self.path is None:
            conn = self._connect(":memory:")
            self._init_schema(conn)
            return conn
        try:
            return self._open_file(check)
        except _NewerSchema:
            self.warning = ("This score file was written by a newer version of History Quiz, so this version "
                            "leaves it untouched. Scores from this session are kept only until you close the app.")
        except sqlite3.DatabaseError as exc:
            if _is_corrupt(exc) or _error_name(exc) == "SQLITE_CANTOPEN" or "unable to open" in str(exc).lower():
                if self.path.is_file() and self._move_aside():
                    try:
                        return self._open_file(check)
                    except (sqlite3.DatabaseError, OSError) as again:
                        exc = again
            self.last_error = exc
            self.warning = self._warning_text(exc)
        except OSError as exc:
            self.last_error = exc
            self.warning = self._warning_text(exc)
        self.degraded = True
        self.in_memory = True
        conn = self._connect(":memory:")
        self._init_schema(conn)
        return conn

    def _open_file(self, check: bool) -> sqlite3.Connection:
        assert self.path is not None
        self.path.parent.mkdir(parents=True, exist_ok=True)
        conn = self._connect(str(self.path))
        try:
            conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
            if check:  # a few hundred ms for a store of a million answers; milliseconds for a real class
                result = conn.execute("PRAGMA quick_check(1)").fetchone()
                if not result or result[0] != "ok":
                    raise sqlite3.DatabaseError(f"database disk image is malformed ({result and result[0]})")
            if conn.execute("PRAGMA user_version").fetchone()[0] > SCHEMA_VERSION:
                raise _NewerSchema()
            conn.execute("PRAGMA journal_mode = WAL").fetchone()
            conn.execute(f"PRAGMA synchronous = {self._synchronous}")
            self._init_or_upgrade(conn)
        except BaseException:
            conn.close()
            raise
        return conn

    def _init_schema(self, conn: sqlite3.Connection) -> None:
        """The current schema in an empty database (the in-memory store)."""
        conn.execute("BEGIN IMMEDIATE")
        try:
            self._create(conn)
            conn.execute("COMMIT")
        except BaseException:
            conn.execute("ROLLBACK")
            raise

    @staticmethod
    def _create(conn: sqlite3.Connection) -> None:
        for statement in _SCHEMA.split(";"):
            if statement.strip():
                conn.execute(statement)
        conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION}")

    def _init_or_upgrade(self, conn: sqlite3.Connection) -> None:
        """Create or migrate under the write lock, so two windows starting at once do it once."""
        conn.execute("BEGIN IMMEDIATE")
        try:
            version = conn.execute("PRAGMA user_version").fetchone()[0]
            tables = conn.execute("SELECT count(*) FROM sqlite_master WHERE type = 'table'").fetchone()[0]
            if version == 0 and tables:
                raise sqlite3.DatabaseError("file is not a database (not a History Quiz score file)")
            if version == 0:
                self._create(conn)
            elif version > SCHEMA_VERSION:
                raise _NewerSchema()
            elif version < SCHEMA_VERSION:
                self._backup(conn, version)
                for v in range(version, SCHEMA_VERSION):
                    MIGRATIONS[v](conn)
                conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION}")
            conn.execute("COMMIT")
        except BaseException:
            if conn.in_transaction:
                conn.execute("ROLLBACK")
            raise

    def _backup(self, conn: sqlite3.Connection, version: int) -> None:
        """A copy of the file as it is before migrating (taken while holding the write lock)."""
        assert self.path is not None
        stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
        backup = self._free_name(self.path.with_name(f"{self.path.name}.v{version}-{stamp}.bak"))
        # from a second connection: a connection inside a write transaction cannot be a backup source,
        # while in WAL mode a reader sees the committed, pre-migration state next to our write lock
        source = sqlite3.connect(str(self.path), timeout=self._busy_ms / 1000)
        target = sqlite3.connect(str(backup))
        try:
            source.backup(target)
        finally:
            target.close()
            source.close()
        self.backup_path = backup

    @staticmethod
    def _free_name(path: Path) -> Path:
        candidate, n = path, 1
        while candidate.exists():
            n += 1
            candidate = path.with_name(f"{path.name}-{n}")
        return candidate

    def _move_aside(self) -> bool:
        assert self.path is not None
        stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
        target = self._free_name(self.path.with_name(f"{self.path.name}.corrupt-{stamp}"))
        try:
            os.replace(self.path, target)
            for suffix in ("-wal", "-shm"):
                side = self.path.with_name(self.path.name + suffix)
                if side.exists():
                    os.replace(side, target.with_name(target.name + suffix))
        except OSError:
            return False
        self.moved_aside = target
        self.message = (f"Your score file could not be read; it seems to be damaged. It was kept, not deleted, "
                        f"as \"{target.name}\" in {target.parent}, and a new, empty score file was started. "
                        "Earlier results are not shown; a teacher may be able to recover them from the kept file.")
        return True

    def _warning_text(self, exc: BaseException) -> str:
        return (f"Your scores cannot be saved: {_plain_reason(exc)}. You can go on playing; this session's "
                "answers are kept only until you close the app.")

    def _degrade(self, exc: BaseException, in_memory: bool = False) -> None:
        self.last_error = exc
        self.degraded = True
        self.in_memory = self.in_memory or in_memory
        self.warning = self._warning_text(exc)

    # ---------------------------------------------------------------- plumbing

    @property
    def connection(self) -> sqlite3.Connection:
        """The raw connection, for tools (bulk loads, benchmarks). The app uses the methods."""
        return self._conn

    def close(self) -> None:
        with self._lock:
            with contextlib.suppress(sqlite3.Error):
                self._conn.execute("PRAGMA optimize")
            self._conn.close()

    def __enter__(self) -> ScoreStore:
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    @contextlib.contextmanager
    def _write(self) -> Iterator[sqlite3.Connection]:
        with self._lock:
            self._conn.execute("BEGIN IMMEDIATE")
            try:
                yield self._conn
            except BaseException:
                if self._conn.in_transaction:
                    self._conn.execute("ROLLBACK")
                raise
            self._conn.execute("COMMIT")

    def _guarded(self, fn, default=None):
        """Run a write; a disk problem turns the store degraded (with a warning) instead of raising."""
        if self.degraded and not self.in_memory:
            return default
        try:
            return fn()
        except sqlite3.IntegrityError:
            raise
        except sqlite3.DatabaseError as exc:
            with contextlib.suppress(sqlite3.Error):
                if self._conn.in_transaction:
                    self._conn.execute("ROLLBACK")
            self._degrade(exc)
            return default

    def _read(self, sql: str, params: Iterable[Any] = ()) -> list[tuple]:
        with self._lock:
            try:
                return self._conn.execute(sql, tuple(params)).fetchall()
            except sqlite3.DatabaseError as exc:
                if self.degraded:
                    return []
                raise StoreError(f"The score file could not be read: {_plain_reason(exc)}.") from exc

    # ---------------------------------------------------------------- profiles

    def create_profile(self, name: str, extra_time_factor: float = 1.0) -> Profile:
        name = " ".join(name.split())
        if not name:
            raise ValueError("A profile needs a name.")
        _check_factor(extra_time_factor)
        if self.profile_by_name(name) is not None:
            raise ValueError(f"There is already a profile called {name!r}.")
        now = time.time()

        def write():
            with self._write() as conn:
                cur = conn.execute("INSERT INTO profiles(name, extra_time_factor, created) VALUES (?, ?, ?)",
                                   (name, float(extra_time_factor), now))
                return cur.lastrowid

        try:
            pid = self._guarded(write)
        except sqlite3.IntegrityError as exc:
            raise ValueError(f"There is already a profile called {name!r}.") from exc
        if pid is None:
            raise StoreError(self.warning or "The profile could not be saved.")
        return Profile(pid, name, float(extra_time_factor), now)

    def profiles(self) -> list[Profile]:
        return [Profile(*r) for r in self._read(
            "SELECT id, name, extra_time_factor, created FROM profiles ORDER BY name COLLATE NOCASE")]

    def profile(self, profile_id: int) -> Profile | None:
        rows = self._read("SELECT id, name, extra_time_factor, created FROM profiles WHERE id = ?", (profile_id,))
        return Profile(*rows[0]) if rows else None

    def profile_by_name(self, name: str) -> Profile | None:
        rows = self._read("SELECT id, name, extra_time_factor, created FROM profiles WHERE name = ?",
                          (" ".join(name.split()),))
        return Profile(*rows[0]) if rows else None

    def update_profile(self, profile_id: int, *, name: str | None = None,
                       extra_time_factor: float | None = None) -> Profile:
        current = self.profile(profile_id)
        if current is None:
            raise ValueError(f"No profile with id {profile_id}.")
        new_name = " ".join(name.split()) if name is not None else current.name
        if not new_name:
            raise ValueError("A profile needs a name.")
        factor = current.extra_time_factor if extra_time_factor is None else float(extra_time_factor)
        _check_factor(factor)

        def write():
            with self._write() as conn:
                conn.execute("UPDATE profiles SET name = ?, extra_time_factor = ? WHERE id = ?",
                             (new_name, factor, profile_id))
            return True

        try:
            if not self._guarded(write, False):
                raise StoreError(self.warning or "The profile could not be saved.")
        except sqlite3.IntegrityError as exc:
            raise ValueError(f"There is already a profile called {new_name!r}.") from exc
        return Profile(profile_id, new_name, factor, current.created)

    def delete_profile(self, profile_id: int) -> None:
        """Delete a student and everything they answered (rounds, answers, Leitner state)."""

        def write():
            with self._write() as conn:
                conn.execute("DELETE FROM profiles WHERE id = ?", (profile_id,))
                conn.execute("DELETE FROM question_stats")
                conn.execute("""INSERT INTO question_stats
                                SELECT qkey, sum(answered), sum(correct), sum(points), sum(possible)
                                  FROM question_progress GROUP BY qkey""")
            return True

        if not self._guarded(write, False):
            raise StoreError(self.warning or "The profile could not be deleted.")
        self._round_info = {k: v for k, v in self._round_info.items() if v[0] != profile_id}

    # ---------------------------------------------------------------- sets and questions

    def register_set(self, question_set, content_hash: str | None = None) -> None:
        """Record which topics and source paragraph each question of a set belongs to (for statistics).

        Cheap when the set is unchanged since the last call (compared by content hash, which the
        caller may pass when it has it).
        """
        from question_bank import evidence as ev
        from question_bank.loading import set_content_hash

        content_hash = content_hash or set_content_hash(question_set)
        rows = self._read("SELECT content_hash FROM sets WHERE id = ?", (question_set.id,))
        if rows and rows[0][0] == content_hash:
            self._load_qkeys(question_set.id)
            if all((question_set.id, q.id) in self._qkeys for q in question_set.questions):
                return
        texts = {s.id: s.text for s in question_set.sources}
        entries = []
        for q in question_set.questions:
            where = ev.locate_evidence(question_set, q.evidence)
            paragraph = where.paragraph.index if where is not None else None
            entries.append((q.id, q.evidence.source, paragraph, list(dict.fromkeys(q.topics))))

        def write():
            with self._write() as conn:
                conn.execute("INSERT INTO sets(id, title, content_hash) VALUES (?, ?, ?) ON CONFLICT(id) DO UPDATE "
                             "SET title = excluded.title, content_hash = excluded.content_hash",
                             (question_set.id, question_set.title, content_hash))
                for qid, source_id, paragraph, topics in entries:
                    conn.execute(
                        "INSERT INTO questions(set_id, question_id, source_id, paragraph) VALUES (?, ?, ?, ?) "
                        "ON CONFLICT(set_id, question_id) DO UPDATE SET source_id = excluded.source_id, "
                        "paragraph = excluded.paragraph", (question_set.id, qid, source_id, paragraph))
                    qkey = conn.execute("SELECT id FROM questions WHERE set_id = ? AND question_id = ?",
                                        (question_set.id, qid)).fetchone()[0]
                    conn.execute("DELETE FROM question_topics WHERE qkey = ?", (qkey,))
                    conn.executemany("INSERT INTO question_topics(qkey, topic) VALUES (?, ?)",
                                     [(qkey, t) for t in topics])
            return True

        self._guarded(write)
        self._load_qkeys(question_set.id)

    def _load_qkeys(self, set_id: str) -> None:
        for key, qid in self._read("SELECT id, question_id FROM questions WHERE set_id = ?", (set_id,)):
            self._qkeys[(set_id, qid)] = key

    def _qkey(self, conn: sqlite3.Connection, set_id: str, question_id: str) -> int:
        key = self._qkeys.get((set_id, question_id))
        if key is None:
            conn.execute("INSERT INTO questions(set_id, question_id) VALUES (?, ?) ON CONFLICT DO NOTHING",
                         (set_id, question_id))
            key = conn.execute("SELECT id FROM questions WHERE set_id = ? AND question_id = ?",
                               (set_id, question_id)).fetchone()[0]
            self._qkeys[(set_id, question_id)] = key
        return key

    # ---------------------------------------------------------------- rounds and answers

    def start_round(self, profile_id: int, set_id: str, set_hash: str, mode: str, settings_json: str, seed: int,
                    question_ids: Iterable[str] | None = None, *, set_title: str = "",
                    max_score: float | None = None, started: float | None = None) -> int | None:
        """A new in_progress round; its id, or None when the store cannot write (then play on in memory)."""
        if mode not in MODES:
            raise ValueError(f"unknown mode {mode!r}")
        ids = json.dumps(list(question_ids), separators=(",", ":")) if question_ids is not None else None
        started = time.time() if started is None else started

        def write():
            with self._write() as conn:
                cur = conn.execute(
                    "INSERT INTO rounds(profile_id, set_id, set_title, set_hash, mode, settings, seed, started, "
                    "max_score, status, question_ids, pid) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 'in_progress', ?, ?)",
                    (profile_id, set_id, set_title, set_hash, mode, settings_json, seed, started, max_score, ids,
                     os.getpid()))
                return cur.lastrowid

        round_id = self._guarded(write)
        if round_id is not None:
            self._round_info[round_id] = (profile_id, set_id)
            self._active_rounds.add(round_id)
        return round_id

    def claim_round(self, round_id: int) -> bool:
        """Mark an interrupted round as being played by this process again (on resume)."""

        def write():
            with self._write() as conn:
                conn.execute("UPDATE rounds SET pid = ? WHERE id = ?", (os.getpid(), round_id))
            return True

        ok = bool(self._guarded(write, False))
        self._active_rounds.add(round_id)
        return ok

    def _info(self, round_id: int) -> tuple[int, str]:
        info = self._round_info.get(round_id)
        if info is None:
            rows = self._read("SELECT profile_id, set_id FROM rounds WHERE id = ?", (round_id,))
            if not rows:
                raise ValueError(f"No round with id {round_id}.")
            info = self._round_info[round_id] = (rows[0][0], rows[0][1])
        return info

    def record_answer(self, round_id: int | None, question_id: str, *, response_json: str | None, correct: bool,
                      points: float, possible: float, seconds: float | None = None,
                      answered_at: float | None = None, leitner: tuple[int, int] | None = None) -> bool:
        """Commit one answer now (with its aggregates and, for spaced review, the new Leitner box and due day).

        Returns False when nothing was written: no round id, the store is degraded, or the round already
        has an answer to this question.
        """
        if round_id is None or (self.degraded and not self.in_memory):
            return False
        profile_id, set_id = self._info(round_id)
        at = int(time.time() if answered_at is None else answered_at)
        day = _day_of(at)
        millis = None if seconds is None else int(round(seconds * 1000))
        c = 1 if correct else 0

        def write():
            with self._write() as conn:
                qkey = self._qkey(conn, set_id, question_id)
                cur = conn.execute(
                    "INSERT INTO answers(round_id, qkey, response, correct, points, possible, millis, answered_at) "
                    "VALUES (?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT(round_id, qkey) DO NOTHING",
                    (round_id, qkey, response_json, c, points, possible, millis, at))
                if cur.rowcount == 0:
                    return False
                conn.execute(
                    "INSERT INTO question_progress VALUES (?, ?, 1, ?, ?, ?, ?, ?) "
                    "ON CONFLICT(profile_id, qkey) DO UPDATE SET answered = answered + 1, "
                    "correct = correct + excluded.correct, points = points + excluded.points, "
                    "possible = possible + excluded.possible, "
                    "last_correct = CASE WHEN excluded.last_at >= last_at THEN excluded.last_correct "
                    "ELSE last_correct END, last_at = max(last_at, excluded.last_at)",
                    (profile_id, qkey, c, points, possible, at, c))
                conn.execute(
                    "INSERT INTO question_stats VALUES (?, 1, ?, ?, ?) ON CONFLICT(qkey) DO UPDATE SET "
                    "answered = answered + 1, correct = correct + excluded.correct, "
                    "points = points + excluded.points, possible = possible + excluded.possible",
                    (qkey, c, points, possible))
                conn.execute(
                    "INSERT INTO practice_days VALUES (?, ?, 1) ON CONFLICT(profile_id, day) DO UPDATE "
                    "SET answers = answers + 1", (profile_id, day))
                if leitner is not None:
                    box, due_day = leitner
                    conn.execute(
                        "INSERT INTO leitner VALUES (?, ?, ?, ?, ?) ON CONFLICT(profile_id, qkey) DO UPDATE "
                        "SET box = excluded.box, due_day = excluded.due_day, reviewed_at = excluded.reviewed_at",
                        (profile_id, qkey, box, due_day, at))
                return True

        try:
            return bool(self._guarded(write, False))
        except sqlite3.IntegrityError:  # the round or profile was deleted meanwhile (another window)
            return False

    def finish_round(self, round_id: int | None, score: float, max_score: float, *, status: str = "finished",
                     ended: float | None = None) -> bool:
        if round_id is None:
            return False
        if status not in ("finished", "abandoned"):
            raise ValueError(f"unknown final status {status!r}")
        ended = time.time() if ended is None else ended

        def write():
            with self._write() as conn:
                conn.execute("UPDATE rounds SET status = ?, ended = ?, score = ?, max_score = ? WHERE id = ?",
                             (status, ended, score, max_score, round_id))
            return True

        self._active_rounds.discard(round_id)
        return bool(self._guarded(write, False))

    def abandon_round(self, round_id: int) -> bool:
        """Give up an interrupted round: it keeps its answers and the points they earned."""
        rows = self._read("SELECT coalesce(sum(points), 0) FROM answers WHERE round_id = ?", (round_id,))
        record = self.round_record(round_id)
        max_score = record.max_score if record is not None and record.max_score is not None else 0.0
        return self.finish_round(round_id, max(0.0, rows[0][0] if rows else 0.0), max_score, status="abandoned")

    def round_record(self, round_id: int) -> RoundRecord | None:
        rows = self._read(f"SELECT {_ROUND_COLUMNS} FROM rounds WHERE id = ?", (round_id,))
        return _round(rows[0]) if rows else None

    def round_answers(self, round_id: int) -> list[AnswerRecord]:
        rows = self._read(
            "SELECT a.round_id, q.question_id, a.response, a.correct, a.points, a.possible, a.millis, a.answered_at "
            "FROM answers a JOIN questions q ON q.id = a.qkey WHERE a.round_id = ? ORDER BY a.id", (round_id,))
        return [AnswerRecord(r[0], r[1], r[2], bool(r[3]), r[4], r[5], None if r[6] is None else r[6] / 1000, r[7])
                for r in rows]

    def interrupted_rounds(self, profile_id: int | None = None) -> list[RoundRecord]:
        """Rounds left in progress by a crash or a closed window, newest first (not the ones being played
        right now by this store or by another running app window)."""
        sql = f"SELECT {_ROUND_COLUMNS} FROM rounds WHERE status = 'in_progress'"
        params: tuple = ()
        if profile_id is not None:
            sql += " AND profile_id = ?"
            params = (profile_id,)
        out = []
        for rec in map(_round, self._read(sql + " ORDER BY started DESC", params)):
            if rec.id in self._active_rounds:
                continue
            if rec.pid and rec.pid != os.getpid() and _pid_alive(rec.pid):
                continue
            out.append(rec)
        return out

    # ---------------------------------------------------------------- statistics

    def round_history(self, profile_id: int, *, set_id: str | None = None, modes: Iterable[str] | None = None,
                      limit: int | None = None) -> list[RoundRecord]:
        """A student's rounds, newest first (score %, date, set and mode are on each record)."""
        sql = f"SELECT {_ROUND_COLUMNS} FROM rounds WHERE profile_id = ?"
        params: list[Any] = [profile_id]
        if set_id is not None:
            sql += " AND set_id = ?"
            params.append(set_id)
        if modes is not None:
            modes = list(modes)
            sql += f" AND mode IN ({', '.join('?' * len(modes))})"
            params += modes
        sql += " ORDER BY started DESC"
        if limit is not None:
            sql += " LIMIT ?"
            params.append(int(limit))
        return [_round(r) for r in self._read(sql, params)]

    def mastery_by_topic(self, profile_id: int, set_id: str | None = None) -> list[Mastery]:
        """Per topic: answers, correct answers and points of this student (every mode counts)."""
        sql = ("SELECT t.topic, sum(p.answered), sum(p.correct), sum(p.points), sum(p.possible) "
               "FROM question_progress p JOIN question_topics t ON t.qkey = p.qkey ")
        params: list[Any] = []
        if set_id is not None:
            sql += "JOIN questions q ON q.id = p.qkey AND q.set_id = ? "
            params.append(set_id)
        sql += "WHERE p.profile_id = ? GROUP BY t.topic ORDER BY t.topic"
        params.append(profile_id)
        return [Mastery(*r) for r in self._read(sql, params)]

    def mastery_by_paragraph(self, profile_id: int, set_id: str) -> list[ParagraphMastery]:
        """Per source paragraph (of each question's evidence): which parts of the text the student keeps missing.

        Weakest first. Show the paragraph with ``question_bank.evidence.paragraphs(source.text)[paragraph]``.
        """
        rows = self._read(
            "SELECT q.source_id, q.paragraph, sum(p.answered), sum(p.correct), sum(p.points), sum(p.possible), "
            "group_concat(q.question_id, char(31)) "
            "FROM question_progress p JOIN questions q ON q.id = p.qkey "
            "WHERE p.profile_id = ? AND q.set_id = ? AND q.paragraph IS NOT NULL "
            "GROUP BY q.source_id, q.paragraph", (profile_id, set_id))
        out = [ParagraphMastery(r[0], r[1], r[2], r[3], r[4], r[5], tuple(sorted((r[6] or "").split("\x1f"))))
               for r in rows]
        out.sort(key=lambda m: (m.share, m.source_id, m.paragraph))
        return out

    def question_facility(self, set_id: str) -> list[Facility]:
        """Item analysis across every profile: share correct per question, hardest first."""
        rows = self._read(
            "SELECT q.question_id, s.answered, s.correct, s.points, s.possible, "
            "(SELECT count(*) FROM question_progress p WHERE p.qkey = q.id) "
            "FROM questions q JOIN question_stats s ON s.qkey = q.id WHERE q.set_id = ?", (set_id,))
        out = [Facility(*r) for r in rows]
        out.sort(key=lambda f: (f.share_correct, f.question_id))
        return out

    def streak(self, profile_id: int, today: date | None = None) -> Streak:
        """Days practised in a row (still alive when the last day was yesterday), the longest run, and the total."""
        days = [r[0] for r in self._read("SELECT day FROM practice_days WHERE profile_id = ? ORDER BY day",
                                         (profile_id,))]
        if not days:
            return Streak(0, 0, None, 0)
        longest = run = 1
        for prev, cur in zip(days, days[1:], strict=False):
            run = run + 1 if cur == prev + 1 else 1
            longest = max(longest, run)
        today_n = (today or date.today()).toordinal()
        current = 0
        if today_n - days[-1] <= 1:
            current = 1
            for i in range(len(days) - 1, 0, -1):
                if days[i] - days[i - 1] != 1:
                    break
                current += 1
        return Streak(current, longest, date.fromordinal(days[-1]), len(days))

    def mistakes(self, profile_id: int, set_id: str, limit: int | None = None) -> list[str]:
        """Ids of the questions whose latest answer by this student was not fully right, most recent first."""
        sql = ("SELECT q.question_id FROM question_progress p JOIN questions q ON q.id = p.qkey "
               "WHERE p.profile_id = ? AND q.set_id = ? AND p.last_correct = 0 ORDER BY p.last_at DESC, q.id")
        params: list[Any] = [profile_id, set_id]
        if limit is not None:
            sql += " LIMIT ?"
            params.append(int(limit))
        return [r[0] for r in self._read(sql, params)]

    def leitner_states(self, profile_id: int, set_id: str) -> dict[str, LeitnerState]:
        rows = self._read(
            "SELECT q.question_id, l.box, l.due_day, l.reviewed_at FROM leitner l JOIN questions q ON q.id = l.qkey "
            "WHERE l.profile_id = ? AND q.set_id = ?", (profile_id, set_id))
        return {r[0]: LeitnerState(*r) for r in rows}

    def answer_count(self) -> int:
        return self._read("SELECT count(*) FROM answers")[0][0]

    def rebuild_aggregates(self) -> None:
        """Recompute the per-question and per-day aggregates from the answers (after a bulk load)."""

        def write():
            with self._write() as conn:
                _rebuild_aggregates(conn)
            return True

        self._guarded(write)

    # ---------------------------------------------------------------- exports

    def export_answers_csv(self, dest: str | os.PathLike[str] | io.TextIOBase, *, profile_id: int | None = None,
                           set_id: str | None = None, question_sets: Mapping[str, Any] | None = None) -> int:
        """One row per answer: profile, set, round, mode, question, given, correct, points, possible, seconds,
        answered_at. With ``question_sets`` (set id -> QuestionSet) "given" is written out in words
        (the chosen choice's text...); otherwise it is the stored JSON. Returns the number of rows."""
        from . import grading

        sql = ("SELECT pr.name, r.set_id, r.id, r.mode, q.question_id, a.response, a.correct, a.points, a.possible, "
               "a.millis, a.answered_at FROM answers a JOIN rounds r ON r.id = a.round_id "
               "JOIN profiles pr ON pr.id = r.profile_id JOIN questions q ON q.id = a.qkey")
        where, params = _round_filter(profile_id, set_id)
        sql += where
        sql += " ORDER BY a.id"
        header = ["profile", "set", "round", "mode", "question", "given", "correct", "points", "possible",
                  "seconds", "answered_at"]
        n = 0
        with _csv_target(dest) as fh:
            writer = csv.writer(fh)
            writer.writerow(header)
            for name, sid, rid, mode, qid, response, correct, points, possible, millis, at in self._read(sql, params):
                given = response if response is not None else ""
                qset = question_sets.get(sid) if question_sets else None
                question = qset.question(qid) if qset is not None else None
                if question is not None and response is not None:
                    with contextlib.suppress(ValueError, KeyError, IndexError):
                        source = grading.source_of(question, qset)
                        given = grading.describe_response(question, grading.response_from_json(question, response),
                                                          source)
                if response is None:
                    verdict = "skipped"
                elif correct:
                    verdict = "yes"
                elif points > 0:
                    verdict = "partial"
                else:
                    verdict = "no"
                writer.writerow([_csv_cell(name), sid, rid, mode, qid, _csv_cell(given), verdict, f"{points:g}",
                                 f"{possible:g}", "" if millis is None else f"{millis / 1000:.1f}",
                                 datetime.fromtimestamp(at).isoformat(sep=" ", timespec="seconds")])
                n += 1
        return n

    def export_rounds_csv(self, dest: str | os.PathLike[str] | io.TextIOBase, *, profile_id: int | None = None,
                          set_id: str | None = None) -> int:
        """One row per round: profile, set, set title, round, mode, status, started, ended, score, max, percent,
        passed, answered, correct. Returns the number of rows."""
        sql = ("SELECT pr.name, r.set_id, r.set_title, r.id, r.mode, r.status, r.started, r.ended, r.score, "
               "r.max_score, r.settings, (SELECT count(*) FROM answers a WHERE a.round_id = r.id), "
               "(SELECT coalesce(sum(a.correct), 0) FROM answers a WHERE a.round_id = r.id) "
               "FROM rounds r JOIN profiles pr ON pr.id = r.profile_id")
        where, params = _round_filter(profile_id, set_id)
        sql += where
        sql += " ORDER BY r.started"
        header = ["profile", "set", "set_title", "round", "mode", "status", "started", "ended", "score", "max",
                  "percent", "passed", "answered", "correct"]

        def stamp(t):
            return "" if t is None else datetime.fromtimestamp(t).isoformat(sep=" ", timespec="seconds")

        n = 0
        with _csv_target(dest) as fh:
            writer = csv.writer(fh)
            writer.writerow(header)
            for (name, sid, title, rid, mode, status, started, ended, score, max_score, settings,
                 answered, correct) in self._read(sql, params):
                percent = None if score is None or not max_score else 100.0 * max(0.0, score) / max_score
                passed = ""
                if percent is not None and mode == "scored" and status == "finished":
                    with contextlib.suppress(ValueError, TypeError, AttributeError):
                        passed = "yes" if percent >= float(json.loads(settings).get("pass_mark_percent", 60)) else "no"
                writer.writerow([_csv_cell(name), sid, _csv_cell(title), rid, mode, status, stamp(started),
                                 stamp(ended), "" if score is None else f"{score:g}",
                                 "" if max_score is None else f"{max_score:g}",
                                 "" if percent is None else f"{percent:.1f}", passed, answered, correct])
                n += 1
        return n


def _round_filter(profile_id: int | None, set_id: str | None) -> tuple[str, list[Any]]:
    """The WHERE clause (on rounds ``r``) and its parameters for an export limited to a student and/or a set."""
    where, params = [], []
    if profile_id is not None:
        where.append("r.profile_id = ?")
        params.append(profile_id)
    if set_id is not None:
        where.append("r.set_id = ?")
        params.append(set_id)
    return (" WHERE " + " AND ".join(where) if where else ""), params


def _check_factor(factor: float) -> None:
    if not 1.0 <= float(factor) <= 4.0:
        raise ValueError("The extra-time factor must be between 1 and 4 (e.g. 1.5 for 50% more time).")


@contextlib.contextmanager
def _csv_target(dest) -> Iterator[Any]:
    if hasattr(dest, "write"):
        yield dest
        return
    path = Path(dest)
    tmp = path.with_name(path.name + ".part")
    with open(tmp, "w", encoding="utf-8-sig", newline="") as fh:  # BOM: Excel reads UTF-8 correctly
        yield fh
    shutil.move(str(tmp), str(path))

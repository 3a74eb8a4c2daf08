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
* An older file is copied aside (``scores.sqlite3.v<N>-<timestamp>.bak``) and migrated
  (:mod:`quiz_app.scores.schema`).

The tables are in :mod:`quiz_app.scores.schema`; the statistics queries in
:mod:`quiz_app.scores.statistics` and the CSV exports in :mod:`quiz_app.scores.exports` are methods
of :class:`ScoreStore` too.
"""

from __future__ import annotations

import contextlib
import json
import os
import sqlite3
import sys
import threading
import time
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

from . import recovery, schema
from .exports import CsvExports
from .memory import MemoryState
from .records import MODES, ROUND_COLUMNS, AnswerRecord, Profile, RoundRecord, StoreError, round_from_row
from .schema import SCHEMA_VERSION
from .statistics import StoreStatistics


def _pid_alive(pid: int | None) -> bool:
    """Whether the process that started a round still runs (another app window playing it right now)."""
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


# --------------------------------------------------------------------------- the store


class ScoreStore(StoreStatistics, CsvExports):
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
        from .. import paths

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
        except recovery.NewerSchema:
            self.warning = recovery.NEWER_FILE_WARNING
        except sqlite3.DatabaseError as exc:
            error: sqlite3.DatabaseError | OSError = exc
            if recovery.cannot_be_read(exc) and self.path.is_file() and self._move_aside():
                try:
                    return self._open_file(check)
                except (sqlite3.DatabaseError, OSError) as again:
                    error = again
            self.last_error = error
            self.warning = recovery.unsaved_warning(error)
        except OSError as exc:
            self.last_error = exc
            self.warning = recovery.unsaved_warning(exc)
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
                raise recovery.NewerSchema()
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
            schema.create_tables(conn)
            conn.execute("COMMIT")
        except BaseException:
            conn.execute("ROLLBACK")
            raise

    def _init_or_upgrade(self, conn: sqlite3.Connection) -> None:
        """Create or migrate under the write lock, so two windows starting at once do it once."""
        conn.execute("BEGIN IMMEDIATE")
        try:
            version = conn.execute("PRAGMA user_version").fetchone()[0]
            tables = conn.execute("SELECT count(*) FROM sqlite_master WHERE type = 'table'").fetchone()[0]
            if version == 0 and tables:
                raise sqlite3.DatabaseError("file is not a database (not a History Quiz score file)")
            if version == 0:
                schema.create_tables(conn)
            elif version > SCHEMA_VERSION:
                raise recovery.NewerSchema()
            elif version < SCHEMA_VERSION:
                self._backup(conn, version)
                schema.migrate(conn, version)
            conn.execute("COMMIT")
        except BaseException:
            if conn.in_transaction:
                conn.execute("ROLLBACK")
            raise

    def _backup(self, conn: sqlite3.Connection, version: int) -> None:
        """A copy of the file as it is before migrating (``conn`` holds the write lock meanwhile)."""
        assert self.path is not None
        self.backup_path = recovery.copy_before_migrating(self.path, version, self._busy_ms / 1000)

    def _move_aside(self) -> bool:
        """Keep a damaged file under another name (never delete it) and say so in ``message``."""
        assert self.path is not None
        kept = recovery.move_aside(self.path)
        if kept is None:
            return False
        self.moved_aside = kept
        self.message = recovery.damaged_message(kept)
        return True

    def _degrade(self, exc: BaseException, in_memory: bool = False) -> None:
        self.last_error = exc
        self.degraded = True
        self.in_memory = self.in_memory or in_memory
        self.warning = recovery.unsaved_warning(exc)

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
                raise StoreError(f"The score file could not be read: {recovery.plain_reason(exc)}.") from exc

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
                schema.rebuild_question_stats(conn)
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
        day = schema.practice_day(at)
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

    def record_review(self, round_id: int | None, state: MemoryState, rating: int, *, assisted: bool = False,
                      certainty: str | None = None) -> bool:
        """Keep the new FSRS memory state of a question after a rated answer, and the rating in ``reviews``
        (its own transaction, right after the answer's: a crash between the two loses only the schedule
        update, never the answer). False when nothing was written."""
        if round_id is None or (self.degraded and not self.in_memory):
            return False
        profile_id, set_id = self._info(round_id)

        def write():
            with self._write() as conn:
                qkey = self._qkey(conn, set_id, state.question_id)
                schema.put_memory(conn, profile_id, qkey, state)
                conn.execute("INSERT INTO reviews(profile_id, qkey, round_id, rating, assisted, certainty, "
                             "reviewed_at) VALUES (?, ?, ?, ?, ?, ?, ?)",
                             (profile_id, qkey, round_id, int(rating), 1 if assisted else 0, certainty,
                              state.last_review))
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
        rows = self._read(f"SELECT {ROUND_COLUMNS} FROM rounds WHERE id = ?", (round_id,))
        return round_from_row(rows[0]) if rows else None

    def round_answers(self, round_id: int) -> list[AnswerRecord]:
        rows = self._read(
            "SELECT a.round_id, q.question_id, a.response, a.correct, a.points, a.possible, a.millis, a.answered_at "
            "FROM answers a JOIN questions q ON q.id = a.qkey WHERE a.round_id = ? ORDER BY a.id", (round_id,))
        return [AnswerRecord(r[0], r[1], r[2], bool(r[3]), r[4], r[5], None if r[6] is None else r[6] / 1000, r[7])
                for r in rows]

    def interrupted_rounds(self, profile_id: int | None = None) -> list[RoundRecord]:
        """Rounds left in progress by a crash or a closed window, newest first (not the ones being played
        right now by this store or by another running app window)."""
        sql = f"SELECT {ROUND_COLUMNS} FROM rounds WHERE status = 'in_progress'"
        params: tuple = ()
        if profile_id is not None:
            sql += " AND profile_id = ?"
            params = (profile_id,)
        out = []
        for rec in map(round_from_row, self._read(sql + " ORDER BY started DESC", params)):
            if rec.id in self._active_rounds:
                continue
            if rec.pid and rec.pid != os.getpid() and _pid_alive(rec.pid):
                continue
            out.append(rec)
        return out

    def rebuild_aggregates(self) -> None:
        """Recompute the per-question and per-day aggregates from the answers (after a bulk load)."""

        def write():
            with self._write() as conn:
                schema.rebuild_aggregates(conn)
            return True

        self._guarded(write)


def _check_factor(factor: float) -> None:
    if not 1.0 <= float(factor) <= 4.0:
        raise ValueError("The extra-time factor must be between 1 and 4 (e.g. 1.5 for 50% more time).")

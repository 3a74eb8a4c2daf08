"""The score store: one SQLite file (stdlib sqlite3) in the data dir that loses nothing.

Durability and concurrency
--------------------------
* WAL journal, ``synchronous=NORMAL``, ``foreign_keys=ON``, a 5 s ``busy_timeout``; every write is
  one short ``BEGIN IMMEDIATE`` transaction, so two app windows (two processes) never lose or
  corrupt each other's answers.
* An answer (and a round's start and end) waits at most ``ANSWER_BUSY_TIMEOUT_MS`` (a quarter of a
  second) for another program's write lock: it is given on the GUI thread, and the window must not
  freeze for the whole busy timeout. What cannot be written by then is kept in the pending-writes
  journal (:mod:`quiz_app.scores.pending`) and retried on a timer, with the same short wait, so the
  retry never holds the store's lock (which reads need too) for long either.
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
import io
import json
import os
import threading
import time
from collections.abc import Callable, Iterable, Iterator, Mapping
from pathlib import Path
from typing import Any

from . import pending, recovery, schema
from .memory import MemoryState
from .pending import PendingWrites
from .records import MODES, ROUND_COLUMNS, AnswerRecord, Profile, RoundRecord, StoreError, round_from_row
from .roster import name_key, name_order
from .schema import SCHEMA_VERSION
from .sqlite import sqlite3
from .statistics import StoreStatistics

#: How long an answer's write waits for another program's write lock before it is kept to be retried.
ANSWER_BUSY_TIMEOUT_MS = 250


def _pid_alive(pid: int | None) -> bool:
    """Whether the process that started a round still runs (another app window playing it right now)."""
    return pending.pid_alive(pid)


#: what ``_submit`` returns for an operation kept to be written later (the answer is acknowledged)
_KEPT = object()

# --------------------------------------------------------------------------- the store


class ScoreStore(StoreStatistics):
    """Profiles, rounds, answers, Leitner state and statistics in one SQLite file.

    ``ScoreStore(path)`` opens (creating, migrating or replacing a damaged file as needed) and
    never raises for a bad file or disk: look at ``message`` (shown once, e.g. "the old file was
    damaged and kept as ...") and ``degraded`` / ``warning`` (scores are not being saved).
    ``ScoreStore(None)`` is a store in memory (nothing is saved).
    """

    def __init__(self, path: str | os.PathLike[str] | None, *, check: bool = True,
                 synchronous: str = "NORMAL", busy_timeout_ms: int = 5000,
                 answer_busy_timeout_ms: int = ANSWER_BUSY_TIMEOUT_MS):
        self.path: Path | None = Path(path) if path is not None else None
        self.message: str | None = None
        self._warning: str | None = None
        self._degraded = False
        self.in_memory = path is None
        #: opened read-only (a read-only folder or file): the history is shown, new answers wait
        self.read_only = False
        self._pending = PendingWrites(pending.journal_path(self.path) if self.path is not None else None)
        #: provisional (negative) round ids given while the file could not be written, and their real ids
        self._id_map: dict[int, int] = {}
        self._next_provisional = -1
        self._saving_reason: str | None = None
        self._notices: list[str] = []
        self._listeners: list[Callable[[str], None]] = []
        self._retry_timer: threading.Timer | None = None
        self._closed = False
        self.retry_seconds = 2.0
        self.moved_aside: Path | None = None
        self.backup_path: Path | None = None
        self.last_error: BaseException | None = None
        self._synchronous = synchronous.upper()
        self._busy_ms = busy_timeout_ms
        #: the wait for the write lock of answers, round starts and ends, and their retries
        self._answer_busy_ms = min(answer_busy_timeout_ms, busy_timeout_ms)
        self._lock = threading.RLock()
        self._round_info: dict[int, tuple[int, str]] = {}
        self._qkeys: dict[tuple[str, str], int] = {}
        self._active_rounds: set[int] = set()
        self._conn: sqlite3.Connection = self._open(check)
        self._replay_journal()

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
        empty = recovery.is_zero_length(self.path)
        try:
            conn = self._open_file(check)
            if empty:
                self.message = recovery.EMPTY_FILE_MESSAGE
            return conn
        except recovery.NewerSchema:
            self.warning = recovery.NEWER_FILE_WARNING
        except (sqlite3.DatabaseError, OSError) as exc:
            error: sqlite3.DatabaseError | OSError = exc
            permission = recovery.lacks_permission(self.path)
            if permission is not None or recovery.is_read_only(exc):
                # Not damage: the file is fine but cannot be written (or read) by this user. Show the
                # history read-only when it can be read; never move the file aside.
                conn_ro = self._open_read_only()
                if conn_ro is not None:
                    self.read_only = True
                    self._saving_reason = permission or recovery.plain_reason(exc)
                    return conn_ro
                self.last_error = exc
                self.warning = recovery.permission_warning(self.path, permission or recovery.plain_reason(exc))
                self.degraded = True
                self.in_memory = True
                conn = self._connect(":memory:")
                self._init_schema(conn)
                return conn
            if isinstance(exc, sqlite3.DatabaseError) and recovery.cannot_be_read(exc) and self.path.is_file() \
                    and self._move_aside():
                try:
                    return self._open_file(check)
                except (sqlite3.DatabaseError, OSError) as again:
                    error = again
            self.last_error = error
            self.warning = recovery.unsaved_warning(error)
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

    def _open_read_only(self) -> sqlite3.Connection | None:
        """The file opened for reading only (its history is shown); None when it cannot be read either."""
        assert self.path is not None
        if not self.path.is_file():
            return None
        for query in ("mode=ro", "immutable=1"):  # immutable: a read-only folder where -shm cannot be made
            try:
                conn = sqlite3.connect(f"{self.path.resolve().as_uri()}?{query}", uri=True,
                                       timeout=self._busy_ms / 1000, isolation_level=None, check_same_thread=False)
                conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
                version = conn.execute("PRAGMA user_version").fetchone()[0]
                if version != SCHEMA_VERSION:
                    conn.close()
                    return None
                return conn
            except (sqlite3.Error, OSError):
                continue
        return None

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

    # ---------------------------------------------------------------- saving status

    @property
    def degraded(self) -> bool:
        """Answers are not reaching the score file right now (they wait, or live in memory only)."""
        return self._degraded or self.read_only or bool(self._pending)

    @degraded.setter
    def degraded(self, value: bool) -> None:
        self._degraded = value

    @property
    def warning(self) -> str | None:
        """Why answers are not being saved right now, in plain words (None while they are)."""
        if self._warning is None and (self._pending or self.read_only):
            return recovery.waiting_warning(self._saving_reason, read_only=self.read_only,
                                            journal_ok=self._pending.journal_ok)
        return self._warning

    @warning.setter
    def warning(self, value: str | None) -> None:
        self._warning = value

    @property
    def saving_status(self) -> str:
        """``"saving"`` (every answer is in the file), ``"waiting"`` (answers are kept and retried until the
        file can be written), ``"read-only"`` (the file could only be opened for reading; new answers
        wait) or ``"memory"`` (no file: this session's answers are lost when the app closes)."""
        if self._degraded or (self.in_memory and self.path is not None):
            return "memory"
        if self.read_only:
            return "read-only"
        return "waiting" if self._pending else "saving"

    @property
    def pending_count(self) -> int:
        """Acknowledged writes (answers, round starts and ends) not yet in the file."""
        return len(self._pending)

    def add_saving_listener(self, listener: Callable[[str], None]) -> None:
        """Call ``listener(message)`` when saving stops and when it resumes (from the thread that noticed:
        a GUI must pass it on to its own thread)."""
        self._listeners.append(listener)

    def take_saving_notice(self) -> str:
        """The messages about saving stopping or resuming since the last call, each told once ("" when none)."""
        notices, self._notices = self._notices, []
        return " ".join(notices)

    def _tell(self, message: str) -> None:
        self._notices.append(message)
        for listener in list(self._listeners):
            with contextlib.suppress(Exception):  # a listener's bug must not lose an answer
                listener(message)

    def _submit(self, op: dict[str, Any]) -> Any:
        """Write one acknowledged operation now, or keep it (in order) to be written when the file can be."""
        # While answers wait, a new one joins the queue without waiting for the store's lock: the retry
        # (on the timer's thread) may hold it for a whole busy timeout, and the window must not freeze.
        if self._pending or self.read_only:
            self._keep(op, None)
            return _KEPT
        with self._lock:
            if self._pending or self.read_only:
                self._keep(op, None)
                return _KEPT
            try:
                with self._write(self._answer_busy_ms) as conn:
                    return self._apply(conn, op)
            except sqlite3.IntegrityError:
                raise
            except sqlite3.DatabaseError as exc:
                self._qkeys.clear()  # keys cached inside the transaction that was rolled back
                if self.in_memory:
                    self._degrade(exc)
                    return None
                self._keep(op, exc)
                return _KEPT

    def _keep(self, op: dict[str, Any], exc: BaseException | None) -> None:
        was_saving = not self._pending and not self.read_only
        if exc is not None:
            self.last_error = exc
            self._saving_reason = recovery.plain_reason(exc)
        self._pending.add(op)
        if was_saving:
            self._tell(recovery.stopped_notice(self._saving_reason))
        self._schedule_retry()

    def _schedule_retry(self) -> None:
        if self._closed or (self._retry_timer is not None and self._retry_timer.is_alive()):
            return
        timer = threading.Timer(self.retry_seconds, self._retry_tick)
        timer.daemon = True
        self._retry_timer = timer
        timer.start()

    def _retry_tick(self) -> None:
        self._retry_timer = None
        if self._closed:
            return
        if not self.flush_pending() or self._pending:
            self._schedule_retry()

    def flush_pending(self) -> bool:
        """Try to write every waiting operation now; True when none is left waiting."""
        with self._lock:
            return self._try_flush_locked()

    def _try_flush_locked(self) -> bool:
        if not self._pending and not self.read_only:
            return True
        if self.read_only and not self._reopen_writable():
            return False
        ops = self._pending.snapshot()
        written = 0
        answers = sum(1 for op in ops if op.get("op") == "answer")
        try:
            for op in ops:
                try:
                    with self._write(self._answer_busy_ms) as conn:
                        self._apply(conn, op)
                except sqlite3.IntegrityError as exc:
                    # the round or profile was deleted meanwhile (another window): it can never be written
                    self.last_error = exc
                written += 1
        except sqlite3.DatabaseError as exc:
            self._qkeys.clear()
            self.last_error = exc
            self._saving_reason = recovery.plain_reason(exc)
            self._pending.done(written)
            return False
        self._pending.done(written)
        if self._pending:  # more arrived from another thread meanwhile
            return self._try_flush_locked()
        self._tell(recovery.resumed_notice(answers))
        return True

    def _reopen_writable(self) -> bool:
        """A store opened read-only tries the file for writing again (the folder may be writable now)."""
        try:
            conn = self._open_file(check=False)
        except (sqlite3.DatabaseError, OSError, recovery.NewerSchema):
            return False
        with contextlib.suppress(sqlite3.Error):
            self._conn.close()
        self._conn = conn
        self.read_only = False
        return True

    def _replay_journal(self) -> None:
        """Write what a previous run acknowledged but could not save (its journal), now the file opens."""
        if self.path is None or self.in_memory:
            return
        ops = self._pending.load_journal()
        if not ops:
            return
        provisional = [op["provisional"] for op in ops if isinstance(op.get("provisional"), int)]
        self._next_provisional = min([-1, *provisional]) - 1
        if self.read_only:
            self._schedule_retry()
            return
        with self._lock:
            if not self._try_flush_locked():
                self._tell(recovery.stopped_notice(self._saving_reason))
                self._schedule_retry()

    def _real_round(self, round_id: int) -> int | None:
        """A provisional round id's real one (None while the round is not in the file yet)."""
        if round_id >= 0:
            return round_id
        return self._id_map.get(round_id)

    def _apply(self, conn: sqlite3.Connection, op: dict[str, Any]) -> Any:
        """Carry out one operation inside a write transaction (idempotent: replaying it changes nothing)."""
        kind = op["op"]
        if kind == "start_round":
            values = op["values"]
            profile_id, set_id, started, seed = values[0], values[1], values[7], values[6]
            found = conn.execute("SELECT id FROM rounds WHERE profile_id = ? AND set_id = ? AND started = ? "
                                 "AND seed = ?", (profile_id, set_id, started, seed)).fetchone()
            if found is not None and op.get("replayed"):
                round_id = found[0]
            else:
                round_id = conn.execute(
                    "INSERT INTO rounds(profile_id, set_id, set_title, set_hash, mode, settings, seed, started, "
                    "max_score, status, question_ids, pid) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 'in_progress', ?, ?)",
                    values).lastrowid
            if op.get("provisional") is not None:
                self._id_map[op["provisional"]] = round_id
                self._round_info.setdefault(round_id, (profile_id, set_id))
                self._round_info.setdefault(op["provisional"], (profile_id, set_id))
                if op["provisional"] in self._active_rounds:
                    self._active_rounds.add(round_id)
            return round_id
        round_id = self._real_round(op["round_id"])
        if round_id is None:
            raise sqlite3.IntegrityError("the round of this answer was never saved")
        if kind == "answer":
            return self._write_answer(conn, round_id, op)
        if kind == "finish":
            conn.execute("UPDATE rounds SET status = ?, ended = ?, score = ?, max_score = ? WHERE id = ?",
                         (op["status"], op["ended"], op["score"], op["max_score"], round_id))
            return True
        if kind == "claim":
            conn.execute("UPDATE rounds SET pid = ? WHERE id = ?", (op["pid"], round_id))
            return True
        raise ValueError(f"unknown operation {kind!r}")

    # ---------------------------------------------------------------- plumbing

    @property
    def connection(self) -> sqlite3.Connection:
        """The raw connection, for tools (bulk loads, benchmarks). The app uses the methods."""
        return self._conn

    def close(self) -> None:
        """Close the file (a last try to write what waits; what cannot be written stays in the journal)."""
        self._closed = True
        timer = self._retry_timer
        if timer is not None:
            timer.cancel()
        with contextlib.suppress(Exception):
            self.flush_pending()
        with self._lock:
            with contextlib.suppress(sqlite3.Error):
                self._conn.execute("PRAGMA optimize")
            self._conn.close()

    def __enter__(self) -> ScoreStore:
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    @contextlib.contextmanager
    def _write(self, busy_ms: int | None = None) -> Iterator[sqlite3.Connection]:
        """One write transaction; ``busy_ms``: wait this long (not the busy timeout) for the write lock."""
        with self._lock:
            short = busy_ms is not None and busy_ms != self._busy_ms
            if short:
                self._conn.execute(f"PRAGMA busy_timeout = {int(busy_ms or 0)}")
            try:
                self._conn.execute("BEGIN IMMEDIATE")
                try:
                    yield self._conn
                    self._conn.execute("COMMIT")
                except BaseException:
                    # a COMMIT that failed (busy) leaves the transaction open: the next BEGIN would fail
                    if self._conn.in_transaction:
                        self._conn.execute("ROLLBACK")
                    raise
            finally:
                if short:
                    self._conn.execute(f"PRAGMA busy_timeout = {int(self._busy_ms)}")

    def _guarded(self, fn, default=None):
        """Run a write that is not an answer (a profile, a set's topics): a disk problem gives ``default``
        and its reason (:meth:`write_problem`) instead of raising, and never stops later answers."""
        if self.read_only:
            return default
        try:
            return fn()
        except sqlite3.IntegrityError:
            raise
        except sqlite3.DatabaseError as exc:
            with contextlib.suppress(sqlite3.Error):
                if self._conn.in_transaction:
                    self._conn.execute("ROLLBACK")
            self._qkeys.clear()
            if self.in_memory:
                self._degrade(exc)
            else:
                self.last_error = exc
            return default

    def write_problem(self) -> str:
        """Why the last write that is not an answer failed, in plain words."""
        if self.warning:
            return self.warning
        if self.last_error is not None:
            return recovery.unsaved_warning(self.last_error).split(" You can go on")[0]
        return "Your scores cannot be saved right now."

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
            raise StoreError(self.write_problem())
        return Profile(pid, name, float(extra_time_factor), now)

    def profiles(self) -> list[Profile]:
        rows = [Profile(*r) for r in self._read("SELECT id, name, extra_time_factor, created FROM profiles")]
        return sorted(rows, key=lambda p: name_order(p.name))

    def profile(self, profile_id: int) -> Profile | None:
        rows = self._read("SELECT id, name, extra_time_factor, created FROM profiles WHERE id = ?", (profile_id,))
        return Profile(*rows[0]) if rows else None

    def profile_by_name(self, name: str) -> Profile | None:
        """The student of that name, the case and accents of its letters set aside ("ÉMILE" finds "Émile")."""
        wanted = name_key(name)
        return next((p for p in self.profiles() if name_key(p.name) == wanted), None)

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
        same = self.profile_by_name(new_name)
        if same is not None and same.id != profile_id:
            raise ValueError(f"There is already a profile called {new_name!r}.")

        def write():
            with self._write() as conn:
                conn.execute("UPDATE profiles SET name = ?, extra_time_factor = ? WHERE id = ?",
                             (new_name, factor, profile_id))
            return True

        try:
            if not self._guarded(write, False):
                raise StoreError(self.write_problem())
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
            raise StoreError(self.write_problem())
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

        values = [profile_id, set_id, set_title, set_hash, mode, settings_json, seed, started, max_score, ids,
                  os.getpid()]
        # The provisional id is given up front: should the write fail, the round waits under it (the
        # journal line carries it), and its answers refer to it until the round is in the file.
        provisional = self._new_provisional()
        result = self._submit({"op": "start_round", "provisional": provisional, "values": values})
        round_id = provisional if result is _KEPT else result
        if round_id is not None:
            self._round_info[round_id] = (profile_id, set_id)
            self._active_rounds.add(round_id)
        return round_id

    def _new_provisional(self) -> int:
        provisional = self._next_provisional
        self._next_provisional -= 1
        return provisional

    def claim_round(self, round_id: int) -> bool:
        """Mark an interrupted round as being played by this process again (on resume)."""
        ok = self._submit({"op": "claim", "round_id": round_id, "pid": os.getpid()}) is not None
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
        if round_id is None:
            return False
        profile_id, set_id = self._info(round_id)
        at = int(time.time() if answered_at is None else answered_at)
        op = {"op": "answer", "round_id": round_id, "profile_id": profile_id, "set_id": set_id,
              "question_id": question_id, "response": response_json, "correct": 1 if correct else 0,
              "points": points, "possible": possible,
              "millis": None if seconds is None else int(round(seconds * 1000)), "at": at,
              "leitner": list(leitner) if leitner is not None else None}
        try:
            return bool(self._submit(op))
        except sqlite3.IntegrityError:  # the round or profile was deleted meanwhile (another window)
            return False

    def _write_answer(self, conn: sqlite3.Connection, round_id: int, op: dict[str, Any]) -> bool:
        profile_id, set_id, c, points, possible, at = (op["profile_id"], op["set_id"], op["correct"], op["points"],
                                                      op["possible"], op["at"])
        day = schema.practice_day(at)
        qkey = self._qkey(conn, set_id, op["question_id"])
        cur = conn.execute(
            "INSERT INTO answers(round_id, qkey, response, correct, points, possible, millis, answered_at) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT(round_id, qkey) DO NOTHING",
            (round_id, qkey, op["response"], c, points, possible, op["millis"], at))
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
        if op["leitner"] is not None:
            box, due_day = op["leitner"]
            conn.execute(
                "INSERT INTO leitner VALUES (?, ?, ?, ?, ?) ON CONFLICT(profile_id, qkey) DO UPDATE "
                "SET box = excluded.box, due_day = excluded.due_day, reviewed_at = excluded.reviewed_at",
                (profile_id, qkey, box, due_day, at))
        return True

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

        self._active_rounds.discard(round_id)
        return self._submit({"op": "finish", "round_id": round_id, "status": status, "ended": ended,
                             "score": score, "max_score": max_score}) is not None

    def abandon_round(self, round_id: int) -> bool:
        """Give up an interrupted round: it keeps its answers and the points they earned."""
        rows = self._read("SELECT coalesce(sum(points), 0) FROM answers WHERE round_id = ?", (round_id,))
        record = self.round_record(round_id)
        max_score = record.max_score if record is not None and record.max_score is not None else 0.0
        return self.finish_round(round_id, max(0.0, rows[0][0] if rows else 0.0), max_score, status="abandoned")

    def round_record(self, round_id: int) -> RoundRecord | None:
        real = self._real_round(round_id)
        if real is None:
            return None
        round_id = real
        rows = self._read(f"SELECT {ROUND_COLUMNS} FROM rounds WHERE id = ?", (round_id,))
        return round_from_row(rows[0]) if rows else None

    def round_answers(self, round_id: int) -> list[AnswerRecord]:
        real = self._real_round(round_id)
        if real is None:
            return []
        round_id = real
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

    def unfinished_rounds(self, profile_id: int) -> int:
        """How many rounds of the student are in progress in the file, whoever plays them (this window's own
        round too, which a later start offers to continue): the start facts are not kept beside one."""
        return int(self._read("SELECT count(*) FROM rounds WHERE status = 'in_progress' AND profile_id = ?",
                              (profile_id,))[0][0])

    # ---------------------------------------------------------------- CSV exports (quiz_app.scores.exports)

    def export_answers_csv(self, dest: str | os.PathLike[str] | io.TextIOBase, *, profile_id: int | None = None,
                           set_id: str | None = None, question_sets: Mapping[str, Any] | None = None) -> int:
        """One row per answer: profile, set, round, mode, question, given, correct, points, possible, seconds,
        answered_at. With ``question_sets`` (set id -> QuestionSet) "given" is written out in words
        (the chosen choice's text...); otherwise it is the stored JSON. Returns the number of rows."""
        from .exports import CsvExports  # with the first export: the store opens at start-up without it

        return CsvExports(self._read).export_answers_csv(dest, profile_id=profile_id, set_id=set_id,
                                                         question_sets=question_sets)

    def export_rounds_csv(self, dest: str | os.PathLike[str] | io.TextIOBase, *, profile_id: int | None = None,
                          set_id: str | None = None) -> int:
        """One row per round: profile, set, set title, round, mode, status, started, ended, score, max, percent,
        passed, answered, correct. Returns the number of rows."""
        from .exports import CsvExports

        return CsvExports(self._read).export_rounds_csv(dest, profile_id=profile_id, set_id=set_id)

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

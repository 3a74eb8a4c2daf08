"""Answers the score file could not take yet: kept in order, in memory and in a journal beside it, until
they are written.

A write can fail for a moment (another program holds the write lock, the disk is full, the folder
turned read-only). The store then keeps each round start, answer and round end it acknowledged as
one operation here, appends it to ``scores.sqlite3.pending`` (one JSON object a line, flushed to the
disk), and retries on the next write and on a timer until the fault clears. A start after a crash
replays the journal. Replaying is idempotent: an answer already in the file is not added twice
(``ON CONFLICT DO NOTHING``), and a round start finds the round it already created.

A torn last line (the app killed in the middle of an append) is ignored; every line before it is
replayed.

Each running app keeps its own journal (``scores.sqlite3.pending-<pid>``): two windows on one data dir
never rewrite each other's waiting answers. At start, a window takes over the journals of windows that
no longer run (and the old single ``scores.sqlite3.pending``): it copies their lines into its own journal
first, and only then removes theirs, so a crash in between loses nothing (a line copied twice is
replayed twice, which adds nothing).
"""

from __future__ import annotations

import json
import os
import sys
import threading
import time
from pathlib import Path
from typing import Any

JOURNAL_SUFFIX = ".pending"
#: where a process cannot be asked whether it still runs (Windows), another window's journal is taken
#: over only when it has not changed for this long
STALE_JOURNAL_SECONDS = 3600


def journal_path(db_path: Path, pid: int | None = None) -> Path:
    """This process's journal beside the score file (``pid``: another process's)."""
    return db_path.with_name(f"{db_path.name}{JOURNAL_SUFFIX}-{os.getpid() if pid is None else pid}")


def pid_alive(pid: int | None) -> bool:
    """Whether a process still runs (another app window); False where that cannot be asked (Windows)."""
    if not pid or pid <= 0:
        return False
    if sys.platform.startswith("win"):  # os.kill(pid, 0) would send CTRL_C
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


def _orphaned(path: Path, db_name: str) -> bool:
    """A journal left by a window that no longer runs (or by an older version: no pid in its name)."""
    rest = path.name[len(db_name) + len(JOURNAL_SUFFIX):]
    if rest == "":
        return True
    if not rest.startswith("-") or not rest[1:].isdigit():
        return False  # not ours (e.g. an atomic write's temporary)
    pid = int(rest[1:])
    if pid == os.getpid():
        return False
    if sys.platform.startswith("win"):
        try:
            return time.time() - path.stat().st_mtime > STALE_JOURNAL_SECONDS
        except OSError:
            return False
    return not pid_alive(pid)


class PendingWrites:
    """Operations (plain dicts) waiting to be written, oldest first, mirrored in a journal file."""

    def __init__(self, journal: Path | None):
        self.journal = journal
        self._ops: list[dict[str, Any]] = []
        self._lock = threading.Lock()
        #: False when the journal itself could not be written (a full or read-only disk): the waiting
        #: answers are then in memory only, and lost if the app is killed before the fault clears
        self.journal_ok = True

    def __len__(self) -> int:
        with self._lock:
            return len(self._ops)

    def __bool__(self) -> bool:
        return len(self) > 0

    def snapshot(self) -> list[dict[str, Any]]:
        with self._lock:
            return list(self._ops)

    def add(self, op: dict[str, Any]) -> None:
        # every operation that waits may be written twice (a kill between its commit and the journal's
        # rewrite): a round start then finds the round it made instead of making another
        op["replayed"] = True
        with self._lock:
            self._ops.append(op)
            self._append(op)

    def load_journal(self) -> list[dict[str, Any]]:
        """The operations earlier runs left in their journals (they become pending again, in this
        process's journal, before the old journals are removed)."""
        if self.journal is None:
            return []
        db_name = self.journal.name[: self.journal.name.rindex(JOURNAL_SUFFIX)]
        try:
            found = sorted(p for p in self.journal.parent.glob(f"{db_name}{JOURNAL_SUFFIX}*")
                           if p != self.journal and _orphaned(p, db_name))
        except OSError:
            return []
        ops: list[dict[str, Any]] = []
        for path in found:
            adopted = _read_ops(path)
            with self._lock:
                for op in adopted:
                    self._append(op)
                if not self.journal_ok:
                    ops += adopted  # kept in memory; the old journal stays until they are written
                    continue
            ops += adopted
            try:
                path.unlink()
            except OSError:
                pass  # replaying its lines again later adds nothing
        with self._lock:
            self._ops = ops + self._ops
        return ops

    def done(self, count: int) -> None:
        """The first ``count`` operations are in the database: forget them (and rewrite the journal)."""
        with self._lock:
            del self._ops[:count]
            self._rewrite()

    # ------------------------------------------------------------------ the file
    def _append(self, op: dict[str, Any]) -> None:
        if self.journal is None:
            return
        line = (json.dumps(op, separators=(",", ":"), ensure_ascii=False) + "\n").encode("utf-8", "surrogatepass")
        try:
            fd = os.open(self.journal, os.O_WRONLY | os.O_CREAT | os.O_APPEND, 0o600)
            try:
                os.write(fd, line)
                os.fsync(fd)
            finally:
                os.close(fd)
        except OSError:
            self.journal_ok = False
        else:
            self.journal_ok = True

    def _rewrite(self) -> None:
        if self.journal is None:
            return
        try:
            if not self._ops:
                self.journal.unlink(missing_ok=True)
                return
            from question_bank.atomic import atomic_write

            atomic_write(self.journal, "".join(json.dumps(op, separators=(",", ":"), ensure_ascii=False) + "\n"
                                               for op in self._ops))
        except OSError:
            pass  # the journal keeps a few extra lines; replaying them again changes nothing


def _read_ops(path: Path) -> list[dict[str, Any]]:
    try:
        data = path.read_bytes()
    except OSError:
        return []
    ops = []
    for line in data.splitlines():
        try:
            op = json.loads(line)
        except ValueError:
            continue  # a line torn by a kill in the middle of an append
        if isinstance(op, dict) and isinstance(op.get("op"), str):
            ops.append(op)
    return ops

"""When the score file is damaged, unwritable, older or newer: what that means in plain words, and the
copies kept so that nothing a student did is ever deleted.

:class:`~quiz_app.scores.ScoreStore` decides when to use these while it opens the file; they only
classify errors, name files and move or copy them.
"""

from __future__ import annotations

import os
import time
from pathlib import Path

from .sqlite import sqlite3

_CORRUPT = {"SQLITE_CORRUPT", "SQLITE_NOTADB", "SQLITE_CORRUPT_VTAB", "SQLITE_CORRUPT_SEQUENCE",
            "SQLITE_CORRUPT_INDEX"}

NEWER_FILE_WARNING = ("This score file was written by a newer version of History Quiz, so this version "
                      "leaves it untouched. Scores from this session are kept only until you close the app.")


class NewerSchema(Exception):
    """The file was written by a newer version of the app (its schema is unknown here)."""


def error_name(exc: BaseException) -> str:
    return getattr(exc, "sqlite_errorname", "") or ""


def is_corrupt(exc: BaseException) -> bool:
    name = error_name(exc)
    if name:
        return name in _CORRUPT
    text = str(exc).lower()
    return "malformed" in text or "not a database" in text


def cannot_be_read(exc: BaseException) -> bool:
    """Damaged, or not a score file at all: worth keeping aside and starting a fresh file."""
    return is_corrupt(exc) or error_name(exc) == "SQLITE_CANTOPEN" or "unable to open" in str(exc).lower()


def plain_reason(exc: BaseException) -> str:
    name = error_name(exc)
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


def unsaved_warning(exc: BaseException) -> str:
    """What a student reads when the store goes on in memory."""
    return (f"Your scores cannot be saved: {plain_reason(exc)}. You can go on playing; this session's "
            "answers are kept only until you close the app.")


EMPTY_FILE_MESSAGE = ("Your score file was empty (0 bytes), so no earlier results could be shown; a new score "
                      "file was started in its place. If you had results, a copy of the data folder from "
                      "before may hold them.")


def is_zero_length(path: Path) -> bool:
    try:
        return path.is_file() and path.stat().st_size == 0
    except OSError:
        return False


def lacks_permission(path: Path) -> str | None:
    """Plain words when this user may not read or write the score file or its folder (not damage)."""
    try:
        if path.exists():
            if not os.access(path, os.R_OK):
                return "you do not have permission to read the score file"
            if not os.access(path, os.W_OK):
                return "the score file is read-only for you"
        folder = path.parent
        if folder.exists() and not os.access(folder, os.W_OK | os.X_OK):
            return "the folder of the score file is read-only for you"
    except OSError:
        return None
    return None


def is_read_only(exc: BaseException) -> bool:
    name = error_name(exc)
    text = str(exc).lower()
    return (name.startswith("SQLITE_READONLY") or "readonly" in text or "read-only" in text
            or isinstance(exc, PermissionError))


def permission_warning(path: Path, reason: str) -> str:
    return (f"Your score file {path} cannot be opened: {reason}. It was left as it is (it is not damaged). "
            "You can go on playing; this session's answers are kept only until you close the app. "
            "Ask your school's IT support to give you access to that folder.")


def waiting_warning(reason: str | None, *, read_only: bool, journal_ok: bool) -> str:
    """What a student reads while answers wait to be written."""
    why = reason or "the score file cannot be written"
    if read_only:
        head = f"Your earlier results are shown, but new answers cannot be saved yet: {why}."
    else:
        head = f"Your answers are not being saved right now: {why}."
    if journal_ok:
        return head + " They are kept and will be saved as soon as it works again, even if you close the app."
    return head + " They are kept and will be saved as soon as it works again; please keep the app open."


def stopped_notice(reason: str | None) -> str:
    return (f"Saving stopped: {reason or 'the score file cannot be written'}. Your answers are kept and "
            "will be saved when it works again.")


def resumed_notice(count: int) -> str:
    waiting = (f" The {count} answer{'s' if count != 1 else ''} that waited {'are' if count != 1 else 'is'} saved."
               if count else "")
    return "Saving works again." + waiting


def damaged_message(kept: Path) -> str:
    return (f"Your score file could not be read; it seems to be damaged. It was kept, not deleted, "
            f"as \"{kept.name}\" in {kept.parent}, and a new, empty score file was started. "
            "Earlier results are not shown; a teacher may be able to recover them from the kept file.")


def free_name(path: Path) -> Path:
    """``path``, or ``path-2``, ``path-3``... whichever does not exist yet (a copy never overwrites a copy)."""
    candidate, n = path, 1
    while candidate.exists():
        n += 1
        candidate = path.with_name(f"{path.name}-{n}")
    return candidate


def _stamp() -> str:
    return time.strftime("%Y%m%d-%H%M%S")  # local time now, as datetime.now().strftime gave it


def move_aside(path: Path) -> Path | None:
    """Rename a damaged file (with its ``-wal`` and ``-shm``) to ``NAME.corrupt-<timestamp>``; the new name,
    or None when it cannot be moved."""
    target = free_name(path.with_name(f"{path.name}.corrupt-{_stamp()}"))
    try:
        os.replace(path, target)
        for suffix in ("-wal", "-shm"):
            side = path.with_name(path.name + suffix)
            if side.exists():
                os.replace(side, target.with_name(target.name + suffix))
    except OSError:
        return None
    return target


def copy_before_migrating(path: Path, version: int, timeout: float) -> Path:
    """A copy of the file as it is before migrating, ``NAME.v<version>-<timestamp>.bak``.

    Called while the caller holds the write lock; the copy is taken from a second connection, because a
    connection inside a write transaction cannot be a backup source, while in WAL mode a reader sees the
    committed, pre-migration state next to the write lock.
    """
    backup = free_name(path.with_name(f"{path.name}.v{version}-{_stamp()}.bak"))
    source = sqlite3.connect(str(path), timeout=timeout)
    target = sqlite3.connect(str(backup))
    try:
        source.backup(target)
    finally:
        target.close()
        source.close()
    return backup

"""The one atomic file writer: a file is either its old content or its new content, never half of each.

The new content goes to a temporary file in the same folder as the file it replaces, is flushed to the
disk (fsync), and only then takes the file's name with one ``os.replace``; the folder is synced so the
rename itself survives a power cut. On any failure (a full disk, a read-only folder, an exception in the
code producing the content, Ctrl+C) the temporary file is removed and the old file is untouched.

* The replaced file's permission bits are kept (a new file gets the usual ones, from the umask).
* A symlink stays a symlink: its target is what gets replaced.

It lives in ``question_bank`` (not ``quiz_app``) because the exporters in ``question_bank.formats``
write files too, and ``question_bank`` never imports from ``quiz_app``.
"""

from __future__ import annotations

import os
import shutil
import stat
import tempfile
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import IO, Any


def _target(path: str | os.PathLike[str]) -> Path:
    """The real file to replace: a symlink's target (followed all the way), else the path itself."""
    path = Path(path)
    if path.is_symlink():
        return Path(os.path.realpath(path))
    return path


def _temp_prefix(target: Path) -> str:
    """``.NAME.<pid>.``: the process id tells a temporary left by a killed save from one being written."""
    return f".{target.name}.{os.getpid()}."


#: a temporary file of a live process older than this is left over too (no save takes an hour)
STALE_AFTER_SECONDS = 3600


def remove_stale_temporaries(path: str | os.PathLike[str]) -> list[Path]:
    """Delete the temporary files a save killed before its rename left next to ``path`` (``.NAME.*.tmp``
    whose process is gone, or older than an hour); the files removed. Never raises."""
    target = Path(path)
    folder = target.parent if str(target.parent) else Path(".")
    prefix = f".{target.name}."
    removed: list[Path] = []
    try:
        entries = list(os.scandir(folder))
    except OSError:
        return removed
    now = time.time()
    for entry in entries:
        name = entry.name
        if not (name.startswith(prefix) and name.endswith(".tmp")):
            continue
        middle = name[len(prefix):-len(".tmp")]
        pid_text = middle.split(".", 1)[0]
        try:
            info = entry.stat(follow_symlinks=False)
        except OSError:
            continue
        if not stat.S_ISREG(info.st_mode):
            continue
        alive = pid_text.isdigit() and _process_alive(int(pid_text))
        if alive and now - info.st_mtime < STALE_AFTER_SECONDS:
            continue  # another window (or thread) is saving this file right now
        try:
            os.unlink(entry.path)
            removed.append(Path(entry.path))
        except OSError:
            pass
    return removed


def _process_alive(pid: int) -> bool:
    if pid == os.getpid():
        return True
    if pid <= 0 or os.name == "nt":
        return pid > 0  # cannot ask cheaply on Windows: trust the age limit
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except OSError:
        return True
    return True


def _mode_for(target: Path) -> int:
    try:
        return target.stat().st_mode & 0o7777
    except OSError:
        umask = os.umask(0)
        os.umask(umask)
        return 0o666 & ~umask


@contextmanager
def atomic_path(path: str | os.PathLike[str], *, backup: bool = False) -> Iterator[Path]:
    """A temporary path next to ``path`` to write to (for libraries that want a file name: openpyxl,
    genanki, QPdfWriter); when the block ends without an exception it replaces ``path`` atomically.

    With ``backup``, the content being replaced is first kept as ``NAME.bak`` (itself written atomically).
    """
    target = _target(path)
    folder = target.parent if str(target.parent) else Path(".")
    mode = _mode_for(target)
    remove_stale_temporaries(target)
    fd, tmp_name = tempfile.mkstemp(prefix=_temp_prefix(target), suffix=".tmp", dir=folder)
    os.close(fd)
    tmp = Path(tmp_name)
    try:
        yield tmp
        _fsync_file(tmp)
        os.chmod(tmp, mode)
        if backup and target.exists():
            _keep_backup(target)
        os.replace(tmp, target)
        _sync_folder(folder)
    except BaseException:
        try:
            tmp.unlink()
        except OSError:
            pass
        raise


@contextmanager
def atomic_open(path: str | os.PathLike[str], mode: str = "w", *, encoding: str | None = "utf-8",
                newline: str | None = None, backup: bool = False) -> Iterator[IO[Any]]:
    """``open()`` for writing, atomically: the file takes its name only when the block ends cleanly."""
    if "b" in mode:
        encoding = None
    with atomic_path(path, backup=backup) as tmp:
        with open(tmp, mode, encoding=encoding, newline=newline) as fh:
            yield fh


def atomic_write(path: str | os.PathLike[str], data: bytes | str, *, encoding: str = "utf-8",
                 backup: bool = False) -> Path:
    """Write ``data`` (text is encoded with ``encoding``) to ``path`` atomically; returns the file written."""
    payload = data.encode(encoding) if isinstance(data, str) else data
    with atomic_path(path, backup=backup) as tmp:
        tmp.write_bytes(payload)
    return _target(path)


def atomic_write_with(path: str | os.PathLike[str], write: Callable[[Path], object], *, backup: bool = False) -> Path:
    """Call ``write(tmp_path)`` and let the result take ``path``'s place atomically."""
    with atomic_path(path, backup=backup) as tmp:
        write(tmp)
    return _target(path)


def backup_path(path: str | os.PathLike[str]) -> Path:
    path = Path(path)
    return path.with_name(path.name + ".bak")


def _keep_backup(target: Path) -> None:
    bak = backup_path(target)
    fd, tmp = tempfile.mkstemp(prefix=f".{bak.name}.", suffix=".tmp", dir=target.parent)
    os.close(fd)
    try:
        shutil.copy2(target, tmp)
        os.replace(tmp, bak)
    except BaseException:
        try:
            os.unlink(tmp)
        except OSError:
            pass
        raise


def _fsync_file(path: Path) -> None:
    """Flush the new content to the disk; a full disk may only say so here, so the error goes up."""
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _sync_folder(folder: Path) -> None:
    """Make the rename itself durable (POSIX); harmless where folders cannot be opened (Windows)."""
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)

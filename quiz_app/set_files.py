"""Writing a question set file safely, and reading a source text a teacher brings. Plain Python, no Qt.

A save never leaves a half-written set behind: the new content goes to a temporary file in the
same folder, is flushed to the disk (fsync), and only then takes the set's name with one atomic
``os.replace``. The version it replaces is kept next to it as ``NAME.json.bak``. When anything
fails (a full disk, a read-only folder, no permission) the old file is left as it was and the
error says so in plain words.
"""

from __future__ import annotations

import errno
import json
import os
import re
import shutil
import tempfile
import unicodedata
from pathlib import Path
from typing import Any

#: A source text larger than this is almost certainly the wrong file (a book is about 1 MB).
MAX_SOURCE_BYTES = 5 * 1024 * 1024
SOURCE_SUFFIXES = (".txt", ".md")


class SetSaveError(OSError):
    """A set could not be saved. ``str(error)`` is the message for the teacher; the old file is intact."""

    def __init__(self, message: str, errno_: int | None = None):
        super().__init__(errno_ or 0, message)
        self.message = message

    def __str__(self) -> str:
        return self.message


class SourceTextError(ValueError):
    """A source text file cannot be used; ``str(error)`` says why in plain words."""


def set_json(data: Any) -> str:
    """The text of a set file: UTF-8 JSON, two-space indent, non-ASCII kept readable."""
    return json.dumps(data, ensure_ascii=False, indent=2) + "\n"


def backup_path(path: str | os.PathLike[str]) -> Path:
    path = Path(path)
    return path.with_name(path.name + ".bak")


def save_set_file(path: str | os.PathLike[str], data: Any) -> Path:
    """Write ``data`` (a set as JSON-ready dicts) to ``path`` atomically; return the path written.

    The previous content, if any, is kept as ``path + ".bak"``. Raises :class:`SetSaveError`
    (an ``OSError``) with a plain-words message; the file at ``path`` is then unchanged.
    """
    path = Path(path)
    payload = set_json(data).encode("utf-8")
    folder = path.parent if str(path.parent) else Path(".")
    tmp_name = None
    try:
        fd, tmp_name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=folder)
        with os.fdopen(fd, "wb") as handle:
            handle.write(payload)
            handle.flush()
            os.fsync(handle.fileno())
        if path.exists():
            _keep_backup(path)
        os.replace(tmp_name, path)
        tmp_name = None
        _sync_folder(folder)
    except OSError as exc:
        raise SetSaveError(_save_message(path, exc), exc.errno) from exc
    finally:
        if tmp_name is not None:
            try:
                os.unlink(tmp_name)
            except OSError:
                pass
    return path


def _keep_backup(path: Path) -> None:
    """Copy the current file to NAME.bak (itself atomically, so a crash never leaves a torn backup)."""
    bak = backup_path(path)
    fd, tmp = tempfile.mkstemp(prefix=f".{bak.name}.", suffix=".tmp", dir=path.parent)
    os.close(fd)
    try:
        shutil.copy2(path, tmp)
        os.replace(tmp, bak)
    except OSError:
        try:
            os.unlink(tmp)
        except OSError:
            pass
        raise


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


def _save_message(path: Path, exc: OSError) -> str:
    kept = "The previous version of the file is unchanged." if path.exists() else "Nothing was written."
    code = exc.errno
    if code in (errno.ENOSPC, getattr(errno, "EDQUOT", -1)):
        why = "the disk is full"
        todo = "Free some space, or save the set somewhere else with “Save as…”."
    elif code == errno.EROFS:
        why = "the disk or folder is read-only"
        todo = "Save the set somewhere else with “Save as…”."
    elif code in (errno.EACCES, errno.EPERM):
        why = "you do not have permission to write in this folder"
        todo = "Save the set somewhere else with “Save as…”, for example in your Documents folder."
    elif code == errno.ENOENT:
        why = "the folder does not exist any more"
        todo = "Save the set somewhere else with “Save as…”."
    elif code == errno.ENAMETOOLONG:
        why = "the file name is too long"
        todo = "Choose a shorter name with “Save as…”."
    else:
        why = exc.strerror or str(exc) or type(exc).__name__
        todo = "Try again, or save the set somewhere else with “Save as…”."
    return f"The set could not be saved to {path}: {why}. {kept} {todo}"


# --------------------------------------------------------------------------- source texts


def read_source_text(path: str | os.PathLike[str]) -> str:
    """The text of a .txt or .md file (UTF-8, with or without BOM), line breaks made uniform.

    Raises :class:`SourceTextError` with a plain-words message for anything else.
    """
    path = Path(path)
    if path.suffix.lower() not in SOURCE_SUFFIXES:
        raise SourceTextError(f"“{path.name}” is not a text file: choose a .txt or .md file "
                              "(in a word processor, use “Save as… Plain text (UTF-8)”).")
    try:
        if path.stat().st_size > MAX_SOURCE_BYTES:
            raise SourceTextError(f"“{path.name}” is too large for a source text (over "
                                  f"{MAX_SOURCE_BYTES // 1024 // 1024} MB); check that it is the right file.")
        data = path.read_bytes()
    except FileNotFoundError as exc:
        raise SourceTextError(f"“{path}” does not exist.") from exc
    except IsADirectoryError as exc:
        raise SourceTextError(f"“{path}” is a folder, not a text file.") from exc
    except OSError as exc:
        raise SourceTextError(f"“{path.name}” cannot be read: {exc.strerror or exc}.") from exc
    return decode_source_text(data, path.name)


def decode_source_text(data: bytes, name: str = "the text") -> str:
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        raise SourceTextError(f"“{name}” is saved as UTF-16, not UTF-8. Open it in a text editor and save it "
                              "again with the encoding UTF-8.")
    if data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]
    if b"\0" in data[:4096]:
        raise SourceTextError(f"“{name}” is not plain text (it looks like a binary file, such as a .docx or .pdf). "
                              "Save it as plain text (UTF-8) first.")
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        line = data.count(b"\n", 0, exc.start) + 1
        raise SourceTextError(f"“{name}” is not UTF-8 text (an unexpected byte on line {line}). Open it in a text "
                              "editor and save it again with the encoding UTF-8.") from exc
    text = clean_source_text(text)
    if not text.strip():
        raise SourceTextError(f"“{name}” is empty: there is no text to ask questions about.")
    return text


def clean_source_text(text: str) -> str:
    """Uniform line breaks and no trailing blank space: what the set stores and quotes are taken from."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    text = "\n".join(line.rstrip() for line in text.split("\n"))
    return text.strip("\n")


def slug(text: str, fallback: str = "set") -> str:
    """A short id made of lower-case ASCII letters, digits and hyphens."""
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii")
    out = re.sub(r"[^a-z0-9]+", "-", ascii_text.lower()).strip("-")
    return out[:60].rstrip("-") or fallback


def free_file_name(folder: str | os.PathLike[str], stem: str, suffix: str = ".json") -> Path:
    """``folder/stem.json``, or ``stem-2.json``, ``stem-3.json``… when that name is taken."""
    folder = Path(folder)
    candidate = folder / f"{stem}{suffix}"
    n = 1
    while candidate.exists():
        n += 1
        candidate = folder / f"{stem}-{n}{suffix}"
    return candidate

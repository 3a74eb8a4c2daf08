"""Writing a question set file safely, and reading a source text a teacher brings. Plain Python, no Qt.

A save never leaves a half-written set behind: it goes through ``question_bank.atomic`` (a temporary
file in the same folder, fsynced, then one atomic ``os.replace``), and the version it replaces is kept
next to it as ``NAME.json.bak``. When anything fails (a full disk, a read-only folder, no permission)
the old file is left as it was and the error says so in plain words.

A source text is read through ``question_bank.textfiles``, the one reader of a teacher's file: the same
size limit and encodings as every other file (UTF-8, UTF-16/32 with a mark; any other text is read as
Windows-1252 and the result carries a warning the editor shows).
"""

from __future__ import annotations

import errno
import json
import os
import re
import unicodedata
from pathlib import Path
from typing import Any

from question_bank import textfiles
from question_bank.atomic import atomic_write, backup_path
from question_bank.textfiles import TextFile, TextFileError

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


def save_set_file(path: str | os.PathLike[str], data: Any) -> Path:
    """Write ``data`` (a set as JSON-ready dicts) to ``path`` atomically; return the path written.

    The previous content, if any, is kept as ``path + ".bak"``. Raises :class:`SetSaveError`
    (an ``OSError``) with a plain-words message; the file at ``path`` is then unchanged.
    """
    path = Path(path)
    try:
        atomic_write(path, set_json(data), backup=True)
    except OSError as exc:
        raise SetSaveError(_save_message(path, exc), exc.errno) from exc
    return path


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


def read_source_text(path: str | os.PathLike[str]) -> TextFile:
    """The text of a .txt or .md file, line breaks made uniform, and how it was read (``warning`` is set
    when the file was not UTF-8 and was read as Windows-1252: the teacher should check its accents).

    Raises :class:`SourceTextError` with a plain-words message naming the file for anything else.
    """
    path = Path(path)
    if path.suffix.lower() not in SOURCE_SUFFIXES:
        raise SourceTextError(f"“{path.name}” is not a text file: choose a .txt or .md file "
                              "(in a word processor, use “Save as… Plain text (UTF-8)”).")
    try:
        data = textfiles.read_bytes(path, MAX_SOURCE_BYTES, "source text")
    except TextFileError as exc:
        raise _source_error(path.name, exc) from None
    return decode_source_text(data, path.name)


def decode_source_text(data: bytes, name: str = "the text") -> TextFile:
    """:func:`read_source_text` for bytes already read (``name`` is the file's name, for the messages)."""
    try:
        read = textfiles.decode(data, name)
    except TextFileError as exc:
        raise _source_error(name, exc) from None
    text = clean_source_text(read.text)
    if not text.strip():  # blank once its marks and trailing spaces are gone
        raise SourceTextError(f"“{name}” is empty: there is no text to ask questions about.")
    warning = f"“{name}”: {read.warning}. {read.warning_hint}".strip() if read.warning else ""
    return TextFile(text, read.encoding, warning, read.warning_line, read.warning_hint)


def _source_error(name: str, exc: TextFileError) -> SourceTextError:
    if exc.reason == "the file is empty":
        return SourceTextError(f"“{name}” is empty: there is no text to ask questions about.")
    return SourceTextError(f"“{name}” cannot be used as a source text: {exc.reason}."
                           + (f" {exc.hint}" if exc.hint else ""))


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


__all__ = [
    "MAX_SOURCE_BYTES", "SOURCE_SUFFIXES", "SetSaveError", "SourceTextError", "backup_path", "clean_source_text",
    "decode_source_text", "free_file_name", "read_source_text", "save_set_file", "set_json", "slug",
]

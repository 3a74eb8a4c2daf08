"""The one way to read a teacher's file: a size limit checked before reading, one encoding policy, clear errors.

Every file a teacher or student brings (a question set, a source text, a GIFT/Aiken/CSV/XML import, a
class's results CSV) is read through here, so all of them accept the same encodings and say the same
things about the ones they cannot read.

The policy, in this order:

1. A file larger than the caller's limit is refused before a byte of it is read.
2. An empty file (nothing but blank space) is refused.
3. A byte-order mark decides: UTF-8 (BOM), UTF-16 LE/BE (BOM), UTF-32 LE/BE (BOM). The mark is dropped.
4. Without a mark, UTF-16 is recognised by its zero bytes (one byte in two is zero, the other never).
5. Otherwise the bytes must be UTF-8 ...
6. ... or they are read in the named legacy encoding, Windows-1252 (a superset of Latin-1 for text), and
   the result carries a warning that names the first byte that was not UTF-8 and its line.
7. Binary data (NUL bytes, many control characters: a .docx, a .pdf, an image) is refused in any encoding.

Reading never raises anything but :class:`TextFileError`, whose fields let each caller place the problem
(file, line, column) in its own kind of report. Decoding is linear in the size of the data.
"""

from __future__ import annotations

import os
import re
import stat
from pathlib import Path
from typing import NamedTuple

#: the legacy encoding used when a file is not UTF-8, and its name in messages
LEGACY_CODEC = "cp1252"
LEGACY_LABEL = "Windows-1252 (Latin-1)"

_BOMS = (
    (b"\xef\xbb\xbf", "utf-8-sig", "UTF-8 with BOM"),
    (b"\xff\xfe\x00\x00", "utf-32", "UTF-32 (BOM)"),
    (b"\x00\x00\xfe\xff", "utf-32", "UTF-32 (BOM)"),
    (b"\xff\xfe", "utf-16", "UTF-16 (BOM)"),
    (b"\xfe\xff", "utf-16", "UTF-16 (BOM)"),
)
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f]")


class TextFileError(ValueError):
    """A file that cannot be read as text. ``reason`` and ``hint`` are plain words for a teacher."""

    def __init__(self, file: str, reason: str, hint: str = "", line: int | None = None,
                 column: int | None = None):
        super().__init__(reason)
        self.file = file
        self.reason = reason
        self.hint = hint
        self.line = line
        self.column = column

    @property
    def place(self) -> str:
        place = self.file or "<input>"
        if self.line is not None:
            place += f":{self.line}"
            if self.column is not None:
                place += f":{self.column}"
        return place

    def __str__(self) -> str:
        text = f"{self.place}: {self.reason}"
        return f"{text}. {self.hint}" if self.hint else text


# A named tuple, not a frozen dataclass: the same read-only fields, made by position or keyword; the dataclass's
# generated methods took 0.8 ms of the app's way to its first paint (settings are read through this module)
class TextFile(NamedTuple):
    """A file's text and how it was read."""

    text: str
    #: the encoding it was read with, in words ("UTF-8", "UTF-16 (BOM)", "Windows-1252 (Latin-1)")
    encoding: str
    #: set when the encoding was a guess (the legacy fallback): says which byte was not UTF-8
    warning: str = ""
    #: the line of that byte
    warning_line: int | None = None
    warning_hint: str = ""


def read_bytes(path: str | os.PathLike[str], limit: int, what: str = "file") -> bytes:
    """The bytes of a file, at most ``limit`` of them; a larger file is refused before it is read.

    ``what`` names the kind of file in the messages ("question set", "source text").
    """
    path = Path(path)
    name = str(path)
    try:
        if path.is_dir():
            raise TextFileError(name, f"this is a folder, not a {what}", "Choose a file.")
        info = path.stat()
    except FileNotFoundError:
        raise TextFileError(name, "the file does not exist", "Check the file name and folder.") from None
    except OSError as exc:
        raise TextFileError(name, f"the file cannot be read: {_reason(exc)}") from None
    # A pipe or a device (/dev/zero, a FIFO dropped in a folder) reports size 0 and may never end or
    # never answer: refuse anything that is not a plain file before opening it.
    if not stat.S_ISREG(info.st_mode):
        raise TextFileError(name, f"this is not a plain file (a device or a pipe), so it cannot be a {what}",
                            "Choose a file saved on the disk.")
    if info.st_size > limit:
        raise too_large(name, info.st_size, limit, what)
    try:
        # O_NONBLOCK: should the file be swapped for a pipe between the check and the open, the open
        # does not wait for a writer; the second check then refuses it.
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0))
    except OSError as exc:
        raise TextFileError(name, f"the file cannot be read: {_reason(exc)}") from None
    try:
        if not stat.S_ISREG(os.fstat(fd).st_mode):
            raise TextFileError(name, f"this is not a plain file (a device or a pipe), so it cannot be a {what}",
                                "Choose a file saved on the disk.")
        with open(fd, "rb", closefd=False) as fh:
            data = fh.read(limit + 1)
    except OSError as exc:
        raise TextFileError(name, f"the file cannot be read: {_reason(exc)}") from None
    finally:
        os.close(fd)
    if len(data) > limit:  # it grew while we looked
        raise too_large(name, len(data), limit, what)
    return data


def _reason(exc: OSError) -> str:
    return exc.strerror or str(exc)  # "Permission denied", "Input/output error": plain enough, and searchable


def too_large(name: str, size: int, limit: int, what: str = "file") -> TextFileError:
    return TextFileError(
        name, f"the file is too large ({size / 1024 / 1024:.1f} MB; the limit is {_mb(limit)} for a {what})",
        "Check that this is the right file.")


def _mb(limit: int) -> str:
    mb = limit / 1024 / 1024
    return f"{mb:g} MB" if mb >= 1 else f"{limit // 1024} KB"


def decode(data: bytes, name: str = "<input>") -> TextFile:
    """The text of a file's bytes under the policy above; raises :class:`TextFileError`."""
    if not data or data.isspace():  # the same test as "not data.strip()" without copying the file
        raise TextFileError(name, "the file is empty")
    for bom, codec, label in _BOMS:
        if data.startswith(bom):
            try:
                return _checked(data.decode(codec), label, name)
            except UnicodeDecodeError as exc:
                raise TextFileError(name, f"the file starts with a {label} mark but is not valid {label} "
                                    f"text (at byte {exc.start})", "Save it again as UTF-8 text.") from None
    head = data[:4000]
    if len(head) >= 4:
        even_zero = head[0::2].count(0) / max(1, len(head[0::2]))
        odd_zero = head[1::2].count(0) / max(1, len(head[1::2]))
        for ratio, other, codec, label in ((odd_zero, even_zero, "utf-16-le", "UTF-16 LE (no BOM)"),
                                           (even_zero, odd_zero, "utf-16-be", "UTF-16 BE (no BOM)")):
            if ratio > 0.3 and other < 0.05:
                try:
                    return _checked(data.decode(codec), label, name)
                except UnicodeDecodeError:
                    break
    try:
        return _checked(data.decode("utf-8"), "UTF-8", name)
    except UnicodeDecodeError as exc:
        bad = exc.start
    if _looks_binary(data):
        raise TextFileError(name, "the file is not text (it holds binary data, as a .docx, .pdf or picture does)",
                            "Save or export it as plain text first.")
    try:
        text, label = data.decode(LEGACY_CODEC), LEGACY_LABEL
    except UnicodeDecodeError:  # the five bytes cp1252 leaves undefined
        text, label = data.decode("latin-1"), "Latin-1 (ISO-8859-1)"
    line = data.count(b"\n", 0, bad) + 1
    checked = _checked(text, label, name)
    return TextFile(checked.text, label,
                    warning=f"the file is not UTF-8 (byte 0x{data[bad]:02x} on line {line}); read it as {label}",
                    warning_line=line,
                    warning_hint="Check accented letters and curly quotes; save the file as UTF-8 to be sure.")


def read_text(path: str | os.PathLike[str], limit: int, what: str = "file") -> TextFile:
    """:func:`read_bytes` then :func:`decode`."""
    return decode(read_bytes(path, limit, what), str(path))


def _looks_binary(data: bytes) -> bool:
    sample = data[:8192]
    if b"\x00" in sample:
        return True
    controls = sum(1 for b in sample if b < 32 and b not in (9, 10, 12, 13))
    return controls > max(2, len(sample) // 20)


def _checked(text: str, label: str, name: str) -> TextFile:
    sample = text[:8192]
    controls = len(_CONTROL.findall(sample))
    if "\x00" in sample or controls > max(2, len(sample) // 20):
        raise TextFileError(name, f"the file is not text (binary data, read as {label})",
                            "Save or export it as plain text first.")
    return TextFile(text.lstrip("\ufeff"), label)

"""Import and export of question sets in the formats schools already use. Pure Python, no Qt.

``FORMATS`` is the one table of the formats: each :class:`FileFormat` has its name (``--format``), a label
for people, its file extensions (the first is the one written) and its reader and writer. The command
line, the editor and docs/formats.md all take the list of formats from it.

Importers never raise: every problem is reported with its file, place and reason (see
``problems.ImportProblem``). Exporters write through ``question_bank.atomic``, so a failed export never
leaves half a file.

See docs/formats.md for what each format keeps and loses.
"""

from __future__ import annotations

import importlib
import re
from collections.abc import Callable
from dataclasses import dataclass
from functools import partial
from pathlib import Path
from typing import Any

from ..models import QuestionSet
from .evidence_hints import evidence_suggestions
from .exported import ExportReport, LeftOut, report_of
from .problems import (
    MAX_IMPORT_BYTES,
    ImportOptions,
    ImportProblem,
    ImportResult,
    Suggestion,
    decode_text,
    guarded,
    read_file,
    too_large,
)

__all__ = [
    "FORMATS", "ExportReport", "FileFormat", "ImportOptions", "ImportProblem", "ImportResult", "LeftOut", "Suggestion",
    "detect_format", "evidence_suggestions", "export_file", "export_set", "format_for_path", "format_named",
    "import_bytes", "import_file",
]

Reader = Callable[[bytes, str, "ImportOptions | None"], ImportResult]
Writer = Callable[[QuestionSet, Path], list[str]]


@dataclass(frozen=True)
class FileFormat:
    """One file format: what it is called, which files hold it, and how to read and write it."""

    #: the name on the command line (``--format gift``)
    name: str
    #: the name for a teacher ("Moodle XML")
    label: str
    #: the file extensions that usually hold it, lower case with the dot; the first is the one written
    extensions: tuple[str, ...]
    read: Reader | None
    write: Writer | None
    #: in a few words, what a set loses in this format (docs/formats.md says it in full)
    loses: str

    @property
    def can_import(self) -> bool:
        return self.read is not None

    @property
    def can_export(self) -> bool:
        return self.write is not None

    @property
    def suffix(self) -> str:
        """The extension an exported file gets."""
        return self.extensions[0]


def _lazy(module: str, function: str, **fixed: Any) -> Callable[..., Any]:
    """``module.function`` imported on its first call, so that importing the table loads no format module
    (openpyxl and genanki are slow to import, and most runs use one format)."""

    def call(*args: Any) -> Any:
        target = getattr(importlib.import_module(f"{__name__}.{module}"), function)
        return (partial(target, **fixed) if fixed else target)(*args)

    call.__name__ = call.__qualname__ = f"{module}.{function}"
    return call


FORMATS: tuple[FileFormat, ...] = (
    FileFormat("gift", "GIFT", (".gift",), _lazy("gift", "import_gift_bytes"), _lazy("gift", "export_gift"),
               "cloze questions with several gaps (left out: GIFT has one per question); nothing else when we read "
               "it back; Moodle drops what our comments carry (difficulty, support note…)"),
    FileFormat("aiken", "Aiken", (".txt", ".aiken"), _lazy("aiken", "import_aiken_bytes"),
               _lazy("aiken", "export_aiken"),
               "every type but multiple choice; feedback, explanations, topics and evidence"),
    FileFormat("moodle-xml", "Moodle XML", (".xml",), _lazy("moodle_xml", "import_moodle_xml_bytes"),
               _lazy("moodle_xml", "export_moodle_xml"),
               "nothing when we read it back; Moodle drops what our comments carry (difficulty, support note…)"),
    FileFormat("csv", "CSV", (".csv",), _lazy("csv_tsv", "import_csv_bytes"), _lazy("csv_tsv", "export_csv"),
               "the set's title and source texts (give them with --title and --source); cloze questions (left out)"),
    FileFormat("tsv", "TSV", (".tsv", ".tab"), _lazy("csv_tsv", "import_tsv_bytes"),
               _lazy("csv_tsv", "export_tsv"),
               "the set's title and source texts (give them with --title and --source); cloze questions (left out)"),
    FileFormat("xlsx", "Excel (.xlsx)", (".xlsx", ".xlsm"), _lazy("xlsx", "import_xlsx_bytes"),
               _lazy("xlsx", "export_xlsx"),
               "cloze questions (left out); nothing else (the Kahoot sheet comes first, then our template, sources "
               "and set sheets)"),
    FileFormat("kahoot", "Kahoot (.xlsx)", (".xlsx",), None, _lazy("xlsx", "export_xlsx", kahoot_only=True),
               "export only (read it back as xlsx): Kahoot's sheet alone, choice and true/false questions "
               "without ids, topics, feedback or evidence"),
    FileFormat("apkg", "Anki package", (".apkg",), None, _lazy("apkg", "export_apkg"),
               "export only: flash cards (the answer, explanation and quote on the back; a cloze question is an "
               "Anki cloze note)"),
    FileFormat("qti12", "Canvas QTI 1.2 (.zip)", (".zip",), _lazy("qti12", "import_qti12_bytes"),
               _lazy("qti12", "export_qti12"),
               "cloze questions that mix typed gaps and drop-downs (left out); nothing else when we read it back; "
               "Canvas drops our metadata fields (topics, difficulty, unit…)"),
    FileFormat("qti21", "QTI 2.1 (.zip)", (".zip",), _lazy("qti21", "import_qti21_bytes"),
               _lazy("qti21", "export_qti21"),
               "topics, difficulty, choice feedback, true/false feedback and word banks (read back: the rest)"),
)

#: extensions that say too little about a file to choose its format by: a .txt may be Aiken, GIFT, a
#: Quizlet export or a source text, so its content decides (it is still the suffix Aiken is written with)
LOOSE_EXTENSIONS = frozenset({".txt"})

_BY_NAME = {fmt.name: fmt for fmt in FORMATS}

def format_named(name: str) -> FileFormat:
    """The format called ``name``; a ``ValueError`` that lists the known names otherwise."""
    try:
        return _BY_NAME[name]
    except KeyError:
        raise ValueError(f"unknown format {name!r} (known: {', '.join(_BY_NAME)})") from None


def format_for_path(path: str | Path) -> FileFormat | None:
    """The format a file of this name usually holds (the first in ``FORMATS`` with its extension), if any."""
    suffix = Path(path).suffix.lower()
    if suffix in LOOSE_EXTENSIONS:
        return None
    return next((fmt for fmt in FORMATS if suffix in fmt.extensions), None)


def _import_names() -> list[str]:
    return [fmt.name for fmt in FORMATS if fmt.can_import]


def detect_format(name: str, data: bytes | None = None) -> str | None:
    """The format of a file, from its extension, else from its content; None when unclear."""
    by_name = format_for_path(name)
    if by_name is not None:
        return by_name.name  # .apkg too: import_bytes then says it can only be exported
    if data is None:
        return None
    if data.startswith(b"PK\x03\x04"):
        # a zip's file names are stored as plain text: an LMS package holds imsmanifest.xml
        return "qti12" if b"imsmanifest.xml" in data else "xlsx"
    text, _, _ = decode_text(data[:65536], name)
    if text is None:
        return None
    head = text.lstrip()
    if head.startswith("<?xml") or head.startswith("<quiz"):
        return "moodle-xml"
    if re.search(r"^\s*ANSWER\s*:\s*[A-Za-z]", text, re.MULTILINE | re.IGNORECASE) and \
            re.search(r"^\s*[A-Za-z][.)]\s", text, re.MULTILINE):
        return "aiken"
    if re.search(r"\{[^{}]*\}", text) or "$CATEGORY:" in text or re.search(r"^\s*::", text, re.MULTILINE):
        return "gift"
    first = next((line for line in text.splitlines() if line.strip()), "")
    if "\t" in first:
        return "tsv"
    if "," in first or ";" in first or "|" in first:
        return "csv"
    return None


def import_bytes(data: bytes, name: str = "<input>", fmt: str | None = None,
                 options: ImportOptions | None = None) -> ImportResult:
    """Import questions from the bytes of a file. Never raises; problems are in the result."""
    if len(data) > MAX_IMPORT_BYTES:
        return ImportResult(None, [too_large(name, len(data))], name, fmt or "")
    fmt = fmt or detect_format(name, data)
    file_format = _BY_NAME.get(fmt or "")
    # ``read is None`` is what ``can_import`` tests; spelled out so that ``read`` is known to be set below
    if file_format is None or file_format.read is None:
        known = ", ".join(_import_names())
        reason = (f"cannot import the format {fmt!r}" + (" (Anki packages are export only)" if fmt == "apkg" else "")
                  if fmt else "cannot tell the format of this file")
        return ImportResult(None, [ImportProblem(reason, file=name, hint=f"Say which with --format ({known}).")],
                            name, fmt or "")
    read = file_format.read
    return guarded(file_format.name, name, lambda: read(data, name, options))


def import_file(path: str | Path, fmt: str | None = None, options: ImportOptions | None = None) -> ImportResult:
    """Import questions from a file; a file over 50 MB is refused before it is read."""
    name = str(path)
    data, problem = read_file(path)
    if problem is not None:
        return ImportResult(None, [problem], name, fmt or "")
    assert data is not None  # read_file() gives either the bytes or a problem
    return import_bytes(data, name, fmt, options)


def export_file(question_set: QuestionSet, path: str | Path, fmt: str | FileFormat | None = None) -> list[str]:
    """Write ``question_set`` to ``path`` in ``fmt`` (a name or a :class:`FileFormat`; default: from the
    extension), atomically; the warnings say what the format could not keep.

    Raises ``ValueError`` for a format that is unknown or cannot be written, ``OSError`` when the file
    cannot be written (the old file, if any, is then untouched).
    """
    return export_set(question_set, path, fmt).warnings


def export_set(question_set: QuestionSet, path: str | Path, fmt: str | FileFormat | None = None) -> ExportReport:
    """As :func:`export_file`, with what was written: how many questions, which were left out and why."""
    path = Path(path)
    if fmt is None:
        file_format = format_for_path(path)
        if file_format is None or not file_format.can_export:
            known = ", ".join(f.name for f in FORMATS if f.can_export)
            raise ValueError(f"{path}: cannot tell the format from the extension (known formats: {known})")
    else:
        file_format = fmt if isinstance(fmt, FileFormat) else format_named(fmt)
    if file_format.write is None:
        raise ValueError(f"the format {file_format.name!r} can only be imported")
    warnings = file_format.write(question_set, path) or []
    return report_of(warnings, len(question_set.questions), path, file_format.name)

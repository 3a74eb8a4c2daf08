"""Import and export of question sets in the formats schools already use. Pure Python, no Qt.

``EXPORTERS`` maps a format name to ``export(question_set, path) -> list[str]`` (warnings).
``IMPORTERS`` maps a format name to ``import_file(path, options=None) -> ImportResult``; importers
never raise: every problem is reported with its file, place and reason (see ``common.ImportProblem``).
``EXTENSIONS`` maps a file extension to the format it usually holds; ``SUFFIXES`` the other way.

See docs/formats.md for what each format keeps and loses.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from ..models import QuestionSet
from .common import (
    MAX_IMPORT_BYTES,
    ImportOptions,
    ImportProblem,
    ImportResult,
    Suggestion,
    decode_text,
    evidence_suggestions,
    guarded,
    read_input,
    too_large,
)

__all__ = [
    "EXPORTERS", "EXTENSIONS", "IMPORTERS", "IMPORT_FORMATS", "SUFFIXES", "ImportOptions", "ImportProblem",
    "ImportResult", "Suggestion", "detect_format", "evidence_suggestions", "import_bytes", "import_file",
]


def _export_gift(qset: QuestionSet, path: Path) -> list[str]:
    from .gift import export_gift

    return export_gift(qset, path)


def _export_aiken(qset: QuestionSet, path: Path) -> list[str]:
    from .aiken import export_aiken

    return export_aiken(qset, path)


def _export_moodle_xml(qset: QuestionSet, path: Path) -> list[str]:
    from .moodle_xml import export_moodle_xml

    return export_moodle_xml(qset, path)


def _export_csv(qset: QuestionSet, path: Path) -> list[str]:
    from .csv_tsv import export_csv

    return export_csv(qset, path)


def _export_tsv(qset: QuestionSet, path: Path) -> list[str]:
    from .csv_tsv import export_tsv

    return export_tsv(qset, path)


def _export_xlsx(qset: QuestionSet, path: Path) -> list[str]:
    from .xlsx import export_xlsx

    return export_xlsx(qset, path)


def _export_kahoot(qset: QuestionSet, path: Path) -> list[str]:
    from .xlsx import export_xlsx

    return export_xlsx(qset, path, kahoot_only=True)


def _export_apkg(qset: QuestionSet, path: Path) -> list[str]:
    from .apkg import export_apkg

    return export_apkg(qset, path)


EXPORTERS: dict[str, Callable[[QuestionSet, Path], list[str]]] = {
    "gift": _export_gift,
    "aiken": _export_aiken,
    "moodle-xml": _export_moodle_xml,
    "csv": _export_csv,
    "tsv": _export_tsv,
    "xlsx": _export_xlsx,
    "kahoot": _export_kahoot,
    "apkg": _export_apkg,
}

#: the formats ``import_bytes`` reads
IMPORT_FORMATS = ("gift", "aiken", "moodle-xml", "csv", "tsv", "xlsx")

EXTENSIONS: dict[str, str] = {
    ".gift": "gift",
    ".aiken": "aiken",
    ".xml": "moodle-xml",
    ".csv": "csv",
    ".tsv": "tsv",
    ".tab": "tsv",
    ".xlsx": "xlsx",
    ".xlsm": "xlsx",
    ".apkg": "apkg",
}

SUFFIXES: dict[str, str] = {
    "gift": ".gift", "aiken": ".txt", "moodle-xml": ".xml", "csv": ".csv", "tsv": ".tsv", "xlsx": ".xlsx",
    "kahoot": ".xlsx", "apkg": ".apkg",
}


def _reader(fmt: str) -> Callable[[bytes, str, ImportOptions | None], ImportResult]:
    if fmt == "gift":
        from .gift import import_gift_bytes as read
    elif fmt == "aiken":
        from .aiken import import_aiken_bytes as read
    elif fmt == "moodle-xml":
        from .moodle_xml import import_moodle_xml_bytes as read
    elif fmt == "csv":
        from .csv_tsv import import_csv_bytes as read
    elif fmt == "tsv":
        from .csv_tsv import import_tsv_bytes as read
    elif fmt == "xlsx":
        from .xlsx import import_xlsx_bytes as read
    else:
        raise ValueError(f"unknown import format {fmt!r}")
    return read


def detect_format(name: str, data: bytes | None = None) -> str | None:
    """The format of a file, from its extension, else from its content; None when unclear."""
    fmt = EXTENSIONS.get(Path(name).suffix.lower())
    if fmt is not None:
        return fmt  # .apkg too: import_bytes then says it can only be exported
    if data is None:
        return None
    if data.startswith(b"PK\x03\x04"):
        return "xlsx"
    text, _, _ = decode_text(data[:65536], name)
    if text is None:
        return None
    import re

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
    if "," in first or ";" in first:
        return "csv"
    return None


def import_bytes(data: bytes, name: str = "<input>", fmt: str | None = None,
                 options: ImportOptions | None = None) -> ImportResult:
    """Import questions from the bytes of a file. Never raises; problems are in the result."""
    if len(data) > MAX_IMPORT_BYTES:
        return ImportResult(None, [too_large(name, len(data))], name, fmt or "")
    fmt = fmt or detect_format(name, data)
    if fmt not in IMPORT_FORMATS:
        known = ", ".join(IMPORT_FORMATS)
        reason = (f"cannot import the format {fmt!r}" + (" (Anki packages are export only)" if fmt == "apkg" else "")
                  if fmt else "cannot tell the format of this file")
        return ImportResult(None, [ImportProblem(reason, file=name, hint=f"Say which with --format ({known}).")],
                            name, fmt or "")
    read = _reader(fmt)
    return guarded(fmt, name, lambda: read(data, name, options))


def import_file(path: str | Path, fmt: str | None = None, options: ImportOptions | None = None) -> ImportResult:
    """Import questions from a file; a file over 50 MB is refused before it is read."""
    name = str(path)
    data, problem = read_input(path)
    if problem is not None:
        return ImportResult(None, [problem], name, fmt or "")
    return import_bytes(data, name, fmt, options)


def _importer(fmt: str) -> Callable[..., ImportResult]:
    def run(path: str | Path, options: ImportOptions | None = None) -> ImportResult:
        return import_file(path, fmt, options)

    run.__name__ = f"import_{fmt.replace('-', '_')}"
    return run


IMPORTERS: dict[str, Callable[..., ImportResult]] = {fmt: _importer(fmt) for fmt in IMPORT_FORMATS}

"""Opening a file in the editor: a set file (.json) read as dicts, or another format imported. No Qt here.

Both run off the GUI thread and never raise for a bad file: they return an :class:`OpenedSet` whose
``data`` is None and whose ``problems`` say in plain words why the file cannot be edited.

A set file is read through ``question_bank.textfiles`` (the one reader of a teacher's file) and kept as
plain dicts even when it does not validate, so that the editor is also where a broken set is repaired
(see ``document.py``). An imported set comes from ``question_bank.formats``; its placeholders (the
evidence and explanations a format such as GIFT has no room for) become empty fields, which the
validator then reports until the teacher fills them in.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path

from question_bank import formats, textfiles
from question_bank.i18n import translate
from question_bank.loading import MAX_FILE_BYTES, load_set_text
from question_bank.textfiles import TextFileError
from question_bank.validation import Problem

from .document import teacher_message


@dataclass
class OpenedSet:
    """What opening a file gave: the set as dicts (None when it cannot be edited) and what to tell the teacher."""

    data: dict | None
    #: why the file cannot be edited (``data`` is None), or an import's remarks
    problems: list[str] = field(default_factory=list)
    #: an import's report (what was imported, of which types)
    summary: str = ""
    #: the file's encoding was a guess (not UTF-8, read as Windows-1252): accents to check
    warning: str = ""


def read_set_file(path: Path) -> OpenedSet:
    """A set file's JSON as dicts, or why it cannot be edited (the validator's first problems)."""
    try:
        read = textfiles.read_text(path, MAX_FILE_BYTES, "question set")
    except TextFileError as exc:
        return OpenedSet(None, [exc.reason[:1].upper() + exc.reason[1:] + "." + (f"\n{exc.hint}" if exc.hint else "")])
    text = read.text
    try:
        raw = json.loads(text)
    except (json.JSONDecodeError, RecursionError):
        result = load_set_text(text, str(path))
        return OpenedSet(None, [problem_line(p) for p in result.errors[:10]])
    if not _is_set_shaped(raw):
        result = load_set_text(text, str(path))
        return OpenedSet(None, [problem_line(p) for p in result.errors[:10]] or [translate("set_io", "The file is not a question set.")])
    raw.setdefault("questions", [])
    raw.setdefault("sources", [])
    warning = f"{read.warning}. {read.warning_hint}" if read.warning else ""
    return OpenedSet(raw, warning=warning)


def _is_set_shaped(raw: object) -> bool:
    """A dict whose questions and sources are lists of dicts: enough for the editor to show and repair it."""
    return (isinstance(raw, dict) and isinstance(raw.get("questions", []), list)
            and isinstance(raw.get("sources", []), list)
            and all(isinstance(q, dict) for q in raw.get("questions", []))
            and all(isinstance(s, dict) for s in raw.get("sources", [])))


def problem_line(problem: Problem) -> str:
    """A validator's problem as a line of a message box: its place, message and hint."""
    place = translate("set_io", "line {line}, column {column}: ").format(line=problem.line, column=problem.column) if problem.line else ""
    return in_editor_words(f"{place}{teacher_message(problem.message)}" + (f"\n{problem.hint}" if problem.hint else ""))


#: What the importer (written for ``quiz-bank import`` too) tells a command-line user, as the editor says it.
_EDITOR_WORDS = [
    ("no source text (give one with --source)",
     "no source text yet: add the text with Edit › Add a source text…"),
    ("(give them with --title and --source)", "(give them in the editor: Set and rounds, and Sources)"),
    ("(--json lists them all)", "(each question's form suggests its best matches)"),
]


def in_editor_words(text: str) -> str:
    """An importer's or checker's report with its command-line advice said as the editor's menus say it."""
    for cli, gui in _EDITOR_WORDS:
        text = text.replace(cli, gui)
    return text


def import_set_file(path: Path) -> OpenedSet:
    """A file in another format, imported and made editable; or why nothing could be imported."""
    result = run_importer(path)
    problems = [in_editor_words(str(p).replace(p.reason, teacher_message(p.reason), 1)) for p in result.problems]
    if result.question_set is None:
        if path.suffix.lower() in (".txt", ".md"):
            problems.append(translate("set_io", "If this is the text you want to ask questions about, use “New set…” and open it as "
                            "the source text instead."))
        return OpenedSet(None, problems or [translate("set_io", "No questions were found in the file.")])
    return OpenedSet(result.editable(), problems, in_editor_words(result.summary()))


def run_importer(path: Path) -> formats.ImportResult:
    """The one call into ``question_bank.formats`` to import a file (it picks the format by the file)."""
    return formats.import_file(path)


def import_formats_text() -> str:
    """What the editor opens, in words (the start page shows it)."""
    names = ", ".join(fmt.label for fmt in formats.FORMATS if fmt.can_import)
    return translate("set_io", "Opens question sets (.json) and imports {names}.").format(names=names)

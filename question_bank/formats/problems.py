"""What an import reports: its problems (each with the file, the place and the reason), the result,
the options a file cannot give itself, and the file's text read the one way (``question_bank.textfiles``).

Importers never raise on a bad file: everything that goes wrong becomes an ``ImportProblem`` and the
rest is imported.
"""

from __future__ import annotations

import gc
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Literal

from .. import textfiles
from ..models import TYPE_LABELS, QuestionSet
from ..textfiles import TextFileError
from .drafts import NO_EXPLANATION, PLACEHOLDER_SOURCE_ID, is_placeholder_source, lacks_evidence

MAX_IMPORT_BYTES = 50 * 1024 * 1024
#: A CSV or TSV file holds a question in every ~200 bytes, and each question takes about 25 times its bytes
#: once imported (checked models, the set the editor shows): a 30 MB table needed 0.8 GB. A teacher's
#: question table is tens of KB (a few hundred rows); 10 MB is some 50,000 questions.
MAX_TABLE_BYTES = 10 * 1024 * 1024

Kind = Literal["error", "skipped", "warning"]


@dataclass
class ImportProblem:
    """One thing an import could not do, or did with a loss, said so that a teacher can fix it.

    ``kind`` is "error" when part of the file could not be read (a malformed question, a bad row,
    an unreadable file), "skipped" for a construct we read but cannot represent (an essay question),
    and "warning" when something was imported with a loss or a guess.
    """

    reason: str
    kind: Kind = "error"
    file: str = ""
    line: int | None = None
    sheet: str | None = None
    row: int | None = None
    cell: str | None = None
    hint: str = ""

    @property
    def place(self) -> str:
        place = self.file or "<input>"
        if self.sheet is not None:
            inner = self.sheet
            if self.cell:
                inner += f"!{self.cell}"
            elif self.row is not None:
                inner += f" row {self.row}"
            place += f" [{inner}]"
        elif self.line is not None:
            place += f":{self.line}"
        return place

    def as_dict(self) -> dict:
        return {
            "file": self.file, "line": self.line, "sheet": self.sheet, "row": self.row, "cell": self.cell,
            "kind": self.kind, "reason": self.reason, "hint": self.hint,
        }

    def __str__(self) -> str:
        text = f"{self.place}: {self.kind}: {self.reason}"
        if self.hint:
            text += f"\n    hint: {self.hint}"
        return text


@dataclass(frozen=True)
class Suggestion:
    """A sentence of the set's source that may prove a question imported without evidence."""

    sentence: str
    score: float
    line: int


@dataclass
class ImportOptions:
    """What the file itself cannot say.

    ``source_text`` is the text the questions are based on (imported files rarely carry it): with it,
    evidence markers can be checked and questions without evidence get suggestions.
    """

    source_text: str | None = None
    source_id: str | None = None
    source_title: str | None = None
    source_citation: str = ""
    set_id: str | None = None
    set_title: str | None = None
    #: two-column (Quizlet-style) files: ask each definition as a short answer or a multiple choice
    quizlet_as: Literal["short_answer", "multiple_choice"] = "short_answer"
    #: two-column files: the separator between term and definition (default: tab or comma, detected)
    separator: str | None = None
    #: two-column files: the separator between cards (default: a line break)
    row_separator: str | None = None


@dataclass
class ImportResult:
    question_set: QuestionSet | None
    problems: list[ImportProblem] = field(default_factory=list)
    file: str = ""
    format: str = ""
    encoding: str | None = None
    #: question id -> sentences of the set's source that best match it, for questions without evidence
    needs_evidence: dict[str, list[Suggestion]] = field(default_factory=dict)

    @property
    def errors(self) -> list[ImportProblem]:
        return [p for p in self.problems if p.kind == "error"]

    @property
    def skipped(self) -> list[ImportProblem]:
        return [p for p in self.problems if p.kind == "skipped"]

    @property
    def warnings(self) -> list[ImportProblem]:
        return [p for p in self.problems if p.kind == "warning"]

    @property
    def questions(self) -> list:
        return list(self.question_set.questions) if self.question_set else []

    @property
    def imported_by_type(self) -> dict[str, int]:
        return dict(Counter(q.type for q in self.questions))

    @property
    def ok(self) -> bool:
        """At least one question imported and nothing unreadable (the CLI's exit status 0)."""
        return bool(self.questions) and not self.errors

    def summary(self, max_lines: int = 40) -> str:
        lines = []
        n = len(self.questions)
        enc = f", {self.encoding}" if self.encoding else ""
        lines.append(f"{self.file}: imported {n} question{'s' if n != 1 else ''} ({self.format}{enc})")
        for qtype, count in sorted(self.imported_by_type.items(), key=lambda kv: -kv[1]):
            lines.append(f"  {TYPE_LABELS.get(qtype, qtype):<24} {count:>5}")
        for title, group in (("unreadable", self.errors), ("skipped", self.skipped), ("warnings", self.warnings)):
            if not group:
                continue
            lines.append(f"{title} ({len(group)}):")
            for p in group[:max_lines]:
                lines.append(f"  {p}")
            if len(group) > max_lines:
                lines.append(f"  … and {len(group) - max_lines} more")
        qset = self.question_set
        if qset is not None and qset.status == "draft":
            missing = sum(1 for q in qset.questions if lacks_evidence(q))
            why = []
            if missing:
                why.append(f"{missing} question{'s need' if missing != 1 else ' needs'} evidence")
            if not any(not is_placeholder_source(s) for s in qset.sources):
                why.append("no source text (give one with --source)")
            lines.append(f"the set is a draft: {'; '.join(why) or 'marked draft in the file'}")
            shown = 0
            matched = [(qid, found) for qid, found in self.needs_evidence.items() if found]
            for qid, suggestions in matched[:10]:
                shown += 1
                best = suggestions[0]
                lines.append(f"  {qid}: best match (line {best.line}, {best.score:.0f}%): “{_short(best.sentence)}”")
            if len(matched) > shown:
                lines.append(f"  … and {len(matched) - shown} more (--json lists them all)")
        return "\n".join(lines)

    def editable(self) -> dict:
        """The imported set as JSON-ready dicts in the editor's terms: no placeholders left in the questions.

        A question without real evidence gets ``{"source": <the first real source>, "quote": ""}`` and a
        placeholder explanation becomes "", so the editor shows empty fields that the validator reports
        until the teacher fills them in. When the file gave no source text, the evidence names the set's
        placeholder source (which the teacher replaces with the real text), as the editor always did.
        Raises ``ValueError`` when nothing was imported.
        """
        if self.question_set is None:
            raise ValueError(f"{self.file or '<input>'}: no question was imported")
        data = self.question_set.model_dump(mode="json", exclude_none=True)
        ids = [s["id"] for s in data["sources"]]
        real = [sid for sid in ids if sid != PLACEHOLDER_SOURCE_ID]
        first = (real or ids or [""])[0]
        for question, imported in zip(data["questions"], self.question_set.questions, strict=True):
            if lacks_evidence(imported):
                question["evidence"] = {"source": first, "quote": ""}
            if question.get("explanation") == NO_EXPLANATION:
                question["explanation"] = ""
        return data


def _short(text: str, limit: int = 110) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


# The file's bytes and text come from question_bank.textfiles (one policy for every teacher's file);
# these two say its refusals and its encoding guess as import problems.


def read_file(path: str | Path) -> tuple[bytes | None, ImportProblem | None]:
    """The bytes of a file, or why they cannot be read; a file over the size limit is never read."""
    try:
        return textfiles.read_bytes(path, MAX_IMPORT_BYTES, "question file"), None
    except TextFileError as exc:
        return None, problem_of(exc)


def too_large(name: str, size: int, limit: int = MAX_IMPORT_BYTES, what: str = "question file") -> ImportProblem:
    return problem_of(textfiles.too_large(name, size, limit, what))


def decode_text(data: bytes, name: str) -> tuple[str | None, str | None, list[ImportProblem]]:
    """Text, the name of the encoding it was read with, and problems (a warning when it was a guess)."""
    try:
        text_file = textfiles.decode(data, name)
    except TextFileError as exc:
        return None, None, [problem_of(exc)]
    problems = []
    if text_file.warning:
        problems.append(ImportProblem(text_file.warning, kind="warning", file=name, line=text_file.warning_line,
                                      hint=text_file.warning_hint))
    return text_file.text, text_file.encoding, problems


def problem_of(error: TextFileError) -> ImportProblem:
    return ImportProblem(error.reason, file=error.file, line=error.line, hint=error.hint)


def guarded(fmt: str, name: str, parse: Callable[[], ImportResult]) -> ImportResult:
    """Run an importer; a bug in it becomes a reported problem instead of a crash."""
    # Importing builds many small objects that live as long as the set; the cyclic collector would walk
    # them again and again and find nothing to free (as in loading.load_set_text).
    gc_was_on = gc.isenabled()
    gc.disable()
    try:
        return parse()
    except Exception as exc:  # the promise is "never raises"; tests assert this branch is never taken
        problem = ImportProblem(f"internal error while reading the file ({type(exc).__name__}: {exc})", file=name,
                                hint="Please report this file; nothing was imported.")
        return ImportResult(None, [problem], name, fmt)
    finally:
        if gc_was_on:
            gc.enable()

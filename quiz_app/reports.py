"""Class reports from the students' result files (plain Python, no Qt).

Input
-----
The engine's answers CSV (:meth:`quiz_app.scores.ScoreStore.export_answers_csv`), one row per answer:
``profile, set, round, mode, question, given, correct, points, possible, seconds, answered_at``,
where ``correct`` is yes / partial / no / skipped and ``given`` is either the stored response JSON
(``2`` = the third choice in the set's order) or the answer in words (the choice's text). Students
export it on their own computers; the teacher adds several files at once, and/or the results
stored on this computer (:meth:`ClassData.add_store`, which reads the same export).

Merging without double counting
-------------------------------
A round is identified by :class:`RoundKey`: the student's name (case and spacing ignored), the set
id, the round number of the student's computer, and the time of the round's first answer. The round
number alone is not enough (every computer counts from 1); the first answer's time never changes,
so the same round exported twice, even once half-finished and once finished, has the same key.
Within a round each question counts once: a copy found again is merged silently, a copy with a
different result is reported and the first one kept.

Problems
--------
A file that cannot be read or has no answers header is reported once (line 1) and skipped; a row
that is malformed (missing values, an unknown verdict, a number or a date that cannot be read) is
reported with its file, line and reason, and skipped. Nothing here raises for bad input.

Statistics (for one question set; only the chosen modes)
--------------------------------------------------------
* Round score: points of its answers (a round never scores below 0) over their possible points.
  Questions a student never reached (time up) are not in the file, so they do not count.
* Facility of a question: answers that were fully right / all its answers (every attempt counts;
  partly right and skipped are not right). 1.00 = everybody got it right.
* Discrimination (upper-lower index): rank the students by their total score (points over
  possible points, all their rounds of the set), best first, ties by name; the top third and the
  bottom third are the first and last ``n // 3`` students (none when there are fewer than 3).
  For each question: the mean share right among top-third students who answered it minus the
  same for the bottom third (a student's share is their right answers to it / their answers to
  it). From -1 to +1; below about 0.2 the question does not separate strong and weak students
  well, below 0 the weaker students did better. None when either third has no answer to it.
* Most chosen wrong answer (multiple choice): among wrong answers whose choice can be read, the
  choice picked most often (several when tied).
* Most common wrong typed answers (short answer, number, and each gap of a fill-the-gaps passage):
  the wrong answers as typed, counted with case and spacing ignored, most frequent first (up to
  :data:`WRONG_TYPED_SHOWN`).
* Gaps of a fill-the-gaps passage: each gap's right share = answers that filled it right (graded
  again with ``quiz_app.grading.read_gap``) / all answers to the question (a skipped answer or an
  empty gap is not right).
* Too few answers to judge: a question with fewer than :data:`MIN_ANSWERS_TO_JUDGE` answers gets no
  "very hard" / "very easy" / discrimination note (:func:`question_note`); its numbers are shown all
  the same.

Exports: an xlsx workbook with one sheet per table (:meth:`ClassReport.to_xlsx`), or one CSV file per
table (:meth:`ClassReport.to_csv_files`); never several tables in one CSV file.
* Topics and source paragraphs: points over possible points of every answer to the questions
  of that topic / quoting that paragraph; "weak" when below the set's pass mark. Weakest first.
"""

from __future__ import annotations

import contextlib
import csv
import io
import json
import math
import os
import re
from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field, replace
from datetime import datetime
from pathlib import Path
from typing import Any

from question_bank import evidence as ev
from question_bank import textfiles
from question_bank.atomic import atomic_path
from question_bank.models import (
    TOPIC_LABELS,
    TYPE_LABELS,
    Cloze,
    MultipleChoice,
    Numeric,
    QuestionSet,
    ShortAnswer,
)

from . import grading
from .scores.exports import open_csv

ANSWER_COLUMNS: tuple[str, ...] = ("profile", "set", "round", "mode", "question", "given", "correct", "points",
                                   "possible", "seconds", "answered_at")
REQUIRED_COLUMNS: tuple[str, ...] = ("profile", "set", "round", "question", "correct", "points", "possible",
                                     "answered_at")
ROUNDS_COLUMNS = frozenset(("set_title", "status", "started", "percent"))
VERDICTS = ("yes", "partial", "no", "skipped")
MAX_FILE_BYTES = 50 * 1024 * 1024
STORE_NAME = "Results on this computer"
#: below this many answers a question is not called hard, easy or badly separating: too few to judge
MIN_ANSWERS_TO_JUDGE = 5
TOO_FEW_TO_JUDGE = f"too few answers to judge (fewer than {MIN_ANSWERS_TO_JUDGE})"
#: how many of the most common wrong typed answers a question (or gap) lists
WRONG_TYPED_SHOWN = 3


# --------------------------------------------------------------------------- records


@dataclass(frozen=True)
class RowProblem:
    """A line of a result file that was left out, and why (in plain words)."""

    file: str
    line: int
    reason: str

    def __str__(self) -> str:
        return f"{self.file}, line {self.line}: {self.reason}"


@dataclass(frozen=True, order=True)
class RoundKey:
    """What makes a round the same round in every file it appears in (see the module doc)."""

    student: str  # casefolded, spacing collapsed
    set_id: str
    round: str
    first_answer: str  # ISO time of the round's first answer, to the second


@dataclass(frozen=True)
class AnswerRow:
    student: str  # as written in the file
    set_id: str
    round: str
    mode: str
    question_id: str
    given: str
    verdict: str
    points: float
    possible: float
    seconds: float | None
    answered_at: datetime
    file: str
    line: int
    key: RoundKey | None = None

    @property
    def correct(self) -> bool:
        return self.verdict == "yes"

    @property
    def round_key(self) -> RoundKey:
        """The row's round: set on every row :func:`read_answers_text` returns (``key`` is None only while
        a file is being read, before the first answer of each round is known)."""
        assert self.key is not None, "an answer row read outside read_answers_text has no round key"
        return self.key


@dataclass
class ParsedFile:
    name: str
    rows: list[AnswerRow] = field(default_factory=list)
    problems: list[RowProblem] = field(default_factory=list)


def _student_key(name: str) -> str:
    return " ".join(name.split()).casefold()


def _uncell(value: str) -> str:
    """Undo the export's guard against spreadsheet formulas ("'=…" was written for "=…")."""
    if value[:1] == "'" and value[1:2] in ("=", "+", "-", "@", "\t", "\r"):
        return value[1:]
    return value


def _number(text: str, what: str) -> float:
    try:
        value = float(text.replace(",", ".")) if text.count(",") == 1 and "." not in text else float(text)
    except ValueError:
        raise ValueError(f"the {what} “{text}” is not a number") from None
    if not math.isfinite(value):
        raise ValueError(f"the {what} “{text}” is not a number")
    return value


def _time(text: str) -> datetime:
    try:
        return datetime.fromisoformat(text.strip())
    except ValueError:
        raise ValueError(f"the time “{text}” cannot be read (expected e.g. 2024-05-02 10:15:00)") from None


# --------------------------------------------------------------------------- reading files


def read_answers_text(text: str, name: str) -> ParsedFile:
    """Parse the text of an answers CSV; rows get their :class:`RoundKey`. Never raises."""
    parsed = ParsedFile(name)
    text = text.lstrip("\ufeff")
    reader = csv.reader(io.StringIO(text, newline=""))
    try:
        header = next(reader, None)
    except csv.Error as exc:
        parsed.problems.append(RowProblem(name, 1, f"the file is not a readable CSV file ({exc})"))
        return parsed
    if header is None:
        parsed.problems.append(RowProblem(name, 1, "the file is empty"))
        return parsed
    columns = [h.strip().casefold() for h in header]
    missing = [c for c in REQUIRED_COLUMNS if c not in columns]
    if missing:
        if ROUNDS_COLUMNS <= set(columns):
            reason = ("this is a file of round scores; the class report needs the file of answers "
                      "(one row per answer), exported from the same place")
        else:
            reason = (f"this is not a results file of History Quiz: its first line lacks the column"
                      f"{'s' if len(missing) > 1 else ''} {', '.join(missing)}")
        parsed.problems.append(RowProblem(name, 1, reason))
        return parsed
    index = {c: columns.index(c) for c in ANSWER_COLUMNS if c in columns}
    line = reader.line_num + 1
    while True:
        start = line
        try:
            record = next(reader)
        except StopIteration:
            break
        except csv.Error as exc:
            parsed.problems.append(RowProblem(name, start, f"the line cannot be read as CSV ({exc})"))
            line = reader.line_num + 1
            continue
        line = reader.line_num + 1
        if not any(cell.strip() for cell in record):
            continue
        if len(record) > len(columns):
            parsed.problems.append(RowProblem(
                name, start, f"it has {len(record)} values but the first line names {len(columns)} columns"))
            continue
        record = record + [""] * (len(columns) - len(record))
        try:
            parsed.rows.append(_row(record, index, name, start))
        except ValueError as exc:
            parsed.problems.append(RowProblem(name, start, str(exc)))
    _assign_keys(parsed.rows)
    return parsed


def _row(record: list[str], index: dict[str, int], name: str, line: int) -> AnswerRow:
    def get(col: str) -> str:
        i = index.get(col)
        return record[i].strip() if i is not None else ""

    empty = [c for c in ("profile", "set", "round", "question") if not get(c)]
    if empty:
        raise ValueError(f"the {' and '.join(empty)} {'is' if len(empty) == 1 else 'are'} missing")
    verdict = get("correct").casefold()
    if verdict not in VERDICTS:
        raise ValueError(f"the column “correct” says “{get('correct')}”; it should be yes, partial, no or skipped")
    points = _number(get("points"), "points")
    possible = _number(get("possible"), "possible points")
    if possible < 0:
        raise ValueError(f"the possible points ({possible:g}) cannot be negative")
    seconds_text = get("seconds")
    seconds = _number(seconds_text, "time in seconds") if seconds_text else None
    given_i = index.get("given")
    given = _uncell(record[given_i]) if given_i is not None else ""
    return AnswerRow(
        student=" ".join(_uncell(get("profile")).split()), set_id=get("set"), round=get("round"),
        mode=get("mode") or "scored", question_id=get("question"), given=given, verdict=verdict, points=points,
        possible=possible, seconds=seconds, answered_at=_time(get("answered_at")), file=name, line=line)


def _assign_keys(rows: list[AnswerRow]) -> None:
    first: dict[tuple[str, str, str], datetime] = {}
    for r in rows:
        k = (_student_key(r.student), r.set_id, r.round)
        if k not in first or r.answered_at < first[k]:
            first[k] = r.answered_at
    for i, r in enumerate(rows):
        k = (_student_key(r.student), r.set_id, r.round)
        stamp = first[k].isoformat(sep=" ", timespec="seconds")
        rows[i] = replace(r, key=RoundKey(k[0], k[1], k[2], stamp))


def read_answers_file(path: str | os.PathLike[str]) -> ParsedFile:
    """Read one result file in any encoding a teacher's file may have (``question_bank.textfiles``: UTF-8
    with or without BOM, UTF-16, or Windows-1252 as a spreadsheet may save it). Never raises: problems are
    in the result."""
    path = Path(path)
    name = path.name
    try:
        text = textfiles.decode(textfiles.read_bytes(path, MAX_FILE_BYTES, "results file"), name).text
    except textfiles.TextFileError as exc:
        return ParsedFile(name, problems=[RowProblem(name, exc.line or 1, exc.reason)])
    return read_answers_text(text, name)


# --------------------------------------------------------------------------- merging


class ClassData:
    """Answers merged from several files and/or this computer's store, each round and answer counted once."""

    def __init__(self) -> None:
        self.answers: dict[tuple[RoundKey, str], AnswerRow] = {}
        self.problems: list[RowProblem] = []
        self.files: list[str] = []
        self.duplicates = 0
        #: every file each round was found in
        self.round_files: dict[RoundKey, list[str]] = defaultdict(list)

    def add(self, parsed: ParsedFile) -> None:
        self.files.append(parsed.name)
        self.problems.extend(parsed.problems)
        for row in parsed.rows:
            if parsed.name not in self.round_files[row.round_key]:
                self.round_files[row.round_key].append(parsed.name)
            slot = (row.round_key, row.question_id)
            seen = self.answers.get(slot)
            if seen is None:
                self.answers[slot] = row
                continue
            self.duplicates += 1
            if (seen.verdict, seen.points, seen.possible) != (row.verdict, row.points, row.possible):
                self.problems.append(RowProblem(
                    row.file, row.line,
                    f"the same answer is in {seen.file} (line {seen.line}) with a different result; "
                    "that one is kept"))

    def add_file(self, path: str | os.PathLike[str]) -> ParsedFile:
        parsed = read_answers_file(path)
        self.add(parsed)
        return parsed

    def add_text(self, text: str, name: str) -> ParsedFile:
        parsed = read_answers_text(text, name)
        self.add(parsed)
        return parsed

    def add_store(self, store, set_id: str | None = None, name: str = STORE_NAME) -> ParsedFile:
        """The answers stored on this computer (a ``quiz_app.scores.ScoreStore``), read like a file."""
        buf = io.StringIO()
        store.export_answers_csv(buf, set_id=set_id)
        return self.add_text(buf.getvalue(), name)

    @property
    def rows(self) -> list[AnswerRow]:
        return list(self.answers.values())

    def set_ids(self) -> Counter:
        """How many answers each set has (to pick the set the files are about)."""
        return Counter(r.set_id for r in self.answers.values())


# --------------------------------------------------------------------------- the report


@dataclass(frozen=True)
class RoundScore:
    key: RoundKey
    student: str
    mode: str
    started: datetime
    answers: int
    correct: int
    points: float
    possible: float
    files: tuple[str, ...]

    @property
    def percent(self) -> float:
        return 100.0 * max(0.0, self.points) / self.possible if self.possible else 0.0


@dataclass(frozen=True)
class StudentRow:
    name: str
    rounds: tuple[RoundScore, ...]  # oldest first
    points: float  # rounds' scores summed (each at least 0)
    possible: float
    group: str = ""  # "top", "bottom" or "" (the thirds used for discrimination)

    @property
    def percent(self) -> float:
        return 100.0 * self.points / self.possible if self.possible else 0.0


@dataclass(frozen=True)
class GapStats:
    """One gap of a fill-the-gaps passage, for the class."""

    number: int  # 1-based, as printed "__(2)__"
    kind: str
    answer: str
    answers: int
    right: int
    #: the most common wrong answers written or chosen for it, with how often
    wrong: tuple[tuple[str, int], ...] = ()

    @property
    def share(self) -> float | None:
        return self.right / self.answers if self.answers else None


@dataclass(frozen=True)
class QuestionStats:
    question_id: str
    prompt: str
    type: str
    topics: tuple[str, ...]
    answers: int
    correct: int
    students: int
    facility: float | None
    discrimination: float | None
    #: multiple choice: the wrong choice(s) picked most often, how often, and how many wrong answers were read
    wrong_options: tuple[str, ...] = ()
    wrong_option_count: int = 0
    wrong_answers: int = 0
    #: short answer / number: the most common wrong answers as typed, with how often
    wrong_typed: tuple[tuple[str, int], ...] = ()
    #: fill the gaps: each gap's share right and its common wrong answers
    gaps: tuple[GapStats, ...] = ()

    @property
    def type_label(self) -> str:
        return TYPE_LABELS.get(self.type, self.type)

    @property
    def judged(self) -> bool:
        """Enough answers to call it hard or easy (see :data:`MIN_ANSWERS_TO_JUDGE`)."""
        return self.answers >= MIN_ANSWERS_TO_JUDGE

    def most_common_wrong(self) -> str:
        """The most chosen wrong choice or the most common wrong typed answers, in words ("" when none)."""
        if self.wrong_options:
            return f"{' / '.join(self.wrong_options)} ({self.wrong_option_count} of {self.wrong_answers})"
        return wrong_list(self.wrong_typed)


def wrong_list(wrong: Sequence[tuple[str, int]]) -> str:
    """ "“Pusan” (3), “Seoul” (1)"."""
    return ", ".join(f"“{text}” ({n})" for text, n in wrong)


def question_note(q: QuestionStats) -> str:
    """What the numbers say about a question, in a teacher's words; nothing is judged from too few answers."""
    if not q.judged:
        return TOO_FEW_TO_JUDGE
    notes = []
    if q.facility is not None and q.facility < 0.3:
        notes.append("very hard")
    elif q.facility is not None and q.facility > 0.9:
        notes.append("very easy")
    if q.discrimination is not None and q.discrimination < 0:
        notes.append("weaker students did better: check the question")
    elif q.discrimination is not None and q.discrimination < 0.2:
        notes.append("does not separate strong and weak students")
    return "; ".join(notes)


def gap_note(gap: GapStats) -> str:
    if gap.answers < MIN_ANSWERS_TO_JUDGE:
        return TOO_FEW_TO_JUDGE
    share = gap.share or 0.0
    return "very hard" if share < 0.3 else "very easy" if share > 0.9 else ""


@dataclass(frozen=True)
class AreaStats:
    """A topic or a source paragraph, for the class."""

    key: str
    label: str
    answers: int
    correct: int
    points: float
    possible: float
    students: int
    weak: bool
    question_ids: tuple[str, ...] = ()
    #: paragraphs only: where it is in the source
    source_title: str = ""
    #: the line of the text file the paragraph starts on (not the printed line: a printed line is shorter)
    line: int | None = None
    #: the paragraph's number as a reader counts them (the ¶ marks of the printed source; None: the title)
    number: int | None = None

    @property
    def percent(self) -> float:
        return 100.0 * max(0.0, self.points) / self.possible if self.possible else 0.0


@dataclass
class ClassReport:
    set_id: str
    set_title: str
    students: list[StudentRow]
    rounds: list[RoundScore]
    questions: list[QuestionStats]
    topics: list[AreaStats]
    paragraphs: list[AreaStats]
    problems: list[RowProblem]
    notes: list[str]
    #: rounds per 10 % band of score: [0-10), [10-20), … [90-100]
    distribution: list[int]
    answer_count: int
    pass_mark: float = 60.0

    @property
    def empty(self) -> bool:
        return not self.rounds

    def summary(self) -> str:
        n, r, a = len(self.students), len(self.rounds), self.answer_count
        text = (f"{n} student{'s' if n != 1 else ''}, {r} round{'s' if r != 1 else ''}, "
                f"{a} answer{'s' if a != 1 else ''}")
        if self.problems:
            text += f"; {len(self.problems)} problem{'s' if len(self.problems) != 1 else ''} in the files"
        return text + "."

    def tables(self) -> list[tuple[str, list[list[Any]]]]:
        """The report as separate tables: (name, rows with the header first). Each is a sheet of the xlsx
        export or a CSV file of its own."""
        about: list[list[Any]] = [["Class report", self.set_title], ["Set id", self.set_id],
                                  ["Made on", datetime.now().isoformat(sep=" ", timespec="minutes")],
                                  ["Summary", self.summary()],
                                  ["Judging", f"A question with fewer than {MIN_ANSWERS_TO_JUDGE} answers is "
                                              "not called hard or easy: too few answers to judge."]]
        about += [["Note", n] for n in self.notes]
        width = max((len(s.rounds) for s in self.students), default=0)
        students: list[list[Any]] = [["Student", "Rounds", "Points", "Possible", "Score %", "Third"]
                                     + [f"Round {i + 1} %" for i in range(width)]]
        for s in self.students:
            students.append([s.name, len(s.rounds), _g(s.points), _g(s.possible), _pct(s.percent), s.group]
                            + [_pct(r.percent) for r in s.rounds])
        rounds: list[list[Any]] = [["Student", "Round", "Mode", "First answer", "Answers", "Right", "Points",
                                    "Possible", "Score %", "Files"]]
        for r in self.rounds:
            rounds.append([r.student, r.key.round, r.mode, r.started.isoformat(sep=" ", timespec="seconds"),
                           r.answers, r.correct, _g(r.points), _g(r.possible), _pct(r.percent), "; ".join(r.files)])
        questions: list[list[Any]] = [["Question", "Prompt", "Type", "Topics", "Answers", "Right", "Students",
                                       "Facility", "Discrimination", "Note", "Most chosen wrong answer",
                                       "Times chosen", "Wrong answers read", "Most common wrong typed answers"]]
        for q in self.questions:
            questions.append([q.question_id, q.prompt, q.type_label, ", ".join(q.topics), q.answers, q.correct,
                              q.students, _f2(q.facility), _f2(q.discrimination), question_note(q),
                              " / ".join(q.wrong_options), q.wrong_option_count or "", q.wrong_answers or "",
                              wrong_list(q.wrong_typed)])
        gaps: list[list[Any]] = [["Question", "Gap", "Kind", "Answer", "Answers", "Filled right", "Share right",
                                  "Note", "Most common wrong answers"]]
        for q in self.questions:
            for g in q.gaps:
                gaps.append([q.question_id, g.number, g.kind.replace("_", " "), g.answer, g.answers, g.right,
                             _f2(g.share), gap_note(g), wrong_list(g.wrong)])
        out: list[tuple[str, list[list[Any]]]] = [("About", about), ("Students", students), ("Rounds", rounds),
                                                  ("Questions", questions)]
        if len(gaps) > 1:
            out.append(("Gaps", gaps))
        for title, areas in (("Topics", self.topics), ("Paragraphs", self.paragraphs)):
            table: list[list[Any]] = [["Key", "Label", "Paragraph", "Answers", "Right", "Students", "Points",
                                       "Possible", "Score %", "Weak", "Questions"]]
            for a in areas:
                table.append([a.key, a.label, a.number or "", a.answers, a.correct, a.students, _g(a.points),
                              _g(a.possible), _pct(a.percent), "yes" if a.weak else "", " ".join(a.question_ids)])
            out.append((title, table))
        out.append(("Score distribution", [["Score %", "Rounds"]]
                    + [[band_label(i), n] for i, n in enumerate(self.distribution)]))
        out.append(("Problems", [["File", "Line", "Problem"]] + [[p.file, p.line, p.reason] for p in self.problems]))
        return out

    def table_csv(self, name: str, dest: str | os.PathLike[str] | io.TextIOBase) -> None:
        """One table of :meth:`tables` as a CSV file (opens in any spreadsheet)."""
        rows = dict(self.tables())[name]
        with open_csv(dest) as fh:
            w = csv.writer(fh)
            for row in rows:
                w.writerow([_cell(v) for v in row])

    def to_csv_files(self, path: str | os.PathLike[str]) -> list[Path]:
        """Every table as its own CSV file next to ``path``: "class-report-questions.csv", … Returns the files."""
        path = Path(path)
        stem = path.stem if path.suffix.lower() == ".csv" else path.name
        written = []
        for name, rows in self.tables():
            target = path.with_name(f"{stem}-{_slug(name)}.csv")
            with open_csv(target) as fh:
                w = csv.writer(fh)
                for row in rows:
                    w.writerow([_cell(v) for v in row])
            written.append(target)
        return written

    def to_xlsx(self, path: str | os.PathLike[str]) -> None:
        """The report as an Excel workbook, one sheet per table (written to a temporary file, then moved)."""
        from openpyxl import Workbook
        from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE
        from openpyxl.styles import Font

        tables = self.tables()
        wb = Workbook()
        first = wb.active
        assert first is not None  # a new workbook has one sheet
        wb.remove(first)
        for name, rows in tables:
            sheet = wb.create_sheet(_sheet_name(name))
            for r, row in enumerate(rows, start=1):
                for c, value in enumerate(row, start=1):
                    value = _xlsx_value(value, ILLEGAL_CHARACTERS_RE)
                    cell = sheet.cell(row=r, column=c, value=value)
                    if isinstance(value, str) and value.startswith("="):
                        cell.data_type = "s"  # text, never a formula
            if rows:
                sheet.freeze_panes = "A2"
                for cell in sheet[1]:
                    cell.font = Font(bold=True)
        with atomic_path(Path(path)) as tmp:
            wb.save(str(tmp))


def _slug(name: str) -> str:
    return "-".join("".join(c if c.isalnum() else " " for c in name.lower()).split())


def _sheet_name(name: str) -> str:
    """A sheet name Excel takes: at most 31 characters, none of []:*?/\\."""
    return "".join(c for c in name if c not in "[]:*?/\\")[:31] or "Sheet"


def _xlsx_value(value: Any, illegal) -> Any:
    """Numbers as numbers (so a teacher can sort and sum), text as text: never a formula."""
    if isinstance(value, str):
        if value and _is_number(value) and value.strip() == value and value.lower() not in ("nan", "inf", "-inf",
                                                                                            "infinity"):
            number = float(value)
            return int(number) if number.is_integer() and "." not in value else number
        return illegal.sub("", value)
    return value


def band_label(i: int) -> str:
    return f"{i * 10}–{i * 10 + 9}" if i < 9 else "90–100"


def _g(x: float) -> str:
    return f"{x:g}"


def _pct(x: float) -> str:
    return f"{x:.1f}"


def _f2(x: float | None) -> str:
    return "" if x is None else f"{x:.2f}"


def _cell(value: Any) -> Any:
    if isinstance(value, str) and value[:1] in ("=", "+", "-", "@", "\t", "\r") and not _is_number(value):
        return "'" + value
    return value


def _is_number(text: str) -> bool:
    try:
        float(text)
    except ValueError:
        return False
    return True


def _choice_index(question: MultipleChoice, given: str) -> int | None:
    """Which choice a recorded answer is: its text (an export in words) or its index (the stored JSON)."""
    text = " ".join(given.split()).casefold()
    if not text:
        return None
    for i, c in enumerate(question.choices):
        if " ".join(c.text.split()).casefold() == text:
            return i
    with contextlib.suppress(ValueError):
        value = json.loads(given)
        if isinstance(value, int) and not isinstance(value, bool) and 0 <= value < len(question.choices):
            return value
    return None


def _paragraph_of(question_set: QuestionSet, question) -> tuple[str, int, int] | None:
    """(source id, paragraph index, line number) of the paragraph holding the question's quote."""
    where = ev.locate_evidence(question_set, question.evidence)
    if where is None:  # the source is missing or the quote is not in it
        return None
    source = question_set.source(question.evidence.source)
    assert source is not None  # locate_evidence found the quote in it
    return source.id, where.paragraph.index, ev.line_number(source.text, where.paragraph.start)


def build_report(data: ClassData | Iterable[AnswerRow], question_set: QuestionSet | None = None, *,
                 set_id: str | None = None, modes: Sequence[str] | None = None,
                 problems: Sequence[RowProblem] = ()) -> ClassReport:
    """The class report for one set (``question_set``, else ``set_id``, else the set with most answers).

    ``modes``: only rounds of these modes (e.g. ``("scored",)``); None = every mode.
    """
    if isinstance(data, ClassData):
        rows = data.rows
        problems = list(data.problems) + list(problems)
        duplicates = data.duplicates
        round_files = dict(data.round_files)
    else:
        rows, problems, duplicates, round_files = list(data), list(problems), 0, {}
    if question_set is not None:
        set_id = question_set.id
    if set_id is None:
        counts = Counter(r.set_id for r in rows)
        set_id = counts.most_common(1)[0][0] if counts else ""
    notes: list[str] = []
    other = sum(1 for r in rows if r.set_id != set_id)
    if other:
        notes.append(f"{other} answer{'s are' if other != 1 else ' is'} to other question sets and "
                     f"{'are' if other != 1 else 'is'} not counted here.")
    rows = [r for r in rows if r.set_id == set_id]
    if modes is not None:
        left_out = sum(1 for r in rows if r.mode not in modes)
        rows = [r for r in rows if r.mode in modes]
        if left_out:
            notes.append(f"{left_out} answer{'s' if left_out != 1 else ''} from other kinds of rounds "
                         "(practice, reviews) are not counted.")
    if duplicates:
        notes.append(f"{duplicates} answer{'s were' if duplicates != 1 else ' was'} found in more than one file "
                     "and counted once.")

    # rounds and students
    by_round: dict[RoundKey, list[AnswerRow]] = defaultdict(list)
    for r in rows:
        by_round[r.round_key].append(r)
    rounds: list[RoundScore] = []
    for key, answers in by_round.items():
        rounds.append(RoundScore(
            key, answers[0].student, answers[0].mode, min(a.answered_at for a in answers), len(answers),
            sum(a.correct for a in answers), sum(a.points for a in answers), sum(a.possible for a in answers),
            tuple(round_files.get(key) or dict.fromkeys(a.file for a in answers))))
    rounds.sort(key=lambda r: (r.key.student, r.started, _natural(r.key.round)))
    per_student: dict[str, list[RoundScore]] = defaultdict(list)
    for rnd in rounds:
        per_student[rnd.key.student].append(rnd)
    students = [StudentRow(rs[0].student, tuple(rs), sum(max(0.0, r.points) for r in rs), sum(r.possible for r in rs))
                for rs in per_student.values()]
    students.sort(key=lambda s: (-s.percent, s.name.casefold()))
    third = len(students) // 3
    groups: dict[str, str] = {}
    if third:
        for s in students[:third]:
            groups[_student_key(s.name)] = "top"
        for s in students[-third:]:
            groups[_student_key(s.name)] = "bottom"
        students = [StudentRow(s.name, s.rounds, s.points, s.possible, groups.get(_student_key(s.name), ""))
                    for s in students]
    elif students:
        notes.append("Discrimination needs at least 3 students.")
    students.sort(key=lambda s: s.name.casefold())

    # questions
    by_question: dict[str, list[AnswerRow]] = defaultdict(list)
    for r in rows:
        by_question[r.question_id].append(r)
    pass_mark = question_set.round_defaults.pass_mark_percent if question_set is not None else 60.0
    unknown = sorted(q for q in by_question if question_set is not None and question_set.question(q) is None)
    if unknown:
        shown = ", ".join(unknown[:5]) + ("…" if len(unknown) > 5 else "")
        notes.append(f"{len(unknown)} question{'s are' if len(unknown) != 1 else ' is'} not in this version of the "
                     f"set ({shown}); {'they count' if len(unknown) != 1 else 'it counts'} in the round scores only.")
    order = {q.id: i for i, q in enumerate(question_set.questions)} if question_set is not None else {}
    questions: list[QuestionStats] = []
    for qid in sorted(by_question, key=lambda q: (order.get(q, len(order)), q)):
        answers = by_question[qid]
        q = question_set.question(qid) if question_set is not None else None
        if question_set is not None and q is None:
            continue
        source = grading.source_of(q, question_set) if q is not None else None
        questions.append(_question_stats(qid, q, answers, groups, source))

    topics, paragraphs = ([], []) if question_set is None else _areas(question_set, rows, pass_mark)
    distribution = [0] * 10
    for rnd in rounds:
        distribution[min(9, int(rnd.percent // 10))] += 1
    return ClassReport(set_id, question_set.title if question_set is not None else set_id, students, rounds,
                       questions, topics, paragraphs, problems, notes, distribution, len(rows), pass_mark)


def _natural(text: str) -> tuple:
    return (0, int(text), "") if text.isdigit() else (1, 0, text)


def _typed(given: str) -> str:
    """A typed answer as the student wrote it: the stored JSON string or number, or the text in words."""
    text = given.strip()
    if not text:
        return ""
    with contextlib.suppress(ValueError):
        value = json.loads(text)
        if isinstance(value, str):
            return " ".join(value.split())
        if isinstance(value, int | float) and not isinstance(value, bool):
            return f"{value:g}"
    return " ".join(text.split())


def _cloze_values(question: Cloze, given: str) -> list[str | None] | None:
    """The gaps as filled: the stored JSON list, or the export in words ("1. tanks; 2. —; 3. Seoul")."""
    n = len(question.gaps)
    text = given.strip()
    if not text:
        return None
    with contextlib.suppress(ValueError):
        value = json.loads(text)
        if isinstance(value, list) and len(value) == n and all(v is None or isinstance(v, str) for v in value):
            return [v if v is None or v.strip() else None for v in value]
        return None
    values: list[str | None] = [None] * n
    pieces = [m for m in re.finditer(r"(?:^|; )(\d+)\. ", text)]
    if not pieces:
        return None
    for k, m in enumerate(pieces):
        end = pieces[k + 1].start() if k + 1 < len(pieces) else len(text)
        number, filled = int(m.group(1)), text[m.end():end].strip()
        if 1 <= number <= n and filled and filled != "—":
            values[number - 1] = filled
    return values


def _most_common(texts: Iterable[str]) -> tuple[tuple[str, int], ...]:
    """The most common answers, case and spacing ignored, each shown as first written; most first."""
    counts: Counter = Counter()
    shown: dict[str, str] = {}
    for text in texts:
        if not text:
            continue
        key = " ".join(text.split()).casefold()
        shown.setdefault(key, text)
        counts[key] += 1
    ranked = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[:WRONG_TYPED_SHOWN]
    return tuple((shown[k], n) for k, n in ranked)


def _gap_stats(q: Cloze, answers: list[AnswerRow], source) -> tuple[GapStats, ...]:
    n = len(q.gaps)
    right = [0] * n
    wrong: list[list[str]] = [[] for _ in range(n)]
    counted = 0
    for a in answers:
        values = [None] * n if a.verdict == "skipped" else _cloze_values(q, a.given)
        if values is None:
            continue  # an answer that cannot be read gap by gap
        counted += 1
        for i, value in enumerate(values):
            ok, _note = grading.read_gap(q, i, value, source) if value is not None else (False, None)
            if ok:
                right[i] += 1
            elif value is not None:
                wrong[i].append(" ".join(value.split()))
    return tuple(GapStats(i + 1, g.kind, g.answer, counted, right[i], _most_common(wrong[i]))
                 for i, g in enumerate(q.gaps))


def _question_stats(qid: str, q, answers: list[AnswerRow], groups: dict[str, str], source=None) -> QuestionStats:
    n = len(answers)
    right = sum(a.correct for a in answers)
    per_student: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    for a in answers:
        agg = per_student[_student_key(a.student)]
        agg[0] += a.correct
        agg[1] += 1
    shares = {s: c / t for s, (c, t) in per_student.items()}
    top = [v for s, v in shares.items() if groups.get(s) == "top"]
    bottom = [v for s, v in shares.items() if groups.get(s) == "bottom"]
    discrimination = (sum(top) / len(top) - sum(bottom) / len(bottom)) if top and bottom else None
    wrong_options: tuple[str, ...] = ()
    wrong_count = wrong_total = 0
    if isinstance(q, MultipleChoice):
        counts: Counter = Counter()
        right_index = next(i for i, c in enumerate(q.choices) if c.correct)
        for a in answers:
            if a.correct:
                continue
            i = _choice_index(q, a.given)
            if i is not None and i != right_index:
                counts[i] += 1
        wrong_total = sum(counts.values())
        if counts:
            wrong_count = max(counts.values())
            wrong_options = tuple(q.choices[i].text for i in sorted(i for i, c in counts.items() if c == wrong_count))
    wrong_typed: tuple[tuple[str, int], ...] = ()
    if isinstance(q, ShortAnswer | Numeric):
        wrong_typed = _most_common(_typed(a.given) for a in answers if a.verdict in ("no", "partial"))
    gaps = _gap_stats(q, answers, source) if isinstance(q, Cloze) else ()
    facility = right / n if n else None
    if isinstance(q, Cloze) and n:
        # a passage is many small answers: its facility is the share of its points earned (two of three
        # gaps right is not "wrong"), or a passage most students nearly fill would be called very hard
        facility = sum(min(1.0, max(0.0, a.points / a.possible)) if a.possible > 0 else 0.0 for a in answers) / n
    return QuestionStats(
        qid, q.prompt if q is not None else "", q.type if q is not None else "",
        tuple(q.topics) if q is not None else (), n, right, len(per_student), facility,
        discrimination, wrong_options, wrong_count, wrong_total, wrong_typed, gaps)


def _areas(question_set: QuestionSet, rows: list[AnswerRow], pass_mark: float):
    topic_agg: dict[str, list] = {}
    para_agg: dict[tuple[str, int], list] = {}
    para_line: dict[tuple[str, int], int] = {}
    locations = {q.id: _paragraph_of(question_set, q) for q in question_set.questions}

    def add(agg: list, r: AnswerRow) -> None:
        agg[0] += 1
        agg[1] += r.correct
        agg[2] += r.points
        agg[3] += r.possible
        agg[4].add(_student_key(r.student))
        agg[5].setdefault(r.question_id, None)

    for r in rows:
        q = question_set.question(r.question_id)
        if q is None:
            continue
        for t in dict.fromkeys(q.topics):
            add(topic_agg.setdefault(t, [0, 0, 0.0, 0.0, set(), {}]), r)
        loc = locations.get(q.id)
        if loc is not None:
            add(para_agg.setdefault(loc[:2], [0, 0, 0.0, 0.0, set(), {}]), r)
            para_line[loc[:2]] = loc[2]

    def make(key, label, agg, **kw) -> AreaStats:
        share = 100.0 * max(0.0, agg[2]) / agg[3] if agg[3] else 0.0
        return AreaStats(key, label, agg[0], agg[1], agg[2], agg[3], len(agg[4]), share < pass_mark,
                         tuple(agg[5]), **kw)

    topics = [make(t, TOPIC_LABELS.get(t, t), a) for t, a in topic_agg.items()]
    paragraphs = []
    for (source_id, index), a in para_agg.items():
        source = question_set.source(source_id)
        assert source is not None  # the paragraph was found in it by _paragraph_of
        para = ev.paragraphs(source.text)[index]
        words = para.text.split()
        excerpt = " ".join(words[:10]) + ("…" if len(words) > 10 else "")
        paragraphs.append(make(f"{source_id}#{index + 1}", excerpt, a, source_title=source.title,
                               line=para_line[(source_id, index)], number=ev.paragraph_number(source.text, para)))
    topics.sort(key=lambda a: (a.percent, a.key))
    paragraphs.sort(key=lambda a: (a.percent, a.key))
    return topics, paragraphs


def load_report(paths: Iterable[str | os.PathLike[str]], question_set: QuestionSet | None = None, *,
                store=None, modes: Sequence[str] | None = None) -> ClassReport:
    """Read result files (and this computer's store) and build the report: the one call the GUI makes."""
    data = ClassData()
    for path in paths:
        data.add_file(path)
    if store is not None:
        data.add_store(store, set_id=question_set.id if question_set is not None else None)
    return build_report(data, question_set, modes=modes)


__all__ = [
    "ANSWER_COLUMNS",
    "AnswerRow",
    "AreaStats",
    "ClassData",
    "ClassReport",
    "GapStats",
    "MIN_ANSWERS_TO_JUDGE",
    "TOO_FEW_TO_JUDGE",
    "ParsedFile",
    "QuestionStats",
    "RoundKey",
    "RoundScore",
    "RowProblem",
    "StudentRow",
    "band_label",
    "build_report",
    "gap_note",
    "question_note",
    "wrong_list",
    "load_report",
    "read_answers_file",
    "read_answers_text",
]

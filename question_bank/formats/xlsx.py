"""Kahoot-style spreadsheets (.xlsx), both ways, with openpyxl.

Import reads Kahoot's quiz template (a header row "Question - max 120 characters",
"Answer 1 - max 75 characters" … "Answer 4", "Time limit (sec)", "Correct answer(s)", found by its
text wherever it is; empty numbered rows are ignored; numbers stored as floats are read as the
numbers they are) and our own template (the CSV columns, on any sheet). A workbook written by our
exporter has a "quiz-bank" sheet with every field, a "Sources" sheet and a "Set" sheet, which
restore the set exactly; the "Kahoot" sheet comes first so that Kahoot reads it.
"""

from __future__ import annotations

import io
import re
import warnings as _warnings
import zipfile
from datetime import date, datetime, time
from pathlib import Path

from ..atomic import atomic_path
from ..models import TYPE_LABELS, QuestionSet
from .builder import SetBuilder, Where
from .csv_tsv import RowReader, is_template_header, template_rows
from .drafts import real_sources
from .exported import LeftOut
from .markers import meta_json
from .native import to_native
from .problems import ImportOptions, ImportResult
from .text import clean_cell, fmt_num, loose

FORMAT = "xlsx"
MAX_UNPACKED_BYTES = 300 * 1024 * 1024
#: the most lines a source text on the Sources sheet may have (one per row; a sheet has about a million rows)
MAX_SOURCE_LINES = 100_000
KAHOOT_TIME_LIMIT = 20
KAHOOT_HEADER = [
    "", "Question - max 120 characters", "Answer 1 - max 75 characters", "Answer 2 - max 75 characters",
    "Answer 3 - max 75 characters", "Answer 4 - max 75 characters",
    "Time limit (sec) – 5, 10, 20, 30, 60, 90, 120, or 240 secs", "Correct answer(s) - choose at least one",
]
_KAHOOT_INTRO = [
    "Quiz template",
    "Add questions, at least two answer alternatives, time limit and choose correct answers (at least one). "
    "Have fun creating your awesome quiz!",
    "Remember: questions have a limit of 120 characters and answers can have 75 characters max. Text will turn red "
    "in Excel or Google Docs if you exceed this limit. If several answers are correct, separate them with a comma.",
    "Written by quiz-bank: the sheets after this one keep every field of the set (Kahoot reads this sheet only).",
]
SOURCES_HEADER = ["source_id", "title", "citation", "line", "text"]
_CELL_LIMIT = 30000


def _col(n: int) -> str:
    from openpyxl.utils import get_column_letter

    return get_column_letter(n)


def cell_text(value) -> str:
    """A cell as text: floats that are whole numbers lose their '.0'; dates are ISO dates."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "TRUE" if value else "FALSE"
    if isinstance(value, float):
        return fmt_num(value) if value == value and abs(value) != float("inf") else ""
    if isinstance(value, int):
        return str(value)
    if isinstance(value, datetime):
        return value.date().isoformat() if value.time() == time(0) else value.isoformat(sep=" ")
    if isinstance(value, date | time):
        return value.isoformat()
    return str(value)


# --------------------------------------------------------------------------- import


def _kahoot_columns(cells: list[str]) -> dict[str, int] | None:
    cols: dict[str, int] = {}
    for i, cell in enumerate(cells):
        key = loose(cell)
        m = re.match(r"^answer\s*([1-9])\b", key)
        if key.startswith("question") and "question" not in cols:
            cols["question"] = i
        elif m:
            cols.setdefault(f"answer_{m.group(1)}", i)
        elif key.startswith("time limit"):
            cols["time"] = i
        elif key.startswith("correct"):
            cols["correct"] = i
    if "question" in cols and "answer_1" in cols and "correct" in cols:
        return cols
    return None


def _correct_numbers(value) -> list[int] | None:
    if isinstance(value, int | float) and not isinstance(value, bool):
        return [int(value)] if value == int(value) else None
    parts = [p for p in re.split(r"[,;\s]+", cell_text(value).strip()) if p]
    out = []
    for p in parts:
        number = p[:-2] if p.endswith(".0") else p
        if not number.isdigit():
            return None
        out.append(int(number))
    return out or None


def _read_kahoot(builder: SetBuilder, sheet: str, rows: list[tuple[int, tuple]], header_row: int,
                 cols: dict[str, int]) -> None:
    answer_cols = sorted((int(k.split("_")[1]), i) for k, i in cols.items() if k.startswith("answer_"))
    times = set()
    for r, values in rows:
        if r <= header_row:
            continue

        def cell(key_col: int, values=values) -> str:
            return clean_cell(cell_text(values[key_col])) if key_col < len(values) else ""

        def where(col: int, r=r) -> Where:
            return Where(sheet=sheet, row=r, cell=f"{_col(col + 1)}{r}")

        prompt = cell(cols["question"])
        answers = [(n, cell(i), i) for n, i in answer_cols]
        if not prompt and not any(text for _, text, _ in answers):
            continue  # an empty numbered row of the template
        if not prompt:
            builder.problem("answers without a question", where(cols["question"]))
            continue
        filled = [(n, text) for n, text, _ in answers if text]
        if len(filled) < 2:
            builder.problem("a Kahoot question needs at least two answers", where(answer_cols[0][1]))
            continue
        raw = values[cols["correct"]] if cols["correct"] < len(values) else None
        numbers = _correct_numbers(raw)
        if numbers is None:
            builder.problem(f"the correct answer(s) {cell_text(raw)!r} must be answer numbers such as 1 or 1,3",
                            where(cols["correct"]))
            continue
        texts = dict(filled)
        missing = [n for n in numbers if n not in texts]
        if missing:
            builder.problem(f"answer {missing[0]} is marked correct but is empty or does not exist",
                            where(cols["correct"]))
            continue
        if "time" in cols and cols["time"] < len(values) and values[cols["time"]] not in (None, ""):
            times.add(cell_text(values[cols["time"]]))
        if len(filled) == 2 and {loose(t) for _, t in filled} == {"true", "false"} and len(numbers) == 1:
            data = {"type": "true_false", "prompt": prompt, "answer": loose(texts[numbers[0]]) == "true"}
        else:
            choices = [{"text": text, "correct": n in numbers} for n, text in filled]
            data = {"type": "multiple_choice" if len(set(numbers)) == 1 else "multiple_select", "prompt": prompt,
                    "choices": choices}
        builder.add(data, Where(sheet=sheet, row=r), label="the row")
    if times:
        builder.warn(f"Kahoot time limits ({', '.join(sorted(times, key=lambda t: (len(t), t)))} s) are not kept: "
                     "the app sets the time per round", Where(sheet=sheet))


def _read_template(builder: SetBuilder, sheet: str, rows: list[tuple[int, tuple]], header_row: int,
                   header: list[str]) -> None:
    reader = RowReader(builder, header, lambda i: Where(sheet=sheet, row=header_row))
    for r, values in rows:
        if r <= header_row:
            continue
        cells = [cell_text(v) for v in values]
        where = Where(sheet=sheet, row=r)

        def locate(column: str, r=r, where=where) -> Where:
            i = reader.columns.get(column)
            return Where(sheet=sheet, row=r, cell=f"{_col(i + 1)}{r}") if i is not None else where

        reader.read(cells, where, locate)


def _read_sources(builder: SetBuilder, rows: list[tuple[int, tuple]]) -> None:
    parts: dict[str, dict] = {}
    for r, values in rows:
        cells = [cell_text(v) for v in values] + [""] * 5
        if r == 1 or not cells[0].strip():
            continue
        entry = parts.setdefault(cells[0], {"title": cells[1], "citation": cells[2], "lines": {}})
        try:
            line = int(float(cells[3]))
        except (ValueError, OverflowError):
            builder.warn(f"the line number {cells[3]!r} is not a number", Where(sheet="Sources", row=r, cell=f"D{r}"))
            continue
        # The text is rebuilt line by line up to the highest number: a stray 3e8 would make 300 million
        # empty lines (a 5 KB file wrote a 600 MB set). A source has at most one line per row of the sheet.
        if not 1 <= line <= MAX_SOURCE_LINES:
            builder.warn(f"the line number {cells[3]!r} is out of range (1 to {MAX_SOURCE_LINES:,})",
                         Where(sheet="Sources", row=r, cell=f"D{r}"))
            continue
        entry["lines"][line] = entry["lines"].get(line, "") + (cell_text(values[4]) if len(values) > 4 else "")
    for sid, entry in parts.items():
        lines = entry["lines"]
        text = "\n".join(str(lines.get(i, "")) for i in range(1, max(lines, default=0) + 1))
        meta = {"id": sid, "title": entry["title"], "citation": entry["citation"], "text": text}
        builder.take_source_meta(meta_json(meta), Where(sheet="Sources"))


def _rows(ws, limit: int | None = None) -> list[tuple[int, tuple]]:
    out = []
    for r, values in enumerate(ws.iter_rows(values_only=True), 1):
        if limit is not None and r > limit:
            break
        out.append((r, tuple(values)))
    return out


def read_workbook(data: bytes, builder: SetBuilder) -> None:
    name = builder.file
    if data.startswith(b"\xd0\xcf\x11\xe0"):
        builder.problem("this is an old Excel (.xls) file; save it as .xlsx (Excel Workbook) and import that")
        return
    if not data.startswith(b"PK"):
        builder.problem("this is not an .xlsx file (an .xlsx file is a zip archive)")
        return
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            unpacked = sum(info.file_size for info in archive.infolist())
    except (zipfile.BadZipFile, ValueError, OSError, EOFError, NotImplementedError, RuntimeError) as exc:
        builder.problem(f"the .xlsx file is damaged or cut short ({exc})")
        return
    if unpacked > MAX_UNPACKED_BYTES:
        builder.problem(f"the .xlsx file unpacks to {unpacked / 1024 / 1024:.0f} MB; refused (the limit is "
                        f"{MAX_UNPACKED_BYTES // 1024 // 1024} MB)")
        return
    from openpyxl import load_workbook

    try:
        with _warnings.catch_warnings():
            _warnings.simplefilter("ignore")
            wb = load_workbook(io.BytesIO(data), read_only=True, data_only=True)
    except Exception as exc:  # openpyxl raises many kinds of errors on damaged files
        builder.problem(f"{name} cannot be read as a spreadsheet ({type(exc).__name__}: {exc})")
        return
    try:
        with _warnings.catch_warnings():
            _warnings.simplefilter("ignore")
            _read_sheets(wb, builder)
    except Exception as exc:
        builder.problem(f"the spreadsheet cannot be read to the end ({type(exc).__name__}: {exc})")
    finally:
        wb.close()


def _read_sheets(wb, builder: SetBuilder) -> None:
    names = wb.sheetnames
    if "Set" in names:
        rows = _rows(wb["Set"], 5)
        for _, values in rows:
            if values and cell_text(values[0]) == "quiz-bank-set" and len(values) > 1:
                builder.take_set_meta(cell_text(values[1]), Where(sheet="Set"))
    if "Sources" in names:
        rows = _rows(wb["Sources"])
        if rows and [loose(cell_text(v)) for v in rows[0][1][:5]] == SOURCES_HEADER:
            _read_sources(builder, rows)
    order = (["quiz-bank"] if "quiz-bank" in names else []) + [n for n in names if n not in ("quiz-bank", "Set",
                                                                                                 "Sources")]
    for sheet in order:
        rows = _rows(wb[sheet])
        for r, values in rows[:40]:
            cells = [cell_text(v) for v in values]
            if is_template_header(cells):
                _read_template(builder, sheet, rows, r, cells)
                return
            cols = _kahoot_columns(cells)
            if cols:
                _read_kahoot(builder, sheet, rows, r, cols)
                return
    builder.problem("no sheet has a Kahoot header row (Question, Answer 1…4, Correct answer(s)) or the template's "
                    "header row (prompt, answer, …)", hint="See docs/formats.md.")


def import_xlsx_bytes(data: bytes, name: str = "<xlsx>", options: ImportOptions | None = None) -> ImportResult:
    builder = SetBuilder(name, FORMAT, options)
    read_workbook(data, builder)
    return builder.build()


# --------------------------------------------------------------------------- export


def _put(ws, row: int, col: int, value) -> bool:
    """Write a cell as text (or number); returns whether characters Excel refuses were removed."""
    from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE

    changed = False
    if isinstance(value, str):
        clean = ILLEGAL_CHARACTERS_RE.sub("", value)
        changed = clean != value
        value = clean
    cell = ws.cell(row=row, column=col, value=value)
    if isinstance(value, str) and value.startswith("="):
        cell.data_type = "s"  # text, not a formula
    return changed


def _kahoot_row(q, qset: QuestionSet) -> tuple[list | None, list[str]]:
    """The question's row of Kahoot's sheet, or None and (first of its notes) why it has none."""
    notes: list[str] = []
    if q.type == "true_false":
        return [q.prompt, "True", "False", "", "", KAHOOT_TIME_LIMIT, 1 if q.answer else 2], notes
    if q.type not in ("multiple_choice", "multiple_select", "cite"):
        return None, [LeftOut(q.id, f"{TYPE_LABELS.get(q.type, q.type).lower()} questions have no place in Kahoot's "
                                    "spreadsheet (quiz and true/false questions only)")]
    native, why = to_native(q, qset, frozenset())
    if native is None:
        return None, [LeftOut(q.id, str(why))]
    choices = [(c.text, c.correct) for c in native.choices]
    if len(choices) > 4:
        right = [c for c in choices if c[1]]
        if len(right) > 4:
            return None, [LeftOut(q.id, "more than four right answers do not fit Kahoot's four answers")]
        keep = right + [c for c in choices if not c[1]][: 4 - len(right)]
        choices = [c for c in choices if c in keep]
        notes.append(f"{q.id}: only four answers fit Kahoot; {len(native.choices) - 4} wrong answers left out")
    numbers = [i for i, (_, ok) in enumerate(choices, 1) if ok]
    correct = numbers[0] if len(numbers) == 1 else ",".join(str(n) for n in numbers)
    texts = [t for t, _ in choices] + [""] * (4 - len(choices))
    prompt = native.prompt
    if len(prompt) > 120:
        notes.append(f"{q.id}: the question has {len(prompt)} characters; Kahoot allows 120")
    if any(len(t) > 75 for t in texts):
        notes.append(f"{q.id}: an answer is longer than Kahoot's 75 characters")
    return [prompt, *texts, KAHOOT_TIME_LIMIT, correct], notes


def export_xlsx(qset: QuestionSet, path: Path, kahoot_only: bool = False) -> list[str]:
    from openpyxl import Workbook
    from openpyxl.styles import Font

    warnings: list[str] = []
    cleaned = 0
    wb = Workbook()
    ws = wb.active
    ws.title = "Kahoot"
    for i, text in enumerate(_KAHOOT_INTRO if not kahoot_only else _KAHOOT_INTRO[:3], 2):
        _put(ws, i, 2, text)
    ws.cell(row=2, column=2).font = Font(bold=True, size=14)
    for col, text in enumerate(KAHOOT_HEADER, 1):
        _put(ws, 8, col, text)
        ws.cell(row=8, column=col).font = Font(bold=True)
    row = 9
    for q in qset.questions:
        values, notes = _kahoot_row(q, qset)
        if values is None and not kahoot_only:
            # the question is on the quiz-bank sheet all the same: only Kahoot's sheet lacks it
            notes = [f"{n}; it is not on the Kahoot sheet" for n in notes]
        warnings += notes
        if values is None:
            continue
        _put(ws, row, 1, row - 8)
        for col, value in enumerate(values, 2):
            cleaned += _put(ws, row, col, value)
        row += 1
    for letter, width in zip("ABCDEFGH", (5, 60, 30, 30, 30, 30, 14, 14), strict=True):
        ws.column_dimensions[letter].width = width
    if not kahoot_only:
        header, rows, notes = template_rows(qset)
        warnings += notes
        sheet = wb.create_sheet("quiz-bank")
        for col, key in enumerate(header, 1):
            _put(sheet, 1, col, key)
        for r, template_row in enumerate(rows, 2):
            for col, key in enumerate(header, 1):
                if template_row[key]:
                    cleaned += _put(sheet, r, col, template_row[key])
        sources = wb.create_sheet("Sources")
        for col, key in enumerate(SOURCES_HEADER, 1):
            _put(sources, 1, col, key)
        r = 2
        for src in real_sources(qset):
            for number, line in enumerate(src.text.split("\n"), 1):
                chunks = [line[i:i + _CELL_LIMIT] for i in range(0, len(line), _CELL_LIMIT)] or [""]
                for chunk in chunks:
                    for col, value in enumerate((src.id, src.title, src.citation, number, chunk), 1):
                        if value != "":
                            cleaned += _put(sources, r, col, value)
                    r += 1
        info = wb.create_sheet("Set")
        _put(info, 1, 1, "quiz-bank-set")
        _put(info, 1, 2, meta_json(qset.model_dump(mode="json", exclude={"sources", "questions"})))
    if cleaned:
        warnings.append(f"control characters Excel cannot store were removed from {cleaned} cells")
    with atomic_path(path) as tmp:  # openpyxl wants a file name
        wb.save(tmp)
    return warnings

"""CSV and TSV, both ways: our template (one row per question, see docs/formats.md) and
Quizlet-style two-column files (term, definition).

The template's first columns are those of the summary a teacher opens in a spreadsheet
(id, type, topics, difficulty, points, prompt, answer, quote, source, explanation); the columns
after them (option_1…, feedback_1…, quote_1…, feedback, correction, tolerance, unit, dates,
statement, support_note) carry everything else, so that a set survives CSV -> set -> CSV.
Only ``prompt`` and ``answer`` (or the options) are needed in a file written by hand.
"""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Callable, Sequence
from dataclasses import replace
from pathlib import Path

from ..atomic import atomic_open
from ..models import Choice, OrderItem, QuestionSet
from .builder import SetBuilder, Where
from .drafts import real_evidence, real_explanation
from .exported import LeftOut
from .problems import MAX_TABLE_BYTES, ImportOptions, ImportResult, decode_text, too_large
from .text import clean_cell, fmt_num, loose

#: the columns of our own CSV export, before the options (a teacher's spreadsheet may add or drop some)
SUMMARY_COLUMNS = ["id", "type", "topics", "difficulty", "points", "prompt", "answer", "quote", "source",
                   "explanation"]

_TYPE_ALIASES = {
    "multiple_choice": ("multiple choice", "multiple_choice", "multiplechoice", "multichoice", "mc", "mcq", "single",
                        "single choice", "quiz", "choice"),
    "multiple_select": ("multiple select", "multiple_select", "multipleselect", "ms", "multiple answer",
                        "multiple answers", "multiple response", "multiresponse", "checkbox", "checkboxes",
                        "select all", "choose all that apply", "mr"),
    "true_false": ("true false", "true_false", "truefalse", "true/false", "true or false", "tf", "t/f", "boolean"),
    "numeric": ("numeric", "number", "numerical", "num", "numeric answer"),
    "short_answer": ("short answer", "short_answer", "shortanswer", "sa", "text", "fill in", "fill in the blank",
                     "open", "type answer", "typed answer"),
    "ordering": ("ordering", "order", "sequence", "put in order", "chronology"),
    "matching": ("matching", "match", "pairs", "pair"),
    "cite": ("cite", "find the sentence", "evidence", "citation"),
}
_TYPES = {alias: key for key, aliases in _TYPE_ALIASES.items() for alias in aliases}

_HEADER_ALIASES = {
    "id": "id", "question_id": "id", "qid": "id", "name": "id",
    "type": "type", "question_type": "type", "kind": "type", "qtype": "type",
    "topics": "topics", "topic": "topics", "tags": "topics", "tag": "topics", "category": "topics",
    "categories": "topics",
    "difficulty": "difficulty", "level": "difficulty",
    "points": "points", "point": "points", "marks": "points", "mark": "points", "score": "points",
    "prompt": "prompt", "question": "prompt", "question_text": "prompt", "questiontext": "prompt", "stem": "prompt",
    "answer": "answer", "answers": "answer", "correct": "answer", "correct_answer": "answer",
    "correct_answers": "answer", "correct_answer_s": "answer", "key": "answer", "right_answer": "answer",
    "solution": "answer",
    "quote": "quote", "evidence": "quote", "evidence_quote": "quote",
    "source": "source", "source_id": "source",
    "explanation": "explanation", "general_feedback": "explanation", "rationale": "explanation", "why": "explanation",
    "feedback": "feedback", "feedback_wrong": "feedback", "wrong_feedback": "feedback",
    "incorrect_feedback": "feedback", "feedback_right": "feedback_right", "right_feedback": "feedback_right",
    "correct_feedback": "feedback_right",
    "correction": "correction", "tolerance": "tolerance", "margin": "tolerance", "unit": "unit", "units": "unit",
    "dates": "dates", "statement": "statement", "claim": "statement", "support_note": "support_note",
}
_NUMBERED = re.compile(r"^(option|choice|answer|alternative|item|feedback|quote)_?(\d{1,2}|[a-h])(?:_.*)?$")
_TRUE = {"true", "t", "yes", "y", "1", "correct", "right", "wahr", "vrai", "verdadero", "richtig"}
_FALSE = {"false", "f", "no", "n", "0", "incorrect", "wrong", "falsch", "faux", "falso"}


def header_key(cell: str) -> str | None:
    """The template column a header cell names ('Correct answer' -> answer, 'Option B' -> option_2)."""
    norm = re.sub(r"[^a-z0-9]+", "_", loose(cell)).strip("_")
    if not norm:
        return None
    if norm in _HEADER_ALIASES:
        return _HEADER_ALIASES[norm]
    m = _NUMBERED.match(norm)
    if m:
        kind, n = m.groups()
        number = int(n) if n.isdigit() else ord(n) - ord("a") + 1
        if number < 1:
            return None
        prefix = {"feedback": "feedback", "quote": "quote"}.get(kind, "option")
        return f"{prefix}_{number}"
    return None


def is_template_header(cells: list[str]) -> bool:
    keys = {header_key(c) for c in cells if c}
    has_options = any(k and k.startswith("option_") for k in keys)
    return "prompt" in keys and ("answer" in keys or has_options or "type" in keys)


# --------------------------------------------------------------------------- numbers written by people

_NUM = r"[-+]?(?:\d{1,3}(?:[,\u00a0\u202f' ]\d{3})+|\d+)(?:[.,]\d+)?(?:[eE][-+]?\d+)?"
_NUMERIC_ANSWER = re.compile(
    rf"^\s*(?P<num>{_NUM})\s*(?:\.\.\s*(?P<hi>{_NUM}))?\s*"
    rf"(?:\(\s*(?:±|\+/-|\+-)\s*(?P<tol>{_NUM})\s*\)|(?:±|\+/-|\+-)\s*(?P<tol2>{_NUM}))?\s*(?P<unit>.*?)\s*$")


def human_number(text: str) -> float | None:
    """'135,000' = '135 000' = 135000; '1,5' = 1.5; '1e+20'."""
    text = text.strip()
    if not re.fullmatch(_NUM, text):
        return None
    grouped = re.match(r"^([-+]?\d{1,3}(?:[,\u00a0\u202f' ]\d{3})+)(.*)$", text)
    if grouped:
        text = re.sub(r"[,\u00a0\u202f' ]", "", grouped.group(1)) + grouped.group(2)
    text = text.replace(",", ".")
    try:
        value = float(text)
    except ValueError:
        return None
    return value if value == value and abs(value) != float("inf") else None


def parse_numeric_answer(text: str) -> tuple[float, float | None, str | None] | None:
    """(value, tolerance, unit) from '135,000 (± 5,000) troops', '1950', '130000..140000'."""
    # Runs of blank space collapse to one space first: the pattern's optional blanks side by side would
    # otherwise try every split of a long run (40 KB of spaces took 12 s).
    text = " ".join(typographic_dashes(text).split())
    if len(text) > 1000:  # no number with its unit is this long
        return None
    m = _NUMERIC_ANSWER.match(text)
    if not m:
        return None
    value = human_number(m.group("num"))
    if value is None:
        return None
    tolerance = None
    if m.group("hi"):
        high = human_number(m.group("hi"))
        if high is None:
            return None
        value, tolerance = (value + high) / 2, abs(high - value) / 2
    tol_text = m.group("tol") or m.group("tol2")
    if tol_text:
        tolerance = human_number(tol_text)
    unit = m.group("unit").strip() or None
    return value, tolerance, unit


def typographic_dashes(text: str) -> str:
    return text.replace("\u2212", "-").replace("\u2013", "-")


def numeric_answer_text(q) -> str:
    """The answer as the summary shows it, when it reads back exactly; else an exact spelling."""
    text = q.answer_text()
    parsed = parse_numeric_answer(text)
    if parsed is not None and parsed[0] == q.value and (parsed[1] or 0.0) == q.tolerance and parsed[2] == q.unit:
        return text
    text = fmt_num(q.value)
    if q.tolerance:
        text += f" (± {fmt_num(q.tolerance)})"
    return f"{text} {q.unit}" if q.unit else text


# --------------------------------------------------------------------------- rows -> questions


def _split_list(text: str, seps: str = ";|") -> list[str]:
    return [p.strip() for p in re.split(rf"[{re.escape(seps)}\n]", text) if p.strip()]


def _option_key(text: str) -> str:
    """Loose form for matching answers with options: quotes around the whole text do not matter."""
    key = re.sub(r"\s*([;|])\s*", r"\1", loose(text))
    return key[1:-1].strip() if len(key) > 2 and key[0] == key[-1] and key[0] in "\"'" else key


def match_options(answer: str, options: list[tuple[int, str]]) -> tuple[list[int] | None, str]:
    """Indexes (into ``options``) of the options an answer cell names, by text or by number/letter."""
    keys = [_option_key(text) for _, text in options]
    whole = _option_key(answer)
    if whole in keys:
        return [keys.index(whole)], ""
    parts = [p for p in re.split(r"\s*[;|\n]\s*", answer.strip()) if p.strip()]

    def by_text(start: int) -> list[int] | None:
        if start == len(parts):
            return []
        for end in range(len(parts), start, -1):
            key = _option_key(";".join(parts[start:end]))
            if key in keys:
                rest = by_text(end)
                if rest is not None:
                    return [keys.index(key), *rest]
        return None

    found = by_text(0) if len(parts) <= 12 else None
    if found is not None:
        return list(dict.fromkeys(found)), ""
    numbers = {n: i for i, (n, _) in enumerate(options)}
    out = []
    for part in parts:
        key = _option_key(part)
        if key in keys:
            out.append(keys.index(key))
            continue
        pieces = [x.strip() for x in re.split(r"[,\s]+", part) if x.strip()]
        for piece in pieces:
            piece_l = piece.lower().rstrip(".)")
            if piece_l.isascii() and piece_l.isdigit():  # "²" is a digit to isdigit() but not to int()
                # thousands of digits would make int() refuse; any such number names no option anyway
                number = int(piece_l) if len(piece_l) <= 9 else 10**9
            elif len(piece_l) == 1 and "a" <= piece_l <= "z":
                number = ord(piece_l) - ord("a") + 1
            else:
                return None, f"{part!r} is neither the text nor the number of an option"
            if number not in numbers:
                return None, f"there is no option {piece}"
            out.append(numbers[number])
    return list(dict.fromkeys(out)), ""


def _arrow_split(text: str) -> tuple[str, str] | None:
    for arrow in ("→", "->"):
        if arrow in text:
            left, _, right = text.partition(arrow)
            return left.strip(), right.strip()
    return None


class RowReader:
    """Reads template rows into questions; ``locate(column)`` gives the place of a cell for problems."""

    def __init__(self, builder: SetBuilder, header: list[str], locate_header: Callable[[int], Where]):
        self.b = builder
        self.columns: dict[str, int] = {}
        unknown = []
        for i, cell in enumerate(header):
            key = header_key(cell)
            if key and key not in self.columns:
                self.columns[key] = i
            elif clean_cell(cell):
                unknown.append(clean_cell(cell))
        if unknown:
            builder.warn(f"column{'s' if len(unknown) != 1 else ''} not in the template (or repeated), ignored: "
                         + ", ".join(repr(u) for u in unknown), locate_header(0))
        self.numbers = sorted({int(k.split("_")[1]) for k in self.columns if k.startswith("option_")})
        self.width = len(header)

    def read(self, cells: list[str], where: Where, locate: Callable[[str], Where]) -> None:
        b = self.b

        def get(key: str) -> str:
            i = self.columns.get(key)
            return clean_cell(cells[i]) if i is not None and i < len(cells) and cells[i] is not None else ""

        if not any(clean_cell(c or "") for c in cells):
            return
        if len(cells) > self.width and any(clean_cell(c or "") for c in cells[self.width:]):
            b.warn(f"the row has {len(cells)} cells but the header names {self.width} columns; a comma (or the "
                   "separator) inside a cell that is not in quotes shifts the cells after it", where)
        prompt = get("prompt")
        if not prompt:
            b.problem("the row has no question text (prompt)", locate("prompt"))
            return
        options = [(n, get(f"option_{n}")) for n in self.numbers if get(f"option_{n}")]
        answer = get("answer")
        raw_type = get("type")
        qtype = _TYPES.get(loose(raw_type).replace("_", " "), _TYPES.get(loose(raw_type))) if raw_type else None
        if raw_type and qtype is None:
            b.problem(f"unknown question type {raw_type!r}", locate("type"),
                      hint="Use multiple_choice, multiple_select, true_false, numeric, short_answer, ordering, "
                           "matching or cite.")
            return
        data: dict = {"prompt": prompt}
        source = get("source") or b.options.source_id or (b.sources[0].id if len(b.sources) == 1 else "source")
        if get("quote"):
            data["evidence"] = {"source": source, "quote": get("quote")}
        if get("explanation"):
            data["explanation"] = get("explanation")
        if get("support_note"):
            data["support_note"] = get("support_note")
        for key, convert in (("difficulty", _to_int), ("points", _to_float)):
            if get(key):
                value = convert(get(key))
                if value is None:
                    b.warn(f"{key} {get(key)!r} is not a number; the default is used", locate(key))
                else:
                    data[key] = value
        if qtype is None:
            qtype = self._guess_type(options, answer)
        ok = getattr(self, qtype)(data, options, answer, get, locate, source)
        if ok:
            data["type"] = qtype
            topics = _split_list(get("topics"), ";,|")
            b.add(data, where, tags=topics, idnumber=get("id") or None, label="the row")

    def _guess_type(self, options, answer) -> str:
        if options:
            found, _ = match_options(answer, options) if answer else (None, "")
            return "multiple_select" if found and len(found) > 1 else "multiple_choice"
        if loose(answer) in _TRUE | _FALSE and loose(answer) not in ("1", "0"):
            return "true_false"
        if answer and parse_numeric_answer(answer) is not None and not re.search(r"[;|]", answer):
            parsed = parse_numeric_answer(answer)
            if parsed and parsed[2] is None:
                return "numeric"
        return "short_answer"

    def _choices(self, data, options, answer, get, locate, source) -> list[dict] | None:
        if len(options) < 2:
            self.b.problem("a choice question needs at least two options", locate("option_1"))
            return None
        if not answer:
            self.b.problem("the row does not say which option is right (answer)", locate("answer"))
            return None
        found, why = match_options(answer, options)
        if found is None:
            self.b.problem(f"answer: {why}", locate("answer"), hint="Write the right option's text, or its number "
                           "(1, 2, …) or letter (A, B, …); separate several with ';'.")
            return None
        choices = []
        for i, (n, text) in enumerate(options):
            choice: dict = {"text": text, "correct": i in found}
            if get(f"feedback_{n}"):
                choice["feedback"] = get(f"feedback_{n}")
            if get(f"quote_{n}"):
                choice["evidence"] = {"source": source, "quote": get(f"quote_{n}")}
            choices.append(choice)
        return choices

    def multiple_choice(self, data, options, answer, get, locate, source) -> bool:
        choices = self._choices(data, options, answer, get, locate, source)
        if choices is None:
            return False
        data["choices"] = choices
        return True

    multiple_select = multiple_choice

    def true_false(self, data, options, answer, get, locate, source) -> bool:
        key = loose(answer)
        if key not in _TRUE and key not in _FALSE:
            self.b.problem(f"a true/false answer must be True or False, not {answer!r}", locate("answer"))
            return False
        data["answer"] = key in _TRUE
        if get("feedback"):
            data["feedback_wrong"] = get("feedback")
        if get("feedback_right"):
            data["feedback_right"] = get("feedback_right")
        if get("correction"):
            data["correction"] = get("correction")
        return True

    def numeric(self, data, options, answer, get, locate, source) -> bool:
        parsed = parse_numeric_answer(answer) if answer else None
        if parsed is None:
            self.b.problem(f"the answer {answer!r} is not a number", locate("answer"))
            return False
        value, tolerance, unit = parsed
        if get("tolerance"):
            tolerance = human_number(get("tolerance"))
            if tolerance is None:
                self.b.problem(f"the tolerance {get('tolerance')!r} is not a number", locate("tolerance"))
                return False
        if get("unit"):
            unit = get("unit")
        data.update(value=value, tolerance=abs(tolerance or 0.0))
        if unit:
            data["unit"] = unit
        return True

    def short_answer(self, data, options, answer, get, locate, source) -> bool:
        accepted = list(dict.fromkeys(_split_list(answer))) if answer else [text for _, text in options]
        if not accepted:
            self.b.problem("the row has no answer", locate("answer"))
            return False
        data["accepted"] = accepted
        return True

    def ordering(self, data, options, answer, get, locate, source) -> bool:
        texts = [text for _, text in options]
        numbers = [n for n, _ in options]
        if not texts and answer:
            texts = [p.strip() for p in re.split(r"→|->|[;|\n]", answer) if p.strip()]
            numbers = []
        if len(texts) < 3:
            self.b.problem("an ordering question needs at least three items (option_1, option_2, …)",
                           locate("option_1"))
            return False
        dates = [d.strip() or None for d in get("dates").split(";")] if get("dates") else []
        if dates and len(dates) != len(texts):
            self.b.warn(f"{len(dates)} dates for {len(texts)} items; dates are matched in order", locate("dates"))
        items = []
        for i, text in enumerate(texts):
            item: dict = {"text": text}
            if i < len(dates) and dates[i]:
                item["date"] = dates[i]
            if i < len(numbers) and get(f"quote_{numbers[i]}"):
                item["evidence"] = {"source": source, "quote": get(f"quote_{numbers[i]}")}
            items.append(item)
        data["items"] = items
        return True

    def matching(self, data, options, answer, get, locate, source) -> bool:
        cells = [text for _, text in options] or [p for p in re.split(r"[;|\n]", answer) if p.strip()]
        pairs, distractors = [], []
        for cell in cells:
            split = _arrow_split(cell)
            if split is None:
                self.b.problem(f"the pair {cell!r} has no arrow (write: left → right)", locate("option_1"))
                return False
            left, right = split
            if left:
                pairs.append({"left": left, "right": right})
            elif right:
                distractors.append(right)
        data["pairs"] = pairs
        if distractors:
            data["distractors"] = distractors
        return True

    def cite(self, data, options, answer, get, locate, source) -> bool:
        if not get("statement"):
            self.b.problem("a cite question needs its statement", locate("statement"))
            return False
        data["statement"] = get("statement")
        return True


def _to_int(text: str) -> int | None:
    value = _to_float(text)
    return int(value) if value is not None and value == int(value) else None


def _to_float(text: str) -> float | None:
    return human_number(text)


# --------------------------------------------------------------------------- two-column (Quizlet) files


#: The terms a card's wrong options are chosen from (a Quizlet set has a few hundred cards; all are compared).
MAX_OPTION_CANDIDATES = 2000


def cards_to_questions(builder: SetBuilder, cards: list[tuple[str, str, Where]]) -> None:
    """Each card asks its definition; the term is the answer (a short answer, or a multiple choice whose
    wrong options are the terms of other cards that look most like it)."""
    as_choice = builder.options.quizlet_as == "multiple_choice"
    terms = [term for term, _, _ in cards]
    if as_choice and len({loose(t) for t in terms}) < 2:
        builder.warn("a multiple choice needs at least two different terms; the cards become short answers")
        as_choice = False
    unique = list(dict.fromkeys(terms))
    keys = [loose(t) for t in unique]
    place = {t: i for i, t in enumerate(unique)}
    for term, definition, where in cards:
        data: dict = {"prompt": definition}
        if as_choice:
            from rapidfuzz import fuzz, process

            # the wrong options come from the terms near this card (all of them in a set of usual size):
            # comparing every card with every other made a large file take hours
            at, key = place[term], loose(term)
            lo = max(0, min(at - MAX_OPTION_CANDIDATES // 2, len(unique) - MAX_OPTION_CANDIDATES))
            others = [t for t, k in zip(unique[lo:lo + MAX_OPTION_CANDIDATES], keys[lo:lo + MAX_OPTION_CANDIDATES],
                                        strict=True) if k != key]
            picked = [m[0] for m in process.extract(term, others, scorer=fuzz.WRatio, limit=3)]
            options = sorted([term, *picked], key=loose)
            data.update(type="multiple_choice", choices=[{"text": o, "correct": o == term} for o in options])
        else:
            data.update(type="short_answer", accepted=[term])
        builder.add(data, where, label="the card")


def _split_cards(text: str, separator: str, row_separator: str | None) -> list[tuple[str, str, int]]:
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    out, offset = [], 0
    counted, line = 0, 1  # the line at ``counted``: counted on from the last row, not from the top each time
    for row in text.split(row_separator or "\n"):
        if clean_cell(row):
            lead = len(row) - len(row.lstrip())
            line += text.count("\n", counted, offset + lead)
            counted = offset + lead
            term, sep, definition = row.partition(separator)
            out.append((term, definition if sep else "", line))
        offset += len(row) + len(row_separator or "\n")
    return out


# --------------------------------------------------------------------------- import


def _records(text: str, delimiter: str, builder: SetBuilder) -> list[tuple[int, list[str]]]:
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    out: list[tuple[int, list[str]]] = []
    previous = 0
    while True:
        try:
            row = next(reader)
        except StopIteration:
            break
        except csv.Error as exc:
            builder.problem(f"this line cannot be read as {'TSV' if delimiter == chr(9) else 'CSV'}: {exc}",
                            Where(line=reader.line_num))
            previous = reader.line_num
            if len(out) > 10_000_000:
                break
            continue
        out.append((previous + 1, row))
        previous = reader.line_num
    return out


def _guess_delimiter(text: str) -> str:
    first = next((line for line in text.splitlines() if line.strip()), "")
    counts = {d: first.count(d) for d in (",", ";", "\t", "|")}
    best = max(counts, key=lambda d: counts[d])
    return best if counts[best] else ","


def read_delimited_text(text: str, builder: SetBuilder, delimiter: str | None) -> None:
    opts = builder.options
    if opts.separator:
        cards = []
        for term, definition, line in _split_cards(text, opts.separator, opts.row_separator):
            where = Where(line=line)
            if not clean_cell(term) or not clean_cell(definition):
                builder.problem("this card has no " + ("term" if not clean_cell(term) else "definition"), where)
                continue
            cards.append((clean_cell(term), clean_cell(definition), where))
        _drop_card_header(cards)
        cards_to_questions(builder, cards)
        return
    delimiter = delimiter or _guess_delimiter(text)
    records = [(line, row) for line, row in _records(text, delimiter, builder) if any(clean_cell(c) for c in row)]
    if not records:
        if not builder.problems:
            builder.problem("the file has no rows")
        return
    header_line, header = records[0]
    if is_template_header(header):
        reader = RowReader(builder, header, lambda i: Where(line=header_line))
        for line, row in records[1:]:
            where = Where(line=line)

            def locate(column: str, where=where) -> Where:
                return where

            reader.read(row, where, locate)
        return
    widths = [len([c for c in row if clean_cell(c)]) for _, row in records]
    if all(w <= 2 for w in widths) and sum(1 for w in widths if w == 2) >= max(1, len(widths) * 0.6):
        cards = []
        for line, row in records:
            cells = [clean_cell(c) for c in row if clean_cell(c)]
            if len(cells) != 2:
                builder.problem("this row has no definition (a two-column file has term and definition)",
                                Where(line=line))
                continue
            cards.append((cells[0], cells[1], Where(line=line)))
        _drop_card_header(cards)
        cards_to_questions(builder, cards)
        return
    builder.problem("the first row does not name the template's columns (it needs at least 'prompt' and "
                    "'answer')", Where(line=header_line),
                    hint="See docs/formats.md for the template, or give two columns: term and definition.")


def _drop_card_header(cards: list) -> None:
    if cards and loose(cards[0][0]) in ("term", "terms", "word") and loose(cards[0][1]) in ("definition",
                                                                                          "definitions", "meaning"):
        cards.pop(0)


#: separators a two-column (Quizlet) export may use between term and definition, most telling first
_SNIFFED_SEPARATORS = ("|", ";", " - ", " – ", " — ", "::", "=", ":", ",")


def sniff_separator(text: str, sample: int = 200) -> str | None:
    """The separator that splits (nearly) every line of a file without tabs into term and definition."""
    lines = [line for line in (raw.strip() for raw in text.splitlines()[: sample * 2]) if line][:sample]
    if not lines:
        return None
    for sep in _SNIFFED_SEPARATORS:
        if sum(1 for line in lines if sep in line.strip(sep)) >= max(1, 0.9 * len(lines)):
            return sep
    return None


def _tab_less(text: str, builder: SetBuilder) -> str | None:
    """A file imported as TSV that has no tab: the separator it uses instead (said in a warning), or None and
    an error that says so plainly."""
    sniffed = sniff_separator(text)
    if sniffed is None:
        builder.problem("this file has no tab in it, so it cannot be read as TSV, and no other separator (such as "
                        "'|', ';' or ' - ') splits its lines in two",
                        hint="Give the separator between term and definition with --separator, e.g. --separator '|'.")
        return None
    builder.warn(f"this file has no tab in it; its lines are split at {sniffed!r}, which every line has",
                 hint=f"To be sure, say so with --separator {sniffed.strip() or sniffed!r}.")
    return sniffed


def _import(data: bytes, name: str, options: ImportOptions | None, fmt: str, delimiter: str | None) -> ImportResult:
    if len(data) > MAX_TABLE_BYTES:
        return ImportResult(None, [too_large(name, len(data), MAX_TABLE_BYTES, f"{fmt.upper()} question table")],
                            name, fmt)
    builder = SetBuilder(name, fmt, options)
    text, encoding, problems = decode_text(data, name)
    builder.problems += problems
    builder.encoding = encoding
    if text is not None:
        if delimiter == "\t" and "\t" not in text and not builder.options.separator:
            sniffed = _tab_less(text, builder)
            if sniffed is None:
                return builder.build()
            header = next((line for line in text.splitlines() if line.strip()), "")
            if len(sniffed) == 1 and is_template_header([clean_cell(c) for c in header.split(sniffed)]):
                delimiter = sniffed  # our template, written with another separator
            else:
                builder.options = replace(builder.options, separator=sniffed)  # term and definition
        read_delimited_text(text, builder, delimiter)
    return builder.build()


def import_csv_bytes(data: bytes, name: str = "<csv>", options: ImportOptions | None = None) -> ImportResult:
    return _import(data, name, options, "csv", None)


def import_tsv_bytes(data: bytes, name: str = "<tsv>", options: ImportOptions | None = None) -> ImportResult:
    return _import(data, name, options, "tsv", "\t")


# --------------------------------------------------------------------------- export

TAIL_COLUMNS = ["feedback", "feedback_right", "correction", "tolerance", "unit", "dates", "statement", "support_note"]


def template_rows(qset: QuestionSet) -> tuple[list[str], list[dict[str, str]], list[str]]:
    """The template header and one row per question (the summary columns first)."""
    warnings: list[str] = []
    width = 4
    per_option_quotes = False
    for q in qset.questions:
        width = max(width, len(getattr(q, "choices", None) or getattr(q, "items", None) or []),
                    len(getattr(q, "pairs", [])) + len(getattr(q, "distractors", [])))
        per_option_quotes |= any(getattr(x, "evidence", None) for x in
                                 (getattr(q, "choices", None) or getattr(q, "items", None) or []))
    header = list(SUMMARY_COLUMNS) + [f"option_{i}" for i in range(1, width + 1)] + \
        [f"feedback_{i}" for i in range(1, width + 1)]
    if per_option_quotes:
        header += [f"quote_{i}" for i in range(1, width + 1)]
    header += TAIL_COLUMNS
    rows = []
    for q in qset.questions:
        if q.type == "cloze":
            warnings.append(LeftOut(q.id, "fill-the-gaps (cloze) questions have no column form in the template "
                                    "(export to Moodle XML, GIFT for one gap, or our own .json to keep them)"))
            continue
        evid = real_evidence(q)
        row = {key: "" for key in header}
        row.update(id=q.id, type=q.type, topics=";".join(q.topics), difficulty=str(q.difficulty),
                   points=fmt_num(q.points), prompt=q.prompt, quote=evid.quote if evid else "",
                   source=evid.source if evid else "", explanation=real_explanation(q),
                   support_note=q.support_note or "")
        if any(";" in t or "," in t for t in q.topics):
            warnings.append(f"{q.id}: a topic contains ';' or ',' and will be split on import")
        items: Sequence[Choice | OrderItem] = []
        if q.type in ("multiple_choice", "multiple_select"):
            row["answer"] = q.answer_text()
            items = q.choices
            for i, c in enumerate(q.choices, 1):
                row[f"option_{i}"] = c.text
                row[f"feedback_{i}"] = c.feedback or ""
        elif q.type == "true_false":
            row["answer"] = q.answer_text()
            row["feedback"] = q.feedback_wrong or ""
            row["feedback_right"] = q.feedback_right or ""
            row["correction"] = q.correction or ""
        elif q.type == "numeric":
            row["answer"] = numeric_answer_text(q)
            row["tolerance"] = fmt_num(q.tolerance)
            row["unit"] = q.unit or ""
        elif q.type == "short_answer":
            row["answer"] = "; ".join(q.accepted)
            if any(";" in a or "|" in a for a in q.accepted):
                warnings.append(f"{q.id}: an accepted answer contains ';' or '|' and will be split on import")
        elif q.type == "ordering":
            row["answer"] = q.answer_text()
            items = q.items
            for i, it in enumerate(q.items, 1):
                row[f"option_{i}"] = it.text
            if any(it.date for it in q.items):
                row["dates"] = ";".join(it.date or "" for it in q.items)
        elif q.type == "matching":
            row["answer"] = q.answer_text()
            cells = [f"{p.left} → {p.right}" for p in q.pairs] + [f"→ {d}" for d in q.distractors]
            for i, cell in enumerate(cells, 1):
                row[f"option_{i}"] = cell
            if any("→" in p.left or "->" in p.left for p in q.pairs):
                warnings.append(f"{q.id}: a left item contains an arrow and will be split wrongly on import")
        elif q.type == "cite":
            row["answer"] = q.answer_text() if evid else ""
            row["statement"] = q.statement
        if per_option_quotes:
            for i, x in enumerate(items, 1):
                if x.evidence is not None:
                    row[f"quote_{i}"] = x.evidence.quote
                    if evid is None or x.evidence.source != evid.source:
                        warnings.append(f"{q.id}: option {i} quotes another source than the question; "
                                        "on import it is read as the question's source")
        rows.append(row)
    return header, rows, warnings


def _export(qset: QuestionSet, path: Path, delimiter: str) -> list[str]:
    header, rows, warnings = template_rows(qset)
    # utf-8-sig so that Excel opens accents and curly quotes correctly
    with atomic_open(path, "w", encoding="utf-8-sig", newline="") as fh:
        writer = csv.DictWriter(fh, fieldnames=header, delimiter=delimiter)
        writer.writeheader()
        writer.writerows(rows)
    return warnings


def export_csv(qset: QuestionSet, path: Path) -> list[str]:
    return _export(qset, path, ",")


def export_tsv(qset: QuestionSet, path: Path) -> list[str]:
    return _export(qset, path, "\t")

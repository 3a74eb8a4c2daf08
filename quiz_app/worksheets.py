"""Printable worksheets and answer keys, as HTML for ``QTextDocument`` (plain Python, no Qt).

A :class:`Sheet` is what gets printed: numbered questions, each with the order its choices,
events or matching options are shown in (a drawn round keeps the orders the student saw; a
whole set is shuffled once, the same way every time, so that the answer key's letters match
the worksheet's). :func:`worksheet_html` and :func:`answer_key_html` turn a sheet into HTML;
``quiz_app.ui.printing`` renders that HTML to a PDF page by page (A4 or Letter).

Every text from the set is escaped with :func:`html.escape`: the only markup is ours.

Line numbers: the printed source is cut into lines of at most :data:`LINE_CHARS` characters
(at spaces; a longer word is cut), by :func:`printed_lines`, and every printed line is one row of
the page that is never wrapped again. Blank lines are not printed lines. The margin shows the
line number every 5 lines and each paragraph's number (as a reader counts them) at its first
line. The answer key finds each quote with :func:`question_bank.evidence.locate` and names its
printed lines with the same :func:`printed_lines`, so the two always agree.

Versions: :func:`version_of` draws version A or B of a sheet (questions and choices in another
order, repeatably); each version has its own key and answer grid, and "Version A" is in the
heading and the footer of every page.
"""

from __future__ import annotations

import html
import random
import re
from bisect import bisect_right
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any, Literal

from question_bank import evidence as ev
from question_bank.models import (
    TYPE_LABELS,
    Cite,
    Cloze,
    Matching,
    MultipleChoice,
    MultipleSelect,
    Numeric,
    Ordering,
    QuestionSet,
    ShortAnswer,
    Source,
    TrueFalse,
)

PageSize = Literal["a4", "letter"]
PAGE_SIZES: tuple[str, ...] = ("a4", "letter")
PAGE_LABELS = {"a4": "A4", "letter": "Letter"}
Kind = Literal["worksheet", "key", "both"]
KINDS: tuple[str, ...] = ("worksheet", "key", "both")
VERSIONS: tuple[str, ...] = ("A", "B")

#: the longest printed line of the source text, in characters: short enough that a line fits the
#: width of A4 and Letter paper at the source's type size, so the page never wraps it again
LINE_CHARS = 70
#: the printed source shows a line number on every fifth line
NUMBER_EVERY = 5

LETTERS = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"
ONE_BOX = "○"  # pick one
MANY_BOX = "☐"  # tick all that apply


@dataclass(frozen=True)
class PrintOptions:
    """What to print: the worksheet, the answer key or both; the source text first or not; the paper."""

    kind: Kind = "worksheet"
    with_source: bool = False
    page: PageSize = "a4"
    #: 1: the sheet as it is; 2: versions A and B, each with its own key (and grid)
    versions: int = 1
    #: also a one-page answer grid to fill in (question numbers and letters or spaces to write in)
    answer_grid: bool = False

    def __post_init__(self):
        if self.versions not in (1, 2):
            raise ValueError(f"versions must be 1 or 2, not {self.versions!r}")
        if self.kind not in KINDS:
            raise ValueError(f"kind must be one of {', '.join(KINDS)}, not {self.kind!r}")
        if self.page not in PAGE_SIZES:
            raise ValueError(f"page must be one of {', '.join(PAGE_SIZES)}, not {self.page!r}")


@dataclass(frozen=True)
class SheetQuestion:
    """One printed question with the order its parts are shown in (lists of ORIGINAL indices)."""

    question: Any
    #: multiple choice / multiple select: choices in printed order
    choice_order: tuple[int, ...] = ()
    #: ordering: the events in printed (scrambled) order
    item_order: tuple[int, ...] = ()
    #: matching: left items in printed order
    left_order: tuple[int, ...] = ()
    #: matching: right options (indices into ``right_options``) in printed order
    right_order: tuple[int, ...] = ()
    #: matching: the pairs' rights then the distractors, in index order
    right_options: tuple[str, ...] = ()
    #: cloze: for each gap, the options printed under it (a drop-down's answer and distractors, shuffled)
    gap_options: tuple[tuple[str, ...], ...] = ()
    #: cloze: the word bank as printed (in alphabetical order, which gives no gap away)
    bank: tuple[str, ...] = ()


@dataclass(frozen=True)
class Sheet:
    """A set or a drawn round, ready to print."""

    title: str
    questions: tuple[SheetQuestion, ...]
    sources: tuple[Source, ...] = ()
    subtitle: str = ""
    #: "A" or "B" for a version of the sheet (see :func:`version_of`), "" for the sheet itself
    version: str = ""
    #: sources by id (for the key's titles and line numbers); filled from ``sources`` when empty
    source_map: dict[str, Source] = field(default_factory=dict)

    def __post_init__(self):
        if not self.source_map:
            object.__setattr__(self, "source_map", {s.id: s for s in self.sources})

    @property
    def total_points(self) -> float:
        return float(sum(sq.question.points for sq in self.questions))


# --------------------------------------------------------------------------- building sheets


def _scrambled(n: int, rng: random.Random) -> tuple[int, ...]:
    """A shuffled order that is never the solved one (so an ordering question does not print solved)."""
    order = list(range(n))
    if n < 2:
        return tuple(order)
    for _ in range(8):
        rng.shuffle(order)
        if order != sorted(order):
            return tuple(order)
    return tuple(order[1:] + order[:1])


def sheet_question(question, *, seed: str = "worksheet", shuffle: bool = True) -> SheetQuestion:
    """A question of a whole set with printed orders drawn from ``seed`` and the question id (repeatable)."""
    rng = random.Random(f"{seed}:{question.id}")
    if isinstance(question, MultipleChoice | MultipleSelect):
        order = list(range(len(question.choices)))
        if shuffle:
            rng.shuffle(order)
        return SheetQuestion(question, choice_order=tuple(order))
    if isinstance(question, Ordering):
        return SheetQuestion(question, item_order=_scrambled(len(question.items), rng))
    if isinstance(question, Matching):
        lefts = list(range(len(question.pairs)))
        if shuffle:
            rng.shuffle(lefts)
        rights = tuple(p.right for p in question.pairs) + tuple(question.distractors)
        return SheetQuestion(question, left_order=tuple(lefts), right_order=_scrambled(len(rights), rng),
                             right_options=rights)
    if isinstance(question, Cloze):
        return _cloze_question(question, rng, shuffle)
    return SheetQuestion(question)


def _cloze_question(question: Cloze, rng: random.Random, shuffle: bool = True) -> SheetQuestion:
    options = []
    for i, gap in enumerate(question.gaps):
        if gap.kind == "dropdown":
            shown = list(question.gap_options(i))
            if shuffle:
                rng.shuffle(shown)
            options.append(tuple(shown))
        else:
            options.append(())
    bank = tuple(sorted(question.word_bank(), key=str.casefold))
    return SheetQuestion(question, gap_options=tuple(options), bank=bank)


def version_of(sheet: Sheet, version: str, *, seed: str = "worksheet") -> Sheet:
    """Version A or B of a sheet: the questions in another order and every question's choices,
    events, matches and drop-down options drawn again, from ``seed`` and the version (repeatable).

    A and B never come out in the same question order when there are two questions or more.
    """
    if version not in VERSIONS:
        raise ValueError(f"version must be one of {', '.join(VERSIONS)}, not {version!r}")
    questions = [sq.question for sq in sheet.questions]
    orders = {}
    for v in VERSIONS:
        order = list(range(len(questions)))
        random.Random(f"{seed}:version {v}:order").shuffle(order)
        orders[v] = order
    if len(questions) > 1 and orders["A"] == orders["B"]:
        orders["B"] = orders["B"][1:] + orders["B"][:1]
    items = tuple(sheet_question(questions[i], seed=f"{seed}:version {version}") for i in orders[version])
    return Sheet(sheet.title, items, sheet.sources, sheet.subtitle, version=version, source_map=dict(sheet.source_map))


def needs_source(questions: Iterable) -> bool:
    """Whether a worksheet of these questions needs the text printed with it: a question asks to find
    a sentence in it or to fill gaps of a passage of it."""
    return any(isinstance(q, Cite | Cloze) for q in questions)


def sheet_for_set(question_set: QuestionSet, *, questions: Iterable | None = None, seed: str = "worksheet",
                  shuffle: bool = True, subtitle: str | None = None) -> Sheet:
    """Every question of a set (or the given ones), in file order, choices shuffled the same way every time."""
    qs = list(question_set.questions if questions is None else questions)
    items = tuple(sheet_question(q, seed=seed, shuffle=shuffle) for q in qs)
    if subtitle is None:
        subtitle = f"{len(items)} question{'s' if len(items) != 1 else ''}"
    return Sheet(question_set.title, items, tuple(question_set.sources), subtitle,
                 source_map={s.id: s for s in question_set.sources})


def from_presented(presented) -> SheetQuestion:
    """A question as a round presented it (``quiz_app.session.PresentedQuestion``): the student's orders."""
    q = presented.question
    if isinstance(q, Matching):
        rights = tuple(presented.right_options) or (tuple(p.right for p in q.pairs) + tuple(q.distractors))
        return SheetQuestion(q, left_order=tuple(presented.left_order) or tuple(range(len(q.pairs))),
                             right_order=tuple(presented.right_order) or tuple(range(len(rights))),
                             right_options=rights)
    if isinstance(q, MultipleChoice | MultipleSelect):
        return SheetQuestion(q, choice_order=tuple(presented.choice_order) or tuple(range(len(q.choices))))
    if isinstance(q, Ordering):
        return SheetQuestion(q, item_order=tuple(presented.item_order) or tuple(range(len(q.items))))
    return SheetQuestion(q)


def sheet_for_round(round_or_summary, title: str | None = None) -> Sheet:
    """The questions of a drawn round in the order and with the choice orders the student saw.

    Takes a ``quiz_app.session.Round``, a ``RoundSummary`` or a list of ``PresentedQuestion``.
    """
    if hasattr(round_or_summary, "outcomes"):
        presented = [o.presented for o in round_or_summary.outcomes]
        title = title or round_or_summary.set_title
    elif hasattr(round_or_summary, "presented"):
        presented = list(round_or_summary.presented)
        title = title or round_or_summary.question_set.title
    else:
        presented = list(round_or_summary)
    sources: dict[str, Source] = {}
    for p in presented:
        if p.source is not None:
            sources.setdefault(p.source.id, p.source)
    items = tuple(from_presented(p) for p in presented)
    subtitle = f"A round of {len(items)} question{'s' if len(items) != 1 else ''}"
    return Sheet(title or "Worksheet", items, tuple(sources.values()), subtitle)


# --------------------------------------------------------------------------- printed lines


@dataclass(frozen=True)
class PrintedLine:
    """One line of the source as printed: its number and where it is in the source text."""

    number: int
    start: int
    end: int
    text: str


def printed_lines(text: str, width: int = LINE_CHARS) -> list[PrintedLine]:
    """The source text cut into printed lines of at most ``width`` characters, numbered from 1.

    Each line of the text (a paragraph in the set format) starts a new printed line and is cut at
    spaces; a word longer than ``width`` is cut where it reaches it. Blank lines are left out and not
    counted. Linear in the length of the text.
    """
    out: list[PrintedLine] = []

    def add(start: int, end: int) -> None:
        out.append(PrintedLine(len(out) + 1, start, end, text[start:end]))

    for m in re.finditer(r"[^\n]+", text):
        line_start: int | None = None
        line_end = 0
        for w in re.finditer(r"\S+", m.group(0)):
            start, end = m.start() + w.start(), m.start() + w.end()
            while end - start > width:  # a word longer than a line: cut it
                if line_start is not None:
                    add(line_start, line_end)
                    line_start = None
                add(start, start + width)
                start += width
            if line_start is None:
                line_start, line_end = start, end
            elif end - line_start <= width:
                line_end = end
            else:
                add(line_start, line_end)
                line_start, line_end = start, end
        if line_start is not None:
            add(line_start, line_end)
    return out


class _LineIndex:
    """Which printed line an offset of the source is on (a bisection over the lines' starts)."""

    def __init__(self, text: str):
        self.lines = printed_lines(text)
        self._starts = [line.start for line in self.lines]

    def line_of(self, offset: int) -> int:
        i = bisect_right(self._starts, offset) - 1
        return self.lines[max(i, 0)].number if self.lines else 1


_LINE_INDEXES: dict[str, _LineIndex] = {}


def _line_index(text: str) -> _LineIndex:
    index = _LINE_INDEXES.get(text)
    if index is None:
        if len(_LINE_INDEXES) > 32:
            _LINE_INDEXES.clear()
        index = _LINE_INDEXES[text] = _LineIndex(text)
    return index


def printed_line_of(text: str, offset: int) -> int:
    """The printed line (1-based, see :func:`printed_lines`) that an offset of the source text is on."""
    return _line_index(text).line_of(offset)


def paragraph_number(text: str, offset: int) -> int | None:
    """The paragraph an offset is in, as a reader counts them (1-based), or None."""
    para = ev.paragraph_of(text, offset)
    return ev.paragraph_number(text, para) if para is not None else None


# --------------------------------------------------------------------------- HTML pieces

_STYLE = """
body { font-size: 11pt; }
p { margin-top: 4px; margin-bottom: 4px; }
h1 { font-size: 18pt; margin-bottom: 2px; }
h2 { font-size: 14pt; margin-top: 12px; margin-bottom: 4px; }
.muted { color: #555555; }
.small { font-size: 9pt; }
.prompt { font-weight: bold; }
.hint { color: #444444; font-style: italic; }
.lineno { color: #666666; font-size: 9pt; }
.quote { font-style: italic; }
.answer { font-weight: bold; }
.write { margin-top: 12px; }
.sourceline { font-size: 10.5pt; }
.parano { color: #666666; font-size: 9pt; font-weight: bold; }
.gap { font-size: 4pt; }
.bank { font-size: 11pt; }
.grid { font-size: 9.5pt; }
"""


def _t(text: str) -> str:
    """Escaped text from the set, line breaks kept."""
    return html.escape(str(text)).replace("\n", "<br/>")


def _blank(width: int) -> str:
    return "_" * width


def _points(points: float) -> str:
    return f"{points:g} point{'s' if points != 1 else ''}"


def _header_html(sheet: Sheet, heading: str, *, for_student: bool) -> str:
    out = [f"<h1>{_t(sheet.title)}</h1>"]
    version = f"Version {sheet.version}" if sheet.version else ""
    sub = " · ".join(x for x in (version, heading, sheet.subtitle, _points(sheet.total_points)) if x)
    out.append(f'<p class="muted">{_t(sub)}</p>')
    if for_student:
        out.append('<table width="100%" cellspacing="0" cellpadding="6">'
                   f"<tr><td>Name: {_blank(28)}</td><td>Class: {_blank(10)}</td><td>Date: {_blank(14)}</td></tr>"
                   f"<tr><td colspan=\"3\">Score: {_blank(8)} out of {sheet.total_points:g}</td></tr></table>")
    return "".join(out)


def source_lines(text: str) -> list[tuple[int, str]]:
    """The lines of a source as printed: (line number, text); see :func:`printed_lines`."""
    return [(line.number, line.text) for line in printed_lines(text)]


def _source_html(sources: Sequence[Source]) -> str:
    out = []
    for src in sources:
        out.append(f"<h2>{_t(src.title)}</h2>")
        if src.citation.strip():
            out.append(f'<p class="muted small">{_t(src.citation)}</p>')
        out.append('<table width="100%" cellspacing="0" cellpadding="1" class="source">')
        paragraph = None
        for line in printed_lines(src.text):
            para = ev.paragraph_of(src.text, line.start)
            mark = ""
            if para is not None and para.index != paragraph:
                if paragraph is not None:  # the space between two paragraphs (no line number)
                    out.append('<tr><td colspan="3" class="gap">&nbsp;</td></tr>')
                paragraph = para.index
                number_of_paragraph = ev.paragraph_number(src.text, para)  # None: a title or heading
                mark = f"¶{number_of_paragraph}" if number_of_paragraph is not None else ""
            number = str(line.number) if line.number % NUMBER_EVERY == 0 else ""
            out.append(f'<tr><td width="7%" valign="top" style="white-space: nowrap;"><span class="parano">{mark}'
                       '</span></td><td width="6%" align="right" valign="top" style="white-space: nowrap;">'
                       f'<span class="lineno">{number}</span></td>'
                       f'<td style="white-space: nowrap;" class="sourceline">&nbsp;&nbsp;{_t(line.text)}</td></tr>')
        out.append("</table>")
    return "".join(out)


def _lines_for(source: Source | None, quote: str, span: tuple[int, int] | None = None) -> str:
    """ "line 3" or "lines 3–4" of a quote in its printed source ("" when it cannot be found)."""
    if source is None:
        return ""
    where = ev.locate(source.text, quote, span)
    if where is None:
        return ""
    first = printed_line_of(source.text, where.start)
    last = printed_line_of(source.text, max(where.start, where.end - 1))
    return f"line {first}" if first == last else f"lines {first}–{last}"


def quote_lines(sheet: Sheet, question) -> str:
    """Where the question's quote is in the printed source: "lines 12–14" (or "" when it is not found)."""
    source = sheet.source_map.get(question.evidence.source)
    return _lines_for(source, question.evidence.quote, question.evidence.span)


def quote_place(sheet: Sheet, question) -> str:
    """ "paragraph 3, lines 12–14" of the question's quote in the printed source ("" when not found)."""
    source = sheet.source_map.get(question.evidence.source)
    if source is None:
        return ""
    where = ev.locate(source.text, question.evidence.quote, question.evidence.span)
    if where is None:
        return ""
    first = ev.paragraph_name(source.text, where.paragraph)
    last = ev.paragraph_name(source.text, where.last_paragraph)
    if first == last:
        paragraphs = first
    elif first.startswith("paragraph ") and last.startswith("paragraph "):
        paragraphs = f"paragraphs {first.split()[1]}–{last.split()[1]}"
    else:
        paragraphs = f"{first} to {last}"
    return f"{paragraphs}, {quote_lines(sheet, question)}"


def _row(cells: str) -> str:
    return f"<tr>{cells}</tr>"


def _options_table(rows: list[tuple[str, str, str]]) -> str:
    """Rows of (box, letter, text) aligned in columns."""
    body = "".join(_row(f'<td width="5%" valign="top">{box}</td><td width="5%" valign="top"><b>{letter}</b></td>'
                        f"<td>{text}</td>") for box, letter, text in rows)
    return f'<table cellspacing="0" cellpadding="3">{body}</table>'


def _gap_mark(number: int) -> str:
    return f"<b>__({number})__</b>"


def _cloze_area(sq: SheetQuestion) -> str:
    """The passage with numbered gaps, the word bank in a box (once), and a line per gap below."""
    q = sq.question
    passage = "".join(_gap_mark(i + 1) if i is not None else _t(text) for text, i in q.parts())
    out = ['<p class="hint">Fill each numbered gap of the passage.</p>', f"<p>{passage}</p>"]
    if sq.bank:
        words = " &nbsp;·&nbsp; ".join(_t(w) for w in sq.bank)
        out.append('<table border="1" cellspacing="0" cellpadding="6" style="border-style: solid;">'
                   f'<tr><td class="bank"><b>Word bank:</b> {words}</td></tr></table>')
    rows = []
    for i, gap in enumerate(q.gaps):
        options = sq.gap_options[i] if i < len(sq.gap_options) else ()
        if gap.kind == "dropdown" and options:
            choices = " &nbsp;&nbsp; ".join(f"{ONE_BOX} <b>{LETTERS[n]}</b> {_t(o)}" for n, o in enumerate(options))
            rows.append(f"<p>{i + 1}. Tick one: {choices}</p>")
        elif gap.kind == "word_bank":
            rows.append(f'<p class="write">{i + 1}. {_blank(26)} (a word from the word bank)</p>')
        elif gap.kind == "numeric":
            rows.append(f'<p class="write">{i + 1}. {_blank(16)} (a number)</p>')
        else:
            rows.append(f'<p class="write">{i + 1}. {_blank(30)}</p>')
    return "".join(out + rows)


def _answer_area(sq: SheetQuestion, with_source: bool, sheet: Sheet | None = None) -> str:
    q = sq.question
    if isinstance(q, Cloze):
        return _cloze_area(sq)
    if isinstance(q, MultipleChoice):
        order = sq.choice_order or tuple(range(len(q.choices)))
        rows = [(ONE_BOX, LETTERS[n], _t(q.choices[i].text)) for n, i in enumerate(order)]
        return '<p class="hint">Tick one answer.</p>' + _options_table(rows)
    if isinstance(q, MultipleSelect):
        order = sq.choice_order or tuple(range(len(q.choices)))
        rows = [(MANY_BOX, LETTERS[n], _t(q.choices[i].text)) for n, i in enumerate(order)]
        return '<p class="hint">Tick every answer that is right.</p>' + _options_table(rows)
    if isinstance(q, TrueFalse):
        return ('<p class="hint">Is this true or false? Tick one.</p>'
                f"<p>{ONE_BOX} True &nbsp;&nbsp;&nbsp;&nbsp; {ONE_BOX} False</p>"
                f'<p class="write">If it is false, write what the text says: {_blank(40)}</p>')
    if isinstance(q, Numeric):
        unit = f" {_t(q.unit)}" if q.unit else ""
        return f'<p class="hint">Write a number.</p><p class="write">Answer: {_blank(22)}{unit}</p>'
    if isinstance(q, ShortAnswer):
        return f'<p class="hint">Write a short answer.</p><p class="write">Answer: {_blank(50)}</p>'
    if isinstance(q, Ordering):
        order = sq.item_order or tuple(range(len(q.items)))
        rows = [("", LETTERS[n], _t(q.items[i].text)) for n, i in enumerate(order)]
        slots = " &nbsp; ".join(f"{n + 1}. {_blank(5)}" for n in range(len(order)))
        return ('<p class="hint">Put these events in the order they happened: write their letters, '
                "first to last.</p>" + _options_table(rows) + f'<p class="write">{slots}</p>')
    if isinstance(q, Matching):
        lefts = sq.left_order or tuple(range(len(q.pairs)))
        rights = sq.right_options or (tuple(p.right for p in q.pairs) + tuple(q.distractors))
        right_order = sq.right_order or tuple(range(len(rights)))
        n = max(len(lefts), len(right_order))
        body = []
        for k in range(n):
            left = (f"<td width=\"5%\" valign=\"top\"><b>{k + 1}.</b></td><td valign=\"top\">{_t(q.pairs[lefts[k]].left)}"
                    f"</td><td width=\"12%\" valign=\"top\">{_blank(5)}</td>") if k < len(lefts) else "<td></td><td></td><td></td>"
            right = (f"<td width=\"5%\" valign=\"top\"><b>{LETTERS[k]}</b></td><td valign=\"top\">"
                     f"{_t(rights[right_order[k]])}</td>") if k < len(right_order) else "<td></td><td></td>"
            body.append(_row(left + '<td width="4%"></td>' + right))
        extra = " Some letters are not used." if len(right_order) > len(lefts) else ""
        return (f'<p class="hint">Write the letter of the matching item in each space.{extra}</p>'
                f'<table width="100%" cellspacing="0" cellpadding="3">{"".join(body)}</table>')
    if isinstance(q, Cite):
        where = f'<p class="write">Line number: {_blank(6)}</p>' if with_source else ""
        if with_source:
            ask = "Find the sentence in the text that proves this, and copy it:"
        else:  # the text is not on this sheet: name it, so the student knows where to look
            source = sheet.source_map.get(q.evidence.source) if sheet is not None else None
            title = f"“{source.title}”" if source is not None else "your copy of the text"
            ask = f"In {title} (not printed here), find the sentence that proves this, and copy it:"
        return (f'<p class="hint">{_t(ask)}</p>'
                f'<p class="quote">“{_t(q.statement)}”</p>'
                f'<p class="write">{_blank(60)}</p><p class="write">{_blank(60)}</p>{where}')
    return f"<p>{_blank(60)}</p>"


def _question_block(number: int, inner: str) -> str:
    # A one-row table keeps the number in its own column, like a hanging indent.
    return ('<table width="100%" cellspacing="0" cellpadding="2" style="margin-top: 10px;">'
            f'<tr><td width="6%" valign="top"><b>{number}.</b></td><td valign="top">{inner}</td></tr></table>')


def _page_break() -> str:
    return '<p style="page-break-before: always; margin: 0;"></p>'


def worksheet_html(sheet: Sheet, *, with_source: bool = False) -> str:
    """The student's worksheet: name/date/score lines, the source with line numbers (optional), the questions."""
    out = [f"<html><head><style>{_STYLE}</style></head><body>", _header_html(sheet, "Worksheet", for_student=True)]
    if with_source and sheet.sources:
        out.append('<p class="hint">Read the text first. The margin numbers every fifth line; ¶ marks where each paragraph starts.</p>')
        out.append(_source_html(sheet.sources))
        out.append(_page_break())
        out.append("<h2>Questions</h2>")
    else:
        out.append("<h2>Questions</h2>")
    for n, sq in enumerate(sheet.questions, start=1):
        q = sq.question
        prompt = f'<span class="prompt">{_t(q.prompt)}</span> <span class="muted small">({_points(q.points)})</span>'
        out.append(_question_block(n, f"<p>{prompt}</p>{_answer_area(sq, with_source, sheet)}"))
    out.append("</body></html>")
    return "".join(out)


def answer_text(sq: SheetQuestion, sheet: Sheet | None = None) -> str:
    """The right answer written with the worksheet's letters (plain text, not escaped)."""
    q = sq.question
    if isinstance(q, MultipleChoice | MultipleSelect):
        order = sq.choice_order or tuple(range(len(q.choices)))
        picked = [(LETTERS[n], q.choices[i].text) for n, i in enumerate(order) if q.choices[i].correct]
        return "; ".join(f"{letter}: {text}" for letter, text in picked)
    if isinstance(q, TrueFalse):
        if not q.answer and q.correction:
            return f"False. The text says: “{q.correction}”"
        return q.answer_text()
    if isinstance(q, ShortAnswer):
        others = q.accepted[1:]
        return q.accepted[0] + (f" (also accepted: {', '.join(others)})" if others else "")
    if isinstance(q, Ordering):
        order = sq.item_order or tuple(range(len(q.items)))
        letter_of = {i: LETTERS[n] for n, i in enumerate(order)}
        return " → ".join(f"{letter_of[i]}: {it.text}" + (f" ({it.date})" if it.date else "")
                          for i, it in enumerate(q.items))
    if isinstance(q, Matching):
        lefts = sq.left_order or tuple(range(len(q.pairs)))
        rights = sq.right_options or (tuple(p.right for p in q.pairs) + tuple(q.distractors))
        right_order = sq.right_order or tuple(range(len(rights)))
        letter_of = {r: LETTERS[n] for n, r in enumerate(right_order)}
        return "; ".join(f"{k + 1} → {letter_of[i]} ({q.pairs[i].left} → {q.pairs[i].right})"
                         for k, i in enumerate(lefts))
    if isinstance(q, Cite):
        where = quote_lines(sheet, q) if sheet is not None else ""
        return (f"{where.capitalize()}: " if where else "") + f"“{q.evidence.quote}”"
    if isinstance(q, Cloze):
        return "; ".join(gap_answer(sq, i) for i in range(len(q.gaps)))
    return q.answer_text()


def gap_answer(sq: SheetQuestion, index: int) -> str:
    """ "2. B: 38th parallel" — a cloze gap's answer as the worksheet shows it (plain text)."""
    gap = sq.question.gaps[index]
    options = sq.gap_options[index] if index < len(sq.gap_options) else ()
    answer = gap.answer
    if gap.kind == "dropdown" and gap.answer in options:
        answer = f"{LETTERS[options.index(gap.answer)]}: {gap.answer}"
    elif gap.kind == "short_answer" and gap.accepted:
        answer += f" (also accepted: {', '.join(gap.accepted)})"
    elif gap.kind == "numeric" and gap.tolerance:
        answer += f" (± {gap.tolerance:g})"
    return f"{index + 1}. {answer}"


LINES_NOTE = (f"Line and paragraph numbers refer to the source text as printed with the worksheet: lines of at "
              f"most {LINE_CHARS} characters, a number every {NUMBER_EVERY} lines, blank lines not counted, "
              "¶ marking where each paragraph starts.")


def answer_key_html(sheet: Sheet, *, with_source: bool = False) -> str:
    """The teacher's key: each answer with its explanation, its quote and where it is in the printed source
    (paragraph and line numbers); the source itself first when ``with_source``."""
    out = [f"<html><head><style>{_STYLE}</style></head><body>", _header_html(sheet, "Answer key", for_student=False)]
    out.append(f'<p class="hint">{_t(LINES_NOTE)}</p>')
    if with_source and sheet.sources:
        out.append(_source_html(sheet.sources))
        out.append(_page_break())
        out.append("<h2>Answers</h2>")
    for n, sq in enumerate(sheet.questions, start=1):
        q = sq.question
        source = sheet.source_map.get(q.evidence.source)
        where = quote_place(sheet, q)
        cite = ", ".join(x for x in (source.title if source else q.evidence.source, where) if x)
        inner = [f'<p><span class="prompt">{_t(q.prompt)}</span> '
                 f'<span class="muted small">({_t(TYPE_LABELS.get(q.type, q.type))}, {_points(q.points)})</span></p>']
        if isinstance(q, Cite):
            inner.append(f'<p>Statement: <span class="quote">“{_t(q.statement)}”</span></p>')
        if isinstance(q, Cloze):
            gaps = "".join(f'<p class="answer">{_t(gap_answer(sq, i))}</p>' for i in range(len(q.gaps)))
            inner.append(f"<p>Passage: {''.join(_gap_mark(i + 1) if i is not None else _t(t) for t, i in q.parts())}"
                         f"</p><p>Answers:</p>{gaps}")
        else:
            inner.append(f'<p>Answer: <span class="answer">{_t(answer_text(sq, sheet))}</span></p>')
        inner.append(f"<p>Why: {_t(q.explanation)}</p>")
        inner.append(f'<p>The text: <span class="quote">“{_t(q.evidence.quote)}”</span> '
                     f'<span class="muted">({_t(cite)})</span></p>')
        out.append(_question_block(n, "".join(inner)))
    out.append("</body></html>")
    return "".join(out)


def _grid_cell(sq: SheetQuestion) -> str:
    """What a student fills in on the answer grid for one question (letters to circle or a space to write)."""
    q = sq.question
    if isinstance(q, MultipleChoice):
        return " ".join(f"{ONE_BOX}{LETTERS[n]}" for n in range(len(q.choices)))
    if isinstance(q, MultipleSelect):
        return " ".join(f"{MANY_BOX}{LETTERS[n]}" for n in range(len(q.choices)))
    if isinstance(q, TrueFalse):
        return f"{ONE_BOX}True {ONE_BOX}False"
    if isinstance(q, Ordering):
        return " ".join(_blank(2) for _ in q.items)
    if isinstance(q, Matching):
        return " ".join(f"{k + 1}{_blank(2)}" for k in range(len(q.pairs)))
    if isinstance(q, Cloze):
        return " ".join(f"({i + 1}){_blank(5)}" for i in range(len(q.gaps)))
    if isinstance(q, Cite):
        return f"line {_blank(4)}"
    return _blank(16)


def grid_columns(count: int) -> int:
    """How many columns the answer grid needs to fit ``count`` questions on one page."""
    return 1 if count <= 30 else 2 if count <= 64 else 3


def answer_grid_html(sheet: Sheet) -> str:
    """One page to answer on: each question's number with its letters to tick or a space to write in."""
    out = [f"<html><head><style>{_STYLE}</style></head><body>", _header_html(sheet, "Answer grid", for_student=True)]
    out.append('<p class="hint">Tick the letter of your answer, or write it in the space. '
               "Write long answers on the worksheet.</p>")
    columns = grid_columns(len(sheet.questions))
    per_column = -(-len(sheet.questions) // columns) if sheet.questions else 0
    cells = [f"<b>{n}.</b>&nbsp;{_grid_cell(sq)}" for n, sq in enumerate(sheet.questions, start=1)]
    width = 100 // columns
    rows = []
    for r in range(per_column):
        row = []
        for c in range(columns):
            k = c * per_column + r
            row.append(f'<td width="{width}%" valign="top" class="grid">{cells[k] if k < len(cells) else ""}</td>')
        rows.append(_row("".join(row)))
    out.append(f'<table width="100%" cellspacing="0" cellpadding="2">{"".join(rows)}</table>')
    out.append("</body></html>")
    return "".join(out)


def documents(sheet: Sheet, options: PrintOptions) -> list[tuple[str, str]]:
    """The documents to print for these options: (kind, html) with kind "worksheet", "key" or "grid".

    For two versions, call it once per version (:func:`version_of`)."""
    out = []
    if options.kind in ("worksheet", "both"):
        out.append(("worksheet", worksheet_html(sheet, with_source=options.with_source)))
    if options.kind in ("key", "both"):
        out.append(("key", answer_key_html(sheet, with_source=options.with_source and options.kind == "key")))
    if options.answer_grid:
        out.append(("grid", answer_grid_html(sheet)))
    return out


def sheets_to_print(sheet: Sheet, options: PrintOptions) -> list[Sheet]:
    """The sheet itself, or its versions A and B when two versions are asked for."""
    if options.versions == 2:
        return [version_of(sheet, v) for v in VERSIONS]
    return [sheet]


__all__ = [
    "KINDS",
    "LINE_CHARS",
    "NUMBER_EVERY",
    "VERSIONS",
    "PrintedLine",
    "answer_grid_html",
    "gap_answer",
    "grid_columns",
    "needs_source",
    "paragraph_number",
    "printed_line_of",
    "printed_lines",
    "quote_place",
    "sheets_to_print",
    "version_of",
    "PAGE_LABELS",
    "PAGE_SIZES",
    "PrintOptions",
    "Sheet",
    "SheetQuestion",
    "answer_key_html",
    "answer_text",
    "documents",
    "from_presented",
    "quote_lines",
    "sheet_for_round",
    "sheet_for_set",
    "sheet_question",
    "source_lines",
    "worksheet_html",
]

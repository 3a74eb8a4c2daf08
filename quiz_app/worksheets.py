"""Printable worksheets and answer keys, as HTML for ``QTextDocument`` (plain Python, no Qt).

A :class:`Sheet` is what gets printed: numbered questions, each with the order its choices,
events or matching options are shown in (a drawn round keeps the orders the student saw; a
whole set is shuffled once, the same way every time, so that the answer key's letters match
the worksheet's). :func:`worksheet_html` and :func:`answer_key_html` turn a sheet into HTML;
``quiz_app.ui.printing`` renders that HTML to a PDF page by page (A4 or Letter).

Every text from the set is escaped with :func:`html.escape`: the only markup is ours.

Line numbers: the printed source numbers each line of the source text (a paragraph is one
line in the set format), and the answer key gives the line numbers of each quote with
:func:`question_bank.evidence.line_number`, so the two always agree.
"""

from __future__ import annotations

import html
import random
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any, Literal

from question_bank import evidence as ev
from question_bank.models import (
    TYPE_LABELS,
    Cite,
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

LETTERS = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"
ONE_BOX = "○"  # pick one
MANY_BOX = "☐"  # tick all that apply


@dataclass(frozen=True)
class PrintOptions:
    """What to print: the worksheet, the answer key or both; the source text first or not; the paper."""

    kind: Kind = "worksheet"
    with_source: bool = False
    page: PageSize = "a4"

    def __post_init__(self):
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


@dataclass(frozen=True)
class Sheet:
    """A set or a drawn round, ready to print."""

    title: str
    questions: tuple[SheetQuestion, ...]
    sources: tuple[Source, ...] = ()
    subtitle: str = ""
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
    return SheetQuestion(question)


def sheet_for_set(question_set: QuestionSet, *, questions: Iterable | None = None, seed: str = "worksheet",
                  shuffle: bool = True, subtitle: str | None = None) -> Sheet:
    """Every question of a set (or the given ones), in file order, choices shuffled the same way every time."""
    qs = list(question_set.questions if questions is None else questions)
    items = tuple(sheet_question(q, seed=seed, shuffle=shuffle) for q in qs)
    if subtitle is None:
        subtitle = f"{len(items)} question{'s' if len(items) != 1 else ''}"
    return Sheet(question_set.title, items, tuple(question_set.sources), subtitle,
                 {s.id: s for s in question_set.sources})


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
    sub = " · ".join(x for x in (heading, sheet.subtitle, _points(sheet.total_points)) if x)
    out.append(f'<p class="muted">{_t(sub)}</p>')
    if for_student:
        out.append('<table width="100%" cellspacing="0" cellpadding="6">'
                   f"<tr><td>Name: {_blank(28)}</td><td>Class: {_blank(10)}</td><td>Date: {_blank(14)}</td></tr>"
                   f"<tr><td colspan=\"3\">Score: {_blank(8)} out of {sheet.total_points:g}</td></tr></table>")
    return "".join(out)


def source_lines(text: str) -> list[tuple[int, str]]:
    """The lines of a source as printed: (line number, text), blank lines left out but still counted."""
    return [(i + 1, line) for i, line in enumerate(text.split("\n")) if line.strip()]


def _source_html(sources: Sequence[Source]) -> str:
    out = []
    for src in sources:
        out.append(f"<h2>{_t(src.title)}</h2>")
        if src.citation.strip():
            out.append(f'<p class="muted small">{_t(src.citation)}</p>')
        out.append('<table width="100%" cellspacing="0" cellpadding="3">')
        for number, line in source_lines(src.text):
            out.append(f'<tr><td width="6%" align="right" valign="top"><span class="lineno">{number}</span></td>'
                       f"<td>{_t(line)}</td></tr>")
        out.append("</table>")
    return "".join(out)


def _lines_for(source: Source | None, quote: str, span: tuple[int, int] | None = None) -> str:
    """ "line 3" or "lines 3–4" of a quote in its source ("" when it cannot be found)."""
    if source is None:
        return ""
    where = ev.locate(source.text, quote, span)
    if where is None:
        return ""
    first, last = ev.lines_of(source.text, where)
    return f"line {first}" if first == last else f"lines {first}–{last}"


def quote_lines(sheet: Sheet, question) -> str:
    """Where the question's quote is in the printed source: "line 3" (or "" when it is not found)."""
    source = sheet.source_map.get(question.evidence.source)
    return _lines_for(source, question.evidence.quote, question.evidence.span)


def _row(cells: str) -> str:
    return f"<tr>{cells}</tr>"


def _options_table(rows: list[tuple[str, str, str]]) -> str:
    """Rows of (box, letter, text) aligned in columns."""
    body = "".join(_row(f'<td width="5%" valign="top">{box}</td><td width="5%" valign="top"><b>{letter}</b></td>'
                        f"<td>{text}</td>") for box, letter, text in rows)
    return f'<table cellspacing="0" cellpadding="3">{body}</table>'


def _answer_area(sq: SheetQuestion, with_source: bool) -> str:
    q = sq.question
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
        return (f'<p class="hint">Find the sentence in the text that proves this, and copy it:</p>'
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
        out.append('<p class="hint">Read the text first. The numbers in the margin are line numbers.</p>')
        out.append(_source_html(sheet.sources))
        out.append(_page_break())
        out.append("<h2>Questions</h2>")
    else:
        out.append("<h2>Questions</h2>")
    for n, sq in enumerate(sheet.questions, start=1):
        q = sq.question
        prompt = f'<span class="prompt">{_t(q.prompt)}</span> <span class="muted small">({_points(q.points)})</span>'
        out.append(_question_block(n, f"<p>{prompt}</p>{_answer_area(sq, with_source)}"))
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
    return q.answer_text()


def answer_key_html(sheet: Sheet) -> str:
    """The teacher's key: each answer with its explanation, its quote and the source line numbers."""
    out = [f"<html><head><style>{_STYLE}</style></head><body>", _header_html(sheet, "Answer key", for_student=False)]
    out.append('<p class="hint">Line numbers refer to the source text as printed with the worksheet '
               "(one number per line of the text).</p>")
    for n, sq in enumerate(sheet.questions, start=1):
        q = sq.question
        source = sheet.source_map.get(q.evidence.source)
        where = quote_lines(sheet, q)
        cite = ", ".join(x for x in (source.title if source else q.evidence.source, where) if x)
        inner = [f'<p><span class="prompt">{_t(q.prompt)}</span> '
                 f'<span class="muted small">({_t(TYPE_LABELS.get(q.type, q.type))}, {_points(q.points)})</span></p>']
        if isinstance(q, Cite):
            inner.append(f'<p>Statement: <span class="quote">“{_t(q.statement)}”</span></p>')
        inner.append(f'<p>Answer: <span class="answer">{_t(answer_text(sq, sheet))}</span></p>')
        inner.append(f"<p>Why: {_t(q.explanation)}</p>")
        inner.append(f'<p>The text: <span class="quote">“{_t(q.evidence.quote)}”</span> '
                     f'<span class="muted">({_t(cite)})</span></p>')
        out.append(_question_block(n, "".join(inner)))
    out.append("</body></html>")
    return "".join(out)


def documents(sheet: Sheet, options: PrintOptions) -> list[tuple[str, str]]:
    """The documents to print for these options: (kind, html) with kind "worksheet" or "key"."""
    out = []
    if options.kind in ("worksheet", "both"):
        out.append(("worksheet", worksheet_html(sheet, with_source=options.with_source)))
    if options.kind in ("key", "both"):
        out.append(("key", answer_key_html(sheet)))
    return out


__all__ = [
    "KINDS",
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

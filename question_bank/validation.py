"""Rules that need the whole set: unique ids, sources that exist, quotes that are really in
their source, and answers the quote really states.

What the answer-in-quote check verifies, per question type (anything it cannot verify
needs an explicit ``support_note`` on the question, which ``quiz-bank validate`` lists):

* numeric: the value (within the tolerance) is one of the numbers written in the quote.
* short_answer: the first accepted answer occurs in the quote (tolerant matching), or,
  when it is a date, the quote writes that date.
* multiple_choice / multiple_select: every content word (and every number and date) of each
  correct choice occurs in the quote of the question or of the choice itself.
* true_false: a true statement's content words occur in the quote; a false statement
  needs a ``correction`` whose content words occur in the quote.
* ordering: every item carries a date that its quote (the item's own or the question's) writes;
  the items are listed in the order of those dates.
* matching: every left and right item's content words occur in the quote.
* cite: the quote *is* the answer, so finding it verbatim is the check.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Literal

from . import answers, numbers
from . import evidence as ev
from . import placeholders as ph
from . import textnorm as tn
from .models import (
    Numeric,
    Ordering,
    QuestionSet,
)

FieldPath = tuple[str | int, ...]


@dataclass
class Problem:
    """One thing wrong with a set file, said so that a teacher can fix it."""

    path: FieldPath
    message: str
    hint: str = ""
    #: "error" stops a set from being played for a score; "notice" and "warning" (item-quality
    #: lint, see question_bank.lint) never do.
    severity: Literal["error", "notice", "warning"] = "error"
    line: int | None = None
    column: int | None = None
    file: str = ""

    @property
    def where(self) -> str:
        return path_to_str(self.path)

    def as_dict(self) -> dict:
        return {
            "file": self.file,
            "path": self.where,
            "line": self.line,
            "column": self.column,
            "severity": self.severity,
            "message": self.message,
            "hint": self.hint,
        }

    def __str__(self) -> str:
        place = self.file or "<set>"
        if self.line is not None:
            place += f":{self.line}" if self.column is None else f":{self.line}:{self.column}"
        where = f" {self.where}" if self.path else ""
        text = f"{place}:{where} {self.message}"
        if self.hint:
            text += f"\n    hint: {self.hint}"
        return text


def path_to_str(path: FieldPath) -> str:
    out = ""
    for part in path:
        if isinstance(part, int):
            out += f"[{part}]"
        else:
            out += ("." if out else "") + part
    return out


@dataclass
class CheckReport:
    problems: list[Problem] = field(default_factory=list)

    def add(self, path: FieldPath, message: str, hint: str = "", severity: Literal["error", "notice"] = "error"):
        self.problems.append(Problem(path, message, hint, severity))


def _short(text: str, limit: int = 160) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


_runs = 0


def validations_run() -> int:
    """How many times :func:`check_set` ran in this process (tests count with it that a cached verdict
    spares the checks)."""
    return _runs


def check_set(qset: QuestionSet, question_offset: dict[int, int] | None = None) -> list[Problem]:
    """Every cross-field problem of a structurally valid set; resolves evidence spans as it goes.

    ``question_offset`` maps the index of a question in ``qset.questions`` to its index in the
    file, for when some questions of the file were not structurally valid and left out.
    """
    global _runs
    _runs += 1
    report = CheckReport()
    index = question_offset or {}

    seen_sources: dict[str, int] = {}
    for i, src in enumerate(qset.sources):
        if src.id in seen_sources:
            report.add(("sources", i, "id"), f"source id {src.id!r} is used twice (also sources[{seen_sources[src.id]}])",
                       "Give every source its own id.")
        else:
            seen_sources[src.id] = i
    texts = {s.id: s.text for s in qset.sources}
    real_texts = {s.id: s.text for s in qset.sources if not ph.is_placeholder_source(s)}
    for i, src in enumerate(qset.sources):
        if ph.is_placeholder_source(src):
            report.add(("sources", i, "text"), "the set has no source text yet",
                       "Paste the text the questions are based on, then quote it in each question's evidence.")

    indexes: dict[str, ev.SourceIndex] = {}
    seen_ids: dict[str, int] = {}
    # The loop below runs once per question of a course bank (10,000 and more): what is the same for
    # every question is looked up once, and a field path is built only for a problem to report.
    placeholder_source, placeholder_quote = ph.NEEDS_EVIDENCE_SOURCE, ph.NEEDS_EVIDENCE_QUOTE
    no_explanation = ph.NO_EXPLANATION
    for qi, q in enumerate(qset.questions):
        fi = index.get(qi, qi)
        base: FieldPath = ("questions", fi)
        if q.id in seen_ids:
            report.add(base + ("id",), f"question id {q.id!r} is used twice (also questions[{seen_ids[q.id]}])",
                       "Question ids must be unique within a set; scores are stored by id.")
        else:
            seen_ids[q.id] = fi

        if q.explanation == no_explanation:
            report.add(base + ("explanation",), "needs an explanation",
                       "Say in plain words why the answer is right according to the text.")
        quotes_ok = True
        for rel, evid in q.evidences():
            source_id = evid.source
            if source_id == placeholder_source and evid.quote == placeholder_quote:  # ph.is_placeholder_evidence
                report.add(base + _rel_path(rel), "needs evidence: no passage of the source is quoted for this "
                           "question yet", _suggestion_hint(q, real_texts))
                quotes_ok = False
                continue
            source_index = indexes.get(source_id)
            if source_index is None:  # one index per source for the whole set: no cache look-up per question
                text = texts.get(source_id)
                if text is None:
                    known = ", ".join(repr(s) for s in texts) or "none"
                    report.add(base + _rel_path(rel) + ("source",),
                               f"cites source {source_id!r}, which this set does not have",
                               f"Use one of the set's source ids: {known}.")
                    quotes_ok = False
                    continue
                source_index = indexes[source_id] = ev.source_index(text)
            span = source_index.find(evid.quote)
            if span is None:
                text = source_index.text
                closest = ev.closest_passage(text, evid.quote)
                report.add(base + _rel_path(rel) + ("quote",),
                           f"the quote is not in source {source_id!r}: \"{_short(evid.quote)}\"",
                           f"The closest passage of the source is: \"{_short(closest, 240)}\"" if closest else
                           "Copy the passage from the source text exactly.")
                quotes_ok = False
            else:
                record_span(evid, span)
        if quotes_ok:
            if q.support_note:
                report.add(base + ("support_note",),
                           "teacher-verified: the answer-in-quote check is switched off for this question",
                           f"Reason given: {_short(q.support_note)}", severity="notice")
            else:
                for path, message, hint in _support_problems(q, texts, indexes):
                    report.add(base + path, message, hint)
    return report.problems


def record_span(evidence, span: tuple[int, int] | None) -> None:
    """Keep where a quote was found on its evidence (``Evidence.span``).

    Written straight into pydantic's store of private values, which stays None (no span) until a span
    is found: going through the model's ``__setattr__`` cost about 1.5 µs an evidence, and a declared
    private attribute cost pydantic's set-up of it for every evidence it parsed.
    """
    private = evidence.__pydantic_private__
    if private is None:
        if span is not None:
            object.__setattr__(evidence, "__pydantic_private__", {"_span": span})
    else:
        private["_span"] = span


def _suggestion_hint(question, texts: dict[str, str]) -> str:
    """The sentences of the set's sources that best match a question without evidence."""
    if not texts:
        return "Add the source text to the set, then quote the passage that states the answer."
    try:
        answer = question.answer_text() if question.type != "cite" else question.statement
    except Exception:
        answer = ""
    ranked = []
    for source_id, text in texts.items():
        ranked += [(score, source_id, p.text) for p, score in ev.rank_sentences(text, f"{question.prompt} {answer}", 3)]
    ranked.sort(key=lambda r: -r[0])
    best = "; ".join(f"[{sid}] \"{_short(t, 160)}\"" for _, sid, t in ranked[:3])
    return f"Quote the passage that states the answer. Best matches in the source: {best}"


@lru_cache(maxsize=256)
def _rel_path(rel: str) -> FieldPath:
    out: list[str | int] = []
    for part in rel.replace("]", "").split("."):
        if "[" in part:
            name, idx = part.split("[")
            out += [name, int(idx)]
        else:
            out.append(part)
    return tuple(out)


# What a quote writes (its numbers, dates, folded words) is read once per quote text, not once per
# question: in a course bank several questions cite the same passage and give the same dates.
# Pure functions of the text, so a memo cannot change a verdict.
_MEMO = 8192


@lru_cache(maxsize=_MEMO)
def _dates_in(text: str) -> tuple[tn.PartialDate, ...]:
    return tuple(tn.dates_in(text))


@lru_cache(maxsize=_MEMO)
def _parse_date(text: str) -> tn.PartialDate | None:
    return tn.parse_date(text)


@lru_cache(maxsize=_MEMO)
def _numbers_in(text: str) -> tuple[float, ...]:
    return tuple(tn.numbers_in(text))


@lru_cache(maxsize=_MEMO)
def _numbers_written(quote: str) -> tuple[numbers.WrittenNumber, ...]:
    return tuple(numbers.numbers_written(tn.typographic_to_ascii(quote)))


@lru_cache(maxsize=_MEMO)
def _content_words_of(quote: str) -> frozenset[str]:
    """The content words of a quote (every correct choice, pair and statement citing it is checked against them)."""
    return frozenset(tn.content_words(quote))


@lru_cache(maxsize=_MEMO)
def _folded(text: str) -> str:
    """``tn.fold(text, drop_article=False)``, once per text: a quote is folded once for all its answers."""
    return tn.fold(text, drop_article=False)


@lru_cache(maxsize=_MEMO)
def _contains_folded(haystack: str, needle: str) -> bool:
    # tn.contains_folded, with each side's folding read through the memo
    n = _folded(needle)
    if not n:
        return False
    return f" {n} " in f" {_folded(haystack)} "


def forget_cached_readings() -> None:
    """Empty every memo of the quote checks (source indexes included): for benchmarks of a cold load."""
    for memo in (_dates_in, _parse_date, _numbers_in, _numbers_written, _contains_folded, _content_words_of, _folded,
                 _text_supported_memo, _numeric_reason):
        memo.cache_clear()
    ev.forget_source_indexes()


_OPT_OUT = ("If the quote does say it in other words, add \"support_note\" with the reason; "
            "otherwise quote the passage that states the answer.")


def _text_supported(answer: str, quote: str) -> list[str]:
    """What of ``answer`` the quote does not state: missing words, numbers or dates."""
    return list(_text_supported_memo(answer, quote))


@lru_cache(maxsize=_MEMO)
def _text_supported_memo(answer: str, quote: str) -> tuple[str, ...]:
    """``_text_supported``, once per (answer, quote) pair: a pure function of the two texts."""
    return tuple(_text_missing(answer, quote))


def _text_missing(answer: str, quote: str) -> list[str]:
    if _contains_folded(quote, answer):
        return []
    written = _numbers_written(answer)
    have = _content_words_of(quote)  # tn.missing_content_words, with the quote's words read once per quote
    missing = [w for w in tn.content_words(answer) if w not in have]
    if written:  # the digits of "2,300,000" are one number, checked as a number below (not "300", "000")
        missing = [w for w in missing if not w.isdigit()]
    quote_dates = _dates_in(quote)
    missing_dates = [_date_str(d) for d in _dates_in(answer) if not any(q.covers(d) for q in quote_dates)]
    quote_numbers = set(_numbers_in(quote))
    # listed as the teacher wrote them ("2,300,000", "two million"), never as "2.3e+06"; the day and
    # year of a missing date are named once, with the date ("May 12, 1949")
    in_dates = {part for shown in missing_dates for part in shown.replace(",", " ").split()}
    missing += [n.text for n in written if n.value not in quote_numbers and n.text not in in_dates]
    return list(dict.fromkeys(missing + missing_dates))


_MONTH_NAMES = ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
                "November", "December")


def _date_str(d: tn.PartialDate) -> str:
    """A date as a teacher writes it: "May 12, 1949", "May 1949", "May 12", "1949" (never "1949-5-12")."""
    month = _MONTH_NAMES[d.month - 1] if d.month and 1 <= d.month <= 12 else ""
    if month and d.day and d.year is not None:
        return f"{month} {d.day}, {d.year}"
    if month and d.day:
        return f"{month} {d.day}"
    if month and d.year is not None:
        return f"{month} {d.year}"
    return str(d.year) if d.year is not None else ""


def _support_problems(q, source_texts: dict[str, str] | None = None,
                      indexes: dict[str, ev.SourceIndex] | None = None) -> list[tuple[FieldPath, str, str]]:
    quote = q.evidence.quote
    out: list[tuple[FieldPath, str, str]] = []
    kind = q.type  # one string look-up, not a chain of isinstance checks (no type is subclassed)
    if kind == "numeric":
        problem = _numeric_problem(q)
        if problem:
            shown = str(int(q.value)) if float(q.value).is_integer() else f"{q.value:g}"  # never "2e+06"
            out.append((("value",), f"the number {shown} is not in the quote", problem))
    elif kind == "cloze":
        # every gap's answer is its span of the quote (the model checks that); what is left is whether
        # the gaps make sense to a student: whole words, and a number where a number is asked
        for i, gap in enumerate(q.gaps):
            before = quote[gap.start - 1] if gap.start > 0 else " "
            after = quote[gap.end] if gap.end < len(quote) else " "
            if (before.isalnum() and quote[gap.start].isalnum()) or (after.isalnum() and quote[gap.end - 1].isalnum()):
                word_start = gap.start
                while word_start > 0 and quote[word_start - 1].isalnum():
                    word_start -= 1
                word_end = gap.end
                while word_end < len(quote) and quote[word_end].isalnum():
                    word_end += 1
                out.append((("gaps", i), f"gap {i + 1} cuts a word: it hides {gap.answer!r} of "
                            f"{quote[word_start:word_end]!r}",
                            "Make the gap cover whole words, so the student can tell what to fill in."))
            if gap.kind == "numeric" and numbers.read_one(tn.typographic_to_ascii(gap.answer)) is None \
                    and tn.parse_number(gap.answer) is None:
                out.append((("gaps", i, "kind"), f"gap {i + 1} is a number gap, but {gap.answer!r} is not a number",
                            "Make it a short-answer gap, or choose a gap that hides a number."))
    elif kind == "short_answer":
        answer = q.accepted[0]
        as_date = _parse_date(answer)
        source_text = source_texts.get(q.evidence.source) if source_texts else None
        if as_date is not None:
            if not any(d.covers(as_date) for d in _dates_in(quote)):
                out.append((("accepted", 0), f"the date {answer!r} is not in the quote", _OPT_OUT))
        # _contains_folded: answer_in_quote's own first test, through the memo of quote readings
        elif not _contains_folded(quote, answer) and not answers.answer_in_quote(answer, quote, source_text):
            out.append((("accepted", 0), f"the answer {answer!r} is not in the quote", _OPT_OUT))
    elif kind == "multiple_choice" or kind == "multiple_select":
        for i, c in enumerate(q.choices):
            if c.correct:
                missing = _text_supported(c.text, (c.evidence.quote if c.evidence else quote))
                if missing:
                    out.append((("choices", i, "text"),
                                f"the quote does not state the correct choice {c.text!r} (missing: {', '.join(missing)})",
                                _OPT_OUT))
    elif kind == "true_false":
        if q.answer:
            missing = _text_supported(q.prompt, quote)
            if missing:
                out.append((("prompt",), f"the quote does not state this true statement (missing: {', '.join(missing)})",
                            _OPT_OUT))
        elif not q.correction:
            out.append((("correction",), "a false statement needs a \"correction\": the fact as the quote states it",
                        "Copy the words of the quote that show the statement is false, or add \"support_note\"."))
        else:
            missing = _text_supported(q.correction, quote)
            if missing:
                out.append((("correction",), f"the quote does not state the correction (missing: {', '.join(missing)})",
                            _OPT_OUT))
    elif kind == "ordering":
        out += _ordering_problems(q)
    elif kind == "matching":
        for i, pair in enumerate(q.pairs):
            pair_quote = pair.evidence.quote if pair.evidence else quote
            for side in ("left", "right"):
                missing = _text_supported(getattr(pair, side), pair_quote)
                if missing:
                    whose = "this pair's quote" if pair.evidence else "the quote"
                    out.append((("pairs", i, side),
                                f"{whose} does not state {getattr(pair, side)!r} (missing: {', '.join(missing)})",
                                _OPT_OUT))
    elif kind == "cite":
        # The quote is the answer; it was found verbatim. The student answers by picking one
        # sentence, so the quote must lie within one sentence or nobody could get full credit.
        span = q.evidence.span
        text = source_texts.get(q.evidence.source) if source_texts else None
        if span and text is not None:
            known = indexes.get(q.evidence.source) if indexes else None
            source_index = known if known is not None and known.text is text else ev.source_index(text)
            if not source_index.in_one_sentence(span[0], max(span[0], span[1] - 1)):
                out.append((("evidence", "quote"), "the quote of a cite question spans more than one sentence",
                            "Quote one sentence (or part of one): the student answers by picking a single sentence."))
    return out


def ordering_dates_optional(items: list) -> bool:
    """Whether an ordering question's dates may be left out: every item has a quote of its own, so the
    quotes (the dates they write, or else their places in the text) fix the order. ``items`` are the
    items as models or as the file's dicts (the editor asks before the question is complete)."""
    def quoted(item) -> bool:
        evid = item.get("evidence") if isinstance(item, dict) else getattr(item, "evidence", None)
        quote = evid.get("quote") if isinstance(evid, dict) else getattr(evid, "quote", None)
        return isinstance(quote, str) and bool(quote.strip())
    return bool(items) and all(quoted(item) for item in items)


def _quote_date(quote: str) -> tn.PartialDate | None:
    """The one date (with a year) an item's own quote writes; None when it writes none or several."""
    found = {d for d in _dates_in(quote) if d.year is not None}
    return next(iter(found)) if len(found) == 1 else None


def _ordering_problems(q: Ordering) -> list[tuple[FieldPath, str, str]]:
    """Each item's date is in its quote, and the items are in order: by their dates, or, when the items
    are quoted one by one and some have no date, by what their own quotes prove."""
    out: list[tuple[FieldPath, str, str]] = []
    quote = q.evidence.quote
    own_quotes = ordering_dates_optional(q.items)
    dated: list[tuple[int, tn.PartialDate, str]] = []
    for i, item in enumerate(q.items):
        if not item.date:
            if not own_quotes:
                out.append((("items", i, "date"), f"the item {item.text!r} has no date, so its place cannot be checked",
                            "Give the date the source writes for it, or quote the passage of each item "
                            "(its own quote), or add \"support_note\"."))
            continue
        item_quote = item.evidence.quote if item.evidence else quote
        parsed = _parse_date(item.date)
        in_quote = (_contains_folded(item_quote, item.date) or
                    (parsed is not None and any(d.covers(parsed) for d in _dates_in(item_quote))))
        if not in_quote:
            out.append((("items", i, "date"), f"the date {item.date!r} is not in the quote for this item", _OPT_OUT))
        if parsed is not None:
            dated.append((i, parsed, item.date))
    if own_quotes and any(not item.date for item in q.items):
        # Some dates left out: each item's own quote stands for it, by the one date it writes...
        from_quotes = []
        for i, item in enumerate(q.items):
            assert item.evidence is not None  # own_quotes
            d = _parse_date(item.date) if item.date else None
            if d is None:  # no date given, or one the reader cannot place ("late July 1948")
                d = _quote_date(item.evidence.quote)
            from_quotes.append((i, d, item.date or _written_date(item.evidence.quote, d)))
        if all(d is not None and d.year is not None for _, d, _ in from_quotes):
            dated = [(i, d, w) for i, d, w in from_quotes if d is not None]
        else:
            # ...or else by where it stands in the text: a narrative tells the events in their order.
            spans = [(i, item.evidence.source, item.evidence.span) for i, item in enumerate(q.items)
                     if item.evidence is not None]
            if len({sid for _, sid, _ in spans}) > 1:
                out.append((("items",), "the items are quoted from different sources and not all have a date, "
                            "so their order cannot be checked", "Give each item the date its source writes."))
            else:
                for (i, _, sa), (j, _, sb) in zip(spans, spans[1:], strict=False):
                    if sa is not None and sb is not None and sb[0] < sa[0]:
                        out.append((("items", j), f"item {j + 1} comes before item {i + 1} in the text, and not "
                                    "every item has a date to show otherwise",
                                    "List the items in the order the text tells them, or give their dates."))
            return out
    for (i, a, wa), (j, b, wb) in zip(dated, dated[1:], strict=False):
        if _date_key(a) > _date_key(b) and a.year is not None and b.year is not None:
            out.append((("items", j), f"item {j + 1} ({wb}) is listed after item {i + 1} ({wa})",
                        "List the items in the correct chronological order."))
    return out


def _written_date(quote: str, date: tn.PartialDate | None) -> str:
    """The date an item's quote writes, as a teacher writes a date."""
    return _date_str(date) if date is not None else ""


def _numeric_problem(q: Numeric) -> str:
    """Why the quote does not give a numeric question's value, in the teacher's words ("" when it does).

    The quote's numbers are read by the same reader as the students' answers (``question_bank.numbers``):
    "two million" is 2,000,000, "twenty-four" is 24, and with the unit "million tons" the quote's
    "2.3 million tons" gives the value 2.3. A day, month or year question may take its value from a date.
    """
    return _numeric_reason(q.evidence.quote, q.value, q.tolerance, q.unit, q.prompt)


@lru_cache(maxsize=_MEMO, typed=True)
def _numeric_reason(quote: str, value: float, tolerance: float, unit: str | None, prompt: str) -> str:
    """``_numeric_problem``, once per quote and question terms (a pure function of them)."""
    written = _numbers_written(quote)
    if any(numbers.within(numbers.in_question_terms(n, unit, prompt), value, tolerance) for n in written):
        return ""
    if float(value).is_integer():
        for d in _dates_in(quote):
            if value in (d.year, d.day) or (d.month == value and re.search(r"\bmonth\b", prompt, re.I)):
                return ""
    shown_unit = f" {unit}" if unit else ""
    answer = f"{numbers.say_value(value)}{shown_unit}" + (f" (± {numbers.say_value(tolerance)})" if tolerance else "")
    if not written:
        says = "The quote has no number"
    else:
        says = "The quote says " + ", ".join(numbers.say(n) for n in written[:6])
    hint = f"{says}; the answer is {answer}."
    scaled = [n for n in written if n.scale > 1.0 and numbers.within([n.base], value, tolerance)]
    if scaled:
        name = {1e3: "thousand", 1e6: "million", 1e9: "billion"}[scaled[0].scale]
        example = f"{name} {unit}" if unit else f"{name} ..."
        hint += (f" If the answer counts {name}s, say so in the unit (\"{example}\")"
                 f" or give the whole number ({numbers.say_value(scaled[0].value)}).")
    return f"{hint} {_OPT_OUT}"


def _date_key(d: tn.PartialDate) -> tuple[int, int, int]:
    return (d.year or 0, d.month or 0, d.day or 0)

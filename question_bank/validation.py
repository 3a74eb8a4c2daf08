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
    Cite,
    Cloze,
    Matching,
    MultipleChoice,
    MultipleSelect,
    Numeric,
    Ordering,
    QuestionSet,
    ShortAnswer,
    TrueFalse,
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
    for qi, q in enumerate(qset.questions):
        fi = index.get(qi, qi)
        base: FieldPath = ("questions", fi)
        if q.id in seen_ids:
            report.add(base + ("id",), f"question id {q.id!r} is used twice (also questions[{seen_ids[q.id]}])",
                       "Question ids must be unique within a set; scores are stored by id.")
        else:
            seen_ids[q.id] = fi

        if q.explanation == ph.NO_EXPLANATION:
            report.add(base + ("explanation",), "needs an explanation",
                       "Say in plain words why the answer is right according to the text.")
        quotes_ok = True
        for rel, evid in q.evidences():
            epath = base + _rel_path(rel)
            if ph.is_placeholder_evidence(evid):
                report.add(epath, "needs evidence: no passage of the source is quoted for this question yet",
                           _suggestion_hint(q, real_texts))
                quotes_ok = False
                continue
            text = texts.get(evid.source)
            if text is None:
                known = ", ".join(repr(s) for s in texts) or "none"
                report.add(epath + ("source",), f"cites source {evid.source!r}, which this set does not have",
                           f"Use one of the set's source ids: {known}.")
                quotes_ok = False
                continue
            source_index = indexes.get(evid.source)
            if source_index is None:  # one index per source for the whole set: no cache look-up per question
                source_index = indexes[evid.source] = ev.source_index(text)
            span = source_index.find(evid.quote)
            if span is None:
                closest = ev.closest_passage(text, evid.quote)
                report.add(epath + ("quote",), f"the quote is not in source {evid.source!r}: \"{_short(evid.quote)}\"",
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
                for path, message, hint in _support_problems(q, texts):
                    report.add(base + path, message, hint)
    return report.problems


def record_span(evidence, span: tuple[int, int] | None) -> None:
    """Keep where a quote was found on its evidence (``Evidence.span``).

    Written straight into pydantic's store of private attributes: going through the model's
    ``__setattr__`` cost about 1.5 µs an evidence, a tenth of validating a 10,000-question set.
    """
    private = evidence.__pydantic_private__
    if private is None:  # pragma: no cover - a model built without its private store
        evidence._span = span
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
def _contains_folded(haystack: str, needle: str) -> bool:
    return tn.contains_folded(haystack, needle)


def forget_cached_readings() -> None:
    """Empty every memo of the quote checks (source indexes included): for benchmarks of a cold load."""
    for memo in (_dates_in, _parse_date, _numbers_in, _numbers_written, _contains_folded):
        memo.cache_clear()
    ev.forget_source_indexes()


_OPT_OUT = ("If the quote does say it in other words, add \"support_note\" with the reason; "
            "otherwise quote the passage that states the answer.")


def _text_supported(answer: str, quote: str) -> list[str]:
    """What of ``answer`` the quote does not state: missing words, numbers or dates."""
    if _contains_folded(quote, answer):
        return []
    missing = tn.missing_content_words(answer, quote)
    quote_numbers = set(_numbers_in(quote))
    missing += [f"{n:g}" for n in _numbers_in(answer) if n not in quote_numbers and f"{n:g}" not in missing]
    quote_dates = _dates_in(quote)
    for d in _dates_in(answer):
        if not any(q.covers(d) for q in quote_dates):
            missing.append(_date_str(d))
    return list(dict.fromkeys(missing))


def _date_str(d: tn.PartialDate) -> str:
    return "-".join(str(p) for p in (d.year, d.month, d.day) if p is not None)


def _support_problems(q, source_texts: dict[str, str] | None = None) -> list[tuple[FieldPath, str, str]]:
    quote = q.evidence.quote
    out: list[tuple[FieldPath, str, str]] = []
    if isinstance(q, Numeric):
        problem = _numeric_problem(q)
        if problem:
            shown = str(int(q.value)) if float(q.value).is_integer() else f"{q.value:g}"  # never "2e+06"
            out.append((("value",), f"the number {shown} is not in the quote", problem))
    elif isinstance(q, Cloze):
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
    elif isinstance(q, ShortAnswer):
        answer = q.accepted[0]
        as_date = _parse_date(answer)
        source_text = source_texts.get(q.evidence.source) if source_texts else None
        if as_date is not None:
            if not any(d.covers(as_date) for d in _dates_in(quote)):
                out.append((("accepted", 0), f"the date {answer!r} is not in the quote", _OPT_OUT))
        elif not answers.answer_in_quote(answer, quote, source_text):
            out.append((("accepted", 0), f"the answer {answer!r} is not in the quote", _OPT_OUT))
    elif isinstance(q, MultipleChoice | MultipleSelect):
        for i, c in enumerate(q.choices):
            if c.correct:
                missing = _text_supported(c.text, (c.evidence.quote if c.evidence else quote))
                if missing:
                    out.append((("choices", i, "text"),
                                f"the quote does not state the correct choice {c.text!r} (missing: {', '.join(missing)})",
                                _OPT_OUT))
    elif isinstance(q, TrueFalse):
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
    elif isinstance(q, Ordering):
        dated = []
        for i, item in enumerate(q.items):
            if not item.date:
                out.append((("items", i, "date"), f"the item {item.text!r} has no date, so its place cannot be checked",
                            "Give the date the source writes for it, or add \"support_note\"."))
                continue
            item_quote = item.evidence.quote if item.evidence else quote
            parsed = _parse_date(item.date)
            in_quote = (_contains_folded(item_quote, item.date) or
                        (parsed is not None and any(d.covers(parsed) for d in _dates_in(item_quote))))
            if not in_quote:
                out.append((("items", i, "date"), f"the date {item.date!r} is not in the quote for this item", _OPT_OUT))
            if parsed is not None:
                dated.append((i, parsed))
        for (i, a), (j, b) in zip(dated, dated[1:], strict=False):
            if _date_key(a) > _date_key(b) and a.year is not None and b.year is not None:
                out.append((("items", j), f"item {j + 1} ({_date_str(b)}) is listed after item {i + 1} ({_date_str(a)})",
                            "List the items in the correct chronological order."))
    elif isinstance(q, Matching):
        for i, pair in enumerate(q.pairs):
            for side in ("left", "right"):
                missing = _text_supported(getattr(pair, side), quote)
                if missing:
                    out.append((("pairs", i, side),
                                f"the quote does not state {getattr(pair, side)!r} (missing: {', '.join(missing)})",
                                _OPT_OUT))
    elif isinstance(q, Cite):
        # The quote is the answer; it was found verbatim. The student answers by picking one
        # sentence, so the quote must lie within one sentence or nobody could get full credit.
        span = q.evidence.span
        text = source_texts.get(q.evidence.source) if source_texts else None
        if span and text is not None:
            if not ev.source_index(text).in_one_sentence(span[0], max(span[0], span[1] - 1)):
                out.append((("evidence", "quote"), "the quote of a cite question spans more than one sentence",
                            "Quote one sentence (or part of one): the student answers by picking a single sentence."))
    return out


def _numeric_problem(q: Numeric) -> str:
    """Why the quote does not give a numeric question's value, in the teacher's words ("" when it does).

    The quote's numbers are read by the same reader as the students' answers (``question_bank.numbers``):
    "two million" is 2,000,000, "twenty-four" is 24, and with the unit "million tons" the quote's
    "2.3 million tons" gives the value 2.3. A day, month or year question may take its value from a date.
    """
    quote = q.evidence.quote
    written = _numbers_written(quote)
    if any(numbers.within(numbers.in_question_terms(n, q.unit, q.prompt), q.value, q.tolerance) for n in written):
        return ""
    value = q.value
    if float(value).is_integer():
        for d in _dates_in(quote):
            if value in (d.year, d.day) or (d.month == value and re.search(r"\bmonth\b", q.prompt, re.I)):
                return ""
    unit = f" {q.unit}" if q.unit else ""
    answer = f"{numbers.say_value(value)}{unit}" + (f" (± {numbers.say_value(q.tolerance)})" if q.tolerance else "")
    if not written:
        says = "The quote has no number"
    else:
        says = "The quote says " + ", ".join(numbers.say(n) for n in written[:6])
    hint = f"{says}; the answer is {answer}."
    scaled = [n for n in written if n.scale > 1.0 and numbers.within([n.base], value, q.tolerance)]
    if scaled:
        name = {1e3: "thousand", 1e6: "million", 1e9: "billion"}[scaled[0].scale]
        example = f"{name} {q.unit}" if q.unit else f"{name} ..."
        hint += (f" If the answer counts {name}s, say so in the unit (\"{example}\")"
                 f" or give the whole number ({numbers.say_value(scaled[0].value)}).")
    return f"{hint} {_OPT_OUT}"


def _date_key(d: tn.PartialDate) -> tuple[int, int, int]:
    return (d.year or 0, d.month or 0, d.day or 0)

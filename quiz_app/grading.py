"""Grading: one pure function per question type, fair and tolerant, no Qt.

Response shapes (what the GUI sends; ``None`` always means "skipped / timed out": 0 points, not correct):

=================  ==========================================================================
multiple_choice    ``int`` — index into ``question.choices`` in the set's ORIGINAL order
multiple_select    ``set[int]`` / ``list[int]`` — original indices of the ticked choices
true_false         ``bool``
numeric            ``str`` as typed (an ``int``/``float`` is accepted too)
short_answer       ``str`` as typed
ordering           ``list[int]`` — original item indices, in the order the student put them
matching           ``dict[int, int]`` — left pair index -> chosen right option, where right option
                   ``k < len(pairs)`` is ``pairs[k].right`` and ``len(pairs) + j`` is ``distractors[j]``
                   (a left item left unmatched is simply absent)
cite               ``int`` — index of the sentence in ``question_bank.evidence.sentences(source.text)``
                   of the question's evidence source
cloze              ``list[str | None]`` — per gap in reading order, the text typed or the option chosen
                   (``None`` or "" = gap left empty); the list has one entry per gap
=================  ==========================================================================

A malformed response (wrong type, index out of range, an ordering that is not a permutation)
raises :class:`ResponseError`: that is a bug in the caller, not a wrong answer.
:func:`response_to_json` / :func:`response_from_json` round-trip responses through the score store.

Tolerance rules
---------------
* short_answer: case, accents, punctuation, hyphens vs spaces, typographic quotes, leading
  articles ("the 38th parallel") and ordinal suffixes ("38 parallel") never matter. One typo
  (a letter added, dropped, changed, or two neighbours swapped; or a missing/extra space) is
  accepted when the answer has 6+ letters, and the result's ``note`` gives the exact spelling.
  The typo must be inside one word of 4+ letters whose first letter is right, and digits are
  never typo-matched: "Kim Jong Il" is not "Kim Il Sung", "39th parallel" is not "38th parallel".
  An accepted answer that is a date is compared as a date (see below); one that is a number
  ("10", "ten") is compared as a number.
  With the question's source, an answer is also right when it names the accepted answer the way
  the source does (``question_bank.answers``): with the titles, first names and noun phrase the
  quote puts around it ("President Harry Truman", "the island of Taiwan", "containment policy"),
  abbreviations the source defines or standard ones ("KPA", "UN"), a surname alone when the text
  names one person by it, number words ("twenty-fourth"). The note says how it was read. An answer
  naming two candidates ("Truman and MacArthur") is never right. Words that only qualify the answer are read
  off ("Granada, Spain", "the town of Gao", "Shiroyama" at "At which battle ...?"), and an answer that only
  repeats the question's words ("Musa" for "By what other name is Mansa Musa called?") is wrong.
  docs/grading.md lists every rule.
* numeric: one reader (``question_bank.numbers``) for grading and the quote checker:
  "135,000" = "135000" = "135 000" = "135k" = "135 thousand"; "two million", "twenty-four",
  "a quarter of a million", "two-thirds", "66.7%"; hedges ("about", "around", "nearly", ...) and a
  typed unit ("10 divisions") are ignored; the answer is right within ``value ± tolerance``. When
  the question counts in a scale ("million tons", "how many million ...?"), "2.3", "2.3 million"
  and "2,300,000" all count as 2.3. A typed date ("25 June 1950") counts by its year when the
  value is a year, by its month for a month question, by its day when the value is a day of the
  month. Two different numbers ("130,000-140,000") are not an answer.
* dates: "June 25, 1950" = "25 June 1950" = "1950-06-25" = "25/6/1950" (day first; "6/25/1950" is
  read US-style only when it cannot be anything else). The answer must give every part the
  accepted date gives: a year-only question accepts "1950" (and "June 1950"); a full-date
  question does not accept "1950" alone.

Partial credit (``GradingRules.partial_credit``, default on; off = all-or-nothing)
---------------------------------------------------------------------------------
* multiple_select: credit = hits / correct_choices - wrong_picks / wrong_choices, floored at 0
  (ticking everything earns nothing; with no wrong choices the second term is 0).
* ordering: credit = (k - 1) / (n - 1), where k is the largest number of items already in the
  right order relative to each other (the longest correctly ordered subsequence; n - k items
  would have to be moved). A reversed list earns 0; one item out of place earns (n - 2) / (n - 1).
* matching: credit = correctly matched left items / all left items.
* cite: full credit when the chosen sentence contains the quote (or lies wholly inside a quote of
  several sentences; for a quote that straddles sentences without containing one, the sentence
  holding most of it); half credit when the sentence only overlaps the quote.
* cloze: credit = the weights of the gaps filled right / all the gaps' weights. A short-answer gap
  is read as a short-answer question whose accepted answers are the gap's words and its ``accepted``
  list (same tolerance, the text's own words count); a numeric gap as a numeric question; a drop-down
  or word-bank gap is right when the option chosen is the gap's words.
With partial credit off, anything short of full credit earns 0.

Negative marking (``GradingRules.negative_marking``, default off)
-----------------------------------------------------------------
Only where a student picks among offered options, so blind guessing averages zero:
a wrong multiple_choice / true_false answer costs ``points / (options - 1)`` (true/false: all
its points); a multiple_select with partial credit keeps its credit unfloored (down to
``-points``); a wrong multiple_select under all-or-nothing costs ``points / (choices - 1)``.
A skipped question (``None``) or an empty selection never costs anything.
"""

from __future__ import annotations

import functools
import json
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field, replace
from typing import Any

from question_bank import answers, numbers
from question_bank import evidence as ev
from question_bank import textnorm as tn
from question_bank.i18n import translate
from question_bank.models import (
    Cite,
    Cloze,
    ClozeGap,
    Matching,
    MultipleChoice,
    MultipleSelect,
    Numeric,
    Ordering,
    Question,
    QuestionSet,
    RoundDefaults,
    ShortAnswer,
    Source,
    TrueFalse,
)

__all__ = [
    "CITE_PARTIAL_CREDIT",
    "DEFAULT_RULES",
    "EvidenceRef",
    "GradeResult",
    "GradingRules",
    "ResponseError",
    "coerce_response",
    "describe_response",
    "grade",
    "grade_cite",
    "grade_cloze",
    "read_gap",
    "grade_matching",
    "grade_multiple_choice",
    "grade_multiple_select",
    "grade_numeric",
    "grade_ordering",
    "grade_short_answer",
    "grade_true_false",
    "match_short_answer",
    "read_number",
    "read_numeric_answer",
    "read_short_answer",
    "response_from_json",
    "response_to_json",
    "right_options",
    "skipped_result",
    "source_of",
    "try_answer",
]

CITE_PARTIAL_CREDIT = 0.5
_EPS = 1e-9


class ResponseError(ValueError):
    """A response that does not have the shape its question type expects (a caller bug)."""


@dataclass(frozen=True)
class GradingRules:
    partial_credit: bool = True
    negative_marking: bool = False

    @classmethod
    def from_defaults(cls, defaults: RoundDefaults) -> GradingRules:
        return cls(partial_credit=defaults.partial_credit, negative_marking=defaults.negative_marking)


DEFAULT_RULES = GradingRules()


@dataclass(frozen=True)
class EvidenceRef:
    """The passage that proves the answer: which source, the quote, and where it is in the source text."""

    source_id: str
    source_title: str
    quote: str
    span: tuple[int, int] | None


@dataclass(frozen=True)
class GradeResult:
    """Everything the GUI shows after an answer. ``points_awarded`` may be negative with negative marking."""

    question_id: str
    question_type: str
    correct: bool
    partial: bool
    points_awarded: float
    points_possible: float
    #: the response as given, in the shape of the module docstring (sets become sorted lists)
    response: Any
    #: the response written out for a person ("Kim Il Sung", "June 27", "A → B; C → D")
    response_text: str
    #: the canonical correct answer (``question.answer_text()``)
    correct_answer: str
    explanation: str
    evidence: EvidenceRef
    #: the set's feedback on the wrong option(s) the student chose, when it has any
    choice_feedback: str | None = None
    #: e.g. "Accepted — the exact spelling is 'Syngman Rhee'", or why an answer could not be read
    note: str | None = None
    skipped: bool = False
    #: share of the points earned: 0..1, below 0 only with negative marking
    credit: float = 0.0
    #: per part: multiple_select -> per original choice, "decided right"; ordering -> per student
    #: position, "item in its right place"; matching -> per left item, "matched right"; cloze -> per gap,
    #: "filled right"; else ()
    marks: tuple[bool, ...] = field(default=())


# --------------------------------------------------------------------------- responses


def right_options(question: Matching) -> list[str]:
    """The right-hand options of a matching question in index order: the pairs' rights, then distractors."""
    return [p.right for p in question.pairs] + list(question.distractors)


def _is_int(value: Any) -> bool:
    return isinstance(value, int) and not isinstance(value, bool)


def _index(value: Any, size: int, what: str) -> int:
    if not _is_int(value):
        raise ResponseError(f"{what} must be an int index, got {value!r}")
    if not 0 <= value < size:
        raise ResponseError(f"{what} {value} is out of range 0..{size - 1}")
    return value


def coerce_response(question: Question, response: Any) -> Any:
    """The response in its canonical shape (also accepts what JSON gives back: lists, string keys).

    Raises ResponseError for a malformed response; ``None`` passes through (skipped).
    """
    if response is None:
        return None
    if isinstance(question, MultipleChoice):
        return _index(response, len(question.choices), "choice")
    if isinstance(question, MultipleSelect):
        if isinstance(response, str | bytes | Mapping) or not isinstance(response, Iterable):
            raise ResponseError(f"multiple_select expects a set of choice indices, got {response!r}")
        return sorted({_index(v, len(question.choices), "choice") for v in response})
    if isinstance(question, TrueFalse):
        if not isinstance(response, bool):
            raise ResponseError(f"true_false expects a bool, got {response!r}")
        return response
    if isinstance(question, Numeric):
        if isinstance(response, bool) or not isinstance(response, str | int | float):
            raise ResponseError(f"numeric expects the typed text, got {response!r}")
        return response
    if isinstance(question, ShortAnswer):
        if not isinstance(response, str):
            raise ResponseError(f"short_answer expects the typed text, got {response!r}")
        return response
    if isinstance(question, Ordering):
        if isinstance(response, str | bytes | Mapping) or not isinstance(response, Iterable):
            raise ResponseError(f"ordering expects a list of item indices, got {response!r}")
        order = [_index(v, len(question.items), "item") for v in response]
        if sorted(order) != list(range(len(question.items))):
            raise ResponseError(f"ordering must list every item exactly once, got {order!r}")
        return order
    if isinstance(question, Matching):
        if not isinstance(response, Mapping):
            raise ResponseError(f"matching expects a dict left index -> right option index, got {response!r}")
        out: dict[int, int] = {}
        n_right = len(question.pairs) + len(question.distractors)
        for key, value in response.items():
            if isinstance(key, str) and key.strip().isdigit():
                key = int(key)
            left = _index(key, len(question.pairs), "left item")
            if value is None:
                continue
            out[left] = _index(value, n_right, "right option")
        return dict(sorted(out.items()))
    if isinstance(question, Cite):
        if not _is_int(response):
            raise ResponseError(f"cite expects a sentence index, got {response!r}")
        if response < 0:
            raise ResponseError(f"sentence index {response} is negative")
        return response
    if isinstance(question, Cloze):
        if isinstance(response, str | bytes | Mapping) or not isinstance(response, Iterable):
            raise ResponseError(f"cloze expects a list with one answer per gap, got {response!r}")
        filled = list(response)
        if len(filled) != len(question.gaps):
            raise ResponseError(f"cloze question {question.id!r} has {len(question.gaps)} gaps, got {len(filled)} answers")
        for value in filled:
            if value is not None and not isinstance(value, str):
                raise ResponseError(f"a cloze gap's answer is text or None, got {value!r}")
        return [v if v is not None and v.strip() else None for v in filled]
    raise ResponseError(f"unknown question type {type(question).__name__}")


def response_to_json(response: Any) -> str | None:
    """The response as stored in the score store (``None`` stays SQL NULL)."""
    if response is None:
        return None
    if isinstance(response, set | frozenset | tuple):
        response = sorted(response)
    return json.dumps(response, ensure_ascii=False, separators=(",", ":"))


def response_from_json(question: Question, text: str | None) -> Any:
    """A stored response back in the shape :func:`grade` expects."""
    if text is None:
        return None
    return coerce_response(question, json.loads(text))


def describe_response(question: Question, response: Any, source: Source | None = None) -> str:
    """A response written out for a person (the GUI's "your answer", the teacher's CSV)."""
    if response is None:
        return ""
    response = coerce_response(question, response)
    if isinstance(question, MultipleChoice):
        return question.choices[response].text
    if isinstance(question, MultipleSelect):
        return "; ".join(question.choices[i].text for i in response)
    if isinstance(question, TrueFalse):
        return "True" if response else "False"
    if isinstance(question, Numeric | ShortAnswer):
        return str(response)
    if isinstance(question, Ordering):
        return " → ".join(question.items[i].text for i in response)
    if isinstance(question, Matching):
        rights = right_options(question)
        return "; ".join(f"{p.left} → {rights[response[i]] if i in response else '—'}"
                         for i, p in enumerate(question.pairs))
    if isinstance(question, Cloze):
        return "; ".join(f"{n}. {v if v is not None else '—'}" for n, v in enumerate(response, 1))
    if isinstance(question, Cite):
        sents = ev.sentences(source.text) if source is not None else ()
        return f"“{sents[response].text}”" if response < len(sents) else f"sentence {response + 1}"
    return str(response)


# --------------------------------------------------------------------------- result building


def _evidence_ref(question: Question, source: Source | None) -> EvidenceRef:
    evid = question.evidence
    where = ev.locate(source.text, evid.quote, evid.span) if source is not None else None
    return EvidenceRef(evid.source, source.title if source is not None else evid.source, evid.quote,
                       where.span if where is not None else evid.span)


def _result(question: Question, response: Any, source: Source | None, rules: GradingRules, credit: float, *,
            penalty: float = 0.0, response_text: str | None = None, choice_feedback: str | None = None,
            note: str | None = None, marks: tuple[bool, ...] = ()) -> GradeResult:
    """Build a result. ``penalty`` is the share of points lost under negative marking when credit is 0."""
    credit = max(-1.0, min(1.0, credit))
    if credit > 1 - _EPS:
        credit = 1.0
    if not rules.partial_credit and credit < 1.0 and credit > 0:
        credit = 0.0
    effective = credit
    if rules.negative_marking and credit <= 0 and penalty > 0:
        effective = min(credit, -penalty) if credit < 0 else -penalty
    elif credit < 0 and not rules.negative_marking:
        effective = 0.0
    points = round(question.points * effective, 6) + 0.0
    if response_text is None:
        response_text = describe_response(question, response, source)
    return GradeResult(
        question_id=question.id,
        question_type=question.type,
        correct=credit >= 1.0,
        partial=0.0 < credit < 1.0,
        points_awarded=points,
        points_possible=float(question.points),
        response=response,
        response_text=response_text,
        correct_answer=question.answer_text(),
        explanation=question.explanation,
        evidence=_evidence_ref(question, source),
        choice_feedback=choice_feedback,
        note=note,
        skipped=False,
        credit=effective,
        marks=marks,
    )


def skipped_result(question: Question, source: Source | None = None, note: str | None = None) -> GradeResult:
    """The result of a skipped or timed-out question: no points, not correct, never a penalty."""
    return GradeResult(
        question_id=question.id, question_type=question.type, correct=False, partial=False,
        points_awarded=0.0, points_possible=float(question.points), response=None, response_text="",
        correct_answer=question.answer_text(), explanation=question.explanation,
        evidence=_evidence_ref(question, source), note=translate("grading", "Not answered.") if note is None else note, skipped=True, credit=0.0,
    )


def _feedback_lines(items: list[tuple[str, str | None]]) -> str | None:
    lines = [f"“{text}”: {fb}" if len(items) > 1 else fb for text, fb in items if fb]
    return "\n".join(lines) or None


# --------------------------------------------------------------------------- choice types


def grade_multiple_choice(question: MultipleChoice, response: int | None, rules: GradingRules = DEFAULT_RULES,
                          source: Source | None = None) -> GradeResult:
    response = coerce_response(question, response)
    if response is None:
        return skipped_result(question, source)
    choice = question.choices[response]
    if choice.correct:
        return _result(question, response, source, rules, 1.0)
    return _result(question, response, source, rules, 0.0, penalty=1.0 / (len(question.choices) - 1),
                   choice_feedback=choice.feedback)


def grade_multiple_select(question: MultipleSelect, response: Iterable[int] | None,
                          rules: GradingRules = DEFAULT_RULES, source: Source | None = None) -> GradeResult:
    response = coerce_response(question, response)
    if response is None:
        return skipped_result(question, source)
    chosen = set(response)
    correct = {i for i, c in enumerate(question.choices) if c.correct}
    wrong = set(range(len(question.choices))) - correct
    hits = len(chosen & correct)
    false_picks = len(chosen & wrong)
    marks = tuple((i in chosen) == (i in correct) for i in range(len(question.choices)))
    feedback = _feedback_lines([(question.choices[i].text, question.choices[i].feedback) for i in sorted(chosen & wrong)])
    if chosen == correct:
        return _result(question, response, source, rules, 1.0, marks=marks)
    if not chosen:
        return _result(question, response, source, rules, 0.0, marks=marks, note=translate("grading", "No choice was ticked."))
    if rules.partial_credit:
        credit = hits / len(correct) - (false_picks / len(wrong) if wrong else 0.0)
        if not rules.negative_marking:
            credit = max(0.0, credit)
        return _result(question, response, source, rules, credit, marks=marks, choice_feedback=feedback)
    return _result(question, response, source, rules, 0.0, penalty=1.0 / (len(question.choices) - 1),
                   marks=marks, choice_feedback=feedback)


def grade_true_false(question: TrueFalse, response: bool | None, rules: GradingRules = DEFAULT_RULES,
                     source: Source | None = None) -> GradeResult:
    response = coerce_response(question, response)
    note = translate("grading", "The source says: {correction}").format(correction=question.correction) if (not question.answer and question.correction) else None
    if response is None:
        return skipped_result(question, source)
    if response == question.answer:
        return _result(question, response, source, rules, 1.0, note=note, choice_feedback=question.feedback_right)
    return _result(question, response, source, rules, 0.0, penalty=1.0, note=note,
                   choice_feedback=question.feedback_wrong)


# --------------------------------------------------------------------------- typed answers

_ORDINAL = re.compile(r"\b(\d+)(?:st|nd|rd|th)\b")
_US_DATE = re.compile(r"(\d{1,2})/(\d{1,2})/(\d{4})")
_NUMBER_WORD_SET = frozenset(
    "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen "
    "seventeen eighteen nineteen twenty thirty forty fifty sixty seventy eighty ninety hundred thousand "
    "million and".split()
)


#: the world wars by their other names: a student who writes "World War II" or "WWII" for the text's "Second World War"
#: names the same war (set 14: only "Second World War" and "2nd World War" were accepted)
_SAME_WAR = {form: war for war, forms in (
    ("world war 2", ("second world war", "2 world war", "world war ii", "world war two", "world war 2", "wwii", "ww2",
                     "ww ii", "ww 2")),
    ("world war 1", ("first world war", "1 world war", "world war i", "world war one", "world war 1", "wwi", "ww1",
                     "ww i", "ww 1", "great war")),
) for form in forms}
#: a sea or ocean the text names by its adjective alone ("the Mediterranean", "the Baltic", "the Pacific")
_SEA_ADJECTIVE = re.compile(r"[a-z]+(?:an|ic)")


def _canon(text: str) -> str:
    """The comparison form of a typed answer: ``fold`` plus "38th" -> "38", and a world war by one name."""
    folded = _ORDINAL.sub(r"\1", tn.fold(text))
    return _SAME_WAR.get(folded, folded)


def _sea_named(given_c: str, acc_c: str) -> bool:
    """"Mediterranean Sea" for "Mediterranean", "Pacific Ocean" for "Pacific": the same water, named whole."""
    return bool(_SEA_ADJECTIVE.fullmatch(acc_c)) and given_c in (f"{acc_c} sea", f"{acc_c} ocean")


def _one_edit(a: str, b: str) -> bool:
    """True when a and b differ by exactly one insertion, deletion, substitution or adjacent swap."""
    if a == b or abs(len(a) - len(b)) > 1:
        return False
    if len(a) == len(b):
        diffs = [i for i in range(len(a)) if a[i] != b[i]]
        if len(diffs) == 1:
            return True
        i, j = diffs[0], diffs[-1]
        return len(diffs) == 2 and j == i + 1 and a[i] == b[j] and a[j] == b[i]
    if len(a) > len(b):
        a, b = b, a
    i = 0
    while i < len(a) and a[i] == b[i]:
        i += 1
    return a[i:] == b[i + 1:]


def _typo_match(given: str, accepted: str) -> bool:
    """One typo in an answer of 6+ letters, never in digits, never in a short word or a first letter."""
    if sum(ch.isalpha() for ch in accepted) < 6:
        return False
    if re.findall(r"\d+", given) != re.findall(r"\d+", accepted):
        return False
    gw, aw = given.split(), accepted.split()
    if len(gw) == len(aw):
        diff = [(g, a) for g, a in zip(gw, aw, strict=True) if g != a]
        if len(diff) != 1:
            return False
        g, a = diff[0]
        return (len(a) >= 4 and g[:1] == a[:1] and not any(ch.isdigit() for ch in g + a) and _one_edit(g, a))
    # a missing or extra space ("Kim Ilsung"): the same letters in the same order
    return abs(len(gw) - len(aw)) == 1 and "".join(gw) == "".join(aw)


_DAY_ORDINALS = {w: n for n, w in enumerate(
    ("first second third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth thirteenth fourteenth "
     "fifteenth sixteenth seventeenth eighteenth nineteenth twentieth").split(), 1)}
_DAY_ORDINALS |= {f"twenty{sep}{w}": 20 + n for w, n in list(_DAY_ORDINALS.items())[:9] for sep in ("-", " ")}
_DAY_ORDINALS |= {"thirtieth": 30, "thirty-first": 31, "thirty first": 31}
_DAY_WORD = re.compile(r"^(?:the\s+)?(" + "|".join(sorted(map(re.escape, _DAY_ORDINALS), key=len, reverse=True))
                       + r")\b|(?<=[a-z])\s+(?:the\s+)?(" + "|".join(sorted(map(re.escape, _DAY_ORDINALS), key=len,
                                                                                   reverse=True)) + r")\b",
                       re.IGNORECASE)


_MONTH_WORD = re.compile(r"\b(?:" + "|".join(sorted(tn.MONTHS, key=len, reverse=True)) + r")\b", re.IGNORECASE)


def _day_words_as_digits(text: str) -> str:
    """"the nineteenth of September 1899" -> "19 of September 1899", "September the nineteenth, 1899" -> "September
    19, 1899": a day written as an ordinal word."""
    def digits(m: re.Match[str]) -> str:
        word = (m.group(1) or m.group(2)).lower()
        return (" " if m.group(2) else "") + str(_DAY_ORDINALS[word])
    return _DAY_WORD.sub(digits, text.strip())


def _read_date(text: str) -> tn.PartialDate | None:
    """The date a student typed: any form ``parse_date`` reads, unambiguous US m/d/y, or one date in a phrase; a day
    may be an ordinal word ("the nineteenth of September 1899")."""
    worded = _day_words_as_digits(text)
    if worded != text.strip() and _MONTH_WORD.search(worded):
        text = worded
    date = tn.parse_date(text)
    if date is not None:
        return date
    us = _US_DATE.fullmatch(text.strip())
    if us and int(us.group(1)) <= 12 < int(us.group(2)) <= 31:
        return tn.PartialDate(int(us.group(3)), int(us.group(1)), int(us.group(2)))
    found = tn.dates_in(text)
    return found[0] if len(found) == 1 else None


#: the French article before a name or noun ("L'Aurore", "le petit bleu", "Les Gonaïves"), as "the" is in English
_FRENCH_ARTICLE = re.compile(r"^\s*(?:l['\u2019]\s*|(?:le|la|les)\s+)(?=\w)", re.IGNORECASE)


def _without_french_article(text: str) -> str:
    rest = _FRENCH_ARTICLE.sub("", text)
    return rest if rest.strip() else text


def _is_number_answer(accepted: str) -> bool:
    words = _canon(accepted).split()
    return bool(words) and all(w.isdigit() or w in _NUMBER_WORD_SET for w in words)


def match_short_answer(given: str, accepted: list[str]) -> tuple[str, str] | None:
    """How ``given`` matches one of the accepted answers: (kind, that accepted answer) or None.

    kind is "exact", "folded" (differs only in what never matters), "date", "number" or "typo".
    """
    if not given.strip():
        return None
    given_c = _canon(given)
    given_date: tn.PartialDate | None = None
    date_read = False
    for acc in accepted:
        if given.strip() == acc.strip():
            return "exact", acc
        if given_c and (given_c == _canon(acc) or _sea_named(given_c, _canon(acc))):
            return "folded", acc
        if given_c and (_without_french_article(given) != given or _without_french_article(acc) != acc):
            # "Aurore" for "L'Aurore", "le petit bleu" for "the petit bleu", "Les Gonaïves" for "Gonaïves"
            if _canon(_without_french_article(given)) == _canon(_without_french_article(acc)):
                return "folded", acc
        acc_date = tn.parse_date(acc)
        if acc_date is None and _canon(acc) in tn.MONTHS:  # "June": a typed date counts by its month
            acc_date = tn.PartialDate(month=tn.MONTHS[_canon(acc)])
            if _month_named(given) == acc_date.month:
                return "date", acc
        if acc_date is not None:
            if not date_read:
                given_date, date_read = _read_date(given), True
            if given_date is not None and given_date.covers(acc_date):
                return "date", acc
            continue
        if _is_number_answer(acc):
            want, got = tn.parse_number(acc), tn.parse_number(given)
            if want is not None and got is not None and abs(want - got) <= _EPS * max(1.0, abs(want)):
                return "number", acc
            continue
    for acc in accepted:
        if tn.parse_date(acc) is None and not _is_number_answer(acc) and _typo_match(given_c, _canon(acc)):
            return "typo", acc
    return None


_SHOTGUN = re.compile(r"\s*(?:\band\b|\bor\b|\bnor\b|&|/|;|,(?!\d)|\bvs\.?)\s*", re.IGNORECASE)


#: "or", "and", "nor" or ";" between two numbers ("25 or 26 March", "1950 and 1951"; not "26/03/1821", "May 5, 1950")
_HEDGE_WORDS = "|".join(sorted(_NUMBER_WORD_SET - {"and", "hundred", "thousand", "million"}))
_HEDGE = re.compile(rf"(\d[\d,.]*|\b(?:{_HEDGE_WORDS})\b)\s*(?:\b(?:or|and|nor|to)\b|;)\s*(?:\d|\b(?:{_HEDGE_WORDS})\b)",
                    re.IGNORECASE)


def _hedged_numbers(given: str, accepted: list[str]) -> bool:
    """Whether an answer read as a date or number offers two numbers as alternatives where the key has one."""
    return bool(_HEDGE.search(given)) and not any(_HEDGE.search(a) for a in accepted)


def _quote_span(question: Question, source: Source | None) -> tuple[int, int] | None:
    if source is None:
        return None
    where = ev.locate(source.text, question.evidence.quote, question.evidence.span)
    return where.span if where is not None else None


def read_short_answer(question: ShortAnswer, given: str, source: Source | None = None) -> tuple[bool, str | None]:
    """Whether a typed short answer is right, and the note that says how it was read.

    The rules, in order: the accepted answers as typed by the teacher (``match_short_answer``: case,
    accents, punctuation, articles, ordinals, dates, numbers, one typo); then, with the source, the
    answer named the way the source names it (``question_bank.answers``). An answer that names two
    candidates ("Truman and MacArthur") is never right, even when one of them is.
    """
    span = _quote_span(question, source)
    ok, note = _read_typed(question.accepted, given, source, span)
    if not ok and source is not None:
        others = _other_readings(given, question.prompt, source.text, question.evidence.quote)
        for other in [given, *others]:
            others += _completed_by_prompt(other, question.prompt, question.accepted)
        others += _family_name_dropped(given, question.prompt, question.accepted)
        others += _shown_name_part_dropped(given, question.prompt, question.accepted)
        others += _span_shares_its_end(given, question.prompt, question.accepted)
        for other in others:
            ok2, note2 = _read_typed(question.accepted, other, source, span)
            if ok2:
                ok, note = True, note2 or translate("grading", "Right: read as “{answer}”.").format(answer=other)
                break
    if ok and _echoes_prompt(given, question.prompt, question.accepted):
        return False, translate("grading", "This answer only repeats words of the question.")
    return ok, note


#: kin who share the family name of the person the question names: "[Oliver Cromwell’s] son _____"
_KIN_OF_NAMED = re.compile(r"(?P<family>[^\W\d_][\w-]*)[’']s\]?\s+(?:eldest\s+|younger\s+|elder\s+|only\s+)?"
                           r"(?:son|daughter|brother|sister|grandson|granddaughter|father|nephew)\s+_{3,}")


def _family_name_dropped(given: str, prompt: str, accepted: list[str]) -> list[str]:
    """The answer without the family name of the person whose kin the question asks for: "Richard Cromwell" for the
    key *Richard* in "[Oliver Cromwell’s] son _____ followed him" is read as "Richard". Only the last typed word,
    only when it is the family name written right before the kin noun and the blank, and only for a one-word key."""
    words = given.split()
    if len(words) < 2 or not any(len(a.split()) == 1 for a in accepted):
        return []
    family = {tn.fold(m.group("family")) for m in _KIN_OF_NAMED.finditer(prompt)}
    if tn.fold(words[-1]) not in family:
        return []
    return [" ".join(words[:-1])]


#: the name words the prompt writes right after its blank: "_____ al-Azma", "_____ Bonaparte", "_____ ibn Ali"
_NAME_AFTER_BLANK = re.compile(r"_{3,}((?:\s+(?:(?:al|el|ibn|bin|von|van|de|da|di|du|le|la)\b[-\s]?)?[A-Z][\w’'-]*){1,3})")


def _shown_name_part_dropped(given: str, prompt: str, accepted: list[str]) -> list[str]:
    """The answer without the rest of the name the prompt shows after the blank, typed again: "Yusuf al-Azma" for
    the key *Yusuf* in "the war minister, _____ al-Azma, was killed" is read as "Yusuf" (the whole name). Only the
    typed words after the key's own, only when they are the name words the prompt writes right after the blank."""
    words = given.split()
    if len(words) < 2:
        return []
    out = []
    for m in _NAME_AFTER_BLANK.finditer(prompt):
        shown = tn.fold(m.group(1)).split()
        typed = tn.fold(given).split()
        if len(typed) > len(shown) and typed[-len(shown):] == shown:
            kept, dropped = list(words), 0
            while kept and dropped < len(shown):  # the typed words that spell the shown part ("al atrash", "al-Atrash")
                dropped += len(tn.fold(kept.pop()).split())
            if kept and dropped == len(shown):
                out.append(" ".join(kept))
    return out


#: a span the prompt writes with its last end blank: "between 421 and _____", "from 5 to _____", "421–_____"
_SPAN_TO_BLANK = re.compile(r"\b(?:between|from)\s+(?P<end>[\w.]+(?:\s+[\w.]+){0,2}?)\s+(?:and|to|until|till)\s+_{3,}"
                            r"|\b(?P<end2>\d{1,4})\s*[–-]\s*_{3,}", re.IGNORECASE)
_KEY_ERA = re.compile(r"^(?P<year>\d{1,4})\s+(?P<era>B\.?C\.?(?:E\.?)?|A\.?D\.?|C\.?E\.?)$", re.IGNORECASE)
_KEY_DAY_YEAR = re.compile(r"^(?P<head>.*\D)\s+(?P<year>\d{3,4})$")


def _span_shares_its_end(given: str, prompt: str, accepted: list[str]) -> list[str]:
    """The answer with the era or year a span shares, when the prompt writes the span's first end without it: "406"
    for *406 BC* in "built between 421 and _____" (the era of "421" is the one written after the last year), "10
    June" for *10 June 1967* in "fought from 5 to _____" (the year of "5"). Only the key's last part (the era, or the
    year of a date), only when the first end lacks it too, and only added to an answer that lacks it."""
    ends = [m.group("end") or m.group("end2") for m in _SPAN_TO_BLANK.finditer(prompt)]
    ends = [e for e in ends if any(c.isdigit() for c in e)]
    if not ends or not given.strip():
        return []
    out = []
    for acc in accepted:
        era = _KEY_ERA.match(acc.strip())
        if era is not None and re.fullmatch(r"\d{1,4}", given.strip()) \
                and any(re.fullmatch(r"\d{1,4}", e) for e in ends):
            out.append(f"{given.strip()} {era.group('era')}")
            continue
        dated = _KEY_DAY_YEAR.match(acc.strip())
        if dated is not None and _read_date(acc) is not None and not re.search(r"\d{3,4}", given) \
                and _read_date(f"{given.strip()} {dated.group('year')}") is not None \
                and any(not re.search(r"\d{3,4}", e) for e in ends):
            out.append(f"{given.strip()} {dated.group('year')}")
    return out


def _completed_by_prompt(given: str, prompt: str, accepted: list[str]) -> list[str]:
    """The answer with the surname the question itself gives: "Mathieu" for "Which brother of Dreyfus ...?" (key
    *Mathieu Dreyfus*) is read as "Mathieu Dreyfus". Only the key's last word, written alone in the question as a
    name (not in a longer name or a quoted name: "the Fraser River", "Zheng He", "“Capois-La-Mort”"), is added, and
    only to an answer of name words that holds no word of the question."""
    typed = tn.fold(given, drop_article=False).split()
    prompt_words = set(tn.fold(prompt, drop_article=False).split())
    if not typed or any(w in prompt_words for w in typed if w not in tn.STOPWORDS) or not given.strip()[:1].isupper():
        return []
    alone = {tn.fold(m.group(1)) for m in re.finditer(r"(?<![\w'’\"“-])([A-Z]\w+)(?![\w\"”-])", prompt)
             if not re.match(r"(?:['’]s)?\s+[A-Z]", prompt[m.end():]) and not re.search(r"[A-Z][\w.]*\s+$", prompt[:m.start()])}
    out = []
    for acc in accepted:
        words = acc.split()
        if len(words) >= 2 and all(w[:1].isupper() for w in words) and tn.fold(words[-1]) in alone \
                and tn.fold(words[-1]) not in typed:
            out.append(f"{given.strip()} {words[-1]}")
    return out


#: the kind of thing a question asks for, after "which" or "what ... the": "At which battle", "What was the war"
_KIND_ASKED = re.compile(r"\b(?:which|what)\s+(?:(?:is|was|were|are)\s+the\s+)?([a-z]+)\b(?:\s+([a-z]+)\b)?",
                         re.IGNORECASE)
_QUALIFIED = re.compile(r"\s+(in|of|on|at|near|off)\s+|\s*,\s*")


def _other_readings(given: str, prompt: str, text: str, quote: str) -> list[str]:
    """The answer without words that only qualify it, each to be read as the answer is (so every rule still has to
    accept what is left):

    * a place or year after "in", "of" or a comma that the text writes there ("Granada in Spain", "Granada, Spain",
      "Kido Takayoshi of Chōshū", "Gao, the chief town of the Songhai"), a wider place the text never names ("Cairo in
      Egypt"), or a year of the quote ("the Catalan Atlas of 1375");
    * the kind of thing the question asks for ("At which battle ...?", "Which town ...?"), written or left out:
      "Shiroyama", "Shiroyama battle" for *Battle of Shiroyama*, "Boshin" for *Boshin War*, "the town of Gao" for
      *Gao*; what is left must hold a name the text writes with a capital ("Cold" is not the Cold War)."""
    out: list[str] = []
    folded_text = f" {tn.fold(text, drop_article=False)} "
    text_words = set(folded_text.split())
    quote_numbers = set(re.findall(r"\b\d{3,4}\b", quote))
    for m in _QUALIFIED.finditer(given):
        head, tail = given[:m.start()].strip(), given[m.end():].strip()
        if not head or not tail or not any(c.isalpha() for c in head) or _SHOTGUN.search(tail):
            continue  # "Cairo in Egypt or Damascus" qualifies nothing: it offers two
        prep = (m.group(1) or "").lower()
        f_head, f_tail = tn.fold(head, drop_article=False), tn.fold(tail, drop_article=False)
        own = f" {f_head} {prep or 'in'} {f_tail} " in folded_text
        if not prep:  # an apposition the text writes: "Gao, the chief town of the Songhai"
            words = tail.split()
            own = own or (len(words) > 1 and words[0].lower() in ("the", "a", "an") and words[1][:1].islower()
                          and f" {f_head} {f_tail} " in folded_text)
        year = tail.strip("()") in quote_numbers and prep in ("in", "of")
        elsewhere = prep == "in" and tail[:1].isupper() and not any(w in text_words for w in f_tail.split()
                                                                   if w not in tn.STOPWORDS)
        if own or year or elsewhere or _qualifier_beside(head, prep, tail, text):
            out.append(head)
    if any(c in text for c in "ōūŌŪ"):  # a text that marks long vowels ("Ōkubo", "Kōmei"): "Ookubo", "Koumei", "Itou"
        long_vowels = _LONG_VOWEL.sub(lambda m: m.group()[0], given)
        if long_vowels != given:
            out.append(long_vowels)
    out += _land_readings(given, folded_text)
    out += _title_the_text_gives(given, folded_text)
    kinds = {w.lower() for m in _KIND_ASKED.finditer(prompt) for w in m.groups() if w} - tn.STOPWORDS
    for kind in kinds:
        words = given.split()
        if any(w.lower() == kind for w in words):  # "the town of Gao", "Shiroyama battle": left out
            rest = re.sub(rf"^(?:the\s+|a\s+)?{kind}\s+of\s+|\s+{kind}$|^(?:the\s+|his\s+|her\s+|their\s+|its\s+)?"
                          rf"{kind}\s+", "", given.strip(), flags=re.IGNORECASE)
            if rest != given.strip() and _names_something(rest, text):
                out += [rest, f"{rest} {kind}", f"{kind} of {rest}"]
        elif _names_something(given, text) and tn.fold(given).split()[-1] not in answers.GENERIC:
            # "Boshin", "Djinguereber", "Stralsund": the kind written ("Treaty of Stralsund"); after or before a name
            # only for things named like places ("Boshin War", "Lake Superior"; not "North Atlantic" for the North
            # Atlantic Treaty, "Hudson Bay" for the Hudson's Bay Company)
            out.append(f"{kind} of {given.strip()}")
            if kind in _NAMED_KINDS:
                out += [f"{given.strip()} {kind}", f"{kind} {given.strip()}"]
    return out


def _title_the_text_gives(given: str, folded_text: str) -> list[str]:
    """A title typed before the name where the text gives the person that title in other words (round 22, the lead:
    "Emperor Constantine XI" for *Constantine XI*, where the text says "Its last emperor was Constantine XI
    Palaiologos"): read without the title when the text writes "TITLE was NAME", "TITLE, NAME" or "NAME, the ...
    TITLE" / "NAME was the ... TITLE" (with at most two words between); any other title stays a wrong answer's."""
    words = given.split()
    if len(words) < 2:
        return []
    title, rest = tn.fold(words[0]), tn.fold(" ".join(words[1:]), drop_article=False)
    if title not in answers.TITLES or not rest:
        return []
    r, t = re.escape(rest), re.escape(title)
    gives = (rf" {t}(?: was| is|,) {r}(?= )", rf" {r}(?: [a-z]+){{0,3}}?(?: was| is|,) (?:the|a|an)(?: [a-z]+){{0,2}} {t}(?= )")
    if any(re.search(g, folded_text) for g in gives):
        return [" ".join(words[1:])]
    return []


#: the common noun after a name of land that names the same land with or without it ("the Andes" and "the Andes
#: Mountains", "the Banda Islands" and "Banda")
_LAND_HEADS = ("mountains", "mountain range", "range", "hills", "islands", "isles", "desert", "peninsula")


def _land_readings(given: str, folded_text: str) -> list[str]:
    """The land a student names with or without its common noun, where the text leaves no doubt it is land (round
    22, the lead, from set 20's ratings: "Andes Mountains" for *the Andes*, "Banda" for *the Banda Islands*):

    * the noun added ("Andes Mountains"): read without it when the text writes the name with "the" ("the Andes");
    * the noun left out ("Banda"): read with it when the text writes the name only ever followed by that noun, so
      the bare word names nothing else of the text ("Hudson" stays wrong for the Hudson River beside Henry Hudson).
    """
    g = tn.fold(given)
    if not g:
        return []
    out = []
    for head in _LAND_HEADS:
        if g.endswith(f" {head}"):
            rest = g[: -len(head) - 1]
            if rest and f" the {rest} " in folded_text:
                out.append(given.strip()[: -len(head) - 1].strip())
        elif f" {g} {head} " in folded_text:
            bare = folded_text.count(f" {g} ")
            if bare and bare == folded_text.count(f" {g} {head} "):
                out.append(f"{given.strip()} {head.title()}")
    return out


#: words that place a thing: "Palembang, on Sumatra", "Liujiagang, near the mouth of the Yangtze"
_PLACING = frozenset({"in", "on", "at", "near", "off", "of"})
_BESIDE_WORDS = 12


def _qualifier_beside(head: str, prep: str, tail: str, text: str) -> bool:
    """Whether the words after the answer only say what the text says beside it: the text writes them right after the
    answer ("Zhu Di, the Prince of Yan", "the Court of Cassation, France's highest court"), or places the answer in
    the place they name within the same sentence ("Tauresium in the Balkans" for "at Tauresium, a village in the
    Balkans"; "Palembang in Sumatra" for "at Palembang, on Sumatra"). A one-word tail after a comma is never read off
    ("silk, porcelain" is two answers), nor a place the text does not write beside the answer ("Alsace, France")."""
    words = tail.split()
    lead = words[0].lower() if words else ""
    placed = prep in _PLACING or (not prep and lead in _PLACING)
    if not prep and not placed and (len(words) < 2 or not (lead in ("the", "a", "an") or any(
            w[:1].islower() for w in words[1:] if w.lower() not in tn.STOPWORDS))):
        return False
    folded = tn.fold(text, drop_article=False)
    f_head = tn.fold(head, drop_article=False)
    f_tail = tn.fold(tail if not placed or prep else " ".join(words[1:]), drop_article=False)
    if not f_head or not f_tail:
        return False
    if not placed:  # an apposition: the text writes it right after the answer, or right before it
        return f" {f_head} {f_tail} " in f" {folded} " or f" {f_tail} {f_head} " in f" {folded} "
    if not _names_something(f_tail, text):
        return False
    place = [w for w in f_tail.split() if w not in ("the", "a", "an")]
    head_w = [w for w in f_head.split() if w not in ("the", "a", "an")]
    for sentence in re.split(r"(?<=[.!?;])\s+", text):
        sent = [w for w in tn.fold(sentence, drop_article=False).split() if w not in ("the", "a", "an")]
        for i in range(len(sent) - len(head_w) + 1):
            if sent[i:i + len(head_w)] != head_w:
                continue
            near = range(max(0, i - _BESIDE_WORDS), min(len(sent), i + len(head_w) + _BESIDE_WORDS))
            if any(sent[k] in _PLACING and sent[k + 1:k + 1 + len(place)] == place for k in near):
                return True
    return False


#: a long vowel written as romanised Japanese often writes it without the macron: "ou", "oo", "oh" for ō, "uu" for ū
_LONG_VOWEL = re.compile(r"o[uo]|oh(?![aeiouy])|uu", re.IGNORECASE)
#: kinds of things whose name is a name written before or after the kind: "Boshin War", "Lake Superior"
_NAMED_KINDS = frozenset("""war battle mosque temple shrine cathedral church palace castle ocean sea lake river
    mountain mountains desert""".split())


def _names_something(words: str, text: str) -> bool:
    """Whether ``words`` hold a word the text writes only with a capital (a name, not "cold" or "civil")."""
    lower = {tn.fold(w) for w in _PLAIN_WORD.findall(text) if w[:1].islower()}
    capital = {tn.fold(w) for w in _PLAIN_WORD.findall(text) if w[:1].isupper()}
    return any(tn.fold(w) in capital and tn.fold(w) not in lower and tn.fold(w) not in tn.STOPWORDS
               for w in _PLAIN_WORD.findall(words))


_PLAIN_WORD = re.compile(r"[^\W\d_]+")


def _echoes_prompt(given: str, prompt: str, accepted: list[str]) -> bool:
    """Whether the answer's words are all the question's own, where the key's are not: "Musa" for "By what other name is
    Mansa Musa called?" (key *Musa I*). Not a word of a name the prompt gives a thing of a kind: "Fraser" for "Who went
    down the Fraser River?" (key *Simon Fraser*) names the man."""
    prompt_words = tn.fold(prompt, drop_article=False).split()

    def content(text: str) -> list[str]:
        return [w for w in tn.fold(text, drop_article=False).split() if w not in tn.STOPWORDS]

    typed = content(given)
    if not typed or not all(w in prompt_words for w in typed):
        return False
    if any(all(w in prompt_words for w in content(acc)) for acc in accepted):
        return False
    for k, w in enumerate(prompt_words):
        if w == typed[-1] and k + 1 < len(prompt_words) and prompt_words[k + 1] in answers.GENERIC:
            return False
    return True


def _read_typed(accepted: list[str], given: str, source: Source | None,
                span: tuple[int, int] | None) -> tuple[bool, str | None]:
    """:func:`read_short_answer` for any list of accepted answers (a short-answer question or a cloze gap)."""
    if not given.strip():
        return False, translate("grading", "No answer was typed.")

    def one(text: str) -> tuple[bool, str | None]:
        match = match_short_answer(text, accepted)
        if match is not None:
            kind, acc = match
            return True, (translate("grading", "Accepted — the exact spelling is '{acc}'").format(acc=acc) if kind == "typo" else None)
        if source is None:
            return False, None
        sw = answers.source_words(source.text)  # read once per text, then cached
        reason = ""
        for acc in accepted:
            reading = answers.read_in_source(text, acc, sw, span)
            if reading.accepted:
                return True, translate("grading", "Right: the text says “{source_phrase}”.").format(source_phrase=reading.source_phrase)
            reason = reason or reading.reason
        fixed = _one_typo_fixed(text, accepted, source.text, span)
        if fixed is not None:  # "Prince Ruppert" where the text says "Prince Rupert of the Rhine"
            for acc in accepted:
                reading = answers.read_in_source(fixed, acc, sw, span)
                if reading.accepted:
                    return True, translate("grading", "Accepted — the exact spelling is '{acc}'").format(
                        acc=reading.source_phrase)
        return False, reason or None

    ok, note = one(given)
    if ok and _hedged_numbers(given, accepted):  # "25 or 26 March 1821": two days, one of them right
        return False, translate("grading", "This answer names more than one thing; only one answer can be right, so give one.")
    # parts that name something: "Truman and MacArthur" has two, "Rudolf Anderson, Jr." has one
    parts = [p for p in _SHOTGUN.split(given) if any(w.isalpha() for w in tn.content_words(p))]
    if len(parts) > 1 and not any(_SHOTGUN.search(a) for a in accepted):
        if ok or any(one(p)[0] for p in parts):
            return False, translate("grading", "This answer names more than one thing; only one answer can be right, so give one.")
    if not ok and note is None:
        date_note = _date_form_note(given, accepted)
        if date_note:
            return False, date_note
    return ok, note


_TYPED_WORD = re.compile(r"[^\W\d_]+(?:['\u2019-][^\W\d_]+)*")


@functools.lru_cache(maxsize=32)
def _words_of(text: str) -> frozenset[str]:
    return frozenset(w.lower() for w in _TYPED_WORD.findall(text))


def _one_typo_fixed(given: str, accepted: list[str], text: str, span: tuple[int, int] | None) -> str | None:
    """``given`` with one misspelt word put right, or None: a word of 5+ letters not in the quote or the key that is
    one typo (same first letter) from exactly one word of them ("Ruppert" for "Rupert", "Nasika" for "Nasica"),
    in an answer of 6+ letters once put right, as the key's own typo rule asks ("Seoull" for "Seoul" is not taken)."""
    near = text[span[0]:span[1]] if span is not None else ""
    vocabulary = {w.lower(): w for w in _TYPED_WORD.findall(" ".join(accepted) + " " + near)}
    fixes = []
    for m in _TYPED_WORD.finditer(given):
        word = m.group().lower()
        if len(word) < 5 or word in vocabulary:
            continue
        if word in _words_of(text):  # another word of the text ("Maria" beside "Mario") is no typo
            return None
        close = {v for v in vocabulary if len(v) >= 5 and v[0] == word[0] and _one_edit(word, v)}
        if len(close) != 1:
            return None
        fixes.append((m.start(), m.end(), vocabulary[close.pop()]))
    if len(fixes) != 1:
        return None
    start, end, right = fixes[0]
    fixed = given[:start] + right + given[end:]
    if sum(c.isalpha() for c in fixed) < 6:
        return None
    return fixed


def _date_form_note(given: str, accepted: list[str]) -> str | None:
    """What form of date is wanted, when the answer could not be read as the date asked for."""
    want = tn.parse_date(accepted[0])
    if want is None:
        return None
    got = _read_date(given)
    parts = [name for name, v in ((translate("grading", "the day"), want.day), (translate("grading", "the month"), want.month), (translate("grading", "the year"), want.year))
             if v is not None]
    asked = ", ".join(parts[:-1]) + (translate("grading", " and ") if len(parts) > 1 else "") + parts[-1]
    if got is None:
        return translate("grading", "This could not be read as a date: give {asked}, e.g. 4 July 1776 or July 4, 1776.").format(asked=asked)
    missing = [name for name, w, g in ((translate("grading", "the day"), want.day, got.day), (translate("grading", "the month"), want.month, got.month),
                                       (translate("grading", "the year"), want.year, got.year)) if w is not None and g is None]
    if missing:
        return translate("grading", "The question asks for {asked}; this answer does not give {missing}.").format(asked=asked, missing=translate("grading", " or ").join(missing))
    return None


def grade_short_answer(question: ShortAnswer, response: str | None, rules: GradingRules = DEFAULT_RULES,
                       source: Source | None = None) -> GradeResult:
    response = coerce_response(question, response)
    if response is None:
        return skipped_result(question, source)
    ok, note = read_short_answer(question, response, source)
    return _result(question, response, source, rules, 1.0 if ok else 0.0, note=note)


def _looks_like_year(value: float) -> bool:
    return float(value).is_integer() and 1000 <= value <= 2099


def _asks_month(value: float, prompt: str) -> bool:
    return float(value).is_integer() and 1 <= value <= 12 and bool(re.search(r"\bmonth\b", prompt, re.IGNORECASE))


def _month_named(text: str) -> int | None:
    """The month of an answer that is only a month's name ("May", "in June")."""
    words = [w for w in tn.fold(text, drop_article=False).split() if w not in ("in", "the", "month", "of")]
    return tn.MONTHS.get(words[0]) if len(words) == 1 else None


def _date_part(text: str, value: float, prompt: str = "") -> float | None:
    """The part of a typed date that a numeric question asks for: its month for a month question,
    its year for a year, its day for a day of the month."""
    date = _read_date(text)
    if _asks_month(value, prompt):
        if date is not None and date.month is not None:
            return float(date.month)
        month = _month_named(text)
        return float(month) if month is not None else None
    if date is None:
        return None
    if _looks_like_year(value) and date.year is not None:
        return float(date.year)
    if float(value).is_integer() and 1 <= value <= 31 and date.day is not None:
        return float(date.day)
    return None


def read_number(text: str, value: float | None = None, prompt: str = "") -> float | None:
    """The one number in a typed numeric answer (hedges and units ignored), or None.

    When the answer is a date rather than a number and ``value`` (the expected number) is a year,
    the date's year counts; when ``value`` could be a day of the month, the date's day counts
    ("June 25, 1950" answers "On which day of June ...?"); for a month question (the prompt says
    "month") the date's month counts, and a month's name ("May") is its number.
    """
    if value is not None and _asks_month(value, prompt):
        part = _date_part(text, value, prompt)
        if part is not None:
            return part
    number = tn.parse_number(text)
    if number is None and value is not None:
        number = _date_part(text, value, prompt)
    return number


def _wanted_form(question: Numeric) -> str:
    """The form a numeric answer should take, for an answer that could not be read."""
    if _asks_month(question.value, question.prompt):
        return translate("grading", "type the month, e.g. June or 6.")
    if _looks_like_year(question.value):
        return translate("grading", "type the year in digits, e.g. 1950.")
    if float(question.value).is_integer() and 1 <= question.value <= 31 and re.search(
            r"\bday\b", question.prompt, re.IGNORECASE):
        return translate("grading", "type the day of the month, e.g. 25.")
    return translate("grading", "type it in digits, e.g. 135000 or 135,000, or in words, e.g. two million.")


def grade_numeric(question: Numeric, response: str | float | None, rules: GradingRules = DEFAULT_RULES,
                  source: Source | None = None) -> GradeResult:
    response = coerce_response(question, response)
    if response is None:
        return skipped_result(question, source)
    text = response if isinstance(response, str) else f"{response:g}"
    ok, note = read_numeric_answer(question, text)
    return _result(question, response, source, rules, 1.0 if ok else 0.0, note=note)


_ERA = re.compile(r"\b(?:(?P<bc>B\.?\s?C\.?(?:\s?E\.?)?)|(?P<ad>A\.?\s?D\.?|C\.?\s?E\.?))(?![\w])")


_ERA_TYPED = re.compile(_ERA.pattern, re.IGNORECASE)


def _era(text: str, typed: bool = False) -> str | None:
    """"BC" or "AD" when the text marks its years with one era only (BCE counts as BC, CE as AD), else None; a
    student's answer in any case ("149 bc"), a text's in capitals only."""
    eras = {"BC" if m.group("bc") else "AD" for m in (_ERA_TYPED if typed else _ERA).finditer(text)}
    return eras.pop() if len(eras) == 1 else None


def read_numeric_answer(question: Numeric, text: str) -> tuple[bool, str | None]:
    """Whether a typed numeric answer is right, and the note that says how it was read."""
    if not text.strip():
        return False, translate("grading", "No answer was typed.")
    value, tol, unit, prompt = question.value, question.tolerance, question.unit, question.prompt
    typed_era, asked_era = _era(text, typed=True), _era(f"{prompt} {question.evidence.quote}")
    if typed_era and asked_era and typed_era != asked_era:  # "AD 149" for the text's 149 BC
        return False, translate("grading", "The text's year is {era}, not {typed}.").format(
            era=asked_era, typed=typed_era)
    date_value = read_number(text, value, prompt) if (_asks_month(value, prompt) or tn.parse_number(text) is None) \
        else None
    written = numbers.read_one(tn.typographic_to_ascii(text))
    if date_value is not None and (written is None or _asks_month(value, prompt)):
        candidates = [date_value]
    elif written is not None:
        candidates = numbers.in_question_terms(written, unit, prompt)
    else:
        several = len(numbers.numbers_written(tn.typographic_to_ascii(text))) > 1
        return False, (translate("grading", "Give one number, not several.") if several else
                       translate("grading", "No number could be read from this answer; ") + _wanted_form(question))
    if not numbers.within(candidates, value, tol):
        hint = numbers.scale_hint(written, value, tol, unit, prompt) if written is not None else ""
        return False, hint or None
    exact = [c for c in candidates if numbers.within([c], value, 0.0)]
    if exact:
        if written is not None and exact[0] != written.value:  # "2,300,000" for "million tons", "two-thirds" for %
            return True, (translate("grading", "Right: read as {say}, "
                          "which is {value}{unit}.").format(say=numbers.say(written), value=numbers.say_value(exact[0]), unit=' ' + unit if unit else ''))
        return True, None
    shown = question.model_copy(update={"tolerance": 0.0}).answer_text()
    if written is not None and all(c != written.value for c in candidates):  # a fraction read as a percentage
        return True, translate("grading", "Accepted — read as {text}; the source gives {shown}").format(text=written.text, shown=shown)
    return True, translate("grading", "Accepted — the source gives {shown}").format(shown=shown)


# --------------------------------------------------------------------------- arrangements


def _longest_increasing(seq: list[int]) -> int:
    import bisect

    tails: list[int] = []
    for x in seq:
        i = bisect.bisect_left(tails, x)
        if i == len(tails):
            tails.append(x)
        else:
            tails[i] = x
    return len(tails)


def grade_ordering(question: Ordering, response: list[int] | None, rules: GradingRules = DEFAULT_RULES,
                   source: Source | None = None) -> GradeResult:
    response = coerce_response(question, response)
    if response is None:
        return skipped_result(question, source)
    n = len(question.items)
    marks = tuple(item == pos for pos, item in enumerate(response))
    k = _longest_increasing(response)
    credit = 1.0 if k == n else (k - 1) / (n - 1)
    return _result(question, response, source, rules, credit, marks=marks)


def grade_matching(question: Matching, response: Mapping[int, int] | None, rules: GradingRules = DEFAULT_RULES,
                   source: Source | None = None) -> GradeResult:
    response = coerce_response(question, response)
    if response is None:
        return skipped_result(question, source)
    marks = tuple(response.get(i) == i for i in range(len(question.pairs)))
    credit = sum(marks) / len(marks)
    note = None
    if not response:
        note = translate("grading", "Nothing was matched.")
    return _result(question, response, source, rules, credit, marks=marks, note=note)


def grade_cite(question: Cite, response: int | None, rules: GradingRules = DEFAULT_RULES,
               source: Source | None = None) -> GradeResult:
    response = coerce_response(question, response)
    if response is None:
        return skipped_result(question, source)
    if source is None:
        raise ResponseError(f"grading cite question {question.id!r} needs its source {question.evidence.source!r}")
    sents = ev.sentences(source.text)
    if response >= len(sents):
        raise ResponseError(f"sentence index {response} is out of range 0..{len(sents) - 1}")
    chosen = sents[response]
    where = ev.locate(source.text, question.evidence.quote, question.evidence.span)
    if where is None:  # a draft whose quote is not in the source: fall back to the words
        credit = 1.0 if tn.contains_folded(chosen.text, question.evidence.quote) else 0.0
        return _result(question, response, source, rules, credit)
    start, end = where.span

    def overlap(s: ev.Passage) -> int:
        return max(0, min(s.end, end) - max(s.start, start))

    def proves(s: ev.Passage) -> bool:
        return (s.start <= start and end <= s.end) or (start <= s.start and s.end <= end)

    if proves(chosen):
        credit = 1.0
    elif overlap(chosen) > 0:
        best = max(overlap(s) for s in sents)
        straddles = not any(proves(s) for s in sents)
        credit = 1.0 if straddles and overlap(chosen) == best else CITE_PARTIAL_CREDIT
    else:
        credit = 0.0
    note = translate("grading", "This sentence holds only part of the quote.") if 0 < credit < 1 else None
    return _result(question, response, source, rules, credit, note=note)


# --------------------------------------------------------------------------- cloze


def _gap_as_numeric(question: Cloze, gap: ClozeGap) -> Numeric | None:
    """A numeric gap read as the numeric question it stands for (its number, tolerance and the passage)."""
    written = numbers.read_one(tn.typographic_to_ascii(gap.answer))
    value = written.value if written is not None else tn.parse_number(gap.answer)
    if value is None:
        return None
    return Numeric.model_construct(id=question.id, prompt=question.shown_text(), topics=question.topics,
                                   difficulty=question.difficulty, points=question.points,
                                   explanation=question.explanation, evidence=question.evidence,
                                   support_note=None, type="numeric", value=float(value),
                                   tolerance=gap.tolerance, unit=None)


def read_gap(question: Cloze, index: int, given: str | None, source: Source | None = None) -> tuple[bool, str | None]:
    """Whether gap ``index`` of a cloze passage is filled right, and the note that says how it was read."""
    gap = question.gaps[index]
    if given is None or not given.strip():
        return False, None
    if gap.kind in ("dropdown", "word_bank"):
        return " ".join(given.split()) == " ".join(gap.answer.split()), None
    if gap.kind == "numeric":
        as_numeric = _gap_as_numeric(question, gap)
        if as_numeric is not None:
            return read_numeric_answer(as_numeric, given)
    span = _quote_span(question, source)
    # the text's own words around the gap's span count, as they do for a short-answer question
    if span is not None:
        span = (span[0] + gap.start, span[0] + gap.end) if span[1] - span[0] == len(question.evidence.quote) else span
    return _read_typed([gap.answer, *gap.accepted], given, source, span)


# what stands between two gaps of one list: separators, and short items of the list the passage gives itself
# ("_____, Japan and _____"); no sentence break, no clause
_LIST_SEPARATOR = re.compile(r",\s*(?:(?:and|or)\s+)?|\s+(?:and|or)\s+")
_MAX_LIST_GAPS = 4


def _list_gap_groups(question: Cloze) -> list[list[int]]:
    """Runs of typed gaps that are members of one list in the passage ("from _____, Japan and _____"): the
    list's order is not what is asked, so their answers may be given in any order."""
    quote, gaps = question.evidence.quote, question.gaps
    groups: list[list[int]] = []
    run: list[int] = []
    for i in range(len(gaps) - 1):
        a, b = gaps[i], gaps[i + 1]
        between = quote[a.end:b.start]
        pieces = _LIST_SEPARATOR.split(between)
        member = (a.kind == b.kind == "short_answer" and len(pieces) > 1 and pieces[0] == "" and pieces[-1] == ""
                  and all(len(piece.split()) <= 3 and not any(c in piece for c in ".;:!?()\"") for piece in pieces)
                  and not any(ch.isdigit() for g in (a, b) for ch in g.answer))
        if member:
            run = run or [i]
            run.append(i + 1)
        elif run:
            groups.append(run)
            run = []
    if run:
        groups.append(run)
    return [g for g in groups if len(g) <= _MAX_LIST_GAPS]


def _read_list_gaps(question: Cloze, group: list[int], response: list[str | None],
                    readings: list[tuple[bool, str | None]], source: Source | None) -> list[tuple[bool, str | None]]:
    """The readings of one list's gaps when each answer may fill any of its gaps, each gap once: the
    assignment that gives the most credit (the written order when it gives as much)."""
    from itertools import permutations

    cell = {(r, g): readings[r] if r == g else read_gap(question, g, response[r], source)
            for r in group for g in group}

    def credit(order: tuple[int, ...]) -> float:
        return sum(question.gaps[g].weight for r, g in zip(group, order, strict=True) if cell[(r, g)][0])

    best = max(permutations(group), key=lambda order: (credit(order), tuple(order) == tuple(group)))
    out = list(readings)
    for r, g in zip(group, best, strict=True):
        out[r] = cell[(r, g)]
    return out


def grade_cloze(question: Cloze, response: list[str | None] | None, rules: GradingRules = DEFAULT_RULES,
                source: Source | None = None) -> GradeResult:
    response = coerce_response(question, response)
    if response is None or all(v is None for v in response):
        return skipped_result(question, source)
    readings = [read_gap(question, i, given, source) for i, given in enumerate(response)]
    reordered = []
    for group in _list_gap_groups(question):
        before = readings
        readings = _read_list_gaps(question, group, response, readings, source)
        if readings != before:
            reordered.append(group)
    marks = tuple(ok for ok, _ in readings)
    total = sum(g.weight for g in question.gaps)
    credit = sum(g.weight for g, ok in zip(question.gaps, marks, strict=True) if ok) / total
    notes = [translate("grading", "Gap {n}: {note}").format(n=n, note=note) for n, (ok, note) in enumerate(readings, 1) if note and response[n - 1] is not None]
    for group in reordered:
        notes.append(translate("grading", "Gaps {first} to {last} are one list in the text: their answers count in any "
                                          "order.").format(first=group[0] + 1, last=group[-1] + 1))
    empty = sum(v is None for v in response)
    if empty:
        notes.append(translate("grading", "{empty} of %n gap(s) left empty.", "", len(response)).format(empty=empty))
    return _result(question, response, source, rules, credit, marks=marks, note="\n".join(notes) or None)


# --------------------------------------------------------------------------- dispatch

def _grade_for_its_type(question: Question, response: Any, rules: GradingRules,
                        source: Source | None) -> GradeResult:
    """The grader of the question's type (``isinstance`` lets the type checker see each pairing)."""
    if isinstance(question, MultipleChoice):
        return grade_multiple_choice(question, response, rules, source)
    if isinstance(question, MultipleSelect):
        return grade_multiple_select(question, response, rules, source)
    if isinstance(question, TrueFalse):
        return grade_true_false(question, response, rules, source)
    if isinstance(question, Numeric):
        return grade_numeric(question, response, rules, source)
    if isinstance(question, ShortAnswer):
        return grade_short_answer(question, response, rules, source)
    if isinstance(question, Ordering):
        return grade_ordering(question, response, rules, source)
    if isinstance(question, Matching):
        return grade_matching(question, response, rules, source)
    if isinstance(question, Cite):
        return grade_cite(question, response, rules, source)
    if isinstance(question, Cloze):
        return grade_cloze(question, response, rules, source)
    raise ResponseError(f"unknown question type {type(question).__name__}")


def source_of(question: Question, sources: QuestionSet | Mapping[str, Source] | None) -> Source | None:
    if sources is None:
        return None
    if isinstance(sources, QuestionSet):
        return sources.source(question.evidence.source)
    return sources.get(question.evidence.source)


def grade(question: Question, response: Any, rules: GradingRules = DEFAULT_RULES,
          sources: QuestionSet | Mapping[str, Source] | None = None) -> GradeResult:
    """Grade any question. ``sources`` (the set, or a mapping id -> Source) gives cite questions their
    sentences and every result its evidence title and span."""
    return _grade_for_its_type(question, response, rules, source_of(question, sources))


def try_answer(question: Question, question_set: QuestionSet | Mapping[str, Source] | None, text: str,
               rules: GradingRules = DEFAULT_RULES) -> GradeResult:
    """Grade an answer a teacher types to try a question out (the editor's "Try an answer" box).

    Short-answer and numeric questions only: the same rules as a scored round, with the question's
    source from ``question_set``; the result's ``note`` says how the answer was read.
    """
    if not isinstance(question, ShortAnswer | Numeric):
        raise ResponseError(f"only short-answer and numeric questions can be tried with typed text, "
                            f"not {question.type}")
    result = grade(question, text, rules, question_set)
    if result.correct and result.note is None:
        result = replace(result, note=translate("grading", "Right: this is the accepted answer."))
    elif not result.correct and result.note is None:
        result = replace(result, note=translate("grading", "Not accepted. The accepted answer is {answer_text}.").format(answer_text=question.answer_text()))
    return result


def model_response(question: Question, source: Source | None = None) -> Any:
    """A response that earns full credit, in the shape of the module docstring (for answer keys,
    demonstrations and tests). For cite it needs the evidence source."""
    if isinstance(question, MultipleChoice):
        return next(i for i, c in enumerate(question.choices) if c.correct)
    if isinstance(question, MultipleSelect):
        return {i for i, c in enumerate(question.choices) if c.correct}
    if isinstance(question, TrueFalse):
        return question.answer
    if isinstance(question, Numeric):
        return f"{question.value:f}".rstrip("0").rstrip(".")  # never "2.3e+06"
    if isinstance(question, ShortAnswer):
        return question.accepted[0]
    if isinstance(question, Ordering):
        return list(range(len(question.items)))
    if isinstance(question, Matching):
        return {i: i for i in range(len(question.pairs))}
    if isinstance(question, Cite):
        if source is None:
            raise ResponseError("a cite question's model response needs its source")
        where = ev.locate(source.text, question.evidence.quote, question.evidence.span)
        if where is None:
            raise ResponseError(f"the quote of cite question {question.id!r} is not in its source")
        sentence = ev.sentence_at(source.text, where.start)
        if sentence is None:  # the quote starts in blank space before the first sentence
            raise ResponseError(f"the quote of cite question {question.id!r} is not in a sentence of its source")
        return sentence.index
    if isinstance(question, Cloze):
        return [g.answer for g in question.gaps]  # the text's own words fill every gap
    raise ResponseError(f"unknown question type {type(question).__name__}")

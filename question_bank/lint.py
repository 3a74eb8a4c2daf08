"""Item-quality lint: questions a student can answer without reading the text.

The validator (``question_bank.validation``) proves that every answer is right according to
its quote. This module looks for the other way a question fails a class: it gives itself
or another question away. Every finding is a ``Problem`` with severity ``"warning"``: it
names the question, says what gives the answer away and how to fix it. Warnings never stop
a set from loading, being played or being scored; ``quiz-bank validate --strict`` treats
them as errors for teachers who want a clean set.

The checks (each one's ``code`` is the first word of its message's hint list in docs/lint.md):

* ``longest_key``: the correct choice is by far the longest option.
* ``only_key_echoes_prompt``: only the correct option(s) share a content word with the prompt.
* ``copied_true_statement``: a true/false statement copied from the text word for word.
* ``answer_in_other_prompt``: one question's answer is written in another question's prompt.
* ``same_sentence``: more than ``MAX_PER_SENTENCE`` questions quote one sentence.
* ``topic_mismatch``: a topic tag that does not fit the question (troop_counts without a
  count, dates without a date, un_security_council without the UN).
* ``mixed_option_kinds``: one option is of a different kind from the others (a date among names).
* ``no_wrong_feedback``: a wrong answer gets no feedback (true/false, or a wrong choice).
* ``true_distractor``: a wrong option that the question's own quote states, or a "false"
  statement copied from the text.
* ``gap_shown``: a typed gap of a cloze passage whose answer the passage shows elsewhere (in its
  own words or in another gap's options), so the student can copy it.

``giveaway_pairs`` gives the pairs of questions that must not share a round.
Everything here is linear in the size of each question, and quadratic only in the number of
questions for the cross-question checks (sets have hundreds of questions, not millions).
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass

from . import evidence as ev
from . import textnorm as tn
from .models import (
    Cite,
    Cloze,
    Evidence,
    Matching,
    MultipleChoice,
    MultipleSelect,
    Numeric,
    Ordering,
    QuestionSet,
    ShortAnswer,
    TrueFalse,
)
from .validation import FieldPath, Problem

#: More questions than this on one sentence is a cluster: they echo each other in a round.
MAX_PER_SENTENCE = 3
#: The correct choice is "by far the longest" when it is this much longer than every other option...
LONGEST_RATIO = 1.3
#: ...and at least this many characters longer.
LONGEST_MIN_CHARS = 15
#: Share of a statement's word pairs found in the text above which it counts as copied.
COPIED_TRUE = 0.75
COPIED_FALSE = 0.9

# Words of question stems that say nothing about the content.
_GENERIC = frozenset(tn.content_words(
    "text according say says said choose all apply following question answer true false statement sentence "
    "show shows describe describes paragraph give name happen happened order put event events match "
    "first part passage writer author mention mentions call calls"
))

_TOPIC_HINTS = {
    "un_security_council": ("security council", "united nations", "un", "veto", "resolution"),
}
_ORDINAL = re.compile(r"\b\d+(?:st|nd|rd|th)\b", re.IGNORECASE)


@dataclass(frozen=True)
class _Finding:
    index: int
    path: FieldPath
    code: str
    message: str
    hint: str


def lint_set(question_set: QuestionSet) -> list[Problem]:
    """Every item-quality warning of a set, in question order (severity ``"warning"``)."""
    findings: list[_Finding] = []
    texts = {s.id: s.text for s in question_set.sources}
    for i, q in enumerate(question_set.questions):
        findings += _single_question(i, q, texts)
    findings += _answers_in_other_prompts(question_set)
    findings += _sentence_clusters(question_set, texts)
    findings.sort(key=lambda f: f.index)
    return [Problem(f.path, f.message, f.hint, severity="warning") for f in findings]


def warning_code(problem: Problem) -> str:
    """The check that produced a lint warning (the word before the colon after the question id)."""
    m = re.match(r"[^:]*: \[(\w+)\]", problem.message)
    return m.group(1) if m else ""


def giveaway_pairs(question_set: QuestionSet) -> set[frozenset[str]]:
    """Pairs of question ids that must not share a round: one gives away the other's answer,
    or both quote the same sentence of the text."""
    pairs: set[frozenset[str]] = set()
    questions = question_set.questions
    for a, b, _ in _answer_shown_in(questions, shown=_shown_text):
        pairs.add(frozenset((questions[a].id, questions[b].id)))
    texts = {s.id: s.text for s in question_set.sources}
    by_sentence: dict[tuple[str, int], list[str]] = defaultdict(list)
    for q in questions:
        for key in _sentences_of(q.evidence, texts):
            by_sentence[key].append(q.id)
    for ids in by_sentence.values():
        unique = list(dict.fromkeys(ids))
        for x in range(len(unique)):
            for y in range(x + 1, len(unique)):
                pairs.add(frozenset((unique[x], unique[y])))
    return pairs


# --------------------------------------------------------------------------- one question


def _finding(i: int, q, path: FieldPath, code: str, message: str, hint: str) -> _Finding:
    return _Finding(i, ("questions", i) + path, code, f"{q.id}: [{code}] {message}", hint)


def _single_question(i: int, q, texts: dict[str, str]) -> list[_Finding]:
    out: list[_Finding] = []
    if isinstance(q, MultipleChoice | MultipleSelect):
        out += _choice_checks(i, q)
    if isinstance(q, TrueFalse):
        out += _true_false_checks(i, q, texts)
    if isinstance(q, Matching):
        out += _kind_check(i, q, [p.left for p in q.pairs], ("pairs",), "left-hand items")
        out += _kind_check(i, q, [p.right for p in q.pairs] + q.distractors, ("pairs",), "right-hand items")
        for d, text in enumerate(q.distractors):
            if _stated_by(text, q.evidence.quote, min_words=3):
                out.append(_finding(i, q, ("distractors", d), "true_distractor",
                                    f"the extra option {text!r} is stated by the quote",
                                    "Use an extra option the text shows to be wrong."))
    if isinstance(q, Cloze):
        out += _cloze_checks(i, q)
    out += _topic_checks(i, q)
    return out


def _cloze_checks(i: int, q: Cloze) -> list[_Finding]:
    """Gaps that give each other away: a typed gap's words shown in the passage or in an option list."""
    out: list[_Finding] = []
    shown = q.shown_text(blank=" ")
    options: list[str] = []
    for g in range(len(q.gaps)):
        options += q.gap_options(g)
    shown_folded = f" {tn.fold(shown, drop_article=False)} "
    options_folded = f" {tn.fold(' | '.join(options), drop_article=False)} "
    for g, gap in enumerate(q.gaps):
        if gap.kind not in ("short_answer", "numeric"):
            continue
        needle = tn.fold(gap.answer, drop_article=False)
        if not needle or not [w for w in tn.content_words(gap.answer) if w not in _GENERIC]:
            continue
        where = ("the passage shows it" if f" {needle} " in shown_folded else
                 "another gap offers it as an option" if f" {needle} " in options_folded else "")
        if where:
            out.append(_finding(i, q, ("gaps", g), "gap_shown",
                                f"gap {g + 1} asks for {gap.answer!r}, but {where}",
                                "Hide the other place too, or make this gap a choice among options."))
    return out


def _choice_checks(i: int, q: MultipleChoice | MultipleSelect) -> list[_Finding]:
    out: list[_Finding] = []
    keys = [c for c in q.choices if c.correct]
    wrong = [c for c in q.choices if not c.correct]
    if isinstance(q, MultipleChoice) and len(q.choices) >= 3:
        key_len = len(keys[0].text)
        longest_other = max(len(c.text) for c in wrong)
        if key_len >= LONGEST_RATIO * longest_other and key_len - longest_other >= LONGEST_MIN_CHARS:
            out.append(_finding(i, q, ("choices",), "longest_key",
                                f"the correct choice is by far the longest option ({key_len} characters, the "
                                f"others at most {longest_other})",
                                "Shorten the correct choice or give the wrong ones the same detail, so that "
                                "length does not point to the answer."))
    prompt_words = set(tn.content_words(q.prompt)) - _GENERIC
    echoing = [c for c in q.choices if prompt_words & set(tn.content_words(c.text))]
    if echoing and len(wrong) >= 2 and all(c.correct for c in echoing) and len(echoing) == len(keys):
        shared = sorted(prompt_words & {w for c in echoing for w in tn.content_words(c.text)})
        out.append(_finding(i, q, ("choices",), "only_key_echoes_prompt",
                            f"only the correct {'choice shares' if len(keys) == 1 else 'choices share'} a word "
                            f"with the prompt ({', '.join(shared)})",
                            "Reword the correct choice, or let a wrong choice use the word too, so that "
                            "matching words does not point to the answer."))
    out += _kind_check(i, q, [c.text for c in q.choices], ("choices",), "options")
    silent = [c.text for c in wrong if not (c.feedback and c.feedback.strip())]
    if silent:
        out.append(_finding(i, q, ("choices",), "no_wrong_feedback",
                            f"{len(silent)} wrong choice{'s have' if len(silent) > 1 else ' has'} no feedback "
                            f"({', '.join(repr(t) for t in silent[:3])}{', …' if len(silent) > 3 else ''})",
                            "Say in each wrong choice's \"feedback\" why the text shows it is wrong."))
    for ci, c in enumerate(q.choices):
        if c.correct:
            continue
        quote = c.evidence.quote if c.evidence else q.evidence.quote
        if _stated_by(c.text, quote, min_words=1 if isinstance(q, MultipleSelect) else 3):
            out.append(_finding(i, q, ("choices", ci), "true_distractor",
                                f"the wrong choice {c.text!r} is stated by the question's quote",
                                "Mark it correct if the text makes it true, or replace it with an option the "
                                "text shows to be wrong."))
    return out


def _true_false_checks(i: int, q: TrueFalse, texts: dict[str, str]) -> list[_Finding]:
    out: list[_Finding] = []
    if not (q.feedback_wrong and q.feedback_wrong.strip()):
        out.append(_finding(i, q, ("feedback_wrong",), "no_wrong_feedback",
                            "a student who answers wrongly gets no feedback",
                            "Add \"feedback_wrong\": what the text says, in a sentence a student can learn from."))
    text = texts.get(q.evidence.source, "")
    share = _copied_share(q.prompt, text)
    if q.answer and share >= COPIED_TRUE:
        out.append(_finding(i, q, ("prompt",), "copied_true_statement",
                            f"the true statement is copied from the text ({share:.0%} of its word pairs are the "
                            "text's), so it tests recognition, not understanding",
                            "Say the fact in other words (add \"support_note\" if the checker then cannot match "
                            "it), or change one detail and make the statement false."))
    elif not q.answer and share >= COPIED_FALSE:
        out.append(_finding(i, q, ("prompt",), "true_distractor",
                            f"the statement is marked false but is copied from the text ({share:.0%} of its word "
                            "pairs are the text's)",
                            "Check the answer: if the text says it, the statement is true."))
    return out


def _topic_checks(i: int, q) -> list[_Finding]:
    out: list[_Finding] = []
    answer = _answer_words(q)
    if "troop_counts" in q.topics and not _has_count(q, answer):
        out.append(_finding(i, q, ("topics",), "topic_mismatch",
                            "tagged troop_counts, but the answer is not a number of troops or units",
                            "Remove the troop_counts tag (use context, places or leaders), or ask for the count."))
    # An ordering question asks for a chronology, which is what the dates tag is about.
    if "dates" in q.topics and not (isinstance(q, Ordering) or tn.dates_in(answer) or tn.dates_in(q.prompt)
                                    or _is_year(q)):
        out.append(_finding(i, q, ("topics",), "topic_mismatch",
                            "tagged dates, but neither the prompt nor the answer gives a date",
                            "Remove the dates tag, or ask when it happened."))
    for topic, signals in _TOPIC_HINTS.items():
        if topic in q.topics:
            seen = " ".join((q.prompt, answer, q.evidence.quote))
            if not any(tn.contains_folded(seen, s) for s in signals):
                out.append(_finding(i, q, ("topics",), "topic_mismatch",
                                    f"tagged {topic}, but the question and its quote never mention it",
                                    f"Remove the {topic} tag, or quote the passage about it."))
    return out


def _kind_check(i: int, q, options: list[str], path: FieldPath, what: str) -> list[_Finding]:
    if len(options) < 3:
        return []
    kinds = [_kind(o) for o in options]
    counts: dict[str, int] = defaultdict(int)
    for k in kinds:
        counts[k] += 1
    if len(counts) < 2:
        return []
    odd = [options[n] for n, k in enumerate(kinds) if counts[k] == 1]
    if not odd:
        return []
    return [_finding(i, q, path, "mixed_option_kinds",
                     f"the {what} are of different kinds: {odd[0]!r} is the only "
                     f"{_KIND_NAMES[kinds[options.index(odd[0])]]}",
                     "Make every option the same kind of thing (all dates, all names, all events), so that the "
                     "kind alone does not point to the answer.")]


_KIND_NAMES = {"date": "date", "number": "number", "text": "option that is not a date or number"}
_DATE_WORDS = frozenset("early late mid on in the of by summer winter spring autumn fall".split())
_YEAR = re.compile(r"1\d{3}|20\d{2}")


def _kind(text: str) -> str:
    """date, number or text: what kind of thing an option is, as a student sees at a glance."""
    if tn.parse_date(text) is not None:
        return "date"
    words = tn.fold(text, drop_article=False).split()
    if (words and any((w in tn.MONTHS and len(w) > 3) or _YEAR.fullmatch(w) for w in words)
            and all(w in _DATE_WORDS or w in tn.MONTHS or w.isdigit() for w in words)):
        return "date"
    if words and all(w.isdigit() for w in words) and tn.parse_number(text) is not None:
        return "number"
    return "text"


def _stated_by(option: str, quote: str, min_words: int) -> bool:
    words = [w for w in tn.content_words(option) if w not in _GENERIC]
    return len(words) >= min_words and tn.contains_folded(quote, option)


def _content_pairs(text: str) -> list[tuple[str, str]]:
    words = tn.content_words(text)
    return list(zip(words, words[1:], strict=False))


_source_pairs_cache: dict[str, frozenset[tuple[str, str]]] = {}


def _source_pairs(text: str) -> frozenset[tuple[str, str]]:
    cached = _source_pairs_cache.get(text)
    if cached is None:
        pairs: set[tuple[str, str]] = set()
        for s in ev.sentences(text):
            pairs.update(_content_pairs(s.text))
        cached = frozenset(pairs)
        if len(_source_pairs_cache) > 32:
            _source_pairs_cache.clear()
        _source_pairs_cache[text] = cached
    return cached


def _copied_share(statement: str, text: str) -> float:
    """Share of the statement's consecutive content-word pairs that occur in a sentence of the text."""
    pairs = _content_pairs(statement)
    if len(pairs) < 3 or not text:
        return 0.0
    have = _source_pairs(text)
    return sum(p in have for p in pairs) / len(pairs)


def _answer_words(q) -> str:
    if isinstance(q, Ordering):
        return " ".join(f"{it.text} {it.date or ''}" for it in q.items)
    if isinstance(q, Matching):
        return " ".join(f"{p.left} {p.right}" for p in q.pairs)
    if isinstance(q, Cite):
        return q.evidence.quote
    if isinstance(q, Cloze):
        return " ".join(g.answer for g in q.gaps)
    if isinstance(q, TrueFalse):
        return f"{q.prompt} {q.correction or ''}"
    if isinstance(q, Numeric):
        return f"{q.value:g}"
    return q.answer_text()


def _cardinals(text: str) -> list[float]:
    return tn.numbers_in(_ORDINAL.sub(" ", text))


def _has_count(q, answer: str) -> bool:
    if isinstance(q, Numeric):
        # "the 25th Infantry Division" is a name, not a count: a value the quote writes as an ordinal is not one.
        ordinals = {float(m.group(0)[:-2]) for m in _ORDINAL.finditer(tn.typographic_to_ascii(q.evidence.quote))}
        return q.value not in ordinals or q.value in _cardinals(q.evidence.quote)
    return bool(_cardinals(answer))


def _is_year(q) -> bool:
    return isinstance(q, Numeric) and q.value.is_integer() and 1000 <= q.value <= 2100


# --------------------------------------------------------------------------- across questions


def _answers(q) -> list[str]:
    """The answers a student must produce, written out (empty when the answer is a truth value or an order)."""
    if isinstance(q, MultipleChoice | MultipleSelect):
        return [c.text for c in q.choices if c.correct]
    if isinstance(q, ShortAnswer):
        return list(q.accepted)
    if isinstance(q, Numeric):
        return [f"{q.value:g}"]
    if isinstance(q, Cloze):
        return [g.answer for g in q.gaps if g.kind == "short_answer"]
    return []


def _prompt_text(q) -> str:
    if isinstance(q, Cloze):
        return f"{q.prompt} {q.shown_text(blank=' ')}"
    return f"{q.prompt} {q.statement}" if isinstance(q, Cite) else q.prompt


def _shown_text(q) -> str:
    """What a question shows the student as given (not as an option to choose from)."""
    text = _prompt_text(q)
    if isinstance(q, Ordering):
        text += " " + " ".join(it.text for it in q.items)  # the dates are the answer, not shown
    return text


def _answer_in(answer: str, shown_folded: str, shown_numbers: set[float], numeric: float | None) -> bool:
    if numeric is not None:
        return numeric in shown_numbers
    folded = tn.fold(answer)
    if not folded or not [w for w in tn.content_words(answer) if w not in _GENERIC]:
        return False
    return f" {folded} " in shown_folded


def _answer_shown_in(questions: list, shown=_prompt_text) -> Iterable[tuple[int, int, str]]:
    """(a, b): question a's answer is written in what question b shows, and b is about the same thing
    (the two prompts share a content word besides the answer itself)."""
    # A word in many prompts ("korea" in a set on the Korean War) does not make two questions about one thing.
    prompt_words = [set(tn.content_words(shown(q))) - _GENERIC for q in questions]
    frequency: dict[str, int] = defaultdict(int)
    for words in prompt_words:
        for w in words:
            frequency[w] += 1
    common = {w for w, n in frequency.items() if n > max(3, len(questions) // 10)}
    shown_info = []
    for q, words in zip(questions, prompt_words, strict=True):
        text = shown(q)
        shown_info.append((f" {tn.fold(text, drop_article=False)} ", set(_cardinals(text)), words - common))
    for a, qa in enumerate(questions):
        answers = _answers(qa)
        if not answers:
            continue
        own_folded, _, own_words = shown_info[a]
        numeric = qa.value if isinstance(qa, Numeric) else None
        # what does not depend on the other question, worked out once (this loop meets every pair)
        readings = []
        for answer in answers:
            if numeric is None and f" {tn.fold(answer)} " in own_folded:
                continue  # the question already names it; naming it elsewhere gives nothing away
            context = own_words - set(tn.content_words(answer))
            if not context:
                continue
            if numeric is None:
                folded = tn.fold(answer)
                if not folded or not [w for w in tn.content_words(answer) if w not in _GENERIC]:
                    continue  # as _answer_in: nothing a prompt could give away
                readings.append((answer, context, f" {folded} "))
            else:
                readings.append((answer, context, ""))
        if not readings:
            continue
        for b, (folded_b, numbers_b, words_b) in enumerate(shown_info):
            if b == a:
                continue
            for answer, context, needle in readings:
                if context & words_b and (numeric in numbers_b if numeric is not None else needle in folded_b):
                    yield a, b, answer
                    break


def _answers_in_other_prompts(question_set: QuestionSet) -> list[_Finding]:
    questions = question_set.questions
    out = []
    for a, b, answer in _answer_shown_in(questions):
        qa, qb = questions[a], questions[b]
        out.append(_finding(a, qa, (), "answer_in_other_prompt",
                            f"its answer {answer!r} is written in the prompt of {qb.id}",
                            f"Reword the prompt of {qb.id} so it does not name the answer, or ask {qa.id} "
                            "about something else. (Rounds never draw the two together.)"))
    return out


def _sentences_of(evidence: Evidence, texts: dict[str, str]) -> list[tuple[str, int]]:
    text = texts.get(evidence.source)
    if text is None:
        return []
    span = evidence.span or ev.find_quote(text, evidence.quote)
    if span is None:
        return []
    first = ev.sentence_at(text, span[0])
    last = ev.sentence_at(text, max(span[0], span[1] - 1))
    if first is None or last is None:
        return []
    return [(evidence.source, n) for n in range(first.index, last.index + 1)]


def _sentence_clusters(question_set: QuestionSet, texts: dict[str, str]) -> list[_Finding]:
    by_sentence: dict[tuple[str, int], list[int]] = defaultdict(list)
    for i, q in enumerate(question_set.questions):
        for key in _sentences_of(q.evidence, texts):
            by_sentence[key].append(i)
    out = []
    questions = question_set.questions
    for (source_id, n), members in by_sentence.items():
        if len(members) <= MAX_PER_SENTENCE:
            continue
        sentence = ev.sentences(texts[source_id])[n].text
        short = sentence if len(sentence) <= 80 else sentence[:79] + "…"
        ids = ", ".join(questions[m].id for m in members)
        for m in members[MAX_PER_SENTENCE:]:
            out.append(_finding(m, questions[m], ("evidence", "quote"), "same_sentence",
                                f"{len(members)} questions quote the same sentence (\"{short}\"): {ids}",
                                f"Keep at most {MAX_PER_SENTENCE} questions on one sentence: ask this one about "
                                "another part of the text, or drop it."))
    return out

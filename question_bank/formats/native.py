"""Our questions in the shapes Moodle-like formats know (multichoice, truefalse, numerical,
shortanswer, matching), and back.

Two of our types have no Moodle counterpart and travel in a neighbour's shape: an ordering
question becomes a matching question (each event -> its position "1", "2", …) and a cite question
a multiple choice among sentences of the source. What a format cannot carry goes into ``meta``,
which our exporters write in a comment that Moodle ignores and our importers read back.
"""

from __future__ import annotations

import re
import zlib
from dataclasses import dataclass, field
from typing import Literal

from .. import evidence as ev
from ..models import Cloze, QuestionSet
from .categories import is_category_topic, question_category
from .cloze import GAP_START, embedded_text, gap_meta, split_prompt
from .drafts import real_evidence, real_explanation
from .markers import with_evidence
from .text import fmt_num, loose

NativeKind = Literal["multichoice", "truefalse", "numerical", "shortanswer", "matching", "multianswer"]

#: What Moodle's formats carry natively, by our field name (GIFT; Moodle XML adds points and unit).
GIFT_CARRIES = frozenset({
    "id", "topics", "prompt", "explanation", "evidence", "choices", "answer", "feedback_wrong", "feedback_right", "value",
    "tolerance", "accepted", "pairs", "distractors",
})
MOODLE_XML_CARRIES = GIFT_CARRIES | {"points", "unit"}


@dataclass
class NativeChoice:
    text: str
    fraction: float  # percent, as Moodle writes it: 100, 33.33333, -50
    feedback: str = ""

    @property
    def correct(self) -> bool:
        return self.fraction > 0


@dataclass
class Native:
    kind: NativeKind
    id: str
    prompt: str
    topics: list[str]
    general_feedback: str
    points: float = 1.0
    single: bool = True
    choices: list[NativeChoice] = field(default_factory=list)
    tf_answer: bool = True
    tf_feedback_wrong: str = ""
    tf_feedback_right: str = ""
    value: float = 0.0
    tolerance: float = 0.0
    unit: str | None = None
    accepted: list[str] = field(default_factory=list)
    pairs: list[tuple[str, str]] = field(default_factory=list)
    distractors: list[str] = field(default_factory=list)
    meta: dict = field(default_factory=dict)
    #: the Moodle category path the question goes in ("$course$/top/Korea/1950"), from its category topic
    category: str | None = None
    #: a cloze question (kind "multianswer"): the prompt is its text with embedded answers; the question itself
    #: for formats that write gaps their own way
    cloze: Cloze | None = None
    #: what the conversion kept with a loss
    notes: list[str] = field(default_factory=list)


_MOODLE_UNSAFE = re.compile(r"[\x00-\x1f\x7f<>`\\]")


def moodle_safe(text: str) -> bool:
    """Whether Moodle's [id:…] / [tag:…] syntax keeps this text as it is (no control characters, <, >, `
    or \\, no spaces around it)."""
    return not _MOODLE_UNSAFE.search(text) and text == text.strip() and bool(text)


def percent(share: float) -> float:
    """A Moodle grade percentage with its 7-decimal fraction (33.33333 for a third)."""
    return float(f"{share * 100:.5f}")


def cite_choices(q, qset: QuestionSet, limit: int = 4) -> list[tuple[str, bool]] | None:
    """The sentence that holds the quote and the source sentences closest to the statement."""
    evid = real_evidence(q)
    src = qset.source(evid.source) if evid else None
    if src is None:
        return None
    sentences = ev.sentences(src.text)
    where = ev.locate(src.text, evid.quote, evid.span)
    if where is not None:
        hit = [s for s in sentences if s.start < where.end and s.end > where.start]
    else:
        hit = []
    correct = " ".join(s.text for s in hit) if hit else evid.quote
    taken = {s.index for s in hit}
    seen = {loose(correct)}
    wrong = []
    for passage, _score in ev.rank_sentences(src.text, q.statement, limit=len(sentences)):
        if passage.index in taken or loose(passage.text) in seen:
            continue
        seen.add(loose(passage.text))
        wrong.append(passage.text)
        if len(wrong) >= limit - 1:
            break
    at = zlib.crc32(q.id.encode("utf-8")) % (len(wrong) + 1)
    options = [(t, False) for t in wrong]
    options.insert(at, (correct, True))
    return options


def to_native(q, qset: QuestionSet, carries: frozenset[str]) -> tuple[Native | None, str | None]:
    """The question in Moodle's terms, or (None, why it cannot be)."""
    general = with_evidence(real_explanation(q), real_evidence(q))
    meta: dict = {}
    if q.difficulty != 2:
        meta["difficulty"] = q.difficulty
    if "points" not in carries and q.points != 1.0:
        meta["points"] = q.points
    if q.support_note is not None:
        meta["support_note"] = q.support_note
    if not moodle_safe(q.id):
        meta["id"] = q.id
    # a category topic travels as the question's category, not as a tag; our import adds it back last
    tags = [t for t in q.topics if not is_category_topic(t)]
    category_topics = [t for t in q.topics if is_category_topic(t)]
    if not all(moodle_safe(t) for t in q.topics) or len(category_topics) > 1 or \
            (category_topics and q.topics[-1] != category_topics[0]):
        meta["topics"] = list(q.topics)
    base = {"id": q.id, "prompt": q.prompt, "topics": tags, "general_feedback": general,
            "points": q.points, "category": question_category(category_topics)}
    t = q.type
    if t in ("multiple_choice", "multiple_select"):
        correct = [c for c in q.choices if c.correct]
        wrong = [c for c in q.choices if not c.correct]
        choices = []
        for c in q.choices:
            if t == "multiple_choice":
                fraction = 100.0 if c.correct else 0.0
            else:
                fraction = percent(1 / len(correct)) if c.correct else (-percent(1 / len(wrong)) if wrong else 0.0)
            choices.append(NativeChoice(c.text, fraction, with_evidence(c.feedback, c.evidence)))
        return Native("multichoice", single=t == "multiple_choice", choices=choices, meta=meta, **base), None
    if t == "true_false":
        if q.correction is not None:
            meta["correction"] = q.correction
        return Native("truefalse", tf_answer=q.answer, tf_feedback_wrong=q.feedback_wrong or "",
                      tf_feedback_right=q.feedback_right or "", meta=meta, **base), None
    if t == "cloze":
        text, notes = embedded_text(q)
        base["prompt"] = f"{q.prompt}\n\n{text}"
        extra = gap_meta(q)
        first = GAP_START.search(text)
        if first is not None and split_prompt(base["prompt"], len(q.prompt) + 2 + first.start())[0] == q.prompt:
            extra.pop("prompt", None)  # the text gives it back
        else:
            extra["prompt"] = q.prompt
        meta.update(extra)
        return Native("multianswer", cloze=q, notes=notes, meta=meta, **base), None
    if t == "numeric":
        unit = q.unit
        if q.unit is not None and "unit" not in carries:
            meta["unit"] = q.unit
            unit = None
        return Native("numerical", value=q.value, tolerance=q.tolerance, unit=unit, meta=meta, **base), None
    if t == "short_answer":
        return Native("shortanswer", accepted=list(q.accepted), meta=meta, **base), None
    if t == "matching":
        return Native("matching", pairs=[(p.left, p.right) for p in q.pairs], distractors=list(q.distractors),
                      meta=meta, **base), None
    if t == "ordering":
        meta["type"] = "ordering"
        items = []
        for it in q.items:
            extra = {}
            if it.date is not None:
                extra["date"] = it.date
            if it.evidence is not None:
                extra["evidence"] = it.evidence.model_dump()
            items.append(extra)
        if any(items):
            meta["items"] = items
        pairs = [(it.text, str(i + 1)) for i, it in enumerate(q.items)]
        return Native("matching", pairs=pairs, meta=meta, **base), None
    if t == "cite":
        options = cite_choices(q, qset)
        if options is None or len(options) < 2:
            return None, "a cite question needs its evidence and source to become a multiple choice"
        meta["type"] = "cite"
        meta["statement"] = q.statement
        base["prompt"] = f"{q.prompt}\n\n“{q.statement}”"
        choices = [NativeChoice(text, 100.0 if ok else 0.0) for text, ok in options]
        return Native("multichoice", single=True, choices=choices, meta=meta, **base), None
    return None, f"questions of type {t} cannot be written in this format"


def number_text(value: float) -> str:
    return fmt_num(value)

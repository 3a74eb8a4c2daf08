"""Hints for questions imported without evidence: the sentences of the set's source that match them best."""

from __future__ import annotations

from .. import evidence as ev
from ..models import QuestionSet
from .drafts import lacks_evidence, real_sources
from .problems import Suggestion


def answer_summary(question) -> str:
    """The question and its answer in words, for matching against source sentences."""
    if question.type == "cloze":
        return question.evidence.quote  # the passage, its gaps filled in
    if question.type == "cite":
        return f"{question.prompt} {question.statement}"
    try:
        return f"{question.prompt} {question.answer_text()}"
    except Exception:
        return question.prompt


def evidence_suggestions(qset: QuestionSet, limit: int = 3) -> dict[str, list[Suggestion]]:
    """For every question without evidence: the sentences of the set's sources that match it best."""
    sources = real_sources(qset)
    out: dict[str, list[Suggestion]] = {}
    for q in qset.questions:
        if not lacks_evidence(q):
            continue
        found: list[Suggestion] = []
        for src in sources:
            for passage, score in ev.rank_sentences(src.text, answer_summary(q), limit=limit):
                found.append(Suggestion(passage.text, score, ev.line_number(src.text, passage.start)))
        found.sort(key=lambda s: -s.score)
        out[q.id] = found[:limit]
    return out

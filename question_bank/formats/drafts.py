"""An imported set as a draft: what stands in for the evidence, explanation and source text a file
from elsewhere does not have (see ``question_bank.placeholders`` and docs/formats.md), and the real
parts of a question or set with those placeholders left out.
"""

from __future__ import annotations

from ..models import MultipleChoice, QuestionSet, Source
from ..placeholders import (  # shared with the validator, which reports them
    NEEDS_EVIDENCE_QUOTE,
    NEEDS_EVIDENCE_SOURCE,
    NO_EXPLANATION,
    PLACEHOLDER_SOURCE_ID,
    PLACEHOLDER_SOURCE_TEXT,
    is_placeholder_evidence,
    is_placeholder_source,
)

__all__ = [
    "EVIDENCE_REQUIRED", "EXPLANATION_REQUIRED", "NEEDS_EVIDENCE_QUOTE", "NEEDS_EVIDENCE_SOURCE", "NO_EXPLANATION",
    "PLACEHOLDER_SOURCE_ID", "PLACEHOLDER_SOURCE_TEXT", "SOURCES_REQUIRED", "is_placeholder_evidence",
    "is_placeholder_source", "lacks_evidence", "placeholder_source", "real_evidence", "real_explanation",
    "real_sources",
]


def _required(model, name: str) -> bool:
    info = model.model_fields[name]
    return info.is_required() or any(getattr(m, "min_length", 0) for m in info.metadata)


#: Whether the model still requires what imported files often lack. Decided from the model itself, so
#: the placeholders disappear by themselves once drafts may leave them out.
EVIDENCE_REQUIRED = _required(MultipleChoice, "evidence")
EXPLANATION_REQUIRED = _required(MultipleChoice, "explanation")
SOURCES_REQUIRED = _required(QuestionSet, "sources")


def lacks_evidence(question) -> bool:
    """No quote of a real source yet: the placeholder, or (a cloze draft) its passage under the placeholder
    source, kept because the gaps are spans of it."""
    evid = getattr(question, "evidence", None)
    return evid is None or is_placeholder_evidence(evid) or evid.source == NEEDS_EVIDENCE_SOURCE


def real_evidence(question):
    return None if lacks_evidence(question) else question.evidence


def real_explanation(question) -> str:
    text = getattr(question, "explanation", None) or ""
    return "" if text == NO_EXPLANATION else text


def real_sources(qset: QuestionSet) -> list[Source]:
    return [s for s in qset.sources if not is_placeholder_source(s)]


def placeholder_source() -> Source:
    return Source(id=PLACEHOLDER_SOURCE_ID, title="Source text needed", citation="", text=PLACEHOLDER_SOURCE_TEXT)

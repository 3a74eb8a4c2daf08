"""What our own exports write into a format's free text so that importing the file back loses nothing:
the evidence marker at the end of a feedback, and the set's, sources' and questions' details as
one-line JSON in comments.
"""

from __future__ import annotations

import json
import re
from typing import Any

from ..placeholders import is_placeholder_evidence

EVIDENCE_PREFIX = "Evidence"
_MARKER = re.compile(r"Evidence \[(?P<source>[^\]\n]+)\]: [“\"](?P<quote>.*)[”\"]\s*\Z", re.DOTALL)


def evidence_line(source: str, quote: str) -> str:
    return f"{EVIDENCE_PREFIX} [{source}]: “{quote}”"


def with_evidence(text: str | None, evidence) -> str:
    """A feedback text followed by the evidence marker, which our own import turns back into ``evidence``."""
    text = text or ""
    if evidence is None or is_placeholder_evidence(evidence):
        return text
    line = evidence_line(evidence.source, evidence.quote)
    return f"{text}\n\n{line}" if text else line


def split_evidence(text: str | None) -> tuple[str, dict | None]:
    """(the feedback without the marker, {"source", "quote"} or None)."""
    text = text or ""
    start = len(text)
    while True:
        start = text.rfind(f"{EVIDENCE_PREFIX} [", 0, start)
        if start < 0:
            return text, None
        if start == 0 or text[:start].endswith("\n\n") or text[:start].endswith("\n"):
            m = _MARKER.match(text, start)
            if m and m.group("quote").strip():
                return text[:start].rstrip(), {"source": m.group("source").strip(), "quote": m.group("quote")}
        if start == 0:
            return text, None


# our own metadata in comments

SET_MARKER = "quiz-bank-set:"
SOURCE_MARKER = "quiz-bank-source:"
QUESTION_MARKER = "quiz-bank:"


def meta_json(obj: Any) -> str:
    """One-line JSON for a comment; '[id:' and '[tag:' are escaped so Moodle never reads them as metadata."""
    text = json.dumps(obj, ensure_ascii=False, separators=(",", ":"))
    return text.replace("[id:", "\\u005bid:").replace("[tag:", "\\u005btag:")


def read_meta(text: str) -> Any:
    try:
        return json.loads(text)
    except (ValueError, RecursionError):
        return None

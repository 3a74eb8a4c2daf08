"""What an imported question carries until the teacher gives it what the format could not.

A file from Moodle or a spreadsheet has no quoted evidence (and often no explanation or source
text). The question still loads, with these placeholders, as part of a *draft* set; the validator
reports each one as a problem to fix ("needs evidence", with the best-matching sentences of the
set's source as a hint), so a draft never passes as a finished set.
"""

from __future__ import annotations

NEEDS_EVIDENCE_SOURCE = "needs-evidence"
NEEDS_EVIDENCE_QUOTE = "needs evidence"
NO_EXPLANATION = "No explanation yet: the imported file had none."
PLACEHOLDER_SOURCE_ID = "needs-source"
PLACEHOLDER_SOURCE_TEXT = ("No source text came with the imported questions. Replace this text with the passage "
                           "the questions are based on, then quote it in each question's evidence.")


def is_placeholder_evidence(evidence) -> bool:
    return evidence is None or (evidence.source == NEEDS_EVIDENCE_SOURCE and evidence.quote == NEEDS_EVIDENCE_QUOTE)


def is_placeholder_source(source) -> bool:
    return source.id == PLACEHOLDER_SOURCE_ID and source.text == PLACEHOLDER_SOURCE_TEXT

"""Where a quote was found is kept on its evidence (``Evidence.span``) without a pydantic private attribute:
none before validation, the span after, kept by copies and pickles and counted by equality as before."""

from __future__ import annotations

import copy
import pickle

from question_bank.loading import load_set_bytes
from question_bank.models import Evidence
from question_bank.validation import record_span

SET = b"""{"id": "s", "title": "T", "sources": [{"id": "k", "title": "K", "text": "Seoul fell on June 27. Pusan held."}],
 "questions": [{"type": "short_answer", "id": "q", "prompt": "Which city fell?", "topics": ["places"],
  "explanation": "The text says so.", "accepted": ["Seoul"], "evidence": {"source": "k", "quote": "Seoul fell on June 27."}},
  {"type": "short_answer", "id": "r", "prompt": "Which city held?", "topics": ["places"],
  "explanation": "The text says so.", "accepted": ["Pusan"], "evidence": {"source": "k", "quote": "Pusan fell."}}]}"""


def test_a_found_quote_has_its_span_and_a_missing_one_none():
    result = load_set_bytes(SET, "set.json")
    found, missing = (q.evidence for q in result.question_set.questions)
    assert found.span == (0, 22)
    assert missing.span is None
    assert [p.where for p in result.errors] == ["questions[1].evidence.quote"]


def test_the_span_survives_copies_and_pickles_and_counts_in_equality():
    fresh = Evidence(source="k", quote="Seoul fell on June 27.")
    assert fresh.span is None and fresh.__pydantic_private__ is None
    record_span(fresh, None)  # nothing found: still no span, still equal to an unvalidated evidence
    assert fresh == Evidence(source="k", quote="Seoul fell on June 27.")
    located = Evidence(source="k", quote="Seoul fell on June 27.")
    record_span(located, (0, 22))
    assert located.span == (0, 22)
    assert located != fresh  # as with the private attribute: a located evidence differs from one not located
    for twin in (located.model_copy(), copy.copy(located), copy.deepcopy(located), pickle.loads(pickle.dumps(located)),
                 located.model_copy(update={"quote": "Seoul fell on June 27."})):
        assert twin.span == (0, 22)
    record_span(located, (1, 5))
    assert located.span == (1, 5)
    assert "span" not in located.model_dump() and "_span" not in located.model_dump_json()

"""Every file of the corpus imports to its expected result: counts by type, every field of every
question (answers, weights turned into right/wrong, feedback), and every problem with its place."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from question_bank.formats import ImportOptions, detect_format, import_file
from question_bank.formats.drafts import NEEDS_EVIDENCE_QUOTE, NEEDS_EVIDENCE_SOURCE, NO_EXPLANATION

from .conftest import CORPUS

CASES = sorted(p for p in CORPUS.rglob("*.expected.json"))


def _strip(question: dict) -> dict:
    """Drop the placeholders that stand for a missing explanation or evidence (see docs/formats.md)."""
    if question.get("evidence") == {"source": NEEDS_EVIDENCE_SOURCE, "quote": NEEDS_EVIDENCE_QUOTE}:
        question.pop("evidence")
    if question.get("explanation") == NO_EXPLANATION:
        question.pop("explanation")
    return question


def _place(p) -> dict:
    out = {}
    for key in ("line", "sheet", "cell"):
        if getattr(p, key) is not None:
            out[key] = getattr(p, key)
    return out


def test_the_corpus_covers_every_format():
    formats = {json.loads(p.read_text(encoding="utf-8"))["format"] for p in CASES}
    assert formats == {"gift", "aiken", "moodle-xml", "csv", "tsv", "xlsx"}
    assert len(CASES) >= 25


@pytest.mark.parametrize("expected_file", CASES, ids=lambda p: f"{p.parent.name}/{p.name[:-14]}")
def test_corpus_file(expected_file: Path):
    expected = json.loads(expected_file.read_text(encoding="utf-8"))
    path = expected_file.with_name(expected_file.name[: -len(".expected.json")])
    if "options" not in expected:
        assert detect_format(str(path), path.read_bytes()) == expected["format"], "format detection"
    result = import_file(path, expected["format"], ImportOptions(**expected.get("options", {})))
    assert result.encoding == expected["encoding"]
    assert result.imported_by_type == expected["imported"]
    assert result.ok == expected["ok"]
    assert (result.question_set.status if result.question_set else None) == expected["status"]
    got_problems = [{"kind": p.kind, **_place(p), "reason": p.reason} for p in result.problems]
    assert got_problems == expected["problems"]
    got = {q.id: _strip(q.model_dump(mode="json", exclude_defaults=True)) for q in result.questions}
    assert list(got) == list(expected["questions"])
    for qid, fields in expected["questions"].items():
        assert got[qid] == fields, qid
    assert not any("internal error" in p.reason for p in result.problems)

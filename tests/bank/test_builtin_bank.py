"""The built-in Korean War set: valid, faithful to its source, and covering what the course needs."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import pytest

from question_bank import textnorm as tn
from question_bank.loading import builtin_names, load_builtin
from question_bank.models import CORE_TOPICS, QUESTION_TYPES
from quiz_app.cli import main

BANK = Path(__file__).resolve().parents[2] / "question_bank" / "banks" / "korean-war-1950.json"


@pytest.fixture(scope="module")
def bank():
    result = load_builtin("korean-war-1950")
    assert result.ok, "\n".join(str(p) for p in result.errors)
    return result.question_set


def test_listed_and_valid_from_the_command_line(capsys):
    assert "korean-war-1950" in builtin_names()
    assert main(["validate", str(BANK)]) == 0
    assert "valid (" in capsys.readouterr().out


def test_source_is_the_shared_text_verbatim(bank, korean_war_source):
    assert bank.sources[0].text == korean_war_source
    assert "canadahistory.com" in bank.sources[0].citation


def test_size_and_every_type_used(bank):
    assert len(bank.questions) >= 70
    counts = Counter(q.type for q in bank.questions)
    assert all(counts[t] >= 3 for t in QUESTION_TYPES), counts
    topics = Counter(t for q in bank.questions for t in q.core_topics())
    assert all(topics[t] >= 3 for t in CORE_TOPICS), topics


def test_every_question_has_evidence_span_and_explanation(bank):
    text = bank.sources[0].text
    for q in bank.questions:
        assert q.explanation.strip()
        start, end = q.evidence.span
        assert tn.fold(text[start:end]) == tn.fold(q.evidence.quote), q.id


def test_every_choice_has_feedback(bank):
    for q in bank.questions:
        if q.type in ("multiple_choice", "multiple_select"):
            for c in q.choices:
                assert c.feedback and c.feedback.strip(), (q.id, c.text)


def test_every_paragraph_of_the_text_is_cited(bank):
    from quiz_app.cli.stats import coverage

    [paras] = coverage(bank)
    body = [(p, n) for p, n in paras if not p.text.startswith(("Cite Article", "Source:"))]
    assert all(n > 0 for _, n in body), [p.index for p, n in body if n == 0]


@pytest.mark.parametrize(
    "fact",
    ["August 1945", "1948", "1949", "June 25, 1950", "June 27", "early July", "Kim Il Sung", "Syngman Rhee",
     "Mao Zedong", "Chiang Kai-shek", "Joseph Stalin", "Harry Truman", "Douglas MacArthur", "135,000",
     "10 Soviet-equipped divisions", "24th Infantry Division", "1st Cavalry", "25th Infantry Division",
     "understrength", "boycotting", "veto", "condemning", "UN military force", "38th parallel", "Seoul",
     "Pusan Perimeter", "Naktong River", "Inchon", "Taiwan", "Manchuria", "Yalta"],
)
def test_required_facts_are_covered(bank, fact):
    """Each fact the course needs is asked about: it appears in a quote and in a question or answer."""
    folded = tn.fold(fact, drop_article=False)
    quoted = [q for q in bank.questions if folded in tn.fold(q.evidence.quote, drop_article=False)]
    assert quoted, f"no question quotes {fact!r}"


def test_cite_quote_must_be_one_sentence(bank):
    from question_bank.loading import validate_data

    data = bank.model_dump(mode="json")
    cite = next(i for i, q in enumerate(data["questions"]) if q["type"] == "cite")
    data["questions"][cite]["evidence"]["quote"] = (
        "The 38th parallel was chosen as the dividing line, with Soviet forces occupying the North and American "
        "forces occupying the South. Initially, this division was intended to be a short-term administrative solution.")
    data["questions"][cite].pop("support_note", None)
    result = validate_data(data)
    assert [p.where for p in result.errors] == [f"questions[{cite}].evidence.quote"]
    assert "more than one sentence" in result.errors[0].message

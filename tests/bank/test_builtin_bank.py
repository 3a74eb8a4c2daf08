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
    # The shared text ends with its two citation lines; they are the citation, not part of the text,
    # so they live in the source's citation field (and the find-the-sentence list never offers them), written
    # for a student: the site and its address, without the form's labels ("Cite Article :", "Source: NA")
    body, citation = korean_war_source.split("\nCite Article :")
    assert bank.sources[0].text == body
    address = citation.split("Reference:")[1].split()[0]
    assert bank.sources[0].citation == f"Canada History, {address}"
    assert "canadahistory" not in bank.sources[0].text


def test_size_and_every_type_used(bank):
    assert len(bank.questions) >= 70
    counts = Counter(q.type for q in bank.questions)
    assert all(counts[t] >= 3 for t in QUESTION_TYPES), counts
    assert counts["cloze"] >= 5, counts
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
    assert len(paras) == 12
    assert all(n > 0 for _, n in paras), [p.index for p, n in paras if n == 0]


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


def test_no_item_quality_warnings(bank):
    from question_bank.lint import lint_set

    assert [w.message for w in lint_set(bank)] == []


def test_difficulty_spread_and_wrong_answer_feedback(bank):
    counts = Counter(q.difficulty for q in bank.questions)
    n = len(bank.questions)
    assert 95 <= n <= 110
    assert abs(counts[1] / n - 0.30) < 0.05 and abs(counts[2] / n - 0.45) < 0.05 and abs(counts[3] / n - 0.25) < 0.05
    for q in bank.questions:
        if q.type == "true_false":
            assert q.feedback_wrong, q.id


@pytest.mark.parametrize("fact", ["might hesitate to intervene", "containing communism globally", "flashpoint",
                                  "most populous country", "military and political support",
                                  "principal military power", "determination of the defenders",
                                  "brink of a much larger war"])
def test_facts_the_old_set_never_asked_are_asked(bank, fact):
    assert any(fact in q.evidence.quote for q in bank.questions), fact

"""Cloze questions: the passage is the quote, every gap a span of it; graded per gap."""

from __future__ import annotations

from pathlib import Path

import pytest
from pydantic import ValidationError

from question_bank.lint import lint_set, warning_code
from question_bank.models import Cloze, QuestionSet
from question_bank.validation import check_set
from quiz_app.grading import GradingRules, describe_response, grade, response_from_json, response_to_json

TEXT = (Path(__file__).resolve().parents[1] / "data" / "korean-war-1950.txt").read_text(encoding="utf-8")

QUOTE = ("On June 25, 1950, the North Korean army launched a surprise attack, pouring across the 38th parallel "
         "with 10 Soviet-equipped divisions.")


def _gap(words: str, quote: str = QUOTE, **extra) -> dict:
    start = quote.index(words)
    return {"start": start, "end": start + len(words), "answer": words, **extra}


def _cloze(gaps: list[dict], quote: str = QUOTE, **extra) -> dict:
    return {"type": "cloze", "id": "cz-1", "prompt": "Fill the gaps from the text.", "topics": ["dates"],
            "explanation": "The text gives the day, the line crossed and the number of divisions.",
            "evidence": {"source": "kw", "quote": quote}, "gaps": gaps, **extra}


def _set(*questions: dict) -> QuestionSet:
    return QuestionSet.model_validate({"id": "s", "title": "Korea", "sources": [
        {"id": "kw", "title": "The outbreak of the Korean War", "text": TEXT}], "questions": list(questions)})


def _three_gaps() -> dict:
    return _cloze([_gap("June 25, 1950"), _gap("38th parallel", kind="dropdown", distractors=["39th parallel",
                                                                                               "Yalu River"]),
                   _gap("10", kind="numeric")])


def test_parts_in_reading_order_and_the_shown_text():
    q = Cloze.model_validate(_three_gaps())
    parts = q.parts()
    assert [i for _, i in parts if i is not None] == [0, 1, 2]
    assert "".join(t for t, _ in parts) == QUOTE
    assert q.shown_text() == ("On _____, the North Korean army launched a surprise attack, pouring across the _____ "
                              "with _____ Soviet-equipped divisions.")
    assert q.gap_options(1) == ["38th parallel", "39th parallel", "Yalu River"]
    assert q.answer_text() == "1. June 25, 1950; 2. 38th parallel; 3. 10"


@pytest.mark.parametrize(("gaps", "message"), [
    ([{"start": 3, "end": 10, "answer": "June 26"}], "is not the quote's words at 3-10"),
    ([_gap("38th parallel"), _gap("June 25, 1950")], "reading order"),
    ([{"start": 3, "end": 999, "answer": "x"}], "after the end of the quote"),
    ([_gap("38th parallel", kind="dropdown")], "needs at least one wrong option"),
    ([_gap("38th parallel", kind="dropdown", distractors=["38th parallel"])], "are the same"),
    ([_gap("38th parallel", distractors=["39th"])], "only a drop-down gap has distractors"),
])
def test_gaps_that_are_not_spans_of_the_quote_are_refused(gaps, message):
    with pytest.raises(ValidationError, match=message):
        Cloze.model_validate(_cloze(gaps))


def test_a_valid_cloze_passes_the_validator_and_its_quote_is_located():
    qset = _set(_three_gaps())
    assert [p for p in check_set(qset) if p.severity == "error"] == []
    assert qset.questions[0].evidence.span is not None


def test_a_quote_not_in_the_text_is_an_error_even_for_a_cloze():
    quote = "On June 26, 1950, the North Korean army launched an attack."
    qset = _set(_cloze([_gap("June 26, 1950", quote)], quote))
    errors = [p for p in check_set(qset) if p.severity == "error"]
    assert any("quote" in p.message for p in errors)


def test_a_gap_that_cuts_a_word_is_an_error_and_a_number_gap_must_hide_a_number():
    qset = _set(_cloze([_gap("parallel", kind="numeric"), _gap("Sovi")]))
    messages = [p.message for p in check_set(qset) if p.severity == "error"]
    assert any("gap 2 cuts a word" in m and "'Soviet'" in m for m in messages)
    assert any("gap 1 is a number gap" in m for m in messages)


def test_grading_per_gap_with_partial_credit():
    qset = _set(_three_gaps())
    q = qset.questions[0]
    right = grade(q, ["25 June 1950", "38th parallel", "ten"], sources=qset)
    assert right.correct and right.credit == 1.0 and right.marks == (True, True, True)
    two = grade(q, ["June 25, 1950", "39th parallel", "10"], sources=qset)
    assert two.partial and two.marks == (True, False, True)
    assert two.points_awarded == pytest.approx(2 / 3, abs=1e-6)
    none_right = grade(q, ["June 26, 1950", "Yalu River", "9"], sources=qset)
    assert none_right.credit == 0 and not none_right.correct
    all_or_nothing = grade(q, ["June 25, 1950", "39th parallel", "10"], GradingRules(partial_credit=False), qset)
    assert all_or_nothing.points_awarded == 0


def test_gap_weights_share_the_points_and_empty_gaps_are_named():
    data = _three_gaps()
    data["gaps"][0]["weight"] = 2.0
    qset = _set(data)
    result = grade(qset.questions[0], ["June 25 1950", None, ""], sources=qset)
    assert result.credit == pytest.approx(0.5)
    assert "2 of 3 gaps left empty" in (result.note or "")
    assert grade(qset.questions[0], [None, None, None], sources=qset).skipped


def test_a_typed_gap_accepts_the_texts_own_words_and_one_typo():
    quote = ("The Soviets, under Joseph Stalin, provided the necessary military equipment and strategic guidance "
             "to Kim Il Sung, who eagerly prepared his forces for the offensive.")
    qset = _set(_cloze([_gap("Joseph Stalin", quote), _gap("Kim Il Sung", quote, accepted=["Kim Il-sung"])], quote,
                       topics=["leaders"]))
    q = qset.questions[0]
    assert grade(q, ["joseph stalin", "kim il-sung"], sources=qset).marks == (True, True)
    assert grade(q, ["Joseph Stalin", "Kim"], sources=qset).marks == (True, True)  # the text calls him "Kim"
    assert grade(q, ["Joseph Stallin", "Kim Il Sung"], sources=qset).marks == (True, True)
    assert grade(q, ["Mao Zedong", "Syngman Rhee"], sources=qset).marks == (False, False)


def test_word_bank_gaps_share_one_bank():
    quote = ("President Harry Truman, already committed to the policy of containment, saw the invasion as a direct "
             "challenge to American resolve")
    data = _cloze([_gap("Harry Truman", quote, kind="word_bank"), _gap("containment", quote, kind="word_bank")],
                  quote, topics=["leaders"], bank_extras=["isolation", "Joseph Stalin"])
    qset = _set(data)
    q = qset.questions[0]
    assert q.word_bank() == ["Harry Truman", "containment", "isolation", "Joseph Stalin"]
    assert q.gap_options(0) == q.gap_options(1) == q.word_bank()
    assert grade(q, ["Harry Truman", "containment"], sources=qset).correct
    assert grade(q, ["containment", "Harry Truman"], sources=qset).credit == 0
    with pytest.raises(ValidationError, match="is the answer of a gap"):
        Cloze.model_validate({**data, "bank_extras": ["containment"]})


def test_responses_round_trip_through_the_store_and_read_for_a_person():
    qset = _set(_three_gaps())
    q = qset.questions[0]
    stored = response_to_json(["June 25", None, "10"])
    assert response_from_json(q, stored) == ["June 25", None, "10"]
    assert describe_response(q, ["June 25", None, "10"]) == "1. June 25; 2. —; 3. 10"


def test_lint_flags_a_typed_gap_the_passage_shows_elsewhere():
    quote = ("Within days, the North Korean forces had captured Seoul, the South Korean capital, on June 27. "
             "The fall of Seoul was a devastating blow to the Rhee government")
    first = {"start": quote.index("Seoul"), "end": quote.index("Seoul") + 5, "answer": "Seoul"}
    flagged = [p for p in lint_set(_set(_cloze([first], quote, topics=["places"]))) if warning_code(p) == "gap_shown"]
    assert len(flagged) == 1 and "gap 1 asks for 'Seoul', but the passage shows it" in flagged[0].message
    both = [first, {"start": quote.rindex("Seoul"), "end": quote.rindex("Seoul") + 5, "answer": "Seoul"}]
    assert [p for p in lint_set(_set(_cloze(both, quote, topics=["places"]))) if warning_code(p) == "gap_shown"] == []


def test_lint_flags_a_typed_gap_another_gap_offers_as_an_option():
    quote = "The victory of Mao’s People's Liberation Army in the Chinese Civil War shocked the West"
    gives_away = _cloze([_gap("Mao", quote, kind="dropdown", distractors=["Chinese Civil War"]),
                         _gap("Chinese Civil War", quote)], quote, topics=["context"])
    flagged = [p for p in lint_set(_set(gives_away)) if warning_code(p) == "gap_shown"]
    assert len(flagged) == 1 and "gap 2" in flagged[0].message and "another gap offers it" in flagged[0].message
    fair = _cloze([_gap("Chinese Civil War", quote)], quote, topics=["context"])
    assert [p for p in lint_set(_set(fair)) if warning_code(p) == "gap_shown"] == []

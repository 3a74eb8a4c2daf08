"""What the student (and the teacher trying an answer) reads: the note says how an answer was read."""

from __future__ import annotations

import pytest
from gradingtables import question_set
from hypothesis import given, settings
from hypothesis import strategies as st

from quiz_app.grading import ResponseError, grade, try_answer


def _try(table, qid, text):
    qset = question_set(table)
    return try_answer(qset.question(qid), qset, text)


NOTES = [
    ("dev_korean_war", "truman", "President Harry Truman", True, "Right: the text says “President Harry Truman”."),
    ("dev_korean_war", "taiwan", "the island of Taiwan", True, "Right: the text says “island of Taiwan”."),
    ("dev_korean_war", "kpa", "KPA", True, "Right: the text says “Korean People’s Army”."),
    ("dev_korean_war", "first-unit", "twenty-fourth Infantry Division", True,
     "Right: the text says “24th Infantry Division”."),
    ("dev_korean_war", "truman", "Truman and MacArthur", False,
     "This answer names more than one thing; only one answer can be right, so give one."),
    ("dev_korean_war", "north-leader", "Kim Il Sugn", True, "Accepted — the exact spelling is 'Kim Il Sung'"),
    ("dev_korean_war", "truman", "Truman", True, "Right: this is the accepted answer."),
    ("dev_korean_war", "truman", "Harry", False, "Not accepted. The accepted answer is Truman."),
    ("dev_berlin_airlift", "tons", "2,300,000", True, "Right: read as 2,300,000, which is 2.3 million tons."),
    ("dev_berlin_airlift", "tons", "2.3 billion", False,
     "Read as 2.3 billion (2,300,000,000), which is 2,300 million tons: the question counts in million tons."),
    ("dev_berlin_airlift", "tons-plain", "2.3", False, "Read as 2.3 tons. If you meant millions, write “2.3 million”."),
    ("dev_berlin_airlift", "coal-share", "two-thirds", True,
     "Accepted — read as two-thirds; the source gives 66.7 percent"),
    ("dev_berlin_airlift", "lifted-day", "sometime in spring", False,
     "No number could be read from this answer; type the day of the month, e.g. 25."),
    ("dev_berlin_airlift", "lifted-month", "some month", False,
     "No number could be read from this answer; type the month, e.g. June or 6."),
]


@pytest.mark.parametrize(("table", "qid", "text", "ok", "note"), NOTES)
def test_try_an_answer_shows_how_it_was_read(table, qid, text, ok, note):
    result = _try(table, qid, text)
    assert result.correct is ok
    assert result.note == note


def test_a_surname_two_people_share_is_not_enough():
    qset = question_set("eval_cuban_missile_crisis")
    result = grade(qset.question("rfk"), "Kennedy", sources=qset)
    assert not result.correct
    assert result.note == "The text names more than one person called Kennedy; give the full name."


def test_scored_rounds_grade_the_same_way():
    """The issue's case: "2.3 million" for "About how many million tons ...?" (2.3 ± 0.1) in a scored round."""
    qset = question_set("dev_berlin_airlift")
    q = qset.question("tons")
    assert grade(q, "2.3 million", sources=qset).correct
    assert grade(q, "2.3 million", sources=qset).points_awarded == 1.0


def test_date_answers_say_what_form_is_wanted():
    qset = question_set("eval_cuban_missile_crisis")
    q = qset.question("announce-date")
    assert grade(q, "1962", sources=qset).note == (
        "The question asks for the day, the month and the year; this answer does not give the day or the month.")
    assert grade(q, "the end of October", sources=qset).note.startswith("This could not be read as a date")


def test_try_answer_is_for_typed_questions_only():
    from question_bank.models import TrueFalse

    qset = question_set("dev_korean_war")
    q = TrueFalse.model_validate({"id": "tf", "prompt": "Truman led the United States.", "topics": ["leaders"],
                                  "explanation": "x", "answer": True,
                                  "evidence": {"source": "text", "quote": "President Harry Truman"}})
    with pytest.raises(ResponseError):
        try_answer(q, qset, "True")


@settings(max_examples=150, deadline=None)
@given(st.text(alphabet=st.characters(codec="utf-8", exclude_categories=("Cs",)), max_size=60))
def test_any_typed_text_gets_a_verdict(text):
    """Whatever a student types (punctuation, digits, other scripts, zero-width spaces), grading answers."""
    qset = question_set("dev_korean_war")
    for qid in ("truman", "kpa", "troops", "seoul-day"):
        result = grade(qset.question(qid), text, sources=qset)
        assert result.correct in (True, False)


def test_abbreviations_the_text_defines():
    from question_bank.answers import defined_abbreviations

    text = ("By 1950, the Korean People’s Army (KPA) was large. The capital of South Korea (Seoul) fell. "
            "He gathered the Executive Committee of the National Security Council, or ExComm. "
            "The Republic of Korea (ROK) and the Organization of American States (OAS).")
    found = defined_abbreviations(text)
    assert found["kpa"] == ("korean", "people", "army")
    assert found["rok"] == ("republic", "of", "korea")
    assert found["oas"] == ("organization", "of", "american", "states")
    assert found["excomm"][:2] == ("executive", "committee")
    assert "seoul" not in found


def test_a_title_with_of_and_a_long_form_with_the():
    """Two rules first missed on the evaluation table, checked here on a text of their own (Dean Acheson was
    Secretary of State in 1950; the National Security Council was founded in 1947)."""
    from question_bank.answers import read_in_source, source_words

    sw = source_words("In January 1950, Secretary of State Dean Acheson described a defensive perimeter in Asia. "
                      "Acheson left Korea outside it. Advice came from the Policy Planning Staff of the "
                      "National Security Council (PPSNSC).")
    for typed in ("Acheson", "Dean Acheson", "Secretary Acheson", "Secretary of State Dean Acheson"):
        assert read_in_source(typed, "Dean Acheson", sw, None).accepted, typed
    for typed in ("Dean", "Secretary of State", "State"):
        assert not read_in_source(typed, "Dean Acheson", sw, None).accepted, typed
    assert read_in_source("Policy Planning Staff of the National Security Council", "PPSNSC", sw, None).accepted
    assert not read_in_source("National Security Council", "PPSNSC", sw, None).accepted

"""The one number reader: what it reads, and the same reading in grading and in the quote checker."""

from __future__ import annotations

import pytest

from question_bank import numbers, textnorm
from question_bank.models import Numeric
from question_bank.validation import _numeric_problem

READS = [
    ("Some two million Berliners", 2_000_000),
    ("twenty-four", 24),
    ("twenty four", 24),
    ("one hundred and thirty-five thousand", 135_000),
    ("a hundred and thirty-five thousand", 135_000),
    ("fourteen hundred", 1400),
    ("thirteen thousand five hundred", 13_500),
    ("about 2.3 million tons", 2_300_000),
    ("1.5 thousand", 1500),
    ("135k", 135_000),
    ("135K troops", 135_000),
    ("2.3m", 2_300_000),
    ("135 000", 135_000),
    ("a quarter of a million", 250_000),
    ("half a million", 500_000),
    ("half", 0.5),
    ("two-thirds", 2 / 3),
    ("three quarters", 0.75),
    ("66.7%", 66.7),
    ("50 percent", 50),
    ("twenty-fourth", 24),
    ("the 24th", 24),
    ("ninety", 90),
    ("-5", -5),
]


@pytest.mark.parametrize(("text", "value"), READS)
def test_reads_numbers_as_people_write_them(text, value):
    found = numbers.read_one(text)
    assert found is not None and found.value == pytest.approx(value)
    assert textnorm.parse_number(text) == pytest.approx(value)


@pytest.mark.parametrize("text", ["130,000-140,000", "3 or 4", "lots", "", "Truman"])
def test_no_single_number(text):
    assert numbers.read_one(text) is None


def test_numbers_in_a_text_keep_their_words():
    found = numbers.numbers_written("In 1949 some two million Berliners got 2.3 million tons on 270,000 flights.")
    assert [(n.text, n.value) for n in found] == [("1949", 1949), ("two million", 2e6), ("2.3 million", 2.3e6),
                                                  ("270,000", 270_000)]
    assert [numbers.say(n) for n in found] == ["1949", "two million (2,000,000)", "2.3 million (2,300,000)", "270,000"]
    assert textnorm.numbers_in("the twenty-four divisions") == [24]   # not 20 and 4


def test_the_unit_carries_the_scale():
    n = numbers.read_one("2,300,000")
    assert numbers.question_scale("million tons") == 1e6
    assert numbers.question_scale(None, "About how many million tons were flown in?") == 1e6
    assert numbers.question_scale("tons", "How many tons?") == 1.0
    assert numbers.within(numbers.in_question_terms(n, "million tons"), 2.3, 0.1)
    assert not numbers.within(numbers.in_question_terms(n, "tons"), 2.3, 0.1)


def _numeric(value, quote, unit=None, tolerance=0.0, prompt="How many?"):
    return Numeric.model_validate({"id": "n", "prompt": prompt, "topics": ["troop_counts"], "explanation": "x",
                                   "value": value, "tolerance": tolerance, "unit": unit,
                                   "evidence": {"source": "s", "quote": quote}})


CHECKER = [
    (2_000_000, "Some two million Berliners", None, True),
    (2, "Some two million Berliners", None, False),
    (24, "the twenty-four divisions", None, True),
    (20, "the twenty-four divisions", None, False),
    (2.3, "about 2.3 million tons", "million tons", True),
    (2.3, "about 2.3 million tons", "tons", False),
    (2_300_000, "about 2.3 million tons", "tons", True),
    (24, "the 24th Infantry Division", None, True),
]


@pytest.mark.parametrize(("value", "quote", "unit", "ok"), CHECKER)
def test_quote_checker_reads_numbers_like_grading(value, quote, unit, ok):
    assert (_numeric_problem(_numeric(value, quote, unit)) == "") is ok


def test_checker_says_which_numbers_the_quote_holds():
    hint = _numeric_problem(_numeric(2.3, "about 2.3 million tons", "tons"))
    assert hint.startswith("The quote says 2.3 million (2,300,000); the answer is 2.3 tons.")
    assert '"million tons"' in hint
    assert _numeric_problem(_numeric(5, "no number here")).startswith("The quote has no number; the answer is 5.")


def test_checker_reads_the_part_of_a_date_asked_for():
    assert _numeric_problem(_numeric(5, "on May 12, 1949", prompt="In which month of 1949?")) == ""
    assert _numeric_problem(_numeric(12, "on May 12, 1949", prompt="On which day of May?")) == ""
    assert _numeric_problem(_numeric(6, "on May 12, 1949", prompt="In which month of 1949?")) != ""


def test_checker_message_writes_big_numbers_out():
    from question_bank.validation import _support_problems

    [(path, message, hint)] = _support_problems(_numeric(2, "Some two million Berliners"))
    assert path == ("value",)
    assert message == "the number 2 is not in the quote"
    assert hint.startswith("The quote says two million (2,000,000); the answer is 2.")
    [(_, message, _)] = _support_problems(_numeric(3_000_000, "Some two million Berliners"))
    assert message == "the number 3000000 is not in the quote"

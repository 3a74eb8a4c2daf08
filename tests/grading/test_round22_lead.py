"""The lead's grading fixes after the held-out eval4 tables were measured (they are seen from there): a date with a
three-digit year in every form a four-digit one is read in, never a year BC; and the place in "X of PLACE" never
names the person X ("Caesarea" for Procopius of Caesarea), while a peer's title keeps its place ("Selkirk" for the
Earl of Selkirk)."""

from __future__ import annotations

import pytest

from question_bank import textnorm as tn
from quiz_app.grading import grade
from tests.grading.gradingtables import short_answer_question

CHURCH = """The Great Church
The emperor Justinian rebuilt the church, and it was dedicated on 27 December 537. The historian Procopius of Caesarea \
described it. The scholar Alcuin of York later wrote about it too. Thomas Douglas, 5th Earl of Selkirk, read both.
The church stood for centuries.
In 146 BC the city had been burned.
It was rebuilt later."""


@pytest.mark.parametrize("typed", ["27 December 537", "December 27, 537", "27/12/537", "27 Dec 537", "Dec. 27 537",
                                   "27 December AD 537", "27 December 537 AD", "the 27th of December 537"])
def test_a_three_digit_year_is_read_in_every_form(typed):
    q, qs = short_answer_question(CHURCH, "it was dedicated on 27 December 537", ["27 December 537"])
    assert grade(q, typed, sources=qs).correct, typed


@pytest.mark.parametrize("typed", ["27 December 538", "27 November 537", "December 537", "27 December 537 BC"])
def test_a_wrong_three_digit_date_is_wrong(typed):
    q, qs = short_answer_question(CHURCH, "it was dedicated on 27 December 537", ["27 December 537"])
    assert not grade(q, typed, sources=qs).correct, typed


def test_no_year_bc_is_read_as_a_year_of_our_era():
    assert tn.parse_date("January 146 BC") is None and tn.parse_date("1 August 527 BC") is None
    assert tn.dates_in("In January 146 BC the city burned") == []
    assert tn.parse_date("December 537") == tn.PartialDate(year=537, month=12)


@pytest.mark.parametrize(("quote", "key", "right", "wrong"), [
    ("The historian Procopius of Caesarea described it", "Procopius of Caesarea", "Procopius", "Caesarea"),
    ("The scholar Alcuin of York later wrote", "Alcuin of York", "Alcuin", "York"),
])
def test_the_place_in_a_name_is_not_the_person(quote, key, right, wrong):
    q, qs = short_answer_question(CHURCH, quote, [key])
    assert grade(q, right, sources=qs).correct
    assert grade(q, key, sources=qs).correct
    assert not grade(q, wrong, sources=qs).correct


def test_a_peers_title_keeps_its_place():
    q, qs = short_answer_question(CHURCH, "Thomas Douglas, 5th Earl of Selkirk, read both", ["Thomas Douglas, 5th Earl of Selkirk"])
    assert grade(q, "Earl of Selkirk", sources=qs).correct

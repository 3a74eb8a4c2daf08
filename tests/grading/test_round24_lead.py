"""The lead's grading fix from the drafted sets' ratings (sets 20's Inca and Dutch East India Company texts: the
grader refused "Andes Mountains" for *the Andes* and "Banda" for *the Banda Islands*): a name of land is right with or
without its common noun where the text leaves no doubt it is land, and never where the bare word names something
else of the text. Made-up texts."""

from __future__ import annotations

import pytest

from quiz_app.grading import grade
from tests.grading.gradingtables import short_answer_question

SPICE = """The Spice Islands
The traders wanted nutmeg, which grew only in the Varo Islands, and cloves from the high Kesh.
Henry Tamar led the first fleet there in 1601. His ships sailed past the Tamar Hills on the way.
The Kesh were crossed by mule trains.
The trade ended in 1790."""


@pytest.mark.parametrize("key, quote, typed", [
    ("Varo Islands", "which grew only in the Varo Islands", "Varo"),
    ("Varo Islands", "which grew only in the Varo Islands", "the Varo Islands"),
    ("Kesh", "cloves from the high Kesh", "Kesh Mountains"),
    ("Kesh", "cloves from the high Kesh", "the Kesh mountains"),
])
def test_land_named_with_or_without_its_common_noun_is_right(key, quote, typed):
    q, qs = short_answer_question(SPICE, quote, [key])
    assert grade(q, typed, sources=qs).correct, typed


@pytest.mark.parametrize("key, quote, typed", [
    ("Tamar Hills", "His ships sailed past the Tamar Hills", "Tamar"),  # Henry Tamar is a man of the text
    ("Varo Islands", "which grew only in the Varo Islands", "Kesh"),
    ("Kesh", "cloves from the high Kesh", "Varo Mountains"),
    ("Kesh", "cloves from the high Kesh", "Tamar Hills"),
])
def test_a_bare_word_that_names_something_else_or_another_land_is_wrong(key, quote, typed):
    q, qs = short_answer_question(SPICE, quote, [key])
    assert not grade(q, typed, sources=qs).correct, typed


CITY = """The Last Days of Varna
Its last emperor was Teodor IX Vasko, who could gather only 5,000 men. Mira Holt was the city's last governor.
Teodor IX died fighting on the walls.
The city fell in 1410."""


@pytest.mark.parametrize("key, quote, typed, right", [
    ("Teodor IX", "Teodor IX died fighting", "Emperor Teodor IX", True),  # "Its last emperor was Teodor IX Vasko"
    ("Teodor IX", "Teodor IX died fighting", "King Teodor IX", False),  # a title the text never gives him
    ("Teodor IX", "Teodor IX died fighting", "Emperor Teodor", False),  # the number still wanted
    ("Mira Holt", "Mira Holt was the city's last governor", "Governor Mira Holt", True),
    ("Mira Holt", "Mira Holt was the city's last governor", "Emperor Mira Holt", False),
])
def test_a_title_the_text_gives_in_other_words_may_be_typed_before_the_name(key, quote, typed, right):
    q, qs = short_answer_question(CITY, quote, [key])
    assert grade(q, typed, sources=qs).correct is right, typed

"""Round 17 of issue 16 (the pronouns of a text about one thing or one person): the causes that kept round 16's
naming from sets 16 and 17 (seen sets). A title "NAME of PLACE" ("Great Wall of China", "The Great Pyramid of
Giza", "The Kingdom of Aksum") names the text's thing (``referents._of_title``); an "its" the gate lets pass on a
common noun ("From the late third century, …, its rulers") is named when nothing else could be meant
(``referents._loosely_named``); a year-by-year text's person, whom the facts hold only by guess, names a chronicle
entry's "His" (``referents._subject_sex``, the entry before naming him, "his men" no rival); and "To the end he
believes that he …" is not read past its leading "he" (``phrasing._leading_match``)."""

from __future__ import annotations

import sys
from functools import cache
from pathlib import Path

from question_bank.drafting import suggest_questions
from question_bank.drafting.facts import read_facts
from question_bank.drafting.referents import thing_subject

sys.path.insert(0, str(Path(__file__).resolve().parent))
import evalkit  # noqa: E402


@cache
def _text(which: str, name: str) -> str:
    return evalkit.eval_texts(which)[name].read_text(encoding="utf-8")


@cache
def _shown_of(text: str) -> str:
    return "\n".join(evalkit.describe(q) for q in suggest_questions(text).question_set.questions)


def _shown(which: str, name: str) -> str:
    return _shown_of(_text(which, name))


MOSQUE = """The Great Mosque of Djenne
The Great Mosque of Djenne stands in the town of Djenne in Mali, on the floodplain of the Bani River. The first \
mosque on the site was built in the 13th century by Koi Konboro, the first Muslim ruler of the town.
The Great Mosque was rebuilt in 1907. Local masons built it in just one year, using about 90 workers. Its walls \
are covered with a plaster of mud.
"""


def test_a_title_name_of_place_is_the_texts_thing():
    # set 17: "Great Wall of China" over "The Great Wall of China is a series of fortifications"; set 16: "The Great
    # Pyramid of Giza" over a heading and "The Great Pyramid stands on the Giza plateau"
    assert thing_subject(read_facts(_text("17", "great-wall-of-china")))[0] == "the Great Wall of China"
    assert thing_subject(read_facts(_text("16", "great-pyramid-under-headings")))[0] == "the Great Pyramid"
    # not an event's title: "The Fall of Constantinople in 1453" is no thing called "Fall"
    assert thing_subject(read_facts(_text("17", "fall-of-constantinople-under-headings"))) is None
    # a made-up text: its "it" after the sentence that opens with the mosque is the mosque
    assert "Local masons built it [the Great Mosque" in _shown_of(MOSQUE)


def test_a_kingdoms_title_is_its_place():
    # set 17 after: "its rulers" leaves "its" (Aksum) unnamed; the gate let it pass on "the late third century"
    assert thing_subject(read_facts(_text("17", "kingdom-of-aksum")))[0] == "Aksum"
    shown = _shown("17", "kingdom-of-aksum")
    assert "(“its” is Aksum.)" in shown
    assert "its rulers issued coins of gold" in shown


def test_a_chronicle_entrys_his_is_the_texts_person():
    # set 16 after: "1503: His last _____ ships" (Columbus, named in the entry before; "his men" is no rival)
    shown = _shown("16", "columbus-voyages-year-by-year")
    assert "1503: His [Christopher Columbus’s] last _____ ships" in shown


def test_a_reported_he_after_a_leading_he():
    # set 16 after: "To the end he believes that Christopher Columbus has reached" named the wrong "he"
    shown = _shown("16", "columbus-voyages-year-by-year")
    assert "To the end he believes that Christopher Columbus" not in shown
    assert "To the end Christopher Columbus believes that he has reached the edge of Asia." in shown

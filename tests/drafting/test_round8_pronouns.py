"""Issue 16, round 8: pronouns, relative dates and the names they stand for (the most common faults on unseen set
7, now seen). Made-up texts only; none is copied from an eval set."""

from __future__ import annotations

from question_bank.drafting import extract, suggest_questions
from question_bank.drafting.builders import accepted_answers
from question_bank.drafting.facts import read_facts

RAILWAY = (
    "The First Steam Line\n\n"
    "In 1825 the first public railway opened in the north of England. The engineer Thomas Brunlees built the "
    "engines, and his son Edward drove the first train on the day it opened. The line carried coal from the mines "
    "to the river port at Stockwell."
)


def _mention(facts, text: str):
    for sf in facts.sentences:
        for m in sf.names:
            if m.text == text:
                return sf, m
    raise AssertionError(f"{text!r} not read as a name")


def test_a_son_named_by_his_given_name_also_accepts_the_familys_surname():
    facts = read_facts(RAILWAY)
    sf, edward = _mention(facts, "Edward")
    accepted = accepted_answers(facts, sf, edward)
    assert accepted[0] == "Edward"
    assert "Edward Brunlees" in accepted


def test_no_surname_is_guessed_when_two_people_could_be_his():
    text = RAILWAY.replace("The engineer Thomas Brunlees built the engines",
                           "The engineer Thomas Brunlees and the banker Henry Otway paid for the engines")
    facts = read_facts(text)
    sf, edward = _mention(facts, "Edward")
    assert not any(a.endswith(("Brunlees", "Otway")) for a in accepted_answers(facts, sf, edward))


def test_no_surname_for_a_daughter_of_the_wrong_his():
    # "her daughter" after a man only: the mother is not named here, so no family name is given
    text = RAILWAY.replace("his son Edward", "her daughter Edith")
    facts = read_facts(text)
    sf, edith = _mention(facts, "Edith")
    assert accepted_answers(facts, sf, edith) == ["Edith"]


def test_a_name_that_opens_a_sentence_keeps_its_first_word():
    names = [(m.kind, m.text) for m in extract.find_names("Yusuf ibn Tashfin was born in the desert.")]
    assert ("person", "Yusuf ibn Tashfin") in names
    assert all(text != "Tashfin" for _, text in names)
    names = [m.text for m in extract.find_names("Anton van Dijk painted the harbour.")]
    assert "Anton van Dijk" in names
    # an ordinary sentence start is still no name
    assert extract.find_names("Many of the sailors drowned.") == []
    drafts = suggest_questions("Yusuf ibn Tashfin\n\nYusuf ibn Tashfin was born in the desert in 1009. He founded "
                               "the city of Marrakesh in 1070.").question_set.questions
    shown = " ".join(q.model_dump_json() for q in drafts)
    assert '"Tashfin"' not in shown

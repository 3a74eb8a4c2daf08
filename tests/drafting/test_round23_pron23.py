"""Round 23 (issue 16): pronouns the gate let pass on a word that cannot be their person or thing. A span of time
("Within a year it had"), the noun a clause of "it" qualifies ("The land it controlled"), a blank after one
person's noun ("The Danish poet _____ … to help them"), a name or a blank after "at" ("At Varnholm, they agreed"), the frame "The text says:" of a reason question, a plural person noun for "his" ("people attended his funeral"),
and a blank before the comma of an apposition ("Soon after his death his son _____, Osric II, …") name nobody.
Short texts written for this file (none copied from an eval set), on the gate with the text's facts, with cases
that must not change."""

from __future__ import annotations

from question_bank.drafting.facts import read_facts
from question_bank.drafting.referents import unnamed_in

LEAGUE = """The Saltmark League

The Saltmark League was a union of fishing towns on the coast of Varnland. It was founded in 1402 at Varnholm by the merchants of four towns. Within a year it had more than forty member towns, and its ships carried salt fish as far as Brelle. The land it controlled grew to more than three times its first size. The Danish poet Sven Holt arrived at Varnholm in 1410 to help them, but he died of fever there in the spring. At Varnholm, they agreed to build a common hall for the league. Its last assembly met in 1630.
"""

KINGS = """King Osric of Tarn

Osric was king of Tarn from 1201 to 1230. He united the valley towns under one law and built a stone bridge at Dunmere. Soon after his death his son Aldric, Osric II, ended the old tolls on the river. About a thousand people attended his funeral in Dunmere. His wife Hilda founded a school for the daughters of the town.
"""


def _gate(text: str, sentence: str, before: str = "", blanks: list[str] | None = None) -> str | None:
    return unnamed_in(sentence, before, read_facts(text), blanks)


def test_a_span_of_time_names_no_it():
    assert _gate(LEAGUE, "Within a year it had more than forty member towns.") == "it"
    assert _gate(LEAGUE, "In the following year it had sixty member towns.") == "it"
    # a thing before it still names it
    assert _gate(LEAGUE, "The hall was built of stone, and it stood for two centuries.") is None


def test_the_noun_a_clause_of_it_qualifies_is_not_that_it():
    assert _gate(LEAGUE, "The land it controlled grew to more than _____ times its first size.",
                 blanks=["number"]) == "it"
    assert _gate(LEAGUE, "The league sold the land, and it controlled the salt trade.") is None


def test_a_blank_after_one_person_noun_is_no_they():
    assert _gate(LEAGUE, "The Danish poet _____ arrived at Varnholm in 1410 to help them.", blanks=["person"]) == "them"
    # two people, one of them a blank, are "they"
    assert _gate(LEAGUE, "The poet _____ and Sven Holt said that they would stay.", blanks=["person"]) is None


def test_a_name_or_a_blank_after_at_is_a_place_not_they():
    assert _gate(LEAGUE, "At Varnholm, they agreed to build a common hall for the league.") == "they"
    assert _gate(LEAGUE, "At _____, they agreed to build a common hall for the league.", blanks=["?"]) == "they"
    assert _gate(LEAGUE, "_____ and Sven Holt agreed that they would build a hall.", blanks=["person"]) is None


def test_the_frame_of_a_reason_question_names_nothing():
    before = "The text says: “The hall was built in 1415.” What reason does it give?"
    assert _gate(LEAGUE, "Three of them were hanged", before) == "them"
    assert _gate(LEAGUE, "Three of the merchants were hanged", before) is None


def test_people_name_no_his_and_a_blank_before_an_apposition_is_no_leading_phrase():
    assert _gate(KINGS, "About a thousand people attended his funeral in _____.", blanks=["thing"]) == "his"
    assert _gate(KINGS, "Soon after his death his son _____, Osric II, ended the old tolls on the river.",
                 blanks=["person"]) == "his"
    # a leading phrase whose "his" the main clause names stays named
    assert _gate(KINGS, "Soon after his coronation, Osric united the valley towns.") is None


TOWERS = """The Towers of Kell

The Kell Wall ran for forty kilometres across the hills of Dornmark. Watch towers stood along its whole length. One was built every two kilometres, with small huts between them. The largest, about 20 metres high, still stands at Harrow Gap. The builders were farmers from the valley towns. In 1790 the wall was mapped by the surveyor Ilse Varga, who counted 21 towers.
"""


def test_a_subject_with_no_noun_of_its_own_is_left_out():
    from question_bank.drafting import suggest_questions

    shown = []
    for q in suggest_questions(TOWERS).question_set.questions:
        d = q.model_dump(mode="json", exclude_none=True)
        shown.append(" ".join([d.get("prompt", ""), d.get("statement", "")] + [c["text"] for c in d.get("choices", [])]
                              + [d["evidence"]["quote"]] * (d["type"] == "cloze")))
    assert shown
    assert not any("One was built" in s or "The largest, about" in s for s in shown), shown
    assert any("Ilse Varga" in s or "1790" in s for s in shown), shown  # the other sentences are still asked

"""Drafts that would teach something false: a pronoun named for the wrong person ("He [the father] still won three
great victories" when the son won them), a place named after a place taken for a person ("New Carthage", which
made every "Carthage" a person and a person's option)."""

from __future__ import annotations

from question_bank.drafting import phrasing, suggest_questions
from question_bank.drafting.facts import read_facts

FATHER_AND_SON = (
    "The War of the Two Kings\n"
    "The general Aldric Varn built up a new army in the hills. According to the chronicler Osric, he made his young "
    "son Edmund swear that he would always fight the lowland kingdom.\n"
    "Edmund did not wait for the lowlanders to come to him. In the spring of 812 he marched out of the hills "
    "with a large army. The march took about fifteen days. Rain and hunger cost many men.\n"
    "He still won three great victories. In the autumn of 812 he defeated the lowland army at the river Lune.\n"
    "The lowland kingdom did not give in, and the war went on for another ten years.\n")

MOTHER_AND_DAUGHTERS = (
    "A Life for the Vote\n"
    "Maud Ellery was born in Leeds in 1860. In 1881 she married Thomas Ellery, a doctor. They had three children, "
    "among them Clara, Edith and Agnes, who all became campaigners.\n"
    "She grew tired of polite letters to members of parliament. On 3 May 1901 she and a few friends founded the "
    "League for Women's Votes in Leeds.\n"
    "The league held its first great march in 1905, when some 2,000 women walked through the city.\n"
    "Women over thirty won the vote in 1918, and the league closed two years later.\n")


def _names(text: str) -> dict[str, str]:
    facts = read_facts(text)
    out = {}
    for sf in facts.sentences:
        ante = phrasing.antecedent(facts, sf)
        if ante is not None:
            out[sf.text[:30]] = ante.name
    return out


def test_a_he_is_not_the_father_when_paragraphs_of_the_sons_he_came_between():
    names = _names(FATHER_AND_SON)
    assert names.get("According to the chronicler Os") == "Aldric Varn"
    assert "He still won three great victor" not in names
    assert "In the autumn of 812 he defeate" not in names
    for q in suggest_questions(FATHER_AND_SON).question_set.questions:
        shown = q.model_dump_json()
        assert "He [Aldric Varn] still won" not in shown and "Aldric Varn still won" not in shown, shown


def test_a_she_is_not_a_daughter_named_after_they():
    names = _names(MOTHER_AND_DAUGHTERS)
    assert names.get("In 1881 she married Thomas Ell") == "Maud Ellery"
    assert names.get("She grew tired of polite lette") != "Agnes"
    assert names.get("On 3 May 1901 she and a few fr") != "Agnes"
    for q in suggest_questions(MOTHER_AND_DAUGHTERS).question_set.questions:
        shown = q.model_dump_json()
        assert "Agnes and a few friends" not in shown and "[Agnes]" not in shown, shown


def test_a_biographys_subject_is_still_named_in_a_paragraph_that_names_no_one():
    text = ("The Life of Rena Osei\n"
            "Rena Osei was born in Kumasi in 1921. She trained as a nurse in London.\n"
            "In 1948 she returned home and opened a clinic for mothers and babies.\n"
            "She died in Accra in 1990, and the clinic still bears her name.\n"
            "Today some 300 nurses train there each year.\n")
    names = _names(text)
    assert names.get("In 1948 she returned home and ") == "Rena Osei"
    assert names.get("She died in Accra in 1990, and") == "Rena Osei"


def test_a_place_named_after_a_place_is_not_a_person_and_does_not_make_the_city_one():
    text = ("Two Cities at War\n"
            "Around 300 BC two cities fought for the coast: Velia, a republic on the hills, and Tarsa, a trading city "
            "by the sea. Tarsa lost its islands to Velia in 264 BC.\n"
            "In 250 BC the general Osric Dane marched out of New Tarsa with a large army of 20,000 men.\n"
            "A Velian army landed near Tarsa in 204 BC, and the general was called home.\n"
            "The following year Tarsa accepted a harsh peace.\n")
    facts = read_facts(text)
    kinds = {(m.text, m.kind) for sf in facts.sentences for m in sf.names if "Tarsa" in m.text}
    assert ("New Tarsa", "place") in kinds
    assert not any(kind == "person" for _, kind in kinds), kinds


def test_a_guides_words_about_its_own_rooms_are_not_asked_as_history():
    text = ("The Harbour Museum\n"
            "Welcome to Port Aven, the oldest harbour town on the western coast. Gallery 1 explains why the town "
            "grew. In 1402 merchants from the south built the first stone quay.\n"
            "Gallery 2 shows the great storm. On 3 March 1588 a storm sank 14 ships in the harbour.\n"
            "Gallery 3 covers the fishing fleet. By 1750 some 300 boats sailed from Port Aven each spring.\n"
            "In front of you is a model of the quay as it stood in 1600. The town council paid 200 pounds for it.\n")
    drafts = suggest_questions(text).question_set.questions
    assert drafts
    for q in drafts:
        shown = q.model_dump_json()
        for words in ("Welcome to", "Gallery 1 explains", "Gallery 2 shows", "Gallery 3 covers", "In front of you",
                      "Gallery _____"):
            assert words not in shown, (q.id, shown)


def test_a_count_the_sentence_lists_after_a_colon_is_not_asked_even_with_a_clause_about_an_item():
    from question_bank.drafting.builders import _counted_in_sentence

    text = ("A Voyage to the South\n"
            "On 3 May 1710 the fleet left the harbour with two ships: the Swallow, which carried the admiral Jan "
            "Brink, and the Heron. The voyage lasted about nine months.\n"
            "In the winter of 1710 the fleet reached a great bay, where 12 sailors died of fever.\n"
            "The ships came home in February 1711 with a cargo of pepper.\n")
    facts = read_facts(text)
    sf = facts.sentences[0]
    two = next(m for m in sf.mentions if m.kind == "number" and m.value == 2)
    assert _counted_in_sentence(sf, two)
    twelve = next(m for x in facts.sentences for m in x.mentions if m.kind == "number" and m.value == 12)
    assert not _counted_in_sentence(facts.sentences[1], twelve)

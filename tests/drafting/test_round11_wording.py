"""Round 11 of issue 16 (wording, giveaways inside a draft, options and swaps): a count its own sentence gives by
the names or parts that follow it, a unit read from the next word ("12 she", "100000 worth"), a place that holds
the key offered as a wrong option, a person swapped into an office the text gives someone else, half a sentence
cut at its subordinate clause. Every text here is made up."""

from __future__ import annotations

import pytest

from question_bank.drafting import extract, suggest_questions, swaps
from question_bank.drafting.distractors import Distractor, nested_places
from question_bank.drafting.facts import read_facts
from question_bank.drafting.worth import trivial_number

FAMILY = ("The House of Marrow\n\n"
          "In 1801 the merchant Tobias Marrow married Clara Vell in the town of Holt. The couple had three children, "
          "two sons and a daughter. Three towns, Holt, Brenning and Astley, sent ships to the fair. Three colours "
          "were used because red was the colour of the guild, blue was the colour of the town, and green was the "
          "colour of the river. At the age of twelve she sailed to Lisbon with her father. In 1820 Tobias bought "
          "about £40,000 worth of wool from the valley farms.\n")

KINGDOM = ("The Kingdom of Varro\n\n"
           "Pope Anselm II crowned no one, for he refused to accept the new kingdom. On 12 May 1850 the Kingdom of "
           "Varro was proclaimed, with Telde as its capital and Oren III as its first king. King Oren III ruled for "
           "nine years. When war broke out between Varro and Kestia, the royal guards that had protected the Pope in "
           "Telde were called home. In 1858 Oren III signed a treaty with Marshal Daro Venn.\n")


def _sentence(facts, words: str):
    return next(sf for sf in facts.sentences if words in sf.text)


def _number(sf, value: float):
    return next(m for m in sf.numbers if m.value == value)


@pytest.mark.parametrize("words, value", [("three children", 3), ("Three towns", 3), ("Three colours", 3)])
def test_a_count_given_by_its_list_or_parts_is_refused(words: str, value: float) -> None:
    facts = read_facts(FAMILY)
    sf = _sentence(facts, words)
    m = _number(sf, value)
    assert swaps.count_of_a_list(sf, m)
    assert trivial_number(facts, sf, m)  # no mc or numeric draft blanks it
    swap = Distractor("four", "", from_text=False)
    assert not swaps.swap_fits(facts, sf, m, swap)  # no "four children, two sons and a daughter" to mark false
    shown = [q.model_dump(mode="json", exclude_none=True) for q in suggest_questions(FAMILY).question_set.questions]
    for q in shown:
        said = " ".join([q.get("prompt", ""), q.get("statement", "")])
        assert not ("two sons and a daughter" in said and ("_____" in said or q["type"] == "true_false"
                                                           and q.get("answer") is False)), q


def test_a_count_with_parts_that_do_not_add_up_stays() -> None:
    facts = read_facts("The Vell family\n\nThe couple had five children, two sons and a daughter who lived. "
                       "They moved to Holt in 1810.\n")
    sf = _sentence(facts, "five children")
    assert not swaps.count_of_a_list(sf, _number(sf, 5))


def test_a_unit_is_never_a_pronoun_nor_worth() -> None:
    age = next(m for m in extract.find_numbers("At the age of twelve she sailed to Lisbon.") if m.value == 12)
    assert age.unit == "years" and age.subkind == "age"
    money = next(m for m in extract.find_numbers("Tobias bought about £40,000 worth of wool.") if m.value == 40000)
    assert money.unit == "pounds"
    for q in suggest_questions(FAMILY).question_set.questions:
        assert getattr(q, "unit", None) not in ("she", "worth"), q


@pytest.mark.parametrize("a, b", [("England", "Britain"), ("United Kingdom", "Scotland"), ("Prussia", "Germany")])
def test_a_place_that_holds_the_key_is_no_wrong_option(a: str, b: str) -> None:
    assert nested_places(a, b) and nested_places(b, a)


def test_siblings_stay_options() -> None:
    assert not nested_places("England", "France") and not nested_places("England", "Scotland")


def test_no_person_swapped_into_an_office_the_text_gives_someone_else() -> None:
    facts = read_facts(KINGDOM)
    sf = _sentence(facts, "first king")
    m = next(n for n in sf.names if n.text == "Oren III")
    pope = next(n for sfx in facts.sentences for n in sfx.names if n.text == "Anselm II")
    assert not swaps.swap_fits(facts, sf, m, Distractor("Anselm II", "", mention=pope, from_text=True))
    for q in suggest_questions(KINGDOM).question_set.questions:
        d = q.model_dump(mode="json", exclude_none=True)
        assert "Anselm II as its first king" not in d.get("prompt", "") + d.get("statement", ""), d


def test_half_a_sentence_cut_at_its_subordinate_clause_is_broken() -> None:
    original = "When war broke out between Varro and Kestia, the royal guards that had protected the Pope were called home."
    assert swaps.cut_clause(original, "When war broke out between Varro and Kestia.")
    splice = "When the general was killed, and the guards did nothing, the army broke and fled."
    assert swaps.cut_clause(splice, "The guards did nothing, the army broke and fled.")
    assert not swaps.cut_clause(splice, "When the general was killed, and the guards did nothing, the army fled.")
    assert not swaps.cut_clause(original, "The royal guards that had protected the Pope were called home.")
    for q in suggest_questions(KINGDOM).question_set.questions:
        d = q.model_dump(mode="json", exclude_none=True)
        assert d.get("statement", "") != "When war broke out between Varro and Kestia.", d


VOYAGE = ("The Voyage of the Gannet\n\n"
          "In 1768 Captain James Corran sailed from Plymouth in the ship Gannet. Corran was born in 1727 or 1728 in "
          "the village of Marton. On 13 April 1769 the Gannet anchors in Orla Bay, and the crew meets the island's "
          "chief, Tavi. In the winter of 1770 and 1771 the crew mended the ship at a river mouth.\n")


def test_one_year_of_a_pair_is_never_swapped() -> None:
    facts = read_facts(VOYAGE)
    for words, year, other in (("born in 1727", "1727", "1717"), ("winter of 1770", "1771", "1775")):
        sf = _sentence(facts, words)
        m = next(d for d in sf.dates if year in d.text)
        assert not swaps.swap_fits(facts, sf, m, Distractor(other, "", from_text=False)), words


def test_a_name_after_the_is_no_person_to_swap() -> None:
    facts = read_facts(VOYAGE)
    sf = _sentence(facts, "anchors in Orla Bay")
    m = next((n for n in sf.names if n.text == "Gannet"), None)
    if m is None or m.kind != "person":
        # the ship read as a ship: nothing to swap for a person; build the mention the way a misreading would
        start = sf.text.index("Gannet")
        m = extract.Mention("person", "Gannet", start, start + len("Gannet"), key="Gannet")
    corran = next(n for s in facts.sentences for n in s.names if n.text == "Corran")
    assert not swaps.swap_fits(facts, sf, m, Distractor("Corran", "", mention=corran, from_text=True))
    for q in suggest_questions(VOYAGE).question_set.questions:
        d = q.model_dump(mode="json", exclude_none=True)
        assert "the corran" not in (d.get("prompt", "") + d.get("statement", "")).lower(), d


CHRONICLE = ("The Voyage of the Gannet, 1768-1771: A Chronicle\n\n"
             "August 1768. The Gannet leaves Plymouth in England under Lieutenant James Corran, with the botanist "
             "Hugh Marsh on board.\n"
             "13 April 1769. The Gannet anchors in Orla Bay, Tahiti. The crew build a small fort on a point of land. "
             "On 3 June Corran and Marsh observe the transit of Venus. In July the ship leaves Tahiti with Ruan, a "
             "Tahitian navigator who helps the crew talk with the peoples they meet.\n"
             "October 1769. On 6 October a ship's boy, Tom Hale, sights New Zealand. Corran lands at the place he "
             "names Quiet Bay on 9 October. Over the next six months Corran sails around both main islands and "
             "charts the coast, showing that New Zealand is not part of a continent.\n"
             "April 1770. The crew sight the east coast of Australia on 19 April. On 29 April they land at a bay "
             "that Corran later names Fern Bay, because of the many new plants Marsh collects there.\n")


def test_a_date_line_is_no_statement_to_choose() -> None:
    from question_bank.drafting.statements import _run_draft

    facts = read_facts(CHRONICLE)
    line = next(sf for sf in facts.sentences if sf.text.strip() == "October 1769.")
    run = facts.sentences[line.index:line.index + 3]
    assert _run_draft(facts, run) is None
    for q in suggest_questions(CHRONICLE).question_set.questions:
        for c in q.model_dump(mode="json").get("choices") or []:
            assert c["text"] not in ("October 1769.", "April 1770.", "August 1768."), q


def test_a_name_the_text_writes_with_the_is_no_person_to_swap_in() -> None:
    facts = read_facts(VOYAGE)
    sf = _sentence(facts, "born in 1727")
    m = next(n for n in sf.names if n.text == "Corran")
    ship = extract.Mention("person", "Gannet", 0, len("Gannet"), key="Gannet")  # the ship misread as a person
    assert not swaps.swap_fits(facts, sf, m, Distractor("Gannet", "", mention=ship, from_text=True))

"""Issue 16, round 16 (words16): broken wording and relative dates in what the student sees.

Each test fails without its rule. Made-up texts only; none is copied from an eval set."""

from __future__ import annotations

from question_bank.drafting.builders import (
    BLANK,
    _cloze_prompt,
    _list_select,
    sentence_drafts,
    sentence_quality,
)
from question_bank.drafting.facts import read_facts
from question_bank.drafting.phrasing import paraphrase, reworded_statement
from question_bank.drafting.volume import one_clause


def _sentence(facts, start: str):
    for sf in facts.sentences:
        if sf.text.startswith(start):
            return sf
    raise AssertionError(f"no sentence opens {start!r}")


def _blank(facts, sf, words: str) -> str:
    at = sf.text.index(words)
    return _cloze_prompt(sf, [(at, at + len(words))], None, facts)


def _statements(facts, sf) -> list[str]:
    return [d.question["statement"] for d in sentence_drafts(facts, sf, {"cite"}) if d.type == "cite"]


COVE = (
    "The Cove of Kestrel Bay\n\n"
    "Kestrel Bay lies on the west coast of Cornwall. For centuries only local Cornish fishermen knew the cove. "
    "By 1890 summer trade in the villages around the bay was larger than it had been before the railway.\n"
)


def test_a_phrase_of_time_stops_at_its_last_word_of_time():
    # "For centuries | only local": the subject began inside the phrase; moving all of it garbled the sentence
    # ("Fishermen knew the cove for centuries only local.", set 14's Petra)
    facts = read_facts(COVE)
    out = reworded_statement(facts, _sentence(facts, "For centuries"))
    assert out == "Only local Cornish fishermen knew the cove for centuries."


def test_a_phrase_of_time_that_runs_into_the_subject_is_not_moved_whole():
    # "By 1890 summer trade in | the villages …" (set 13's Marshall Plan: "… before the war by 1952 industrial
    # production in.")
    facts = read_facts(COVE)
    out = reworded_statement(facts, _sentence(facts, "By 1890"))
    assert out is None or not out.rstrip(".").endswith((" in", "summer trade in"))


TREATY = (
    "The Congress of Arden\n\n"
    "In 1720 envoys from Spain, France, the Netherlands, Germany and Italy met at Arden House and signed a treaty. "
    "On 3 May 1722 the envoys signed a treaty at Arden Hall, a mansion in Portland, Maine, and went home. "
    "In 1724 the envoys set up four courts in Scania: the Court of Lund, the Court of Malmo, the Court of Kalmar "
    "and the Court of Ystad.\n"
)


def test_an_item_of_a_list_is_no_aside_to_drop():
    # "France, the Netherlands, Germany": "the Netherlands" is the next item, not a description of France (set 14's
    # Boxer: "France Germany", seven nations of eight)
    facts = read_facts(TREATY)
    out = paraphrase(facts, _sentence(facts, "In 1720"))
    assert out is None or "France, the Netherlands, Germany" in out


def test_an_aside_whose_end_is_a_name_cut_in_two_stays():
    # "a mansion in Portland, Maine": dropping to the first comma left "Arden Hall Maine," (set 12's "Dumbarton
    # Oaks D.C.")
    facts = read_facts(TREATY)
    out = paraphrase(facts, _sentence(facts, "On 3 May 1722"))
    assert out is None or "Arden Hall Maine" not in out


def test_a_list_after_a_colon_keeps_its_first_item():
    # set 15's crusade: "four states in the Holy Land the Principality of Antioch, …" (three of four, no colon)
    facts = read_facts(TREATY)
    out = paraphrase(facts, _sentence(facts, "In 1724"))
    assert out is None or "the Court of Lund" in out


def test_one_clause_of_two_only_when_the_other_is_no_list_item():
    # set 14's Athens: "The two most powerful … were Athens, in the region of Attica." (Sparta cut off)
    assert one_clause("The two largest ports of the coast were Dover, in the county of Kent, and Hull, in the "
                      "county of York.") is None


def test_one_clause_needs_a_subject_and_no_count_added_to_the_other():
    # set 11's Hindenburg: "By newsreel cameramen who had come …"; set 10's famine: "More than a million more
    # emigrated."
    assert one_clause("The fire was seen by crowds in the square, and by reporters who had come to watch the "
                      "launch.") == "The fire was seen by crowds in the square."
    assert one_clause("About two thousand people died of fever that year, and more than a thousand more "
                      "emigrated.") == "About two thousand people died of fever that year."


ALLIES = (
    "The Fall of France\n\n"
    "In May 1940 Germany attacked the Netherlands, Belgium and France. In June 1940 France surrendered to Germany, "
    "and Britain stood alone against Adolf Hitler. Italy joined the war on the side of Germany.\n"
)


def test_two_names_across_a_comma_and_are_two_clauses():
    # set 15's Battle of Britain: "France surrendered to _____ stood alone" (one blank for "Germany, and Britain")
    facts = read_facts(ALLIES)
    sf = _sentence(facts, "In June 1940")
    score, notes, ante = sentence_quality(facts, sf)
    shown = [d.question["prompt"] for d in _list_select(facts, sf, score, notes, ante)]
    assert not any(f"surrendered to {BLANK} stood" in p for p in shown)


CRISIS = (
    "The Harbour Crisis of 1962\n\n"
    "In October 1962 the two navies came close to war in the harbour of Valletta. Therefore a direct telephone "
    "link was set up between London and Rome in 1963. The Italian navy, by contrast, kept its ships at sea until "
    "1964.\n"
)


def test_a_tying_word_is_dropped_from_a_prompt():
    # set 13's Cuba: "Therefore a direct telephone … link … in _____" (the cause it follows from not shown)
    facts = read_facts(CRISIS)
    prompt = _blank(facts, _sentence(facts, "Therefore"), "1963")
    assert prompt == f"A direct telephone link was set up between London and Rome in {BLANK}."


def test_a_tying_word_after_the_subject_is_dropped_from_a_prompt():
    # set 14's Athens: "Sparta, by contrast, had three kings"
    facts = read_facts(CRISIS)
    prompt = _blank(facts, _sentence(facts, "The Italian navy"), "1964")
    assert prompt == f"The Italian navy kept its ships at sea until {BLANK}."


CHRONICLE = (
    "The Kingdom of Arden, Year by Year\n\n"
    "1936. In February 1936 the Farmers' Party won the general election. On 1 October General Ruiz became head of "
    "the state, and the army marched on the capital the next day.\n\n"
    "1412. Joan Marr is born in the village of Elton. At this time much of the north is held by the Danes.\n\n"
    "1429: In February Hugh Marr gives Joan Marr an escort to the royal court at Chinon.\n"
)


def test_a_heading_year_the_paragraph_writes_again_reaches_the_day_under_it():
    # set 13's chronicle: "On _____ Franco became head of the Nationalist state" (no year; "In February 1936" was
    # taken for a flashback)
    facts = read_facts(CHRONICLE)
    prompt = _blank(facts, _sentence(facts, "On 1 October"), "General Ruiz")
    assert prompt.startswith(f"On 1 October 1936 {BLANK} became head of the state")


def test_at_this_time_is_the_year_of_the_sentence_before():
    # set 15's Joan of Arc: "At this time much of northern France … is held by the English" (1412 not given)
    facts = read_facts(CHRONICLE)
    prompt = _blank(facts, _sentence(facts, "At this time"), "Danes")
    assert prompt == f"In 1412 much of the north is held by the {BLANK}."


def test_a_chronicle_year_goes_after_the_month_its_entry_opens_with():
    # set 15's Joan of Arc: "In February Baudricourt at last gives Joan an escort in 1429."
    facts = read_facts(CHRONICLE)
    out = paraphrase(facts, _sentence(facts, "1429:"))
    assert out is not None and out.startswith("In February 1429 Hugh Marr gives")


ENGINE = (
    "Mary Wren and the Counting Engine\n\n"
    "Mary Wren met the engineer Thomas Hale at a party in London. Soon afterwards Thomas Hale showed Mary Wren a "
    "working part of his Counting Engine, a machine for adding columns of figures.\n"
)


def test_a_find_the_sentence_statement_drops_a_time_counted_from_the_sentence_before():
    # set 10's Ada Lovelace: "Soon afterwards he showed her …"; set 11's Hadrian's Wall: "About four years later …"
    facts = read_facts(ENGINE)
    statements = _statements(facts, _sentence(facts, "Soon afterwards"))
    assert statements and not any("soon afterwards" in s.lower() for s in statements)

"""Round 24 (issue 16, helper fix24a): statements and blanks whose wording goes wrong: a swapped place a distance
counts from, an instruction to the reader, a "See also:" line, one end of a year span shown, and a cut that drops a
verb's complement. Made-up texts, no eval text."""

from __future__ import annotations

import re

from question_bank.drafting import builders, phrasing, suggest_questions, swaps
from question_bank.drafting.facts import read_facts

FORT = """The Fort of Vellan
In 1802 the governor built a new fort at Vellan, at least 80 miles from Corsa, the old capital. The fort was \
finished in 1806 and held a garrison of 400 soldiers. Corsa remained the seat of the governor until 1830, when the \
court moved to Vellan. Climb to the north tower, which the engineer Paul Hendry designed in 1804. In 1805 the \
governor made its engineer, Paul Hendry, a baron. The fort was besieged in 1840-1841 by the army of Dalmar.
See also: Corsa; Dalmar; the Vellan Road."""


def _sentence(facts, words: str):
    return next(sf for sf in facts.sentences if words in sf.text)


def _statements(qs) -> list[str]:
    return [q.statement for q in qs if q.type == "true_false"]


def test_the_place_a_distance_counts_from_is_never_swapped():
    facts = read_facts(FORT)
    sf = _sentence(facts, "at least 80 miles")
    corsa = next(m for m in sf.mentions if m.text == "Corsa")
    # "at least 80 miles from London" would be true for most places: the false statement would be true
    assert swaps.bound_not_decided(sf, corsa)
    vellan = next(m for m in sf.mentions if m.text == "Vellan")
    assert not swaps.bound_not_decided(sf, vellan)  # the fort's own place stays a fair swap


SPANS = """The Caliph's Reforms
Under Karim (685-705) the state was reorganised. Latin replaced Greek as the language of the courts, and in 696-697 \
he issued new silver coins that bore only Latin writing. A siege of the port of Vessa failed in 717-718, and in 732 \
the caliph's army was defeated near Orlan. The reforms were complete by 740."""


def test_no_blank_on_one_end_of_a_shown_year_span():
    qs = suggest_questions(SPANS).question_set.questions
    prompts = [q.model_dump_json() for q in qs]
    # "in 696-_____": the blank is the next number after the one shown; nothing is asked (set 23's caliphate)
    assert not any(re.search(r"\d[-–]_____|_____[-–]\d", p) for p in prompts), prompts
    assert any("_____" in p and "732" in p for p in prompts) or any("740" in p for p in prompts)


def test_an_instruction_and_a_links_line_are_no_statements():
    qs = suggest_questions(FORT).question_set.questions
    stated = _statements(qs)
    assert not any(s.startswith("Climb") for s in stated), stated
    assert not any("See also" in (q.model_dump_json()) for q in qs)
    assert builders._INSTRUCTION.match("Climb to the north tower, which the engineer designed in 1804.")
    assert builders._INSTRUCTION.match("Then visit the museum, opened in 1874.")
    assert not builders._INSTRUCTION.match("Turn of the century reforms were slow.")
    assert not builders._INSTRUCTION.match("Pass laws were passed in 1952.")
    assert builders._LINKS_LINE.match("See also: Corsa; Dalmar.")


def test_a_cut_keeps_what_the_verb_made_the_named_man():
    facts = read_facts(FORT)
    sf = _sentence(facts, "made its engineer")
    cut = phrasing.paraphrase(facts, sf)
    # was "In 1805 the governor made its engineer, Paul Hendry.": says what the text does not (set 23's Tay Bridge)
    assert cut is None or "a baron" in cut, cut

"""Round 5 of issue 16: accepted answers as a student writes them, hints that match the answer's kind, and no draft
whose answer another draft shows (possessives and context sentences included). Made-up texts only."""

from __future__ import annotations

import types

from question_bank.drafting import builders, select, suggest_questions
from question_bank.drafting.builders import accepted_answers, sure_kind
from question_bank.drafting.facts import folded, read_facts

TUBMAN = (
    "Harriet Tubman led enslaved people north to freedom in the 1850s. She guided them to St. Catharines, a town in "
    "Canada, where many settled. During the Civil War she served the Union Army as a scout and nurse. The Union "
    "needed guides who knew the rivers. At night the travellers followed the North Star to find the way.\n\n"
    "In 1066 William, the ruler of the Duchy of Normandy, invaded England with about 7,000 men. Temujin took the "
    "title Great Khan in 1206 at a meeting of the tribes on the Onon River."
)


def _mention(facts, text):
    for sf in facts.sentences:
        for m in sf.mentions:
            if m.text == text:
                return sf, m
    raise AssertionError(f"no mention {text!r}")


def test_a_name_after_st_is_accepted_with_st_saint_or_without():
    facts = read_facts(TUBMAN)
    sf, m = _mention(facts, "St. Catharines")  # the saint's word is part of the place name (round 6)
    accepted = accepted_answers(facts, sf, m)
    assert {"Catharines", "St. Catharines", "St Catharines", "Saint Catharines"} <= set(accepted)


def test_the_realm_is_accepted_without_its_rank_word_when_no_other_name_holds_it():
    facts = read_facts(TUBMAN)
    sf, m = _mention(facts, "Duchy of Normandy")
    assert "Normandy" in accepted_answers(facts, sf, m)
    both = read_facts(TUBMAN + " Later the Kingdom of Normandy was spoken of by poets.")
    sf, m = _mention(both, "Duchy of Normandy")
    assert "Normandy" not in accepted_answers(both, sf, m)  # the bare name would be two realms


def test_the_union_is_accepted_for_the_union_army_only_when_the_text_writes_it():
    facts = read_facts(TUBMAN)
    sf, m = _mention(facts, "Union Army")
    assert "Union" in accepted_answers(facts, sf, m)
    alone = read_facts(TUBMAN.replace("The Union needed guides", "Generals needed guides"))
    sf, m = _mention(alone, "Union Army")
    assert "Union" not in accepted_answers(alone, sf, m)


def test_a_title_or_a_star_gets_no_kind_hint_and_no_bare_surname():
    facts = read_facts(TUBMAN)
    _sf, khan = _mention(facts, "Great Khan")
    _sf, star = _mention(facts, "North Star")
    _sf, tubman = _mention(facts, "Harriet Tubman")
    assert not sure_kind(khan) and not sure_kind(star) and sure_kind(tubman)
    sf, m = _mention(facts, "Great Khan")
    assert "Khan" not in accepted_answers(facts, sf, m)


def test_the_blank_of_a_title_a_star_or_a_name_after_st_has_no_kind_hint():
    facts = read_facts(TUBMAN)
    for text, hinted in (("Great Khan", False), ("North Star", False), ("St. Catharines", False), ("Harriet Tubman", True)):
        sf, m = _mention(facts, text)
        blanked = sf.text[:m.start] + "_____" + sf.text[m.end:]
        d = builders._short_answer(facts, sf, m, blanked, 0.8, [], {"source": "s", "quote": sf.text}, text)
        assert d is not None
        assert d.question["prompt"].startswith("Fill in the blank (" if hinted else "Fill in the blank: "), text


DARIUS = (
    "The Persian Empire was ruled by King Darius from Persepolis for thirty-six years. He sent an army of 25,000 men across the "
    "sea to punish Athens in 490 BC. The Athenians met it at Marathon with about 10,000 hoplites. Darius's son "
    "Xerxes invaded Greece again ten years later with a far larger army. Xerxes burned Athens in 480 BC before his "
    "fleet was beaten at Salamis."
)


def test_a_possessive_in_a_prompt_shows_the_name_it_is_made_from():
    facts = read_facts(DARIUS)
    sf, m = next((sf, m) for sf in facts.sentences for m in sf.mentions if m.text.endswith("Darius"))
    d = builders._short_answer(facts, sf, m, sf.text[:m.start] + "_____" + sf.text[m.end:], 0.8,
                               [], {"source": "s", "quote": sf.text}, "darius")
    assert d is not None
    seen = select._shown_text(types.SimpleNamespace(question={"prompt": "Darius\u2019s son Xerxes invaded Greece."},
                                                    type="short_answer", memo={}))
    assert any(f" {a} " in seen for a in select._answer_forms(d))
    qs = suggest_questions(DARIUS).question_set.questions
    for q in qs:
        answers = [c.text for c in q.choices if c.correct] if q.type == "multiple_choice" else \
            list(getattr(q, "accepted", None) or [])
        for other in qs:
            if other is not q:
                assert not any(f" {folded(a)} " in f" {folded(other.prompt.replace(chr(39) + 's', ''))} "
                               for a in answers), (q.prompt, other.prompt)


MASK = (
    "The tomb of the young king was found in 1922 in the Valley of the Kings. The burial mask is made of gold and "
    "it weighs about 10 kilograms. It lay on the mummy, inside three coffins set one inside another. The first "
    "coffin was of wood covered with gold leaf. Howard Carter spent ten years emptying the tomb of its 5,000 objects."
)


def test_a_true_false_is_not_kept_beside_a_prompt_that_quotes_its_sentence():
    for text in (MASK, DARIUS, TUBMAN):
        qs = suggest_questions(text).question_set.questions
        for tf in (q for q in qs if q.type == "true_false" and q.answer is False):
            for other in qs:
                if other is not tf:
                    assert folded(tf.correction) not in folded(other.prompt), (tf.prompt, other.prompt)


def test_a_king_of_a_country_is_accepted_by_his_name_and_number_alone():
    facts = read_facts("In 1204 King John lost the Duchy of Normandy to King Philip II of France after a long war.")
    sf, m = _mention(facts, "Philip II of France")
    assert "Philip II" in accepted_answers(facts, sf, m)

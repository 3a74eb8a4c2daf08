"""Round 22 of issue 16 (after the blind ratings of sets 19-21), on made-up texts: a false statement whose
swapped-in value another kept draft shows or asks is made again with another fair swap; a swap never makes one of
an estimate's two numbers odd, a date a count of time fixes, or a made-up date near a hedged one; a count its
listed years give is no blank; and a multiple choice's wrong dates stand on the key's side of the sentence's other
dates (and inside a span of years BC it names)."""

from __future__ import annotations

import re

from question_bank.drafting import builders, distractors, select, suggest_questions, swaps, volume
from question_bank.drafting.distractors import Distractor
from question_bank.drafting.facts import read_facts

EMPRESS = """Empress Marta of Lorn
Marta of Lorn, Empress of Vessia from 1702 to 1741, was born in the town of Kell in 1669.
Her aunt, Queen Hedda, died in January 1702, and Marta took the throne the same month.
In 1711 Marta founded the first school for girls in the capital, Ostra.
Her army took the port of Velm in 1719 after a siege of four months.
In 1725 she called a council of nobles to write new laws, but it never finished its work.
Marta died of a fever in October 1741, and her nephew Karl succeeded her."""


class _Q:
    def __init__(self, question: dict):
        self.question = question


def _questions(result) -> list[_Q]:
    return [_Q(q.model_dump(mode="json")) for q in result.question_set.questions]


def _false_statements(result) -> list[_Q]:
    return [d for d in _questions(result) if d.question.get("type") == "true_false" and d.question.get("answer") is False]


def _shown(d) -> str:
    q = d.question
    parts = [q.get("prompt", ""), q.get("statement", "")] + [c["text"] for c in q.get("choices", ())]
    parts += [i["text"] for i in q.get("items", ())] + [f"{p['left']} {p['right']}" for p in q.get("pairs", ())]
    if q.get("type") == "cloze":
        parts.append(q["evidence"]["quote"])
    return " ".join(parts)


def _swapped_in(d) -> str:
    """The value a false statement puts in place of the text's (its prompt against its correction)."""
    said, true = d.question["prompt"].split(), d.question["correction"].split()
    head = next(i for i, (a, b) in enumerate(zip(said, true, strict=False)) if a != b)
    tail = next(i for i, (a, b) in enumerate(zip(reversed(said), reversed(true), strict=False)) if a != b)
    return " ".join(said[head:len(said) - tail]).strip(".,")


def test_a_false_statement_swaps_in_no_value_another_draft_shows_or_asks():
    result = suggest_questions(EMPRESS)
    false = _false_statements(result)
    assert false, "the text makes false statements"
    drafts = _questions(result)
    for d in false:
        value = _swapped_in(d)
        year = re.search(r"\d{3,4}", value)
        for other in drafts:
            if other.question == d.question:
                continue
            shown = _shown(other)
            assert not re.search(rf"(?<![\w]){re.escape(value)}(?![\w])", shown), (d.question["prompt"], shown)
            if year and year.group(0) not in d.question["correction"]:
                assert year.group(0) not in shown, (d.question["prompt"], shown)


def test_the_empress_death_is_not_swapped_for_her_aunts():
    """"Marta died of a fever in January 1702" beside the aunt's death in January 1702 (set 21's Catherine)."""
    for d in _false_statements(suggest_questions(EMPRESS)):
        if "died of a fever" in d.question["prompt"]:
            assert "1702" not in d.question["prompt"]


def _sentence(facts, words: str):
    return next(sf for sf in facts.sentences if words in sf.text)


def _draft(facts, words: str, type_: str, kind: str = ""):
    sf = _sentence(facts, words)
    return next(d for d in builders.sentence_drafts(facts, sf, {type_}) if d.type == type_ and kind in d.kind)


def test_a_kept_false_statement_is_made_again_when_another_kept_draft_shows_its_value():
    """The death swapped to "January 1702" beside a cite that states the aunt died in January 1702: the statement
    is made again with another fair swap of the same fact, and the other draft stays."""
    facts = read_facts(EMPRESS)
    death = _draft(facts, "died of a fever", "true_false")
    aunt = _draft(facts, "Queen Hedda", "cite")
    assert death.distractors == ["January 1702"] and "January 1702" in aunt.question["statement"]
    kept = select._with_unshown_swaps(facts, [death, aunt])
    assert kept[1] is aunt and kept[0] is not death
    assert kept[0].answer == "October 1741" and "1702" not in kept[0].question["prompt"]
    assert kept[0].question["correction"] == death.question["correction"]
    alone = select._with_unshown_swaps(facts, [death])
    assert alone == [death]  # nothing shows its value: it stays as it was made


def test_a_false_statement_is_made_again_when_another_draft_asks_its_value():
    facts = read_facts(EMPRESS)
    death = _draft(facts, "died of a fever", "true_false")
    asked = _draft(facts, "Queen Hedda", "short_answer", "date")
    assert asked.answer == "January 1702"
    pool = select._with_unasked_swaps(facts, [death, asked])
    assert pool[1] is asked and pool[0] is not death and "1702" not in pool[0].question["prompt"]


LETTER = """London, 10 April 1848
Dear Tom,
The great meeting on Kennington Common is over. William Lovett and his friends drew up the Charter ten years ago, \
in 1838, and the petition was signed by thousands in 1842. The wall of the old fort was about four or five metres \
high. The Mongol fleet came in two attempts, in 1274 and 1281, and both failed. The old king came to the throne \
around 1440 and died in 1473."""


def test_no_swap_of_a_date_a_count_of_time_fixes():
    facts = read_facts(LETTER)
    sf = _sentence(facts, "ten years ago")
    m = next(x for x in sf.dates if x.text == "1838")
    assert not swaps.swap_fits(facts, sf, m, Distractor("1829", "", False))


def test_no_swap_of_one_number_of_an_estimate():
    facts = read_facts(LETTER)
    sf = _sentence(facts, "four or five")
    m = next(x for x in sf.numbers if x.text == "five")
    assert not swaps.swap_fits(facts, sf, m, Distractor("seven", "", False))


def test_a_count_its_listed_years_give_is_given():
    facts = read_facts(LETTER)
    sf = _sentence(facts, "two attempts")
    m = next(x for x in sf.numbers if x.text == "two")
    assert swaps.count_given_by_parts(sf, m)
    assert not swaps.swap_fits(facts, sf, m, Distractor("three", "", False))


def test_no_made_up_date_near_a_hedged_one():
    facts = read_facts(LETTER)
    sf = _sentence(facts, "around 1440")
    m = next(x for x in sf.dates if x.text == "1440")
    assert not builders._fair_swap(facts, sf, m, Distractor("1431", "", False))
    assert builders._fair_swap(facts, sf, m, Distractor("1420", "", False))


ASANTI = """The Kingdom of Tessa
The kingdom of Tessa was founded in 1701 by King Ako, and its capital was Vum.
The British defeated the Tessans in 1874 and burned Vum.
A British governor arrived in 1900, and the king was sent into exile on an island.
The king was allowed to return in 1924, and in 1935 the British restored the kingdom under his nephew.
Tessa joined the new state of Gana when it became independent in 1957."""


def test_date_options_stand_on_the_keys_side_of_the_sentences_other_date():
    facts = read_facts(ASANTI)
    sf = _sentence(facts, "allowed to return")
    m = next(x for x in sf.dates if x.text == "1935")
    options = distractors.date_distractors(facts, sf, m)
    assert len(options) >= 2
    assert all(int(re.search(r"\d{4}", o.text).group(0)) > 1924 for o in options), [o.text for o in options]


PUNIC = """Carthage and Rome
Carthage was founded in 814 BC by settlers from Tyre.
Rome and Carthage fought the First Punic War from 264 to 241 BC.
In the Second Punic War (218-201 BC) Hannibal crossed the Alps and destroyed a Roman army at Cannae in 216 BC.
Rome declared war again in 149 BC, and Carthage fell in 146 BC after a siege of three years."""


def test_bc_year_options_stay_inside_the_span_the_sentence_names():
    facts = read_facts(PUNIC)
    sf = _sentence(facts, "Cannae")
    m = next(x for x in sf.dates if x.text == "216 BC")
    options = volume.bc_year_distractors(facts, sf, m)
    assert options
    assert all(201 < int(o.text.split()[0]) < 218 for o in options), [o.text for o in options]

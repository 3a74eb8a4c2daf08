"""Round 13 (issue 16, set 12's weakest types): false swaps of the frame's kind, trivial facts, the text's own
framing and dates moved onto the wrong clause. Each test drafts a short text written here."""

from __future__ import annotations

import re

from question_bank.drafting import suggest_questions
from question_bank.drafting.api import _check_types, build_candidates
from question_bank.drafting.facts import read_facts


def _drafts(text: str) -> list[dict]:
    return [q.model_dump(mode="json", exclude_none=True) for q in suggest_questions(text).question_set.questions]


def _shown(q: dict) -> str:
    parts = [q.get("prompt", ""), q.get("statement", "")] + [c["text"] for c in q.get("choices", ())]
    if q["type"] == "cloze":
        parts.append(q["evidence"]["quote"])
    return " ".join(parts)


def _statements(qs: list[dict]) -> list[str]:
    """Every statement a student judges: true/false prompts and the choices of "which does the text say?"."""
    out = [q["prompt"] for q in qs if q["type"] == "true_false"]
    out += [c["text"] for q in qs if q["type"] == "multiple_select" for c in q["choices"]]
    return out


TORDESILLAS = """The Treaty of Tordesillas
The Treaty of Tordesillas was an agreement signed on 7 June 1494 by the kingdoms of Castile and Portugal in the town of Tordesillas.
Portugal had led European exploration of the African coast for most of the fifteenth century. Lands to the east of the line would go to Portugal, and lands to the west to Castile. The exact position of the line was never agreed.
In 1500 the Portuguese navigator Pedro Alvares Cabral reached the coast of Brazil on his way to India. Portuguese is the language of Brazil today. Pope Julius II approved the treaty in 1506.
"""


def test_a_crown_swaps_only_for_a_crown():
    # the text calls Castile and Portugal kingdoms: Brazil, a land they found, is no false doer of their deeds
    said = _statements(_drafts(TORDESILLAS))
    assert not [s for s in said if re.search(r"\bBrazil had led\b|\bgo to Brazil\b", s)], said
    # the pair of parallel clauses swapped with each other is a plain falsehood (a candidate the picker weighs)
    facts = read_facts(TORDESILLAS)
    false = [d.question["prompt"] for d in build_candidates(facts, _check_types(None))
             if d.type == "true_false" and d.question["answer"] is False]
    assert "Lands to the east of the line would go to Castile, and lands to the west to Portugal." in false, false
    assert not [s for s in false if re.search(r"\bBrazil had led\b|\bgo to Brazil\b", s)], false


ROME = """The Fall of Rome
In 330 the emperor Constantine founded a new capital, Constantinople, in the east. Defending the long frontiers cost enormous sums.
The army came to depend more and more on Germanic soldiers who were paid to fight for Rome. Heavy taxes drove many farmers off their land.
In 410 the Visigoths under Alaric sacked the city of Rome itself. The Ottoman Turks captured Constantinople in 1453.
"""


def test_no_city_swapped_where_the_frame_takes_a_side():
    said = _statements(_drafts(ROME))
    assert not [s for s in said if "fight for Constantinople" in s], said


VIETNAM = """The End of French Indochina
The French garrison at Dien Bien Phu surrendered on 7 May 1954 after a siege of 57 days. The agreements signed at Geneva in July 1954 divided Vietnam at the 17th parallel.
France withdrew from the region, and within ten years the United States was drawn into a new war in Vietnam. About 58,000 Americans died in that war before it ended in 1975.
"""


def test_within_a_span_is_a_bound():
    # every candidate the picker weighs: no false "within twelve years", and no option a bigger span
    cands = build_candidates(read_facts(VIETNAM), _check_types(None))
    said = [d.question["prompt"] for d in cands if d.type == "true_false"]
    assert not [s for s in said if re.search(r"\bwithin (?!ten\b)\w+ years\b", s)], said
    numbers = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
               "ten": 10, "twelve": 12, "fourteen": 14, "fifteen": 15, "twenty": 20, "thirty": 30}
    asked = [d.question for d in cands if d.type == "multiple_choice" and "within _____ years" in d.question["prompt"]]
    for q in asked:
        wrong = [numbers.get(c["text"], 99) for c in q["choices"] if not c["correct"]]
        assert wrong and all(n < 10 for n in wrong), q  # "within twelve years" would be true as well


DIARY = """A Ride on the First Underground Railway, 1863
Saturday, 10 January 1863. I rose at six and walked to Paddington in the dark. There was already a crowd at the station, and I waited almost half an hour for a ticket. The Metropolitan Railway opened to the public on this day, the first underground railway in the world.
My brother Thomas, who came with me, coughed the whole way and declared that he would never go underground again. The line ran for nearly four miles from Paddington to Farringdon Street, with seven stations.
Sunday, 18 January 1863. I walked along the route with Thomas to look at the cuttings. I think that in ten years every great city will want a railway like ours. About 38,000 passengers rode the line on its first day.
"""


def test_the_writers_kin_guess_and_queue_are_not_asked():
    qs = _drafts(DIARY)
    for q in qs:
        shown = _shown(q)
        answers = [q.get("answer")] + q.get("accepted", []) + [c["text"] for c in q.get("choices", ()) if c["correct"]]
        answers += [g["answer"] for g in q.get("gaps", ())]
        assert "Thomas" not in [a for a in answers if isinstance(a, str)], q
        assert not ("_____ an hour" in shown or "almost _____" in shown), q
        assert "in _____ years every great city" not in shown, q


def test_the_fraction_that_names_a_part_is_not_asked():
    text = """The Roman Empire
In the second century AD the Roman Empire stretched from Britain to Egypt. By 476 its western half had disappeared. In 476 the general Odoacer deposed Romulus Augustulus.
In the first half of the nineteenth century, women in the United States could not vote. The convention met at Seneca Falls in July 1848.
"""
    for q in _drafts(text):
        assert not re.search(r"\bwestern _____|\bfirst _____ of\b", _shown(q)), q


UN = """The United Nations
The Charter of the United Nations was signed in San Francisco on 26 June 1945 by 50 countries. It came into force on 24 October 1945, once China, France, the Soviet Union, Britain and the United States had ratified it.
The Security Council is responsible for peace and security, and its five permanent members, the same five powers named above, can each veto its decisions. The first Secretary-General was Trygve Lie, a Norwegian politician.
"""


def test_no_blank_in_a_long_list_and_no_framing_shown():
    for q in _drafts(UN):
        shown = _shown(q)
        assert not re.search(r"China, _____|_____, the Soviet Union|, _____, Britain|Britain and the _____", shown), q
        assert "named above" not in shown, q


KRAKATOA = """Krakatoa
The volcano of Krakatoa erupted on 27 August 1883 and destroyed most of its island. The sound was heard on the island of Rodrigues, nearly 4,800 kilometres away, where a police chief took it for distant guns.
A farmer who lived about twelve miles away from the harbour of Anjer lost his house and fields. In 1927 a new volcano rose from the sea where Krakatoa had stood. It was named Anak Krakatau in 1928.
"""


def test_far_distance_asked_near_one_not_and_no_date_moved_onto_a_clause():
    qs = _drafts(KRAKATOA)
    shown = [_shown(q) for q in qs]
    assert not [s for s in shown if "about _____ miles away" in s], shown  # a farm's distance: trivial
    # one rule for the builders and the picker: 4,800 km away (where the explosion was heard) may be asked
    assert any("nearly _____ kilometres away" in s for s in shown) or \
        any(q["type"] == "numeric" and q.get("value") == 4800 for q in qs), shown
    said = _statements(qs) + [q.get("statement", "") for q in qs]
    assert not [s for s in said if re.search(r"had stood in 1927", s)], said


ZIMBABWE = """Great Zimbabwe
Great Zimbabwe was the capital of a trading state in southern Africa from about 1100 to 1450. Its stone walls were built without mortar.
In 1871 the German explorer Karl Mauch visited the ruins and claimed that foreigners must have built them. In 1905 the archaeologist David Randall-MacIver showed that they were African work.
The government ordered the families to return to the reservations by 31 January 1876. In January the council closed the new assembly after it had met for a single day.
"""


def test_a_date_is_not_moved_onto_another_clause():
    cands = build_candidates(read_facts(ZIMBABWE), _check_types(None))
    said = [d.question.get("statement") or d.question["prompt"] for d in cands if d.type in ("cite", "true_false")]
    said += [c["text"] for d in cands if d.type == "multiple_select" for c in d.question["choices"]]
    assert not [s for s in said if re.search(r"built them in 1871|^By 31 January 1876,|single day in January", s)], said
    # put back before the clause instead, where it reads as the date of the main verb
    assert any("claimed in 1871 that foreigners" in s for s in said), said


def test_an_adverb_before_opens_no_clause_for_a_moved_date():
    # set 13 (seen after its blind rating): "than ever in October 1962 before in the Cold War" — the date was put
    # inside "than ever before", read as a clause; a clause's "before" still takes it ("in 1927 where Krakatoa …")
    from question_bank.drafting import swaps

    original = "In March 1850 the two towns came closer to open war than ever before in their long quarrel."
    moved = "The two towns came closer to open war than ever before in their long quarrel in March 1850."
    assert swaps.placed_date(original, moved) == moved
    original = "In 1871 the bridge was rebuilt before the river rose again."
    moved = "The bridge was rebuilt before the river rose again in 1871."
    assert swaps.placed_date(original, moved) == "The bridge was rebuilt in 1871 before the river rose again."

"""A "he" is never named as a man the text has just said died (issue 16, after set 8's blind rating: the Saladin
text's "When Shirkuh died …, Saladin took his place. In 1171 he ended the rule of the Fatimid caliphs" was drafted
with "he [Shirkuh]", four drafts of false history). The successor's name was not read as a person's in that
sentence, so the dead uncle looked like the only man in play; a name the text surely gives a person now counts as
one wherever it stands. Made-up texts, not the eval text."""

from __future__ import annotations

import re

from question_bank.drafting import phrasing, suggest_questions
from question_bank.drafting.facts import read_facts

BODY = """Tariq was born in 1120 in the hill town of Mardan. His uncle Kamran was a general in the army of the sultan of Herat.
In 1150 Kamran took Tariq with him on a campaign to the coast. When Kamran died only a month later, Tariq took his place as commander. In 1155 he ended the rule of the old governors and made himself master of the port of Karachi. Over the next ten years he brought much of the coast under his power.
His greatest victory came in 1167 at the river Indus. On 4 May 1170 the city of Multan surrendered to Tariq after a short siege. Unlike the raiders of 1140, he did not burn the city.
The king of Multan, Farid, was held prisoner for two years and then set free. Tariq died in 1175 at Karachi.
"""


def _seen(text: str) -> str:
    """Everything the drafts show a student (prompts, statements, choices, items, cloze text)."""
    shown = []
    for q in suggest_questions(text).question_set.questions:
        d = q.model_dump(mode="json", exclude_none=True)
        shown += [d["prompt"], d.get("statement", "")]
        shown += [c["text"] for c in d.get("choices", [])] + [i["text"] for i in d.get("items", [])]
        if d["type"] == "cloze":
            shown.append(q.shown_text())
    return "\n".join(shown)


def test_the_successor_not_the_dead_uncle_is_he_in_a_biography():
    seen = _seen("Tariq of Sindh\n" + BODY)
    assert "[Kamran]" not in seen and "[Kamran’s]" not in seen
    assert "Kamran ended the rule" not in seen  # the ordering item of 1155
    assert "he [Tariq] brought much of the coast" in seen or "Tariq brought much of the coast" in seen


def test_without_a_subject_in_the_title_the_dead_man_is_not_guessed_either():
    seen = _seen("Wars on the Sindh Coast\n" + BODY)
    assert not re.search(r"\[Kamran(?:’s)?\]|Kamran ended the rule|Kamran brought", seen)


def _named(text: str, opening: str) -> str | None:
    facts = read_facts(text)
    sf = next(x for x in facts.sentences if x.text.startswith(opening))
    ante = phrasing.antecedent(facts, sf)
    return ante.name if ante else None


def test_a_him_after_a_preposition_is_the_man_himself_so_he_stays_named():
    # "did not wait for the raiders to come to him": that "him" is Tariq, no second man is in play
    text = ("Tariq of Sindh\nTariq was born in 1120 in the hill town of Mardan. His uncle Kamran was a general.\n"
            "In 1150 Kamran took Tariq with him on a campaign to the coast. The raiders of the hills attacked the "
            "army there.\nTariq did not wait for the raiders to come to him. In 1160 he marched out of Karachi "
            "with 4,000 men and 30 elephants.\nThe raiders fled north. Tariq died in 1175 at Karachi.\n")
    assert _named(text, "In 1160 he marched") == "Tariq"
    # a "him" the man acts on is another man: then "he" is not guessed to be the one just named
    other = text.replace("Tariq did not wait for the raiders to come to him.", "Kamran made him a captain.")
    assert _named(other, "In 1160 he marched") != "Kamran"


NAMED_AFTER = """Bahram the Builder
Bahram was born in 1520 at Kabul. His father Humayun ruled a small kingdom in the hills.
In 1550 Bahram built a new capital near the home of the holy man Farid Ganj, who had foretold the birth of his son; the prince, born in 1553, was named Farid after him. The city had a great mosque and a school for scholars of every faith.
His closest adviser was Abul Karim, who wrote the history of his reign. Farid, impatient for the throne, came to hate him, and in 1580 Abul Karim was killed on the prince's orders.
Bahram was grief-stricken, but he later forgave his son. When Bahram died at Kabul on 27 October 1585, Farid succeeded him as the emperor Jahan.
"""


def test_a_son_named_after_a_holy_man_is_not_that_holy_man():
    # "was named Farid after him (the holy man Farid Ganj)": every later "Farid" is the son, so no answer about
    # the son accepts the holy man's full name (set 9's Akbar: "Salim Chishti" accepted for the emperor's son)
    facts = read_facts(NAMED_AFTER)
    sons = [m for sf in facts.sentences for m in sf.names if m.text == "Farid"]
    assert len(sons) == 3 and all(m.key == "Farid" and m.kind == "person" for m in sons)
    for q in suggest_questions(NAMED_AFTER).question_set.questions:
        d = q.model_dump(mode="json", exclude_none=True)
        assert "Farid Ganj" not in d.get("accepted", []) or "Farid Ganj" in d["evidence"]["quote"]


OPEN_LIST = """The Coast War
1850. Governor Ramon Ortiz refused to obey the new king and raised an army, the Loyalists. Many towns joined him.
1851. Beaten by Pablo Ruiz, Tomas Vega and the other Loyalist captains, the king's general Luis Mora fled to the islands in July.
1852. The winners then split, Ruiz against Ortiz and Vega. Ortiz became president in 1853.
1855. Ruiz was killed in an ambush on 3 May 1855. Vega became president in 1856 and ruled for ten years.
"""


def test_no_false_statement_swaps_a_person_into_a_list_the_text_leaves_open():
    # "Beaten by Ruiz, Vega and the other Loyalist captains": Ortiz led the Loyalists, so "Beaten by Ortiz, Vega and
    # the other Loyalist captains" is not shown false (set 9's Mexican Revolution: Carranza for Villa)
    for q in suggest_questions(OPEN_LIST).question_set.questions:
        d = q.model_dump(mode="json", exclude_none=True)
        if d["type"] == "true_false" and "the other Loyalist captains" in d["prompt"]:
            assert d["answer"] is True, d["prompt"]
        for c in d.get("choices", []):
            if "the other Loyalist captains" in c["text"] and not c["correct"]:
                raise AssertionError(c["text"])


LETTERS = """Letters from the River War
A note for readers: the River War was fought from 3 March to 9 October 1721. The army's commander, General Sir Roland Vane, kept the war going for seven months. By its end about 40,000 men had been lost, and Vane was blamed for the losses. Anselm is imagined, but his letters are built from the real letters of soldiers on the river.
3 March 1721. We marched at dawn. The river was high and the bridges were down.
9 October 1721. The war is over. Half of my company did not come back.
12 October 1721. We are going home at last, by boat down the river to the sea.
"""


def test_a_his_after_a_name_no_list_knows_is_not_given_to_the_general_before():
    # "Anselm is imagined, but his letters …": the letters are Anselm's, never the general's of the sentence before
    facts = read_facts(LETTERS)
    sf = next(x for x in facts.sentences if x.text.startswith("Anselm is imagined"))
    assert phrasing.late_antecedent(facts, sf)[1] is None
    assert "Vane’s] letters" not in _seen(LETTERS) and "Vane’s letters" not in _seen(LETTERS)

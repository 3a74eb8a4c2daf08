"""Round 21 (issue 16): an "its" after a name of unknown kind that the sentence before defines as a thing ("X was an
old kingdom", "Y is a city"), and a leading "its" after a phrase of time, named. Tested on short texts written for
this file (none copied from an eval set), on drafted output and on the resolver, with cases that must not change."""

from __future__ import annotations

from question_bank.drafting import phrasing, suggest_questions
from question_bank.drafting.facts import read_facts


def _shown(text: str) -> str:
    qs = [q.model_dump(mode="json", exclude_none=True) for q in suggest_questions(text).question_set.questions]
    return " ".join(" ".join([q.get("prompt", ""), q.get("statement", "")] + [c["text"] for c in q.get("choices", [])])
                    for q in qs)


def _sentence(facts, start: str):
    return next(sf for sf in facts.sentences if sf.text.startswith(start))


TARVASH = """The Kingdom of Tarvash

Tarvash was a small kingdom on the river Oltan, east of the great desert, in a land of salt lakes. For more than six hundred years its kings ruled from two capitals in turn: first Dunmor, then Essak. The salt trade made Tarvash rich. In 812 the kings moved the court to Essak after a long drought. Traders from the coast brought glass, wine and copper to its markets. The last king, Oren the Younger, died in 1094, and his lands were divided among four lords.

Velmora is a town in the hills of the north, built beside a lake called the Mirror. In the twelfth and thirteenth centuries its wool made the town rich, and its fairs drew merchants from far away. Velmora was burned by raiders in 1311, and Velmora never recovered.
"""


def test_an_its_after_a_defined_name_is_named():
    facts = read_facts(TARVASH)
    kings = phrasing.thing_antecedent(facts, _sentence(facts, "For more than six hundred years"))
    wool = phrasing.thing_antecedent(facts, _sentence(facts, "In the twelfth and thirteenth"))
    assert kings is not None and kings.name == "Tarvash" and kings.pronoun == "its"
    assert wool is not None and wool.name == "Velmora"
    shown = _shown(TARVASH)
    assert "years its kings" not in shown, shown


def test_no_naming_without_a_definition_or_past_a_named_rival():
    facts = read_facts(TARVASH)
    # the sentence before opens with a date, not with the name it would define: no one thing to name
    assert phrasing.thing_antecedent(facts, _sentence(facts, "Traders from the coast")) is None
    text = """Trade on the River

Dunmor was a rival of the kings of Essak and of the lords of the hills. For more than two hundred years its merchants sold salt in the lowland towns.
"""
    facts = read_facts(text)
    # "a rival" is no thing's noun: the name's kind stays unknown and the "its" unnamed
    assert phrasing.thing_antecedent(facts, _sentence(facts, "For more than two hundred")) is None
    text = """Salt Towns

Essak was a town on the river Oltan. In 900 Dunmor, its rival, burned the harbour.
"""
    facts = read_facts(text)
    assert phrasing.thing_antecedent(facts, _sentence(facts, "In 900 Dunmor")) is None

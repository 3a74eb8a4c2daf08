"""Round 23, second pronoun pass (issue 16): the names and nouns of a sentence's leading prepositional phrase name no
"it"/"its"/"they"/"their" that opens its main clause ("During the Great War its lamp was put out", "Contrary to a
popular belief, it cannot be seen"); and a shown text that
opens on "In return"/"In exchange" (no "for") or says "the other way" is left out; "such a storm" with no storm
before it points back. Short texts written for this
file (none copied from an eval set), with cases that must not change."""

from __future__ import annotations

from question_bank.drafting import suggest_questions
from question_bank.drafting.facts import read_facts
from question_bank.drafting.referents import unnamed_in

LIGHT = """The Harrow Lighthouse

The Harrow Lighthouse stands on a rock off the coast of Dornmark. It was built of granite in 1820 by the engineer Tomas Brell. During the Great War its lamp was put out for four years. In 1931 the keepers left, and an electric lamp was fitted. Contrary to a popular belief, it cannot be seen from the island of Skarn.
"""

TREATY = """The Treaty of Orsk

In 1702 the kingdom of Varnland gave up the valley of Orsk to the duchy of Brelle. In return the duchy paid 40,000 silver marks to the king. The duke's envoy Pieter Holm carried the money to the capital in a single wagon. In return for the river mills, the duke also sent 300 horses to the king. The salt trade moved the other way, from Orsk to the coast, and made the valley rich.
"""


def _gate(text: str, sentence: str, blanks: list[str] | None = None) -> str | None:
    return unnamed_in(sentence, "", read_facts(text), blanks)


def test_a_leading_phrase_names_no_it_after_it():
    assert _gate(LIGHT, "During the _____ its lamp was put out for four years.", ["thing"]) == "its"
    assert _gate(LIGHT, "During the Great War its lamp was put out for four years.") == "its"
    assert _gate(LIGHT, "Contrary to a popular belief, it cannot be seen from the island of _____.", ["thing"]) == "it"
    # a noun of the main clause, or one after the phrase's comma, still names it
    assert _gate(LIGHT, "During the Great War the lighthouse lost its lamp.") is None
    assert _gate(LIGHT, "In 1931, the lighthouse lost its keepers.") is None
    # a phrase that may hold a clause is no leading phrase of this kind
    assert _gate(LIGHT, "In 1820 the tower was built, and its lamp was lit in 1824.") is None


def _shown(text: str) -> list[str]:
    out = []
    for q in suggest_questions(text).question_set.questions:
        d = q.model_dump(mode="json", exclude_none=True)
        out.append(" ".join([d.get("prompt", ""), d.get("statement", "")] + [c["text"] for c in d.get("choices", [])]
                            + [d["evidence"]["quote"]] * (d["type"] == "cloze")
                            + [i["text"] for i in d.get("items", [])]))
    return out


def test_in_return_without_for_and_the_other_way_are_left_out():
    shown = _shown(TREATY)
    assert not any("In return the duchy" in s for s in shown), shown
    assert not any("the other way" in s for s in shown), shown
    # "In return for …" says for what: still drafted
    assert any("In return for the river mills" in s for s in shown), shown


def test_such_a_noun_points_back_unless_it_is_said_before():
    assert _gate(LIGHT, "The keeper Anna Roos wrote that such a storm had never before struck the coast.") == "such a storm"
    # the noun said before it, a degree ("such a long time") or a noun the sentence says after ("as", "that")
    assert _gate(LIGHT, "A storm struck the coast in 1820; such a storm had never been seen.") is None
    assert _gate(LIGHT, "It took such a long time to build the tower on the rock.") is None
    assert _gate(LIGHT, "Such a storm that the lamp went out came in 1820.") is None

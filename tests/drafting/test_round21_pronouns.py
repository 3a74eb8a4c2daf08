"""Round 21 (issue 16): "the two men" named by the two people the sentence before names, and "they" after a
sentence whose subject is a counted plural ("The five cities are …"). Short texts written for this file (none
copied from an eval set), on drafted output and on the resolver, with cases that must not change."""

from __future__ import annotations

from question_bank.drafting import api, phrasing, suggest_questions
from question_bank.drafting.facts import read_facts


def _shown_all(text: str) -> list[str]:
    out = []
    for q in suggest_questions(text).question_set.questions:
        d = q.model_dump(mode="json", exclude_none=True)
        out.append(" ".join([d.get("prompt", ""), d.get("statement", "")] + [c["text"] for c in d.get("choices", [])]))
    return out


def _sentence(facts, start: str):
    return next(sf for sf in facts.sentences if sf.text.startswith(start))


WORKSHOP = """The Lamp Makers

Anton Weller was born in 1856 in Basel, the son of a clockmaker. In 1881 Weller went to work in Paris for the inventor Marius Degrange, who promised him a bonus of 5,000 francs for a better lamp. The two men quarrelled in 1884, and Weller left to start his own workshop in Lyon. Weller's lamp company soon employed 300 workers in Lyon and Geneva. In 1890 the city of Lyon lit its main streets with Weller lamps. Weller died in Geneva in 1921.
"""


def _candidates_on(text: str, phrase: str) -> list[str]:
    """What the drafted candidates (before the pick, held ones included) show of the sentences with ``phrase``."""
    facts = read_facts(text)
    ungated: list = []
    api.build_candidates(facts, api._check_types(None), ungated)
    out = []
    for d in ungated:
        shown = d.question.get("prompt", "") + " " + d.question.get("statement", "")
        if phrase in d.question.get("evidence", {}).get("quote", ""):
            out.append(shown)
    return out


def test_the_two_men_are_named_by_the_two_people_before():
    shown = _candidates_on(WORKSHOP, "The two men")
    named = [s for s in shown if "The two men [Weller and Degrange]" in s or "are Weller and Degrange" in s]
    assert len(named) >= 3, shown
    # a draft whose answer is one of the two is not named (the name would give it away)
    assert all("[Weller and Degrange]" not in s for s in shown if "_____ left" in s), shown


def test_the_two_men_stay_unnamed_beside_three_people():
    text = WORKSHOP.replace("for the inventor Marius Degrange,", "for the inventor Marius Degrange and his partner "
                            "Louis Ferrand,")
    shown = _candidates_on(text, "The two men")
    assert shown and all("[" not in s.split("The two men")[1][:3] for s in shown if "The two men" in s), shown


LEAGUE = """The League of the North

The league was founded at Varn in 1402 to protect the merchants of the northern coast. The five cities are Varn, Dorn, Eskel, Hallin and Mora. Together they had more than 80,000 people in 1450. The league kept a fleet of twenty ships to guard the sea roads.
"""


def test_they_after_a_counted_plural_subject_is_named():
    facts = read_facts(LEAGUE)
    ante = phrasing.thing_antecedent(facts, _sentence(facts, "Together they"))
    assert ante is not None and ante.name == "the five cities" and ante.pronoun == "they"
    for s in _shown_all(LEAGUE):
        if "80,000" in s or "_____ people" in s:
            assert "Together they have" not in s or "the five cities" in s, s


def test_they_after_a_plural_that_is_no_subject_stays_unnamed():
    text = LEAGUE.replace("The five cities are Varn, Dorn, Eskel, Hallin and Mora.",
                          "The five cities sent envoys to Varn, and the envoys were merchants.")
    facts = read_facts(text)
    assert phrasing.thing_antecedent(facts, _sentence(facts, "Together they")) is None

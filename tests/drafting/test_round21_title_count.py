"""Round 21 (issue 16): a count the title line gives ("Five Cities Sign a League at Varn") is not asked, neither as
a blank nor as a false statement's swapped count; a count the title does not give stays. Short texts written for
this file (none copied from an eval set), on drafted output."""

from __future__ import annotations

from question_bank.drafting import suggest_questions, worth
from question_bank.drafting.facts import read_facts


def _questions(text: str) -> list[dict]:
    return [q.model_dump(mode="json", exclude_none=True) for q in suggest_questions(text).question_set.questions]


LEAGUE = """Five Cities Sign a League at Varn

VARN, 3 May 1402. The mayors of five northern cities met today in the great hall of Varn and signed a league to protect their merchants. The league will keep a fleet of twenty ships to guard the sea roads. Each city will pay a tenth of its customs into a common chest kept at Varn. The league must now be sworn by the councils of all five cities before the autumn fair. The mayor of Dorn, Alric Haven, said that the league would end the piracy of thirty years.
"""


def test_a_count_the_title_gives_is_not_asked():
    facts = read_facts(LEAGUE)
    assert worth.title_counts(facts) == {5}
    qs = _questions(LEAGUE)
    for q in qs:
        shown = " ".join([q.get("prompt", ""), q.get("statement", ""), q.get("correction", "")])
        if "cities" in shown and q["type"] in ("true_false", "multiple_choice", "numeric", "short_answer"):
            # the count of cities is the title's: neither a blank on it nor a swap of it
            assert "_____ northern cities" not in shown and "_____ cities" not in shown, q
            assert not (q["type"] == "true_false" and q.get("answer") is False and "five" in q.get("correction", "")
                        and "five" not in q["prompt"]), q
    # a count the title does not give is still asked (the twenty ships, or another fact of the text)
    assert qs, "the text still drafts"


def test_no_title_count_without_a_number_in_the_title():
    text = LEAGUE.replace("Five Cities Sign a League at Varn", "A League Signed at Varn")
    assert worth.title_counts(read_facts(text)) == set()
    text = LEAGUE.replace("Five Cities Sign a League at Varn", "The League of Varn, 1402")
    assert worth.title_counts(read_facts(text)) == set()  # a year is no count

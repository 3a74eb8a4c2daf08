"""Round 21 (issue 16): no blank on the rest of a body's name cut at its "and" ("the European Salt and _____",
keyed "Fish Community"); a pair of names joined by "and" still gives a blank. Short texts written for this file."""

from __future__ import annotations

from question_bank.drafting import builders
from question_bank.drafting.facts import read_facts

TRADE = """The Salt Trade of Varn

In 1402 the merchants of Varn founded the European Salt and Fish Community, which sold salt along the coast. The company was led by Alric Haven and Mora Lind, who had sailed to Eskel in 1398. By 1450 the company had twenty ships and offices in five cities.
"""


def test_no_blank_on_a_name_cut_at_its_and():
    facts = read_facts(TRADE)
    sf = facts.sentences[0]
    cut = [m for m in sf.names if m.text == "Fish Community"]
    assert cut, [(m.text, m.kind) for m in sf.names]  # the reader cuts the name at its "and"
    for m in cut:
        assert not builders.answerable(sf, m), m
    led = facts.sentences[1]
    pair = [m for m in led.names if m.text in ("Mora Lind", "Lind")]
    assert pair and any(builders.answerable(led, m) for m in pair), [(m.text, m.kind) for m in led.names]

"""Round 12 of issue 16 (cloze and ordering): a cloze passage that leaves unsaid whom or what a pronoun inside it
means ("its silver mines", "its arrival"), or that speaks of the writer's own place and day ("Here", "this
afternoon"), is not built; the sentence gets its next best draft. Every text here is made up."""

from __future__ import annotations

import pytest

from question_bank.drafting.cloze import cloze_drafts
from question_bank.drafting.facts import read_facts

TEXT = ("The Duchy of Marrow\n\n"
        "Duke Anselm Varro ruled the Duchy of Marrow from the town of Holt. In 1620 a group of nobles from "
        "Brenning formed a plot to kill him in the cathedral of Holt. In 1624 two merchants bought the "
        "rights to its silver mines at Astley for 4,000 florins. Here, from 1630 onwards, the guild of Holt met "
        "every spring with the merchants of Lisbon. In 1632 Duke Anselm Varro gave his silver mines at Astley to "
        "the guild of Holt. In 1633 three ships of Lisbon reached the harbour of Holt. Governor Tobias Brenning "
        "refused to let them leave without paying a toll. In 1641 the town of Astley lost its charter to "
        "the city of Lisbon.\n")


def _cloze(words: str):
    facts = read_facts(TEXT)
    sf = next(sf for sf in facts.sentences if words in sf.text)
    return cloze_drafts(facts, sf)


@pytest.mark.parametrize("words", ["the rights to its silver mines", "Here, from 1630",
                                   "refused to let them leave"])
def test_a_cloze_that_leaves_a_pronoun_or_the_writers_here_unsaid_is_not_built(words: str) -> None:
    assert _cloze(words) == []


@pytest.mark.parametrize("words", ["gave his silver mines", "lost its charter"])
def test_a_cloze_whose_pronoun_its_own_sentence_names_is_built(words: str) -> None:
    assert _cloze(words)

"""Round 24 (issue 16, helper fix24b, finished by the lead): a matching pair must describe that very thing. An aside
after a preposition's object may describe the clause's subject ("The Assembly met in the church at Jamestown, the
first elected law-making body": the body is the Assembly, not Jamestown), and a description cut before its relative
clause is torn. Made-up texts, no eval text."""

from __future__ import annotations

from question_bank.drafting import builders
from question_bank.drafting.facts import read_facts

COLONY = """The Colony of Marden
Marden was founded in 1610 by the Western Trading Company, a joint-stock company to which the king gave a charter. \
In 1615 the settlers' council met in the chapel at Marden, the first elected law-making body in the region. \
Welcome to Fort Hale, the oldest stone fort on the river."""


def _things(text: str) -> dict[str, tuple[str, bool]]:
    facts = read_facts(text)
    return {r.person.text: (r.text, builders._apposition_unsure(sf, r))
            for sf in facts.sentences for r in sf.roles if r.person.kind != "person" and r.pattern == "apposition"}


def test_an_aside_after_a_prepositions_object_is_not_paired():
    things = _things(COLONY)
    # Marden would be matched to "the first elected law-making body": false history (set 23's Jamestown)
    assert things.get("Marden", ("", True))[1] is True, things


def test_a_torn_description_is_not_paired():
    things = _things(COLONY)
    assert things["Western Trading Company"] == ("a joint-stock company to", True), things
    assert builders._TORN_END.search("a joint-stock company to")


def test_a_greeting_or_a_subject_keeps_its_aside():
    things = _things(COLONY)
    # "Welcome to Fort Hale, the oldest stone fort": no clause before, so the aside can only be the fort's own
    assert things.get("Fort Hale", ("", True))[1] is False, things

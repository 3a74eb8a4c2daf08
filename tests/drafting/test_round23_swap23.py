"""Round 23 (issue 16, helper swap23): false statements that are false on sight or keep a time the student cannot
place, and blanks on a place every student fills without the text. Made-up texts, no eval text."""

from __future__ import annotations

import re

from question_bank.drafting import api, builders, swaps, worth
from question_bank.drafting.distractors import Distractor
from question_bank.drafting.facts import read_facts

COLONY = """The End of the Colony
Algeria was a French colony for more than a century, and many French settlers lived there. In 1954 a war for \
independence began in Algeria. France sent half a million soldiers. The war ended in 1962, when Algeria became \
independent. Most of the settlers left for France within months, and in 1963 Ahmed Ben Bella became the first \
president of independent Algeria. Lands to the east of the river would go to France, and lands to the west to \
Algeria."""


def _candidates(text: str):
    facts = read_facts(text)
    return facts, api.build_candidates(facts, api._check_types(None))


def _sentence(facts, words: str):
    return next(sf for sf in facts.sentences if words in sf.text)


def test_two_names_swap_with_each_other_only_in_the_same_frame():
    facts = read_facts(COLONY)
    # "left for France ..., and ... president of independent Algeria" the other way round is false on sight
    # (settlers of Algeria leaving for Algeria), so no exchange (set 22's Algerian War, rated a nonsense swap)
    assert swaps.exchange_pair(facts, _sentence(facts, "Most of the settlers")) is None
    # "would go to France, and lands to the west to Algeria": the same "to" before each, parallel clauses
    pair = swaps.exchange_pair(facts, _sentence(facts, "Lands to the east"))
    assert pair is not None and {pair[0].text, pair[1].text} == {"France", "Algeria"}


SAHEL = """The Kingdoms of the Sahel
The Mali Empire was the greatest power of the western Sahel in the fourteenth century. The Kanem Empire lay far to \
the east, near Lake Chad. In the fourteenth century Gao was ruled by the Mali Empire, but as Mali grew weaker the \
Songhai won their independence. The Songhai Empire grew rich on the trade in gold and salt."""


def test_a_swap_never_puts_in_a_name_whose_own_word_the_sentence_already_has():
    facts = read_facts(SAHEL)
    sf = _sentence(facts, "Gao was ruled")
    m = next(x for x in sf.mentions if x.text == "Mali Empire")
    songhai = _sentence(facts, "grew rich")
    other = next(x for x in songhai.mentions if x.text == "Songhai Empire")
    kanem = next(x for x in _sentence(facts, "far to").mentions if x.text == "Kanem Empire")
    # "ruled by the Songhai Empire, but ... the Songhai won their independence": false by its own words (set 18)
    assert not swaps.swap_fits(facts, sf, m, Distractor("Songhai Empire", "", True, other, songhai.index))
    assert swaps._own_word_named_again("Israel", "Syria", "above all with | , whose guns fired on Israeli farms")
    # another realm the sentence does not name stays a fair swap
    assert swaps._own_word_named_again("Kanem Empire", "Mali Empire", sf.text[:m.start] + " | " + sf.text[m.end:]) \
        is False
    assert kanem.text == "Kanem Empire"


ELECTION = """The Election of 1918
In December 1918 a general election was held across the kingdom. In Ireland the new party won 73 of the 105 seats, \
and the old party kept only 6. The new party's members refused to sit in London and met in Dublin in 1919."""


def test_a_number_swap_keeps_the_part_below_its_whole():
    facts = read_facts(ELECTION)
    sf = _sentence(facts, "73 of the 105")
    whole = next(x for x in sf.mentions if x.value == 105)
    part = next(x for x in sf.mentions if x.value == 73)
    # "won 73 of the 52 seats" is impossible on sight (set 20's Irish election); "of the 210 seats" is fair
    assert swaps._part_exceeds_whole(sf, whole, Distractor("52", "", False))
    assert not swaps._part_exceeds_whole(sf, whole, Distractor("210", "", False))
    assert swaps._part_exceeds_whole(sf, part, Distractor("120", "", False))
    assert not swaps._part_exceeds_whole(sf, part, Distractor("40", "", False))


TAXES = """The Quarrel over Taxes
In 1765 Parliament passed the Stamp Act, a tax on printed paper in the colonies. The colonists refused to buy the \
stamps, and merchants in Boston and New York stopped buying British goods. The Stamp Act was repealed the following \
year. In 1767 the Townshend Acts put new taxes on glass, paint, paper and tea. Soldiers arrived in Boston in 1768. \
In 1770 the soldiers killed five people in the Boston Massacre, and at the time most of the taxes were repealed. \
The Tea Act followed in 1773."""


def test_a_true_false_statement_keeps_no_time_it_counts_from_a_sentence_not_shown():
    assert builders.unplaced_time("The Stamp Act was repealed the following year.")
    assert builders.unplaced_time("Sun was in the United States at the time and read of the revolt.")
    assert builders.unplaced_time("On the same day two policemen were shot dead at Soloheadbeg.")
    assert builders.unplaced_time("Soviet tanks entered Budapest but withdrew at the end of the month.")
    # placed by a year before it in the statement, or counted from the statement's own events
    assert not builders.unplaced_time("In 1770 the soldiers killed five people, and at the time most taxes went.")
    assert not builders.unplaced_time("Carloman died in December 762, and the following year Charles ruled alone.")
    assert not builders.unplaced_time("Reno and Benteen held out on the hills until the next day.")
    # among all the candidates, before the pick: "The Tea Act was repealed the following year" (set 11) is gone
    tf = [d.question["prompt"] for d in _candidates(TAXES)[1] if d.question["type"] == "true_false"]
    assert tf and not any("the following year" in p for p in tf), tf


GAMES = """The Games of the Valley
The Valley Games were held every four years from 1896 at the town of Arden in Portugal. In 1936 a young runner \
came in with the torch that had been carried all the way from Olympia in Greece, and lit the flame. Over four \
thousand athletes from forty nations took part. The town of Arden lay along the river Tejo in south-west Europe, \
and its stadium held 60,000 people. The games ended in 1984, when the stadium burned down."""


def test_a_blank_never_asks_only_the_land_that_holds_a_place_named_just_before():
    facts, drafts = _candidates(GAMES)
    located = [d for d in drafts if re.search(r"Olympia in _____|south-west _____", d.question.get("prompt", ""))]
    assert len(located) == 2
    for d in located:
        # "from Olympia in _____" (Greece), "in south-west _____" (Europe): filled without the text (set 20)
        assert worth.worth(facts, d)[0] == worth.NOT_WORTH, d.question["prompt"]
    # the place a deed is done stays worth asking ("held ... at the town of _____")
    assert any(worth.worth(facts, d)[0] == 0 for d in drafts if d.kind in ("place", "country"))
    assert worth._CONTINENT_PART.search("lay along the Nile in north-east ")
    assert worth._CONTINENT_PART.search("from the heart of ")
    assert not worth._CONTINENT_PART.search("the first cause was the war in ")


FORT = """The Fort on the Hill
In 1874 the army of the coast burned the fort on the hill and marched home. Twenty-two years later the army \
returned, took the fort without a fight and sent its chief Oben into exile on an island. The old city was \
destroyed in 146 BC. A century later Julius Caesar planned a new city on the site."""


def test_a_lead_counted_in_a_hyphenated_number_or_in_centuries_is_a_relative_date():
    facts = read_facts(FORT)
    # "Twenty-two years later" after "In 1874": 1896, as "Two years later" always was (set 21's Asante)
    back = _sentence(facts, "Twenty-two years later")
    lead = builders.absolute_lead(facts, back)
    assert lead is not None and "1896" in lead[2]
    # "A century later" after a year BC: no year to give, so the sentence leans on the one before (set 21's Carthage)
    assert builders.relative_date(facts, _sentence(facts, "A century later"))

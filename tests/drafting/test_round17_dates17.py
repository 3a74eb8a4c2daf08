"""Issue 16, round 17 (dates17): a date's year, and a year's preposition, in every draft type.

Each test fails without its rule. Made-up texts only; none is copied from an eval set."""

from __future__ import annotations

from pathlib import Path

import evalkit

from question_bank.drafting.builders import BLANK, _cloze_prompt, _true_false, sentence_quality
from question_bank.drafting.facts import read_facts
from question_bank.drafting.phrasing import statement_text

#: a chronicle whose paragraphs open "YEAR: " (set 17's Long March had this shape)
HARBOUR = (
    "The Harbour Town of Wexley, Year by Year\n\n"
    "1761: The merchants of Wexley build a new stone pier on the river Tamm. In May a storm breaks the old wooden "
    "jetty beside Orford Point and sinks eleven fishing boats.\n\n"
    "1764: The town council of Wexley opens a customs house beside the pier. At the end of June the first ships "
    "from Lisbon unload wine and salt at the new quay. In the same year the merchant Thomas Brande builds "
    "a rope works on the marsh.\n\n"
    "1770: Fire destroys the customs house and forty houses near the quay.\n"
)

#: a chronicle with bare heading lines ("1483."), as set 14's Wars of the Roses
CASTLE = (
    "Castle Ardley, Year by Year\n\n"
    "1480. Lady Anne Coyle rebuilds the gatehouse of Castle Ardley in stone.\n\n"
    "1483. Sir Hugh Marlow dies on 9 April at Castle Ardley. His nephew Robert Marlow takes the castle and "
    "the lands around it.\n\n"
    "1490. On 2 June the bishop of Exford buys the castle from Robert Marlow for a thousand pounds.\n"
)


def _sentence(facts, start: str):
    for sf in facts.sentences:
        if sf.text.startswith(start):
            return sf
    raise AssertionError(f"no sentence opens {start!r}")


def _blank(facts, sf, words: str) -> str:
    at = sf.text.index(words)
    return _cloze_prompt(sf, [(at, at + len(words))], None, facts)


def _tf(facts, sf):
    q_score, notes, ante = sentence_quality(facts, sf)
    return _true_false(facts, sf, q_score, notes, ante, {})


def test_a_list_entry_year_takes_in_not_on():
    # set 17's "On 1934, Chiang begins a fifth campaign", set 16's "On 1500, the monarchs send …"
    assert statement_text("1761: The merchants of Wexley build a new stone pier.") == \
        "In 1761, the merchants of Wexley build a new stone pier."
    assert statement_text("4 May 1761: The merchants build a pier.") == "On 4 May 1761, the merchants build a pier."


def test_a_list_entry_year_joins_the_month_the_entry_opens_with():
    # set 16's "On 1493, in January the army …": "In January 1493 the army …"
    assert statement_text("1493: In January the army takes the town.") == "In January 1493 the army takes the town."
    assert statement_text("1621: On March 16 a man walks into the camp.") == \
        "On March 16, 1621 a man walks into the camp."


def test_a_year_colon_paragraph_opening_heads_its_paragraph():
    # set 17's "In April Nationalist troops …", "At the end of November", "On 29 May" without the entry's year
    facts = read_facts(HARBOUR)
    prompt = _blank(facts, _sentence(facts, "In May a storm"), "Orford Point")
    assert prompt.startswith(f"In May 1761 a storm breaks the old wooden jetty beside {BLANK}")
    prompt = _blank(facts, _sentence(facts, "At the end of June"), "Lisbon")
    assert prompt.startswith("At the end of June 1764 the first ships")


def test_in_the_same_year_under_a_heading_is_the_heading_year():
    # set 17's "In the same year the American journalist Edgar Snow publishes …" under "1937: …"
    facts = read_facts(HARBOUR)
    prompt = _blank(facts, _sentence(facts, "In the same year"), "Thomas Brande")
    assert prompt.startswith(f"In 1764 the merchant {BLANK} builds")


def test_a_true_false_quote_reaches_back_to_a_bare_heading_line():
    # set 14's (seen) "Henry VII dies on 9 April" gave no year: "In 1483, … dies on 9 April", the quote from "1483."
    text = (Path(__file__).parent / "eval_texts_14" / "wars-of-the-roses-year-by-year.txt").read_text(encoding="utf-8")
    blocks = [b for _, b in evalkit.dump_text(text) if "dies on 9 April" in b and "true_false" in b]
    assert len(blocks) == 1
    assert "true_false: In 1483, Henry VII dies on 9 April." in blocks[0]
    assert "quote: 1483. Edward IV dies on 9 April." in blocks[0]


def test_no_true_false_whose_day_or_month_loses_its_heading_year():
    # set 17's (seen) true/false "In April Nationalist troops … in Zunyi": its quote is the sentence alone, which
    # cannot show 1927, so the sentence goes to a type that shows the year ("In April 1927 … in _____")
    text = (Path(__file__).parent / "eval_texts_17" / "long-march-year-by-year.txt").read_text(encoding="utf-8")
    firsts = [b.split("\n")[0] for _, b in evalkit.dump_text(text) if "their allies kill thousands" in b.split("\n")[0]]
    assert firsts
    assert all("April 1927" in line for line in firsts), firsts
    assert not any("true_false" in line for line in firsts)


#: a report with its dateline, as set 17's Suez report ("At eight o'clock this morning …")
LAUNCH = (
    "The Launch of the Ship Albion\n\n"
    "PORTLEY, 12 March 1851. At nine o'clock this morning the new steamship Albion slid into the river Mere before "
    "a crowd of some 3,000 people. The ship was built in eighteen months by the yard of Hale and Sons.\n"
)


def test_an_hour_before_the_writers_day_takes_the_datelines_day():
    # "At eight o'clock this morning": the student does not have the report's day (set 17's Suez)
    facts = read_facts(LAUNCH)
    prompt = _blank(facts, _sentence(facts, "At nine o'clock"), "3,000")
    assert prompt.startswith("At nine o'clock on the morning of 12 March 1851 the new steamship Albion")

"""The grading tables (tests/grading/*.json): answers a teacher would accept or reject, over five texts.

The DEVELOPMENT tables (Korean War, Berlin Airlift) are what the rules were tuned on; the EVALUATION
tables (Cuban Missile Crisis; eval2_*: Hanseatic League, fur-trade rivalry) were written and rated
before any tuning. The answers the rules still get wrong are listed in KNOWN_MISSES (strict xfail: the
test fails when one starts to pass, so the list stays true) and in docs/grading.md.
"""

from __future__ import annotations

import pytest
from gradingtables import TABLE_FILES, cases, load_table, run

from question_bank.validation import check_set

KNOWN_MISSES = {
    # "Deutsche Mark" typed as one word: two edits (a joined space and a dropped "e"); the typo rule stays at one
    "dev_berlin_airlift:currency:accept:Deutschmark",
    # the text never names him by surname alone, nor with a title next to his name ("the Soviet ambassador in
    # Washington, Anatoly Dobrynin"), so "Dobrynin" alone is not derived from the text
    "eval_cuban_missile_crisis:dobrynin:accept:Dobrynin",
    # --- unseen tables of December 2026 (eval2_*), misses at their first run, left as they were ---
    # Fur trade rivalry, right answers marked wrong:
    # words the text puts after the name elsewhere ("King Charles II of England"): the realm is not in the key's phrase
    "eval2_fur_trade_rivalry:charter-king:accept:Charles II of England",
    # a ruler's number written as an ordinal word ("the Second") is not read as "II"
    "eval2_fur_trade_rivalry:charter-king:accept:Charles the Second",
    "eval2_fur_trade_rivalry:charter-king:accept:King Charles the Second",
    # the key "Prince Rupert of the Rhine" is read as one name with "of": every word is needed, so no short form
    "eval2_fur_trade_rivalry:first-governor:accept:Prince Rupert",
    "eval2_fur_trade_rivalry:first-governor:accept:Rupert of the Rhine",
    "eval2_fur_trade_rivalry:first-governor:accept:Rupert",
    "eval2_fur_trade_rivalry:first-governor:accept:prince rupert",
    # surname alone: the text never writes it alone nor with a title beside it (the Dobrynin rule)
    "eval2_fur_trade_rivalry:mctavish:accept:McTavish",
    "eval2_fur_trade_rivalry:mctavish:accept:Mctavish",
    "eval2_fur_trade_rivalry:hearne:accept:Hearne",
    "eval2_fur_trade_rivalry:mackenzie:accept:Mackenzie",
    "eval2_fur_trade_rivalry:fraser:accept:Fraser",
    "eval2_fur_trade_rivalry:thompson:accept:Thompson",
    "eval2_fur_trade_rivalry:grant:accept:Grant",
    "eval2_fur_trade_rivalry:simpson:accept:Simpson",
    # a title the text never puts beside him ("George Simpson, a short and tireless Scot ... its new governor")
    "eval2_fur_trade_rivalry:simpson:accept:Governor Simpson",
    # a short form of a first name ("Sam" for Samuel) is not read
    "eval2_fur_trade_rivalry:hearne:accept:Sam Hearne",
    # "Lake" is not a generic word that may be left out ("Superior" alone)
    "eval2_fur_trade_rivalry:superior:accept:Superior",
    # "Ocean" may be added to a sea's adjective, not left out of the key ("the Arctic")
    "eval2_fur_trade_rivalry:arctic:accept:the Arctic",
    # the text's own words around the name ("the surveyor David Thompson"): "surveyor" is not a title
    "eval2_fur_trade_rivalry:thompson:accept:the surveyor David Thompson",
    # the key "Thomas Douglas, 5th Earl of Selkirk" is read as one phrase needing every word; no name or title short form
    "eval2_fur_trade_rivalry:selkirk:accept:Lord Selkirk",
    "eval2_fur_trade_rivalry:selkirk:accept:Selkirk",
    "eval2_fur_trade_rivalry:selkirk:accept:the Earl of Selkirk",
    "eval2_fur_trade_rivalry:selkirk:accept:Thomas Douglas",
    "eval2_fur_trade_rivalry:selkirk:accept:Earl of Selkirk",
    "eval2_fur_trade_rivalry:selkirk:accept:Thomas Douglas, Earl of Selkirk",
    "eval2_fur_trade_rivalry:selkirk:accept:the 5th Earl of Selkirk",
    "eval2_fur_trade_rivalry:selkirk:accept:Fifth Earl of Selkirk",
    # the text's definition of the key ("the dried buffalo meat and fat") is not read as the key
    "eval2_fur_trade_rivalry:pemmican:accept:dried buffalo meat and fat",
    # Fur trade rivalry, wrong answers accepted:
    # "Rupert" is a part of "Rupert's Land" the reading takes as naming it ("Land" treated as leavable)
    "eval2_fur_trade_rivalry:territory:reject:Rupert",
    # "North West" read as leavable words of "North West Company": "the company" alone is taken as the key
    "eval2_fur_trade_rivalry:nwc:reject:the company",
    # Hanseatic League, right answers marked wrong:
    # words the text gives after the key's phrase ("of Saxony", "in Russia", "of Moscow", "of England", "of Denmark")
    "eval2_hanseatic_league:lubeck-founder:accept:Henry the Lion of Saxony",
    "eval2_hanseatic_league:east-end:accept:Novgorod in Russia",
    "eval2_hanseatic_league:ivan:accept:Ivan III of Moscow",
    "eval2_hanseatic_league:elizabeth:accept:Elizabeth I of England",
    "eval2_hanseatic_league:valdemar:accept:Valdemar IV of Denmark",
    # a place with a wider place after it that the text does not write there ("Bergen in Norway")
    "eval2_hanseatic_league:stockfish:accept:Bergen in Norway",
    # a preposition other than in/at/to/near/on/from/by/into/across before a place ("off Scania", "out of Bergen")
    "eval2_hanseatic_league:herring:accept:off Scania",
    "eval2_hanseatic_league:stockfish:accept:out of Bergen",
    # plural and an old spelling of a three-letter key (the typo rule wants 6+ letters)
    "eval2_hanseatic_league:cog:accept:cogs",
    "eval2_hanseatic_league:cog:accept:cogg",
    # the name the text gives in brackets, "the Diet (Hansetag)", is not read as the key; nor "Hanseatic Diet"
    "eval2_hanseatic_league:diet:accept:Hansetag",
    "eval2_hanseatic_league:diet:accept:the Hansetag",
    "eval2_hanseatic_league:diet:accept:Hanseatic Diet",
    # the epithet the text gives in "known as Valdemar Atterdag" is not tied to the key "Valdemar IV"
    "eval2_hanseatic_league:valdemar:accept:Valdemar Atterdag",
    "eval2_hanseatic_league:valdemar:accept:Valdemar IV Atterdag",
    # a common spelling with another first letter (the typo rule keeps the first letter)
    "eval2_hanseatic_league:valdemar:accept:Waldemar IV",
    # the text itself calls him "Valdemar" twice and names no other; the ruler's-number rule still asks for "IV"
    "eval2_hanseatic_league:valdemar:accept:Valdemar",
    # the "of" form of a name ("Confederation of Cologne") and a synonym ("Confederacy") are not read
    "eval2_hanseatic_league:confederation:accept:the Confederation of Cologne",
    "eval2_hanseatic_league:confederation:accept:Cologne Confederacy",
    # "Treaty" is not a generic word that may be left out; "Peace of" is another name for it
    "eval2_hanseatic_league:treaty:accept:Stralsund",
    "eval2_hanseatic_league:treaty:accept:the Peace of Stralsund",
    # "Brethren" for "Brothers": a synonym, not one typo
    "eval2_hanseatic_league:pirates:accept:Victual Brethren",
    # a ruler's number written as an ordinal word ("the Third") is not read as "III"
    "eval2_hanseatic_league:ivan:accept:Ivan the Third",
    # a common spelling (b for v) in a name of one word: the typo rule wants the same number of words
    "eval2_hanseatic_league:wullenwever:accept:Wullenweber",
    # the text's title ("the burgomaster of Lübeck, Jürgen Wullenwever") is not in TITLES, so the surname is refused
    "eval2_hanseatic_league:wullenwever:accept:Burgomaster Wullenwever",
    # "The United Nations Educational, Scientific and Cultural Organization (UNESCO)" is not read as a definition
    # (commas in the long form), so the long form is not tied to the key
    "eval2_hanseatic_league:unesco:accept:the United Nations Educational, Scientific and Cultural Organization",
    # Hanseatic League, wrong answers accepted:
    # the epithet alone ("the Lion") is read as naming Henry the Lion (the round 19 epithet rule)
    "eval2_hanseatic_league:lubeck-founder:reject:the Lion",
}

ALL = cases()


@pytest.mark.parametrize("case", [pytest.param(c, id=c.label, marks=pytest.mark.xfail(reason="known miss"))
                                  if c.label in KNOWN_MISSES else pytest.param(c, id=c.label) for c in ALL])
def test_table_answer(case):
    result = run(case)
    assert result.correct is case.expected, result.note
    if case.expected:
        assert result.points_awarded == result.points_possible
    else:
        assert result.points_awarded == 0.0


def test_tables_are_big_enough_and_balanced():
    texts = {load_table(p)[0]["text"] for p in TABLE_FILES}
    assert len(texts) >= 3
    assert len(ALL) >= 150
    accept = sum(c.expected for c in ALL)
    assert 0.4 <= accept / len(ALL) <= 0.6
    assert {c.role for c in ALL} == {"development", "evaluation"}
    assert all(c.label in {a.label for a in ALL} for c in ALL)
    assert KNOWN_MISSES <= {c.label for c in ALL}


@pytest.mark.parametrize("path", TABLE_FILES, ids=lambda p: p.stem)
def test_table_questions_pass_the_quote_checker(path):
    """Every question of the tables is one the checker accepts: its quote is in the text and states the answer."""
    _, qset = load_table(path)
    assert [str(p) for p in check_set(qset)] == []

"""Issue 16, round 11: volume. Tests on a made-up text (a league of towns that never was)."""

from __future__ import annotations

from test_eval_corpus import _asked_answers, _seen_in, _shown

from question_bank.drafting import select
from question_bank.drafting.api import suggest_questions

LEAGUE = (
    'The Vendish League: Merchants of the Northern Seas'
    '\n'
    "From the twelfth century to the seventeenth, the merchant towns of the Vendish League controlled much of the trade of the North Sea and the Baltic. The league was never a state. It was an alliance of towns, at its height about 170 of them, which protected each other's merchants, shared trading rights abroad and sent delegates to an assembly called the Diet."
    '\n'
    'Its leading town was Lübeck, on the Baltic coast of northern Germany. Otto the Bold, Duke of Pomerania, refounded the town in 1162 after a fire, and in 1231 the Emperor Conrad IV made it a free imperial city. From Lübeck a short road led overland to Hamburg on the North Sea, so goods could pass between the two seas without the long voyage around Denmark. The first general Diet met in Lübeck in 1359.'
    '\n'
    'The merchants kept four great trading posts abroad, called kontors: the Peterhof in Novgorod in Russia, the Bryggen wharf in Bergen in Norway, the Steelyard in London, and a house in Bruges in Flanders. Furs and wax came from Novgorod, dried cod from Bergen, and wool and cloth from England and Flanders, while Baltic grain, timber and salted herring went west. The ship the merchants used most was the cog, a broad, deep vessel with a single mast and a square sail.'
    '\n'
    "In 1364 King Eric VII of Denmark attacked and plundered Visby, a Vendish town on the island of Gotland. The towns went to war against him, and by the Treaty of Stralsund, signed on 12 June 1373, Denmark granted them free trade in its waters and handed over four fortresses on the coast of Scania for fifteen years. It was the league's greatest victory."
    '\n'
    'The league declined in the sixteenth century. Dutch and English merchants competed for the same trade, and strong rulers in Sweden, Russia and England would no longer grant it special privileges. Vasily II closed the kontor in Novgorod in 1497, and Mary I closed the Steelyard in 1595. The last Diet met in 1672, and only eleven towns sent delegates to it.'
    '\n'
    'Three towns, Lübeck, Hamburg and Bremen, kept the old name. Their official titles still include the word Vendstadt, meaning Vendish town, and the car number plates of Hamburg and Bremen still begin with the letter V.'
    '\n'
)


def _types(text: str) -> list[str]:
    return sorted(q.type for q in suggest_questions(text).question_set.questions)


def test_the_only_matching_goes_when_it_would_push_out_two_drafts_or_more(monkeypatch):
    # the dated sentences ("... refounded the town in 1162 after a fire, and in 1231 Conrad IV made it a free
    # imperial city") show the matching's pairs whole: kept, the matching pushed out three drafts that ask a date
    kept = _types(LEAGUE)
    assert "matching" not in kept
    assert len(kept) == 12
    assert kept.count("multiple_choice") == 3
    monkeypatch.setattr(select, "MATCHING_COST", 99)  # the only matching kept at any cost, as before round 11
    before = _types(LEAGUE)
    assert "matching" in before
    assert len(before) == 10


def test_the_dates_the_matching_pushed_out_are_asked_and_none_gives_another_away():
    qs = suggest_questions(LEAGUE).question_set.questions
    prompts = [q.prompt for q in qs]
    assert any("refounded the town in _____" in p for p in prompts)
    assert any("closed the kontor in Novgorod in _____" in p for p in prompts)
    shown = {q.id: _seen_in(_shown(q)) for q in qs}
    for q in qs:
        answers = [a for a in _asked_answers(q) if a]
        assert not any(f" {a} " in shown[o.id] for o in qs if o is not q for a in answers), q.id

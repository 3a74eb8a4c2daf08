"""Round 19 of issue 16: the picker reads which draft gives which away once per text (``giveaways.Giveaways``) and
asks ``can_take`` again only of the drafts a take may change. The picks must be those of the picker without it."""

from __future__ import annotations

import pytest

from question_bank.drafting import api, select, suggest_questions
from question_bank.drafting.facts import read_facts
from question_bank.drafting.giveaways import Giveaways

TEXTS = [
    "The Hanseatic League\n\n"
    "The Hanseatic League was a trading alliance of German towns. Lübeck was its leading city from 1230. "
    "In 1356 the first general diet of the League met in Lübeck. Merchants of the League kept a great office "
    "in London, the Steelyard, from 1475.\n\n"
    "The League fought Denmark over the trade of the Baltic Sea. Waldemar IV of Denmark took Visby in 1361. "
    "The towns won the war, and the Peace of Stralsund was signed in 1370. By that peace Denmark gave the League "
    "fifteen years of tolls in the Sound.\n\n"
    "The League slowly lost its trade to Dutch and English merchants. The Steelyard in London was closed in 1598. "
    "The last diet met in 1669, when only nine towns sent envoys.\n",
    "The Building of the Suez Canal\n\n"
    "Ferdinand de Lesseps won a concession from Said Pasha in 1854. Work on the canal began at Port Said on "
    "25 April 1859. About 1.5 million Egyptians worked on it over ten years, many of them forced to.\n\n"
    "The canal opened on 17 November 1869. Empress Eugénie sailed through it on the imperial yacht L'Aigle. "
    "It was 164 kilometres long and 8 metres deep.\n\n"
    "Egypt sold its shares to Britain in 1875. Benjamin Disraeli bought them for four million pounds. "
    "In 1956 Gamal Abdel Nasser nationalised the canal, and Britain, France and Israel invaded Egypt.\n",
]


def _drafts(text: str) -> list[tuple]:
    result = suggest_questions(text)
    return [(q.model_dump_json(), info.score) for q, info in zip(result.question_set.questions, result.drafts,
                                                                    strict=True)]


def _gives_away(d, k) -> bool:
    """The relation as the picker read it before round 19: does taking ``k`` refuse ``d``?"""
    shown_d, shown_k = select._shown_text(d), select._shown_text(k)
    if any(f in shown_k for f in select._given_forms(d)) or any(a in shown_d for a in select._given_forms(k)):
        return True
    return d.type == "matching" and any(select._shows_pair(shown_k, pair) for pair in select._pairs(d))


def _pool(text: str):
    facts = read_facts(text)
    types = list(api.QUESTION_TYPES)
    return facts, api.build_candidates(facts, types, [])


@pytest.mark.parametrize("text", TEXTS)
def test_the_relation_read_once_is_the_pairwise_one(text):
    facts, pool = _pool(text)
    found = Giveaways(select._shown_text, select._given_forms, select._pairs, select._shows_pair, select._listens)
    found.see(pool)
    pairs = 0
    for k in pool:
        for d in pool:
            if d is not k:
                expected = _gives_away(d, k)
                assert (id(d) in found.marks[id(k)]) == expected, (k.question.get("prompt"), d.question.get("prompt"))
                pairs += expected
    assert pairs > 0  # the texts repeat names and dates: some drafts give others away


def test_a_draft_changed_after_it_was_read_is_read_again():
    facts, pool = _pool(TEXTS[1])
    found = Giveaways(select._shown_text, select._given_forms, select._pairs, select._shows_pair, select._listens)
    found.see(pool)
    d = next(d for d in pool if select._given_forms(d))
    # it now asks something no other draft shows, as ``_without_shown_pairs`` changes a matching (and clears its memo)
    d.question = dict(d.question, prompt="Fill in the blank: _____ zyxw.")
    d.answer = "qqqq"
    d.memo.clear()
    found.see(pool)
    assert found._text[id(d)] == select._shown_text(d) and " zyxw " in found._text[id(d)]
    assert all((id(d) in found.marks[id(k)]) == _gives_away(d, k) for k in pool if k is not d)


@pytest.mark.parametrize("text", TEXTS)
def test_the_picks_are_those_without_the_cache(text, monkeypatch):
    cached = _drafts(text)
    # without it: a fresh relation for every pick (nothing shared between picks) and ``can_take`` asked every time
    monkeypatch.setattr(select, "_giveaways", lambda facts, pool: _fresh(pool))
    monkeypatch.setattr(select._Picker, "may_take", lambda self, d: self.can_take(d))
    assert _drafts(text) == cached
    assert len(cached) >= 3  # a real pick, not a vacuous one (3 on the Suez text since round 19's giveaway rules)


def _fresh(pool):
    found = Giveaways(select._shown_text, select._given_forms, select._pairs, select._shows_pair, select._listens)
    found.see(pool)
    return found


@pytest.mark.parametrize("text", TEXTS)
def test_a_draft_let_through_is_still_takable(text, monkeypatch):
    """``may_take`` (and ``candidates``, which does its work inline since issue 14) answer from the set of drafts let
    through only while ``can_take`` would answer the same."""
    asked = []
    plain, plain_candidates = select._Picker.may_take, select._Picker.candidates

    def checked(self, d):
        got = plain(self, d)
        assert got == self.can_take(d)
        asked.append(got)
        return got

    def checked_candidates(self, t):
        before = list(self.by_type.get(t, ()))
        live = {id(d) for d in plain_candidates(self, t)}
        for d in before:
            assert (id(d) in live) == self.can_take(d)
            asked.append(id(d) in live)
        return [d for d in before if id(d) in live]

    monkeypatch.setattr(select._Picker, "may_take", checked)
    monkeypatch.setattr(select._Picker, "candidates", checked_candidates)
    suggest_questions(text)
    assert True in asked and False in asked

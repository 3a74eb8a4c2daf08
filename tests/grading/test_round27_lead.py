"""Round 27 (lead): a mountain's name written with "Mt" or "Mt." is the same name as with "Mount" (set 24's blind
rater: "Mt Vesuvius" refused for *Mount Vesuvius*). Texts of our own; another mountain stays wrong."""

from __future__ import annotations

import pytest
from gradingtables import short_answer_question

from quiz_app.grading import grade

CAMP = ("In 73 BC the escaped gladiators made their camp on the slopes of Mount Vesuvius. Later they marched north "
        "towards Mount Etna's island, Sicily, but never crossed the strait.")
FUJI = "In 1707 Mt. Fuji erupted for the last time, and ash fell on Edo, sixty miles away."


@pytest.mark.parametrize("typed", ["Mt Vesuvius", "Mt. Vesuvius", "mt vesuvius", "Mount Vesuvius"])
def test_mt_is_mount(typed):
    question, qset = short_answer_question(CAMP, "made their camp on the slopes of Mount Vesuvius",
                                           ["Mount Vesuvius"])
    assert grade(question, typed, sources=qset).correct, typed


@pytest.mark.parametrize("typed", ["Mt Etna", "Mount Etna", "Mt Sicily", "Mt"])
def test_another_mountain_stays_wrong(typed):
    question, qset = short_answer_question(CAMP, "made their camp on the slopes of Mount Vesuvius",
                                           ["Mount Vesuvius"])
    assert not grade(question, typed, sources=qset).correct, typed


@pytest.mark.parametrize("typed", ["Mount Fuji", "Mt Fuji", "Mt. Fuji"])
def test_the_text_may_write_mt_itself(typed):
    question, qset = short_answer_question(FUJI, "In 1707 Mt. Fuji erupted for the last time", ["Mt. Fuji"])
    assert grade(question, typed, sources=qset).correct, typed

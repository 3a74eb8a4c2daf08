"""The shortcuts taken for speed give the very answers of the plain definitions they replace."""

from __future__ import annotations

import random
import sys

import pytest

from question_bank import evidence as ev

TEXTS = [
    "Dr. Syngman Rhee led the South. The U.S. occupation forces left in 1949.\n\n  Harry S. Truman decided."
    " He acted fast!\nKim Il Sung (the leader) agreed. \"Why?\" he asked.\n   \n Last line, no full stop",
    "   leading spaces. Then a sentence.\n\n\nA third paragraph. etc. and more.  Two  spaces.\n",
    "One.",
    "\n\n x \n",
]


def _plain(text: str, first: int, last: int) -> bool:
    a, b = ev.sentence_at(text, first), ev.sentence_at(text, last)
    return a is not None and b is not None and a.index == b.index


@pytest.mark.parametrize("text", TEXTS)
def test_one_sentence_check_agrees_with_splitting_the_whole_text(text):
    n = len(text)
    for first in range(n + 1):
        fresh = ev.SourceIndex(text)  # only the paragraphs asked about are split
        for last in range(first, n + 1):
            assert fresh.in_one_sentence(first, last) == _plain(text, first, last), (first, last)


def test_one_sentence_check_agrees_on_the_korean_war_source(korean_war_source):
    rng = random.Random(14)
    text = korean_war_source
    lazy = ev.SourceIndex(text)
    pairs = [(a, a + rng.randrange(0, 400)) for a in (rng.randrange(len(text)) for _ in range(3000))]
    answers = [lazy.in_one_sentence(a, b) for a, b in pairs]
    assert answers == [_plain(text, a, b) for a, b in pairs]
    assert True in answers and False in answers


def test_the_written_out_whitespace_is_every_whitespace_character_but_the_space():
    every = {ch for ch in map(chr, range(sys.maxunicode + 1)) if ch.isspace()} - {" "}
    assert set(ev._OTHER_WHITESPACE) == every and len(ev._OTHER_WHITESPACE) == len(every)
    assert set(ev._ASCII_OTHER_WHITESPACE) == {ch for ch in every if ch.isascii()}

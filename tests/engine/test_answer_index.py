"""The answer reader's index of a source's words: the same places as comparing every word, found by look-up."""

from __future__ import annotations

import random

from question_bank import answers
from question_bank.answers import SourceWords, canon_tokens, read_in_source, source_words

TEXT = ("On 25 June 1950 the Korean People's Army (KPA) crossed the 38th parallel. President Harry S. Truman sent "
        "a UN military force; Truman's aim was containment. The KPA pushed south to the port city of Pusan, and "
        "Gen. Douglas MacArthur landed at Inchon. MacArthur's troops reached the Yalu River. Truman later "
        "dismissed MacArthur. People's Volunteers of China crossed the Yalu in October.")


def _every_word(sw: SourceWords, word) -> list[int]:
    return [i for i, t in enumerate(sw.toks) if t.same(word)]


def test_the_index_finds_every_word_the_scan_finds_in_order():
    sw = source_words(TEXT)
    forms = {t.norm for t in sw.toks} | {t.base for t in sw.toks if t.base} | {"nobody", "people", "kpa"}
    for form in sorted(forms):
        for word in canon_tokens(form, sw.abbreviations) or []:
            assert sw.positions_of(word) == _every_word(sw, word), form


def test_a_possessive_and_its_plain_form_find_each_other():
    sw = source_words(TEXT)
    truman = [sw.text[sw.toks[i].start:sw.toks[i].end] for i in sw.positions_of(canon_tokens("Truman")[0])]
    assert truman == ["Truman", "Truman's", "Truman"]
    assert [sw.text[sw.toks[i].start:sw.toks[i].end] for i in sw.positions_of(canon_tokens("MacArthur's")[0])] \
        == ["MacArthur", "MacArthur's", "MacArthur"]


def test_the_index_is_made_once_per_source_text():
    sw = source_words(TEXT)
    read_in_source("Truman", "Truman", sw, None)
    index = sw._index
    assert index is not None
    read_in_source("the port city of Pusan", "Pusan", sw, None)
    assert sw._index is index


def _occurrences_by_scan(sw: SourceWords, key, lo=0, hi=None):
    """The reader's search as it was: every word of the source compared with the key's first word."""
    plain = SourceWords(sw.text, sw.abbreviations, sw.toks)
    plain.positions_of = lambda word: _every_word(plain, word)  # type: ignore[method-assign]
    return answers._occurrences(plain, key, lo, hi)


def test_same_occurrences_as_the_scan_for_random_phrases_of_the_text():
    sw = source_words(TEXT)
    rng = random.Random(14)
    words = TEXT.split()
    for _ in range(300):
        start = rng.randrange(len(words))
        phrase = " ".join(words[start:start + rng.randint(1, 4)]).strip(".,;()")
        key = canon_tokens(phrase, sw.abbreviations)
        if not key:
            continue
        lo = rng.choice([0, 0, 5])
        assert answers._occurrences(sw, key, lo) == _occurrences_by_scan(sw, key, lo), phrase


def test_verdicts_read_through_the_index():
    sw = source_words(TEXT)
    assert read_in_source("President Harry Truman", "Truman", sw, None).accepted
    assert read_in_source("the port city of Pusan", "Pusan", sw, None).accepted
    assert read_in_source("Korean People's Army", "KPA", sw, None).accepted
    assert not read_in_source("Harry", "Truman", sw, None).accepted
    assert not read_in_source("Truman and MacArthur", "Truman", sw, None).accepted

"""Grading round 23, made after the held-out eval5 tables (the Dreyfus Affair, the voyages of Zheng He) were first run:
each rule on made-up texts, with the wrong answers beside the right ones."""

from __future__ import annotations

import pytest

from quiz_app.grading import grade
from tests.grading.gradingtables import short_answer_question

ENVOYS = """The Northern Embassies
The envoy Wang Ling, a scholar born in Hubei, led the first embassy in 1520. The emperor gave him the surname Wang. \
His deputy Li He kept the records. Wang Ling brought back a bronze bell. The interpreter Li Bao wrote a book. \
The embassy was paid for by Lu Wen, the Duke of Qi, a rich lord. The Kangxi Emperor later praised them, and the \
Yongzheng Emperor built a hall in their honour. The ships anchored off Smith's Island, named after Captain John Smith."""

LAVAL = """The Laval Trial
In that year Captain Pierre Laval was arrested in Paris on the fourth of March 1820. Laval was held at Marvale, a town in the Orland \
Hills, for two years. His cousin Henri Laval wrote to the king. In the end Laval was freed; he later lived in Tessaly. \
The newspaper Le Moniteur printed the verdict. Merchants then traded with Dutch East Asia, and some ships sailed on to \
Dutch Asia's smaller ports."""


@pytest.mark.parametrize(("key", "quote", "right", "wrong"), [
    ("Wang Ling", "The envoy Wang Ling, a scholar born in Hubei", ["Wang Ling", "Wang", "Envoy Wang Ling"], ["Ling", "Li He"]),
    ("Li He", "His deputy Li He kept the records", ["Li He", "li he"], ["He", "Li", "Li Bao"]),
    ("Li Bao", "The interpreter Li Bao wrote a book", ["Li Bao", "li bao"], ["Bao", "Li", "Li He"]),
])
def test_a_chinese_name_is_read_family_name_first(key, quote, right, wrong):
    """A text that writes pinyin names and one family name alone ("the surname Wang") writes them family name first:
    the first word is the surname, the given name alone names nobody, a surname two people share is refused."""
    q, qs = short_answer_question(ENVOYS, quote, [key])
    for typed in right:
        assert grade(q, typed, sources=qs).correct, typed
    for typed in wrong:
        assert not grade(q, typed, sources=qs).correct, typed


def test_a_name_holding_a_possessive_is_a_thing_not_a_person():
    q, qs = short_answer_question(ENVOYS, "The ships anchored off Smith's Island", ["Smith's Island"])
    assert grade(q, "Smith's Island", sources=qs).correct
    assert grade(q, "Smiths Island", sources=qs).correct
    assert not grade(q, "Smith", sources=qs).correct
    assert not grade(q, "John Smith", sources=qs).correct


@pytest.mark.parametrize(("key", "right", "wrong"), [
    ("the Kangxi Emperor", ["the Kangxi Emperor", "Kangxi", "Emperor Kangxi", "Kangxi emperor"],
     ["the Emperor", "Emperor", "Yongzheng", "the Yongzheng Emperor"]),
    ("the Yongzheng Emperor", ["Yongzheng", "Emperor Yongzheng"], ["Kangxi", "Emperor"]),
])
def test_a_name_with_its_title_after_it_may_be_typed_alone(key, right, wrong):
    q, qs = short_answer_question(ENVOYS, "The Kangxi Emperor later praised them, and the Yongzheng Emperor built a hall",
                                  [key])
    for typed in right:
        assert grade(q, typed, sources=qs).correct, typed
    for typed in wrong:
        assert not grade(q, typed, sources=qs).correct, typed


def test_a_shared_surname_names_the_one_the_text_calls_by_it_first():
    """The text calls Pierre "Laval" before Henri Laval appears: "Laval" is Pierre, never Henri."""
    q, qs = short_answer_question(LAVAL, "Captain Pierre Laval was arrested in Paris", ["Pierre Laval"])
    assert grade(q, "Laval", sources=qs).correct
    assert grade(q, "Captain Laval", sources=qs).correct
    henri, hqs = short_answer_question(LAVAL, "His cousin Henri Laval wrote to the king", ["Henri Laval"])
    assert not grade(henri, "Laval", sources=hqs).correct
    assert grade(henri, "Henri Laval", sources=hqs).correct


def test_the_surname_the_question_gives_completes_a_given_name():
    q, qs = short_answer_question(LAVAL, "His cousin Henri Laval wrote to the king", ["Henri Laval"])
    q = q.model_copy(update={"prompt": "Which cousin of Laval wrote to the king?"})
    for typed in ("Henri", "his cousin Henri", "Henri Laval"):
        assert grade(q, typed, sources=qs).correct, typed
    for typed in ("Pierre", "his cousin Pierre", "Laval", "cousin"):
        assert not grade(q, typed, sources=qs).correct, typed
    # a surname inside a longer name of the question is no surname it gives
    other = q.model_copy(update={"prompt": "Who wrote to the king about the Laval Trial?"})
    assert not grade(other, "Henri", sources=qs).correct


@pytest.mark.parametrize(("typed", "right"), [
    ("Marvale in the Orland Hills", True), ("Marvale, in the Orland Hills", True), ("Marvale, a town in the Orland Hills", True),
    ("Marvale in Tessaly", False), ("Marvale, Tessaly", False), ("Marvale or Tessaly", False), ("Paris in the Orland Hills", False),
    ("the Orland Hills", False),
])
def test_a_qualifier_the_text_writes_beside_the_answer_is_read_off(typed, right):
    q, qs = short_answer_question(LAVAL, "Laval was held at Marvale", ["Marvale"])
    assert grade(q, typed, sources=qs).correct is right, typed


def test_an_apposition_the_text_writes_is_read_off_but_a_one_word_list_item_is_not():
    q, qs = short_answer_question(ENVOYS, "The embassy was paid for by Lu Wen", ["Lu Wen"])
    assert grade(q, "Lu Wen, the Duke of Qi", sources=qs).correct
    assert not grade(q, "Lu Wen, Li He", sources=qs).correct


@pytest.mark.parametrize(("typed", "right"), [
    ("the Duke of Qi", True), ("Duke of Qi", True), ("Qi", False), ("Duke", False), ("the Duke of Hubei", False),
])
def test_the_title_the_text_gives_in_apposition_names_the_person_whole(typed, right):
    q, qs = short_answer_question(ENVOYS, "The embassy was paid for by Lu Wen", ["Lu Wen"])
    assert grade(q, typed, sources=qs).correct is right, typed


@pytest.mark.parametrize(("typed", "right"), [
    ("the fourth of March 1820", True), ("March the fourth, 1820", True), ("4 March 1820", True),
    ("the fifth of March 1820", False), ("the fourth of May 1820", False), ("the fourth of March 1821", False),
    ("March 1820", False),
])
def test_the_day_of_a_date_may_be_an_ordinal_word(typed, right):
    q, qs = short_answer_question(LAVAL, "arrested in Paris on the fourth of March 1820", ["4 March 1820"])
    assert grade(q, typed, sources=qs).correct is right, typed


@pytest.mark.parametrize(("typed", "right"), [
    ("Le Moniteur", True), ("Moniteur", True), ("the Moniteur", True), ("le moniteur", True),
    ("Le Figaro", False), ("Monitor", False),
])
def test_a_french_article_is_an_article(typed, right):
    q, qs = short_answer_question(LAVAL, "The newspaper Le Moniteur printed the verdict", ["Le Moniteur"])
    assert grade(q, typed, sources=qs).correct is right, typed


@pytest.mark.parametrize(("typed", "right"), [
    ("Dutch Asia", True), ("Dutch East Asia", True), ("Dutch West Asia", False), ("East Asia", False), ("Dutch", False),
])
def test_a_region_the_text_writes_with_a_compass_word_inside_the_key(typed, right):
    q, qs = short_answer_question(LAVAL, "some ships sailed on to Dutch Asia's smaller ports", ["Dutch Asia"])
    assert grade(q, typed, sources=qs).correct is right, typed

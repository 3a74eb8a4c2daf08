"""Round 21 (docs/grading.md, "Grading round 21"): which part of a name is the surname, Japanese and Arabic names, an
answer that only repeats the question, and words that only qualify an answer; each rule on texts of its own, wrong
answers beside right ones."""

from __future__ import annotations

import pytest
from gradingtables import short_answer_question

from question_bank.models import QuestionSet
from question_bank.validation import check_set
from quiz_app.grading import grade


def _ask(text, quote, accepted, typed):
    question, qset = short_answer_question(text, quote, accepted)
    return grade(question, typed, sources=qset)


def _asked(text: str, quote: str, accepted: list[str], prompt: str, typed: str):
    qset = QuestionSet.model_validate({
        "schema_version": 1, "id": "t", "title": "T", "sources": [{"id": "s", "title": "T", "text": text}],
        "questions": [{"id": "q", "type": "short_answer", "prompt": prompt, "topics": ["leaders"],
                       "explanation": "From the text.", "evidence": {"source": "s", "quote": quote},
                       "accepted": accepted}]})
    check_set(qset)
    return grade(qset.questions[0], typed, sources=qset)


# a text that writes Japanese names family name first, and shows it: "Mizuno" alone, "the Tokugawa family"
EDO = ("In 1600 Tokugawa Ieyasu won at Sekigahara, and the Tokugawa family ruled Japan for two centuries. The minister "
       "Mizuno Tadakuni began the Tenpō reforms in 1841; Mizuno fell from power in 1843. Yoshida Shōin taught at a "
       "school in Hagi, and Takasugi Shinsaku, the leader of a militia, was one of his pupils.")


@pytest.mark.parametrize("typed, right", [("Takasugi Shinsaku", True), ("Takasugi", True), ("Shinsaku Takasugi", True),
                                          ("Leader Takasugi", False), ("Shinsaku", False), ("Yoshida", False),
                                          ("Takasugi or Yoshida", False)])
def test_a_japanese_name_family_name_first(typed, right):
    result = _ask(EDO, "Takasugi Shinsaku, the leader of a militia", ["Takasugi Shinsaku"], typed)
    assert result.correct is right, (typed, result.note)


@pytest.mark.parametrize("typed, right", [("Tokugawa Ieyasu", True), ("Ieyasu Tokugawa", True), ("Tokugawa", False),
                                          ("Ieyasu", False)])
def test_a_family_the_text_names_is_not_one_man(typed, right):
    result = _ask(EDO, "In 1600 Tokugawa Ieyasu won at Sekigahara", ["Tokugawa Ieyasu"], typed)
    assert result.correct is right, (typed, result.note)


def test_a_text_that_does_not_show_the_order_keeps_every_word():
    text = "Takasugi Shinsaku, the leader of a militia, fought at Shimonoseki in 1864."
    quote = "Takasugi Shinsaku, the leader of a militia"
    assert _ask(text, quote, ["Takasugi Shinsaku"], "Takasugi Shinsaku").correct
    for typed in ("Takasugi", "Shinsaku", "Shinsaku Takasugi"):
        assert not _ask(text, quote, ["Takasugi Shinsaku"], typed).correct, typed


@pytest.mark.parametrize("typed, right", [("Yoshida Shōin", True), ("Yoshida Shoin", True), ("Yoshida Shouin", True),
                                          ("Yoshida Shinsaku", False)])
def test_a_long_vowel_written_without_its_macron(typed, right):
    result = _ask(EDO, "Yoshida Shōin taught at a school in Hagi", ["Yoshida Shōin"], typed)
    assert result.correct is right, (typed, result.note)


SULTANS = ("In 1229 the Ayyubid sultan al-Kamil Muhammad gave Jerusalem back to Frederick II by treaty. In 1468 Sunni "
           "Ali, the king of the Songhai, took Timbuktu. The geographer Abu Abdallah al-Idrisi drew a map of the world "
           "for Roger II. At the Cape the pilot, Captain Bartolomeu Dias, turned back.")


@pytest.mark.parametrize("typed, right", [("al-Kamil Muhammad", True), ("al-Kamil", True), ("Kamil", True),
                                          ("Sultan al-Kamil", True), ("Muhammad", False), ("Sultan Muhammad", False),
                                          ("Frederick", False)])
def test_an_arabic_name_by_the_name_after_its_article_never_by_a_given_name(typed, right):
    result = _ask(SULTANS, "the Ayyubid sultan al-Kamil Muhammad gave Jerusalem back", ["al-Kamil Muhammad"], typed)
    assert result.correct is right, (typed, result.note)


@pytest.mark.parametrize("typed, right", [("Sunni Ali", True), ("King Sunni Ali", True), ("Ali", False),
                                          ("King Ali", False)])
def test_a_given_name_last_is_no_surname_however_titled(typed, right):
    result = _ask(SULTANS, "Sunni Ali, the king of the Songhai, took Timbuktu", ["Sunni Ali"], typed)
    assert result.correct is right, (typed, result.note)


@pytest.mark.parametrize("typed, right", [("Idrisi", True), ("al-Idrisi", True), ("Al Idrisi", True),
                                          ("the geographer al-Idrisi", True), ("Abu", False), ("Abdallah", False),
                                          ("Roger", False)])
def test_the_name_after_the_article_of_a_longer_arabic_name(typed, right):
    result = _ask(SULTANS, "The geographer Abu Abdallah al-Idrisi drew a map", ["Abu Abdallah al-Idrisi"], typed)
    assert result.correct is right, (typed, result.note)


@pytest.mark.parametrize("typed, right", [("Dias", True), ("Captain Dias", True), ("Bartolomeu", False)])
def test_a_western_surname_after_a_title_still_stands_alone(typed, right):
    result = _ask(SULTANS, "the pilot, Captain Bartolomeu Dias, turned back", ["Bartolomeu Dias"], typed)
    assert result.correct is right, (typed, result.note)


TSAR = ("Tsar Ivan IV, also called Ivan the Terrible, took Kazan in 1552. Henry Hudson sailed up the Hudson River in "
        "1609.")


@pytest.mark.parametrize("typed, right", [("Ivan the Terrible", True), ("Ivan", False), ("Tsar Ivan", False),
                                          ("Ivan IV", False)])
def test_an_answer_that_only_repeats_the_question_is_wrong(typed, right):
    result = _asked(TSAR, "Ivan IV, also called Ivan the Terrible", ["Ivan the Terrible"],
                    "By what other name is Tsar Ivan IV called?", typed)
    assert result.correct is right, (typed, result.note)
    if typed == "Ivan":
        assert "repeats" in result.note


def test_a_word_of_another_name_in_the_question_may_still_name_the_man():
    result = _asked(TSAR, "Henry Hudson sailed up the Hudson River", ["Henry Hudson"],
                    "Who sailed up the Hudson River in 1609?", "Hudson")
    assert result.correct, result.note


SEA = ("The Holy League beat the Ottoman fleet at the Battle of Lepanto in 1571. The architect Sinan built the Selimiye "
       "Mosque in Edirne, and the Ottomans later fought the Cretan War against Venice. In 1949 the North Atlantic "
       "Treaty was signed, and the Hudson's Bay Company still traded on Hudson Bay.")


@pytest.mark.parametrize("typed, right", [("Lepanto", True), ("Lepanto battle", True), ("the Battle of Lepanto", True),
                                          ("the battle", False), ("Edirne", False), ("Lepanto or Edirne", False)])
def test_the_kind_the_question_asks_for_may_be_left_out(typed, right):
    result = _asked(SEA, "at the Battle of Lepanto in 1571", ["Battle of Lepanto"],
                    "At which battle did the Holy League beat the Ottoman fleet?", typed)
    assert result.correct is right, (typed, result.note)


@pytest.mark.parametrize("key, quote, prompt, typed, right", [
    ("Selimiye Mosque", "built the Selimiye Mosque in Edirne", "Which mosque did Sinan build?", "Selimiye", True),
    ("Cretan War", "fought the Cretan War against Venice", "Which war did the Ottomans fight against Venice?",
     "Cretan", True),
    ("Edirne", "built the Selimiye Mosque in Edirne", "In which town is the Selimiye Mosque?", "the town of Edirne", True),
    ("Edirne", "built the Selimiye Mosque in Edirne", "In which town is the Selimiye Mosque?", "the town of Venice", False),
    ("North Atlantic Treaty", "the North Atlantic Treaty was signed", "Which treaty was signed in 1949?",
     "North Atlantic", False),
    ("Hudson's Bay Company", "the Hudson's Bay Company still traded", "Which company still traded?", "Hudson Bay", False),
])
def test_a_kind_left_out_only_where_a_name_is_left(key, quote, prompt, typed, right):
    result = _asked(SEA, quote, [key], prompt, typed)
    assert result.correct is right, (typed, result.note)


SAMARKAND = ("Ulugh Beg built an observatory at Samarkand in Transoxiana in 1420. Later the envoy Clavijo came from "
             "Madrid, and the city of Herat sent scholars.")


@pytest.mark.parametrize("typed, right", [("Samarkand in Transoxiana", True), ("Samarkand, Transoxiana", True),
                                          ("Samarkand in Uzbekistan", True), ("Samarkand in 1420", True),
                                          ("Samarkand in Madrid", False), ("Samarkand, Madrid", False),
                                          ("Samarkand, Herat", False), ("Samarkand or Herat", False),
                                          ("Samarkand in 1421", False), ("Transoxiana", False),
                                          ("Samarkand in Uzbekistan or Persia", False)])
def test_a_place_or_year_that_only_qualifies_the_answer(typed, right):
    result = _ask(SAMARKAND, "built an observatory at Samarkand in Transoxiana in 1420", ["Samarkand"], typed)
    assert result.correct is right, (typed, result.note)

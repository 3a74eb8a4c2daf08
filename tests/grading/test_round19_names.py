"""Right answers unseen set 19's before rater found marked wrong (rated at afb3693): a ruler's epithet written as the
text writes it after the name ("Pepin the Short") belongs to the name. Each case is a short-answer question built as
the drafter builds it, graded through ``grade`` with its source, as a round does; wrong answers stand beside the right."""

from __future__ import annotations

import pytest
from gradingtables import short_answer_question

from question_bank.models import QuestionSet
from question_bank.validation import check_set
from quiz_app.grading import grade

FRANKS = ("In 751 Pepin the Short deposed the last Merovingian king and was anointed by the pope. His son Charles "
          "later ruled most of western Europe.")
LOMBARDS = "Aistulf the Lombard took Ravenna in 751, and Pepin marched into Italy to drive him out."


_question = short_answer_question


@pytest.mark.parametrize("typed", ["Pepin the Short", "pepin the short", "Pepin", "Pepin Short"])
def test_a_rulers_epithet_from_the_text_is_part_of_his_name(typed):
    question, qset = _question(FRANKS, "In 751 Pepin the Short deposed the last Merovingian king", ["Pepin"])
    assert grade(question, typed, sources=qset).correct, typed


@pytest.mark.parametrize("typed", ["Pepin the Tall", "Pepin the Great", "Charles", "Charles the Short", "the Short"])
def test_another_epithet_or_another_man_is_still_wrong(typed):
    question, qset = _question(FRANKS, "In 751 Pepin the Short deposed the last Merovingian king", ["Pepin"])
    assert not grade(question, typed, sources=qset).correct, typed


def test_a_people_after_the_is_not_taken_for_an_epithet_of_another_name():
    question, qset = _question(LOMBARDS, "Aistulf the Lombard took Ravenna in 751", ["Aistulf"])
    assert grade(question, "Aistulf the Lombard", sources=qset).correct
    assert not grade(question, "Aistulf the Frank", sources=qset).correct


SUGAR = ("By 1890 the sugar plantations of Hawaii employed workers from China, Japan and Portugal, and the planters "
         "sold nearly all their sugar to the United States.")


def _cloze(text: str, quote: str, answers: list[str]):
    gaps, at = [], 0
    for answer in answers:
        start = quote.index(answer, at)
        gaps.append({"start": start, "end": start + len(answer), "answer": answer})
        at = start + len(answer)
    qset = QuestionSet.model_validate({
        "schema_version": 1, "id": "t", "title": "T", "sources": [{"id": "s", "title": "T", "text": text}],
        "questions": [{"id": "c", "type": "cloze", "prompt": "Fill in the gaps.", "topics": ["places"],
                       "explanation": "From the text.", "evidence": {"source": "s", "quote": quote}, "gaps": gaps}]})
    check_set(qset)
    return qset.questions[0], qset


LIST_QUOTE = "the sugar plantations of Hawaii employed workers from China, Japan and Portugal"


@pytest.mark.parametrize("typed", [["China", "Portugal"], ["Portugal", "China"], ["portugal", "china"]])
def test_the_gaps_of_one_list_may_be_filled_in_any_order(typed):
    question, qset = _cloze(SUGAR, LIST_QUOTE, ["China", "Portugal"])
    result = grade(question, typed, sources=qset)
    assert result.correct and result.marks == (True, True), typed
    assert ("one list in the text" in (result.note or "")) == (typed[0].lower() != "china")


@pytest.mark.parametrize(("typed", "marks"), [
    (["China", "China"], (True, False)),  # one name twice counts once
    (["Portugal", "Portugal"], (False, True)),  # a tie keeps the written order
    (["Japan", "China"], (False, True)),  # the list's given member is not a gap's answer
    (["Korea", "Portugal"], (False, True)),
])
def test_each_answer_of_a_list_counts_once(typed, marks):
    question, qset = _cloze(SUGAR, LIST_QUOTE, ["China", "Portugal"])
    result = grade(question, typed, sources=qset)
    assert not result.correct and result.marks == marks, typed


def test_gaps_not_in_one_list_keep_their_order():
    question, qset = _cloze(SUGAR, "workers from China, Japan and Portugal, and the planters sold nearly all their "
                                   "sugar to the United States", ["China", "United States"])
    assert grade(question, ["China", "United States"], sources=qset).correct
    result = grade(question, ["United States", "China"], sources=qset)
    assert not result.correct and result.marks == (False, False)


CRETE = ("The palace at Knossos was dug up by Arthur Evans from 1900. He named the people Minoans after Minos, the king "
         "of Crete in the Greek myths, and rebuilt parts of the palace in concrete.")


@pytest.mark.parametrize("typed", ["Minos", "King Minos", "king minos", "Minos the king"])
def test_a_title_the_text_gives_after_the_name_may_stand_before_it(typed):
    question, qset = _question(CRETE, "He named the people Minoans after Minos, the king of Crete", ["Minos"])
    assert grade(question, typed, sources=qset).correct, typed


@pytest.mark.parametrize("typed", ["Queen Minos", "President Minos", "King Evans", "the king", "King"])
def test_another_title_or_the_title_alone_is_still_wrong(typed):
    question, qset = _question(CRETE, "He named the people Minoans after Minos, the king of Crete", ["Minos"])
    assert not grade(question, typed, sources=qset).correct, typed


def test_a_title_after_a_comma_that_opens_a_new_phrase_is_not_taken():
    text = "The fleet sailed under Nelson; the admiral of the French fleet was Villeneuve."
    question, qset = _question(text, "The fleet sailed under Nelson", ["Nelson"])
    assert grade(question, "Nelson", sources=qset).correct
    assert not grade(question, "Admiral Nelson", sources=qset).correct

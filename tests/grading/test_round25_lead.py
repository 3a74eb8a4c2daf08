"""Right answers the drafted sets' raters found marked wrong (seen set 22). A numbered document is named by its
number or by the body the text says made it: "242" and "UN Resolution 242" for the accepted *Resolution 242* where the text writes "the UN Security Council passed Resolution 242" (set 22's
blind rater found both marked wrong). A son's given name with the family name the question gives his father:
"Richard Cromwell" for *Richard* in "[Oliver Cromwell’s] son _____". Texts of our own; wrong answers stand beside the right ones."""

from __future__ import annotations

import pytest
from gradingtables import short_answer_question

from quiz_app.grading import grade

ASSEMBLY = ("In 1947 the UN General Assembly adopted Resolution 181, which proposed to divide the land into two "
            "states. Britain had governed it since 1920 under a mandate. Article 22 of the Covenant of the League of "
            "Nations had set out the mandates.")


@pytest.mark.parametrize("typed", ["Resolution 181", "181", "UN Resolution 181", "General Assembly Resolution 181",
                                   "UN General Assembly Resolution 181", "the General Assembly Resolution 181"])
def test_the_number_alone_or_the_body_the_sentence_names_is_right(typed):
    question, qset = short_answer_question(ASSEMBLY, "In 1947 the UN General Assembly adopted Resolution 181",
                                           ["Resolution 181"])
    result = grade(question, typed, sources=qset)
    assert result.correct, typed


@pytest.mark.parametrize("typed", ["182", "Resolution 182", "Security Council Resolution 181", "Britain Resolution 181",
                                   "League Resolution 181", "Resolution", "1947"])
def test_another_number_or_a_body_the_sentence_does_not_name_is_wrong(typed):
    question, qset = short_answer_question(ASSEMBLY, "In 1947 the UN General Assembly adopted Resolution 181",
                                           ["Resolution 181"])
    assert not grade(question, typed, sources=qset).correct, typed


def test_the_note_quotes_the_texts_words():
    question, qset = short_answer_question(ASSEMBLY, "In 1947 the UN General Assembly adopted Resolution 181",
                                           ["Resolution 181"])
    assert "Resolution 181" in grade(question, "181", sources=qset).note
    assert "UN General Assembly" in grade(question, "UN Resolution 181", sources=qset).note


def test_an_article_number_alone_is_right_and_a_name_that_is_no_document_is_not_read_so():
    question, qset = short_answer_question(ASSEMBLY, "Article 22 of the Covenant of the League of Nations had set "
                                           "out the mandates", ["Article 22"])
    assert grade(question, "22", sources=qset).correct
    assert not grade(question, "23", sources=qset).correct
    # a year or a plain count is no numbered document: the number alone does not stand for "since 1920"
    question, qset = short_answer_question(ASSEMBLY, "Britain had governed it since 1920 under a mandate", ["Britain"])
    assert not grade(question, "1920", sources=qset).correct


PROTECTORATE = ("Oliver Cromwell ruled as Lord Protector from 1653 until his death in 1658. His son Richard followed "
                "him as Lord Protector but resigned within a year. Charles II was restored in 1660.")


def _son_question():
    from question_bank.models import ShortAnswer

    question, qset = short_answer_question(PROTECTORATE, "His son Richard followed him as Lord Protector", ["Richard"])
    # the prompt as the drafter writes it, naming the pronoun's person in brackets
    prompt = "Fill in the blank (a person’s name): [Oliver Cromwell’s] son _____ followed him as Lord Protector."
    return ShortAnswer.model_validate(question.model_dump() | {"prompt": prompt}), qset


@pytest.mark.parametrize("typed", ["Richard", "Richard Cromwell", "richard cromwell"])
def test_a_sons_name_with_the_family_name_the_question_gives_is_right(typed):
    question, qset = _son_question()
    assert grade(question, typed, sources=qset).correct, typed


@pytest.mark.parametrize("typed", ["Oliver Cromwell", "Cromwell", "Charles Cromwell", "Richard Stuart", "Charles"])
def test_the_father_or_another_name_with_the_family_name_is_still_wrong(typed):
    question, qset = _son_question()
    assert not grade(question, typed, sources=qset).correct, typed

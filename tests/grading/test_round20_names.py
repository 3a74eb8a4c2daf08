"""Right answers the unseen tables eval2_third_punic_war and eval2_fur_trade_merger found marked wrong at their first
run, and the three wrong answers they found accepted; each rule tested here on texts of its own, with wrong answers
beside the right ones (docs/grading.md, "The fourth outside check")."""

from __future__ import annotations

import pytest
from gradingtables import short_answer_question

from question_bank.models import QuestionSet
from question_bank.validation import check_set
from quiz_app.grading import grade

_question = short_answer_question

VOYAGE = ("In 1497 the navigator John Cabot sailed from Bristol for King Henry VII of England. Later the merchant "
          "Bartholomew Gosnold explored the coast, and the Muscovy Company (MC) and the Virginia Company, a rival "
          "firm, sent ships. Jacques Cartier reached the river of Canada, and the land became the French province "
          "of Canada, and later the Dominion of Canada.")


def _ask(text, quote, accepted, typed):
    question, qset = _question(text, quote, accepted)
    return grade(question, typed, sources=qset)


@pytest.mark.parametrize("typed", ["Cabot", "John Cabot", "the navigator John Cabot", "Navigator Cabot", "John Cabbot"])
def test_a_person_named_with_a_given_name_or_a_role_answers_by_surname(typed):
    assert _ask(VOYAGE, "the navigator John Cabot sailed from Bristol", ["John Cabot"], typed).correct, typed


@pytest.mark.parametrize("typed", ["John", "Cartier", "Gosnold", "King Cabot", "Bristol", "Cabot and Cartier"])
def test_another_person_a_first_name_alone_or_a_wrong_title_is_still_wrong(typed):
    assert not _ask(VOYAGE, "the navigator John Cabot sailed from Bristol", ["John Cabot"], typed).correct, typed


def test_a_surname_two_people_share_asks_for_the_full_name():
    text = "John Adams signed the treaty. His cousin Samuel Adams led the protest in Boston."
    result = _ask(text, "John Adams signed the treaty", ["John Adams"], "Adams")
    assert not result.correct and "more than one person" in result.note


@pytest.mark.parametrize("typed, right", [("Henry 7", True), ("Henry the Seventh", True), ("Henry VII", True),
                                          ("Henry 8", False), ("Henry the Eighth", False), ("Henry", False)])
def test_a_rulers_number_in_digits_or_words(typed, right):
    result = _ask(VOYAGE, "for King Henry VII of England", ["Henry VII"], typed)
    assert result.correct is right, (typed, result.note)


@pytest.mark.parametrize("typed, right", [("the Muscovy Company", True), ("Muscovy Co.", True), ("MC", True),
                                          ("the company", False), ("Virginia Company", False), ("Company", False)])
def test_a_companys_name_never_shrinks_to_company(typed, right):
    result = _ask(VOYAGE, "the Muscovy Company (MC)", ["Muscovy Company"], typed)
    assert result.correct is right, (typed, result.note)


@pytest.mark.parametrize("typed, right", [("Canada", True), ("the Dominion of Canada", True), ("Dominion", False),
                                          ("France", False)])
def test_a_dominion_or_province_of_a_land_is_named_by_the_land(typed, right):
    result = _ask(VOYAGE, "later the Dominion of Canada", ["Dominion of Canada"], typed)
    assert result.correct is right, (typed, result.note)


def test_a_united_kingdom_is_not_its_first_word():
    text = "In 1801 Ireland joined Great Britain in the United Kingdom of Great Britain and Ireland."
    assert not _ask(text, "in the United Kingdom", ["United Kingdom"], "United").correct


ROME = ("The censor Marcus Porcius Cato, known as Cato the Elder, ended every speech with a call to destroy Carthage. "
        "Antiochus III, known as Antiochus the Great, had lost to Rome. Publius Cornelius Scipio Nasica spoke "
        "against Cato in the Senate. The United Nations Educational, Scientific and Cultural Organization (UNESCO) "
        "lists the ruins.")


@pytest.mark.parametrize("typed", ["Cato", "Cato the Elder", "Marcus Cato", "Marcus Porcius Cato"])
def test_the_name_the_text_gives_after_known_as_and_a_romans_names(typed):
    assert _ask(ROME, "Marcus Porcius Cato, known as Cato the Elder", ["Marcus Porcius Cato"], typed).correct, typed


@pytest.mark.parametrize("typed", ["the Elder", "Cato the Younger", "Marcus", "Porcius", "Scipio"])
def test_an_epithet_alone_or_a_first_name_alone_is_not_the_man(typed):
    assert not _ask(ROME, "Marcus Porcius Cato, known as Cato the Elder", ["Marcus Porcius Cato"], typed).correct, typed


@pytest.mark.parametrize("typed, right", [("Scipio Nasica", True), ("Nasica", True), ("Publius Cornelius", False),
                                          ("Cornelius", False)])
def test_the_last_names_of_a_roman_name(typed, right):
    result = _ask(ROME, "Publius Cornelius Scipio Nasica spoke", ["Publius Cornelius Scipio Nasica"], typed)
    assert result.correct is right, (typed, result.note)


@pytest.mark.parametrize("typed, right", [("Antiochus the Great", True), ("Antiochus 3", True),
                                          ("Antiochus the Third", True), ("Antiochus IV", False)])
def test_a_kings_other_name_and_number(typed, right):
    result = _ask(ROME, "Antiochus III, known as Antiochus the Great, had lost", ["Antiochus III"], typed)
    assert result.correct is right, (typed, result.note)


@pytest.mark.parametrize("typed, right", [("UNESCO", True), ("unesco", True), ("UN", False), ("UNICEF", False)])
def test_an_abbreviation_whose_long_form_has_a_comma_list(typed, right):
    result = _ask(ROME, "The United Nations Educational, Scientific and Cultural Organization (UNESCO) lists",
                  ["United Nations Educational, Scientific and Cultural Organization"], typed)
    assert result.correct is right, (typed, result.note)


def test_a_typo_in_a_name_read_from_the_text_says_the_spelling():
    result = _ask(ROME, "Publius Cornelius Scipio Nasica spoke", ["Publius Cornelius Scipio Nasica"], "Scipio Nasika")
    assert result.correct and "Scipio Nasica" in result.note
    # two typos, or a typo of a word another name of the text spells ("Carthage" is no typo of "Cato")
    assert not _ask(ROME, "Publius Cornelius Scipio Nasica spoke", ["Publius Cornelius Scipio Nasica"],
                    "Scipo Nasika").correct
    text = "Publius Scipio Nasica spoke for the war. His brother Nasico stayed in Rome."
    assert not _ask(text, "Publius Scipio Nasica spoke", ["Publius Scipio Nasica"], "Scipio Nasico").correct


def _numeric(text: str, quote: str, value: float, prompt: str):
    qset = QuestionSet.model_validate({
        "schema_version": 1, "id": "t", "title": "T", "sources": [{"id": "s", "title": "T", "text": text}],
        "questions": [{"id": "q", "type": "numeric", "prompt": prompt, "topics": ["dates"], "value": value,
                       "explanation": "From the text.", "evidence": {"source": "s", "quote": quote}}]})
    check_set(qset)
    return qset.questions[0], qset


@pytest.mark.parametrize("typed, right", [("149", True), ("149 BC", True), ("149 bc", True), ("149 B.C.", True),
                                          ("149 BCE", True), ("AD 149", False), ("149 CE", False), ("149 ad", False)])
def test_a_year_bc_typed_as_ad_is_wrong(typed, right):
    question, qset = _numeric("The Third Punic War (149-146 BC) ended with Carthage burnt.", "(149-146 BC)", 149,
                              "In which year did the war begin?")
    result = grade(question, typed, sources=qset)
    assert result.correct is right, (typed, result.note)
    if not right:
        assert "BC" in result.note


@pytest.mark.parametrize("typed, right", [("26 March 1821", True), ("March 26, 1821", True), ("26/03/1821", True),
                                          ("25 or 26 March 1821", False), ("26 March 1821 or 1822", False),
                                          ("26 to 27 March 1821", False)])
def test_a_date_hedged_between_two_days_is_wrong(typed, right):
    text = "On 26 March 1821 the two firms agreed to merge."
    result = _ask(text, "On 26 March 1821 the two firms agreed to merge", ["26 March 1821"], typed)
    assert result.correct is right, (typed, result.note)


@pytest.mark.parametrize("typed, right", [("Henry the Lion", True), ("Henry", True), ("the Lion", False),
                                          ("Lion", False)])
def test_an_epithet_in_the_key_alone_is_not_the_man(typed, right):
    text = "Duke Henry the Lion of Saxony founded the town anew in 1159."
    result = _ask(text, "Duke Henry the Lion of Saxony founded the town", ["Henry the Lion"], typed)
    assert result.correct is right, (typed, result.note)
    other = "Duke Henry the Lion of Saxony founded the town anew in 1159. Henry VI later took Sicily."
    assert not _ask(other, "Duke Henry the Lion of Saxony founded the town", ["Henry the Lion"], "Henry").correct
    assert _ask(other, "Duke Henry the Lion of Saxony founded the town", ["Henry the Lion"], "Henry the Lion").correct

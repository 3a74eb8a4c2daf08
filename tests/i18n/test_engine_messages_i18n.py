"""The engine's one translation function: English by default, the shipped French through a Catalogue read
without Qt (what the command line can use), plural forms by each language's rule."""

from __future__ import annotations

from pathlib import Path

import pytest

from question_bank import i18n
from question_bank.loading import load_builtin
from question_bank.topics import TOPIC_LABELS, TYPE_LABELS
from quiz_app.grading import grade
from quiz_app.scores.memory import next_review_words

FRENCH = Path(__file__).resolve().parents[2] / "translations" / "quiz_app_fr.ts"


@pytest.fixture
def french():
    i18n.install(i18n.Catalogue.from_ts(FRENCH))
    yield
    i18n.install(None)


def test_without_a_translation_the_engine_speaks_english_with_english_plurals():
    assert i18n.translate("grading", "Not answered.") == "Not answered."
    assert i18n.translate("memory", "in %n day(s)", "", 1) == "in 1 day"
    assert i18n.translate("memory", "in %n day(s)", "", 4) == "in 4 days"
    assert TOPIC_LABELS["dates"] == "Dates" and TYPE_LABELS["cloze"] == "Fill the gaps"


def test_the_french_catalogue_translates_grading_notes_topics_and_review_days(french):
    qset = load_builtin().question_set
    question = next(q for q in qset.questions if q.type == "multiple_choice")
    assert grade(question, None, sources=qset).note == "Sans réponse."
    assert TOPIC_LABELS["leaders"] == "Dirigeants"
    assert TYPE_LABELS["true_false"] == "Vrai ou faux"
    assert next_review_words(1) == "prochaine révision demain"
    assert next_review_words(0, short=True) == "aujourd’hui"


@pytest.mark.parametrize(("n", "words"), [(0, "dans 0 jour"), (1, "dans 1 jour"), (2, "dans 2 jours"), (12, "dans 12 jours")])
def test_french_plural_forms_take_the_singular_for_zero_and_one(french, n, words):
    assert i18n.translate("memory", "in %n day(s)", "", n) == words


def test_a_string_the_catalogue_lacks_stays_english(french):
    assert i18n.translate("grading", "A note no translator has seen") == "A note no translator has seen"


def test_labels_are_translated_when_read_so_a_language_chosen_later_applies():
    before = TOPIC_LABELS["places"]
    i18n.install(i18n.Catalogue.from_ts(FRENCH))
    try:
        assert (before, TOPIC_LABELS["places"]) == ("Places", "Lieux")
        assert dict(TOPIC_LABELS)["places"] == "Lieux" and list(TOPIC_LABELS)[0] == "dates"
    finally:
        i18n.install(None)
    assert TOPIC_LABELS["places"] == "Places"


def test_the_name_notes_of_the_grader_are_french_too(french):
    """The notes the answer reader gives for a name it cannot take ("give the full name", "give the ruler's number")
    were English in every language until round 17 of issue 16."""
    from question_bank.models import QuestionSet

    text = ("The city had been founded by the Roman emperor Constantine in 330. Its last emperor was Constantine XI "
            "Palaiologos. Constantine XI died fighting. John F. Kennedy and Robert F. Kennedy met. Kennedy spoke.")
    qset = QuestionSet.model_validate({
        "schema_version": 1, "id": "t", "title": "T", "sources": [{"id": "s", "title": "T", "text": text}],
        "questions": [{"id": f"q{n}", "type": "short_answer", "prompt": "Fill in the blank: _____",
                       "topics": ["leaders"], "explanation": "From the text.",
                       "evidence": {"source": "s", "quote": quote}, "accepted": [key]}
                      for n, (quote, key) in enumerate([("Constantine XI died fighting", "Constantine XI"),
                                                        ("John F. Kennedy and Robert F. Kennedy met",
                                                         "John F. Kennedy")])]})
    ruler, kennedy = qset.questions
    assert grade(ruler, "Constantine", sources=qset).note == "Donnez aussi le numéro du souverain (Constantine XI)."
    assert grade(kennedy, "Kennedy", sources=qset).note == \
        "Le texte nomme plus d’une personne appelée Kennedy ; donnez le nom complet."

"""Right answers set 14's after rater found marked wrong (issue 16's unseen set 14, rated blind at fae0cdb): the grader
must take the same name written as a student writes it. Each case is a short-answer question built as the drafter
built it (its accepted list as drafted), graded through ``grade`` with its source, as a round does."""

from __future__ import annotations

import pytest
from gradingtables import short_answer_question

from quiz_app.grading import grade, match_short_answer

HUNGARY = ("In October 1956 Polish workers and Communists won concessions from Moscow, and the reformer Władysław "
           "Gomułka returned to lead the Polish party. After the Second World War, Hungary came under Soviet control.")
ROSES = ("1453. King Henry VI of England loses his mind after news of the English defeat at Castillon. "
         "1455. Henry VI recovers and York loses power. 1485. Henry becomes King Henry VII.")
PETRA = ("The Nabataeans controlled the caravan routes that carried incense, spices and silk between Arabia, Egypt "
         "and the Mediterranean.")


_question = short_answer_question


@pytest.mark.parametrize(("text", "quote", "accepted", "typed"), [
    (HUNGARY, "the reformer Władysław Gomułka returned", ["Władysław Gomułka", "Gomułka"], "Wladyslaw Gomulka"),
    (HUNGARY, "the reformer Władysław Gomułka returned", ["Władysław Gomułka", "Gomułka"], "wladyslaw gomulka"),
    (HUNGARY, "After the Second World War", ["Second World War", "2nd World War"], "World War II"),
    (HUNGARY, "After the Second World War", ["Second World War", "2nd World War"], "WWII"),
    (HUNGARY, "After the Second World War", ["Second World War", "2nd World War"], "World War Two"),
    (ROSES, "King Henry VI of England loses his mind", ["Henry VI of England", "King Henry VI of England"],
     "Henry VI"),
    (ROSES, "King Henry VI of England loses his mind", ["Henry VI of England", "King Henry VI of England"],
     "King Henry VI"),
    (PETRA, "between Arabia, Egypt and the Mediterranean", ["Mediterranean"], "Mediterranean Sea"),
    (PETRA, "between Arabia, Egypt and the Mediterranean", ["Mediterranean"], "the Mediterranean Sea"),
])
def test_the_same_name_as_a_student_writes_it_is_right(text, quote, accepted, typed):
    question, qset = _question(text, quote, accepted)
    assert grade(question, typed, sources=qset).correct, typed


@pytest.mark.parametrize(("text", "quote", "accepted", "typed"), [
    (HUNGARY, "After the Second World War", ["Second World War", "2nd World War"], "World War I"),
    (HUNGARY, "After the Second World War", ["Second World War", "2nd World War"], "First World War"),
    (ROSES, "King Henry VI of England loses his mind", ["Henry VI of England", "King Henry VI of England"],
     "Henry VII"),
    (ROSES, "King Henry VI of England loses his mind", ["Henry VI of England", "King Henry VI of England"],
     "Henry"),
    (ROSES, "King Henry VI of England loses his mind", ["Henry VI of England", "King Henry VI of England"],
     "Henry VI of France"),
    (PETRA, "between Arabia, Egypt and the Mediterranean", ["Mediterranean"], "Red Sea"),
    (PETRA, "between Arabia, Egypt and the Mediterranean", ["Mediterranean"], "Mediterranean Ocean Sea"),
])
def test_another_name_is_still_wrong(text, quote, accepted, typed):
    question, qset = _question(text, quote, accepted)
    assert not grade(question, typed, sources=qset).correct, typed


def test_a_ruler_of_another_realm_with_the_same_number_keeps_the_realm_needed():
    text = "Philip II of Spain married Mary. Philip II of France fought at Bouvines. Philip II of Spain died in 1598."
    question, qset = _question(text, "Philip II of Spain married Mary", ["Philip II of Spain"])
    assert not grade(question, "Philip II", sources=qset).correct
    assert grade(question, "Philip II of Spain", sources=qset).correct


def test_barred_letters_fold_like_accents():
    assert match_short_answer("Oresund", ["Øresund"]) == ("folded", "Øresund")
    assert match_short_answer("Aethelred", ["Æthelred"]) == ("folded", "Æthelred")
    assert match_short_answer("Lodz", ["Łódź"]) == ("folded", "Łódź")


CONSTANTINOPLE = ("The city had been founded by the Roman emperor Constantine in 330. Its last emperor was Constantine "
                  "XI Palaiologos, who could gather only about 7,000 soldiers. Constantine XI died fighting, and his "
                  "body was never certainly identified.")


@pytest.mark.parametrize(("typed", "right"), [
    ("Constantine XI", True),
    # the full name the text gives him two sentences before the quote (set 17's after rater: marked wrong)
    ("Constantine XI Palaiologos", True),
    ("constantine xi palaiologos", True),
    # the founder of 330 is Constantine too: without the number the answer names neither for sure
    ("Constantine", False),
    ("Constantine Palaiologos", False),
    ("Constantine X", False),
    ("Palaiologos", False),
])
def test_the_full_name_the_text_gives_elsewhere_is_right_and_the_number_is_needed(typed, right):
    question, qset = _question(CONSTANTINOPLE, "Constantine XI died fighting", ["Constantine XI"])
    result = grade(question, typed, sources=qset)
    assert result.correct is right, typed

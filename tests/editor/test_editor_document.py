"""The editor's document model without any widget: paths, new questions, validation, drafts, passages."""

from __future__ import annotations

import copy

import pytest
from editor_helpers import AIRLIFT

from question_bank.models import QUESTION_TYPES
from quiz_app.ui.editor.document import (
    MISSING,
    file_data,
    get_at,
    new_question,
    new_set_data,
    playable_set,
    set_at,
    tidy_passage,
    unique_question_id,
    validate,
)
from quiz_app.ui.editor.forms.fields import parse_number


def test_paths_get_set_and_delete():
    data = {"questions": [{"choices": [{"text": "a"}]}]}
    assert get_at(data, ("questions", 0, "choices", 0, "text")) == "a"
    assert get_at(data, ("questions", 3)) is MISSING
    set_at(data, ("questions", 0, "choices", 0, "feedback"), "why")
    assert data["questions"][0]["choices"][0]["feedback"] == "why"
    set_at(data, ("questions", 0, "choices", 0, "feedback"), MISSING)
    assert "feedback" not in data["questions"][0]["choices"][0]
    set_at(data, ("questions", 1), {"id": "x"})  # appending at the end
    assert data["questions"][1] == {"id": "x"}


@pytest.mark.parametrize("qtype", QUESTION_TYPES)
def test_a_new_question_is_incomplete_not_broken(qtype):
    data = new_set_data(AIRLIFT, "Airlift")
    data["questions"].append(new_question(qtype, unique_question_id(data), "airlift"))
    validation = validate(data)
    assert validation.question_set is None  # incomplete: structural errors, reported per field
    assert validation.errors and all(p.path[:2] == ("questions", 0) for p in validation.errors)
    assert "questions[0].evidence.quote" in {p.where for p in validation.errors}
    assert all(p.message for p in validation.errors)


def test_a_set_with_errors_is_written_as_a_draft_and_tried_without_its_broken_questions():
    data = new_set_data(AIRLIFT, "Airlift")
    assert data["status"] == "ready"
    good = new_question("true_false", "q-001", "airlift")
    good.update(prompt="The blockade began on June 24, 1948.", explanation="The text says so.",
                evidence={"source": "airlift", "quote": "The blockade began on June 24, 1948."})
    data["questions"] = [good, new_question("numeric", "q-002", "airlift")]
    validation = validate(data)
    assert validation.errors
    assert file_data(data, validation)["status"] == "draft"
    assert data["status"] == "ready"  # the teacher's intent is kept in the editor
    qset, left_out, why = playable_set(data)
    assert [q.id for q in qset.questions] == ["q-001"] and left_out == [1] and not why
    assert qset.questions[0].evidence.span is not None
    clean = copy.deepcopy(data)
    clean["questions"] = [good]
    assert file_data(clean, validate(clean))["status"] == "ready"


def test_the_closest_passage_is_trimmed_to_the_old_quote():
    old = "Following their agreement with the United States and Britain at the Yalta Conference"
    found = "theater. Following their agreement with the United States and Britain at the Yalta summit, the"
    assert tidy_passage(old, found) == ("Following their agreement with the United States and Britain at the "
                                        "Yalta summit")
    assert tidy_passage("a b c", "x y z") == "x y z"


@pytest.mark.parametrize(("typed", "value"), [
    ("135000", 135000), ("135,000", 135000), ("2.5", 2.5), ("", MISSING), ("about ten", "about ten"),
    ("1e3", 1000), ("nan", "nan"),
])
def test_numbers_typed_by_the_teacher(typed, value):
    assert parse_number(typed) == value

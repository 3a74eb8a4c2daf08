"""Issue 19, the bank (no Qt): search and filters, duplicates, several questions changed at once, questions
copied into another set with their sources."""

from __future__ import annotations

import json
from importlib import resources

from question_bank.models import CORE_TOPICS
from quiz_app.ui.editor.bank import (
    BulkChange,
    QuestionFilter,
    changed_questions,
    copy_into,
    find_duplicates,
    matching_rows,
    question_paragraphs,
)
from quiz_app.ui.editor.document import Validation


def _builtin() -> dict:
    with resources.as_file(resources.files("question_bank") / "banks" / "korean-war-1950.json") as path:
        return json.loads(path.read_text(encoding="utf-8"))


def test_search_and_filters_keep_the_right_questions():
    data = _builtin()
    questions = data["questions"]
    none = Validation()
    assert matching_rows(data, QuestionFilter(), none) == list(range(len(questions)))
    # a word of the question, any case, accents ignored
    wanted = [i for i, q in enumerate(questions) if "pusan" in json.dumps(q).lower()]
    assert wanted and matching_rows(data, QuestionFilter(text="PUSAN"), none) == wanted
    for qtype in {q["type"] for q in questions}:
        assert matching_rows(data, QuestionFilter(qtype=qtype), none) == \
            [i for i, q in enumerate(questions) if q["type"] == qtype]
    topic = CORE_TOPICS[0]
    assert matching_rows(data, QuestionFilter(topic=topic), none) == \
        [i for i, q in enumerate(questions) if topic in q["topics"]]
    assert matching_rows(data, QuestionFilter(difficulty=3), none) == \
        [i for i, q in enumerate(questions) if q.get("difficulty", 2) == 3]
    paragraphs = question_paragraphs(data)
    assert all(p is not None for p in paragraphs)  # every built-in quote is found
    first = paragraphs[0]
    assert matching_rows(data, QuestionFilter(paragraph=first), none) == \
        [i for i, p in enumerate(paragraphs) if p == first]
    assert matching_rows(data, QuestionFilter(has_problems=True), none) == []
    assert matching_rows(data, QuestionFilter(text="zzzz-nothing"), none) == []


def test_duplicates_same_and_near_same():
    data = _builtin()
    questions = data["questions"]
    assert find_duplicates(questions).groups == []
    twin = dict(questions[2], id="twin")
    near = dict(questions[5], id="near", prompt=questions[5]["prompt"].rstrip("?") + " exactly?")
    found = find_duplicates([*questions, twin, near])
    assert (2, len(questions)) in found.groups
    assert (5, len(questions) + 1) in found.groups
    assert len(found.groups) == 2


def test_several_questions_changed_at_once():
    questions = _builtin()["questions"]
    change = BulkChange(add_topics=("places",), remove_topics=("dates",), points=2, difficulty=3)
    out = changed_questions(questions, [0, 3], change)
    for i in (0, 3):
        assert "places" in out[i]["topics"] and "dates" not in out[i]["topics"]
        assert out[i]["points"] == 2 and out[i]["difficulty"] == 3
    assert out[1] == questions[1] and questions[0] == _builtin()["questions"][0]  # the input is untouched


def test_copy_into_another_set_brings_the_sources_and_makes_ids_unique():
    source_set = _builtin()
    target = {"id": "other", "title": "Other", "sources": [
        {"id": source_set["sources"][0]["id"], "title": "Another text", "text": "Something else entirely."}],
        "questions": [dict(source_set["questions"][0])]}
    target["questions"][0]["evidence"] = {"source": source_set["sources"][0]["id"], "quote": "Something else"}
    copied = copy_into(target, source_set, [0, 1])
    out = copied.target
    assert len(out["questions"]) == 3 and len(set(q["id"] for q in out["questions"])) == 3
    new_sid = copied.sources_added[0]
    assert new_sid != source_set["sources"][0]["id"]
    assert next(s for s in out["sources"] if s["id"] == new_sid)["text"] == source_set["sources"][0]["text"]
    assert {q["evidence"]["source"] for q in out["questions"][1:]} == {new_sid}
    # a second copy shares the source already there
    again = copy_into(out, source_set, [2])
    assert again.sources_added == [] and again.target["questions"][-1]["evidence"]["source"] == new_sid

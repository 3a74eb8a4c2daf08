"""A teacher builds a set from a new text entirely through the editor: paste the text, add one question of
each type, set each evidence by selecting text, fix the error the editor reports, save, reopen, try it."""

from __future__ import annotations

import json

from editor_helpers import (
    AIRLIFT,
    click,
    item_texts,
    open_and_wait,
    select_passage,
    select_passage_by_keyboard,
    type_into,
)
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from question_bank import evidence as ev
from question_bank.loading import load_set
from question_bank.models import QUESTION_TYPES, QuestionSet
from question_bank.validation import check_set
from quiz_app import paths
from quiz_app.session import RoundSettings, scorable, start_round


def _add(qtbot, w, qtype):
    w.question_panel.type_combo.setCurrentIndex(w.question_panel.type_combo.findData(qtype))
    click(qtbot, w.question_panel.add_button)
    form = w.question_editor.forms[qtype]
    assert w.question_editor.currentWidget() is form
    return form


def _fill_rows(qtbot, rows_editor, values: list[dict]):
    while len(rows_editor.row_frames) < len(values):
        click(qtbot, rows_editor.add_button)
    for r, row in enumerate(values):
        for key, text in row.items():
            type_into(qtbot, rows_editor.row_widgets[r][key], text)


def _common(qtbot, form, prompt: str | None, explanation: str):
    if prompt is not None:
        type_into(qtbot, form.prompt_edit, prompt)
    type_into(qtbot, form.explanation_edit, explanation)


def _right_response(q, source_text):
    if q.type == "multiple_choice":
        return next(i for i, c in enumerate(q.choices) if c.correct)
    if q.type == "multiple_select":
        return {i for i, c in enumerate(q.choices) if c.correct}
    if q.type == "true_false":
        return q.answer
    if q.type == "numeric":
        return f"{q.value:.12g}"
    if q.type == "short_answer":
        return q.accepted[0]
    if q.type == "ordering":
        return list(range(len(q.items)))
    if q.type == "matching":
        return {i: i for i in range(len(q.pairs))}
    if q.type == "cloze":
        return [g.answer for g in q.gaps]
    span = ev.find_quote(source_text, q.evidence.quote)
    return ev.sentence_at(source_text, span[0]).index


def test_build_a_set_from_a_pasted_text(make_editor, qtbot, data_dir):
    w = make_editor()
    page = w.start_page
    assert page.isVisible()
    type_into(qtbot, page.title_edit, "The Berlin Airlift")
    page.text_edit.setFocus()
    page.text_edit.insertPlainText(AIRLIFT)  # what a paste does
    click(qtbot, page.create_button)
    assert w.panes.workspace.isVisible() and not page.isVisible()
    assert w.data["title"] == "The Berlin Airlift"
    assert w.data["sources"][0]["text"] == AIRLIFT
    assert w.source_pane.text_view.toPlainText() == AIRLIFT

    # 1. multiple choice: ticking a choice unticks the others
    form = _add(qtbot, w, "multiple_choice")
    _common(qtbot, form, "Who ordered the first flights?", "The text says Clay ordered the first flights.")
    _fill_rows(qtbot, form.choices, [{"text": "General Lucius D. Clay"},
                                     {"text": "President Harry Truman", "feedback": "The text does not name Truman."},
                                     {"text": "Joseph Stalin"}])
    click(qtbot, form.choices.row_widgets[2]["correct"])
    assert [c["correct"] for c in w.data["questions"][0]["choices"]] == [False, False, True]
    click(qtbot, form.choices.row_widgets[0]["correct"])
    assert [c["correct"] for c in w.data["questions"][0]["choices"]] == [True, False, False]
    assert w.data["questions"][0]["choices"][1]["feedback"] == "The text does not name Truman."
    assert "feedback" not in w.data["questions"][0]["choices"][0]
    select_passage(qtbot, w, "General Lucius D. Clay, the American military governor, ordered the first flights.")

    # 2. choose all that apply, evidence selected with the keyboard
    form = _add(qtbot, w, "multiple_select")
    _common(qtbot, form, "What did the Soviet Union block in June 1948?", "The text lists roads, railways, canals.")
    _fill_rows(qtbot, form.choices, [{"text": "road"}, {"text": "railway"}, {"text": "airspace"}])
    click(qtbot, form.choices.row_widgets[1]["correct"])
    select_passage_by_keyboard(qtbot, w, "the Soviet Union blocked every road, railway and canal")

    # 3. true or false
    form = _add(qtbot, w, "true_false")
    _common(qtbot, form, "The blockade began on June 24, 1948.", "The text gives this date.")
    assert form.true_radio.isChecked()
    type_into(qtbot, form.feedback_right_edit, "Yes: the text gives this day.")
    assert w.data["questions"][-1]["feedback_right"] == "Yes: the text gives this day."
    select_passage(qtbot, w, "The blockade began on June 24, 1948.")

    # 4. number: first with a value the quote does not give
    form = _add(qtbot, w, "numeric")
    _common(qtbot, form, "About how many tons of food and coal did the Allies fly in?", "The text says 2.3 million tons.")
    type_into(qtbot, form.value_edit, "2.3")
    type_into(qtbot, form.unit_edit, "tons")
    type_into(qtbot, form.tolerance_edit, "0")
    select_passage(qtbot, w, "The Allies flew about 2.3 million tons of food and coal to the people of the city.")
    numeric_index = 3

    # 5. short answer
    form = _add(qtbot, w, "short_answer")
    _common(qtbot, form, "What did the British call their part of the airlift?", "The text names it.")
    _fill_rows(qtbot, form.accepted, [{"": "Operation Plainfare"}, {"": "Plainfare"}])
    select_passage(qtbot, w, "The British called their part of the airlift Operation Plainfare.")

    # 6. ordering, with dates
    form = _add(qtbot, w, "ordering")
    _common(qtbot, form, "Put these events in order.", "The dates in the text give the order.")
    _fill_rows(qtbot, form.items, [{"text": "The blockade began", "date": "June 24, 1948"},
                                   {"text": "The first supplies were flown in", "date": "June 26, 1948"},
                                   {"text": "The blockade was lifted", "date": "May 12, 1949"}])
    select_passage(qtbot, w, "The blockade began on June 24, 1948. Two days later, on June 26, 1948, American aircraft "
                             "flew the first supplies into the city. The Soviet Union lifted the blockade on May 12, 1949.")

    # 7. matching
    form = _add(qtbot, w, "matching")
    _common(qtbot, form, "Match each name with what the text says about it.", "The text names both.")
    _fill_rows(qtbot, form.pairs, [{"left": "Lucius D. Clay", "right": "American military governor"},
                                   {"left": "Operation Plainfare", "right": "British part of the airlift"}])
    select_passage(qtbot, w, "General Lucius D. Clay, the American military governor, ordered the first flights. "
                             "The British called their part of the airlift Operation Plainfare.")

    # 8. cite: the instruction is filled in already
    form = _add(qtbot, w, "cite")
    assert form.prompt_edit.toPlainText()
    type_into(qtbot, form.statement_edit, "Supplies kept coming by air for months after the blockade was lifted.")
    _common(qtbot, form, None, "The flights went on until the end of September 1949.")
    select_passage(qtbot, w, "The flights went on until September 30, 1949.")

    # 9. fill the gaps: the passage selected, two words clicked into one gap, made a drop-down
    form = _add(qtbot, w, "cloze")
    assert form.prompt_edit.toPlainText()
    _common(qtbot, form, None, "The text gives the day the blockade was lifted.")
    select_passage(qtbot, w, "The Soviet Union lifted the blockade on May 12, 1949.")
    QApplication.processEvents()
    for word in ("May", "12", "1949"):
        click(qtbot, next(b for b in form.words.buttons if b.text().endswith(word)))
    card = form.cards[0]
    card.kind_combo.setCurrentIndex(card.kind_combo.findData("dropdown"))
    card.kind_combo.activated.emit(card.kind_combo.currentIndex())
    assert w.data["questions"][8]["gaps"][0]["answer"] == "May 12, 1949"
    assert w.data["questions"][8]["gaps"][0]["distractors"]

    assert [q["type"] for q in w.data["questions"]] == list(QUESTION_TYPES)
    quote = w.data["questions"][1]["evidence"]["quote"]
    assert quote == "the Soviet Union blocked every road, railway and canal"

    # The editor reports the wrong number: a marker in the list, a line in the problems panel.
    validation = w.validate_now()
    assert [p.message for p in validation.errors] == ["the number 2.3 is not in the quote"]
    assert "⚠" in item_texts(w.question_panel.list)[numeric_index]
    assert all("⚠" not in t for i, t in enumerate(item_texts(w.question_panel.list)) if i != numeric_index)
    assert "the number 2.3 is not in the quote" in w.question_panel.list.row_tooltip(numeric_index)
    assert "1 problem" in w.count_label.text()
    w.question_panel.list.setCurrentRow(0)
    # Clicking the problem selects the question and puts the caret in the number field.
    problem_item = w.problems.list.item(0)
    assert "Question 4" in problem_item.text() and "number" in problem_item.text()
    rect = w.problems.list.visualItemRect(problem_item)
    qtbot.mouseClick(w.problems.list.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert w.question_panel.list.currentRow() == numeric_index
    numeric_form = w.question_editor.forms["numeric"]
    assert numeric_form.value_edit.hasFocus()
    numeric_form.value_edit.selectAll()
    qtbot.keyClicks(numeric_form.value_edit, "2,300,000")
    assert w.data["questions"][numeric_index]["value"] == 2300000
    w.validate_now()
    assert w.validation.errors == []
    assert "No problems" in w.count_label.text()
    assert all("⚠" not in t for t in item_texts(w.question_panel.list))

    # Save: a new set goes to the sets folder, where the students' window finds it.
    with qtbot.waitSignal(w.set_saved) as saved:
        w.menus.by_name["save"].trigger()
    path = paths.sets_dir(data_dir) / "the-berlin-airlift.json"
    assert saved.args == [str(path)]
    assert not w.isWindowModified()
    result = load_set(path)
    assert result.ok, [str(p) for p in result.errors]
    assert scorable(result) is None
    assert result.question_set.status == "ready"

    # Reopen in a fresh editor: the same set, still without problems.
    w2 = make_editor()
    open_and_wait(qtbot, w2, path)
    assert w2.data == json.loads(path.read_text(encoding="utf-8"))
    assert w2.validation.errors == []
    assert w2.question_panel.list.count() == len(QUESTION_TYPES)

    # Try as a student: the signal carries a valid set, which plays as a practice round.
    with qtbot.waitSignal(w2.try_requested) as tried:
        w2.menus.by_name["try"].trigger()
    qset = tried.args[0]
    assert isinstance(qset, QuestionSet)
    assert [p for p in check_set(qset) if p.severity == "error"] == []
    assert [q.type for q in qset.questions] == list(QUESTION_TYPES)
    rnd = start_round(qset, RoundSettings.for_set(qset, "practice", count=len(qset.questions)), record=False)
    text = qset.sources[0].text
    while (shown := rnd.present()) is not None:
        assert rnd.answer(_right_response(shown.question, text)).correct
    assert rnd.summary().percent == 100


def test_a_new_question_is_an_error_until_it_has_evidence(editor, qtbot):
    w = editor
    w.new_set_from_text(AIRLIFT, "Airlift")
    form = _add(qtbot, w, "short_answer")
    w.validate_now()
    places = {p.where for p in w.validation.errors}
    assert "questions[0].evidence.quote" in places
    assert "questions[0].prompt" in places
    assert "⚠" in w.question_panel.list.row_text(0)
    assert w.source_pane.status_label.text().startswith("⚠ No evidence yet")
    # Suggest evidence ranks the sentences for the question and its answer.
    type_into(qtbot, form.prompt_edit, "What did the British call their part of the airlift?")
    type_into(qtbot, form.accepted.row_widgets[0][""], "Operation Plainfare")
    click(qtbot, w.source_pane.suggest_button)
    assert w.source_pane.suggestions.isVisible()
    best = w.source_pane.suggestions.item(0).data(Qt.ItemDataRole.UserRole)
    assert best == "The British called their part of the airlift Operation Plainfare."
    click(qtbot, w.source_pane.use_suggestion_button)
    assert w.data["questions"][0]["evidence"] == {"source": "airlift", "quote": best}
    assert w.source_pane.status_label.text().startswith("✓ Found")
    extra = w.source_pane.text_view.extraSelections()
    assert len(extra) == 1 and extra[0].cursor.selectedText() == best
    w.validate_now()
    assert {p.where for p in w.validation.errors} == {"questions[0].explanation"}

"""Issue 19: an ordering event and a matching pair get a quote of their own, chosen by selecting words in
the source; selections snap to whole words; a question's selection does not stay for the next question."""

from __future__ import annotations

from editor_helpers import AIRLIFT, click, select_passage, type_into, wait_checked
from PySide6.QtCore import Qt

from question_bank.loading import load_set_text
from quiz_app.ui.editor.source_pane import snap_to_words


def _add(qtbot, w, qtype):
    w.question_panel.type_combo.setCurrentIndex(w.question_panel.type_combo.findData(qtype))
    click(qtbot, w.question_panel.add_button)
    return w.question_editor.forms[qtype]


def _new_set(qtbot, w):
    w.new_set_from_text(AIRLIFT, "The Berlin Airlift")
    qtbot.waitUntil(lambda: w.data is not None)


def _errors(w):
    w.validate_now()
    return [p for p in w.validation.errors]


def test_ordering_events_quoted_one_by_one_need_no_dates(editor, qtbot):
    w = editor
    _new_set(qtbot, w)
    form = _add(qtbot, w, "ordering")
    type_into(qtbot, form.prompt_edit, "Put these events in order.")
    type_into(qtbot, form.explanation_edit, "The text tells them in this order.")
    select_passage(qtbot, w, "The blockade began on June 24, 1948.")
    question_quote = w.data["questions"][0]["evidence"]["quote"]
    events = [("The blockade began", "The blockade began on June 24, 1948."),
              ("The first supplies arrived", "American aircraft flew the first supplies into the city."),
              ("The blockade was lifted", "The Soviet Union lifted the blockade on May 12, 1949.")]
    assert form.items.row_labels[0]["date"].text() == "Date"  # not optional yet: no event has its own quote
    for r, (text, quote) in enumerate(events):
        type_into(qtbot, form.items.row_widgets[r]["text"], text)
        select_passage(qtbot, w, quote)
        click(qtbot, form.items.row_widgets[r]["evidence"].take_button)
    q = w.data["questions"][0]
    assert [it["evidence"]["quote"] for it in q["items"]] == [quote for _, quote in events]
    assert q["evidence"]["quote"] == question_quote  # the selections did not take the question's own quote
    assert form.items.row_widgets[1]["evidence"].quote_label.text() == f"“{events[1][1]}”"
    assert form.items.row_labels[0]["date"].text() == "Date (optional)"
    wait_checked(qtbot, w)
    assert not [p for p in _errors(w) if "date" in p.message], [p.message for p in _errors(w)]

    # the wrong order is caught by where the quotes stand in the text
    click(qtbot, form.items.row_frames[2].up_button)
    assert [i["text"] for i in w.data["questions"][0]["items"]] == [events[0][0], events[2][0], events[1][0]]
    assert any("comes before" in p.message for p in _errors(w))
    w.edits.undo_stack.undo()
    # Remove acts on its own row (the buttons once all acted on row 1)
    rows_before = list(w.data["questions"][0]["items"])
    click(qtbot, form.items.add_button)
    click(qtbot, form.items.row_frames[3].remove_button)
    assert w.data["questions"][0]["items"] == rows_before
    remove = form.items.row_widgets[1]["evidence"].remove_button
    qtbot.waitUntil(remove.isVisible)  # the rows were rebuilt (one fewer): shown once the screen catches up
    # removing one event's quote makes its date needed again, and the label says so
    click(qtbot, form.items.row_widgets[1]["evidence"].remove_button)
    assert "evidence" not in w.data["questions"][0]["items"][1]
    assert form.items.row_labels[0]["date"].text() == "Date"
    assert any("has no date" in p.message for p in _errors(w))
    # one undo step per quote: undo brings the quote back
    w.edits.undo_stack.undo()
    assert w.data["questions"][0]["items"][1]["evidence"]["quote"] == events[1][1]


def test_a_matching_pair_is_checked_against_its_own_quote(editor, qtbot):
    w = editor
    _new_set(qtbot, w)
    form = _add(qtbot, w, "matching")
    type_into(qtbot, form.prompt_edit, "Match each name with what the text says about it.")
    type_into(qtbot, form.explanation_edit, "The text names both.")
    for r, (left, right) in enumerate([("Lucius D. Clay", "American military governor"),
                                       ("Operation Plainfare", "British part of the airlift")]):
        type_into(qtbot, form.pairs.row_widgets[r]["left"], left)
        type_into(qtbot, form.pairs.row_widgets[r]["right"], right)
    select_passage(qtbot, w, "General Lucius D. Clay, the American military governor, ordered the first flights.")
    assert any(p.path[-2:] == (1, "left") or "Plainfare" in p.message for p in _errors(w))
    select_passage(qtbot, w, "The British called their part of the airlift Operation Plainfare.")
    click(qtbot, form.pairs.row_widgets[1]["evidence"].take_button)
    assert w.data["questions"][0]["evidence"]["quote"].startswith("General Lucius D. Clay")
    assert not [p.message for p in _errors(w) if "does not state" in p.message]


def test_quote_from_selection_without_a_selection_says_what_to_do(editor, qtbot):
    w = editor
    _new_set(qtbot, w)
    form = _add(qtbot, w, "ordering")
    click(qtbot, form.items.row_widgets[0]["evidence"].take_button)
    assert "Select the words in the source text first" in w.statusBar().currentMessage()
    assert "evidence" not in w.data["questions"][0]["items"][0]


def test_a_selection_snaps_to_whole_words(editor, qtbot):
    w = editor
    _new_set(qtbot, w)
    _add(qtbot, w, "short_answer")
    select_passage(qtbot, w, "eneral Lucius D. Cl")
    assert w.data["questions"][0]["evidence"]["quote"] == "General Lucius D. Clay"
    assert snap_to_words("the Candy Bombers flew", 5, 14) == (4, 17)
    assert snap_to_words("  two  ", 0, 7) == (2, 5)
    assert snap_to_words("   ", 0, 3)[0] == snap_to_words("   ", 0, 3)[1]


def test_the_previous_questions_selection_is_cleared(editor, qtbot):
    w = editor
    _new_set(qtbot, w)
    _add(qtbot, w, "short_answer")
    _add(qtbot, w, "short_answer")
    select_passage(qtbot, w, "Operation Plainfare")
    assert w.source_pane.text_view.textCursor().hasSelection()
    w.question_panel.list.setFocus()
    qtbot.keyClick(w.question_panel.list, Qt.Key.Key_Up)
    qtbot.waitUntil(lambda: w.edits.current == 0)
    assert not w.source_pane.text_view.textCursor().hasSelection()


def test_the_validator_lists_numbers_and_dates_as_written():
    data = {"id": "s", "title": "S", "sources": [{"id": "a", "title": "A", "text": AIRLIFT}], "questions": [{
        "id": "q1", "type": "true_false", "prompt": "The Allies flew 1,000,000 tons.", "answer": False,
        "correction": "They flew 1,000,000 tons until May 12, 1949.", "topics": ["dates"],
        "explanation": "x", "evidence": {"source": "a", "quote": "The Allies flew about 2.3 million tons"}}]}
    import json
    result = load_set_text(json.dumps(data), "s.json")
    text = " ".join(p.message for p in result.problems)
    assert "1,000,000" in text and "May 12, 1949" in text, text
    assert "e+06" not in text and "1949-5-12" not in text


def test_hints_name_the_forms_fields_not_the_files_keys():
    from question_bank.validation import Problem
    from quiz_app.ui.editor.document import editor_hint, teacher_message

    data = {"id": "s", "title": "S", "sources": [{"id": "a", "title": "A", "text": AIRLIFT}], "questions": [{
        "id": "q1", "type": "true_false", "prompt": "The blockade began on June 1, 1950.", "answer": True,
        "topics": ["dates"], "explanation": "x",
        "evidence": {"source": "a", "quote": "The blockade began on June 24, 1948."}}]}
    import json
    result = load_set_text(json.dumps(data), "s.json")
    hints = [editor_hint(p) for p in result.problems]
    assert hints and all("support_note" not in h and "quiz-bank" not in h for h in hints), hints
    assert any("Teacher-verified" in h for h in hints)
    missing = Problem(("questions", 0, "value"), "missing required field 'value'",
                      "Add the field; see `quiz-bank schema` for the format.")
    assert teacher_message(missing.message) == "not filled in yet" and "quiz-bank" not in editor_hint(missing)


def test_a_pairs_own_quote_must_be_in_the_source():
    import json

    pair_quote = {"source": "a", "quote": "The British called their part of the airlift Operation Plainfare."}
    data = {"id": "s", "title": "S", "sources": [{"id": "a", "title": "A", "text": AIRLIFT}], "questions": [{
        "id": "q1", "type": "matching", "prompt": "Match them.", "topics": ["leaders"], "explanation": "x",
        "pairs": [{"left": "Lucius D. Clay", "right": "American military governor"},
                  {"left": "Operation Plainfare", "right": "British part of the airlift", "evidence": pair_quote}],
        "evidence": {"source": "a", "quote": "General Lucius D. Clay, the American military governor"}}]}
    assert load_set_text(json.dumps(data), "s.json").ok
    pair_quote["quote"] = "The French called their part Operation Plainfare."
    problems = load_set_text(json.dumps(data), "s.json").problems
    assert [p.path for p in problems if "not in source" in p.message] == \
        [("questions", 0, "pairs", 1, "evidence", "quote")]


def test_dates_given_are_checked_as_dates_even_when_every_event_is_quoted():
    """A date the reader cannot place ("late July 1948") is not a missing date: the order is not then
    judged by where the quotes stand in the text (a drafted question was wrongly refused for that)."""
    import json

    text = ("In 1945 a written agreement guaranteed three corridors. The Soviet Union lifted the blockade on "
            "May 12, 1949. Earlier, in late July 1948, Tunner took command.")
    ev = lambda quote: {"source": "a", "quote": quote}  # noqa: E731
    items = [{"text": "Corridors guaranteed", "date": "1945", "evidence": ev("In 1945 a written agreement")},
             {"text": "Tunner took command", "date": "late July 1948", "evidence": ev("in late July 1948, Tunner took "
                                                                                    "command")},
             {"text": "Blockade lifted", "date": "May 12, 1949", "evidence": ev("lifted the blockade on May 12, 1949")}]
    data = {"id": "s", "title": "S", "sources": [{"id": "a", "title": "A", "text": text}], "questions": [{
        "id": "q1", "type": "ordering", "prompt": "Order them.", "topics": ["dates"], "explanation": "x",
        "items": items, "evidence": ev("In 1945 a written agreement guaranteed three corridors.")}]}
    result = load_set_text(json.dumps(data), "s.json")
    assert result.ok, [p.message for p in result.problems]
    # with one date left out, the quotes decide: each writes one date, and they are in order
    del items[0]["date"]
    assert load_set_text(json.dumps(data), "s.json").ok
    items[0], items[2] = items[2], items[0]
    assert any("listed after" in p.message for p in load_set_text(json.dumps(data), "s.json").problems)

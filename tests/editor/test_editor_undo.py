"""Every edit can be undone and redone: fields, choices, evidence, the list of questions, set details."""

from __future__ import annotations

import copy

from editor_helpers import click, open_and_wait, select_passage, type_into
from PySide6.QtCore import Qt


def test_undo_and_redo_every_kind_of_edit(editor, qtbot, builtin_copy):
    w = editor
    open_and_wait(qtbot, w, builtin_copy)
    original = copy.deepcopy(w.data)
    assert not w.isWindowModified()
    first = w.data["questions"][0]
    form = w.question_editor.forms[first["type"]]

    # Typing in a field is one undo step; Ctrl+Z in the field undoes it in the set, not just in the widget.
    type_into(qtbot, form.prompt_edit, "Where was the agreement made?")
    assert w.data["questions"][0]["prompt"] == "Where was the agreement made?"
    assert w.isWindowModified()
    form.prompt_edit.setFocus()
    qtbot.keyClick(form.prompt_edit, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert w.data["questions"][0]["prompt"] == original["questions"][0]["prompt"]
    assert form.prompt_edit.toPlainText() == original["questions"][0]["prompt"]
    qtbot.keyClick(form.prompt_edit, Qt.Key.Key_Z,
                   Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert w.data["questions"][0]["prompt"] == "Where was the agreement made?"
    w.menus.undo_action.trigger()

    # A choice's text and its correct flag.
    type_into(qtbot, form.choices.row_widgets[1]["text"], "The Tehran Conference")
    click(qtbot, form.choices.row_widgets[1]["correct"])
    assert [c["correct"] for c in w.data["questions"][0]["choices"]] == [False, True, False, False]
    w.menus.undo_action.trigger()
    assert [c["correct"] for c in w.data["questions"][0]["choices"]] == [True, False, False, False]
    assert form.choices.row_widgets[0]["correct"].isChecked()
    w.menus.undo_action.trigger()
    assert form.choices.row_widgets[1]["text"].text() == "The Potsdam Conference"
    # Adding, removing and moving rows.
    click(qtbot, form.choices.add_button)
    assert len(w.data["questions"][0]["choices"]) == 5
    click(qtbot, form.choices.row_frames[0].down_button)
    assert w.data["questions"][0]["choices"][1]["text"] == "The Yalta Conference"
    click(qtbot, form.choices.row_frames[4].remove_button)
    assert len(w.data["questions"][0]["choices"]) == 4
    for _ in range(3):
        w.menus.undo_action.trigger()
    assert w.data == original

    # Evidence set by selection, then undone.
    select_passage(qtbot, w, "The Korean Peninsula, a region long dominated by Japan")
    assert w.data["questions"][0]["evidence"]["quote"] == "The Korean Peninsula, a region long dominated by Japan"
    w.menus.undo_action.trigger()
    assert w.data["questions"][0]["evidence"] == original["questions"][0]["evidence"]

    # The list of questions: add, duplicate, move, delete; undo selects the question it changes.
    w.question_panel.list.setCurrentRow(2)
    w.question_panel.type_combo.setCurrentIndex(w.question_panel.type_combo.findData("numeric"))
    click(qtbot, w.question_panel.add_button)
    assert w.data["questions"][3]["type"] == "numeric" and w.question_panel.list.currentRow() == 3
    click(qtbot, w.question_panel.duplicate_button)
    assert w.data["questions"][4]["id"] == w.data["questions"][3]["id"] + "-copy"
    w.question_panel.list.setCurrentRow(0)
    w.question_panel.list.setFocus()
    qtbot.keyClick(w.question_panel.list, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    assert w.data["questions"][1]["id"] == original["questions"][0]["id"]
    assert w.question_panel.list.currentRow() == 1
    qtbot.keyClick(w.question_panel.list, Qt.Key.Key_Delete)
    assert original["questions"][0]["id"] not in [q["id"] for q in w.data["questions"]]
    w.menus.undo_action.trigger()
    assert w.data["questions"][1]["id"] == original["questions"][0]["id"]
    assert w.question_panel.list.currentRow() == 1
    for _ in range(3):
        w.menus.undo_action.trigger()
    assert w.data == original
    assert w.question_panel.list.count() == len(original["questions"])

    # Set details and round defaults.
    w.tabs.setCurrentIndex(1)
    details = w.set_details
    type_into(qtbot, details.title_edit, "Korea 1950")
    details.pass_spin.setValue(75)
    click(qtbot, details.flag_checks["negative_marking"])
    assert w.data["title"] == "Korea 1950"
    assert w.data["round_defaults"]["pass_mark_percent"] == 75
    assert w.data["round_defaults"]["negative_marking"] is True
    assert "Korea 1950" in w.windowTitle()
    for _ in range(3):
        w.menus.undo_action.trigger()
    assert w.data == original
    assert details.title_edit.text() == original["title"]
    assert details.pass_spin.value() == original["round_defaults"]["pass_mark_percent"]
    assert not w.isWindowModified()

    # Redo replays everything in order.
    for _ in range(3):
        w.menus.redo_action.trigger()
    assert w.data["round_defaults"]["negative_marking"] is True
    assert details.flag_checks["negative_marking"].isChecked()
    assert w.isWindowModified()


def test_undo_of_a_source_rename_keeps_quotes_attached(editor, qtbot, builtin_copy):
    w = editor
    open_and_wait(qtbot, w, builtin_copy)
    w.tabs.setCurrentIndex(2)
    sources = w.sources_form
    type_into(qtbot, sources.id_edit, "kw")
    sources.id_edit.editingFinished.emit()
    assert w.data["sources"][0]["id"] == "kw"
    assert {q["evidence"]["source"] for q in w.data["questions"]} == {"kw"}
    assert w.validate_now().errors == []
    w.menus.undo_action.trigger()  # one step for the whole rename
    assert w.data["sources"][0]["id"] == "korean-war-1950"
    assert {q["evidence"]["source"] for q in w.data["questions"]} == {"korean-war-1950"}


def test_questions_added_in_one_go_are_one_undo_step(editor, qtbot):
    """The hook for "Suggest questions": accepted drafts come in together, with fresh ids."""
    from editor_helpers import AIRLIFT

    from quiz_app.ui.editor.document import new_question

    w = editor
    w.new_set_from_text(AIRLIFT, "Airlift")
    drafts = [new_question("short_answer", "q-001", "airlift"), new_question("cite", "q-001", "airlift")]
    w.add_questions(drafts)
    assert [q["id"] for q in w.data["questions"]] == ["q-001", "q-002"]
    assert w.question_panel.list.count() == 2 and w.question_panel.list.currentRow() == 0
    w.menus.undo_action.trigger()
    assert w.data["questions"] == []

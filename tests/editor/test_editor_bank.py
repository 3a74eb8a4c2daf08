"""Issue 19, the bank in the editor: search and filter the list, change several questions at once (one
undo step), copy or move questions to another set file (their sources come along), show duplicates."""

from __future__ import annotations

import json

from editor_helpers import click, open_and_wait, wait_checked
from PySide6.QtCore import QItemSelectionModel, Qt
from PySide6.QtWidgets import QApplication

from question_bank.loading import load_set


def _shown_rows(w) -> list[int]:
    view = w.question_panel.list
    return [r for r in range(view.count()) if not view.isRowHidden(r)]


def _select_rows(w, rows):
    view = w.question_panel.list
    view.setCurrentRow(rows[0])
    for r in rows[1:]:
        view.selectionModel().select(view.model().index(r, 0), QItemSelectionModel.SelectionFlag.Select)


def test_search_and_filters_from_the_keyboard(editor, qtbot, builtin_copy):
    w = editor
    open_and_wait(qtbot, w, builtin_copy)
    questions = w.data["questions"]
    qtbot.keyClick(w, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    search = w.question_panel.filters.search_edit
    assert search.hasFocus()
    qtbot.keyClicks(search, "pusan")
    wanted = [i for i, q in enumerate(questions) if "pusan" in json.dumps(q).lower()]
    assert wanted and _shown_rows(w) == wanted
    assert w.question_panel.filters.shown_label.text() == f"Showing {len(wanted)} of the {len(questions)} questions."
    qtbot.keyClick(search, Qt.Key.Key_Escape)
    assert _shown_rows(w) == list(range(len(questions))) and not w.question_panel.filters.shown_label.isVisible()

    filters = w.question_panel.filters
    click(qtbot, filters.more_button)
    filters.type_combo.setCurrentIndex(filters.type_combo.findData("numeric"))
    filters.type_combo.activated.emit(filters.type_combo.currentIndex())
    assert _shown_rows(w) == [i for i, q in enumerate(questions) if q["type"] == "numeric"]
    filters.clear()
    click(qtbot, filters.problems_check)
    assert _shown_rows(w) == []  # the built-in set has no problems
    assert "No question of the" in filters.shown_label.text()
    # a question that gets a problem shows up
    w.edits.push(("questions", 4, "explanation"), "", "Edit")
    wait_checked(qtbot, w)
    w.validate_now()
    assert _shown_rows(w) == [4]


def test_several_questions_changed_at_once_in_one_undo_step(editor, qtbot, builtin_copy):
    w = editor
    open_and_wait(qtbot, w, builtin_copy)
    before = json.loads(json.dumps(w.data["questions"]))
    _select_rows(w, [1, 2, 5])
    assert w.question_panel.selected_rows() == [1, 2, 5]
    w.menus.by_name["change_selected"].trigger()
    dialog = w.bank.bulk_dialog
    qtbot.waitUntil(dialog.isVisible)
    dialog.topic_checks["places"].setCheckState(Qt.CheckState.Checked)
    dialog.topic_checks["dates"].setCheckState(Qt.CheckState.Unchecked)
    click(qtbot, dialog.points_check)
    dialog.points_spin.setValue(3)
    dialog.difficulty_combo.setCurrentIndex(dialog.difficulty_combo.findData(3))
    click(qtbot, dialog.ok_button)
    after = w.data["questions"]
    for i in (1, 2, 5):
        assert "places" in after[i]["topics"] and "dates" not in after[i]["topics"]
        assert after[i]["points"] == 3 and after[i]["difficulty"] == 3
    assert after[0] == before[0] and after[3] == before[3]
    assert "3 questions changed" in w.statusBar().currentMessage()
    w.edits.undo_stack.undo()
    assert w.data["questions"] == before


def test_delete_removes_every_selected_question_in_one_undo_step(editor, qtbot, builtin_copy):
    w = editor
    open_and_wait(qtbot, w, builtin_copy)
    before = json.loads(json.dumps(w.data["questions"]))
    _select_rows(w, [1, 2, 5])
    w.question_panel.list.setFocus()
    qtbot.keyClick(w.question_panel.list, Qt.Key.Key_Delete)
    ids = [q["id"] for q in w.data["questions"]]
    assert len(ids) == len(before) - 3
    assert not {before[i]["id"] for i in (1, 2, 5)} & set(ids) and before[0]["id"] in ids and before[3]["id"] in ids
    assert "3 questions deleted" in w.statusBar().currentMessage()
    w.edits.undo_stack.undo()
    assert w.data["questions"] == before


def test_copy_and_move_questions_to_another_set(editor, qtbot, builtin_copy, tmp_path):
    w = editor
    other = tmp_path / "sets" / "other.json"
    other.write_text(json.dumps({"id": "other", "title": "Other", "status": "ready", "sources": [
        {"id": "notes", "title": "Notes", "text": "The war began in 1950."}], "questions": []}), encoding="utf-8")
    open_and_wait(qtbot, w, builtin_copy)
    ids = [q["id"] for q in w.data["questions"]]
    _select_rows(w, [0, 3])
    w.menus.by_name["copy_to_set"].trigger()
    assert w.bank.file_dialog is not None and w.bank.file_dialog.isVisible()
    w.bank.file_dialog.reject()
    assert w.bank.copy_to_set(other, [0, 3])
    written = json.loads(other.read_text(encoding="utf-8"))
    assert [q["id"] for q in written["questions"]] == [ids[0], ids[3]]
    assert len(written["sources"]) == 2  # the Korean War text came along
    assert load_set(other).ok, [str(p) for p in load_set(other).errors]
    # copied again: new ids, the source shared
    assert w.bank.copy_to_set(other, [0])
    written = json.loads(other.read_text(encoding="utf-8"))
    assert len({q["id"] for q in written["questions"]}) == 3 and len(written["sources"]) == 2
    # moved: gone from this set (one undo brings them back), in the other
    count = len(w.data["questions"])
    assert w.bank.copy_to_set(other, [1, 2], move=True)
    assert [q["id"] for q in w.data["questions"]] == [ids[0]] + ids[3:]
    assert len(json.loads(other.read_text(encoding="utf-8"))["questions"]) == 5
    assert "moved" in w.statusBar().currentMessage()
    w.edits.undo_stack.undo()
    assert len(w.data["questions"]) == count
    # the set being edited is not a target
    assert not w.bank.copy_to_set(builtin_copy, [0])


def test_duplicates_are_found_and_shown(editor, qtbot, builtin_copy, tmp_path):
    data = json.loads(builtin_copy.read_text(encoding="utf-8"))
    data["questions"].append(dict(data["questions"][2], id="again"))
    doubled = tmp_path / "sets" / "doubled.json"
    doubled.write_text(json.dumps(data), encoding="utf-8")
    w = editor
    open_and_wait(qtbot, w, doubled)
    w.menus.by_name["find_duplicates"].trigger()
    last = len(data["questions"]) - 1
    qtbot.waitUntil(lambda: w.bank.last_duplicates is not None, timeout=10000)
    assert _shown_rows(w) == [2, last]
    assert f"questions 3 ({data['questions'][2]['id']}) and {last + 1} (again)" in w.statusBar().currentMessage()
    w.question_panel.filters.clear()
    assert len(_shown_rows(w)) == last + 1
    QApplication.processEvents()


def test_bank_controls_are_named_for_a_screen_reader(editor, qtbot, builtin_copy):
    w = editor
    open_and_wait(qtbot, w, builtin_copy)
    f = w.question_panel.filters
    for widget in (f.search_edit, f.more_button, f.type_combo, f.topic_combo, f.difficulty_combo, f.paragraph_combo,
                   f.problems_check, f.warnings_check, f.clear_button, w.question_panel.bank_button):
        assert widget.accessibleName(), widget

"""The "Try an answer" box: a teacher types what a student might answer and sees the round's verdict and note."""

from __future__ import annotations

from editor_helpers import open_and_wait
from PySide6.QtCore import Qt

from quiz_app.ui.editor.document import try_typed_answer


def _first(window, qtype: str) -> int:
    return next(i for i, q in enumerate(window.data["questions"]) if q["type"] == qtype)


def test_trying_answers_on_a_short_answer_question(editor, qtbot, builtin_copy):
    open_and_wait(qtbot, editor, builtin_copy)
    row = next(i for i, q in enumerate(editor.data["questions"])
               if q["type"] == "short_answer" and "Truman" in q["accepted"])
    editor.question_panel.list.setCurrentRow(row)
    box = editor.question_editor.forms["short_answer"].try_box
    assert box.isVisibleTo(editor)
    qtbot.keyClicks(box.answer_edit, "President Harry Truman")
    qtbot.keyClick(box.answer_edit, Qt.Key.Key_Return)
    assert box.result_label.isVisibleTo(editor)
    assert box.result_label.text().startswith("✓ Accepted") and "Truman" in box.result_label.text()
    box.answer_edit.clear()
    qtbot.keyClicks(box.answer_edit, "Truman and MacArthur")
    qtbot.mouseClick(box.try_button, Qt.MouseButton.LeftButton)
    assert box.result_label.text().startswith("✗ Not accepted")
    # another question: nothing tried yet
    editor.question_panel.list.setCurrentRow(_first(editor, "numeric"))
    numeric_box = editor.question_editor.forms["numeric"].try_box
    assert numeric_box.answer_edit.text() == "" and not numeric_box.result_label.isVisibleTo(editor)


def test_trying_a_number_and_an_unfinished_question():
    from question_bank.loading import load_builtin

    data = load_builtin().question_set.model_dump(mode="json", exclude_none=True)
    numeric = next(q for q in data["questions"] if q["type"] == "numeric")
    value = f"{numeric['value']:g}"
    assert try_typed_answer(data, numeric, value).correct is True
    assert try_typed_answer(data, numeric, "not a number").correct is False
    unfinished = {"id": "new-1", "type": "short_answer", "prompt": "Who?"}
    tried = try_typed_answer(data, unfinished, "Truman")
    assert tried.correct is None and tried.note.startswith("Finish the question first")
    assert try_typed_answer(data, numeric, "   ").correct is None

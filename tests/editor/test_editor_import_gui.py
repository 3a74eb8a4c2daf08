"""Issue 19: a set imported in the editor: its title is not a category path, its report never tells the
teacher about command-line options, and the "Source text needed" placeholder goes when the text is added."""

from __future__ import annotations

from editor_helpers import AIRLIFT, click, wait_checked

from question_bank.placeholders import PLACEHOLDER_SOURCE_ID
from question_bank.validation import Problem
from quiz_app.ui.editor.set_io import import_set_file, problem_line

GIFT = """$CATEGORY: History/Berlin Airlift

::q1:: Who ordered the first flights? {=General Lucius D. Clay ~Harry Truman ~Joseph Stalin}

::q2:: What did the British call their part of the airlift? {=Operation Plainfare}
"""


def test_a_gui_import_is_titled_and_reported_in_the_editors_words(tmp_path):
    path = tmp_path / "airlift.gift"
    path.write_text(GIFT, encoding="utf-8")
    opened = import_set_file(path)
    assert opened.data is not None
    assert opened.data["title"] == "Berlin Airlift"
    report = opened.summary + "\n".join(opened.problems)
    assert "--" not in report and "Add a source text" in report, report
    line = problem_line(Problem(("questions", 0, "prompt"), "'prompt' must not be empty"))
    assert line == "still empty"


def test_adding_the_text_replaces_the_placeholder_source(editor, qtbot, tmp_path):
    path = tmp_path / "airlift.gift"
    path.write_text(GIFT, encoding="utf-8")
    editor.open_set(str(path))
    qtbot.waitUntil(lambda: editor.data is not None, timeout=10000)
    wait_checked(qtbot, editor)
    assert [s["id"] for s in editor.data["sources"]] == [PLACEHOLDER_SOURCE_ID]
    editor.request_add_source()
    dialog = editor.add_source_dialog
    qtbot.waitUntil(dialog.isVisible)
    dialog.title_edit.setText("The Berlin Airlift")
    dialog.text_edit.setPlainText(AIRLIFT)
    click(qtbot, dialog.ok_button)
    sources = editor.data["sources"]
    assert [s["title"] for s in sources] == ["The Berlin Airlift"]
    assert {q["evidence"]["source"] for q in editor.data["questions"]} == {sources[0]["id"]}
    assert editor.source_pane.text_view.toPlainText() == AIRLIFT
    assert "Source text needed" not in editor.source_pane.title.text()
    # one undo step brings the placeholder back
    editor.edits.undo_stack.undo()
    assert [s["id"] for s in editor.data["sources"]] == [PLACEHOLDER_SOURCE_ID]
    assert {q["evidence"]["source"] for q in editor.data["questions"]} == {PLACEHOLDER_SOURCE_ID}


def test_the_problems_heading_is_true_for_an_empty_or_draft_set(make_editor, qtbot, builtin_copy):
    from editor_helpers import open_and_wait

    editor = make_editor()
    editor.new_set_from_text(AIRLIFT, "The Berlin Airlift")
    qtbot.waitUntil(lambda: editor.data is not None)
    editor.validate_now()
    heading = editor.problems.heading.text()
    assert "can be played for a score" not in heading and "No questions yet" in heading, heading
    editor = make_editor()
    open_and_wait(qtbot, editor, builtin_copy)
    assert "can be played for a score" in editor.problems.heading.text()
    editor.edits.edit_field(("status",), "draft", False)
    editor.validate_now()
    heading = editor.problems.heading.text()
    assert "can be played for a score" not in heading and "draft" in heading, heading


def test_text_pasted_over_the_placeholder_is_no_longer_source_text_needed(editor, qtbot, tmp_path):
    path = tmp_path / "airlift.gift"
    path.write_text(GIFT, encoding="utf-8")
    editor.open_set(str(path))
    qtbot.waitUntil(lambda: editor.data is not None, timeout=10000)
    pane = editor.source_pane
    assert "Source text needed" in pane.title.text()
    click(qtbot, pane.edit_button)
    pane.text_view.selectAll()
    pane.text_view.insertPlainText(AIRLIFT)  # what a paste over the placeholder does
    source = editor.data["sources"][0]
    assert source["text"] == AIRLIFT and source["title"] == editor.data["title"]
    assert "Source text needed" not in pane.title.text()

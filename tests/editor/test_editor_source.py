"""Editing a source flags every question whose quote is gone and offers the closest new passage; the
source pane maps selections to the source's exact characters; imports land in the editor."""

from __future__ import annotations

from editor_helpers import AIRLIFT, click, item_texts, open_and_wait, select_passage, type_into
from PySide6.QtGui import QTextCursor

from question_bank import evidence as ev
from quiz_app.ui.editor.source_pane import TextPositions

YALTA = "Following their agreement with the United States and Britain at the Yalta Conference"


def _questions_quoting(data, words):
    return [i for i, q in enumerate(data["questions"]) if words in q["evidence"]["quote"]]


def test_editing_the_source_flags_broken_quotes_and_offers_the_closest_passage(editor, qtbot, builtin_copy):
    w = editor
    open_and_wait(qtbot, w, builtin_copy)
    broken = _questions_quoting(w.data, "Yalta Conference")
    assert broken
    pane = w.source_pane
    click(qtbot, pane.edit_button)
    assert pane.editing and not pane.text_view.isReadOnly()
    # The teacher retypes one word of the text.
    view = pane.text_view
    start = view.toPlainText().index("Yalta Conference") + len("Yalta ")
    cursor = QTextCursor(view.document())
    cursor.setPosition(start)
    cursor.setPosition(start + len("Conference"), QTextCursor.MoveMode.KeepAnchor)
    view.setTextCursor(cursor)
    qtbot.keyClicks(view, "summit")
    assert "Yalta summit" in w.data["sources"][0]["text"]
    w.validate_now()

    flagged = [i for i, text in enumerate(item_texts(w.question_panel.list)) if "⚠" in text]
    assert flagged == broken
    messages = [p for p in w.validation.errors if p.path[-2:] == ("evidence", "quote")]
    assert [p.path[1] for p in messages] == broken
    assert all("is not in source" in p.message and "Yalta summit" in p.hint for p in messages)
    assert f"{len(broken)} question" in w.statusBar().currentMessage()

    # Each flagged question offers the closest passage of the new text; one click fixes it.
    click(qtbot, pane.edit_button)
    w.question_panel.list.setCurrentRow(broken[0])
    old_quote = w.data["questions"][broken[0]]["evidence"]["quote"]
    assert pane.use_passage_button.isVisible()
    assert "no longer in the source" in pane.status_label.text()
    closest = pane.closest_label.text()
    assert "Yalta summit" in closest
    click(qtbot, pane.use_passage_button)
    new_quote = w.data["questions"][broken[0]]["evidence"]["quote"]
    assert new_quote == old_quote.replace("Yalta Conference", "Yalta summit")
    assert ev.find_quote(w.data["sources"][0]["text"], new_quote) is not None
    w.validate_now()
    assert not any(p.path[:2] == ("questions", broken[0]) and p.path[-1] == "quote" for p in w.validation.errors)
    assert not pane.use_passage_button.isVisible()

    # Undoing the fix and the edit brings the old text and quotes back, without flags.
    w.menus.undo_action.trigger()
    w.menus.undo_action.trigger()
    w.validate_now()
    assert w.validation.errors == []
    assert "Yalta Conference" in view.toPlainText()


def test_the_current_evidence_is_highlighted_and_follows_the_selection(editor, qtbot, builtin_copy):
    w = editor
    open_and_wait(qtbot, w, builtin_copy)
    view = w.source_pane.text_view
    extra = view.extraSelections()
    assert len(extra) == 1 and extra[0].cursor.selectedText() == YALTA
    assert w.source_pane.status_label.text().startswith("✓ Found")
    # A selection with spaces around it gives the exact words, taken from the source itself.
    text = view.toPlainText()
    at = text.index("Soviet objective")
    assert text[at - 5: at] == " The "
    w.source_pane.select_range(at - 5, at + len("Soviet objective was clear: "))
    assert w.data["questions"][0]["evidence"]["quote"] == "The Soviet objective was clear:"
    assert view.extraSelections()[0].cursor.selectedText() == "The Soviet objective was clear:"
    # Other questions keep their own evidence; selecting one shows and highlights its quote.
    w.question_panel.list.setCurrentRow(1)
    quote = w.data["questions"][1]["evidence"]["quote"]
    assert view.extraSelections()[0].cursor.selectedText().replace("\u2029", "\n") == quote


def test_positions_map_python_offsets_to_qt_and_back():
    text = "Caf\u00e9 \U0001f600 war\r\nline two\rthree"
    pos = TextPositions(text)
    assert pos.display == "Caf\u00e9 \U0001f600 war\nline two\nthree"
    start = text.index("war")
    assert pos.to_qt(start) == start + 1  # the emoji is two UTF-16 units in Qt
    assert pos.to_py(pos.to_qt(start)) == start
    two = text.index("line two")
    assert pos.to_py(pos.to_qt(two)) == two
    assert pos.to_py(pos.to_qt(len(text))) == len(text)
    plain = TextPositions("plain text")
    assert plain.to_qt(5) == 5 and plain.to_py(5) == 5


def test_selection_in_a_text_with_emoji_and_crlf_gives_the_source_characters(editor, qtbot):
    w = editor
    text = "Seoul fell \U0001f622 on June 28.\r\nThe UN acted on June 27, 1950."
    w.new_set_from_text(text, "Emoji")
    w.question_panel.type_combo.setCurrentIndex(w.question_panel.type_combo.findData("cite"))
    click(qtbot, w.question_panel.add_button)
    want = "The UN acted on June 27, 1950."
    w.source_pane.select_range(text.index(want), text.index(want) + len(want))
    assert w.data["questions"][0]["evidence"]["quote"] == want


def test_importing_an_aiken_file_opens_it_as_an_unsaved_set_needing_evidence(editor, qtbot, tmp_path):
    w = editor
    path = tmp_path / "quiz.txt"
    path.write_text("When did the blockade begin?\nA. June 1948\nB. June 1950\nANSWER: A\n", encoding="utf-8")
    w.open_set(str(path))
    qtbot.waitUntil(lambda: w.data is not None, timeout=10000)
    assert w.path is None and w.is_modified()
    assert w.data["questions"][0]["choices"][0] == {"text": "June 1948", "correct": True}
    assert w.data["questions"][0]["evidence"]["quote"] == ""
    w.validate_now()
    assert "questions[0].evidence.quote" in {p.where for p in w.validation.errors}
    assert "⚠" in w.question_panel.list.row_text(0)


def test_a_file_that_is_not_a_set_is_refused_with_its_problems(editor, qtbot, tmp_path):
    w = editor
    path = tmp_path / "broken.json"
    path.write_text('{"id": "x", "title": "X",\n "sources": [}', encoding="utf-8")
    w.open_set(str(path))
    qtbot.waitUntil(lambda: w.message_dialog is not None, timeout=10000)
    assert "line 2" in w.message_dialog.text()
    assert w.data is None


def test_a_set_with_a_broken_question_opens_for_repair(editor, qtbot, builtin_copy):
    import json

    data = json.loads(builtin_copy.read_text(encoding="utf-8"))
    del data["questions"][2]["explanation"]
    data["questions"][5]["type"] = "essay"
    builtin_copy.write_text(json.dumps(data), encoding="utf-8")
    w = editor
    open_and_wait(qtbot, w, builtin_copy)
    places = {p.where for p in w.validation.errors}
    assert "questions[2].explanation" in places
    w.question_panel.list.setCurrentRow(5)
    assert w.question_editor.currentWidget() is w.question_editor.unknown_form
    assert "essay" in w.question_editor.unknown_label.text()
    # Trying it as a student leaves the broken questions out.
    with qtbot.waitSignal(w.try_requested) as tried:
        w.menus.by_name["try"].trigger()
    assert len(tried.args[0].questions) == len(data["questions"]) - 2
    assert "2 incomplete questions are left out" in w.statusBar().currentMessage()


def test_a_set_can_hold_several_sources(editor, qtbot):
    w = editor
    w.new_set_from_text(AIRLIFT, "Airlift")
    w.tabs.setCurrentIndex(2)
    click(qtbot, w.sources_form.add_button)
    dialog = w.add_source_dialog
    assert dialog is not None and dialog.isVisible()
    type_into(qtbot, dialog.title_edit, "Truman's statement")
    dialog.text_edit.insertPlainText("We shall stay in Berlin. The airlift will go on.")
    click(qtbot, dialog.ok_button)
    assert [s["id"] for s in w.data["sources"]] == ["airlift", "truman-s-statement"]
    assert w.source_pane.source_id == "truman-s-statement"
    assert w.source_pane.source_picker.isVisible()
    w.question_panel.type_combo.setCurrentIndex(w.question_panel.type_combo.findData("cite"))
    click(qtbot, w.question_panel.add_button)
    select_passage(qtbot, w, "We shall stay in Berlin.")
    assert w.data["questions"][0]["evidence"] == {"source": "truman-s-statement", "quote": "We shall stay in Berlin."}
    # Switching the shown source, then back to the question, shows the question's own source again.
    w.source_pane.source_picker.setCurrentIndex(0)
    w.source_pane.source_picker.activated.emit(0)
    assert w.source_pane.source_id == "airlift"
    assert w.source_pane.text_view.extraSelections() == []
    w.question_panel.list.setCurrentRow(-1)
    w.question_panel.list.setCurrentRow(0)
    assert w.source_pane.source_id == "truman-s-statement"
    w.menus.undo_action.trigger()  # the evidence
    w.menus.undo_action.trigger()  # the question
    w.menus.undo_action.trigger()  # the source
    assert [s["id"] for s in w.data["sources"]] == ["airlift"]

"""Issue 19: the status bar shows a whole message and takes down a warning that is no longer true; the
suggested sentences are shown as whole entries; a long quote leaves the source text room to read."""

from __future__ import annotations

from editor_helpers import AIRLIFT, click, open_and_wait, select_passage, type_into, wait_checked
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from quiz_app.ui.editor.source_pane import SUGGESTIONS_SHOWN


def _add_short_answer(qtbot, w):
    w.question_panel.type_combo.setCurrentIndex(w.question_panel.type_combo.findData("short_answer"))
    click(qtbot, w.question_panel.add_button)
    return w.question_editor.forms["short_answer"]


def test_a_long_status_message_is_shown_whole_and_a_stale_warning_goes_after_undo(editor, qtbot, builtin_copy):
    w = editor
    open_and_wait(qtbot, w, builtin_copy)
    text = w.data["sources"][0]["text"]
    quote = w.data["questions"][0]["evidence"]["quote"]
    w.edits.edit_source_text(w.data["sources"][0]["id"], text.replace(quote, "", 1))
    w.validate_now()
    message = w.statusBar().currentMessage()
    assert message.startswith("⚠") and "no longer in the source" in message
    assert w.status_text.text() == message  # every word of it, wrapped, not cut at the window's edge
    assert w.status_text.wordWrap() and w.status_text.height() >= 2 * w.status_text.fontMetrics().lineSpacing()
    w.edits.undo_stack.undo()
    w.validate_now()
    assert w.statusBar().currentMessage() == "" and w.status_text.text() == ""


def test_suggestions_are_whole_entries(editor, qtbot):
    w = editor
    w.new_set_from_text(AIRLIFT, "The Berlin Airlift")
    qtbot.waitUntil(lambda: w.data is not None)
    form = _add_short_answer(qtbot, w)
    type_into(qtbot, form.prompt_edit, "What did the British call their part of the airlift?")
    type_into(qtbot, form.accepted.row_widgets[0][""], "Operation Plainfare")
    click(qtbot, w.source_pane.suggest_button)
    view = w.source_pane.suggestions
    QApplication.processEvents()
    assert view.isVisible() and view.count() > SUGGESTIONS_SHOWN
    qtbot.wait(50)
    # the first entries are shown whole, each as high as its words need at the list's width, and no more
    metrics = view.fontMetrics()
    bottom = 0
    for i in range(SUGGESTIONS_SHOWN):
        rect = view.visualRect(view.model().index(i, 0))
        needed = metrics.boundingRect(0, 0, rect.width(), 100_000, Qt.TextFlag.TextWordWrap, view.item(i).text())
        assert rect.height() >= needed.height(), i
        bottom = rect.bottom()
    assert bottom <= view.viewport().height() <= bottom + 2
    # narrower: the entries wrap to more lines, and the list follows
    w.resize(w.width() - 300, w.height())
    qtbot.wait(100)
    rect = view.visualRect(view.model().index(SUGGESTIONS_SHOWN - 1, 0))
    assert rect.bottom() <= view.viewport().height() <= rect.bottom() + 2
    assert view.verticalScrollMode() == view.ScrollMode.ScrollPerItem


def test_a_long_quote_leaves_the_text_room(editor, qtbot):
    w = editor
    long_text = "\n\n".join([AIRLIFT] * 6)
    w.new_set_from_text(long_text, "The Berlin Airlift")
    qtbot.waitUntil(lambda: w.data is not None)
    _add_short_answer(qtbot, w)
    before = w.source_pane.text_view.height()
    select_passage(qtbot, w, long_text[:3000])
    wait_checked(qtbot, w)
    QApplication.processEvents()
    lines = w.source_pane.text_view.fontMetrics().lineSpacing()
    assert w.source_pane.text_view.height() >= min(before, 5 * lines)
    assert w.source_pane.quote_area.height() <= 5 * lines + 8

"""“Suggest questions”: a teacher pastes a text, gets drafts beside it, accepts, edits and discards them,
saves the set and plays it; undo takes an accepted draft out again."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from editor_helpers import click, type_into
from PySide6.QtCore import Qt

from question_bank import evidence as ev
from question_bank.loading import load_set
from question_bank.models import TYPE_LABELS, QuestionSet
from quiz_app import paths
from quiz_app.grading import model_response
from quiz_app.session import RoundSettings, start_round
from quiz_app.ui.editor.suggestions import (
    USEFULNESS,
    draft_source,
    drafts_summary,
    free_ids,
    keys_in_set,
    open_drafts,
    ready_to_add,
    shown_drafts,
)
from quiz_app.ui.workers import wait_for_background

AIRLIFT = (Path(__file__).resolve().parent.parent / "drafting" / "texts" / "berlin-airlift.txt").read_text(
    encoding="utf-8").strip()


@pytest.fixture(autouse=True)
def _no_jobs_left():
    yield
    wait_for_background()


def _paste_new_set(qtbot, w, text: str, title: str) -> None:
    page = w.start_page
    type_into(qtbot, page.title_edit, title)
    page.text_edit.setFocus()
    page.text_edit.insertPlainText(text)  # what a paste does
    click(qtbot, page.create_button)
    assert w.data is not None and w.data["sources"][0]["text"] == text


def _open_panel(qtbot, w):
    click(qtbot, w.question_panel.suggest_questions_button)
    panel = w.suggest_panel
    assert panel is not None and panel.isVisible()
    qtbot.waitUntil(lambda: not panel.busy and panel.list.count() > 0, timeout=10000)
    wait_for_background()
    return panel


def _row_of_type(panel, qtype: str) -> int:
    return next(i for i, s in enumerate(panel.shown()) if s.question["type"] == qtype)


def test_accept_edit_discard_save_and_play(make_editor, qtbot, data_dir):
    w = make_editor()
    _paste_new_set(qtbot, w, AIRLIFT, "The Berlin Airlift")
    source_id = w.data["sources"][0]["id"]
    assert source_id != "source"  # the drafting engine's own source id, which the drafts must not keep
    panel = _open_panel(qtbot, w)
    assert panel.busy_row.isHidden()
    total = len(panel.shown())
    assert total >= 15 and "drafts" in panel.summary_label.text()
    assert panel.text_view.toPlainText() == AIRLIFT

    # Each row shows the type, the usefulness in words, the question, the answer and the wrong choices.
    mc = _row_of_type(panel, "multiple_choice")
    panel.list.setCurrentRow(mc)
    draft = panel.current()
    row = panel.list.item(mc).text()
    assert row.startswith(TYPE_LABELS["multiple_choice"] + " · ")
    assert any(words in row.splitlines()[0] for _floor, words in USEFULNESS)
    assert draft.info.answer in row and "Wrong choices: " in row
    assert all(d in row for d in draft.info.distractors)
    # Its evidence sentence is highlighted in the source beside the list.
    assert draft.question["evidence"]["source"] == source_id
    assert panel.highlighted_text() == draft.question["evidence"]["quote"]
    assert ev.find_quote(AIRLIFT, panel.highlighted_text()) is not None

    # Accept two: each is one undo step, leaves the list and is selected in the editor.
    accepted = []
    for _ in range(2):
        accepted.append(panel.current().question["id"])
        before = w.edits.undo_stack.count()
        click(qtbot, panel.accept_button)
        assert w.edits.undo_stack.count() == before + 1
    assert [q["id"] for q in w.data["questions"]] == accepted
    assert all(q["evidence"]["source"] == source_id for q in w.data["questions"])
    assert len(panel.shown()) == total - 2
    assert accepted[1] not in [s.question["id"] for s in panel.shown()]

    # Discard one: it leaves the list, not added.
    discarded = panel.current().question["id"]
    click(qtbot, panel.discard_button)
    assert discarded not in [s.question["id"] for s in panel.shown()]
    assert len(w.data["questions"]) == 2 and len(panel.shown()) == total - 3

    # Edit one: it is added and selected, with its form open; the teacher changes the question text.
    panel.list.setCurrentRow(_row_of_type(panel, "short_answer"))
    edited = panel.current().question["id"]
    click(qtbot, panel.edit_button)
    assert not panel.isVisible()
    assert [q["id"] for q in w.data["questions"]] == [*accepted, edited]
    assert w.question_panel.list.currentRow() == 2
    form = w.question_editor.forms["short_answer"]
    assert w.question_editor.currentWidget() is form and w.focusWidget() is form.prompt_edit
    type_into(qtbot, form.prompt_edit, "What did the British call their part of the airlift? _____")
    assert w.data["questions"][2]["prompt"] == "What did the British call their part of the airlift? _____"

    # Back to the drafts (no new drafting): the edited draft stays out of the list though its text changed.
    w.menus.by_name["suggest_questions"].trigger()
    assert panel.isVisible() and not panel.busy
    assert len(panel.shown()) == total - 4
    assert edited not in [s.question["id"] for s in panel.shown()]
    panel.close()

    # Save, reopen: a valid set whose quotes are found in its own source.
    with qtbot.waitSignal(w.set_saved) as saved:
        w.menus.by_name["save"].trigger()
    path = paths.sets_dir(data_dir) / "the-berlin-airlift.json"
    assert saved.args == [str(path)]
    result = load_set(path)
    assert result.ok, [str(p) for p in result.errors]
    qset = result.question_set
    assert qset.status == "ready"
    assert [q.id for q in qset.questions] == [*accepted, edited]
    assert discarded not in {q.id for q in qset.questions}
    for q in qset.questions:
        for _where, evid in q.evidences():
            assert evid.source == source_id and evid.span is not None
    assert qset.questions[2].prompt.startswith("What did the British call")

    # Play it: "Try as a student" carries these questions; one is answered right in a practice round.
    with qtbot.waitSignal(w.try_requested) as tried:
        w.menus.by_name["try"].trigger()
    played = tried.args[0]
    assert isinstance(played, QuestionSet)
    assert [q.id for q in played.questions] == [*accepted, edited]
    rnd = start_round(played, RoundSettings.for_set(played, "practice", count=3), record=False)
    shown = rnd.present()
    assert rnd.answer(model_response(shown.question, played.sources[0])).correct


def test_undo_takes_an_accepted_draft_out_and_ids_never_clash(make_editor, qtbot):
    w = make_editor()
    w.new_set_from_text(AIRLIFT, "Airlift")
    panel = _open_panel(qtbot, w)
    total = len(panel.shown())
    first = panel.current()
    click(qtbot, panel.accept_button)
    assert [q["id"] for q in w.data["questions"]] == [first.question["id"]]

    # Undo (Ctrl+Z works in the panel too) removes it from the set, and the draft is offered again.
    qtbot.keyClick(panel.list, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert w.data["questions"] == []
    assert len(panel.shown()) == total and panel.shown()[0].draft_id == first.draft_id
    w.menus.redo_action.trigger()
    assert len(w.data["questions"]) == 1 and len(panel.shown()) == total - 1
    w.menus.undo_action.trigger()

    # A question the teacher wrote already has the next draft's id: the draft is renamed when accepted.
    nxt = panel.shown()[1]
    w.add_question("short_answer")
    type_into(qtbot, w.question_editor.forms["short_answer"].id_edit, nxt.question["id"])
    assert w.data["questions"][0]["id"] == nxt.question["id"]
    panel.list.setCurrentRow(1)
    click(qtbot, panel.accept_button)
    ids = [q["id"] for q in w.data["questions"]]
    assert ids == [nxt.question["id"], nxt.question["id"] + "-2"]

    # Accept all shown, filtered by type: one undo step.
    panel.type_filter.setCurrentIndex(panel.type_filter.findData("true_false"))
    tf = panel.shown()
    assert tf and all(s.question["type"] == "true_false" for s in tf)
    before = w.edits.undo_stack.count()
    click(qtbot, panel.accept_all_button)
    assert w.edits.undo_stack.count() == before + 1
    assert [q["type"] for q in w.data["questions"][2:]] == ["true_false"] * len(tf)
    assert panel.list.count() == 0 and not panel.accept_all_button.isEnabled()
    w.menus.undo_action.trigger()
    assert len(w.data["questions"]) == 2 and len(panel.shown()) == len(tf)

    # Delete in the list discards the chosen draft.
    panel.list.setFocus()
    panel.list.setCurrentRow(0)
    gone = panel.current().draft_id
    qtbot.keyClick(panel.list, Qt.Key.Key_Delete)
    assert gone not in [s.draft_id for s in panel.shown()]


def test_a_draft_whose_quote_is_no_longer_in_the_source_is_not_added(make_editor, qtbot):
    w = make_editor()
    w.new_set_from_text(AIRLIFT, "Airlift")
    panel = _open_panel(qtbot, w)
    draft = panel.current()
    quote = draft.question["evidence"]["quote"]
    # The teacher edits the source beside the form while the drafts are open.
    w.source_pane.edit_button.click()
    view = w.source_pane.text_view
    start = view.toPlainText().index(quote)
    cursor = view.textCursor()
    cursor.setPosition(start)
    cursor.setPosition(start + len(quote), cursor.MoveMode.KeepAnchor)
    view.setTextCursor(cursor)
    view.insertPlainText("A sentence the teacher wrote instead.")
    assert quote not in w.data["sources"][0]["text"]
    assert "changed" in panel.notice_label.text() and panel.notice_label.isVisibleTo(panel)
    panel.list.setCurrentRow(0)
    assert panel.highlighted_text() == ""
    click(qtbot, panel.accept_button)
    assert w.data["questions"] == []
    assert "no longer in it" in panel.notice_label.text()
    # Drafting again uses the text as it is now.
    click(qtbot, panel.redraft_button)
    qtbot.waitUntil(lambda: not panel.busy, timeout=10000)
    wait_for_background()
    assert all(s.question["evidence"]["quote"] != quote for s in panel.shown())
    assert not panel.notice_label.isVisibleTo(panel)


def test_drafts_are_rebased_on_the_editor_source_and_mismatches_skipped():
    # change a sentence that a draft quotes (which sentences get drafts moves as the drafting rules change)
    quoted = next(s.question["evidence"]["quote"] for s in draft_source(AIRLIFT, "airlift-text").suggestions
                  if s.question["type"] in ("short_answer", "multiple_choice", "numeric"))
    changed = AIRLIFT.replace(quoted, quoted[:-1] + ", it is said" + quoted[-1], 1)
    drafts = draft_source(changed, "airlift-text", drafted_text=AIRLIFT)
    assert drafts.skipped, "the draft quoting the changed sentence is left out"
    assert drafts.suggestions
    for s in drafts.suggestions:
        evidences = [s.question["evidence"]] + [c["evidence"] for c in s.question.get("choices", []) + s.question.get(
            "items", []) if "evidence" in c]
        assert all(e["source"] == "airlift-text" for e in evidences)
        assert [ev.find_quote(changed, e["quote"]) for e in evidences] == list(s.spans)
    assert free_ids([{"id": "a"}, {"id": "a"}, {"id": "b"}], {"a", "a-2"}) == [{"id": "a-3"}, {"id": "a-4"},
                                                                                 {"id": "b"}]


def test_which_drafts_are_shown_and_in_what_order():
    drafts = draft_source(AIRLIFT, "airlift")
    data = {"sources": [{"id": "airlift", "text": AIRLIFT}], "questions": []}
    first, second = drafts.suggestions[0], drafts.suggestions[1]
    # Accepting the first puts it in the set; discarding the second leaves it out; both leave the list.
    added, stale = ready_to_add([first], data, "airlift")
    assert stale == [] and added[0]["evidence"]["source"] == "airlift"
    data["questions"] = added
    in_set = keys_in_set(data, "airlift")
    open_ = open_drafts(drafts, in_set, {second.draft_id})
    assert first not in open_ and second not in open_ and len(open_) == len(drafts.suggestions) - 2
    assert [s.draft_id for s in shown_drafts(open_)] == [s.draft_id for s in open_]  # text order
    by_score = shown_drafts(open_, order="score")
    assert [s.info.score for s in by_score] == sorted((s.info.score for s in open_), reverse=True)
    qtype = open_[-1].question["type"]  # a type the open drafts have (which one depends on the drafting rules)
    of_type = shown_drafts(open_, qtype=qtype)
    assert of_type and len(of_type) < len(open_) and all(s.question["type"] == qtype for s in of_type)
    summary = drafts_summary(drafts, in_set, 1, len(of_type), len(open_))
    assert summary == (f"{len(drafts.suggestions)} drafts · 1 in the set · 1 discarded · "
                       f"{len(of_type)} of {len(open_)} shown by the filters.")
    # A draft whose sentence the teacher has since edited away is not added.
    data["sources"][0]["text"] = AIRLIFT.replace(second.question["evidence"]["quote"], "Something else.")
    assert ready_to_add([second], data, "airlift") == ([], [second.question["id"]])


def test_opening_another_set_closes_the_drafts(make_editor, qtbot):
    w = make_editor()
    w.new_set_from_text(AIRLIFT, "Airlift")
    panel = _open_panel(qtbot, w)
    assert w.save()  # nothing left to ask about
    w.new_set_from_text("The Korean War began on June 25, 1950.", "Korea")
    assert w.suggest_panel is None and not panel.isVisible()
    panel = _open_panel(qtbot, w)
    assert panel.source_id == w.data["sources"][0]["id"] and "June 25, 1950" in panel.text_view.toPlainText()


def test_print_from_the_editor_opens_the_print_dialog(qtbot, make_editor):
    editor = make_editor()
    bank = Path(__file__).resolve().parents[2] / "question_bank" / "banks" / "korean-war-1950.json"
    count = len(json.loads(bank.read_text(encoding="utf-8"))["questions"])  # 98, or 103 with the cloze questions
    editor.open_set(str(bank))
    qtbot.waitUntil(lambda: editor.data is not None and len(editor.data["questions"]) == count, timeout=10000)
    editor.menus.by_name["print"].trigger()
    qtbot.waitUntil(lambda: editor.print_dialog is not None and editor.print_dialog.isVisible())
    sheet = editor.print_dialog.sheet
    assert len(sheet.questions) == count
    assert [sq.question.id for sq in sheet.questions][:2] == ["kw-001", "kw-002"]
    editor.print_dialog.reject()

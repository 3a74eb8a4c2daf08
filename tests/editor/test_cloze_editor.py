"""The cloze form: a passage selected in the source, words clicked (or picked by keyboard) into gaps, each
gap's kind and settings, one undo step per edit, the checker's problems on the gap, saved and reopened."""

from __future__ import annotations

import json
from pathlib import Path

from editor_helpers import AIRLIFT, click, open_and_wait, select_passage, type_into, wait_checked
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QComboBox, QLineEdit

from question_bank.loading import load_set
from quiz_app.ui.editor.cloze_gaps import gaps_from_words, passage_words, reanchored, toggled

PASSAGE = "The blockade began on June 24, 1948. Two days later, on June 26, 1948, American aircraft flew the first " \
          "supplies into the city."


def _new_cloze(qtbot, w):
    w.new_set_from_text(AIRLIFT, "The Berlin Airlift")
    w.question_panel.type_combo.setCurrentIndex(w.question_panel.type_combo.findData("cloze"))
    click(qtbot, w.question_panel.add_button)
    form = w.question_editor.forms["cloze"]
    assert w.question_editor.currentWidget() is form
    return form


def _word(form, text: str, occurrence: int = 0):
    matches = [b for b in form.words.buttons if b.text().split("▸ ")[-1] == text]
    return matches[occurrence]


def _gaps(w) -> list[dict]:
    return w.data["questions"][0]["gaps"]


# --------------------------------------------------------------------------- the gap rules, without widgets


def test_words_leave_the_punctuation_around_them_shown():
    quote = "On “June 25, 1950,” the army (KPA) crossed."
    assert [quote[s:e] for s, e in passage_words(quote)] == ["On", "June", "25", "1950", "the", "army", "KPA",
                                                             "crossed"]


def test_neighbouring_words_make_one_gap_that_keeps_its_settings():
    quote = "The blockade began on June 24, 1948, and ended."
    gaps = toggled(quote, [], 4)  # June
    gaps[0].update(kind="dropdown", distractors=["May 12, 1949"])
    gaps = toggled(quote, gaps, 5)
    gaps = toggled(quote, gaps, 6)
    assert gaps == [{"start": 22, "end": 35, "answer": "June 24, 1948", "kind": "dropdown",
                     "distractors": ["May 12, 1949"]}]
    assert toggled(quote, gaps, 5) == [  # taking the middle word out splits the gap in two
        {"start": 22, "end": 26, "answer": "June", "kind": "dropdown", "distractors": ["May 12, 1949"]},
        {"start": 31, "end": 35, "answer": "1948"}]
    assert gaps_from_words(quote, set(), gaps) == []


def test_a_new_passage_keeps_the_gaps_whose_words_it_still_has():
    old = "The blockade began on June 24, 1948."
    gaps = [{"start": 4, "end": 12, "answer": "blockade", "kind": "word_bank"},
            {"start": 22, "end": 35, "answer": "June 24, 1948"}]
    new = "Two days after June 24, 1948, aircraft flew."
    assert reanchored(old, new, gaps) == [{"start": 15, "end": 28, "answer": "June 24, 1948"}]


# --------------------------------------------------------------------------- the form


def test_build_a_cloze_by_clicking_words_then_save_and_reopen(make_editor, qtbot, tmp_path):
    w = make_editor()
    form = _new_cloze(qtbot, w)
    assert form.passage_note.isVisible() and not form.words.isVisible()
    select_passage(qtbot, w, PASSAGE)
    QApplication.processEvents()
    assert form.words.isVisible() and not form.passage_note.isVisible()
    for word in ("June", "24", "1948"):
        click(qtbot, _word(form, word))
    assert _gaps(w) == [{"start": 22, "end": 35, "answer": "June 24, 1948"}]
    click(qtbot, _word(form, "aircraft"))
    assert [g["answer"] for g in _gaps(w)] == ["June 24, 1948", "aircraft"]
    assert form.preview.text() == ("The student reads: The blockade began on [1] _____. Two days later, on June 26, "
                                   "1948, American [2] _____ flew the first supplies into the city.")
    assert [c.title.text() for c in form.cards] == ["Gap 1: “June 24, 1948”", "Gap 2: “aircraft”"]
    assert _word(form, "June").isChecked() and not _word(form, "June", 1).isChecked()

    # gap 1 a drop-down: options suggested from the text, of the same kind (dates)
    card = form.cards[0]
    card.kind_combo.setFocus()
    card.kind_combo.setCurrentIndex(card.kind_combo.findData("dropdown"))
    card.kind_combo.activated.emit(card.kind_combo.currentIndex())
    QApplication.processEvents()
    distractors = _gaps(w)[0]["distractors"]
    assert distractors and all(any(ch.isdigit() for ch in d) for d in distractors), distractors
    assert "June 24, 1948" not in distractors
    assert card.distractors_edit.isVisible() and not card.accepted_edit.isVisible()
    # gap 2 typed, with another spelling
    type_into(qtbot, form.cards[1].accepted_edit, "planes; airplanes")
    assert _gaps(w)[1]["accepted"] == ["planes", "airplanes"]
    type_into(qtbot, form.explanation_edit, "The text gives the day the blockade began.")
    w.validate_now()
    assert w.validation.errors_for_question(0) == []

    path = tmp_path / "airlift.json"
    assert w.files.save_to(path)
    result = load_set(path)
    assert result.ok, [str(p) for p in result.errors]
    q = result.question_set.questions[0]
    assert q.type == "cloze" and q.answer_text() == "1. June 24, 1948; 2. aircraft"

    w2 = make_editor()
    open_and_wait(qtbot, w2, path)
    assert w2.data == json.loads(path.read_text(encoding="utf-8"))
    w2.question_panel.list.setCurrentRow(0)
    form2 = w2.question_editor.forms["cloze"]
    assert w2.question_editor.currentWidget() is form2
    assert [c.title.text() for c in form2.cards] == ["Gap 1: “June 24, 1948”", "Gap 2: “aircraft”"]
    assert form2.cards[0].kind_combo.currentData() == "dropdown"


def test_gaps_by_keyboard_and_every_edit_is_one_undo_step(editor, qtbot):
    w = editor
    form = _new_cloze(qtbot, w)
    select_passage(qtbot, w, PASSAGE)
    QApplication.processEvents()
    steps = w.edits.undo_stack.count()
    form.focus_field(("gaps",))
    first = form.words.buttons[0]
    assert first.hasFocus()
    for _ in range(4):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Right)
    assert _word(form, "June").hasFocus()
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Space)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Right)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)
    assert _gaps(w) == [{"start": 22, "end": 29, "answer": "June 24"}]
    assert w.edits.undo_stack.count() == steps + 2
    # only one word of the passage is a Tab stop: Tab leaves the words
    assert sum(b.focusPolicy() == Qt.FocusPolicy.StrongFocus for b in form.words.buttons) == 1

    card = form.cards[0]
    card.kind_combo.setCurrentIndex(card.kind_combo.findData("word_bank"))
    card.kind_combo.activated.emit(card.kind_combo.currentIndex())
    assert _gaps(w)[0]["kind"] == "word_bank"
    QApplication.processEvents()
    assert form.extras_edit.isVisible()
    type_into(qtbot, form.extras_edit, "May 12")
    assert w.data["questions"][0]["bank_extras"] == ["May 12"]
    assert w.edits.undo_stack.count() == steps + 4

    w.edits.undo_stack.undo()  # the extra words
    assert "bank_extras" not in w.data["questions"][0]
    w.edits.undo_stack.undo()  # the kind
    assert "kind" not in _gaps(w)[0]
    assert form.cards[0].kind_combo.currentData() == "short_answer"
    w.edits.undo_stack.undo()  # "24" out of the gap again
    assert _gaps(w) == [{"start": 22, "end": 26, "answer": "June"}]
    w.edits.undo_stack.redo()
    assert _gaps(w) == [{"start": 22, "end": 29, "answer": "June 24"}]
    assert _word(form, "24").isChecked()


def test_a_new_passage_moves_the_gaps_with_it_in_one_undo_step(editor, qtbot):
    w = editor
    form = _new_cloze(qtbot, w)
    select_passage(qtbot, w, PASSAGE)
    click(qtbot, _word(form, "aircraft"))
    steps = w.edits.undo_stack.count()
    select_passage(qtbot, w, "American aircraft flew the first supplies into the city.")
    assert w.data["questions"][0]["evidence"]["quote"].startswith("American aircraft")
    assert _gaps(w) == [{"start": 9, "end": 17, "answer": "aircraft"}]
    assert w.edits.undo_stack.count() == steps + 1
    w.edits.undo_stack.undo()
    assert _gaps(w)[0]["answer"] == "aircraft" and w.data["questions"][0]["evidence"]["quote"] == PASSAGE


def test_the_checkers_problems_show_on_the_gap(editor, qtbot):
    w = editor
    form = _new_cloze(qtbot, w)
    type_into(qtbot, form.explanation_edit, "The text gives both dates.")
    select_passage(qtbot, w, PASSAGE)
    click(qtbot, _word(form, "blockade"))
    card = form.cards[0]
    card.kind_combo.setCurrentIndex(card.kind_combo.findData("numeric"))
    card.kind_combo.activated.emit(card.kind_combo.currentIndex())
    click(qtbot, _word(form, "aircraft"))
    w.validate_now()
    wait_checked(qtbot, w)
    QApplication.processEvents()
    assert "gap 1 is a number gap" in form.problems_label.text()
    assert "number gap" in form.cards[0].problems.text() and form.cards[0].problems.isVisible()
    assert not form.cards[1].problems.isVisible()
    # F8 / a click on the problem puts the focus on the gap's kind
    problem = next(p for p in w.validation.errors if "number gap" in p.message)
    w.show_problem(problem)
    assert form.cards[0].kind_combo.hasFocus()


def test_a_shown_gap_is_flagged_on_its_card(editor, qtbot):
    w = editor
    form = _new_cloze(qtbot, w)
    type_into(qtbot, form.explanation_edit, "The text gives both dates.")
    select_passage(qtbot, w, PASSAGE)
    click(qtbot, _word(form, "June"))  # the passage shows "June" again in the second date
    w.validate_now()
    wait_checked(qtbot, w)
    QApplication.processEvents()
    assert w.validation.linted
    assert any("gap 1 asks for 'June'" in p.message for p in w.validation.warnings)
    assert "passage shows it" in form.cards[0].problems.text()


def test_try_an_answer_per_gap(editor, qtbot):
    w = editor
    form = _new_cloze(qtbot, w)
    type_into(qtbot, form.explanation_edit, "The text gives the date.")
    select_passage(qtbot, w, PASSAGE)
    for word in ("June", "24", "1948"):
        click(qtbot, _word(form, word))
    click(qtbot, _word(form, "aircraft"))
    card = form.cards[0]
    card.kind_combo.setCurrentIndex(card.kind_combo.findData("dropdown"))
    card.kind_combo.activated.emit(card.kind_combo.currentIndex())
    QApplication.processEvents()
    box = form.try_box
    assert box.isVisible() and len(box.inputs) == 2
    choose, typed = box.inputs
    assert isinstance(choose, QComboBox) and isinstance(typed, QLineEdit)
    choose.setCurrentIndex(choose.findData("June 24, 1948"))
    type_into(qtbot, typed, "aircraft")
    click(qtbot, box.try_button)
    assert box.result_label.text().startswith("✓ 100 % of the points.")
    type_into(qtbot, typed, "ships")
    click(qtbot, box.try_button)
    text = box.result_label.text()
    assert text.startswith("✗ 50 % of the points.") and "Gap 2: ✗ not accepted" in text, text


def test_a_suggested_cloze_shows_its_passage_and_opens_in_the_cloze_form(editor, qtbot):
    from quiz_app.ui.workers import wait_for_background

    w = editor
    text = (Path(__file__).resolve().parent.parent / "drafting" / "texts" / "berlin-airlift.txt").read_text(
        encoding="utf-8").strip()
    w.new_set_from_text(text, "The Berlin Airlift")
    click(qtbot, w.question_panel.suggest_questions_button)
    panel = w.suggest_panel
    qtbot.waitUntil(lambda: not panel.busy and panel.list.count() > 0, timeout=10000)
    wait_for_background()
    row = next(i for i, s in enumerate(panel.shown()) if s.question["type"] == "cloze")
    panel.list.setCurrentRow(row)
    draft = panel.current()
    shown = panel.list.item(row).text()
    assert shown.startswith("Fill the gaps · ") and "Passage: " in shown and "[1] _____" in shown
    assert all(g["answer"] in shown for g in draft.question["gaps"])
    click(qtbot, panel.edit_button)
    assert w.data["questions"][-1]["gaps"] == draft.question["gaps"]
    form = w.question_editor.forms["cloze"]
    assert w.question_editor.currentWidget() is form
    assert [c.title.text() for c in form.cards] == [f"Gap {n}: “{g['answer']}”"
                                                   for n, g in enumerate(draft.question["gaps"], 1)]
    assert sum(b.isChecked() for b in form.words.buttons) >= len(draft.question["gaps"])


def test_a_very_long_passage_shows_its_first_words_and_says_so(editor, qtbot):
    from quiz_app.ui.editor.forms.cloze import MAX_WORDS

    w = editor
    form = _new_cloze(qtbot, w)
    long_text = " ".join(f"word{n}" for n in range(2000))
    w.edits.set_evidence(w.data["sources"][0]["id"], long_text, "Set the evidence")
    QApplication.processEvents()
    assert len(form.words.buttons) == MAX_WORDS
    assert form.passage_note.isVisible() and "2000 words" in form.passage_note.text()

"""A cloze passage played as a student plays it: keyboard only, a word bank by key or click, partial credit,
feedback gap by gap, what the score store keeps, names a screen reader reads, and 200 % / 300 % text."""

from __future__ import annotations

import json

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QComboBox, QLineEdit
from test_accessibility import _scale, cut_text  # the one check of cut-off text, shared
from ui_helpers import confirm_open_parts, fill_cloze_by_keyboard

from quiz_app.session import RoundSettings, start_round
from quiz_app.ui.widgets.cloze_passage import passage_cells, words_before


def _play(window, question_id: str, seed: int = 5):
    """A practice round of the built-in set's cloze questions, with ``question_id`` on screen."""
    key = window.start_screen.current_set()
    loaded = window.catalogue[key]
    settings = RoundSettings.for_set(loaded.question_set, "practice", types=("cloze",), count=10, seed=seed)
    rnd = start_round(loaded, settings, store=window.store, profile=window.profile_id)
    while rnd.current.question.id != question_id:
        rnd.answer(None)  # the others are skipped before the window shows the round
    window.begin_round(rnd, key)
    return rnd


def test_a_presented_cloze_shuffles_its_options_from_the_seed(builtin_set):
    settings = RoundSettings.for_set(builtin_set, "practice", types=("cloze",), count=10, seed=11)
    first = start_round(builtin_set, settings, record=False)
    again = start_round(builtin_set, settings, record=False)
    assert [p.question.id for p in first.presented] == [p.question.id for p in again.presented]
    assert len(first.presented) == 5
    for shown, same in zip(first.presented, again.presented, strict=True):
        q = shown.question
        assert shown.gap_options == same.gap_options and shown.word_bank == same.word_bank
        assert sorted(shown.word_bank) == sorted(q.word_bank())
        if len(q.word_bank()) > 1:
            assert list(shown.word_bank) != q.word_bank()  # never in reading order
        for i, gap in enumerate(q.gaps):
            if gap.kind == "dropdown":
                assert sorted(shown.gap_options[i]) == sorted([gap.answer, *gap.distractors])
            elif gap.kind == "word_bank":
                assert shown.gap_options[i] == shown.word_bank  # one bank, one order, for every gap
            else:
                assert shown.gap_options[i] == ()
        assert [t for t, _ in shown.cloze_parts] and "".join(t for t, _ in shown.cloze_parts) == q.evidence.quote
    # over many seeds the answer of a drop-down is not always in one place
    places = set()
    for seed in range(30):
        rnd = start_round(builtin_set, RoundSettings.for_set(builtin_set, "practice", types=("cloze",), count=10,
                                                             seed=seed), record=False)
        shown = next(p for p in rnd.presented if p.question.id == "kw-114")
        places.add(shown.gap_options[1].index("Naktong River"))
    assert places == {0, 1, 2}


def test_passage_cells_keep_punctuation_with_its_gap(builtin_set):
    rhee = builtin_set.question("kw-113")  # "Rhee, a staunch [anti-communist], faced ..."
    cells = passage_cells(rhee.parts())
    gap_cell = next(c for c in cells if c[0] == "gap" and c[2] == 0)
    assert gap_cell == ("gap", "", 0, ",")
    words = [c[1] for c in cells if c[0] == "word"]
    assert words[:3] == ["Rhee,", "a", "staunch"] and "faced" in words
    assert words_before(rhee.parts(), 1, 3) == "plagued by communist"
    assert words_before(rhee.parts(), 0) == "Rhee, a staunch"


def test_a_cloze_round_by_keyboard_only_partly_right(qtbot, make_window):
    """kw-111: a drop-down and two word-bank gaps. Arrow keys in the drop-down, a bank word by its number key,
    a wrong bank word by the arrow keys; Enter submits; 2 of 3 right is shown, stored and announced."""
    window = make_window()
    rnd = _play(window, "kw-111")
    screen = window.question_screen
    widget = screen.input
    shown = rnd.current
    assert "Tab moves to the next gap" in screen.hint.text() and "press a word's number" in screen.hint.text()
    drop, bank_a, bank_b = widget.inputs
    assert isinstance(drop, QComboBox) and window.focusWidget() is drop
    # gap 1: the drop-down, by the arrow keys
    while drop.currentData() != "Japanese-held":
        qtbot.keyClick(drop, Qt.Key.Key_Down)
    qtbot.keyClick(drop, Qt.Key.Key_Tab)
    assert window.focusWidget() is bank_a
    # gap 2: "Manchuria" by its number in the bank (the shortcut reaches the focused gap)
    number = shown.word_bank.index("Manchuria") + 1
    qtbot.keyClick(bank_a, str(number))
    assert bank_a.currentData() == "Manchuria"
    assert widget.bank_buttons[number - 1].text().endswith("✓ in gap 2")
    qtbot.keyClick(bank_a, Qt.Key.Key_Tab)
    assert window.focusWidget() is bank_b
    # the word used in gap 2 says so in gap 3's list
    assert bank_b.itemText(bank_b.findData("Manchuria")) == "Manchuria ✓ used"
    # gap 3: a wrong word, by the arrow keys
    while bank_b.currentData() != "Taiwan":
        qtbot.keyClick(bank_b, Qt.Key.Key_Down)
    qtbot.keyClick(bank_b, Qt.Key.Key_Return)
    assert window.current_screen is window.feedback_screen
    feedback = window.feedback_screen
    result = feedback.result
    assert result.marks == (True, True, False) and result.partial
    assert feedback.verdict.text() == "◐  Partly right: 2 of 3 right"
    assert feedback.verdict.objectName() == "verdictPartial"
    assert feedback.verdict.accessibleName() == "◐  Partly right: 2 of 3 right"  # announced
    lines = feedback.your_answer.text().splitlines()
    assert lines[1] == "Gap 1 (drop-down): ✓ right, “Japanese-held”."
    assert lines[2] == "Gap 2 (word bank): ✓ right, “Manchuria”."
    assert lines[3] == "Gap 3 (word bank): ✗ not right, you chose “Taiwan”; the text says “Korean Peninsula”."
    assert feedback.gap_passage.isVisible()
    marked = feedback.gap_passage.text()
    assert "[3 ✗ you: Taiwan]" in marked and "[1 ✓]" in marked and "Korean Peninsula</span>" in marked
    row = window.store.round_answers(rnd.round_id)[-1]
    assert row.question_id == "kw-111"
    assert json.loads(row.response) == ["Japanese-held", "Manchuria", "Taiwan"]
    assert row.points == pytest.approx(2 / 3, abs=1e-6) and not row.correct


def test_typed_gaps_accept_the_texts_words_and_enter_submits(qtbot, make_window):
    """kw-114: a typed gap and two drop-downs; a lower-case answer in the text's words is right."""
    window = make_window()
    rnd = _play(window, "kw-114")
    widget = window.question_screen.input
    typed = widget.inputs[0]
    assert isinstance(typed, QLineEdit) and window.focusWidget() is typed
    fill_cloze_by_keyboard(qtbot, window, ["pusan perimeter", "Naktong River", "United States"])
    qtbot.keyClick(window.focusWidget(), Qt.Key.Key_Return)
    result = window.feedback_screen.result
    assert result.correct and result.marks == (True, True, True)
    assert window.feedback_screen.verdict.text() == "✓  Right!"
    assert "Gap 1 (typed): ✓ right, you wrote “pusan perimeter”; the text says “Pusan Perimeter”." in \
        window.feedback_screen.your_answer.text()
    assert json.loads(window.store.round_answers(rnd.round_id)[-1].response) == [
        "pusan perimeter", "Naktong River", "United States"]


def test_gaps_left_empty_are_asked_about_then_counted(qtbot, make_window):
    window = make_window()
    rnd = _play(window, "kw-115")
    screen = window.question_screen
    qtbot.keyClick(window.focusWidget(), Qt.Key.Key_Return)  # nothing filled: asked to answer first
    assert screen.message.text() == "Choose or type an answer first."
    assert window.current_screen is screen
    qtbot.keyClicks(screen.input.inputs[0], "Pusan")
    qtbot.keyClick(screen.input.inputs[0], Qt.Key.Key_Return)
    assert screen.confirm_dialog is not None and "Submit with 2 of 3 gaps empty?" in screen.confirm_dialog.text()
    confirm_open_parts(qtbot, window)
    result = window.feedback_screen.result
    assert result.marks == (True, False, False)
    assert "2 of 3 gaps left empty." in window.feedback_screen.note.text()
    assert "Gap 2 (drop-down): ✗ left empty. The text says “MacArthur”." in window.feedback_screen.your_answer.text()
    assert json.loads(window.store.round_answers(rnd.round_id)[-1].response) == ["Pusan", None, None]


def test_a_bank_word_is_placed_by_clicking_it(qtbot, make_window):
    window = make_window()
    rnd = _play(window, "kw-112")  # "tanks", "artillery" from the bank; a drop-down
    widget = window.question_screen.input
    bank = list(rnd.current.word_bank)
    first, second, drop = widget.inputs
    # nothing chosen yet: a click fills the first empty word-bank gap
    qtbot.mouseClick(widget.bank_buttons[bank.index("tanks")], Qt.MouseButton.LeftButton)
    assert first.currentData() == "tanks" and window.focusWidget() is first
    # the gap last chosen takes the next click, even when it is filled already
    second.setFocus()
    qtbot.mouseClick(widget.bank_buttons[bank.index("aircraft")], Qt.MouseButton.LeftButton)
    qtbot.mouseClick(widget.bank_buttons[bank.index("artillery")], Qt.MouseButton.LeftButton)
    assert second.currentData() == "artillery"
    assert widget.bank_buttons[bank.index("artillery")].accessibleName().endswith("used in gap 2")
    assert not widget.bank_buttons[bank.index("aircraft")].text().endswith("gap 2")
    # the bank's buttons stay out of the Tab order: Tab goes from gap to gap
    assert all(b.focusPolicy() == Qt.FocusPolicy.NoFocus for b in widget.bank_buttons)
    assert widget.response() == ["tanks", "artillery", None]
    assert drop.accessibleName() == "Gap 3 of 3, drop-down"


def test_each_gap_is_named_for_a_screen_reader(qtbot, make_window):
    window = make_window()
    _play(window, "kw-113")
    widget = window.question_screen.input
    drop, typed = widget.inputs
    assert drop.accessibleName() == "Gap 1 of 2, drop-down"
    assert drop.accessibleDescription() == "Gap 1 of 2, drop-down. After the words: Rhee, a staunch"
    assert typed.accessibleName() == "Gap 2 of 2, type the words"
    assert typed.accessibleDescription() == "Gap 2 of 2, type the words. After the words: The South was plagued by communist"
    assert widget.passage.accessibleName() == "The passage, with 2 gaps to fill"
    assert "(gap) activity" in widget.passage.accessibleDescription()
    # Shift+Tab goes back in reading order
    qtbot.keyClick(drop, Qt.Key.Key_Tab)
    assert window.focusWidget() is typed
    qtbot.keyClick(typed, Qt.Key.Key_Backtab)
    assert window.focusWidget() is drop


@pytest.mark.parametrize("scale", [2.0, 3.0])
def test_the_passage_wraps_at_large_text(qtbot, make_window, restore_look, scale):
    window = make_window()
    window.resize(1100, 760)
    _scale(window, scale)
    _play(window, "kw-114")
    screen = window.question_screen
    widget = screen.input
    qtbot.waitUntil(lambda: not cut_text(screen), timeout=3000)
    viewport = screen.scroll_area.viewport()
    tops = set()
    for part in [*widget.inputs, *widget.word_labels]:
        left = part.mapTo(viewport, QPoint(0, 0)).x()
        assert left >= 0 and left + part.width() <= viewport.width(), part.accessibleName() or part.text()
        tops.add(part.mapTo(widget.passage, QPoint(0, 0)).y())
    for label in widget.word_labels:  # a word is never squeezed (or elided)
        assert label.width() >= label.sizeHint().width(), label.text()
    for box in widget.inputs:
        assert box.width() >= box.minimumSizeHint().width()
    assert len(tops) >= 3  # it wraps over several lines
    # Tab to the last gap: the screen scrolls to show it
    for box in widget.inputs[:-1]:
        qtbot.keyClick(box, Qt.Key.Key_Tab)
    last = widget.inputs[-1]
    assert window.focusWidget() is last
    y = last.mapTo(viewport, QPoint(0, 0)).y()
    assert 0 <= y and y + last.height() <= viewport.height()
    fill_answers = ["Pusan Perimeter", "Naktong River", "United States"]
    widget.inputs[0].setFocus()
    fill_cloze_by_keyboard(qtbot, window, fill_answers)
    qtbot.keyClick(window.focusWidget(), Qt.Key.Key_Return)
    assert window.feedback_screen.result.correct
    qtbot.waitUntil(lambda: not cut_text(window.feedback_screen), timeout=3000)
    passage = window.feedback_screen.gap_passage
    assert passage.heightForWidth(passage.width()) <= passage.height() + 1


def test_a_missed_cloze_in_the_results_and_its_review(qtbot, make_window):
    window = make_window()
    key = window.start_screen.current_set()
    loaded = window.catalogue[key]
    settings = RoundSettings.for_set(loaded.question_set, "scored", types=("cloze",), count=2, seed=5,
                                     feedback="at_end")
    rnd = start_round(loaded, settings, store=window.store, profile=window.profile_id)
    window.begin_round(rnd, key)
    for _ in range(rnd.total):
        widget = window.question_screen.input
        answers = [None] * len(widget.inputs)
        answers[0] = widget.question.gaps[0].answer
        fill_cloze_by_keyboard(qtbot, window, answers)
        qtbot.keyClick(window.focusWidget(), Qt.Key.Key_Return)
        confirm_open_parts(qtbot, window)
    assert window.current_screen is window.results_screen
    results = window.results_screen
    assert results.missed_list.count() == 2
    first = results.missed_list.item(0).text()
    assert first.startswith("Partly right (1 of ") and "Answer: 1. " in first
    results.missed_list.setCurrentRow(0)
    results.missed_list.itemActivated.emit(results.missed_list.item(0))
    assert window.current_screen is window.feedback_screen
    assert "Gap 1 " in window.feedback_screen.your_answer.text() and window.feedback_screen.gap_passage.isVisible()


def test_digits_typed_in_a_number_gap_are_text_not_shortcuts(qtbot, make_window, korean_war_source):
    """Number keys choose in a word-bank gap; in a typed gap they are the answer (a date, a number)."""
    from question_bank.models import QuestionSet

    quote = ("On June 25, 1950, the North Korean army launched a surprise attack, pouring across the 38th parallel "
             "with 10 Soviet-equipped divisions.")

    def gap(words, **extra):
        start = quote.index(words)
        return {"start": start, "end": start + len(words), "answer": words, **extra}

    qset = QuestionSet.model_validate({"id": "s", "title": "Korea", "sources": [
        {"id": "kw", "title": "The outbreak of the Korean War", "text": korean_war_source}], "questions": [
        {"type": "cloze", "id": "cz-1", "prompt": "Fill the gaps from the text.", "topics": ["dates"],
         "explanation": "The text gives the day, the line crossed and the number of divisions.",
         "evidence": {"source": "kw", "quote": quote},
         "gaps": [gap("June 25, 1950"), gap("38th parallel", kind="dropdown", distractors=["39th parallel"]),
                  gap("10", kind="numeric", weight=2)]}]})
    window = make_window()
    rnd = start_round(qset, RoundSettings.for_set(qset, "practice", seed=1), record=False)
    window.begin_round(rnd, "trial")
    widget = window.question_screen.input
    assert widget.inputs[2].accessibleName() == "Gap 3 of 3, type a number"
    fill_cloze_by_keyboard(qtbot, window, ["25 June 1950", None, "ten"])
    assert widget.response() == ["25 June 1950", "39th parallel", "ten"]
    qtbot.keyClick(window.focusWidget(), Qt.Key.Key_Return)
    result = window.feedback_screen.result
    assert result.marks == (True, False, True)
    # weights: the number gap counts twice, so 3 of 4 shares; the verdict counts gaps
    assert result.credit == pytest.approx(0.75)
    assert window.feedback_screen.verdict.text() == "◐  Partly right: 2 of 3 right"
    assert "Gap 3 (number): ✓ right, you wrote “ten”; the text says “10”." in \
        window.feedback_screen.your_answer.text()


def test_a_cloze_answer_resumes_and_takes_certainty_marks(builtin_set, data_dir):
    """The round code's other paths: a resumed round grades the stored cloze answer again; certainty-based
    marking weighs its partial credit like any other answer."""
    from quiz_app.scores import ScoreStore
    from quiz_app.session import resume_round

    store = ScoreStore.open(data_dir)
    profile = store.create_profile("Ana", 1.0)
    settings = RoundSettings.for_set(builtin_set, "practice", types=("cloze",), count=2, seed=4, certainty_marking=True)
    rnd = start_round(builtin_set, settings, store=store, profile=profile)
    q = rnd.current.question
    answer = [g.answer for g in q.gaps]
    answer[-1] = None
    result = rnd.answer(answer, "sure")
    share = sum(g.weight for g in q.gaps[:-1]) / sum(g.weight for g in q.gaps)
    assert result.partial and result.points_awarded == pytest.approx(share * 3 + (1 - share) * -6)
    again = resume_round(builtin_set, store, rnd.round_id)
    assert again.results[0] is not None and again.results[0].marks == result.marks
    assert again.results[0].points_awarded == pytest.approx(result.points_awarded)
    assert again.current.question.type == "cloze" and again.current.gap_options == rnd.presented[1].gap_options
    store.close()

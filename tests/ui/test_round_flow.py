"""Whole rounds through the real window: keyboard only, mouse only, results against the store's rows."""

from __future__ import annotations

import copy

from PySide6.QtCore import QPoint, Qt
from ui_helpers import answer_by_keyboard, write_set

from quiz_app.scores import ScoreStore
from quiz_app.ui.workers import wait_for_background


def _start_scored_round_by_keyboard(qtbot, window, count: int):
    qtbot.keyClick(window, Qt.Key.Key_E, Qt.KeyboardModifier.AltModifier)  # Scor&ed round
    qtbot.waitUntil(lambda: window.start_screen.current_mode() == "scored")  # a mnemonic animates the click
    qtbot.keyClick(window, Qt.Key.Key_Q, Qt.KeyboardModifier.AltModifier)  # Number of &questions
    spin = window.start_screen.count_spin
    assert spin.hasFocus()
    qtbot.keyClick(spin, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(spin, str(count))
    qtbot.keyClick(spin, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.current_screen is window.question_screen)


def test_scored_round_by_keyboard_only(qtbot, make_window, data_dir):
    window = make_window()
    _start_scored_round_by_keyboard(qtbot, window, 12)
    rnd = window.round
    assert rnd.total == 12 and rnd.mode == "scored"
    seen_types = set()
    for n in range(12):
        shown = rnd.current
        assert window.question_screen.progress_label.text() == f"Question {n + 1} of 12"
        seen_types.add(shown.question.type)
        answer_by_keyboard(qtbot, window, shown, right=n % 3 != 2)
        assert window.current_screen is window.feedback_screen
        verdict = window.feedback_screen.verdict.text()
        assert ("Right" in verdict) == (n % 3 != 2), (shown.question.id, verdict,
                                                      window.feedback_screen.result)
        qtbot.keyClick(window.focusWidget() or window, Qt.Key.Key_Return)
    assert window.current_screen is window.results_screen
    summary = rnd.summary()
    assert summary.correct == 8
    # what the results screen shows is what the store holds
    store = ScoreStore.open(data_dir)
    rows = store.round_answers(summary.round_id)
    record = store.round_record(summary.round_id)
    assert len(rows) == 12
    assert sum(1 for r in rows if r.correct) == 8
    stored_points = max(0.0, sum(r.points for r in rows))
    assert abs(stored_points - summary.score) < 1e-9 and record.status == "finished"
    assert window.results_screen.score_label.text().startswith(f"{record.score:g} / {record.max_score:g}")
    assert window.results_screen.missed_list.count() == 12 - summary.correct
    store.close()


def _mc_only_set(builtin_set) -> dict:
    data = builtin_set.model_dump(mode="json", exclude_none=True)
    data = copy.deepcopy(data)
    data["id"] = "clicks"
    data["title"] = "Click-only set"
    data["questions"] = [q for q in data["questions"] if q["type"] in ("multiple_choice", "true_false",
                                                                      "multiple_select")][:6]
    data["round_defaults"]["question_count"] = 6
    return data


def _click(qtbot, widget):
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton, pos=QPoint(8, widget.height() // 2))


def test_scored_round_by_mouse_only(qtbot, make_window, data_dir, builtin_set):
    write_set(data_dir / "sets", _mc_only_set(builtin_set), "clicks.json")
    window = make_window()
    start = window.start_screen
    qtbot.waitUntil(lambda: start.set_list.count() == 2)
    row = next(i for i in range(start.set_list.count()) if "Click-only" in start.set_list.item(i).text())
    rect = start.set_list.visualItemRect(start.set_list.item(row))
    qtbot.mouseClick(start.set_list.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    _click(qtbot, start.mode_buttons["scored"])
    qtbot.mouseClick(start.start_button, Qt.MouseButton.LeftButton)
    rnd = window.round
    assert rnd.question_set.id == "clicks" and rnd.total == 6
    for _ in range(6):
        shown = rnd.current
        q = shown.question
        screen = window.question_screen
        order = list(shown.choice_order) if q.type != "true_false" else [0, 1]
        if q.type == "true_false":
            wanted = {0 if q.answer else 1}
        else:
            wanted = {i for i, c in enumerate(q.choices) if c.correct}
        for shown_pos, original in enumerate(order):
            if original in wanted:
                _click(qtbot, screen.input.buttons[shown_pos])
        qtbot.mouseClick(screen.submit_button, Qt.MouseButton.LeftButton)
        assert window.feedback_screen.verdict.text().startswith("✓")
        qtbot.mouseClick(window.feedback_screen.next_button, Qt.MouseButton.LeftButton)
    assert window.current_screen is window.results_screen
    assert window.results_screen.score_label.text().startswith("6 / 6")
    assert "Passed" in window.results_screen.verdict.text()


def test_feedback_shows_the_quote_highlighted_in_its_paragraph(qtbot, make_window):
    window = make_window()
    qtbot.mouseClick(window.start_screen.start_button, Qt.MouseButton.LeftButton)  # practice
    shown = window.round.current
    answer_by_keyboard(qtbot, window, shown, right=False)
    fb = window.feedback_screen
    assert fb.verdict.text().startswith("✗")
    quote = shown.question.evidence.quote
    # the quote is highlighted (a question whose items cite other passages highlights those too)
    highlighted = " ".join(fb.passage.highlighted_text.split())
    assert highlighted == " ".join(quote.split()) or " ".join(quote.split()) in highlighted.split(" … ")
    paragraph = fb.passage.toPlainText()
    assert " ".join(quote.split()) in " ".join(paragraph.split())
    assert len(paragraph) > len(quote)  # the whole paragraph, not just the quote
    # the round is drawn at random: a fill-the-gaps passage gives the text's words for its gaps instead
    label = "The text's words" if shown.question.type == "cloze" else "Correct answer"
    assert fb.correct_answer.text().startswith(f"{label}: ")
    if shown.question.type != "cloze":
        assert fb.correct_answer.text() == f"Correct answer: {shown.question.answer_text()}"
    assert fb.explanation.text() == f"Why: {shown.question.explanation}"
    # Read in source opens the reader at that passage
    qtbot.mouseClick(fb.read_source_button, Qt.MouseButton.LeftButton)
    reader = window.source_screen
    assert window.current_screen is reader
    # ... with the quote selected, and this question among those that cite the passage
    assert " ".join(reader.text_view.textCursor().selectedText().split()) == " ".join(quote.split())
    listed = [reader.question_list.item(i).text() for i in range(reader.question_list.count())]
    assert any(text.startswith(shown.question.prompt) for text in listed), listed
    qtbot.mouseClick(reader.back_button, Qt.MouseButton.LeftButton)
    assert window.current_screen is fb


def test_leaving_a_round_asks_first(qtbot, make_window):
    window = make_window()
    qtbot.keyClick(window, Qt.Key.Key_Return)
    assert window.current_screen is window.question_screen
    qtbot.keyClick(window, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: window.player.leave_dialog is not None and window.player.leave_dialog.isVisible())
    qtbot.mouseClick(window.player.leave_stay_button, Qt.MouseButton.LeftButton)
    assert window.current_screen is window.question_screen and not window.round.is_finished
    qtbot.keyClick(window, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: window.player.leave_dialog is not None and window.player.leave_dialog.isVisible())
    qtbot.mouseClick(window.player.leave_end_button, Qt.MouseButton.LeftButton)
    assert window.current_screen is window.results_screen
    assert window.round.is_finished
    assert "0 of 10 questions answered" in window.results_screen.details.text()
    wait_for_background()


def test_timed_round_shows_a_timer_with_extra_time_and_ends_when_time_is_up(qtbot, make_window):
    from quiz_app.session import RoundSettings, start_round

    window = make_window(student="Sam", extra_time=1.5)
    clock = [1000.0]
    key = window.start_screen.current_set()
    loaded = window.catalogue[key]
    settings = RoundSettings.for_set(loaded.question_set, "scored", count=5, time_limit_seconds=60)
    rnd = start_round(loaded, settings, store=window.store, profile=window.profile_id, clock=lambda: clock[0])
    window.begin_round(rnd, key)
    timer = window.question_screen.timer_label
    assert timer.isVisible() and timer.text() == "Time left: 1:30"  # 60 s × 1.5 extra time
    clock[0] += 45
    window.player._on_timer_timeout()
    assert timer.text() == "Time left: 0:45"
    clock[0] += 46
    window.player._on_timer_timeout()
    assert window.current_screen is window.results_screen
    assert "Time is up" in window.results_screen.details.text()
    details = window.results_screen.details.text()
    assert "0 of 5 questions answered" in details
    assert "reached 1 of 5; the 4 not reached count 0 points" in details
    # the question on screen when time ran out is listed; the four never shown are not, nor their answers
    missed = window.results_screen.missed_list
    assert missed.count() == 1 and missed.item(0).text().startswith("Not answered: ")
    assert window.store.round_record(rnd.round_id).status == "finished"


def test_untimed_round_has_no_timer(qtbot, make_window):
    window = make_window()
    qtbot.keyClick(window, Qt.Key.Key_Return)
    assert not window.question_screen.timer_label.isVisible()


def test_feedback_at_the_end_shows_every_answer_after_the_round(qtbot, make_window):
    from quiz_app.session import RoundSettings, start_round

    window = make_window()
    key = window.start_screen.current_set()
    loaded = window.catalogue[key]
    settings = RoundSettings.for_set(loaded.question_set, "scored", count=3, feedback="at_end")
    rnd = start_round(loaded, settings, store=window.store, profile=window.profile_id)
    window.begin_round(rnd, key)
    for i in range(3):
        assert window.current_screen is window.question_screen  # no feedback between questions
        answer_by_keyboard(qtbot, window, rnd.current, right=i != 1)
    assert window.current_screen is window.results_screen
    results = window.results_screen
    assert results.all_feedback_button.isVisible()
    qtbot.mouseClick(results.all_feedback_button, Qt.MouseButton.LeftButton)
    seen = []
    while window.current_screen is window.feedback_screen:
        seen.append(window.feedback_screen.verdict.text()[0])
        qtbot.mouseClick(window.feedback_screen.next_button, Qt.MouseButton.LeftButton)
    assert seen == ["✓", "✗", "✓"]
    assert window.current_screen is results

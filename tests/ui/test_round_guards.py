"""Guards and honest wording through the real window: parts left open, quitting mid-round, giving up a
scored round, and what the results say about a round ended early."""

from __future__ import annotations

from PySide6.QtCore import Qt
from ui_helpers import answer_by_keyboard

from quiz_app.session import RoundSettings, start_round


def _begin(window, mode="practice", **changes):
    key = window.start_screen.current_set()
    loaded = window.catalogue[key]
    rnd = start_round(loaded, RoundSettings.for_set(loaded.question_set, mode, **changes), store=window.store,
                      profile=window.profile_id)
    window.begin_round(rnd, key)
    return rnd


def _wait_active(qtbot, widget):
    qtbot.waitUntil(widget.isVisible)
    widget.activateWindow()
    qtbot.waitUntil(widget.isActiveWindow)


def test_matching_with_pairs_left_open_asks_before_submitting(qtbot, make_window):
    window = make_window()
    rnd = _begin(window, types=("matching",), count=1, seed=3)
    screen = window.question_screen
    combo = screen.input.combos[0]
    combo.setFocus()
    qtbot.keyClick(combo, Qt.Key.Key_Down)  # one pair chosen, the others open
    qtbot.keyClick(combo, Qt.Key.Key_Return)
    dialog = screen.confirm_dialog
    assert dialog is not None
    n = len(screen.input.combos)
    assert dialog.text() == f"Submit with {n - 1} of {n} pairs unmatched?"
    _wait_active(qtbot, dialog)
    qtbot.keyClick(dialog.focusWidget() or dialog, Qt.Key.Key_Escape)  # Keep answering
    qtbot.waitUntil(lambda: screen.confirm_dialog is None)
    assert window.current_screen is screen and window.store.round_answers(rnd.round_id) == []
    screen.submit()
    _wait_active(qtbot, screen.confirm_dialog)
    qtbot.keyClick(screen.confirm_dialog.focusWidget(), Qt.Key.Key_S, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: window.current_screen is window.feedback_screen)
    assert len(window.store.round_answers(rnd.round_id)) == 1


def test_ordering_left_as_shown_asks_first(qtbot, make_window):
    window = make_window()
    _begin(window, types=("ordering",), count=1, seed=3)
    window.question_screen.submit()
    assert "You have not moved any of them" in window.question_screen.confirm_dialog.text()


def test_quitting_mid_round_asks_as_esc_does(qtbot, make_window, data_dir):
    window = make_window()
    rnd = _begin(window, "scored", count=3, seed=2)
    answer_by_keyboard(qtbot, window, rnd.current)
    window.close()  # the window's close button, and Ctrl+Q (File > Quit calls close)
    dialog = window.quit_dialog
    assert dialog is not None and window.isVisible()
    _wait_active(qtbot, dialog)
    qtbot.keyClick(dialog.focusWidget() or dialog, Qt.Key.Key_Escape)  # Keep playing
    qtbot.waitUntil(lambda: window.quit_dialog is None)
    assert window.isVisible() and not rnd.is_finished
    window.quit_action.trigger()
    _wait_active(qtbot, window.quit_dialog)
    qtbot.mouseClick(window.quit_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not window.isVisible())
    # the round stays in progress with its answer, to be continued next time
    assert window.store.round_record(rnd.round_id).status == "in_progress"
    assert len(window.store.round_answers(rnd.round_id)) == 1


def test_start_afresh_on_an_unfinished_scored_round_asks_and_records_it_abandoned(qtbot, make_window):
    window = make_window()
    rnd = _begin(window, "scored", count=3, seed=2)
    answer_by_keyboard(qtbot, window, rnd.current)
    round_id = rnd.round_id
    window.player.stop()  # the app went away mid-round
    window.close()
    window.store.close()
    window = make_window()
    assert not window.start_screen.resume_box.isHidden()
    window.start_screen.discard_button.click()
    dialog = window.discard_dialog
    assert dialog is not None and "abandoned, with 1 of 3 questions answered" in dialog.text()
    window.keep_round_button.click()
    assert window.store.round_record(round_id).status == "in_progress"
    assert not window.start_screen.resume_box.isHidden()
    window.start_screen.discard_button.click()
    window.give_up_button.click()
    assert window.store.round_record(round_id).status == "abandoned"
    assert window.start_screen.resume_box.isHidden()


def test_practice_ended_early_reports_the_questions_answered(qtbot, make_window):
    window = make_window()
    rnd = _begin(window, count=30, seed=11, types=("multiple_choice",))
    for _ in range(2):
        answer_by_keyboard(qtbot, window, rnd.current)
        qtbot.keyClick(window.focusWidget() or window, Qt.Key.Key_Return)
    qtbot.keyClick(window, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: window.player.leave_dialog is not None and window.player.leave_dialog.isVisible())
    qtbot.mouseClick(window.player.leave_end_button, Qt.MouseButton.LeftButton)
    results = window.results_screen
    points = sum(o.result.points_possible for o in rnd.summary().outcomes[:2])
    assert results.score_label.text() == f"{points:g} / {points:g}   (100%)"
    assert f"2 of {rnd.total} questions answered" in results.details.text()
    assert "not reached" not in results.details.text()
    assert results.missed_list.count() == 0 and results.missed_title.text() == "No mistakes: well done!"


def test_scored_round_ended_early_lists_only_what_was_shown(qtbot, make_window):
    window = make_window()
    rnd = _begin(window, "scored", count=6, seed=5)
    answer_by_keyboard(qtbot, window, rnd.current, right=False)
    qtbot.keyClick(window.focusWidget() or window, Qt.Key.Key_Return)
    qtbot.keyClick(window, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: window.player.leave_dialog is not None and window.player.leave_dialog.isVisible())
    qtbot.mouseClick(window.player.leave_end_button, Qt.MouseButton.LeftButton)
    results = window.results_screen
    assert "reached 2 of 6; the 4 not reached count 0 points" in results.details.text()
    items = [results.missed_list.item(i).text() for i in range(results.missed_list.count())]
    assert len(items) == 2 and items[0].startswith(("Not right", "Partly right")) and items[1].startswith("Not answered")
    assert not any("Missed" in text for text in items)
    # printing the round (worksheet or answer key) leaves out the questions never reached
    qtbot.mouseClick(results.print_button, Qt.MouseButton.LeftButton)
    dialog = window.player.print_dialog
    qtbot.waitUntil(lambda: dialog is not None and dialog.isVisible())
    assert [q.question.id for q in dialog.sheet.questions] == [p.question.id for p in rnd.presented[:2]]
    dialog.reject()


def test_review_of_mistakes_asks_the_question_first_and_shows_the_passage_only_on_request(qtbot, make_window):
    window = make_window()
    first = _begin(window, count=2, seed=4, types=("multiple_choice",))
    for _ in range(2):
        answer_by_keyboard(qtbot, window, first.current, right=False)
        qtbot.keyClick(window.focusWidget() or window, Qt.Key.Key_Return)
    review = _begin(window, "review_mistakes", count=2)
    screen = window.question_screen
    assert review.total == 2 and window.current_screen is screen
    assert screen.passage.isHidden() and screen.passage_title.isHidden()  # recall first
    assert not screen.passage_button.isHidden()
    qtbot.keyClick(window, Qt.Key.Key_P, Qt.KeyboardModifier.AltModifier)  # Show me the &passage
    qtbot.waitUntil(lambda: not screen.passage.isHidden())
    quote = " ".join(review.current.question.evidence.quote.split())
    assert quote in " ".join(screen.passage.toPlainText().split())
    assert review.assisted == {review.current.question.id}
    answer_by_keyboard(qtbot, window, review.current)
    assert "read the passage first" in window.feedback_screen.note.text()
    qtbot.keyClick(window.focusWidget() or window, Qt.Key.Key_Return)
    # the next question starts without the passage again
    assert screen.passage.isHidden() and screen.passage_button.isEnabled()


def test_a_scored_round_offers_no_passage(qtbot, make_window):
    window = make_window()
    _begin(window, "scored", count=2, seed=4)
    assert window.question_screen.passage_button.isHidden()

"""Spaced review through the window: every mode's answers count, the start screen says what is due
today and new, feedback and results say when a question comes back, progress shows memory, and the
desired retention is a setting."""

from __future__ import annotations

from PySide6.QtCore import Qt
from ui_helpers import answer_by_keyboard

from quiz_app.settings import load_settings


def test_practice_answers_count_for_spaced_review_and_say_when_they_come_back(qtbot, make_window):
    window = make_window()
    start = window.start_screen
    total = window.catalogue[start.current_set()].question_set.questions
    assert start.mode_buttons["spaced_review"].text() == f"Spaced rev&iew (0 due today, {len(total)} new)"
    start.select_mode("practice")
    start.count_spin.setValue(3)
    qtbot.keyClick(window, Qt.Key.Key_Return)
    rnd = window.round
    for i in range(3):
        answer_by_keyboard(qtbot, window, rnd.current, right=i != 1)
        schedule = window.feedback_screen.schedule.text()
        assert schedule == ("Next review of this question: tomorrow." if i == 1 else
                            f"Next review of this question: in {rnd.next_review_days(rnd.presented[i].question.id)} "
                            "days.")
        qtbot.keyClick(window.focusWidget() or window, Qt.Key.Key_Return)
    assert "When these questions come back for review: " in window.results_screen.details.text()
    assert "1 tomorrow" in window.results_screen.details.text()
    qtbot.mouseClick(window.results_screen.back_button, Qt.MouseButton.LeftButton)
    assert start.mode_buttons["spaced_review"].text() == f"Spaced rev&iew (0 due today, {len(total) - 3} new)"
    # progress: mastery from the memory states, in words
    qtbot.mouseClick(start.progress_button, Qt.MouseButton.LeftButton)
    progress = window.progress_screen
    formats = [b.format() for b in progress.topic_bars.values()]
    assert any(f.startswith("likely to remember ") for f in formats)
    items = [progress.paragraph_list.item(i).text() for i in range(progress.paragraph_list.count())]
    assert any("likely to remember" in t and "questions on paragraph" in t for t in items)


def test_desired_retention_is_a_setting(qtbot, make_window, data_dir):
    window = make_window()
    window.settings_action.trigger()
    screen = window.settings_screen
    assert screen.retention.currentData() == 0.9
    screen.retention.setCurrentIndex(screen.retention.findData(0.95))
    assert window.settings.desired_retention == 0.95
    assert load_settings(data_dir)[0].desired_retention == 0.95
    qtbot.keyClick(window, Qt.Key.Key_Escape)
    window.start_screen.select_mode("practice")
    qtbot.keyClick(window, Qt.Key.Key_Return)
    assert window.round.desired_retention == 0.95

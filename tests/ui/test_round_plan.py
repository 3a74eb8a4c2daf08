"""The round plan before Start (mode, number of questions from the chosen set, time limit with the
student's extra time, pass mark) and the warnings of a timed round."""

from __future__ import annotations

import copy

from PySide6.QtCore import Qt
from ui_helpers import write_set

from quiz_app.session import RoundSettings, start_round


def _timed_set(builtin_set) -> dict:
    data = copy.deepcopy(builtin_set.model_dump(mode="json", exclude_none=True))
    data["id"], data["title"] = "quick", "Quick timed set"
    data["questions"] = [q for q in data["questions"] if q["type"] in ("multiple_choice", "true_false")][:5]
    data["round_defaults"].update(question_count=3, time_limit_seconds=20, pass_mark_percent=70)
    return data


def _select(qtbot, start, text):
    qtbot.waitUntil(lambda: any(text in start.set_list.item(i).text() for i in range(start.set_list.count())))
    row = next(i for i in range(start.set_list.count()) if text in start.set_list.item(i).text())
    start.set_list.setFocus()
    start.set_list.setCurrentRow(row)


def test_the_plan_shows_the_chosen_sets_own_count_and_time_with_extra_time(qtbot, make_window, data_dir,
                                                                           builtin_set):
    write_set(data_dir / "sets", _timed_set(builtin_set), "quick.json")
    window = make_window(extra_time=1.5)
    start = window.start_screen
    _select(qtbot, start, "Korean War")  # the built-in set first: 12 questions by default
    default = window.catalogue[start.current_set()].question_set.round_defaults.question_count
    assert start.count_spin.value() == default
    qtbot.keyClick(window, Qt.Key.Key_E, Qt.KeyboardModifier.AltModifier)  # Scor&ed round
    qtbot.waitUntil(lambda: start.current_mode() == "scored")
    _select(qtbot, start, "Quick timed set")
    assert start.count_spin.value() == 3  # not carried over from the previous set
    assert start.plan_label.text() == ("You are about to play: Scored round · 3 questions · 30 s for the whole "
                                       "round (20 s, with your extra time × 1.5) · pass mark 70%")
    start.select_mode("practice")
    assert "Practice · 3 questions · no time limit" in start.plan_label.text()
    start.select_mode("scored")
    qtbot.keyClick(window, Qt.Key.Key_Return)
    rnd = window.round
    assert rnd.total == 3 and rnd.time_limit == 30


def test_a_timed_round_warns_at_one_minute_and_twenty_seconds(qtbot, make_window):
    clock = [5000.0]
    window = make_window()
    key = window.start_screen.current_set()
    loaded = window.catalogue[key]
    rnd = start_round(loaded, RoundSettings.for_set(loaded.question_set, count=4, time_limit_seconds=90, seed=1),
                      store=window.store, profile=window.profile_id, clock=lambda: clock[0])
    window.begin_round(rnd, key)
    screen = window.question_screen
    assert screen.add_time_button.isHidden()  # a scored round keeps its limit
    clock[0] += 31
    window.player._on_timer_timeout()
    assert screen.message.text() == "1 minute left." and not screen.message.isHidden()
    clock[0] += 40
    window.player._on_timer_timeout()
    assert screen.message.text() == "20 seconds left."


def test_practice_with_a_limit_can_add_time_or_switch_it_off(qtbot, make_window):
    clock = [5000.0]
    window = make_window()
    key = window.start_screen.current_set()
    loaded = window.catalogue[key]
    rnd = start_round(loaded, RoundSettings.for_set(loaded.question_set, "practice", count=4, time_limit_seconds=70,
                                                    seed=1),
                      store=window.store, profile=window.profile_id, clock=lambda: clock[0])
    window.begin_round(rnd, key)
    screen = window.question_screen
    clock[0] += 15
    window.player._on_timer_timeout()
    assert "You can add a minute or switch the time limit off" in screen.message.text()
    qtbot.keyClick(window, Qt.Key.Key_M, Qt.KeyboardModifier.AltModifier)  # Add a &minute
    qtbot.waitUntil(lambda: screen.timer_label.text() == "Time left: 1:55")
    qtbot.keyClick(window, Qt.Key.Key_L, Qt.KeyboardModifier.AltModifier)  # No time &limit
    qtbot.waitUntil(lambda: screen.timer_label.isHidden())
    clock[0] += 1000
    window.player._on_timer_timeout()
    assert not rnd.is_finished and window.current_screen is screen


def _cbm_set(builtin_set) -> dict:
    data = copy.deepcopy(builtin_set.model_dump(mode="json", exclude_none=True))
    data["id"], data["title"] = "sure", "Certainty set"
    data["questions"] = [q for q in data["questions"] if q["type"] in ("multiple_choice", "true_false")][:3]
    data["round_defaults"].update(question_count=3, certainty_marking=True, shuffle=False)
    return data


def test_certainty_based_marking_by_keyboard_with_a_calibration_line(qtbot, make_window, data_dir, builtin_set):
    from ui_helpers import answer_by_keyboard

    write_set(data_dir / "sets", _cbm_set(builtin_set), "sure.json")
    window = make_window()
    start = window.start_screen
    _select(qtbot, start, "Certainty set")
    start.select_mode("scored")
    assert "say how sure you are with each answer" in start.plan_label.text()
    qtbot.keyClick(window, Qt.Key.Key_Return)
    rnd = window.round
    screen = window.question_screen
    assert not screen.certainty_box.isHidden()
    # answering without saying how sure asks for it, and records nothing
    answer_by_keyboard(qtbot, window, rnd.current)
    assert window.current_screen is screen and "Say how sure you are first" in screen.message.text()
    assert window.store.round_answers(rnd.round_id) == []
    qtbot.keyClick(window, Qt.Key.Key_U, Qt.KeyboardModifier.AltModifier)  # S&ure
    qtbot.waitUntil(lambda: screen.certainty() == "sure")  # a mnemonic animates the click
    qtbot.keyClick(window.focusWidget() or window, Qt.Key.Key_Return)
    assert window.current_screen is window.feedback_screen
    assert "You were sure: +" in window.feedback_screen.note.text()
    qtbot.keyClick(window.focusWidget() or window, Qt.Key.Key_Return)
    for _ in range(2):  # sure and wrong twice
        assert screen.certainty() is None  # each question asks afresh
        qtbot.keyClick(window, Qt.Key.Key_U, Qt.KeyboardModifier.AltModifier)
        qtbot.waitUntil(lambda: screen.certainty() == "sure")
        answer_by_keyboard(qtbot, window, rnd.current, right=False)
        assert "You were sure: -" in window.feedback_screen.note.text()
        qtbot.keyClick(window.focusWidget() or window, Qt.Key.Key_Return)
    results = window.results_screen
    text = results.calibration.text()
    assert text.startswith("Sure on 3 (1 right).")
    assert "Sure and wrong on 2 questions: here is what the text says." in text
    assert rnd.presented[1].question.evidence.quote in text

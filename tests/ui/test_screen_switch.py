"""Switching screens: each screen's keys are made once, and work on that screen only."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QShortcut
from ui_helpers import answer_by_keyboard


def _shortcuts(window) -> list[QShortcut]:
    return window.findChildren(QShortcut)


def test_a_screen_switch_makes_no_new_shortcuts(qtbot, make_window):
    window = make_window()
    qtbot.keyClick(window, Qt.Key.Key_Return)  # a practice round from the start screen
    answer_by_keyboard(qtbot, window, window.round.current, right=False)
    assert window.current_screen is window.feedback_screen
    qtbot.keyClick(window.focusWidget() or window, Qt.Key.Key_Return)  # on to the next question
    assert window.current_screen is window.question_screen
    made = {id(s) for s in _shortcuts(window)}
    count = len(made)
    for _ in range(3):  # question -> feedback -> question, three times more
        answer_by_keyboard(qtbot, window, window.round.current, right=True)
        assert window.current_screen is window.feedback_screen
        assert len(_shortcuts(window)) == count
        qtbot.keyClick(window.focusWidget() or window, Qt.Key.Key_Return)
        assert window.current_screen is window.question_screen
    assert {id(s) for s in _shortcuts(window)} == made
    # only the screen on show has its keys on
    on = {s.key().toString() for s in _shortcuts(window) if s.isEnabled()}
    assert {"Esc", "T", "1", "Ctrl+Return"} <= on
    assert "PgDown" not in on  # the feedback screen's


def test_the_question_screens_escape_does_nothing_on_the_feedback_screen(qtbot, make_window):
    window = make_window()
    qtbot.keyClick(window, Qt.Key.Key_Return)
    answer_by_keyboard(qtbot, window, window.round.current, right=True)
    assert window.current_screen is window.feedback_screen
    qtbot.keyClick(window.focusWidget() or window, Qt.Key.Key_Escape)
    qtbot.wait(50)
    assert window.player.leave_dialog is None  # "Leave this round?" belongs to the question screen
    assert window.current_screen is window.feedback_screen
    # and the feedback screen's own key goes on; the question screen's Escape then asks again
    qtbot.keyClick(window.focusWidget() or window, Qt.Key.Key_Space)
    assert window.current_screen is window.question_screen
    qtbot.keyClick(window.focusWidget() or window, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: window.player.leave_dialog is not None, timeout=3000)
    window.player.leave_dialog.done(0)

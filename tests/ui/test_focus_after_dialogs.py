"""The keyboard is never lost to a closed box: after "Submit anyway" the feedback holds the focus, in the window
that is active again, and the next question takes keys at once (a keyboard-only student's round)."""

from __future__ import annotations

import copy

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from ui_helpers import write_set


def _ordering_set(builtin_set) -> dict:
    data = copy.deepcopy(builtin_set.model_dump(mode="json", exclude_none=True))
    data["id"], data["title"] = "ord", "Ordering set"
    data["questions"] = [q for q in data["questions"] if q["type"] == "ordering"][:3]
    data["round_defaults"].update(question_count=3, shuffle=False)
    return data


def test_submit_anyway_leaves_the_keyboard_on_the_feedback_and_the_next_question(qtbot, make_window, data_dir,
                                                                                  builtin_set):
    write_set(data_dir / "sets", _ordering_set(builtin_set), "ord.json")
    window = make_window()
    start = window.start_screen
    qtbot.waitUntil(lambda: any("Ordering set" in start.set_list.item(i).text() for i in range(start.set_list.count())))
    start.set_list.setCurrentRow(next(i for i in range(start.set_list.count())
                                      if "Ordering set" in start.set_list.item(i).text()))
    qtbot.mouseClick(start.start_button, Qt.MouseButton.LeftButton)
    screen = window.question_screen
    qtbot.waitUntil(lambda: window.current_screen is screen)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is not None)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)  # nothing moved: the box asks
    qtbot.waitUntil(lambda: screen.confirm_dialog is not None and QApplication.activeWindow() is screen.confirm_dialog)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_S, Qt.KeyboardModifier.AltModifier)  # &Submit anyway
    qtbot.waitUntil(lambda: window.current_screen is window.feedback_screen)
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    assert QApplication.focusWidget() is window.feedback_screen.next_button
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.current_screen is screen and window.round.position == 1)
    focused = QApplication.focusWidget()
    assert focused is not None and focused.isVisible() and screen.isAncestorOf(focused)


def test_ending_a_round_from_its_box_leaves_the_keyboard_on_the_results(qtbot, make_window):
    window = make_window()
    qtbot.mouseClick(window.start_screen.start_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.current_screen is window.question_screen)
    qtbot.keyClick(window, Qt.Key.Key_Escape)
    player = window.player
    qtbot.waitUntil(lambda: player.leave_dialog is not None and QApplication.activeWindow() is player.leave_dialog)
    qtbot.mouseClick(player.leave_end_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.current_screen is window.results_screen)
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    focused = QApplication.focusWidget()
    assert focused is not None and focused.isVisible() and window.results_screen.isAncestorOf(focused)

"""Issue 19: "Try as a student" says how many questions the round asks (the number the student then sees
in "Question 1 of N"), and leaving the try does not claim the answers are saved: it records nothing."""

from __future__ import annotations

import re

import pytest
from editor_helpers import open_and_wait
from PySide6.QtCore import Qt

from quiz_app.scores import ScoreStore
from quiz_app.ui.workers import wait_for_background


@pytest.fixture
def students_window(qtbot, data_dir):
    from quiz_app.ui.app import make_application
    from quiz_app.ui.main_window import MainWindow

    make_application()
    store = ScoreStore.open(data_dir)
    store.create_profile("Mina", 1.0)
    store.close()
    window = MainWindow.open_for(str(data_dir))
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: window.start_screen.set_list.count() > 0 and not window.start_screen.busy.isVisible(),
                    timeout=10000)
    yield window
    window.player.stop()
    window.close()


def test_the_try_counts_the_questions_the_round_asks_and_records_nothing(qtbot, students_window, builtin_copy):
    window = students_window
    window.editor_action.trigger()
    editor = window.editor
    qtbot.addWidget(editor)
    open_and_wait(qtbot, editor, builtin_copy)
    editor.edits.edit_field(("round_defaults", "question_count"), 4, False)
    total = len(editor.data["questions"])
    assert total > 4
    editor.try_as_student()
    qtbot.waitUntil(lambda: window.current_screen is window.question_screen, timeout=5000)
    said = editor.statusBar().currentMessage()
    asked = int(re.search(r"Trying (\d+)", said).group(1))
    assert window.question_screen.progress_label.text() == f"Question 1 of {asked}"
    assert asked == 4 and f"of the {total} questions" in said, said
    assert "records nothing" in said

    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=5000)
    qtbot.keyClick(window, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: window.player.leave_dialog is not None and window.player.leave_dialog.isVisible())
    text = window.player.leave_dialog.text()
    assert "saved" not in text and "records nothing" in text, text
    qtbot.mouseClick(window.player.leave_stay_button, Qt.MouseButton.LeftButton)
    editor._allow_close = True
    editor.close()
    wait_for_background()

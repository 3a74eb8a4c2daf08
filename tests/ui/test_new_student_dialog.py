"""The start screen's "New student…" dialog, made when the button is pressed (its module is not on the way to
the first paint)."""

from __future__ import annotations

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from quiz_app.ui.new_student_dialog import NewProfileDialog
from quiz_app.ui.start_screen import StartScreen


def test_the_dialog_asks_for_a_name_before_it_can_be_accepted(qtbot):
    dialog = NewProfileDialog()
    qtbot.addWidget(dialog)
    assert not dialog.ok_button.isEnabled()
    qtbot.keyClicks(dialog.name_edit, "   ")
    assert not dialog.ok_button.isEnabled()  # spaces are no name
    qtbot.keyClicks(dialog.name_edit, "Yuna")
    assert dialog.ok_button.isEnabled()
    assert dialog.extra_time.value() == 1.0 and dialog.name_edit.accessibleName() == "Student name"


def test_the_button_opens_the_dialog_and_asks_for_the_student_it_names(qtbot):
    screen = StartScreen()
    qtbot.addWidget(screen)
    asked: list[tuple[str, float]] = []
    screen.profile_create_requested.connect(lambda name, extra: asked.append((name, extra)))
    seen: list[str] = []

    def fill_in() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, NewProfileDialog)
        seen.append(dialog.windowTitle())
        dialog.name_edit.setText("  Yuna ")
        dialog.extra_time.setValue(1.5)
        dialog.ok_button.click()

    QTimer.singleShot(0, fill_in)
    screen.new_profile_button.click()  # the dialog runs until fill_in presses OK
    assert seen == ["New student"]
    assert asked == [("Yuna", 1.5)]

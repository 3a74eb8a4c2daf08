"""No dialog leaves the keyboard nowhere: after "New student…" is filled in by keyboard, the start screen is the
active window again and Enter starts the round (a keyboard-only student's first minute); the same for a dialog
over the editor window, which gets the keyboard back, not the main window."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QDialog, QDialogButtonBox, QVBoxLayout, QWidget


def _when_a_dialog_is_up(qtbot, act) -> None:
    def check():
        dialog = QApplication.activeModalWidget()
        if dialog is None or not dialog.isVisible() or QApplication.activeWindow() is not dialog:
            QTimer.singleShot(20, check)
            return
        act(dialog)
    QTimer.singleShot(0, check)


def test_after_the_new_student_dialog_the_start_screen_takes_keys(qtbot, make_window):
    window = make_window(student=None)
    start = window.start_screen
    assert start.current_profile() is None

    def fill_in(dialog):
        qtbot.keyClicks(dialog.name_edit, "Anna")
        qtbot.keyClick(dialog.name_edit, Qt.Key.Key_Return)
    _when_a_dialog_is_up(qtbot, fill_in)
    qtbot.keyClick(window, Qt.Key.Key_N, Qt.KeyboardModifier.AltModifier)  # &New student…
    qtbot.waitUntil(lambda: start.current_profile() is not None, timeout=5000)
    assert "Anna" in start.profile_combo.currentText()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=5000)
    focused = QApplication.focusWidget()
    assert focused is start.profile_combo  # step 1 done: the keyboard is on the chosen student
    qtbot.keyClick(focused, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.current_screen is window.question_screen, timeout=5000)


def test_a_dialog_over_a_second_window_gives_the_keyboard_back_to_that_window(qtbot, make_window):
    window = make_window()
    other = QWidget()
    qtbot.addWidget(other)
    other.setWindowTitle("Editor-like window")
    other.show()
    other.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is other, timeout=5000)
    dialog = QDialog(other)
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok)
    buttons.accepted.connect(dialog.accept)
    QVBoxLayout(dialog).addWidget(buttons)
    _when_a_dialog_is_up(qtbot, lambda d: qtbot.keyClick(d, Qt.Key.Key_Return))
    assert dialog.exec() == QDialog.DialogCode.Accepted
    qtbot.waitUntil(lambda: QApplication.activeWindow() is other, timeout=5000)
    assert QApplication.activeWindow() is not window


def test_the_keyboard_starts_at_step_one_of_the_start_screen(qtbot, make_window, data_dir):
    # no student yet: "New student…"; a screen reader says step 1 first, not the corner buttons
    window = make_window(student=None)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is not None, timeout=5000)
    assert QApplication.focusWidget() is window.start_screen.new_profile_button
    window.close()
    second = make_window("Mina")
    qtbot.waitUntil(lambda: QApplication.activeWindow() is second, timeout=5000)
    assert QApplication.focusWidget() is second.start_screen.profile_combo
    assert "Mina" in second.start_screen.profile_combo.currentText()


def test_enter_on_a_start_screen_button_presses_it_and_elsewhere_starts_the_round(qtbot, make_window):
    window = make_window()
    start = window.start_screen
    start.source_button.setFocus()
    qtbot.waitUntil(start.source_button.hasFocus, timeout=5000)
    qtbot.keyClick(start.source_button, Qt.Key.Key_Return)  # "Read the source text", not a round
    qtbot.waitUntil(lambda: window.current_screen is not start, timeout=5000)
    assert window.current_screen is not window.question_screen and window.round is None
    window.show_screen(start)
    start.profile_combo.setFocus()
    qtbot.waitUntil(start.profile_combo.hasFocus, timeout=5000)
    qtbot.keyClick(start.profile_combo, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.current_screen is window.question_screen, timeout=5000)

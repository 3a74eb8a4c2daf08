"""Helpers for editor tests: open a set and wait, type into fields, select a passage of the source."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import QApplication, QMessageBox

AIRLIFT = """The Berlin Airlift

In June 1948 the Soviet Union blocked every road, railway and canal into West Berlin. The Allies flew about 2.3 million tons of food and coal to the people of the city.

The blockade began on June 24, 1948. Two days later, on June 26, 1948, American aircraft flew the first supplies into the city. The Soviet Union lifted the blockade on May 12, 1949.

General Lucius D. Clay, the American military governor, ordered the first flights. The British called their part of the airlift Operation Plainfare. The flights went on until September 30, 1949."""


def open_and_wait(qtbot, window, path) -> None:
    """Open a set and wait until it is shown and checked (the check runs off the GUI thread)."""
    window.open_set(str(path))
    qtbot.waitUntil(lambda: window.data is not None and window.path is not None
                    and str(window.path) == str(path), timeout=10000)
    wait_checked(qtbot, window)


def wait_checked(qtbot, window, timeout: int = 10000) -> None:
    """Wait until the problems shown are the validator's verdict on the set as it is now."""
    qtbot.waitUntil(window.checker.is_settled, timeout=timeout)


def select_passage(qtbot, window, quote: str, occurrence: int = 0) -> None:
    """Select ``quote`` in the source pane as a teacher would (a real selection in the text view)."""
    pane = window.source_pane
    text = pane.text_view.toPlainText()
    start = -1
    for _ in range(occurrence + 1):
        start = text.index(quote, start + 1)
    pane.select_range(start, start + len(quote))


def select_passage_by_keyboard(qtbot, window, quote: str) -> None:
    """Put the caret before ``quote`` and extend the selection with Shift+Right, as with the keyboard."""
    pane = window.source_pane
    view = pane.text_view
    start = view.toPlainText().index(quote)
    caret = QTextCursor(view.document())
    caret.setPosition(start)
    view.setTextCursor(caret)
    view.setFocus()
    for _ in range(len(quote)):
        qtbot.keyClick(view, Qt.Key.Key_Right, Qt.KeyboardModifier.ShiftModifier)


def type_into(qtbot, widget, text: str, replace: bool = True) -> None:
    widget.setFocus()
    if replace:
        qtbot.keyClick(widget, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
        qtbot.keyClick(widget, Qt.Key.Key_Backspace)
    qtbot.keyClicks(widget, text)


def click(qtbot, button) -> None:
    """Click as a teacher would: after the screen has caught up with the last change (its layout)."""
    QApplication.processEvents()
    assert button.isVisible() and button.isEnabled() and button.height() > 0, button
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def click_dialog_button(qtbot, box: QMessageBox, which: QMessageBox.StandardButton) -> None:
    click(qtbot, box.button(which))


def item_texts(list_view) -> list[str]:
    """The text of every row of a list (a list widget, or a view over a model)."""
    model = list_view.model()
    return [model.index(i, 0).data() for i in range(model.rowCount())]

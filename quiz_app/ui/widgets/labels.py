"""The plain label every screen uses (text from a set file is never read as HTML), in a module light enough for
the start screen before its first paint: it names no type of Qt's ``Qt`` namespace (PySide6 makes its 93 enums the
first time Python names it), so values of it are set by number through Qt's properties."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QSizePolicy

# Qt.TextFormat's PlainText and AutoText, by number (Qt's own, fixed since Qt 4; tests/ui/test_start_path.py
# checks them against the enums)
PLAIN_TEXT, AUTO_TEXT = 0, 2


class MeasuredLabel(QLabel):
    """A label that remembers its height at each width until its text, font, style or margins change.

    Qt asks a wrapped label its height at the same few widths again and again (a scroll area asks at the width
    with and without its scroll bar, for the least size and for the size hint, on every layout), and a
    QLabel lays its text out anew at each ask; a label that can be selected lays out a whole text document.
    On the feedback screen that was 1.3 ms of each answer's layout with no text changed.
    """

    def __init__(self, parent=None):
        super().__init__(parent)
        #: (width, text) -> height
        self._heights: dict[tuple[int, str], int] = {}

    def heightForWidth(self, width: int) -> int:  # noqa: N802 (Qt's name)
        key = (width, self.text())
        height = self._heights.get(key)
        if height is None:
            if len(self._heights) > 16:  # a window resized by dragging asks at every width on the way
                self._heights.clear()
            height = self._heights[key] = super().heightForWidth(width)
        return height

    def changeEvent(self, event) -> None:  # noqa: N802 (Qt's name)
        self._heights.clear()  # font, style sheet, margins, language, direction: each may change the height
        super().changeEvent(event)

    def setWordWrap(self, on: bool) -> None:  # noqa: N802 (Qt's name)
        self._heights.clear()
        super().setWordWrap(on)

    def setTextFormat(self, text_format) -> None:  # noqa: N802 (Qt's name)
        self._heights.clear()
        super().setTextFormat(text_format)

    def setIndent(self, indent: int) -> None:  # noqa: N802 (Qt's name)
        self._heights.clear()
        super().setIndent(indent)

    def setMargin(self, margin: int) -> None:  # noqa: N802 (Qt's name)
        self._heights.clear()
        super().setMargin(margin)


def plain_label(text: str = "", object_name: str = "", wrap: bool = True, selectable: bool = False,
                measured: bool = False) -> QLabel:
    """A label that never interprets its text as HTML (question texts come from files). ``measured``: one that
    remembers its height at each width (``MeasuredLabel``), for a screen whose layout must be quick."""
    label = MeasuredLabel() if measured else QLabel()
    label.setProperty("textFormat", PLAIN_TEXT)
    label.setText(text)
    label.setWordWrap(wrap)
    if object_name:
        label.setObjectName(object_name)
    if selectable:
        from PySide6.QtCore import Qt

        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse
                                      | Qt.TextInteractionFlag.TextSelectableByKeyboard)
    label.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Minimum)
    return label

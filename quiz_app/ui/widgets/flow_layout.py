"""A layout that places its widgets in lines like the words of a paragraph, wrapping at the width it has: the
words and gaps of a cloze passage, for the student (``widgets/cloze_passage.py``) and in the editor's cloze form,
so at 200 % or 300 % text they wrap onto more lines instead of running off the side."""

from __future__ import annotations

from PySide6.QtCore import QPoint, QRect, QSize, Qt
from PySide6.QtWidgets import QLayout, QLayoutItem, QWidget


class FlowLayout(QLayout):
    """Items left to right, wrapping to a new line when the width is used up (Qt's flow layout example).
    An item wider than the whole width gets the whole width, so nothing is ever placed outside it."""

    def __init__(self, parent: QWidget | None = None, spacing: int = -1, line_spacing: int = -1):
        """``spacing``: between items on a line (-1: a space of the parent's font); ``line_spacing``: between
        lines (-1: half of that, at least 2 px)."""
        super().__init__(parent)
        self._items: list[QLayoutItem] = []
        self._spacing = spacing
        self._line_spacing = line_spacing
        self.setContentsMargins(0, 0, 0, 0)

    def addItem(self, item: QLayoutItem) -> None:
        self._items.append(item)

    def count(self) -> int:
        return len(self._items)

    def itemAt(self, index: int) -> QLayoutItem | None:
        return self._items[index] if 0 <= index < len(self._items) else None

    def takeAt(self, index: int) -> QLayoutItem | None:
        return self._items.pop(index) if 0 <= index < len(self._items) else None

    def horizontal_spacing(self) -> int:
        if self._spacing >= 0:
            return self._spacing
        parent = self.parentWidget()
        return parent.fontMetrics().horizontalAdvance(" ") if parent is not None else 4

    def expandingDirections(self) -> Qt.Orientation:
        return Qt.Orientation(0)

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        return self._arrange(QRect(0, 0, width, 0), move=False)

    def setGeometry(self, rect: QRect) -> None:
        super().setGeometry(rect)
        self._arrange(rect, move=True)

    def sizeHint(self) -> QSize:
        return self.minimumSize()

    def minimumSize(self) -> QSize:
        size = QSize()
        for item in self._items:
            size = size.expandedTo(item.minimumSize())
        margins = self.contentsMargins()
        return size + QSize(margins.left() + margins.right(), margins.top() + margins.bottom())

    def _arrange(self, rect: QRect, move: bool) -> int:
        margins = self.contentsMargins()
        area = rect.adjusted(margins.left(), margins.top(), -margins.right(), -margins.bottom())
        gap = self.horizontal_spacing()
        line_gap = self._line_spacing if self._line_spacing >= 0 else max(2, gap // 2)
        lines: list[list[tuple[QLayoutItem, int, int]]] = [[]]
        x = area.x()
        for item in self._items:
            widget = item.widget()
            if widget is not None and widget.isHidden():
                continue
            hint = item.sizeHint()
            width = min(hint.width(), area.width())
            height = item.heightForWidth(width) if item.hasHeightForWidth() else hint.height()
            if lines[-1] and x + width > area.right() + 1:
                lines.append([])
                x = area.x()
            lines[-1].append((item, width, height))
            x += width + gap
        y = area.y()
        for line in lines:
            line_height = max((h for _, _, h in line), default=0)
            x = area.x()
            for item, width, height in line:
                if move:  # words and inputs of one line share its middle, as text and a box on one line do
                    item.setGeometry(QRect(QPoint(x, y + (line_height - height) // 2), QSize(width, height)))
                x += width + gap
            y += line_height + line_gap
        return max(0, y - line_gap - rect.y()) + margins.bottom()

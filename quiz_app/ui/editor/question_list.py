"""The list of questions: a Qt model over the set's questions (the document is the one copy of them) and
its view. A row is worked out when the view asks for it, so an edit or a new verdict of the validator only
says which rows changed."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractListModel, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtWidgets import QAbstractItemView, QListView

from .document import Validation, plain_tooltip, question_row

_Index = QModelIndex | QPersistentModelIndex
_TOP = QModelIndex()  # the parent of a list's rows


class QuestionListModel(QAbstractListModel):
    """One row a question of ``data["questions"]``: its number, ⚠ with its errors, title and type."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self._data: dict = {}
        self._validation = Validation()

    def show(self, data: dict | None, validation: Validation) -> None:
        """Show another set, or the same set after questions were added, removed or moved."""
        self.beginResetModel()
        self._data = data or {}
        self._validation = validation
        self.endResetModel()

    def show_validation(self, validation: Validation) -> None:
        """The validator's new verdict: every row's mark and tooltip may change."""
        self._validation = validation
        if self.rowCount():
            self.dataChanged.emit(self.index(0), self.index(self.rowCount() - 1))

    def question_changed(self, row: int) -> None:
        if 0 <= row < self.rowCount():
            self.dataChanged.emit(self.index(row), self.index(row))

    def _questions(self) -> list:
        questions = self._data.get("questions", [])
        return questions if isinstance(questions, list) else []

    def rowCount(self, parent: _Index = _TOP) -> int:
        return 0 if parent.isValid() else len(self._questions())

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        questions = self._questions()
        if not index.isValid() or not 0 <= index.row() < len(questions):
            return None
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return None
        q = questions[index.row()]
        text, tip = question_row(index.row(), q if isinstance(q, dict) else {}, self._validation)
        if role == Qt.ItemDataRole.ToolTipRole:
            return plain_tooltip(tip)
        return text


class QuestionListView(QListView):
    """The view of the questions, with the row-based calls of a list widget (the editor thinks in rows)."""

    current_row_changed = Signal(int)
    """The selected question changed (-1: none). Blocked, like any signal of the view, by ``blockSignals``."""

    def __init__(self, model: QuestionListModel, parent=None):
        super().__init__(parent)
        self.setModel(model)
        # several questions can be selected (Shift/Ctrl) to change, copy or move them at once; the current
        # one is the question the form shows
        self.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.selectionModel().currentRowChanged.connect(
            lambda current, _previous: self.current_row_changed.emit(current.row()))

    def count(self) -> int:
        return self.model().rowCount()

    def currentRow(self) -> int:
        index = self.currentIndex()
        return index.row() if index.isValid() else -1

    def setCurrentRow(self, row: int) -> None:
        if 0 <= row < self.count():
            self.setCurrentIndex(self.model().index(row, 0))
        else:
            self.selectionModel().clearCurrentIndex()
            self.selectionModel().clearSelection()

    def row_text(self, row: int) -> str:
        return str(self.model().index(row, 0).data() or "")

    def row_tooltip(self, row: int) -> str:
        return str(self.model().index(row, 0).data(Qt.ItemDataRole.ToolTipRole) or "")

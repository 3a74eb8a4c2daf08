"""Undo commands: every edit of the set is one ``ReplaceValue`` on the undo stack.

A command replaces the value at one JSON path of the set (a field, a choice, the whole list of
questions) and remembers the value it replaced. Typing in one field (or dragging a selection in
the source) produces a run of commands on the same path that merge into one undo step.
"""

from __future__ import annotations

import copy
from collections.abc import Callable
from typing import Any

from PySide6.QtGui import QUndoCommand

from question_bank.validation import FieldPath

from .document import get_at

_MERGE_ID = 0x5E7


class ReplaceValue(QUndoCommand):
    """Set ``path`` to ``new``; undo puts the old value back. ``select`` is the question to show after."""

    def __init__(self, data: dict, path: FieldPath, new: Any, text: str, apply: Callable[[FieldPath, Any, int | None], None],
                 *, merge: bool = False, select: int | None = None, select_before: int | None = None):
        super().__init__(text)
        self.path = tuple(path)
        self.old = copy.deepcopy(get_at(data, self.path))
        self.new = copy.deepcopy(new)
        self._apply = apply
        self._merge = merge
        self.select = select
        self.select_before = select if select_before is None else select_before

    def id(self) -> int:
        return _MERGE_ID if self._merge else -1

    def mergeWith(self, other: QUndoCommand) -> bool:
        if not isinstance(other, ReplaceValue) or not other._merge or other.path != self.path:
            return False
        self.new = other.new
        self.select = other.select
        if self.new == self.old:
            self.setObsolete(True)
        return True

    def redo(self) -> None:
        self._apply(self.path, copy.deepcopy(self.new), self.select)

    def undo(self) -> None:
        self._apply(self.path, copy.deepcopy(self.old), self.select_before)

"""Inputs of the editor's forms: they show a value, report the teacher's edits, and leave Ctrl+Z to the
editor's undo stack (so one undo history covers every field, the list and the source)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from functools import partial
from typing import Any

from PySide6.QtCore import QCoreApplication, QEvent, Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDoubleSpinBox,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSizePolicy,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from question_bank.i18n import QT_TRANSLATE_NOOP

from ..document import MISSING

_UNDO_KEYS = (QKeySequence.StandardKey.Undo, QKeySequence.StandardKey.Redo)


def is_undo_key(event) -> bool:
    return any(event.matches(k) for k in _UNDO_KEYS) or (
        event.key() == Qt.Key.Key_Z and event.modifiers() == (Qt.KeyboardModifier.ControlModifier
                                                              | Qt.KeyboardModifier.ShiftModifier))


class UndoKeysToWindow:
    """Let Ctrl+Z / Ctrl+Shift+Z reach the window's Undo/Redo actions instead of the widget's own undo."""

    def event(self, event):  # noqa: D401 - Qt override
        if event.type() == QEvent.Type.ShortcutOverride and is_undo_key(event):
            event.ignore()
            return True
        return super().event(event)


class WheelOnlyWhenFocused:
    """A spin box or a list to pick from that the mouse wheel changes only once the teacher has clicked or
    tabbed into it: scrolling the form over an unfocused one must scroll the form, not change its value."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)

    def wheelEvent(self, event):  # noqa: N802 - Qt override (left untyped, as a mixin: see UndoKeysToWindow)
        if self.hasFocus():
            super().wheelEvent(event)
        else:
            event.ignore()  # on to the scrolled form


class ComboField(WheelOnlyWhenFocused, QComboBox):
    """A list to pick from (difficulty, status, type) that the wheel leaves alone unless it has the focus."""


class LineField(UndoKeysToWindow, QLineEdit):
    def __init__(self, accessible_name: str, placeholder: str = "", parent=None):
        super().__init__(parent)
        self.setAccessibleName(accessible_name)
        if placeholder:
            self.setPlaceholderText(placeholder)

    def set_value(self, value: Any) -> None:
        text = "" if value is None or value is MISSING else str(value)
        if self.text() != text:
            self.setText(text)
            self.setCursorPosition(0)


class LongTextField(UndoKeysToWindow, QPlainTextEdit):
    """A few lines of text; Tab moves on to the next field, as in a form."""

    def __init__(self, accessible_name: str, placeholder: str = "", lines: int = 3, parent=None):
        super().__init__(parent)
        self.setAccessibleName(accessible_name)
        self.setTabChangesFocus(True)
        self.setUndoRedoEnabled(False)
        if placeholder:
            self.setPlaceholderText(placeholder)
        self._lines = lines
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self._fit()

    def _fit(self) -> None:
        metrics = self.fontMetrics()
        margins = self.contentsMargins()
        self.setFixedHeight(int(metrics.lineSpacing() * self._lines + 2 * self.document().documentMargin()
                                + margins.top() + margins.bottom() + 4))

    def changeEvent(self, event) -> None:
        super().changeEvent(event)
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.StyleChange):
            self._fit()

    def set_value(self, value: Any) -> None:
        text = "" if value is None or value is MISSING else str(value)
        if self.toPlainText() != text:
            self.blockSignals(True)
            self.setPlainText(text)
            self.blockSignals(False)

    def value(self) -> str:
        return self.toPlainText()


class SpinField(WheelOnlyWhenFocused, UndoKeysToWindow, QSpinBox):
    def __init__(self, accessible_name: str, parent=None):
        super().__init__(parent)
        self.setAccessibleName(accessible_name)
        self.setKeyboardTracking(False)

    def set_value(self, value: int) -> None:
        if self.value() != value:
            self.blockSignals(True)
            self.setValue(value)
            self.blockSignals(False)


class DoubleSpinField(WheelOnlyWhenFocused, UndoKeysToWindow, QDoubleSpinBox):
    def __init__(self, accessible_name: str, parent=None):
        super().__init__(parent)
        self.setAccessibleName(accessible_name)
        self.setKeyboardTracking(False)

    def set_value(self, value: float) -> None:
        if self.value() != value:
            self.blockSignals(True)
            self.setValue(value)
            self.blockSignals(False)


def set_checked(box, checked: bool) -> None:
    if box.isChecked() != checked:
        box.blockSignals(True)
        box.setChecked(checked)
        box.blockSignals(False)


def optional_text(text: str) -> Any:
    """An optional text field: empty means the key is left out of the file."""
    return text if text.strip() else MISSING


def parse_number(text: str) -> Any:
    """A number typed by the teacher: int or float, the text itself when it is not a number (the
    validator then reports it), MISSING when empty."""
    cleaned = text.strip().replace(",", "").replace("\u202f", "").replace(" ", "")
    if not cleaned:
        return MISSING
    try:
        number = float(cleaned)
    except ValueError:
        return text.strip()
    if number != number or number in (float("inf"), float("-inf")):
        return text.strip()
    return int(number) if number.is_integer() and abs(number) < 1e15 else number


def number_text(value: Any) -> str:
    if value is None or value is MISSING:
        return ""
    if isinstance(value, bool):
        return str(value)
    if isinstance(value, int | float):
        return f"{value:.12g}" if isinstance(value, float) else str(value)
    return str(value)


# --------------------------------------------------------------------------- rows of a list


@dataclass(frozen=True)
class Column:
    """One input of a row: ``key`` in the row's dict (None when the row is a plain string)."""

    key: str | None
    label: str
    kind: str = "text"  # "text", "optional_text", "check" or "quote" (the row's own evidence)
    placeholder: str = ""


NO_OWN_QUOTE = QT_TRANSLATE_NOOP("QuoteCell", "No quote of its own: the question's quote is checked.")


class QuoteCell(QWidget):
    """A row's own quote (an ordering item's, a matching pair's): shown, set from the words selected in
    the source text, removable. The window does the setting: it knows the selection."""

    def __init__(self, name: str, on_take: Callable[[], None], on_remove: Callable[[], None], parent=None):
        super().__init__(parent)
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(2)
        row = QHBoxLayout()  # the buttons under the quote: the quote keeps the field's whole width
        self.quote_label = QLabel(QCoreApplication.translate("QuoteCell", NO_OWN_QUOTE))
        self.quote_label.setTextFormat(Qt.TextFormat.PlainText)  # a quote from a file is never HTML
        self.quote_label.setWordWrap(True)
        self.quote_label.setObjectName("muted")
        self.quote_label.setAccessibleName(f"{name} quote")
        self.quote_label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        column.addWidget(self.quote_label)
        column.addLayout(row)
        self.take_button = _small_button(QCoreApplication.translate("QuoteCell", "Quote from selection"), QCoreApplication.translate("QuoteCell", "{name}: quote the words selected in the source text").format(name=name), on_take)
        self.remove_button = _small_button(QCoreApplication.translate("QuoteCell", "Remove quote"), QCoreApplication.translate("QuoteCell", "{name}: remove its own quote").format(name=name),
                                           on_remove)
        row.addWidget(self.take_button)
        row.addWidget(self.remove_button)
        row.addStretch(1)
        self.quote = ""

    def set_value(self, value: Any) -> None:
        quote = value.get("quote") if isinstance(value, dict) else None
        self.quote = quote if isinstance(quote, str) else ""
        self.quote_label.setText(f"“{self.quote}”" if self.quote.strip() else QCoreApplication.translate("QuoteCell", NO_OWN_QUOTE))
        self.quote_label.setToolTip(self.quote)
        self.remove_button.setEnabled(bool(self.quote.strip()))


class _RowFrame(QFrame):
    """One row's card: its inputs, and the buttons that move or remove it (set by ``RowsEditor._make_row``
    once the inputs exist, so they come after them)."""

    up_button: QPushButton
    down_button: QPushButton
    remove_button: QPushButton


class RowsEditor(QWidget):
    """An editable list (choices, accepted answers, events, pairs): one frame per row with its inputs
    and buttons to move or remove it, and an Add button. Edits are reported through ``edit``:
    ``edit(path inside the list's owner, value, mergeable)``."""

    def __init__(self, list_key: str, noun: str, columns: list[Column], edit: Callable[[tuple, Any, bool], None],
                 *, minimum: int = 1, maximum: int = 8, new_row: Callable[[], Any] | None = None,
                 on_check: Callable[[int, str, bool], None] | None = None,
                 on_quote: Callable[[int, str], None] | None = None, parent=None):
        super().__init__(parent)
        self.list_key = list_key
        self.noun = noun
        self.columns = columns
        self.minimum = minimum
        self.maximum = maximum
        self._edit = edit
        self._on_check = on_check
        self._on_quote = on_quote
        self._new_row = new_row or (lambda: {c.key: (False if c.kind == "check" else "") for c in columns
                                             if c.kind not in ("optional_text", "quote")})
        self._rows: list = []
        self.row_widgets: list[dict[str, QCheckBox | LineField | QuoteCell]] = []
        #: each row's labels of its text inputs (by key): a label may change (a date becomes optional)
        self.row_labels: list[dict[str, QLabel]] = []
        self.row_frames: list[_RowFrame] = []
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        self._rows_box = QVBoxLayout()
        self._rows_box.setSpacing(6)
        outer.addLayout(self._rows_box)
        self.add_button = QPushButton(QCoreApplication.translate("RowsEditor", "Add {noun}").format(noun=noun.lower()))
        self.add_button.setAccessibleName(QCoreApplication.translate("RowsEditor", "Add a {noun}").format(noun=noun.lower()))
        self.add_button.clicked.connect(self._on_add_clicked)
        add_row = QHBoxLayout()
        add_row.addWidget(self.add_button)
        add_row.addStretch(1)
        outer.addLayout(add_row)

    # -- showing
    def set_rows(self, rows: list) -> None:
        rows = list(rows) if isinstance(rows, list) else []
        if len(rows) != len(self.row_frames):
            self._rebuild(len(rows))
        self._rows = rows
        for r, row in enumerate(rows):
            for col in self.columns:
                widget = self.row_widgets[r][col.key or ""]
                value = row if col.key is None else (row.get(col.key, MISSING) if isinstance(row, dict) else MISSING)
                if isinstance(widget, QCheckBox):  # the widget of a "check" column (see _make_row)
                    set_checked(widget, bool(value) and value is not MISSING)
                else:
                    widget.set_value(value)
        self.add_button.setEnabled(len(rows) < self.maximum)
        for r, frame in enumerate(self.row_frames):
            frame.remove_button.setEnabled(len(rows) > self.minimum)
            frame.up_button.setEnabled(r > 0)
            frame.down_button.setEnabled(r < len(rows) - 1)

    def _rebuild(self, count: int) -> None:
        for frame in self.row_frames:
            self._rows_box.removeWidget(frame)
            frame.hide()
            frame.deleteLater()
        self.row_frames, self.row_widgets, self.row_labels = [], [], []
        for r in range(count):
            frame = self._make_row(r)
            self._rows_box.addWidget(frame)
            self.row_frames.append(frame)

    def _make_row(self, r: int) -> _RowFrame:
        frame = _RowFrame()
        frame.setObjectName("card")
        frame.setFrameShape(QFrame.Shape.StyledPanel)
        grid = QGridLayout(frame)
        grid.setContentsMargins(8, 6, 8, 6)
        number = QLabel(f"{r + 1}.")
        number.setAccessibleName(f"{self.noun} {r + 1}")
        grid.addWidget(number, 0, 0, Qt.AlignmentFlag.AlignTop)
        widgets: dict[str, QCheckBox | LineField | QuoteCell] = {}
        labels: dict[str, QLabel] = {}
        line = 0
        controls = QHBoxLayout()  # ticks and buttons share a line under the fields: the fields keep their width
        controls.setSpacing(4)
        for col in self.columns:
            name = f"{self.noun} {r + 1}: {col.label.lower()}" if col.key else f"{self.noun} {r + 1}"
            if col.kind == "check":
                box = QCheckBox(col.label)
                box.setAccessibleName(name)
                box.toggled.connect(lambda checked, r=r, key=col.key: self._on_row_checked(r, key, checked))
                controls.addWidget(box)
                widgets[col.key or ""] = box
                continue
            if col.kind == "quote":
                key = col.key or "evidence"
                cell = QuoteCell(f"{self.noun} {r + 1}", partial(self._quote, r, key, "take"),
                                 partial(self._quote, r, key, "remove"))
                label = QLabel(col.label)
                label.setBuddy(cell.take_button)
                grid.addWidget(label, line, 1)
                grid.addWidget(cell, line, 2)
                widgets[key] = cell
                labels[key] = label
                line += 1
                continue
            label = QLabel(col.label)
            edit = LineField(name, col.placeholder)
            label.setBuddy(edit)
            edit.textEdited.connect(lambda text, r=r, col=col: self._on_row_text_edited(r, col, text))
            grid.addWidget(label, line, 1)
            grid.addWidget(edit, line, 2)
            widgets[col.key or ""] = edit
            labels[col.key or ""] = label
            line += 1
        noun = self.noun.lower()
        frame.up_button = _small_button("↑", QCoreApplication.translate("RowsEditor", "Move {noun} {number} up").format(noun=noun, number=r + 1), lambda r=r: self.move_row(r, -1))
        frame.down_button = _small_button("↓", QCoreApplication.translate("RowsEditor", "Move {noun} {number} down").format(noun=noun, number=r + 1), lambda r=r: self.move_row(r, 1))
        frame.remove_button = _small_button(QCoreApplication.translate("RowsEditor", "Remove"), QCoreApplication.translate("RowsEditor", "Remove {noun} {number}").format(noun=noun, number=r + 1), lambda r=r: self.remove(r))
        controls.addStretch(1)
        for b in (frame.up_button, frame.down_button, frame.remove_button):
            controls.addWidget(b)
        grid.addLayout(controls, line, 1, 1, 2)
        grid.setColumnStretch(2, 1)
        self.row_widgets.append(widgets)
        self.row_labels.append(labels)
        return frame

    def focus_row(self, r: int, key: str | None = None) -> None:
        if 0 <= r < len(self.row_widgets):
            widgets = self.row_widgets[r]
            widget = widgets.get(key or "") or next(iter(widgets.values()))
            target: QWidget = widget.take_button if isinstance(widget, QuoteCell) else widget
            target.setFocus(Qt.FocusReason.OtherFocusReason)

    # -- editing
    def _on_row_text_edited(self, r: int, col: Column, text: str) -> None:
        value = optional_text(text) if col.kind == "optional_text" else text
        path = (self.list_key, r) if col.key is None else (self.list_key, r, col.key)
        self._edit(path, value, True)

    def _quote(self, r: int, key: str, action: str) -> None:
        if action == "remove":
            self._edit((self.list_key, r, key), MISSING, False)
        elif self._on_quote is not None:
            self._on_quote(r, key)

    def _on_row_checked(self, r: int, key: str, checked: bool) -> None:
        if self._on_check is not None:
            self._on_check(r, key, checked)
        else:
            self._edit((self.list_key, r, key), checked, False)

    def _on_add_clicked(self) -> None:
        if len(self._rows) >= self.maximum:
            return
        self._edit((self.list_key,), [*self._rows, self._new_row()], False)
        self.focus_row(len(self._rows) - 1)

    def remove(self, r: int) -> None:
        if len(self._rows) <= self.minimum or not 0 <= r < len(self._rows):
            return
        rows = [row for i, row in enumerate(self._rows) if i != r]
        self._edit((self.list_key,), rows, False)
        self.focus_row(min(r, len(self._rows) - 1))

    def move_row(self, r: int, step: int) -> None:
        target = r + step
        if not (0 <= r < len(self._rows) and 0 <= target < len(self._rows)):
            return
        rows = list(self._rows)
        rows[r], rows[target] = rows[target], rows[r]
        self._edit((self.list_key,), rows, False)
        frame = self.row_frames[target]
        (frame.up_button if step < 0 and target > 0 else frame.down_button if step > 0 and
         target < len(rows) - 1 else next(iter(self.row_widgets[target].values()))).setFocus()


def _small_button(text: str, accessible: str, slot) -> QPushButton:
    button = QPushButton(text)
    button.setAccessibleName(accessible)
    button.setToolTip(accessible)
    # not ``connect(slot)``: clicked(bool) would pass its "checked" False into the slot's first default
    # argument, the row number (every ↑, ↓ and Remove button then acted on row 1)
    button.clicked.connect(lambda _checked=False: slot())
    return button

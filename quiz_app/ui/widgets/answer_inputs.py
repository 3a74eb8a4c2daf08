"""One input widget per kind of question. Each returns the response in the shape the grader expects
(see ``quiz_app.grading``) and never grades anything itself.

Keyboard: 1-6 or A-F pick a choice, Space toggles the focused box, arrows move within lists,
Alt+Up / Alt+Down (or Ctrl+Up / Ctrl+Down) move an item of an ordering list.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from question_bank import evidence as ev
from question_bank.i18n import QT_TRANSLATE_NOOP

from .text import WrapDelegate, plain_label

#: the letter keys of the choices, as many as a multiple-choice question may have (models.MAX_CHOICES)
LETTERS = "ABCDEFGHIJ"


class AnswerInput(QWidget):
    """Base class: ``response()`` is None until the student has answered something."""

    changed = Signal()
    """The student changed their answer."""
    submit_requested = Signal()
    """The student pressed Enter inside the input."""

    def response(self):
        raise NotImplementedError

    def pick(self, number: int) -> bool:
        """Keyboard choice 1-10 (keys 1-9 and 0, or A-J); returns True when the input used it."""
        return False

    def unfinished_question(self) -> str | None:
        """The question to ask before submitting an answer with parts left open (None: nothing is open)."""
        return None

    def set_locked(self, locked: bool) -> None:
        self.setEnabled(not locked)

    def focus_first(self) -> None:
        self.setFocus()


class _ChoiceLabel(QLabel):
    """The wrapped text of a choice; clicking it works like clicking its button."""

    def __init__(self, text: str, button):
        super().__init__()
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setText(text)
        self.setWordWrap(True)
        self.button = button
        self.setBuddy(button)

    def mousePressEvent(self, event) -> None:
        if event.button() == Qt.MouseButton.LeftButton and self.button.isEnabled():
            self.button.click()
            self.button.setFocus()
        super().mousePressEvent(event)


def _digit_key(n: int) -> str:
    """The number key of the n-th choice: 1-9, and 0 for the tenth."""
    return "0" if n == 10 else str(n)


class ChoiceInput(AnswerInput):
    """Radio buttons (one answer) or check boxes (several), numbered 1-9 and 0, lettered A-J.

    The button carries the number; the choice's text sits in a word-wrapped label beside it, so a
    long choice wraps at large text sizes instead of being cut off.
    """

    def __init__(self, texts: list[str], order: list[int], multi: bool, parent=None):
        super().__init__(parent)
        self.multi = multi
        self.order = list(order)
        layout = QGridLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setColumnStretch(1, 1)
        self.group = QButtonGroup(self)
        self.group.setExclusive(not multi)
        self.buttons: list[QRadioButton | QCheckBox] = []
        self.labels: list[_ChoiceLabel] = []
        for shown, original in enumerate(self.order):
            mark = f"{_digit_key(shown + 1)} ({LETTERS[shown]})" if shown < len(LETTERS) else f"{shown + 1}"
            button = QCheckBox(mark) if multi else QRadioButton(mark)
            button.setAccessibleName(self.tr("Choice {number}: {text}").format(number=shown + 1, text=texts[original]))
            button.setAccessibleDescription(self.tr("Press Space to tick or untick") if multi else self.tr("Press Enter to answer"))
            self.group.addButton(button, original)
            label = _ChoiceLabel(texts[original], button)
            layout.addWidget(button, shown, 0, Qt.AlignmentFlag.AlignTop)
            layout.addWidget(label, shown, 1)
            self.buttons.append(button)
            self.labels.append(label)
        layout.setRowStretch(len(self.order), 1)
        self.group.buttonToggled.connect(lambda *_: self.changed.emit())

    def response(self):
        chosen = [self.group.id(b) for b in self.buttons if b.isChecked()]
        if self.multi:
            return set(chosen) if chosen else None
        return chosen[0] if chosen else None

    def unfinished_question(self) -> str | None:
        ticked = sum(b.isChecked() for b in self.buttons)
        if self.multi and ticked == 1 and len(self.buttons) > 2:
            return self.tr("Submit with only 1 box ticked? More than one answer may be right.")
        return None

    def pick(self, number: int) -> bool:
        if not 1 <= number <= len(self.buttons):
            return False
        button = self.buttons[number - 1]
        button.setChecked(not button.isChecked() if self.multi else True)
        button.setFocus()
        return True

    def focus_first(self) -> None:
        if self.buttons:
            self.buttons[0].setFocus()


class TrueFalseInput(ChoiceInput):
    def __init__(self, parent=None):
        super().__init__([QCoreApplication.translate("TrueFalseInput", "True"), QCoreApplication.translate("TrueFalseInput", "False")], [0, 1], multi=False, parent=parent)
        self.buttons[0].setText(self.tr("1 (T)"))
        self.buttons[1].setText(self.tr("2 (F)"))

    def response(self):
        chosen = super().response()
        return None if chosen is None else chosen == 0


class TextInput(AnswerInput):
    """A line edit for short answers and numbers; Enter submits."""

    def __init__(self, placeholder: str, unit: str | None = None, parent=None):
        super().__init__(parent)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        layout = QHBoxLayout()
        outer.addLayout(layout)
        # the box sits right under its question, not in the middle of the space left below it
        outer.addStretch(1)
        self.edit = QLineEdit()
        self.edit.setPlaceholderText(placeholder)
        self.edit.setAccessibleName(self.tr("Your answer"))
        self.edit.setAccessibleDescription(placeholder)
        self.edit.setClearButtonEnabled(True)
        self.edit.textChanged.connect(lambda *_: self.changed.emit())
        self.edit.returnPressed.connect(self.submit_requested.emit)
        layout.addWidget(self.edit, 1)
        if unit:
            unit_label = plain_label(unit, "muted", wrap=False)
            unit_label.setBuddy(self.edit)
            layout.addWidget(unit_label)

    def response(self):
        text = self.edit.text()
        return text if text.strip() else None

    def focus_first(self) -> None:
        self.edit.setFocus()


def follow_selection(lst: QListWidget) -> None:
    """The selected row becomes the current one, whoever selected it: a screen reader selects an item
    (AT-SPI Toggle / Selection) without moving Qt's current row, which the answer and the Move buttons use."""
    def follow() -> None:
        chosen = lst.selectedItems()
        if chosen and lst.currentItem() is not chosen[0]:
            lst.setCurrentItem(chosen[0])

    lst.itemSelectionChanged.connect(follow)


class _ReorderList(QListWidget):
    moved = Signal()
    """An item was moved with the keyboard or by drag and drop."""

    def keyPressEvent(self, event: QKeyEvent) -> None:
        mods = event.modifiers()
        if mods & (Qt.KeyboardModifier.AltModifier | Qt.KeyboardModifier.ControlModifier) and event.key() in (
                Qt.Key.Key_Up, Qt.Key.Key_Down):
            self.move_current(-1 if event.key() == Qt.Key.Key_Up else 1)
            return
        super().keyPressEvent(event)

    def move_current(self, step: int) -> None:
        # the buttons say "Move the selected event": the selected one, when it is not the current one
        chosen = self.selectedItems()
        row = self.row(chosen[0]) if chosen else self.currentRow()
        target = row + step
        if row < 0 or not 0 <= target < self.count():
            return
        item = self.takeItem(row)
        self.insertItem(target, item)
        self.setCurrentRow(target)
        self.moved.emit()

    def dropEvent(self, event) -> None:
        super().dropEvent(event)
        self.moved.emit()


class OrderingInput(AnswerInput):
    """Put events in order: drag them, or select one and press Alt+Up / Alt+Down, or use the buttons."""

    def __init__(self, texts: list[str], start_order: list[int], parent=None):
        super().__init__(parent)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.list = _ReorderList()
        self.list.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        self.list.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.list.setAccessibleName(self.tr("Events to put in order, earliest first"))
        follow_selection(self.list)
        self.list.setAccessibleDescription(self.tr("Select an event and press Alt+Up or Alt+Down to move it"))
        self.list.setWordWrap(True)
        self.texts = list(texts)
        for original in start_order:
            item = QListWidgetItem(texts[original])
            item.setData(Qt.ItemDataRole.UserRole, original)
            self.list.addItem(item)
        self._number_items()
        self.list.setCurrentRow(0)
        self.touched = False
        self.list.moved.connect(self._on_list_moved)
        layout.addWidget(self.list, 1)
        buttons = QVBoxLayout()
        self.up_button = QPushButton(self.tr("Move up"))
        self.up_button.setAccessibleName(self.tr("Move the selected event earlier"))
        self.up_button.setToolTip(self.tr("Alt+Up"))
        self.down_button = QPushButton(self.tr("Move down"))
        self.down_button.setAccessibleName(self.tr("Move the selected event later"))
        self.down_button.setToolTip(self.tr("Alt+Down"))
        self.up_button.clicked.connect(lambda: self.list.move_current(-1))
        self.down_button.clicked.connect(lambda: self.list.move_current(1))
        buttons.addWidget(self.up_button)
        buttons.addWidget(self.down_button)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        hint = self.tr("Earliest at the top. Drag, or select and press Alt+Up / Alt+Down.")
        self.setToolTip(hint)

    def _number_items(self) -> None:
        """"1. ", "2. "... before each event, renumbered after every move (the place is part of the answer)."""
        for row in range(self.list.count()):
            item = self.list.item(row)
            text = self.texts[item.data(Qt.ItemDataRole.UserRole)]
            item.setText(f"{row + 1}. {text}")
            item.setData(Qt.ItemDataRole.AccessibleTextRole, self.tr("Place {place} of {count}: {text}").format(place=row + 1, count=self.list.count(), text=text))

    def _on_list_moved(self) -> None:
        self._number_items()
        self.touched = True
        self.changed.emit()

    def unfinished_question(self) -> str | None:
        if not self.touched:
            return self.tr("Submit the events in the order shown? You have not moved any of them.")
        return None

    def response(self):
        # An untouched list is still an answer (the shown order may be what the student means).
        return [self.list.item(i).data(Qt.ItemDataRole.UserRole) for i in range(self.list.count())]

    def focus_first(self) -> None:
        self.list.setFocus()


class MatchingInput(AnswerInput):
    """For each left item, choose its partner from a drop-down list."""

    NOT_CHOSEN = QT_TRANSLATE_NOOP("MatchingInput", "— choose —")

    def __init__(self, lefts: list[str], rights: list[str], right_order: list[int],
                 left_order: list[int] | None = None, parent=None):
        super().__init__(parent)
        form = QFormLayout(self)
        form.setContentsMargins(0, 0, 0, 0)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.combos: list[QComboBox] = []
        self.left_order = list(left_order) if left_order else list(range(len(lefts)))
        for shown, original in enumerate(self.left_order):
            left = lefts[original]
            combo = QComboBox()
            combo.addItem(self.tr(self.NOT_CHOSEN), -1)
            for original in right_order:
                combo.addItem(rights[original], original)
            combo.setAccessibleName(self.tr("Partner for {left}").format(left=left))
            # on Linux Qt names a combo box by its current text ("— choose —") and links its label; the
            # description says which item it is for on every platform
            combo.setAccessibleDescription(self.tr("Partner for {left}").format(left=left))
            combo.currentIndexChanged.connect(lambda *_: self.changed.emit())
            # a screen reader chooses by selecting in the (closed) list of options: that choice counts
            combo.view().selectionModel().selectionChanged.connect(
                lambda selected, _old, combo=combo: selected.indexes() and not combo.view().isVisible()
                and combo.setCurrentIndex(selected.indexes()[0].row()))
            label = plain_label(f"{shown + 1}. {left}")
            label.setBuddy(combo)
            form.addRow(label, combo)
            self.combos.append(combo)

    def response(self):
        chosen = {self.left_order[shown]: combo.currentData() for shown, combo in enumerate(self.combos)
                  if combo.currentData() != -1}
        return chosen or None

    def unfinished_question(self) -> str | None:
        open_pairs = sum(combo.currentData() == -1 for combo in self.combos)
        if open_pairs and open_pairs < len(self.combos):
            return self.tr("Submit with {open_pairs} of %n pair(s) unmatched?", "", len(self.combos)).format(open_pairs=open_pairs)
        return None

    def pick(self, number: int) -> bool:
        if 1 <= number <= len(self.combos):
            self.combos[number - 1].setFocus()
            return True
        return False

    def focus_first(self) -> None:
        if self.combos:
            self.combos[0].setFocus()


class CiteInput(AnswerInput):
    """Pick the sentence of the source that proves the statement."""

    def __init__(self, source_text: str, parent=None):
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.list = QListWidget()
        self.list.setWordWrap(True)
        self.list.setAccessibleName(self.tr("Sentences of the source text"))
        follow_selection(self.list)
        self.list.setAccessibleDescription(self.tr("Use the arrow keys to choose the sentence that proves the statement"))
        self.list.setAlternatingRowColors(True)
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        # the scroll bar is always there: one that appears after the sentences were laid out narrows the
        # list, and Qt then cuts the last line of a wrapped sentence with "..."
        self.list.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOn)
        self.list.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        # whole sentences at any text size: wrap, never end a sentence with "..."
        self.list.setTextElideMode(Qt.TextElideMode.ElideNone)
        self.list.setResizeMode(QListWidget.ResizeMode.Adjust)
        self.list.setUniformItemSizes(False)
        self.list.setItemDelegate(WrapDelegate(self.list))
        # never collapses to a sliver: at least a few sentences show, the screen scrolls around it
        self.list.setMinimumHeight(self.fontMetrics().lineSpacing() * 8)
        paragraph = -1
        for sentence in ev.sentences(source_text):
            para = ev.paragraph_of(source_text, sentence.start)
            prefix = ""
            if para is not None and para.index != paragraph:
                paragraph = para.index
                number = ev.paragraph_number(source_text, para)  # as a reader counts: the title is not one
                prefix = f"¶{number}  " if number is not None else ""
            item = QListWidgetItem(prefix + sentence.text)
            item.setData(Qt.ItemDataRole.UserRole, sentence.index)
            self.list.addItem(item)
        self.list.currentRowChanged.connect(lambda *_: self.changed.emit())
        self.list.itemActivated.connect(lambda *_: self.submit_requested.emit())
        layout.addWidget(QLabel(self.tr("Choose the sentence that proves it:")))
        layout.addWidget(self.list, 1)

    def response(self):
        item = self.list.currentItem()
        return item.data(Qt.ItemDataRole.UserRole) if item is not None and item.isSelected() else None

    def focus_first(self) -> None:
        self.list.setFocus()

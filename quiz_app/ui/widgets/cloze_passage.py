"""A cloze passage on screen: the quote's words in reading order with an input in place of each gap, and
(after the answer) the same passage with every gap's words marked right or wrong.

The words flow like text (``FlowLayout``): each word is its own label, so at 200 % or 300 % text the passage
wraps between words and an input is never pushed outside the screen; a gap keeps the punctuation that touches
it ("staunch [gap 1], faced") on its own line. Keyboard: Tab / Shift+Tab go from gap to gap in reading order;
typed gaps are line edits; drop-down and word-bank gaps are combo boxes (arrow keys, F4 or Alt+Down to open);
a word-bank word is also placed by clicking it in the bank or by pressing its number while a word-bank gap
has the focus. Enter submits.
"""

from __future__ import annotations

import html

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from question_bank.i18n import QT_TRANSLATE_NOOP

from ..theme import colours
from .answer_inputs import AnswerInput
from .flow_layout import FlowLayout
from .text import plain_label

#: what a gap is, in words (its accessible name says it: "Gap 2 of 3, drop-down")
KIND_WORDS = {"short_answer": QT_TRANSLATE_NOOP("cloze_passage", "type the words"),
              "numeric": QT_TRANSLATE_NOOP("cloze_passage", "type a number"),
              "dropdown": QT_TRANSLATE_NOOP("cloze_passage", "drop-down"),
              "word_bank": QT_TRANSLATE_NOOP("cloze_passage", "word bank")}
#: what a gap was, in the feedback ("Gap 2 (drop-down): ✓ right ...")
FEEDBACK_KIND_WORDS = {"short_answer": QT_TRANSLATE_NOOP("cloze_passage", "typed"),
                       "numeric": QT_TRANSLATE_NOOP("cloze_passage", "number"),
                       "dropdown": QT_TRANSLATE_NOOP("cloze_passage", "drop-down"),
                       "word_bank": QT_TRANSLATE_NOOP("cloze_passage", "word bank")}
#: after a word-bank word in a gap's list when another gap holds it already
USED_MARK = QT_TRANSLATE_NOOP("cloze_passage", " ✓ used")
#: how many words before a gap its accessible description repeats
CONTEXT_WORDS = 6


def passage_cells(parts: list[tuple[str, int | None]]) -> list[tuple[str, str, int | None, str]]:
    """The passage cut into what flows: ("word", text, None, "") per word, and ("gap", prefix, gap index,
    suffix) per gap, where prefix and suffix are the characters touching the gap with no space between
    ("(" before it, "," after it), so they wrap with it and never start a line alone."""
    cells: list[tuple[str, str, int | None, str]] = []
    for n, (text, gap) in enumerate(parts):
        if gap is not None:
            cells.append(("gap", "", gap, ""))
            continue
        words = text.split()
        if not words:
            continue
        glued_before = not text[0].isspace() and n > 0 and parts[n - 1][1] is not None
        glued_after = not text[-1].isspace() and n + 1 < len(parts) and parts[n + 1][1] is not None
        if glued_before:
            kind, prefix, index, _ = cells[-1]
            cells[-1] = (kind, prefix, index, words.pop(0))
        tail = words.pop() if glued_after and words else ""
        cells.extend(("word", w, None, "") for w in words)
        if tail:
            cells.append(("prefix", tail, None, ""))  # joined to the gap that follows
    out: list[tuple[str, str, int | None, str]] = []
    for cell in cells:
        if cell[0] == "gap" and out and out[-1][0] == "prefix":
            out[-1] = ("gap", out[-1][1], cell[2], cell[3])
        else:
            out.append(cell)
    return out


def words_before(parts: list[tuple[str, int | None]], gap_index: int, count: int = CONTEXT_WORDS) -> str:
    """The last ``count`` words of the passage before gap ``gap_index`` (earlier gaps read "gap N")."""
    text = []
    for part, gap in parts:
        if gap == gap_index:
            break
        text.append(part if gap is None else
                    QCoreApplication.translate("cloze_passage", " gap {number} ").format(number=gap + 1))
    words = "".join(text).split()
    return " ".join(words[-count:])


class ClozeInput(AnswerInput):
    """The passage with one input per gap; ``response()`` is one str or None per gap (as ``grade_cloze`` wants)."""

    NOT_CHOSEN = QT_TRANSLATE_NOOP("ClozeInput", "— choose —")

    def __init__(self, question, gap_options: tuple[tuple[str, ...], ...], word_bank: tuple[str, ...], parent=None):
        super().__init__(parent)
        self.question = question
        self.parts = question.parts()
        gaps = question.gaps
        total = len(gaps)
        self.gap_options = [tuple(o) for o in gap_options] or [tuple(question.gap_options(i)) for i in range(total)]
        self.bank = tuple(word_bank) or tuple(question.word_bank())
        #: one input per gap, in reading order (QLineEdit for typed gaps, QComboBox for chosen ones)
        self.inputs: list[QLineEdit | QComboBox] = [None] * total  # type: ignore[list-item]
        self._last_bank_gap: int | None = None
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        self.passage = QWidget()
        self.passage.setObjectName("clozePassage")
        self.passage.setAccessibleName(self.tr("The passage, with %n gap(s) to fill", "", total))
        self.passage.setAccessibleDescription(question.shown_text(blank=self.tr("(gap)")))
        self.flow = FlowLayout(self.passage)
        sizing = QSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
        sizing.setHeightForWidth(True)
        self.passage.setSizePolicy(sizing)
        #: the word labels of the passage (tests check none is cut off)
        self.word_labels = []
        for _kind, text, index, suffix in passage_cells(self.parts):
            if index is None:
                label = plain_label(text, wrap=False)
                self.word_labels.append(label)
                self.flow.addWidget(label)
                continue
            self.flow.addWidget(self._gap_cell(index, total, text, suffix))
        outer.addWidget(self.passage)
        self.bank_buttons: list[QPushButton] = []
        if any(g.kind == "word_bank" for g in gaps):
            self.bank_title = plain_label(self.tr("Word bank: with a word-bank gap chosen, click a word or press its "
                                                  "number (a word may be used more than once)."), "muted")
            outer.addWidget(self.bank_title)
            bank_box = QWidget()
            bank_box.setObjectName("clozeWordBank")
            bank_box.setAccessibleName(self.tr("Word bank"))
            bank_flow = FlowLayout(bank_box)
            bank_sizing = QSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
            bank_sizing.setHeightForWidth(True)
            bank_box.setSizePolicy(bank_sizing)
            for n, word in enumerate(self.bank, 1):
                button = QPushButton(f"{n}. {word}")
                # Tab goes from gap to gap; a keyboard places a word from the gap (its list, or the number)
                button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
                button.setAccessibleName(self.tr("Word {number}: {word}").format(number=n, word=word))
                button.clicked.connect(lambda _=False, word=word: self.place_word(word))
                bank_flow.addWidget(button)
                self.bank_buttons.append(button)
            outer.addWidget(bank_box)
        outer.addStretch(1)
        self._show_used_words()

    # ---------------------------------------------------------------- building

    def _gap_cell(self, index: int, total: int, prefix: str, suffix: str) -> QWidget:
        gap = self.question.gaps[index]
        cell = QWidget()
        row = QHBoxLayout(cell)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(2)
        if prefix:
            row.addWidget(plain_label(prefix, wrap=False))
        number = plain_label(f"({index + 1})", "muted", wrap=False)
        row.addWidget(number)
        widget: QLineEdit | QComboBox
        if gap.kind in ("short_answer", "numeric"):
            edit = QLineEdit()
            # every typed gap is as wide as the others of its kind: a width cut to the answer would give it away
            chars = 9 if gap.kind == "numeric" else 14
            edit.setMinimumWidth(edit.fontMetrics().averageCharWidth() * 4)
            edit.setFixedWidth(edit.fontMetrics().averageCharWidth() * chars + 12)
            edit.setPlaceholderText(self.tr("a number") if gap.kind == "numeric" else "")
            edit.textChanged.connect(lambda *_: self.changed.emit())
            edit.returnPressed.connect(self.submit_requested.emit)
            widget = edit
        else:
            combo = QComboBox()
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
            combo.addItem(self.tr(self.NOT_CHOSEN), None)
            for option in self.gap_options[index]:
                combo.addItem(option + self._used_mark() if gap.kind == "word_bank" else option, option)
            # as wide as its longest option marked used, then never wider: a box that grew as words were
            # chosen would move the rest of the passage under the student's eyes
            combo.setMinimumWidth(combo.sizeHint().width())
            for option_row in range(1, combo.count()):
                combo.setItemText(option_row, combo.itemData(option_row))
            combo.currentIndexChanged.connect(lambda *_, i=index: self._on_choice_changed(i))
            # a screen reader chooses by selecting in the (closed) list of options: that choice counts
            combo.view().selectionModel().selectionChanged.connect(
                lambda selected, _old, combo=combo: selected.indexes() and not combo.view().isVisible()
                and combo.setCurrentIndex(selected.indexes()[0].row()))
            widget = combo
        name = self.tr("Gap {number} of {total}, {kind}").format(
            number=index + 1, total=total, kind=QCoreApplication.translate("cloze_passage", KIND_WORDS[gap.kind]))
        widget.setAccessibleName(name)
        before = words_before(self.parts, index)
        # on Linux a screen reader names a combo box by its current choice: the description names the gap too
        widget.setAccessibleDescription(f"{name}. " + (self.tr("After the words: {words}").format(words=before) if before
                                                       else self.tr("At the start of the passage")))
        widget.setToolTip(name)
        widget.installEventFilter(self)
        number.setBuddy(widget)
        row.addWidget(widget)
        if suffix:
            row.addWidget(plain_label(suffix, wrap=False))
        self.inputs[index] = widget
        return cell

    def eventFilter(self, watched, event) -> bool:
        from PySide6.QtCore import QEvent

        if event.type() == QEvent.Type.FocusIn and watched in self.inputs:
            index = self.inputs.index(watched)
            if self.question.gaps[index].kind == "word_bank":
                self._last_bank_gap = index
            self._scroll_into_view(watched)
        return super().eventFilter(watched, event)

    def _scroll_into_view(self, widget: QWidget) -> None:
        """Tab to a gap below the fold at 300 % text: the question's scroll area follows the focus."""
        from PySide6.QtWidgets import QScrollArea

        area = self.parentWidget()
        while area is not None and not isinstance(area, QScrollArea):
            area = area.parentWidget()
        if area is not None:
            area.ensureWidgetVisible(widget, 8, 8)

    # ---------------------------------------------------------------- answering

    def gap_text(self, index: int) -> str | None:
        widget = self.inputs[index]
        if isinstance(widget, QLineEdit):
            text = widget.text()
            return text if text.strip() else None
        return widget.currentData()

    def response(self):
        filled = [self.gap_text(i) for i in range(len(self.inputs))]
        return filled if any(v is not None for v in filled) else None

    def unfinished_question(self) -> str | None:
        empty = sum(self.gap_text(i) is None for i in range(len(self.inputs)))
        if empty and empty < len(self.inputs):
            return self.tr("Submit with %n of {total} gaps empty?", "", empty).format(total=len(self.inputs))
        return None

    def focused_gap(self) -> int | None:
        focus = self.focusWidget()
        for i, widget in enumerate(self.inputs):
            if widget is focus or (focus is not None and widget.isAncestorOf(focus)):
                return i
        return None

    def pick(self, number: int) -> bool:
        """A number key in a drop-down or word-bank gap chooses its option ``number`` (word bank: word ``number``)."""
        index = self.focused_gap()
        combo = self.inputs[index] if index is not None else None
        if not isinstance(combo, QComboBox):
            return False
        if not 1 <= number < combo.count():
            return False
        combo.setCurrentIndex(number)
        return True

    def place_word(self, word: str) -> None:
        """Put a bank word in the word-bank gap last chosen (else the first empty one) and give it the focus."""
        bank_gaps = [i for i, g in enumerate(self.question.gaps) if g.kind == "word_bank"]
        if not bank_gaps:
            return
        target = self._last_bank_gap
        if target is None:
            target = next((i for i in bank_gaps if self.gap_text(i) is None), bank_gaps[0])
        combo = self.inputs[target]
        assert isinstance(combo, QComboBox)
        combo.setCurrentIndex(max(0, combo.findData(word)))
        combo.setFocus()

    def _on_choice_changed(self, index: int) -> None:
        if self.question.gaps[index].kind == "word_bank":
            self._show_used_words()
        self.changed.emit()

    def used_in(self) -> dict[str, list[int]]:
        """Each bank word -> the gap numbers (1-based) it fills now."""
        used: dict[str, list[int]] = {w: [] for w in self.bank}
        for i, g in enumerate(self.question.gaps):
            word = self.gap_text(i) if g.kind == "word_bank" else None
            if word in used:
                used[word].append(i + 1)
        return used

    def _show_used_words(self) -> None:
        """A used word says so in the bank and in every word-bank list: shown in words, not by colour alone."""
        used = self.used_in()
        for n, (button, word) in enumerate(zip(self.bank_buttons, self.bank, strict=True), 1):
            where = used[word]
            gaps = ", ".join(map(str, where))
            button.setText(self.tr("{number}. {word} ✓ in gap {gaps}").format(number=n, word=word, gaps=gaps) if where
                           else f"{n}. {word}")
            button.setAccessibleName(self.tr("Word {number}: {word}, used in gap {gaps}").format(
                number=n, word=word, gaps=gaps) if where else self.tr("Word {number}: {word}").format(number=n, word=word))
        for i, g in enumerate(self.question.gaps):
            combo = self.inputs[i]
            if g.kind != "word_bank" or not isinstance(combo, QComboBox):
                continue
            for row in range(1, combo.count()):
                word = combo.itemData(row)
                others = [n for n in used.get(word, []) if n != i + 1]
                combo.setItemText(row, word + self._used_mark() if others else word)

    @staticmethod
    def _used_mark() -> str:
        return QCoreApplication.translate("cloze_passage", USED_MARK)

    def set_locked(self, locked: bool) -> None:
        self.setEnabled(not locked)

    def focus_first(self) -> None:
        # the Tab order is set here, once the passage is in its window: set before, Qt loses it when the
        # widget is moved into the screen (Tab then left the second passage of a round after its first gap)
        for before, after in zip(self.inputs, self.inputs[1:], strict=False):
            QWidget.setTabOrder(before, after)
        if self.inputs:
            self.inputs[0].setFocus()


# ---------------------------------------------------------------- after the answer


def gap_lines(question, response: list[str | None] | None, marks: tuple[bool, ...]) -> list[str]:
    """Per gap, in words: right or wrong, what the student gave and what the text says."""
    lines = []
    for i, gap in enumerate(question.gaps):
        given = response[i] if response is not None and i < len(response) else None
        right = bool(marks[i]) if i < len(marks) else False
        head = QCoreApplication.translate("cloze_passage", "Gap {number} ({kind})").format(
            number=i + 1, kind=QCoreApplication.translate("cloze_passage", FEEDBACK_KIND_WORDS[gap.kind]))
        chose = gap.kind in ("dropdown", "word_bank")
        if given is None:
            lines.append(QCoreApplication.translate("cloze_passage", "{gap}: ✗ left empty. The text says “{answer}”.").format(
                gap=head, answer=gap.answer))
        elif right and " ".join(given.split()) == gap.answer:
            lines.append(QCoreApplication.translate("cloze_passage", "{gap}: ✓ right, “{answer}”.").format(gap=head, answer=gap.answer))
        elif right:
            lines.append((QCoreApplication.translate("cloze_passage", "{gap}: ✓ right, you chose “{given}”; the text says “{answer}”.") if chose
                          else QCoreApplication.translate("cloze_passage", "{gap}: ✓ right, you wrote “{given}”; the text says “{answer}”."))
                         .format(gap=head, given=given, answer=gap.answer))
        else:
            lines.append((QCoreApplication.translate("cloze_passage", "{gap}: ✗ not right, you chose “{given}”; the text says “{answer}”.")
                          if chose else
                          QCoreApplication.translate("cloze_passage", "{gap}: ✗ not right, you wrote “{given}”; the text says “{answer}”."))
                         .format(gap=head, given=given, answer=gap.answer))
    return lines


def marked_passage_html(question, response: list[str | None] | None, marks: tuple[bool, ...]) -> str:
    """The passage with each gap's words highlighted and marked ✓ or ✗ with its number (escaped: the only
    markup is ours). Without a response (not answered) the gaps are highlighted without marks."""
    c = colours()
    out = []
    for text, gap in question.parts():
        if gap is None:
            out.append(html.escape(text))
            continue
        words = (f'<span style="background-color:{c.highlight_bg}; color:{c.highlight_fg}; font-weight:600; '
                 f'text-decoration:underline;">{html.escape(text)}</span>')
        if response is None:
            out.append(f"{words}<sup>({gap + 1})</sup>")
            continue
        right = gap < len(marks) and marks[gap]
        given = response[gap] if gap < len(response) else None
        mark = "✓" if right else "✗"
        colour = c.right if right else c.wrong
        note = "" if right else (QCoreApplication.translate("cloze_passage", " empty") if given is None else
                                 QCoreApplication.translate("cloze_passage", " you: {given}").format(
                                     given=html.escape(given)))
        out.append(f'{words}<span style="color:{colour}; font-weight:600;"> [{gap + 1} {mark}{note}]</span>')
    return f'<div style="line-height:150%;">{"".join(out)}</div>'

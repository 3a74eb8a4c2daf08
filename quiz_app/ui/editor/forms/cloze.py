"""Fill the gaps: the passage (the quote) shown as words to pick, and each gap's kind and settings.

The teacher selects the passage in the source text, as for any quote. Its words are buttons: clicking
one (or moving to it with the arrow keys and pressing Space or Enter) hides it in a gap or shows it
again; words side by side make one gap. Offsets are never typed: the gaps are made from the words
(``cloze_gaps``), so a gap is always whole words of the quote. Every change is one undo step.
"""

from __future__ import annotations

import random
import re
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from question_bank.drafting.cloze import gap_distractors, read_ahead
from question_bank.i18n import QT_TRANSLATE_NOOP
from question_bank.models import MAX_GAPS

from ...widgets.flow_layout import FlowLayout
from ...widgets.text import plain_label
from ...workers import run_in_background
from ..cloze_gaps import (
    GAP_KINDS,
    list_text,
    list_value,
    passage_words,
    picked_words,
    split_list,
    toggled,
    with_kind,
)
from ..document import MISSING, TriedAnswer, source_by_id, try_cloze_answers
from .base import QuestionForm, buddy
from .fields import ComboField, DoubleSpinField, LineField, number_text, parse_number

WORDS_HINT = QT_TRANSLATE_NOOP("ClozeForm", "Click a word to hide it in a gap, or click it again to show it. Words side by side make one gap. "
              "Keyboard: arrow keys move between words, Space or Enter picks one.")
NO_PASSAGE = QT_TRANSLATE_NOOP("ClozeForm", "Select the passage in the source text beside the form: its words appear "
                                "here to pick the gaps from.")
_KIND_LABELS = dict(GAP_KINDS)
#: the words shown to pick from; a longer passage is cut here, with a word saying so
MAX_WORDS = 300

#: the set being edited (the form needs its sources for options suggested from the text, and for trying)
SetLookup = Callable[[], dict]


class WordButton(QPushButton):
    """One word of the passage; the arrow keys move to the next or previous word, Enter picks it."""

    moved = Signal(int)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt override
        step = {Qt.Key.Key_Left: -1, Qt.Key.Key_Up: -1, Qt.Key.Key_Right: 1, Qt.Key.Key_Down: 1,
                Qt.Key.Key_Home: -10**6, Qt.Key.Key_End: 10**6}.get(Qt.Key(event.key()))
        if step is not None and not event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier:
            self.moved.emit(step)
            return
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.click()
            return
        super().keyPressEvent(event)


class PassageWords(QWidget):
    """The passage as words to pick. One Tab stop (the word last visited); arrows move inside."""

    word_clicked = Signal(int)

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("clozeWords")
        self.setAccessibleName(QCoreApplication.translate("PassageWords", "Words of the passage: pick the words to hide"))
        self._flow = FlowLayout(self, spacing=4, line_spacing=4)
        self.buttons: list[WordButton] = []
        self._words: list[str] = []
        self._current = 0
        # the theme's own highlight colours: readable in the light, dark and high-contrast themes
        self.setStyleSheet("QPushButton#gapWord { padding: 2px 6px; }"
                           "QPushButton#gapWord:checked { background: palette(highlight); "
                           "color: palette(highlighted-text); text-decoration: underline; }")

    def show_words(self, quote: str, gaps: list) -> None:
        spans = passage_words(quote)[:MAX_WORDS]  # a button a word: a whole chapter would freeze the form
        words = [quote[s:e] for s, e in spans]
        if words != self._words:
            self._rebuild(words)
        picked = picked_words(quote, gaps)
        gap_of = _gap_of_words(spans, gaps)
        for w, button in enumerate(self.buttons):
            on = w in picked
            if button.isChecked() != on:
                button.blockSignals(True)
                button.setChecked(on)
                button.blockSignals(False)
            n = gap_of.get(w)
            first = n is not None and gap_of.get(w - 1) != n
            button.setText(f"{n + 1}▸ {words[w]}" if first and n is not None else words[w])
            button.setAccessibleName(QCoreApplication.translate("PassageWords", "{words}: in gap {number}").format(words=words[w], number=n + 1) if n is not None else words[w])

    def _rebuild(self, words: list[str]) -> None:
        focused = any(b.hasFocus() for b in self.buttons)
        for button in self.buttons:
            self._flow.removeWidget(button)
            button.hide()
            button.deleteLater()
        self.buttons = []
        self._words = words
        for w, word in enumerate(words):
            button = WordButton(word)
            button.setObjectName("gapWord")
            button.setCheckable(True)
            button.setAutoDefault(False)
            button.setToolTip(QCoreApplication.translate("PassageWords", "Click to hide this word in a gap, or to show it again"))
            button.clicked.connect(lambda _checked=False, w=w: self._on_clicked(w))
            button.moved.connect(lambda step, w=w: self.move_to(w + step))
            self._flow.addWidget(button)
            self.buttons.append(button)
        self._current = min(self._current, max(0, len(words) - 1))
        self._set_tab_stop()
        if focused and self.buttons:
            self.buttons[self._current].setFocus(Qt.FocusReason.OtherFocusReason)
        self.updateGeometry()

    def _on_clicked(self, w: int) -> None:
        self._current = w
        self._set_tab_stop()
        self.word_clicked.emit(w)

    def move_to(self, w: int) -> None:
        if not self.buttons:
            return
        self._current = max(0, min(len(self.buttons) - 1, w))
        self._set_tab_stop()
        self.buttons[self._current].setFocus(Qt.FocusReason.OtherFocusReason)

    def _set_tab_stop(self) -> None:
        for w, button in enumerate(self.buttons):
            button.setFocusPolicy(Qt.FocusPolicy.StrongFocus if w == self._current else Qt.FocusPolicy.ClickFocus)

    def focus_words(self) -> None:
        if self.buttons:
            self.move_to(self._current)


def _gap_of_words(spans: list[tuple[int, int]], gaps: list) -> dict[int, int]:
    out: dict[int, int] = {}
    for n, gap in enumerate(g for g in gaps if isinstance(g, dict)):
        s, e = gap.get("start"), gap.get("end")
        if not (isinstance(s, int) and isinstance(e, int)):
            continue
        for w, (ws, we) in enumerate(spans):
            if s < we and ws < e:
                out.setdefault(w, n)
    return out


class GapCard(QFrame):
    """One gap's settings: its kind, and what that kind needs."""

    def __init__(self, n: int, form: ClozeForm):
        super().__init__()
        self.setObjectName("card")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.n = n
        self._form = form
        layout = QFormLayout(self)
        layout.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        layout.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.title = plain_label("", "sectionTitle")
        layout.addRow(self.title)
        self.problems = plain_label("", "banner")
        self.problems.setAccessibleName(QCoreApplication.translate("GapCard", "Problems of gap {number}").format(number=n + 1))
        self.problems.hide()
        layout.addRow(self.problems)
        self.kind_combo = ComboField()
        self.kind_combo.setAccessibleName(QCoreApplication.translate("GapCard", "Gap {number}: kind").format(number=n + 1))
        for kind, label in GAP_KINDS:
            self.kind_combo.addItem(QCoreApplication.translate("cloze_gaps", label), kind)
        self.kind_combo.activated.connect(lambda i: form.set_gap_kind(n, str(self.kind_combo.itemData(i))))
        layout.addRow(buddy(QCoreApplication.translate("GapCard", "&Kind:"), self.kind_combo), self.kind_combo)
        self.accepted_edit = LineField(QCoreApplication.translate("GapCard", "Gap {number}: other accepted spellings").format(number=n + 1),
                                       QCoreApplication.translate("GapCard", "Other spellings that count, separated by semicolons"))
        self.accepted_edit.textEdited.connect(
            lambda t: form.edit_gap(n, "accepted", list_value(t), True))
        self.accepted_label = buddy(QCoreApplication.translate("GapCard", "Also &accept:"), self.accepted_edit)
        layout.addRow(self.accepted_label, self.accepted_edit)
        self.tolerance_edit = LineField(QCoreApplication.translate("GapCard", "Gap {number}: tolerance").format(number=n + 1), QCoreApplication.translate("GapCard", "0 means exactly"))
        self.tolerance_edit.textEdited.connect(lambda t: form.edit_gap(n, "tolerance", parse_number(t), True))
        self.tolerance_label = buddy(QCoreApplication.translate("GapCard", "&Tolerance (±):"), self.tolerance_edit)
        layout.addRow(self.tolerance_label, self.tolerance_edit)
        options = QWidget()
        row = QHBoxLayout(options)
        row.setContentsMargins(0, 0, 0, 0)
        self.distractors_edit = LineField(QCoreApplication.translate("GapCard", "Gap {number}: wrong options").format(number=n + 1), QCoreApplication.translate("GapCard", "Wrong options, separated by semicolons"))
        self.distractors_edit.textEdited.connect(
            lambda t: form.edit_gap(n, "distractors", list_value(t), True))
        row.addWidget(self.distractors_edit, 1)
        self.suggest_button = QPushButton(QCoreApplication.translate("GapCard", "Suggest from the text"))
        self.suggest_button.setAccessibleName(QCoreApplication.translate("GapCard", "Gap {number}: suggest wrong options from the text").format(number=n + 1))
        self.suggest_button.clicked.connect(lambda: form.suggest_distractors(n))
        row.addWidget(self.suggest_button)
        self.distractors_label = buddy(QCoreApplication.translate("GapCard", "&Wrong options:"), self.distractors_edit)
        layout.addRow(self.distractors_label, options)
        self.options_row = options
        self.weight_spin = DoubleSpinField(QCoreApplication.translate("GapCard", "Gap {number}: weight").format(number=n + 1))
        self.weight_spin.setRange(0.5, 100)
        self.weight_spin.setSingleStep(0.5)
        self.weight_spin.setDecimals(1)
        self.weight_spin.valueChanged.connect(lambda v: form.edit_gap(n, "weight", v, True))
        layout.addRow(buddy(QCoreApplication.translate("GapCard", "W&eight:"), self.weight_spin), self.weight_spin)

    def show_gap(self, gap: dict) -> None:
        kind = str(gap.get("kind") or "short_answer")
        self.title.setText(QCoreApplication.translate("GapCard", "Gap {number}: “{answer}”").format(number=self.n + 1, answer=gap.get('answer', '')))
        index = self.kind_combo.findData(kind)
        if index >= 0 and index != self.kind_combo.currentIndex():
            self.kind_combo.setCurrentIndex(index)
        for edit, key in ((self.accepted_edit, "accepted"), (self.distractors_edit, "distractors")):
            value = gap.get(key, [])
            if split_list(edit.text()) != (value if isinstance(value, list) else []):
                edit.set_value(list_text(value))
        shown = parse_number(self.tolerance_edit.text())
        tolerance = gap.get("tolerance", MISSING)
        if shown != tolerance and not (shown is MISSING and tolerance is MISSING):
            self.tolerance_edit.set_value(number_text(tolerance))
        weight = gap.get("weight", 1.0)
        self.weight_spin.set_value(float(weight) if isinstance(weight, int | float) else 1.0)
        for widgets, wanted in (((self.accepted_label, self.accepted_edit), "short_answer"),
                                ((self.tolerance_label, self.tolerance_edit), "numeric"),
                                ((self.distractors_label, self.options_row), "dropdown")):
            for widget in widgets:
                widget.setVisible(kind == wanted)

    def show_problems(self, lines: list[str]) -> None:
        """The gap's problems, each already marked (⚠ an error, △ a warning)."""
        self.problems.setText("\n".join(lines))
        self.problems.setVisible(bool(lines))

    def focus(self, key: str) -> None:
        target = {"accepted": self.accepted_edit, "tolerance": self.tolerance_edit,
                  "distractors": self.distractors_edit, "weight": self.weight_spin}.get(key, self.kind_combo)
        if not target.isVisible():
            target = self.kind_combo
        target.setFocus(Qt.FocusReason.OtherFocusReason)


class ClozeTryBox(QGroupBox):
    """Try an answer for each gap: typed, or chosen from the gap's options, then marked as in a scored round."""

    def __init__(self, form: ClozeForm):
        super().__init__(QCoreApplication.translate("ClozeTryBox", "Try an answer"))
        self._form = form
        self._shown: tuple = ()
        self.inputs: list[QLineEdit | QComboBox] = []
        layout = QVBoxLayout(self)
        layout.addWidget(plain_label(QCoreApplication.translate("ClozeTryBox", "Fill the gaps as a student might: they are marked as in a scored round. "
                                     "“Try as a student” plays the whole passage."), "muted"))
        self._rows = QFormLayout()
        layout.addLayout(self._rows)
        self.try_button = QPushButton(QCoreApplication.translate("ClozeTryBox", "T&ry it"))
        self.try_button.setAccessibleName(QCoreApplication.translate("ClozeTryBox", "Try these answers"))
        self.try_button.clicked.connect(self.try_now)
        row = QHBoxLayout()
        row.addWidget(self.try_button)
        row.addStretch(1)
        layout.addLayout(row)
        self.result_label = plain_label("", "muted", selectable=True)
        self.result_label.setAccessibleName(QCoreApplication.translate("ClozeTryBox", "How the answers were marked"))
        self.result_label.hide()
        layout.addWidget(self.result_label)

    def show_question(self, q: dict) -> None:
        gaps = [g for g in q.get("gaps", []) if isinstance(g, dict)][:MAX_GAPS] if isinstance(q.get("gaps"), list) \
            else []
        shape = (q.get("id"), tuple((g.get("kind"), g.get("answer"), tuple(g.get("distractors", []))) for g in gaps),
                 tuple(q.get("bank_extras", []) or []))
        if shape != self._shown:
            self._shown = shape
            self._rebuild(q, gaps)
            self.result_label.hide()
        elif self.result_label.isVisible():
            self.try_now()
        self.setVisible(bool(gaps))

    def _rebuild(self, q: dict, gaps: list[dict]) -> None:
        while self._rows.rowCount():
            self._rows.removeRow(0)
        self.inputs = []
        bank = [g.get("answer", "") for g in gaps if g.get("kind") == "word_bank"]
        bank += [w for w in q.get("bank_extras", []) or [] if w not in bank]
        for n, gap in enumerate(gaps):
            kind = gap.get("kind")
            widget: QLineEdit | QComboBox
            if kind in ("dropdown", "word_bank"):
                options = [str(gap.get("answer", "")), *map(str, gap.get("distractors", []))] \
                    if kind == "dropdown" else [str(w) for w in bank]
                random.Random(f"{q.get('id')}:{n}").shuffle(options)  # as a student sees them: not answer first
                widget = QComboBox()
                widget.addItem(QCoreApplication.translate("ClozeTryBox", "(left empty)"), "")
                for option in dict.fromkeys(options):
                    widget.addItem(option, option)
            else:
                widget = QLineEdit()
                widget.setPlaceholderText(QCoreApplication.translate("ClozeTryBox", "A student's answer"))
                widget.returnPressed.connect(self.try_now)
            widget.setAccessibleName(QCoreApplication.translate("ClozeTryBox", "An answer to try for gap {number}").format(number=n + 1))
            self._rows.addRow(buddy(QCoreApplication.translate("ClozeTryBox", "Gap {number}:").format(number=n + 1), widget), widget)
            self.inputs.append(widget)

    def answers(self) -> list[str]:
        return [w.text() if isinstance(w, QLineEdit) else str(w.currentData() or "") for w in self.inputs]

    def try_now(self) -> None:
        tried = self._form.try_answers(self.answers())
        mark = {True: "✓ ", False: "✗ ", None: ""}[tried.correct]
        self.result_label.setText(mark + tried.note)
        self.result_label.setObjectName({True: "triedRight", False: "triedWrong", None: "muted"}[tried.correct])
        self.result_label.style().unpolish(self.result_label)
        self.result_label.style().polish(self.result_label)
        self.result_label.show()


class ClozeForm(QuestionForm):
    qtype = "cloze"
    prompt_hint = QT_TRANSLATE_NOOP("QuestionForm", "What the student is asked to do, for example: Fill the gaps with the "
                                    "words of the text.")

    def build_answer(self, layout: QVBoxLayout) -> None:
        #: the set being edited; the editor sets it (options from the text, trying an answer)
        self.set_lookup: SetLookup | None = None
        self._read_ahead = ""  # the source text whose facts were read ahead
        self.answer_box.setTitle(QCoreApplication.translate("ClozeForm", "Passage and gaps"))
        self.passage_note = plain_label(QCoreApplication.translate("ClozeForm", NO_PASSAGE), "muted")
        layout.addWidget(self.passage_note)
        layout.addWidget(plain_label(QCoreApplication.translate("ClozeForm", WORDS_HINT), "muted"))
        self.words = PassageWords()
        self.words.word_clicked.connect(self._on_word_clicked)
        layout.addWidget(self.words)
        self.preview = plain_label("", "muted", selectable=True)
        self.preview.setAccessibleName(QCoreApplication.translate("ClozeForm", "The passage as the student sees it"))
        layout.addWidget(self.preview)
        self._cards_box = QVBoxLayout()
        self._cards_box.setSpacing(6)
        layout.addLayout(self._cards_box)
        self.cards: list[GapCard] = []
        extras = QFormLayout()
        extras.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.extras_edit = LineField(QCoreApplication.translate("ClozeForm", "Extra words of the word bank"), QCoreApplication.translate("ClozeForm", "Words that fill no gap, separated by semicolons"))
        self.extras_edit.textEdited.connect(lambda t: self._emit(("bank_extras",), list_value(t), True))
        self.extras_label = buddy(QCoreApplication.translate("ClozeForm", "E&xtra bank words:"), self.extras_edit)
        extras.addRow(self.extras_label, self.extras_edit)
        layout.addLayout(extras)
        self.try_box = ClozeTryBox(self)
        layout.addWidget(self.try_box)

    # ------------------------------------------------------------------ showing
    def _quote(self) -> str:
        evidence = self._question.get("evidence")
        return str(evidence.get("quote") or "") if isinstance(evidence, dict) else ""

    def _gaps(self) -> list:
        gaps = self._question.get("gaps", [])
        return list(gaps) if isinstance(gaps, list) else []

    def load_answer(self, q: dict) -> None:
        quote, gaps = self._quote(), self._gaps()
        count = len(passage_words(quote))
        self.passage_note.setText(QCoreApplication.translate("ClozeForm", NO_PASSAGE) if not quote.strip() else
                                  QCoreApplication.translate("ClozeForm", "This passage has {count} words: only the first {shown} are shown to pick from. A shorter passage makes a better exercise.").format(count=count, shown=MAX_WORDS))
        self.passage_note.setVisible(not quote.strip() or count > MAX_WORDS)
        self.words.show_words(quote, gaps)
        self.words.setVisible(bool(quote.strip()))
        self.preview.setText(QCoreApplication.translate("ClozeForm", "The student reads: {shown}").format(shown=_shown(quote, gaps)) if gaps else
                             QCoreApplication.translate("ClozeForm", "No gap yet: pick the words to hide.") if quote.strip() else "")
        # no more cards than a valid cloze has gaps: a hand-edited file with thousands would freeze the form
        dict_gaps = [g for g in gaps if isinstance(g, dict)][:MAX_GAPS]
        if len(dict_gaps) != len(self.cards):
            for card in self.cards:
                self._cards_box.removeWidget(card)
                card.hide()
                card.deleteLater()
            self.cards = [GapCard(n, self) for n in range(len(dict_gaps))]
            for card in self.cards:
                self._cards_box.addWidget(card)
        for card, gap in zip(self.cards, dict_gaps, strict=True):
            card.show_gap(gap)
        has_bank = any(g.get("kind") == "word_bank" for g in dict_gaps)
        extras = q.get("bank_extras", [])
        self.extras_label.setVisible(has_bank or bool(extras))
        self.extras_edit.setVisible(has_bank or bool(extras))
        if split_list(self.extras_edit.text()) != (extras if isinstance(extras, list) else []):
            self.extras_edit.set_value(list_text(extras))
        self.try_box.show_question(q)
        self._read_source_ahead()

    def _read_source_ahead(self) -> None:
        """Read the source's facts off the GUI thread, once per text, for the wrong options suggested later."""
        text = self._source_text()
        if text and text != self._read_ahead:
            self._read_ahead = text
            run_in_background(lambda: read_ahead(text), lambda _result: None, lambda _exc: None)

    def _source_text(self) -> str:
        data = self.set_lookup() if self.set_lookup is not None else {}
        evidence = self._question.get("evidence") if isinstance(self._question.get("evidence"), dict) else {}
        found = source_by_id(data, str((evidence or {}).get("source") or ""))
        return str(found[1].get("text") or "") if found else ""

    def show_problems(self, lines: list[str], warnings: list[str] | tuple[str, ...] = ()) -> None:
        super().show_problems(lines, warnings)
        # a gap's own problems are also shown on its card, where the teacher fixes them
        per_gap: dict[int, list[str]] = {}
        for mark, line in [*(("⚠", line) for line in lines), *(("△", line) for line in warnings)]:
            found = re.match(r"gap (\d+)\b", line)
            if found:
                per_gap.setdefault(int(found.group(1)) - 1, []).append(f"{mark} {line}")
        for n, card in enumerate(self.cards):
            card.show_problems(per_gap.get(n, []))

    def focus_answer(self, rel: tuple) -> bool:
        if rel and rel[0] == "gaps":
            if len(rel) > 1 and isinstance(rel[1], int) and 0 <= rel[1] < len(self.cards):
                self.cards[rel[1]].focus(str(rel[2]) if len(rel) > 2 else "kind")
            else:
                self.words.focus_words()
            return True
        if rel and rel[0] == "bank_extras":
            self.extras_edit.setFocus(Qt.FocusReason.OtherFocusReason)
            return True
        return False

    # ------------------------------------------------------------------ editing
    def _on_word_clicked(self, word: int) -> None:
        self._emit(("gaps",), toggled(self._quote(), self._gaps(), word), False)

    def edit_gap(self, n: int, key: str, value, merge: bool) -> None:
        if 0 <= n < len(self._gaps()):
            self._emit(("gaps", n, key), value, merge)

    def set_gap_kind(self, n: int, kind: str) -> None:
        gaps = self._gaps()
        if not 0 <= n < len(gaps) or not isinstance(gaps[n], dict) or gaps[n].get("kind", "short_answer") == kind:
            return
        suggested = self._suggestions(n) if kind == "dropdown" else None
        changed = [with_kind(g, kind, suggested) if i == n else g for i, g in enumerate(gaps)]
        self._emit(("gaps",), changed, False)

    def suggest_distractors(self, n: int) -> None:
        suggested = self._suggestions(n)
        if suggested:
            self._emit(("gaps", n, "distractors"), suggested, False)
        elif 0 <= n < len(self.cards):
            self.cards[n].show_problems([QCoreApplication.translate("ClozeForm", "ℹ The text gives no other option of the same kind: type the wrong options.")])

    def _suggestions(self, n: int) -> list[str]:
        """Wrong options of the gap's kind from the source text (other dates, people, numbers)."""
        gaps = self._gaps()
        text = self._source_text()
        gap = gaps[n] if 0 <= n < len(gaps) and isinstance(gaps[n], dict) else {}
        start, end = gap.get("start"), gap.get("end")
        if not text or not isinstance(start, int) or not isinstance(end, int):
            return []
        others = {str(g.get("answer")) for i, g in enumerate(gaps) if i != n and isinstance(g, dict)}
        options = gap_distractors(text, self._quote(), start, end)
        return [o for o in options if o not in others][:3]

    def try_answers(self, answers: list[str]) -> TriedAnswer:
        data = self.set_lookup() if self.set_lookup is not None else {}
        return try_cloze_answers(data, self._question, answers)


def _shown(quote: str, gaps: list) -> str:
    out, at = [], 0
    for n, gap in enumerate(g for g in gaps if isinstance(g, dict)):
        s, e = gap.get("start"), gap.get("end")
        if not (isinstance(s, int) and isinstance(e, int)) or s < at:
            continue
        out += [quote[at:s], f"[{n + 1}] _____"]
        at = e
    out.append(quote[at:])
    return "".join(out)

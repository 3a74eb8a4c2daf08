"""The source beside the form: selecting words makes them the question's evidence, the current
evidence is highlighted, "Suggest evidence" ranks the sentences, and the text itself can be edited.

The text is shown as plain text. Quotes are always cut from the set's own string (not from what
Qt reports as selected), so the evidence has the source's exact characters.
"""

from __future__ import annotations

import re

from PySide6.QtCore import QCoreApplication, QEvent, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QColor, QTextCharFormat, QTextCursor, QTextFormat
from PySide6.QtWidgets import (
    QComboBox,
    QGroupBox,
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QSplitter,
    QTextEdit,
    QVBoxLayout,
    QWidget,
)

from question_bank import evidence as ev

from ..theme import colours
from ..widgets.text import plain_label
from .document import answer_summary, evidence_state, plain_tooltip, source_by_id
from .forms.fields import UndoKeysToWindow

_ASTRAL = re.compile("[\U00010000-\U0010ffff]")

#: how many suggested sentences the list shows without scrolling (each whole)
SUGGESTIONS_SHOWN = 3


class TextPositions:
    """Maps offsets of a Python string to positions in the QTextDocument showing it, and back.

    They differ when the text has characters outside the Basic Multilingual Plane (two UTF-16
    units in Qt, one in Python) or carriage returns (shown as one line break)."""

    def __init__(self, text: str):
        self.text = text
        self.display = text
        self._qt_of_py: list[int] | None = None
        self._py_of_qt: list[int] | None = None
        if "\r" in text or (not text.isascii() and _ASTRAL.search(text)):
            self._build()

    def _build(self) -> None:
        text = self.text
        qt_of_py: list[int] = []
        py_of_qt: list[int] = []
        shown: list[str] = []
        qt, i, n = 0, 0, len(text)
        while i < n:
            c = text[i]
            if c == "\r":
                pair = i + 1 < n and text[i + 1] == "\n"
                qt_of_py += [qt, qt] if pair else [qt]
                py_of_qt.append(i)
                shown.append("\n")
                qt += 1
                i += 2 if pair else 1
                continue
            width = 2 if ord(c) > 0xFFFF else 1
            qt_of_py.append(qt)
            py_of_qt += [i] * width
            shown.append(c)
            qt += width
            i += 1
        qt_of_py.append(qt)
        py_of_qt.append(n)
        self._qt_of_py, self._py_of_qt = qt_of_py, py_of_qt
        self.display = "".join(shown)

    def to_qt(self, index: int) -> int:
        index = max(0, min(index, len(self.text)))
        return self._qt_of_py[index] if self._qt_of_py is not None else index

    def to_py(self, position: int) -> int:
        if self._py_of_qt is None:
            return max(0, min(position, len(self.text)))
        return self._py_of_qt[max(0, min(position, len(self._py_of_qt) - 1))]


def snap_to_words(text: str, start: int, end: int) -> tuple[int, int]:
    """``start:end`` of ``text`` widened to whole words and trimmed of the spaces at its ends: a selection
    that cuts into "Candy Bombers" ("andy Bomb") quotes "Candy Bombers". Looks only at the ends (linear)."""
    start, end = max(0, min(start, len(text))), max(0, min(end, len(text)))
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if end <= start:
        return start, start
    while start > 0 and text[start - 1].isalnum() and text[start].isalnum():
        start -= 1
    while end < len(text) and text[end].isalnum() and text[end - 1].isalnum():
        end += 1
    return start, end


class SourceTextView(UndoKeysToWindow, QPlainTextEdit):
    """The source text: read-only and selectable with mouse and keyboard, or editable on request."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setUndoRedoEnabled(False)
        self.setTabChangesFocus(True)
        self.setAccessibleName(QCoreApplication.translate("SourceTextView", "Source text"))
        self.set_editing(False)

    def set_editing(self, editing: bool) -> None:
        self.setReadOnly(not editing)
        flags = (Qt.TextInteractionFlag.TextEditorInteraction if editing else
                 Qt.TextInteractionFlag.TextSelectableByMouse | Qt.TextInteractionFlag.TextSelectableByKeyboard)
        self.setTextInteractionFlags(flags)
        self.setAccessibleDescription(
            QCoreApplication.translate("SourceTextView", "Editing the source text.") if editing else
            QCoreApplication.translate("SourceTextView", "Select words with the mouse or with Shift and the arrow keys: they become the evidence of the question."))


class SourcePane(QWidget):
    passage_selected = Signal(str, str, bool)
    """The teacher selected a passage: (source id, the exact quote, whether this starts a new selection)."""
    evidence_chosen = Signal(str, str)
    """The teacher picked a suggested sentence or the closest passage: (source id, quote)."""
    evidence_clear_requested = Signal()
    """The teacher wants the question to have no evidence."""
    source_text_edited = Signal(str, str)
    """The teacher changed the text of a source: (source id, the whole new text)."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self._data: dict = {}
        self._question: dict | None = None
        self._source_id = ""
        self._positions = TextPositions("")
        self._syncing = False
        self._new_selection = True
        self._closest = ""
        self._state = None

        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        top = QHBoxLayout()
        self.title = plain_label(QCoreApplication.translate("SourcePane", "Source text"), "sectionTitle")
        self.title.setAccessibleName(QCoreApplication.translate("SourcePane", "Title of the source shown"))
        top.addWidget(self.title, 1)
        self.source_picker = QComboBox()
        self.source_picker.setAccessibleName(QCoreApplication.translate("SourcePane", "Which source text to show"))
        self.source_picker.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.source_picker.setMinimumContentsLength(10)
        self.source_picker.activated.connect(self._on_source_picker_activated)
        top.addWidget(self.source_picker)
        self.edit_button = QPushButton(QCoreApplication.translate("SourcePane", "Edit te&xt"))
        self.edit_button.setCheckable(True)
        self.edit_button.setAccessibleName(QCoreApplication.translate("SourcePane", "Edit the source text"))
        self.edit_button.toggled.connect(self._on_edit_button_toggled)
        top.addWidget(self.edit_button)
        outer.addLayout(top)
        self.help = plain_label(QCoreApplication.translate("SourcePane", "Select words in the text to make them the evidence of the question."), "muted")
        outer.addWidget(self.help)

        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.setChildrenCollapsible(False)
        self.text_view = SourceTextView()
        self.text_view.selectionChanged.connect(self._on_text_view_selection_changed)
        self.text_view.textChanged.connect(self._on_text_view_text_changed)
        self.text_view.viewport().installEventFilter(self)
        self.text_view.installEventFilter(self)
        splitter.addWidget(self.text_view)

        self.evidence_box = QGroupBox(QCoreApplication.translate("SourcePane", "Evidence of this question"))
        box = QVBoxLayout(self.evidence_box)
        self.status_label = plain_label("", wrap=True)
        self.status_label.setAccessibleName(QCoreApplication.translate("SourcePane", "Evidence status"))
        box.addWidget(self.status_label)
        self.quote_label = plain_label("", selectable=True)
        self.quote_label.setAccessibleName(QCoreApplication.translate("SourcePane", "The evidence quote"))
        # a long quote scrolls in a few lines of its own: shown whole, it pushed the text up to a strip
        self.quote_area = QScrollArea()
        self.quote_area.setWidgetResizable(True)
        self.quote_area.setFrameShape(QScrollArea.Shape.NoFrame)
        self.quote_area.setWidget(self.quote_label)
        self.quote_area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self._fit_quote_area()
        box.addWidget(self.quote_area)
        self.closest_label = plain_label("", "banner", selectable=True)
        self.closest_label.setAccessibleName(QCoreApplication.translate("SourcePane", "The closest passage of the source now"))
        box.addWidget(self.closest_label)
        buttons = QHBoxLayout()
        self.use_passage_button = QPushButton(QCoreApplication.translate("SourcePane", "&Use this passage"))
        self.use_passage_button.setAccessibleName(QCoreApplication.translate("SourcePane", "Use the closest passage as the evidence"))
        self.use_passage_button.clicked.connect(self._on_use_passage_clicked)
        buttons.addWidget(self.use_passage_button)
        self.suggest_button = QPushButton(QCoreApplication.translate("SourcePane", "Su&ggest evidence"))
        self.suggest_button.setAccessibleName(QCoreApplication.translate("SourcePane", "Suggest evidence: rank the sentences of the source for this question"))
        self.suggest_button.clicked.connect(self.suggest)
        buttons.addWidget(self.suggest_button)
        self.clear_button = QPushButton(QCoreApplication.translate("SourcePane", "C&lear evidence"))
        self.clear_button.setAccessibleName(QCoreApplication.translate("SourcePane", "Clear the evidence of this question"))
        self.clear_button.clicked.connect(self.evidence_clear_requested.emit)
        buttons.addWidget(self.clear_button)
        buttons.addStretch(1)
        box.addLayout(buttons)
        self.suggestions = QListWidget()
        self.suggestions.setAccessibleName(QCoreApplication.translate("SourcePane", "Suggested sentences, best first"))
        self.suggestions.setWordWrap(True)
        self.suggestions.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.suggestions.setResizeMode(QListWidget.ResizeMode.Adjust)
        self.suggestions.itemActivated.connect(lambda _item: self._on_use_suggestion_clicked())
        self.suggestions.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        # whole entries only: the list is as high as its first entries and scrolls an entry at a time
        self.suggestions.setVerticalScrollMode(QListWidget.ScrollMode.ScrollPerItem)
        self.suggestions.installEventFilter(self)
        box.addWidget(self.suggestions)
        self.use_suggestion_button = QPushButton(QCoreApplication.translate("SourcePane", "Use the chosen &sentence"))
        self.use_suggestion_button.setAccessibleName(QCoreApplication.translate("SourcePane", "Use the chosen suggested sentence as the evidence"))
        self.use_suggestion_button.clicked.connect(self._on_use_suggestion_clicked)
        box.addWidget(self.use_suggestion_button)
        box.addStretch(1)
        self._show_suggestions(False)
        splitter.addWidget(self.evidence_box)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 1)
        outer.addWidget(splitter, 1)

    # ------------------------------------------------------------------ showing
    @property
    def source_id(self) -> str:
        return self._source_id

    @property
    def editing(self) -> bool:
        return self.edit_button.isChecked()

    def show_document(self, data: dict) -> None:
        """Show the set's sources (the one on screen stays, unless it is gone)."""
        self._data = data
        sources = [s for s in data.get("sources", []) if isinstance(s, dict)]
        entries = [(str(s.get("id", "")), str(s.get("title") or s.get("id") or QCoreApplication.translate("SourcePane", "Source"))) for s in sources]
        current = [(self.source_picker.itemData(i), self.source_picker.itemText(i))
                   for i in range(self.source_picker.count())]
        if current != entries:
            self.source_picker.blockSignals(True)
            self.source_picker.clear()
            for sid, title in entries:
                self.source_picker.addItem(title, sid)
            self.source_picker.blockSignals(False)
        self.source_picker.setVisible(len(entries) > 1)
        if self._source_id not in [sid for sid, _ in entries]:
            self._source_id = entries[0][0] if entries else ""
        self._show_source_text()

    def _show_source_text(self) -> None:
        found = source_by_id(self._data, self._source_id)
        text = str(found[1].get("text") or "") if found else ""
        index = self.source_picker.findData(self._source_id)
        if index >= 0 and index != self.source_picker.currentIndex():
            self.source_picker.setCurrentIndex(index)
        title = QCoreApplication.translate("SourcePane", "Source: {title}").format(title=found[1].get("title") or self._source_id) if found else QCoreApplication.translate("SourcePane", "Source text")
        if self.title.text() != title:
            self.title.setText(title)
        if text != self._positions.text:
            self._positions = TextPositions(text)
            if self.text_view.toPlainText() != self._positions.display:
                self._syncing = True
                self.text_view.setPlainText(self._positions.display)
                self._syncing = False
        self.edit_button.setEnabled(found is not None)

    def show_question(self, question: dict | None, jump: bool = False) -> None:
        """Show the evidence of ``question`` (None: no question selected); ``jump`` scrolls to it."""
        if question is not self._question:
            self.clear_selection()
        self._question = question
        if question is None:
            self._state = None
            self.evidence_box.setTitle(QCoreApplication.translate("SourcePane", "Evidence"))
            self.status_label.setText(QCoreApplication.translate("SourcePane", "Select a question to see or set its evidence."))
            for w in (self.quote_area, self.closest_label, self.use_passage_button):
                w.hide()
            self.suggest_button.setEnabled(False)
            self.clear_button.setEnabled(False)
            self._show_suggestions(False)
            self._highlight(None)
            return
        state = evidence_state(self._data, question)
        self._state = state
        if jump:
            self._show_suggestions(False)
            if state.source_id and source_by_id(self._data, state.source_id) and state.source_id != self._source_id:
                self._source_id = state.source_id
                self._show_source_text()
        self.evidence_box.setTitle(QCoreApplication.translate("SourcePane", "Evidence of this question"))
        self.suggest_button.setEnabled(True)
        self.clear_button.setEnabled(not state.missing)
        self.quote_area.setVisible(not state.missing)
        self.quote_label.setText(f"“{state.quote}”")
        self._closest = state.closest if state.broken else ""
        self.closest_label.setVisible(bool(self._closest))
        self.use_passage_button.setVisible(bool(self._closest))
        self.closest_label.setText(QCoreApplication.translate("SourcePane", "The closest passage of the source now: “{closest}”").format(closest=self._closest))
        found = source_by_id(self._data, state.source_id)
        if state.missing:
            self.status_label.setText(QCoreApplication.translate("SourcePane", "⚠ No evidence yet. Select the passage that proves the answer, "
                                      "or use “Suggest evidence”."))
        elif found is None:
            self.status_label.setText(QCoreApplication.translate("SourcePane", "⚠ The evidence cites the source “{source_id}”, which this set does not have. Select a passage of one of the set's sources.").format(source_id=state.source_id))
        elif state.broken:
            self.status_label.setText(QCoreApplication.translate("SourcePane", "⚠ This quote is no longer in the source (its text was changed). Use the "
                                      "closest passage, or select the right one."))
        else:
            # Neither missing nor broken: ``broken`` is exactly "has a quote but no span", so the span is set.
            assert state.span is not None
            line = ev.line_number(str(found[1].get("text") or ""), state.span[0])
            title = str(found[1].get("title") or state.source_id)
            self.status_label.setText(QCoreApplication.translate("SourcePane", "✓ Found in “{title}”, line {line} (highlighted).").format(title=title, line=line))
        self._highlight(state if state.source_id == self._source_id else None, scroll=jump)

    def _highlight(self, state, scroll: bool = False) -> None:
        if state is None or state.span is None:
            self.text_view.setExtraSelections([])
            return
        c = colours()
        selection = QTextEdit.ExtraSelection()
        fmt = QTextCharFormat()
        fmt.setBackground(QColor(c.highlight_bg))
        fmt.setForeground(QColor(c.highlight_fg))
        fmt.setProperty(QTextFormat.Property.FontUnderline, True)
        selection.format = fmt
        cursor = QTextCursor(self.text_view.document())
        cursor.setPosition(self._positions.to_qt(state.span[0]))
        cursor.setPosition(self._positions.to_qt(state.span[1]), QTextCursor.MoveMode.KeepAnchor)
        selection.cursor = cursor
        self.text_view.setExtraSelections([selection])
        if scroll:
            self._syncing = True
            caret = QTextCursor(self.text_view.document())
            caret.setPosition(self._positions.to_qt(state.span[1]))
            self.text_view.setTextCursor(caret)
            self.text_view.ensureCursorVisible()
            caret.setPosition(self._positions.to_qt(state.span[0]))
            self.text_view.setTextCursor(caret)
            self.text_view.ensureCursorVisible()
            self._syncing = False

    # ------------------------------------------------------------------ selecting evidence
    def select_range(self, start: int, end: int) -> None:
        """Select characters ``start:end`` of the shown source (as a teacher would with Shift+arrows): the
        old selection goes first, as it does when the teacher clicks to start a new one."""
        self.clear_selection()
        cursor = QTextCursor(self.text_view.document())
        cursor.setPosition(self._positions.to_qt(start))
        cursor.setPosition(self._positions.to_qt(end), QTextCursor.MoveMode.KeepAnchor)
        self._new_selection = True
        self.text_view.setTextCursor(cursor)

    def eventFilter(self, watched, event) -> bool:
        if event.type() == QEvent.Type.Resize and watched is getattr(self, "suggestions", None):
            if event.oldSize().width() != event.size().width():  # the entries re-wrap: fit again
                self._fit_suggestions()
        elif event.type() == QEvent.Type.MouseButtonPress:
            self._new_selection = True
        return super().eventFilter(watched, event)

    def _on_text_view_selection_changed(self) -> None:
        if self._syncing or self.editing or self._question is None:
            return
        cursor = self.text_view.textCursor()
        if not cursor.hasSelection():
            self._new_selection = True
            return
        quote = self.selected_quote()
        if not quote:
            return
        new = self._new_selection
        self._new_selection = False
        self.passage_selected.emit(self._source_id, quote, new)

    def selected_quote(self) -> str:
        """The words selected in the source now, widened to whole words ("" when nothing is selected)."""
        cursor = self.text_view.textCursor()
        if not cursor.hasSelection():
            return ""
        text = self._positions.text
        start, end = snap_to_words(text, self._positions.to_py(cursor.selectionStart()),
                                   self._positions.to_py(cursor.selectionEnd()))
        return text[start:end]

    def clear_selection(self) -> None:
        """Drop the selection (another question is shown: its words were chosen for the one before)."""
        cursor = self.text_view.textCursor()
        if cursor.hasSelection():
            self._syncing = True
            cursor.clearSelection()
            self.text_view.setTextCursor(cursor)
            self._syncing = False
        self._new_selection = True

    # ------------------------------------------------------------------ suggestions and fixes
    def suggest(self) -> None:
        """Rank the sentences of the question's source (or the shown one) for the question."""
        if self._question is None:
            return
        self.suggestions.clear()
        summary = answer_summary(self._question)
        if not summary.strip():
            self._show_suggestions(True, QCoreApplication.translate("SourcePane", "Write the question and its answer first: the suggestions look for "
                                         "their words in the text."))
            return
        found = source_by_id(self._data, self._source_id)
        text = str(found[1].get("text") or "") if found else ""
        ranked = ev.rank_sentences(text, summary, limit=5) if text.strip() else []
        for passage, score in ranked:
            quote = text[passage.start:passage.end]
            line = ev.line_number(text, passage.start)
            item = QListWidgetItem(QCoreApplication.translate("SourcePane", "{score:.0f}% match · line {line}: {quote}").format(score=score, line=line, quote=quote))
            item.setData(Qt.ItemDataRole.UserRole, quote)
            item.setToolTip(plain_tooltip(quote))
            self.suggestions.addItem(item)
        if ranked:
            self.suggestions.setCurrentRow(0)
            self._show_suggestions(True, "")
            self._fit_suggestions()
            QTimer.singleShot(0, self._fit_suggestions)  # again once the list has its width on screen
        else:
            self._show_suggestions(True, QCoreApplication.translate("SourcePane", "The source has no sentences to suggest."))

    def _fit_quote_area(self) -> None:
        lines = self.quote_label.fontMetrics().lineSpacing()
        self.quote_area.setMaximumHeight(lines * 5 + 8)
        self.text_view.setMinimumHeight(lines * 5)  # the text is never squeezed to a strip

    def changeEvent(self, event) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange and hasattr(self, "quote_area"):
            self._fit_quote_area()
            self._fit_suggestions()

    def _fit_suggestions(self, rows: int = SUGGESTIONS_SHOWN) -> None:
        """Make the list exactly as high as its first ``rows`` entries (never one and a half)."""
        view = self.suggestions
        count = min(rows, view.count())
        if count == 0 or not view.isVisible():
            return
        # each entry as high as its words wrapped at the list's width now (Qt's own guess for a wrapped
        # entry, made before the list has its width, cut entries in half)
        width = max(view.viewport().width() - 8, 40)
        metrics = view.fontMetrics()
        heights = []
        for i in range(view.count()):
            item = view.item(i)
            needed = metrics.boundingRect(0, 0, width, 100_000, Qt.TextFlag.TextWordWrap, item.text()).height() + 8
            if item.sizeHint().height() != needed:
                item.setSizeHint(QSize(width, needed))
            heights.append(needed)
        view.doItemsLayout()
        height = sum(heights[:count]) + 2 * view.frameWidth()
        if view.minimumHeight() != height or view.maximumHeight() != height:
            view.setFixedHeight(height)

    def _show_suggestions(self, shown: bool, message: str = "") -> None:
        self.suggestions.setVisible(shown and self.suggestions.count() > 0)
        self.use_suggestion_button.setVisible(shown and self.suggestions.count() > 0)
        if shown and message:
            self.status_label.setText(message)

    def _on_use_suggestion_clicked(self) -> None:
        item = self.suggestions.currentItem()
        if item is None:
            return
        self.evidence_chosen.emit(self._source_id, item.data(Qt.ItemDataRole.UserRole))
        self._show_suggestions(False)

    def _on_use_passage_clicked(self) -> None:
        if self._closest and self._state is not None:
            self.evidence_chosen.emit(self._state.source_id, self._closest)

    # ------------------------------------------------------------------ editing the text
    def _on_source_picker_activated(self, index: int) -> None:
        sid = self.source_picker.itemData(index)
        if sid and sid != self._source_id:
            self._source_id = sid
            self._show_source_text()
            self.show_question(self._question)

    def _on_edit_button_toggled(self, editing: bool) -> None:
        self.text_view.set_editing(editing)
        self.edit_button.setText(QCoreApplication.translate("SourcePane", "Stop &editing") if editing else QCoreApplication.translate("SourcePane", "Edit te&xt"))
        self.help.setText(QCoreApplication.translate("SourcePane", "Editing the text: questions whose quote is no longer in it are marked ⚠.") if editing else
                          QCoreApplication.translate("SourcePane", "Select words in the text to make them the evidence of the question."))
        self.text_view.setFocus()

    def _on_text_view_text_changed(self) -> None:
        if self._syncing or not self.editing:
            return
        text = self.text_view.toPlainText()
        self._positions = TextPositions(text)
        self.source_text_edited.emit(self._source_id, text)

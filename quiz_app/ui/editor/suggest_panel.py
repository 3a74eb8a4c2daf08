"""“Suggest questions”: drafts from the set's source text, beside that text, to accept, edit or discard.

The drafts themselves, which of them are shown and the words about them are in ``suggestions.py``
(no Qt); this is their window. The panel never changes the set: it asks the editor to add questions
(``add_requested``, one undo step) or to add one and open its form (``edit_requested``).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QRect, QSize, Qt, QTimer, Signal
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetrics,
    QKeySequence,
    QPalette,
    QShortcut,
    QTextCharFormat,
    QTextCursor,
    QTextFormat,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QComboBox,
    QDialog,
    QGridLayout,
    QHBoxLayout,
    QListView,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QProgressBar,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTabWidget,
    QTextEdit,
    QVBoxLayout,
    QWidget,
)
from shiboken6 import isValid

from question_bank.models import TYPE_LABELS

from ..theme import colours
from ..widgets.text import plain_label
from ..workers import run_in_background
from .document import plain_tooltip, source_by_id
from .source_pane import TextPositions
from .suggestions import (
    ORDERS,
    Drafts,
    Suggestion,
    describe,
    draft_source,
    draft_tip,
    draft_topics,
    drafts_notices,
    drafts_summary,
    keys_in_set,
    open_drafts,
    ready_to_add,
    rebase,
    shown_drafts,
    stale_notice,
    topic_label,
)

# ====================================================================== the panel


class DraftDelegate(QStyledItemDelegate):
    """A draft's row: its first line (type, usefulness, paragraph) in bold, the rest below, wrapped to the
    list's width. Its height fits every line (the default hint, with the style sheet's padding, can cut
    off the last line)."""

    PAD_H, PAD_V, GAP = 8, 6, 3
    FLAGS = int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop) | int(Qt.TextFlag.TextWordWrap)

    @staticmethod
    def _parts(index) -> tuple[str, str]:
        head, _, body = str(index.data() or "").partition("\n")
        return head, body

    @staticmethod
    def _fonts(option) -> tuple[QFont, QFont]:
        bold = QFont(option.font)
        bold.setBold(True)
        return bold, QFont(option.font)

    def _text_width(self, option) -> int:
        view = self.parent()
        width = view.viewport().width() - 2 * view.spacing() if isinstance(view, QListWidget) else option.rect.width()
        return max(80, width - 2 * self.PAD_H)

    def _height(self, fonts: tuple[QFont, QFont], width: int, head: str, body: str) -> tuple[int, int]:
        box = QRect(0, 0, width, 1_000_000)
        head_h = QFontMetrics(fonts[0]).boundingRect(box, self.FLAGS, head).height()
        body_h = QFontMetrics(fonts[1]).boundingRect(box, self.FLAGS, body).height() if body else 0
        return head_h, body_h

    def sizeHint(self, option, index) -> QSize:
        head, body = self._parts(index)
        width = self._text_width(option)
        head_h, body_h = self._height(self._fonts(option), width, head, body)
        return QSize(width + 2 * self.PAD_H, head_h + (self.GAP + body_h if body else 0) + 2 * self.PAD_V)

    def paint(self, painter, option, index) -> None:
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        opt.text = ""
        style = opt.widget.style() if opt.widget is not None else QApplication.style()
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, opt.widget)
        head, body = self._parts(index)
        fonts = self._fonts(option)
        rect = option.rect.adjusted(self.PAD_H, self.PAD_V, -self.PAD_H, -self.PAD_V)
        head_h, _ = self._height(fonts, rect.width(), head, body)
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        painter.save()
        painter.setPen(option.palette.color(QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text))
        painter.setFont(fonts[0])
        painter.drawText(rect, self.FLAGS, head)
        if body:
            painter.setFont(fonts[1])
            painter.drawText(rect.adjusted(0, head_h + self.GAP, 0, 0), self.FLAGS, body)
        painter.restore()


class SuggestPanel(QDialog):
    """Drafts for one source of the set (left) beside that source (right), its evidence highlighted."""

    add_requested = Signal(list)
    """Add these questions (dicts in the file's shape, ids free in the set) as one undo step."""
    edit_requested = Signal(dict)
    """Add this question (ids free in the set) and open its form so the teacher can change it."""

    def __init__(self, data: dict, source_id: str = "", parent=None):
        super().__init__(parent)
        self._data = data
        self._source_id = source_id
        self._drafts: Drafts | None = None
        self._discarded: set[str] = set()
        self._job = 0
        self.busy = False
        self._positions = TextPositions("")
        self._shown_ids: list[str] = []
        self.setWindowTitle(QCoreApplication.translate("SuggestPanel", "Suggest questions — {title}").format(
            title=data.get("title") or QCoreApplication.translate("SuggestPanel", "Untitled")))
        self.setModal(False)
        self._build_ui()
        self._fit_to_parent()
        self._show_source_choices()

    # ------------------------------------------------------------------ building
    def _build_ui(self) -> None:
        layout = QVBoxLayout(self)
        self.views = QStackedWidget()
        layout.addWidget(self.views, 1)
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.setChildrenCollapsible(False)
        self.views.addWidget(self.splitter)
        # On a small screen or with very large text: one pane at a time.
        self.compact = QTabWidget()
        self.compact.setDocumentMode(True)
        self.compact.setAccessibleName(QCoreApplication.translate("SuggestPanel", "The drafts and the source text"))
        self.views.addWidget(self.compact)
        self.layout_mode = "beside"

        drafts = self.drafts_pane = QWidget()
        left = QVBoxLayout(drafts)
        left.setContentsMargins(0, 0, 0, 0)
        self.heading = plain_label(QCoreApplication.translate("SuggestPanel", "Suggested questions"), "sectionTitle")
        left.addWidget(self.heading)
        self.help = plain_label(QCoreApplication.translate("SuggestPanel", "Each draft asks about one sentence of the text, and its answer is words of that "
                                "sentence. Read each one before you keep it."), "muted")
        left.addWidget(self.help)
        filters = QGridLayout()
        filters.setContentsMargins(0, 0, 0, 0)
        self.type_filter = QComboBox()
        self.type_filter.setAccessibleName(QCoreApplication.translate("SuggestPanel", "Show drafts of this type"))
        self.type_filter.addItem(QCoreApplication.translate("SuggestPanel", "All types"), "")
        for qtype, label in TYPE_LABELS.items():
            self.type_filter.addItem(label, qtype)
        self.type_filter.currentIndexChanged.connect(lambda _i: self._show_drafts())
        self.topic_filter = QComboBox()
        self.topic_filter.setAccessibleName(QCoreApplication.translate("SuggestPanel", "Show drafts on this topic"))
        self.topic_filter.addItem(QCoreApplication.translate("SuggestPanel", "All topics"), "")
        self.topic_filter.currentIndexChanged.connect(lambda _i: self._show_drafts())
        self.order_combo = QComboBox()
        self.order_combo.setAccessibleName(QCoreApplication.translate("SuggestPanel", "Order of the drafts"))
        for key, label in ORDERS:
            self.order_combo.addItem(QCoreApplication.translate("suggestions", label), key)
        self.order_combo.currentIndexChanged.connect(lambda _i: self._show_drafts())
        for combo in (self.type_filter, self.topic_filter, self.order_combo):
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            combo.setMinimumContentsLength(8)
        self.filters = filters
        self._filter_widgets = [self.type_filter, self.topic_filter, self.order_combo]
        self._place_filters(3)
        left.addLayout(filters)

        self.busy_row = QWidget()
        busy = QHBoxLayout(self.busy_row)
        busy.setContentsMargins(0, 0, 0, 0)
        self.busy_label = plain_label(QCoreApplication.translate("SuggestPanel", "Drafting questions from the text…"), wrap=False)
        busy.addWidget(self.busy_label)
        self.progress = QProgressBar()
        self.progress.setRange(0, 0)  # busy, with no end known
        self.progress.setTextVisible(False)
        self.progress.setAccessibleName(QCoreApplication.translate("SuggestPanel", "Drafting questions"))
        busy.addWidget(self.progress, 1)
        self.busy_row.hide()
        left.addWidget(self.busy_row)
        self.summary_label = plain_label("")
        self.summary_label.setAccessibleName(QCoreApplication.translate("SuggestPanel", "How many drafts there are"))
        left.addWidget(self.summary_label)
        self.notice_label = plain_label("", "banner")
        self.notice_label.setAccessibleName(QCoreApplication.translate("SuggestPanel", "Drafts left out"))
        self.notice_label.hide()
        left.addWidget(self.notice_label)

        self.list = QListWidget()
        self.list.setAccessibleName(QCoreApplication.translate("SuggestPanel", "Drafts: type, usefulness, question, answer and wrong choices"))
        self.list.setWordWrap(True)
        self.list.setAlternatingRowColors(True)
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.list.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.list.setResizeMode(QListView.ResizeMode.Adjust)
        self.list.setTextElideMode(Qt.TextElideMode.ElideNone)
        self.list.setSpacing(2)
        self.list.currentRowChanged.connect(self._on_list_current_row_changed)
        self.list.setItemDelegate(DraftDelegate(self.list))
        self.list.setMinimumHeight(self.fontMetrics().lineSpacing() * 4)
        left.addWidget(self.list, 1)
        self.quote_label = plain_label("", "muted", selectable=True)
        self.quote_label.setAccessibleName(QCoreApplication.translate("SuggestPanel", "The chosen draft's evidence"))
        self.quote_label.hide()
        # at most two lines, whatever its width: the whole sentence is on the Source text tab
        self.quote_label.setFixedHeight(self.fontMetrics().lineSpacing() * 2 + 4)
        left.addWidget(self.quote_label)
        discard_key = QShortcut(QKeySequence(Qt.Key.Key_Delete), self.list, context=Qt.ShortcutContext.WidgetShortcut)
        discard_key.setAutoRepeat(False)
        discard_key.activated.connect(self._on_discard_clicked)

        buttons = QGridLayout()
        self.accept_button = QPushButton(QCoreApplication.translate("SuggestPanel", "&Accept"))
        self.accept_button.setAccessibleName(QCoreApplication.translate("SuggestPanel", "Accept the chosen draft: add it to the set"))
        self.accept_button.setObjectName("primary")
        self.accept_button.clicked.connect(self._on_accept_clicked)
        self.edit_button = QPushButton(QCoreApplication.translate("SuggestPanel", "&Edit…"))
        self.edit_button.setAccessibleName(QCoreApplication.translate("SuggestPanel", "Add the chosen draft to the set and open its form to change it"))
        self.edit_button.clicked.connect(self._on_edit_clicked)
        self.discard_button = QPushButton(QCoreApplication.translate("SuggestPanel", "&Discard"))
        self.discard_button.setAccessibleName(QCoreApplication.translate("SuggestPanel", "Discard the chosen draft"))
        self.discard_button.clicked.connect(self._on_discard_clicked)
        self.accept_all_button = QPushButton(QCoreApplication.translate("SuggestPanel", "Accept all &shown"))
        self.accept_all_button.setAccessibleName(QCoreApplication.translate("SuggestPanel", "Accept every draft in the list as one step"))
        self.accept_all_button.clicked.connect(self._on_accept_all_clicked)
        for column, button in enumerate((self.accept_button, self.edit_button, self.discard_button)):
            buttons.addWidget(button, 0, column)
        left.addLayout(buttons)
        self.splitter.addWidget(drafts)

        source = self.source_pane = QWidget()
        right = QVBoxLayout(source)
        right.setContentsMargins(0, 0, 0, 0)
        top = QHBoxLayout()
        self.source_title = plain_label(QCoreApplication.translate("SuggestPanel", "Source text"), "sectionTitle")
        top.addWidget(self.source_title, 1)
        self.source_picker = QComboBox()
        self.source_picker.setAccessibleName(QCoreApplication.translate("SuggestPanel", "Which source text to draft from"))
        self.source_picker.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.source_picker.setMinimumContentsLength(10)
        self.source_picker.activated.connect(self._on_source_picker_activated)
        top.addWidget(self.source_picker)
        right.addLayout(top)
        self.evidence_label = plain_label(QCoreApplication.translate("SuggestPanel", "Choose a draft: its sentence is highlighted here."), "muted")
        self.evidence_label.setAccessibleName(QCoreApplication.translate("SuggestPanel", "Where the chosen draft's evidence is"))
        right.addWidget(self.evidence_label)
        self.text_view = QPlainTextEdit()
        self.text_view.setReadOnly(True)
        self.text_view.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse
                                               | Qt.TextInteractionFlag.TextSelectableByKeyboard)
        self.text_view.setAccessibleName(QCoreApplication.translate("SuggestPanel", "Source text; the chosen draft's evidence is highlighted"))
        self.text_view.setTabChangesFocus(True)
        right.addWidget(self.text_view, 1)
        self.splitter.addWidget(source)
        self.splitter.setStretchFactor(0, 1)
        self.splitter.setStretchFactor(1, 1)

        bottom = QHBoxLayout()
        self.redraft_button = QPushButton(QCoreApplication.translate("SuggestPanel", "Draft a&gain"))
        self.redraft_button.setAccessibleName(QCoreApplication.translate("SuggestPanel", "Draft again from the source as it is now; discarded drafts return"))
        self.redraft_button.clicked.connect(self.draft)
        bottom.addWidget(self.accept_all_button)
        bottom.addWidget(self.redraft_button)
        bottom.addStretch(1)
        self.close_button = QPushButton(QCoreApplication.translate("SuggestPanel", "&Close"))
        self.close_button.clicked.connect(self.close)
        bottom.addWidget(self.close_button)
        layout.addLayout(bottom)
        self._update_buttons()

    def _place_filters(self, columns: int) -> None:
        for w in self._filter_widgets:
            self.filters.removeWidget(w)
        for i, w in enumerate(self._filter_widgets):
            self.filters.addWidget(w, i // columns, i % columns)

    def _fit_to_parent(self) -> None:
        parent = self.parentWidget()
        screen = (parent.screen() if parent is not None else None) or QApplication.primaryScreen()
        available = screen.availableGeometry() if screen else None
        width, height = 1180, 760
        if available is not None:
            width, height = min(width, available.width()), min(height, available.height())
        width, height = max(width, 320), max(height, 240)
        self._arrange(width, height)  # first, so that the minimum size is that of the arrangement that fits
        self.resize(width, height)

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        QTimer.singleShot(0, self._arrange)

    def _arrange(self, width: int | None = None, height: int | None = None) -> None:
        """The drafts beside the source when both get about 40 characters a line and the window is tall
        enough; else one pane at a time (tabs), with the evidence sentence shown under the drafts."""
        if not isValid(self):
            return
        width, height = width or self.width(), height or self.height()
        char = self.fontMetrics().averageCharWidth()
        lines = self.fontMetrics().lineSpacing()
        mode = "beside" if width >= 84 * char and height >= 26 * lines else "tabs"
        self._place_filters(3 if (width / 2 if mode == "beside" else width) >= 66 * char else 1)
        if mode == self.layout_mode:
            return
        self.layout_mode = mode
        self.help.setVisible(mode == "beside")
        self.heading.setVisible(mode == "beside")
        if mode == "tabs":
            self.compact.addTab(self.drafts_pane, QCoreApplication.translate("SuggestPanel", "Draf&ts"))
            self.compact.addTab(self.source_pane, QCoreApplication.translate("SuggestPanel", "Source te&xt"))
            self.views.setCurrentWidget(self.compact)
        else:
            self.splitter.insertWidget(0, self.drafts_pane)
            self.splitter.insertWidget(1, self.source_pane)
            self.drafts_pane.show()  # hidden by the tabs they were in
            self.source_pane.show()
            self.views.setCurrentWidget(self.splitter)
        self._show_evidence(self.current())

    # ------------------------------------------------------------------ drafting
    @property
    def source_id(self) -> str:
        return self._source_id

    def _source(self) -> tuple[str, str]:
        """The (title, text) of the source drafted from."""
        found = source_by_id(self._data, self._source_id)
        if found is None:
            return "", ""
        return str(found[1].get("title") or self._source_id), str(found[1].get("text") or "")

    def draft_if_needed(self) -> None:
        """Draft, unless the drafts shown are for the source as it is now."""
        self._show_source_choices()
        drafts = self._drafts
        if self.busy:
            return
        if drafts is None or drafts.source_id != self._source_id or drafts.text != self._source()[1]:
            self.draft()
        else:
            self.sync()

    def draft(self) -> None:
        """Draft questions from the source off the GUI thread; discarded drafts come back."""
        self._show_source_choices()
        title, text = self._source()
        self._discarded.clear()
        if not text.strip():
            self._drafts = Drafts(self._source_id, text)
            self._show_source_text()
            self._show_drafts()
            self.summary_label.setText(QCoreApplication.translate("SuggestPanel", "This source has no text to draft questions from. Add its text first "
                                       "(Sources, or “Edit text” beside the form)."))
            return
        self._job += 1
        job = self._job
        source_id, set_title = self._source_id, str(self._data.get("title") or "")
        self._set_busy(True)
        run_in_background(lambda: draft_source(text, source_id, set_title, title),
                          lambda drafts: self._on_drafting_done(job, drafts),
                          lambda exc: self._on_drafting_failed(job, exc))

    def _on_drafting_done(self, job: int, drafts: Drafts) -> None:
        if not isValid(self) or job != self._job:
            return
        self._set_busy(False)
        self._drafts = drafts
        topics = draft_topics(drafts)
        current = self.topic_filter.currentData()
        self.topic_filter.blockSignals(True)
        self.topic_filter.clear()
        self.topic_filter.addItem(QCoreApplication.translate("SuggestPanel", "All topics"), "")
        for t in topics:
            self.topic_filter.addItem(topic_label(t), t)
        self.topic_filter.setCurrentIndex(max(0, self.topic_filter.findData(current)))
        self.topic_filter.blockSignals(False)
        self._show_source_text()
        self._show_drafts()
        if self.list.count():
            self.list.setFocus()

    def _on_drafting_failed(self, job: int, exc: Exception) -> None:
        if not isValid(self) or job != self._job:
            return
        self._set_busy(False)
        self._drafts = None
        self._show_drafts()
        self.summary_label.setText(QCoreApplication.translate("SuggestPanel", "No questions could be drafted from this text: {exc}").format(exc=exc))

    def _set_busy(self, busy: bool) -> None:
        self.busy = busy
        self.busy_row.setVisible(busy)
        if busy:
            self.list.clear()
            self._shown_ids = []
            self.summary_label.setText("")
            self.notice_label.hide()
        for w in (self.list, self.type_filter, self.topic_filter, self.order_combo, self.redraft_button,
                  self.source_picker):
            w.setEnabled(not busy)
        self._update_buttons()

    # ------------------------------------------------------------------ showing
    def sync(self) -> None:
        """Show the drafts again after the set changed (an accept, an undo, an edited source)."""
        if not isValid(self) or self.busy:
            return
        self.setWindowTitle(QCoreApplication.translate("SuggestPanel", "Suggest questions — {title}").format(
            title=self._data.get("title") or QCoreApplication.translate("SuggestPanel", "Untitled")))
        if source_by_id(self._data, self._source_id) is None:
            self._show_source_choices()
            self.draft()
            return
        self._show_source_text()
        self._show_drafts()

    def _show_source_choices(self) -> None:
        sources = [s for s in self._data.get("sources", []) if isinstance(s, dict)]
        ids = [str(s.get("id", "")) for s in sources]
        if self._source_id not in ids:
            self._source_id = ids[0] if ids else ""
        self.source_picker.blockSignals(True)
        self.source_picker.clear()
        for s in sources:
            self.source_picker.addItem(str(s.get("title") or s.get("id") or QCoreApplication.translate("SuggestPanel", "Source")), str(s.get("id", "")))
        self.source_picker.setCurrentIndex(max(0, self.source_picker.findData(self._source_id)))
        self.source_picker.blockSignals(False)
        self.source_picker.setVisible(len(sources) > 1)

    def _show_source_text(self) -> None:
        title, text = self._source()
        self.source_title.setText(QCoreApplication.translate("SuggestPanel", "Source: {title}").format(title=title) if title else QCoreApplication.translate("SuggestPanel", "Source text"))
        if text != self._positions.text:
            self._positions = TextPositions(text)
            self.text_view.setPlainText(self._positions.display)

    def shown(self) -> list[Suggestion]:
        """The drafts in the list, in its order."""
        if self._drafts is None:
            return []
        by_id = {s.draft_id: s for s in self._drafts.suggestions}
        return [by_id[i] for i in self._shown_ids if i in by_id]

    def _show_drafts(self) -> None:
        drafts = self._drafts
        if drafts is None:
            self.list.clear()
            self._shown_ids = []
            self._show_evidence(None)
            self._update_buttons()
            return
        in_set = keys_in_set(self._data, self._source_id)
        open_ = open_drafts(drafts, in_set, self._discarded)
        shown = shown_drafts(open_, self.type_filter.currentData() or "", self.topic_filter.currentData() or "",
                             self.order_combo.currentData() or "text")
        ids = [s.draft_id for s in shown]
        if ids != self._shown_ids:
            current = self.list.currentRow()
            before = self._shown_ids[current] if 0 <= current < len(self._shown_ids) else None
            self.list.blockSignals(True)
            self.list.clear()
            for s in shown:
                item = QListWidgetItem(describe(s))
                item.setToolTip(plain_tooltip(draft_tip(s)))
                self.list.addItem(item)
            self._shown_ids = ids
            row = ids.index(before) if before in ids else min(max(current, 0), len(ids) - 1)
            self.list.setCurrentRow(row)
            self.list.blockSignals(False)
        self._show_evidence(self.current())
        self.summary_label.setText(drafts_summary(drafts, in_set, len(self._discarded), len(shown), len(open_)))
        notices = drafts_notices(drafts, self._source()[1])
        self.notice_label.setText("\n".join(notices))
        self.notice_label.setVisible(bool(notices))
        self._update_buttons()

    def current(self) -> Suggestion | None:
        shown = self.shown()
        row = self.list.currentRow()
        return shown[row] if 0 <= row < len(shown) else None

    def _show_evidence(self, s: Suggestion | None) -> None:
        """Highlight the sentences a draft quotes in the source as it is now (the teacher may have edited it)."""
        text = self._positions.text
        rebased = rebase(s.question, self._source_id, text) if s is not None else None
        spans = list(dict.fromkeys(loc.span for loc in rebased[1])) if rebased else []
        where = f"paragraph {rebased[1][0].paragraph.index + 1}" if rebased else ""
        quote = text[spans[0][0]:spans[0][1]] if spans else ""
        if len(quote) > 100:
            quote = quote[:99].rstrip() + "…"
        self.quote_label.setText(QCoreApplication.translate("SuggestPanel", "Evidence, {where}: “{quote}”").format(where=where, quote=quote) if quote else "")
        self.quote_label.setVisible(bool(quote) and self.layout_mode == "tabs")
        self.text_view.setExtraSelections([])
        if s is None:
            self.evidence_label.setText(QCoreApplication.translate("SuggestPanel", "Choose a draft: its sentence is highlighted here.") if self.list.count()
                                        else QCoreApplication.translate("SuggestPanel", "The drafts' sentences are highlighted here."))
            return
        if not spans:
            self.evidence_label.setText(QCoreApplication.translate("SuggestPanel", "⚠ The source text was changed: this draft's sentence is no longer in it. "
                                        "Press “Draft again”."))
            return
        c = colours()
        selections = []
        for i, (start, end) in enumerate(spans):
            fmt = QTextCharFormat()
            fmt.setBackground(QColor(c.highlight_bg))
            fmt.setForeground(QColor(c.highlight_fg))
            fmt.setProperty(QTextFormat.Property.FontUnderline, i == 0)
            selection = QTextEdit.ExtraSelection()
            selection.format = fmt
            cursor = QTextCursor(self.text_view.document())
            cursor.setPosition(self._positions.to_qt(start))
            cursor.setPosition(self._positions.to_qt(end), QTextCursor.MoveMode.KeepAnchor)
            selection.cursor = cursor
            selections.append(selection)
        self.text_view.setExtraSelections(selections)
        caret = QTextCursor(self.text_view.document())
        caret.setPosition(self._positions.to_qt(spans[0][0]))
        self.text_view.setTextCursor(caret)
        self.text_view.centerCursor()
        others = len(selections) - 1
        self.evidence_label.setText(QCoreApplication.translate("SuggestPanel", "Its evidence: {where}, highlighted").format(where=where) + (
            QCoreApplication.translate("SuggestPanel", " (and %n more sentence(s) the draft quotes).", "", others)
            if others else "."))

    def highlighted_text(self) -> str:
        """The words of the source highlighted as the chosen draft's own evidence."""
        selections = self.text_view.extraSelections()
        return selections[0].cursor.selectedText() if selections else ""

    def _update_buttons(self) -> None:
        has = not self.busy and self.current() is not None
        for b in (self.accept_button, self.edit_button, self.discard_button):
            b.setEnabled(has)
        self.accept_all_button.setEnabled(not self.busy and self.list.count() > 0)
        n = self.list.count()
        self.accept_all_button.setText(QCoreApplication.translate("SuggestPanel", "Accept all &shown ({n})").format(n=n) if n else QCoreApplication.translate("SuggestPanel", "Accept all &shown"))

    # ------------------------------------------------------------------ the teacher's choices
    def _on_list_current_row_changed(self, _row: int) -> None:
        self._show_evidence(self.current())
        self._update_buttons()

    def _on_source_picker_activated(self, index: int) -> None:
        sid = self.source_picker.itemData(index)
        if sid and sid != self._source_id:
            self._source_id = sid
            self.draft()

    def _ready(self, chosen: list[Suggestion]) -> list[dict]:
        """The chosen drafts checked against the source as it is now, with ids free in the set."""
        ready, stale = ready_to_add(chosen, self._data, self._source_id)
        if stale:
            self.notice_label.setText(stale_notice(stale))
            self.notice_label.show()
        return ready

    def _on_accept_clicked(self) -> None:
        s = self.current()
        if s is not None and (ready := self._ready([s])):
            self.add_requested.emit(ready)
            self._show_drafts()
            self.list.setFocus()

    def _on_accept_all_clicked(self) -> None:
        ready = self._ready(self.shown())
        if ready:
            self.add_requested.emit(ready)
            self._show_drafts()

    def _on_edit_clicked(self) -> None:
        s = self.current()
        if s is not None and (ready := self._ready([s])):
            self.hide()  # the form opens in the editor; Suggest questions brings the other drafts back
            self.edit_requested.emit(ready[0])

    def _on_discard_clicked(self) -> None:
        s = self.current()
        if s is None:
            return
        self._discarded.add(s.draft_id)
        self._show_drafts()
        self.list.setFocus()


__all__ = ["DraftDelegate", "SuggestPanel"]

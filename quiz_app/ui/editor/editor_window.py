"""The teacher's set editor: a window of its own, beside the students' window.

Left: the questions (each marked ⚠ with its problems) and the list of problems. Middle: the form of
the selected question, the set's details and round defaults, its sources. Right: the source text,
where selecting words sets the question's evidence.

Every edit is a command on one undo stack; the validator of ``quiz-bank validate`` runs on the set
in memory shortly after each edit. The set is kept as plain dicts (see ``document.py`` for why).
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence, QUndoStack
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QComboBox,
    QFileDialog,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QListView,
    QMainWindow,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QSplitter,
    QStackedWidget,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)
from shiboken6 import isValid

from question_bank.models import QUESTION_TYPES, TYPE_LABELS
from question_bank.validation import Problem

from ... import paths
from ...set_files import SetSaveError, free_file_name, save_set_file, slug
from ..widgets.shortcut_help import set_help_name, shortcut_help_text
from ..widgets.text import plain_label
from ..workers import run_in_background
from .commands import ReplaceValue
from .document import (
    Validation,
    broken_quotes,
    broken_quotes_report,
    citing_source,
    describe_place,
    duplicate_question,
    field_path,
    file_data,
    get_at,
    new_question,
    new_set_data,
    new_source,
    playable_set,
    problem_list,
    question_index,
    saved_report,
    set_at,
    source_by_id,
    source_ids,
    trying_report,
    unique_question_id,
    validate,
    with_free_ids,
)
from .forms import FORMS, QuestionForm
from .problems_panel import ProblemsPanel
from .question_list import QuestionListModel, QuestionListView
from .set_details import SetDetailsForm
from .set_io import OpenedSet, import_formats_text, import_set_file, read_set_file
from .source_pane import SourcePane
from .sources_form import AddSourceDialog, SourcesForm
from .start_page import StartPage
from .suggest_panel import SuggestPanel

SET_FILTERS = ("Question sets and files to import (*.json *.gift *.txt *.xml *.csv *.tsv *.tab *.xlsx *.xlsm);;"
               "Question sets (*.json);;All files (*)")
VALIDATE_DELAY_MS = 250
#: Keys that belong to no menu action, for the shortcut help.
OTHER_KEYS = (
    "Deleting and moving a question work when the list of questions has the focus.",
    "In the list of suggested questions: Delete discards the draft.",
    "In the source text: select words with Shift and the arrow keys to make them the evidence.",
)


class EditorWindow(QMainWindow):
    try_requested = Signal(object)
    """Play this ``QuestionSet`` (the set as it is now) as a practice round, without recording scores."""
    set_saved = Signal(str)
    """The set was written to this path (the students' window may reload its list of sets)."""

    def __init__(self, data_dir: Path, parent=None):
        super().__init__(parent)
        self.data_dir = Path(data_dir)
        self.print_dialog = None  # the last print dialog opened (File › Print)
        self.data: dict | None = None
        self.path: Path | None = None
        self.validation = Validation()
        self.undo_stack = QUndoStack(self)
        self.undo_stack.cleanChanged.connect(self._on_undo_stack_clean_changed)
        self._current = -1
        self._allow_close = False
        self._sources_changed = False
        self._problem_row = -1
        self.unsaved_dialog: QMessageBox | None = None
        self.message_dialog: QMessageBox | None = None
        self.file_dialog: QFileDialog | None = None
        self.add_source_dialog: AddSourceDialog | None = None
        self.suggest_panel: SuggestPanel | None = None
        self._validate_timer = QTimer(self)
        self._validate_timer.setSingleShot(True)
        self._validate_timer.setInterval(VALIDATE_DELAY_MS)
        self._validate_timer.timeout.connect(self.validate_now)
        self.setWindowTitle("Set editor[*]")
        self.layout_mode = "columns"
        self._arranging = False
        self._build_ui()
        self._build_actions()
        self._fit_to_screen()
        self.show_start()

    # ================================================================== building
    def _fit_to_screen(self) -> None:
        screen = QApplication.primaryScreen()
        available = screen.availableGeometry() if screen else None
        width, height = 1280, 820
        if available is not None:
            width, height = min(width, available.width()), min(height, available.height())
        self._arrange_panes(width, height)
        self.resize(width, height)

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        if not self._arranging:
            QTimer.singleShot(0, self._arrange_panes)

    def _arrange_panes(self, width: int | None = None, height: int | None = None) -> None:
        """Three columns when they fit; the form above the source when only two fit; one pane at a time
        (tabs) on a small screen or with very large text, so that fields are never cut off."""
        width = width or self.width()
        height = height or self.height()
        left = self.left_panel.minimumSizeHint().width()
        form = self.tabs.minimumSizeHint().width()
        source = max(self.source_pane.minimumSizeHint().width(), self.fontMetrics().averageCharWidth() * 40)
        lines = self.fontMetrics().lineSpacing()
        if width >= left + form + source + 40 and height >= 30 * lines:
            mode = "columns"
        elif width >= left + max(form, source) + 30 and height >= 44 * lines:
            mode = "stacked"
        else:
            mode = "tabs"
        if mode == self.layout_mode:
            return
        self._arranging = True
        try:
            self.layout_mode = mode
            if mode == "tabs":
                # Each pane scrolls on its own, so that no minimum height makes the window taller than the screen.
                for holder, widget in zip(self._compact_holders, (self.left_panel, self.tabs, self.source_pane),
                                          strict=True):
                    holder.setWidget(widget)
                    widget.show()
                self.pages.insertWidget(1, self.compact)
                if self.pages.currentWidget() is self.workspace:
                    self.pages.setCurrentWidget(self.compact)
            else:
                for holder in self._compact_holders:
                    holder.takeWidget()
                self.workspace.insertWidget(0, self.left_panel)
                self.form_and_source.insertWidget(0, self.tabs)
                self.form_and_source.insertWidget(1, self.source_pane)
                self.form_and_source.setOrientation(Qt.Orientation.Horizontal if mode == "columns" else
                                                    Qt.Orientation.Vertical)
                if self.pages.currentWidget() is self.compact:
                    self.pages.setCurrentWidget(self.workspace)
        finally:
            self._arranging = False

    @property
    def editing_page(self) -> QWidget:
        """The page that shows the set (three panes or, on a small screen, tabs)."""
        return self.compact if self.layout_mode == "tabs" else self.workspace

    def _build_ui(self) -> None:
        self.pages = QStackedWidget()
        self.setCentralWidget(self.pages)
        self.start_page = StartPage(import_formats_text())
        self.start_page.new_set_requested.connect(self._on_start_new_set_requested)
        self.start_page.open_requested.connect(self.request_open)
        start_area = QScrollArea()
        start_area.setWidgetResizable(True)
        start_area.setFrameShape(QScrollArea.Shape.NoFrame)
        start_area.setWidget(self.start_page)
        self.pages.addWidget(start_area)

        self.workspace = QSplitter(Qt.Orientation.Horizontal)
        self.workspace.setChildrenCollapsible(False)
        left = self.left_panel = QSplitter(Qt.Orientation.Vertical)
        left.setChildrenCollapsible(False)
        left.addWidget(self._build_question_panel())
        self.problems = ProblemsPanel()
        self.problems.problem_activated.connect(self._on_problems_problem_activated)
        left.addWidget(self.problems)
        left.setStretchFactor(0, 3)
        left.setStretchFactor(1, 2)
        self.workspace.addWidget(left)

        self.form_and_source = QSplitter(Qt.Orientation.Horizontal)
        self.form_and_source.setChildrenCollapsible(False)
        self.tabs = QTabWidget()
        self.tabs.setAccessibleName("Question, set details and sources")
        self.form_stack = QStackedWidget()
        self.empty_form = QWidget()
        empty = QVBoxLayout(self.empty_form)
        self.empty_label = plain_label("No question yet. Choose a type under the list of questions and press "
                                       "“Add”.", "muted")
        empty.addWidget(self.empty_label)
        empty.addStretch(1)
        self.form_stack.addWidget(self.empty_form)
        self.unknown_form = QWidget()
        unknown = QVBoxLayout(self.unknown_form)
        self.unknown_label = plain_label("", "banner")
        unknown.addWidget(self.unknown_label)
        unknown.addStretch(1)
        self.form_stack.addWidget(self.unknown_form)
        self.forms: dict[str, QuestionForm] = {}
        for qtype, cls in FORMS.items():
            form = cls()
            form.field_edited.connect(self._on_form_field_edited)
            self.forms[qtype] = form
            self.form_stack.addWidget(form)
        self.tabs.addTab(_scrolling(self.form_stack), "&Question")
        self.set_details = SetDetailsForm()
        self.set_details.field_edited.connect(self._on_set_details_field_edited)
        self.tabs.addTab(_scrolling(self.set_details), "Set and &rounds")
        self.sources_form = SourcesForm()
        self.sources_form.field_edited.connect(self._on_set_details_field_edited)
        self.sources_form.source_id_changed.connect(self._on_sources_form_source_id_changed)
        self.sources_form.add_requested.connect(self.request_add_source)
        self.sources_form.remove_requested.connect(self._on_sources_form_remove_requested)
        self.sources_form.source_selected.connect(self._on_sources_form_source_selected)
        self.tabs.addTab(_scrolling(self.sources_form), "Sour&ces")
        self.form_and_source.addWidget(self.tabs)

        self.source_pane = SourcePane()
        self.source_pane.passage_selected.connect(self._on_source_pane_passage_selected)
        self.source_pane.evidence_chosen.connect(self._on_source_pane_evidence_chosen)
        self.source_pane.evidence_clear_requested.connect(self._on_source_pane_evidence_clear_requested)
        self.source_pane.source_text_edited.connect(self._on_source_pane_source_text_edited)
        self.form_and_source.addWidget(self.source_pane)
        self.form_and_source.setStretchFactor(0, 1)
        self.form_and_source.setStretchFactor(1, 1)
        self.workspace.addWidget(self.form_and_source)
        self.workspace.setStretchFactor(0, 1)
        self.workspace.setStretchFactor(1, 3)
        self.pages.addWidget(self.workspace)
        self.compact = QTabWidget()
        self.compact.setAccessibleName("Questions, the form and the source text")
        self.compact.setDocumentMode(True)
        self._compact_holders: list[QScrollArea] = []
        for title in ("&Questions", "&Edit", "Source &text"):
            holder = QScrollArea()
            holder.setWidgetResizable(True)
            holder.setFrameShape(QScrollArea.Shape.NoFrame)
            self.compact.addTab(holder, title)
            self._compact_holders.append(holder)

        self.count_label = QLabel()
        self.count_label.setAccessibleName("Number of problems")
        self.statusBar().addPermanentWidget(self.count_label)

    def _build_question_panel(self) -> QWidget:
        panel = QWidget()
        layout = QVBoxLayout(panel)
        layout.setContentsMargins(0, 0, 0, 0)
        self.questions_heading = plain_label("Questions", "sectionTitle")
        layout.addWidget(self.questions_heading)
        self.question_model = QuestionListModel(self)
        self.question_list = QuestionListView(self.question_model)
        self.question_list.setAccessibleName("Questions of the set; ⚠ marks a question with problems")
        self.question_list.setWordWrap(True)
        self.question_list.setAlternatingRowColors(True)
        self.question_list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.question_list.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.question_list.setResizeMode(QListView.ResizeMode.Adjust)
        self.question_list.setTextElideMode(Qt.TextElideMode.ElideNone)
        self.question_list.current_row_changed.connect(self._on_question_list_current_row_changed)
        self.question_list.activated.connect(self._on_question_list_activated)
        layout.addWidget(self.question_list, 1)
        buttons = QGridLayout()
        self.type_combo = QComboBox()
        self.type_combo.setAccessibleName("Type of the new question")
        self.type_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.type_combo.setMinimumContentsLength(8)
        for qtype in QUESTION_TYPES:
            self.type_combo.addItem(TYPE_LABELS[qtype], qtype)
        buttons.addWidget(self.type_combo, 0, 0, 1, 2)
        self.add_button = QPushButton("&Add")
        self.add_button.setAccessibleName("Add a question of the chosen type")
        self.add_button.clicked.connect(lambda: self.add_question(self.type_combo.currentData()))
        buttons.addWidget(self.add_button, 0, 2)
        self.duplicate_button = QPushButton("Duplicate")
        self.duplicate_button.setAccessibleName("Duplicate the selected question")
        self.duplicate_button.clicked.connect(self.duplicate_question)
        self.delete_button = QPushButton("Delete")
        self.delete_button.setAccessibleName("Delete the selected question")
        self.delete_button.clicked.connect(self.delete_question)
        self.up_button = QPushButton("↑")
        self.up_button.setAccessibleName("Move the selected question up")
        self.up_button.setToolTip("Move the selected question up (Alt+Up in the list)")
        self.up_button.clicked.connect(lambda: self.move_question(-1))
        self.down_button = QPushButton("↓")
        self.down_button.setAccessibleName("Move the selected question down")
        self.down_button.setToolTip("Move the selected question down (Alt+Down in the list)")
        self.down_button.clicked.connect(lambda: self.move_question(1))
        moves = QHBoxLayout()
        moves.addWidget(self.up_button)
        moves.addWidget(self.down_button)
        buttons.addWidget(self.duplicate_button, 1, 0)
        buttons.addWidget(self.delete_button, 1, 1)
        buttons.addLayout(moves, 1, 2)
        self.suggest_questions_button = QPushButton("Suggest questions…")
        self.suggest_questions_button.setAccessibleName("Suggest questions drafted from the source text")
        self.suggest_questions_button.setToolTip("Drafts from the source text to accept, edit or discard "
                                                 "(Ctrl+Shift+G)")
        self.suggest_questions_button.clicked.connect(self.request_suggest_questions)
        buttons.addWidget(self.suggest_questions_button, 2, 0, 1, 3)
        layout.addLayout(buttons)
        return panel

    def _build_actions(self) -> None:
        """Menus from data: (menu, text, shortcuts, slot, context widget or None for the window)."""
        self.undo_action = self.undo_stack.createUndoAction(self, "&Undo")
        self.undo_action.setShortcut(QKeySequence("Ctrl+Z"))
        self.redo_action = self.undo_stack.createRedoAction(self, "&Redo")
        self.redo_action.setShortcuts([QKeySequence("Ctrl+Shift+Z"), QKeySequence("Ctrl+Y")])
        set_help_name(self.undo_action, "Undo")  # their text says what they undo: the help says what they are
        set_help_name(self.redo_action, "Redo")
        spec: list[tuple[str, str, str, list, Callable, QWidget | None]] = [
            ("new", "&File", "&New set…", [QKeySequence.StandardKey.New], self.request_new, None),
            ("open", "&File", "&Open a set or import…", [QKeySequence.StandardKey.Open], self.request_open, None),
            ("save", "&File", "&Save", [QKeySequence.StandardKey.Save], lambda: self.save(), None),
            ("save_as", "&File", "Save &as…", ["Ctrl+Shift+S"], self.request_save_as, None),
            ("try", "&File", "&Try as a student", ["Ctrl+T"], self.try_as_student, None),
            ("print", "&File", "&Print a worksheet or answer key…", [QKeySequence.StandardKey.Print],
             self.request_print, None),
            ("close", "&File", "&Close the editor", [QKeySequence.StandardKey.Close], self.close, None),
            ("add", "&Edit", "Add a &question", ["Ctrl+Shift+N"],
             lambda: self.add_question(self.type_combo.currentData()), None),
            ("duplicate", "&Edit", "&Duplicate the question", ["Ctrl+D"], self.duplicate_question, None),
            ("delete", "&Edit", "De&lete the question", ["Delete"], self.delete_question, self.question_list),
            ("move_up", "&Edit", "Move the question &up", ["Alt+Up"], lambda: self.move_question(-1),
             self.question_list),
            ("move_down", "&Edit", "Move the question do&wn", ["Alt+Down"], lambda: self.move_question(1),
             self.question_list),
            ("add_source", "&Edit", "Add a &source text…", [], self.request_add_source, None),
            ("suggest", "&Edit", "Su&ggest evidence", ["Ctrl+Shift+E"], self._on_suggest_action_triggered, None),
            ("suggest_questions", "&Edit", "Suggest questions &from the source…", ["Ctrl+Shift+G"],
             self.request_suggest_questions, None),
            ("next_problem", "&Go", "&Next problem", ["F8"], lambda: self.go_to_problem(1), None),
            ("previous_problem", "&Go", "&Previous problem", ["Shift+F8"], lambda: self.go_to_problem(-1), None),
            ("go_list", "&Go", "The &questions", ["Ctrl+1"], lambda: self._focus(self.question_list), None),
            ("go_form", "&Go", "The question &form", ["Ctrl+2"], self._focus_form, None),
            ("go_source", "&Go", "The &source text", ["Ctrl+3"], lambda: self._focus(self.source_pane.text_view),
             None),
            ("go_problems", "&Go", "The list of p&roblems", ["Ctrl+4"], lambda: self._focus(self.problems.list),
             None),
            ("keys", "&Help", "&Keyboard shortcuts", [QKeySequence.StandardKey.HelpContents], self._on_keys_action_triggered,
             None),
        ]
        menus: dict[str, Any] = {}
        self.menus = menus  # menu title -> QMenu, in the menu bar's order (the shortcut help follows it)
        self.actions_by_name: dict[str, QAction] = {}
        for name, menu_name, text, keys, slot, context in spec:
            if menu_name not in menus:
                menus[menu_name] = self.menuBar().addMenu(menu_name)
                if menu_name == "&Edit":
                    menus[menu_name].addAction(self.undo_action)
                    menus[menu_name].addAction(self.redo_action)
                    menus[menu_name].addSeparator()
                    self.addAction(self.undo_action)
                    self.addAction(self.redo_action)
            action = QAction(text, self)
            action.setShortcuts([QKeySequence(k) for k in keys])
            action.setAutoRepeat(False)
            action.triggered.connect(lambda _checked=False, slot=slot: slot())
            if context is not None:
                action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
                context.addAction(action)
            else:
                self.addAction(action)
            menus[menu_name].addAction(action)
            self.actions_by_name[name] = action
        self.undo_action.setAutoRepeat(True)
        self.toolbar = self.addToolBar("Set")
        self.toolbar.setObjectName("editorToolbar")
        self.toolbar.setMovable(False)
        self.toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        # The toolbar keeps short, steady labels; the menu's Undo/Redo say what they undo.
        self.toolbar_undo = QAction("Undo", self)
        self.toolbar_undo.triggered.connect(self.undo_stack.undo)
        self.undo_stack.canUndoChanged.connect(self.toolbar_undo.setEnabled)
        self.toolbar_redo = QAction("Redo", self)
        self.toolbar_redo.triggered.connect(self.undo_stack.redo)
        self.undo_stack.canRedoChanged.connect(self.toolbar_redo.setEnabled)
        self.toolbar_undo.setEnabled(False)
        self.toolbar_redo.setEnabled(False)
        for action in (self.actions_by_name["save"], self.toolbar_undo, self.toolbar_redo,
                       self.actions_by_name["try"], self.actions_by_name["next_problem"]):
            self.toolbar.addAction(action)

    # ================================================================== public API
    def new_set_from_text(self, text: str, title: str) -> None:
        """Start a new set whose one source is ``text`` (asks first about unsaved changes)."""
        self._guard_unsaved(lambda: self._load_document(new_set_data(text, title), None,
                                                        "New set. Add a question under the list, then select its "
                                                        "evidence in the text."))

    def open_set(self, path: str | Path) -> None:
        """Open a set file (.json), or import one in another format (asks first about unsaved changes)."""
        self._guard_unsaved(lambda: self._open_now(Path(path)))

    def add_questions(self, questions: list[dict], text: str = "Add suggested questions") -> None:
        """Append questions (dicts in the file's shape) as one undo step: the hook for "Suggest questions"."""
        if self.data is None or not questions:
            return
        current = list(self.data.get("questions", []))
        self._push(("questions",), current + with_free_ids(self.data, questions), text, select=len(current),
                   structural=True)

    def is_modified(self) -> bool:
        return self.data is not None and (not self.undo_stack.isClean() or self.path is None)

    def show_start(self) -> None:
        self.pages.setCurrentIndex(0)
        self._update_actions()
        self.start_page.focus_first()

    # ================================================================== documents
    def _load_document(self, data: dict, path: Path | None, message: str = "") -> None:
        self._close_suggest_panel()
        self.data = data
        self.path = path
        self.undo_stack.clear()
        self._current = -1
        self.pages.setCurrentWidget(self.editing_page)
        self.source_pane.show_document(data)
        self._rebuild_list()
        self.validate_now()
        self._select_question(0 if data.get("questions") else -1, jump=True)
        self._sync_views()
        self.tabs.setCurrentIndex(0)
        self._update_title()
        self._update_actions()
        if message:
            self.statusBar().showMessage(message, 15000)
        self.question_list.setFocus()

    def _open_now(self, path: Path) -> None:
        self.statusBar().showMessage(f"Opening {path.name}…")
        if path.suffix.lower() == ".json":
            run_in_background(lambda: read_set_file(path), lambda r: self._on_set_file_read(path, r),
                              lambda exc: self._on_open_failed(path, exc))
        else:
            run_in_background(lambda: import_set_file(path), lambda r: self._on_set_imported(path, r),
                              lambda exc: self._on_open_failed(path, exc))

    def _on_set_file_read(self, path: Path, opened: OpenedSet) -> None:
        if not isValid(self):  # the window was closed and deleted while the file was read
            return
        if opened.data is None:
            self.statusBar().clearMessage()
            self._show_message("This file cannot be opened", f"“{path.name}” cannot be opened as a question set:"
                               "\n\n" + "\n\n".join(opened.problems))
            return
        message = f"Opened {path}." + (f" ⚠ {opened.warning}" if opened.warning else "")
        self._load_document(opened.data, path, message)

    def _on_set_imported(self, path: Path, opened: OpenedSet) -> None:
        if not isValid(self):
            return
        self.statusBar().clearMessage()
        if opened.data is None:
            self._show_message("Nothing could be imported", f"“{path.name}”: " + "\n\n".join(opened.problems))
            return
        summary = opened.summary
        self._load_document(opened.data, None, summary.splitlines()[0] if summary else f"Imported {path.name}.")
        if opened.problems:
            self._show_message("Imported, with remarks", summary, QMessageBox.Icon.Information)

    def _on_open_failed(self, path: Path, exc: Exception) -> None:
        if not isValid(self):
            return
        self.statusBar().clearMessage()
        self._show_message("This file cannot be opened", f"“{path}” could not be read: {exc}")

    # ================================================================== edits
    def _push(self, path: tuple, value: Any, text: str, *, merge: bool = False, select: int | None = None,
              structural: bool = False) -> None:
        if self.data is None:
            return
        if get_at(self.data, path) == value and not structural:
            return
        command = ReplaceValue(self.data, path, value, text, self._apply, merge=merge,
                               select=self._current if select is None else select, select_before=self._current)
        self.undo_stack.push(command)

    def _apply(self, path: tuple, value: Any, select: int | None) -> None:
        """Called by the undo commands: change the set, then show the change."""
        if self.data is None:
            return
        set_at(self.data, path, value)
        if path[0] == "sources" and (len(path) == 1 or path[-1] == "text"):
            self._sources_changed = True
        if path == ("questions",):
            self._rebuild_list()
            self.validate_now()
        elif path[0] == "questions" and len(path) > 1 and isinstance(path[1], int):
            self.question_model.question_changed(path[1])
        if select is not None and select != self._current:
            self._select_question(select, jump=True)
        self._sync_views()
        if path != ("questions",):
            self._validate_timer.start()
        self._update_title()

    def _on_form_field_edited(self, rel: tuple, value: Any, merge: bool) -> None:
        if self._current < 0:
            return
        words = describe_place(rel) or "question"
        self._push(("questions", self._current, *rel), value, f"Edit {words}", merge=merge)

    def _on_set_details_field_edited(self, path: tuple, value: Any, merge: bool) -> None:
        self._push(tuple(path), value, f"Edit {describe_place(path)}", merge=merge)

    # -- questions
    def add_question(self, qtype: str) -> None:
        if self.data is None or qtype not in QUESTION_TYPES:
            return
        questions = list(self.data.get("questions", []))
        current = self._current_question()
        topics = [t for t in (current or {}).get("topics", []) if isinstance(t, str)] or ["context"]
        sid = self.source_pane.source_id or next(iter(source_ids(self.data)), "")
        q = new_question(qtype, unique_question_id(self.data), sid, topics)
        at = self._current + 1 if self._current >= 0 else len(questions)
        questions.insert(at, q)
        self._push(("questions",), questions, f"Add a {TYPE_LABELS[qtype].lower()} question", select=at,
                   structural=True)
        self.tabs.setCurrentIndex(0)
        self.forms[qtype].prompt_edit.setFocus()

    def duplicate_question(self) -> None:
        q = self._current_question()
        if q is None or self.data is None:  # (a current question is one of the set's: data is set)
            return
        questions = list(self.data["questions"])
        questions.insert(self._current + 1, duplicate_question(self.data, q))
        self._push(("questions",), questions, "Duplicate the question", select=self._current + 1, structural=True)

    def delete_question(self) -> None:
        if self._current_question() is None or self.data is None:  # (no current question without a set)
            return
        questions = [q for i, q in enumerate(self.data["questions"]) if i != self._current]
        self._push(("questions",), questions, "Delete the question",
                   select=min(self._current, len(questions) - 1), structural=True)
        self.statusBar().showMessage("Question deleted. Undo (Ctrl+Z) brings it back.", 8000)

    def move_question(self, step: int) -> None:
        if self._current_question() is None or self.data is None:  # (no current question without a set)
            return
        target = self._current + step
        questions = list(self.data["questions"])
        if not 0 <= target < len(questions):
            return
        questions[self._current], questions[target] = questions[target], questions[self._current]
        self._push(("questions",), questions, "Move the question", select=target, structural=True)

    # -- evidence and sources
    def _on_source_pane_passage_selected(self, source_id: str, quote: str, new_selection: bool) -> None:
        if self._current_question() is None:
            return
        self._push(("questions", self._current, "evidence"), {"source": source_id, "quote": quote},
                   "Set the evidence", merge=not new_selection)

    def _on_source_pane_evidence_chosen(self, source_id: str, quote: str) -> None:
        if self._current_question() is None:
            return
        self._push(("questions", self._current, "evidence"), {"source": source_id, "quote": quote},
                   "Use the passage as evidence")
        self.validate_now()

    def _on_source_pane_evidence_clear_requested(self) -> None:
        q = self._current_question()
        if q is None:
            return
        sid = get_at(q, ("evidence", "source"), "") or self.source_pane.source_id
        self._push(("questions", self._current, "evidence"), {"source": sid, "quote": ""}, "Clear the evidence")

    def _on_source_pane_source_text_edited(self, source_id: str, text: str) -> None:
        found = source_by_id(self.data or {}, source_id)
        if found is not None:
            self._push(("sources", found[0], "text"), text, "Edit the source text", merge=True)

    def _on_suggest_action_triggered(self) -> None:
        if self._current_question() is not None:
            self.source_pane.suggest()
            self.source_pane.suggestions.setFocus()

    def request_suggest_questions(self) -> None:
        """Show drafts from the source beside it (made off the GUI thread; kept while the set is open)."""
        if self.data is None:
            return
        panel = self.suggest_panel
        if panel is None:
            panel = self.suggest_panel = SuggestPanel(self.data, self.source_pane.source_id, self)
            panel.add_requested.connect(self._on_suggest_panel_add_requested)
            panel.edit_requested.connect(self._on_suggest_panel_edit_requested)
            panel.addActions([self.undo_action, self.redo_action])
            self.undo_stack.indexChanged.connect(panel.sync)
        panel.show()
        panel.raise_()
        panel.activateWindow()
        panel.draft_if_needed()

    def _on_suggest_panel_add_requested(self, questions: list) -> None:
        n = len(questions)
        self.add_questions(questions, "Accept a suggested question" if n == 1 else f"Accept {n} suggested questions")
        self.statusBar().showMessage(f"{n} suggested question{'s' if n != 1 else ''} added. Undo (Ctrl+Z) takes "
                                     f"{'them' if n != 1 else 'it'} out again.", 8000)

    def _on_suggest_panel_edit_requested(self, question: dict) -> None:
        self.add_questions([question], "Add a suggested question")
        self.activateWindow()
        self._focus_form()
        self.statusBar().showMessage("Suggested question added: change it in the form. Suggest questions "
                                     "(Ctrl+Shift+G) brings back the other drafts.", 15000)

    def _close_suggest_panel(self) -> None:
        """The drafts belong to the set that is left: close them."""
        panel, self.suggest_panel = self.suggest_panel, None
        if panel is not None:
            self.undo_stack.indexChanged.disconnect(panel.sync)
            panel.close()
            panel.deleteLater()

    def request_add_source(self) -> None:
        if self.data is None:
            return
        self.add_source_dialog = AddSourceDialog(self)
        self.add_source_dialog.accepted.connect(self._on_add_source_dialog_accepted)
        self.add_source_dialog.open()

    def _on_add_source_dialog_accepted(self) -> None:
        dialog = self.add_source_dialog
        if dialog is None or self.data is None:
            return
        title = dialog.title_edit.text().strip() or "Source"
        source = new_source(dialog.text(), title, dialog.citation_edit.text().strip(), set(source_ids(self.data)))
        self._push(("sources",), [*self.data.get("sources", []), source], "Add a source", structural=True)
        self.source_pane._source_id = source["id"]
        self._sync_views()
        self.sources_form.select_source(len(self.data["sources"]) - 1)
        self.statusBar().showMessage(f"Source “{title}” added; it is shown beside the form.", 8000)

    def _on_sources_form_remove_requested(self, index: int) -> None:
        sources = list((self.data or {}).get("sources", []))
        if not 0 <= index < len(sources) or len(sources) < 2:
            return
        del sources[index]
        self._push(("sources",), sources, "Remove the source", structural=True)

    def _on_sources_form_source_id_changed(self, index: int, new_id: str) -> None:
        if self.data is None:  # the sources form only shows (and renames) the sources of a loaded set
            return
        old = get_at(self.data, ("sources", index, "id"))
        self.undo_stack.beginMacro("Rename the source")
        self._push(("sources", index, "id"), new_id, "Rename the source")
        for path in citing_source(self.data, old):
            self._push((*path, "source"), new_id, "Rename the source")
        self.undo_stack.endMacro()

    def _on_sources_form_source_selected(self, source_id: str) -> None:
        if source_id and source_id != self.source_pane.source_id:
            self.source_pane._source_id = source_id
            self.source_pane.show_document(self.data or {})
            self.source_pane.show_question(self._current_question())

    # ================================================================== showing
    def _current_question(self) -> dict | None:
        questions = (self.data or {}).get("questions", [])
        if 0 <= self._current < len(questions) and isinstance(questions[self._current], dict):
            return questions[self._current]
        return None

    def _rebuild_list(self) -> None:
        questions = (self.data or {}).get("questions", [])
        self.question_list.blockSignals(True)
        self.question_model.show(self.data, self.validation)
        if self._current >= len(questions):
            self._current = len(questions) - 1
        self.question_list.setCurrentRow(self._current)
        self.question_list.blockSignals(False)
        self.questions_heading.setText(f"Questions ({len(questions)})")
        self._update_actions()

    def _select_question(self, index: int, jump: bool = False) -> None:
        questions = (self.data or {}).get("questions", [])
        index = index if 0 <= index < len(questions) else -1
        self._current = index
        if self.question_list.currentRow() != index:
            self.question_list.blockSignals(True)
            self.question_list.setCurrentRow(index)
            self.question_list.blockSignals(False)
        self._show_form()
        self.source_pane.show_question(self._current_question(), jump=jump)
        self._update_actions()

    def _show_form(self) -> QuestionForm | None:
        q = self._current_question()
        if q is None:
            self.form_stack.setCurrentWidget(self.empty_form)
            return None
        form = self.forms.get(str(q.get("type")))
        if form is None:
            self.unknown_label.setText(f"This question has the unknown type “{q.get('type')}”, so it cannot be "
                                       f"edited here. Known types: {', '.join(QUESTION_TYPES)}. Delete it, or fix "
                                       "the type in the file.")
            self.form_stack.setCurrentWidget(self.unknown_form)
            return None
        form.load(q)
        form.show_problems(problem_list(self.validation.errors_for_question(self._current)))
        if self.form_stack.currentWidget() is not form:
            self.form_stack.setCurrentWidget(form)
        return form

    def _sync_views(self) -> None:
        if self.data is None:
            return
        self._show_form()
        self.set_details.load(self.data)
        self.sources_form.load(self.data)
        self.source_pane.show_document(self.data)
        self.source_pane.show_question(self._current_question())

    def validate_now(self) -> Validation:
        """Run the validator on the set as it is now and show what it says."""
        self._validate_timer.stop()
        if self.data is None:
            return self.validation
        self.validation = validate(self.data)
        questions = self.data.get("questions", [])
        self.question_model.show_validation(self.validation)
        ids = [str(q.get("id", "")) if isinstance(q, dict) else "" for q in questions]
        if [(p.path, p.message) for p in self.validation.problems] != [(p.path, p.message) for p in
                                                                        self.problems.problems]:
            self._problem_row = -1
        self.problems.show_validation(self.validation, ids)
        self._show_form()
        errors = len(self.validation.errors)
        self.count_label.setText(f"⚠ {errors} problem{'s' if errors != 1 else ''} · saved as a draft" if errors
                                 else "✓ No problems")
        if self._sources_changed:
            self._sources_changed = False
            self._report_broken_quotes(self.data)
        return self.validation

    def _report_broken_quotes(self, data: dict) -> None:
        report = broken_quotes_report(broken_quotes(data))
        if report:
            self.statusBar().showMessage(report, 20000)

    def _on_undo_stack_clean_changed(self, _clean: bool) -> None:
        self._update_title()

    def _update_title(self) -> None:
        if self.data is None:
            self.setWindowTitle("Set editor[*]")
        else:
            name = self.path.name if self.path else "not saved yet"
            self.setWindowTitle(f"Set editor — {self.data.get('title') or 'Untitled'} ({name})[*]")
        self.setWindowModified(self.is_modified())

    def _update_actions(self) -> None:
        has_doc = self.data is not None and self.pages.currentWidget() is self.editing_page
        has_q = has_doc and self._current_question() is not None
        n = len((self.data or {}).get("questions", []))
        for name in ("save", "save_as", "try", "add", "add_source", "suggest_questions", "next_problem",
                     "previous_problem"):
            self.actions_by_name[name].setEnabled(has_doc)
        self.suggest_questions_button.setEnabled(has_doc)
        self.toolbar.setVisible(has_doc)
        for name in ("duplicate", "delete", "suggest"):
            self.actions_by_name[name].setEnabled(has_q)
        self.actions_by_name["move_up"].setEnabled(has_q and self._current > 0)
        self.actions_by_name["move_down"].setEnabled(has_q and self._current < n - 1)
        self.duplicate_button.setEnabled(has_q)
        self.delete_button.setEnabled(has_q)
        self.up_button.setEnabled(has_q and self._current > 0)
        self.down_button.setEnabled(has_q and self._current < n - 1)
        self.empty_label.setText("No question yet. Choose a type under the list of questions and press “Add”." if n
                                 == 0 else "Select a question in the list.")

    # ================================================================== navigation
    def _on_question_list_current_row_changed(self, row: int) -> None:
        if row != self._current:
            self._select_question(row, jump=True)
            self.tabs.setCurrentIndex(0)

    def _on_question_list_activated(self, _index) -> None:
        """Enter on a question: on to its form."""
        self._focus_form()

    def _on_problems_problem_activated(self, problem: Problem) -> None:
        self._problem_row = self.problems.list.currentRow()
        self.show_problem(problem)

    def show_problem(self, problem: Problem) -> None:
        """Select the question (or set field) of a problem and put the focus on the field to fix."""
        qi = question_index(problem)
        if qi is not None:
            self._select_question(qi, jump=True)
            self.tabs.setCurrentIndex(0)
            rel = field_path(problem)
            if rel[:1] == ("evidence",) or (len(rel) > 2 and rel[2] == "evidence"):
                self._reveal(self.source_pane)
                self.source_pane.text_view.setFocus()
                return
            self._reveal(self.tabs)
            form = self.forms.get(str((self._current_question() or {}).get("type")))
            if form is not None:
                form.focus_field(rel)
            return
        path = problem.path
        self._reveal(self.tabs)
        if path[:1] == ("sources",):
            self.tabs.setCurrentIndex(2)
            if len(path) > 2 and path[2] == "text":
                self._reveal(self.source_pane)
                self.source_pane.text_view.setFocus()
            else:
                self.sources_form.focus_field(path)
            return
        self.tabs.setCurrentIndex(1)
        self.set_details.focus_field(path)

    def go_to_problem(self, step: int) -> None:
        rows = self.problems.list.count()
        if not rows:
            self.statusBar().showMessage("No problems.", 4000)
            return
        row = (self._problem_row + step) % rows if self._problem_row >= 0 else (0 if step > 0 else rows - 1)
        self.problems.activate(row)

    def _focus(self, widget: QWidget) -> None:
        if self.pages.currentWidget() is self.editing_page:
            self._reveal(widget)
            widget.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def _reveal(self, widget: QWidget) -> None:
        """In the one-pane-at-a-time arrangement, show the pane that holds ``widget``."""
        if self.layout_mode != "tabs":
            return
        for i, holder in enumerate(self._compact_holders):
            if holder.isAncestorOf(widget):
                self.compact.setCurrentIndex(i)
                return

    def _focus_form(self) -> None:
        self.tabs.setCurrentIndex(0)
        self._reveal(self.tabs)
        form = self.form_stack.currentWidget()
        if isinstance(form, QuestionForm):
            form.prompt_edit.setFocus(Qt.FocusReason.ShortcutFocusReason)

    # ================================================================== saving, trying
    def save(self) -> bool:
        """Save to the set's file; a new set goes into the sets folder, where the students' window finds it."""
        if self.data is None:
            return False
        if self.path is not None:
            return self.save_to(self.path)
        try:
            folder = paths.sets_dir(self.data_dir)
        except OSError as exc:
            self._show_message("The set was not saved", f"The folder for question sets cannot be created "
                               f"({exc.strerror or exc}). Use “Save as…” to save the set somewhere else.")
            return False
        return self.save_to(free_file_name(folder, slug(str(self.data.get("id") or self.data.get("title") or "set"))))

    def save_to(self, path: str | Path) -> bool:
        """Write the set to ``path`` atomically (the old file is kept as .bak); False, with a message, on failure."""
        if self.data is None:
            return False
        path = Path(path)
        validation = self.validate_now()
        payload = file_data(self.data, validation)
        try:
            written = save_set_file(path, payload)
        except SetSaveError as exc:
            self.statusBar().showMessage(str(exc), 20000)
            self._show_message("The set was not saved", str(exc))
            return False
        self.path = written
        self.undo_stack.setClean()
        self._update_title()
        self.statusBar().showMessage(saved_report(written, payload, validation), 20000)
        self.set_saved.emit(str(written))
        return True

    def request_save_as(self) -> None:
        if self.data is None:
            return
        try:
            folder = paths.sets_dir(self.data_dir)
        except OSError:
            folder = Path.home()
        start = self.path or folder / f"{slug(str(self.data.get('id') or 'set'))}.json"
        self.file_dialog = QFileDialog(self, "Save the set as", str(start), "Question sets (*.json)")
        self.file_dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        self.file_dialog.setDefaultSuffix("json")
        self.file_dialog.fileSelected.connect(self.save_to)
        self.file_dialog.open()

    def try_as_student(self) -> None:
        """Emit ``try_requested`` with the set as it is now (incomplete questions left out)."""
        if self.data is None:
            return
        self.validate_now()
        qset, left_out, why = playable_set(self.data)
        if qset is None or not qset.questions:
            self._show_message("Nothing to try yet", why or "Add a question first.", QMessageBox.Icon.Information)
            return
        self.statusBar().showMessage(trying_report(len(qset.questions), left_out), 15000)
        self.try_requested.emit(qset)

    def request_print(self):
        """Print the set as it is now (incomplete questions left out) as a PDF worksheet or answer key."""
        if self.data is None:
            return None
        from ..printing import print_set

        self.validate_now()
        qset, left_out, why = playable_set(self.data)
        if qset is None or not qset.questions:
            self._show_message("Nothing to print yet", why or "Add a question first.", QMessageBox.Icon.Information)
            return None
        if left_out:
            self.statusBar().showMessage(f"{len(left_out)} incomplete question(s) are left out of the worksheet.", 15000)
        self.print_dialog = print_set(self, qset)
        return self.print_dialog

    # ================================================================== asking before losing work
    def request_new(self) -> None:
        self._guard_unsaved(self._show_new_page)

    def _show_new_page(self) -> None:
        """Leave the set (saved or discarded by now) for the start page."""
        self._close_suggest_panel()
        self.data = None
        self.path = None
        self.undo_stack.clear()
        self._current = -1
        self._update_title()
        self.start_page.reset()
        self.show_start()

    def request_open(self) -> None:
        self._guard_unsaved(self._show_open_dialog)

    def _show_open_dialog(self) -> None:
        try:
            folder = str(paths.sets_dir(self.data_dir))
        except OSError:
            folder = str(Path.home())
        self.file_dialog = QFileDialog(self, "Open a set or import questions", folder, SET_FILTERS)
        self.file_dialog.setFileMode(QFileDialog.FileMode.ExistingFile)
        self.file_dialog.fileSelected.connect(lambda p: self._open_now(Path(p)))
        self.file_dialog.open()

    def _on_start_new_set_requested(self, text: str, title: str) -> None:
        self._load_document(new_set_data(text, title), None,
                            "New set. Add a question under the list, then select its evidence in the text.")

    def _guard_unsaved(self, then: Callable[[], None]) -> None:
        """Run ``then`` now, or after the teacher saved or discarded the changes (the dialog does not block)."""
        if not self.is_modified():
            then()
            return
        if self.unsaved_dialog is not None:  # already asking
            self.unsaved_dialog.raise_()
            return
        title = (self.data or {}).get("title") or "This set"
        box = QMessageBox(QMessageBox.Icon.Question, "Save the changes?",
                          f"“{title}” has changes that are not saved.", parent=self)
        box.setTextFormat(Qt.TextFormat.PlainText)
        box.setInformativeText("Save them before you go on?")
        box.setStandardButtons(QMessageBox.StandardButton.Save | QMessageBox.StandardButton.Discard
                               | QMessageBox.StandardButton.Cancel)
        box.button(QMessageBox.StandardButton.Discard).setText("&Discard the changes")
        box.setDefaultButton(QMessageBox.StandardButton.Save)
        box.setEscapeButton(QMessageBox.StandardButton.Cancel)
        box.setWindowModality(Qt.WindowModality.WindowModal)
        box.finished.connect(lambda _result: self._on_unsaved_dialog_finished(box, then))
        self.unsaved_dialog = box
        box.open()

    def _on_unsaved_dialog_finished(self, box: QMessageBox, then: Callable[[], None]) -> None:
        self.unsaved_dialog = None
        choice = box.standardButton(box.clickedButton()) if box.clickedButton() else QMessageBox.StandardButton.Cancel
        if choice == QMessageBox.StandardButton.Save:
            if self.save():
                then()
        elif choice == QMessageBox.StandardButton.Discard:
            then()

    def closeEvent(self, event: QCloseEvent) -> None:
        if self._allow_close or not self.is_modified():
            self._validate_timer.stop()
            event.accept()
            return
        event.ignore()
        self._guard_unsaved(self._close_now)

    def _close_now(self) -> None:
        self._allow_close = True
        self.close()
        self._allow_close = False

    # ================================================================== small things
    def _show_message(self, title: str, text: str, icon=QMessageBox.Icon.Warning) -> None:
        box = QMessageBox(icon, title, text, QMessageBox.StandardButton.Ok, self)
        box.setTextFormat(Qt.TextFormat.PlainText)
        box.setWindowModality(Qt.WindowModality.WindowModal)
        self.message_dialog = box
        box.open()

    def shortcut_help(self) -> str:
        """The keyboard shortcuts, from the menus' actions as they are now."""
        return shortcut_help_text([(menu.title(), menu.actions()) for menu in self.menus.values()], OTHER_KEYS)

    def _on_keys_action_triggered(self) -> None:
        self._show_message("Keyboard shortcuts", self.shortcut_help(), QMessageBox.Icon.Information)


# ====================================================================== helpers


def _scrolling(widget: QWidget) -> QScrollArea:
    area = QScrollArea()
    area.setWidgetResizable(True)
    area.setFrameShape(QScrollArea.Shape.NoFrame)
    inner = QWidget()
    layout = QVBoxLayout(inner)
    layout.addWidget(widget)
    area.setWidget(inner)
    return area


__all__ = ["EditorWindow"]

"""The teacher's set editor: a window of its own, beside the students' window.

Left: the questions (each marked ⚠ with its problems) and the list of problems. Middle: the form of
the selected question, the set's details and round defaults, its sources. Right: the source text,
where selecting words sets the question's evidence.

Every edit is a command on one undo stack; the validator of ``quiz-bank validate`` runs on a copy of
the set shortly after each pause in typing, off the GUI thread (``checking.py``). The set is kept as plain dicts (see ``document.py`` for why). The
window wires its parts: the menus (``actions.py``), the files (``files.py``), the list of questions
(``question_panel.py``), the form (``question_editor.py``), the problems and the source text.
"""

from __future__ import annotations

import copy
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import (
    QLabel,
    QMainWindow,
    QMessageBox,
    QScrollArea,
    QSizePolicy,
    QSplitter,
    QStackedWidget,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from question_bank.models import QuestionSet
from question_bank.validation import Problem

from .actions import EditorMenus, action_states
from .bank_actions import BankActions
from .checking import CHECK_DELAY_MS, SetChecker, Verdict
from .document import (
    MISSING,
    Validation,
    accepted_report,
    broken_quotes_report,
    describe_place,
    playable_set,
    problem_count_report,
    problem_list,
    problem_place,
    question_ids,
    try_typed_answer,
    trying_report,
)
from .editing import EditedSet
from .files import SetFiles
from .panes import Panes
from .problems_panel import ProblemsPanel
from .question_editor import QuestionEditor
from .question_panel import QuestionPanel
from .set_details import SetDetailsForm
from .set_io import import_formats_text
from .source_pane import SourcePane
from .sources_form import AddSourceDialog, SourcesForm
from .start_page import StartPage
from .suggest_panel import SuggestPanel

if TYPE_CHECKING:  # the printer loads on first use
    from ..printing import PrintDialog

#: The tabs of the middle pane, in order.
FORM_TABS = ("question", "set", "sources")


class EditorWindow(QMainWindow):
    try_requested = Signal(object)
    """Play this ``QuestionSet`` (the set as it is now) as a practice round, without recording scores."""
    set_saved = Signal(str)
    """The set was written to this path (the students' window may reload its list of sets)."""

    def __init__(self, data_dir: Path, parent=None):
        super().__init__(parent)
        self.print_dialog: PrintDialog | None = None  # the last print dialog opened (File › Print)
        self.validation = Validation()
        self.edits = EditedSet(self)
        self.edits.changed.connect(self._on_edits_changed)
        self.edits.undo_stack.cleanChanged.connect(self._on_undo_stack_clean_changed)
        self._allow_close = False
        #: (question index, its evidence) before the teacher's current selection in the source changed it
        self._quote_before_selection: tuple[int, object] | None = None
        self.message_dialog: QMessageBox | None = None
        self.add_source_dialog: AddSourceDialog | None = None
        self.suggest_panel: SuggestPanel | None = None
        self.checker = SetChecker(lambda: self.data, self)
        self.checker.checked.connect(self._on_checker_checked)
        self.checker.failed.connect(self._on_checker_failed)
        self.setWindowTitle(QCoreApplication.translate("EditorWindow", "Set editor[*]"))
        self.files = SetFiles(data_dir, self, self.edits.undo_stack, lambda: self.data, self.validate_now)
        self.files.opened.connect(self._on_files_opened)
        self.files.left.connect(self._on_files_left)
        self.files.saved.connect(self._on_files_saved)
        self.files.message_requested.connect(self._show_message)
        self.files.status_requested.connect(self._on_files_status_requested)
        self._build_ui()
        self.bank = BankActions(self)
        self.menus = EditorMenus(self, self.edits.undo_stack, self._action_slots(), self.question_panel.list)
        self.panes.fit_to_screen()
        self.show_start()

    # ================================================================== building
    def _build_ui(self) -> None:
        self.pages = QStackedWidget()
        self.setCentralWidget(self.pages)
        self.start_page = StartPage(import_formats_text())
        self.start_page.new_set_requested.connect(self._on_start_page_new_set_requested)
        self.start_page.open_requested.connect(self.files.request_open)
        self.pages.addWidget(_scrolling(self.start_page, pad=False))

        left = self.left_panel = QSplitter(Qt.Orientation.Vertical)
        left.setChildrenCollapsible(False)
        panel = self.question_panel = QuestionPanel()
        panel.list.current_row_changed.connect(self._on_question_list_current_row_changed)
        panel.list.activated.connect(self._on_question_list_activated)
        panel.add_requested.connect(self.add_question)
        panel.duplicate_requested.connect(self.edits.duplicate_question)
        panel.delete_requested.connect(self._on_question_panel_delete_requested)
        panel.move_requested.connect(self.edits.move_question)
        panel.suggest_questions_requested.connect(self.request_suggest_questions)
        left.addWidget(panel)
        self.problems = ProblemsPanel()
        self.problems.problem_activated.connect(self._on_problems_problem_activated)
        left.addWidget(self.problems)
        left.setStretchFactor(0, 3)
        left.setStretchFactor(1, 2)

        self.tabs = QTabWidget()
        self.tabs.setAccessibleName(QCoreApplication.translate("EditorWindow", "Question, set details and sources"))
        self.question_editor = QuestionEditor()
        self.question_editor.field_edited.connect(self.edits.edit_question_field)
        self.question_editor.quote_requested.connect(self._on_question_editor_quote_requested)
        self.question_editor.set_answer_tryer(lambda q, text: try_typed_answer(self.data or {}, q, text))
        self.question_editor.set_set_lookup(lambda: self.data or {})
        self.tabs.addTab(_scrolling(self.question_editor), QCoreApplication.translate("EditorWindow", "&Question"))
        self.set_details = SetDetailsForm()
        self.set_details.field_edited.connect(self.edits.edit_field)
        self.tabs.addTab(_scrolling(self.set_details), QCoreApplication.translate("EditorWindow", "Set and &rounds"))
        self.sources_form = SourcesForm()
        self.sources_form.field_edited.connect(self.edits.edit_field)
        self.sources_form.source_id_changed.connect(self.edits.rename_source)
        self.sources_form.add_requested.connect(self.request_add_source)
        self.sources_form.remove_requested.connect(self.edits.remove_source)
        self.sources_form.source_selected.connect(self._on_sources_form_source_selected)
        self.tabs.addTab(_scrolling(self.sources_form), QCoreApplication.translate("EditorWindow", "Sour&ces"))

        self.source_pane = SourcePane()
        self.source_pane.passage_selected.connect(self._on_source_pane_passage_selected)
        self.source_pane.evidence_chosen.connect(self._on_source_pane_evidence_chosen)
        self.source_pane.evidence_clear_requested.connect(self._on_source_pane_evidence_clear_requested)
        self.source_pane.source_text_edited.connect(self.edits.edit_source_text)
        self.panes = Panes(self, self.pages, left, self.tabs, self.source_pane)

        # The status bar's own message is one line, cut at the window's edge ("… 2 questions quote words
        # no longer in the so"): a wrapping label shows the whole message instead, two lines high always
        # (a bar that grew with the message would move the panes above it).
        bar = self.statusBar()
        self.status_text = QLabel()
        self.status_text.setWordWrap(True)
        self.status_text.setAccessibleName(QCoreApplication.translate("EditorWindow", "Status"))
        self.status_text.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.status_text.setMinimumHeight(self.status_text.fontMetrics().lineSpacing() * 2 + 4)
        bar.addPermanentWidget(self.status_text, 1)
        bar.messageChanged.connect(self._on_status_message_changed)
        self.count_label = QLabel()
        self.count_label.setAccessibleName(QCoreApplication.translate("EditorWindow", "Number of problems"))
        bar.addPermanentWidget(self.count_label)
        #: the warning the last check put in the status bar (taken down when a later check finds it gone)
        self._check_warning = ""

    def _action_slots(self) -> dict[str, Callable[[], object]]:
        """What each action of ``actions.ACTIONS`` does."""
        files = self.files
        return {
            "new": files.request_new, "open": files.request_open, "save": files.save,
            "save_as": files.request_save_as, "try": self.try_as_student, "print": self.request_print,
            "close": self.close, "add": lambda: self.add_question(self.question_panel.chosen_type()),
            "duplicate": self.edits.duplicate_question, "delete": self._on_question_panel_delete_requested,
            "move_up": lambda: self.edits.move_question(-1), "move_down": lambda: self.edits.move_question(1),
            "add_source": self.request_add_source, "suggest": self._on_suggest_action_triggered,
            "suggest_questions": self.request_suggest_questions,
            "next_problem": lambda: self.go_to_problem(1), "previous_problem": lambda: self.go_to_problem(-1),
            "go_list": lambda: self._focus(self.question_panel.list), "go_form": self._focus_form,
            "go_source": lambda: self._focus(self.source_pane.text_view),
            "go_problems": lambda: self._focus(self.problems.list), "keys": self._on_keys_action_triggered,
            "find": self.bank.focus_search, "change_selected": self.bank.request_change_selected,
            "copy_to_set": lambda: self.bank.request_copy_to_set(False),
            "move_to_set": lambda: self.bank.request_copy_to_set(True), "find_duplicates": self.bank.find_duplicates,
        }

    # ================================================================== public API
    @property
    def data(self) -> dict | None:
        """The set being edited (plain dicts in the file's shape), or None on the start page."""
        return self.edits.data

    @property
    def path(self) -> Path | None:
        """The set's file; None for a new or imported set (not saved yet)."""
        return self.files.path

    def new_set_from_text(self, text: str, title: str) -> None:
        """Start a new set whose one source is ``text`` (asks first about unsaved changes)."""
        self.files.new_set_from_text(text, title)

    def open_set(self, path: str | Path) -> None:
        """Open a set file (.json), or import one in another format (asks first about unsaved changes)."""
        self.files.open(path)

    def save(self) -> bool:
        """Save to the set's file; a new set goes into the sets folder, where the students' window finds it."""
        return self.files.save()

    def is_modified(self) -> bool:
        return self.files.is_modified()

    def add_questions(self, questions: list[dict], text: str = "") -> None:
        """Append questions (dicts in the file's shape) as one undo step: the hook for "Suggest questions"."""
        self.edits.add_questions(questions, text or QCoreApplication.translate("EditorWindow", "Add suggested questions"))

    def show_start(self) -> None:
        self.pages.setCurrentIndex(0)
        self._update_actions()
        self.start_page.focus_first()

    def shortcut_help(self) -> str:
        """The keyboard shortcuts, from the menus' actions as they are now."""
        return self.menus.shortcut_help()

    # ================================================================== documents
    def _on_start_page_new_set_requested(self, text: str, title: str) -> None:
        self.files.new_set_from_text(text, title, ask_first=False)  # the start page shows only without a set

    def _on_files_opened(self, data: dict, message: str) -> None:
        self._close_suggest_panel()
        self.edits.start(data)
        self.question_panel.filters.clear()  # the last set's search does not apply to this one
        self.pages.setCurrentWidget(self.panes.editing_page)
        self.source_pane.show_document(data)
        self._rebuild_list()
        self.checker.changed(delay_ms=0)
        self._select_question(0 if data.get("questions") else -1, jump=True)
        self._sync_views()
        self.tabs.setCurrentIndex(0)
        self._update_title()
        self._update_actions()
        if message:
            self.statusBar().showMessage(message, 15000)
        self.question_panel.list.setFocus()

    def _on_files_left(self) -> None:
        """The set is left (saved or discarded by now) for the start page."""
        self._close_suggest_panel()
        self.checker.stop()
        self.edits.start(None)
        self._update_title()
        self.start_page.reset()
        self.show_start()

    def _on_files_saved(self, path: str) -> None:
        self._update_title()
        self.set_saved.emit(path)

    def _on_files_status_requested(self, text: str, timeout_ms: int) -> None:
        if text:
            self.statusBar().showMessage(text, timeout_ms)
        else:
            self.statusBar().clearMessage()

    # ================================================================== edits
    def _on_edits_changed(self, path: tuple, select: int | None) -> None:
        """An edit, undo or redo changed the set at ``path``: show the change."""
        structural = path == ("questions",)
        # a question added, moved or removed is checked at once (its marks move); typing after a pause
        self.checker.changed(sources=path[0] == "sources" and (len(path) == 1 or path[-1] == "text"),
                             delay_ms=0 if structural else CHECK_DELAY_MS)
        if structural:
            self._rebuild_list()
        elif path[0] == "questions" and len(path) > 1 and isinstance(path[1], int):
            self.question_panel.model.question_changed(path[1])
        if select is not None and select != self.edits.current:
            self._select_question(select, jump=True)
        self._sync_views()
        self._update_title()

    def add_question(self, qtype: str) -> None:
        if self.edits.add_question(qtype, self.source_pane.source_id):
            self.tabs.setCurrentIndex(0)
            self.question_editor.forms[qtype].prompt_edit.setFocus()

    def _on_question_panel_delete_requested(self) -> None:
        # every selected question goes (in one undo step), not only the current one
        deleted = self.edits.delete_questions(self.question_panel.selected_rows() or [self.edits.current])
        if deleted == 1:
            self.statusBar().showMessage(QCoreApplication.translate("EditorWindow", "Question deleted. Undo (Ctrl+Z) brings it back."), 8000)
        elif deleted:
            self.statusBar().showMessage(QCoreApplication.translate(
                "EditorWindow", "%n questions deleted. Undo (Ctrl+Z) brings them back.", "", deleted), 8000)

    def _on_source_pane_passage_selected(self, source_id: str, quote: str, new_selection: bool) -> None:
        if new_selection:  # what the question's quote was before these words were selected (see below)
            self._quote_before_selection = (self.edits.current, copy.deepcopy(
                (self.edits.current_question() or {}).get("evidence", MISSING)))
        self.edits.set_evidence(source_id, quote, QCoreApplication.translate("EditorWindow", "Set the evidence"), merge=not new_selection)

    def _on_question_editor_quote_requested(self, rel: tuple) -> None:
        """"Quote from selection" of an ordering item or a matching pair: the selected words become its own
        quote. Selecting them set the question's quote too (a selection always does); that is taken back,
        in the same undo step, so the question keeps the quote it had."""
        quote = self.source_pane.selected_quote()
        if self.edits.current_question() is None:
            return
        if not quote:
            self.statusBar().showMessage(QCoreApplication.translate("EditorWindow", "Select the words in the source text first, then press “Quote from "
                                         "selection”."), 10000)
            return
        stack = self.edits.undo_stack
        stack.beginMacro(QCoreApplication.translate("EditorWindow", "Quote from the selection"))
        before = self._quote_before_selection
        if before is not None and before[0] == self.edits.current:
            self.edits.push(("questions", self.edits.current, "evidence"), before[1], QCoreApplication.translate("EditorWindow", "Keep the question's quote"))
        self.edits.push(("questions", self.edits.current, *rel), {"source": self.source_pane.source_id,
                                                                  "quote": quote}, QCoreApplication.translate("EditorWindow", "Quote from the selection"))
        stack.endMacro()
        self._quote_before_selection = None
        self.checker.changed(delay_ms=0)
        self.statusBar().showMessage(QCoreApplication.translate("EditorWindow", "{place} now has its own quote.").format(place=describe_place(rel[:2]).capitalize()), 8000)

    def _on_source_pane_evidence_chosen(self, source_id: str, quote: str) -> None:
        if self.edits.current_question() is not None:
            self.edits.set_evidence(source_id, quote, QCoreApplication.translate("EditorWindow", "Use the passage as evidence"))
            self.checker.changed(delay_ms=0)

    def _on_source_pane_evidence_clear_requested(self) -> None:
        self.edits.clear_evidence(self.source_pane.source_id)

    def _on_suggest_action_triggered(self) -> None:
        if self.edits.current_question() is not None:
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
            panel.addActions([self.menus.undo_action, self.menus.redo_action])
            self.edits.undo_stack.indexChanged.connect(panel.sync)
        panel.show()
        panel.raise_()
        panel.activateWindow()
        panel.draft_if_needed()

    def _on_suggest_panel_add_requested(self, questions: list) -> None:
        n = len(questions)
        self.add_questions(questions, QCoreApplication.translate("EditorWindow", "Accept a suggested question") if n == 1 else QCoreApplication.translate("EditorWindow", "Accept {n} suggested questions").format(n=n))
        self.statusBar().showMessage(accepted_report(n), 8000)

    def _on_suggest_panel_edit_requested(self, question: dict) -> None:
        self.add_questions([question], QCoreApplication.translate("EditorWindow", "Add a suggested question"))
        self.activateWindow()
        self._focus_form()
        self.statusBar().showMessage(QCoreApplication.translate("EditorWindow", "Suggested question added: change it in the form. Suggest questions "
                                     "(Ctrl+Shift+G) brings back the other drafts."), 15000)

    def _close_suggest_panel(self) -> None:
        """The drafts belong to the set that is left: close them."""
        panel, self.suggest_panel = self.suggest_panel, None
        if panel is not None:
            self.edits.undo_stack.indexChanged.disconnect(panel.sync)
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
        title = dialog.title_edit.text().strip() or QCoreApplication.translate("EditorWindow", "Source")
        source = self.edits.add_source(dialog.text(), title, dialog.citation_edit.text().strip())
        if source is None:
            return
        self.source_pane._source_id = source["id"]
        self._sync_views()
        self.sources_form.select_source(len(self.data["sources"]) - 1)
        self.statusBar().showMessage(QCoreApplication.translate("EditorWindow", "Source “{title}” added; it is shown beside the form.").format(title=title), 8000)

    def _on_sources_form_source_selected(self, source_id: str) -> None:
        if source_id and source_id != self.source_pane.source_id:
            self.source_pane._source_id = source_id
            self.source_pane.show_document(self.data or {})
            self.source_pane.show_question(self.edits.current_question())

    # ================================================================== showing
    def _rebuild_list(self) -> None:
        questions = (self.data or {}).get("questions", [])
        self.edits.current = min(self.edits.current, len(questions) - 1)
        self.question_panel.show_set(self.data, self.validation, self.edits.current)
        self.bank.refresh()
        self._update_actions()

    def _select_question(self, index: int, jump: bool = False) -> None:
        questions = (self.data or {}).get("questions", [])
        self.edits.current = index if 0 <= index < len(questions) else -1
        self.question_panel.select(self.edits.current)
        self._show_form()
        self.source_pane.show_question(self.edits.current_question(), jump=jump)
        self._update_actions()

    def _show_form(self) -> None:
        errors = self.validation.errors_for_question(self.edits.current)
        warnings = self.validation.warnings_for_question(self.edits.current)
        self.question_editor.show_question(self.edits.current_question(), problem_list(errors), problem_list(warnings))

    def _sync_views(self) -> None:
        if self.data is None:
            return
        self._show_form()
        self.set_details.load(self.data)
        self.sources_form.load(self.data)
        self.source_pane.show_document(self.data)
        self.source_pane.show_question(self.edits.current_question())

    def validate_now(self) -> Validation:
        """Run the validator on the set as it is now, on the spot, and show what it says (saving, trying and
        printing need the verdict on the latest text; a background check still running is dropped)."""
        self.checker.check_now()
        return self.validation

    def _on_checker_checked(self, verdict: Verdict) -> None:
        """A verdict on the set as it is now: show it (the list's marks, the problems, the form, the count)."""
        if self.data is None:
            return
        self.validation = verdict.validation
        self.question_panel.model.show_validation(self.validation)
        self.bank.refresh(structural=False)
        self.problems.show_validation(self.validation, question_ids(self.data))
        self._show_form()
        self.count_label.setText(problem_count_report(len(self.validation.errors)))
        report = broken_quotes_report(verdict.broken or [])
        if report:
            self.statusBar().showMessage(report, 20000)
        elif self._check_warning and self.statusBar().currentMessage() == self._check_warning:
            self.statusBar().clearMessage()  # fixed (or undone) since: the warning is no longer true
        self._check_warning = report

    def _on_status_message_changed(self, text: str) -> None:
        self.status_text.setText(text)
        self.status_text.setToolTip(text)

    def _on_checker_failed(self, text: str) -> None:
        self.statusBar().showMessage(text, 20000)

    def _on_undo_stack_clean_changed(self, _clean: bool) -> None:
        self._update_title()

    def _update_title(self) -> None:
        if self.data is None:
            self.setWindowTitle(QCoreApplication.translate("EditorWindow", "Set editor[*]"))
        else:
            name = self.path.name if self.path else QCoreApplication.translate("EditorWindow", "not saved yet")
            self.setWindowTitle(QCoreApplication.translate("EditorWindow", "Set editor — {title} ({file})[*]").format(
                title=self.data.get("title") or QCoreApplication.translate("EditorWindow", "Untitled"), file=name))
        self.setWindowModified(self.is_modified())

    def _update_actions(self) -> None:
        has_set = self.data is not None and self.pages.currentWidget() is self.panes.editing_page
        count = len((self.data or {}).get("questions", []))
        states = action_states(has_set, self.edits.current if self.edits.current_question() is not None else -1, count)
        self.menus.enable(states)
        self.menus.toolbar.setVisible(has_set)
        self.question_panel.enable(states)
        self.question_editor.show_count(count)

    # ================================================================== navigation
    def _on_question_list_current_row_changed(self, row: int) -> None:
        if row != self.edits.current:
            self._select_question(row, jump=True)
            self.tabs.setCurrentIndex(0)

    def _on_question_list_activated(self, _index) -> None:
        """Enter on a question: on to its form."""
        self._focus_form()

    def _on_problems_problem_activated(self, problem: Problem) -> None:
        self.show_problem(problem)

    def show_problem(self, problem: Problem) -> None:
        """Select the question (or set field) of a problem and put the focus on the field to fix."""
        place = problem_place(problem)
        if place.question is not None:
            self._select_question(place.question, jump=True)
        self.tabs.setCurrentIndex(FORM_TABS.index(place.tab))
        if place.in_source_text:
            self.panes.reveal(self.source_pane)
            self.source_pane.text_view.setFocus()
            return
        self.panes.reveal(self.tabs)
        if place.tab == "question":
            self.question_editor.focus_field(place.field)
        elif place.tab == "sources":
            self.sources_form.focus_field(place.field)
        else:
            self.set_details.focus_field(place.field)

    def go_to_problem(self, step: int) -> None:
        """F8 / Shift+F8: the next or previous problem, round the list."""
        current = self.edits.current if self.edits.current_question() is not None else None
        if not self.problems.go_to(step, current):
            self.statusBar().showMessage(QCoreApplication.translate("EditorWindow", "Nothing to fix: no problems or warnings."), 4000)

    def _focus(self, widget: QWidget) -> None:
        if self.pages.currentWidget() is self.panes.editing_page:
            self.panes.reveal(widget)
            widget.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def _focus_form(self) -> None:
        self.tabs.setCurrentIndex(0)
        self.panes.reveal(self.tabs)
        self.question_editor.focus_prompt()

    # ================================================================== trying, printing
    def _playable_now(self, nothing_title: str) -> tuple[QuestionSet | None, list[int]]:
        """The set as it is now with its incomplete questions left out (and their places); None, with a
        message titled ``nothing_title``, when no question is complete."""
        if self.data is None:
            return None, []
        self.validate_now()
        qset, left_out, why = playable_set(self.data)
        if qset is None or not qset.questions:
            self._show_message(nothing_title, why or QCoreApplication.translate("EditorWindow", "Add a question first."), QMessageBox.Icon.Information)
            return None, []
        return qset, left_out

    def try_as_student(self) -> None:
        """Emit ``try_requested`` with the set as it is now (incomplete questions left out)."""
        qset, left_out = self._playable_now(QCoreApplication.translate("EditorWindow", "Nothing to try yet"))
        if qset is not None:
            self.statusBar().showMessage(trying_report(questions_asked(qset), left_out, len(qset.questions)), 15000)
            self.try_requested.emit(qset)

    def request_print(self) -> PrintDialog | None:
        """Print the set as it is now (incomplete questions left out) as a PDF worksheet or answer key."""
        qset, left_out = self._playable_now(QCoreApplication.translate("EditorWindow", "Nothing to print yet"))
        if qset is None:
            return None
        from ..printing import print_set  # the printer loads on first use

        if left_out:
            self.statusBar().showMessage(QCoreApplication.translate("EditorWindow", "%n incomplete question(s) are left out of the worksheet.", "", len(left_out)), 15000)
        self.print_dialog = print_set(self, qset)
        return self.print_dialog

    # ================================================================== closing, small things
    def closeEvent(self, event: QCloseEvent) -> None:
        if self._allow_close or not self.is_modified():
            self.checker.stop()
            event.accept()
            return
        event.ignore()
        self.files.guard_unsaved(self._close_now)

    def _close_now(self) -> None:
        self._allow_close = True
        self.close()
        self._allow_close = False

    def _show_message(self, title: str, text: str, icon=QMessageBox.Icon.Warning) -> None:
        box = QMessageBox(icon, title, text, QMessageBox.StandardButton.Ok, self)
        box.setTextFormat(Qt.TextFormat.PlainText)
        box.setWindowModality(Qt.WindowModality.WindowModal)
        self.message_dialog = box
        box.open()

    def _on_keys_action_triggered(self) -> None:
        self._show_message(QCoreApplication.translate("EditorWindow", "Keyboard shortcuts"), self.shortcut_help(), QMessageBox.Icon.Information)


def questions_asked(qset: QuestionSet) -> int:
    """How many questions a practice round of ``qset`` asks, drawn as the students' window draws it."""
    from ...session import RoundSettings, draw_questions

    return len(draw_questions(qset, RoundSettings.for_set(qset, "practice"), seed=0))


def _scrolling(widget: QWidget, pad: bool = True) -> QScrollArea:
    """``widget`` in a frameless scroll area (``pad``: inside a margin, as the forms are)."""
    area = QScrollArea()
    area.setWidgetResizable(True)
    area.setFrameShape(QScrollArea.Shape.NoFrame)
    if pad:
        inner = QWidget()
        QVBoxLayout(inner).addWidget(widget)
        widget = inner
    area.setWidget(widget)
    return area


__all__ = ["EditorWindow"]

"""What the bank's controls do in the editor window: filter the list, change several questions as one
undo step, copy or move questions to another set file, show duplicates. The window makes one
``BankActions`` and tells it when the set or the verdict changed (``refresh``)."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, Qt
from PySide6.QtWidgets import QFileDialog

from quiz_app import paths
from quiz_app.set_files import SetSaveError, save_set_file

from ..workers import run_in_background
from .bank import (
    bulk_report,
    changed_questions,
    copied_report,
    copy_into,
    find_duplicates,
    matching_rows,
    question_paragraphs,
    shown_report,
)
from .bank_panel import BulkEditDialog
from .document import question_ids
from .set_io import read_set_file

if TYPE_CHECKING:
    from .editor_window import EditorWindow


class BankActions(QObject):
    def __init__(self, window: EditorWindow):
        super().__init__(window)
        self.window = window
        self.panel = window.question_panel
        self.filters = self.panel.filters
        self.filters.changed.connect(self.apply_filters)
        self.panel.change_selected_requested.connect(self.request_change_selected)
        self.panel.copy_to_set_requested.connect(self.request_copy_to_set)
        self.panel.duplicates_requested.connect(self.find_duplicates)
        self.bulk_dialog: BulkEditDialog | None = None
        self.file_dialog: QFileDialog | None = None
        self._paragraphs: list[int | None] = []
        self.last_duplicates = None

    # ------------------------------------------------------------------ filtering
    def refresh(self, structural: bool = True) -> None:
        """The set changed (``structural``: questions added, removed or moved; else a verdict or a field):
        the filter choices and the rows shown follow."""
        data = self.window.data
        if data is None:
            return
        self._paragraphs = question_paragraphs(data)
        topics = sorted({str(t) for q in data.get("questions", []) if isinstance(q, dict)
                         for t in _list(q.get("topics"))})
        self.filters.show_choices(topics, sorted({p for p in self._paragraphs if p is not None}))
        if structural and self.filters.duplicates is not None:
            self.filters.duplicates = None  # the groups were rows of the questions as they were
        self.apply_filters()

    def apply_filters(self) -> None:
        data = self.window.data
        if data is None:
            return
        wanted = self.filters.current()
        total = len(data.get("questions", []))
        if wanted.is_empty:
            self.panel.show_only(None)
            self.filters.shown_label.setText("")
            self.filters.shown_label.setVisible(False)
            return
        rows = matching_rows(data, wanted, self.window.validation, self._paragraphs)
        self.panel.show_only(rows)
        said = shown_report(len(rows), total, wanted)
        if self.filters.shown_label.text() != said:
            self.filters.shown_label.setText(said)
        self.filters.shown_label.setVisible(True)

    def focus_search(self) -> None:
        self.window.panes.reveal(self.panel)
        self.filters.search_edit.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.filters.search_edit.selectAll()

    # ------------------------------------------------------------------ several at once
    def request_change_selected(self) -> None:
        rows = self.panel.selected_rows()
        if self.window.data is None or not rows:
            return
        dialog = self.bulk_dialog = BulkEditDialog(len(rows), self.window)
        dialog.accepted.connect(lambda: self.change_selected(rows, dialog.change()))
        dialog.open()

    def change_selected(self, rows: list[int], change) -> None:
        """Make ``change`` to the questions at ``rows``: one undo step."""
        data = self.window.data
        if data is None or change.is_empty or not rows:
            return
        questions = changed_questions(data.get("questions", []), rows, change)
        self.window.edits.push(("questions",), questions, f"Change {len(rows)} questions", structural=True)
        self._reselect(rows)
        self.window.statusBar().showMessage(bulk_report(len(rows), change), 15000)

    def _reselect(self, rows: list[int]) -> None:
        """After a change that rebuilt the list, the same questions are selected again."""
        view = self.panel.list
        model = view.model()
        selection = view.selectionModel()
        for r in rows:
            selection.select(model.index(r, 0), selection.SelectionFlag.Select)

    # ------------------------------------------------------------------ into another set
    def request_copy_to_set(self, move: bool) -> None:
        if self.window.data is None or not self.panel.selected_rows():
            return
        rows = self.panel.selected_rows()
        try:
            folder = str(paths.sets_dir(self.window.files.data_dir))
        except OSError:
            folder = str(Path.home())
        title = (QCoreApplication.translate("BankActions", "Move %n question(s) to the set", "", len(rows)) if move else
                 QCoreApplication.translate("BankActions", "Copy %n question(s) to the set", "", len(rows)))
        self.file_dialog = QFileDialog(self.window, title, folder,
                                       QCoreApplication.translate("BankActions", "Question sets (*.json)"))
        self.file_dialog.setFileMode(QFileDialog.FileMode.ExistingFile)
        self.file_dialog.setOption(QFileDialog.Option.DontUseNativeDialog, True)
        self.file_dialog.fileSelected.connect(lambda p: self.copy_to_set(Path(p), rows, move))
        self.file_dialog.open()

    def copy_to_set(self, target: Path, rows: list[int], move: bool = False) -> bool:
        """Copy (or move) the questions at ``rows`` into the set file ``target``, their sources with them;
        False, with the reason shown, when the file cannot be read or written."""
        window = self.window
        data = window.data
        if data is None or not rows:
            return False
        if window.path is not None and Path(target).resolve() == Path(window.path).resolve():
            window.statusBar().showMessage("That is the set being edited: choose another set file.", 15000)
            return False
        opened = read_set_file(Path(target))
        if opened.data is None:
            window._show_message("The questions were not copied", f"“{Path(target).name}” cannot be opened as a "
                                 "question set:\n\n" + "\n\n".join(opened.problems))
            return False
        copied = copy_into(opened.data, data, rows)
        try:
            save_set_file(Path(target), copied.target)
        except SetSaveError as exc:
            window._show_message("The questions were not copied", str(exc))
            return False
        if move:  # the other file is written first: whatever happens next, no question exists nowhere
            gone = set(rows)
            remaining = [q for i, q in enumerate(data.get("questions", [])) if i not in gone]
            window.edits.push(("questions",), remaining, f"Move {len(rows)} questions to another set",
                              select=min(rows[0], len(remaining) - 1), structural=True)
        window.statusBar().showMessage(copied_report(copied, Path(target).name, move), 20000)
        return True

    # ------------------------------------------------------------------ duplicates
    def find_duplicates(self) -> None:
        """Look for questions that ask the same (off the GUI thread: a large bank takes a moment)."""
        data = self.window.data
        if data is None:
            return
        questions = [dict(q) for q in data.get("questions", []) if isinstance(q, dict)]
        ids = question_ids(data)
        self.window.statusBar().showMessage("Looking for duplicate questions…", 0)
        run_in_background(lambda: find_duplicates(questions), lambda found: self._show_duplicates(found, ids),
                          lambda exc: self.window.statusBar().showMessage(f"Duplicates could not be found: {exc}",
                                                                          15000))

    def _show_duplicates(self, found, ids: list[str]) -> None:
        if self.window.data is None or question_ids(self.window.data) != ids:
            return  # the set changed meanwhile: the rows found are not these
        self.filters.duplicates = tuple(found.groups) if found.groups else None
        self.apply_filters()
        self.last_duplicates = found
        self.window.statusBar().showMessage(found.report(ids), 30000)


def _list(value: object) -> list:
    return value if isinstance(value, list) else []


__all__ = ["BankActions"]

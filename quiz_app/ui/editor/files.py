"""The editor's files: a new set from a text, open, import, save, save as, and asking before work is lost.

``SetFiles`` owns the set's file (``path``) and the dialogs about files; the window owns the set being
edited. It reads the set through ``document()`` and asks ``validate()`` for the validator's verdict before
saving; the undo stack says whether there are unsaved changes. It tells the window, by signals, when a set
is ready to edit, was saved or was left, and what to say in the status bar or a dialog. Files are read and
imported off the GUI thread (``workers.run_in_background``).
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, Qt, Signal
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget
from shiboken6 import isValid

from question_bank.i18n import QT_TRANSLATE_NOOP

from ... import paths
from ...set_files import SetSaveError, free_file_name, save_set_file, slug
from ..workers import run_in_background
from .document import Validation, file_data, new_set_data, saved_report
from .set_io import OpenedSet, import_set_file, read_set_file

SET_FILTERS = QT_TRANSLATE_NOOP("SetFiles", "Question sets and files to import (*.json *.gift *.txt *.xml *.csv *.tsv *.tab *.xlsx *.xlsm);;"
                                           "Question sets (*.json);;All files (*)")
NEW_SET_MESSAGE = QT_TRANSLATE_NOOP("SetFiles", "New set. Add a question under the list, then select its evidence in the text.")


class SetFiles(QObject):
    opened = Signal(dict, str)
    """A set is ready to edit: its data and a line for the status bar (``path`` is its file, or None)."""
    left = Signal()
    """The teacher left the set (saved or discarded) for the start page."""
    saved = Signal(str)
    """The set was written to this path."""
    message_requested = Signal(str, str, object)
    """Tell the teacher in a dialog: its title, its text and a ``QMessageBox.Icon``."""
    status_requested = Signal(str, int)
    """Show this line in the status bar for this many milliseconds (0: until replaced; "" clears it)."""

    def __init__(self, data_dir: Path, window: QWidget, undo_stack: QUndoStack,
                 document: Callable[[], dict | None], validate: Callable[[], Validation]):
        super().__init__(window)
        self.data_dir = Path(data_dir)
        #: the set's file; None for a new or imported set (not saved yet)
        self.path: Path | None = None
        self.unsaved_dialog: QMessageBox | None = None
        self.file_dialog: QFileDialog | None = None
        self._window = window
        self._undo_stack = undo_stack
        self._document = document
        self._validate = validate

    def is_modified(self) -> bool:
        """A set is open with changes since it was opened or saved (a set never saved counts as changed)."""
        return self._document() is not None and (not self._undo_stack.isClean() or self.path is None)

    # ------------------------------------------------------------------ new, open, import
    def new_set_from_text(self, text: str, title: str, *, ask_first: bool = True) -> None:
        """Start a new set whose one source is ``text`` (asking first about unsaved changes)."""
        def start() -> None:
            self._open_data(new_set_data(text, title), None, QCoreApplication.translate("SetFiles", NEW_SET_MESSAGE))

        if ask_first:
            self.guard_unsaved(start)
        else:
            start()

    def request_new(self) -> None:
        self.guard_unsaved(self._leave)

    def _leave(self) -> None:
        self.path = None
        self.left.emit()

    def request_open(self) -> None:
        self.guard_unsaved(self._show_open_dialog)

    def open(self, path: str | Path) -> None:
        """Open a set file (.json), or import one in another format (asking first about unsaved changes)."""
        self.guard_unsaved(lambda: self._read(Path(path)))

    def _show_open_dialog(self) -> None:
        self.file_dialog = QFileDialog(self._window, QCoreApplication.translate("SetFiles", "Open a set or import questions"), str(self._sets_folder()),
                                       QCoreApplication.translate("SetFiles", SET_FILTERS))
        self.file_dialog.setFileMode(QFileDialog.FileMode.ExistingFile)
        self.file_dialog.fileSelected.connect(lambda p: self._read(Path(p)))
        self.file_dialog.open()

    def _read(self, path: Path) -> None:
        self.status_requested.emit(QCoreApplication.translate("SetFiles", "Opening {name}…").format(name=path.name), 0)
        if path.suffix.lower() == ".json":
            run_in_background(lambda: read_set_file(path), lambda r: self._on_set_file_read(path, r),
                              lambda exc: self._on_read_failed(path, exc))
        else:
            run_in_background(lambda: import_set_file(path), lambda r: self._on_set_imported(path, r),
                              lambda exc: self._on_read_failed(path, exc))

    def _on_set_file_read(self, path: Path, opened: OpenedSet) -> None:
        if not isValid(self):  # the window was closed and deleted while the file was read
            return
        if opened.data is None:
            self.status_requested.emit("", 0)
            self._tell(QCoreApplication.translate("SetFiles", "This file cannot be opened"), QCoreApplication.translate("SetFiles", "“{name}” cannot be opened as a question set:\n\n").format(name=path.name) + "\n\n".join(opened.problems))
            return
        self._open_data(opened.data, path, QCoreApplication.translate("SetFiles", "Opened {path}.").format(path=path) + (f" ⚠ {opened.warning}" if opened.warning else ""))

    def _on_set_imported(self, path: Path, opened: OpenedSet) -> None:
        if not isValid(self):
            return
        self.status_requested.emit("", 0)
        if opened.data is None:
            self._tell(QCoreApplication.translate("SetFiles", "Nothing could be imported"), f"“{path.name}”: " + "\n\n".join(opened.problems))
            return
        summary = opened.summary
        self._open_data(opened.data, None, summary.splitlines()[0] if summary else QCoreApplication.translate("SetFiles", "Imported {name}.").format(name=path.name))
        if opened.problems:
            self._tell(QCoreApplication.translate("SetFiles", "Imported, with remarks"), summary, QMessageBox.Icon.Information)

    def _on_read_failed(self, path: Path, exc: Exception) -> None:
        if not isValid(self):
            return
        self.status_requested.emit("", 0)
        self._tell(QCoreApplication.translate("SetFiles", "This file cannot be opened"), QCoreApplication.translate("SetFiles", "“{path}” could not be read: {exc}").format(path=path, exc=exc))

    def _open_data(self, data: dict, path: Path | None, message: str) -> None:
        self.path = path
        self.opened.emit(data, message)

    # ------------------------------------------------------------------ saving
    def save(self) -> bool:
        """Save to the set's file; a new set goes into the sets folder, where the students' window finds it."""
        data = self._document()
        if data is None:
            return False
        if self.path is not None:
            return self.save_to(self.path)
        try:
            folder = paths.sets_dir(self.data_dir)
        except OSError as exc:
            self._tell(QCoreApplication.translate("SetFiles", "The set was not saved"), f"The folder for question sets cannot be created "
                       f"({exc.strerror or exc}). Use “Save as…” to save the set somewhere else.")
            return False
        return self.save_to(free_file_name(folder, slug(str(data.get("id") or data.get("title") or "set"))))

    def save_to(self, path: str | Path) -> bool:
        """Write the set to ``path`` atomically (the old file is kept as .bak); False, with a message, on failure."""
        data = self._document()
        if data is None:
            return False
        validation = self._validate()
        payload = file_data(data, validation)
        try:
            written = save_set_file(Path(path), payload)
        except SetSaveError as exc:
            self.status_requested.emit(str(exc), 20000)
            self._tell(QCoreApplication.translate("SetFiles", "The set was not saved"), str(exc))
            return False
        self.path = written
        self._undo_stack.setClean()
        self.status_requested.emit(saved_report(written, payload, validation), 20000)
        self.saved.emit(str(written))
        return True

    def request_save_as(self) -> None:
        data = self._document()
        if data is None:
            return
        start = self.path or self._sets_folder() / f"{slug(str(data.get('id') or 'set'))}.json"
        self.file_dialog = QFileDialog(self._window, QCoreApplication.translate("SetFiles", "Save the set as"), str(start), QCoreApplication.translate("SetFiles", "Question sets (*.json)"))
        self.file_dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        self.file_dialog.setDefaultSuffix("json")
        self.file_dialog.fileSelected.connect(self.save_to)
        self.file_dialog.open()

    def _sets_folder(self) -> Path:
        try:
            return paths.sets_dir(self.data_dir)
        except OSError:
            return Path.home()

    # ------------------------------------------------------------------ asking before losing work
    def guard_unsaved(self, then: Callable[[], None]) -> None:
        """Run ``then`` now, or after the teacher saved or discarded the changes (the dialog does not block)."""
        if not self.is_modified():
            then()
            return
        if self.unsaved_dialog is not None:  # already asking
            self.unsaved_dialog.raise_()
            return
        title = (self._document() or {}).get("title") or QCoreApplication.translate("SetFiles", "This set")
        box = QMessageBox(QMessageBox.Icon.Question, QCoreApplication.translate("SetFiles", "Save the changes?"),
                          QCoreApplication.translate("SetFiles", "“{title}” has changes that are not saved.").format(title=title), parent=self._window)
        box.setTextFormat(Qt.TextFormat.PlainText)
        box.setInformativeText(QCoreApplication.translate("SetFiles", "Save them before you go on?"))
        box.setStandardButtons(QMessageBox.StandardButton.Save | QMessageBox.StandardButton.Discard
                               | QMessageBox.StandardButton.Cancel)
        box.button(QMessageBox.StandardButton.Discard).setText(QCoreApplication.translate("SetFiles", "&Discard the changes"))
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

    def _tell(self, title: str, text: str, icon: QMessageBox.Icon = QMessageBox.Icon.Warning) -> None:
        self.message_requested.emit(title, text, icon)


__all__ = ["SET_FILTERS", "SetFiles"]

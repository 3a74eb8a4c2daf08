"""The set's sources: their titles, ids and citations; adding a source from pasted or opened text."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from question_bank.i18n import QT_TRANSLATE_NOOP

from ...set_files import SourceTextError, clean_source_text, read_source_text
from ..widgets.text import plain_label
from .forms.base import buddy
from .forms.fields import LineField

TEXT_FILTER = QT_TRANSLATE_NOOP("AddSourceDialog", "Text files (*.txt *.md);;All files (*)")


class SourcesForm(QWidget):
    field_edited = Signal(tuple, object, bool)
    """A source's title or citation changed: (path in the set, new value, part of a typing run)."""
    source_id_changed = Signal(int, str)
    """The teacher renamed the id of source ``index``; quotes citing it should follow."""
    add_requested = Signal()
    """The teacher wants to add another source text."""
    remove_requested = Signal(int)
    """The teacher wants to remove source ``index``."""
    source_selected = Signal(str)
    """A source was chosen in the list (its id): show it beside the form."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self._loading = False
        self._sources: list[dict] = []
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(plain_label(QCoreApplication.translate("SourcesForm", "A set can quote several sources. The text of the source shown beside the "
                                     "form can be changed there with “Edit text”."), "muted"))
        self.list = QListWidget()
        self.list.setAccessibleName(QCoreApplication.translate("SourcesForm", "Sources of this set"))
        self.list.setWordWrap(True)
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.list.setResizeMode(QListWidget.ResizeMode.Adjust)
        self.list.currentRowChanged.connect(self._on_list_current_row_changed)
        layout.addWidget(self.list, 1)
        buttons = QHBoxLayout()
        self.add_button = QPushButton(QCoreApplication.translate("SourcesForm", "&Add a source…"))
        self.add_button.clicked.connect(self.add_requested.emit)
        self.remove_button = QPushButton(QCoreApplication.translate("SourcesForm", "&Remove this source"))
        self.remove_button.clicked.connect(lambda: self.remove_requested.emit(self.list.currentRow()))
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        self.details = QGroupBox(QCoreApplication.translate("SourcesForm", "This source"))
        form = QFormLayout(self.details)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.title_edit = LineField(QCoreApplication.translate("SourcesForm", "Source title"))
        self.title_edit.textEdited.connect(lambda t: self._emit("title", t))
        form.addRow(buddy(QCoreApplication.translate("SourcesForm", "&Title:"), self.title_edit), self.title_edit)
        self.citation_edit = LineField(QCoreApplication.translate("SourcesForm", "Citation: where the text comes from"), QCoreApplication.translate("SourcesForm", "Author, work, year, page or address"))
        self.citation_edit.textEdited.connect(lambda t: self._emit("citation", t))
        form.addRow(buddy(QCoreApplication.translate("SourcesForm", "&Citation:"), self.citation_edit), self.citation_edit)
        self.id_edit = LineField(QCoreApplication.translate("SourcesForm", "Source id (quotes refer to it)"))
        self.id_edit.editingFinished.connect(self._on_id_edit_finished)
        form.addRow(buddy(QCoreApplication.translate("SourcesForm", "Source &id:"), self.id_edit), self.id_edit)
        layout.addWidget(self.details)

    def load(self, data: dict) -> None:
        self._loading = True
        try:
            self._sources = [s for s in data.get("sources", []) if isinstance(s, dict)]
            # Keyed by whatever the file has as a quote's source (not yet validated: maybe not a string).
            cited: dict[object, int] = {}
            for q in data.get("questions", []):
                raw = q.get("evidence") if isinstance(q, dict) else None
                evid = raw if isinstance(raw, dict) else {}
                if evid.get("quote"):
                    cited[evid.get("source")] = cited.get(evid.get("source"), 0) + 1
            labels = []
            for i, s in enumerate(self._sources):
                words = len(str(s.get("text") or "").split())
                n = cited.get(s.get("id"), 0)
                labels.append(QCoreApplication.translate("SourcesForm", "{number}. {title} — {words:,} words, quoted by %n "
                                                         "question(s)", "", n).format(
                    number=i + 1, title=s.get("title") or QCoreApplication.translate("SourcesForm", "Untitled"), words=words))
            if [self.list.item(i).text() for i in range(self.list.count())] != labels:
                row = self.list.currentRow()
                self.list.clear()
                for label in labels:
                    self.list.addItem(QListWidgetItem(label))
                self.list.setCurrentRow(min(max(row, 0), len(labels) - 1) if labels else -1)
            self._show_current()
            self.remove_button.setEnabled(len(self._sources) > 1 and self.list.currentRow() >= 0)
        finally:
            self._loading = False

    def _show_current(self) -> None:
        row = self.list.currentRow()
        source = self._sources[row] if 0 <= row < len(self._sources) else None
        self.details.setEnabled(source is not None)
        self.title_edit.set_value(source.get("title", "") if source else "")
        self.citation_edit.set_value(source.get("citation", "") if source else "")
        if not self.id_edit.hasFocus():
            self.id_edit.set_value(source.get("id", "") if source else "")

    def select_source(self, index: int) -> None:
        if 0 <= index < self.list.count():
            self.list.setCurrentRow(index)

    def focus_field(self, path: tuple) -> bool:
        if len(path) > 1 and isinstance(path[1], int):
            self.select_source(path[1])
        key = path[2] if len(path) > 2 else "title"
        target = {"title": self.title_edit, "citation": self.citation_edit, "id": self.id_edit}.get(key, self.list)
        target.setFocus(Qt.FocusReason.OtherFocusReason)
        return True

    def _emit(self, key: str, value) -> None:
        row = self.list.currentRow()
        if not self._loading and row >= 0:
            self.field_edited.emit(("sources", row, key), value, True)

    def _on_id_edit_finished(self) -> None:
        row = self.list.currentRow()
        if self._loading or row < 0 or row >= len(self._sources):
            return
        new = self.id_edit.text().strip()
        if new != self._sources[row].get("id"):
            self.source_id_changed.emit(row, new)

    def _on_list_current_row_changed(self, row: int) -> None:
        if self._loading:
            return
        self._loading = True
        try:
            self._show_current()
        finally:
            self._loading = False
        self.remove_button.setEnabled(len(self._sources) > 1 and row >= 0)
        if 0 <= row < len(self._sources):
            self.source_selected.emit(str(self._sources[row].get("id", "")))


class AddSourceDialog(QDialog):
    """Another source text for the set: pasted, or read from a .txt/.md file."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setWindowTitle(QCoreApplication.translate("AddSourceDialog", "Add a source text"))
        self.resize(720, 560)
        layout = QVBoxLayout(self)
        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.title_edit = LineField(QCoreApplication.translate("AddSourceDialog", "Title of the source"))
        form.addRow(buddy(QCoreApplication.translate("AddSourceDialog", "&Title:"), self.title_edit), self.title_edit)
        self.citation_edit = LineField(QCoreApplication.translate("AddSourceDialog", "Citation: where the text comes from"), QCoreApplication.translate("AddSourceDialog", "Author, work, year, page or address"))
        form.addRow(buddy(QCoreApplication.translate("AddSourceDialog", "&Citation:"), self.citation_edit), self.citation_edit)
        layout.addLayout(form)
        layout.addWidget(plain_label(QCoreApplication.translate("AddSourceDialog", "Paste the text below, or open a text file (.txt or .md, UTF-8)."), "muted"))
        self.text_edit = paste_box(QCoreApplication.translate("AddSourceDialog", "Source text"))
        layout.addWidget(self.text_edit, 1)
        self.open_button = QPushButton(QCoreApplication.translate("AddSourceDialog", "&Open a text file…"))
        self.open_button.clicked.connect(self._on_open_clicked)
        layout.addWidget(self.open_button, 0, Qt.AlignmentFlag.AlignLeft)
        self.error_label = plain_label("", "banner")
        self.error_label.hide()
        layout.addWidget(self.error_label)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.ok_button = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(QCoreApplication.translate("AddSourceDialog", "Add the source"))
        buttons.accepted.connect(self._on_buttons_accepted)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.file_dialog: QFileDialog | None = None

    def text(self) -> str:
        return clean_source_text(self.text_edit.toPlainText())

    def load_file(self, path: str) -> bool:
        """Put the text of a .txt/.md file in the box; a plain-words error when it cannot be used, a warning
        when its encoding was a guess (accents to check)."""
        try:
            read = read_source_text(path)
        except SourceTextError as exc:
            self.error_label.setText(str(exc))
            self.error_label.show()
            return False
        self.text_edit.setPlainText(read.text)
        self.error_label.setText("⚠ " + read.warning)
        self.error_label.setVisible(bool(read.warning))
        if not self.title_edit.text().strip():
            self.title_edit.setText(Path(path).stem.replace("_", " ").replace("-", " "))
        return True

    def _on_open_clicked(self) -> None:
        self.file_dialog = QFileDialog(self, QCoreApplication.translate("AddSourceDialog", "Open a source text"), "",
                                       QCoreApplication.translate("AddSourceDialog", TEXT_FILTER))
        self.file_dialog.setFileMode(QFileDialog.FileMode.ExistingFile)
        self.file_dialog.fileSelected.connect(self.load_file)
        self.file_dialog.open()

    def _on_buttons_accepted(self) -> None:
        if not self.text().strip():
            self.error_label.setText(QCoreApplication.translate("AddSourceDialog", "There is no text yet: paste it, or open a text file."))
            self.error_label.show()
            return
        self.accept()


def paste_box(name: str) -> QPlainTextEdit:
    """A large box to paste a text into (shown and kept as plain text)."""
    box = QPlainTextEdit()
    box.setAccessibleName(name)
    box.setPlaceholderText(QCoreApplication.translate("sources_form", "Paste the text here"))
    box.setTabChangesFocus(True)
    box.setMinimumHeight(120)
    return box

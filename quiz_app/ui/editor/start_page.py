"""Where a teacher begins: a new set from a pasted or opened text, or an existing set (opened or imported)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QFileDialog,
    QFormLayout,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ...set_files import SourceTextError, clean_source_text, read_source_text
from ..widgets.text import plain_label
from .forms.base import buddy
from .forms.fields import LineField
from .sources_form import TEXT_FILTER, paste_box


class StartPage(QWidget):
    new_set_requested = Signal(str, str)
    """Make a new set from this text: (source text, set title)."""
    open_requested = Signal()
    """The teacher wants to open a set file or import one."""

    def __init__(self, import_formats: str = "", parent=None):
        super().__init__(parent)
        self.file_dialog: QFileDialog | None = None
        layout = QVBoxLayout(self)
        layout.addWidget(plain_label(QCoreApplication.translate("StartPage", "Set editor"), "screenTitle"))
        layout.addWidget(plain_label(QCoreApplication.translate("StartPage", "Make questions from your own text. Every answer is proved by a passage you "
                                     "select in the text."), "muted"))

        new_box = QGroupBox(QCoreApplication.translate("StartPage", "A new set from a text"))
        new = QVBoxLayout(new_box)
        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.title_edit = LineField(QCoreApplication.translate("StartPage", "Title of the new set"), QCoreApplication.translate("StartPage", "For example: The Berlin Airlift"))
        form.addRow(buddy(QCoreApplication.translate("StartPage", "&Title:"), self.title_edit), self.title_edit)
        new.addLayout(form)
        new.addWidget(plain_label(QCoreApplication.translate("StartPage", "Paste the source text (a textbook page, a primary source…), or open a .txt or .md "
                                  "file saved as UTF-8:"), "muted"))
        self.text_edit = paste_box(QCoreApplication.translate("StartPage", "Source text for the new set"))
        self.text_edit.textChanged.connect(self._on_text_edit_changed)
        new.addWidget(self.text_edit, 1)
        self.error_label = plain_label("", "banner")
        self.error_label.setAccessibleName(QCoreApplication.translate("StartPage", "Problem with the text"))
        self.error_label.hide()
        new.addWidget(self.error_label)
        row = QHBoxLayout()
        self.open_text_button = QPushButton(QCoreApplication.translate("StartPage", "Open a &text file…"))
        self.open_text_button.setAccessibleName(QCoreApplication.translate("StartPage", "Open a text file as the source"))
        self.open_text_button.clicked.connect(self._on_open_text_clicked)
        row.addWidget(self.open_text_button)
        row.addStretch(1)
        self.create_button = QPushButton(QCoreApplication.translate("StartPage", "&Create the set"))
        self.create_button.setObjectName("primary")
        self.create_button.setEnabled(False)
        self.create_button.clicked.connect(self._on_create_clicked)
        row.addWidget(self.create_button)
        new.addLayout(row)
        layout.addWidget(new_box, 1)

        line = QFrame()
        line.setFrameShape(QFrame.Shape.HLine)
        layout.addWidget(line)
        open_row = QHBoxLayout()
        self.open_set_button = QPushButton(QCoreApplication.translate("StartPage", "&Open a set or import questions…"))
        self.open_set_button.clicked.connect(self.open_requested.emit)
        open_row.addWidget(self.open_set_button)
        self.formats_label = plain_label(import_formats, "muted")
        open_row.addWidget(self.formats_label, 1)
        layout.addLayout(open_row)

    def reset(self) -> None:
        self.title_edit.clear()
        self.text_edit.clear()
        self.error_label.hide()

    def load_text_file(self, path: str) -> bool:
        """Put the text of a .txt/.md file in the box; a plain-words error when it cannot be used, a warning
        when its encoding was a guess (accents to check)."""
        try:
            read = read_source_text(path)
        except SourceTextError as exc:
            self.show_error(str(exc))
            return False
        self.text_edit.setPlainText(read.text)
        if read.warning:
            self.show_error("⚠ " + read.warning)
        else:
            self.error_label.hide()
        if not self.title_edit.text().strip():
            self.title_edit.setText(Path(path).stem.replace("_", " ").replace("-", " ").strip())
        return True

    def show_error(self, message: str) -> None:
        self.error_label.setText(message)
        self.error_label.show()

    def _on_text_edit_changed(self) -> None:
        self.create_button.setEnabled(bool(self.text_edit.toPlainText().strip()))

    def _on_open_text_clicked(self) -> None:
        self.file_dialog = QFileDialog(self, QCoreApplication.translate("StartPage", "Open a source text"), "",
                                       QCoreApplication.translate("AddSourceDialog", TEXT_FILTER))
        self.file_dialog.setFileMode(QFileDialog.FileMode.ExistingFile)
        self.file_dialog.fileSelected.connect(self.load_text_file)
        self.file_dialog.open()

    def _on_create_clicked(self) -> None:
        text = clean_source_text(self.text_edit.toPlainText())
        if not text.strip():
            self.show_error(QCoreApplication.translate("StartPage", "There is no text yet: paste it, or open a text file."))
            return
        title = self.title_edit.text().strip() or _first_line(text)
        self.new_set_requested.emit(text, title)

    def focus_first(self) -> None:
        self.title_edit.setFocus(Qt.FocusReason.OtherFocusReason)


def _first_line(text: str) -> str:
    first = text.strip().split("\n", 1)[0].strip().lstrip("#").strip()
    return first if 0 < len(first) <= 80 else QCoreApplication.translate("start_page", "New question set")

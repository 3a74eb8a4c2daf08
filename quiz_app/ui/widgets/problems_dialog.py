"""The validator's list of problems for a set file, in plain words."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QPlainTextEdit, QVBoxLayout

if TYPE_CHECKING:
    from question_bank.loading import LoadResult

from .text import plain_label


class ProblemsDialog(QDialog):
    def __init__(self, path: str, result: LoadResult, parent=None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Problems in this question set"))
        self.resize(720, 420)
        layout = QVBoxLayout(self)
        errors = result.errors
        if result.question_set is None:
            head = self.tr("“{path}” cannot be opened as a question set:").format(path=path)
        else:
            head = (self.tr("“{path}” has %n problem(s). It can be practised, "
                    "but not played as a scored round until they are fixed:", "", len(errors)).format(path=path))
        self.heading = plain_label(head, "sectionTitle")
        layout.addWidget(self.heading)
        self.details = QPlainTextEdit()
        self.details.setReadOnly(True)
        self.details.setAccessibleName(self.tr("List of problems"))
        self.details.setPlainText("\n\n".join(_describe(p) for p in errors))
        layout.addWidget(self.details, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        buttons.accepted.connect(self.accept)
        self.close_button = buttons.button(QDialogButtonBox.StandardButton.Close)
        layout.addWidget(buttons)


def _describe(problem) -> str:
    place = (QCoreApplication.translate("ProblemsDialog", "line {line}, column {column}").format(line=problem.line, column=problem.column)
             if problem.line else QCoreApplication.translate("ProblemsDialog", "the whole file"))
    where = f" ({problem.where})" if problem.path else ""
    text = QCoreApplication.translate("ProblemsDialog", "• At {place}{where}: {message}").format(place=place, where=where, message=problem.message)
    if problem.hint:
        text += f"\n  {problem.hint}"
    return text

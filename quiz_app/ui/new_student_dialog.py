"""The start screen's "New student" dialog: its name and extra time (its own module: made when opened, not
with the start screen, whose first paint does not need its types)."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QDoubleSpinBox, QFormLayout, QLineEdit

from .widgets.text import plain_label


class NewProfileDialog(QDialog):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("New student"))
        form = QFormLayout(self)
        self.name_edit = QLineEdit()
        self.name_edit.setAccessibleName(self.tr("Student name"))
        self.name_edit.setMaxLength(60)
        form.addRow(self.tr("&Name:"), self.name_edit)
        self.extra_time = QDoubleSpinBox()
        self.extra_time.setRange(1.0, 3.0)
        self.extra_time.setSingleStep(0.25)
        self.extra_time.setValue(1.0)
        self.extra_time.setSuffix(self.tr(" × time"))
        self.extra_time.setAccessibleName(self.tr("Extra time factor"))
        self.extra_time.setAccessibleDescription(self.tr("1.5 gives half as much time again in timed rounds"))
        form.addRow(self.tr("&Extra time:"), self.extra_time)
        form.addRow(plain_label(self.tr("For students who get extra time in tests: 1.5 gives half as much time again."), "muted"))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self._on_buttons_accepted)
        buttons.rejected.connect(self.reject)
        self.ok_button = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setEnabled(False)
        self.name_edit.textChanged.connect(lambda t: self.ok_button.setEnabled(bool(t.strip())))
        form.addRow(buttons)

    def _on_buttons_accepted(self):
        if self.name_edit.text().strip():
            self.accept()

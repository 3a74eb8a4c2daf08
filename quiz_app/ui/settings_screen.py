"""Settings: text size, theme, when feedback is shown, sound, how much spaced review aims to keep remembered."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ..settings import TEXT_SCALES, Settings
from .widgets.text import plain_label

THEMES = [("system", "System (as the computer is set)"), ("light", "Light"), ("dark", "Dark"),
          ("high_contrast", "High contrast (white on black)")]
RETENTION = [(0.8, "8 in 10 (fewer reviews)"), (0.85, "8.5 in 10"), (0.9, "9 in 10 (recommended)"),
             (0.95, "19 in 20 (many more reviews)")]
FEEDBACK = [("set", "As the question set says"), ("after_each", "After each answer"),
            ("at_end", "At the end of the round")]


class SettingsScreen(QWidget):
    settings_changed = Signal(object)
    """The student changed a setting; carries the new Settings."""
    back_requested = Signal()
    """The student wants to go back to where they were."""

    def __init__(self, settings: Settings, parent=None):
        super().__init__(parent)
        self._settings = settings
        layout = QVBoxLayout(self)
        layout.addWidget(plain_label("Settings", "screenTitle"))
        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)

        self.text_size = QComboBox()
        for scale in TEXT_SCALES:
            self.text_size.addItem(f"{round(scale * 100)} %", scale)
        self.text_size.setAccessibleName("Text size")
        # on Linux a screen reader says a combo box's current text as its name: the description says
        # what the choice is for
        self.text_size.setAccessibleDescription("Text size. Also Ctrl+= and Ctrl+- anywhere in the app")
        form.addRow("&Text size (Ctrl+= / Ctrl+-):", self.text_size)

        self.theme = QComboBox()
        for key, label in THEMES:
            self.theme.addItem(label, key)
        self.theme.setAccessibleName("Colour theme")
        self.theme.setAccessibleDescription("Colour theme. System follows your computer's light or dark "
                                            "setting; high contrast is white text on black")
        form.addRow("&Colour theme:", self.theme)

        self.feedback = QComboBox()
        for key, label in FEEDBACK:
            self.feedback.addItem(label, key)
        self.feedback.setAccessibleName("When to show feedback in a scored round")
        self.feedback.setAccessibleDescription("When to show feedback in a scored round")
        form.addRow("&Feedback in scored rounds:", self.feedback)

        self.sound = QCheckBox("Play a sound after each answer")
        self.sound.setAccessibleName("Sound")
        form.addRow("&Sound:", self.sound)

        self.retention = QComboBox()
        for value, label in RETENTION:
            self.retention.addItem(label, value)
        self.retention.setAccessibleName("How much to remember")
        self.retention.setAccessibleDescription(
            "How much to remember. A question comes back for review when your chance of remembering it "
            "falls to this")
        form.addRow("&Aim to remember:", self.retention)
        layout.addLayout(form)
        layout.addWidget(plain_label("Spaced review brings a question back when your chance of remembering it "
                                     "falls to this. Aiming higher means more reviews.", "muted"))
        layout.addWidget(plain_label("Practice rounds always show feedback after each answer.", "muted"))
        layout.addStretch(1)
        row = QHBoxLayout()
        row.addStretch(1)
        self.back_button = QPushButton("&Back")
        self.back_button.setAccessibleName("Back")
        self.back_button.clicked.connect(self.back_requested.emit)
        row.addWidget(self.back_button)
        layout.addLayout(row)

        self.show_settings(settings)
        self.text_size.currentIndexChanged.connect(self._on_control_changed)
        self.theme.currentIndexChanged.connect(self._on_control_changed)
        self.feedback.currentIndexChanged.connect(self._on_control_changed)
        self.sound.toggled.connect(self._on_control_changed)
        self.retention.currentIndexChanged.connect(self._on_control_changed)

    def shortcuts(self):
        return [("Escape", self.back_requested.emit)]

    def show_settings(self, settings: Settings) -> None:
        """Reflect settings changed elsewhere (e.g. Ctrl+=) without emitting a change."""
        self._settings = settings
        for widget in (self.text_size, self.theme, self.feedback, self.sound, self.retention):
            widget.blockSignals(True)
        index = min(range(len(TEXT_SCALES)), key=lambda i: abs(TEXT_SCALES[i] - settings.text_scale))
        self.text_size.setCurrentIndex(index)
        self.theme.setCurrentIndex(max(0, self.theme.findData(settings.theme)))
        self.feedback.setCurrentIndex(max(0, self.feedback.findData(settings.feedback)))
        self.sound.setChecked(settings.sound)
        closest = min(range(len(RETENTION)), key=lambda i: abs(RETENTION[i][0] - settings.desired_retention))
        self.retention.setCurrentIndex(closest)
        for widget in (self.text_size, self.theme, self.feedback, self.sound, self.retention):
            widget.blockSignals(False)

    def _on_control_changed(self, *_):
        self._settings = self._settings.with_changes(**{
            "text_scale": self.text_size.currentData(),
            "theme": self.theme.currentData(),
            "feedback": self.feedback.currentData(),
            "sound": self.sound.isChecked(),
            "desired_retention": self.retention.currentData(),
        })
        self.settings_changed.emit(self._settings)

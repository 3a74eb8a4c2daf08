"""Settings: text size, theme, when feedback is shown, sound, how much spaced review aims to keep remembered."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from question_bank.i18n import QT_TRANSLATE_NOOP

from ..settings import TEXT_SCALES, Settings
from .app import available_languages, language_name
from .widgets.text import plain_label

THEMES = [("system", QT_TRANSLATE_NOOP("SettingsScreen", "System (as the computer is set)")),
          ("light", QT_TRANSLATE_NOOP("SettingsScreen", "Light")), ("dark", QT_TRANSLATE_NOOP("SettingsScreen", "Dark")),
          ("high_contrast", QT_TRANSLATE_NOOP("SettingsScreen", "High contrast (white on black)"))]
RETENTION = [(0.8, QT_TRANSLATE_NOOP("SettingsScreen", "8 in 10 (fewer reviews)")), (0.85, QT_TRANSLATE_NOOP("SettingsScreen", "8.5 in 10")), (0.9, QT_TRANSLATE_NOOP("SettingsScreen", "9 in 10 (recommended)")),
             (0.95, QT_TRANSLATE_NOOP("SettingsScreen", "19 in 20 (many more reviews)"))]
FEEDBACK = [("set", QT_TRANSLATE_NOOP("SettingsScreen", "As the question set says")), ("after_each", QT_TRANSLATE_NOOP("SettingsScreen", "After each answer")),
            ("at_end", QT_TRANSLATE_NOOP("SettingsScreen", "At the end of the round"))]


class SettingsScreen(QWidget):
    settings_changed = Signal(object)
    """The student changed a setting; carries the new Settings."""
    back_requested = Signal()
    """The student wants to go back to where they were."""

    def __init__(self, settings: Settings, parent=None):
        super().__init__(parent)
        self._settings = settings
        # it scrolls: at 300 % text the rows need more room than a small window has
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Tab goes to the settings; the area follows the focus
        body = QWidget()
        scroll.setWidget(body)
        QVBoxLayout(self).addWidget(scroll)
        layout = QVBoxLayout(body)
        layout.addWidget(plain_label(self.tr("Settings"), "screenTitle"))
        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)

        self.text_size = QComboBox()
        for scale in TEXT_SCALES:
            self.text_size.addItem(f"{round(scale * 100)} %", scale)
        self.text_size.setAccessibleName(self.tr("Text size"))
        # on Linux a screen reader says a combo box's current text as its name: the description says
        # what the choice is for
        self.text_size.setAccessibleDescription(self.tr("Text size. Also Ctrl+= and Ctrl+- anywhere in the app"))
        form.addRow(self.tr("Te&xt size (Ctrl+= / Ctrl+-):"), self.text_size)

        self.theme = QComboBox()
        for key, label in THEMES:
            self.theme.addItem(self.tr(label), key)
        self.theme.setAccessibleName(self.tr("Colour theme"))
        self.theme.setAccessibleDescription(self.tr("Colour theme. System follows your computer's light or dark "
                                                    "setting; high contrast is white text on black"))
        form.addRow(self.tr("&Colour theme:"), self.theme)

        self.feedback = QComboBox()
        for key, label in FEEDBACK:
            self.feedback.addItem(self.tr(label), key)
        self.feedback.setAccessibleName(self.tr("When to show feedback in a scored round"))
        self.feedback.setAccessibleDescription(self.tr("When to show feedback in a scored round"))
        form.addRow(self.tr("Fee&dback in scored rounds:"), self.feedback)

        self.sound = QCheckBox(self.tr("Play a sound after each answer"))
        self.sound.setAccessibleName(self.tr("Sound"))
        form.addRow(self.tr("&Sound:"), self.sound)

        self.retention = QComboBox()
        for value, label in RETENTION:
            self.retention.addItem(self.tr(label), value)
        self.retention.setAccessibleName(self.tr("How much to remember"))
        self.retention.setAccessibleDescription(
            self.tr("How much to remember. A question comes back for review when your chance of remembering it "
                    "falls to this"))
        form.addRow(self.tr("&Aim to remember:"), self.retention)

        self.language = QComboBox()
        self.language.addItem(self.tr("The computer's language"), "system")
        for code in available_languages():
            self.language.addItem(language_name(code), code)
        self.language.setAccessibleName(self.tr("Language"))
        self.language.setAccessibleDescription(self.tr("Language. Used the next time History Quiz starts"))
        form.addRow(self.tr("&Language:"), self.language)
        layout.addLayout(form)
        layout.addWidget(plain_label(self.tr("Spaced review brings a question back when your chance of remembering it "
                                     "falls to this. Aiming higher means more reviews."), "muted"))
        layout.addWidget(plain_label(self.tr("Practice rounds always show feedback after each answer."), "muted"))
        layout.addWidget(plain_label(self.tr("A new language is used the next time History Quiz starts."), "muted"))
        layout.addStretch(1)
        row = QHBoxLayout()
        row.addStretch(1)
        self.back_button = QPushButton(self.tr("&Back"))
        self.back_button.setAccessibleName(self.tr("Back"))
        self.back_button.clicked.connect(self.back_requested.emit)
        row.addWidget(self.back_button)
        layout.addLayout(row)

        self.show_settings(settings)
        self.text_size.currentIndexChanged.connect(self._on_control_changed)
        self.theme.currentIndexChanged.connect(self._on_control_changed)
        self.feedback.currentIndexChanged.connect(self._on_control_changed)
        self.sound.toggled.connect(self._on_control_changed)
        self.retention.currentIndexChanged.connect(self._on_control_changed)
        self.language.currentIndexChanged.connect(self._on_control_changed)

    def shortcuts(self):
        return [("Escape", self.back_requested.emit)]

    def show_settings(self, settings: Settings) -> None:
        """Reflect settings changed elsewhere (e.g. Ctrl+=) without emitting a change."""
        self._settings = settings
        for widget in (self.text_size, self.theme, self.feedback, self.sound, self.retention, self.language):
            widget.blockSignals(True)
        index = min(range(len(TEXT_SCALES)), key=lambda i: abs(TEXT_SCALES[i] - settings.text_scale))
        self.text_size.setCurrentIndex(index)
        self.theme.setCurrentIndex(max(0, self.theme.findData(settings.theme)))
        self.feedback.setCurrentIndex(max(0, self.feedback.findData(settings.feedback)))
        self.sound.setChecked(settings.sound)
        closest = min(range(len(RETENTION)), key=lambda i: abs(RETENTION[i][0] - settings.desired_retention))
        self.retention.setCurrentIndex(closest)
        self.language.setCurrentIndex(max(0, self.language.findData(settings.language)))
        for widget in (self.text_size, self.theme, self.feedback, self.sound, self.retention, self.language):
            widget.blockSignals(False)

    def _on_control_changed(self, *_):
        self._settings = self._settings.with_changes(**{
            "text_scale": self.text_size.currentData(),
            "theme": self.theme.currentData(),
            "feedback": self.feedback.currentData(),
            "sound": self.sound.isChecked(),
            "desired_retention": self.retention.currentData(),
            "language": self.language.currentData(),
        })
        self.settings_changed.emit(self._settings)

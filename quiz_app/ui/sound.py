"""The short sounds for a right and a wrong answer (off unless the student turns them on)."""

from __future__ import annotations

from importlib import resources

from PySide6.QtCore import QObject, QUrl
from PySide6.QtWidgets import QApplication


class AnswerSounds(QObject):
    """Loads the two sounds the first time one is played; beeps where Qt Multimedia is missing."""

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self._effects: dict | None = None

    def play(self, correct: bool) -> None:
        try:
            from PySide6.QtMultimedia import QSoundEffect
        except ImportError:  # PySide6-Essentials without the Multimedia add-on
            QApplication.beep()
            return
        if self._effects is None:
            self._effects = {}
            for name in ("right", "wrong"):
                effect = QSoundEffect(self)
                ref = resources.files("quiz_app.assets") / "sounds" / f"{name}.wav"
                effect.setSource(QUrl.fromLocalFile(str(ref)))
                effect.setVolume(0.6)
                self._effects[name] = effect
        self._effects["right" if correct else "wrong"].play()

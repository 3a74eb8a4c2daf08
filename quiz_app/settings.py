"""The student's preferences, saved as JSON in the data dir. A corrupt file falls back to defaults."""

from __future__ import annotations

import json
import math
import re
from pathlib import Path
from typing import Literal, NamedTuple

from question_bank import textfiles
from question_bank.atomic import atomic_write
from question_bank.textfiles import TextFileError

SETTINGS_FILE = "settings.json"
#: a few hundred bytes in practice; anything near this is not a settings file
MAX_SETTINGS_BYTES = 1024 * 1024
TEXT_SCALES = (0.8, 0.9, 1.0, 1.15, 1.3, 1.5, 1.75, 2.0, 2.5, 3.0)
THEMES = ("system", "light", "dark", "high_contrast")
FEEDBACK = ("set", "after_each", "at_end")

Theme = Literal["system", "light", "dark", "high_contrast"]
Feedback = Literal["set", "after_each", "at_end"]


class SettingsError(ValueError):
    """A settings file whose values are not settings (``str(error)`` names the first one)."""


class Settings(NamedTuple):
    """The student's preferences. A named tuple, not a pydantic model nor a dataclass: settings are read before
    the first window is painted, pydantic alone costs more start-up time than the rest of that path, and a
    frozen dataclass's generated methods 0.8 ms of it (read-only fields, made by keyword, as before)."""

    #: 1.0 is the normal text size; 2.0 is 200 %
    text_scale: float = 1.0
    #: "system" follows the computer's light or dark setting; "high_contrast" is white on black
    theme: Theme = "system"
    #: when a scored round shows feedback: as the set says, after each answer, or at the end
    feedback: Feedback = "set"
    sound: bool = False
    #: spaced review brings a question back when the chance of remembering it falls to this (0.9: nine
    #: in ten); higher means more reviews
    desired_retention: float = 0.9
    #: "system" (the computer's language) or a language code such as "fr"; applied at the next start
    language: str = "system"
    last_profile: str | None = None
    last_set: str | None = None

    @classmethod
    def from_dict(cls, data: object) -> Settings:
        """Settings from a file's JSON: unknown keys are ignored; a value of the wrong kind or out of range
        raises :class:`SettingsError` naming it."""
        if not isinstance(data, dict):
            raise SettingsError("the file does not hold a set of named settings")
        values: dict[str, object] = {}
        for name in cls._fields:
            if name not in data:
                continue
            value = data[name]
            _check(name, value)
            values[name] = float(value) if name in ("text_scale", "desired_retention") else value
        return cls(**values)  # type: ignore[arg-type]

    def to_dict(self) -> dict[str, object]:
        return self._asdict()

    def to_json(self) -> str:
        return json.dumps(self.to_dict(), indent=2, ensure_ascii=False)

    def with_changes(self, **changes: object) -> Settings:
        """A copy with some settings changed (each checked as a file's value would be)."""
        for name, value in changes.items():
            if name not in self._fields:
                raise SettingsError(f"there is no setting called {name!r}")
            _check(name, value)
        return self._replace(**changes)  # type: ignore[arg-type]

    def bigger(self) -> Settings:
        return self._replace(text_scale=next((s for s in TEXT_SCALES if s > self.text_scale + 1e-6),
                                             TEXT_SCALES[-1]))

    def smaller(self) -> Settings:
        return self._replace(text_scale=next((s for s in reversed(TEXT_SCALES) if s < self.text_scale - 1e-6),
                                             TEXT_SCALES[0]))


def _number(value: object) -> bool:
    return isinstance(value, int | float) and not isinstance(value, bool) and math.isfinite(value)


def _check(name: str, value: object) -> None:
    ok = {
        "text_scale": lambda v: _number(v) and 0.5 <= v <= 3.0,
        "theme": lambda v: v in THEMES,
        "feedback": lambda v: v in FEEDBACK,
        "sound": lambda v: isinstance(v, bool),
        "desired_retention": lambda v: _number(v) and 0.7 <= v <= 0.97,
        "language": lambda v: isinstance(v, str) and re.fullmatch(r"system|[a-z]{2,3}(_[A-Z]{2})?", v) is not None,
        "last_profile": lambda v: v is None or isinstance(v, str),
        "last_set": lambda v: v is None or isinstance(v, str),
    }[name]
    if not ok(value):
        raise SettingsError(f"the setting {name!r} cannot be {str(value)[:40]!r}")


def load_settings(data_dir: Path) -> tuple[Settings, str | None]:
    """The saved settings, or defaults with a plain-words warning when the file is unreadable. Never raises."""
    path = Path(data_dir) / SETTINGS_FILE
    try:
        if not path.exists():
            return Settings(), None
    except OSError as exc:
        return Settings(), f"Your settings file {path} could not be read ({exc.strerror or exc}); the default settings are used."
    try:
        text = textfiles.read_text(path, MAX_SETTINGS_BYTES, "settings file").text
        return Settings.from_dict(_without_broken_text(json.loads(text))), None
    except TextFileError as exc:
        reason = exc.reason
    except SettingsError as exc:
        reason = f"it is not a valid settings file: {exc}"
    except json.JSONDecodeError as exc:
        reason = f"it is not a valid settings file: {exc.__class__.__name__}"
    except RecursionError:
        reason = "it is nested too deeply to be a settings file"
    except ValueError:  # a number with thousands of digits
        reason = "it holds a number too long to read"
    return Settings(), f"Your settings file {path} could not be read ({reason}); the default settings are used."


def _without_broken_text(data: object) -> object:
    """The settings with any text holding a lone surrogate (``"\\ud800"``, which no file can store)
    dropped, so the next save does not fail on it; the setting falls back to its default."""
    if not isinstance(data, dict):
        return data
    return {k: v for k, v in data.items() if not (isinstance(v, str) and _has_surrogate(v))}


def _has_surrogate(text: str) -> bool:
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return True
    return False


def save_settings(data_dir: Path, settings: Settings) -> str | None:
    """Write atomically; returns a plain-words error instead of raising (a full disk must not crash the app)."""
    path = Path(data_dir) / SETTINGS_FILE
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        atomic_write(path, settings.to_json())
        return None
    except OSError as exc:
        return f"Your settings could not be saved to {path}: {exc.strerror or exc}."
    except ValueError as exc:  # text that cannot be stored (a lone surrogate from a pasted name)
        return f"Your settings could not be saved to {path}: {exc}."

"""The student's preferences, saved as JSON in the data dir. A corrupt file falls back to defaults."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationError

from question_bank import textfiles
from question_bank.atomic import atomic_write
from question_bank.textfiles import TextFileError

SETTINGS_FILE = "settings.json"
#: a few hundred bytes in practice; anything near this is not a settings file
MAX_SETTINGS_BYTES = 1024 * 1024
TEXT_SCALES = (0.8, 0.9, 1.0, 1.15, 1.3, 1.5, 1.75, 2.0, 2.5, 3.0)


class Settings(BaseModel):
    model_config = ConfigDict(extra="ignore")

    text_scale: float = Field(default=1.0, ge=0.5, le=3.0, description="1.0 is the normal text size; 2.0 is 200%.")
    theme: Literal["system", "light", "dark"] = "system"
    feedback: Literal["set", "after_each", "at_end"] = Field(
        default="set", description="When a scored round shows feedback: as the set says, after each answer, or at the end."
    )
    sound: bool = False
    desired_retention: float = Field(
        default=0.9, ge=0.7, le=0.97,
        description="Spaced review brings a question back when the chance of remembering it falls to this "
        "(0.9: nine in ten); higher means more reviews.",
    )
    last_profile: str | None = None
    last_set: str | None = None

    def bigger(self) -> Settings:
        return self.model_copy(update={"text_scale": next((s for s in TEXT_SCALES if s > self.text_scale + 1e-6),
                                                          TEXT_SCALES[-1])})

    def smaller(self) -> Settings:
        return self.model_copy(update={"text_scale": next((s for s in reversed(TEXT_SCALES)
                                                           if s < self.text_scale - 1e-6), TEXT_SCALES[0])})


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
        return Settings.model_validate(_without_broken_text(json.loads(text))), None
    except TextFileError as exc:
        reason = exc.reason
    except (json.JSONDecodeError, ValidationError) as exc:
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
        atomic_write(path, settings.model_dump_json(indent=2))
        return None
    except OSError as exc:
        return f"Your settings could not be saved to {path}: {exc.strerror or exc}."
    except ValueError as exc:  # text that cannot be stored (a lone surrogate from a pasted name)
        return f"Your settings could not be saved to {path}: {exc}."

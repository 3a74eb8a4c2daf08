"""The student's preferences, saved as JSON in the data dir. A corrupt file falls back to defaults."""

from __future__ import annotations

import json
import os
import tempfile
from pathlib import Path
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationError

SETTINGS_FILE = "settings.json"
TEXT_SCALES = (0.8, 0.9, 1.0, 1.15, 1.3, 1.5, 1.75, 2.0, 2.5, 3.0)


class Settings(BaseModel):
    model_config = ConfigDict(extra="ignore")

    text_scale: float = Field(default=1.0, ge=0.5, le=3.0, description="1.0 is the normal text size; 2.0 is 200%.")
    theme: Literal["system", "light", "dark"] = "system"
    feedback: Literal["set", "after_each", "at_end"] = Field(
        default="set", description="When a scored round shows feedback: as the set says, after each answer, or at the end."
    )
    sound: bool = False
    last_profile: str | None = None
    last_set: str | None = None

    def bigger(self) -> Settings:
        return self.model_copy(update={"text_scale": next((s for s in TEXT_SCALES if s > self.text_scale + 1e-6),
                                                          TEXT_SCALES[-1])})

    def smaller(self) -> Settings:
        return self.model_copy(update={"text_scale": next((s for s in reversed(TEXT_SCALES)
                                                           if s < self.text_scale - 1e-6), TEXT_SCALES[0])})


def load_settings(data_dir: Path) -> tuple[Settings, str | None]:
    """The saved settings, or defaults with a plain-words warning when the file is unreadable."""
    path = Path(data_dir) / SETTINGS_FILE
    if not path.exists():
        return Settings(), None
    try:
        return Settings.model_validate(json.loads(path.read_text(encoding="utf-8"))), None
    except (OSError, UnicodeDecodeError, json.JSONDecodeError, ValidationError) as exc:
        reason = exc.__class__.__name__ if not isinstance(exc, OSError) else (exc.strerror or str(exc))
        return Settings(), f"Your settings file {path} could not be read ({reason}); the default settings are used."


def save_settings(data_dir: Path, settings: Settings) -> str | None:
    """Write atomically; returns a plain-words error instead of raising (a full disk must not crash the app)."""
    path = Path(data_dir) / SETTINGS_FILE
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=".settings-", suffix=".tmp")
        with os.fdopen(fd, "w", encoding="utf-8") as fh:
            fh.write(settings.model_dump_json(indent=2))
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, path)
        return None
    except OSError as exc:
        try:
            os.unlink(tmp)  # type: ignore[possibly-undefined]
        except (OSError, NameError):
            pass
        return f"Your settings could not be saved to {path}: {exc.strerror or exc}."

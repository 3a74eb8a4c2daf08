"""Where the app keeps its files.

The data dir is, in this order of precedence:

1. an explicit ``--data-dir`` (the caller parses argv),
2. the ``QUIZ_APP_DATA_DIR`` environment variable (tests and portable installs),
3. ``platformdirs.user_data_dir("history-quiz")``.

Inside it: ``scores.sqlite3`` (the score store), ``sets/`` (extra question sets a teacher drops in).
"""

from __future__ import annotations

import os
from pathlib import Path

import platformdirs

APP_NAME = "history-quiz"
ENV_VAR = "QUIZ_APP_DATA_DIR"
DB_FILE = "scores.sqlite3"
SETS_DIR = "sets"


def data_dir(explicit: str | os.PathLike[str] | None = None, *, create: bool = True) -> Path:
    """The app's data dir (see the module docstring for the precedence); created when ``create``.

    Raises OSError when the folder cannot be created; the score store copes with that by itself
    (:meth:`quiz_app.scores.ScoreStore.open` falls back to memory with a warning).
    """
    if explicit is not None and str(explicit).strip():
        path = Path(explicit)
    elif os.environ.get(ENV_VAR, "").strip():
        path = Path(os.environ[ENV_VAR])
    else:
        path = Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))
    path = path.expanduser()
    if create:
        path.mkdir(parents=True, exist_ok=True)
    return path


def sets_dir(base: str | os.PathLike[str] | None = None, *, create: bool = True) -> Path:
    """The folder where a teacher places extra question set files (``<data dir>/sets``)."""
    path = data_dir(base, create=create) / SETS_DIR
    if create:
        path.mkdir(parents=True, exist_ok=True)
    return path


def db_path(base: str | os.PathLike[str] | None = None, *, create: bool = True) -> Path:
    """The score store file (``<data dir>/scores.sqlite3``)."""
    return data_dir(base, create=create) / DB_FILE

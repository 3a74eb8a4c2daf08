"""Where the app keeps its files.

The data dir (the student's own: scores, settings, sets they add) is, in this order of precedence:

1. an explicit ``--data-dir`` (the caller parses argv),
2. the ``QUIZ_APP_DATA_DIR`` environment variable (tests),
3. portable mode: a file ``portable.txt`` beside the program (a USB stick) puts the data in ``data/`` beside it,
4. ``platformdirs.user_data_dir("history-quiz", roaming=False)``. On Windows that is the *local* AppData folder:
   a school's roaming profile is copied to a server at every log-off and back at every log-on, and a SQLite
   file copied while open, or from two PCs at once, can lose answers; local data also keeps log-ons fast.

Inside it: ``scores.sqlite3`` (the score store), ``sets/`` (extra question sets a teacher drops in),
``validated-sets.json`` (what validation found in the set files last time: a cache, safe to delete),
``cache/`` (the style sheet's arrow images, the computer's light or dark look seen at the last start and the
students the score store had when the app last closed it, so the first paint need not draw, ask or query them:
safe to delete).

Besides it, one *shared sets folder* per machine, read by every student and written by none (the school's IT
sets its permissions): the ``QUIZ_APP_SHARED_SETS`` environment variable, else ``"shared_sets"`` in the
machine's config file (:func:`site_config_file`: ``/etc/xdg/history-quiz/config.json`` on Linux,
``%ProgramData%\\history-quiz\\config.json`` on Windows, ``/Library/Application Support/history-quiz/config.json``
on macOS), else none. In portable mode, ``shared-sets/`` beside the program when it exists.
"""

from __future__ import annotations

import json
import os
import sys
from pathlib import Path

APP_NAME = "history-quiz"
ENV_VAR = "QUIZ_APP_DATA_DIR"
SHARED_ENV_VAR = "QUIZ_APP_SHARED_SETS"
#: names another config file instead of the machine's (tests, and an admin trying a config out)
CONFIG_ENV_VAR = "QUIZ_APP_CONFIG"
CONFIG_FILE = "config.json"
PORTABLE_MARKER = "portable.txt"
PORTABLE_DATA_DIR = "data"
PORTABLE_SHARED_DIR = "shared-sets"
DB_FILE = "scores.sqlite3"
SETS_DIR = "sets"
#: the verdicts of set files already validated (question_bank.validation_cache): a cache, safe to delete
VALIDATION_CACHE_FILE = "validated-sets.json"
#: a config file is a few lines; anything bigger is not one
MAX_CONFIG_BYTES = 64 * 1024


def program_dir() -> Path:
    """The folder of the program the student started: the built app's folder (PyInstaller sets
    ``sys.frozen``), else the folder of the Python that runs the app (a virtual environment's ``bin``)."""
    if getattr(sys, "frozen", False):
        return Path(sys.executable).resolve().parent
    return Path(sys.executable).parent


def portable_dir() -> Path | None:
    """The program's folder when a ``portable.txt`` marker is beside the program (portable mode), else None."""
    folder = program_dir()
    return folder if (folder / PORTABLE_MARKER).is_file() else None


def data_dir(explicit: str | os.PathLike[str] | None = None, *, create: bool = True) -> Path:
    """The app's data dir (see the module docstring for the precedence); created when ``create``.

    Raises OSError when the folder cannot be created; the score store copes with that by itself
    (:meth:`quiz_app.scores.ScoreStore.open` falls back to memory with a warning).
    """
    if explicit is not None and str(explicit).strip():
        path = Path(explicit)
    elif os.environ.get(ENV_VAR, "").strip():
        path = Path(os.environ[ENV_VAR])
    elif (portable := portable_dir()) is not None:
        path = portable / PORTABLE_DATA_DIR
    else:
        path = Path(_user_data_dir())
    path = path.expanduser()
    if create:
        path.mkdir(parents=True, exist_ok=True)
    return path


def _user_data_dir() -> str:
    """``platformdirs.user_data_dir(APP_NAME, appauthor=False, roaming=False)``, without importing platformdirs
    (3-5 ms of every start, and its 8 modules) in the usual Linux case: an absolute ``XDG_DATA_HOME``, else an
    absolute ``HOME``'s ``.local/share`` (what platformdirs' Unix class answers then). Anything else (another
    system, Android, no usable home) asks platformdirs itself; tests/engine/test_scores.py compares the two."""
    if _linux():
        xdg = os.environ.get("XDG_DATA_HOME", "")
        if os.path.isabs(xdg):
            return os.path.join(xdg, APP_NAME)
        home = os.environ.get("HOME", "")
        if not xdg and os.path.isabs(home):
            return os.path.join(home.rstrip("/") + "/.local/share", APP_NAME)
    import platformdirs

    return platformdirs.user_data_dir(APP_NAME, appauthor=False, roaming=False)


def sets_dir(base: str | os.PathLike[str] | None = None, *, create: bool = True) -> Path:
    """The folder where a teacher places extra question set files (``<data dir>/sets``)."""
    path = data_dir(base, create=create) / SETS_DIR
    if create:
        path.mkdir(parents=True, exist_ok=True)
    return path


def db_path(base: str | os.PathLike[str] | None = None, *, create: bool = True) -> Path:
    """The score store file (``<data dir>/scores.sqlite3``)."""
    return data_dir(base, create=create) / DB_FILE


def validation_cache_path(base: str | os.PathLike[str] | None = None, *, create: bool = True) -> Path:
    """The cache of set files already validated (``<data dir>/validated-sets.json``): deleting it only means
    the sets are checked again at the next start."""
    return data_dir(base, create=create) / VALIDATION_CACHE_FILE


def site_config_file() -> Path:
    """The config file an admin deploys for every user of the machine (``QUIZ_APP_CONFIG`` names another)."""
    if os.environ.get(CONFIG_ENV_VAR, "").strip():
        return Path(os.environ[CONFIG_ENV_VAR]).expanduser()
    return Path(_site_config_dir()) / CONFIG_FILE


def _linux() -> bool:
    """A Linux system other than Android: where platformdirs' Unix class answers (see below)."""
    return sys.platform == "linux" and not hasattr(sys, "getandroidapilevel") and "ANDROID_DATA" not in os.environ


def _site_config_dir() -> str:
    """``platformdirs.site_config_dir(APP_NAME, appauthor=False)``, without importing platformdirs on Linux (its
    8 modules: 0.4 MB of the start screen's memory once the sets are listed): the first absolute folder of
    ``XDG_CONFIG_DIRS``, else ``/etc/xdg``, as platformdirs' Unix class answers. Elsewhere platformdirs itself;
    tests/engine/test_scores.py compares the two."""
    if _linux():
        folders = [folder for folder in os.environ.get("XDG_CONFIG_DIRS", "").split(os.pathsep) if os.path.isabs(folder)]
        return os.path.join(folders[0] if folders else "/etc/xdg", APP_NAME)
    import platformdirs

    return platformdirs.site_config_dir(APP_NAME, appauthor=False)


def read_site_config() -> tuple[dict[str, object], str]:
    """The machine's config (``{}`` when there is none) and, when the file is there but unusable, a plain
    sentence naming it and why ("" otherwise). Never raises: a broken config never stops the app."""
    path = site_config_file()
    try:
        with open(path, "rb") as handle:
            raw = handle.read(MAX_CONFIG_BYTES + 1)
    except FileNotFoundError:
        return {}, ""
    except OSError as exc:
        return {}, f"The school's settings file {path} could not be read ({exc.strerror or exc}); it is ignored."
    if len(raw) > MAX_CONFIG_BYTES:
        return {}, f"The school's settings file {path} is too big to be a settings file; it is ignored."
    try:
        data = json.loads(raw.decode("utf-8-sig"))
    except (UnicodeDecodeError, ValueError, RecursionError) as exc:
        where = f" (line {exc.lineno})" if isinstance(exc, json.JSONDecodeError) else ""
        return {}, f"The school's settings file {path} is not valid JSON{where}; it is ignored."
    if not isinstance(data, dict):
        return {}, f"The school's settings file {path} should hold an object {{...}}; it is ignored."
    return data, ""


def shared_sets_dir() -> Path | None:
    """The machine's shared sets folder (see the module docstring), or None when none is set.

    The folder may not exist (a network drive not mounted yet): the catalogue then lists no shared sets.
    """
    if os.environ.get(SHARED_ENV_VAR, "").strip():
        return Path(os.environ[SHARED_ENV_VAR]).expanduser()
    config, _problem = read_site_config()
    configured = config.get("shared_sets")
    if isinstance(configured, str) and configured.strip():
        return Path(os.path.expandvars(configured.strip())).expanduser()
    portable = portable_dir()
    if portable is not None and (portable / PORTABLE_SHARED_DIR).is_dir():
        return portable / PORTABLE_SHARED_DIR
    return None

"""The students of a score store, read with one plain query before the first window is painted.

The store itself (:class:`quiz_app.scores.ScoreStore`: checks, migrations, recovery of a damaged file, the
statistics and exports) is opened just after that paint; the start screen needs only the students' names
to show. This read never changes the file, never creates it and never raises (like any reader of a
SQLite file in WAL mode, it may make the file's ``-wal`` and ``-shm`` companions): whenever it is not sure to read
what the store would (no file yet, another schema version, a damaged or locked file), it says so with
None, and the window opens the store at once as before.
"""

from __future__ import annotations

import sqlite3
import unicodedata
from pathlib import Path

#: the store's schema version (``quiz_app.scores.schema.SCHEMA_VERSION``, checked equal by a test): kept
#: here so this read does not import the schema module
SCHEMA_VERSION = 3
#: the same rows as ``ScoreStore.profiles``, put in the same order by ``name_order``
STUDENTS_QUERY = "SELECT id, name FROM profiles"


def name_key(name: str) -> str:
    """A student's name as the store compares it for "already there": case set aside for every letter ("ÉMILE" is
    "Émile"; SQLite's NOCASE folds only A-Z), accents kept ("Jose" and "José" may be two students)."""
    return unicodedata.normalize("NFC", " ".join(name.split())).casefold()


def name_order(name: str) -> tuple[str, str, str]:
    """Where a name goes in the student list: alphabetical as a reader expects, accents and case set aside
    ("Émile" between "Daniel" and "Farid", not after "mina" as NOCASE put it), ties in a fixed order."""
    key = name_key(name)
    plain = "".join(ch for ch in unicodedata.normalize("NFKD", key) if not unicodedata.combining(ch))
    return plain, key, name


def read_students(db_file: Path) -> list[tuple[int, str]] | None:
    """(id, name) of every student in the store file, in the store's order; [] when there is no file
    yet; None when the store must be opened to know (see the module docstring)."""
    try:
        if not db_file.exists():
            return []
        if not db_file.is_file() or db_file.stat().st_size == 0:
            return None  # the store says what it does with an empty or odd file
        conn = sqlite3.connect(f"{db_file.resolve().as_uri()}?mode=ro", uri=True, timeout=0.2,
                               isolation_level=None, check_same_thread=False)
    except (OSError, sqlite3.Error, ValueError):
        return None
    try:
        if conn.execute("PRAGMA user_version").fetchone()[0] != SCHEMA_VERSION:
            return None
        rows = [(int(pid), str(name)) for pid, name in conn.execute(STUDENTS_QUERY)]
        return sorted(rows, key=lambda row: name_order(row[1]))
    except (sqlite3.Error, TypeError, ValueError):
        return None
    finally:
        conn.close()

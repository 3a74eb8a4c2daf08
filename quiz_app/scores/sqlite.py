"""The standard library's SQLite driver, imported without ``sqlite3.dbapi2`` (so without ``datetime``).

``import sqlite3`` runs ``sqlite3.dbapi2``, which imports ``datetime`` (0.5-0.6 MB) only to register default
adapters for ``date``/``datetime`` parameters and the "date"/"timestamp" converters. The score store never
passes a date or datetime to a query (every moment is unix seconds, every day an ordinal: integers and
floats) and never asks for ``detect_types``, so it uses the driver's C module ``_sqlite3`` directly: the same
``connect``, ``Connection`` and exception classes (``sqlite3`` re-exports exactly these objects, so
``except sqlite3.DatabaseError`` elsewhere catches what the store raises). Type checkers see ``sqlite3``.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import sqlite3
else:
    import _sqlite3 as sqlite3

__all__ = ["sqlite3"]

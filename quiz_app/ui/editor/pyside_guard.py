"""A guard against a PySide6 6.12 bug on Python 3.11: every call of a Qt method that returns nothing
drops one reference to ``None`` (the abi3 wheels treat ``None`` as immortal, which it is only from
Python 3.12). After a few thousand such calls Python frees ``None`` and aborts with "none_dealloc".
The editor makes many such calls per keystroke, so it keeps ``None``'s count topped up.

Harmless where the bug is absent (Python 3.12+, or a fixed PySide6): the count only ever goes up.
Remove once the app requires Python 3.12 or a PySide6 that counts ``None`` again.
"""

from __future__ import annotations

import ctypes
import sys

_FLOOR = 1 << 22


def keep_none_alive() -> None:
    """Raise ``None``'s reference count far above what the leak can eat between two calls."""
    if sys.version_info >= (3, 12) or sys.implementation.name != "cpython":
        return
    count = sys.getrefcount(None)
    if count < _FLOOR:
        # Exactly what Py_INCREF does, in bulk: ob_refcnt is the first field of every object.
        ctypes.c_ssize_t.from_address(id(None)).value += 2 * _FLOOR - count

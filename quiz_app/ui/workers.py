"""The one helper that moves slow work off the GUI thread.

The work function runs in Qt's thread pool, never touches a widget, and its result (or the
exception it raised) comes back on the GUI thread through a signal.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, QRunnable, QThreadPool, Signal


class _Relay(QObject):
    finished = Signal(object)
    """The work returned this value."""
    failed = Signal(object)
    """The work raised this exception."""


class _Job(QRunnable):
    def __init__(self, fn: Callable[[], Any], relay: _Relay):
        super().__init__()
        self._fn = fn
        self._relay = relay

    def run(self) -> None:
        try:
            result = self._fn()
        except Exception as exc:  # reported to the GUI, which shows it in plain words
            self._relay.failed.emit(exc)
        else:
            self._relay.finished.emit(result)


_live: set[_Relay] = set()


def run_in_background(fn: Callable[[], Any], on_done: Callable[[Any], None],
                      on_error: Callable[[Exception], None]) -> _Relay:
    """Run ``fn()`` off the GUI thread; call ``on_done(result)`` or ``on_error(exc)`` on the GUI thread."""
    # The relay belongs to the application (a C++ parent on the GUI thread) and is deleted there, with
    # deleteLater, once it has delivered: its Python wrapper may be collected on the worker thread (the
    # cyclic garbage collector runs on whichever thread allocates), and a QObject destroyed on a thread
    # other than its own crashes the app.
    relay = _Relay(QCoreApplication.instance())
    _live.add(relay)

    def done(result):
        _live.discard(relay)
        relay.deleteLater()
        on_done(result)

    def fail(exc):
        _live.discard(relay)
        relay.deleteLater()
        on_error(exc)

    relay.finished.connect(done)
    relay.failed.connect(fail)
    QThreadPool.globalInstance().start(_Job(fn, relay))
    return relay


def wait_for_background(timeout_ms: int = 10000) -> bool:
    """Block until every background job has finished (used on quit and by tests)."""
    return QThreadPool.globalInstance().waitForDone(timeout_ms)

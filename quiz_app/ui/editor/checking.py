"""The validator of the set being edited, run off the GUI thread while the teacher types.

Checking a large set (thousands of questions, a long quote that is not in a long source) takes a
second or more; on the GUI thread the editor would freeze for that long after each pause in typing.
So a short pause after the last edit starts one check in the background (``workers.run_in_background``)
on a copy of the set, and its verdict is shown only if the set has not changed since: every change
counts one more *generation*, a check remembers the generation it copied, and a verdict on an older
generation is dropped (a fresh check then runs on the set as it is). One check at a time: the checks
would only slow each other down. The worker gets a copy, never the set itself, because the GUI thread
changes the set in place while the check runs; and it never touches a widget (the verdict comes back
through a signal, on the GUI thread).

Saving, trying and printing need the verdict on the set as it is *now*: ``check_now`` checks on the
spot (the GUI thread waits for it) and makes any check still running stale.
"""

from __future__ import annotations

import copy
from collections.abc import Callable
from typing import NamedTuple

from PySide6.QtCore import QCoreApplication, QObject, QTimer, Signal
from shiboken6 import isValid

from ..workers import run_in_background
from .document import Validation, broken_quotes, validate

#: The pause after the last keystroke before the set is checked (typing restarts the wait).
CHECK_DELAY_MS = 300


class Verdict(NamedTuple):
    """What a check found: the validator's verdict, and (after a source text changed) the questions whose
    quotes are no longer in their source (None: the sources did not change)."""

    validation: Validation
    broken: list[int] | None


#: The largest set whose item-quality warnings the background check finds. The lint reads every question
#: against the others, so it grows with the square of the set (measured: 0.02 s for 98 questions, 0.11 s
#: for 392, 0.65 s for 980); beyond this the warnings would come seconds after each pause in typing, so
#: the list says to run ``quiz-bank validate`` instead.
LINT_LIMIT = 1500
#: The largest set linted by ``check_now`` on the GUI thread (saving, trying): about 0.1 s.
#: A larger one is linted by the next background check only.
LINT_NOW_LIMIT = 400


def check(data: dict, sources_changed: bool, lint_limit: int = LINT_LIMIT) -> Verdict:
    """The check itself (no Qt): safe to run on a copy of the set in any thread. It includes the item-quality
    lint (warnings beside the problems) on a set of at most ``lint_limit`` questions."""
    questions = data.get("questions") if isinstance(data, dict) else None
    count = len(questions) if isinstance(questions, list) else 0
    return Verdict(validate(data, lint=count <= lint_limit), broken_quotes(data) if sources_changed else None)


class SetChecker(QObject):
    checked = Signal(object)
    """A ``Verdict`` on the set as it is now (from the background, or from ``check_now``)."""
    failed = Signal(str)
    """The check itself failed (a bug, not a problem of the set): this, in words."""

    def __init__(self, get_data: Callable[[], dict | None], parent: QObject | None = None):
        super().__init__(parent)
        self._get_data = get_data
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(CHECK_DELAY_MS)
        self._timer.timeout.connect(self._start)
        self._generation = 0  # one more on every change of the set
        self._shown = 0  # the generation whose verdict is shown
        self._running = False  # a background check is under way
        self._sources_changed = False  # a source text changed since the last verdict shown
        self._stopped = False  # the set was left or the window closed: a verdict that comes back is dropped

    # ------------------------------------------------------------------ asked by the window
    def changed(self, *, sources: bool = False, delay_ms: int = CHECK_DELAY_MS) -> None:
        """The set changed: check it after ``delay_ms`` without a further change (0: as soon as possible)."""
        self._generation += 1
        self._stopped = False
        self._sources_changed |= sources
        self._timer.start(delay_ms)

    def check_now(self) -> Verdict | None:
        """Check the set as it is now, on the GUI thread, and emit the verdict (None without a set)."""
        self._timer.stop()
        data = self._get_data()
        if data is None:
            return None
        verdict = check(data, self._sources_changed, LINT_NOW_LIMIT)
        self._sources_changed = False
        self._shown = self._generation
        self.checked.emit(verdict)
        return verdict

    def stop(self) -> None:
        """Forget the set (left or closed): a check still running is dropped when it ends."""
        self._timer.stop()
        self._generation += 1
        self._shown = self._generation
        self._sources_changed = False
        self._stopped = True

    def is_settled(self) -> bool:
        """True when the verdict shown is on the set as it is (nothing waiting, nothing running)."""
        return self._shown == self._generation and not self._timer.isActive() and not self._running

    def is_running(self) -> bool:
        """A background check is under way."""
        return self._running

    # ------------------------------------------------------------------ the background check
    def _start(self) -> None:
        if self._running or self._shown == self._generation:
            return  # the check under way ends first (then ``_done`` starts the next one if needed)
        data = self._get_data()
        if data is None:
            return
        generation, sources = self._generation, self._sources_changed
        snapshot = copy.deepcopy(data)
        self._running = True
        run_in_background(lambda: check(snapshot, sources),
                          lambda verdict: self._done(generation, sources, verdict),
                          lambda exc: self._fail(generation, exc))

    def _gone(self) -> bool:
        """The set was left, or the window (and this checker with it) is deleted: nothing more to do."""
        return self._stopped or not isValid(self) or not isValid(self._timer)

    def _done(self, generation: int, sources: bool, verdict: Verdict) -> None:
        self._running = False
        if self._gone():
            return
        if generation == self._generation and self._shown != generation:
            self._shown = generation
            if sources:
                self._sources_changed = False
            self.checked.emit(verdict)
        elif not self._timer.isActive():
            self._start()  # stale: the set changed while it was checked, and no other check is waiting

    def _fail(self, generation: int, exc: Exception) -> None:
        self._running = False
        if self._gone():
            return
        if generation == self._generation:
            self._shown = generation  # not retried until the next change: it would fail the same way
            self.failed.emit(QCoreApplication.translate("SetChecker", "The set could not be checked ({kind}: {exc}). Save it and report the problem; the last problems shown may be out of date.").format(kind=type(exc).__name__, exc=exc))
        elif not self._timer.isActive():
            self._start()


__all__ = ["CHECK_DELAY_MS", "LINT_LIMIT", "LINT_NOW_LIMIT", "SetChecker", "Verdict", "check"]

"""The local day number of a moment, without the ``datetime`` module (which the start screen need not load).

``local_day(t)`` is ``date.fromtimestamp(t).toordinal()``: the same local calendar day (``time.localtime``,
which ``date.fromtimestamp`` uses too, both rounding the seconds down), numbered as the proleptic Gregorian
ordinal (1 January of year 1 is day 1). A test compares the two over many years, leap years, 1 January and
31 December, in several time zones.
"""

from __future__ import annotations

import time


def _days_before_year(year: int) -> int:
    """Days from 1 January of year 1 to 1 January of ``year`` (Gregorian leap years: every 4th, not every
    100th, every 400th)."""
    y = year - 1
    return y * 365 + y // 4 - y // 100 + y // 400


def local_day(unix_seconds: float) -> int:
    """The local-time day of ``unix_seconds`` as ``date.toordinal()`` (what "due today" is counted in)."""
    if unix_seconds is None:  # time.localtime(None) would be now; date.fromtimestamp(None) is a TypeError
        raise TypeError("a moment in unix seconds is needed, not None")
    moment = time.localtime(unix_seconds)
    if not 1 <= moment.tm_year <= 9999:  # date's range, as date.fromtimestamp refuses it
        raise ValueError(f"year {moment.tm_year} is out of range")
    return _days_before_year(moment.tm_year) + moment.tm_yday

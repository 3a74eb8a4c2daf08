"""Patterns built from the text's own words ("(?<![\\w-])Korea(?![\\w-])"), compiled once each.

A 5,000-word text builds some 600 such patterns, more than ``re``'s own cache holds (512), so that ``re.search``
compiled many of them again and again (0.7 s of the benchmark's 5 s, round 14 of issue 16). ``rx`` keeps them.
"""

from __future__ import annotations

import functools
import re


@functools.lru_cache(maxsize=8192)
def rx(pattern: str, flags: int = 0) -> re.Pattern[str]:
    """``re.compile(pattern, flags)``, kept: ``rx(p, f).search(s)`` is ``re.search(p, s, f)``."""
    return re.compile(pattern, flags)

"""Question sets whose every answer is proved by a passage quoted from the source text. No Qt here.

The names below load lazily, so importing a light module (``question_bank.topics``,
``question_bank.evidence``) does not pull in pydantic.
"""

from __future__ import annotations

__all__ = ["LoadResult", "QuestionSet", "load_builtin", "load_set"]


def __getattr__(name: str):
    if name in ("LoadResult", "load_builtin", "load_set"):
        from . import loading

        return getattr(loading, name)
    if name == "QuestionSet":
        from .models import QuestionSet

        return QuestionSet
    raise AttributeError(f"module 'question_bank' has no attribute {name!r}")

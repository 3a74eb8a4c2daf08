"""Question sets whose every answer is proved by a passage quoted from the source text. No Qt here."""

from .loading import LoadResult, load_builtin, load_set
from .models import QuestionSet

__all__ = ["LoadResult", "QuestionSet", "load_builtin", "load_set"]

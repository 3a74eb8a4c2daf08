"""One form per question type; ``FORMS`` maps a type to its form class."""

from __future__ import annotations

from .base import QuestionForm
from .choices import ChoicesForm, MultipleSelectForm
from .cite import CiteForm
from .cloze import ClozeForm
from .matching import MatchingForm
from .numeric import NumericForm
from .ordering import OrderingForm
from .short_answer import ShortAnswerForm
from .true_false import TrueFalseForm

FORMS: dict[str, type[QuestionForm]] = {
    "multiple_choice": ChoicesForm,
    "multiple_select": MultipleSelectForm,
    "true_false": TrueFalseForm,
    "numeric": NumericForm,
    "short_answer": ShortAnswerForm,
    "ordering": OrderingForm,
    "matching": MatchingForm,
    "cite": CiteForm,
    "cloze": ClozeForm,
}

__all__ = ["FORMS", "QuestionForm"]

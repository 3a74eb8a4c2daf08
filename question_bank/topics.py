"""Names of topics and question types (no pydantic here, so the GUI can start without loading models)."""

from __future__ import annotations

from .i18n import QT_TRANSLATE_NOOP, TranslatedLabels

#: The topics every built-in and teacher set draws from. Questions may add free tags.
CORE_TOPICS: tuple[str, ...] = (
    "dates",
    "leaders",
    "troop_counts",
    "un_security_council",
    "places",
    "context",
)

TOPIC_LABELS: TranslatedLabels = TranslatedLabels("topics", {
    "dates": QT_TRANSLATE_NOOP("topics", "Dates"),
    "leaders": QT_TRANSLATE_NOOP("topics", "Leaders"),
    "troop_counts": QT_TRANSLATE_NOOP("topics", "Troop counts"),
    "un_security_council": QT_TRANSLATE_NOOP("topics", "UN Security Council"),
    "places": QT_TRANSLATE_NOOP("topics", "Places"),
    "context": QT_TRANSLATE_NOOP("topics", "Context"),
})

QUESTION_TYPES: tuple[str, ...] = (
    "multiple_choice",
    "multiple_select",
    "true_false",
    "numeric",
    "short_answer",
    "ordering",
    "matching",
    "cite",
    "cloze",
)

TYPE_LABELS: TranslatedLabels = TranslatedLabels("topics", {
    "multiple_choice": QT_TRANSLATE_NOOP("topics", "Multiple choice"),
    "multiple_select": QT_TRANSLATE_NOOP("topics", "Choose all that apply"),
    "true_false": QT_TRANSLATE_NOOP("topics", "True or false"),
    "numeric": QT_TRANSLATE_NOOP("topics", "Number"),
    "short_answer": QT_TRANSLATE_NOOP("topics", "Short answer"),
    "ordering": QT_TRANSLATE_NOOP("topics", "Put in order"),
    "matching": QT_TRANSLATE_NOOP("topics", "Matching"),
    "cite": QT_TRANSLATE_NOOP("topics", "Find the sentence"),
    "cloze": QT_TRANSLATE_NOOP("topics", "Fill the gaps"),
})

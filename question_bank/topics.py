"""Names of topics and question types (no pydantic here, so the GUI can start without loading models)."""

from __future__ import annotations

#: The topics every built-in and teacher set draws from. Questions may add free tags.
CORE_TOPICS: tuple[str, ...] = (
    "dates",
    "leaders",
    "troop_counts",
    "un_security_council",
    "places",
    "context",
)

TOPIC_LABELS: dict[str, str] = {
    "dates": "Dates",
    "leaders": "Leaders",
    "troop_counts": "Troop counts",
    "un_security_council": "UN Security Council",
    "places": "Places",
    "context": "Context",
}

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

TYPE_LABELS: dict[str, str] = {
    "multiple_choice": "Multiple choice",
    "multiple_select": "Choose all that apply",
    "true_false": "True or false",
    "numeric": "Number",
    "short_answer": "Short answer",
    "ordering": "Put in order",
    "matching": "Matching",
    "cite": "Find the sentence",
    "cloze": "Fill the gaps",
}

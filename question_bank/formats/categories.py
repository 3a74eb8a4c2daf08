"""Topics for imported questions, from the tags and (Moodle) categories a file gives them."""

from __future__ import annotations

import re
from collections.abc import Iterable

from ..models import CORE_TOPICS, TOPIC_LABELS
from ..textnorm import typographic_to_ascii
from .text import clean_cell

_TOPIC_ALIASES = {
    "date": "dates", "year": "dates", "years": "dates", "chronology": "dates", "timeline": "dates",
    "leader": "leaders", "people": "leaders", "person": "leaders",
    "troop_count": "troop_counts", "troops": "troop_counts", "numbers": "troop_counts", "army": "troop_counts",
    "armies": "troop_counts", "un": "un_security_council", "united_nations": "un_security_council",
    "security_council": "un_security_council", "unsc": "un_security_council",
    "place": "places", "geography": "places", "location": "places", "locations": "places",
    "background": "context", "causes": "context",
}
_CORE = frozenset(CORE_TOPICS)
_LABEL_TO_KEY = {v.casefold(): k for k, v in TOPIC_LABELS.items()}


def topic_key(text: str) -> str | None:
    """The core topic a tag or category name stands for, if any ('UN Security Council' -> un_security_council)."""
    text = clean_cell(text)
    if not text:
        return None
    if text.casefold() in _LABEL_TO_KEY:
        return _LABEL_TO_KEY[text.casefold()]
    norm = re.sub(r"[\s\-]+", "_", typographic_to_ascii(text).casefold()).strip("_")
    if norm in _CORE:
        return norm
    return _TOPIC_ALIASES.get(norm)


_CATEGORY_NOISE = re.compile(r"^(?:\$[a-z0-9]+\$|top|default for .*)$", re.IGNORECASE)


def category_segments(category: str | None) -> list[str]:
    """The meaningful parts of a Moodle category path ('$course$/top/Korean War//1950' -> ['Korean War/1950'])."""
    if not category:
        return []
    parts = re.split(r"(?<!/)/(?!/)", category.strip())
    out = []
    for part in parts:
        part = part.replace("//", "/").strip()
        if part and not _CATEGORY_NOISE.match(part):
            out.append(part)
    return out


def _topic_norm(text: str) -> str:
    return " ".join(text.casefold().split())


def resolve_topics(tags: Iterable[str], category: str | None = None) -> tuple[list[str], bool]:
    """Topics for an imported question, and whether the "context" fallback was used.

    1. Each tag becomes a topic: a core topic when it names one (by key, label or a common alias),
       else a free tag, in the file's order.
    2. Without a core topic among the tags, the parts of the category that name a core topic are added.
    3. Still without one, "context" comes first and the category's last part is added as a free tag.
    """
    out: list[str] = []
    seen: set[str] = set()

    def add(topic: str, front: bool = False) -> None:
        key = _topic_norm(topic)
        if key and key not in seen:
            seen.add(key)
            if front:
                out.insert(0, topic)
            else:
                out.append(topic)

    for tag in tags:
        tag = clean_cell(tag)
        if tag:
            add(topic_key(tag) or tag)
    segments = category_segments(category)
    if not any(t in _CORE for t in out):
        for seg in segments:
            key = topic_key(seg)
            if key:
                add(key)
    fallback = False
    if not any(t in _CORE for t in out):
        fallback = True
        add("context", front=True)
        if segments:
            add(segments[-1])
    return out, fallback

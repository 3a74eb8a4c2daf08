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


_CONTEXT_OR_TOP = re.compile(r"^(?:\$[a-z0-9]+\$|top)$", re.IGNORECASE)
_DEFAULT_CATEGORY = re.compile(r"^default for .*$", re.IGNORECASE)

#: how a question's Moodle category is kept among its topics: "Category: Korean War/1950" (the path below
#: the course's top category, written as Moodle writes it, a literal "/" doubled), so that an export puts
#: the question back in the same category
CATEGORY_TOPIC_PREFIX = "Category: "
_COURSE_TOP = "$course$/top/"


def category_segments(category: str | None, drop_defaults: bool = False) -> list[str]:
    """The parts of a Moodle category path below its context and top ('$course$/top/Korean War//1950' ->
    ['Korean War/1950']); with ``drop_defaults``, Moodle's own "Default for …" categories are left out too
    (a set's title is not "Default for Class 9")."""
    if not category:
        return []
    parts = re.split(r"(?<!/)/(?!/)", category.strip())
    out = []
    for part in parts:
        part = part.replace("//", "/").strip()
        if not part or _CONTEXT_OR_TOP.match(part) or (drop_defaults and _DEFAULT_CATEGORY.match(part)):
            continue
        out.append(part)
    return out


def category_topic(category: str | None) -> str | None:
    """The topic that keeps a Moodle category path whole ("$course$/top/Korea/1950" -> "Category: Korea/1950");
    None for no category or the top category itself. A path in another context ("$system$/top/…") is kept
    with its context."""
    if not category:
        return None
    path = category.strip()
    if path.startswith(_COURSE_TOP):
        path = path[len(_COURSE_TOP):]
    if not category_segments(path):
        return None
    return CATEGORY_TOPIC_PREFIX + path


def category_of_topic(topic: str) -> str | None:
    """The Moodle category path a category topic stands for ("Category: Korea/1950" -> "$course$/top/Korea/1950")."""
    if not topic.startswith(CATEGORY_TOPIC_PREFIX):
        return None
    path = topic[len(CATEGORY_TOPIC_PREFIX):].strip()
    if not path:
        return None
    return path if path.startswith("$") else _COURSE_TOP + path


def default_category(title: str) -> str:
    """The category our exports put a set's questions in when they have none: "$course$/top/<title>"."""
    return _COURSE_TOP + " ".join(title.replace("/", "//").split())


def question_category(topics: Iterable[str]) -> str | None:
    """The Moodle category a question's topics put it in (its first category topic), if any."""
    return next((c for c in (category_of_topic(t) for t in topics) if c), None)


def is_category_topic(topic: str) -> bool:
    return category_of_topic(topic) is not None


def _topic_norm(text: str) -> str:
    return " ".join(text.casefold().split())


def resolve_topics(tags: Iterable[str], category: str | None = None,
                   keep_path: bool = True) -> tuple[list[str], bool]:
    """Topics for an imported question, and whether the "context" fallback was used.

    1. Each tag becomes a topic: a core topic when it names one (by key, label or a common alias),
       else a free tag, in the file's order.
    2. Without a core topic among the tags, the parts of the category that name a core topic are added.
    3. Still without one, "context" comes first.
    4. With ``keep_path``, the whole category path is added last as a category topic ("Category: Korea/1950"), so that an
       export puts the question back in its category.
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
    whole = category_topic(category) if keep_path else None
    if whole:
        add(whole)
    return out, fallback

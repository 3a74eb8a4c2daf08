"""The drafting tests' source texts, and their drafts (made once per session: drafting is deterministic)."""

from __future__ import annotations

from pathlib import Path

from question_bank.drafting import DraftResult, suggest_questions

HERE = Path(__file__).resolve().parent
KOREAN_WAR = HERE.parent / "data" / "korean-war-1950.txt"
TEXTS = {
    "korean-war": KOREAN_WAR,
    "berlin-airlift": HERE / "texts" / "berlin-airlift.txt",  # a narrative
    "marie-curie": HERE / "texts" / "marie-curie.txt",  # a biography
    "space-race": HERE / "texts" / "space-race.txt",  # a list of events
}

_cache: dict[str, DraftResult] = {}


def drafted(name: str) -> DraftResult:
    if name not in _cache:
        _cache[name] = suggest_questions(TEXTS[name].read_text(encoding="utf-8"))
    return _cache[name]

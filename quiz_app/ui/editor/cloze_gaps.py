"""The gaps of a cloze passage as the editor makes them: from the words the teacher picks. No Qt here.

The teacher never types an offset. The passage (the question's quote) is cut into words; the teacher
picks words; every run of picked words side by side is one gap, from the first word's first letter to
the last word's last letter (so "June 25, 1950" is one gap, and the comma after "1950" stays shown).
A gap keeps its kind, spellings, distractors and weight while words are added to it or taken from it.
"""

from __future__ import annotations

import copy
import re

from question_bank.i18n import QT_TRANSLATE_NOOP

from .document import MISSING

#: the kinds of gap, in the words of the form
GAP_KINDS: list[tuple[str, str]] = [
    ("short_answer", QT_TRANSLATE_NOOP("cloze_gaps", "Typed answer")),
    ("numeric", QT_TRANSLATE_NOOP("cloze_gaps", "Number")),
    ("dropdown", QT_TRANSLATE_NOOP("cloze_gaps", "Drop-down")),
    ("word_bank", QT_TRANSLATE_NOOP("cloze_gaps", "Word bank")),
]

_TOKEN = re.compile(r"\S+")


def passage_words(quote: str) -> list[tuple[int, int]]:
    """The words of the passage as (start, end) offsets: each run of non-spaces without the punctuation
    around it ("1950," -> "1950", "“Peace" -> "Peace"); a token with no letter or digit is no word."""
    words: list[tuple[int, int]] = []
    for token in _TOKEN.finditer(quote):
        start, end = token.start(), token.end()
        while start < end and not quote[start].isalnum():
            start += 1
        while end > start and not quote[end - 1].isalnum() and quote[end - 1] not in "%":
            end -= 1
        if start < end:
            words.append((start, end))
    return words


def picked_words(quote: str, gaps: list) -> set[int]:
    """The words (indexes into ``passage_words``) that a gap covers, even partly."""
    spans = [(g["start"], g["end"]) for g in gaps
             if isinstance(g, dict) and isinstance(g.get("start"), int) and isinstance(g.get("end"), int)]
    return {w for w, (ws, we) in enumerate(passage_words(quote)) if any(s < we and ws < e for s, e in spans)}


def gaps_from_words(quote: str, picked: set[int], old_gaps: list) -> list[dict]:
    """The gaps of ``quote`` for the picked words: one per run of neighbouring words, each keeping the
    settings of the old gap it overlaps (the first one), with its offsets and answer made from the words."""
    words = passage_words(quote)
    runs: list[tuple[int, int]] = []
    for w in sorted(i for i in picked if 0 <= i < len(words)):
        if runs and runs[-1][1] == w - 1:
            runs[-1] = (runs[-1][0], w)
        else:
            runs.append((w, w))
    old = [g for g in old_gaps if isinstance(g, dict)]
    used: set[int] = set()
    out: list[dict] = []
    for first, last in runs:
        start, end = words[first][0], words[last][1]
        gap: dict = {}
        for i, g in enumerate(old):
            s, e = g.get("start"), g.get("end")
            if i not in used and isinstance(s, int) and isinstance(e, int) and s < end and start < e:
                gap = copy.deepcopy(g)
                used.add(i)
                break
        gap.update({"start": start, "end": end, "answer": quote[start:end]})
        out.append(_ordered(gap))
    return out


def toggled(quote: str, gaps: list, word: int) -> list[dict]:
    """The gaps after the teacher clicked word ``word``: picked it, or took it out of its gap."""
    picked = picked_words(quote, gaps)
    picked ^= {word}
    return gaps_from_words(quote, picked, gaps)


def reanchored(old_quote: str, new_quote: str, gaps: list) -> list[dict]:
    """The gaps for a new passage (the teacher selected another one): each gap whose words are still in
    it, at the same words (the first place after the previous gap), settings kept; the others dropped."""
    if not isinstance(gaps, list):
        return []
    words = passage_words(new_quote)
    picked: set[int] = set()
    after = 0
    kept: list[dict] = []
    for g in gaps:
        if not isinstance(g, dict):
            continue
        s, e = g.get("start"), g.get("end")
        answer = old_quote[s:e] if isinstance(s, int) and isinstance(e, int) else g.get("answer")
        if not isinstance(answer, str) or not answer.strip():
            continue
        found = _find_words(new_quote, words, answer, after)
        if found is None:
            continue
        first, last = found
        picked.update(range(first, last + 1))
        moved = dict(g)
        moved["start"], moved["end"] = words[first][0], words[last][1]
        kept.append(moved)
        after = words[last][1]
    return gaps_from_words(new_quote, picked, kept)


def _find_words(quote: str, words: list[tuple[int, int]], answer: str, after: int) -> tuple[int, int] | None:
    at = after
    while True:
        at = quote.find(answer, at)
        if at < 0:
            return None
        starts = [i for i, (s, _) in enumerate(words) if s == at]
        ends = [i for i, (_, e) in enumerate(words) if e == at + len(answer)]
        if starts and ends:
            return starts[0], ends[0]
        at += 1


def with_kind(gap: dict, kind: str, distractors: list[str] | None = None) -> dict:
    """``gap`` made a gap of ``kind``: the settings the new kind has no use for are dropped (the checker
    refuses them), a drop-down gets ``distractors`` when it has none yet."""
    out = dict(gap)
    out["kind"] = kind
    if kind != "short_answer":
        out.pop("accepted", None)
    if kind != "numeric":
        out.pop("tolerance", None)
    if kind != "dropdown":
        out.pop("distractors", None)
    elif not out.get("distractors") and distractors:
        out["distractors"] = list(distractors)
    return _ordered(out)


def split_list(text: str) -> list[str]:
    """A list the teacher types in one line, separated by semicolons (dates have commas of their own)."""
    return [part.strip() for part in text.split(";") if part.strip()]


def list_text(values: object) -> str:
    return "; ".join(str(v) for v in values) if isinstance(values, list) else ""


def list_value(text: str) -> object:
    """What a list field stores: the entries, or MISSING (the key left out) when there are none."""
    values = split_list(text)
    return values if values else MISSING


_ORDER = ("start", "end", "answer", "kind", "accepted", "tolerance", "distractors", "weight")


def _ordered(gap: dict) -> dict:
    """The keys in the order the file lists them (a saved file reads the same after every edit)."""
    return {k: gap[k] for k in sorted(gap, key=lambda k: _ORDER.index(k) if k in _ORDER else len(_ORDER))}


__all__ = ["GAP_KINDS", "gaps_from_words", "passage_words", "picked_words", "reanchored", "toggled", "with_kind"]

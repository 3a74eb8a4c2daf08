"""Find quotes in source texts: exact spans, sentences, paragraphs and "closest passage" hints.

A quote matches its source when the two are equal after mapping typographic quotes,
apostrophes and dashes to their ASCII forms and collapsing whitespace runs (whitespace
next to a dash is optional, so "Korea - backed" finds "Korea—backed"). Nothing else
is forgiven: case, spelling and punctuation must be the source's own.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass
from functools import lru_cache
from typing import TYPE_CHECKING

from .textnorm import typographic_to_ascii

if TYPE_CHECKING:
    from .models import Evidence, QuestionSet

_DASHES = "-"


@dataclass(frozen=True)
class NormalisedText:
    text: str
    #: index in the original text of each character of ``text`` (plus one past the end)
    origin: tuple[int, ...]


def normalise(text: str) -> NormalisedText:
    """The comparison form of a text, with a map back to the original offsets."""
    converted = typographic_to_ascii(text)
    ascii_text = converted if len(converted) == len(text) else None
    out: list[str] = []
    origin: list[int] = []
    pending_space = -1
    for i, ch in enumerate(text):
        c = ascii_text[i] if ascii_text is not None else typographic_to_ascii(ch)
        if not c:
            continue
        if c.isspace():
            if pending_space < 0:
                pending_space = i
            continue
        if pending_space >= 0:
            if out and c not in _DASHES and out[-1] not in _DASHES:
                out.append(" ")
                origin.append(pending_space)
            pending_space = -1
        out.append(c)
        origin.append(i)
    origin.append(len(text))
    return NormalisedText("".join(out), tuple(origin))


@lru_cache(maxsize=64)
def _normalised_source(text: str) -> NormalisedText:
    return normalise(text)


_WS_AROUND_DASH = re.compile(r" ?- ?")


def normalised_quote(text: str) -> str:
    """The same comparison form as ``normalise(text).text``, without the offset map (fast path)."""
    text = " ".join(typographic_to_ascii(text).split())
    return _WS_AROUND_DASH.sub("-", text) if "-" in text else text


def find_quote(source_text: str, quote: str) -> tuple[int, int] | None:
    """The (start, end) span of ``quote`` in ``source_text``, or None when it is not there verbatim."""
    src = _normalised_source(source_text)
    q = normalised_quote(quote)
    if not q:
        return None
    at = src.text.find(q)
    if at < 0:
        return None
    start = src.origin[at]
    end = src.origin[at + len(q) - 1] + 1
    return start, end


#: how much of a quote that was not found is aligned with the source to find the closest passage
HINT_QUOTE_CHARS = 200
#: the longest "closest passage" hint
HINT_PASSAGE_CHARS = 1000


def closest_passage(source_text: str, quote: str) -> str:
    """The passage of the source that best resembles a quote that was not found (for hints)."""
    from rapidfuzz import fuzz

    if not quote.strip():
        return ""
    src = _normalised_source(source_text)
    q = normalise(quote[: HINT_QUOTE_CHARS * 4]).text
    # The alignment's cost grows with the square of the quote's length (an 8,000-character quote took
    # 40 s): align the quote's first HINT_QUOTE_CHARS characters, which place the hint, then extend the
    # passage to the quote's length (at most HINT_PASSAGE_CHARS, as a hint is read, not pasted whole).
    head = q[:HINT_QUOTE_CHARS]
    alignment = fuzz.partial_ratio_alignment(head, src.text)
    if alignment is None:
        return ""
    dest_end = alignment.dest_end
    if len(q) > len(head):
        dest_end = min(len(src.text), alignment.dest_start + min(len(q), HINT_PASSAGE_CHARS))
    start, end = src.origin[alignment.dest_start], src.origin[max(dest_end - 1, alignment.dest_start)] + 1
    # widen to whole words so the hint can be pasted back as a quote (a word is at most 60 characters:
    # a text with no spaces must not be walked end to end for every hint)
    floor, ceiling = max(0, start - 60), min(len(source_text), end + 60)
    while start > floor and not source_text[start - 1].isspace():
        start -= 1
    while end < ceiling and not source_text[end].isspace():
        end += 1
    return source_text[start:end].strip().rstrip(",;:")


# --------------------------------------------------------------------------- paragraphs and sentences


@dataclass(frozen=True)
class Passage:
    index: int
    start: int
    end: int
    text: str


@lru_cache(maxsize=64)
def paragraphs(source_text: str) -> tuple[Passage, ...]:
    """The paragraphs of a source: blocks separated by line breaks."""
    out: list[Passage] = []
    for m in re.finditer(r"[^\n]+", source_text):
        if m.group(0).strip():
            out.append(Passage(len(out), m.start(), m.end(), m.group(0)))
    return tuple(out)


_ABBREVIATIONS = frozenset(
    "dr mr mrs ms st gen col lt sgt capt adm gov pres sen rep jr sr prof rev vs etc no fig cf approx".split()
)
_SENTENCE_END = re.compile(r"[.!?][\"'”’)\]]*(?=\s|$)")
_CLOSERS = "\"'”’)]"
_INITIALISM = re.compile(r"(?:[a-z]\.)*[a-z]")


def _word_before(text: str, stop: int) -> str:
    """The run of non-space characters just before ``text[stop]`` (a full stop), found by walking back.

    Linear in the word's length (never a regex search over everything before it, which made a long
    text with many full stops quadratic).
    """
    i = stop
    while i > 0 and not text[i - 1].isspace():
        i -= 1
        if stop - i > 64:  # no abbreviation or initialism is this long
            return text[i:stop]
    return text[i:stop]


def _next_visible(text: str, end: int) -> str:
    """The first non-space character at or after ``end`` ("" at the end of the text)."""
    n = len(text)
    while end < n and text[end].isspace():
        end += 1
    return text[end] if end < n else ""


@lru_cache(maxsize=64)
def sentences(source_text: str) -> tuple[Passage, ...]:
    """The sentences of a source, never crossing a paragraph break.

    Knows titles ("Dr. Syngman Rhee"), initialisms ("U.S. occupation forces") and initials
    ("Harry S. Truman"): a full stop after those does not end a sentence unless the next
    word starts a new sentence in a way we can see (a capital after an initialism at the
    end of a paragraph). Linear in the length of the text.
    """
    out: list[Passage] = []
    for para in paragraphs(source_text):
        text = para.text
        start = 0
        for m in _SENTENCE_END.finditer(text):
            end = m.end()
            if m.group(0).startswith("."):
                word = _word_before(text, m.start())
                bare = word.strip("(\"'“‘").lower()
                following = _next_visible(text, end)
                if bare in _ABBREVIATIONS:
                    continue
                if len(bare) <= 5 and _INITIALISM.fullmatch(bare):
                    # "U.S" or an initial "S": only a break when a lower-case word does not follow
                    # and what follows looks like a new sentence start (rare; keep them joined).
                    continue
                if following and following.islower():
                    continue
            chunk = text[start:end]
            lead = len(chunk) - len(chunk.lstrip())
            if chunk.strip():
                out.append(Passage(len(out), para.start + start + lead, para.start + end, chunk.strip()))
            start = end
        rest = text[start:]
        if rest.strip():
            lead = len(rest) - len(rest.lstrip())
            out.append(Passage(len(out), para.start + start + lead, para.start + len(text.rstrip()), rest.strip()))
    return tuple(out)


def paragraph_of(source_text: str, offset: int) -> Passage | None:
    paras = paragraphs(source_text)
    starts = [p.start for p in paras]
    i = bisect_right(starts, offset) - 1
    return paras[i] if i >= 0 else None


def sentence_at(source_text: str, offset: int) -> Passage | None:
    sents = sentences(source_text)
    starts = [s.start for s in sents]
    i = bisect_right(starts, offset) - 1
    return sents[i] if i >= 0 else None


@dataclass(frozen=True)
class Location:
    """Where a quote is in its source: its span and the paragraphs it starts and ends in."""

    start: int
    end: int
    paragraph: Passage
    last_paragraph: Passage

    @property
    def span(self) -> tuple[int, int]:
        return self.start, self.end


def locate(source_text: str, quote: str, span: tuple[int, int] | None = None) -> Location | None:
    """The one place a quote is located: its span (``span`` when validation already found it) and its
    paragraph; None when the quote is not in the text verbatim."""
    if span is None:
        span = find_quote(source_text, quote)
        if span is None:
            return None
    first = paragraph_of(source_text, span[0])
    last = paragraph_of(source_text, max(span[0], span[1] - 1))
    if first is None or last is None:
        return None
    return Location(span[0], span[1], first, last)


def locate_evidence(question_set: QuestionSet, evidence: Evidence) -> Location | None:
    """:func:`locate` for a question's evidence in its set (None when the source is missing)."""
    source = question_set.source(evidence.source)
    if source is None:
        return None
    return locate(source.text, evidence.quote, evidence.span)


def lines_of(source_text: str, location: Location) -> tuple[int, int]:
    """1-based first and last line of a located quote."""
    return line_number(source_text, location.start), line_number(source_text, max(location.start, location.end - 1))


def line_number(source_text: str, offset: int) -> int:
    """1-based line of an offset (what a printed source with line numbers shows)."""
    return source_text.count("\n", 0, offset) + 1


def rank_sentences(source_text: str, text: str, limit: int = 3) -> list[tuple[Passage, float]]:
    """Sentences of the source that best match a question or answer text, best first (score 0-100)."""
    from rapidfuzz import fuzz

    scored = [(s, float(fuzz.token_set_ratio(text, s.text))) for s in sentences(source_text)]
    scored.sort(key=lambda pair: (-pair[1], pair[0].index))
    return scored[:limit]

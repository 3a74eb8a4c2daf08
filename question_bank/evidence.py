"""Find quotes in source texts: exact spans, sentences, paragraphs and "closest passage" hints.

A quote matches its source when the two are equal after mapping typographic quotes,
apostrophes and dashes to their ASCII forms and collapsing whitespace runs (whitespace
next to a dash is optional, so "Korea - backed" finds "Korea—backed"). Nothing else
is forgiven: case, spelling and punctuation must be the source's own.
"""

from __future__ import annotations

import re
import threading
from bisect import bisect_right
from collections import OrderedDict
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from typing import TYPE_CHECKING, overload

from .textnorm import _TYPO as _TYPO_TABLE
from .textnorm import typographic_to_ascii

if TYPE_CHECKING:
    from .models import Evidence, QuestionSet

class OffsetMap(Sequence[int]):
    """``origin`` of a :class:`NormalisedText`: the original index of each character of the comparison
    form, stored as runs (a word, a kept space) that map one to one, and found by bisection.

    A tuple with one Python int per character cost about 36 bytes a character and most of the time
    of normalising a source; the runs cost a few bytes a word.
    """

    __slots__ = ("_out_starts", "_in_starts", "_length", "_kept")

    def __init__(self, out_starts: list[int], in_starts: list[int], length: int, kept: list[int] | None):
        self._out_starts = out_starts  # where each run starts in the comparison form (sorted)
        self._in_starts = in_starts  # where it starts in the text the runs were taken from
        self._length = length  # len(comparison form) + 1: the last entry is one past the end
        self._kept = kept  # index in the original of each character not dropped (None: nothing dropped)

    def __len__(self) -> int:
        return self._length

    def inside(self, i: int) -> int:
        """``self[i]`` for an ``i`` known to be in range (0 <= i < len(self)), without the checks."""
        k = bisect_right(self._out_starts, i) - 1
        at = self._in_starts[k] + (i - self._out_starts[k])
        return at if self._kept is None or at >= len(self._kept) else self._kept[at]

    @overload
    def __getitem__(self, i: int) -> int: ...

    @overload
    def __getitem__(self, i: slice) -> list[int]: ...

    def __getitem__(self, i: int | slice) -> int | list[int]:
        if isinstance(i, slice):
            return [self[k] for k in range(*i.indices(self._length))]
        if i < 0:
            i += self._length
        if not 0 <= i < self._length:
            raise IndexError("offset out of range")
        k = bisect_right(self._out_starts, i) - 1
        at = self._in_starts[k] + (i - self._out_starts[k])
        return at if self._kept is None or at >= len(self._kept) else self._kept[at]


@dataclass(frozen=True)
class NormalisedText:
    text: str
    #: index in the original text of each character of ``text`` (plus one past the end)
    origin: Sequence[int]


#: characters the comparison form drops altogether (zero-width space, byte-order mark): they are
#: invisible, so a quote copied from a screen never has them
_DROPPED = "".join(chr(code) for code, to in _TYPO_TABLE.items() if to == "")
_DROPPED_RE = re.compile("[" + _DROPPED + "]+")
#: every whitespace character (``str.isspace``) but the space: mapped to a space one by one (``str.replace``
#: runs in C); whitespace runs are then runs of spaces, which a regex with a literal start finds without
#: trying every position (``\s\s+`` did: 330 µs for 8 KB that has no run at all)
#: (written out: computing it from every code point took 0.3 s at import; a test checks it is the same set)
_ASCII_OTHER_WHITESPACE = ("\t", "\n", "\x0b", "\x0c", "\r", "\x1c", "\x1d", "\x1e", "\x1f")
_OTHER_WHITESPACE = _ASCII_OTHER_WHITESPACE + (
    "\x85", "\xa0", "\u1680", *map(chr, range(0x2000, 0x200B)), "\u2028", "\u2029", "\u202f", "\u205f", "\u3000")
_SPACE_RUNS = re.compile("  +")


def _spaced(text: str) -> str:
    """``text`` with every whitespace character replaced by a space (same length, same offsets)."""
    if text.isascii():
        for ch in _ASCII_OTHER_WHITESPACE:
            if ch in text:
                text = text.replace(ch, " ")
        return text
    for ch in _OTHER_WHITESPACE:
        if ch in text:
            text = text.replace(ch, " ")
    return text


def _run_start(text: str, at: int) -> int:
    """The start of the whitespace run holding ``text[at]`` (walks back over that run only)."""
    start = at
    while start > 0 and text[start - 1].isspace():
        start -= 1
    return start


def _gaps_next_to_dashes(text: str) -> list[int]:
    """Offsets of the whitespace that touches a dash (such whitespace is optional, so it is not kept).

    A page has a few dozen dashes: ``find`` jumps from one to the next in C.
    """
    out: list[int] = []
    n = len(text)
    at = text.find("-")
    while at >= 0:
        if at > 0 and text[at - 1].isspace():
            out.append(at - 1)
        if at + 1 < n and text[at + 1].isspace():
            out.append(at + 1)
        at = text.find("-", at + 1)
    return out


def normalise(text: str) -> NormalisedText:
    """The comparison form of a text, with a map back to the original offsets.

    Every character goes through ``typographic_to_ascii``; the zero-width characters it deletes
    are skipped; each run of whitespace becomes one space at the run's first character, except at
    either end of the text and next to a dash. Linear in the text, and done with C-speed
    primitives (replace, one regex split, joins, running sums): a per-character Python loop cost
    10 ms for an 8 KB source.
    """
    n = len(text)
    kept: list[int] | None = None
    if any(ch in text for ch in _DROPPED):
        # rare: keep the index of every character that is not dropped, then work on the rest
        kept = []
        last = 0
        for m in _DROPPED_RE.finditer(text):
            kept.extend(range(last, m.start()))
            last = m.end()
        kept.extend(range(last, n))
        kept.append(n)
        text = _DROPPED_RE.sub("", text)
    conv = typographic_to_ascii(text)  # same length now: every other mapping is one character to one
    size = len(conv)
    # Most whitespace is one character between two words and maps one to one (as a space). Only the
    # others change offsets: runs of two or more (one space at the run's first character) and
    # whitespace that is not kept at all (at either end, or next to a dash).
    conv = _spaced(conv)
    runs = {m.start(): m.end() for m in _SPACE_RUNS.finditer(conv)}
    dropped: set[int] = set()
    if size and conv[0].isspace():
        dropped.add(0)
    if size and conv[-1].isspace():
        dropped.add(_run_start(conv, size - 1))
    for at in _gaps_next_to_dashes(conv):
        dropped.add(_run_start(conv, at))
    for start in dropped:
        runs.setdefault(start, start + 1)
    pieces: list[str] = []
    out_starts = [0]
    in_starts = [0]
    done = 0  # conv[:done] is in pieces
    out = 0
    for start in sorted(runs):
        end = runs[start]
        keep = start not in dropped
        pieces.append(conv[done:start + keep])  # the run's first character stands for the run when kept
        out += start + keep - done
        out_starts.append(out)
        in_starts.append(end)
        done = end
    pieces.append(conv[done:])
    out += size - done
    out_starts.append(out)
    in_starts.append(size)  # the end: one past the last character
    # what is left of the whitespace is single characters between words, already spaces
    joined = "".join(pieces)
    origin = OffsetMap(out_starts, in_starts, out + 1, kept)
    return NormalisedText(joined, origin)


_WS_AROUND_DASH = re.compile(r" ?- ?")


@lru_cache(maxsize=8192)
def normalised_quote(text: str) -> str:
    """The same comparison form as ``normalise(text).text``, without the offset map (fast path).

    Memoised (a pure function of the text): a quote is looked up in every source it may be in, and the
    editor asks again on every edit."""
    text = " ".join(typographic_to_ascii(text).split())
    return _WS_AROUND_DASH.sub("-", text) if "-" in text else text


class SourceIndex:
    """What quote checks need of one source text, each part computed once, when first needed.

    Validating a set asks the same source thousands of times (one question after another); each
    answer must not rescan the text: the comparison form, the paragraphs and sentences and their
    start offsets (for a bisection) live here.
    """

    #: spans of quotes already looked up (the editor re-checks the same quotes on every edit)
    QUOTE_MEMO = 4096

    def __init__(self, text: str):
        self.text = text
        self._normalised: NormalisedText | None = None
        self._paragraphs: tuple[Passage, ...] | None = None
        self._paragraph_starts: list[int] = []
        self._paragraph_numbers: tuple[int | None, ...] | None = None
        self._sentences: tuple[Passage, ...] | None = None
        self._sentence_starts: list[int] = []
        self._spans: dict[str, tuple[int, int] | None] = {}
        self._para_sentences: dict[int, list[int]] = {}  # sentence starts of the paragraphs split so far

    @property
    def normalised(self) -> NormalisedText:
        if self._normalised is None:
            self._normalised = normalise(self.text)
        return self._normalised

    def find(self, quote: str) -> tuple[int, int] | None:
        try:
            return self._spans[quote]
        except KeyError:
            pass
        span = self._find(quote)
        if len(self._spans) >= self.QUOTE_MEMO:
            self._spans.clear()
        self._spans[quote] = span
        return span

    def _find(self, quote: str) -> tuple[int, int] | None:
        q = normalised_quote(quote)
        if not q:
            return None
        src = self.normalised
        at = src.text.find(q)
        if at < 0:
            return None
        origin = src.origin
        if type(origin) is OffsetMap:  # both offsets are inside the text: no bounds checks needed
            return origin.inside(at), origin.inside(at + len(q) - 1) + 1
        return origin[at], origin[at + len(q) - 1] + 1

    @property
    def paragraphs(self) -> tuple[Passage, ...]:
        if self._paragraphs is None:
            self._paragraphs = _find_paragraphs(self.text)
            self._paragraph_starts = [p.start for p in self._paragraphs]
        return self._paragraphs

    @property
    def paragraph_numbers(self) -> tuple[int | None, ...]:
        """Each paragraph's number as a reader counts them (see :func:`paragraph_number`)."""
        if self._paragraph_numbers is None:
            self._paragraph_numbers = _reader_numbers(self.paragraphs)
        return self._paragraph_numbers

    @property
    def sentences(self) -> tuple[Passage, ...]:
        if self._sentences is None:
            self._sentences = _find_sentences(self.text, self.paragraphs)
            self._sentence_starts = [p.start for p in self._sentences]
        return self._sentences

    def paragraph_of(self, offset: int) -> Passage | None:
        paras = self.paragraphs
        i = bisect_right(self._paragraph_starts, offset) - 1
        return paras[i] if i >= 0 else None

    def sentence_at(self, offset: int) -> Passage | None:
        sents = self.sentences
        i = bisect_right(self._sentence_starts, offset) - 1
        return sents[i] if i >= 0 else None

    def in_one_sentence(self, first: int, last: int) -> bool:
        """Whether ``sentence_at(first)`` and ``sentence_at(last)`` are one sentence (False when either is
        None), splitting only the paragraphs of the two offsets into sentences: checking one cite quote
        per source must not split the whole source (a course bank has a hundred sources)."""
        if self._sentences is not None:
            a, b = self.sentence_at(first), self.sentence_at(last)
            return a is not None and b is not None and a.index == b.index
        if self._plainly_one_sentence(first, last):
            return True
        here, there = self._local_sentence(first), self._local_sentence(last)
        return here is not None and here == there

    def _plainly_one_sentence(self, first: int, last: int) -> bool:
        """True when no sentence can start in ``(first, last]``, seen without splitting any paragraph: both
        characters are visible, in one paragraph, ``first`` is no closing quote or bracket, and no ".", "!"
        or "?" stands in ``text[first:last]``. (A sentence starts at the first visible character after the
        end of a match of ``_SENTENCE_END``, which starts with one of those marks; one that started before
        ``first`` and ended after it would make ``text[first]`` a closer.) When this says False, the
        paragraphs are split as before; it never decides a False."""
        text = self.text
        if not 0 <= first <= last < len(text) or text[first].isspace() or text[last].isspace():
            return False
        if text[first] in _CLOSERS:
            return False
        if text.find(".", first, last) >= 0 or text.find("!", first, last) >= 0 or text.find("?", first, last) >= 0:
            return False
        para = self.paragraph_of(first)
        return para is not None and para.start <= first and last < para.end and para is self.paragraph_of(last)

    def _local_sentence(self, offset: int) -> tuple[int, int] | None:
        """(paragraph, sentence within it) of ``sentence_at(offset)``: the last sentence that starts at or
        before ``offset``. Every paragraph has a sentence, so when none of the offset's own paragraph starts
        by then (leading spaces), it is the previous paragraph's last one."""
        self.paragraphs  # noqa: B018 - fills the paragraph starts
        p = bisect_right(self._paragraph_starts, offset) - 1
        if p < 0:
            return None
        starts = self._paragraph_sentence_starts(p)
        k = bisect_right(starts, offset) - 1
        if k >= 0:
            return p, k
        if p == 0:
            return None
        return p - 1, len(self._paragraph_sentence_starts(p - 1)) - 1

    def _paragraph_sentence_starts(self, p: int) -> list[int]:
        starts = self._para_sentences.get(p)
        if starts is None:
            starts = self._para_sentences[p] = [s.start for s in _find_sentences(self.text, (self.paragraphs[p],))]
        return starts


class _IndexCache:
    """The indexes of the source texts used lately, up to a total number of characters.

    Bounded by size, not by count: a course bank has a hundred sources or more (a cache of 64
    entries, visited in turn, missed every time), and one 20 MB source must not pin 20 more.
    """

    def __init__(self, budget_chars: int):
        self._budget = budget_chars
        self._chars = 0
        self._items: OrderedDict[str, SourceIndex] = OrderedDict()
        self._lock = threading.Lock()  # sets load on a background thread while the GUI locates quotes

    def get(self, text: str) -> SourceIndex:
        with self._lock:
            index = self._items.get(text)
            if index is not None:
                self._items.move_to_end(text)
                return index
            index = SourceIndex(text)
            self._items[text] = index
            self._chars += len(text)
            while self._chars > self._budget and len(self._items) > 1:
                old, _ = self._items.popitem(last=False)
                self._chars -= len(old)
            return index

    def clear(self) -> None:
        with self._lock:
            self._items.clear()
            self._chars = 0


#: about 16 MB of source text (2,000 sources of 8 KB); an index costs about 10 bytes a character
_INDEXES = _IndexCache(16_000_000)


def source_index(text: str) -> SourceIndex:
    """The (shared, cached) index of a source text."""
    return _INDEXES.get(text)


def forget_source_indexes() -> None:
    """Empty the cache of source indexes and of quote forms (benchmarks measure a cold load with it)."""
    _INDEXES.clear()
    normalised_quote.cache_clear()


def _normalised_source(text: str) -> NormalisedText:
    return source_index(text).normalised


def find_quote(source_text: str, quote: str) -> tuple[int, int] | None:
    """The (start, end) span of ``quote`` in ``source_text``, or None when it is not there verbatim."""
    return source_index(source_text).find(quote)


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


def paragraphs(source_text: str) -> tuple[Passage, ...]:
    """The paragraphs of a source: blocks separated by line breaks."""
    return source_index(source_text).paragraphs


def _find_paragraphs(source_text: str) -> tuple[Passage, ...]:
    out: list[Passage] = []
    for m in re.finditer(r"[^\n]+", source_text):
        if m.group(0).strip():
            out.append(Passage(len(out), m.start(), m.end(), m.group(0)))
    return tuple(out)


#: a heading has at most this many words (and no punctuation that ends a sentence)
HEADING_WORDS = 14
_SENTENCE_PUNCTUATION = (".", "?", "!", ":", ";", ",", "…")
_TRAILING_CLOSERS = "\"'”’)]»"


def is_heading(block: str) -> bool:
    """A title or heading line: a short block (at most :data:`HEADING_WORDS` words) that does not end
    the way a sentence does ("The Berlin Airlift, 1948–1949"). A reader does not count it as a paragraph."""
    text = block.strip().rstrip(_TRAILING_CLOSERS)
    words = text.split()
    return 0 < len(words) <= HEADING_WORDS and not text.endswith(_SENTENCE_PUNCTUATION)


def _reader_numbers(paras: tuple[Passage, ...]) -> tuple[int | None, ...]:
    """1, 2, 3… for the paragraphs a reader counts, None for headings; every block counts when all of
    them look like headings (a list of short lines is not all titles)."""
    heads = [is_heading(p.text) for p in paras]
    if all(heads):
        return tuple(range(1, len(paras) + 1))
    out: list[int | None] = []
    n = 0
    for head in heads:
        if head:
            out.append(None)
        else:
            n += 1
            out.append(n)
    return tuple(out)


def paragraph_number(source_text: str, paragraph: Passage | int) -> int | None:
    """The number of a paragraph (a ``Passage`` of :func:`paragraphs`, or its index) as a reader counts
    them: from 1, the title and headings and blank lines not counted. None for a title or heading.

    ``Passage.index`` stays the position in :func:`paragraphs` (what statistics store); show this one.
    """
    index = paragraph.index if isinstance(paragraph, Passage) else paragraph
    numbers = source_index(source_text).paragraph_numbers
    return numbers[index] if 0 <= index < len(numbers) else None


def paragraph_name(source_text: str, paragraph: Passage | int) -> str:
    """ "paragraph 5", or "the title" / "a heading" for a block a reader does not count."""
    number = paragraph_number(source_text, paragraph)
    if number is not None:
        return f"paragraph {number}"
    index = paragraph.index if isinstance(paragraph, Passage) else paragraph
    return "the title" if index == 0 else "a heading"


_ABBREVIATIONS = frozenset(
    # titles and ranks before a name ("Maj. Gen. William H. Tunner", "Brig. Gen.", "Rt. Hon."): a full stop after
    # them ends no sentence
    ("dr mr mrs ms messrs mme mlle st gen maj brig col lt lieut cmdr cdr sgt cpl pvt capt adm cmdre gov pres sen "
     "rep hon rt fr jr sr prof rev vs etc cf approx mt ft").split()
)
# Abbreviations that stand before a number ("Sept. 1948", "No. 10", "fig. 3"): no break before a digit only, so
# "It ended in Sept. The next year…" still ends a sentence
_BEFORE_A_NUMBER = frozenset("no fig jan feb mar apr jun jul aug sep sept oct nov dec".split())
_SENTENCE_END = re.compile(r"[.!?][\"'”’)\]]*(?=\s|$)")
_CLOSERS = "\"'”’)]"
_INITIALISM = re.compile(r"(?:[a-z]\.)*[a-z]")


#: a ruler's numeral ("Richard I", "Henry VIII", "Darius I")
_REGNAL = re.compile(r"(?:X{0,3})(?:IX|IV|V?I{0,3})")
#: words that start sentences and are never a surname, so "Richard I. In 1204" is two sentences while
#: "John D. Rockefeller" (an initial that is also a numeral) stays one
_REGNAL_NEXT = frozenset(
    ("in on at by after before during from when while then later soon the a an he she his her they their it "
     "its this that there these those but however meanwhile once as with").split()
)


def _regnal_ends_sentence(text: str, word_start: int, end: int) -> bool:
    """After a numeral ("I.", "VIII."): a sentence ends when a capitalised name stands before it and a
    capitalised word follows; a one-letter numeral (also an initial) only when that word is a sentence
    starter like "In" or "The". Looks at two words, so linear."""
    before = _word_before(text, word_start - 1) if word_start > 0 and text[word_start - 1].isspace() else ""
    if not before[:1].isupper() or not before.isalpha():
        return False
    i = end
    while i < len(text) and text[i].isspace():
        i += 1
    j = i
    while j < len(text) and text[j].isalpha():
        j += 1
    following = text[i:j]
    if not following[:1].isupper():
        return False
    word = text[word_start:end].rstrip(".")
    return len(word) > 1 or following.lower() in _REGNAL_NEXT


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


def sentences(source_text: str) -> tuple[Passage, ...]:
    """The sentences of a source, never crossing a paragraph break (see ``_find_sentences``)."""
    return source_index(source_text).sentences


def _find_sentences(source_text: str, paras: tuple[Passage, ...]) -> tuple[Passage, ...]:
    """The sentences of a source, never crossing a paragraph break.

    Knows titles ("Dr. Syngman Rhee"), initialisms ("U.S. occupation forces") and initials
    ("Harry S. Truman"): a full stop after those does not end a sentence unless the next
    word starts a new sentence in a way we can see (a capital after an initialism at the
    end of a paragraph). Linear in the length of the text.
    """
    out: list[Passage] = []
    for para in paras:
        text = para.text
        start = 0
        for m in _SENTENCE_END.finditer(text):
            end = m.end()
            if m.group(0).startswith("."):
                word = _word_before(text, m.start())
                bare = word.strip("(\"'“‘").lower()
                following = _next_visible(text, end)
                if bare in _ABBREVIATIONS or (bare in _BEFORE_A_NUMBER and following[:1].isdigit()):
                    continue
                if word and _REGNAL.fullmatch(word) and _regnal_ends_sentence(text, m.start() - len(word), end):
                    pass  # "his brother Richard I. In 1204 …": a ruler's numeral, then a new sentence
                elif len(bare) <= 5 and _INITIALISM.fullmatch(bare):
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
    return source_index(source_text).paragraph_of(offset)


def sentence_at(source_text: str, offset: int) -> Passage | None:
    return source_index(source_text).sentence_at(offset)


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
        span = source_index(source_text).find(quote)
        if span is None:
            return None
    index = source_index(source_text)
    first = index.paragraph_of(span[0])
    last = index.paragraph_of(max(span[0], span[1] - 1))
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

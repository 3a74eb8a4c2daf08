"""The fast ``evidence.normalise`` gives exactly the text and offsets of the per-character loop it replaced."""

from __future__ import annotations

import re
import sys

from hypothesis import example, given, settings
from hypothesis import strategies as st

from question_bank import evidence as ev
from question_bank.textnorm import _TYPO, typographic_to_ascii


def reference_normalise(text: str) -> tuple[str, list[int]]:
    """The per-character loop ``normalise`` was until it was made fast (kept here as the specification)."""
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
            if out and c not in "-" and out[-1] not in "-":
                out.append(" ")
                origin.append(pending_space)
            pending_space = -1
        out.append(c)
        origin.append(i)
    origin.append(len(text))
    return "".join(out), origin


# typographic quotes, apostrophes and dashes, every kind of odd whitespace, the dropped zero-width
# characters, and plain letters, so that runs and dashes next to spaces come up often
TRICKY = (
    "\u2018\u2019\u201a\u201b\u2032`\u201c\u201d\u201e\u201f\u2033"
    "\u2010\u2011\u2012\u2013\u2014\u2015\u2212-"
    " \t\n\r\x0b\x0c\x1c\x1d\x1e\x1f\x85\u00a0\u1680\u2000\u2005\u200a\u2007\u2028\u2029\u202f\u205f\u3000"
    "\u200b\ufeff"
    "aZ9.,'\"é"
)
texts = st.text(alphabet=st.sampled_from(TRICKY), max_size=80) | st.text(max_size=80)


@settings(max_examples=1500, deadline=None)
@given(texts)
@example("")
@example("   ")
@example("\u200b")
@example(" \u200b - \ufeff b ")
@example("Korea \u2014 backed")
@example("a -\u200b b")
def test_fast_normalise_matches_the_reference(text: str) -> None:
    got = ev.normalise(text)
    want_text, want_origin = reference_normalise(text)
    assert got.text == want_text
    assert list(got.origin) == want_origin


@settings(max_examples=500, deadline=None)
@given(texts, texts, texts)
def test_found_quote_spans_match_the_reference(before: str, quote: str, after: str) -> None:
    source = before + quote + after
    want_text, want_origin = reference_normalise(source)
    q = ev.normalised_quote(quote)
    at = want_text.find(q) if q else -1
    want = None if at < 0 else (want_origin[at], want_origin[at + len(q) - 1] + 1)
    assert ev.find_quote(source, quote) == want


def test_regex_whitespace_is_str_isspace_on_every_code_point() -> None:
    # the fast path splits on ``\s``; it must mean what the loop's ``str.isspace`` meant
    every = "".join(map(chr, range(sys.maxunicode + 1)))
    assert "".join(re.findall(r"\s", every)) == "".join(filter(str.isspace, every))


def test_the_index_of_a_source_is_shared_and_answers_like_the_module_functions() -> None:
    text = "The war began.\nSeoul fell on June 27. Then came Pusan.\n"
    index = ev.source_index(text)
    assert ev.source_index(text) is index
    assert index.find("Seoul fell") == ev.find_quote(text, "Seoul fell") == (15, 25)
    assert index.find("not there") is None
    assert index.sentence_at(38).text == "Then came Pusan."
    assert index.paragraph_of(0).text == "The war began."


@settings(max_examples=500, deadline=None)
@given(texts)
def test_typographic_to_ascii_is_the_translation_table(text: str) -> None:
    assert typographic_to_ascii(text) == text.translate(_TYPO)


def test_a_course_of_many_sources_keeps_every_index() -> None:
    # a cache of 64 entries visited in turn by 100 lessons missed every time; the budget is in characters
    lessons = [f"Lesson {k}: the text of this lesson, about Korea in 1950.\n" * 100 for k in range(150)]
    first = [ev.source_index(text) for text in lessons]
    assert all(ev.source_index(text) is index for text, index in zip(lessons, first, strict=True))


def test_the_offset_map_reads_like_a_list() -> None:
    origin = ev.normalise("  a \u2014 b\n\nc ").origin
    assert list(origin) == [2, 4, 6, 7, 9, 11]
    assert origin[-1] == 11 and origin[1:3] == [4, 6] and len(origin) == 6

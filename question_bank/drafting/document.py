"""A source text read for drafting: paragraphs, sentences, headings and reference lines.

Sentences come from ``question_bank.evidence.sentences`` (so drafts quote exactly what the
editor highlights), mended in two places where it errs on history texts: military and
civil title abbreviations it does not know ("Maj. Gen. William H. Tunner") and an
initialism that really ends a sentence ("... from the U.S. The army ...").
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cached_property

from .. import evidence
from .lexicon import SENTENCE_STARTERS

#: Abbreviations after which a full stop never ends a sentence (beyond those evidence.py knows).
_MORE_ABBREVIATIONS = frozenset(
    """maj brig capt cmdr cdr adm gen col lt sgt cpl pvt hon messrs mme mlle msgr fr sr jr st mt ft no nos vol
    vols pp ed eds ca c jan feb mar apr jun jul aug sep sept oct nov dec dept univ assn bros co corp inc ltd""".split()
)
_LAST_WORD = re.compile(r"(\S+)\.$")
_INITIALISM_END = re.compile(r"\b(?:[A-Z]\.){2,}$")

_REFERENCE_START = re.compile(
    r"^\s*(?:source|sources|reference|references|cite|citation|cited|retrieved|copyright|©|note|notes|"
    r"bibliography|further reading|image|photo|credit|credits|url|link)\b",
    re.IGNORECASE,
)
_URL = re.compile(r"(?:https?://|www\.)\S+", re.IGNORECASE)

_MONTH = (r"(?:January|February|March|April|May|June|July|August|September|October|November|December|"
          r"Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.?")
#: a letter's or a newspaper report's dateline: "DELHI, March 5, 1931.", "London, the 20th of September 1666.",
#: "PROMONTORY SUMMIT, Utah Territory, May 10, 1869." (a place, then a date, and nothing else)
_DATELINE = re.compile(
    r"^[A-Z][\w'’ .-]{0,60}?(?:,\s*[A-Z][\w'’ .-]{0,40}?)*,\s+(?:(?:Monday|Tuesday|Wednesday|Thursday|Friday|"
    r"Saturday|Sunday),?\s+)?(?:the\s+)?(?:\d{1,2}(?:st|nd|rd|th)?\s+(?:of\s+)?" + _MONTH + r"|" + _MONTH +
    r"\s+\d{1,2}(?:st|nd|rd|th)?)(?:,?\s+\d{3,4})?\s*[.:—–-]*\s*$"
)
#: a greeting that opens a letter: "Dear Sister," "My dear Mother," "Sir,"
_GREETING = re.compile(r"^(?:(?:My\s+)?(?:Dear|Dearest|Beloved)\s+[A-Z][\w'’.]*(?:\s+[A-Z][\w'’.]*){0,3}|Sir|Madam|"
                       r"Gentlemen)\s*[,:!]\s+(?=[A-Z])")
#: a sign-off: "Your loving brother, John.", "Your obedient servant, A. Smith", "Yours ever, Kate."
_SIGN_OFF = re.compile(r"^(?:Your|Yours|Ever\s+yours|Sincerely|Faithfully|With\s+(?:all\s+)?(?:my\s+)?love|"
                       r"Affectionately|I\s+remain)\b[^.!?,]{0,40},\s*(?:[A-Z][\w'’.-]*\s*){1,4}[.!]?$")


@dataclass(frozen=True)
class Sentence:
    index: int
    paragraph: int
    start: int
    end: int
    text: str

    @cached_property
    def words(self) -> int:
        return len(self.text.split())


@dataclass
class Document:
    text: str
    paragraphs: tuple[evidence.Passage, ...]
    sentences: list[Sentence]
    #: Paragraphs that carry the text itself (not a heading or a reference line).
    content_paragraphs: list[int]
    heading: str | None = None
    citation: str = ""
    by_paragraph: dict[int, list[Sentence]] = field(default_factory=dict)

    def paragraph_sentences(self, paragraph: int) -> list[Sentence]:
        return self.by_paragraph.get(paragraph, [])


def split_sentences(text: str) -> list[Sentence]:
    """The sentences of a text with their paragraph index, start and end offsets."""
    paras = evidence.paragraphs(text)
    para_starts = [p.start for p in paras]
    pieces = list(evidence.sentences(text))
    merged: list[tuple[int, int]] = []
    for p in pieces:
        if merged:
            prev_start, prev_end = merged[-1]
            prev_text = text[prev_start:prev_end]
            same_para = _para_of(para_starts, prev_start) == _para_of(para_starts, p.start)
            m = _LAST_WORD.search(prev_text)
            if same_para and m and m.group(1).lower().lstrip("(") in _MORE_ABBREVIATIONS:
                merged[-1] = (prev_start, p.end)
                continue
        merged.append((p.start, p.end))
    out: list[Sentence] = []
    for start, end in merged:
        for s, e in _split_after_initialisms(text, start, end):
            out.append(Sentence(len(out), _para_of(para_starts, s), s, e, text[s:e]))
    return out


def _split_after_initialisms(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Split "… the U.S. The army …": an initialism followed by a word that starts sentences."""
    chunk = text[start:end]
    cuts = []
    for m in re.finditer(r"(?:[A-Z]\.){2,}(\s+)([A-Z][a-z]+)\b", chunk):
        if m.group(2).lower() in SENTENCE_STARTERS and m.group(2).lower() not in {"in", "on", "at", "by", "for", "to", "of"}:
            cuts.append(m.start(1))
    if not cuts:
        return [(start, end)]
    spans, s = [], start
    for c in cuts:
        spans.append((s, start + c))
        s = start + c
        while s < end and text[s].isspace():
            s += 1
    spans.append((s, end))
    return spans


def _para_of(starts: list[int], offset: int) -> int:
    lo, hi = 0, len(starts) - 1
    while lo < hi:
        mid = (lo + hi + 1) // 2
        if starts[mid] <= offset:
            lo = mid
        else:
            hi = mid - 1
    return lo


def is_reference_line(paragraph: str) -> bool:
    """A line that cites where the text comes from rather than telling history."""
    words = paragraph.split()
    if len(words) > 25:
        return False
    return bool(_REFERENCE_START.match(paragraph) or _URL.search(paragraph))


def is_heading(paragraph: str, index: int) -> bool:
    """A title line: short, no sentence punctuation at the end, at the top of the text."""
    text = paragraph.strip()
    words = text.split()
    return index == 0 and 0 < len(words) <= 14 and not text.endswith((".", "?", "!", ":", ";", ","))


def is_dateline(sentence: str) -> bool:
    """A dateline ("DELHI, March 5, 1931."): where and when a letter or report was written, not history."""
    return len(sentence.split()) <= 12 and bool(_DATELINE.match(sentence.strip()))


def is_sign_off(sentence: str) -> bool:
    """A letter's sign-off ("Your loving brother, John."): the writer's voice, nothing to ask."""
    return len(sentence.split()) <= 10 and bool(_SIGN_OFF.match(sentence.strip()))


def _without_letter_frame(s: Sentence) -> Sentence | None:
    """A sentence without the frame of a letter: a dateline or sign-off goes; a greeting before the first
    sentence ("Dear Sister, I write to tell you …") is cut off, so the sentence starts where the letter does."""
    if is_dateline(s.text) or is_sign_off(s.text):
        return None
    m = _GREETING.match(s.text)
    if m:
        return Sentence(s.index, s.paragraph, s.start + m.end(), s.end, s.text[m.end():])
    return s


def read_document(text: str) -> Document:
    paras = evidence.paragraphs(text)
    content: list[int] = []
    heading = None
    references = []
    for p in paras:
        if is_reference_line(p.text):
            references.append(" ".join(p.text.split()))
        elif is_heading(p.text, p.index):
            heading = p.text.strip()
        else:
            content.append(p.index)
    sentences = [s for s in split_sentences(text) if s.paragraph in set(content)]
    sentences = [w for s in sentences if (w := _without_letter_frame(s)) is not None]
    sentences = [Sentence(i, s.paragraph, s.start, s.end, s.text) for i, s in enumerate(sentences)]
    by_para: dict[int, list[Sentence]] = {}
    for s in sentences:
        by_para.setdefault(s.paragraph, []).append(s)
    return Document(text, paras, sentences, content, heading, "; ".join(references), by_para)

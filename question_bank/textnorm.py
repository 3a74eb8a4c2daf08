"""Text normalisation shared by the validator and the grader (no Qt).

Three families of helpers:
* ``fold`` — the tolerant form used to compare answers: case, accents, punctuation,
  hyphens vs spaces and leading articles do not matter.
* ``parse_number`` / ``numbers_in`` — "135,000" = "135000" = "135 000" = "135k".
* ``parse_date`` / ``dates_in`` — "June 25, 1950" = "25 June 1950" = "1950-06-25" = "25/6/1950".
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

# Typographic characters a teacher will type in plain ASCII.
_TYPO = str.maketrans(
    {
        "\u2018": "'", "\u2019": "'", "\u201a": "'", "\u201b": "'", "\u2032": "'", "`": "'",
        "\u201c": '"', "\u201d": '"', "\u201e": '"', "\u201f": '"', "\u2033": '"',
        "\u2010": "-", "\u2011": "-", "\u2012": "-", "\u2013": "-", "\u2014": "-", "\u2015": "-", "\u2212": "-",
        "\u00a0": " ", "\u2007": " ", "\u202f": " ", "\u200b": "", "\ufeff": "",
    }
)

ARTICLES = ("the", "a", "an")
STOPWORDS = frozenset(
    """a an the of in on at to for by with from and or but as is was were be been are it its this that these
    those their them they he she his her which who whom what when where why how not no into onto over under
    than then so such had has have did do does would could should will can may might also both each
    """.split()
)


#: the same mapping as (from, to) pairs: each is a single character, and no "to" is a "from", so
#: replacing them one after another is the same as ``str.translate`` and about 100 times faster on
#: a non-ASCII text (``translate`` looks every character up in the table; ``replace`` runs in C)
_TYPO_PAIRS = tuple((chr(code), to) for code, to in _TYPO.items())


def typographic_to_ascii(text: str) -> str:
    if text.isascii() and "`" not in text:
        return text
    for typographic, plain in _TYPO_PAIRS:
        if typographic in text:
            text = text.replace(typographic, plain)
    return text


#: letters that carry their mark inside them, so that NFKD leaves them whole: a student who types "Wladyslaw Gomulka"
#: for "Władysław Gomułka", "Oresund" for "Øresund" or "Aethelred" for "Æthelred" typed the same name (set 14)
_BARRED = str.maketrans({"ł": "l", "Ł": "L", "ø": "o", "Ø": "O", "đ": "d", "Đ": "D", "ħ": "h", "Ħ": "H", "ı": "i",
                         "ŧ": "t", "Ŧ": "T", "ð": "d", "Ð": "D", "þ": "th", "Þ": "Th", "æ": "ae", "Æ": "Ae",
                         "œ": "oe", "Œ": "Oe"})


def strip_accents(text: str) -> str:
    """The text without its accents and marks ("Gomułka" -> "Gomulka"): a comparison form only."""
    if text.isascii():
        return text
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch)).translate(_BARRED)


_NON_WORD = re.compile(r"[^\w]+", re.UNICODE)
_ASCII_PUNCT_TO_SPACE = str.maketrans({ch: " " for ch in map(chr, range(128)) if not ch.isalnum()})


def fold(text: str, drop_article: bool = True) -> str:
    """The tolerant comparison form: 'The Kim Il-sung!' -> 'kim il sung'."""
    text = strip_accents(typographic_to_ascii(text)).casefold()
    text = text.replace("'s ", "s ").replace("'", "")
    if text.isascii():
        text = text.translate(_ASCII_PUNCT_TO_SPACE)
    else:
        text = _NON_WORD.sub(" ", text).replace("_", " ")
    words = text.split()
    if drop_article and len(words) > 1 and words[0] in ARTICLES:
        words = words[1:]
    return " ".join(words)


def contains_folded(haystack: str, needle: str) -> bool:
    """True when the folded needle occurs in the folded haystack on word boundaries."""
    n = fold(needle, drop_article=False)
    if not n:
        return False
    return f" {n} " in f" {fold(haystack, drop_article=False)} "


def _stem(word: str) -> str:
    if len(word) > 4 and word.endswith("ies"):
        return word[:-3] + "y"
    if len(word) > 3 and word.endswith("es") and word[-3] in "sxz":
        return word[:-2]
    if len(word) > 3 and word.endswith("s") and not word.endswith("ss"):
        return word[:-1]
    return word


def content_words(text: str) -> list[str]:
    """Meaningful words (stemmed) of a text: no stopwords, no one- or two-letter words."""
    return [_stem(w) for w in fold(text, drop_article=False).split() if w not in STOPWORDS and (len(w) > 2 or w.isdigit())]


def missing_content_words(answer: str, quote: str) -> list[str]:
    """The content words of ``answer`` that the quote does not contain."""
    have = set(content_words(quote))
    return [w for w in content_words(answer) if w not in have]


# --------------------------------------------------------------------------- numbers
# One reader of numbers for everything (``question_bank.numbers``): these two keep their old names.


def parse_number(text: str) -> float | None:
    """Read the single number a student typed: '135,000', 'about 135k', '10 divisions', 'ten',
    'two million', 'twenty-four'.

    Returns None when there is no number, or more than one different number.
    """
    from . import numbers as _numbers  # here, not at the top: its tables are not needed to open the app

    found = _numbers.read_one(typographic_to_ascii(text))
    return found.value if found is not None else None


def numbers_in(text: str) -> list[float]:
    """Every number written in a text, ordinals and number words included ('24th' -> 24, 'ten' -> 10,
    'two million' -> 2,000,000)."""
    from . import numbers as _numbers

    return [n.value for n in _numbers.numbers_written(typographic_to_ascii(text))]


# --------------------------------------------------------------------------- dates

MONTHS = {
    name: i + 1
    for i, names in enumerate(
        [
            ("january", "jan"), ("february", "feb"), ("march", "mar"), ("april", "apr"), ("may",),
            ("june", "jun"), ("july", "jul"), ("august", "aug"), ("september", "sep", "sept"),
            ("october", "oct"), ("november", "nov"), ("december", "dec"),
        ]
    )
    for name in names
}
_MONTH_RE = "|".join(sorted(MONTHS, key=len, reverse=True))


@dataclass(frozen=True)
class PartialDate:
    """A date as precise as the text gives it: a year, a month and year, a day and month, or all three."""

    year: int | None = None
    month: int | None = None
    day: int | None = None

    def matches(self, other: PartialDate) -> bool:
        """Equal on every part both dates give (a year-only answer matches a full date of that year)."""
        pairs = [(self.year, other.year), (self.month, other.month), (self.day, other.day)]
        shared = [(a, b) for a, b in pairs if a is not None and b is not None]
        return bool(shared) and all(a == b for a, b in shared)

    def covers(self, other: PartialDate) -> bool:
        """Every part ``other`` gives is given, equal, by self."""
        for mine, theirs in ((self.year, other.year), (self.month, other.month), (self.day, other.day)):
            if theirs is not None and mine != theirs:
                return False
        return True


#: a year after a day and month: four digits, or three (27 December 537), with "AD"/"CE" before or after it; never a
#: year "BC" (read as no date here: the grader's era check speaks to it)
_YEAR = r"(?:A\.?D\.?\s+)?(\d{4}|[1-9]\d{2})(?:\s+(?:A\.?D\.?|C\.?E\.?)(?![\w.]))?(?!\s*(?:B\.?C|A\.?D|C\.?E|B\.?C\.?E)\b)"

_DATE_PATTERNS = [
    # 1950-06-25
    (re.compile(r"\b(\d{4})-(\d{1,2})-(\d{1,2})\b"), ("y", "m", "d")),
    # 25/6/1950 or 25.6.1950 (day first, the classroom convention outside the US); 27/12/537
    (re.compile(rf"\b(\d{{1,2}})[/.](\d{{1,2}})[/.]{_YEAR}(?![\d/.])", re.I), ("d", "m", "y")),
    # June 25, 1950 / June 25th 1950 / Dec 27, AD 537
    (re.compile(rf"\b({_MONTH_RE})\.?\s+(\d{{1,2}})(?:st|nd|rd|th)?,?\s+{_YEAR}(?!\d)", re.I), ("M", "d", "y")),
    # 25 June 1950 / 25th of June, 1950 / 27 Dec 537 AD
    (re.compile(rf"\b(\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?({_MONTH_RE})\.?,?\s+{_YEAR}(?!\d)", re.I), ("d", "M", "y")),
    # June 1950 / December 537
    (re.compile(rf"\b({_MONTH_RE})\.?,?\s+(?:of\s+)?{_YEAR}(?!\d)", re.I), ("M", "y")),
    # June 25 / June 25th
    (re.compile(rf"\b({_MONTH_RE})\.?\s+(\d{{1,2}})(?:st|nd|rd|th)?\b(?!\d)", re.I), ("M", "d")),
    # 25 June
    (re.compile(rf"\b(\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?({_MONTH_RE})\b", re.I), ("d", "M")),
    # a bare year 1000-2099
    (re.compile(r"\b(1\d{3}|20\d{2})\b"), ("y",)),
]


def _build(groups: tuple[str, ...], kinds: tuple[str, ...]) -> PartialDate | None:
    parts: dict[str, int] = {}
    for value, kind in zip(groups, kinds, strict=True):
        if kind == "M":
            parts["month"] = MONTHS[value.lower()]
        elif kind == "m":
            parts["month"] = int(value)
        elif kind == "d":
            parts["day"] = int(value)
        else:
            parts["year"] = int(value)
    if not 1 <= parts.get("month", 1) <= 12 or not 1 <= parts.get("day", 1) <= 31:
        return None
    return PartialDate(**parts)


def dates_in(text: str) -> list[PartialDate]:
    """Every date written in a text, most precise reading first; parts of a date are not repeated."""
    text = typographic_to_ascii(text)
    taken: list[tuple[int, int]] = []
    found: list[PartialDate] = []
    for pattern, kinds in _DATE_PATTERNS:
        for m in pattern.finditer(text):
            if any(m.start() < e and s < m.end() for s, e in taken):
                continue
            date = _build(m.groups(), kinds)
            if date:
                taken.append(m.span())
                found.append(date)
    return found


def parse_date(text: str) -> PartialDate | None:
    """The date a student typed, when the whole answer is one date ('25 June 1950', '1950')."""
    if not any(ch.isdigit() for ch in text):
        return None  # every date form we read has a day or a year
    text = _DATE_PREFIX.sub("", typographic_to_ascii(text).strip().rstrip("."))
    for pattern, kinds in _DATE_PATTERNS:
        m = pattern.fullmatch(text)
        if m:
            return _build(m.groups(), kinds)
    return None


_DATE_PREFIX = re.compile(r"^(?:on|in)\s+", re.IGNORECASE)

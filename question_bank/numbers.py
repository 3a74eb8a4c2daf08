"""THE one reader of numbers as people write them (no Qt), shared by grading, the quote checker
and drafting.

It reads digits with thousands separators ("135,000", "135 000"), decimals ("2.3"), scale words
("2.3 million", "135k", "1.5 thousand", "two million", "a quarter of a million", "half a million"),
compound number words ("twenty-four", "one hundred and thirty-five thousand", "fourteen hundred"),
ordinals ("24th", "twenty-fourth"), fractions ("half", "two-thirds", "three quarters") and
percentages ("66.7%", "50 percent"). Every number keeps the words it was written in, so a message
can say "the quote says 2.3 million (2,300,000)".

The text is scanned once, token by token (linear time).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

__all__ = ["WrittenNumber", "asks_percent", "in_question_terms", "numbers_written", "question_scale", "read_one",
           "say", "say_value", "scale_hint", "scale_of_unit", "within"]

_UNITS = {"zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
          "nine": 9}
_TEENS = {"ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16,
          "seventeen": 17, "eighteen": 18, "nineteen": 19}
_TENS = {"twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80,
         "ninety": 90}
_SCALES = {"thousand": 1e3, "million": 1e6, "billion": 1e9}
_SCALE_SUFFIX = {"k": 1e3, "m": 1e6, "mn": 1e6, "bn": 1e9}
_ORDINAL_WORDS = {
    "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7, "eighth": 8,
    "ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12, "thirteenth": 13, "fourteenth": 14,
    "fifteenth": 15, "sixteenth": 16, "seventeenth": 17, "eighteenth": 18, "nineteenth": 19, "twentieth": 20,
    "thirtieth": 30, "fortieth": 40, "fiftieth": 50, "sixtieth": 60, "seventieth": 70, "eightieth": 80,
    "ninetieth": 90, "hundredth": 100, "thousandth": 1000, "millionth": 1_000_000,
}
#: denominators of fractions: "two-thirds", "a quarter", "three fifths" ("third" alone is an ordinal)
_DENOMINATORS = {"half": 2, "halves": 2, "thirds": 3, "quarter": 4, "quarters": 4, "fourths": 4, "fifths": 5,
                 "sixths": 6, "eighths": 8, "tenths": 10}
_DENOMINATOR_AFTER_COUNT = {"third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "eighth": 8, "tenth": 10}

_TOKEN = re.compile(
    r"(?P<num>(?<![\w.])(?:\d{1,3}(?:,\d{3})+|\d{1,3}(?:[ \u00a0\u202f]\d{3})+(?![\d.,])|\d+)(?:\.\d+)?|(?<![\w.])\.\d+)"
    r"(?:(?P<suffix>(?i:st|nd|rd|th|k|mn|bn|m))(?![A-Za-z]))?"
    r"|(?P<word>[A-Za-z]+)"
    r"|(?P<pct>%)"
    r"|(?P<sep>[-\u2010\u2011\u2012\u2013\u2014])"
    r"|(?P<other>[^\sA-Za-z\d%-])",
)


@dataclass(frozen=True)
class WrittenNumber:
    """One number of a text: its value and the words it was written in."""

    value: float
    text: str
    start: int
    end: int
    #: the scale word written with it (1e6 for "2.3 million"), 1.0 when none
    scale: float = 1.0
    ordinal: bool = False
    percent: bool = False
    fraction: bool = False

    @property
    def base(self) -> float:
        """The number before its scale word: 2.3 for "2.3 million"."""
        return self.value / self.scale


def _plain(value: float) -> str:
    if float(value).is_integer():
        return f"{int(value):,}"
    return f"{value:,.6f}".rstrip("0").rstrip(".")


def say_value(value: float) -> str:
    """A value as a teacher writes it: 2300000 -> "2,300,000", 2.3 -> "2.3"."""
    return _plain(value)


def say(number: WrittenNumber) -> str:
    """A number in the teacher's words: "2.3 million (2,300,000)", "24th", "two-thirds (0.667)"."""
    text = " ".join(number.text.split())
    plain = _plain(number.value) if not number.fraction else f"{number.value:.3g}"
    if plain.replace(",", "") == text.replace(",", "").replace(" ", ""):
        return text
    return f"{text} ({plain})"


def scale_of_unit(unit: str | None) -> float:
    """The scale a question's unit carries: "million tons" -> 1e6, "thousands of troops" -> 1e3, else 1."""
    if not unit:
        return 1.0
    first = unit.strip().lower().split()
    if not first:
        return 1.0
    word = first[0].rstrip("s") if first[0] not in ("millions", "thousands", "billions") else first[0][:-1]
    return _SCALES.get(word, 1.0)


@dataclass
class _Tok:
    kind: str
    text: str
    start: int
    end: int
    suffix: str = ""


def _tokens(text: str) -> list[_Tok]:
    out = []
    for m in _TOKEN.finditer(text):
        kind = next(k for k in ("num", "word", "pct", "sep", "other") if m.group(k) is not None)
        if kind == "num":
            out.append(_Tok("num", m.group("num"), m.start(), m.end(), (m.group("suffix") or "").lower()))
        else:
            out.append(_Tok(kind, m.group(0), m.start(), m.end()))
    return out


def _digits_value(token: str) -> float:
    return float(re.sub(r"[ ,\u00a0\u202f]", "", token))


class _Reader:
    def __init__(self, text: str):
        self.text = text
        self.toks = _tokens(text)
        self.i = 0
        self.out: list[WrittenNumber] = []

    def word(self, j: int) -> str:
        if j < len(self.toks) and self.toks[j].kind == "word":
            return self.toks[j].text.lower()
        return ""

    def skip_sep(self, j: int) -> int:
        """Past one hyphen between words ("twenty-four", "two-thirds")."""
        if j < len(self.toks) and self.toks[j].kind == "sep" and self.toks[j].text == "-":
            return j + 1
        return j

    def emit(self, value: float, a: int, b: int, **kw) -> None:
        start, end = self.toks[a].start, self.toks[b].end
        self.out.append(WrittenNumber(value, self.text[start:end], start, end, **kw))

    def trailing(self, value: float, first: int, j: int, scale: float = 1.0, **kw) -> int:
        """Scale words, "of a million" and percent signs after a number that ends before token j."""
        last = j - 1
        k = j
        if self.word(k) == "of" and self.word(k + 1) == "a" and self.word(k + 2) in _SCALES and kw.get("fraction"):
            scale, last, k = _SCALES[self.word(k + 2)], k + 2, k + 3
            value *= scale
            kw["fraction"] = False
        elif self.word(k) == "a" and self.word(k + 1) in _SCALES and kw.get("fraction"):
            scale, last, k = _SCALES[self.word(k + 1)], k + 1, k + 2
            value *= scale
            kw["fraction"] = False
        elif self.word(k) in _SCALES and scale == 1.0:
            scale, last, k = _SCALES[self.word(k)], k, k + 1
            value *= scale
            kw["fraction"] = False
        if k < len(self.toks) and self.toks[k].kind == "pct":
            kw["percent"], last, k = True, k, k + 1
        elif self.word(k) == "percent" or (self.word(k) == "per" and self.word(k + 1) == "cent"):
            last = k if self.word(k) == "percent" else k + 1
            kw["percent"], k = True, last + 1
        self.emit(value, first, last, scale=scale, **kw)
        return k

    def run(self) -> list[WrittenNumber]:
        while self.i < len(self.toks):
            tok = self.toks[self.i]
            if tok.kind == "num":
                self.i = self.digits(self.i)
            elif tok.kind == "word":
                self.i = self.words(self.i)
            else:
                self.i += 1
        return self.out

    def digits(self, i: int) -> int:
        tok = self.toks[i]
        value = _digits_value(tok.text)
        # a minus sign written right before the digits, at the start or after a space
        if i > 0 and self.toks[i - 1].kind == "sep" and self.toks[i - 1].end == tok.start and \
                (i == 1 or self.toks[i - 2].end < self.toks[i - 1].start):
            value = -value
            i -= 1
            self.toks[i] = _Tok("num", "-" + tok.text, self.toks[i].start, tok.end, tok.suffix)
            self.toks[i + 1] = _Tok("other", "", tok.end, tok.end)
        if tok.suffix in ("st", "nd", "rd", "th"):
            self.emit(value, i, i, ordinal=True)
            return i + 1
        if tok.suffix in _SCALE_SUFFIX:
            return self.trailing(value * _SCALE_SUFFIX[tok.suffix], i, i + 1, scale=_SCALE_SUFFIX[tok.suffix])
        if self.word(i + 1) == "hundred" and float(value).is_integer() and value < 100:  # "14 hundred"
            return self.trailing(value * 100, i, i + 2)
        return self.trailing(value, i, i + 1)

    def words(self, i: int) -> int:
        w, nxt = self.word(i), self.word(i + 1)
        if w in ("a", "an") and nxt in ("hundred", "thousand", "million", "billion"):  # "a hundred and ten"
            return self.number_words(i + 1, first=i, count=1.0)
        if w in ("a", "an", "one") and nxt in ("half", "quarter", "third"):  # "a quarter of a million"
            return self.trailing(1 / (_DENOMINATORS.get(nxt) or 3), i, i + 2, fraction=True)
        if w in ("half", "quarter"):  # "half", "half a million"
            return self.trailing(1 / _DENOMINATORS[w], i, i + 1, fraction=True)
        if w == "second" and self.word(i - 1) not in ("the", "a") and i > 0:
            return i + 1  # "one second", "a second letter" are not about the number 2
        if w in _UNITS or w in _TEENS or w in _TENS or w in _ORDINAL_WORDS:
            return self.number_words(i, first=i)
        return i + 1

    def number_words(self, i: int, first: int, count: float | None = None) -> int:
        """A run of number words from token i: cardinals, ordinals, fractions, scales."""
        total, current, last = 0.0, 0.0, first
        prev = "start"
        if count is not None:
            current, prev = count, "unit"
        j = i
        while True:
            w = self.word(j)
            if w in _UNITS and prev in ("start", "tens", "hundred", "scale", "and"):
                current += _UNITS[w]
                prev = "unit"
            elif w in _TEENS and prev in ("start", "hundred", "scale", "and"):
                current += _TEENS[w]
                prev = "teen"
            elif w in _TENS and prev in ("start", "hundred", "scale", "and"):
                current += _TENS[w]
                prev = "tens"
            elif w == "hundred" and prev in ("unit", "teen", "start") and current < 100:
                current = max(current, 1) * 100
                prev = "hundred"
            elif w in _SCALES and prev in ("unit", "teen", "tens", "hundred"):
                total += max(current, 1) * _SCALES[w]
                current = 0
                prev = "scale"
            elif w == "and" and prev in ("hundred", "scale") and (self.word(j + 1) in _UNITS or
                                                                 self.word(j + 1) in _TEENS or
                                                                 self.word(j + 1) in _TENS):
                prev = "and"
            elif w in _ORDINAL_WORDS and prev in ("start", "tens", "hundred", "scale", "and"):
                value = total + current + _ORDINAL_WORDS[w] if _ORDINAL_WORDS[w] < 100 else \
                    (total + max(current, 1)) * _ORDINAL_WORDS[w]
                self.emit(value, first, j, ordinal=True)
                return j + 1
            elif prev in ("unit", "teen") and (w in _DENOMINATORS or w in _DENOMINATOR_AFTER_COUNT) and \
                    total == 0 and current < 20:
                denom = _DENOMINATORS.get(w) or _DENOMINATOR_AFTER_COUNT[w]
                return self.trailing(current / denom, first, j + 1, fraction=True)
            else:
                break
            last = j if prev != "and" else last
            j = self.skip_sep(j + 1)
        if prev == "start":
            return i + 1
        value = total + current
        k = self.trailing(value, first, last + 1) if total == 0 else self._emit_done(value, first, last)
        return k

    def _emit_done(self, value: float, first: int, last: int) -> int:
        """A number that already holds its scale word ("two million"): percent may still follow."""
        scale = 1.0
        for s in (1e9, 1e6, 1e3):
            if value >= s and (value / s) < 1000:
                scale = s
                break
        k = last + 1
        percent = False
        if k < len(self.toks) and self.toks[k].kind == "pct":
            percent, last, k = True, k, k + 1
        self.emit(value, first, last, scale=scale, percent=percent)
        return k


def numbers_written(text: str) -> list[WrittenNumber]:
    """Every number written in a text, in order, each with the words it was written in."""
    return _Reader(text).run()


_HEDGES = re.compile(
    r"\b(?:about|around|approximately|approx|roughly|nearly|almost|some|over|more than|less than|fewer than|"
    r"at least|at most|circa|ca|c|just under|just over|an estimated|close to)\b\.?|~",
    re.IGNORECASE,
)


def read_one(text: str) -> WrittenNumber | None:
    """The single number a person typed ("about 2.3 million tons", "twenty-four", "135k").

    None when there is no number, or several different ones ("130,000-140,000", "3 or 4").
    """
    cleaned = _HEDGES.sub(lambda m: " " * len(m.group(0)), text)
    found = numbers_written(cleaned)
    if not found:
        return None
    if len({n.value for n in found}) > 1:
        return None
    return found[0]


# --------------------------------------------------------------------------- numbers against a question
# Grading and the quote checker compare a written number with a numeric question the same way.

_PROMPT_SCALE = re.compile(r"\bhow many (thousand|million|billion)s?\b|\bin (thousand|million|billion)s\b",
                           re.IGNORECASE)
_PERCENT = re.compile(r"%|\bper ?cent\b|\bpercentage\b", re.IGNORECASE)


def question_scale(unit: str | None, prompt: str = "") -> float:
    """The scale a numeric question counts in: its unit's ("million tons"), else its prompt's
    ("About how many million tons ...?"), else 1."""
    scale = scale_of_unit(unit)
    if scale == 1.0:
        m = _PROMPT_SCALE.search(prompt)
        if m:
            scale = _SCALES[(m.group(1) or m.group(2)).lower()]
    return scale


def asks_percent(unit: str | None, prompt: str = "") -> bool:
    return bool(_PERCENT.search(unit or "")) or bool(_PERCENT.search(prompt))


def in_question_terms(number: WrittenNumber, unit: str | None, prompt: str = "") -> list[float]:
    """The values a written number may stand for in a question's terms.

    When the question counts in millions ("million tons"), "2.3" and "2,300,000" both mean 2.3 and
    "2.3 million" means 2.3; a fraction is a percentage when the question asks for one ("two-thirds": 66.7).
    """
    scale = question_scale(unit, prompt)
    value = number.value
    if number.fraction and asks_percent(unit, prompt):
        value *= 100
    if scale == 1.0:
        return [value]
    if number.scale > 1.0:
        return [value / scale]
    return [value, value / scale]


def within(candidates: list[float], value: float, tolerance: float) -> bool:
    eps = 1e-9 * max(1.0, abs(value))
    return any(abs(c - value) <= tolerance + eps for c in candidates)


def scale_hint(number: WrittenNumber, value: float, tolerance: float, unit: str | None, prompt: str = "") -> str:
    """Why a number that is right but for its scale word does not fit, in plain words; "" when that is not it."""
    scale = question_scale(unit, prompt)
    unit_words = f" {unit}" if unit else ""
    if scale > 1.0 and number.scale > 1.0:
        counted = number.value / scale
        return (f"Read as {say(number)}, which is {_plain(counted)}{unit_words}: the question counts in "
                f"{unit or _SCALE_NAMES[scale] + 's'}.")
    if scale == 1.0:
        for factor, name in ((1e3, "thousand"), (1e6, "million"), (1e9, "billion")):
            if within([number.value * factor], value, tolerance):
                return f"Read as {say(number)}{unit_words}. If you meant {name}s, write “{number.text} {name}”."
            if number.scale == 1.0 and within([number.value / factor], value, tolerance) and number.value >= factor:
                return f"Read as {say(number)}{unit_words}: that is {_plain(number.value / factor)} {name}."
    return ""


_SCALE_NAMES = {1e3: "thousand", 1e6: "million", 1e9: "billion"}

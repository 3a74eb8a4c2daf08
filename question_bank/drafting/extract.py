"""Find the facts of one sentence: dates, numbers with what they count, names and their roles.

Every mention keeps its exact character span in the sentence, so a draft can blank it,
swap it or quote it without ever rewording the source.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from .. import textnorm
from . import lexicon

# --------------------------------------------------------------------------- tokens


@dataclass(frozen=True)
class Token:
    text: str
    start: int
    end: int
    kind: str  # word, num, init, punct, poss

    @property
    def lower(self) -> str:
        return self.text.lower()

    @property
    def is_cap(self) -> bool:
        return self.kind in ("word", "init") and self.text[:1].isupper()


_TOKEN = re.compile(
    r"(?P<init>(?:[A-Z]\.){2,}|[A-Z]\.(?=\s+[A-Z]))"
    r"|(?P<num>(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?(?:st|nd|rd|th|s)?(?![\w]))"
    r"|(?P<word>[^\W\d_][\w]*(?:[-\u2010\u2011'’][\w]+)*)"
    r"|(?P<punct>\S)"
)


def tokenize(text: str) -> list[Token]:
    out: list[Token] = []
    for m in _TOKEN.finditer(text):
        kind = m.lastgroup or "punct"
        s, e = m.span()
        word = m.group(0)
        if kind == "word" and len(word) > 2 and word[-2] in "'’" and word[-1] in "sS":
            out.append(Token(word[:-2], s, e - 2, "word"))
            out.append(Token(word[-2:], e - 2, e, "poss"))
            continue
        out.append(Token(word, s, e, kind))
    return out


# --------------------------------------------------------------------------- mentions


@dataclass
class Mention:
    """A fact-bearing span of a sentence."""

    kind: str  # date, number, person, place, country, unit, organisation, event, award, craft, group, other
    text: str  # exactly as written in the sentence
    start: int  # offsets in the sentence
    end: int
    key: str = ""  # identity for "is this the same thing?": canonical name, value, date
    date: textnorm.PartialDate | None = None
    resolved: textnorm.PartialDate | None = None  # the date with the year filled in from context
    granularity: str = ""  # full, month_day, month_year, year, year_bc, period, decade, range, relative
    value: float | None = None
    low: float | None = None
    high: float | None = None
    hedge: str = ""
    unit: str = ""  # head noun of what a number counts ("troops")
    counted: str = ""  # the counted phrase as written ("Soviet-equipped divisions")
    prep: str = ""  # the word before the mention ("on", "by", "under")
    subkind: str = ""  # place: country/water/city...; number: fraction/percent/money
    extra: dict = field(default_factory=dict)

    @property
    def span(self) -> tuple[int, int]:
        return self.start, self.end


# --------------------------------------------------------------------------- dates

_MONTH_NAMES = ("January|February|March|April|May|June|July|August|September|October|November|December|"
                "Jan\\.|Feb\\.|Mar\\.|Apr\\.|Jun\\.|Jul\\.|Aug\\.|Sept\\.|Sep\\.|Oct\\.|Nov\\.|Dec\\.")
_M = rf"(?P<month>{_MONTH_NAMES})"
_D = r"(?P<day>[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?"
_D2 = r"(?P<day2>[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?"
_Y = r"(?P<year>1\d{3}|20\d{2})"
_Y2 = r"(?P<year2>1\d{3}|20\d{2}|\d{2})"
_Y_OLD = r"(?P<year>[1-9]\d{2})(?!\s*(?:BCE|BC|B\.C))"
_DASH = r"\s*[-\u2010\u2011\u2012\u2013\u2014]\s*"
_PERIOD = r"(?P<period>early|mid|late|the end of|the beginning of|the start of|the middle of)"
_SEASON = r"(?P<season>spring|summer|autumn|fall|winter)"

_DATE_FORMS: list[tuple[str, re.Pattern]] = [
    # a year before the common era ("499 BC", "1323 BCE"): a date, ordered backwards, never a plain number
    ("year_bc", re.compile(r"(?<![\d,.$£€])\b(?:(?:the\s+)?(?P<season>spring|summer|autumn|fall|winter)\s+of\s+)?"
                           r"(?P<year>[1-9]\d{0,3})\s?(?:BCE|BC|B\.C\.E\.|B\.C\.)(?!\w)")),
    ("range", re.compile(rf"\b{_M}\s+{_D}{_DASH}{_D2},?\s+{_Y}\b")),
    ("range", re.compile(rf"\b{_D}{_DASH}{_D2}\s+{_M},?\s+{_Y}\b")),
    ("full", re.compile(rf"\b{_M}\s+{_D},?\s+{_Y}\b")),
    ("full", re.compile(rf"\b(?:the\s+)?{_D}\s+(?:of\s+)?{_M},?\s+{_Y}\b")),
    ("range", re.compile(rf"\b{_Y}{_DASH}{_Y2}\b(?!\s*(?:troops|soldiers|men|people|tons|miles))")),
    ("period", re.compile(rf"\b(?:the\s+)?{_SEASON}\s+of\s+{_Y}\b")),
    ("period", re.compile(rf"\b{_PERIOD}[-\s]+{_M},?\s+{_Y}\b")),
    ("month_year", re.compile(rf"\b{_M},?\s+(?:of\s+)?{_Y}\b")),
    # a year of the first millennium, only where nothing else can be meant: after a month ("April 799", "25
    # December 800") or "In 774 he …" (issue 16, round 7: read as a plain number, so offered among 400, 1600, 2400)
    ("full", re.compile(rf"\b(?:the\s+)?{_D}\s+(?:of\s+)?{_M},?\s+{_Y_OLD}\b")),
    ("full", re.compile(rf"\b{_M}\s+{_D},\s+{_Y_OLD}\b")),
    ("month_year", re.compile(rf"\b{_M}\s+(?:of\s+)?{_Y_OLD}\b")),
    ("year", re.compile(r"(?:" + "|".join(rf"(?<=\b{w} )" for w in ("In", "in", "By", "by", "Until", "until", "Since",
                                                                        "since", "After", "after", "Before", "before",
                                                                        "year")) +
                        rf"){_Y_OLD}\b(?=,|\.(?!\d)|;|\s+(?:he|she|it|they|the|a|an|and|his|her|its|their|at|in|on|"
                        r"[A-Z][a-z]+)\b)")),
    ("period", re.compile(rf"\b{_PERIOD}[-\s]+{_Y}\b")),
    ("period", re.compile(rf"\b{_SEASON}\s+{_Y}\b")),
    ("month_day", re.compile(rf"\b{_M}\s+{_D}\b(?![\d,]*\d)(?!\s*[-\u2013]\s*\d)")),
    ("month_day", re.compile(rf"\b(?:the\s+)?{_D}\s+(?:of\s+)?{_M}\b")),
    ("period", re.compile(rf"\b{_PERIOD}[-\s]+{_M}\b")),
    ("decade", re.compile(r"\b(?:the\s+)?(?P<year>1\d{2}0|20\d0)['’]?s\b")),
    ("relative", re.compile(rf"\bthat\s+(?:(?P<season>spring|summer|autumn|fall|winter)|{_M})\b")),
    # days counted from the writer's day ("today", "last year") or from the story's ("the following spring"):
    # never asked as dates, the student does not know the day they count from
    ("relative", re.compile(r"\b(?:today|yesterday|tomorrow|tonight|last\s+night|(?:this|last|next)\s+(?:morning|"
                            r"evening|week|month|year|spring|summer|autumn|fall|winter)|the\s+(?:following|next|"
                            r"previous)\s+(?:day|morning|week|month|year|spring|summer|autumn|fall|winter))\b",
                            re.IGNORECASE)),
    ("year", re.compile(rf"(?<![\d,.$£€])\b{_Y}\b(?![,.]\d)(?!\s*(?:troops|soldiers|men|people|tons|miles|"
                        r"kilometers|kilometres|dollars|pounds|flights|aircraft|planes|ships|tanks|guns|"
                        r"casualties|prisoners|votes|workers)\b)")),
]
#: relative dates that count from the day the text was written ("today", "last year"), not from its story
_WRITERS_DAY = re.compile(r"(?:today|yesterday|tomorrow|tonight|last|this|next\s+(?:week|month|year))\b", re.IGNORECASE)
_PERIOD_DAY = {"early": 5, "mid": 15, "late": 25, "the beginning of": 1, "the start of": 1, "the middle of": 15,
               "the end of": 28}
_SEASON_MONTH = {"spring": 4, "summer": 7, "autumn": 10, "fall": 10, "winter": 1}
_MONTH_PERIOD_MONTH = {"early": 2, "mid": 6, "late": 11, "the beginning of": 1, "the start of": 1,
                       "the middle of": 6, "the end of": 12}


def _month(name: str | None) -> int | None:
    if not name:
        return None
    return textnorm.MONTHS.get(name.rstrip(".").lower())


def find_dates(text: str) -> list[Mention]:
    """Dates as written: full dates, ranges, months, seasons, years, decades, "that October"."""
    taken: list[tuple[int, int]] = []
    out: list[Mention] = []
    for gran, pattern in _DATE_FORMS:
        for m in pattern.finditer(text):
            s, e = m.span()
            if text[s:e].lower().startswith("the "):
                s += 4
            if any(s < te and ts < e for ts, te in taken):
                continue
            g = m.groupdict()
            month = _month(g.get("month"))
            if g.get("month") == "May" and gran in ("month_day",) and not g.get("day"):
                continue
            day = int(g["day"]) if g.get("day") else None
            year = int(g["year"]) if g.get("year") else None
            if gran == "year_bc" and year:
                year = -year  # 499 BC is before 490 BC
                month = _SEASON_MONTH[g["season"].lower()] if g.get("season") else None
            sort_day = day
            if gran == "period" and g.get("season"):
                month = _SEASON_MONTH[g["season"].lower()]
            elif gran == "period" and g.get("period"):
                if month is None:
                    month_guess = _MONTH_PERIOD_MONTH[g["period"].lower()]
                    date = textnorm.PartialDate(year=year)
                    mention = Mention("date", text[s:e], s, e, date=date, granularity=gran,
                                      resolved=textnorm.PartialDate(year, month_guess, 15 if year else None))
                    mention.extra["sort"] = (year or 0, month_guess, 15)
                    out.append(mention)
                    taken.append((s, e))
                    continue
                sort_day = _PERIOD_DAY[g["period"].lower()]
            elif gran == "relative" and g.get("season"):
                month = _SEASON_MONTH[g["season"].lower()]
            if gran == "range" and g.get("year2") and not month:
                y2 = g["year2"]
                y2v = int(y2) if len(y2) == 4 else int(str(year)[:2] + y2)
                if y2v <= (year or 0):
                    continue
            if gran in ("month_day",) and month == 5 and text[m.start():m.start() + 3] != "May":
                continue
            if gran == "decade":
                date = textnorm.PartialDate(year=year)
            elif gran in ("period",) and g.get("season"):
                date = textnorm.PartialDate(year=year)
            elif gran == "period":
                date = textnorm.PartialDate(year=year, month=month)
            elif gran == "relative":
                date = textnorm.PartialDate(month=month if not g.get("season") else None)
            elif gran == "year_bc":
                date = textnorm.PartialDate(year=year)  # a season ("the summer of 490 BC") only orders it
            else:
                date = textnorm.PartialDate(year=year, month=month, day=day)
            mention = Mention("date", text[s:e], s, e, date=date, granularity=gran)
            mention.extra["sort"] = (year or 0, month or 0, sort_day or 0)
            if gran == "relative" and _WRITERS_DAY.match(text[s:e]):
                mention.extra["writers_day"] = True
            if gran == "period" and g.get("season"):
                mention.extra["season"] = g["season"].lower()
            out.append(mention)
            taken.append((s, e))
    out.sort(key=lambda found: found.start)
    for found in out:  # not ``m``: that name holds the regex matches above
        found.prep = _word_before(text, found.start)
        if found.prep == "the":
            before = text[:found.start].rstrip()
            found.prep = _word_before(text, before.rfind(" ") + 1 if " " in before else 0)
        found.key = found.text
    return out


def _word_before(text: str, start: int) -> str:
    m = re.search(r"(\w+)\W*$", text[:start])
    return m.group(1).lower() if m else ""


# --------------------------------------------------------------------------- numbers

_NUM_WORDS = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10,
    "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17,
    "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60,
    "seventy": 70, "eighty": 80, "ninety": 90,
}
_SCALES = {"hundred": 100, "thousand": 1_000, "million": 1_000_000, "billion": 1_000_000_000}
_FRACTIONS = {"half": 0.5, "one-half": 0.5, "a third": 1 / 3, "one-third": 1 / 3, "two-thirds": 2 / 3,
              "a quarter": 0.25, "one-quarter": 0.25, "three-quarters": 0.75, "one-fifth": 0.2}
_HEDGE_WORDS = ("more than", "less than", "fewer than", "at least", "at most", "up to", "just over", "just under",
                "close to", "an estimated", "about", "around", "approximately", "roughly", "nearly", "almost",
                "some", "over", "under", "only", "perhaps", "possibly", "probably", "roughly", "an estimated")
_HEDGE_RE = re.compile(r"(?:^|\W)(" + "|".join(re.escape(h) for h in _HEDGE_WORDS) + r")\s*$", re.IGNORECASE)
_STOP_AFTER_NUMBER = frozenset(
    """inside outside across through along around beyond near above below behind within without against toward
    towards among between daily apiece of in on at by for from with to and or but as than that which who whom whose when where while after
    before during into over under per each a an the his her their its this these those was were is are had has
    have be been being would could should will can may might
    he she it they we i you him them us me worth""".split()
)
_CURRENCY = {"$": "dollars", "£": "pounds", "€": "euros"}
_DIMENSIONS = frozenset("wide long high tall deep old thick across away apart".split())
_NOT_UNITS = frozenset("each of another other more times".split()) - {"times"}


def _word_number(tokens: list[Token], i: int) -> tuple[float, int] | None:
    """A number written in words starting at token i: (value, index after it)."""
    total: float = 0
    current: float = 0
    j, seen = i, False
    if tokens[i].lower in ("a", "one") and i + 1 < len(tokens) and tokens[i + 1].lower in _SCALES:
        current, seen, j = 1, True, i + 1  # "more than a hundred men", "a thousand ships"
    while j < len(tokens):
        t = tokens[j]
        low = t.lower
        parts = low.split("-") if t.kind == "word" and "-" in low else [low]
        if len(parts) == 3 and parts[1] == "and" and parts[0] in _NUM_WORDS and parts[2] in _NUM_WORDS and \
                _NUM_WORDS[parts[0]] < 10 <= _NUM_WORDS[parts[2]] and t.kind == "word":
            current += _NUM_WORDS[parts[0]] + _NUM_WORDS[parts[2]]  # the old "two-and-twenty": 22
            seen = True
        elif all(p in _NUM_WORDS for p in parts) and t.kind == "word":
            current += sum(_NUM_WORDS[p] for p in parts)
            seen = True
        elif low in _SCALES and seen:
            scale = _SCALES[low]
            if scale == 100:
                current = max(current, 1) * 100
            else:
                total += max(current, 1) * scale
                current = 0
        elif low == "and" and seen and j + 2 < len(tokens) and tokens[j + 1].lower == "a" and tokens[j + 2].lower == "half":
            current += 0.5
            j += 3
            break
        elif low == "and" and seen and j + 1 < len(tokens) and tokens[j + 1].lower in _NUM_WORDS:
            pass
        else:
            break
        j += 1
    if not seen:
        return None
    return float(total + current), j


def _digit_value(text: str) -> float | None:
    try:
        return float(text.replace(",", ""))
    except ValueError:
        return None


#: a vessel named right after its kind: "the boat Seneca Chief", "the steamship Great Eastern", "the ship Mayflower"
_NAMED_CRAFT = re.compile(r"\b(?:the|a|an|his|her|its|their)\s+(?:[a-z-]+\s+)?(?:boat|ship|steamship|steamer|"
                          r"steamboat|schooner|brig|frigate|galleon|barge|yacht|liner|tug|airship|vessel)\s*$")
#: a count right before a name: "About 4,000 Cherokee", "some twenty thousand Aztecs" (never a year: "In 1066 William")
_COUNTED = re.compile(r"(?:\b\d{1,3}(?:,\d{3})+|\b(?:hundred|hundreds|thousand|thousands|million|millions))\s*$")
_CLOCK = re.compile(r"(?:[01]?\d|2[0-3])[.:][0-5]\d")
#: what follows a time of day: "at 7.52 on Friday morning", "at 10.22 last night", "at 3.25 p.m.", "at 6:30, when"
_AFTER_CLOCK = frozenset("a p am pm o'clock on in last that this the and when , . ; hours".split())


def _clock_time(tokens: list[Token], i: int) -> bool:
    """A time of day written "H.MM" or "H:MM" after "at", "by", "until", "before" or "after"."""
    if not _CLOCK.fullmatch(tokens[i].text) or i == 0 or tokens[i - 1].lower not in ("at", "by", "until", "before",
                                                                                        "after", "about", "around"):
        return False
    return i + 1 >= len(tokens) or tokens[i + 1].lower in _AFTER_CLOCK


def find_numbers(text: str, tokens: list[Token] | None = None, dates: list[Mention] | None = None) -> list[Mention]:
    """Numbers with what they count: "135,000 troops", "ten tons", "2.3 million tons", "30,000–40,000 men"."""
    tokens = tokens if tokens is not None else tokenize(text)
    dates = dates if dates is not None else find_dates(text)
    date_spans = [(d.start, d.end) for d in dates]
    out: list[Mention] = []
    i = 0
    while i < len(tokens):
        t = tokens[i]
        if any(t.start < e and s < t.end for s, e in date_spans):
            i += 1
            continue
        value = None
        j = i + 1
        subkind = ""
        if t.kind == "num" and _clock_time(tokens, i):
            i += 1  # "landed ... at 10.22 last night": the time of day, no number to ask (set 14's Lindbergh)
            continue
        if t.kind == "num" and not re.search(r"(st|nd|rd|th|s)$", t.text):
            value = _digit_value(t.text)
            if i > 0 and tokens[i - 1].text in "$£€":
                subkind = "money"
            if j < len(tokens) and tokens[j].lower in _SCALES and tokens[j].lower != "hundred":
                value = value * _SCALES[tokens[j].lower] if value is not None else None
                j += 1
        elif t.kind == "word" and t.lower in _FRACTIONS:
            value, subkind = _FRACTIONS[t.lower], "fraction"
        elif t.kind == "word":
            parsed = _word_number(tokens, i)
            if parsed:
                value, j = parsed
        if value is None:
            i += 1
            continue
        start_tok = i
        if i > 0 and tokens[i - 1].text in "$£€":
            start_tok = i - 1
        # a range: "30,000 to 40,000", "30,000–40,000"
        low = high = None
        if j + 1 < len(tokens) and tokens[j].text in ("-", "–", "—", "to") and tokens[j + 1].kind == "num":
            other = _digit_value(tokens[j + 1].text)
            k = j + 2
            if other is not None and k < len(tokens) and tokens[k].lower in _SCALES and tokens[k].lower != "hundred":
                other *= _SCALES[tokens[k].lower]
                k += 1
            if other is not None and other > value:
                low, high = value, other
                j = k
        if _is_name_number(tokens, i):
            i = j
            continue
        # what the number counts: adjectives and compounds, then the head noun
        unit_toks: list[Token] = []
        k = j
        if k < len(tokens) and tokens[k].text == "%":
            unit_toks = [tokens[k]]
            k += 1
        else:
            while k < len(tokens) and tokens[k].kind == "word" and tokens[k].lower not in _STOP_AFTER_NUMBER:
                if tokens[k].lower in lexicon.VERBS and unit_toks:
                    break
                unit_toks.append(tokens[k])
                k += 1
                if len(unit_toks) >= 4:
                    break
            # "ten tons of coal": keep the head noun, remember what it measures
        words = [u.text for u in unit_toks]
        if not words and re.search(r"\b(?:age|aged)\s+(?:of\s+)?$", text[:t.start]):
            words = ["years"]  # "At the age of twelve she studied ...": an age, never "she" (round 11)
            subkind = "age"
        if t.kind == "word" and subkind != "fraction":
            # "one", "two" as pronouns or in fixed phrases are not counts
            if not words or words[0].lower() in _NOT_UNITS or (k < len(tokens) and tokens[k].lower == "of" and not words):
                i = j
                continue
            if value == 1 and _word_before(text, t.start) in ("no", "any", "every", "each", "the", "this", "that"):
                i = j
                continue
        while len(words) > 1 and words[-1].lower() in _DIMENSIONS:
            words.pop()
        if not words and re.search(r"\b(?:age|aged)\s+(?:of\s+)?$", text[:t.start]):
            words = ["years"]
            subkind = "age"
        if not words and subkind == "money" and tokens[i - 1].text in _CURRENCY:
            words = [_CURRENCY[tokens[i - 1].text]]  # "about £100,000 worth of maize": pounds, never "worth" (round 11)
        head = words[-1] if words else ""
        if head.lower() in lexicon.VERBS or (head.endswith("ed") and len(words) == 1 and head.lower() not in lexicon.MILITARY_UNITS):
            head, words = "", []
        m_start = tokens[start_tok].start
        m_end = tokens[j - 1].end
        mention = Mention("number", text[m_start:m_end], m_start, m_end, value=value, low=low, high=high,
                          unit=head.lower(), counted=" ".join(words), subkind=subkind or (
                              "percent" if head in ("%", "percent", "per") else ""))
        if subkind == "fraction" and k < len(tokens) and tokens[k].lower == "of":
            mention.counted = ""
        hm = _HEDGE_RE.search(text[:m_start])
        if hm:
            mention.hedge = hm.group(1).lower()
        mention.prep = _word_before(text, m_start)
        mention.key = f"{value:g}"
        out.append(mention)
        i = max(j, i + 1)
    return out


def _is_name_number(tokens: list[Token], i: int) -> bool:
    """'Sputnik 1', 'Apollo 11', 'Freedom 7', 'Route 66': the number is part of a name."""
    if i == 0 or tokens[i].kind != "num":
        return False
    prev = tokens[i - 1]
    if not (prev.kind == "word" and prev.text[:1].isupper() and prev.lower not in lexicon.SENTENCE_STARTERS and
            textnorm.MONTHS.get(prev.lower) is None and len(tokens[i].text) <= 3):
        return False
    nxt = tokens[i + 1] if i + 1 < len(tokens) else None
    # "orbited the Earth 48 times": a lower-case noun after the number makes it a count
    return nxt is None or nxt.kind != "word" or not nxt.text[:1].islower() or nxt.lower in lexicon.VERBS or \
        nxt.lower in _STOP_AFTER_NUMBER or nxt.lower in lexicon.CRAFT_WORDS


# --------------------------------------------------------------------------- names


@dataclass
class NameContext:
    """What the whole document says about capitalised words (so sentence starts can be judged)."""

    proper: set[str] = field(default_factory=set)  # words seen capitalised mid-sentence
    lower: set[str] = field(default_factory=set)  # words seen in lower case

    @classmethod
    def from_sentences(cls, texts: list[str]) -> NameContext:
        ctx = cls()
        for text in texts:
            toks = tokenize(text)
            for i, t in enumerate(toks):
                if t.kind not in ("word", "init"):
                    continue
                if t.text[:1].isupper():
                    if i > 0 and toks[i - 1].text not in (":", "“", '"', "—", "(", "‘"):
                        ctx.proper.add(t.text)
                else:
                    ctx.lower.add(t.text.lower())
        return ctx


_QUOTE_OPEN = ("“", '"', "‘", "—", ":", "–")
_GIVEN_NAMES = frozenset(
    """abraham adolf alan albert alexander alexei alfred andrew anne anthony benjamin bernard buzz catherine charles
    chiang dean david dmitri douglas dwight ed edward eleanor elizabeth ernest erwin francis franklin frank
    frederick frédéric george georges gus harry henri henry herbert hideki ho isabella ivan james jane jawaharlal
    jim john joseph josip jules karl kim konrad leon leonid lucius lyndon mahatma margaret maria marie mao martin
    mary michael mikhail napoleon neil nelson nikita nikolai otto pierre richard robert roger ronald rosa
    theodore thomas ulysses valentina vladimir walter warren william winston woodrow yuri zhou gail irène ève
    bronisława władysław syngman""".split()
)
PERSON_NOUNS = frozenset(
    """president leader general governor fighter commander pilot physicist chemist scientist teacher professor
    king queen emperor prince princess minister chancellor dictator premier chairman admiral marshal officer
    soldier cosmonaut astronaut engineer writer poet author artist painter composer inventor explorer
    diplomat ambassador secretary senator mayor judge lawyer doctor daughter son wife husband sister brother
    mother father widow anti-communist communist nationalist revolutionary activist reformer founder
    missionary priest bishop pope monk nun student governess nurse director guerrilla statesman politician
    colonel captain lieutenant major sergeant aviator airman sailor spy agent merchant farmer worker hero
    heroine crew""".split()
)


_DAY_NAMES = frozenset("monday tuesday wednesday thursday friday saturday sunday today yesterday tonight".split())


def _is_regnal_i(tokens: list[Token], i: int) -> bool:
    """"Darius I", "Elizabeth I": a ruler's numeral after a name; "Tuesday I saw", "Then I" are the writer."""
    if i == 0:
        return False
    prev = tokens[i - 1]
    return (prev.kind == "word" and prev.text[:1].isupper() and prev.lower not in _DAY_NAMES and
            prev.lower not in lexicon.SENTENCE_STARTERS and textnorm.MONTHS.get(prev.lower) is None and
            prev.lower not in ("sister", "brother", "mother", "father", "sir", "madam", "friend"))


def _is_name_token(tokens: list[Token], i: int, ctx: NameContext | None, at_start: bool) -> bool:
    t = tokens[i]
    if t.kind == "init" or (t.kind == "word" and re.fullmatch(r"[A-Z]{2,6}", t.text) and t.text not in ("I", "A")):
        return True  # initials and acronyms: "S.", "U.S.", "KPA"
    if t.kind != "word" or not t.text[:1].isupper():
        return False
    if t.text == "I" and not _is_regnal_i(tokens, i):
        return False  # the writer of a letter ("On Tuesday I saw"), never part of a name
    low = t.lower
    if low in _DAY_NAMES:
        return False  # "On Tuesday": a day of the week is a time, not a name to ask or swap
    if textnorm.MONTHS.get(low) and (i + 1 < len(tokens) and tokens[i + 1].kind == "num" or low == "may"):
        return False
    if textnorm.MONTHS.get(low) and i + 1 < len(tokens) and tokens[i + 1].lower in ("of",):
        return False
    if textnorm.MONTHS.get(low) and i > 0 and tokens[i - 1].lower in ("in", "by", "until", "till", "since", "from",
                                                                       "during", "early", "late", "mid", "that"):
        return False  # "In July Cavour meets …": a time, then the name (set 10: a place "July Cavour" was asked)
    if "-" in t.text:
        head, _, tail = t.text.partition("-")
        if len(head) == 1 and tail[:1].islower():
            return False  # X-ray, U-boat
        if tail[:1].islower() and (head.lower() in lexicon.NATIONALITIES or head.lower() in lexicon.COUNTRIES or
                                   tail.endswith(("ed", "made", "held", "ruled", "led", "style", "era", "born"))):
            return False
    if at_start:
        if low in lexicon.SENTENCE_STARTERS:
            return False
        if _continues_as_name(tokens, i):
            return True  # "Ahmad ibn Fadlan was born …": the first word of a name that opens a sentence is kept
        if ctx is None:
            return i + 1 < len(tokens) and tokens[i + 1].is_cap
        if t.text in ctx.proper or low in lexicon.COUNTRIES or low in lexicon.PLACES:
            return True
        if low in ctx.lower:
            return False
        return i + 1 < len(tokens) and tokens[i + 1].is_cap and tokens[i + 1].lower not in lexicon.SENTENCE_STARTERS
    return True


#: the small words inside a person's name ("ibn", "von") that never join two words of an ordinary sentence; "of",
#: "the", "and", "la", "le" and "y" can, so they do not count here
_INNER_NAME_WORDS = frozenset(lexicon.NAME_CONNECTORS - {"of", "the", "and", "la", "le", "y"})


def _continues_as_name(tokens: list[Token], i: int) -> bool:
    """Whether the words after a sentence's capitalised first word go on as a name: "Ahmad ibn Fadlan", "Ludwig
    van Beethoven" (issue 16, round 8: the first word was lost and "Fadlan" read as the person)."""
    return i + 2 < len(tokens) and tokens[i + 1].kind == "word" and tokens[i + 1].lower in _INNER_NAME_WORDS and \
        tokens[i + 1].text[:1].islower() and tokens[i + 2].is_cap and \
        tokens[i + 2].lower not in lexicon.SENTENCE_STARTERS and tokens[i].lower not in lexicon.SENTENCE_STARTERS


def find_names(text: str, tokens: list[Token] | None = None, ctx: NameContext | None = None) -> list[Mention]:
    """Proper names: people (with titles and initials), places, countries, units, organisations, events."""
    tokens = tokens if tokens is not None else tokenize(text)
    out: list[Mention] = []
    i = 0
    n = len(tokens)
    while i < n:
        at_start = i == 0 or tokens[i - 1].text in _QUOTE_OPEN
        title_toks: list[Token] = []
        j = i
        # titles: "President", "Gen.", "Maj. Gen.", "Prime Minister"
        while j < n and tokens[j].kind == "word" and tokens[j].lower in lexicon.TITLES and tokens[j].text[:1].isupper():
            k = j + 1
            if k < n and tokens[k].text == ".":
                k += 1
            if k < n and tokens[k].is_cap and tokens[k].lower not in lexicon.SENTENCE_STARTERS:
                title_toks.append(tokens[j])
                j = k
            else:
                break
        if title_toks and (j >= n or not tokens[j].is_cap):
            title_toks = []
            j = i
        name_start = j
        if not title_toks and not _is_name_token(tokens, j, ctx, at_start):
            i += 1
            continue
        # extend the name
        k = j
        parts: list[Token] = []
        while k < n:
            t = tokens[k]
            if _is_name_token(tokens, k, ctx, at_start and k == i and not title_toks) if k == name_start else (
                    t.kind == "init" or (t.kind == "word" and t.text[:1].isupper() and _is_name_token(tokens, k, ctx, False))):
                parts.append(t)
                k += 1
                continue
            if parts and t.kind == "num" and _is_name_number(tokens, k) and not (
                    k + 1 < n and tokens[k + 1].kind == "word" and tokens[k + 1].lower in lexicon.MILITARY_UNITS):
                parts.append(t)
                k += 1
                continue
            if parts and t.kind == "word" and t.lower in lexicon.NAME_CONNECTORS and t.lower not in ("the", "and") and \
                    k + 1 < n and tokens[k + 1].is_cap and tokens[k + 1].lower not in lexicon.SENTENCE_STARTERS:
                parts.append(t)
                k += 1
                continue
            if parts and t.lower == "and" and k + 1 < n and tokens[k + 1].is_cap and \
                    _continues_compound(parts, tokens, k):
                parts.append(t)
                k += 1
                continue
            if parts and t.lower == "in" and parts[-1].lower in lexicon.AWARD_WORDS and k + 1 < n and tokens[k + 1].is_cap:
                parts.append(t)
                k += 1
                continue
            if parts and t.kind == "poss" and parts[-1].lower in lexicon.NAME_POSSESSIVES and k + 1 < n and \
                    tokens[k + 1].is_cap:
                parts.append(t)
                k += 1
                continue
            break
        # an ordinal in front: "the 24th Infantry Division", "the 38th parallel"
        if not parts:
            i += 1
            continue
        start_tok = name_start
        if name_start > 0 and re.fullmatch(r"\d+(st|nd|rd|th)", tokens[name_start - 1].text) and not title_toks:
            start_tok = name_start - 1
            parts.insert(0, tokens[name_start - 1])
        # trailing connector never ends a name
        while parts and parts[-1].kind == "word" and parts[-1].lower in lexicon.NAME_CONNECTORS:
            parts.pop()
        if not parts:  # only connectors were left ("PORT ELLEN, ..." read "LE" as "le"): no name here
            i = max(k, i + 1)
            continue
        saint = bool(title_toks) and title_toks[-1].lower in _SAINT_WORDS
        if saint:
            # "Saint Helena", "St Peter's Basilica": the saint's word is part of the name; a place or a church named
            # for a saint is never the person "Helena" or "Peter" (no swap into it, no piece of it as an option)
            start_tok = name_start - 2 if tokens[name_start - 1].text == "." else name_start - 1
            title_toks = title_toks[:-1]
            while k + 1 < n and tokens[k].kind == "poss" and tokens[k + 1].is_cap and \
                    tokens[k + 1].lower not in lexicon.SENTENCE_STARTERS:
                parts.append(tokens[k])
                k += 1
                while k < n and tokens[k].is_cap:
                    parts.append(tokens[k])
                    k += 1
        s, e = tokens[start_tok].start, parts[-1].end
        name_text = text[s:e]
        mention = Mention("other", name_text, s, e)
        if saint:
            mention.prep = _word_before(text, s)
            mention.kind, mention.subkind = _saint_kind(name_text, text, s)
            mention.key = name_text
            mention.extra["at_start"] = at_start and start_tok == i
            out.append(mention)
            i = max(k, i + 1)
            continue
        if title_toks:
            mention.extra["title"] = text[title_toks[0].start:tokens[name_start - 1].end]
            mention.extra["title_start"] = title_toks[0].start
        mention.prep = _word_before(text, s)
        mention.extra["at_start"] = at_start and start_tok == i and not title_toks
        mention.kind, mention.subkind = classify_name(name_text, text, s, e, bool(title_toks))
        mention.key = name_text
        out.append(mention)
        i = max(k, i + 1)
    _ordinal_lower_names(text, tokens, out)
    out.sort(key=lambda m: m.start)
    return out


_SAINT_WORDS = frozenset("saint st st. ste sainte".split())
#: before a name: the name is where something is ("the island of Saint Helena", "exiled to St Helena")
_AT_PLACE = re.compile(r"\b(?:island|isle|town|city|port|fort|village|parish|church|cathedral|abbey|of\s+the\s+island)"
                       r"\s+of\s*$|\b(?:in|at|to|from|near|on|towards|into|reached|visited)\s*$", re.IGNORECASE)


def _saint_kind(name: str, sentence: str, start: int) -> tuple[str, str]:
    """A name that opens with a saint's word: a building when it owns a noun ("St Peter's Basilica"), a place where
    the sentence puts something there ("on Saint Helena"), else a saint of unsure kind (never a person to swap)."""
    if re.search(r"[’']s\s+[A-Z]", name):
        return "place", "feature"
    before = sentence[max(0, start - 30):start]
    if re.search(r"\b(?:island|isle)\s+of\s*$", before, re.IGNORECASE):
        return "place", "island"  # "the island of Saint Helena" takes another island, never a village
    if _AT_PLACE.search(before):
        return "place", "site"
    return "other", "saint"


def _continues_compound(parts: list[Token], tokens: list[Token], k: int) -> bool:
    """'National Aeronautics and Space Act': 'and' inside a name ending in an organisation/event word."""
    for t in tokens[k + 1:k + 5]:
        if not t.is_cap:
            return False
        if t.lower in lexicon.EVENT_WORDS or t.lower in lexicon.ORG_WORDS:
            return any(p.lower not in lexicon.NAME_CONNECTORS for p in parts) and t.lower not in ("forces", "air")
    return False


def _ordinal_lower_names(text: str, tokens: list[Token], out: list[Mention]) -> None:
    """'the 38th parallel': an ordinal with a lower-case place word is a named line."""
    for m in re.finditer(r"\b(\d+(?:st|nd|rd|th))\s+(parallel|meridian)\b", text):
        if any(x.start <= m.start() < x.end for x in out):
            continue
        mention = Mention("place", m.group(0), m.start(), m.end(), key=m.group(0), subkind="line")
        mention.prep = _word_before(text, m.start())
        out.append(mention)


#: "the governor of ...", "a leader of ...": a role held over something, so the name after the comma is a person
_ROLE_OF = re.compile(r"\b(?:the|a|an|his|her|its|their)\s+(?:[\w-]+\s+)?(?:" + "|".join(sorted(PERSON_NOUNS)) +
                      r")\s+of\b")


def classify_name(name: str, sentence: str, start: int, end: int, titled: bool) -> tuple[str, str]:
    """The kind of a name from its words and its surroundings."""
    words = [w for w in re.split(r"[\s]+", name) if w]
    lows = [w.lower().strip(".,") for w in words]
    low_name = " ".join(lows)
    last = lows[-1]
    before = sentence[:start].rstrip()
    before_words = re.findall(r"[\w’'-]+", before.lower())[-3:]
    after = sentence[end:end + 40].lower()
    kind = _sure_kind(lows, low_name, before.lower(), after, sentence.lower())
    if kind is not None:
        return kind
    if _NAMED_CRAFT.search(before):
        return "craft", "craft"  # "boarded the boat Seneca Chief": a boat's name, no person (set 14's Erie Canal)
    if len(lows) == 1 and _COUNTED.search(before):
        return "group", "people"  # "About 4,000 Cherokee died": a people counted, no person (set 15)
    if lows[-1] in ("st", "mt", "ft", "ste") and re.match(r"\.?\s+[A-Z]", sentence[end:end + 4]):
        return "other", "fragment"  # "Mount St." of "Mount St. Scholastica College": a piece of a longer name
    if titled:
        return "person", ""
    kept = _kind_of_round16(words, lows, before, start)
    if kept is not None:
        return kept
    if last in ("day", "eve", "sunday", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday") or \
            lows[0] in _HOLIDAYS or low_name in _HOLIDAYS:
        return "other", "holiday"  # "Christmas Day", "Black Tuesday", "Easter Sunday": a day, never a person
    if len(lows) >= 3 and lows[1] == "of" and (lows[0] in lexicon.TITLES or lows[0] in _GIVEN_NAMES
                                                | lexicon.MALE_NAMES | lexicon.FEMALE_NAMES):
        # "William of Normandy", "Catherine of Aragon" are people; "Duke of Normandy", "King of Norway" are a
        # person's title (a role): never offered as another person
        return ("person", "title") if lows[0] in lexicon.TITLES else ("person", "")
    if lows[0] in ("battle", "siege", "sack", "fall") and len(lows) >= 3 and lows[1] == "of":
        return "event", "event"  # "Battle of Stamford Bridge": a battle, though it ends in "Bridge"
    if len(lows) == 1 and re.search(r"\b[A-Z][a-z]+\s+the\s*$", before) and \
            re.findall(r"([A-Z][a-z]+)\s+the\s*$", before)[0].lower() in _GIVEN_NAMES | lexicon.MALE_NAMES | \
            lexicon.FEMALE_NAMES:
        return "other", "epithet"  # "Edward the Confessor", "Alfred the Great": part of a name, not a body
    if len(lows) == 1 and before_words and before_words[-1] == "the" and re.fullmatch(r"[a-z]+[^s]s", lows[0]) and \
            lows[0] not in lexicon.PLACES and lows[0] not in lexicon.COUNTRIES and lows[0] not in _REGIONS and \
            lows[0] not in lexicon.ORG_WORDS:
        return "group", "people"  # "the Normans", "the Vikings", "the Aztecs": a people, not an organisation
    if len(lows) == 1 and (lows[0] in lexicon.TITLES or lows[0] == "chief"):
        return "other", "title"  # "Commander in Chief": a title alone names no one and nowhere
    if len(lows) == 2 and lows[0] in _PLACE_FIRST_WORDS and (
            lows[1] not in _GIVEN_NAMES | lexicon.MALE_NAMES | lexicon.FEMALE_NAMES
            or re.search(r"\b(?:in|at|to|from|between|near|of)\s*$", before.lower())):
        # "San Francisco", "Los Angeles", "Fort Sumter": a place; "San Martin" alone may be a person's surname
        return "place", "city"
    if len(lows) >= 3 and lows[0] in _SAINT_PLACE_WORDS and lows[1] not in lexicon.NAME_CONNECTORS:
        # "San Juan Pueblo", "Santa Maria Novella", "Fort William Henry": a place or a building named for a saint or
        # a person, though its second word is a given name; never the person a later "he" stands for
        return "place", "site"
    if len(lows) == 2 and lows[0] in ("north", "south", "east", "west", "upper", "lower") and \
            lows[1] not in _GIVEN_NAMES and lows[1] not in lexicon.NATIONALITIES and \
            low_name not in lexicon.COUNTRIES and not any(w in lexicon.EVENT_WORDS | lexicon.ORG_WORDS for w in lows):
        return "place", "region"  # "North Carolina", "East Prussia": a compass word before a name is a place
    if len(lows) == 2 and lows[0] == "new" and lows[1] in lexicon.COUNTRIES:
        return "place", "region"  # "New Mexico", "New Spain": a state or a colony named for a country (set 17)
    if len(lows) == 1 and lows[0].endswith("shire") and len(lows[0]) > 6:
        return "place", "region"  # "Lincolnshire", "Yorkshire": a county, never a town's option (set 16's Newton)
    if len(lows) == 2 and lows[1] in lexicon.COUNTRIES and lows[0] not in _GIVEN_NAMES:
        return "country", "country"  # "Gran Colombia", "Greater Germany"
    if len(lows) == 1 and re.search(r"\b(?:compared|likened)\s+(?:him|her|[A-Z][\w’'-]+)\s+(?:with|to)\s*$", before):
        return "person", ""  # "compared Nasser to Mussolini": a person is likened to a person
    if low_name in lexicon.COUNTRIES or low_name.replace("the ", "") in lexicon.COUNTRIES:
        return "country", "country"
    if len(lows) == 2 and lows[0] in ("north", "south", "east", "west") and lows[1] in lexicon.COUNTRIES:
        return "country", "country"
    if any(w in ("republic", "kingdom", "empire", "federation", "confederation", "commonwealth") for w in lows) and \
            "of" in lows or last in ("republic", "empire", "kingdom", "reich") and len(lows) > 1:
        return "country", "country"
    if re.fullmatch(r"\d+(st|nd|rd|th)", lows[0]) and any(w in lexicon.UNIT_WORDS for w in lows):
        return "unit", "unit"
    if any(w in lexicon.UNIT_WORDS for w in lows) and last not in lexicon.ORG_WORDS - {"army", "navy"}:
        return "unit", "unit"
    if last in lexicon.AWARD_WORDS or (len(lows) > 2 and lows[1] in lexicon.AWARD_WORDS and "in" in lows):
        return "award", "award"
    if any(w in lexicon.EVENT_WORDS for w in lows) and not any(w in lexicon.PLACE_WORDS for w in lows[-1:]):
        return "event", "event"
    if any(w in lexicon.ORG_WORDS for w in lows) and last not in lexicon.PLACE_WORDS:
        return "organisation", "organisation"
    if last in lexicon.PLACE_WORDS or lows[0] in ("mount", "lake", "cape", "fort", "port"):
        water = last in ("river", "sea", "ocean", "bay", "gulf", "strait", "straits", "channel", "lake", "canal", "creek")
        return "place", "water" if water else "feature"
    if low_name in ("moon", "earth", "mars", "sun", "venus", "jupiter"):
        return "place", "body"
    if low_name in _CONTINENTS:
        return "place", "continent"  # "Europe" takes another continent, never "West Africa" or "Granada"
    if low_name in lexicon.PLACES:
        return "place", "city" if len(lows) <= 2 and low_name not in _REGIONS else "region"
    if low_name in lexicon.NATIONALITIES or (len(lows) == 1 and last.rstrip("s") in lexicon.NATIONALITIES) or (
            len(lows) == 2 and lows[0] in ("north", "south", "east", "west") and
            (lows[1] in lexicon.NATIONALITIES or lows[1].rstrip("s") in lexicon.NATIONALITIES)):
        return "group", "nationality"
    if len(lows) == 1 and last in ("north", "south", "east", "west", "allies", "axis", "west"):
        return "group", "side"
    if re.fullmatch(r"[A-Z]{2,6}|(?:[A-Z]\.){2,}", name):
        return "organisation", "acronym"
    if any(c.isdigit() for c in name) and (re.search(r"\s\d+$", name) or re.search(r"[A-Za-z]-\d", name)):
        return "craft", "craft"
    thing = re.search(r"\b(?:a|an|the|his|her|its|their)\s+(?:[\w-]+\s+){0,3}([a-z][\w-]*)\s*,\s*(?:the\s*)?$", before)
    if thing and set(re.findall(r"[a-z-]+", before.lower())[-5:]) & PERSON_NOUNS and \
            _ROLE_OF.search(before.lower()):
        return "person", ""  # "the governor of the fortress, Bernard-René de Launay": a person named after a role
    if thing and thing.group(1).endswith("s") and thing.group(1)[:-1] in PERSON_NOUNS and \
            re.search(r"\b(?:his|her|their|its|the|two|three|four)\s+(?:[\w-]+\s+){0,2}[a-z]+s\s*,\s*$", before):
        return "person", ""  # "two of his sons, Huáscar and Atahualpa": people named after a plural role (round 20)
    pair = re.search(r"\b(?:his|her|their|its|the|two|three|four)\s+(?:[\w-]+\s+){0,2}([a-z]+)s\s*,\s*"
                     r"(?:[A-Z][\w’'-]+\s+){1,3}and\s*$", before)
    if pair and pair.group(1) in PERSON_NOUNS:
        return "person", ""  # … and the second of them
    if thing and thing.group(1) not in PERSON_NOUNS and not thing.group(1).endswith("ly") and \
            thing.group(1) not in ("later", "earlier", "ago", "again", "too", "also", "then", "before", "after"):
        return ("craft", "craft") if thing.group(1) in lexicon.CRAFT_WORDS else ("other", "thing")
    if len(lows) >= 2 and lows[-1] in lexicon.PLACES:
        return "place", "region"
    naming = re.search(r"\b(called|named|renamed|nicknamed|code-named|known as|dubbed|calls?|names?)\s*(?:him|her|it|them)?\s*(?:the)?\s*$",
                       before.lower())
    if naming:
        return "other", "nickname"
    if _CITY_COMMA.search(before) and lows[0] not in _GIVEN_NAMES:
        return "place", "region"  # "businessmen in St. Louis, Missouri, who had faith": the state, not a person (set 14)
    if re.match(r"\s*[,(]?\s*(?:who|whom)\b", after) or re.match(r"\s*(?:’s|'s)?\s*(?:\w+\s+){0,2}(?:was born|died|married)", after):
        return "person", ""
    if before_words and before_words[-1] in PERSON_NOUNS:
        return "person", ""
    if re.search(r"\b(?:city|port|town|village|island|province|region|state|port city|capital) of\s*$", before.lower()):
        return "place", "city"
    place_preps = ("in", "at", "to", "from", "near", "towards", "toward", "into", "across", "through", "outside",
                   "captured", "occupied", "invaded", "entered", "reached", "bombed", "liberated", "around")
    if before_words and before_words[-1] == "at" and len(lows) <= 2 and lows[0] not in _GIVEN_NAMES:
        return "place", "site"
    if before_words and before_words[-1] in place_preps and len(lows) <= 2 and lows[0] not in _GIVEN_NAMES:
        return "place", "city"
    if len(before_words) >= 2 and before_words[-1] in ("today's", "today’s", "modern", "present-day") and \
            before_words[-2] in place_preps and len(lows) <= 3:
        return "place", "city"  # "moved their capital south, near today's Phnom Penh": a place of our day
    if lows[0] in _GIVEN_NAMES and len(lows) >= 2:
        return "person", ""
    if len(lows) == 1 and re.search(r"(?:ment|ism|ity|ance|ence|tion)$", lows[0]):
        return "other", "idea"  # "the Enlightenment", "the Reformation": an age or an idea, not a body
    if len(lows) == 1 and before_words and before_words[-1] == "the":
        return "organisation", "institution"
    if len(lows) == 2 and lows[0] in _CONTINENTS and lows[0] not in _GIVEN_NAMES:
        return "place", "region"  # "Asia Minor", "Africa Proconsularis": a continent's name opens a region's
    if 2 <= len(lows) <= 4 and all(w[:1].isalpha() for w in lows) and not any(w in lexicon.NAME_CONNECTORS for w in lows):
        if before_words and before_words[-1] in ("a", "an"):
            return "other", "thing"  # "made the ruins a World Heritage Site": a person is not "a" someone
        if _demonym_of_place(lows):
            return "group", "people"  # "the New Zealanders", "the Rhode Islanders": a people, not a person
        if len(before_words) >= 2 and before_words[-1] == "of" and before_words[-2] in _LAND_OF:
            return "place", "region"  # "the gold mines of Minas Gerais", "the summit of Chunuk Bair": a place
        return "person", "guess"
    return "other", ""


#: Round 16 (issue 16): words of a rank that may open a titled name without a title word first ("Air Chief
#: Marshal Sir Hugh Dowding" was read as an organisation for its "Air").
_INNER_TITLES = frozenset("sir dame marshal vice-marshal commodore".split())
#: The last words of a newspaper's or a journal's name ("The Times" was offered among cities for "a message to").
_PAPER_WORDS = frozenset("""times guardian telegraph herald tribune gazette observer economist journal chronicle mail
post courier mercury standard spectator""".split())
#: A part of a palace or a building named by its place in it ("the Outer Court"): a place, not a law court.
_PART_WORDS = frozenset("outer inner upper lower".split())


def _kind_of_round16(words: list[str], lows: list[str], before: str, start: int) -> tuple[str, str] | None:
    """Kinds round 16 settles from a name's words before the word lists guess (each a fault of sets 13-15)."""
    last = lows[-1]
    kind_words = lexicon.ORG_WORDS | lexicon.PLACE_WORDS | lexicon.EVENT_WORDS | lexicon.UNIT_WORDS
    if len(lows) >= 3 and last not in kind_words and any(
            w in _INNER_TITLES and lows[0] not in lexicon.COUNTRIES for w in lows[1:-1]):
        return "person", ""  # "Air Chief Marshal Sir Hugh Dowding": a rank and a knight's "Sir" before a name
    if len(lows) >= 3 and lows[0] in ("member", "members") and lows[1] == "of":
        return "other", "title"  # "Member of Parliament": a seat one holds, not the body (set 15)
    if len(lows) == 2 and lows[0] in _PART_WORDS and last in ("court", "courts", "city"):
        return "place", "site"  # "the Outer Court", "the Inner Court", "the Inner City" of a palace (set 15)
    if start > 0 and words[0] == "The" and last in _PAPER_WORDS:
        return "other", "paper"  # "a coded message to The Times": a newspaper, no city (set 15)
    if not before.strip() and len(lows) >= 2 and re.fullmatch(r"[a-z]+ed", lows[0]) and (
            " ".join(lows[1:]) in lexicon.COUNTRIES or " ".join(lows[1:]) in lexicon.PLACES):
        return "other", "thing"  # "Defeated France sent Talleyrand": a describing word opens the sentence (set 13)
    if re.search(r"\b[Tt]he\s+[A-Z][a-z]+,\s+or\s*$", before) and \
            re.findall(r"([A-Z][a-z]+),\s+or\s*$", before)[0].lower() in lexicon.PLACE_WORDS:
        return "place", "site"  # "to the Monastery, or Ad Deir": another name of the building (set 14)
    return None


_MONTHS = frozenset("""january february march april may june july august september october november december""".split())
_WEEKDAYS = frozenset("sunday monday tuesday wednesday thursday friday saturday sabbath".split())
#: Followers of a faith: never a person, a place or a body ("He [Muslim]" was the wrong reading of "a devout Muslim").
_RELIGIONS = frozenset("""muslim muslims hindu hindus sikh sikhs buddhist buddhists christian christians jew jews jewish
catholic catholics protestant protestants jain jains parsi parsis zoroastrian zoroastrians shia sunni""".split())
_KIN = frozenset("mother father mama papa mum mom dad grandmother grandfather aunt uncle cousin".split())
#: Words that, with a title word, make a whole name a title ("Prime Minister", "Supreme Leader", "Grand Vizier").
_TITLE_PARTS = frozenset("prime supreme grand high chief first vice deputy leader head lord".split())
#: Languages and scripts history texts name; a language is asked as a language, never offered as a place.
_LANGUAGES = frozenset("""prakrit sanskrit pali aramaic latin hebrew arabic swahili mandinka hindi urdu bengali tamil
nahuatl quechua kharosthi brahmi cuneiform hieroglyphs hieroglyphic coptic syriac akkadian sumerian""".split())
_LANGUAGE_NOUNS = ("language", "languages", "script", "scripts", "tongue", "dialect", "alphabet")
#: A name ending in one of these is a written thing: an edict, an inscription, a map, a chronicle.
DOCUMENT_WORDS = frozenset("""edict edicts inscription inscriptions atlas codex chronicle chronicles manuscript manuscripts
stele stela tablet tablets papyrus scroll scrolls annals gospel gospels sutra sutras bible quran koran carta charta""".split())


def _sure_kind(lows: list[str], low_name: str, before: str, after: str, sentence: str) -> tuple[str, str] | None:
    """Kinds the words of a name settle whatever surrounds it: a month, a faith, a title, a language, a document."""
    if low_name in _MONTHS or low_name in _WEEKDAYS:
        return "other", "month"  # "in December" alone is no place ("Tehran, December, Najaf")
    if low_name in ("bce", "bc", "ce", "ad", "b.c.", "a.d.", "b.c.e.", "c.e."):
        return "other", "era"  # "321 BCE": no organisation
    if low_name in _KIN:
        return "other", "kin"  # "Give my love to Mother": a relative, not a place
    if low_name in _RELIGIONS:
        return "group", "religion"
    if len(lows) >= 2 and all(w in lexicon.TITLES or w in _TITLE_PARTS for w in lows) and \
            (lows[-1] in lexicon.TITLES or lows[-1] in ("leader", "head")):
        return "other", "title"  # "Prime Minister", "Supreme Leader": an office, not the person who holds it
    if re.match(r"\s*(?:" + "|".join(_LANGUAGE_NOUNS) + r")\b", after) or (
            len(lows) == 1 and lows[0] in _LANGUAGES):
        return "language", "language"  # "the Mandinka language", "in Prakrit"
    if len(lows) == 1 and re.search(r"\b(?:written|inscribed|spoke|speak|speaks|translated|carved)\s+(?:\w+\s+){0,2}in\s*$",
                                    before) and lows[0] in lexicon.NATIONALITIES:
        return "language", "language"  # "written in Greek"
    if lows[-1] in DOCUMENT_WORDS:
        return "document", "document"  # "the Thirteenth Rock Edict", "the Catalan Atlas": never "a person's name"
    return None


_CONTINENTS = frozenset({"africa", "asia", "europe", "america", "north america", "south america", "latin america",
                         "antarctica", "oceania", "australasia"})
_HOLIDAYS = frozenset("""christmas easter whitsun pentecost michaelmas candlemas epiphany thanksgiving halloween
hanukkah passover ramadan diwali lent advent""".split()) | {"new year", "new year's", "new year’s", "new year's day",
                                                               "new year’s day", "good friday", "ash wednesday"}
#: First words of place names that may be followed by a given name ("San Francisco", "St. Petersburg").
_PLACE_FIRST_WORDS = frozenset("san santa são sao los las el fort port".split())
#: the first words of a longer place name whatever follows ("El Cid Campeador" is a man: not "el", "los", "las")
_SAINT_PLACE_WORDS = frozenset("san santa santo são sao fort port".split())
_REGIONS = frozenset("""africa asia europe america antarctica oceania arctic balkans scandinavia siberia manchuria
indochina anatolia mesopotamia levant gaul normandy bavaria silesia alsace lorraine crimea caucasus sinai kashmir punjab bengal himalayas alps andes
urals sahara pacific atlantic mediterranean baltic""".split()) | {"north america", "south america", "latin america",
                                                              "middle east", "far east"}


# --------------------------------------------------------------------------- roles and lists


_END = r"(?=[,;:)—]|(?<![A-Z])\.(?:\s|$)|$)"
_APPOSITION = re.compile(r"^\s*,\s+(?P<role>(?:a|an|the|then|already|once|later|now)\s[^,;:()—]{2,120}?)\s*" + _END)
#: a name after "in Town, " (lower-case preposition, the place, a comma): the state or country of that place
_CITY_COMMA = re.compile(r"(?<![\w.])(?:in|at|from|near|to|of|outside)\s+(?:[A-Z][\w.’'-]*\s+){0,2}[A-Z][\w.’'-]*,\s*$")
_RELATIVE = re.compile(r"^\s*,\s+who\s+(?P<role>(?:commanded|led|ruled|headed|founded|governed|discovered|"
                       r"invented|wrote|designed|directed|served|taught|had\s+led|had\s+commanded)\s"
                       r"[^,;:()—]{4,120}?)\s*" + _END)
_AS_ROLE = re.compile(r"^\s+as\s+(?P<role>(?:the|a|an)\s+[^,;:()—]{3,100}?)\s*(?=\(|\s+in\s+\d{4}|[,;:)—]|"
                      r"(?<![A-Z])\.(?:\s|$)|$)")
_BECAME = re.compile(r"^\s+(?:became|was|were)\s+(?P<role>(?:the|a|an)\s+(?:first|last|only|youngest|oldest)\s"
                     r"[^,;:()—]{3,100}?)\s*" + _END)
_ROLE_BEFORE = re.compile(r"(?P<role>\b(?:the|a|an|her|his|their)\s+(?:[\w-]+\s+){0,3}?(?P<noun>[a-z-]+))\s+$")


#: "Its main members were Spain, the Republic of Venice and the Papal States": after a comma, more names joined by
#: "and" are the list going on, not what the first name is (set 11's Lepanto: "Spain -> the Republic of Venice and
#: the Papal States" in a matching)
LIST_GOES_ON = re.compile(r"^(?:the|a|an)\s+[A-Z][^,;]*\s(?:and|or)\s+(?:the\s+)?[A-Z]")


@dataclass
class Role:
    person: Mention
    text: str  # as written in the sentence
    start: int
    end: int
    pattern: str  # apposition, relative, as, became, before, title


def find_roles(text: str, names: list[Mention]) -> list[Role]:
    """What a sentence says each person (or place) is: "Kim Il Sung, a former guerrilla fighter"."""
    out: list[Role] = []
    for m in names:
        after = text[m.end:]
        if m.kind in ("person",):
            for pattern, rx in (("apposition", _APPOSITION), ("relative", _RELATIVE), ("as", _AS_ROLE),
                                ("became", _BECAME)):
                r = rx.match(after)
                if r:
                    role = r.group("role").strip()
                    if pattern == "apposition":
                        role = re.split(r"\s+(?:who|which|that)\s+", role)[0]
                        if _has_verb(role) or LIST_GOES_ON.match(role):
                            continue
                        if role.split()[0].lower() in ("then", "already", "once", "later", "now"):
                            continue
                    rs = m.end + r.start("role")
                    role = _trim_role(role)
                    if len(role.split()) < 2 and pattern != "relative":
                        continue
                    if pattern == "apposition" and any(
                            n is not m and n.kind == "person" and rs < n.start < rs + len(role) and
                            not re.search(r"(?:\b(?:of|to|for|with|and|by|from)|[’']s)\s+(?:the\s+)?$",
                                          text[rs:n.start]) for n in names):
                        continue  # "Konrad Adenauer of West Germany, the French foreign minister Christian Pineau,
                        # …": the role is the next man's, written before his name (round 22, set 19's matching)
                    out.append(Role(m, role, rs, rs + len(role), pattern))
                    break
            else:
                before = text[: m.extra.get("title_start", m.start)]
                r = _ROLE_BEFORE.search(before)
                if r and r.group("noun") in PERSON_NOUNS:
                    role = r.group("role")
                    if role.split()[0].lower() in ("her", "his", "their"):
                        continue
                    out.append(Role(m, role, r.start("role"), r.end("role"), "before"))
                elif m.extra.get("title"):
                    title = m.extra["title"]
                    out.append(Role(m, title, m.extra["title_start"], m.extra["title_start"] + len(title), "title"))
        elif m.kind in ("place", "country", "organisation", "unit", "craft", "event"):
            r = _APPOSITION.match(after)
            if r:
                role = re.split(r"\s+(?:who|which|that)\s+", r.group("role").strip())[0]
                role = _trim_role(role)
                if _has_verb(role) or LIST_GOES_ON.match(role):
                    continue
                if len(role.split()) >= 2 and role.split()[0].lower() in ("a", "an", "the"):
                    rs = m.end + r.start("role")
                    out.append(Role(m, role, rs, rs + len(role), "apposition"))
    return out


def _has_verb(phrase: str) -> bool:
    return any(w.lower() in lexicon.VERBS and w.lower() not in _PARTICIPLES for w in re.findall(r"[\w-]+", phrase))


_PARTICIPLES = frozenset("built founded named called known led held broken backed defeated captured".split())


def _trim_role(role: str) -> str:
    words = role.split()
    if len(words) > 12:
        role = " ".join(words[:12])
        role = re.sub(r"\s+(?:of|in|on|at|to|for|with|by|the|a|an|and|from)$", "", role)
    return role.strip(" ,;:")


@dataclass
class NameList:
    """Names listed together: "Gus Grissom, Ed White and Roger Chaffee"."""

    items: list[Mention]
    kind: str
    start: int
    end: int


_LIST_GLUE = re.compile(r"^(?:\s*,\s*(?:and\s+|or\s+)?|\s+and\s+|\s+or\s+)(?:the\s+)?$")


def find_lists(text: str, names: list[Mention]) -> list[NameList]:
    out: list[NameList] = []
    group: list[Mention] = []

    def flush():
        if len(group) == 2 and "," in text[group[0].end:group[1].start]:
            return  # "France surrendered to Germany, and Britain stood alone": two clauses, no list of two (round 16)
        if len(group) >= 2:
            kinds = {m.kind for m in group}
            kind = group[0].kind if len(kinds) == 1 else ("place" if kinds <= {"place", "country"} else "")
            if kind and kind not in ("group", "other"):
                out.append(NameList(list(group), kind, group[0].start, group[-1].end))

    for m in names:
        if group and _LIST_GLUE.match(text[group[-1].end:m.start]):
            group.append(m)
            continue
        flush()
        group = [m]
    flush()
    return out


#: Nouns of land and what lies on it, before "of" and a name: the name is a place ("the gold mines of Minas Gerais",
#: "the summit of Chunuk Bair", "the coffee farms of São Paulo"); a person is never the summit or the farms of anyone
#: in a history text ("the farms of Cecil Rhodes" would be written "Rhodes's farms" or "owned by").
_LAND_OF = frozenset("""mines farms plantations fields estates forests hills heights summit slopes foot top peak ridge
valleys plains coast coasts shores ports harbours harbors streets outskirts suburbs interior highlands lowlands
districts provinces towns cities villages ruins walls gates""".split())


def _demonym_of_place(lows: list[str]) -> bool:
    """A people's word made from a place name of two words or more ("New Zealanders", "Rhode Islanders")."""
    last = lows[-1]
    for suffix in ("ers", "ians", "ans", "ites"):
        if last.endswith(suffix) and len(last) > len(suffix) + 2:
            stem = last[: -len(suffix)]
            for place in (" ".join(lows[:-1] + [stem]), " ".join(lows[:-1] + [stem + "a"]),
                          " ".join(lows[:-1] + [stem + "e"])):
                if place in lexicon.COUNTRIES or place in lexicon.PLACES:
                    return True
    return False

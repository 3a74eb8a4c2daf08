"""The facts of a whole text: every sentence's mentions, tied together across sentences.

Ties made here: a surname or first name to the one person it names ("Rhee" -> "Syngman Rhee"),
an acronym to its name ("KPA" -> "Korean People's Army", "UN" -> "United Nations"), a date
without a year to the year the narrative is in ("June 27" after "June 25, 1950").
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache

from .. import textnorm
from . import extract, lexicon
from .document import Document, Sentence, read_document

_COUNTRY_SYNONYMS = {
    "u.s.": "United States", "us": "United States", "usa": "United States", "u.s.a.": "United States",
    "united states of america": "United States", "america": "United States", "ussr": "Soviet Union",
    "uk": "United Kingdom", "great britain": "Britain",
}


@dataclass
class SentenceFacts:
    sentence: Sentence
    tokens: list[extract.Token]
    dates: list[extract.Mention]
    numbers: list[extract.Mention]
    names: list[extract.Mention]
    roles: list[extract.Role] = field(default_factory=list)
    lists: list[extract.NameList] = field(default_factory=list)

    @property
    def text(self) -> str:
        return self.sentence.text

    @property
    def index(self) -> int:
        return self.sentence.index

    _mentions: list[extract.Mention] | None = None

    @property
    def mentions(self) -> list[extract.Mention]:
        if self._mentions is None:
            self._mentions = sorted(self.dates + self.numbers + self.names, key=lambda m: m.start)
        return self._mentions


@dataclass
class Entity:
    """A person, place, unit, ... as the whole text names it."""

    key: str
    kind: str
    subkind: str
    display: str  # the fullest way the text writes it
    short: str | None  # a one-word form the text also uses ("Rhee", "Truman")
    sentences: set[int]
    first_sentence: int
    first: extract.Mention
    takes_the: bool  # "the Naktong River", "the 24th Infantry Division"; not "Seoul", "Japan"


@dataclass
class Facts:
    doc: Document
    sentences: list[SentenceFacts]
    #: entity key -> indices of the sentences that mention it
    where: dict[str, set[int]] = field(default_factory=dict)
    #: person key -> the fullest way the text writes the name
    people: dict[str, str] = field(default_factory=dict)
    #: lower-cased entity key -> entity, in order of first mention
    entities: dict[str, Entity] = field(default_factory=dict)
    #: person keys the text shows to be people (a title, a given name, "who", a surname used alone), not only guessed
    sure_people: set[str] = field(default_factory=set)
    #: per sentence: its content words and its folded text (for fast "does it say …" checks)
    content: list[frozenset[str]] = field(default_factory=list)
    folded: list[str] = field(default_factory=list)

    #: memo for derived values that several builders ask for (labels, antecedents)
    memo: dict = field(default_factory=dict)

    def says(self, index: int, text: str) -> bool:
        needle = folded(text)
        return bool(needle) and f" {needle} " in self.folded[index]

    def entity(self, m: extract.Mention) -> Entity | None:
        return self.entities.get((m.key or m.text).lower())

    def sure(self, m: extract.Mention) -> bool:
        """Whether the text settles what kind of thing a name is: a person not held in doubt; a body named as a
        body, not a word after "the".
        A name of unsure kind is never a wrong choice and never an answer with a label ("a person's name").
        (Guessed people the text gives reason to doubt are made things by ``_doubt_guessed_people``.)"""
        if m.kind == "person":
            # a guess that survived the doubts (no "the" before it, not quoted, not ordinary words) stands
            return not m.extra.get("ambiguous") and m.subkind != "title"
        if m.kind == "organisation":
            return m.subkind not in ("institution",)
        return m.kind not in ("other", "group")

    def ordinary(self, word: str) -> bool:
        """Whether the text also writes this word in lower case, as an ordinary word ("great", "night")."""
        lower = self.memo.get("lower_words")
        if lower is None:
            lower = {w for sf in self.sentences for w in re.findall(r"\b[a-z]+\b", sf.text)}
            self.memo["lower_words"] = lower
        return word.lower() in lower

    def mentions(self, kind: str | None = None):
        for sf in self.sentences:
            for m in sf.mentions:
                if kind is None or m.kind == kind:
                    yield sf, m

    def sentence(self, index: int) -> SentenceFacts:
        return self.sentences[index]


@lru_cache(maxsize=8192)
def folded(text: str) -> str:
    return textnorm.fold(text, drop_article=False)


def read_facts(text: str) -> Facts:
    doc = read_document(text)
    ctx = extract.NameContext.from_sentences([s.text for s in doc.sentences])
    out: list[SentenceFacts] = []
    for s in doc.sentences:
        toks = extract.tokenize(s.text)
        dates = extract.find_dates(s.text)
        numbers = extract.find_numbers(s.text, toks, dates)
        names = [n for n in extract.find_names(s.text, toks, ctx)
                 if not any(n.start < d.end and d.start < n.end for d in dates + numbers)]
        out.append(SentenceFacts(s, toks, dates, numbers, names))
    facts = Facts(doc, out)
    _doubt_guessed_people(facts)
    _people_by_deeds(facts)
    _tie_names(facts)
    _people_beside_people(facts)
    for sf in facts.sentences:
        sf.roles = extract.find_roles(sf.text, sf.names)
        sf.lists = extract.find_lists(sf.text, sf.names)
    _resolve_years(facts)
    _index(facts)
    _entities(facts)
    facts.content = [frozenset(textnorm.content_words(sf.text)) for sf in facts.sentences]
    facts.folded = [f" {folded(sf.text)} " for sf in facts.sentences]
    return facts


_NAMED_KINDS = ("person", "place", "country", "unit", "organisation", "event", "award", "craft", "language", "document")


def _entities(facts: Facts) -> None:
    counts: dict[str, list[int]] = {}
    shorts: dict[str, dict[str, int]] = {}
    for sf in facts.sentences:
        for m in sf.names:
            if m.kind not in _NAMED_KINDS or m.extra.get("ambiguous"):
                continue
            key = (m.key or m.text).lower()
            ent = facts.entities.get(key)
            display = facts.people.get(m.key, m.text) if m.kind == "person" else (m.key or m.text)
            if ent is None:
                ent = Entity(key, m.kind, m.subkind, display, None, set(), sf.index, m, False)
                facts.entities[key] = ent
                counts[key] = [0, 0]
            ent.sentences.add(sf.index)
            if m.subkind == "site" and ent.kind == "place":
                ent.subkind = "site"  # "at Tegel" anywhere: an airfield or building, not a city
            if len(display) > len(ent.display):
                ent.display = display
            counts[key][0] += 1
            if m.prep == "the" and sf.text[:m.start].rstrip().lower().endswith("the"):
                counts[key][1] += 1
            if m.kind == "person" and len(m.text.split()) == 1:
                shorts.setdefault(key, {}).setdefault(m.text, 0)
                shorts[key][m.text] += 1
    for key, ent in facts.entities.items():
        total, with_the = counts[key]
        ent.takes_the = with_the * 2 > total
        if key in shorts:
            ent.short = max(shorts[key].items(), key=lambda kv: (kv[1], -len(kv[0])))[0]


#: a ruler's number (but "I", which a text rarely needs to tell apart) ends the name: "Edward V" is not "Edward IV" cut short, nor "Henry VII" "Henry VI" (set 14's Wars of
#: the Roses: "the boy king Edward V" was read as Edward IV, a matching paired Edward IV with "the boy king")
_REGNAL = re.compile(r"\s(?!I$)(?:[IVX]{1,5})$")


def _regnal(name: str) -> bool:
    return bool(_REGNAL.search(name))


def _name_tokens(name: str) -> list[str]:
    return [w for w in re.findall(r"[^\W\d_][\w’'-]*", name)
            if len(w) > 1 and w.lower() not in lexicon.NAME_CONNECTORS and not re.fullmatch(r"[A-Z]\.?", w)]


def _initials(name: str) -> str:
    return "".join(w[0] for w in re.findall(r"[^\W\d_][\w’'-]*", name) if w[0].isupper())


_WEEKDAYS = frozenset("monday tuesday wednesday thursday friday saturday sunday".split())


def _doubt_guessed_people(facts: Facts) -> None:
    """A name taken for a person only because it is two or three capitalised words is not one when the text
    writes "the" before it ("the Dow Jones", "The New Deal", "the Jamaica Letter"), when it ends in a weekday
    ("Black Tuesday") or when its first word is an "-ing" word opening the sentence ("Holding Gran Colombia
    together"). Unless another mention of the same words is a person for a reason (a title, "who", a given name),
    such a name becomes a thing: it is not asked and never swapped for a person."""
    sure = {m.text for sf in facts.sentences for m in sf.names if m.kind == "person" and m.subkind != "guess"}
    places = {m.text: (m.kind, m.subkind) for sf in facts.sentences for m in sf.names if m.kind in ("place", "country")}
    for sf in facts.sentences:
        for i, m in enumerate(sf.names):
            if m.kind != "person" or m.subkind != "guess" or m.text in sure:
                continue
            prev = sf.names[i - 1] if i else None
            if m.text in places:
                # "New York and San Francisco" read as a person where the text elsewhere writes "to San Francisco"
                m.kind, m.subkind = places[m.text]
                continue
            words = m.text.split()
            given = words[0].lower().strip(".,")
            if given not in lexicon.MALE_NAMES and given not in lexicon.FEMALE_NAMES and \
                    (words[-1] in places and len(words) > 1 or given == "new"):
                # "marched out of New Carthage" where the text elsewhere writes "near Carthage"; "New Amsterdam":
                # a place named after a place, not a person (else every "Carthage" is tied to it as a surname)
                m.kind, m.subkind = places.get(words[-1], ("place", ""))
                continue
            if prev is not None and prev.kind in ("place", "country") and \
                    re.fullmatch(r"\s*(?:,|and|or|,\s*and)\s*", sf.text[prev.end:m.start]) and \
                    not _PERSON_APPOSITION.match(sf.text, m.end):
                # one of a list of places is a place; not "a beekeeper from New Zealand, and Tenzing Norgay, a
                # Sherpa mountaineer" (round 16: he was offered among countries)
                m.kind, m.subkind = prev.kind, prev.subkind
                continue
            words = m.text.split()
            before = sf.text[:m.start].rstrip().lower()
            if re.search(r"(?:^|[\s“\"‘])the$", before) or words[-1].lower() in _WEEKDAYS \
                    or m.start == 0 and words[0].lower().endswith("ing") \
                    or before[-1:] in ("“", '"', "‘") or _ordinary_words(facts, words) \
                    or _a_thing_by_its_frame(sf.text, m):
                # '"Sad Night"' (quoted, a nickname), "Sad Night" where the text also writes "night": a thing
                m.kind, m.subkind = "other", "thing"


#: Round 16 (issue 16): the frames of a guessed "person" that is a piece of a title or of a longer name: cut before
#: "the"/"for" and more capitals ("his Dialogue Concerning the Two Chief World Systems", "Correct Sounds for the
#: Instruction of the People"), or the second half of "the Righteous and Harmonious Fists".
_CUT_TITLE = re.compile(r"\s+(?:the|for(?:\s+the)?)\s+[A-Z]")
_SECOND_HALF = re.compile(r"(?:^|\s)the\s+[A-Z][\w’'-]*\s+and\s*$")


def _a_thing_by_its_frame(text: str, m: extract.Mention) -> bool:
    before = text[:m.start]
    return bool(_CUT_TITLE.match(text, m.end) or _SECOND_HALF.search(before))


#: What only a person does or is, right after a one-word name ("Ashoka became", "Musa was a grandnephew of").
_PERSON_DEED = re.compile(
    r"\s+(?:\([^)]{0,60}\)\s+)?(?:(?:was|had been)\s+(?:born|crowned|killed|murdered|exiled|assassinated|"
    r"(?:a|an|the)\s+(?:[\w-]+\s+){0,2}(?:" + "|".join(sorted(extract.PERSON_NOUNS | {
        "grandson", "granddaughter", "grandnephew", "nephew", "niece", "ruler", "follower", "child", "heir"})) +
    r")\b)|became\s+(?:(?:a|an|the)\s+)?(?:[\w-]+\s+){0,2}(?:king|queen|emperor|empress|ruler|follower|"
    r"president|leader|pope|sultan|caliph)\b|(?:died|married|reigned|abdicated)\b)")


#: A name with a person's role or kin put beside it: ", the half-brother of", ", a young officer,".
_PERSON_APPOSITION = re.compile(
    r",\s+(?:the|a|an|his|her)\s+(?:[\w-]+\s+){0,2}(?:(?:half|step|grand|great)-?)?(?:" + "|".join(sorted(
        extract.PERSON_NOUNS | {"nephew", "niece", "cousin", "uncle", "aunt", "heir", "grandson", "granddaughter",
                                "brother-in-law", "son-in-law", "mountaineer", "climber", "beekeeper"}, key=len, reverse=True)) +
    r")(?=\s+of\b|\s*[,.;]|\s+(?:who|and)\b)")


def _people_by_deeds(facts: Facts) -> None:
    """A one-word name the reader could not place is a person when the text says it did what only a person does
    ("Ashoka became a lay follower", "Musa was a grandnephew of", "Ashoka (reigned about 268–232 BCE)"): the main
    person of a text is often named by one word. Every mention of those words becomes that person."""
    found: set[str] = set()
    for sf in facts.sentences:
        for m in sf.names:
            if m.kind == "other" and not m.subkind and " " not in m.text and \
                    (_PERSON_DEED.match(sf.text, m.end) or re.match(r"\s*\((?:reigned|ruled|born|died|c\.)\b",
                                                                   sf.text[m.end:])):
                found.add(m.text)
            elif m.kind == "other" and not m.subkind and _PERSON_APPOSITION.match(sf.text, m.end):
                # "Don John of Austria, the half-brother of King Philip II": a person, so a "He" after it may be
                # his (set 11's Lepanto: the king, the only person read there, was named for the commander's "He")
                found.add(m.text)
    if not found:
        return
    for sf in facts.sentences:
        for m in sf.names:
            if m.text in found and m.kind == "other" and not m.subkind:
                m.kind = "person"


def _ordinary_words(facts: Facts, words: list[str]) -> bool:
    """Every word of the name is also an ordinary lower-case word of the text ("the sad night")."""
    return all(facts.ordinary(w) for w in words)


_NAMED_AFTER = re.compile(r"\b(?:named|called|christened)\s+([A-Z][\w-]+)\s+(?:after|for|in\s+honou?r\s+of)\b")


def _tie_names(facts: Facts) -> None:
    people: dict[str, str] = {}
    by_token: dict[str, set[str]] = {}
    multi_names: dict[str, tuple[str, str]] = {}
    for sf in facts.sentences:
        for m in sf.names:
            if m.kind == "person" and (len(_name_tokens(m.text)) >= 2 or _regnal(m.text)):
                people.setdefault(m.text, m.text)
            low = m.text.lower()
            if low in _COUNTRY_SYNONYMS:
                m.kind, m.subkind, m.key = "country", "country", _COUNTRY_SYNONYMS[low]
            elif len(m.text.split()) >= 2:
                multi_names.setdefault(_initials(m.text), (m.text, m.kind))
    # "Marie Curie was born Maria Skłodowska": two names of one person
    same_as: dict[str, str] = {}
    for sf in facts.sentences:
        for i, m in enumerate(sf.names[:-1]):
            nxt = sf.names[i + 1]
            if m.kind == "person" and nxt.kind == "person" and \
                    re.fullmatch(r"\s+(?:was|is)\s+born\s+|\s*,?\s+(?:née|born|also known as)\s+", sf.text[m.end:nxt.start]):
                same_as[nxt.text] = m.text
    for alias in same_as:
        people.pop(alias, None)
    mentions_of: dict[str, int] = {}
    for sf in facts.sentences:
        for m in sf.names:
            if m.kind == "person":
                mentions_of[same_as.get(m.text, m.text)] = mentions_of.get(same_as.get(m.text, m.text), 0) + 1
    # a full name that is part of a longer one ("Marie Curie" is not part of "Irène Joliot-Curie")
    # the words after "of" in a person's name are a place ("Mayor Seth Low of Brooklyn", "Don John of Austria"):
    # "Brooklyn" alone is the city, never short for the mayor (set 10: "Seth Low of Brooklyn" accepted for the city)
    for alias, name in same_as.items():
        for tok in _name_tokens(re.split(r"\s+of\s+", alias)[0]):
            by_token.setdefault(tok, set()).add(name)
    for name in people:
        for tok in _name_tokens(re.split(r"\s+of\s+", name)[0]):
            by_token.setdefault(tok, set()).add(name)
    acronyms: dict[str, tuple[str, str, str]] = {}
    for sf in facts.sentences:
        for i, m in enumerate(sf.names):
            after = sf.names[i + 1] if i + 1 < len(sf.names) else None
            if after and re.fullmatch(r"\s*\(\s*", sf.text[m.end:after.start]) and re.fullmatch(r"[A-Z]{2,6}", after.text):
                acronyms[after.text] = (m.key or m.text, m.kind, m.subkind)
    # "the prince … was named Salim after him (the saint Salim Chishti)": that one-word name is someone else's,
    # never a short form of the namesake's full name (set 9's Akbar: "Salim Chishti" accepted for the son)
    named_after = {m.group(1) for sf in facts.sentences
                   for m in _NAMED_AFTER.finditer(sf.text)}
    # "the poet Lord Byron" in a text on "Augusta Ada Byron": a surname with a title of the other sex than the
    # given names of every full name it could be part of is another person (her father), never her; that surname alone is then either
    # (set 10's Ada Lovelace: "He [Augusta Ada Byron] died in Greece in 1824", her father's death given to her)
    other_sex = {m.text: m.extra["title"] for sf in facts.sentences for m in sf.names
                 if m.extra.get("title") and len(_name_tokens(m.text)) == 1
                 and by_token.get(m.text)
                 and all(_title_against_given(m.extra["title"], owner) for owner in by_token[m.text])}
    for sf in facts.sentences:
        for m in sf.names:
            toks = _name_tokens(m.text)
            if m.text in other_sex and m.kind in ("other", "person"):
                if m.extra.get("title"):
                    m.kind, m.subkind, m.key = "person", "", f"{m.extra['title']} {m.text}"
                else:
                    m.kind, m.subkind, m.key, m.extra["ambiguous"] = "person", "", m.text, True
            elif m.text in named_after and len(toks) == 1 and m.kind in ("other", "person"):
                m.kind, m.subkind, m.key = "person", "", m.text
            elif m.kind in ("other", "person", "organisation", "place") and len(toks) == 1 and toks[0] in by_token \
                    and m.subkind not in ("nickname", "thing") and m.text not in lexicon.COUNTRIES \
                    and not _regnal(m.text):
                owners = by_token[toks[0]]
                if str(m.extra.get("title", "")).lower() in ("prince", "princess"):
                    # "Prince Edward" is not the king "Edward IV" of the same text (set 14: Henry VI's son)
                    owners = {o for o in owners if not _regnal(o)} or {m.text}
                m.kind, m.subkind = "person", ""
                ranked = sorted(owners, key=lambda o: (-mentions_of.get(o, 0), o))
                if len(owners) == 1 or mentions_of.get(ranked[0], 0) >= 3 * max(1, mentions_of.get(ranked[1], 0)):
                    m.key = ranked[0]
                else:
                    m.key, m.extra["ambiguous"] = m.text, True
            elif m.kind == "person":
                m.key = same_as.get(m.text, m.text)
            elif m.text in acronyms:
                m.key, m.kind, m.subkind = acronyms[m.text]
            elif m.subkind == "acronym" and m.text in multi_names:
                m.key, m.kind = multi_names[m.text]
            if m.kind == "person":
                people.setdefault(m.key, m.key)
                if m.subkind != "guess":
                    facts.sure_people.add(m.key)
    facts.people = people


def _title_against_given(title: str, full: str) -> bool:
    """Whether a title ("Lord") is of the other sex than a full name's given names ("Augusta Ada Byron"): the
    titled surname then names someone else."""
    low, given = title.lower(), [w.lower().strip(".,") for w in full.split()[:-1]]
    if low in lexicon.MALE_TITLES:
        return any(g in lexicon.FEMALE_NAMES for g in given) and not any(g in lexicon.MALE_NAMES for g in given)
    if low in lexicon.FEMALE_TITLES:
        return any(g in lexicon.MALE_NAMES for g in given) and not any(g in lexicon.FEMALE_NAMES for g in given)
    return False


_PLACE_PREPOSITIONS = frozenset("in at to from near towards toward into across through outside of on by via".split())


def _people_beside_people(facts: Facts) -> None:
    """A one-word name read as a place only from the verb before it ("they captured Sukarno and Hatta") is a person
    when it is listed with a person the text is sure of, and no word list knows it as a place: the list joins like
    with like. Every mention of it becomes that person (else "Sukarno" is offered as the city of a conference)."""
    found: set[str] = set()
    for sf in facts.sentences:
        for a, b in zip(sf.names, sf.names[1:], strict=False):
            if not re.fullmatch(r"\s+and\s+", sf.text[a.end:b.start]) or a.prep.lower() in _PLACE_PREPOSITIONS:
                continue  # "at Waterloo and Wellington ..." is a place; "captured Sukarno and Hatta" is two people
            for place, person in ((a, b), (b, a)):
                if place.kind == "place" and person.kind == "person" and (person.key or person.text) in facts.sure_people \
                        and " " not in place.text and place.text.lower() not in lexicon.PLACES \
                        and place.text.lower() not in lexicon.COUNTRIES:
                    found.add(place.text)
    if not found:
        return
    for sf in facts.sentences:
        for m in sf.names:
            if m.text in found and m.kind in ("place", "other"):
                m.kind, m.subkind, m.key = "person", "", m.text
                facts.people.setdefault(m.text, m.text)
                facts.sure_people.add(m.text)


def _resolve_years(facts: Facts) -> None:
    """Give every date the year the text places it in, when the text makes that clear."""
    last_with_month: int | None = None
    last_year: int | None = None
    for sf in facts.sentences:
        # "that October, in 1950" gives the year; "an agreement of 1945" only names a thing
        years_here = [d.date.year for d in sf.dates if d.date and d.date.year and d.prep != "of"]
        for d in sf.dates:
            date = d.date or textnorm.PartialDate()
            year, source = date.year, "text"
            if year is None:
                if years_here:
                    year, source = years_here[0], "sentence"
                elif last_with_month is not None:
                    year, source = last_with_month, "context"
                elif last_year is not None:
                    year, source = last_year, "context"
            sort = d.extra.get("sort", (0, 0, 0))
            d.resolved = textnorm.PartialDate(year, date.month or (sort[1] or None), date.day)
            d.extra["sort"] = (year or 0, sort[1], sort[2])
            d.extra["year_from"] = source if year else ""
            d.key = f"{year or 0:04d}-{sort[1]:02d}-{sort[2]:02d}/{d.granularity}"
            if d.prep == "of":
                continue  # "the landing of April 1961" names a thing; the story is not in 1961
            if date.year and (date.month or d.granularity == "period"):
                last_with_month = date.year
            if date.year:
                last_year = date.year


def _index(facts: Facts) -> None:
    where: dict[str, set[int]] = {}
    for sf in facts.sentences:
        for m in sf.mentions:
            for key in mention_keys(m):
                where.setdefault(key, set()).add(sf.index)
    facts.where = where


def mention_keys(m: extract.Mention) -> list[str]:
    """Index keys of a mention: names by identity, numbers by value, dates by day (and year)."""
    if m.kind == "number":
        return [f"n:{m.value:g}"]
    d = m.resolved or m.date
    if m.kind == "date" and d is not None:  # a date mention always has its date
        keys = [f"d:{d.year}-{d.month}-{d.day}"]
        if d.year:
            keys.append(f"y:{d.year}")
        return keys
    return [f"e:{(m.key or m.text).lower()}"]

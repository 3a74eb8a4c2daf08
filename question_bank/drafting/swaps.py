"""When swapping one fact of a sentence for another makes a statement that is false for a real reason.

A false true/false statement (and the untrue option of "which of these does the text say?") is the sentence with
one name, date or number swapped for another of the text. Teachers rejected swaps that turn the sentence into
nonsense rather than a plain falsehood: "representing Queen Richard Nixon" (a man's name after "Queen"), "Sir
Nkrumah" (a surname after a title the text gives to someone else), "the state of Patna" (a city for a state),
"the island of Paris", "In Mother a digger ..." (a word read as a place for a month), "Between 10 and 10 million"
(the other end of the range), "Napoleon Bonaparte, a formerly enslaved man" (a name beside a description of
someone else). The rules here keep a swap only when the kind of both things is certain and alike, the frame
around the name does not describe the one it names, and the swapped-in fact is not already in the sentence.
Everything is read from the text itself and the small word lists of ``lexicon``; nothing is specific to a text.
"""

from __future__ import annotations

import re

from .. import textnorm
from . import extract, lexicon
from .distractors import Distractor, nested_places
from .facts import Facts, SentenceFacts, mention_keys
from .rx import rx

#: Nouns that say what sort of place a name is ("the state of Odisha", "Kalinga, a kingdom"), by the sort they mean:
#: a town for a town, a region for a region, an island for an island, a realm for a realm.
PLACE_SORTS = {
    "city": "town", "town": "town", "port": "town", "village": "town", "capital": "town", "settlement": "town",
    "state": "region", "province": "region", "region": "region", "district": "region", "county": "region",
    "prefecture": "region", "territory": "region",
    "island": "island", "isle": "island", "islands": "islands",
    "kingdom": "realm", "empire": "realm", "caliphate": "realm", "sultanate": "realm", "dynasty": "realm",
    "country": "country", "nation": "country", "republic": "country", "colony": "colony",
    "river": "river", "lake": "lake", "sea": "sea", "ocean": "sea", "bay": "bay", "gulf": "bay",
    "mountain": "mountain", "mountains": "mountains", "mount": "mountain", "desert": "desert", "valley": "valley",
    "peninsula": "peninsula", "coast": "coast", "square": "square", "palace": "building", "castle": "building",
    "fortress": "building", "temple": "building", "mosque": "building", "cathedral": "building", "abbey": "building",
    "prison": "building", "hotel": "building",
    # round 9: buildings and streets, so "Sabarmati Ashram" or "Pudding Lane" is never a choice among cities
    "ashram": "building", "cemetery": "building", "monastery": "building", "church": "building", "chapel": "building",
    "street": "street", "lane": "street", "road": "street",
    "crown": "realm",  # round 13: "the crown of Castile" is a realm
}
#: Plural sort nouns before "of" and a list of names: each name is of the sort ("the kingdoms of Castile and
#: Portugal": two realms). Before one name they say nothing of it ("the ports of Italy" are ports in Italy).
_PLURAL_SORTS = {"crowns": "realm", "kingdoms": "realm", "empires": "realm", "states": "region", "provinces": "region",
                 "cities": "town", "towns": "town", "ports": "town", "countries": "country"}
_SORT_WORDS = "|".join(sorted(PLACE_SORTS, key=len, reverse=True))

_REGNAL = re.compile(r"\s(?:[IVX]{1,5}|the\s+(?:Great|Elder|Younger))$")
#: After a name: a description of the one it names (", a formerly enslaved man", ", now ruler of France", ", who").
_DESCRIBED_AFTER = re.compile(r"^\s*(?:,|\()\s*(?:a|an|the|who|whose|whom|now|then|later|once|himself|herself|"
                              r"his|her|its|their|meaning|known|called|aged|born|\d)\b")
#: Before a name: a name given, not a person ("declared himself Shang Yang", "known as", "called").
_NAMED_BEFORE = re.compile(r"\b(?:himself|herself|themselves|itself|called|named|known\s+as|titled|proclaimed|"
                           r"styled|dubbed|nicknamed)\s*$", re.IGNORECASE)
#: A place put inside another ("Granada in Spain", "Gao, Mali"): the other place decides which places fit.
_LOCATED_AFTER = re.compile(r"^\s*(?:,\s*|\s+in\s+)(?:the\s+)?[A-Z]")
_PARTS_OF_ONE_CONTINENT = re.compile(r"^(?:North|South|East|West|Central|Northern|Southern|Eastern|Western)(?:ern)?\s+"
                                     r"(?:Africa|Asia|Europe|America)$")
_ACROSS = re.compile(r"\b(?:across|throughout|over|all\s+of|from)\s+(?:the\s+)?$")
_SPAN_BEFORE = re.compile(r"\b(?:between|from)\s+(?:\S+\s+){0,2}?(?:and|to)\s*$|\b(?:between|from)\s*$", re.IGNORECASE)
_SPAN_AFTER = re.compile(r"^\s*(?:and|to|-|–)\s*(?:about\s+)?\d")


def _full_text(facts: Facts) -> str:
    key = ("swaps", "text")
    if key not in facts.memo:
        facts.memo[key] = " ".join(" ".join(sf.text.split()) for sf in facts.sentences)
    return facts.memo[key]


# names of at most six words, and each pattern starts at a fixed word (a sort word, a comma), so one pass over the
# text stays linear in its length however a file is written
_NAME = r"[A-Z][\w’'-]*(?:\s+(?:of\s+|de\s+)?[A-Z][\w’'-]*){0,5}"
_SORT_OF = re.compile(rf"\b((?i:{_SORT_WORDS}))\s+of\s+(?:the\s+)?({_NAME})")
_SORTS_OF = re.compile(rf"\b((?i:{'|'.join(_PLURAL_SORTS)}))\s+of\s+(?:the\s+)?({_NAME})")
_MORE_NAMES = re.compile(rf"(?:,\s+|,?\s+and\s+)(?:the\s+)?({_NAME})")
_A_SORT = re.compile(rf",\s+(?:a|an|the)\s+(?:[\w-]+\s+){{0,2}}?({_SORT_WORDS})\b")
_NAME_BEFORE = re.compile(rf"(?:^|(?<=[^\w’'-]))({_NAME})$")
_TITLED = re.compile(r"(?<![\w-])([A-Za-z][\w.-]*)\s+((?:[A-Z][\w.’'-]*\s+){0,3}[A-Z][\w.’'-]*)")


def _stated_sorts(facts: Facts) -> dict[str, set[str]]:
    """Every sort the text states for a name, read in one pass: "the state of Odisha", "Kalinga, a kingdom"."""
    key = ("swaps", "stated")
    if key not in facts.memo:
        found: dict[str, set[str]] = {}
        text = _full_text(facts)
        for m in _SORT_OF.finditer(text):
            if m.group(1).lower() in _PART_OF_WORDS:
                continue  # "the main square of Cusco", "the capital of the Aztec Empire": a part of it, not its sort
            found.setdefault(m.group(2), set()).add(PLACE_SORTS[m.group(1).lower()])
        for m in _SORTS_OF.finditer(text):  # "the kingdoms of Castile and Portugal": each name of the list
            at, names = m.end(), [m.group(2)]
            while (more := _MORE_NAMES.match(text, at)) is not None:
                names.append(more.group(1))
                at = more.end()
            for name in names if len(names) > 1 else ():
                found.setdefault(name, set()).add(_PLURAL_SORTS[m.group(1).lower()])
        for m in _A_SORT.finditer(text):  # "Kalinga, a kingdom": the name just before the comma
            name = _NAME_BEFORE.search(text[max(0, m.start() - 80):m.start()])
            if name:
                found.setdefault(name.group(1), set()).add(PLACE_SORTS[m.group(1).lower()])
        facts.memo[key] = found
    return facts.memo[key]


#: Sort nouns that, before "of <name>", name a part of the place or a thing in it, not the place's own sort ("the
#: main square of Cusco", "the capital of the Aztec Empire", "the Valley of Mexico", "the coast of Japan").
_PART_OF_WORDS = frozenset("""capital square palace castle fortress temple mosque cathedral abbey prison hotel coast
valley bay gulf sea ocean river lake desert mountain mountains mount peninsula dynasty ashram cemetery monastery church
chapel street lane road""".split())


def place_sort(facts: Facts, name: str) -> str | None:
    """What sort of place the text shows a name to be ("town", "region", "island", "realm", "country", "lake"...),
    or None when nothing says so for certain or two readings disagree."""
    key = ("swaps", "sort", name)
    if key in facts.memo:
        return facts.memo[key]
    bare = re.sub(r"^(?:the|The)\s+", "", " ".join(name.split()))
    low = bare.lower()
    words = low.split()
    sorts: set[str] = set()
    if low in lexicon.COUNTRIES:
        sorts.add("country")
    if low in lexicon.PLACES:
        sorts.add("region" if low in extract._REGIONS or len(words) > 2 else "town")
    elif len(words) >= 2 and words[-1] in lexicon.PLACES and "of" not in words:
        sorts.add("region")  # "West Africa", "North Africa"; not "the Peace of Prague" (round 9)
    if words and words[-1] in PLACE_SORTS and len(words) > 1:
        sorts.add(PLACE_SORTS[words[-1]])  # "Mexico City", "Songhai Empire", "Lake Texcoco" (below)
    if words and words[0] in ("lake", "mount", "cape", "fort", "port") and len(words) > 1:
        sorts.add({"lake": "lake", "mount": "mountain", "cape": "coast", "fort": "building", "port": "town"}[words[0]])
    stated = _stated_sorts(facts).get(bare, set())
    if len(stated) == 1:
        sorts = stated  # the text's own word beats a list's guess: "the kingdoms of Castile and Portugal" (round 13)
    sorts |= stated
    out = next(iter(sorts)) if len(sorts) == 1 else None
    facts.memo[key] = out
    return out


def _title_before(text: str, start: int) -> str:
    """The title or role word just before a name ("Queen", "Sir", "the minister"), lower case, or ""."""
    before = text[max(0, start - 40):start].split()
    if not before or not text[:start].endswith((" ", "\n")) or not re.fullmatch(r"[A-Za-z][\w.-]*", before[-1]):
        return ""
    word = before[-1].lower()
    if word in lexicon.TITLES and (word not in lexicon.WEAK_TITLES or before[-1][0].isupper()):
        return word
    return word if word in extract.PERSON_NOUNS else ""


def _sex(name: str, title: str) -> str:
    first = name.split()[0].lower() if name.split() else ""
    if title in lexicon.FEMALE_TITLES or first in lexicon.FEMALE_NAMES:
        return "f"
    if title in lexicon.MALE_TITLES and title not in lexicon.SEXLESS_TITLES or first in lexicon.MALE_NAMES:
        return "m"
    return ""


#: Words that tie a person to a sex where the text names her or him: "his wife, Calpurnia", "her husband Pierre".
_KIN_BEFORE = {"f": re.compile(r"\b(?:wife|widow|daughter|mother|sister|queen|empress|niece|aunt|granddaughter|"
                               r"girl|woman|bride)\s*,?\s*$", re.IGNORECASE),
               "m": re.compile(r"\b(?:husband|widower|son|father|brother|king|emperor|nephew|uncle|grandson|boy|"
                               r"man)\s*,?\s*$", re.IGNORECASE)}
#: A sentence's own words of a sex: "Marie was the first woman", "the plotters surrounded him".
_SEX_WORDS = {"f": re.compile(r"\b(?:she|her|hers|herself|woman|women|wife|widow|mother|daughter|sister|queen|girl)\b",
                              re.IGNORECASE),
              "m": re.compile(r"\b(?:he|him|his|himself|man|husband|widower|father|son|brother|king|boy)\b",
                              re.IGNORECASE)}
#: A sentence that says a person's sex outright ("the first woman to win"): a swap must be shown to be of it too.
_SEX_STATED = re.compile(r"\b(?:woman|women|man|men|wife|husband|mother|father|daughter|son|queen|king|girl|boy)\b",
                         re.IGNORECASE)


def text_sex(facts: Facts, name: str) -> str:
    """A person's sex by the text (round 14): a title or given name before any form of the name, or a kin word
    ("his wife, Calpurnia"); "" when the text does not say or says both."""
    key = ("swaps", "sex", name)
    if key in facts.memo:
        return facts.memo[key]
    text = _full_text(facts)
    found: set[str] = set()
    for form in [name] if name.strip() else []:  # not by the last word alone: "Marie Curie" is no "Pierre Curie"
        for m in re.finditer(rf"(?<![\w’'-]){re.escape(form)}(?![\w’'-])", text):
            before = text[max(0, m.start() - 30):m.start()]
            words = re.findall(r"[A-Za-zÀ-ÿ]+", before)
            sex = _sex(" ".join(words[-1:] + [form]) if words and words[-1][0].isupper() else form,
                       _title_before(text, m.start()))
            if sex:
                found.add(sex)
            for s, pattern in _KIN_BEFORE.items():
                if pattern.search(before):
                    found.add(s)
    out = found.pop() if len(found) == 1 else ""
    facts.memo[key] = out
    return out


def _slot_sex(sf: SentenceFacts, m: extract.Mention) -> str:
    """The sex the sentence itself gives the person it names, when it names no other person: "Soon after Caesar sat
    down, the plotters surrounded him" (a man), "Marie was the first woman to win" (a woman); else ""."""
    if any(n.kind == "person" and n is not m and n.text != m.text for n in sf.mentions):
        return ""
    rest = sf.text[:m.start] + " " + sf.text[m.end:]
    sexes = {s for s, pattern in _SEX_WORDS.items() if pattern.search(rest)}
    return sexes.pop() if len(sexes) == 1 else ""


def _all_titles(facts: Facts) -> dict[str, set[str]]:
    """Title or role word -> the names the text puts right after it, each name also by its first and last word."""
    key = ("swaps", "titles")
    if key not in facts.memo:
        found: dict[str, set[str]] = {}
        for m in _TITLED.finditer(_full_text(facts)):
            word = m.group(1)
            low = word.lower()
            if not (low in lexicon.TITLES and (low not in lexicon.WEAK_TITLES or word[0].isupper())
                    or low in extract.PERSON_NOUNS):
                continue
            parts = m.group(2).split()
            for form in {m.group(2), parts[0], parts[-1]}:
                found.setdefault(form, set()).add(low)
        facts.memo[key] = found
    return facts.memo[key]


def titles_of(facts: Facts, name: str) -> set[str]:
    """Every title or role word the text puts right before a name (or its first or last word: "Sir Charles Hotham")."""
    table = _all_titles(facts)
    parts = name.split()
    out: set[str] = set()
    for form in {name, parts[0], parts[-1]} if parts else set():
        out |= table.get(form, set())
    return out


#: After a person's name, the office the sentence gives him: "as its first king", "became emperor".
_ROLE_AFTER = re.compile(r"^\s+(?:as|became|was\s+(?:crowned|made|proclaimed|elected|named))\s+(?:(?:its|the|their|his|"
                         r"her|a|an)\s+)?(?:(?:first|last|new|next|sole|only)\s+)?(?P<role>king|queen|emperor|empress|"
                         r"pope|president|prime\s+minister|sultan|shah|tsar|czar|caliph|pharaoh|governor|chancellor|"
                         r"bishop|archbishop|general|admiral|prince|princess|duke|viceroy|consul|khan)\b", re.IGNORECASE)
_LED_BY = re.compile(r"\b(?:led|commanded|headed|ruled|founded)\s+by\s+(?:the\s+)?$|\bunder\s+$")


def _leads(facts: Facts, name: str) -> bool:
    """Whether the text shows someone leading: "led by X", "under X", "X led", "X commanded" (any form of the name)."""
    text = _full_text(facts)
    parts = name.split()
    for form in {name, parts[-1]} if parts else set():
        f = re.escape(form)
        if re.search(rf"\b(?:led|commanded|headed|ruled|founded)\s+by\s+(?:\w+\s+){{0,3}}?{f}\b|\bunder\s+(?:\w+\s+){{0,3}}?{f}\b|"
                     rf"\b{f}\s+(?:led|commanded|headed|ruled|founded)\b", text):
            return True
    return False


def _person_fits(facts: Facts, sf: SentenceFacts, m: extract.Mention, d: Distractor) -> bool:
    text = sf.text
    other = d.mention.text if d.mention is not None else d.text
    if re.match(r"[’']s\b", text[m.end:]):
        return False  # "Toussaint's former officers": whose officers depends on the person's role, not only on a name
    if _DESCRIBED_AFTER.match(text[m.end:]) or _NAMED_BEFORE.search(text[:m.start]):
        return False  # "Napoleon Bonaparte, a formerly enslaved man": the description names the right one
    before = text[:m.start]
    if before.rstrip().endswith(","):
        lead = before[-120:].rstrip(" ,").split(",")[-1].lower().split()[-6:]
        if any(w.strip(".") in lexicon.TITLES or w in extract.PERSON_NOUNS for w in lead):
            return False  # "the Vice-President of the United States, Richard Nixon": the role before names him
    if _LED_BY.search(text[max(0, m.start - 30):m.start]) and not _leads(facts, other):
        return False  # "the Congress, led by Louis Mountbatten": a leader swaps only with someone the text shows leading
    title = _title_before(text, m.start)
    if title and title not in titles_of(facts, other) and not other.lower().startswith(title):
        return False  # "Sir Nkrumah", "Queen Richard Nixon": the title belongs to someone else
    role = _ROLE_AFTER.match(text[m.end:])
    if role is not None:
        theirs = titles_of(facts, other) | {w.lower() for w in re.findall(
            rf"\b([A-Za-z]+)\s+{re.escape(other)}(?![\w’'-])", _full_text(facts)) if w.lower() in lexicon.TITLES}
        word = role.group("role").lower()
        if theirs and word not in theirs and word.split()[-1] not in theirs:
            return False  # "with Pius IX as its first king": the text calls him pope, so no king to judge (round 11)
    sex_m, sex_d = _sex(m.text, title), _sex(other, "")
    if sex_m and sex_d and sex_m != sex_d:
        return False
    # round 14: the sex by the text and by the sentence ("Becquerel was the first woman to win a Nobel Prize",
    # "Soon after Calpurnia sat down, the plotters surrounded him": false only by nonsense)
    slot = _slot_sex(sf, m) or sex_m or text_sex(facts, m.text)
    their_sex = sex_d or text_sex(facts, other)
    if slot and their_sex and slot != their_sex:
        return False
    if slot and not their_sex and _SEX_STATED.search(sf.text[:m.start] + " " + sf.text[m.end:]):
        return False  # the sentence states the sex ("the first woman to"), and nothing shows the swap to be of it
    return bool(_REGNAL.search(m.text)) == bool(_REGNAL.search(other))


def in_span(sf: SentenceFacts, m: extract.Mention) -> bool:
    """A number or date that is one end of a span ("between 10 and 20 million", "from 1929 to 1933")."""
    before = sf.text[max(0, m.start - 40):m.start]
    return bool(_SPAN_BEFORE.search(before) or _SPAN_AFTER.match(sf.text[m.end:m.end + 20])
                and re.search(r"\b(?:between|from)\s*$", before, re.IGNORECASE))


#: a person named in a list the sentence leaves open: "X, Y and the other generals", "X and others", "X, among others"
_OPEN_LIST_AFTER = re.compile(r"^(?:,\s+(?:[A-ZÀ-ÖØ-Þ][\w'’.-]*\s+){0,3}[A-ZÀ-ÖØ-Þ][\w'’.-]*)*,?\s+(?:and|or)\s+(?:the\s+)?(?:other|others|"
                              r"many\s+others|several\s+others|their\s+fellow)\b|^,?\s+(?:among\s+others|and\s+so\s+on)\b")


def swap_fits(facts: Facts, sf: SentenceFacts, m: extract.Mention, d: Distractor) -> bool:
    """The frame of the sentence around ``m`` fits ``d`` as well: same sort of place, a person of the same title and
    sex and not described beside the name, no end of a span, and ``d`` not already in the sentence."""
    rest = sf.text[:m.start] + " | " + sf.text[m.end:]
    if rx(rf"(?<![\w-]){re.escape(d.text)}(?![\w-])", re.IGNORECASE).search(rest):
        return False  # "Between 10 and 10 million", "the Duchess of Kent, representing ... Kent"
    if m.kind not in ("date", "number") and _head_named_again(d.text, m.text, rest):
        return False  # "The Second Spanish Republic sent tanks to the Republic": false by its own words (round 14)
    if m.kind not in ("date", "number") and _own_word_named_again(d.text, m.text, rest):
        return False  # "ruled by the Songhai Empire, but ... the Songhai won their independence" (round 23)
    if m.kind == "number" and m.subkind == "fraction" and _PREDETERMINER.match(m.text) and \
            _DETERMINER_AFTER.match(sf.text[m.end:]) and not _PREDETERMINER.match(d.text):
        return False  # "half a million" -> "one-third a million", "one-third the world": not English (round 14)
    if m.kind == "number" and _FRACTION_BEFORE.search(sf.text[max(0, m.start - 20):m.start]):
        return False  # "half a million" -> "half two million": the fraction is part of the number (round 14)
    if m.kind == "date" and (_YEAR_RANGE_AFTER.match(sf.text[m.end:]) or _YEAR_RANGE_BEFORE.search(sf.text[:m.start])):
        return False  # "the winter of 1946 to 1947" -> "of 1946 to 1948": no such winter (round 14)
    if m.kind == "number" and m.value == 2 and _TWO_IMPLIED.search(sf.text[max(0, m.start - 20):m.start]):
        return False  # "between the two armies", "both of the two": "between" says two, so "three" is nonsense
    if m.kind == "number" and _part_exceeds_whole(sf, m, d):
        return False  # "wins 73 of Ireland's 105 seats" -> "73 of Ireland's 52 seats": impossible on sight (round 23)
    if m.kind == "number" and (_count_breaks_grammar(sf, m, d) or count_of_a_list(sf, m)):
        return False  # "each estate had only two vote"; "three royal governors, Martinic and Slavata"
    if m.kind == "date" and year_named_again(sf, m):
        return False  # "on 6 March 1957 Fante chiefs signed the Bond of 1844": false by the sentence's own name
    if m.kind == "date" and (_YEAR_PAIR_AFTER.match(sf.text[m.end:]) or _YEAR_PAIR_BEFORE.search(sf.text[:m.start])):
        return False  # "born in 1137 or 1138", "the winter of 1901 and 1902": one of a pair swapped is nonsense (round 11)
    if m.kind == "number" and (_NUMBER_PAIR_AFTER.match(sf.text[m.end:]) or _NUMBER_PAIR_BEFORE.search(sf.text[:m.start])):
        return False  # "about four or five metres high" -> "four or seven": an odd estimate, no plain falsehood (round 22)
    if m.kind == "date" and _RELATIVE_BEFORE.search(sf.text[max(0, m.start - 40):m.start]):
        return False  # "drew up the Charter ten years ago, in 1838" -> "in 1829": false by its own count (round 22)
    if m.kind in ("date", "number"):
        return not in_span(sf, m) and not (m.kind == "date" and _breaks_date_order(sf, m, d))
    if m.kind == "person":
        if _EMPHASIS_AFTER.match(sf.text[m.end:]) or _ABOUT_NOW.search(sf.text):
            # "Emmeline herself was arrested many times": "herself" says others were too, so "Sylvia herself was"
            # is not shown false; "Today Zheng He is remembered ...": the text says nothing of who else is
            return False
        other = d.mention.text if d.mention is not None else d.text
        if re.search(r"(?:^|[\s(])[Tt]he\s+$", sf.text[:m.start]) or \
                any(_the_before(facts, form) for form in {other, d.text}):
            # "The Endeavour anchors in Matavai Bay" read as a person: "The Cook anchors" is false only by nonsense
            # (set 8), nor "Endeavour lands at the place he names": a person's name takes no article (round 11)
            return False
        if _OPEN_LIST_AFTER.match(sf.text[m.end:]):
            # "Beaten by Villa, Álvaro Obregón and the other Constitutionalist generals": a list left open takes
            # in whoever is swapped in ("Carranza" led those generals), so the statement is not shown false (set 9)
            return False
        return _person_fits(facts, sf, m, d)
    if m.kind in ("place", "country"):
        if _LOCATED_AFTER.match(sf.text[m.end:]) or _ABOUT_NOW.search(sf.text) or \
                not _placed_there_too(facts, sf, m, d):
            # "from Granada in Spain": which places fit depends on the other place; "Brazil ... any other country
            # in the Americas": Britain is no country of the Americas, so the swap is false for a silly reason
            return False
        if _inside_a_named_place(facts, sf, m, d):
            return False  # "Glass beads from Zimbabwe found here" (at Great Zimbabwe): a place is not from itself
        if _CONTAINER_BEFORE.search(sf.text[max(0, m.start - 40):m.start]):
            return False  # "settled in Auburn, New York": the place that holds a town fits only the town's own
        if _people_word_of(sf, m):
            return False  # "the Amharic text said Menelik could use France ..., but the Italian text": Italy is named
        if not _sort_after_fits(facts, sf, m, d) or not _sort_word_fits(facts, sf, m, d):
            return False  # "the Atlantic and South America oceans"; "the port of Agincourt" (a village by the text)
        if nested_places(m.text, d.mention.text if d.mention is not None else d.text):
            return False  # "landlords who lived in Britain" for England: true of the whole, so not shown false
        if _same_place_renamed(facts, m, d):
            return False  # "Edo, the city now called Tokyo": two names of one place, so the swap is no falsehood
        if any(n.kind in ("organisation", "event") and re.fullmatch(r"\s+(?:in|at)\s+(?:the\s+)?", sf.text[n.end:m.start])
               for n in sf.mentions if n.end <= m.start):
            return False  # "a joint session of Congress in Hong Kong": where a body sits is not an open choice
        mine = place_sort(facts, m.text)
        theirs = place_sort(facts, d.mention.text if d.mention is not None else d.text)
        other = d.mention.text if d.mention is not None else d.text
        if _subject(sf, m) and not _acts(facts, sf, other) and not _stated_sorts(facts).get(other):
            # "France withdrew from the region" -> "Laos withdrew": a place the text never shows doing anything (nor
            # calls a country or a kingdom itself: "Jamaica, a country in the Caribbean") put in the doer's place is
            # nonsense rather than a falsehood ("Brazil had led European exploration")
            return False
        if mine not in ("realm", "country") and _SIDE_BEFORE.search(sf.text[max(0, m.start - 40):m.start]):
            # "soldiers who were paid to fight for Rome": the city stands for its state, and another city of the
            # same state ("fight for Constantinople") is no plain falsehood (round 13, set 12)
            return False
        if _PARTS_OF_ONE_CONTINENT.match(m.text) and _PARTS_OF_ONE_CONTINENT.match(d.text) and \
                m.text.split()[-1] == d.text.split()[-1] and _ACROSS.search(sf.text[max(0, m.start - 30):m.start]):
            # "students from across West Africa" for "North Africa": the parts touch, so "across" one may well be
            # true; "an empire in North Africa" for "West Africa" is plainly false
            return False
        return mine is not None and mine == theirs
    if m.kind == "event" and _ORDINAL.search(m.text) and _ORDINAL.search(d.text) and _COUNTS_ITSELF.search(sf.text):
        return False  # "set up after the Second World War, had failed to prevent a second one": false by its words
    return True


#: A fraction that stands before a noun phrase with no "of" ("half a million", "half the world"): only "half" can.
_PREDETERMINER = re.compile(r"^half$", re.IGNORECASE)
_DETERMINER_AFTER = re.compile(r"^\s+(?:a|an|the|its|their|his|her|this|that|these|those|my|our|your)\b", re.IGNORECASE)
_FRACTION_BEFORE = re.compile(r"\b(?:half|third|thirds|quarter|quarters|fifth|fifths)\s+(?:of\s+)?$", re.IGNORECASE)
#: Two years of one span with no "from" or "between" ("the winter of 1946 to 1947", "1946-47").
_YEAR_RANGE_AFTER = re.compile(r"^\s*(?:to|-|–)\s*\d{2,4}\b")
_YEAR_RANGE_BEFORE = re.compile(r"\b\d{3,4}\s*(?:to|-|–)\s*$")
#: Words a name's last word may share with the sentence without naming it again.
_COMMON_HEADS = frozenset("the of and river sea city island islands mountains north south east west".split())


def _head_named_again(swapped: str, right: str, rest: str) -> bool:
    """Whether the swapped name's last word, a capitalised word the right name does not share, stands elsewhere in the
    sentence: "the Second Spanish Republic" put in a sentence that sends tanks "to the Republic"."""
    words = re.findall(r"[A-Za-zÀ-ÿ’'-]+", swapped)
    if len(words) < 2 or not words[-1][:1].isupper() or words[-1].lower() in _COMMON_HEADS:
        return False
    head = words[-1]
    if head.lower() in {w.lower() for w in re.findall(r"[A-Za-zÀ-ÿ’'-]+", right)}:
        return False
    return bool(re.search(rf"(?<![\w’'-]){re.escape(head)}(?![\w’'-])", rest))


def _own_word_named_again(swapped: str, right: str, rest: str) -> bool:
    """Whether a capitalised word of the swapped name that the right name lacks ("Songhai" of "the Songhai Empire"
    for "the Mali Empire") stands elsewhere in the sentence, whole or as the start of a longer word ("Israel" in
    "Israeli farms"): "Gao was ruled by the Songhai Empire, but as Mali grew weaker the Songhai won their
    independence" is false by its own words, on sight (round 23, set 18; set 22's "above all with Israel, whose
    guns ... fired on Israeli farms")."""
    mine = {w.lower() for w in re.findall(r"[A-Za-zÀ-ÿ’'-]+", right)}
    for word in re.findall(r"[A-Za-zÀ-ÿ’'-]+", swapped):
        if not word[:1].isupper() or len(word) < 4 or word.lower() in mine or word.lower() in _COMMON_HEADS or \
                word.lower() in _OWN_WORD_COMMON:
            continue
        if re.search(rf"(?<![\w’'-]){re.escape(word)}", rest):
            return True
    return False


#: Capitalised words a name may share with its sentence without naming the swapped-in thing itself.
_OWN_WORD_COMMON = frozenset("""empire kingdom republic state states united great new old saint lake mount
company church war battle treaty act party king queen emperor sultan""".split())


_ORDINAL = re.compile(r"\b(?:First|Second|Third|Fourth|Fifth)\b")
#: A sentence that counts the series itself ("failed to prevent a second one").
_COUNTS_ITSELF = re.compile(r"\b(?:a|the)\s+(?:first|second|third|fourth|next|new|later)\s+one\b|\banother\s+one\b",
                            re.IGNORECASE)


#: After a name: words that do not make it the doer of a verb ("Laos in", "Brazil and").
_NOT_A_VERB = frozenset("""in on at and or to of with from by for as the a an near where which who whose when while
than into onto over under between against along across through during since until after before about around but
is are""".split())
_NAME_THEN_WORD = r"\s+(?P<aux>(?:had|has|have|was|were|would|could|did|will|is|are)\s+)?(?:(?:then|also|soon|finally|later|" \
                  r"never|still)\s+)?([a-z][\w-]*)"


def _verb_after(after: re.Match[str] | None) -> bool:
    """The words after a name make it the doer of a verb: "France withdrew", "Portugal had led" (not "Philadelphia
    merchants", "Laos in")."""
    if after is None or after.group(2) in _NOT_A_VERB:
        return False
    word = after.group(2)
    # a plural noun after the name makes it a word of the noun's ("Philadelphia merchants"): no doer then
    return bool(after.group("aux")) or word in lexicon.VERBS or not word.endswith("s") or word.endswith("ss")


def _subject(sf: SentenceFacts, m: extract.Mention) -> bool:
    """The place opens a clause and a verb follows it: "France withdrew", "Portugal had led"."""
    if sf.text[:m.start].strip() and not re.search(r"(?:;|,\s+(?:and|but|while))\s+(?:the\s+)?$", sf.text[:m.start]):
        return False  # "... of Sweden, Switzerland, Poland and Czechoslovakia will watch": an item of a list, no doer
    return _verb_after(re.match(_NAME_THEN_WORD, sf.text[m.end:]))


def _acts(facts: Facts, sf: SentenceFacts, name: str) -> bool:
    """Some other sentence of the text shows the place doing something ("Castile gave up its claim")."""
    key = ("acts in", name)
    if key not in facts.memo:  # the sentences where it does, read once per name (each swap of it asks again)
        pattern = re.compile(rf"(?<![\w-]){re.escape(name)}(?![\w-])")
        facts.memo[key] = frozenset(other.index for other in facts.sentences for hit in pattern.finditer(other.text)
                                    if _verb_after(re.match(_NAME_THEN_WORD, other.text[hit.end():])))
    return bool(facts.memo[key] - {sf.index})


#: Before a place: a frame that takes a side, not a spot ("fight for", "loyal to", "on behalf of", "at war with").
_SIDE_BEFORE = re.compile(r"\b(?:fight|fights|fought|fighting|die|died|dying|serve|served|serving|work|worked|"
                          r"spy|spied|spying)\s+for\s+(?:the\s+)?$|\b(?:loyal|loyalty|allegiance)\s+to\s+(?:the\s+)?$|"
                          r"\bon\s+behalf\s+of\s+(?:the\s+)?$|\bat\s+war\s+with\s+(?:the\s+)?$|\bsides?\s+with\s+$",
                          re.IGNORECASE)
#: A year joined to another by "or"/"and" ("in 1137 or 1138", "the winter of 1901 and 1902").
_COUNT_WORD = r"(?:\d[\d,.]*|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|" \
    r"hundred)"
#: one of two numbers of an estimate: "four or five metres", "two or three days" (round 22)
_NUMBER_PAIR_AFTER = re.compile(rf"^\s+or\s+(?:about\s+)?{_COUNT_WORD}\b", re.IGNORECASE)
_NUMBER_PAIR_BEFORE = re.compile(rf"\b{_COUNT_WORD}\s+or\s+$", re.IGNORECASE)
#: a date put beside a count of time that fixes it: "ten years ago, in 1838", "two years later, in 1815" (round 22)
_RELATIVE_BEFORE = re.compile(r"\b(?:years?|months?|weeks?|days?|decades?|centuries|century)\s+(?:ago|later|earlier|"
                              r"afterwards|before|after)\s*,\s*(?:in|on|by)?\s*$", re.IGNORECASE)
_YEAR_PAIR_AFTER = re.compile(r"^\s+(?:or|and)\s+(?:\d{1,2}\s+\w+\s+)?\d{3,4}\b")
_YEAR_PAIR_BEFORE = re.compile(r"\b\d{3,4}\s+(?:or|and)\s+$")
#: Before a count of two: words that already say two ("between the two armies", "both the two").
_TWO_IMPLIED = re.compile(r"\b(?:between|both|either\s+of|neither\s+of)\s+(?:the\s+|these\s+|those\s+|its\s+|"
                          r"their\s+)?$", re.IGNORECASE)
#: After a person's name: "herself", "himself" (an emphasis: others did it too).
_EMPHASIS_AFTER = re.compile(r"^\s+(?:herself|himself|themselves|too|also|as\s+well)\b")
#: A sentence about now ("Today ...", "is remembered", "is still honoured"): true of many, so no person swap decides it.
_ABOUT_NOW = re.compile(r"^\s*Today\b|\b(?:is|are)\s+(?:still\s+|now\s+|widely\s+|best\s+)?(?:remembered|known|"
                        r"honou?red|celebrated|seen|regarded|considered|called)\b")
#: A sort noun placed in a region after the name: "... than any other country in the Americas", "the largest city
#: in Africa", "the first state of Europe". The region decides which places fit, and the text does not say which do.
_PLACED_IN_AFTER = re.compile(r"^[^.;:]{0,60}?\b(?:country|countries|nation|nations|state|states|city|cities|port|"
                              r"ports|kingdom|kingdoms|empire|colony|colonies|island|islands)\s+(?:in|of)\s+"
                              r"(?:the\s+)?([A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+)?)")


def _placed_there_too(facts: Facts, sf: SentenceFacts, m: extract.Mention, d: Distractor) -> bool:
    """When the frame places the name in a region ("… than any other country in the Americas"), the swapped-in
    place must be one a sentence of the text places there as well ("Haiti became the second independent country in
    the Americas"): "Britain … in the Americas" is false for a silly reason, "Haiti … in the Americas" by the text."""
    placed = _PLACED_IN_AFTER.search(sf.text[m.end:])
    if placed is None:
        return True
    region = placed.group(1)
    if d.mention is None:
        return False
    where: set[int] = set()
    for k in mention_keys(d.mention):
        where |= facts.where.get(k, set())
    return any(j != sf.index and re.search(rf"\bin\s+(?:the\s+)?{re.escape(region)}\b", facts.sentences[j].text)
               for j in where)


def _inside_a_named_place(facts: Facts, sf: SentenceFacts, m: extract.Mention, d: Distractor) -> bool:
    """The swapped-in place is part of a longer place name the sentence or the title names ("Zimbabwe" and "Great
    Zimbabwe"): the swap reads as the place being from or in itself."""
    from .distractors import same_thing

    names = list(sf.names) + (list(facts.sentences[0].names) if facts.sentences else [])
    mine = " ".join(d.text.lower().split())
    return any(n is not m and n.kind in ("place", "country") and same_thing(d.text, n.text)
               and " ".join(n.text.lower().split()) != mine and len(n.text.split()) > len(d.text.split())
               for n in names)


def _breaks_date_order(sf: SentenceFacts, m: extract.Mention, d: Distractor) -> bool:
    """The swapped-in date turns the order of the sentence's dates round ("reached Cusco at the end of December
    1780 ... and in November 1780 they had to withdraw"; "reissued in 1225 and again in 1217"): the statement is
    then false by its own words, not by the text."""
    there = d.mention.extra.get("sort") if d.mention is not None else None
    if there is None and d.mention is None:
        found = extract.find_dates(d.text)
        there = found[0].extra.get("sort") if found else None
    return breaks_date_order(sf, m, there)


def breaks_date_order(sf: SentenceFacts, m: extract.Mention, there: tuple[int, int, int] | None,
                      own_year: bool = False) -> bool:
    """Whether a date sorted at ``there`` in the place of ``m`` stands on the other side of one of the sentence's
    other dates than ``m`` does (``_breaks_date_order``; a wrong option of a multiple choice too, round 22, where
    only the dates that write their own year count: "_____: On 25 November Castro ..." takes its year from the key)."""
    here = m.extra.get("sort")
    if not here or not there:
        return False
    for other in sf.dates:
        if other is m or not other.extra.get("sort"):
            continue
        if own_year and (other.date is None or not other.date.year):
            continue
        o = other.extra["sort"]
        if other.end <= m.start and other.extra.get("year_from") == "sentence" and o > here:
            # "at the end of December ..., and in January 1781": a month told first with the year only from the
            # sentence is the year before (the sentence tells in order)
            o = (o[0] - 1, *o[1:])
        if (here > o) != (there > o) or (here < o) != (there < o):
            return True
    return False


def date_order(m: extract.Mention, ds: list[Distractor]) -> list[Distractor]:
    """Dates nearest in time first: "in 1964" for "in 1960" is false for a reason, the birth year is silly."""
    here = m.extra.get("sort")
    if not here:
        return ds

    def gap(d: Distractor) -> float:
        there = d.mention.extra.get("sort") if d.mention is not None else None
        if not there:
            return 1e9
        return abs((there[0] - here[0]) * 372 + (there[1] - here[1]) * 31 + (there[2] - here[2]))

    return sorted(ds, key=gap)


#: A bound, not a value: "fewer than fifty", "more than 200", "by 1500", "until 1997". Any other number or date in its
#: place makes a statement the text leaves open or makes true ("fewer than twenty" is not shown false by "fewer
#: than fifty"; "by 1550" is true as well), so a true/false never swaps it.
_BOUND_HEDGES = frozenset({"more than", "over", "at least", "just over", "fewer than", "less than", "under", "up to",
                           "at most", "just under"})
_BOUND_NUMBER_PREPS = frozenset({"within", "inside"})
_BOUND_PREPS = frozenset({"by", "before", "until", "till", "after", "since", "prior"})
#: "the 1215 charter", "its 1216 reissue": a year naming which thing is meant; another year names another thing,
#: of which the text says nothing
_ATTRIBUTIVE = re.compile(r"^\s+(?!and\b|or\b|to\b|in\b|on\b|at\b|by\b|was\b|were\b|when\b|the\b|a\b)[a-z]")
_DETERMINER_BEFORE = re.compile(r"\b(?:the|a|an|its|their|his|her|this|that)\s*$", re.IGNORECASE)


#: a distance counted from a place: "100 miles from", "some 40 km north of", "two days' march away from the".
_DISTANCE_FROM = re.compile(r"\b(?:miles?|kilomet(?:re|er)s?|km|leagues?|yards?|met(?:re|er)s?|versts?|li|days?'?|"
                            r"hours?'?)(?:\s+(?:march|ride|walk|sail|journey|drive))?(?:\s+(?:north|south|east|west|"
                            r"north-east|north-west|south-east|south-west|inland|upstream|downstream|away|out))?\s+"
                            r"(?:from|of)\s+(?:the\s+)?$", re.IGNORECASE)


def bound_not_decided(sf: SentenceFacts, m: extract.Mention) -> bool:
    """Whether swapping ``m`` for another value leaves the statement undecided by the text (see above). Only a
    true/false asks this: the untrue option of "which of these does the text say?" is not said by the text either
    way, and the distractors' directions ("by 1500": earlier years only) keep it from being implied."""
    if m.kind == "number":
        # "within ten years": any bigger count is true as well, a near smaller one hardly false (round 13)
        return m.hedge in _BOUND_HEDGES or m.prep in _BOUND_NUMBER_PREPS
    if m.kind != "date":
        # "at least 100 miles from Sydney" -> "from London": the place a distance counts from, swapped, leaves a
        # bound that is true or undecided for the new place (round 24: set 23's "false" statement that was true)
        return bool(_DISTANCE_FROM.search(sf.text[:m.start]))
    if m.prep in _BOUND_PREPS:
        return True
    return bool(_DETERMINER_BEFORE.search(sf.text[:m.start]) and _ATTRIBUTIVE.match(sf.text[m.end:]))


# ----------------------------------------------------------------------------------------------- round 9 (issue 16)

_ONE = {"one", "1", "a", "an", "single"}
#: After "one": words that take any count ("one million", "one of the", "one per cent"): no grammar to break.
_ANY_COUNT_AFTER = re.compile(r"^\s+(?:hundred|thousand|million|billion|of|per|percent|in|or|and|to)\b")


def _count_breaks_grammar(sf: SentenceFacts, m: extract.Mention, d: Distractor) -> bool:
    """Swapping "one" for another count (or another count for "one") leaves the noun after it in the wrong number:
    "each estate had only two vote", "on two line". The statement is then false by its grammar, not by history."""
    mine = m.text.strip().lower() in _ONE or m.value == 1
    theirs = d.text.strip().lower() in _ONE or (d.mention is not None and d.mention.value == 1)
    if mine == theirs:
        return False
    after = sf.text[m.end:m.end + 40]
    return bool(re.match(r"^\s+[a-z]", after)) and not _ANY_COUNT_AFTER.match(after)


#: After a count and its noun, a list of names: ", Jaroslav Martinic and Vilém Slavata" (names joined by "and").
_LIST_AFTER = re.compile(r"^\s+(?:[a-z-]+\s+){0,3}?[a-z-]+s\s*,\s+((?:[A-Z][\w’'-]*\s+){0,3}[A-Z][\w’'-]*"
                         r"(?:\s*,\s+(?:[A-Z][\w’'-]*\s+){0,3}[A-Z][\w’'-]*){0,8}\s*,?\s+and\s+"
                         r"(?:[A-Z][\w’'-]*\s+){0,3}[A-Z][\w’'-]*)")


#: Between a part and its whole: "73 of Ireland's 105 seats", "12 of the 20 ships", "three out of five"
_PART_OF_WHOLE = re.compile(r"^\s+(?:out\s+)?of\s+(?:[\w’'-]+\s+){0,3}$")


def _part_exceeds_whole(sf: SentenceFacts, m: extract.Mention, d: Distractor) -> bool:
    """Whether swapping ``d`` in for a number of "PART of WHOLE" makes the part larger than the whole, or as large
    ("Sinn Féin wins 73 of Ireland's 52 seats"): impossible on its face, no test of the text (round 23, set 20)."""
    value = d.mention.value if d.mention is not None and d.mention.value is not None else textnorm.parse_number(d.text)
    if value is None:
        return False
    for n in sf.mentions:
        if n is m or n.kind != "number" or n.value is None:
            continue
        if n.end <= m.start and _PART_OF_WHOLE.match(sf.text[n.end:m.start]):
            return value <= n.value  # m is the whole
        if m.end <= n.start and _PART_OF_WHOLE.match(sf.text[m.end:n.start]):
            return value >= n.value  # m is the part
    return False


def count_of_a_list(sf: SentenceFacts, m: extract.Mention) -> bool:
    """A count the sentence itself lists ("two royal governors, Jaroslav Martinic and Vilém Slavata"): any other
    count is false by the sentence's own words, so the student needs no history to see it."""
    found = _LIST_AFTER.match(sf.text[m.end:m.end + 200])
    if found is None or not m.value:
        return count_given_by_parts(sf, m)
    names = re.split(r"\s*,\s+(?:and\s+)?|\s+and\s+", found.group(1))
    return len([n for n in names if n]) == m.value or count_given_by_parts(sf, m)


_PART_COUNT = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
               "eight": 8, "nine": 9, "ten": 10}
#: After a count and its noun, the parts it is made of: "three children, two sons and a daughter".
_PARTS_AFTER = re.compile(r"^\s+(?:[a-z-]+\s+){0,2}?[a-z-]+\s*(?:,|:|—|–|\()\s*((?:(?:a|an|one|two|three|four|five|six|"
                          r"seven|eight|nine|ten|\d+)\s+[a-z-]+\s*(?:,\s*(?:and\s+)?|\s+and\s+))+"
                          r"(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|\d+)\s+[a-z-]+)", re.IGNORECASE)
#: A list of clauses, each led by what it names: "hieroglyphs were ..., Demotic was ..., and Greek was ...".
_CLAUSE_ITEM = re.compile(r"^(?:the\s+)?[\w’'-]+(?:\s+[A-Z][\w’'-]*)?\s+(?:was|were|is|are|for|stood|meant|served|"
                          r"had|held|came|went|ruled)\b")


def count_given_by_parts(sf: SentenceFacts, m: extract.Mention) -> bool:
    """The sentence gives the count by what follows it (round 11, set 10): its parts, counted ("three children, two
    sons and a daughter": a false "four" is refuted by the parts, a blank answered by them), or one clause for each
    thing counted ("Three scripts were used because hieroglyphs were ..., Demotic was ..., and Greek was ...": a
    statement of "two scripts" lists three in its own words)."""
    if not m.value or m.value != int(m.value) or not 2 <= m.value <= 12:
        return False
    after = sf.text[m.end:]
    parts = _PARTS_AFTER.match(after)
    if parts is not None:
        found = re.findall(r"\b(a|an|one|two|three|four|five|six|seven|eight|nine|ten|\d+)\s+[a-z-]+",
                           parts.group(1), re.IGNORECASE)
        total = sum(_PART_COUNT.get(n.lower(), int(n) if n.isdigit() else 0) for n in found)
        if len(found) >= 2 and total == m.value:
            return True
    if _dates_listed_after(after) == m.value:
        return True  # "two attempts, in 1274 and 1281"; "in three partitions, in 1772, 1793 and 1795" (round 22)
    if m.value < 3:
        return False
    rest = re.split(r"[;:.](?:\s|$)", after)[0]
    items = re.split(r",\s*(?:and\s+)?", rest)
    if len(items) != m.value or not re.search(r",\s*and\s+|\s+and\s+", rest):
        return False
    return all(_CLAUSE_ITEM.match(x.strip()) for x in items[1:]) and bool(re.search(r"\b(?:was|were|is|are)\b", items[0]))


_YEAR = r"\d{3,4}(?:\s*(?:BC|BCE|AD|CE)\b)?"
#: After a count and its noun, the years of each of the things counted: ", in 1772, 1793 and 1795"
_DATES_AFTER = re.compile(rf"^\s+(?:[a-z-]+\s+){{0,2}}?[a-z-]+s\s*,?\s+(?:in\s+|of\s+)?((?:{_YEAR}\s*,\s*)*{_YEAR}\s*,?\s+"
                          rf"and\s+(?:in\s+)?{_YEAR})")


def _dates_listed_after(after: str) -> int:
    """How many years a count's noun is followed by, listed ("attempts, in 1274 and 1281": 2); 0 for none."""
    found = _DATES_AFTER.match(after)
    return len(re.findall(r"\d{3,4}", found.group(1))) if found else 0


#: Right before a place: another place and a comma ("Auburn, New York", "Gao, Mali"): the name is the container.
_CONTAINER_BEFORE = re.compile(r"\b[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+){0,2},\s+(?:in\s+)?(?:the\s+)?$")


def _people_word_of(sf: SentenceFacts, m: extract.Mention) -> bool:
    """The sentence names the country again by its people's word ("Italy" and "the Italian text")."""
    from .distractors import _ADJECTIVE_COUNTRY

    mine = " ".join(m.text.lower().split())
    rest = (sf.text[:m.start] + " " + sf.text[m.end:]).lower()
    return any(country == mine and rx(rf"\b{adjective}\b").search(rest)
               for adjective, country in _ADJECTIVE_COUNTRY.items())


def _sort_after_fits(facts: Facts, sf: SentenceFacts, m: extract.Mention, d: Distractor) -> bool:
    """A sort noun right after the name ("the Atlantic and Pacific oceans", "the Orontes River"): the swapped-in
    name must be of that sort by the text as well, never "South America" among oceans."""
    after = re.match(r"^\s+([a-z]+)\b", sf.text[m.end:m.end + 20])
    if after is None:
        return True
    word = after.group(1)
    sort = PLACE_SORTS.get(word) or (PLACE_SORTS.get(word[:-1]) if word.endswith("s") else None)
    if sort is None:
        return True
    other = d.mention.text if d.mention is not None else d.text
    return place_sort(facts, other) == sort or place_sort(facts, f"{other} {word.rstrip('s')}") == sort and \
        _said_with(facts, other, word.rstrip("s"))


def _said_with(facts: Facts, name: str, word: str) -> bool:
    return bool(re.search(rf"\b{re.escape(name)}\s+{word}s?\b", _full_text(facts), re.IGNORECASE))


_SORT_WORD_BEFORE = re.compile(rf"\b((?i:{_SORT_WORDS}))\s+of\s+(?:the\s+)?$")


def _stated_words(facts: Facts) -> dict[str, set[str]]:
    """Every sort noun the text puts before a name ("the village of Agincourt" -> {"village"})."""
    key = ("swaps", "stated words")
    if key not in facts.memo:
        found: dict[str, set[str]] = {}
        for m in _SORT_OF.finditer(_full_text(facts)):
            if m.group(1).lower() not in _PART_OF_WORDS:
                found.setdefault(m.group(2), set()).add(m.group(1).lower())
        facts.memo[key] = found
    return facts.memo[key]


def _sort_word_fits(facts: Facts, sf: SentenceFacts, m: extract.Mention, d: Distractor) -> bool:
    """"the port of Calais" swapped for "the port of Agincourt", which the text calls a village: when the frame names
    a sort and the text names the other place by another sort noun, the swap is false for a silly reason."""
    before = _SORT_WORD_BEFORE.search(sf.text[max(0, m.start - 30):m.start])
    if before is None:
        return True
    other = d.mention.text if d.mention is not None else d.text
    words = _stated_words(facts).get(re.sub(r"^(?:the|The)\s+", "", other), set())
    return not words or before.group(1).lower() in words


_RENAMED = re.compile(r"\b(?:now|today|later|formerly|once|then)\s+(?:called|named|known\s+as)\s+(?:the\s+)?$|"
                      r"\b(?:now|formerly|today)\s+$|\((?:now|today|formerly)?\s*$")


def _same_place_renamed(facts: Facts, m: extract.Mention, d: Distractor) -> bool:
    return names_one_place(facts, m.text, d.mention.text if d.mention is not None else d.text)


def names_one_place(facts: Facts, first: str, second: str) -> bool:
    """The text gives both names to one place ("Edo, the city now called Tokyo", "Upper Peru, today Bolivia")."""
    key = ("swaps", "renamed", first, second)
    if key in facts.memo:
        return facts.memo[key]
    facts.memo[key] = out = _names_one_place(_full_text(facts), first, second)
    return out


def _names_one_place(text: str, first: str, second: str) -> bool:
    for a, b in ((first, second), (second, first)):
        for end in _whole_ends(text, a):
            tail = text[end:end + 60]
            found = rx(rf"(?<![\w-]){re.escape(b)}(?![\w-])").search(tail)
            if found and _RENAMED.search(tail[:found.start()]):
                return True
    return False


_WORD_CHAR = re.compile(r"[\w-]")


def _whole_ends(text: str, name: str) -> list[int]:
    r"""Where ``name`` ends each time the text writes it as a whole word: the ends of the matches of
    ``(?<![\w-])name(?![\w-])``, found with ``str.find`` (the pattern's look-behind made ``re`` try every position
    of the whole text, for each pair of names the swaps ask about: 0.2 s of the benchmark; issue 14)."""
    if not name:
        return [hit.end() for hit in rx(rf"(?<![\w-]){re.escape(name)}(?![\w-])").finditer(text)]
    out: list[int] = []
    at = text.find(name)
    while at >= 0:
        end = at + len(name)
        if (at == 0 or not _WORD_CHAR.match(text, at - 1)) and not _WORD_CHAR.match(text, end):
            out.append(end)
            at = text.find(name, end)
        else:
            at = text.find(name, at + 1)
    return out


def _the_before(facts: Facts, form: str) -> bool:
    """Whether the text writes "the" before the name anywhere ("The Endeavour anchors"), once per name (issue 14)."""
    key = ("swaps", "the", form)
    if key not in facts.memo:
        facts.memo[key] = rx(rf"(?:^|[\s(])[Tt]he\s+{re.escape(form)}(?![\w’'-])").search(_full_text(facts)) is not None
    return facts.memo[key]


#: A newspaper's dateline opening a sentence ("LEOPOLDVILLE, 30 June 1960 - The Belgian Congo became ... today").
_DATELINE_LEAD = re.compile(r"^[A-Z][A-Z'’.-]{2,}(?:\s+[A-Z][A-Z'’.-]+){0,3},\s+(?:[A-Z][a-z]+(?:\s+[A-Z][a-z]+){0,2},\s+)?")
_DATELINE_DASH = re.compile(r"^\s*(?:--|-|–|—)\s+")
_REPORT_DAYS = re.compile(r",?\s+(?:today|last\s+night|this\s+morning|tonight)\b")
_COMMON_START = re.compile(r"^(?:The|A|An|Two|Three|Four|Five|Many|Some|Crowds|People)\b")


def dateline_edits(sf: SentenceFacts) -> list[tuple[int, int, str]]:
    """Edits that make a sentence opened by a dateline a statement of its own: "On 30 June 1960, the Belgian Congo
    became an independent republic, after 52 years ...". The dateline's place goes, its date leads, and the
    newspaper's "today" or "last night" goes (the student does not have the paper's day). The date itself is left
    untouched, so a swap of it still applies."""
    lead = _DATELINE_LEAD.match(sf.text)
    if lead is None:
        return []
    date = next((m for m in sf.dates if m.start == lead.end()), None)
    dash = _DATELINE_DASH.match(sf.text[date.end:]) if date is not None else None
    if date is None or dash is None:
        return []
    rest = date.end + dash.end()
    first = sf.text[rest:rest + 1].lower() if _COMMON_START.match(sf.text[rest:]) else sf.text[rest:rest + 1]
    edits = [(0, date.start, "On "), (date.end, rest + 1, ", " + first)]
    for m in _REPORT_DAYS.finditer(sf.text, rest):
        edits.append((m.start(), m.end(), ""))
    return edits


#: A sentence that opens with a subordinate clause ("When war breaks out ..., the troops are called home").
_SUBORDINATE = re.compile(r"^(?:When|Whenever|While|Although|Though|Because|If|Unless|Until|Since|Once|Whereas|As\s+soon\s+as)\s")
_CLAUSE_GOES_ON = frozenset("when where who whom whose which that while than because if unless until".split())
_WORD = re.compile(r"[\w’'-]+|[^\w\s]")


def broken_rewording(original: str, reworded: str) -> bool:
    """A reworded statement whose seams show (round 9): two names run together that the sentence keeps apart
    ("James VI of Scotland Queen of Scots", where the text has "Scotland, the son of Mary, Queen of Scots"), or a
    clause cut short ("... kept Ethiopia independent at a time.", where the text goes on "at a time when ...")."""
    src = _WORD.findall(original)
    out = _WORD.findall(reworded)
    pairs = set(zip(src, src[1:], strict=False))
    for i, (a, b) in enumerate(zip(out, out[1:], strict=False)):
        if i > 0 and a[:1].isupper() and b[:1].isupper() and a.isalpha() and b.isalpha() and \
                (a, b) not in pairs and a not in ("The", "A", "An"):
            return True
    if cut_clause(original, reworded) or misplaced_date(original, reworded) or lost_preposition(original, reworded):
        return True
    words = [w for w in out if w[:1].isalnum()]
    if words and words[-1][:1].islower():
        tail = words[-3:]
        for i in range(len(src) - len(tail)):
            if src[i:i + len(tail)] == tail and src[i + len(tail)] in _CLAUSE_GOES_ON:
                return True  # the clause went on in the text ("at a time when ...")
    return False


#: Words that open a clause of their own: a date put after one is read as that clause's date.
#: (an "after", "before" or "since" that is an adverb, "than ever before in the Cold War", opens no clause: set 13's
#: Cuba had its date put inside it, "than ever in October 1962 before in the Cold War")
_INNER_CLAUSE = re.compile(r"\b(?:where|which|who|whom|whose|when|while|that|because|until)\b|"
                           r"(?<!\bever )(?<!\bthan )\b(?:after|before|since)\b(?!\s+(?:in|on|at|during)\b|\s*[,.;]|\s*$)|"
                           r",\s+[a-z]+ing\b")


_WHEN_WORD = re.compile(r"\d|\b(?:January|February|March|April|May|June|July|August|September|October|November|"
                        r"December|spring|summer|autumn|winter)\b")


def misplaced_date(original: str, reworded: str) -> bool:
    """A date moved so that it reads as the date of something else (round 13, set 12): the sentence's opening date
    put at the end, after a clause of its own ("A new volcano rose from the sea where Krakatoa had stood in 1927";
    "... giving up Poland, the Baltic lands and Ukraine on 3 March"), or a deadline moved to the front ("By 31
    January 1876, the government ordered them", where the text orders them "to return by 31 January 1876")."""
    flat = " ".join(original.split())
    core = " ".join(reworded.split()).rstrip(".")
    if _late_date(flat, core) is not None:
        return True
    front = re.match(r"(By|Until|Before)\s+([^,]+?),\s", core)
    if front is not None and not flat.startswith(front.group(1)):
        date = re.escape(front.group(2))
        if re.search(rf"\bto\s+[a-z]+(?:\s+[\w’'-]+){{0,5}}?\s+{front.group(1).lower()}\s+{date}\b", flat):
            return True
    return False


def _late_date(flat: str, core: str) -> tuple[re.Match[str], re.Match[str]] | None:
    """(the opening date put at the end, the clause it is put after), or None."""
    for tail in re.finditer(r"\s(in|on|at|during)\s+((?:the\s+)?(?:[\w’'-]+\s+){0,3}?[\w’'-]+)$", core):
        if not _WHEN_WORD.search(tail.group(2)) or not flat.lower().startswith(f"{tail.group(1)} {tail.group(2)}".lower()):
            continue
        skip = len(" ".join(core.split(" ")[:3])) + 1  # the subject's first words are no clause of their own
        found = list(_INNER_CLAUSE.finditer(core, min(skip, tail.start()), tail.start()))
        if not found:
            continue
        last = found[-1]
        between = core[last.start() + 1:tail.start()]
        if "," in between and not re.search(r"\s+and\s+[^,]+$", between):
            continue  # "Almost three years after it had left, it returned ... on 6 September": the main clause's date
        return tail, found[0] if len(found) > 1 and _chained(core, found) else last
    return None


def _chained(core: str, found: list[re.Match[str]]) -> bool:
    """The clauses run on without a comma between them ("that let prisons ... once they had recovered"): the date
    goes before the first."""
    return all("," not in core[a.end():b.start()] for a, b in zip(found, found[1:], strict=False))


def placed_date(original: str, reworded: str) -> str | None:
    """A reworded statement with its date moved to the end after a clause of its own, the date put back before that
    clause ("A new volcano rose from the sea in 1927 where Krakatoa had stood"; "Russia signed the Treaty ... on 3
    March, giving up Poland, ..."); the statement as it was when its date is not misplaced; None when it cannot be
    put right (a deadline moved to the front)."""
    flat = " ".join(original.split())
    core = " ".join(reworded.split()).rstrip(".")
    late = _late_date(flat, core)
    if late is None:
        return None if misplaced_date(original, reworded) else reworded
    tail, inner = late
    at = inner.start()
    if "," in core[:at]:
        return None  # "a law, known as the Cat and Mouse Act, that let ...": an aside before it, no plain place for it
    out = f"{core[:at].rstrip()} {tail.group(1)} {tail.group(2)}{'' if core[at] in ',;' else ' '}{core[at:tail.start()].lstrip()}."
    return None if misplaced_date(original, out) else out



_LEAD_PHRASE = re.compile(r"(?:At|In|On|During|After|Before|From|Under|With)\s+((?:the\s+)?(?!(?:January|February|March|April|"
                          r"May|June|July|August|September|October|November|December)\b)[A-Z][\w’'-]*"
                          r"(?:\s+(?:of\s+|the\s+)?[A-Z][\w’'-]*)*)")


def lost_preposition(original: str, reworded: str) -> bool:
    """The statement opens with what the sentence gives as a phrase after a preposition, the preposition gone ("The
    Battle of Adrianople the Goths defeated", where the text has "At the Battle of Adrianople in 378 the Goths
    defeated"): round 13, set 12."""
    flat = " ".join(original.split())
    lead = _LEAD_PHRASE.match(flat)
    if lead is None or re.match(r"\s+(?!in\b|on\b|at\b|the\b|a\b|an\b)[a-z]", flat[lead.end():]):
        return False  # "After Congress passed the Act": a clause of its own, the item "Congress passed the Act" stands
    core = " ".join(reworded.split())
    return core.lower().startswith(lead.group(1).lower()) and \
        not core.lower().startswith(lead.group(0).lower())


def cut_clause(original: str, reworded: str) -> bool:
    """A statement cut from a sentence that opens with a subordinate clause, so that a clause is left without its
    other half (round 11, set 10): the subordinate clause alone ("When war breaks out between France and
    Prussia.") or the sentence's end with its 'When' cut off, a comma splice ("Mir Jafar's troops did nothing,
    the nawab's army broke and fled")."""
    core = " ".join(reworded.strip().rstrip(".").split())
    flat = " ".join(original.split())
    lead = _SUBORDINATE.match(flat)
    if _SUBORDINATE.match(core) and core.count(",") == 0 and f"{core}," in flat:
        return True  # "When war breaks out between France and Prussia.": the clause before the comma, alone (round 11)
    if lead is not None and not _SUBORDINATE.match(core) and "," in core:
        at = flat.find(core[0].lower() + core[1:]) if core[:1].isupper() else -1
        at = flat.find(core) if at < 0 else at
        if at > lead.end() and flat[at + len(core):].strip(" .") == "":
            return True  # "Mir Jafar's troops did nothing, the nawab's army fled": 'When' cut off, a comma splice left
    return False


def year_named_again(sf: SentenceFacts, m: extract.Mention) -> bool:
    """The date's year names something else of the sentence ("signed the Bond of 1844 on 6 March 1844"): another
    year in its place is false by the sentence itself, and a blank for it is answered by the name."""
    year = re.search(r"\b(\d{3,4})\b", m.text)
    if year is None:
        return False
    rest = sf.text[:m.start] + " | " + sf.text[m.end:]
    return bool(rx(rf"\bof\s+{year.group(1)}\b").search(rest))


#: Between two names of parallel clauses: a comma, a conjunction, words (", and lands to the west to").
_PARALLEL_BETWEEN = re.compile(r"^[^.;:]*,\s*(?:and|but|while|whereas|whilst)\s+[^.;:]*\w[^.;:]*$")


def _same_frame(text: str, a: extract.Mention, b: extract.Mention) -> bool:
    """Whether two names stand in the same frame, the same word just before each ("would go to Portugal, and lands
    to the west to Castile"): only then do the clauses run in parallel, so that each name fits the other's place.
    "Most of the settlers left for France ..., and ... Ben Bella became the first prime minister of independent
    Algeria" swapped both ways is false on sight (settlers of Algeria who left for Algeria), testing nothing
    (round 23, set 22's blind rating)."""
    def word_before(m: extract.Mention) -> str:
        words = re.findall(r"[\w’'-]+", text[:m.start])
        return words[-1].lower() if words else ""
    return word_before(a) == word_before(b) != ""


def exchange_pair(facts: Facts, sf: SentenceFacts) -> tuple[extract.Mention, extract.Mention] | None:
    """Two names the sentence gives in parallel clauses, of one sort by the text (two realms, two towns), to swap
    with each other for a false statement (round 13): "Lands to the east of it would go to Portugal, and lands to
    the west to Castile". Never two names side by side ("Castile and Portugal": the same either way), never a
    pair of people (who did what to whom may read the same both ways: "X met Y")."""
    places = [m for m in sf.mentions if m.kind in ("place", "country")]
    for i, a in enumerate(places):
        for b in places[i + 1:]:
            between = sf.text[a.end:b.start]
            if len(between.split()) < 4 or not _PARALLEL_BETWEEN.match(between):
                continue
            if not _same_frame(sf.text, a, b):
                continue  # "left for France ..., and ... prime minister of independent Algeria": no parallel (round 23)
            if " ".join(a.text.lower().split()) == " ".join(b.text.lower().split()) or nested_places(a.text, b.text):
                continue
            sort = place_sort(facts, a.text)
            if sort is None or sort != place_sort(facts, b.text) or names_one_place(facts, a.text, b.text):
                continue
            if any(re.search(r"\b[Tt]he\s+$", sf.text[max(0, m.start - 5):m.start]) for m in (a, b)):
                continue  # "the United States" for "France": "within ten years the France was drawn in"
            if any(m.kind in ("place", "country") and m is not a and m is not b for m in sf.mentions
                   if a.start < m.start < b.start):
                continue  # a third place between them: which pair is parallel is not sure
            return a, b
    return None

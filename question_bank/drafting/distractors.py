"""Wrong answers of the same kind as the right one, taken from the text when it can.

Three rules keep a distractor honest:
* it is of the answer's kind (a date for a date, troops for troops, a person for a person);
* it is not the answer under another name ("Truman" for "Harry Truman", 1950 for June 25, 1950);
* the text does not make it true as well: it is not in the same sentence, and no other sentence
  says the same thing about it (checked by the words around the blank).
"""

from __future__ import annotations

import datetime
import math
import re
import zlib
from dataclasses import dataclass
from functools import lru_cache

from .. import textnorm
from . import extract, lexicon
from .facts import Entity, Facts, SentenceFacts, mention_keys
from .phrasing import event_label, is_clause, snippet
from .rx import rx


@dataclass
class Distractor:
    text: str
    feedback: str
    from_text: bool  # taken from elsewhere in the text (better) or made up (a changed number or date)
    mention: extract.Mention | None = None
    sentence: int | None = None


# --------------------------------------------------------------------------- "also true" check


@lru_cache(maxsize=4096)
def _content(text: str) -> frozenset[str]:
    return frozenset(textnorm.content_words(text))


def context_words(sf: SentenceFacts, answer: extract.Mention, width: int = 8) -> set[str]:
    """Content words near the answer in its sentence (what the blank is said to do or be)."""
    before = sf.text[:answer.start].split()[-width:]
    after = sf.text[answer.end:].split()[:width]
    return set(_content(" ".join(before + after))) - _content(answer.text)


def says_same_elsewhere(facts: Facts, sf: SentenceFacts, answer: extract.Mention, candidate: extract.Mention | None,
                        candidate_text: str) -> bool:
    """True when another sentence with the candidate shares most of the words around the answer."""
    where: set[int] = set()
    if candidate is not None:
        for k in mention_keys(candidate):
            where |= facts.where.get(k, set())
    if not where:
        where = {i for i in range(len(facts.sentences)) if facts.says(i, candidate_text)}
    ctx = context_words(sf, answer) - _content(candidate_text)
    if not ctx:
        return False
    for j in where:
        if j == sf.index:
            continue
        shared = ctx & facts.content[j]
        if len(shared) >= 2 and len(shared) >= 0.5 * len(ctx):
            return True
    return False


def _in_sentence(facts: Facts, sf: SentenceFacts, candidate: extract.Mention | None, text: str) -> bool:
    if candidate is not None:
        keys = set(mention_keys(candidate))
        if candidate.kind == "date" and candidate.granularity == "full" and \
                all(m.granularity == "full" for m in sf.dates):
            # "18 March 1915" is not in a sentence of "20 December 1915" for sharing its year (round 9: that left
            # only made-up years, "1900, 1906 and 1927 ... nowhere near a 1915 campaign")
            keys = {k for k in keys if k.startswith("d:")}
        if any(keys & set(mention_keys(m)) for m in sf.mentions):
            return True
    return facts.says(sf.index, text)


_GENERIC = frozenset("""the of republic democratic people peoples people's people’s kingdom empire federal socialist
union and""".split())


#: a people's adjective names its country inside a name ("the Japanese Empire" is "the Empire of Japan")
_ADJECTIVE_COUNTRY = {"japanese": "japan", "chinese": "china", "british": "britain", "english": "england",
                      "french": "france", "german": "germany", "russian": "russia", "korean": "korea",
                      "spanish": "spain", "italian": "italy", "american": "america", "ottoman": "turkey",
                      "turkish": "turkey", "dutch": "netherlands", "austrian": "austria", "polish": "poland",
                      "mexican": "mexico", "egyptian": "egypt", "indian": "india", "roman": "rome",
                      "netherlands": "netherlands", "indonesian": "indonesia", "ethiopian": "ethiopia",
                      "portuguese": "portugal", "greek": "greece", "persian": "persia", "swedish": "sweden"}


@lru_cache(maxsize=8192)
def _core_tokens(name: str) -> frozenset[str]:
    words = [_ADJECTIVE_COUNTRY.get(w, w) for w in textnorm.fold(name).split()]
    return frozenset(w for w in words if w not in _GENERIC) or frozenset(words)


def same_thing(a: str, b: str) -> bool:
    """One name contained in the other: "Korea"/"South Korea", "Republic of Korea"/"South Korea", "Pusan"/"Pusan Perimeter"."""
    ta, tb = _core_tokens(a), _core_tokens(b)
    return bool(ta) and bool(tb) and (ta <= tb or tb <= ta)


@lru_cache(maxsize=8192)
def _person_overlap(a: str, b: str) -> bool:
    """The same person, or one a student cannot tell apart: "Harold II"/"Harold Godwinson", "James VI"/"James I"."""
    ta, tb = _words_of(a), _words_of(b)
    if bool(ta) and bool(tb) and (ta <= tb or tb <= ta):
        return True
    of_a, of_b = a.partition(" of ")[2], b.partition(" of ")[2]
    if of_a and of_a == of_b:
        return True  # "William of Normandy" and "Duke of Normandy": one man, or two a student cannot tell apart
    ga, gb = _given_name(a), _given_name(b)
    return bool(ga) and ga == gb


@lru_cache(maxsize=8192)
def _given_name(name: str) -> str:
    words = [w for w in textnorm.fold(name).split() if w not in lexicon.TITLES and w not in lexicon.NAME_CONNECTORS]
    return words[0] if words and len(words[0]) > 2 else ""


#: Words that show a "person" is really a group, a state or a thing ("East Berliners", "Communist China",
#: "First Estate", "International Ice Patrol"): never a person's distractor, never a person answer.
_NOT_PERSON_WORDS = (lexicon.ORG_WORDS | lexicon.UNIT_WORDS | lexicon.EVENT_WORDS | lexicon.PLACE_WORDS
                     | lexicon.CRAFT_WORDS | lexicon.AWARD_WORDS | frozenset(
                         "estate estates first second third communist china patrol people".split()))


def plausible_person(name: str) -> bool:
    """Whether a name the reader took for a person looks like one (for distractors and answers)."""
    words = name.replace(",", " ").split()
    if not words:
        return False
    if words[0].lower().rstrip(".") in lexicon.TITLES and (len(words) < 3 or words[1].lower() == "of"):
        return False  # "Duke of Normandy", "Queen of Scots": a title, not a name
    for w in words:
        low = w.lower().strip(".")
        if low in _NOT_PERSON_WORDS or w in lexicon.COUNTRIES or low in lexicon.NATIONALITIES:
            return False
        if re.fullmatch(r"[A-Z]{2,}", w) and w not in ("II", "III", "IV", "VI", "VII", "VIII", "IX", "XI", "XII"):
            return False  # "RMS Titanic"
    return not re.search(r"(?:ers|ans|ians|ites)$", words[-1])  # "East Berliners", "Normans"


_REGNAL = re.compile(r"\s(?:[IVX]{1,5}|the\s+(?:Great|Elder|Younger|Wise|Bold|Conqueror|Confessor))(?:\s+of\s+\S+)?$")


def person_form_alike(answer: str, other: str) -> bool:
    """A person's option written the way the key is: a full name for a full name ("Christopher Wren", not "John"),
    one word for one word, a ruler's name and number for a ruler ("Charles II", not "Thomas Farriner"), so that the
    form of an option never tells which is right."""
    return _person_form(answer) == _person_form(other)


#: First words of a rank written as part of a name ("Lance Corporal William Beech").
_RANK_WORDS = frozenset("lance private corporal sergeant captain major colonel lieutenant lieutenant-colonel brigadier "
                        "admiral commodore marshal field-marshal".split())


def _person_form(name: str) -> str:
    words = name.split()
    if len(words) >= 3 and words[0].lower().rstrip(".") in lexicon.TITLES | _RANK_WORDS:
        return "titled"  # "Lance Corporal William Beech", "General Sir Ian Hamilton": the rank shows in the option
    if _REGNAL.search(name) or (len(words) >= 3 and words[-2] == "of" and words[0].lower() not in lexicon.TITLES):
        return "ruler"  # "Charles II", "Philip II of France", "John of England"
    return "full" if len(words) >= 2 else "one"


@lru_cache(maxsize=8192)
def _words_of(name: str) -> frozenset[str]:
    return frozenset(textnorm.fold(name).split())


# --------------------------------------------------------------------------- names


def wants_article(sf: SentenceFacts, m: extract.Mention) -> bool:
    return bool(re.search(r"\bthe\s*$", sf.text[:m.start], re.IGNORECASE))


_CONFLICTS = frozenset("war wars battle rebellion revolution uprising invasion siege raid campaign offensive crisis riot "
                       "riots coup massacre revolt".split())
_DOCUMENTS = frozenset("act treaty agreement accord accords declaration charter pact protocol armistice convention "
                       "doctrine plan oath law constitution letter address".split())


#: Round 16 (issue 16): a fight in one place on a day or a few ("at the Battle of Sedan") takes another such fight,
#: never a war ("at the Austro-Prussian War", set 14).
_FIGHTS = frozenset("battle siege raid massacre landing landings".split())


def _event_sort(name: str) -> str:
    words = set(textnorm.fold(name).split())
    if words & _CONFLICTS:
        return "fight" if words & _FIGHTS else "conflict"
    return "document" if words & _DOCUMENTS else ""


#: Sorts of organisation: a university takes a university or a school, never a committee ("a doctorate from the ___").
_ORG_SORTS = {
    "school": frozenset("university college school academy institute seminary".split()),
    "body": frozenset("""council congress assembly committee parliament senate diet duma reichstag cortes estates court
                      commission""".split()),
    "party": frozenset("party league alliance association union society federation movement front".split()),
    "church": frozenset("church".split()),
    "firm": frozenset("company bank corporation press".split()),
    "office": frozenset("government ministry office department bureau agency administration service services".split()),
    "force": frozenset("force forces army navy shogunate".split()),
}


def _org_sort(name: str) -> str:
    """The sort of the last body word of a name ("University of Nairobi": a school; "Nobel Committee": a body)."""
    for w in reversed(textnorm.fold(name).split()):
        for sort, words in _ORG_SORTS.items():
            if w in words:
                return sort
    return ""


def _same_sort(answer: str, other: str, kind: str) -> bool:
    """Whether a name of the answer's kind is also of its sort: an organisation named as a body ("Congress",
    "Party") takes another body, a university a school, an event that is a conflict takes a conflict, a law or
    treaty a document."""
    if kind == "organisation":
        ans = set(textnorm.fold(answer).split()) & lexicon.ORG_WORDS
        if not ans:
            return True
        return bool(set(textnorm.fold(other).split()) & lexicon.ORG_WORDS) and _org_sort(answer) == _org_sort(other)
    if kind == "event":
        return _event_sort(other) == _event_sort(answer)  # "the Depression" takes no law, a law no war
    return True


def name_distractors(facts: Facts, sf: SentenceFacts, answer: extract.Mention, want: int = 3,
                     exclude: set[str] | None = None) -> list[Distractor]:
    if not facts.sure(answer):
        return []  # what kind of thing is it? No wrong choice is surely of its kind
    # exactly the answer's kind and sort: a town takes a town, never a country or an island ("founded the town of ___")
    return _name_distractors(facts, sf, answer, want, exclude, (answer.kind,))


def _name_distractors(facts: Facts, sf: SentenceFacts, answer: extract.Mention, want: int, exclude: set[str] | None,
                      kinds: tuple[str, ...]) -> list[Distractor]:
    if answer.kind == "person" and _place_noun_last(answer.text):
        return []  # "the Soldiers' National Cemetery" read as a person: no person is a wrong choice for a cemetery
    answer_key = (answer.key or answer.text).lower()
    answer_ent = facts.entity(answer)
    short_form = answer.kind == "person" and len(answer.text.split()) == 1
    article = wants_article(sf, answer)
    about = _about(facts, sf)
    relation = _relation_noun(sf, answer)
    group = _PLACE_GROUP.get(answer.subkind, answer.subkind) if answer.kind in ("place", "country") else None
    sex = _title_sex(answer) or _said_sex(sf, answer)
    relation_sex = _RELATION_SEX.get(relation or "", "")
    if relation and re.search(r"\b(?:her|his|their)\s+(?:[a-z]+\s+)?" + relation + r"\s*,?\s*$",
                              sf.text[:answer.extra.get("title_start", answer.start)], re.IGNORECASE) and \
            _antecedent_of(facts, sf) is None:
        return []  # "Her daughter _____": whose? Any other woman of the text may be the mother herself
    others_here = [n.text for n in sf.names if n.kind == "person" and n is not answer] + \
        [ante.name for ante in [_antecedent_of(facts, sf)] if ante is not None]
    # "the Dutch withdraw": the Netherlands is named by its people's word, so it is no other nation of the frame
    adjective_of = {_ADJECTIVE_COUNTRY[w] for w in textnorm.fold(sf.text).split() if w in _ADJECTIVE_COUNTRY} \
        if answer.kind in ("country", "place") else set()
    title_word = (answer.extra.get("title", "").lower().split() or [""])[-1].rstrip(".") \
        if answer.kind == "person" else ""
    frame_sort = _frame_sort(sf, answer) if answer.kind in ("place", "country") else None
    contained = answer.kind in ("place", "country") and bool(_HOLDS_A_PLACE.search(sf.text[max(0, answer.start - 60):
                                                                                            answer.start]))
    person_words = _person_name_words(facts) if answer.kind in ("place", "country") else frozenset()
    answer_sort = _place_sort(facts, answer.text) if answer.kind in ("place", "country") else None
    pool: list[tuple[float, Entity, str]] = []
    for ent in facts.entities.values():
        if ent.kind not in kinds or ent.key == answer_key or (exclude and ent.key in exclude) or ent.key in about:
            continue
        if not facts.sure(ent.first):
            continue  # a name whose kind is only guessed ("Sad Night" read as a person) is no wrong choice
        if sex and (_given_sex(ent.display) if _title_sex(answer) else _known_sex(facts, ent)) not in ("", sex):
            continue  # "Sir _____": not "Elizabeth II"; "_____, a free Black woman": not Frederick Douglass
        if answer.kind == "person" and _an_office(ent.display):
            continue  # "United States Marshal" read as a person: an office, no one to pick for a name (round 10)
        if relation_sex and _known_sex(facts, ent) != relation_sex:
            continue  # "her daughter _____": only someone the text shows to be a woman, never "Pierre"
        if answer.kind == "person" and _other_title(answer, ent.first):
            continue  # "The Prime Minister, Dr. _____": not the one the text calls "Sir"
        if frame_sort and _place_sort(facts, ent.display) != frame_sort:
            continue  # "retreat to the island of _____": another island, never "China" or a city
        if answer_sort and _place_sort(facts, ent.display) not in (None, answer_sort):
            continue  # "went back to _____" (Maryland, a state by the text): not the city of Philadelphia
        if answer_sort and _place_sort(facts, ent.display) is None and _the_heading(facts, ent.display):
            continue  # "a legate sent from _____" (Rome) under the title "Hagia Sophia": the building, no city (round 10)
        if answer.kind in ("place", "country") and not _could_be_place(facts, ent.display, person_words):
            continue  # "God", "Near Kadesh", "Bedouin", "Ayatollah Ruhollah Khomeini" read as places: not of the kind
        if answer.kind in ("place", "country") and _place_noun_last(answer.text) != _place_noun_last(ent.display):
            continue  # "the great engine in _____" (Machinery Hall): a building takes a building, never a city (round 23)
        if contained and _place_sort(facts, ent.display) not in ("region", "country"):
            continue  # "the town of Eisleben, in _____" (Saxony): a town holds no town, so only a region or country
        if title_word and title_word not in _text_titles(facts, ent.display):
            continue  # "Pope _____": only someone the text calls pope, never "Henry III"
        if answer.kind == "person" and any(_person_overlap(ent.display, o) for o in others_here):
            continue  # "Musa was a grandnephew of ___": not "Musa I"
        if answer.kind in ("place", "country") and re.search(r"\b[A-Z][a-z]+(?:an|ese|ish)$", ent.display) and \
                textnorm.fold(ent.display).split()[-1] in lexicon.NATIONALITIES:
            continue  # "East African" is an adjective, not a region
        if relation and _has_relation(facts, ent, relation):
            continue  # "her daughter ___": not another daughter
        if answer.kind in ("place", "country") and nested_places(answer.text, ent.display):
            continue  # "landlords who lived in _____" (England): not "Britain", which holds England (round 11)
        if answer.kind != "person" and _names_a_neighbour(facts, answer_key, ent.display):
            continue  # "the Sorbonne" (in Paris): not "the University of Paris"
        if group is not None and ent.kind == answer.kind and _PLACE_GROUP.get(ent.subkind, ent.subkind) != group:
            continue
        display = ent.short if short_form else ent.display
        if not display or (adjective_of and _core_tokens(display) & adjective_of):
            continue
        if ent.kind == answer.kind and not _same_sort(answer.text, display, answer.kind):
            continue  # a war for a war, a law for a law, a body for a body ("Congress of ___": not "Enlightenment")
        if answer.kind == "person":
            if not plausible_person(display) or ent.subkind == "title" or _place_noun_last(display):
                # "Liberal Arts Building" read as a person is no one to offer for Columbus (round 23)
                continue
            if article and not ent.takes_the:
                continue  # "The _____, who had helped him": the Duke of Somerset, never "The Edward IV" (set 14)
            if _a_place_by_its_words(facts, ent):
                continue  # "a Greek from Corfu", "a chief from the Mani" read as persons: places (round 23, set 21)
            if _only_a_comparison(facts, ent):
                continue  # "Eden compared Nasser to Mussolini": no one of the story ("Mussolini resigned in 1957")
            if _of_another_age(facts, sf.index, ent):
                continue  # "In 1907 Roosevelt put an army engineer, _____, in charge": not Jimmy Carter (1977)
            if not person_form_alike(answer.text, display):
                continue  # "Dr _____" (Christopher Wren): not "John", nor "Charles II"
            if _person_overlap(display, answer.text) or (answer_ent and _person_overlap(display, answer_ent.display)):
                continue
        else:
            if same_thing(display, answer.text) or ent.takes_the != article:
                continue
        if sf.index in ent.sentences or facts.says(sf.index, display):
            continue
        score = (2.0 if ent.kind == answer.kind else 0) + (1.5 if ent.subkind == answer.subkind else 0)
        distance = abs(facts.sentences[ent.first_sentence].sentence.paragraph - sf.sentence.paragraph)
        score += 1.0 / (1 + distance)
        if len(display.split()) == len(answer.text.split()):
            score += 0.3
        pool.append((score, ent, display))
    pool.sort(key=lambda t: (-t[0], t[1].first_sentence))
    out: list[Distractor] = []
    for _, ent, display in pool:
        if len(out) >= want:
            break
        if any((same_thing if answer.kind != "person" else _person_overlap)(display, d.text) for d in out):
            continue
        if answer.kind in ("place", "country") and any(renamed(facts, display, o) or _one_place(display, o) for o in
                                                        [answer.text] + [d.text for d in out]):
            continue  # "Edo, the city now called Tokyo": two names of one place are never two choices
        if says_same_elsewhere(facts, sf, answer, ent.first, display):
            continue
        first_sf = facts.sentences[ent.first_sentence]
        out.append(Distractor(display, _name_feedback(facts, first_sf, ent, display), True, ent.first,
                              ent.first_sentence))
    return out


#: Round 9 (issue 16): what a wrong place option must not be. A name read as a place that is a god, a people or a
#: person of the text ("as in God in February 1349", "at the headquarters ... in Bedouin", "directed the movement from
#: Ayatollah Ruhollah Khomeini"), or a place with its preposition ("Near Kadesh"), is no place a student could pick.
_NOT_PLACES = frozenset("god gods allah heaven hell paradise christ jesus buddha".split())
_PEOPLES = frozenset("""bedouin bedouins berber berbers tuareg maasai masai zulu zulus xhosa inca incas aztec aztecs
maya mayas apache apaches tewa navajo sioux cherokee comanche iroquois mohawk huron mongol mongols hun huns goth
goths visigoths vandals vikings viking celts franks saxons normans moors tatars tartars cossacks kurds arabs""".split())
_SAINTLY = frozenset("st st. saint san santa sao são fort mount port cape lake".split())  # "St. Catharines" is a place
_PREPOSITIONS = frozenset("near in at from to by after before until outside inside beyond across towards toward "
                          "around off".split())
_HOLDS_A_PLACE = re.compile(r"\b(?:town|city|village|port|capital)\s+of\s+[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*){0,2}\s*,"
                            r"\s+(?:in\s+)?(?:the\s+)?$")
#: Last words that make a name a place or a building, never a person ("the Soldiers' National Cemetery").
_PLACE_NOUNS = frozenset("""cemetery cathedral church chapel abbey monastery palace castle fortress fort temple mosque
shrine tomb museum library bridge street lane road square park garden gardens harbour harbor ashram hall house
tower gate wall stadium station building""".split())


_COMPARED_TO = re.compile(r"(?:\bcompared\s+(?:[\w’'-]+\s+){1,4}?(?:to|with)|\blike|\ba\s+(?:new|second)|\banother)\s+$")


_PLACE_BEFORE = re.compile(r"(?:\b(?:in|at|near)\s+|\bfrom\s+the\s+|\b(?:man|woman|chief|native|noble|nobleman|merchant|"
                           r"family|people)\s+from\s+)$", re.IGNORECASE)


def _a_place_by_its_words(facts: Facts, ent: Entity) -> bool:
    """A "person" the text names once, right after words that take a place ("a chief from the Mani", "a Greek from
    Corfu", "born in Tarsus"): no one to offer as a person."""
    if len(ent.sentences) != 1 or ent.first is None:
        return False
    before = facts.sentences[ent.first_sentence].text[max(0, ent.first.start - 30):ent.first.start]
    if _PLACE_BEFORE.search(before):
        return True
    people = re.search(r"\b([A-Z][a-z]+)\s+from\s+$", before)
    return people is not None and people.group(1).lower() in lexicon.NATIONALITIES


def place_read_as_person(facts: Facts, m: extract.Mention) -> bool:
    """A mention read as a person that ``_a_place_by_its_words`` shows to be a place ("a chief from the Mani"):
    asked as "a person's name" it would be labelled wrong, offered it is of the wrong kind."""
    if m.kind != "person":
        return False
    ent = facts.entity(m)
    return ent is not None and _a_place_by_its_words(facts, ent)


def _only_a_comparison(facts: Facts, ent: Entity) -> bool:
    """A person the text names only to compare someone with ("compared Nasser to Mussolini", "a new Napoleon")."""
    if len(ent.sentences) != 1 or ent.first is None:
        return False
    text = facts.sentences[ent.first_sentence].text
    return bool(_COMPARED_TO.search(text[max(0, ent.first.start - 60):ent.first.start]))


AGE_GAP = 40  # years between the time of a sentence and every time a person appears in: another age


def _story_years(facts: Facts) -> list[int | None]:
    """The year each sentence tells of: the last year a date of it or of a sentence before it gives."""
    key = ("distractors", "story years")
    if key not in facts.memo:
        years: list[int | None] = []
        last: int | None = None
        for sf in facts.sentences:
            for m in sf.dates:
                sort = m.extra.get("sort")
                if sort and sort[0] and m.granularity not in ("relative", "range", "decade"):
                    last = sort[0]
            years.append(last)
        facts.memo[key] = years
    return facts.memo[key]


def _of_another_age(facts: Facts, index: int, ent: Entity) -> bool:
    """Every sentence naming the person tells of a time more than AGE_GAP years from the sentence asked about."""
    years = _story_years(facts)
    here = years[index]
    theirs = [y for y in (years[i] for i in ent.sentences) if y is not None]
    if here is None or not theirs or len(theirs) != len(ent.sentences):
        return False
    return all(abs(y - here) > AGE_GAP for y in theirs)


def _place_noun_last(name: str) -> bool:
    words = textnorm.fold(name).split()
    return len(words) >= 2 and words[-1] in _PLACE_NOUNS


def _person_name_words(facts: Facts) -> frozenset[str]:
    key = ("distractors", "person words")
    if key not in facts.memo:
        words: set[str] = set()
        for ent in facts.entities.values():
            if ent.kind == "person" and facts.sure(ent.first):
                words |= {w for w in textnorm.fold(ent.display).split() if len(w) > 2 and w not in lexicon.TITLES}
        facts.memo[key] = frozenset(words)
    return facts.memo[key]


def _could_be_place(facts: Facts, display: str, person_words: frozenset[str]) -> bool:
    words = textnorm.fold(display).split()
    if not words or words[0] in _PREPOSITIONS or (len(words) == 1 and (words[0] in _NOT_PLACES or words[0] in _PEOPLES)):
        return False
    if words[0] in lexicon.TITLES and words[0] not in _SAINTLY and len(words) > 1:
        return False  # "Ayatollah Ruhollah Khomeini", "King Muwatalli"
    if _place_sort(facts, display) is None and words[-1] in person_words and words[-1] not in lexicon.PLACES and \
            display.lower() not in lexicon.COUNTRIES:
        return False  # "Túpac Amaru" (the Inca ruler, and a place only by a misreading)
    return True


def renamed(facts: Facts, a: str, b: str) -> bool:
    """The text gives both names to one place ("Edo, the city now called Tokyo")."""
    from .swaps import names_one_place

    return names_one_place(facts, a, b)


#: Places known by two names in history (round 10: set 9 offered "Constantinople" and "Istanbul" as two wrong
#: cities for Rome): two names of one place are never two choices, whether or not the text says so.
_ONE_PLACE = [frozenset(textnorm.fold(n) for n in g.split("|")) for g in (
    "constantinople|istanbul|byzantium", "edo|tokyo", "peking|beijing", "nanking|nanjing", "canton|guangzhou",
    "bombay|mumbai", "calcutta|kolkata", "madras|chennai", "batavia|jakarta", "new amsterdam|new york",
    "petrograd|leningrad|st petersburg|saint petersburg", "stalingrad|volgograd|tsaritsyn", "saigon|ho chi minh city",
    "leopoldville|kinshasa", "salisbury|harare", "danzig|gdansk", "konigsberg|kaliningrad",
    "tenochtitlan|mexico city", "ceylon|sri lanka", "persia|iran", "siam|thailand", "burma|myanmar",
    "gold coast|ghana", "rhodesia|zimbabwe", "formosa|taiwan", "londinium|london", "lutetia|paris", "eboracum|york",
    "christiania|oslo", "smyrna|izmir", "angora|ankara", "kyiv|kiev")]


def _the_heading(facts: Facts, name: str) -> bool:
    """The name is the text's title, the thing the whole text is about ("Hagia Sophia" under "Hagia Sophia")."""
    heading = textnorm.fold(re.split(r"[:(–—-]", facts.doc.heading or "")[0])
    return bool(heading) and textnorm.fold(name) == heading


def _one_place(a: str, b: str) -> bool:
    fa, fb = textnorm.fold(a), textnorm.fold(b)
    return fa != fb and any(fa in g and fb in g for g in _ONE_PLACE)


#: Places that hold others (round 11: set 10 offered "Britain" beside the key "England"): the whole and its parts
#: are never two choices, for a statement of one is true of the other ("landlords who lived in Britain").
_NESTED_PLACES = [(frozenset(textnorm.fold(n) for n in whole.split("|")), frozenset(textnorm.fold(n) for n in part.split("|")))
                  for whole, part in (
    ("britain|great britain|united kingdom|the united kingdom|uk|british isles", "england|scotland|wales|london|"
     "edinburgh|ulster|northern ireland"),
    ("netherlands|the netherlands", "holland|amsterdam"), ("spain", "castile|aragon|andalusia|granada|madrid"),
    ("germany", "prussia|bavaria|saxony|berlin"), ("soviet union|ussr", "russia|ukraine|moscow"),
    ("united states|america|usa|the united states", "new york|virginia|massachusetts|california|texas"),
    ("italy", "piedmont|sardinia|sicily|rome|tuscany|venice|naples|lombardy"))]


def nested_places(a: str, b: str) -> bool:
    """One place holds the other, or both name the same whole (``_NESTED_PLACES``)."""
    fa, fb = textnorm.fold(a), textnorm.fold(b)
    if fa == fb:
        return False
    return any((fa in whole and fb in part) or (fb in whole and fa in part) or (fa in whole and fb in whole)
               for whole, part in _NESTED_PLACES)


#: Sorts of place a distractor must share with the answer: a city for a city, a region for a region, a country
#: for a country, a continent for a continent (a country stands beside a city nowhere in one frame).
_PLACE_GROUP = {"city": "city", "region": "region", "country": "country", "continent": "continent", "site": "site",
                "water": "water", "feature": "feature", "line": "line", "body": "body"}



#: the word right after a name that says the person's sex ("Anna Murray, a free Black woman from Baltimore")
_SAID_SEX = re.compile(r"^\s*,\s+(?:(?:a|an|the|his|her)\s+)?(?:[\w-]+\s+){0,3}?(?P<w>woman|girl|wife|widow|daughter|"
                       r"mother|sister|queen|lady|man|boy|husband|son|father|brother|king)\b", re.IGNORECASE)
_FEMALE_WORDS = frozenset("woman girl wife widow daughter mother sister queen lady".split())


def _said_sex(sf: SentenceFacts, answer: extract.Mention) -> str:
    """The sex the words after a person's name give ("_____, a free Black woman"), or ""."""
    if answer.kind != "person":
        return ""
    said = _SAID_SEX.match(sf.text[answer.end:answer.end + 50])
    if not said:
        return ""
    return "f" if said.group("w").lower() in _FEMALE_WORDS else "m"


def _an_office(name: str) -> bool:
    """A name that ends on a title word ("United States Marshal", "the Lord Chancellor"): an office, not a person."""
    words = textnorm.fold(name).split()
    return len(words) >= 2 and words[-1] in lexicon.TITLES and not _given_sex(name)  # "Maurice Bishop" is a man


def _title_sex(answer: extract.Mention) -> str:
    """The sex a title outside the blank gives ("Sir _____" is a man), or ""."""
    title = answer.extra.get("title", "")
    words = title.lower().split()
    if not words or answer.kind != "person":
        return ""
    return "m" if words[-1] in lexicon.MALE_TITLES else "f" if words[-1] in lexicon.FEMALE_TITLES else ""


_RELATION_SEX = {**{w: "f" for w in "daughter wife mother sister niece granddaughter queen widow aunt".split()},
                 **{w: "m" for w in "son husband father brother nephew grandson king uncle".split()}}


def _known_sex(facts: Facts, ent: Entity) -> str:
    """The sex the text shows a person to be: by a given name, or by the "he"/"she" that stands for them."""
    by_given = _given_sex(ent.display)
    if by_given:
        return by_given
    sexes = facts.memo.get("sexes")
    if sexes is None:
        from .phrasing import antecedent

        sexes = {}
        for sf in facts.sentences:
            ante = antecedent(facts, sf)
            if ante is not None:
                sexes.setdefault(ante.name, "m" if ante.pronoun.lower() in ("he", "him", "his") else "f")
        facts.memo["sexes"] = sexes
    return sexes.get(ent.display, "") or (sexes.get(ent.short, "") if ent.short else "")


def _frame_sort(sf: SentenceFacts, answer: extract.Mention) -> str | None:
    """The sort of place the words before the blank state ("the island of _____", "the city of _____"), or None."""
    from .swaps import PLACE_SORTS

    found = re.search(r"\b([a-z]+)\s+of\s+(?:the\s+)?$", sf.text[max(0, answer.start - 30):answer.start])
    return PLACE_SORTS.get(found.group(1)) if found else None


def _place_sort(facts: Facts, name: str) -> str | None:
    from .swaps import place_sort

    return place_sort(facts, name)


def _text_titles(facts: Facts, name: str) -> set[str]:
    """The titles the text puts before a name or its first or last word ("King Philip II", "Pope Innocent")."""
    from .swaps import titles_of

    return {t.rstrip(".") for t in titles_of(facts, name)}


def _other_title(answer: extract.Mention, other: extract.Mention) -> bool:
    """Both names carry a title outside the name, and not the same one ("Sir Charles" for "Dr. Kwame")."""
    a, b = answer.extra.get("title", "").lower().split(), other.extra.get("title", "").lower().split()
    return bool(a) and bool(b) and a[-1].rstrip(".") != b[-1].rstrip(".")


def _given_sex(name: str) -> str:
    words = [w for w in textnorm.fold(name).split() if w not in lexicon.TITLES]
    if not words:
        return ""
    first = words[0]
    return "m" if first in lexicon.MALE_NAMES else "f" if first in lexicon.FEMALE_NAMES else ""


def _names_a_neighbour(facts: Facts, answer_key: str, display: str) -> bool:
    """A distractor named after a place the text puts next to the answer may be the answer itself."""
    near = facts.memo.get(("near", answer_key))
    if near is None:
        near = set()
        ent = facts.entities.get(answer_key)
        for i in ent.sentences if ent else ():
            for m in facts.sentences[i].names:
                if m.kind in ("place", "country") and (m.key or m.text).lower() != answer_key:
                    near.add(m.text.lower())
        facts.memo[("near", answer_key)] = near
    words = f" {display.lower()} "
    return any(f" {n} " in words for n in near)


def _antecedent_of(facts: Facts, sf: SentenceFacts):
    from .phrasing import antecedent

    return antecedent(facts, sf)


def _about(facts: Facts, sf: SentenceFacts) -> set[str]:
    """The person a "she"/"he" of this sentence stands for: never a distractor in it."""
    from .phrasing import antecedent

    ante = antecedent(facts, sf)
    if ante is None:
        return set()
    return {ante.name.lower()} | {k for k, v in facts.people.items() if v == ante.name for k in (k.lower(),)}


def _relation_noun(sf: SentenceFacts, answer: extract.Mention) -> str | None:
    if answer.kind != "person":
        return None
    m = re.search(r"\b([a-z]+)\s*,?\s*$", sf.text[:answer.extra.get("title_start", answer.start)])
    return m.group(1) if m and m.group(1) in extract.PERSON_NOUNS else None


def _has_relation(facts: Facts, ent: Entity, noun: str) -> bool:
    for i in ent.sentences:
        sf = facts.sentences[i]
        for m in sf.names:
            if (m.key or m.text).lower() == ent.key and _relation_noun(sf, m) == noun:
                return True
    return False


def _name_feedback(facts: Facts, first_sf: SentenceFacts, ent: Entity, display: str) -> str:
    role = next((r for sf in facts.sentences for r in sf.roles
                 if (r.person.key or r.person.text).lower() == ent.key and r.pattern != "title"), None)
    if role is not None:
        return f"Not here: in the text, {display} is {_role_phrase(role)}."
    m = ent.first
    return f"Not here: the text names {display} elsewhere (“{snippet(first_sf.text, m.start, m.end, 7)}”)."


def _role_phrase(role: extract.Role) -> str:
    text = role.text
    if role.pattern == "relative":
        return f"the one who {text}"
    return text


# --------------------------------------------------------------------------- dates


def render_date(d: textnorm.PartialDate, like: extract.Mention, period: str | None = None) -> str:
    month_name = _MONTH_NAMES[d.month - 1] if d.month else ""
    day_first = bool(re.match(r"^\d", like.text))
    g = like.granularity
    if g == "year" or (d.month is None and d.year is not None and g not in ("period",)):
        return str(d.year)
    if g == "month_year":
        return f"{month_name} {d.year}"
    # the day written the way the answer writes it: "29th of November" takes "20th of November", not "20 November"
    shape = re.match(r"^(?:the\s+)?\d+(?P<suffix>st|nd|rd|th)?\s+(?P<of>of\s+)?", like.text, re.IGNORECASE)
    day = str(d.day)
    if shape and shape.group("suffix"):
        day = _ordinal(d.day) if d.day else day
    if shape and shape.group("of"):
        day += " of"
    if not day_first and rx(rf"^{month_name}\s+\d+(?:st|nd|rd|th)\b").match(like.text) and d.day:
        day = _ordinal(d.day)  # "November 29th"
    if g == "month_day":
        return f"{day} {month_name}" if day_first else f"{month_name} {day}"
    if g == "full":
        return f"{day} {month_name} {d.year}" if day_first else f"{month_name} {day}, {d.year}"
    return like.text


def _ordinal(n: int) -> str:
    suffix = "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suffix}"


_MONTH_NAMES = ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
                "November", "December")
_PERIODS = ("early", "mid", "late")
_SEASONS = ("spring", "summer", "autumn", "winter")


#: "from" or "between" with a hedge before a date: "ruled from about 1720 to _____" is a span as "from 1720" is
_SPAN_OPENER = re.compile(r"\b(?:from|between)\s+(?:about|around|roughly|approximately|circa|c\.|some|perhaps|"
                          r"probably|the\s+year)\s*$", re.IGNORECASE)


def date_distractors(facts: Facts, sf: SentenceFacts, answer: extract.Mention, want: int = 3,
                     made_up: int = 0) -> list[Distractor]:
    """Wrong dates for ``answer``: the text's first, then made-up ones, ``want`` in all; ``made_up`` more made-up ones
    after those (a false statement's other makings, round 22)."""
    if answer.granularity not in ("full", "month_day", "month_year", "year", "period"):
        return []
    from .swaps import breaks_date_order, year_named_again

    if year_named_again(sf, answer):
        return []  # "on _____ Fante chiefs signed the Bond of 1844": the name gives the year away
    direction = _direction(answer.prep)
    if direction == "later":
        # "After November 1989 the border could not be closed again": a later date is as true (a state holds on),
        # and for an event ("after 1950 he moved") an earlier one is: no wrong choice is surely wrong
        return []
    a_sort = answer.extra.get("sort", (0, 0, 0))
    out: list[Distractor] = []
    seen: set[str] = {answer.text.lower()}
    # "between _____ and 1933" / "from 1929 to _____": a wrong choice must still make a span (1934 cannot start it)
    bounds = [m for m in sf.dates if m is not answer and m.extra.get("sort")]

    def opens_span(m: extract.Mention) -> bool:  # "from 1929", "between 1929", "from about 1720" (round 21)
        return m.prep in ("between", "from") or \
            _SPAN_OPENER.search(sf.text[max(0, m.start - 30):m.start]) is not None
    span_end = next((m.extra["sort"] for m in bounds if opens_span(answer) and
                     re.match(r"\s*(?:and|to|until|-|–)\s*$", sf.text[answer.end:m.start])), None)
    span_start = next((m.extra["sort"] for m in bounds if
                       re.match(r"^\s*(?:and|to|until|-|–)\s*$", sf.text[m.end:answer.start]) and opens_span(m)),
                      None)

    def ok(sort: tuple[int, int, int], rendered: str, candidate: extract.Mention | None) -> bool:
        if rendered.lower() in seen or not rendered:
            return False
        if span_end is not None and not sort < span_end or span_start is not None and not sort > span_start:
            return False
        if span_start is not None and a_sort[0] > span_start[0] and \
                sort[0] - span_start[0] > 2 * (a_sort[0] - span_start[0]) + 10:
            return False  # "ruled from about 1720 to _____" (1750): not 1874, a reign of 154 years (round 21)
        if span_end is not None and span_end[0] > a_sort[0] and \
                span_end[0] - sort[0] > 2 * (span_end[0] - a_sort[0]) + 10:
            return False
        if direction == "earlier" and not sort < a_sort:
            return False
        if direction == "later" and not sort > a_sort:
            return False
        if sort == a_sort:
            return False
        parsed = textnorm.parse_date(rendered)
        if parsed is not None and answer.date is not None and parsed == answer.date:
            return False
        if _in_sentence(facts, sf, candidate, rendered):
            return False
        if candidate is not None and answer.granularity == "full" and candidate.granularity == "full" and \
                abs((sort[0] - a_sort[0]) * 372 + (sort[1] - a_sort[1]) * 31 + sort[2] - a_sort[2]) <= 10:
            return False  # "17 August 1945" (the proclamation) for "15 August 1945": a near miss, not a fact
        if after_bound is not None and not sort > after_bound or before_bound is not None and not sort < before_bound:
            return False  # "After Louis died in 840, ... the Treaty of Verdun in _____": 814 is ruled out by the sentence
        if answer.granularity == "year" and rendered in _title_years(facts):
            # "The Six-Day War of 1967" over "closed until _____" (1975): a year the title gives the text's own
            # event is no wrong option a student must rule out by reading (round 23, set 22)
            return False
        if hedged and abs(sort[0] - a_sort[0]) < HEDGED_OPTION_GAP:
            return False  # "between about AD 600 and _____" (1200): 1191 or 1212 is "about 1200" too (round 23)
        if breaks_date_order(sf, answer, sort, own_year=True):
            # "allowed to return in 1924, and in _____" (1935): not 1900 or 1921; "in _____ and 1924" (1921): not
            # 1954. An option on the other side of another date of the sentence is ruled out by its order (round 22)
            return False
        return not says_same_elsewhere(facts, sf, answer, candidate, rendered)

    after_bound, before_bound = _after_lead_bound(sf, answer)
    hedged = _hedged(sf, answer, bounds, opens_span)

    # dates the text gives for other things, written the way the answer is written
    text_dates = []
    for other_sf, m in facts.mentions("date"):
        if other_sf.index == sf.index or m.granularity in ("range", "decade", "relative", "year_bc"):
            continue
        rendered = _render_like(m, answer)
        if rendered is None:
            continue
        sort = m.extra.get("sort", (0, 0, 0))
        text_dates.append((abs(other_sf.sentence.paragraph - sf.sentence.paragraph), other_sf, m, rendered, sort))
    text_dates.sort(key=lambda t: (t[0], t[1].index))
    life = _life_end(sf, answer)
    for _, other_sf, m, rendered, sort in text_dates:
        if len(out) >= want:
            break
        if not ok(sort, rendered, m):
            continue
        if life and (_LIFE_END_WORDS[_OTHER_END[life]].search(other_sf.text) or abs(sort[0] - a_sort[0]) > 20):
            continue  # "she died on _____": not the day she was born, nor a date of her early life
        seen.add(rendered.lower())
        label = event_label(facts, other_sf, m) if _direction(m.prep) == "" else None
        feedback = (f"Not this one: {rendered} is when {_lower_first(label)}." if label and is_clause(label) else
                    f"Not this one: {rendered} is the date of {_lower_first(label)}." if label else
                    f"Not this one: the text gives {rendered} for something else (“{snippet(other_sf.text, m.start, m.end, 7)}”).")
        out.append(Distractor(rendered, feedback, True, m, other_sf.index))
    text_sorts = [d.mention.extra.get("sort", (0, 0, 0)) for d in out if d.mention is not None]
    if key_stands_out(a_sort, text_sorts):
        # "until _____ (1997)" among 1839, 1840, 1842: keep the nearest one from the text, invent the rest near the key
        out = sorted(out, key=lambda d: abs(d.mention.extra.get("sort", (0, 0, 0))[0] - a_sort[0])
                     if d.mention is not None else 0)[:1]
        seen = {answer.text.lower()} | {d.text.lower() for d in out}
    for sort, rendered in _shifted_dates(answer, _year_shown_elsewhere(facts, sf, answer), hedged):
        if len(out) >= want + made_up:
            break
        if ok(sort, rendered, None):
            seen.add(rendered.lower())
            out.append(Distractor(rendered, f"The text does not give {rendered} here; it says {answer.text}.", False))
    return out


#: Round 23 (issue 16): how near a wrong year may be to a hedged one ("about 1200", "between about 600 and 1200"):
#: a year within it is "about" the key as well (set 17's Chichen Itza offered 1191 and 1212 for "about 1200").
HEDGED_OPTION_GAP = 25
#: The made-up years of a hedged key: far enough that no "about" covers them (a round hundred, "about 1200", is
#: hedged by decades, so its options are a century or more away; "around 1473" by a few years).
HEDGED_SHIFTS = (-30, 40, -50, 60, -75, 90)
HEDGED_ROUND_SHIFTS = (-100, 150, -200, 250, -300)
_HEDGE_BEFORE = re.compile(r"\b(?:about|around|roughly|approximately|circa|c\.|some|perhaps|probably)\s+(?:the\s+year\s+)?"
                           r"(?:AD\s+)?$", re.IGNORECASE)

_HEDGED_SPAN_BEFORE = re.compile(r"\b(?:between|from)\s+(?:about|around|roughly|approximately|circa|c\.|some)\s+"
                                 r"(?:AD\s+)?\d{1,4}(?:\s+(?:AD|CE))?\s*(?:and|to|until|-|–)\s*$", re.IGNORECASE)


def _hedged(sf: SentenceFacts, answer: extract.Mention, bounds: list[extract.Mention], opens_span) -> bool:
    """A year written with a hedge ("about 1200"), or closing a span whose start is hedged ("between about AD 600
    and 1200": the "about" is said of both ends)."""
    if answer.granularity != "year":
        return False
    before = sf.text[max(0, answer.start - 50):answer.start]
    if _HEDGE_BEFORE.search(before) or _HEDGED_SPAN_BEFORE.search(before):
        return True
    return any(m.end <= answer.start and re.match(r"^\s*(?:and|to|until|-|–)\s*(?:AD\s+)?$", sf.text[m.end:answer.start])
               and opens_span(m) and _HEDGE_BEFORE.search(sf.text[max(0, m.start - 30):m.start]) is not None
               for m in bounds)


def across_shown_dates(shown: SentenceFacts, answer: extract.Mention, option: Distractor) -> bool:
    """Whether a date option lies on the other side of a date that the sentence shown before the asked one writes
    with its own year than the key does ("… the Twelve Years' Truce from 1609 to 1621. It finally ended … in
    _____" (1648): not 1579 or 1585). Round 22 kept a date's options on the key's side of the other dates of its
    own sentence; the sentence shown for context is read the same way (round 23, set 22)."""
    if answer.kind != "date" or answer.granularity not in ("full", "month_year", "year"):
        return False
    key = answer.extra.get("sort")
    if option.mention is not None and option.mention.extra.get("sort"):
        sort = option.mention.extra["sort"]
    else:
        found = extract.find_dates(option.text)
        sort = found[0].extra.get("sort") if found else None
    if not key or not sort:
        return False
    for m in shown.dates:
        other = m.extra.get("sort")
        if not other or m.granularity not in ("full", "month_year", "year") or other[0] == key[0]:
            continue
        if (key > other) != (sort > other):
            return True
    return False


def _title_years(facts: Facts) -> frozenset[str]:
    """The years the title writes (``builders.title_years``, the same memo)."""
    if "title_years" not in facts.memo:
        facts.memo["title_years"] = frozenset(re.findall(r"(?<![\d.,])\d{3,4}(?![\d.,]\d|\d)", facts.doc.heading or ""))
    return facts.memo["title_years"]


def _after_lead_bound(sf: SentenceFacts, answer: extract.Mention) -> tuple[tuple[int, int, int] | None, ...]:
    """(lower, upper) bound for a date option in a sentence led by "After ..., " with a date in that lead ("After
    Louis died in 840, his sons ... the Treaty of Verdun in 843"): what the rest dates happened after the lead's date,
    so an option on the wrong side of the other date is ruled out by the sentence alone."""
    lead = re.match(r"\s*After\b[^,;]*,", sf.text)
    if lead is None:
        return None, None
    inside = answer.end <= lead.end()
    sorts = [m.extra["sort"] for m in sf.dates if m is not answer and (m.end <= lead.end()) != inside
             and m.extra.get("sort") and m.granularity not in ("relative", "range", "decade")]
    if not sorts:
        return None, None
    return (None, min(sorts)) if inside else (max(sorts), None)


_LIFE_END_WORDS = {"death": re.compile(r"\b(?:died|dies|death|killed|executed)\b"),
                   "birth": re.compile(r"\b(?:born|birth)\b")}
_OTHER_END = {"death": "birth", "birth": "death"}


def _life_end(sf: SentenceFacts, answer: extract.Mention) -> str:
    """"death" when the key is the date someone died ("she died on _____"), "birth" when born, else ""."""
    before = " ".join(sf.text[:answer.start].split()[-4:])
    for end, words in _LIFE_END_WORDS.items():
        if words.search(before):
            return end
    return ""


def _lower_first(text: str) -> str:
    words = text.split()
    if words and words[0] in ("The", "A", "An"):
        return words[0].lower() + text[len(words[0]):]
    return text


def _direction(prep: str) -> str:
    """'by 1950': only earlier dates are surely false; 'after 1950': only later ones."""
    if prep in ("by", "before", "until", "till", "prior"):
        return "earlier"
    if prep in ("after", "since"):
        return "later"
    return ""


def _render_like(m: extract.Mention, answer: extract.Mention) -> str | None:
    d = m.resolved or m.date
    if d is None:
        return None
    g = answer.granularity
    if g == "year":
        return str(d.year) if d.year and m.granularity != "period" else None
    if g == "month_year":
        return render_date(d, answer) if d.year and d.month and m.granularity in ("full", "month_year") else None
    if g == "month_day":
        a = answer.resolved
        if not (d.month and d.day) or m.granularity not in ("full", "month_day"):
            return None
        if a is not None and a.year and d.year and a.year != d.year:
            return None
        return render_date(d, answer)
    if g == "full":
        return render_date(d, answer) if d.year and d.month and d.day and m.granularity == "full" else None
    if g == "period":
        return m.text if m.granularity == "period" and _period_shape(m) == _period_shape(answer) else None
    return None


def _period_shape(m: extract.Mention) -> str:
    t = m.text.lower()
    if any(s in t for s in _SEASONS + ("fall",)):
        return "season"
    return "period_month" if re.search(r"[a-z]+\s+[A-Za-z]+", m.text) and not re.search(r"\d", m.text) else "other"


#: How far an invented year lies from the key: never one year or a few days off (a near miss a student cannot rule out
#: by the text, rated a fault on set 5), and not in a tidy step either (1883, 1893, 1903 shows the middle one).
YEAR_SHIFTS = (-9, 12, -15, 7, 20)
#: The nearest an invented year may be to the key.
MIN_INVENTED_GAP = min(abs(dy) for dy in YEAR_SHIFTS)


def _year_shown_elsewhere(facts: Facts, sf: SentenceFacts, answer: extract.Mention) -> bool:
    """A full date's year written in the title or in another sentence of the text ("The Fall of Constantinople in
    1453" above "The siege began on _____"): options that differ from the key only by their year give it away."""
    d = answer.resolved or answer.date
    if answer.granularity != "full" or d is None or not d.year:
        return False
    if re.search(rf"(?<!\d){d.year}(?!\d)", facts.doc.heading or ""):
        return True
    if "year_sentences" not in facts.memo:  # each year of the text and the sentences that give it, read once
        where: dict[int, set[int]] = {}
        for x in facts.sentences:
            for m in x.dates:
                if (year := getattr(m.resolved or m.date, "year", None)) is not None:
                    where.setdefault(year, set()).add(x.index)
        facts.memo["year_sentences"] = where
    return bool(facts.memo["year_sentences"].get(d.year, set()) - {sf.index})


#: Round 19: the months a full date's options move to, when its year is shown elsewhere (kept in the same year).
MONTH_SHIFTS = (-3, 2, -5, 4, 6)
_MONTH_DAYS = (31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31)


def _shifted_dates(answer: extract.Mention, same_year: bool = False,
                   hedged: bool = False) -> list[tuple[tuple[int, int, int], str]]:
    """Invented dates for a key, written like it: the same day and month in a year well away from the key. A key
    with no year ("16 June") or a part of a month ("early May") gets none: any other day or month near it is a near
    miss, and one far off is absurd for the frame. With ``same_year`` (the key's year is shown elsewhere, round 19:
    sets 12, 14 and 17), a full date's options keep its day and year and move its month by two or more ("27 May
    1883" for "27 August 1883"), a fact of the text's own year that only the reading settles."""
    d = answer.resolved or answer.date
    if d is None:  # a date mention always has its date
        return []
    g = answer.granularity
    y, mo, da = (d.year or 0), (d.month or 0), (d.day or 0)
    if not y or g not in ("year", "month_year", "full") or (g != "year" and not mo) or (g == "full" and not da):
        return []
    if g == "month_year" and answer.date is not None and answer.date.year is None:
        return []  # "in May" with the year only from the sentences around: no year to shift on the page
    out = []
    if same_year and g == "full":
        for dm in MONTH_SHIFTS:
            nm = mo + dm
            if 1 <= nm <= 12 and da <= _MONTH_DAYS[nm - 1] and not (nm == 2 and da == 29):
                out.append(((y, nm, da), render_date(textnorm.PartialDate(y, nm, da), answer)))
        return out
    for dy in (HEDGED_ROUND_SHIFTS if y % 100 == 0 else HEDGED_SHIFTS) if hedged else YEAR_SHIFTS:
        ny = y + dy
        if ny > _THIS_YEAR or ny < 1:
            continue
        if g == "year":
            out.append(((ny, 0, 0), str(ny)))
        elif g == "month_year":
            out.append(((ny, mo, 0), render_date(textnorm.PartialDate(ny, mo), answer)))
        else:
            out.append(((ny, mo, da), render_date(textnorm.PartialDate(ny, mo, da), answer)))
    return out


_THIS_YEAR = datetime.date.today().year


def key_stands_out(key: tuple[int, int, int], others: list[tuple[int, int, int]]) -> bool:
    """The key is alone in its age among the options: "1997" among 1839, 1840, 1842 is picked by its century, not
    by reading. True when every other option lies on one side, far beyond the spread among themselves."""
    years = [o[0] for o in others if o[0]]
    if len(years) < 2 or not key[0]:
        return False
    gap = min(abs(key[0] - y) for y in years)
    spread = max(years) - min(years)
    one_side = all(y < key[0] for y in years) or all(y > key[0] for y in years)
    return one_side and gap > 25 and gap > 3 * max(spread, 1)


# --------------------------------------------------------------------------- numbers

_WORDS = ("zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen "
          "seventeen eighteen nineteen twenty").split()
_TENS = {30: "thirty", 40: "forty", 50: "fifty", 60: "sixty", 70: "seventy", 80: "eighty", 90: "ninety"}
_FRACTION_WORDS = [(1 / 3, "one-third"), (0.5, "half"), (2 / 3, "two-thirds"), (0.25, "a quarter"),
                   (0.75, "three-quarters")]


def render_number(value: float, like: extract.Mention) -> str | None:
    text = like.text
    if like.subkind == "fraction":
        return next((w for v, w in _FRACTION_WORDS if abs(v - value) < 1e-9), None)
    words = re.findall(r"[A-Za-z]+", text)
    scale_word = next((w for w in words if w.lower() in ("million", "billion", "thousand")), None)
    is_words = bool(words) and not re.search(r"\d", text)
    prefix = "$" if text.startswith("$") else ""
    if is_words:
        if scale_word:
            scale = {"million": 1e6, "billion": 1e9, "thousand": 1e3}[scale_word.lower()]
            n = value / scale
            return f"{_number_words(n)} {scale_word}" if _number_words(n) else None
        return _number_words(value)
    if scale_word:
        scale = {"million": 1e6, "billion": 1e9, "thousand": 1e3}[scale_word.lower()]
        n = value / scale
        decimals = len(text.split(".")[1].split()[0]) if "." in text else 0
        return f"{prefix}{n:.{decimals}f} {scale_word}" if n > 0 else None
    if value != int(value):
        decimals = len(text.split(".")[1]) if "." in text else 1
        return f"{prefix}{value:.{decimals}f}"
    if "," in text or value >= 10000:
        return f"{prefix}{int(value):,}"
    return f"{prefix}{int(value)}"


def _number_words(n: float) -> str | None:
    if n != int(n):
        return None
    n = int(n)
    if 0 <= n <= 20:
        return _WORDS[n]
    if n in _TENS:
        return _TENS[n]
    if 20 < n < 100 and n // 10 * 10 in _TENS:
        return f"{_TENS[n // 10 * 10]}-{_WORDS[n % 10]}"
    if n == 100:
        return "a hundred"
    return None


def _nice(value: float, like: float) -> float:
    """Round a made-up value to the precision the answer is written with."""
    if value <= 0:
        return value
    if like == int(like):
        digits = len(str(int(like)).rstrip("0")) or 1
        digits = max(1, min(digits, len(str(int(value)))))
        magnitude = 10 ** (len(str(int(round(value)))) - digits)
        return float(int(round(value / magnitude)) * magnitude) if magnitude >= 1 else float(round(value))
    return round(value, 1)


def number_distractors(facts: Facts, sf: SentenceFacts, answer: extract.Mention, want: int = 3) -> list[Distractor]:
    v = answer.value
    if v is None or answer.low is not None:
        return []
    out: list[Distractor] = []
    seen = {v}

    # "within ten years": a bigger span is true as well, so only smaller ones are wrong (round 13)
    bound = answer.hedge or ("within" if answer.prep in ("within", "inside") else "")
    direction = _number_direction(bound)
    closeness = 0.3 if bound else 0.15
    floor, ceiling = span_bounds(sf, answer)
    measure = measure_word(sf, answer)
    year_like = _year_like(sf, answer)
    parts = _PARTS.get((answer.unit or "").lower(), 0)

    def acceptable(value: float, rendered: str | None, candidate: extract.Mention | None) -> bool:
        if rendered is None or value <= 0 or value in seen:
            return False
        if (floor is not None and value <= floor) or (ceiling is not None and value >= ceiling):
            return False  # "between 3,000 and _____": an option of 2,000 makes no range at all
        if year_like and value > _THIS_YEAR:
            return False  # "In April _____" (799): a year to come is no option
        # "more than two million": one million would be true as well, so only larger numbers
        if (direction == "larger" and value <= v) or (direction == "smaller" and value >= v):
            return False
        if answer.subkind != "fraction" and v and abs(value - v) / v < closeness and not year_like:
            return False
        if facts.says(sf.index, rendered) or any(m.value == value for m in sf.numbers):
            return False
        if answer.subkind == "age" and not 5 <= value <= 110:
            return False
        if parts and not 1 <= value < parts:
            return False  # "about two _____ fifths of Saxony": five fifths is the whole, no share (round 16, set 13)
        return not says_same_elsewhere(facts, sf, answer, candidate, rendered)

    # the text's other numbers that count the same thing
    for other_sf, m in facts.mentions("number"):
        if len(out) >= want:
            break
        if other_sf.index == sf.index or m.value is None or m.low is not None:
            continue
        same = (m.unit and m.unit.rstrip("s") == answer.unit.rstrip("s") and (m.subkind == "age") ==
                (answer.subkind == "age")) or (m.subkind == answer.subkind == "fraction") or (
            m.subkind == answer.subkind == "age")
        if not same or year_like != _year_like(other_sf, m):
            continue
        if v and not 0.1 <= m.value / v <= 10 or measure != measure_word(other_sf, m):
            continue  # "a tower about _____ metres high" (9): not the wall's 250 metres of length
        rendered = render_number(m.value, answer)
        if rendered is None or _number_sort_value(rendered) != m.value:
            rendered = f"{int(m.value):,}" if m.value == int(m.value) else m.text
        if not acceptable(m.value, rendered, m) or rendered in {d.text for d in out}:
            continue
        seen.add(m.value)
        out.append(Distractor(rendered, f"Not this one: the text gives {m.text} {m.unit or ''} for something else "
                                        f"(“{snippet(other_sf.text, m.start, m.end, 7)}”).".replace("  ", " "),
                              True, m, other_sf.index))
    made = [float(v + dy) for dy in YEAR_SHIFTS] if year_like else _changed_numbers(answer)
    if parts:
        # the other shares of that many parts, the nearest first: "one", "three", "four" for "two fifths"
        made = sorted((float(c) for c in range(1, parts) if c != v), key=lambda c: (abs(c - v), c))
    elif not year_like and answer.subkind not in ("fraction", "age") and answer.unit not in _ERA_UNITS:
        made = _placed_numbers(answer, made, out, want, zlib.crc32(f"{sf.text}|{answer.start}".encode()) % 4)
    for value in made:
        if len(out) >= want:
            break
        rendered = render_number(value, answer)
        if rendered is not None and acceptable(value, rendered, None) and rendered not in {d.text for d in out}:
            seen.add(value)
            out.append(Distractor(rendered, f"The text does not say {rendered}; it says {answer.text}.", False))
    return out


_ERA_UNITS = frozenset({"bce", "bc", "ce", "ad", "b.c.", "a.d."})
#: A count of equal parts ("two fifths"): its options are the other counts below the whole (round 16).
_PARTS = {"halves": 2, "thirds": 3, "quarters": 4, "fourths": 4, "fifths": 5, "sixths": 6, "sevenths": 7,
          "eighths": 8, "ninths": 9, "tenths": 10}
_SPAN_OPEN = re.compile(r"\b(?:between|from)\s+(?:about\s+|some\s+|around\s+)?$", re.IGNORECASE)
_SPAN_JOIN = re.compile(r"^\s*(?:and|to|-|–)\s*(?:about\s+|some\s+|around\s+)?$")


def span_bounds(sf: SentenceFacts, answer: extract.Mention) -> tuple[float | None, float | None]:
    """The other end of a span the number closes or opens: "between 3,000 and _____" (floor 3,000), "from _____ to
    4,000" (ceiling 4,000). An option past the other end makes no span ("between 3,000 and 2,000")."""
    floor = ceiling = None
    for n in sf.numbers:
        if n is answer or n.value is None:
            continue
        if n.end <= answer.start and _SPAN_JOIN.match(sf.text[n.end:answer.start]) and \
                _SPAN_OPEN.search(sf.text[max(0, n.start - 30):n.start]):
            floor = n.value
        if answer.end <= n.start and _SPAN_JOIN.match(sf.text[answer.end:n.start]) and \
                _SPAN_OPEN.search(sf.text[max(0, answer.start - 30):answer.start]):
            ceiling = n.value
    return floor, ceiling


#: Words after a measure that say which size it is: a height is not a length ("9 metres high", "250 metres long").
_MEASURES = {"high": "height", "tall": "height", "long": "length", "wide": "width", "broad": "width",
             "deep": "depth", "thick": "thickness", "across": "width"}


def measure_word(sf: SentenceFacts, m: extract.Mention) -> str:
    """Which size a measured number gives ("height" for "9 metres high"), or "" when the words after it do not say."""
    if not m.unit:
        return ""
    words = re.findall(r"[a-z]+", sf.text[m.end:m.end + 30])[:2]
    return next((_MEASURES[w] for w in words if w in _MEASURES), "")


_YEAR_BEFORE = re.compile(r"\b(?:(?:January|February|March|April|May|June|July|August|September|October|November|"
                          r"December)|the\s+year)\s+$")


def _year_like(sf: SentenceFacts, m: extract.Mention) -> bool:
    """A bare number written as a year ("In April 799", "in the year 800"): its options are years, never 2400."""
    unit_is_name = bool(re.match(r"\s+[A-Z]", sf.text[m.end:m.end + 3]))  # "In April 799 Leo ...": "Leo" no unit
    return (not m.unit or unit_is_name) and m.value is not None and m.value == int(m.value) and 1 <= m.value <= _THIS_YEAR and \
        bool(_YEAR_BEFORE.search(sf.text[max(0, m.start - 20):m.start]))


def _number_sort_value(text: str) -> float | None:
    found = extract.find_numbers(text + " units")
    return found[0].value if found else None


def _number_direction(hedge: str) -> str:
    if hedge in ("more than", "over", "at least", "just over"):
        return "larger"
    if hedge in ("fewer than", "less than", "under", "up to", "at most", "just under", "within"):
        return "smaller"
    return ""


def _placed_numbers(answer: extract.Mention, made: list[float], out: list[Distractor], want: int,
                    place: int) -> list[float]:
    """The made-up numbers in the order to try them, so that the key lands at ``place`` (0-3) among the sorted
    options: with halves, doubles and triples alone it was nearly always second, so a student who picked the
    second option of four was right two times in three on the seen sets (round 9, issue 16)."""
    v = answer.value or 0
    words = not re.search(r"\d", answer.text)
    if v == int(v) and v <= 12:
        lower = [v - 2, v - 3] if v > 3 else [v - 1] if v == 3 else []
        lower = [c for c in lower if c >= 2 and (not words or _number_words(c))]
    elif v == int(v) and v < 100 and words:
        lower = [c for c in (v / 2, v - 30, v / 4) if c > 1 and c == int(c) and _number_words(c)]
    else:
        lower = [_nice(v * f, v) for f in (0.5, 0.25, 0.75, 0.1) if math.isfinite(v * f)]
    lower = [c for c in dict.fromkeys(lower) if 0 < c < v]
    higher = [c for c in made if c > v]
    have_lower = sum(1 for d in out if (_number_sort_value(d.text) or 0) < v)
    need = max(0, want - len(out))
    k = max(0, min(need, place - have_lower, len(lower)))
    first = lower[:k] + higher[:need - k]
    return first + [c for c in dict.fromkeys(lower[k:] + made + higher) if c not in first]


def _changed_numbers(answer: extract.Mention) -> list[float]:
    v = answer.value or 0
    if answer.subkind == "fraction":
        return [fv for fv, _ in _FRACTION_WORDS if abs(fv - v) > 1e-9]
    if answer.subkind == "age":
        return [v - 6, v + 5, v + 12, v - 11]
    if answer.unit in _ERA_UNITS:
        return [v - 40, v + 30, v - 70, v + 60]  # "around 321 BCE": other years, not 160 or 642
    words = not re.search(r"\d", answer.text)
    if v == int(v) and v <= 12:
        cands = [v + 2, v - 2, v * 2, v + 4, v + 3] if v > 3 else [v + 1, v + 2, v + 3, v + 5]
        return [c for c in cands if c > 0 and (not words or _number_words(c))]
    if v == int(v) and v < 100:
        return [_nice(v * f, v) for f in (0.5, 2, 1.5, 3, 0.75)] if not words else \
            [c for c in (v / 2, v * 2, v + 30, v - 30) if c == int(c) and _number_words(c)]
    factors = (0.5, 2, 3, 0.25, 1.5)
    return [_nice(v * f, v) for f in factors if math.isfinite(v * f)]

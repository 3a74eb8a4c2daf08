"""Whether a draft asks a fact worth asking (issue 16, round 10).

The second fault class on unseen text after pronouns was the trivial fact (set 9: 8 of 39 drafts a teacher would
not keep): a number no lesson needs (how many miles away a farm was, "_____ minutes later" in a letter, "the _____
men" after the two men were named), a blank on the place that frames the whole text ("northern _____" in a text on
India, "_____'s factories" in a text on Europe's scramble for Africa) and a guide's words to its visitor ("Follow the
path ...", the shuttle bus). ``worth`` weighs a draft for these signals; the picker drops a draft that is not worth
asking (another takes its place) and lowers the score of one worth less.
"""

from __future__ import annotations

import re

from .. import numbers, textnorm
from . import swaps
from .builders import Draft, listed_here, people_word_shown, trivial_measure
from .facts import Facts, SentenceFacts, folded
from .rx import rx

#: A penalty at least this big means the draft is not worth asking at all: the picker leaves it out.
NOT_WORTH = 1.0


#: A guide's words to its visitor: getting there, tickets, hours, the way round the site.
_VISIT_WORDS = re.compile(
    r"\b(?:shuttle|bus(?:es)?|tickets?|car park|parking|opening hours|open (?:daily|every|from)|admission|"
    r"caf[eé]s?|toilets?|visitor cent(?:re|er)|audio[- ]guides?|gift shop|entrance fee|wheelchairs?|"
    r"allow (?:at least |about )?(?:an?|one|two|three|\d+) (?:hours?|minutes?)|numbered (?:points|stops))\b",
    re.IGNORECASE)
#: A sentence that opens with an order to the visitor ("Follow the path", "Walk down to", "Look up at")
_IMPERATIVE = re.compile(
    r"^(?:(?:Stop|Point)\s+\d+[,.:]\s+)?(?:Now|Next|Then|First|Finally|Please)?,?\s*(?:follow|take|allow|walk|turn|"
    r"look|stop|go|head|continue|enter|climb|cross|visit|buy|book|ask|note|remember|notice|keep|return|try|listen|"
    r"watch|pick|make|find|see|leave|start|begin|come|step|stand|sit|wait|use|bring|wear|check|don[’']t|do not)\b",
    re.IGNORECASE)


#: A text written for visitors: its title says so, or it welcomes or addresses its visitor.
_GUIDE_TITLE = re.compile(r"\b(?:guide|visitors?|visit|tour|museum|walk|trail|gallery|exhibition)\b", re.IGNORECASE)
_GUIDE_TEXT = re.compile(r"\b(?:[Ww]elcome to|[Vv]isitors (?:can|may|will|should)|[Ii]n front of you|"
                         r"(?:Stop|Point|Gallery|Room) \d+\b)")


def is_guide(facts: Facts) -> bool:
    """Whether the text is a guide to a site or a museum, written to its visitor."""
    if "is_guide" not in facts.memo:
        facts.memo["is_guide"] = bool(_GUIDE_TITLE.search(facts.doc.heading or "")) or \
            sum(1 for sf in facts.sentences if _GUIDE_TEXT.search(sf.text)) >= 1
    return facts.memo["is_guide"]


def visitor_sentence(facts: Facts, index: int) -> bool:
    """A guide's words to its visitor, not history: the bus, the tickets, "Follow the path around the circle"
    (an order to the visitor, when the sentence dates nothing: "Look up at the dome, rebuilt in 562" still tells
    history). Only in a guide (a text on a bus boycott talks of buses as history)."""
    if not is_guide(facts):
        return False
    memo = facts.memo.setdefault("visitor_sentences", {})
    if index not in memo:
        sf = facts.sentences[index]
        memo[index] = bool(_VISIT_WORDS.search(sf.text)) or bool(_IMPERATIVE.match(sf.text)) and not sf.dates
    return memo[index]


def _number_of(sf: SentenceFacts, d: Draft):
    """The number mention a number draft blanks."""
    value = textnorm.parse_number(d.answer) if d.answer else None
    key = folded(d.answer) if d.answer else ""
    for m in sf.numbers:
        if (value is not None and m.value == value) or (key and folded(m.text) == key):
            return m
    return None


def _swapped_number(facts: Facts, d: Draft):
    """The number a false statement swapped ("each of its two corners" for four): the one its correction shows and
    its statement does not."""
    q = d.question
    if q.get("answer") is not False or not q.get("correction"):
        return None
    said = f" {folded(q.get('prompt', ''))} "
    for m in facts.sentences[d.sentences[-1]].numbers:
        if f" {folded(m.text)} " not in said and facts.says(d.sentences[-1], m.text):
            return m
    return None


def trivial_number(facts: Facts, sf: SentenceFacts, m) -> str:
    """Why a number is not worth asking, or "": a distance "away" from the story's own ground ("a farm about twelve
    miles away"; "100 kilometres north of Kyiv" places a thing, and stays); a count the sentence then lists name by
    name after a colon ("in _____ divisions, each named after a god: Amun, Ra, Ptah and Seth"); a short span of the clock counted from
    the moment before ("_____ minutes later"); a span of one unit written singular after its blank ("Exactly _____
    year later": only "one" fits); a small count of people or things the text has already named ("The _____ men
    did not shake hands" after the two delegates, "each of its _____ corners", "the _____ texts")."""
    after = sf.text[m.end:]
    before = sf.text[:m.start]
    measure = trivial_measure(sf, m)  # one rule with the builders' (round 13)
    if measure:
        return measure
    part = _fraction_part(sf, m)
    if part:
        return part
    if re.match(r"\s+(?:o[’']clock\b|(?:past|to)\s+(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|"
                r"twelve|noon|midnight|\d{1,2})\b)", after, re.IGNORECASE) or \
            re.match(r"\s+(?:half|quarter)\b", after) and re.search(r"\b(?:at|about|around|by)\s+$", before):
        return "a time of the day"  # "at _____ past seven", "shortly after _____ o'clock"
    if m.value == 1 and not re.match(r"\s+[\w’'-]+s\b", after):
        # "Exactly _____ year later", "After _____ failure", "_____ drove right up the street": the singular (or no
        # noun at all) leaves only "one"
        return "a count of one, given by the singular after it"
    if m.value is not None and m.value == int(m.value) and 2 <= m.value <= 12 and _listed_after_colon(sf, m) == m.value:
        return "a count the sentence lists name by name"  # "_____ divisions, each named after a god: Amun, Ra, ..."
    if m.value is not None and m.value == int(m.value) and 2 <= m.value <= 12 and swaps.count_of_a_list(sf, m):
        # "_____ towns, Lübeck, Hamburg and Bremen"; "had _____ children, two sons and a daughter" (round 11)
        return "a count the sentence gives by its names or parts"
    if m.value is not None and m.value == int(m.value) and 2 <= m.value <= 12 and listed_here(sf, m) == m.value:
        # "_____ Tagish men, Skookum Jim Mason and Dawson Charlie"; "_____ pavilions ..., one for the clergy, one for
        # the guests and one for the press" (round 19)
        return "a count the sentence gives by its names or parts"
    if m.value is not None and m.value == int(m.value) and 2 <= m.value <= 6 and not m.hedge and m.low is None and \
            re.search(r"(?:^|\s)(?:the|these|those|both|its|his|her|their|each of its|each of the)\s+$", before,
                      re.IGNORECASE) and re.match(r"\s+[a-z]", after):
        n = int(m.value)
        # "the two men" after two people named just before: the count answers itself; "the two texts", "its four
        # corners": a count of things already there, no fact to learn
        named = _people_just_named(facts, sf, m.start)
        if named >= n or not m.unit or m.unit.lower() not in _PERSON_PLURALS:
            return "a count of what the text has already named"
    if m.value is not None and m.value == int(m.value) and 2 <= m.value <= 99 and int(m.value) in title_counts(facts) \
            and re.match(r"\s+[A-Za-z]", after):
        # "Six Nations Sign Treaties in Rome" over "_____ European countries", or a false "eight European
        # countries": the title line every draft shows gives the count (issue 16, round 21)
        return "a count the title gives"
    return ""


#: a count word or a number of two digits in a title, before a word ("Six Nations", "The 12 Apostles"), not a year
_TITLE_COUNT = re.compile(r"(?<![\w’'-])(\d{1,2}|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|"
                          r"thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|"
                          r"hundred)\s+[A-Za-z]", re.IGNORECASE)


def title_counts(facts: Facts) -> set[int]:
    """The counts the text's title line gives ("Six Nations Sign Treaties in Rome": {6})."""
    if "title_counts" not in facts.memo:
        found = set()
        for m in _TITLE_COUNT.finditer(facts.doc.heading or ""):
            v = textnorm.parse_number(m.group(1))
            if v is not None and v == int(v):
                found.add(int(v))
        facts.memo["title_counts"] = found
    return facts.memo["title_counts"]


def _listed_after_colon(sf: SentenceFacts, m) -> int:
    """How many names a colon after the number lists: the names read there ("India, with a Hindu majority, and
    Pakistan, ..."), or the items of a list of capitalised words ("Amun, Ra, Ptah and Seth")."""
    colon = sf.text.find(":", m.end)
    if colon < 0:
        return 0
    names = {n.key or n.text for n in sf.names if n.start > colon and n.kind not in ("group", "date", "number")}
    rest = re.split(r"[;.]", sf.text[colon + 1:])[0]
    items = [x.strip() for x in re.split(r",\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+", rest) if x.strip()]
    if items and all(re.fullmatch(r"[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*){0,2}", x) for x in items):
        return max(len(names), len(items))
    return len(names)


_PERSON_PLURALS = frozenset(
    "men women people leaders delegates brothers sisters sons daughters kings queens generals rulers envoys "
    "commanders emperors chiefs sides".split())


def _people_just_named(facts: Facts, sf: SentenceFacts, start: int) -> int:
    """How many people the sentence names before ``start`` and the sentence before names (distinct)."""
    keys = {(n.key or n.text) for n in sf.names if n.kind == "person" and n.end <= start}
    if sf.index > 0 and facts.sentences[sf.index - 1].sentence.paragraph == sf.sentence.paragraph:
        keys |= {(n.key or n.text) for n in facts.sentences[sf.index - 1].names if n.kind == "person"}
    return len(keys)


def frame_places(facts: Facts) -> set[str]:
    """The places that frame the whole text (folded): a country, region or continent that the title or the
    opening sentence names (or names the people of: "European claims in Africa") and that the text names more
    often than any other place of its kind, in at least three sentences. A blank on it asks the text's own setting
    ("most of northern _____" in a text on Akbar of India). A city is never one: where a thing happened in a
    country's story is a fact ("captured _____ on 28 June")."""
    if "frame_places" in facts.memo:
        return facts.memo["frame_places"]
    counts: dict[str, set[int]] = {}
    names: dict[str, str] = {}
    for sf in facts.sentences:
        for n in sf.names:
            if n.kind == "country" or n.kind == "place" and n.subkind in ("continent", "region", "country"):
                key = folded(n.key or n.text)
                names.setdefault(key, n.key or n.text)
                counts.setdefault(key, set()).add(sf.index)
    # the people's word counts as a mention of its place ("Europeans", "the European powers")
    for key, name in names.items():
        for sf in facts.sentences:
            if _people_word(name, sf.text):
                counts[key].add(sf.index)
    heading = facts.doc.heading or ""
    content = [facts.sentences[i] for i in range(len(facts.sentences))
               if facts.sentences[i].sentence.paragraph in facts.doc.content_paragraphs]
    opening = content[0].text if content else ""
    top = max((len(s) for s in counts.values()), default=0)
    frame = set()
    for key, where in counts.items():
        name = names[key]
        opens = any(f" {key} " in f" {folded(t)} " or _people_word(name, t) for t in (heading, opening))
        if opens and len(where) >= 2 and 2 * len(where) >= top:
            frame.add(key)
    facts.memo["frame_places"] = frame
    return frame


#: A blank that only places the sentence's fact in the text's frame: "most of northern _____", "_____'s factories"
_LOCATOR = re.compile(r"\b(?:northern|southern|eastern|western|central|north|south|east|west)\s+_____|_____[’']s?\b",
                      re.IGNORECASE)


def _people_word(name: str, text: str) -> bool:
    """``text`` names the people of the place ``name`` ("Africans", "British"; "Europeans", "European powers")."""
    return people_word_shown(name, text) or " " not in name and bool(rx(rf"\b{re.escape(name)}ans?\b").search(text))


def _frame_answer(facts: Facts, d: Draft) -> bool:
    """The draft blanks a frame place (``frame_places``) where the sentence only places its fact with it: after a
    compass word ("most of northern _____") or as an owner ("_____'s factories"). "Books in _____ were copied by
    hand" (Europe, in a text on printing) was kept as it stood: a frame place asked as the fact's own place stays."""
    frame = frame_places(facts)
    if not frame:
        return False
    if d.type == "cloze":
        gaps = d.question.get("gaps", ())
        if not gaps or not all(folded(g["answer"]) in frame for g in gaps):
            return False
        quote, at, shown = d.question["evidence"]["quote"], 0, []
        for g in gaps:
            shown += [quote[at:g["start"]], "_____"]
            at = g["end"]
        return bool(_LOCATOR.search("".join(shown) + quote[at:]))
    if d.kind not in ("place", "country") or d.type in ("true_false", "cite") or not d.answer:
        return False
    return any(folded(a) in frame for a in d.answer.split("; ")) and bool(_LOCATOR.search(d.question.get("prompt", "")))


#: A fraction that names a part, not a share (round 13): "its western _____" (half), "the first _____ of the
#: century", "waited almost _____ an hour". "Nearly half [of the hundred and two] are dead" is a share, and stays.
_PART_BEFORE = re.compile(r"\b(?:the|its|their|his|her|this|that)\s+(?:first|second|last|other|early|later|latter|"
                          r"northern|southern|eastern|western|north|south|east|west|upper|lower|top|bottom|"
                          r"better|greater)\s+$", re.IGNORECASE)
_FRACTION_OF_SPAN = re.compile(r"\s+(?:of\s+)?(?:an?|one)\s+(?:hour|minute|second|day|night|mile|kilometre|kilometer|"
                               r"metre|meter)\b", re.IGNORECASE)


def _fraction_part(sf: SentenceFacts, m) -> str:
    if m.subkind != "fraction":
        return ""
    if _PART_BEFORE.search(sf.text[:m.start]):
        return "a fraction that names a part (its western half), not a share"
    if _FRACTION_OF_SPAN.match(sf.text[m.end:]):
        return "a fraction of an hour or a mile, a detail of the day"
    if _PREDETERMINER_HALF.match(m.text) and _DETERMINER_AFTER.match(sf.text[m.end:]):
        # round 14: "half the world", "half a million": no other fraction stands before "the" or "a" without "of"
        # ("one-third the world"), and "half the world seemed to" is a figure of speech
        return "a fraction before its noun without 'of' (half the world), which no other fraction fits"
    return ""


_FRACTION_OF_NUMBER = re.compile(r"\b(?:half|third|thirds|quarter|quarters)\s+(?:of\s+)?$", re.IGNORECASE)
_PREDETERMINER_HALF = re.compile(r"^half$", re.IGNORECASE)
_DETERMINER_AFTER = re.compile(r"^\s+(?:a|an|the|its|their|his|her|this|that|these|those|my|our|your)\b", re.IGNORECASE)


#: The writer's own kin or companion ("My brother Thomas, who came with me"): a person of the writer's day, no
#: person of the history (round 13, set 12's diary).
_KIN_BEFORE = re.compile(r"\b(?:[Mm]y|[Oo]ur)\s+(?:(?:elder|younger|little|big|old|dear|late|eldest|youngest|good)\s+)?"
                         r"(?:brother|sister|wife|husband|son|daughter|father|mother|uncle|aunt|cousin|friend|servant|"
                         r"companion|nephew|niece|neighbour|neighbor|landlord|landlady|maid|guide)\s+$")
#: The writer's guess about what is to come ("I think that in _____ years every great city will want ..."): an
#: opinion, not a fact of the history.
_GUESS = re.compile(r"\b(?:I|we)\s+(?:(?:do|still|really|firmly)\s+)?(?:think|believe|expect|suppose|guess|fancy|daresay|"
                    r"reckon|wager|imagine|predict|bet|suspect|fear|hope|am\s+(?:sure|certain|convinced)|feel\s+sure)\b")
#: The text's own framing in what a student reads: "the same five powers named above", "are no longer here".
_FRAMING = re.compile(r"\b(?:named|mentioned|listed|described|shown|given|discussed|cited|quoted)\s+(?:above|below)\b|"
                      r"\b(?:see|as)\s+(?:above|below)\b|\b(?:no\s+longer|not|still)\s+(?:kept\s+)?here\b",
                      re.IGNORECASE)
#: Of a list this long, one item blanked is a guess among the others (any great power fits "China, _____, the
#: Soviet Union, Britain, the United States"): not asked. Four is still short ("Sweden, _____, Poland and
#: Czechoslovakia" was kept as is on set 9).
LONG_LIST = 5
_BLANK_TYPES = ("short_answer", "multiple_choice", "numeric", "cloze", "true_false")


def _asked(facts: Facts, d: Draft) -> list:
    """The mentions a draft blanks or swaps (its fact and further facts, "sentence:start")."""
    if d.type not in _BLANK_TYPES:
        return []
    out = []
    for fact in (d.fact, *d.also):
        at = re.fullmatch(r"(\d+):(\d+)", fact)
        if at is None or int(at.group(1)) >= len(facts.sentences):
            continue
        sf = facts.sentences[int(at.group(1))]
        out += [(sf, m) for m in sf.mentions if m.start == int(at.group(2))][:1]
    return out


def writers_kin(facts: Facts) -> set[str]:
    """The names the text gives the writer's own kin or companions ("My brother Thomas"), each by every form."""
    if "writers_kin" not in facts.memo:
        kin: set[str] = set()
        for sf in facts.sentences:
            for n in sf.names:
                if n.kind == "person" and _KIN_BEFORE.search(sf.text[max(0, n.start - 40):n.start]):
                    kin |= {folded(n.text), folded(n.key or n.text), folded(n.text.split()[0])}
        facts.memo["writers_kin"] = kin
    return facts.memo["writers_kin"]


#: a year's blank ("in _____", "In _____", "the year _____"): 840 and "three sons" do not make the 843 asked
_YEAR_BLANK = re.compile(r"\b(?:[Ii]n|year|[Ss]ince|[Uu]ntil|[Bb]y)\s+_____")


def _sum_shown(d: Draft) -> bool:
    """A number question whose prompt gives its answer by arithmetic: "100 people signed …, 68 women and _____
    men" (32), "fourteen of the Ming dynasty and ten of the Qing" (24 emperors), "one fewer than the 10,000 rooms"
    (9,999); and a false statement whose swapped number the same sum shows false ("300 people signed …, 68 women
    and 32 men"). Issue 16, after set 15 (the Forbidden City); a year's blank is left alone (a year less a small
    count is a coincidence, not a giveaway)."""
    q = d.question
    if d.type == "cloze":
        quote, gaps = q["evidence"]["quote"], sorted(q.get("gaps", ()), key=lambda g: g["start"])
        shown = "".join(quote[(gaps[i - 1]["end"] if i else 0):g["start"]] + " " for i, g in enumerate(gaps)) + \
            (quote[gaps[-1]["end"]:] if gaps else quote)
        others = [n.value for n in numbers.numbers_written(textnorm.typographic_to_ascii(shown))]
        values = [v for g in gaps if (v := _one_number(g["answer"])) is not None and v >= 5
                  and not _YEAR_BLANK.search(quote[max(0, g["start"] - 12):g["start"]] + "_____")]
        return any(_two_make(v, others) for v in values)
    if d.kind != "number" or d.type not in ("numeric", "multiple_choice", "true_false"):
        return False
    if d.type == "true_false":
        if q.get("answer") is not False or not q.get("correction"):
            return False
        sentence, value = q["correction"], _one_number(d.answer)
        others = [n.value for n in numbers.numbers_written(textnorm.typographic_to_ascii(sentence))]
        if value is None or value not in others:
            return False
        others.remove(value)
    else:
        prompt = q.get("prompt", "")
        if _YEAR_BLANK.search(prompt):
            return False
        value = q.get("value") if d.type == "numeric" else \
            _one_number(next((c["text"] for c in q.get("choices", ()) if c.get("correct")), ""))
        others = [n.value for n in numbers.numbers_written(textnorm.typographic_to_ascii(prompt.replace("_____", " ")))]
    if value is None or value < 5 or (d.type == "true_false" and 1000 <= value <= 2100 and value == int(value)):
        return False
    return _two_make(value, others)


#: An age around a number's blank: "at the age of _____", "aged _____", "_____ years old".
_AGE_BEFORE = re.compile(r"\b(?:age\s+of|aged)\s+(?:only\s+|just\s+|about\s+)?_____")
_AGE_AFTER = re.compile(r"_____\s+years?\s+old\b|_____-year-old\b")
_YEAR_SHOWN = re.compile(r"(?<![\d,.])(1\d{3}|20\d{2}|[1-9]\d{2})(?![\d,])")


def _age_by_years(facts: Facts, d: Draft) -> bool:
    """An age asked where the prompt shows the year and the text the year of birth ("Sejong became king at the age
    of _____" after "in 1418", and "born in 1397" elsewhere): the student subtracts, no history needed (round 19,
    set 14). The year of birth is read from any sentence that says "born" with a year."""
    if d.kind != "number" or d.type not in ("numeric", "multiple_choice", "short_answer"):
        return False
    prompt = d.question.get("prompt", "")
    if not (_AGE_BEFORE.search(prompt) or _AGE_AFTER.search(prompt)):
        return False
    value = _one_number(d.answer or "")
    shown = {int(y) for y in _YEAR_SHOWN.findall(prompt.replace("_____", " "))}
    if value is None or not shown:
        return False
    births = {x.date.year for sf in facts.sentences if re.search(r"\bborn\b", sf.text)
              for x in sf.dates if x.date is not None and x.date.year}
    return any(0 <= y - b - value <= 1 for y in shown for b in births)


def _two_make(value: float, others: list[float]) -> bool:
    """Whether two of ``others`` make ``value`` by their sum or their difference."""
    return any(abs(a + b - value) < 1e-9 or abs(abs(a - b) - value) < 1e-9
               for i, a in enumerate(others) for b in others[i + 1:])


def _one_number(text: str) -> float | None:
    written = numbers.numbers_written(textnorm.typographic_to_ascii(text))
    return written[0].value if len(written) == 1 else None


def _shown(d: Draft) -> str:
    q = d.question
    parts = [q.get("prompt", ""), q.get("statement", "")] + [c["text"] for c in q.get("choices", ())]
    if d.type == "cloze":
        parts.append(q["evidence"]["quote"])
    return " ".join(parts)


def _asked_worth(facts: Facts, d: Draft) -> str:
    """Round 13 (set 12): why the fact a draft blanks or swaps is not worth asking, or "": the writer's kin, the
    writer's guess, one item of a long list."""
    for sf, m in _asked(facts, d):
        if m.kind == "person" and {folded(m.text), folded(m.key or m.text)} & writers_kin(facts):
            return "the writer's own kin or companion, no person of the history"
        if m.kind == "number" and d.type == "cloze" and (part := _fraction_part(sf, m)):
            return part  # "In the first _____ of the nineteenth century" as a gap
        if m.kind in ("number", "date") and _GUESS.search(sf.text[:m.start]):
            return "the writer's guess, not a fact"
        if d.type != "true_false" and any(len(lst.items) >= LONG_LIST and any(i.start == m.start for i in lst.items)
                                          for lst in sf.lists):
            return "one item of a long list, a guess among the others"
    return ""


#: Before a blank: another place it only locates ("Olympia in _____", "off the coast of Tanzania, in _____")
_LOCATED_IN = re.compile(r"(?P<name>[A-Z][\w’'-]+(?:\s+(?:of\s+)?[A-Z][\w’'-]+)*),?\s+in\s+(?:(?:north-east|north-west|"
                         r"south-east|south-west|northern|southern|eastern|western|central|north|south|east|west)\s+)?$")
_LOCATING_TYPES = ("short_answer", "multiple_choice", "cloze")
#: A part of a continent before its name: "in north-east _____", "from the heart of _____", "southern _____"
_CONTINENT_PART = re.compile(r"\b(?:(?:north|south)-?(?:east|west)|northern|southern|eastern|western|central|north|"
                             r"south|east|west|(?:the\s+)?(?:heart|interior|rest|centre|center|edge|tip|coast)\s+of)\s+$",
                             re.IGNORECASE)


def _locating_place(facts: Facts, d: Draft) -> str:
    """Round 23 (sets 19-22, rated trivial): a blank on a continent that only places a part of it ("Egypt lay along
    the Nile in north-east _____", "from the heart of _____"), which every student fills without the text ("the
    war in _____" for Europe stays a fact), or on the land (a country, region or continent) that holds a place the
    sentence names just before ("carried all the way from Olympia in _____", "off the southern coast of
    Tanzania, in _____"): the blank only says where a named place lies, not what the text tells of it."""
    if d.type not in _LOCATING_TYPES or d.kind not in ("place", "country"):
        return ""
    for sf, m in _asked(facts, d):
        if m.kind not in ("place", "country"):
            continue
        if m.subkind == "continent" and _CONTINENT_PART.search(sf.text[:m.start]):
            return "asks a continent, which every student places without the text"
        land = m.kind == "country" or m.subkind in ("continent", "region", "country")
        at = _LOCATED_IN.search(sf.text[:m.start]) if land else None
        if at is not None and any(n.kind in ("place", "country") and n.end == at.end("name") and n is not m
                                  for n in sf.mentions):
            return "asks only the land that holds a place the sentence names"
    return ""


def worth(facts: Facts, d: Draft) -> tuple[float, str]:
    """How much less a draft is worth for the fact it asks (0: fully; ``NOT_WORTH``: not at all), and why."""
    main = d.sentences[-1]
    single = d.type not in ("ordering", "matching") and not (d.kind in ("list", "statements") and len(d.sentences) > 1)
    if single and visitor_sentence(facts, main):
        return NOT_WORTH, "a guide's words to its visitor, not history"
    if d.kind == "number" and d.type != "cite":
        m = _number_of(facts.sentences[main], d) if d.type != "true_false" else _swapped_number(facts, d)
        if m is not None:
            why = trivial_number(facts, facts.sentences[main], m)
            if why:
                return NOT_WORTH, why
    if _frame_answer(facts, d):
        return NOT_WORTH, "asks the place the whole text is set in"
    if _sum_shown(d):
        return NOT_WORTH, "its prompt gives the answer by a sum or a difference of two numbers it shows"
    if _age_by_years(facts, d):
        return NOT_WORTH, "asks an age that the year it shows less the year of birth gives"
    why = _asked_worth(facts, d)
    if why:
        return NOT_WORTH, why
    why = _locating_place(facts, d)
    if why:
        return NOT_WORTH, why
    if _FRAMING.search(_shown(d)):
        return NOT_WORTH, "shows the text's own framing (named above, no longer here)"
    return 0.0, ""

"""One gate for every draft: a pronoun the student sees must say whom or what it means.

Issue 16, round 13: an unresolved pronoun was the first fault on every unseen set (11 of the 32 drafts of set 12
not usable as is: "It was heard", "they argued", "dedicated it", "in his honour", "Because this was", the diary's
"I am told"). Round 12 refused such a cloze passage only (``cloze._leaves_unnamed``, whose words are kept here),
so the faults moved to the sentence's other types. ``unnamed`` reads what a student is shown of any draft (prompt,
statement, choices, items, pairs, a cloze's passage) and says which pronoun in it nothing before it names. In
``api.build_candidates``: ``name_writer`` gives a diary's or a letter's drafts a note on who "I" and "we" are,
``plain_events`` keeps orderings and matchings to events whose label names its pronouns, and ``gate`` drops every
draft still showing an unnamed pronoun (the builders already name what the resolvers of ``phrasing`` can place,
as "he [Jose Rizal]"), so that the picker takes the sentence's next draft. ``api._pick`` takes the drafts back
when the pick without them is shorter, so that the drafts per 100 words hold.

Round 15: with the text's facts the names a draft shows are read for kind and sex ("her" is not named by a man,
"it" not by a person, an object pronoun not by its own clause's subject, a date blank by nobody), "these demands",
"On that day", "theirs" and a locative "There" are read too, and ``name_pronouns`` names a biography's "he" in
brackets where no one else could be meant; ``api._pick`` takes the gated drafts back only as far as ``api.ROOM``.

Round 16: ``thing_subject`` reads the one thing or people a text's title names ("The Eiffel Tower", "The Vikings"),
and ``_the_thing`` names an "it" or a "they" of it where no other thing or group could be meant ("It [the
Forbidden City] stands", "they [the Vikings] raided").
"""

from __future__ import annotations

import json
import re
from dataclasses import replace

from . import extract, lexicon
from .builders import Draft
from .facts import Facts

# --------------------------------------------------------------------------- the words a cloze passage may not hide

#: a pronoun inside the sentence for a person ("a plot to kill him", "his patents") or a thing ("its arrival",
#: "refused to let them leave"; "their" is left alone: "the kings moved their capital" says whose) (issue 16,
#: round 12: the commonest cloze fault of sets 8-11)
PERSON_PRONOUN = re.compile(r"\b(his|him|her|hers)\b", re.IGNORECASE)
THING_PRONOUN = re.compile(r"(?<=\w[\s,])\b(its|them)\b", re.IGNORECASE)
#: the writer's own place and time: a letter's, a report's or a guide's ("Here", "this afternoon", "yesterday")
DEICTIC = re.compile(r"\b(here|yesterday|today(?!'s)|tonight|this (?:morning|afternoon|evening)|our (?:town|camp|fort))\b",
                     re.IGNORECASE)


# (``cloze._leaves_unnamed`` reads a cloze passage shown alone by these, with the names the sentence gives before
# each pronoun; the gate below reads what a student sees of every other draft the same way, by words alone)


# --------------------------------------------------------------------------- the gate of every draft

#: what a student sees of a draft that the text's own words do not frame ("Which sentence of the text supports
#: this statement?", "Fill in the blank (a place):")
_FRAME = re.compile(r"^(?:Fill in the blank[^:]*:|What number fills the blank\?|Which sentence of the text[^?]*\?|"
                    r"Fill the gaps with the words of the text\.|Put (?:these|the) [^:.?]*[:.?]|"
                    r"Match [^:.?]*[:.?]|Which of these [^:?]*[:?]|Select [^:.?]*[:.?]|True or false[^:?]*[:?])\s*")
#: the same, wherever it stands: "What reason does it give?" (the text), "(one of them it does not say)"
_FRAME_ANY = re.compile(r"\s*(?:What reason does it give\?|What followed, according to the text\?|The text says:|"
                        r"Choose all that apply(?: \(one of them it does not say\))?\.?|according to the text)")
_QUOTED = re.compile(r"“[^”]*”|\"[^\"]*\"")
_BRACKETED = re.compile(r"\s*\[[^\]]+\]")
_WRITER_NOTE = re.compile(r"“(?:I|Me|My|me|my|We|we|us|Our|our)” is the (?:writer|diarist)")
_NOTE = re.compile(r"\((?:“[^”]+” is [^)]*|[^)]*\bis\b[^)]*)\)")

_PERSON = re.compile(r"(?<![\w’'-])(he|she|him|his|her|hers|himself|herself)\b(?![’'-])", re.IGNORECASE)
_THING = re.compile(r"(?<![\w’'-])(it|its|itself)\b(?![’'-])", re.IGNORECASE)
_PLURAL = re.compile(r"(?<![\w’'-])(they|them|their|theirs|themselves)\b(?![’'-])", re.IGNORECASE)
_WRITER = re.compile(r"(?<![\w’'-])(?:I(?![’'.-])|me|my|myself|[Ww]e|us|[Oo]ur|ours|ourselves|Me|My)\b(?![’'-])")
#: "Because this was", "This led to", "saw these as": a demonstrative that stands for something said before
_POINTING = re.compile(r"(?<![\w’'-])(this|these|those)\s*(?=[,.;:?!]|$|\s+(?:is|was|were|are|had|has|have|led|meant|made|"
                       r"caused|became|would|could|did|marked|ended|began|gave|brought|showed|as|in|to|into|"
                       r"and|or|for|with|by)\b)", re.IGNORECASE)
_STANDING = re.compile(r"(?<![\w’'-])(?:[Tt]he same(?=\s*[,.;:?!]|\s+(?:as|to|in|for|way)\b(?!\s+[a-z]+\s+as\b))|"
                       r"(?:mentioned|named|shown|described|noted|listed|said|see) above|[Hh]ere)\b")
#: "It was not until", "It is said that", "made it possible": an "it" that stands for nothing before it
_DUMMY_IT = re.compile(r"\s+(?:is|was)\s+(?:a\s+)?(?:pity|shame|wonder|surprise)\b|"
                       r"\s+(?:is|was|will|would|has|had|seems|seemed|may|might|must|can|could|took|takes|remains|"
                       r"became|becomes)\b(?:\s+\w+){0,4}?\s+(?:that|to|whether|how|why|for|until|when)\b|"
                       r"\s+(?:is|was|had\s+been|grew|became)\s+(?:light|dark|late|early|cold|hot|night|day|morning|"
                       r"evening|raining|snowing)\b|\s+(?:rained|snowed)\b")
_FORWARD_IT = re.compile(r"\s+(?:possible|impossible|hard|difficult|easy|easier|clear|necessary|illegal|legal|"
                         r"a\s+crime|an?\s+offence|known|plain|likely|unlikely)\b")
_NAME = re.compile(r"(?<![\w’'-])[A-Z][\w’'-]+")
_NOT_NAMES = frozenset("The A An In On At By After Before During From Within Under Over When While Although Though "
                       "Because Since Once Until As If Then Later Soon Now Thus So And But Or Nor Yet For With Of To "
                       "This That These Those It Its They Their Them He She His Her Him We Our I My Me You Your Here "
                       "There What Which Who Whom Whose Why How Fill True False Match Put Select Some Most Many All "
                       "Few Each Both One Two Three Four Five Six Seven Eight Nine Ten Such Another Others Every No "
                       "Not Only Also Still Even Just Yes Yesterday Today Tonight Tomorrow Afterwards Sometimes Perhaps Dear "
                       "Later Tell Please Mother Father Papa Mama Sir Madam".split())
_MONTHS = frozenset(("January February March April May June July August September October November December "
                     "Monday Tuesday Wednesday Thursday Friday Saturday Sunday").split())
_NOUN_PHRASE = re.compile(r"\b(?:the|a|an|this|that|its|their|his|her|each|every|one|no)\s+(?:[\w’'-]+\s+){0,3}?"
                          r"(?P<noun>[a-z][a-z-]{2,})\b", re.IGNORECASE)
_NOT_NOUNS = frozenset("same other first last next following few many most more little such own whole "
                       # the words of a prompt's frame ("the words of the text", "according to the text")
                       "text words statement sentence blank gaps events order".split())
_PLURAL_NOUN = re.compile(r"\b(?P<w>(?:[a-z][a-z-]*?)?(?:s|men|people|children|folk|police|crew))\b")
_NOT_PLURALS = frozenset("was has its this his is us thus does always perhaps across various famous previous "
                         "serious less unless whereas towards afterwards besides its yes news means gas bus plus "
                         "years months weeks days hours minutes decades centuries times miles kilometres metres "
                         "status campus series species physics politics economics mathematics".split())
_PERSON_NOUNS = extract.PERSON_NOUNS | lexicon.TITLES | frozenset(
    "man woman boy girl gentleman lady chief officer clerk priest monk nun wife husband mother father son daughter "
    "brother sister widow child baby captain diarist writer sailor passenger visitor traveller guide pope bishop "
    "scholar archaeologist men women people crew leader ruler king queen emperor empress sultan pharaoh".split())
_HER_THINGS = re.compile(r"\b(?:ship|vessel|boat|liner|frigate|galleon|steamer|nation|country|Britannia)\b",
                         re.IGNORECASE)


def shown(d: Draft) -> list[tuple[str, str]]:
    """What a student sees of a draft, as (what stands before, the text): each choice, item or pair after its
    prompt (a choice may lean on a name its prompt gives), a cloze's passage with its gaps."""
    q = d.question
    prompt = q.get("prompt", "")
    out: list[tuple[str, str]] = []
    if d.type == "cloze":
        quote = q["evidence"]["quote"]
        passage, at = [], 0
        for g in q.get("gaps", ()):
            passage += [quote[at:g["start"]], "_____"]
            at = g["end"]
        out.append((prompt, "".join(passage) + quote[at:]))
        return out
    out.append(("", prompt))
    notes = " ".join(re.findall(r"\([^)]*\)", prompt))  # "(“I” is the diarist.)": said of all the draft shows
    if q.get("statement"):
        out.append((prompt if d.type != "cite" else notes, q["statement"]))
    if d.type != "cite":
        out += [(prompt, c["text"]) for c in q.get("choices", ())]
    out += [(notes, i["text"]) for i in q.get("items", ())]
    out += [(notes, f"{p['left']} — {p['right']}") for p in q.get("pairs", ())]
    return out


def name_writer(facts: Facts, drafts: list[Draft]) -> list[Draft]:
    """The drafts of a diary or a letter with the writer's "I" and "we" said by a note on the prompt ("(“I” is
    the diarist.)"): the diary of set 12 lost its "I am told" and "A gentleman beside me" to nothing else."""
    writer = _writer(facts)
    if writer is None:
        return drafts
    out = []
    for d in drafts:
        why = unnamed(d)
        if why is not None and _WRITER.fullmatch(why):
            d = _with_writer(d, writer) or d
        out.append(d)
    return out


def gate(drafts: list[Draft], facts: Facts | None = None) -> list[Draft]:
    """The drafts a student can read without asking whom a pronoun means: one that shows a pronoun nothing in it
    names is dropped, so that the picker takes its sentence's next draft (``api._pick`` may take it back). With
    the text's ``facts`` the names a draft shows are read for their kind and sex (round 15, see ``unnamed_in``)."""
    return [d for d in drafts if unnamed(d, facts) is None]


def plain_events(facts: Facts, events: list) -> list:
    """The dated events an ordering or a matching may show: not one whose label leans on a pronoun nobody names
    ("30 June 1688: A jury acquitted them"), so that the ordering is made of the others rather than lost (the
    writer's "we" of a diary is named by the draft's note, see ``name_writer``)."""
    writer = _writer(facts)
    out = []
    for e in events:
        why = unnamed_in(e.label, facts=facts)
        if why is None or writer is not None and _WRITER.fullmatch(why):
            out.append(e)
    return out


def _writer(facts: Facts) -> str | None:
    """What a draft calls the text's "I": the diarist of a diary or journal, the writer of a letter; None for any
    other text (a speech's "we" is a nation, a guide's "we" its visitors: not named so)."""
    head = (facts.doc.heading or facts.doc.text.split("\n", 1)[0]).lower()
    if re.search(r"\b(?:diary|journal)\b", head):
        return "the diarist"
    return "the writer" if re.search(r"\bletters?\b", head) else None


_SINGULAR_WRITER = re.compile(r"(?<![\w’'-])(I(?![’'.-])|me|my|myself|Me|My|[Ww]e|us|[Oo]ur|ourselves)\b(?![’'-])")
#: how the writer's pronoun is named in the prompt's note: "(“I” is the diarist.)", "(“We” is the diarist and
#: others.)", "(“our” is the diarist’s.)"
_WRITER_FORMS = {"i": "{w}", "me": "{w}", "myself": "{w}", "my": "{w}’s", "our": "{w}’s", "we": "{w} and others",
                 "us": "{w} and others", "ourselves": "{w} and others"}


def _with_writer(d: Draft, writer: str) -> Draft | None:
    """The draft with a note on its prompt that says who its "I" and "we" are, as a cloze's note says who "He" is:
    "(“I” is the diarist.)", "(“We” is the diarist and others.)" (a cloze's passage is the text's own words, and a
    note keeps the other types' wording the text's too)."""
    q = json.loads(json.dumps(d.question))
    seen: dict[bool, str] = {}
    for _, text in shown(d):
        for m in _SINGULAR_WRITER.finditer(_QUOTED.sub(lambda x: " " * len(x.group(0)), text)):
            if not _in_a_name(text, m.start()):
                seen.setdefault(m.group(1).lower() in ("i", "me", "my", "myself"), m.group(1))
    if not seen:
        return None
    notes = [f"“{w}” is {_WRITER_FORMS[w.lower()].format(w=writer)}" for _, w in sorted(seen.items(), reverse=True)]
    note = "; ".join(notes)
    prompt = q["prompt"]
    q["prompt"] = prompt[:-2] + f"; {note}.)" if prompt.endswith(".)") else f"{prompt} ({note}.)"
    return replace(d, question=q, memo={})


def unnamed(d: Draft, facts: Facts | None = None) -> str | None:
    """The first pronoun or pointing word in what a student sees of a draft that nothing before it names, or None:
    "It was heard on the island of _____", "they had been taken illegally", "Because this was", "I am told"."""
    seen = tuple(shown(d))
    if facts is not None and d.memo.get("unnamed", (None,))[0] == seen:
        return d.memo["unnamed"][1]  # read once for the naming and the gate, while the draft shows the same
    blanks = _blank_kinds(d, facts)
    why = None
    for before, text in seen:
        why = unnamed_in(text, before, facts, blanks)
        if why is not None:
            break
    if facts is not None:
        d.memo["unnamed"] = (seen, why)
    return why


def unnamed_in(text: str, before: str = "", facts: Facts | None = None, blanks: list[str] | None = None) -> str | None:
    """The pronoun of ``text`` that neither ``text`` before it nor ``before`` (its prompt) names.

    With the text's ``facts`` (round 15 of issue 16) a name counts only where its kind and sex fit the pronoun: a
    "her" is not named by a man ("Agrippa … followed her"), "he" not by a school ("At the London School of
    Economics he studied"), "it" not by a person ("Jose Rizal dedicated it"), "they" not by one person or one
    place ("At Santa Fe, they agreed"); an object pronoun is never its own clause's subject ("The Soviet Union
    answered it", "Edward shook each of them"); a sentence's capitalised first word the text never uses as a name
    is no name ("Beyond them", "Almost three years after it had left"); and a blank names only what it is of
    (``blanks``: "In _____ (a date) the Supreme Court ruled that they …" names nobody)."""
    frame = re.match(r"Fill in the blank \((?P<k>[^)]*)\)", text) or re.match(r"Fill in the blank \((?P<k>[^)]*)\)", before)
    if blanks is None and frame is not None:
        blanks = [_FRAME_KINDS.get(frame.group("k").split()[-1].strip("’'s").lower(), "?")]
    if blanks is None and (text.startswith("What number fills the blank?") or before.startswith("What number")):
        blanks = ["number"]
    ctx = _context(facts) if facts is not None else None
    text = _FRAME_ANY.sub("", _FRAME.sub("", text))
    before = _FRAME_ANY.sub("", _FRAME.sub("", before))
    before = _NOTE.sub(lambda m: " " + m.group(0)[1:-1] + " ", before)
    writer_named = _WRITER_NOTE.search(before) or _WRITER_NOTE.search(text)
    text = _QUOTED.sub(lambda m: " " * len(m.group(0)), text)  # a speaker's own "I" is the speaker's
    for m in _WRITER.finditer(text):
        if not _in_a_name(text, m.start()) and not writer_named:
            return m.group(0)  # the writer of a diary, a letter or a guide, whom the draft does not name
    lead = before + " "
    for pattern, named in ((_PERSON, _person_named), (_THING, _thing_named), (_PLURAL, _plural_named)):
        for m in pattern.finditer(text):
            if _BRACKETED.match(text, m.end()):
                continue  # "he [Hannibal]"
            if pattern is _PERSON and (_same_sex_bracketed(text, m.group(1)) or _named_after(text, m.start())):
                continue  # "Because the book named his former owners, he [Frederick Douglass] left", "When she
                # was seventeen, Ada met"
            p = m.group(1).lower()
            if p in ("theirs", "hers") and ctx is not None:
                return m.group(1)  # "The British had kept theirs dry": theirs what, the draft does not say
            upto = text[:m.start()]
            if ctx is not None and _is_object(text, m):
                upto = _without_subject(upto)  # "Jose Rizal dedicated it": "it" is not Jose Rizal
            if ctx is not None and pattern is not _PERSON and p in ("it", "its", "they", "their") and \
                    _LEADING_PP.fullmatch(upto):
                upto = " " * len(upto)  # "During the First World War its radio station", "Contrary to a popular
                # belief, it cannot be seen": the names and nouns of a leading phrase are no subject after it (round 23)
            if ctx is None:
                if named(lead + upto, text[m.start():], p):
                    continue
            elif named(lead + upto, text[m.start():], p, ctx, blanks):
                continue
            return m.group(1)
    for m in _POINTING.finditer(text):
        if _BRACKETED.match(text, m.end()):
            continue
        # "… were joined into a long barrier; this was an early form of": a subject "this" after its thing;
        # "Because this was", "Gutenberg changed this.": nothing it stands for
        lead_this = _YEAR_NOTE.sub(" ", lead) if ctx is not None else lead
        if re.match(r"\s*[,.;:?!]|\s*$", text[m.end():]) or not _thing_named(lead_this + text[:m.start()], "", "this"):
            return m.group(0).strip()
    if ctx is not None:
        why = _pointing_noun(text, lead, blanks) or _there(text)
        if why is not None:
            return why
    standing = _STANDING.search(text)
    if standing is not None and not _BRACKETED.match(text, standing.end()):
        return standing.group(0).strip()
    return None


def _in_a_name(text: str, at: int) -> bool:
    """A word inside a name the text writes in capitals ("Umkhonto we Sizwe", "Noli Me Tangere", "Elizabeth I")."""
    before = re.search(r"([\w’'-]+)\s+$", text[:at])
    return before is not None and before.group(1)[:1].isupper() and before.group(1) not in _NOT_NAMES


_SEX = {"he": "m", "him": "m", "his": "m", "himself": "m", "she": "f", "her": "f", "hers": "f", "herself": "f"}


def _same_sex_bracketed(text: str, p: str) -> bool:
    return any(_SEX.get(b.group(1).lower()) == _SEX[p.lower()]
               for b in re.finditer(r"\b(he|she|his|her|him)\s+\[[^\]]+\]", text, re.IGNORECASE))


#: "About eight years after his accession, around 261 BCE, Ashoka conquered": a possessive before the name
_LEADING_PHRASE = re.compile(r"^[A-Z][^,]{0,80},(?:[^,]{0,40},)?\s+(?:[a-z]+\s+){0,2}[A-Z]")
_LEADING_CLAUSE = re.compile(r"^(?:" + "|".join(lexicon.LEADING_SUBORDINATORS + ("At",)) + r")\b[^,]{0,80},"
                             r"\s+(?:[a-z]+\s+){0,2}[A-Z]")


#: a sentence's leading prepositional phrase up to the main clause's subject pronoun: "During the _____ its radio
#: station", "Contrary to a popular belief, it", "From about the twelfth to the fifteenth century it"; a preposition
#: that may open a clause ("After the fort was taken it was burned") is not one, nor a phrase with a clause in it
_PP_OPEN = (r"\s*(?:In|On|At|From|During|Within|Under|Over|By|For|With|Without|Through|Throughout|Despite|"
            r"Contrary\s+to|Unlike|Among|Between|Beyond|Near|Across|Along|Around|Against)\s+")
_LEADING_PP = re.compile(
    # up to its comma, with no clause in it
    _PP_OPEN + r"(?:(?!\b(?:that|which|who|whom|whose|when|where|while|and|but|or|was|were|is|are|had|has|it|its|"
    r"they|their|he|she|his|her)\b)[^,;:.!?“\"()\[\]])*,\s*|"
    # with no comma, only a name, a blank, a number or a span of time ("During the First World War its")
    + _PP_OPEN + r"(?:(?:the|a|an|about|some|early|late|mid|of|to|from|and|" + "|".join(sorted(
        "first second third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth thirteenth fourteenth "
        "fifteenth sixteenth seventeenth eighteenth nineteenth twentieth".split())) +
    r"|[A-Z][\w’'.-]*|_____|\d[\d,]*(?:s|BC|BCE|AD|CE)?)\s+)*(?:(?:" + "|".join(sorted(
        "day days year years time month months week weeks night morning evening afternoon summer winter spring "
        "autumn season century centuries decade decades period age era".split())) + r")\s+)?")


def _named_after(text: str, at: int) -> bool:
    """A leading clause whose pronoun the main clause names ("When she was seventeen, Ada met …")."""
    if at < 60 and _LEADING_CLAUSE.match(text) is not None and text.find(",") > at:
        return True
    return at < 60 and text[at:at + 3].lower() in ("his", "her") and _LEADING_PHRASE.match(text) is not None and \
        text.find(",") > at and "_____" not in text[:text.find(",")]  # "Soon after his death his son _____, X,":
    # the blank is the main clause's subject, the comma an apposition's (round 23)


#: a singular person noun just before a blank ("the poet _____", "the warlord _____"): the blank is one person
_ONE_PERSON_BEFORE = re.compile(r"(?<![\w’'-])([A-Za-z]+)\s+$")


def _one_person_before(upto: str) -> bool:
    w = _ONE_PERSON_BEFORE.search(upto)
    return w is not None and w.group(1).lower() in _ONE_PERSON_NOUNS


def _blank_names(before: str, blanks: list[str] | None = None, fits: tuple[str, ...] = (), many: bool = False) -> bool:
    """A blank that may be the person or thing asked ("_____ said his …", "_____ and Edison … their"), not a number
    of things ("For _____ months they argued": who argued is not said), nor (round 15) a blank of a kind the
    pronoun cannot be (``blanks``, the kinds of the draft's blanks in order; ``fits``, the kinds the pronoun may be:
    "In _____ [a date] the Supreme Court ruled that they" names nobody)."""
    for i, m in enumerate(re.finditer(r"_____(?:\s+([a-z][a-z-]+))?", before)):
        if blanks and fits and (blanks[i] if i < len(blanks) else blanks[-1]) not in fits + ("?",):
            continue
        end = m.start() + 5
        if many and (_AFTER_PLACE_PREP.search(before[:m.start()]) or before.startswith(("’s", "'s"), end) or
                     _one_person_before(before[:m.start()]) and not re.match(r"\s+and\b", before[end:])):
            continue  # "at _____, they agreed", "_____'s voyage", "The Danish poet _____ … to help them": a place, an
            # owner or one person is no "they" (round 23)
        word = m.group(1)
        counted = word is not None and (word in ("men", "people") or word.endswith("s") and
                                        word not in ("was", "has", "is", "its", "this", "his", "thus", "always"))
        if not counted:
            return True
    return False


def _names_before(before: str) -> list[str]:
    """The capitalised names of a text, not the capital of a sentence's first word, a month or a day."""
    out = []
    for m in _NAME.finditer(before):
        w = m.group(0)
        if w in _NOT_NAMES or w in _MONTHS:
            continue
        out.append(w)
    return out


def _person_named(before: str, rest: str, p: str, ctx=None, blanks=None) -> bool:
    if ctx is not None:
        return _person_named_by_kind(before, p, ctx, blanks)
    if _names_before(before) or "[" in before or _blank_names(before):
        return True  # a name, or the blank that is the person asked ("_____ said his …")
    words = set(re.findall(r"[a-z]+", before.lower()))
    if words & _PERSON_NOUNS:
        return True  # "a police chief reported what he took"
    if p in ("her", "hers") and _HER_THINGS.search(before):
        return True
    return False


def _thing_named(before: str, rest: str, p: str, ctx=None, blanks=None) -> bool:
    if p == "it" and (_DUMMY_IT.match(rest, 2) or _FORWARD_IT.match(rest, 2)):
        return True  # "It was not until 1850 that", "made it possible"
    if ctx is not None:
        if any(kind != "person" and kind != "people" for _, kind, _, _, _ in _kinds_before(before, ctx)) or \
                _blank_names(before, blanks, ("thing",)):
            return True
        if re.match(r"\s*[A-Z][a-z]+\s+(?:is|was|has|had|have|were|are|became|grew)\b", before):
            return True  # "Independence has come quickly: its date …"
        return _thing_noun_before(before, p)
    if _names_before(before) or _blank_names(before):
        return True
    return any(m.group("noun").lower() not in _NOT_NOUNS for m in _NOUN_PHRASE.finditer(before))


def _thing_noun_before(before: str, p: str = "it") -> bool:
    """Whether a determiner's phrase of ``before`` has a noun an "it" may mean: its noun, read past the words that only
    qualify it ("a later king" is a person, not a "later") and its capitalised words ("the Dutch writer" is a person,
    "the British government" a thing; a name's kind is read by ``_kinds_before``), not a person or a word of the
    prompt's frame (round 19; round
    15 took a phrase's first word for its noun, so "Khufu's son Khafre and a later king … beside it" passed)."""
    for m in _NOUN_PHRASE.finditer(before):
        at = m.start("noun")
        for n, w in enumerate(re.finditer(r"[\w’'-]+", before[at:at + 60])):
            word = w.group(0)
            if n >= 4 or word.lower() in _PHRASE_STOP:
                break
            if word in _MODIFIERS or not word[:1].islower():
                continue  # "a later king", "the Dutch writer", "the British government": read on to the noun
            if word not in _NOT_NOUNS and word not in _PERSON_NOUNS and len(word) >= 3:
                if word in _TIME_NOUNS:
                    break  # "Within a year it had", "During the winter it was": a span of time (round 23)
                if p == "it" and not before[at + w.end():].strip():
                    break  # "The land it controlled": the noun a clause of "it" qualifies is not that "it" (round 23)
                return True
            break
    return False


#: a place's preposition just before a name of unsure kind ("At Santa Fe", "arrived at Missolonghi"), round 23
_AFTER_PLACE_PREP = re.compile(r"(?<![\w’'-])(?:[Aa]t|[Ii]n|[Nn]ear|[Ff]rom|[Ii]nto|[Tt]owards?|[Aa]cross)\s+$")


def _plural_named(before: str, rest: str, p: str, ctx=None, blanks=None) -> bool:
    if ctx is not None:
        named = [(n[0], "place", *n[2:]) if n[1] == "?" and _AFTER_PLACE_PREP.search(before[:n[3]]) else n
                 for n in _kinds_before(before, ctx)]  # "At Santa Fe, they agreed": a name after "at" is a place
        free = {n[0] for n in named if n[1] != "place"}
        if len(free) >= 2 or any(n[1] not in ("person", "thing", "place") for n in named) or \
                _blank_names(before, blanks, ("person", "thing"), many=True):
            return True  # "Stanton and Mott", "the Lakota", "the Bolsheviks"; not "Edward" alone, not "Santa Fe"
        if p == "them" and re.search(r"\b(?:\d[\d,]*|some|most|many|all|one|two|three|few|each|none)\s+of\s*$", before) and \
                re.search(r"\b[a-z]{3,}s\b", before):
            return True  # "_____ years in prison, 18 of them"
        before = _without_names(before, named, ("person", "thing", "place"))  # one person or place is not "they"
        if p in ("their", "theirs") and any(w.group(1).lower() not in _NOT_NOUNS | _TIME_NOUNS for w in
                                           re.finditer(r"\b(?:the|these|those)\s+([a-z]{3,})\b", before, re.I)):
            return True  # "The samurai lost their right"; not "The following year their armies"
        return any(len(m.group("w")) >= 3 and m.group("w") not in _NOT_PLURALS and not m.group("w").endswith("ss")
                   for m in _PLURAL_NOUN.finditer(before.lower()))
    names = _names_before(before)
    if names or _blank_names(before):
        return True  # "the Lakota", "Stanton and Mott", "_____ and Edison … their"
    if p in ("their", "theirs") and re.search(r"\b(?:the|these|those)\s+[a-z]{3,}\b", before, re.IGNORECASE):
        return True  # "The samurai lost their right": a "their" after its owners, as the cloze rule leaves it
    return any(len(m.group("w")) >= 3 and m.group("w") not in _NOT_PLURALS and not m.group("w").endswith("ss")
               for m in _PLURAL_NOUN.finditer(before.lower()))


# --------------------------------------------------------------------------- round 15: names read for kind and sex

#: the kind a short answer's frame gives its blank ("Fill in the blank (a date):")
_FRAME_KINDS = {"date": "date", "year": "date", "number": "number", "name": "person", "person": "person",
                "place": "thing", "country": "thing", "city": "thing", "event": "thing", "organisation": "thing",
                "award": "thing", "document": "thing", "craft": "thing", "unit": "thing", "group": "thing"}
_KIND_OF_MENTION = {"person": "person", "date": "date", "number": "number", "group": "people"}
#: a run of capitalised words: one name ("Jose Rizal", "London School of Economics", "The Emperor Frederick II")
_NAME_RUN = re.compile(r"(?<![\w’'-])[A-Z][\w’'.-]*(?:\s+(?:(?:of|de|da|von|van|du|del|la|al|bin)\s+(?:the\s+)?)?"
                       r"[A-Z][\w’'.-]*)*")
_YEAR_NOTE = re.compile(r"\(?\bThe year is [^.)]*\.?\)?")
#: the word before an object pronoun: a verb, not a word that opens a clause whose subject the pronoun is
_NOT_BEFORE_OBJECT = frozenset("that after before when while because since as if until and but or so although though "
                               "where which who whom whose than once unless whether said says".split())
_CLAUSE_OPEN = re.compile(r"[,;:—(]|\b(?:and|but|or|while|whereas|because|although|though|when|after|before|which|who|"
                          r"that|until|since|if|so)\b")
_SUBJECT_VERB_AFTER = re.compile(r"\s+(?:is|was|were|are|had|has|have|would|could|will|did|does|should|might|may|must|"
                                 r"can|[a-z]+ed)\b")


def _context(facts: Facts) -> dict:
    """What a text says of its names: their kind (person, people, a thing, a date) and a person's sex."""
    ctx = facts.memo.get("referent_names")
    if ctx is not None:
        return ctx
    from .distractors import _known_sex

    kinds: dict[str, str] = {}
    sexes: dict[str, str] = {}
    tokens: set[str] = set()
    for sf in facts.sentences:
        for m in sf.mentions:
            for w in re.findall(r"[\w’'-]+", m.text):
                tokens.add(w)
    preps: dict[str, list[str]] = {}
    for sf in facts.sentences:
        for m in sf.names:
            preps.setdefault((m.key or m.text).lower(), []).append(m.prep.lower())
    for key, ent in facts.entities.items():
        kind = "person" if ent.kind == "person" and ent.subkind != "guess" else \
            "?" if ent.kind in ("person", "other") else _KIND_OF_MENTION.get(ent.kind, "thing")
        if kind == "thing" and not (_ORG_HEADS.search(ent.display) or ent.display.lower() in lexicon.COUNTRIES or
                                    ent.display in lexicon.PLACES or _mostly_after_place_words(preps.get(key, []))):
            kind = "?"  # "Saladin" read as a city (once "to Saladin"): no kind sure enough to rule out "he"
        if kind == "thing" and ent.kind == "place" and ent.subkind in ("city", "site", "feature", "water"):
            kind = "place"  # a town is never "they" ("London" beside "Jomo Kenyatta" is no pair for "their")
        sex = _known_sex(facts, ent) if kind == "person" else ""
        for form in {key, ent.display.lower(), (ent.short or "").lower(), ent.first.text.lower()} - {""}:
            kinds.setdefault(form, kind)
            if sex:
                sexes.setdefault(form, sex)
        if kind == "person":
            words = [w for w in ent.display.split() if w.lower() not in lexicon.TITLES]
            for w in words[-1:]:  # "Bingham" for "Hiram Bingham"
                kinds.setdefault(w.lower(), kind)
                if sex:
                    sexes.setdefault(w.lower(), sex)
    ctx = {"kinds": kinds, "sexes": sexes, "tokens": tokens, "ordinary": facts.ordinary}
    facts.memo["referent_names"] = ctx
    return ctx


def _mostly_after_place_words(preps: list[str]) -> bool:
    """A name the text writes mostly after "in", "at", "to", "of": a place ("in the main square of Cusco")."""
    return bool(preps) and 2 * sum(p in _PLACE_PREPS for p in preps) > len(preps)


def _blank_kinds(d: Draft, facts: Facts | None) -> list[str] | None:
    """The kinds of a draft's blanks in order (a cloze's gaps by their answers, another draft's by its kind)."""
    if facts is None:
        return None
    if d.type == "cloze":
        ctx = _context(facts)
        return [_kind_of(g.get("answer", ""), ctx)[0] for g in d.question.get("gaps", ())] or None
    if d.kind in ("date", "number"):
        return [d.kind]
    if d.kind == "person":
        return ["person"]
    if d.kind in ("place", "country", "organisation", "event", "award", "unit", "craft"):
        return ["thing"]
    return None


def _kind_of(name: str, ctx: dict) -> tuple[str, str]:
    """A name's kind ("person", "people", "thing", "date", "number", "?") and a person's sex ("m", "f", "")."""
    low = name.lower().strip()
    months = "|".join(m.lower() for m in _MONTHS)
    if re.fullmatch(r"[\d\s,.]+", low) or re.fullmatch(rf"(?:\d{{1,2}}\s+)?(?:{months})(?:\s+\d{{1,4}})?", low) or \
            re.search(r"\b\d{3,4}\b", low):
        return ("number" if re.fullmatch(r"[\d\s,.]+", low) and not re.fullmatch(r"1\d{3}|20\d{2}", low) else "date"), ""
    words = low.split()
    while words and (words[0] in ("the", "a", "an") or words[0].strip(".") in lexicon.TITLES and len(words) > 1):
        title = words.pop(0).strip(".")
        if title in lexicon.MALE_TITLES:
            return "person", "m"
        if title in lexicon.FEMALE_TITLES:
            return "person", "f"
        if title in lexicon.TITLES:
            return "person", ""
    low = " ".join(words)
    if low in ctx["kinds"]:
        return ctx["kinds"][low], ctx["sexes"].get(low, "")
    if low in lexicon.NATIONALITIES or low.rstrip("s") in lexicon.NATIONALITIES:
        return "people", ""
    if words and words[0] in lexicon.MALE_NAMES:
        return "person", "m"
    if words and words[0] in lexicon.FEMALE_NAMES:
        return "person", "f"
    return "?", ""


def _kinds_before(before: str, ctx: dict) -> list[tuple[str, str, str, int, int]]:
    """The names of ``before`` with their kind and sex: not a sentence's first word that the text never uses in a
    name ("Beyond", "Almost", "Estimates"), not a month, not a word of ``_NOT_NAMES``."""
    out = []
    for m in _NAME_RUN.finditer(before):
        words = m.group(0).split()
        while words and (words[0] in _NOT_NAMES or words[0] in _MONTHS):
            words.pop(0)
        words = [w for w in words if w.strip(".") not in ("BC", "BCE", "AD", "CE", "B.C", "A.D")]
        if not words:
            continue
        name = " ".join(words)
        starts = not before[:m.start()].strip() or re.search(r"[.!?:;“\"(]\s*$", before[:m.start()])
        if len(words) == 1 and starts and words[0] == m.group(0).split()[0] and name not in ctx["tokens"] and \
                name.lower() not in lexicon.MALE_NAMES | lexicon.FEMALE_NAMES and \
                (ctx["ordinary"](name) or name in _OPENERS or re.search(r"(?:ly|ing)$", name)):
            continue  # "Beyond them lies …", "Estimates vary": a sentence's first word, no name
        kind, sex = _kind_of(name, ctx)
        if re.search(r"\brenamed\s+$", before[:m.start()]):
            kind = "thing"  # "_____ was renamed Leningrad in his honour": the new name of a place
        out.append((name, kind, sex, m.start() + m.group(0).find(words[0]), m.end()))
    return out


def _without_names(before: str, names, kinds: tuple[str, ...]) -> str:
    """``before`` with the names of these kinds blanked out."""
    for n in sorted(names, key=lambda n: -n[3]):
        if n[1] in kinds:
            before = before[:n[3]] + " " * (n[4] - n[3]) + before[n[4]:]
    return before


#: the person nouns that may be one "he" or "she": not "people", "men", "the crew", "soldiers" (round 23)
_ONE_PERSON_NOUNS = frozenset(w for w in _PERSON_NOUNS if w not in ("men", "women", "people", "crew", "children", "folk",
                                                                     "police") and not (w.endswith("s") and not w.endswith("ss")))


def _person_named_by_kind(before: str, p: str, ctx: dict, blanks) -> bool:
    sex = _SEX.get(p, "")
    if "[" in before or _blank_names(before, blanks, ("person",)):
        return True
    for _, kind, his, _, _ in _kinds_before(before, ctx):
        if kind in ("person", "?") and not (sex and his and his != sex):
            return True  # a name that may be the person ("Agrippa" is no "her" when the text calls him "he")
    words = set(re.findall(r"[a-z]+", _NAME_RUN.sub(" ", before).lower()))
    if words & _ONE_PERSON_NOUNS:
        return True  # "a police chief reported what he took"; not "people attended his funeral" (round 23)
    if p in ("her", "hers") and _HER_THINGS.search(before):
        return True
    return False


def _is_object(text: str, m: re.Match) -> bool:
    """An object pronoun ("dedicated it", "followed her with", "shook each of them"), not a clause's subject ("after
    it had left") nor a possessive ("her friend")."""
    p = m.group(1).lower()
    if p not in ("him", "them", "it", "her"):
        return False
    prev = re.search(r"([A-Za-z]+)\W*$", text[:m.start()])
    if prev is None or prev.group(1).lower() in _NOT_BEFORE_OBJECT or prev.group(1)[0].isupper():
        return False
    after = text[m.end():]
    if p == "it" and _SUBJECT_VERB_AFTER.match(after):
        return False  # "said it was": the subject of what follows
    if p == "her" and not re.match(r"\s*(?:[,.;:!?)]|$)|\s+(?:to|in|at|on|by|from|with|into|as|for|and|or|but|a|an|"
                                   r"the|that|back|away|up|out|off|again)\b", after):
        return False  # "her friend": whose, not whom
    return True


_SUBJECT = re.compile(r"\s*(?:(?:In|On|At|By|After|Before|During|From|Within)\s+[^,]*?\s+(?=[A-Z]|the\b))?"
                      r"(?P<s>(?:(?:[Tt]he|[Aa]n?|[Hh]is|[Hh]er|[Ii]ts|[Tt]heir)\s+)?(?:[\w’'-]+\s+){0,3}?"
                      r"(?:[A-Z][\w’'.-]*(?:\s+(?:[A-Z][\w’'.-]*|_____))*|_____|[a-z]+))\s+(?:[a-z]+\s+)?[a-z]+(?:ed|ook|ew|ave|"
                      r"ought|ade|old|ent|ote|ose|an|ame|ook|ung|ung)?\b")


def _without_subject(upto: str) -> str:
    """The words before an object pronoun less its own clause's subject, the first name or noun of that clause
    (a pronoun object is never its own subject: "The Soviet Union answered it by founding Comecon")."""
    found = list(_CLAUSE_OPEN.finditer(upto))
    opens = [m.end() for m in found]
    start = opens[-1] if opens else 0
    clause = upto[start:]
    if found and found[-1].group(0) in ("and", "but", "or") and re.fullmatch(r"\s*(?:then\s+)?[a-z]+\s*", clause):
        # "Agrippa left the fight and followed her": a verb joined by "and" has the subject of the verb before it
        # (round 19); that clause's subject is read instead
        start = opens[-2] if len(opens) >= 2 else 0
        clause = upto[start:found[-1].start()]
        if re.match(r"\s*(?:[\w’'-]+\s+){0,4}?[\w-]+[’']s\b", clause):
            return upto
        subject = _SUBJECT.match(clause)
        if subject is None:
            return upto
        return upto[:start] + clause[:subject.start("s")] + " " * len(subject.group("s")) + upto[start + subject.end("s"):]
    if re.match(r"\s*(?:[\w’'-]+\s+){0,4}?[\w-]+[’']s\b", clause):
        return upto  # "Wangari Muta Maathai’s work brought her": the owner may be the object
    subject = _SUBJECT.match(clause)
    if subject is None:
        return upto
    return upto[:start] + clause[:subject.start("s")] + " " * len(subject.group("s")) + clause[subject.end("s"):]


#: "these demands", "in this way", "On that day", "at that time": a demonstrative before a noun that points back
_POINTING_NOUN = re.compile(r"(?<![\w’'-])(?P<det>[Tt]his|[Tt]hese|[Tt]hose|[Tt]hat|[Ss]uch\s+an?)\s+(?!such\b)"
                            r"(?P<noun>[a-z][a-z-]{2,})\b")
_ORG_HEADS = re.compile(r"\b(?:School|Court|Office|Society|Association|Congress|Union|Church|Party|Council|Company|"
                        r"University|College|Army|Navy|Parliament|Assembly|Committee|Commission|League|Bank|Museum|"
                        r"Library|Academy|Institute|Conference|Convention|Treaty|Act|Plan|Declaration|Revolution|War|"
                        r"Battle|Exhibition|Railway|Company|Corporation|Senate|Government|Diet)\b")
_PLACE_PREPS = frozenset("in at to from near towards toward into across through outside of on via".split())
#: a sentence's first words that are no names ("Beyond them", "Almost three years after it had left")
_OPENERS = frozenset("Almost Beyond Between Together Among Amongst Estimates Around Across Along Behind Below Above "
                     "Inside Outside Near Despite Besides Meanwhile Instead Indeed However Therefore Nevertheless "
                     "Eventually Finally Later Earlier Afterwards Soon Nearly About Over Only Unlike Like Through Throughout "
                     "According Following With Without Under Against Upon Towards Toward Whilst Whereas Neither "
                     "Either Several Various Everyone Everything Nothing Nobody Someone Something Anyone Along "
                     "Alongside Beside Beneath Underneath Except Apart Ever Never Always Often".split())
_TIME_NOUNS = frozenset("day days year years time times month months week weeks night morning evening afternoon "
                        "moment point date summer winter spring autumn season century decade period age era hour".split())
_THAT_NOUNS = _TIME_NOUNS | frozenset("way reason place".split())
_NOT_POINTED = frozenset("text page guide report article letter diary statement sentence question passage source "
                         "book site museum exhibition room gallery one ones who which is was were are".split())


#: the word after "such a" that is a degree or a filler, not a thing said before ("such a long way", "such a lot")
_DEGREE = re.compile(r"(?:long|large|small|great|big|short|high|low|strong|hard|good|bad|way|lot|thing)$")


_THE_TWO = re.compile(r"(?<![\w’'-])(?:[Tt]he|[Bb]oth)\s+(?:two|three|four|_____)?\s*(?:men|women|brothers|sisters|leaders|"
                      r"rulers|kings|queens|generals|sides|armies|fleets)\b")


def _pointing_noun(text: str, lead: str, blanks: list[str] | None = None) -> str | None:
    """A "this/these/those/that + noun" that points back at something the draft does not show: "these demands"
    with no demands before it, "On that day" with no date before it, "in this way"; "The two men quarrelled" with
    no two names before it."""
    for m in _THE_TWO.finditer(text):
        seen = lead + text[:m.start()]
        if re.match(r"\s+(?:of|who|whom|that|which|from|in)\b", text[m.end():]) or m.group(0).lower() == "both sides":
            continue  # "the leaders of the Defiance Campaign", "the armies of Russia": said who they are
        if m.group(0).split()[-1] in ("men", "women") and not re.search(r"(?:two|three|four|_____)\s", m.group(0)) and \
                not m.group(0).lower().startswith("both"):
            continue  # "the men ran out of food": the crew, no count that points back
        if len(set(re.findall(r"(?<![\w’'-])[A-Z][a-z]{2,}", _NAME_RUN.sub(
                lambda n: n.group(0) if n.group(0).split()[0] not in _NOT_NAMES else " ", seen)))) < 2 and \
                not _BRACKETED.match(text, m.end()):
            return m.group(0)
    for m in _POINTING_NOUN.finditer(text):
        det, noun = m.group("det").lower(), m.group("noun").lower()
        if _BRACKETED.match(text, m.end()) or noun in _NOT_POINTED:
            continue
        if det.startswith("such") and (_DEGREE.match(noun) or re.match(r"\s+(?:as|that)\b", text[m.end():])):
            continue  # "such a long time", "such a storm as this": a degree, or said after it (round 23)
        if det == "that" and noun not in _THAT_NOUNS:
            continue  # "ruled that people": a conjunction
        if det in ("these", "those") and not noun.endswith("s") and noun not in ("people", "men", "women", "children"):
            continue  # "those who", "these included": no noun after
        seen = (lead + text[:m.start()]).lower()
        stem = re.sub(r"(?:ies|es|s)$", "", noun) if len(noun) > 4 else noun
        if re.search(r"\b" + re.escape(stem[:max(4, len(stem) - 1)]), seen):
            continue  # "the Russian and Prussian demands … these demands"
        dated = re.search(r"\b\d{3,4}\b", seen) or "_____" in seen and blanks and "date" in blanks
        if noun in _TIME_NOUNS and (dated or any(mo.lower() in seen for mo in _MONTHS)):
            continue  # "On 24 July 1911 … On that day"
        return f"{m.group('det')} {m.group('noun')}"
    return None


_THERE_PLACE = re.compile(r"^(?:[A-Z][^,]{0,30},\s+)?(?P<p>[Tt]here)\s+(?=[A-Z]|(?:he|she|they|it|we|I)\b)")


def _there(text: str) -> str | None:
    """A "There" that is a place said before ("There Nikola Tesla was advised"), not "There was"."""
    m = _THERE_PLACE.match(text)
    return m.group("p") if m and not _BRACKETED.match(text, m.end("p")) else None


# --------------------------------------------------------------------------- round 15: naming rather than dropping

_NAMED_TYPES = ("true_false", "multiple_choice", "short_answer", "numeric", "cite", "cloze")


def name_pronouns(facts: Facts, drafts: list[Draft]) -> list[Draft]:
    """The drafts whose one unnamed pronoun the resolvers of ``phrasing`` place with certainty, with the name in
    brackets as the builders write it ("Jose Rizal dedicated it [El Filibusterismo]"; a cloze's passage is the
    text's own words, so its prompt says it: "(“it” is El Filibusterismo.)"), so that the gate keeps them. A name
    that is the draft's answer, or one of its options, is never given (issue 16, round 15)."""
    out = []
    for d in drafts:
        why = unnamed(d, facts) if d.type in _NAMED_TYPES else None
        if why is not None and why.lower() in _SEX.keys() | {"it", "its", "they", "them", "their"}:
            d = _with_name(facts, d, why) or d
        elif why is not None and _THE_TWO.fullmatch(why):
            d = _with_counted(facts, d, why) or d
        elif why is None and d.type in _NAMED_TYPES:
            loose = _loosely_named(d, facts)
            if loose is not None:
                d = _with_name(facts, d, loose, things_only=True) or d
        if _unplaceable(d, facts):
            continue  # left out, not only held: the picker would take it back on a text short of drafts (round 19)
        out.append(d)
    return out


_COUNTS = {"two": 2, "three": 3, "four": 4}


def _with_counted(facts: Facts, d: Draft, why: str) -> Draft | None:
    """"The two men quarrelled" named by the people the sentence before names, when it names as many people as the
    phrase counts and no one else ("The two men [Tesla and Edison] quarrelled"; a cloze says it in its prompt), and
    the phrase's own sentence names no person before it. Not when the count is what the draft asks or swaps, nor
    when a name would be the answer or an option (issue 16, round 21: these drafts were held and taken back
    unnamed on a text short of drafts)."""
    words = why.split()
    n = _COUNTS.get(words[1].lower()) if len(words) == 3 else None
    if n is None or d.kind == "number" or len(d.sentences) != 1:
        return None
    sf = facts.sentences[d.sentences[0]]
    at = sf.text.find(why)
    if at < 0 or sf.index == 0 or any(m.kind == "person" and m.start < at for m in sf.names):
        return None
    prev = facts.sentences[sf.index - 1]
    if prev.sentence.paragraph != sf.sentence.paragraph:
        return None
    ctx = _context(facts)
    people: list[str] = []
    for m in prev.names:
        if m.kind in ("date", "number"):
            continue
        if m.kind != "person" and _kind_of(m.text, ctx)[0] != "person":
            if m.kind in ("group", "organisation", "country"):
                return None  # "the two armies" may be theirs
            continue
        short = m.text.split()[-1]
        if short not in people and not any(short == p.split()[-1] for p in people):
            people.append(short)
    if len(people) != n:
        return None
    answers = [a.lower() for a in [d.answer or ""] + [str(x) for x in d.distractors] if a]
    if d.type != "true_false" and any(p.lower() in a or a in p.lower() for p in people for a in answers):
        return None
    label = ", ".join(people[:-1]) + " and " + people[-1]
    q = json.loads(json.dumps(d.question))
    if d.type == "cloze":
        note = f"“{why}” are {label}"
        prompt = q["prompt"]
        q["prompt"] = prompt[:-2] + f"; {note}.)" if prompt.endswith(".)") else f"{prompt} ({note}.)"
    else:
        fields = [f for f in ("prompt", "statement") if f in q and why in q[f]]
        if len(fields) != 1:
            return None
        q[fields[0]] = q[fields[0]].replace(why, f"{why} [{label}]", 1)
    new = replace(d, question=q, memo={})
    return new if unnamed(new, facts) is None else None


#: what a draft shows unnamed that no later reading of the draft can place, so that it is left out rather than held
#: for ``api._pick`` to take back: a "them" whose many things or people are said only before ("Between them come
#: about _____ laws", "Hobson shook each of them by the hand", "The writing on them"; not a partitive, "The last of
#: them, Puyi", "One of them, Daulat Khan Lodi", which names the one it speaks of beside it), a "this"/"these"/"those" that
#: stands alone ("Johannes Gutenberg changed this", "To do this"), and "theirs"/"hers" (issue 16, round 19)
_UNPLACEABLE = frozenset("them this these those theirs hers".split())
_PARTITIVE_THEM = re.compile(r"(?<![\w’'-])(?:[Oo]ne|[Ss]ome|[Mm]ost|[Mm]any|[Aa]ll|[Ee]ach|[Tt]wo|[Tt]hree|[Ff]irst|[Ll]ast|"
                             r"[Bb]oth)\s+of\s+them,\s+(?=[A-Z]|_____)")


#: a subject with no noun of its own, whose noun only a sentence before says: "One was built every Roman mile",
#: "Another, the shoemaker _____, lived", "The Hittite one was written", "The largest, about _____ metres long",
#: "The originals are kept in Cairo" (round 23); not a partitive that names its one ("One of them, Puyi,")
_NO_NOUN_SUBJECT = re.compile(r"(?:One|Another|The (?:[A-Z][a-z]+|[a-z]+) one|The (?:largest|smallest|oldest|biggest|"
                              r"tallest|latter|former|others|originals|rest))(?:,|\s+(?:of\s+them\s+)?(?:was|is|were|are|"
                              r"had|has)\b)")


#: what only a sentence before can say: "In return the United States paid" (for what?), "In exchange," (not "In return
#: for the lands"), "moved the other way" (which way?): rated a fault each time a seen set showed it (round 23)
_POINTS_BACK = re.compile(r"^(?:In (?:return|exchange)\b(?!\s+for\b))|\bthe other way\b(?!\s+(?:to|from|than|of)\b)")


def _no_noun_subject(d: Draft) -> bool:
    return any(_NO_NOUN_SUBJECT.match(t := _FRAME_ANY.sub("", _FRAME.sub("", text)).lstrip()) or _POINTS_BACK.search(t)
               for _, text in shown(d))


def _unplaceable(d: Draft, facts: Facts) -> bool:
    if _no_noun_subject(d):
        return True
    why = unnamed(d, facts)
    if why is None or why.lower() not in _UNPLACEABLE:
        return False
    if why.lower() != "them":
        return True
    blanks = _blank_kinds(d, facts)
    # each piece (a choice, an item) read as ``unnamed`` reads it, without its partitive "One of them, NAME"
    return any(unnamed_in(_PARTITIVE_THEM.sub(" ", text), before, facts, blanks) == why for before, text in shown(d))


def _loosely_named(d: Draft, facts: Facts) -> str | None:
    """The first "it"/"its"/"they"/"them"/"their" a draft shows unbracketed that the gate lets pass only because
    some noun stands before it ("From the late third century, beginning with King Endubis, its rulers": the
    century names it, for the gate), when the text has a thing or people of its own (``thing_subject``) that the
    student is not shown: the naming of round 16 is tried on it too, with its rivals (issue 16, round 17)."""
    subject = thing_subject(facts)
    if subject is None:
        return None
    pattern = _PLURAL if subject[1] == "people" else _THING
    for _, text in shown(d):
        text = _FRAME_ANY.sub("", _FRAME.sub("", text))
        for m in pattern.finditer(text):
            if _BRACKETED.match(text, m.end()) or m.group(1).lower() in ("itself", "theirs", "themselves"):
                continue
            if m.group(1).lower() == "it" and (_DUMMY_IT.match(text, m.end()) or _FORWARD_IT.match(text, m.end())):
                continue
            return m.group(1)
    return None


def _resolved(facts: Facts, d: Draft, word: str):
    from . import phrasing

    sf = facts.sentences[d.sentences[-1]]
    found = []
    for get in (phrasing.antecedent, phrasing.thing_antecedent, phrasing.place_noun):
        ante = get(facts, sf)
        if ante is not None:
            found.append(ante)
    for get_late in (phrasing.late_antecedent, phrasing.late_thing):
        sure, ante = get_late(facts, sf)
        if sure and ante is not None:
            found.append(ante)
    found = [a for a in found if a.pronoun.lower() == word.lower()]
    if not found:
        ante = _the_subject(facts, sf, word)
        if ante is not None:
            found.append(ante)
    if not found and word.lower() in ("it", "its", "they", "them", "their"):
        ante = _the_thing(facts, d, word)  # the text's own thing or people (round 16)
        if ante is not None:
            found.append(ante)
    return found


def _the_subject(facts: Facts, sf, word: str):
    """The person a biography is about for a "he"/"his" (or "she"/"her") of that person's sex, when neither this
    sentence nor the one before it names anyone else who could be meant ("At the London School of Economics he
    [Jomo Kenyatta] studied"); never for "He then invaded Italy" after a sentence on Belisarius."""
    from . import phrasing

    sex = _SEX.get(word.lower())
    subject = phrasing.text_subject(facts)
    if sex is None or subject is None:
        return None
    name, forms = subject
    ctx = _context(facts)
    if _kind_of(name, ctx) != ("person", sex) and _subject_sex(facts, name) != sex:
        return None
    words = {w for f in forms for w in f.split()}
    for x in facts.sentences[max(0, sf.index - 1):sf.index + 1]:
        if x.sentence.paragraph != sf.sentence.paragraph and x is not sf and \
                not any(m.kind == "person" and set(m.text.split()) <= words for m in x.names):
            return None  # a new paragraph's first sentence: the one before may be of someone else, unless it
            # names the subject ("1502: Columbus sets out …" before "1503: His last two ships", round 17)
        for m in x.names:
            if (m.kind == "person" or _kind_of(m.text, ctx)[0] == "person") and \
                    not set(m.text.split()) <= words and _kind_of(m.text, ctx)[1] in ("", sex):
                return None  # someone else who could be "he"
        if _singular_person_noun(x.text.lower()) and not any(f in x.text for f in forms):
            return None  # "the king", "a chief": someone else who could be meant ("his men" cannot be "he")
    obj = word.lower() == "him" or word.lower() == "her" and bool(re.search(r"\bher\b(?=\s*(?:[,.;:]|$)|\s+(?:to|in|"
                                                                          r"at|on|by|from|with|a|an|the)\b)", sf.text))
    return phrasing.Antecedent(0, 0, word, name, sf.index - 1, obj)


def _subject_sex(facts: Facts, name: str) -> str:
    """The sex of the text's subject whom the facts hold as a person only by guess ("Christopher Columbus" in "The
    Voyages of Christopher Columbus, Year by Year"): a sure person of the text, by a given name or by the "he" that
    stands for them (round 17); "" when unsure."""
    from .distractors import _known_sex

    if name not in facts.sure_people:
        return ""
    ents = [e for e in facts.entities.values() if e.display == name and e.kind == "person"]
    return _known_sex(facts, ents[0]) if len(ents) == 1 else ""


_PLURAL_PERSONS = frozenset("men women people children folk police crew".split())


def _singular_person_noun(low: str) -> bool:
    """Whether ``low`` (lower-cased) has a person noun that one person could be: "the king", "a chief"; not a plural
    ("his men", "the soldiers", "the sailors"), which no "he" or "she" means (round 17)."""
    if "person_nouns_rx" not in _CACHE:
        nouns = "|".join(sorted(w for w in _PERSON_NOUNS if " " not in w))
        _CACHE["person_nouns_rx"] = re.compile(rf"\b(?:{nouns})\b")
    rx = _CACHE["person_nouns_rx"]
    for m in rx.finditer(low):
        w = m.group(0)
        plural = w in _PLURAL_PERSONS or w.endswith("s") and not w.endswith(_SINGULAR_ENDINGS) and w[:-1] in _PERSON_NOUNS
        if not plural:
            return True
    return False


_CACHE: dict = {}


def _with_name(facts: Facts, d: Draft, word: str, things_only: bool = False) -> Draft | None:
    antes = _resolved(facts, d, word) if not things_only else [a for a in [_the_thing(facts, d, word)] if a is not None]
    if len({a.name for a in antes}) != 1:
        return None
    ante = antes[0]
    name = ante.name
    seen = " ".join(t for _, t in shown(d)).lower()
    low = name.lower()
    if low in (d.answer or "").lower() or (d.answer or "").lower() in low and d.answer or \
            any(low in str(x).lower() for x in d.distractors) or \
            any(low in str(g.get("answer", "")).lower() for g in d.question.get("gaps", ())):
        return None  # the name would give the answer away, or is an option
    q = json.loads(json.dumps(d.question))
    if low in seen:
        return None  # "During his reign one of Musa’s generals": the name is shown already
    if d.type == "cloze":
        note = f"“{word}” is {name}"
        prompt = q["prompt"]
        q["prompt"] = prompt[:-2] + f"; {note}.)" if prompt.endswith(".)") else f"{prompt} ({note}.)"
    else:
        owned = ante.pronoun.lower() in ("his", "its", "their") or ante.pronoun.lower() == "her" and not ante.obj
        label = f"{name}’s" if owned and not name.endswith("’s") else name
        if owned and ante.pronoun.lower() == "their" and name.endswith("s"):
            label = f"{name}’"  # "their [the Vikings’]"
        pattern = re.compile(r"(?<![\w’'-])" + re.escape(word) + r"\b(?![’'-])(?!\s*\[)")
        fields = [("prompt",)] + [("statement",)] * ("statement" in q)
        hits = [f for f in fields if pattern.search(q[f[0]])]
        if len(hits) != 1:
            return None  # the first "he" is named, the others lean on it ("he [Jomo Kenyatta] studied …, and he")
        key = hits[0][0]
        q[key] = pattern.sub(lambda m: f"{m.group(0)} [{label}]", q[key], count=1)
    new = replace(d, question=q, memo={})
    return new if unnamed(new, facts) is None else None


# --------------------------------------------------------------------------- round 16: the text's thing or people

#: a title's words before the name of what the text is about ("Visiting the Forbidden City", "Visitor Guide to")
_TITLE_LEAD = re.compile(r"^(?:(?:Visiting|Visitor(?:s’|s'|’s|'s)? Guide to|A (?:Visitor(?:’s|'s) )?Guide to|Welcome to)\s+)?"
                         r"(?:[Tt]he\s+)?")
#: what may follow that name in a title: its end, a colon, "in Beijing", "of 1857", ", 1940"
_TITLE_END = re.compile(r"\s*(?:$|[:–—]|,\s*\d|\s(?:in|at)\s+[A-Z]|\sof\s+\d)")
#: the words of a determiner's phrase that stop it (a verb, a preposition, a conjunction, a relative)
_PHRASE_STOP = frozenset("of in on at to from by with for into onto over under about after before during through "
                         "across along against among between within without and or but nor so yet that which who "
                         "whom whose where when while as than is was were are be been being had has have do did does "
                         "would could will shall should may might must can not also only then there here".split())
_DETERMINER = re.compile(r"(?<![\w’'-])(?:[Tt]he|[Aa]n?|[Tt]his|[Tt]hat|[Ii]ts|[Hh]is|[Hh]er|[Tt]heir|[Ee]ach|[Ee]very|"
                         r"[Oo]ne|[Aa]nother|[Nn]o)\s+")
_WORD = re.compile(r"[a-z][a-z’'-]*")
#: words that only qualify a determiner's noun ("the late third century", "a later king"), read past (round 17)
_MODIFIERS = frozenset("late early later earlier great small smaller large larger long short new old ancient high "
                       "low big second third fourth fifth sixth seventh eighth ninth tenth northern southern eastern "
                       "western central upper lower inner outer".split())
_SINGULAR_ENDINGS = ("ss", "us", "is", "ics")


def thing_subject(facts: Facts) -> tuple[str, str, frozenset[str]] | None:
    """The one thing or people the text is about, as the title names it: (what a bracket calls it, "thing" or
    "people", the words the text names it by). The title opens with it (after "Visiting", "The") and it is a name the
    text gives in its first paragraph: "The Eiffel Tower", "Erie Canal", "Indian Rebellion of 1857", "Visiting the
    Forbidden City in Beijing", "The Vikings"; "Everest Climbed: …" over a text that opens "Mount Everest, …". None
    for a person's title, two things ("Athens and Sparta"), or a title that opens with something else ("Lepanto,
    Battle of" over a text on the battle, "The Unification of Germany")."""
    if "thing_subject" not in facts.memo:
        facts.memo["thing_subject"] = _read_thing_subject(facts)
    return facts.memo["thing_subject"]


def _read_thing_subject(facts: Facts) -> tuple[str, str, frozenset[str]] | None:
    from . import phrasing

    heading = facts.doc.heading or ""
    person = phrasing.text_subject(facts)
    if not heading or not facts.sentences or person is not None and person[0] in set(facts.people.values()):
        return None  # a biography: its "he" is named by ``_the_subject``
    rest = heading[_TITLE_LEAD.match(heading).end():]  # type: ignore[union-attr]
    first_par = facts.sentences[0].sentence.paragraph
    opening = [sf for sf in facts.sentences if sf.sentence.paragraph == first_par] or facts.sentences[:1]
    if len(opening) < 2 and len(facts.sentences) > 1:  # "Who were the Vikings?" over its answer: a heading line
        opening = opening + [sf for sf in facts.sentences[1:] if sf.sentence.paragraph == facts.sentences[1].sentence.paragraph]
    first = opening[0].text if opening else ""
    found = []
    for ent in facts.entities.values():
        if ent.kind in ("person", "date", "number", "other") or ent.subkind == "guess":
            continue
        forms = {ent.display} | ({ent.short} if ent.short else set())
        parts = ent.display.split()
        if len(parts) == 2 and parts[0] in ("Mount", "Lake", "River", "Cape", "Fort"):
            forms.add(parts[1])  # "Everest" for "Mount Everest"
        for form in forms:
            if not rest.startswith(form) or re.match(r"\s*(?:and|&|or|vs\.?|versus|,\s*[A-Z])\s", rest[len(form):]):
                continue  # "Athens and Sparta", "Lepanto, Battle of": not one thing the title is about
            ends = _TITLE_END.match(rest, len(form)) is not None
            opens = re.match(rf"(?:The\s+)?{re.escape(ent.display)}(?:,|\s+(?:is|was|has|had)\b)", first) is not None
            if ends or opens:
                found.append((ent, form))
                break
    if len(found) == 1:
        ent, form = found[0]
        if not any(key_in(sf, ent.key) for sf in opening):
            return None
        label = f"the {ent.display}" if ent.takes_the else ent.display
        return label, "thing", frozenset({ent.display, form} | ({ent.short} if ent.short else set()))
    if found:
        return None
    # a name the facts do not hold as one ("The Eiffel Tower", "Rosetta Stone"): the title's whole name, which the
    # text's first sentence opens with and says what it is
    whole = re.match(r"((?:[A-Z][\w’'-]+\s+){0,3}[A-Z][\w’'-]+)(?=\s*(?:$|[:–—]|,\s*\d))", rest)
    if whole is not None and len(whole.group(1).split()) >= 2 and \
            re.match(rf"(?:The\s+)?{re.escape(whole.group(1))}\s+(?:is|was)\b", first) and \
            whole.group(1) not in set(facts.people.values()):
        name = whole.group(1)
        return (f"the {name}" if first.startswith("The ") else name), "thing", frozenset({name})
    of_name = _of_title(facts, rest, opening)
    if of_name is not None:
        return of_name
    groups = {m.text for sf in opening for m in sf.names if m.kind == "group"}
    lead = re.match(r"([A-Z][\w’'-]+)\s*(?:$|[:–—,])", rest)
    if lead is not None and lead.group(1) in groups and lead.group(1).endswith("s") and \
            re.search(rf"\b[Tt]he\s+{re.escape(lead.group(1))}\b", " ".join(sf.text for sf in opening)):
        return f"the {lead.group(1)}", "people", frozenset({lead.group(1)})
    return None


#: a title's name with its place after "of": "Great Wall of China", "The Great Pyramid of Giza" (round 17)
_OF_TITLE = re.compile(r"((?:[A-Z][\w’'-]+\s+){0,2}[A-Z][\w’'-]+)\s+of\s+([A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+)?)"
                       r"(?=\s*(?:$|[:–—]|,\s*\d|\s(?:in|at)\s+[A-Z]))")
#: a state's title: "The Kingdom of Aksum", "The Empire of Mali" (the text calls it by its place's name)
_STATE_HEADS = frozenset("Kingdom Empire Sultanate Caliphate Republic Khanate Principality Duchy".split())
#: the verbs a thing's opening sentence says what or where it is with ("The Great Pyramid stands on the Giza plateau")
_OPENING_VERB = r"(?:is|was|stands|stood|lies|lay|runs|ran|rises|rose|has|had)"


def _of_title(facts: Facts, rest: str, opening) -> tuple[str, str, frozenset[str]] | None:
    """The thing a title of the shape "NAME of PLACE" is about (issue 16, round 17): a state's title ("The Kingdom
    of Aksum") is its place, when the facts hold that place and the opening paragraph names it; any other ("Great
    Wall of China", "The Great Pyramid of Giza") is the whole name or its part before "of" (two words or more), when
    an opening sentence opens with it and says what or where it is ("The Great Pyramid stands on …"). None when the
    name before "of" is an event ("The Fall of Constantinople": "Fall" is no thing) or a person."""
    m = _OF_TITLE.match(rest)
    if m is None:
        return None
    head, place = m.group(1), m.group(2)
    people = set(facts.people.values())
    if head in _STATE_HEADS:
        ents = [e for e in facts.entities.values() if e.display == place and e.kind in ("place", "country")]
        if len(ents) == 1 and any(key_in(sf, ents[0].key) for sf in opening) and place not in people:
            return place, "thing", frozenset({place, f"{head} of {place}"})
        return None
    whole = f"{head} of {place}"
    for sf in opening[:2]:
        if sf.text.endswith("?") or not sf.text.startswith(("The ", head)):
            continue
        for name in (whole, head):
            if len(name.split()) < 2 or name in people:
                continue
            if re.match(rf"(?:The\s+)?{re.escape(name)}\s+{_OPENING_VERB}\b", sf.text):
                label = f"the {name}" if sf.text.startswith("The ") else name
                return label, "thing", frozenset({name, whole, head})
    return None


def key_in(sf, key: str) -> bool:
    return any((m.key or m.text).lower() == key for m in sf.names)


def _rivals(facts: Facts, window: str, word: str, subject: tuple[str, str, frozenset[str]]) -> bool:
    """Whether ``window`` names something other than the text's subject that this "it" or "they" could mean: a
    name of a thing or place (for "it") or of a people, two names or a plural noun (for "they"), a noun after a
    determiner ("the design", "the army"; the subject's own head word, "the canal", is the subject)."""
    label, kind, forms = subject
    ctx = _context(facts)
    words = {w for f in forms for w in f.split()}
    heads = {f.split()[-1].lower() for f in forms}
    plural = word.lower() in ("they", "them", "their", "theirs")
    if plural != (kind == "people"):
        return True
    persons = things = 0
    names = _kinds_before(window, ctx)
    for name, k, _, _, _ in names:
        if set(name.replace("’s", "").replace("'s", "").split()) <= words or name.rstrip("’'s") in forms:
            continue
        if k == "people" or k == "?" and plural:
            return True
        if k in ("thing", "place", "?") and not plural:
            return True
        persons += k == "person"
        things += k in ("thing", "place")
    if plural and (persons >= 2 or things >= 2):
        return True
    low = _without_names(window, names, ("person", "people", "thing", "place", "?", "date", "number"))
    first = re.match(r"\W*([A-Z][a-z-]+)\b", low)  # "Construction began …": a sentence's first word, a noun
    if first is not None and not plural and first.group(1) not in _NOT_NAMES | _OPENERS and \
            first.group(1).lower() not in _PHRASE_STOP | heads | _TIME_NOUNS | _PERSON_NOUNS and \
            not first.group(1).endswith("s") and not re.search(r"(?:ly|ing|ed)$", first.group(1)):
        return True
    for m in _DETERMINER.finditer(low):
        at = m.end()
        for n, w in enumerate(_WORD.finditer(low, m.end())):  # the phrase's first four words at most
            if n >= 4 or low[at:w.start()].strip() or w.group(0) in _PHRASE_STOP:
                break
            at = w.end()
            noun = w.group(0)
            if noun in heads or noun in _NOT_NOUNS and noun not in ("text", "words") or noun in _TIME_NOUNS or \
                    noun in _MODIFIERS:
                continue  # "the late third century": its noun is a time; "a later king": a person
            is_plural = noun.endswith("s") and not noun.endswith(_SINGULAR_ENDINGS) or noun in (
                "people", "men", "women", "children", "police", "crew")
            if plural and is_plural and noun not in _NOT_PLURALS:
                return True
            if not plural and not is_plural and noun not in _PERSON_NOUNS:
                return True
            break
    if plural:
        for pm in _PLURAL_NOUN.finditer(low.lower()):
            pw = pm.group("w")
            if len(pw) >= 3 and pw not in _NOT_PLURALS and not pw.endswith(_SINGULAR_ENDINGS) and pw not in heads:
                return True
    return False


def _the_thing(facts: Facts, d: Draft, word: str):
    """The text's own thing or people (``thing_subject``) for an "it"/"its" or a "they"/"them"/"their" the draft
    shows, when nothing else could be meant: the pronoun's sentence is not its paragraph's first, and either the
    sentence before it and its own words before it name no other thing of that kind (``_rivals``), or the sentence
    before opens with the subject and its own words before it name nothing else ("The canal was championed by
    DeWitt Clinton, who became governor of New York in 1817. The federal government refused to pay for it [the
    Erie Canal]"). An object pronoun is not its own clause's subject; a pronoun in a leading clause is not named
    when the rest of its sentence could be it ("When it was finished, the bridge …") (issue 16, round 16)."""
    from . import phrasing

    subject = thing_subject(facts)
    if subject is None:
        return None
    label, kind, forms = subject
    found = _source_pronoun(facts, d, word)
    if found is None:
        return None
    sf, at = found
    if sf.index == 0 or facts.sentences[sf.index - 1].sentence.paragraph != sf.sentence.paragraph:
        return None  # a paragraph's first sentence: the one before may be of something else
    prev = facts.sentences[sf.index - 1].text
    text = sf.text
    m = re.compile("(" + re.escape(text[at:at + len(word)]) + r")\b").match(text, at)
    if m is None:
        return None
    upto = text[:at]
    if _is_object(text, m):
        upto = _without_subject(upto)
    elif _LEADING_PP.fullmatch(upto):
        upto = ""  # "During the First World War its radio station": the leading phrase's war is no rival (round 23)
    if re.match(r"(?:When|After|Before|Although|Though|While|As|Because|Since|Once|Until|If)\b", text) and \
            "," in text[at:] and _rivals(facts, text[at + len(word):], word, subject):
        return None  # "When it was finished, the bridge …": the main clause may name it
    if _rivals(facts, upto, word, subject):
        return None
    opens = any(re.match(rf"(?:Welcome to\s+)?(?:[Tt]he\s+)?{re.escape(f)}\b(?![’'])", prev) for f in forms) or \
        any(re.match(rf"[Tt]he\s+{re.escape(f.split()[-1].lower())}\b(?![’'])", prev) for f in forms)
    if not opens and _rivals(facts, prev, word, subject):
        return None
    if not opens and not any(re.search(rf"(?<![\w’'-]){re.escape(f)}\b", prev) for f in forms) and \
            not re.search(r"(?<![\w’'-])(?:it|its|they|them|their)\b", prev, re.IGNORECASE):
        return None  # the sentence before neither names the subject nor points at it
    return phrasing.Antecedent(0, 0, word, label, sf.index - 1, word.lower() in ("it", "them"))


def _source_pronoun(facts: Facts, d: Draft, word: str):
    """The sentence of the draft and the offset in it of the first such pronoun the draft shows unnamed: the
    draft's words around it (two each side) found once in one of its sentences, or None."""
    probe = None
    for _, shown_text in shown(d):
        shown_text = _FRAME_ANY.sub("", _FRAME.sub("", shown_text))  # "Fill in the blank (a place): It stands"
        m = re.search(r"(?<![\w’'-])" + re.escape(word) + r"\b(?![’'-])(?!\s*\[)", shown_text)
        if m is None:
            continue
        before = re.search(r"(?:[\w’'-]+[^\w_]+){0,2}$", shown_text[max(0, m.start() - 80):m.start()])
        after = re.match(r"(?:[^\w_]+[\w’'-]+){0,2}", shown_text[m.end():])
        lead = before.group(0) if before and "_____" not in before.group(0) else ""
        tail = after.group(0) if after and "_____" not in after.group(0) else ""
        probe = (lead, tail)
        break
    if probe is None:
        return None
    lead, tail = probe
    pattern = re.compile(r"(?<![\w’'-])" + re.escape(lead + word + tail) + (r"(?![\w’'-])" if tail else r"\b"))
    out = []
    for i in d.sentences:
        sf = facts.sentences[i]
        out += [(sf, m.start() + len(lead)) for m in pattern.finditer(sf.text)]
    return out[0] if len(out) == 1 else None

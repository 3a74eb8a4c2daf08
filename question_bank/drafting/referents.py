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
_FRAME_ANY = re.compile(r"\s*(?:What reason does it give\?|What followed, according to the text\?|"
                        r"Choose all that apply \(one of them it does not say\)\.?|according to the text)")
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
_DUMMY_IT = re.compile(r"\s+(?:is|was|will|would|has|had|seems|seemed|may|might|must|can|could|took|takes|remains|"
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


def gate(drafts: list[Draft]) -> list[Draft]:
    """The drafts a student can read without asking whom a pronoun means: one that shows a pronoun nothing in it
    names is dropped, so that the picker takes its sentence's next draft (``api._pick`` may take it back)."""
    return [d for d in drafts if unnamed(d) is None]


def plain_events(facts: Facts, events: list) -> list:
    """The dated events an ordering or a matching may show: not one whose label leans on a pronoun nobody names
    ("30 June 1688: A jury acquitted them"), so that the ordering is made of the others rather than lost (the
    writer's "we" of a diary is named by the draft's note, see ``name_writer``)."""
    writer = _writer(facts)
    out = []
    for e in events:
        why = unnamed_in(e.label)
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


def unnamed(d: Draft) -> str | None:
    """The first pronoun or pointing word in what a student sees of a draft that nothing before it names, or None:
    "It was heard on the island of _____", "they had been taken illegally", "Because this was", "I am told"."""
    for before, text in shown(d):
        why = unnamed_in(text, before)
        if why is not None:
            return why
    return None


def unnamed_in(text: str, before: str = "") -> str | None:
    """The pronoun of ``text`` that neither ``text`` before it nor ``before`` (its prompt) names."""
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
            if named(lead + text[:m.start()], text[m.start():], m.group(1).lower()):
                continue
            return m.group(1)
    for m in _POINTING.finditer(text):
        if _BRACKETED.match(text, m.end()):
            continue
        # "… were joined into a long barrier; this was an early form of": a subject "this" after its thing;
        # "Because this was", "Gutenberg changed this.": nothing it stands for
        if re.match(r"\s*[,.;:?!]|\s*$", text[m.end():]) or not _thing_named(lead + text[:m.start()], "", "this"):
            return m.group(0).strip()
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


_LEADING_CLAUSE = re.compile(r"^(?:When|After|Before|Although|Though|While|As|Because|Since|Once|Until|If|At)\b[^,]{0,80},"
                             r"\s+(?:[a-z]+\s+){0,2}[A-Z]")


def _named_after(text: str, at: int) -> bool:
    """A leading clause whose pronoun the main clause names ("When she was seventeen, Ada met …")."""
    return at < 60 and _LEADING_CLAUSE.match(text) is not None and text.find(",") > at


def _blank_names(before: str) -> bool:
    """A blank that may be the person or thing asked ("_____ said his …", "_____ and Edison … their"), not a number
    of things ("For _____ months they argued": who argued is not said)."""
    for m in re.finditer(r"_____(?:\s+([a-z][a-z-]+))?", before):
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


def _person_named(before: str, rest: str, p: str) -> bool:
    if _names_before(before) or "[" in before or _blank_names(before):
        return True  # a name, or the blank that is the person asked ("_____ said his …")
    words = set(re.findall(r"[a-z]+", before.lower()))
    if words & _PERSON_NOUNS:
        return True  # "a police chief reported what he took"
    if p in ("her", "hers") and _HER_THINGS.search(before):
        return True
    return False


def _thing_named(before: str, rest: str, p: str) -> bool:
    if p == "it" and (_DUMMY_IT.match(rest, 2) or _FORWARD_IT.match(rest, 2)):
        return True  # "It was not until 1850 that", "made it possible"
    if _names_before(before) or _blank_names(before):
        return True
    return any(m.group("noun").lower() not in _NOT_NOUNS for m in _NOUN_PHRASE.finditer(before))


def _plural_named(before: str, rest: str, p: str) -> bool:
    names = _names_before(before)
    if names or _blank_names(before):
        return True  # "the Lakota", "Stanton and Mott", "_____ and Edison … their"
    if p in ("their", "theirs") and re.search(r"\b(?:the|these|those)\s+[a-z]{3,}\b", before, re.IGNORECASE):
        return True  # "The samurai lost their right": a "their" after its owners, as the cloze rule leaves it
    return any(len(m.group("w")) >= 3 and m.group("w") not in _NOT_PLURALS and not m.group("w").endswith("ss")
               for m in _PLURAL_NOUN.finditer(before.lower()))

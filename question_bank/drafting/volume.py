"""Drafts for the sentences nothing else asks (issue 16, round 9: drafts per 100 words below 3 on sets 4-7).

About half the content sentences of a text got no draft at all: no date, number or name the builders may blank
("The friars banned their dances and burned their sacred objects", "Miltiades made the centre of his line thin").
A find-the-sentence draft (the form teachers kept as it stood most often after multiple select) needs no blank:
the student finds the sentence that says a restatement. Such a sentence gets one, when it tells history a student
can place alone.
"""

from __future__ import annotations

import re

from .facts import Facts, SentenceFacts
from .phrasing import capitalise, clean_end, has_verb, reworded_statement
from .swaps import placed_date

#: The writer or the reader speaking ("I pray it is built of brick", "we saw high land this afternoon", "you can
#: see"): a letter's or a guide's voice, not a fact of the history a student is asked to find.
_VOICE = re.compile(r"\b(?:I|I'm|I’m|me|my|we|We|us|our|Our|you|You|your|Your)\b")
#: Opinions, hedges and framing that say nothing to find ("Nobody knows", "historians still argue").
_THIN = re.compile(r"\b(?:nobody knows|no one knows|is uncertain|is unknown|still argue|it was a trick|"
                   r"please|notice how|begin your visit|today['’]s|yesterday|tomorrow|tonight)\b", re.IGNORECASE)
#: A day named by its weekday only ("By Thursday the fire was almost out"), or a word tying the statement to the
#: sentence before ("bought enslaved people ... instead"): the student cannot place it.
_UNPLACED = re.compile(r"\b(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|instead|too)\b")
#: A sentence that opens by pointing back ("This", "Such", "Then", "However", "Even so", "In the second,"): what
#: it follows only the sentence before says.
_POINTS_BACK = re.compile(r"^(?:This|These|Those|That|Such|Then|However|Yet|But|So|Still|Even so|Instead|Meanwhile|"
                          r"Here|Again|Also|In the (?:first|second|third|fourth|fifth|last|end)\b)\b")
#: ... or opens with a pronoun for a thing ("It", "Its", "They", "There"), unless the rules named it.
_LEADING_THING = re.compile(r"^(?:It|Its|They|Their|Them|There)\b")
#: Words that leave the thing unnamed inside the sentence ("the same", "the other two", "did so", "this").
_UNNAMED = re.compile(r"\b(?:the same|the other two|did so|did this|do so|this|these|the latter|the former)\b",
                      re.IGNORECASE)
MIN_WORDS = 8
#: Lower than a cite on a named fact (0.68 and more): taken only where a sentence has no other draft.
BASE_SCORE = 0.56


def plain_statement_cite(facts: Facts, sf: SentenceFacts, q_score: float, notes: list[str], ante,
                         quote: dict, topics: list[str]):
    """A find-the-sentence draft for a sentence without a fact to blank, or None when the sentence cannot stand
    alone: a pronoun not named, a relative date, a sentence that points back, the writer's own voice, a framing
    or opinion, too short a sentence."""
    from .builders import Draft  # builders imports this module

    if sf.sentence.words < MIN_WORDS:
        return None
    claim = reworded_claim(facts, sf, notes, ante)
    if claim is not None:
        claim = placed_date(sf.text, claim)  # "... after it had met for a single day in January": put back (round 13)
    if claim is None:
        return None
    text = sf.text
    q = {
        "type": "cite",
        "prompt": "Which sentence of the text supports this statement?",
        "topics": topics,
        "difficulty": 2,
        "explanation": f"This sentence says it: “{' '.join(text.split())}”",
        "evidence": quote,
        "statement": claim,
    }
    return Draft(q, "cite", "statement", BASE_SCORE + q_score, (sf.index,), text, [], list(notes),
                 f"{sf.index}:cite")


#: "at a time when …", "the day when …": a "when" that describes a noun, which no reordering may move.
_NOUN_WHEN = re.compile(r"\b(?:time|day|days|year|years|moment|period|age|era|night|hour)\s+when\b")


def reworded_claim(facts: Facts, sf: SentenceFacts, notes: list[str], ante) -> str | None:
    """A statement a student can place for find-the-sentence, beyond ``paraphrase``'s (which moves a date or a
    leading phrase, or names a pronoun): the sentence reordered (``phrasing.reworded_statement``) or one clause of
    two (``one_clause``). None when the sentence cannot stand alone: a pronoun not named (or named inside the
    sentence, where a plain restatement is no place to risk the wrong person: "deprived of his lands" is the free
    man's, not the king's), a relative date, a sentence that points back, the writer's own voice, a framing or
    opinion, a sentence over 40 words."""
    if sf.sentence.words > 40:
        return None
    if any(n.startswith(("starts with", "contains", "unresolved", "relative", "very short", "talks about"))
           for n in notes):
        return None
    text = sf.text
    if _VOICE.search(text) or _THIN.search(text) or _UNNAMED.search(text) or _NOUN_WHEN.search(text):
        return None
    if _POINTS_BACK.match(text) or ante is None and _LEADING_THING.match(text):
        return None
    if ante is not None and ante.pronoun_start > 0:
        return None
    if ante is None and re.search(r"\b(?:he|she|him|her|his|hers|himself|herself)\b", text, re.IGNORECASE):
        return None  # a pronoun the rules did not name: the statement would not say who
    claim = reworded_statement(facts, sf, ante) or (one_clause(text) or without_aside(text) if ante is None else None)
    if claim is None or len(claim.split()) < MIN_WORDS - 3 or _UNPLACED.search(claim):
        return None
    if _TIME_LEAD.match(text) and not _TIME_LEAD.match(claim) and re.search(r"\b(?:that|which|who|once)\b", claim):
        # "In 1913 Parliament passed a law … that let prisons … arrest them again once they had recovered": the
        # date moved to the end would read as the relative clause's
        return None
    return claim


_TIME_LEAD = re.compile(r"^(?:In|On|By|During|After|Before|From|Until)\s+\S")


#: Where a sentence of two clauses divides: ", and", ", but", ", so", ";".
_CLAUSES = re.compile(r",\s+(?:and|but|so|while)\s+|;\s+")
#: A clause that opens with a pronoun or a word pointing back cannot stand alone.
_CLAUSE_OPENERS = re.compile(r"^(?:it|its|they|their|them|there|he|she|his|her|this|these|those|that|the others|"
                             r"others|then|many|some|none|one|the (?:first|second|third|other|latter|former|same))\b",
                             re.IGNORECASE)
_INSIDE_PRONOUN = re.compile(r"\b(?:it|its|they|their|them|he|she|his|her|him)\b", re.IGNORECASE)


#: a part that opens with a preposition and has no verb but a relative clause's has no subject of its own ("…, and
#: by newsreel cameramen who had come to film the landing")
_LEANS_ON_OTHER = re.compile(r"(?:by|to|in|on|at|with|for|from|of|into|onto|as|than)\s", re.IGNORECASE)
#: "a million more emigrated", "two more died": a count added to one the other clause gives (round 16: set 10's
#: famine); "many more soldiers" compares and stands
_MORE_AGAIN = re.compile(r"\b(?:\d[\d,]*|one|two|three|four|five|six|seven|eight|nine|ten|dozen|hundred|thousand|"
                         r"million|billion)\s+more(?:\s+(?:were|was|had|have|did|died|[a-z]+ed)\b|$)", re.IGNORECASE)
#: "…, and Sparta, in the south of the Peloponnese": a name with its own aside after "and", no verb: the next item
#: of a list the first part began, not a clause
_LIST_ITEM_ASIDE = re.compile(r"[A-Z][\w’'-]{0,30}(?:\s[A-Z][\w’'-]{0,30}){0,5},\s")


def one_clause(text: str) -> str | None:
    """One clause of a sentence of two ("Yellow fever and malaria killed workers by the thousands, and landslides
    filled the cuts again and again" -> "Landslides filled the cuts again and again"): the student finds the sentence
    that says part of it. The later clause when it stands alone (a verb, no pronoun, at least five words), else the
    first; None for a sentence of one clause or of more than two."""
    parts = _CLAUSES.split(" ".join(text.split()).rstrip(" .!?"))
    if len(parts) != 2:
        return None
    if _LIST_ITEM_ASIDE.match(parts[1]) and not has_verb(parts[1].split()):
        return None  # "… were Athens, in the region of Attica, and Sparta, in the south …": a list, not two clauses
    for part in (parts[1], parts[0]):
        words = part.split()
        if len(words) < 5 or not has_verb(words) or _CLAUSE_OPENERS.match(part) or _INSIDE_PRONOUN.search(part):
            continue
        if _LEANS_ON_OTHER.match(part) and not has_verb(re.split(r"\s+(?:who|which|that|whom|whose)\s", part)[0].split()) \
                or _MORE_AGAIN.search(part):
            continue  # "by newsreel cameramen who had come …" (no subject), "more than a million more emigrated"
        if part[:1].islower() and has_verb(words[:1]):
            continue  # "… and handed over the island of Hong Kong": the clause has no subject of its own
        if part is parts[0] and re.match(r"(?:When|After|Before|Because|Although|Though|While|As|If|Since|Once|"
                                         r"Until|According)\b", part):
            continue  # a clause of time or cause alone says nothing happened
        if '"' in part or "“" in part or ":" in part:
            continue
        return clean_end(capitalise(part))
    return None


#: "Many planters, angry at losing their workers without payment, turned against ...": a subject, an aside between
#: commas, and the verb after it.
_MIDDLE_ASIDE = re.compile(r"^(?P<subject>[A-Z][^,;:]{3,60}?), (?P<aside>[^,;:]{3,80}), (?P<rest>[a-z][\w’'-]* .+)$")
#: "..., which were sunk into the riverbed", "..., to make gaps that the flames could not cross", "..., as people
#: carried away what goods they could": a last part that adds to what the sentence says before it.
#: ("to" only before a verb: ", to the emperor of Japan" is what the verb needs, not an aside)
_TRAILING_ASIDE = re.compile(r"^(?P<main>[^;:]+?), (?:which|who|whose|where|as|because|breathing|hoping|leaving|"
                             r"making|killing|using|carrying|to (?!(?:the|a|an|his|her|its|their|them|him|us|me|"
                             r"this|that|these|those|all|each|every|some|one|two|three)\b)[a-z]+) [^,;:]+$")

#: "... was the cog, a broad, deep vessel with a single mast and a square sail": what the thing named last is.
_TRAILING_APPOSITIVE = re.compile(r"^(?P<main>[^,;:]+), (?:a|an) [a-z][^;:]+$")


def without_aside(text: str) -> str | None:
    """A sentence without the aside it holds, for find-the-sentence: "Many planters, angry at losing their workers
    without payment, turned against the monarchy" -> "Many planters turned against the monarchy"; "The great towers
    stand on wooden boxes called caissons, which were sunk into the riverbed" -> "The great towers stand on wooden
    boxes called caissons" (issue 16, round 11: a sentence with nothing to blank that ``reworded_statement`` could not
    reorder, nor ``one_clause`` divide, got no draft). What is left says less than the sentence, nothing it does not.
    None when it would be under five words, lack a verb, hold a pronoun or open with a word that points back."""
    plain = " ".join(text.split()).rstrip(" .!?")
    if '"' in plain or "“" in plain:
        return None
    claim = None
    middle = _MIDDLE_ASIDE.match(plain)
    if middle and not has_verb(middle.group("subject").split()) and has_verb(middle.group("rest").split()[:1]) \
            and middle.group("rest").split()[0] not in ("then", "and", "but", "or", "who", "which"):
        claim = f"{middle.group('subject')} {middle.group('rest')}"
    elif (trailing := _TRAILING_ASIDE.match(plain) or _TRAILING_APPOSITIVE.match(plain)) and \
            has_verb(trailing.group("main").split()):
        claim = trailing.group("main")
    if claim is None or len(claim.split()) < 5 or len(plain.split()) - len(claim.split()) < 2:
        return None
    if _CLAUSE_OPENERS.match(claim) or _INSIDE_PRONOUN.search(claim) or claim.count(",") > 1 or \
            re.match(r"(?:A|An) (?:second|third|fourth|other|further)\b|Another\b", claim):  # "A second form" of what?
        return None
    return clean_end(capitalise(claim))


# --------------------------------------------------------------------------- years BC as blanks

#: "36 BC", "1259 BCE", "27 B.C.": a year before the common era written alone (no season, no hedge).
BC_YEAR = re.compile(r"(?P<year>[1-9]\d{0,3})(?P<space>\s?)(?P<era>BCE|BC|B\.C\.E\.|B\.C\.)")
_HEDGE_BEFORE = re.compile(r"\b(?:around|about|c\.|ca\.|circa|probably|perhaps|roughly|some|nearly|almost)\s*$",
                           re.IGNORECASE)
#: Invented years for a key, far enough off to be plainly wrong to a student who read the text.
BC_SHIFTS = (-10, 15, -20, 25)


def plain_bc_year(sf: SentenceFacts, m) -> bool:
    """A year BC a blank may ask: written alone ("36 BC", not "the summer of 490 BC"), not hedged ("around 321
    BCE", which is in no one year)."""
    return m.kind == "date" and m.granularity == "year_bc" and BC_YEAR.fullmatch(m.text) is not None and \
        not _HEDGE_BEFORE.search(sf.text[max(0, m.start - 12):m.start])


def bc_variants(text: str) -> list[str]:
    """The ways a student may write the same year BC: "36 BC", "36 BCE", "36 B.C.", "36 B.C.E."."""
    m = BC_YEAR.fullmatch(text)
    if m is None:
        return [text]
    return list(dict.fromkeys([text] + [f"{m.group('year')} {era}" for era in ("BC", "BCE", "B.C.", "B.C.E.")]))


_BC_SPAN = re.compile(r"\b(\d{2,4})\s*[-–]\s*(\d{2,4})\s*(?:BC|BCE|B\.C\.)")


def bc_year_distractors(facts: Facts, sf: SentenceFacts, answer, want: int = 3, made_up: int = 0) -> list:
    """Wrong choices for a year BC, written as the key is ("44 BC" beside "36 BC"): the other years BC the text
    gives first (nearest paragraphs first), then invented ones well away from the key. "by 36 BC" takes only earlier
    years (a later one is as true), "after 36 BC" only later ones; none the sentence itself gives."""
    from .distractors import Distractor, _direction, says_same_elsewhere
    from .phrasing import snippet

    key = BC_YEAR.fullmatch(answer.text)
    if key is None:
        return []
    era, space = key.group("era"), key.group("space")
    value = int(key.group("year"))
    direction = _direction(answer.prep)
    own = {int(x.group("year")) for d in sf.dates if (x := BC_YEAR.fullmatch(d.text))}
    # the sentence's other years BC, and the ends of its spans ("In the Second (218-201 BC) ... at Cannae in _____")
    others = (own | {int(y) for r in _BC_SPAN.finditer(sf.text) for y in r.group(1, 2)}) - {value}

    def fits(v: int) -> bool:
        # a year BC counts down: "earlier" than 36 BC is a larger number
        if v in own or abs(v - value) <= 1 or v < 1:
            return False  # a year next to the key ("498 BC" for a revolt of 499 BC) may still be within the events
        if any((v > o) != (value > o) for o in others):
            return False  # on the other side of another year of the sentence: ruled out by its order (round 22)
        return not (direction == "earlier" and v <= value or direction == "later" and v >= value)

    out: list = []
    seen = {value}
    found = []
    for other_sf, m in facts.mentions("date"):
        if other_sf.index == sf.index or m.granularity != "year_bc":
            continue
        x = BC_YEAR.search(m.text)
        if x is None:
            continue
        found.append((abs(other_sf.sentence.paragraph - sf.sentence.paragraph), other_sf.index, int(x.group("year")),
                      other_sf, m))
    for _dist, _i, v, other_sf, m in sorted(found, key=lambda t: (t[0], t[1])):
        if len(out) >= want:
            break
        rendered = f"{v}{space}{era}"
        if v in seen or not fits(v) or says_same_elsewhere(facts, sf, answer, m, rendered):
            continue
        seen.add(v)
        out.append(Distractor(rendered, f"Not this one: the text gives {rendered} for something else "
                                        f"(“{snippet(other_sf.text, m.start, m.end, 7)}”).", True, m, other_sf.index))
    for shift in BC_SHIFTS:
        if len(out) >= want + made_up:
            break
        v = value + shift
        if v in seen or not fits(v):
            continue
        seen.add(v)
        rendered = f"{v}{space}{era}"
        out.append(Distractor(rendered, f"The text does not give {rendered} here; it says {answer.text}.", False))
    return out


# --------------------------------------------------------------------------- a name of unsure kind, typed

#: Words that open a sentence capitalised but name no one ("No. 4", a month, a people's adjective).
_NOT_A_NAME = frozenset("no january february march april may june july august september october november december "
                        "today yesterday mother father god lord".split())


def unsure_name_answer(facts: Facts, sf: SentenceFacts, q_score: float, notes: list[str], ante):
    """"Fill in the blank: _____ watched the eruption from across the bay." (Pliny): a name the reader could not
    place as a person, place or thing (kind "other") that opens its sentence as the subject of its verb. Typed,
    with no hint of its kind (a wrong hint misleads), accepting the name as the text writes it. None for a sentence
    that leans on another, or a name the sentence repeats or that is no name."""
    from .builders import Draft, _says, quote_of, shown_by_title
    from .phrasing import BLANK, has_verb

    if any(n.startswith(("starts with", "contains", "unresolved", "relative", "very short", "talks about"))
           for n in notes) or sf.sentence.words < 6:
        return None
    first = next((m for m in sf.mentions if m.start == 0), None)
    if first is None or first.kind != "other" or first.subkind or first.text.lower() in _NOT_A_NAME:
        return None
    words = first.text.split()
    if not 1 <= len(words) <= 3 or not all(w[:1].isupper() for w in words) or len(first.text) < 4:
        return None
    rest = sf.text[first.end:]
    verb = re.match(r"\s+([a-z]+)\b", rest)
    if verb is None or not has_verb([verb.group(1)]):
        return None  # "Carolingian minuscule", "Pompeii's": the name is no subject here
    if first.text in rest or shown_by_title(facts, first):
        return None
    if ante is not None or re.search(r"\b(?:he|she|him|her|it|they|them)\b", rest, re.IGNORECASE) and \
            not re.search(r"\b(?:himself|herself|his|her)\b", rest):
        return None  # another pronoun: whose, the sentence alone may not say
    prompt = f"Fill in the blank: {BLANK}{' '.join(rest.split()) and ' ' + ' '.join(rest.split())}"
    q = {
        "type": "short_answer",
        "prompt": prompt,
        "topics": ["context"],
        "difficulty": 2,
        "explanation": _says(sf.text),
        "evidence": quote_of(facts, sf.index),
        "accepted": [first.text],
    }
    return Draft(q, "short_answer", "name", 0.62 + q_score, (sf.index,), first.text, [], list(notes),
                 f"{sf.index}:{first.start}")

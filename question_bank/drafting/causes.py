"""'Why?' and 'What followed?' drafts from the causal links a text states in so many words.

A link is read only where the text itself says it: "A because B", "Because B, A", "A because of B", "B led to A",
"In response to B, A", "B, so A", "B; as a result A", or a sentence opening "As a result," / "Therefore," /
"Consequently," after its cause. The right choice is the other side of the link as the text writes it (so the
validator finds every word of it in the quote); the wrong choices are other causes and effects the text gives,
then other things the text says happened, never from the link's own sentences or the sentences next to them
(those may be part of the same story of cause and effect).
"""

from __future__ import annotations

import re
import zlib
from dataclasses import dataclass

from . import lexicon
from .builders import Draft, not_history, quote_of, sentence_quality, topics_for
from .facts import Facts, SentenceFacts, folded
from .phrasing import NEGATION, antecedent, capitalise, has_verb

_LEAD = re.compile(r"^(?:However|Meanwhile|Yet|Thus|Then|And|But|Still|Also|Indeed|In the end),?\s+")
_LINKS = (
    # (pattern, which group is the cause, which the effect)
    (re.compile(r"^Because\s+(?!of\b)(?P<cause>[^,;]{6,120}),\s+(?P<effect>[^;]{6,160})$"), "cause", "effect"),
    (re.compile(r"^Because of\s+(?P<cause>[^,;]{4,100}),\s+(?P<effect>[^;]{6,160})$"), "cause", "effect"),
    (re.compile(r"^In response to\s+(?P<cause>[^,;]{4,100}),\s+(?P<effect>[^;]{6,160})$"), "cause", "effect"),
    (re.compile(r"^(?P<effect>[^;]{6,160}?),?\s+because\s+(?!of\b)(?P<cause>[^,;]{6,120})$"), "cause", "effect"),
    (re.compile(r"^(?P<effect>[^;]{6,160}?),?\s+because of\s+(?P<cause>[^,;]{4,100})$"), "cause", "effect"),
    (re.compile(r"^(?P<effect>[^;]{6,160}?)\s+in response to\s+(?P<cause>[^,;]{4,100})$"), "cause", "effect"),
    (re.compile(r"^(?P<cause>[^,;]{6,120}?)\s+led to\s+(?P<effect>[^,;]{4,120})$"), "cause", "effect"),
    (re.compile(r"^(?P<cause>[^;]{6,160}?),\s+so\s+(?!that\b|much\b|many\b|far\b)(?P<effect>[^,;]{6,120})$"),
     "cause", "effect"),
    (re.compile(r"^(?P<cause>[^;]{6,160}?);\s+(?:as a result|therefore|consequently|so),?\s+(?P<effect>[^;]{6,160})$",
                re.IGNORECASE), "cause", "effect"),
    (re.compile(r"^(?P<cause>[^;]{6,160}?),?\s+and\s+(?:as a result|therefore|consequently),?\s+(?P<effect>[^;]{6,160})$",
                re.IGNORECASE), "cause", "effect"),
)
#: a word of degree the link word's clause leaves at the effect's end ("moved south to Meroë, partly because ..."):
#: it belongs to the cause, and the effect shown alone ends on it ("… moved south to Meroë, partly."; round 23)
_DEGREE_END = re.compile(r",?\s+(?:partly|largely|mainly|mostly|chiefly|principally|in\s+part|probably|perhaps|"
                         r"possibly|only|simply|also|not\s+least)$", re.IGNORECASE)
#: links whose cause is the clause before the link word: in "A, but B, so C" the reason the text gives is B
_CLAUSE_BEFORE = re.compile(r",\s+so\s|\band\s+(?:as a result|therefore|consequently)\b|;", re.IGNORECASE)
#: a date or a time that opens a side ("On 3 December we tried to land"): the options go without it, so that
#: none of them is told apart by its date, and the reason reads as a reason
_DATE_OPENING = re.compile(r"^(?:On\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)|"
                           r"(?:On|In|By|At|During|Early in|Late in|In the (?:spring|summer|autumn|winter) of)\s+"
                           r"(?:the\s+)?(?:\d{1,2}(?:st|nd|rd|th)?\s+)?(?:[A-Z][a-z]+\s+)?(?:\d{1,2},?\s+)?"
                           r"(?:\d{3,4}(?:\s*(?:BC|BCE|AD|CE))?)?|On\s+\d{1,2}\s+[A-Z][a-z]+),?\s+(?=[a-zA-Z])")
#: things the writer dates by the day of writing ("Today we sailed"): no option a student could place
_WRITERS_TIME = re.compile(r"\b(?:today|yesterday|tonight|tomorrow|ago|this (?:morning|evening|week|month|year))\b",
                           re.IGNORECASE)
_RESULT_OPENING = re.compile(r"^(?:As a result|Therefore|Consequently|Because of this|For this reason|In response),\s+"
                             r"(?P<effect>.{6,200})$")
_PRONOUN_START = re.compile(r"^(?:" + "|".join(sorted(lexicon.PRONOUN_STARTS)) + r"|they|it|them|which|who)\b",
                            re.IGNORECASE)


#: a side that is itself a linked clause ("Because people had lost their savings, they spent less") stands out
#: among plain statements and hides which part is the cause
_CONJUNCTION_START = re.compile(r"^(?:because|when|although|though|while|since|after|before|if|as)\b", re.IGNORECASE)


@dataclass
class Link:
    cause: str
    effect: str
    sentences: tuple[int, ...]  # the sentence(s) that state the link (the cause's sentence first)
    #: the effect as the prompt shows it when it opens with "he"/"she" the text names just before ("[Laika] died
    #: within hours"); such an effect is only ever shown, never an option (an option must stand on its own words)
    effect_shown: str = ""


def _plain(text: str) -> str:
    text = " ".join(text.split()).rstrip(" .!?")
    return _LEAD.sub("", text)


def _side_ok(side: str) -> bool:
    words = side.split()
    # "he announced the discovery": who? a side must name who acts, not lean on the sentence before; "his" and
    # "her" are the named subject's when a name opens the side ("Gutenberg lost much of his equipment")
    possessive_ok = bool(re.match(r"[A-Z][a-z]+\b", side)) and words[0] not in _NOT_NAMES
    if re.search(r"\bbecause\b", side, re.IGNORECASE):
        return False  # a side with a reason of its own inside hides which part the question asks about
    if _REPORTED.match(side):
        return False  # "Historians estimate that 100,000 people died": what someone reckons is no cause or effect
    return 3 <= len(words) <= 22 and not _PRONOUN_START.match(side) and not _CONJUNCTION_START.match(side) and '"' not in side and "“" not in side \
        and not re.search(r"\b(?:he|she|him)\b", side, re.IGNORECASE) and \
        (possessive_ok or not re.search(r"\b(?:his|her)\b", side, re.IGNORECASE))


_REPORTED = re.compile(r"^(?:\w+\s+){1,3}(?:estimates?|think|thinks|believe|believes|say|says|said|suggests?|"
                       r"argue|argues|claim|claims)\s+that\b", re.IGNORECASE)
_NOT_NAMES = frozenset("The A An In On At By After Before During When While Many Most Some All Each Every Both "
                       "Other Others Several Few No".split())


def _shape_ok(text: str) -> bool:
    """An option of the shape of a reason or a result: a clause (who did what), not a bare name or thing ("The
    printing press" among whole sentences stands out), nor a thing the writer dates by the day of writing, nor
    the writer's own feeling ("I thank God that …")."""
    return has_verb(text.split()) and not _WRITERS_TIME.search(text) and not re.match(r"I\s", text)


def _dated(text: str) -> bool:
    """"Elizabeth died at Richmond Palace on 24 March 1603": an option that carries its date is told apart by it
    (a reason after the event it explains is no reason)."""
    return bool(re.search(r"\b\d{3,4}\b|\b\d{1,2}\s+(?:January|February|March|April|May|June|July|August|"
                          r"September|October|November|December)\b", text))


def _without_date_opening(text: str) -> str:
    rest = _DATE_OPENING.sub("", text, count=1)
    return rest if len(rest.split()) >= 3 else text


_LAST_CLAUSE = re.compile(r",\s+(?:but|and|yet)\s+(?=(?:the\s+|a\s+|an\s+)?[\w’'-]+\s+[a-z]+)")


def _last_clause(effect: str) -> str:
    """"The town surrendered in September, but the siege cost the English dearly, because …": what the reason
    explains is the clause it follows ("the siege cost the English dearly"), not the whole sentence before it."""
    parts = _LAST_CLAUSE.split(effect)
    last = parts[-1]
    return last if len(parts) > 1 and len(last.split()) >= 3 else effect


_SUBJECT = re.compile(r"^(?P<subj>(?:The|the)\s+[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+)*)\s+(?:[a-z]+)\b")


def _named_side(side: str, other: str) -> str:
    """"… because they were celebrating a festival" after "The Spartans agreed to come …": the side names the
    group (or thing) that the other side opens with, in the text's own words ("the Spartans were celebrating …")."""
    m = _SUBJECT.match(other)
    p = re.match(r"(they|it)\s+(?=[a-z])", side)
    if m is None or p is None or (p.group(1) == "they") != m.group("subj").endswith("s"):
        return side
    return "the" + m.group("subj")[3:] + " " + side[p.end():]


def find_links(facts: Facts) -> list[Link]:
    """The causal links the text states, in reading order."""
    out: list[Link] = []
    for sf in facts.sentences:
        text = _plain(sf.text)
        if NEGATION.search(text):
            continue  # "did not lead to": the link is denied, not stated
        opening = _RESULT_OPENING.match(text)
        if opening and sf.index > 0:
            before = facts.sentences[sf.index - 1]
            cause = _plain(before.text)
            effect = opening.group("effect")
            if not _side_ok(cause):
                # "John asked the pope for support, and in August the pope declared …": what "As a result" follows
                # is the clause just before it, when that one names who acts
                last = re.split(r",\s+(?:and|but|yet)\s+", cause)[-1]
                cause = _without_date_opening(_plain(last[:1].upper() + last[1:]))
            if not _side_ok(effect):
                # "In response, the crown banned Inca dress, and in 1784 it abolished …": the first thing done
                effect = re.split(r",\s+(?:and|but)\s+|;\s+", effect)[0]
            if before.sentence.paragraph == sf.sentence.paragraph and _side_ok(cause) and \
                    _side_ok(effect) and has_verb(cause.split()) and has_verb(effect.split()) and \
                    not NEGATION.search(cause):
                out.append(Link(cause, effect, (before.index, sf.index)))
            continue
        for pattern, c, e in _LINKS:
            m = pattern.match(text)
            if m is None:
                continue
            cause, effect = m.group(c), _DEGREE_END.sub("", m.group(e))
            whole_effect = effect
            if m.start(e) < m.start(c):
                effect = _last_clause(effect)
            elif _CLAUSE_BEFORE.search(text[m.end(c):m.start(e)]):
                cause = _last_clause(cause)
            cause, effect = _named_side(cause, effect), _named_side(effect, cause)
            shown = _resolved(facts, sf, effect)
            if _side_ok(cause) and _side_ok(shown or effect) and (has_verb(effect.split()) or effect != whole_effect):
                out.append(Link(cause, effect, (sf.index,), shown))
                break
    return out


def _resolved(facts: Facts, sf: SentenceFacts, side: str) -> str:
    """"She died within hours, because …": the side with the person the pronoun stands for, in brackets, when the
    text names that person just before (``phrasing.antecedent``); "" when the side opens with no such pronoun."""
    pronoun = re.match(r"(?:He|She|he|she)\b", side)
    at = sf.text.find(side)
    if pronoun is None or at < 0:
        return ""
    ante = antecedent(facts, sf)
    if ante is None or ante.pronoun_start != at:
        return ""
    return f"[{ante.name}]" + side[pronoun.end():]


def _other_happenings(facts: Facts, away_from: set[int]) -> list[tuple[int, str]]:
    """Main clauses of sentences far from the link: things the text says happened, to serve as wrong choices."""
    out = []
    content = set(facts.doc.content_paragraphs)
    for sf in facts.sentences:
        if sf.index in away_from or sf.sentence.paragraph not in content:
            continue
        if not_history(sentence_quality(facts, sf)[1]):
            continue  # "The report below was written for this collection": no happening of the history
        clause = _plain(re.split(r"[,;:—]\s+", sf.text)[0])
        if _side_ok(clause) and has_verb(clause.split()) and len(clause.split()) >= 4 and not NEGATION.search(clause):
            out.append((sf.index, clause))
    return out


_BY_A_NOUN = re.compile(r"\b(?:of|to|thanks\s+to|due\s+to|owing\s+to|in\s+response\s+to|after|despite)\s*$",
                       re.IGNORECASE)


def _noun_phrase(facts: Facts, link: Link, side: str) -> bool:
    """A side the text gives as a noun after a preposition ("Because of the printing press, …", "In response to the
    execution and to English support …"), not a clause: no option of another shape stands beside it."""
    if has_verb(side.split()):
        return False
    for i in link.sentences:
        text = " ".join(facts.sentences[i].text.split())
        at = text.lower().find(side.lower())
        if at >= 0:
            return bool(_BY_A_NOUN.search(text[:at]))
    return False


def _named_events(facts: Facts, away_from: set[int]) -> list[tuple[int, str]]:
    """The events, laws and treaties the text names away from the link ("the Spanish Armada", "Wyatt's Rebellion"):
    wrong choices of a noun's shape for a reason the text gives as a noun."""
    out = []
    for ent in facts.entities.values():
        if ent.kind != "event" or not facts.sure(ent.first) or set(ent.sentences) & away_from:
            continue
        if all(w in lexicon.EVENT_WORDS for w in ent.display.lower().split()):
            continue  # "Rebellion" cut from "Wyatt's Rebellion": a kind word names no event
        out.append((ent.first_sentence, ("the " if ent.takes_the else "") + ent.display))
    return out


def causal_drafts(facts: Facts) -> list[Draft]:
    links = find_links(facts)
    out: list[Draft] = []
    for n, link in enumerate(links):
        beside = {i + d for i in link.sentences for d in (-1, 0, 1)}
        near = set(beside)
        # the link's own paragraph tells the story of its cause and effect: another of its sentences may be a reason
        # or a result as well ("Heavy rain had turned the field into mud" beside "they were so tired …")
        paragraphs = {facts.sentences[i].sentence.paragraph for i in link.sentences}
        near |= {sf.index for sf in facts.sentences if sf.sentence.paragraph in paragraphs}
        for form in ("why", "followed"):
            answer = link.cause if form == "why" else link.effect
            given = link.effect if form == "why" else link.cause
            if form == "why" and link.effect_shown:
                given = link.effect_shown
            elif link.effect_shown:
                continue  # the effect leans on a pronoun: it can be shown, not offered as an option
            if _noun_phrase(facts, link, given) or not has_verb(given.split()):
                continue  # “The printing press.” What followed? A noun phrase is no statement to start from
            answer = _without_date_opening(answer)
            clause = not _noun_phrase(facts, link, answer)
            if clause and not _shape_ok(answer):
                continue  # a bare thing that is not the text's own noun side stands out among reasons
            # options of the key's shape: clauses for a clause; for a noun ("Because of the printing press") other
            # noun sides and the named events of the text, never whole clauses (the key stands out by its shape)
            pool = [(link2.sentences[-1], side) for link2 in links if link2 is not link and not set(link2.sentences) & near
                    for side in [link2.cause if form == "why" else link2.effect]
                    if _noun_phrase(facts, link2, side) != clause]
            # a named event is no clause that could be a second reason: only those beside the link are left out
            pool += _other_happenings(facts, near) if clause else _named_events(facts, beside)
            wrong: list[str] = []
            pool = [(i, text) for i, text in ((i, _without_date_opening(t)) for i, t in pool)
                    if (_shape_ok(text) if clause else not _WRITERS_TIME.search(text))]
            dated_answer = _dated(answer)
            pool = [(i, text) for i, text in pool if dated_answer or not _dated(text)]
            # a reason comes before what it explains, a result after its cause: options from that side of the
            # link first, so that none is ruled out by where the text tells it
            before = form == "why"
            at = link.sentences[0]
            for _, text in sorted(pool, key=lambda p: ((p[0] < at) != before,
                                                       abs(len(p[1].split()) - len(answer.split())),
                                                       zlib.crc32(p[1].encode("utf-8")))):
                if folded(text) in {folded(w) for w in wrong} or folded(text) in folded(given) or \
                        folded(answer) in folded(text) or folded(text) in folded(answer):
                    continue
                wrong.append(text)
                if len(wrong) == 3:
                    break
            if len(wrong) < 2:
                continue
            draft = _draft(facts, link, form, answer, given, wrong, n)
            if draft is not None:
                out.append(draft)
    return out


def _draft(facts: Facts, link: Link, form: str, answer: str, given: str, wrong: list[str], n: int) -> Draft | None:
    sf: SentenceFacts = facts.sentences[link.sentences[-1]]
    q_score, notes, _ante = sentence_quality(facts, sf)
    opens = _plain(sf.text)
    if any(note.startswith("starts with") for note in notes) and len(link.sentences) == 1 and \
            (opens.startswith(link.cause) or opens.startswith(link.effect)):
        return None  # a side that opens with "The town …" leans on the sentence before; a later clause does not
    prompt = (f"The text says: “{capitalise(given)}.” What reason does it give?" if form == "why"
              else f"The text says: “{capitalise(given)}.” What followed, according to the text?")
    answer = re.sub(r"\band to\b", "and", answer)  # "In response to A and to B": the choice is "A and B"
    choices = [{"text": capitalise(answer), "correct": True,
                "feedback": "Right: the text gives this as " + ("the reason." if form == "why" else "what followed.")}]
    choices += [{"text": capitalise(w), "correct": False,
                 "feedback": "The text says this happened, but not as " +
                             ("the reason." if form == "why" else "what followed.")} for w in wrong]
    k = zlib.crc32(f"{form}|{link.sentences}".encode()) % len(choices)
    choices = choices[1:k + 1] + choices[:1] + choices[k + 1:]
    quote = quote_of(facts, link.sentences[0], link.sentences[-1])
    q = {
        "type": "multiple_choice",
        "prompt": prompt,
        "topics": topics_for("event", sf) + ["causes"],
        "difficulty": 2,
        "explanation": "The text says: “" + " ".join(quote["quote"].split()) + "”",
        "evidence": quote,
        "choices": choices,
    }
    # a cause or an effect asks for understanding, not for one remembered name: it ranks with the best fact drafts
    score = 0.86 + q_score - 0.1 * (3 - len(wrong)) + (0.02 if form == "why" else 0)
    return Draft(q, "multiple_choice", "cause" if form == "why" else "effect", score, link.sentences, answer, wrong,
                 list(notes), f"{link.sentences[-1]}:{form}")

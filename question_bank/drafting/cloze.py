"""Cloze drafts: a sentence of the text with its names, dates and numbers hidden (one to three gaps).

The passage is the sentence exactly as the text writes it (the quote), and every gap is the span of a
mention the reader found in it, so the checker proves each gap. A gap is a drop-down when the text
offers at least two same-kind wrong options (other dates, other people, other numbers: the drafting
distractors), else a typed gap (a number gap for a number). A typed gap whose words the passage shows
elsewhere, or another gap offers as an option, is never drafted (the lint's ``gap_shown``).

``gap_distractors`` is what the editor's cloze form asks for when the teacher makes a gap a drop-down.
"""

from __future__ import annotations

import re
from dataclasses import replace
from functools import lru_cache
from typing import Any

from .. import evidence as ev
from .. import numbers, textnorm
from . import extract, lexicon
from .builders import (
    Draft,
    absolute_lead,
    accepted_answers,
    answer_base,
    answerable,
    is_dateline,
    names_whom_it_means,
    not_history,
    people_word_shown,
    quote_of,
    sentence_quality,
    shown_by_title,
    thing_lean_only,
    topics_for,
    two_kinds,
)
from .distractors import (
    Distractor,
    across_shown_dates,
    date_distractors,
    name_distractors,
    number_distractors,
    place_read_as_person,
)
from .facts import Facts, SentenceFacts, mention_keys, read_facts
from .referents import DEICTIC, PERSON_PRONOUN, THING_PRONOUN

MAX_GAPS = 3
PROMPT = "Fill the gaps with the words of the text."
#: name kinds a gap may hide (a "group" or "other" mention is no fact worth a gap)
_NAME_KINDS = frozenset({"person", "place", "country", "unit", "organisation", "event", "award", "craft", "language",
                         "document"})


def _distractors_for(facts: Facts, sf: SentenceFacts, m: extract.Mention, want: int = 3) -> list[Distractor]:
    known = facts.memo.get(("distractors", sf.index), {}).get(id(m))
    if known is not None and want == 3:
        return known  # found already for the sentence's other drafts (the same call)
    if m.kind == "date":
        return date_distractors(facts, sf, m, want)
    if m.kind == "number":
        return number_distractors(facts, sf, m, want)
    return name_distractors(facts, sf, m, want)


def _folded(text: str) -> str:
    return f" {textnorm.fold(text, drop_article=False)} "


def _shows(haystack: str, answer: str) -> bool:
    needle = textnorm.fold(answer, drop_article=False)
    return bool(needle) and f" {needle} " in haystack


def _is_number(text: str) -> bool:
    return numbers.read_one(textnorm.typographic_to_ascii(text)) is not None or textnorm.parse_number(text) is not None


#: what stands between two gaps of a list ("the _____ and the _____"): such gaps can be swapped
_LIST_JOIN = re.compile(r"\s*(?:,|,?\s+(?:and|or))\s+(?:the\s+)?", re.IGNORECASE)
#: dates a student can type: a day, a month or a year (not "the summer of 1950")
_TYPED_DATES = ("full", "month_day", "month_year", "year")


def cloze_drafts(facts: Facts, sf: SentenceFacts) -> list[Draft]:
    """At most one cloze draft for a sentence: its best one to three mentions hidden. A sentence that opens
    with a pronoun ("She helped …") is shown after the sentence before it, so the passage says who."""
    q_score, q_notes, ante = sentence_quality(facts, sf)
    if not_history(q_notes) or is_dateline(sf.text):
        return []  # an editor's note or a letter's dateline is no history
    first = sf.index
    leaning = ante is None and any(n in q_notes for n in ("starts with a pronoun", "unresolved pronoun", "relative date"))
    if leaning and sf.index > 0 and facts.sentences[sf.index - 1].sentence.paragraph == sf.sentence.paragraph:
        _, before_notes, before_ante = sentence_quality(facts, facts.sentences[sf.index - 1])
        if before_ante is None and any(n in before_notes for n in ("starts with a pronoun", "unresolved pronoun", "relative date")) \
                and not (thing_lean_only(facts, sf) and "relative date" in before_notes and
                         not any(n in before_notes for n in ("starts with a pronoun", "unresolved pronoun"))):
            return []  # "Her work brought her … In 1989 she led …": the sentence before does not say who either
        if not_history(before_notes):
            return []  # "In front of you is a model … The council paid 200 pounds for it": the guide says what "it" is
        if not names_whom_it_means(facts, sf, facts.sentences[sf.index - 1], before_ante):
            return []  # "… much old poetry survives under his rule. He also brought in a new coin": not who he is
    if "relative date" in q_notes and (sf.index == 0 or
                                       facts.sentences[sf.index - 1].sentence.paragraph != sf.sentence.paragraph):
        return []  # "The following summer Octavian reached _____" opening a paragraph: which summer, nothing shows
    if leaning and sf.index > 0 and facts.sentences[sf.index - 1].sentence.paragraph == sf.sentence.paragraph:
        first = sf.index - 1
        # the sentence shown first keeps its own "He": the prompt says who it is, as for the sentence asked (round 9)
        ante = sentence_quality(facts, facts.sentences[first])[2]
        q_score += 0.15
        q_notes = [n for n in q_notes if n not in ("starts with a pronoun", "unresolved pronoun", "relative date")] + \
            ["shown after the sentence before it"]
    quote = quote_of(facts, first, sf.index)
    offset = sf.sentence.start - facts.sentences[first].sentence.start
    if quote["quote"][offset:] != sf.text:
        return []  # the gaps are offsets into the quote: the sentence must be in it character for character
    picked: list[extract.Mention] = []
    for m in sorted((m for m in sf.mentions if _gap_worthy(facts, sf, m)), key=lambda m: (-answer_base(m), m.start)):
        if len(picked) == MAX_GAPS:
            break
        if any(m.start < p.end + 2 and p.start < m.end + 2 for p in picked):
            continue  # overlapping or touching gaps would read as one
        if any(_inside(m.text, p.text) or _inside(p.text, m.text) for p in picked):
            continue  # "on _____ … the Bond of _____": "6 March 1844" gives "1844" away
        if any(p.kind == m.kind and _LIST_JOIN.fullmatch(sf.text[min(p.end, m.end):max(p.start, m.start)])
               for p in picked):
            continue  # "between the _____ and the _____": the two answers could be swapped
        picked.append(m)
    picked.sort(key=lambda m: m.start)
    if _leaves_unnamed(sf, ante, first):
        return []  # "a plot to kill him", "its arrival", "Here, from _____ onwards": whom or what the passage hides
    out = _cloze_of(facts, sf, picked, first, offset, quote, q_score, q_notes, ante)
    # the same passage without the gaps on names the text repeats elsewhere ("Napoleon", "Sukarno"): such a gap is
    # shown by another draft's prompt, so the whole cloze is often refused while its other gaps ask fresh facts
    # (issue 16, round 7: half the sentences with candidates and no draft on sets 4-6 were refused so)
    fresh = [m for m in picked if m.kind in ("date", "number") or not _repeated(facts, sf, m)]
    if out and fresh and len(fresh) < len(picked):
        for d in _cloze_of(facts, sf, fresh, first, offset, quote, q_score, q_notes, ante):
            d.score -= 0.02  # the fuller passage first, where nothing refuses it
            out.append(d)
    return out


def _leaves_unnamed(sf: SentenceFacts, ante, first: int) -> bool:
    """A cloze passage that leaves unsaid whom a pronoun in it means, or the writer's own "here" and "today":
    the teacher has to rewrite it (sets 8-11: "'him' is Caesar, not named", "'Here' is Vindolanda"). A "his"
    needs a person named before it ("Duke _____ gave his mines" says whose), an "its" any name, a "them" a name
    of a thing, place or people ("Governor _____ refused to let them leave": not the governor)."""
    if DEICTIC.search(sf.text):
        return True
    if ante is not None or first < sf.index:
        return False  # the prompt says who "He" is, or the sentence before is shown: a later "his" is the same
    for m in PERSON_PRONOUN.finditer(sf.text):  # a name of unsure kind may be the person ("Harald Jäger")
        if not any(n.start < m.start() and n.kind in ("person", "other") for n in sf.names):
            return True
    for m in THING_PRONOUN.finditer(sf.text):  # "Qin owed its strength": the reader may take a state for a person
        if not any(n.start < m.start() and (m.group(1).lower() == "its" or n.kind != "person") for n in sf.names):
            return True
    return False


def _repeated(facts: Facts, sf: SentenceFacts, m: extract.Mention) -> bool:
    """A name the text writes in at least two other sentences."""
    where: set[int] = set()
    for k in mention_keys(m):
        where |= facts.where.get(k, set())
    return len(where - {sf.index}) >= 2


def _cloze_of(facts: Facts, sf: SentenceFacts, picked: list[extract.Mention], first: int, offset: int, quote: dict,
              q_score: float, q_notes: list[str], ante) -> list[Draft]:
    answers = {textnorm.fold(m.text) for m in picked}
    gaps: list[dict] = []
    kept: list[extract.Mention] = []
    made_up = from_text = 0
    # what the passage shows around its gaps (the sentence before, when it is shown): an option it shows is
    # another thing's ("the Twelve Years' Truce from 1609 to 1621. It finally ended … in _____" offered 1609 and
    # 1621, round 23, set 22); and the person the prompt's note names ("“His” is Suleiman") is none of the others
    blanked = list(quote["quote"])
    for m in picked:
        blanked[offset + m.start:offset + m.end] = [" "] * (m.end - m.start)
    around = _folded("".join(blanked))
    named = ante.name if ante is not None else ""
    for m in picked:
        found = _distractors_for(facts, sf, m) if first == sf.index and not named else \
            date_distractors(facts, sf, m, 6, made_up=5) if m.kind == "date" else _distractors_for(facts, sf, m, 6)
        options = [d for d in found if _fair_option(m, d, answers)
                   and not (first < sf.index and (_shows(around, d.text) or
                                                  across_shown_dates(facts.sentences[first], m, d)))
                   and not (named and m.kind == "person" and _one_person(d.text, named))][:3]
        at: dict[str, Any] = {"start": offset + m.start, "end": offset + m.end, "answer": m.text}
        if len(options) >= 2:
            if m.kind == "person" and (cut := _title_cut(m.text, [d.text for d in options])):
                # "Chief Justice John Marshall" among bare names: the title alone picks the key and gives the court
                # another gap asks; the gap is the name, the title stays in the passage (round 19, set 15)
                at = {"start": offset + m.start + cut, "end": offset + m.end, "answer": m.text[cut:]}
            gap = {**at, "kind": "dropdown", "distractors": [_like(str(at["answer"]), d.text) for d in options]}
            from_text += sum(d.from_text for d in options)
            made_up += sum(not d.from_text for d in options)
        elif m.kind == "number" and _is_number(m.text):
            gap = {**at, "kind": "numeric"}
        elif m.kind == "date" and m.granularity not in _TYPED_DATES:
            continue  # "the _____ was dire" (the summer of 1950): too loose to type
        else:
            gap = {**at, "kind": "short_answer"}
            if m.kind not in ("date", "number"):
                # "Volta" for "Volta River", "Nixon" for "Richard Nixon"; never a form the passage itself shows
                rest = _folded(sf.text[:m.start] + " " + sf.text[m.end:])
                extra = [a for a in accepted_answers(facts, sf, m)[1:] if not _shows(rest, a)
                         and textnorm.fold(a) != textnorm.fold(m.text)]
                if extra:
                    gap["accepted"] = extra
        gaps.append(gap)
        kept.append(m)
    gaps, kept = _without_shown(quote["quote"], gaps, kept)
    if not gaps:
        return []
    _share_options(gaps, kept)
    base = sum(answer_base(m) for m in kept) / len(kept) + q_score
    # a second and third gap make the passage a better exercise, up to the point where it is mostly holes
    score = base + 0.03 * (len(gaps) - 1) + 0.02 * min(from_text, 3) - 0.03 * made_up
    if sum(g["end"] - g["start"] for g in gaps) > 0.5 * len(sf.text):
        score -= 0.2
    notes = list(q_notes) + ([f"{made_up} made-up option(s)"] if made_up else [])
    kinds = [m.kind for m in kept]
    says = ([f"“{ante.pronoun}” is {ante.name}"] if ante is not None else []) + \
        ([when] if first == sf.index and (when := _when_note(facts, sf)) else [])
    note = "; ".join(says)
    prompt = f"{PROMPT} ({note[:1].upper()}{note[1:]}.)" if says else PROMPT
    q = {
        "type": "cloze",
        "prompt": prompt,
        "topics": topics_for(kinds[0], sf, kept[0]),
        "difficulty": 2 if all(g["kind"] == "dropdown" for g in gaps) else 3,
        "explanation": f"The text says: “{' '.join(quote['quote'].split())}”",
        "evidence": quote,
        "gaps": gaps,
    }
    fact = f"{sf.index}:{kept[0].start}"
    also = tuple(f"{sf.index}:{m.start}" for m in kept[1:])
    kind = kinds[0] if len(set(kinds)) == 1 else "gaps"
    return [Draft(q, "cloze", kind, score, tuple(range(first, sf.index + 1)), "; ".join(g["answer"] for g in gaps),
                  [d for g in gaps for d in g.get("distractors", [])], notes, fact, also)]


def _one_person(option: str, named: str) -> bool:
    from .distractors import _person_overlap

    return _person_overlap(option, named)


def _share_options(gaps: list[dict], kept: list[extract.Mention]) -> None:
    """Drop-downs of one kind of name in one passage offer the same names: each lists the other gaps' answers
    among its wrong options, and the options the others offer first. Two lists that share every wrong option but
    lack each other's key give each key away as the one name its own list alone has ("the general _____ sent an
    officer, _____": Ban Chao and Gan Ying each beside Zhang Qian and Cai Lun; round 23, sets 19 and 21)."""
    groups: dict[str, list[int]] = {}
    for i, (g, m) in enumerate(zip(gaps, kept, strict=True)):
        if g["kind"] == "dropdown" and m.kind not in ("date", "number"):
            groups.setdefault(m.kind, []).append(i)
    for members in groups.values():
        if len(members) < 2:
            continue
        keys = [gaps[i]["answer"] for i in members]
        for i in members:
            own = gaps[i]["distractors"]
            others = [k for k in keys if k != gaps[i]["answer"]]
            shared = [d for d in own if all(d in gaps[j]["distractors"] for j in members if j != i)]
            rest = [d for d in own if d not in shared]
            wrong = list(dict.fromkeys(d for d in others + shared + rest
                                       if textnorm.fold(d) != textnorm.fold(gaps[i]["answer"])))
            gaps[i]["distractors"] = wrong[:max(3, len(others))]


_TITLE_LEAD = frozenset("chief vice deputy grand high lord".split())


def _title_cut(answer: str, options: list[str]) -> int:
    """Where the name starts after the titles leading a person's key ("Chief Justice John Marshall": 14), when no
    option starts with a title; 0 when the key has no title or an option has one as well."""
    words = answer.split()
    n = 0
    while n < len(words) - 1 and (words[n].lower().rstrip(".") in lexicon.TITLES or words[n].lower() in _TITLE_LEAD):
        n += 1
    if n == 0 or not any(w.lower().rstrip(".") in lexicon.TITLES for w in words[:n]) or not words[n][:1].isupper():
        return 0
    if any(w.lower().rstrip(".") in lexicon.TITLES or w.lower() in _TITLE_LEAD for o in options for w in o.split()[:2]):
        return 0  # "Principal Chief John Ross" beside it: the key's title is no odd one out
    return answer.index(words[n], len(" ".join(words[:n])))


def _when_note(facts: Facts, sf: SentenceFacts) -> str | None:
    """What a cloze's prompt says of a time its passage leaves unplaced, since the passage is the text's own words
    (issue 16, round 11: set 8's cloze still showed "Last Tuesday", set 10's "On _____" lost its heading's year):
    "“Last Tuesday” is in November 1849", "the year is 1870" (the heading "1870." of a chronicle's paragraph)."""
    lead = absolute_lead(facts, sf)
    if lead is None:
        return None
    start, end, said = lead
    year = re.search(r"\b\d{3,4}(?:\s+(?:BCE|BC|B\.C\.))?", said)
    if year is None:
        return None  # "A year later Obregón …, killed on 21 May 1920": the sentence's own date places it
    phrase = sf.text[start:end].strip(" ,")
    inner = re.match(r"(?:in|of|during|by|from)\s+(?P<rest>\S.*)$", phrase, re.IGNORECASE)
    if start > 0 and inner is not None or re.match(r"the\s|that\s", phrase):
        # a year inside the sentence (round 20): "“the same year” is 1521", not "“of the same year” is 1521"
        return f"“{inner.group('rest') if inner else phrase}” is {year.group(0)}"
    if start == end or textnorm.fold(said).endswith(textnorm.fold(phrase)):
        return f"the year is {year.group(0)}"  # "On 20 September" + " 1870"; "For" -> "From 1556, for"
    return f"“{phrase}” is {said.strip(' ,')[:1].lower()}{said.strip(' ,')[1:]}"


def _inside(a: str, b: str) -> bool:
    """The words of ``a`` are the words of ``b`` or a run of them ("1844" in "6 March 1844")."""
    return f" {textnorm.fold(a)} " in f" {textnorm.fold(b)} "


def _gap_worthy(facts: Facts, sf: SentenceFacts, m: extract.Mention) -> bool:
    # a name whose kind the text does not settle ("the Melbourne papers", "the Eureka lead") is no fact to ask
    return (m.kind in ("date", "number") or m.kind in _NAME_KINDS and facts.sure(m)) and answerable(sf, m) and \
        not shown_by_title(facts, m) and m.low is None and not (  # the title beside the question shows it; a
        # range is no single answer to type or pick in a gap; "the slave trade from _____ … Africans" shows Africa
        m.kind in ("place", "country") and people_word_shown(m.text, sf.text[:m.start] + " " + sf.text[m.end:])) \
        and not two_kinds(facts, m) and not place_read_as_person(facts, m)


def _fair_option(m: extract.Mention, d: Distractor, answers: set[str]) -> bool:
    """A wrong option of the answer's own kind (a person for a person), and no other gap's answer."""
    if not d.text.strip() or textnorm.fold(d.text) in answers | {textnorm.fold(m.text)}:
        return False
    if d.mention is not None and m.kind == "number" and m.unit and d.mention.unit != m.unit:
        return False  # "about _____ tons" with "12,941 flights" as an option
    return d.mention is None or d.mention.kind == m.kind or m.kind in ("date", "number")


def _like(answer: str, option: str) -> str:
    """An option written like the answer: "Seven" beside "Five" at the start of a sentence, not "seven"."""
    if answer[:1].isupper() and option[:1].islower():
        return option[:1].upper() + option[1:]
    return option


def _without_shown(text: str, gaps: list[dict], kept: list[extract.Mention]) -> tuple[list[dict], list[extract.Mention]]:
    """The gaps less every typed one the passage or an option list gives away (repeated until none does:
    dropping a gap shows its words again)."""
    while gaps:
        shown = list(text)
        for g in gaps:
            shown[g["start"]:g["end"]] = [" "] * (g["end"] - g["start"])
        shown_folded = _folded("".join(shown))
        options = _folded(" | ".join(d for g in gaps for d in [*g.get("distractors", []),
                                                                 *([g["answer"]] if g["kind"] == "dropdown" else [])]))
        bad = [i for i, g in enumerate(gaps) if g["kind"] != "dropdown"
               and (_shows(shown_folded, g["answer"]) or _shows(options, g["answer"]))]
        # a drop-down whose answer the passage shows is no question either
        bad += [i for i, g in enumerate(gaps) if g["kind"] == "dropdown" and _shows(shown_folded, g["answer"])]
        if not bad:
            break
        drop = bad[0]
        gaps = [g for i, g in enumerate(gaps) if i != drop]
        kept = [m for i, m in enumerate(kept) if i != drop]
    return gaps, kept


# --------------------------------------------------------------------------- for the editor


@lru_cache(maxsize=4)
def _facts_of(text: str) -> Facts:
    return read_facts(text)


def _normalised(source_text: str) -> str:
    return source_text.lstrip("\ufeff").replace("\r\n", "\n").replace("\r", "\n")


def read_ahead(source_text: str) -> None:
    """Read the facts of a source text now (the editor does it off the GUI thread when a cloze is shown), so
    that ``gap_distractors`` answers at once when the teacher makes a gap a drop-down (a 5,000-word text
    takes about 0.2 s to read)."""
    _facts_of(_normalised(source_text))


def gap_distractors(source_text: str, quote: str, start: int, end: int, want: int = 3) -> list[str]:
    """Wrong options for a drop-down gap ``quote[start:end]`` of a passage of ``source_text``: other
    mentions of the text of the same kind (dates for a date, people for a person, numbers for a number),
    or changed dates and numbers. Empty when the reader finds no such thing (the teacher types them)."""
    answer = quote[start:end]
    text = _normalised(source_text)
    where = ev.locate(text, quote)
    if where is None or not answer.strip():
        return []
    at, upto = where.span[0] + start, where.span[0] + end
    facts = _facts_of(text)
    for sf in facts.sentences:
        s = sf.sentence
        if not (s.start <= at < s.end):
            continue
        for m in sf.mentions:
            if s.start + m.start == at and s.start + m.end == upto:
                return _texts(_distractors_for(facts, sf, m, want), answer)
        # no mention is exactly the gap: read the gap's words alone for a date, a number or a name
        alone = extract.find_dates(answer) or extract.find_numbers(answer)
        for m in alone:
            if m.start == 0 and m.end == len(answer):
                shifted = replace(m, start=at - s.start, end=upto - s.start)
                return _texts(_distractors_for(facts, sf, shifted, want), answer)
        return _same_shape_words(facts, answer, quote, want)
    return []


def _texts(found: list[Distractor], answer: str) -> list[str]:
    out: list[str] = []
    for d in found:
        if d.text.strip() and d.text != answer and d.text not in out:
            out.append(d.text)
    return out


def _same_shape_words(facts: Facts, answer: str, quote: str, want: int) -> list[str]:
    """Names of the text of the same kind as ``answer`` when it is one, not in the passage."""
    kinds = {m.kind for sf in facts.sentences for m in sf.names if m.text == answer}
    out: list[str] = []
    quote_folded = _folded(quote)
    for sf in facts.sentences:
        for m in sf.names:
            if (m.kind in kinds or not kinds and m.text[:1].isupper() == answer[:1].isupper()) \
                    and m.text != answer and m.text not in out and not _shows(quote_folded, m.text):
                out.append(m.text)
                if len(out) >= want:
                    return out
    return out


__all__ = ["MAX_GAPS", "cloze_drafts", "gap_distractors", "read_ahead"]

"""Turn a sentence into the words of a question: blanks, statements, event labels, short snippets.

Nothing here adds a fact: words are only removed, moved or (for a pronoun) replaced by the
name the text itself gives in the sentence before.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from . import extract, lexicon
from .facts import Facts, SentenceFacts
from .rx import rx

BLANK = "_____"
_MONTHS = "January|February|March|April|May|June|July|August|September|October|November|December"

_CONNECTIVES = re.compile(
    r"^(?:however|meanwhile|yet|thus|therefore|moreover|furthermore|nevertheless|indeed|still|also|"
    r"in contrast|in addition|instead|by contrast|at the same time|as a result|in turn|in the end)\s*,\s*",
    re.IGNORECASE,
)
#: "Therefore a direct telephone link …" (no comma): a word that ties the sentence to a cause the draft does not show
_BARE_CONNECTIVE = re.compile(r"^(?:therefore|thus|hence|consequently|as\s+a\s+result(?!\s+of\b))\s+(?=[A-Za-z])", re.IGNORECASE)
#: "Sparta, by contrast, had two kings": the same after the subject, between commas
_INNER_CONNECTIVE = re.compile(r"^(?P<subject>[A-Z][^,;:]{1,40}?),\s+(?:however|by\s+contrast|in\s+contrast|therefore|"
                               r"thus|moreover|furthermore|meanwhile|in\s+turn|as\s+a\s+result|though|too|also|"
                               r"nevertheless|consequently|on\s+the\s+other\s+hand),\s+(?=[a-z])", re.IGNORECASE)


def drop_connectives(text: str) -> str:
    """A sentence without the word that ties it to the one before (round 16: set 13's "Therefore a direct telephone
    … link", set 14's "Sparta, by contrast, had …"): shown alone, the draft has nothing for it to point to."""
    out = _CONNECTIVES.sub("", text)
    out = _BARE_CONNECTIVE.sub("", out)
    inner = _INNER_CONNECTIVE.match(out)
    if inner is not None:
        out = inner.group("subject") + " " + out[inner.end():]
    return capitalise(out) if out != text else text


_LIST_DATE = re.compile(r"^(?P<date>[^:]{4,40}?):\s+(?P<rest>[A-Z].*)$")
_PRONOUNS = {"he": "subj", "she": "subj", "his": "poss", "her": "poss", "him": "obj", "it": "subj", "they": "subj",
             "its": "poss", "their": "poss"}


def clean_end(text: str) -> str:
    text = text.strip().rstrip(",;:—–- ")
    if text.endswith(("”", '"')) and not text[:-1].endswith((".", "?", "!", ",", "…")):
        return text + "."  # 'Their slogan was "Support the Qing, destroy the foreign".': the stop after the quote
    if not text.endswith((".", "?", "!", "”", '"', "…")):
        text += "."
    return text


def capitalise(text: str) -> str:
    return text[:1].upper() + text[1:] if text else text


def decapitalise(text: str, facts: Facts | None = None) -> str:
    """Lower-case the first word when it is an ordinary word ("The army", not "Truman")."""
    m = re.match(r"[A-Za-z]+", text)
    if not m:
        return text
    word = m.group(0)
    if word.lower() in lexicon.SENTENCE_STARTERS or word.lower() in ("the", "a", "an"):
        return word.lower() + text[len(word):]
    return text


# --------------------------------------------------------------------------- segments


def segments(text: str, protect: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Comma/semicolon/colon/dash separated pieces, never cutting inside a protected span or brackets."""
    cuts = []
    depth = 0
    for i, ch in enumerate(text):
        if ch in "([":
            depth += 1
        elif ch in ")]":
            depth = max(0, depth - 1)
        elif depth == 0 and ch in ",;:—–" and not any(s <= i < e for s, e in protect):
            if ch in "—–" and i > 0 and text[i - 1].isdigit():
                continue
            if ch == "," and _LIST_ITEM.match(text, i + 1):
                continue  # "every road, rail and canal link": a list, not a clause break
            cuts.append(i)
    out, start = [], 0
    for c in cuts + [len(text)]:
        s, e = start, c
        while s < e and text[s].isspace():
            s += 1
        while e > s and text[e - 1] in " .\t":
            e -= 1
        if e > s:
            out.append((s, e))
        start = c + 1
    return out


_LIST_ITEM = re.compile(r"\s+(?!and\b|or\b|but\b|which\b|who\b)[a-z][\w-]*(?:\s+[a-z][\w-]*)?\s*(?:,|\s+(?:and|or)\s)")


def has_verb(words: list[str]) -> bool:
    for w in words:
        lw = w.lower().strip(".,;:")
        if lw in lexicon.VERBS:
            return True
        if len(lw) > 4 and lw.endswith("ed") and lw not in ("red", "hundred", "kindred") and w[:1].islower():
            return True
    return False


def _starts_with_verb(words: list[str]) -> bool:
    if not words:
        return False
    w = words[0].lower()
    return (w in lexicon.VERBS or (len(w) > 4 and w.endswith("ed"))) and w not in ("was", "were", "is", "are")


_LEADING_JOINERS = re.compile(r"^(?:(?:partly|largely|mainly|mostly|chiefly|in\s+part|probably|perhaps|only)\s+"
                              r"(?=because\b|since\b|as\b|after\b|when\b))?"  # "partly because ..." (round 23)
                              r"(?:and|but|or|so|as|while|when|whereas|where|which|just as|after|before|"
                              r"until|because|since|though|although|then)\s+", re.IGNORECASE)
_PARENS = re.compile(r"\s*\([^)]*\)")


def _protect(sf: SentenceFacts) -> list[tuple[int, int]]:
    return [(m.start, m.end) for m in sf.mentions]


_HEDGE_BEFORE = re.compile(r"\b(?:around|about|circa|approximately|roughly|c\.)\s*$", re.IGNORECASE)


def event_label(facts: Facts, sf: SentenceFacts, date: extract.Mention) -> str | None:
    """What happened at a date, in the sentence's own words, without the date: "the Soviets declared war on Japan"."""
    key = ("label", sf.index, date.start)
    if key not in facts.memo:
        label = _event_label(facts, sf, date)
        if label and re.match(r"(?:whose|which|who|whom|where|when)\b", label, re.IGNORECASE):
            label = None  # "Whose people voted to join the Gold Coast": a relative clause names no one
        if label and re.search(r"\b(?:you|your)\b", label, re.IGNORECASE):
            label = None  # "In front of you is a model of the quay": a guide's words to the reader, no event
        facts.memo[key] = label
    return facts.memo[key]


def _event_label(facts: Facts, sf: SentenceFacts, date: extract.Mention) -> str | None:
    text = sf.text
    segs = segments(text, _protect(sf))
    seg_i = next((i for i, (s, e) in enumerate(segs) if s <= date.start < e), None)
    if seg_i is None:
        return None
    pieces: list[str] = []

    def without_date(s: int, e: int) -> str:
        # a hedge goes with its date: "born around 1822 in Dorchester" -> "born in Dorchester", never
        # "born around in Dorchester"
        piece = _HEDGE_BEFORE.sub("", text[s:date.start]) + text[date.end:e] if s <= date.start < e else text[s:e]
        piece = re.sub(r"\b(?:on|in|by|until|during|from|since|after|before|at|over|of)\s+(?:the\s+)?(?=\s|$)", " ",
                       piece, flags=re.IGNORECASE) if s <= date.start < e else piece
        piece = re.sub(r"\s+(?:on|in|by|until|during|from|since|at|of)\s*$", "", piece.strip(), flags=re.IGNORECASE)
        # the preposition that opened the date's phrase goes with it ("On 4 June the army left"), but not one that
        # opens a phrase of its own before or after it ("At the Lushan Conference in 1959 the minister …", "At the
        # quarantine station … more than 5,000 died in 1847": never "The Lushan Conference the minister …"; round 20)
        governs_date = s <= date.start < e and len(text[s:date.start].split()) <= 4 and \
            re.search(r"\b(?:the|a|an)\b", text[s:date.start], re.IGNORECASE) is None
        piece = re.sub(r"^(?:on|in|by|during|at|of)\s+(?=\S)", "", piece.strip(), flags=re.IGNORECASE) \
            if governs_date and not piece.strip().lower().startswith(("in the ", "on the ")) else piece.strip()
        return " ".join(piece.split())

    own = without_date(*segs[seg_i])
    noun_phrase = re.match(r"^(?:after|before|during|following|with|amid)\s+((?:a|an|the)\s+\S.*)$", own, re.IGNORECASE)
    if noun_phrase and not has_verb(own.split()) and len(noun_phrase.group(1).split()) >= 3:
        pieces = [noun_phrase.group(1)]  # "After a pile-up of aircraft over Tempelhof on August 13, 1948"
    elif has_verb(own.split()) and len(own.split()) >= 3 and not own.lower().startswith(("which ", "who ")):
        pieces = [own]
        if _starts_with_verb(own.split()):
            subject = next((text[s:e] for s, e in segs[:seg_i] if not has_verb(text[s:e].split())), None)
            if not subject:
                return None
            pieces = [subject, own]
    elif re.match(r"^[a-z]+ing\b", own) and len(own.split()) >= 3:
        pieces = [own]  # "earning a degree in physics"
    elif len(own.split()) > 2:
        return None  # the date belongs to a phrase of its own, not to a neighbouring clause
    else:
        # a date phrase before its clause ("In 1949, Mao's forces …", "but in the summer of 1950, it was …")
        # belongs to the clause after it; one at the end of the sentence ("… on June 27.") to the clause before
        if seg_i < len(segs) - 1:
            order = [seg_i + 1]
        else:
            order = list(range(seg_i - 1, -1, -1))
        for j in order:
            piece = text[segs[j][0]:segs[j][1]]
            words = piece.split()
            if has_verb(words) and len(words) >= 3 and not _starts_with_verb(words) and \
                    not piece.lower().startswith(("which ", "who ", "where ")):
                pieces = [piece]
                break
        if not pieces:
            return None
    label = " ".join(pieces)
    label = _PARENS.sub("", label)
    pronoun = re.match(r"^\s*(?:(?:and|but|so)\s+)?(she|he)\b", label, re.IGNORECASE)
    if pronoun:
        ante = antecedent(facts, sf)
        if ante is None:
            return None
        label = label[:pronoun.start(1)] + ante.name + label[pronoun.end(1):]
    joined = _LEADING_JOINERS.match(label.strip())
    if joined is None or not _phrase_then_clause(label.strip()[joined.end():]):
        # "After the stock market crash the price of wheat collapsed" keeps its "After": without it the phrase and
        # the clause run together ("The stock market crash the price of wheat collapsed"; round 20, set 17)
        label = _LEADING_JOINERS.sub("", label.strip())
    label = _CONNECTIVES.sub("", label)
    label = " ".join(label.split()).strip(" ,;:.")
    words = label.split()
    if not 3 <= len(words) <= 18:
        return None
    if re.search(r"\b(1\d{3}|20\d{2})\b", label) or any(m.lower() in label.lower().split() for m in
                                                        ("january", "february", "march", "april", "june", "july",
                                                         "august", "september", "october", "november", "december")):
        return None
    first = words[0].lower()
    if first in lexicon.PRONOUN_STARTS or first in ("they", "we", "it", "there"):
        return None
    verbs = [w for w in words if w.lower() in lexicon.VERBS or (len(w) > 4 and w.lower().endswith("ed"))]
    if verbs and all(v.lower() in _COPULAS for v in verbs) and len(words) < 6:
        return None  # "the situation was dire" is a state, not an event
    return capitalise(label)


_COPULAS = frozenset("is was were are be been being had has have".split())
_DETERMINERS = frozenset("the a an his her its their".split())
_JOINS_A_PHRASE = frozenset("of in on at to for by with from and or than into over under near about as".split())


def _phrase_then_clause(rest: str) -> bool:
    """What follows a leading "after"/"before" is a noun phrase and then a clause of its own, with nothing between:
    a determiner inside the words before the first verb that no preposition or conjunction joins to the phrase
    before it ("the stock market crash | the price of wheat collapsed"), so the "after" cannot go."""
    words = rest.split()
    if not words or words[0].lower() not in _DETERMINERS:
        return False
    for i, w in enumerate(words[1:], 1):
        lw = w.lower().strip(",;:")
        if has_verb([w]):
            return False
        if lw in _DETERMINERS and words[i - 1].lower().strip(",") not in _JOINS_A_PHRASE | _DETERMINERS and \
                not words[i - 1].endswith(","):
            return True
    return False


# --------------------------------------------------------------------------- pronouns


@dataclass
class Antecedent:
    pronoun_start: int
    pronoun_end: int
    pronoun: str
    name: str  # as the text writes it
    sentence: int  # where the name is
    obj: bool = False  # an object "her" ("followed her"), named without "’s"


def possessive(ante: Antecedent) -> bool:
    """Whether the pronoun is a possessive ("his", "her fleet", "its"), so its name takes "’s"."""
    return ante.pronoun.lower() in ("his", "its", "their") or ante.pronoun.lower() == "her" and not ante.obj


def antecedent(facts: Facts, sf: SentenceFacts) -> Antecedent | None:
    """'She' or 'His' early in a sentence, and the one person the sentence before names first."""
    key = ("antecedent", sf.index)
    if key not in facts.memo:
        ante = _antecedent(facts, sf)
        if ante is not None:
            ante.name = the_name(facts, ante.name)
        elif (lead := _antecedent_match(sf.text)) is not None:
            ante = subject_antecedent(facts, sf, lead)
            people = [n for n in sf.names if n.kind in ("person", "other") and n.start < lead.start("p")]
            if ante is None and lead.group("p") == "him" and people and \
                    re.fullmatch(r"\s+(?:[a-z]+\s+){1,2}", sf.text[people[-1].end:lead.start("p")]) and \
                    not re.search(r"\b(?:and|or|after|before|with|of|to|for|by|against)\b",
                                  sf.text[people[-1].end:lead.start("p")]):
                ante = _acted_on_by_subject(facts, sf, lead, people)  # "In 1560 Akbar dismissed him"
        facts.memo[key] = ante
    return facts.memo[key]


#: a "him"/"her"/"his"/"he"/"she" later in a sentence (not "himself"); "her" is an object before a stop, a
#: preposition or an article ("followed her to Egypt", "gave her a ship"), else a possessive ("her fleet")
_LATE_PERSON_PRONOUN = re.compile(r"(?<![\w’'-])(?P<p>him|her|his|he|she)\b(?![’'-])")
_OBJECT_HER = re.compile(r"\s*(?:[,.;:!?)]|$)|\s+(?:to|in|at|on|by|from|with|into|as|for|and|or|but|a|an|the|that|"
                         r"back|up|out|down|away|off|home|again|there|here|once|twice|was|were|is|are|had|has|"
                         r"stands|stood)\b")


_HER_THINGS = re.compile(r"\b(?:ship|vessel|boat|liner|frigate|galleon|steamer|nation|country|Britannia)\b", re.IGNORECASE)


def late_pronoun(facts: Facts, sf: SentenceFacts) -> re.Match | None:
    """The first "him"/"her"/"his"/"he"/"she" inside a sentence that opens with none, when the sentence names no
    one before it who could be meant: "The senate gave him the name Augustus", "Crowds followed her to the
    harbour" (issue 16, round 8: the most common fault on set 7, a pronoun a student cannot place)."""
    if leading_pronoun(sf.text) is not None:
        return None
    for m in _LATE_PERSON_PRONOUN.finditer(sf.text):
        if m.start() == 0:
            return None
        before = sf.text[:m.start()]
        if m.group("p") == "her" and _HER_THINGS.search(before):
            return None  # "The ship … struck the iceberg on her starboard side": a ship's or a nation's "her"
        people = [n for n in sf.names if n.kind in ("person", "other") and n.start < m.start()]
        nouns = set(re.findall(r"[a-z-]+", before.lower())) & extract.PERSON_NOUNS
        if people or nouns:
            return m  # someone is named before it: whether it is them, the caller judges
        if re.search(r"[“\"]", before):
            return None  # a quoted speaker's "he"/"him": who speaks is the quote's, not the sentence before's
        return m
    return None


#: a capitalised word opening the sentence before "is/was/had …", which the text never writes in lower case: a name
_BARE_NAME_START = re.compile(r"^(?P<name>[A-Z][a-z]{1,15})\s+(?:is|was|had|has|said|says|wrote|writes)\b")
_NOT_NAMES = frozenset("he she it they we i you this that these those there here one each all none both "
                       "nothing everything everyone nobody someone what who which".split())


def late_antecedent(facts: Facts, sf: SentenceFacts) -> tuple[bool, Antecedent | None]:
    """Whether a sentence holds a person's pronoun after its start that a student cannot place, and whom it names
    by the same rules as a leading "he": the one person of the sentence before who fits, or the text's subject.

    (False, None): no such pronoun (or it plainly names someone in the sentence: "Caesar led his army").
    (True, name): a pronoun named. (True, None): a pronoun no rule can name: the sentence is not asked alone.
    A "him"/object "her" after a person the sentence names is someone else than that person ("The sultan made him
    a judge"): the text's subject when it has one and that subject is not the person named, else no one."""
    key = ("late_antecedent", sf.index)
    if key in facts.memo:
        return facts.memo[key]
    out: tuple[bool, Antecedent | None] = (False, None)
    m = late_pronoun(facts, sf)
    if m is not None:
        p = m.group("p")
        obj = p == "him" or p == "her" and _OBJECT_HER.match(sf.text, m.end()) is not None
        people = [n for n in sf.names if n.kind in ("person", "other") and n.start < m.start()]
        nouns = set(re.findall(r"[a-z-]+", sf.text[:m.start()].lower())) & extract.PERSON_NOUNS
        bare = _BARE_NAME_START.match(sf.text)
        if not obj and bare is not None and bare.end() <= m.start() and not facts.ordinary(bare.group("name")) and \
                bare.group("name").lower() not in _NOT_NAMES:
            out = (False, None)  # "Tom is imagined, but his letters …": a name no list knows opens the sentence, and
            # the "his" is his (set 9: named as the general of the paragraph before)
        elif not obj and any(n.kind not in ("date", "number") and n.start < m.start() for n in sf.names):
            out = (False, None)  # "Octavian returned … after his victory": a name before it (even one not sure to
            # be a person's) is whom a "his" or a later "he" most often means, as the rules before this round took it
        elif people or nouns:
            if not obj and (not people or any(_could_be(facts, n, p) for n in people)):
                out = (False, None)  # "Caesar led his army", "the king and his men": the one named before it
            elif obj and people and all(not _could_be(facts, n, p) for n in people):
                out = _by_rules(facts, sf, m, p, obj)  # "Anna followed him": not Anna, so as for a leading "he"
            else:
                subject = text_subject(facts)
                names = {_full_name(facts, n, p) for n in people}
                # only where the one named acts on "him" ("Sultan … made him", "Mr Brandt at once put him"), never
                # "Ögedei and the rulers after him" (that "him" is Ögedei)
                acts_on = bool(people) and re.fullmatch(r"\s+(?:[a-z]+\s+){1,3}", sf.text[people[-1].end:m.start()]) \
                    is not None and not re.search(r"\b(?:and|or|after|before|with|of|to|for|like|than|but|who|whom|"
                                                  r"beside|behind|under|over|against|by)\b",
                                                  sf.text[people[-1].end:m.start()])
                if acts_on and subject is not None and subject[0] not in names and not (set(subject[1]) & names) and \
                        _name_could_be(subject[0], p):
                    out = (True, Antecedent(m.start("p"), m.end("p"), p, the_name(facts, subject[0]), sf.index, obj))
                elif acts_on and (other := _acted_on_by_subject(facts, sf, m, people)) is not None:
                    out = (True, other)
                else:
                    out = (True, None)
        else:
            out = _by_rules(facts, sf, m, p, obj)
        if out[1] is None and (out[0] or not any(_may_be_person(facts, sf, n) for n in sf.names
                                                 if n.kind not in ("date", "number") and n.start < m.start())):
            # no rule named it (or only a word that is no one's name stands before it: "a free Black seaman"):
            # the text's subject when nobody else of that sex is in reach (round 10)
            ante = subject_antecedent(facts, sf, m)
            if ante is not None:
                ante.obj = obj
                out = (True, ante)
    facts.memo[key] = out
    return out


def _by_rules(facts: Facts, sf: SentenceFacts, m: re.Match, p: str, obj: bool) -> tuple[bool, Antecedent | None]:
    # a possessive no rule names ("within forty years of his death") is left as the text writes it, as before
    # this round: the fault raters found was the "him"/"her" someone acts on, and the "he" of a later clause
    held = obj or p in ("he", "she")
    ante = _antecedent(facts, sf, m)
    if ante is None:
        return held, None
    if sf.index > 0 and _two_in_play(facts, facts.sentences[sf.index - 1], p):
        # "He [Baudouin] praised his great-granduncle, King Leopold II … Belgium took the colony over from him": a
        # later "him" may be either of the two the sentence before speaks of (the leading "he" rule would say
        # Baudouin; the text means Leopold), so no one is named
        return held, None
    ante.name = the_name(facts, ante.name)
    ante.obj = obj
    return True, ante


def _two_in_play(facts: Facts, prev: SentenceFacts, pronoun: str) -> bool:
    """Whether a sentence speaks of two people a "him"/"her" could mean: two it names, or one it names and a
    "he"/"she" of its own for someone else."""
    fulls = {_full_name(facts, n, pronoun) or n.text for n in prev.names if _is_person(facts, n) and
             _could_be(facts, n, pronoun)}
    if len(fulls) > 1:
        return True
    own = antecedent(facts, prev)
    subject = text_subject(facts)
    first = min((n.start for n in prev.names if n.kind == "person" and _could_be(facts, n, pronoun)), default=0)
    # "Emmeline Pankhurst did not live to see it: she died …" in a text about her: a "she" after the text's subject,
    # the one woman named, is that woman, not a second one (round 9). Never for anyone else: "After Louis died in
    # 840, his three sons fought …" (his sons are others, and the next "him" is Charlemagne, the text's subject)
    alone = own is None and subject is not None and fulls == {subject[0]}
    same = re.search(rf"\b(?:{_SAME_GENDER[pronoun.lower()]})\b", prev.text[:first] if alone else prev.text)
    return bool(fulls) and same is not None and (own is None or own.name not in fulls)


def the_name(facts: Facts, name: str) -> str:
    """A name with "the" when the text always writes it so: "the Yongle Emperor", never "Yongle Emperor sent him
    to sea" (issue 16, round 7: a dropped article read as broken wording)."""
    if name.lower().startswith("the ") or not name[:1].isupper():
        return name
    key = ("the_name", name)
    if key not in facts.memo:
        uses = [m.start() for m in rx(rf"(?<![\w’'-]){re.escape(name)}(?![\w-])").finditer(_text_of(facts))]
        text = _text_of(facts)
        facts.memo[key] = bool(uses) and all(re.search(r"\b[Tt]he\s+$", text[max(0, at - 5):at]) for at in uses)
    return f"the {name}" if facts.memo[key] else name


_SAME_GENDER = {"he": "he|him|his|He|His", "him": "he|him|his|He|His", "his": "he|him|his|He|His",
                "she": "she|her|She|Her", "her": "she|her|She|Her"}


def leading_pronoun(text: str) -> re.Match | None:
    """The "he"/"she"/"his"/"her" a sentence leans on before it names anyone: at its start, after a leading
    phrase ("In 1963 he", "While he was"), or after "... holds that he"."""
    return _antecedent_match(text)


def _antecedent_match(text: str) -> re.Match | None:
    m = _leading_match(text)
    if m is not None and m.group("p") == "her" and m.start("p") > 0 and _OBJECT_HER.match(text, m.end("p")):
        return None  # "In 1890 a statue of her was unveiled": an object "her", no sentence's leading "she" (round 9)
    return m


def _leading_match(text: str) -> re.Match | None:
    sf_text = text
    # a leading phrase before the pronoun: "In 1849, …, she", "On June 2, 1863, she", "Over about eleven years she"
    return re.match(r"^(?:(?:[^,]{0,45}),\s+(?:\d{3,4},\s+)?|(?:In|On|At|After|Before|During|From|Within|Under)\s+"
                 r"(?:(?!\b(?:if|when|that|who|whom|whose|which|because|while|since|until|where|he|she|his|her|"
                 r"him|they|it)\b)[^,]){0,80},\s+|(?:In|By|On|After|In the|Over|During|Within|For|As|At|"
                 r"From|Throughout)\s+[\w\s]{1,25}?\s+|(?:[A-Z][a-z]+|\d{1,3})\s+(?:years?|months?|weeks?|days?)\s+"
                 r"(?:later|earlier|afterwards)\s+|The\s+(?:following|next)\s+(?:year|spring|summer|autumn|winter|"
                 r"day|morning)\s+|(?:There|Then|Later|Soon|"
                 r"Now|Here|Thus|So|And|But|While|When|Whilst|Although|Though|Because|Since|Once|Until|As|If|Before|"
                 r"After)\s+)?(?P<p>He|She|His|Her|he|she|his|her)\b",
                 sf_text) or re.match(r"^(?:\S+\s+){1,4}?(?P<p>him)\b", sf_text) or \
        re.match(r"^[A-Z](?:(?!\b(?:he|she|He|She)\b)[\w\s]){0,40}?\b(?:holds?|held|says?|said|reports?|reported|tells?|"
                 r"told|writes?|wrote|records?|"
                 r"recorded|claims?|claimed|believes?|believed)\s+that\s+(?P<p>he|she)\b", sf_text)


def _antecedent(facts: Facts, sf: SentenceFacts, m: re.Match | None = None) -> Antecedent | None:
    m = m or _antecedent_match(sf.text)
    if not m:
        return None
    if any(_is_person(facts, n) and n.start < m.start("p") and _could_be(facts, n, m.group("p")) for n in sf.names):
        return None
    if any(_is_person(facts, n) and n.start < m.start("p") for n in sf.names):
        # "When Taizong died in 649, she was sent …": only people the pronoun cannot be stand before it; in a life of
        # one person of its sex, it is that person (round 20), else no one
        return _only_the_subject(facts, sf, m, sf.index)
    if _cataphoric(facts, sf, m):
        return None  # "In June 1833, when she was seventeen, Ada met …": "she" is the person the clause after it
        # opens with, named in the same sentence (round 20: never "When Ada Lovelace was seventeen, Ada met")
    pronoun = m.group("p")
    paragraph = sf.sentence.paragraph
    opens_paragraph = sf.index == 0 or facts.sentences[sf.index - 1].sentence.paragraph != paragraph
    for back in (1, 2):
        j = sf.index - back
        if j < 0:
            break
        if facts.sentences[j].sentence.paragraph != paragraph and not (opens_paragraph and back == 1):
            break  # a paragraph that opens "She was born …" goes on from the last sentence of the one before
        prev = facts.sentences[j]
        fulls = {id(n): full for n in prev.names if _is_person(facts, n) and (full := _full_name(facts, n, pronoun))}
        people = [n for n in prev.names if id(n) in fulls]
        if people and _OTHER_SUBJECT.match(prev.text[:people[0].start]):
            # "They had five children, among them … Adela. She grew tired …": she is not Adela; in a text about
            # one woman whom "They" takes in (she and her husband had the children), she is that woman
            subject = text_subject(facts)
            if subject is not None and re.match(r"^(?:[^,]{0,45},\s+)?(?:They|We)\b", prev.text) and \
                    subject[0] not in {fulls[id(p)] for p in people} and _name_could_be(subject[0], pronoun) and \
                    any(a in facts.people.values() or a in facts.sure_people for a in subject[1]):
                return Antecedent(m.start("p"), m.end("p"), pronoun, subject[0], j)
            return None
        if any(_is_person(facts, n) and id(n) not in fulls and n.start < (people[0].start if people else len(prev.text))
               for n in prev.names):
            return None  # "… but Kennedy chose …" (John or Robert?): the nearest person is not sure, so no one is
        if people and any(_is_person(facts, n) and id(n) not in fulls and n.start > people[0].start and
                          _opens_clause(prev.text, n.start, n.end) for n in prev.names):
            # "Yuan soon ruled as a dictator, and Sun again went into exile. From 1917 he tried …": the second
            # clause's man, whose full name is not sure (Sun Yat-sen or Sun Mei), may be "he" as well as the first;
            # no one is named, never the first man by default (round 20, set 19's Sun Yat-sen)
            return None
        if not people and not any(_is_person(facts, n) for n in prev.names):
            named = _subject_named_in(facts, prev, pronoun)
            if named is not None:
                # "Charlemagne died at Aachen … His son Louis the Pious succeeded him": the text's subject, named
                # in a sentence that names no one else (its name alone was not read as a person's)
                return Antecedent(m.start("p"), m.end("p"), pronoun, named, j)
        if not people:
            inner = antecedent(facts, prev)
            if inner is not None and _same_sex(inner.pronoun, pronoun):
                return Antecedent(m.start("p"), m.end("p"), pronoun, inner.name, inner.sentence)
            continue
        # "There he married Maria Teresa": the sentence's own "he" comes first, so its people are not who "he" is;
        # that "he" is the same person as this one, whoever the sentence before it names
        if re.search(rf"\b(?:{_SAME_GENDER[pronoun.lower()]})\b", prev.text[:people[0].start]) and \
                not _cataphoric(facts, prev, _antecedent_match(prev.text)):
            inner = antecedent(facts, prev)
            if inner is not None and _same_sex(inner.pronoun, pronoun):
                return Antecedent(m.start("p"), m.end("p"), pronoun, inner.name, inner.sentence)
            return None
        first = people[0]
        # the name as the text wrote it there, or its full form ("Rhee" -> "Syngman Rhee"), never another alias
        full = fulls[id(first)]
        if pronoun.lower() in ("he", "him", "his") and _OTHER_HIM.search(prev.text[first.end:]) or \
                pronoun.lower() in ("she", "her") and _OTHER_HER.search(prev.text[first.end:]):
            # "Sultan Muhammad bin Tughluq made him a judge … The sultan then sent him …": that "him" is someone
            # the sultan acts on, not the sultan, so two men are in play: "he" is the text's subject when it has
            # one (a biography's "he"), else no one — never the man just named
            subject = text_subject(facts)
            if subject is None or subject[0] == full or not _name_could_be(subject[0], pronoun):
                return None
            return Antecedent(m.start("p"), m.end("p"), pronoun, subject[0], j)
        given = full.split()[0].lower().strip(".,")
        if given in (lexicon.MALE_NAMES if pronoun.lower() in ("she", "her") else lexicon.FEMALE_NAMES) or \
                titled_sex(facts, full) == ("m" if pronoun.lower() in ("she", "her") else "f"):
            # "he" is not Maria, "she" is not Pierre, nor Emperor Gaozong (round 20): in a life of one person of the
            # pronoun's sex whom no one else of that sex stands beside, the pronoun is that person
            if any(_could_be(facts, p, pronoun) for p in people[1:]):
                return None
            return _only_the_subject(facts, sf, m, j)
        name = full if first.text in full.split() or first.text == full else first.text
        if len({fulls[id(p)] for p in people if p.start < 5 + first.end}) > 1 or \
                any(_could_be(facts, p, pronoun) and fulls[id(p)] != full for p in people[1:]):
            # "Mary died …, and Elizabeth became queen. She was crowned …": either could be "she" — unless the
            # text is about one of them (its title names her and no one else): a biography's "she" is its subject
            among = _subject_among(facts, [fulls[id(p)] for p in people], pronoun)
            if among is None or _someone_by_title(prev.text, first.start):
                return None
            return Antecedent(m.start("p"), m.end("p"), pronoun, among, j)
        if _someone_by_title(prev.text, first.start):
            return None  # "removed the prime minister, Mosaddegh, and the Shah's power grew. In 1963 he ...": who?
        if _A_PERSON.search(prev.text, first.end):
            return None  # "Mr Jack Lang was about to cut the ribbon when a man in military uniform rode up …. He
            # was Captain Francis de Groot": someone new, not named, is in play after the one named (round 19)
        epithet = _EPITHET_BEFORE.search(prev.text[:first.start])
        if epithet is not None and first.text == name:
            name = f"{epithet.group(1)} the {name}"  # "Oba Ewuare the Great", never "the Great" (round 19)
        if _subject_in_play(facts, j, full, pronoun) and not _subject_in_clause(facts, sf, m.end("p")):
            return None  # "In 1880 the governor, Sir Henry Blake, closed the paper. In 1882 he moved …" in a life of
            # another man who was "he" just before: either man may be meant (round 10)
        return Antecedent(m.start("p"), m.end("p"), pronoun, name, j)
    return _the_one_so_far(facts, sf, m, pronoun) or _subject_so_far(facts, sf, m, pronoun)


def text_subject(facts: Facts) -> tuple[str, frozenset[str]] | None:
    """The one person the text is about, as its title names them, and the names the text gives them: the one sure
    person whose whole name is in the title ("Hannibal Crosses the Alps", "Emmeline Pankhurst and the
    Suffragettes"), or a name that opens both the title and the text ("Charlemagne, King of the Franks" over
    "Charlemagne, also called Charles the Great, was born …", the "also called" names with it). None when the
    title names no one, or more than one (issue 16, round 7: a biography's "he" after a sentence naming two men)."""
    if "text_subject" not in facts.memo:
        facts.memo["text_subject"] = _read_text_subject(facts)
    return facts.memo["text_subject"]


def _read_text_subject(facts: Facts) -> tuple[str, frozenset[str]] | None:
    heading = facts.doc.heading or ""
    words = set(re.findall(r"[^\W\d_][\w’'-]*", heading))
    if not words or not facts.sentences:
        return None
    named = {full for full in set(facts.people.values()) if full in facts.sure_people or
             any(k in facts.sure_people for k, v in facts.people.items() if v == full)}
    # every person of the text whose whole name the title holds ("Richard Pankhurst" is not in "Emmeline Pankhurst
    # and the Suffragettes"), less a part of another ("Tubman" beside "Harriet Tubman"): one, and a sure person
    inside = [full for full in set(facts.people.values()) if set(full.split()) <= words and len(full) >= 3]
    inside = [full for full in inside if not any(full != o and set(full.split()) < set(o.split()) for o in inside)]
    if len(inside) == 1 and inside[0] in named:
        return inside[0], frozenset({inside[0]})
    if inside and not (len(inside) == 1 and re.match(rf"{re.escape(inside[0])}\s*(?:,|:|–|—|$)", heading.strip())):
        return None  # a title that is one name the text never made sure of ("Sun Yat-sen") is read as below:
        # the subject when the text opens with it ("Sun Yat-sen, the revolutionary who …, was born …")
    lead = re.match(r"([A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+){0,2})\s*(?:,|:|–|—|$)", heading)
    first = facts.sentences[0].text
    if lead is None:
        return None
    known = re.match(rf"([A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+){{0,2}}),\s+(?:also\s+)?(?:known|called)(?:\s+to\s+"
                     rf"(?:history|historians))?\s+as\s+{re.escape(lead.group(1))},", first)
    if known is not None and known.group(1) in facts.people:
        # "Wu Zhao, known to history as Wu Zetian, was born …" under "Wu Zetian, the Only Woman Emperor of China"
        return lead.group(1), frozenset({lead.group(1), known.group(1)})
    if not first.startswith(lead.group(1) + ",") and not first.startswith(lead.group(1) + " was ") and \
            not re.match(r"(?:[A-Z][\w’'-]+\s+){1,4}" + re.escape(lead.group(1).lower().split()[0]) + r"\s", first):
        return None
    name = lead.group(1)
    if not first.startswith(name):
        # "Ibn Battuta, the Traveller from Tangier" over "Abu Abdullah Muhammad ibn Battuta was born …": the one sure
        # person whose full name ends in the title's name (whatever its case) opens the text
        tails = [full for full in named if full.lower().endswith(" " + name.lower()) and first.startswith(full)]
        return (tails[0], frozenset({tails[0], name})) if len(tails) == 1 else None
    also = re.match(rf"{re.escape(name)},\s+(?:also\s+)?(?:called|known as)\s+([A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+)?)",
                    first)
    aliases = {name} | ({also.group(1).split()[0]} if also else set())
    return name, frozenset(aliases)


def _subject_named_in(facts: Facts, x: SentenceFacts, pronoun: str) -> str | None:
    """The text's subject when this sentence writes one of its names (and no other person's)."""
    subject = text_subject(facts)
    if subject is None or not _name_could_be(subject[0], pronoun):
        return None
    if any(re.search(rf"(?<![\w’'-]){re.escape(a)}(?![\w-])", x.text) for a in subject[1]):
        return subject[0]
    return None


def _subject_among(facts: Facts, fulls: list[str], pronoun: str) -> str | None:
    """The text's subject when it is one of these people and can be this pronoun ("Charles" for Charlemagne)."""
    subject = text_subject(facts)
    if subject is None:
        return None
    name, aliases = subject
    hits = {full for full in fulls if full in aliases or full == name}
    if not hits or not _name_could_be(name, pronoun) or not all(_name_could_be(h, pronoun) for h in hits):
        return None
    # two names of the subject in one sentence ("Wu Zhao, known to history as Wu Zetian"): the subject's own name
    return next(iter(hits)) if len(hits) == 1 else name


def _name_could_be(full: str, pronoun: str) -> bool:
    given = full.split()[0].lower().strip(".,") if full.split() else ""
    return given not in (lexicon.MALE_NAMES if pronoun.lower() in ("she", "her") else lexicon.FEMALE_NAMES)


def _subject_so_far(facts: Facts, sf: SentenceFacts, m: re.Match, pronoun: str) -> Antecedent | None:
    """A "he" in a paragraph that names no one, where the nearest person named before who could be "he" is the
    text's subject alone: "Hamilcar … made his son Hannibal swear …" then "He crossed the Pyrenees" under the
    title "Hannibal Crosses the Alps". Never when that nearest sentence names another who could be "he" too."""
    paragraph = sf.sentence.paragraph
    if text_subject(facts) is None or any(_is_person(facts, n) for x in facts.sentences[:sf.index + 1]
                                          if x.sentence.paragraph == paragraph for n in x.names):
        return None
    for x in reversed(facts.sentences[:sf.index]):
        could = {full for n in x.names if _is_person(facts, n) and _could_be(facts, n, pronoun)
                 and (full := _full_name(facts, n, pronoun))}
        unsure = any(_is_person(facts, n) and _could_be(facts, n, pronoun) and not _full_name(facts, n, pronoun)
                     for n in x.names)
        if could or unsure:
            if unsure or len(could) != 1:
                return None
            name = _subject_among(facts, list(could), pronoun)
            return None if name is None else Antecedent(m.start("p"), m.end("p"), pronoun, name, x.index)
    return None


#: an object "him" after a man is named: another man than the one named (the one named would be "himself")
_NOT_AFTER_PREPOSITION = (r"(?<!\bto )(?<!\bwith )(?<!\bagainst )(?<!\bfor )(?<!\bbehind )(?<!\bbeside )(?<!\bnear )"
                          r"(?<!\baround )(?<!\btowards )(?<!\btoward )(?<!\bupon )")
_OTHER_HIM = re.compile(_NOT_AFTER_PREPOSITION + r"\bhim\b(?!self)")
#: the same for "her" the one named acts on ("Sidney Herbert … asked her to lead a party of nurses": she is not
#: Sidney Herbert, whose sex the text never says): an object "her", not the possessive "her home" — one that a
#: verb's "to", a preposition, an article, a comma or the end follows (issue 16, round 13: set 13's obituary named
#: Sidney Herbert for the "She" who arrived at Scutari with thirty-eight nurses)
_OTHER_HER = re.compile(_NOT_AFTER_PREPOSITION + r"\bher\b(?!self)"
                        r"(?=\s*[,.;:!?]|\s*$|\s+(?:to|as|a|an|the|that|with|from|into|in|at|on|for|and|of)\b)")
# (a "him" after a preposition is mostly the man himself: "did not wait for the Romans to come to him", "took his
# nephew with him"; a "him" the man acts on, "made him a judge", is another man)
#: a sentence whose subject is a pronoun of another kind ("They had five children, among them Christabel …"): the
#: people it names after it are not whom a following "she" means
def _only_the_subject(facts: Facts, sf: SentenceFacts, m: re.Match, j: int) -> Antecedent | None:
    """The text's subject as the pronoun ``m``, when the subject can be it and every person named from the paragraph's
    start to this sentence either is the subject or cannot be it (by a given name or a title of the other sex)."""
    subject = text_subject(facts)
    pronoun = m.group("p")
    if subject is None or not _name_could_be(subject[0], pronoun) or \
            titled_sex(facts, subject[0]) == ("m" if pronoun.lower() in ("she", "her") else "f"):
        return None
    paragraph = sf.sentence.paragraph
    start = sf.index
    while start > 0 and facts.sentences[start - 1].sentence.paragraph == paragraph:
        start -= 1
    for x in facts.sentences[min(start, j):sf.index + 1]:
        for n in x.names:
            if x is sf and n.start >= m.start("p"):
                break
            if not _is_person(facts, n):
                continue
            full = _full_name(facts, n, pronoun)
            if full is None and not _could_be(facts, n, pronoun):
                continue
            if full is None or full != subject[0] and full not in subject[1] and _could_be(facts, n, pronoun):
                return None
    return Antecedent(m.start("p"), m.end("p"), pronoun, subject[0], j)


def _cataphoric(facts: Facts, sf: SentenceFacts, m: re.Match | None) -> bool:
    """The pronoun ``m`` opens a leading "when"/"after" … clause whose main clause opens with a person's name, who is
    that pronoun ("When he was about eight, Jon was sent …")."""
    if m is None:
        return False
    comma = sf.text.find(",", m.end("p"))
    return comma > 0 and _SUBORDINATE_PRONOUN.search(sf.text[:m.end("p")]) is not None and \
        any(_is_person(facts, n) and n.start > comma and not sf.text[comma + 1:n.start].strip() for n in sf.names)


#: a subject pronoun that opens a subordinate clause ("when she was seventeen"), whose main clause may name her
_SUBORDINATE_PRONOUN = re.compile(r"\b(?:" + "|".join(f"[{w[0]}{w[0].lower()}]{w[1:]}"
                                                       for w in lexicon.LEADING_SUBORDINATORS) + r")\s+(?:he|she|He|She)$")


#: what stands before a clause's subject: "…, and Sun again went", "…; Sun went", "… while Sun went"
_CLAUSE_BEFORE = re.compile(r"(?:,\s*(?:(?:and|but|so|yet|while|whereas|then)\s+)?|;\s*|\s(?:and|but|while|whereas|until|"
                            r"when|after|before|as)\s+)(?:(?:then|soon|later|again|also|too)\s+)?$")


def _opens_clause(text: str, start: int, end: int) -> bool:
    """The name at start:end is a clause's subject after the sentence's first one (not a possessive, not an object)."""
    return _CLAUSE_BEFORE.search(text[max(0, start - 40):start]) is not None and \
        re.match(r"\s+(?:[a-z]+ly\s+|again\s+|also\s+|then\s+|soon\s+)?[a-z]+", text[end:]) is not None and \
        not text[end:].startswith(("'s", "’s"))


_OTHER_SUBJECT = re.compile(r"^(?:[^,]{0,45},\s+)?(?:They|It|We|I|Its|Their|Our|My)\b")


_PLACE_PREPS = frozenset("in at near from across towards toward into outside inside of".split())


def _is_person(facts: Facts, n: extract.Mention) -> bool:
    """Whether a mention names a person, for reading pronouns: read as one, or a name the text surely gives a
    person ("Tariq") even where this mention was not read as one ("When Kamran died, Tariq took his place": the
    "he" after it may be Tariq; issue 16, set 8's Saladin, whose uncle Shirkuh was named for Saladin's "he")."""
    if n.kind == "person":
        return True
    if n.kind not in ("other", "place") or (n.key or n.text) not in facts.sure_people:
        return False
    return n.kind == "other" or n.prep.lower() not in _PLACE_PREPS  # "surrendered to Tariq", not "in Tariq"


#: a person brought in by a common noun, not named ("a man in military uniform", "an old soldier"): someone a later
#: "he" may be as well as the person named before (issue 16, round 19): the subject of a clause of its own ("when a
#: man … rode up"), not one said to be that person ("Sacagawea is a Shoshone woman", "was born a slave", "as a girl",
#: "Toussaint Charbonneau, a French trader")
_A_PERSON = re.compile(r"(?:^|[;:—]\s*|\b(?:[Ww]hen|and|but|while|until|before|after|then|where|because|since)\s+)"
                       r"(?:[Aa]n?|[Aa]nother)\s+(?:[a-z-]+\s+){0,2}?(?:man|woman|boy|girl|soldier|officer|stranger|"
                       r"rider|horseman|sailor|priest|monk|nun|merchant|messenger|servant|slave|youth|gentleman|lady|"
                       r"student|worker|farmer|peasant|guard|knight|warrior|citizen|spy|agent)\b")
#: the name before a one-word person's epithet: "Oba Ewuare the Great" (the facts hold "Great" as the person)
_EPITHET_BEFORE = re.compile(r"((?:[A-Z][\w’'-]+\s+){0,2}[A-Z][\w’'-]+)\s+the\s+$")


def _full_name(facts: Facts, person: extract.Mention, pronoun: str) -> str | None:
    """Whom a person mention names, as the text writes them in full. A surname two people of the text share
    ("Tubman": Harriet and John) is the one of them "he"/"she" can be, when the given names leave only one;
    else no one (never a guess)."""
    if not person.extra.get("ambiguous"):
        return facts.people.get(person.key, person.text)
    owners = {full for full in set(facts.people.values()) if person.text in full.split() and full != person.text}
    fitting = [full for full in owners if full.split()[0].lower().strip(".,") not in
               (lexicon.MALE_NAMES if pronoun.lower() in ("she", "her") else lexicon.FEMALE_NAMES)]
    if len(owners) >= 2 and len(fitting) == 1 and fitting[0].split()[0].lower().strip(".,") in \
            (lexicon.FEMALE_NAMES if pronoun.lower() in ("she", "her") else lexicon.MALE_NAMES):
        return fitting[0]
    subject = text_subject(facts)
    if subject is not None and subject[0] in owners:
        # "Sun" in a life of Sun Yat-sen, whose elder brother Sun Mei the text names once in full: the surname
        # alone is the text's subject, as a biography writes it (round 20)
        return subject[0]
    return None


def _the_one_so_far(facts: Facts, sf: SentenceFacts, m: re.Match, pronoun: str) -> Antecedent | None:
    """'She died in Nairobi …' in a paragraph that names no one: she is the one person the earlier text has
    called "she" (a biography's subject), when there is exactly one such person."""
    paragraph = sf.sentence.paragraph
    if any(_is_person(facts, n) for x in facts.sentences[:sf.index + 1] if x.sentence.paragraph == paragraph
           for n in x.names):
        return None
    named: dict[str, int] = {}
    for x in facts.sentences[:sf.index]:
        if x.sentence.paragraph == paragraph:
            break
        ante = antecedent(facts, x)
        if ante is not None and _same_sex(ante.pronoun, pronoun):
            named.setdefault(ante.name, ante.sentence)
    if len(named) != 1:
        return None
    name, where = next(iter(named.items()))
    # the one the earlier text has called "he" is not sure to be this "he" when it names another who could be:
    # "Hamilcar Barca … he made his son Hannibal swear …" then paragraphs of Hannibal's "he" (unresolved, since
    # each follows a sentence naming no one) — "He still won three great victories" is Hannibal's, not Hamilcar's
    words = set(name.split())
    for x in facts.sentences[where + 1:sf.index]:
        if any(_is_person(facts, n) and _could_be(facts, n, pronoun) and (full := _full_name(facts, n, pronoun)) != name
               and not (full and set(full.split()) <= words) for n in x.names):
            return None  # someone named after that one, who could be this "he" as well (a part of the name is not)
    return Antecedent(m.start("p"), m.end("p"), pronoun, name, where)


_STRONG_TITLES = sorted(lexicon.TITLES - lexicon.WEAK_TITLES - {"dr", "dr.", "mr", "mr.", "mrs", "mrs.", "ms", "ms.",
                                                                  "st", "st.", "sir", "lord", "lady"}, key=len,
                        reverse=True)
_BY_TITLE = re.compile(r"\bthe\s+(?:" + "|".join(re.escape(t) for t in _STRONG_TITLES) + r")\b(?!\s+[A-Z])",
                       re.IGNORECASE)


def _could_be(facts: Facts, person: extract.Mention, pronoun: str) -> bool:
    """Whether "he"/"she" could stand for this person: a given name of the other sex rules it out, and so does a
    title of the other sex the text gives them anywhere ("Emperor Gaozong" is no "she", round 20)."""
    full = facts.people.get(person.key, person.text)
    given = full.split()[0].lower().strip(".,") if full.split() else ""
    return given not in (lexicon.MALE_NAMES if pronoun.lower() in ("she", "her") else lexicon.FEMALE_NAMES) and \
        titled_sex(facts, full) != ("m" if pronoun.lower() in ("she", "her") else "f")


#: a title before a name that says the person's sex, in any case ("Emperor Gaozong", "the empress Wu")
_SEX_TITLE = re.compile(r"(?<![\w’'-])(?P<t>[A-Za-z]+)(?P<dot>\.)?[ \t]+(?=(?P<n>[A-Z][\w’'-]+))")


#: kin words among the titles: before one word of a name they name that person's relative ("her father Wu Shiyue" says
#: nothing of Wu Zetian), so ``titled_sex``, which reads a title before any word of the name, leaves them out
_KIN_TITLES = frozenset({"father", "brother", "mother", "sister", "uncle", "aunt"})


def titled_sex(facts: Facts, full: str) -> str | None:
    """"m" or "f" when the text puts a title of one sex (``lexicon.MALE_TITLES``/``FEMALE_TITLES``) right before this
    person's name or a word of it, and never one of the other; else None."""
    key = ("titled_sex", full)
    if key not in facts.memo:
        words = {w for w in full.split() if len(w) >= 3 and w[:1].isupper()}
        seen = set()
        for m in _SEX_TITLE.finditer(facts.doc.text):
            if m.group("n") in words and (not m.group("dot") or m.group("t").lower() in ("mr", "mrs", "ms")):
                t = m.group("t").lower()  # never across a sentence's end ("made her empress. Daoming was ill")
                if t in _KIN_TITLES or t in lexicon.SEXLESS_TITLES:
                    continue
                if t in lexicon.MALE_TITLES:
                    seen.add("m")
                elif t in lexicon.FEMALE_TITLES:
                    seen.add("f")
        facts.memo[key] = seen.pop() if len(seen) == 1 else None
    return facts.memo[key]


def _someone_by_title(text: str, name_start: int) -> bool:
    """Whether the sentence also speaks of a person by a title alone ("the Shah", "the king"), apart from the
    title just before the name (the appositive "the elected prime minister, Mohammad Mosaddegh"): then a
    following "he" may be either, and a draft must not guess."""
    return any(not (name_start - 40 <= m.start() < name_start) for m in _BY_TITLE.finditer(text))


def _same_sex(a: str, b: str) -> bool:
    if a.lower() in ("it", "they") or b.lower() in ("it", "they"):
        return False  # a thing or a group is never the "he" or "she" of a later sentence
    return (a.lower() in ("he", "him", "his")) == (b.lower() in ("he", "him", "his"))


#: "It"/"They" as the subject, at the start or after a short phrase of time ("In 1346 it struck …")
_THING_PRONOUN = re.compile(r"^(?:(?:In|By|On|After|Before|During|Within|Later|Soon|Then)\b[^,]{0,30}?(?:,\s+|\s+)|"
                            r"Together\s+|(?:In|For|From|Throughout|Over|Until|By)\s+(?:the\s+|more\s+than\s+|about\s+|over\s+)?"
                            r"(?:[a-z]+\s+){0,5}?(?:years|centuries|decades|century|period)\s+)?"
                            r"(?P<p>It|it|They|they|Its|its|Their|their)\s+(?P<verb>[a-z]+)\b")
_THING_SUBJECT = re.compile(r"^[^,]{0,40}?\b(?P<p>it|they)\s+(?P<verb>[a-z]+)\b")
#: a "dummy" it that stands for nothing before it: "It is said that", "It was clear that", "It is fitting to"
_DUMMY_IT = re.compile(r"^(?:is|was|will|would|has|had|seems|seemed|may|might|must|can|could|took|remains|became|"
                       r"becomes)\b"
                       r"(?:\s+\w+){0,4}?\s+(?:that|to|whether|how|why|for)\b")
#: nouns that themselves lean on an earlier sentence ("the city", "the king"): no name for a later "it"
_LEANING_NOUNS = frozenset("city town capital island colony fortress king queen emperor empress sultan ruler".split())
_THING_KINDS = ("event", "place", "country", "organisation", "craft", "document", "award")
_GROUP_KINDS = ("group", "unit", "organisation", "country")


#: "Kush was an African kingdom", "Potosí is a city in the Andes": a name the sentence defines as a thing by its noun
_DEFINED_AS = re.compile(r"\s+(?:is|was)\s+(?:a|an|the)\s+(?:[A-Za-z-]+\s+){0,3}?(?P<noun>[a-z]{3,})\b(?=\s+(?:on|in|of|at|"
                         r"near|that|which|built|founded|south|north|east|west)\b|[,.;])")
_THING_NOUNS = frozenset("kingdom empire city town port state country island republic colony capital fortress "
                         "canal bridge wall tower temple palace building monument mine ship satellite airship "
                         "treaty war battle organisation union league dynasty site settlement village region "
                         "province river mountain lake".split())


def _defined_as_thing(prev: str, subject) -> bool:
    """Whether a name of unknown kind opens the sentence before as the subject of a definition that makes it a
    thing ("Kush was an African kingdom on the Nile", "Potosí is a city in the Andes"): an "it" after it is that
    thing (issue 16, round 21; the reader's kind "other" kept such a name from any "it")."""
    if subject.kind != "other" or subject.start != 0:
        return False
    m = _DEFINED_AS.match(prev, subject.end)
    return m is not None and m.group("noun") in _THING_NOUNS


def thing_antecedent(facts: Facts, sf: SentenceFacts) -> Antecedent | None:
    """"It took place near Hastings" after "The Battle of Hastings was fought …": the one thing (for "it") or the
    one group (for "they") that the sentence before, in the same paragraph, opens with as its subject. None when
    the sentence before has another subject that could be meant, or the "it" stands for nothing ("It is said")."""
    key = ("thing_antecedent", sf.index)
    if key not in facts.memo:
        facts.memo[key] = _thing_antecedent(facts, sf) or group_antecedent(facts, sf)
    return facts.memo[key]


def _thing_antecedent(facts: Facts, sf: SentenceFacts) -> Antecedent | None:
    m = _THING_PRONOUN.match(sf.text)
    if m is not None and m.group("p").lower() in ("its", "their") and m.start("p") > 0:
        # "In its bubonic form it caused …": the "it" that does the verb is the one to name; without one, the
        # leading "its" of a phrase of time ("For more than a thousand years its kings ruled", round 21)
        m = _THING_SUBJECT.match(sf.text) or (m if m.start("p") > 12 else None)
    if m is None or sf.index == 0 or any(n.start < m.start("p") for n in sf.names):
        return None
    pronoun, plural = m.group("p"), m.group("p").lower() in ("they", "their")
    if pronoun.lower() == "it" and _DUMMY_IT.match(sf.text[m.start("verb"):]):
        return None
    prev = facts.sentences[sf.index - 1]
    if prev.sentence.paragraph != sf.sentence.paragraph:
        return None
    names = sorted((n for n in prev.names if n.kind not in ("date", "number")), key=lambda n: n.start)
    lead = 4 if prev.text.startswith("The ") else 0
    if names and names[0].start in (0, lead):
        subject, name_text = names[0], names[0].text
        if subject.text.isupper() or (plural and (subject.kind not in _GROUP_KINDS or subject.kind == "country")) or \
                (not plural and subject.kind not in _THING_KINDS and not _defined_as_thing(prev.text, subject)):
            return None  # a dateline ("ACCRA, …"); a person is the pronoun rules' ("he", "she"), never "it"
        end = subject.end
        others = names[1:]
    else:
        # "The plague probably began …", "the deputies found …": the text's own noun, as it writes it
        # "The six countries are …": a count before the noun is the noun's (round 21)
        common = re.match(r"The\s+(?:(?:two|three|four|five|six|seven|eight|nine|ten|twelve)\s+(?=[a-z]{3,}s\b))?"
                          r"([a-z]{3,})\b", prev.text)
        if common is None or common.group(1) in lexicon.VERBS or common.group(1) in _LEANING_NOUNS:
            return None  # "The city had been founded …": which city only an earlier sentence says
        subject, name_text, end, others = None, prev.text[4:common.end()], common.end(), names
    after = prev.text[end:]
    aside = re.match(r",[^,]{3,50},(?=\s+[a-z])", after)
    if aside:
        after = after[aside.end():]  # "The Suez Canal, opened in 1869, links …": the aside is no subject
    verb = re.match(r"\s+(?:(?:probably|also|soon|then|first|quickly|finally|later|had|have|has)\s+)?([a-z]+)\b", after)
    if verb is None or not has_verb([verb.group(1)]) or re.match(r"[’']s\b", after):
        return None  # "The city's walls …", "The Chernobyl disaster": the subject is not the name alone
    verb_word = re.match(r"\s+([a-z]+)", after).group(1)  # type: ignore[union-attr]
    if plural != (verb_word in ("were", "are", "have") or name_text.endswith("s") and verb_word not in ("was", "is", "has")):
        return None  # "it" takes a thing ("The plague was …"), "they" a group ("The deputies were …")
    # one referent only: no other name of the sentence before is the subject of a clause of its own
    for other in others:
        if re.match(r"\s+(?:was|were|is|are|had|has|became|took|made|began|ended|would|could|did)\b",
                    prev.text[other.end:]):
            return None
    if re.search(r"[,;]\s+(?:and|but)\s+(?:the\s+)?[a-z]+\s+(?:was|were|is|are|had)\b", prev.text):
        return None  # "…, and the army was …": a second subject the pronoun could mean
    name = ("the " if lead else "") + name_text
    return Antecedent(m.start("p"), m.end("p"), pronoun, name, prev.index)


#: "the city" a sentence leans on for the place the sentence before named: "Angkor was the capital … In 1177 an army
#: of the Cham people … sacked the city" (not "the city of Rome", "the city's walls", "the city council")
_PLACE_NOUN = re.compile(r"(?<![\w’'-])(?P<p>[Tt]he\s+(?:city|town|port|fortress|citadel))\b"
                         r"(?!\s+(?:of|walls?|gates?|council|hall|centre|center|itself)\b|[’']s|-)")
#: a place left or passed, not the one reached: "fled from Paris", "leaving Rome", "on the way to Lyon"
_PLACE_LEFT = re.compile(r"\b(?:from|left|leaving|leave|fled|escaped|out\s+of|way\s+to|towards?|toward|past|beyond|"
                         r"near|outside|around)\s+(?:the\s+)?$")


def _written_as_city(text: str, name: str) -> bool:
    """Whether the text itself calls the place a city or a town: "Angkor was the capital", "the city of Nanjing",
    "Its leading town was Lübeck", "Turin, the capital" (the reader's kind of a name is not sure enough)."""
    n = re.escape(name)
    noun = r"(?:city|town|capital|port)"
    return re.search(rf"\b{n}\s+(?:was|is|became|remained)\s+(?:the|a|an)\s+(?:\w+\s+){{0,2}}?{noun}\b|"
                     rf"\b{noun}\s+of\s+{n}\b|\b{noun}\s+(?:was|is|became)\s+{n}\b|"
                     rf"\b{n},\s+(?:the|a|an)\s+(?:\w+\s+){{0,2}}?{noun}\b", text) is not None


def place_noun(facts: Facts, sf: SentenceFacts) -> Antecedent | None:
    """"the city" named as the one place the sentence before names (issue 16, round 11: set 10's "sacked the
    city" after "Angkor was the capital of the Khmer kings"). Only when this sentence names no place itself, the
    sentence before (same paragraph) names exactly one place that the text calls a city or a town, and that place
    is not one left or passed ("fled from Paris")."""
    m = _PLACE_NOUN.search(sf.text)
    if m is None or sf.index == 0 or _PLACE_NOUN.search(sf.text, m.end()) is not None:
        return None
    if any(n.kind == "place" for n in sf.names):
        return None
    prev = facts.sentences[sf.index - 1]
    if prev.sentence.paragraph != sf.sentence.paragraph:
        return None
    places = [n for n in prev.names if n.kind in ("place", "other") and _written_as_city(facts.doc.text, n.text)]
    if len({n.text for n in places}) != 1 or any(_PLACE_LEFT.search(prev.text[:n.start]) for n in places):
        return None
    return Antecedent(m.start("p"), m.end("p"), m.group("p"), places[0].text, prev.index, obj=True)


#: a thing's pronoun inside a sentence ("translated it into Māori", "did not see its fall"), a "there" of place
#: ("reached safety there", "From there he travelled"; not "there were"), and a demonstrative before a noun of the
#: kind that points back ("that voyage", "this treaty")
_LATE_IT = re.compile(r"(?<![\w’'-])(?P<p>it|its)\b(?![’'-])")
_LATE_THERE = re.compile(r"(?<![\w’'-])(?P<p>[Tt]here)\b(?!\s+(?:is|was|were|are|had|have|has|seemed|seems|would|will|"
                         r"could|might|may|must|can|remain|remained|came|followed|began|lived|stood|appeared|"
                         r"arose|existed|grew|being|be)\b)")
_POINTING_NOUNS = ("voyage|journey|expedition|treaty|agreement|war|battle|attack|siege|campaign|rebellion|revolt|"
                   "rising|uprising|victory|defeat|plan|decision|law|act|reform|policy|event|conflict|move|ship|"
                   "fleet|army|city|town|region|place|document|letter|settlement|move|crossing|trip|route|deal")
_POINTING = re.compile(r"(?<![\w’'-])(?P<p>(?:[Tt]his|[Tt]hat|[Tt]hese|[Tt]hose)\s+(?:" + _POINTING_NOUNS + r")s?)\b")
#: the nouns before an "it" that it may well mean ("drew up a plan and sent it"), unlike a time or a person
_NOUN_BEFORE = re.compile(r"\b(?:[Aa]|[Aa]n|[Tt]he|[Tt]his|[Tt]hat|[Ii]ts|[Tt]heir|[Hh]is|[Hh]er)\s+(?:[a-z-]+\s+){0,2}?"
                          r"(?P<noun>[a-z-]{3,})\b")
#: words opening a sentence that are no noun it could mean ("In 1868 it …"; "Independence has come …" is one)
_NOT_SUBJECT_OPENERS = frozenset("in on at by after before when while from to with under over during as for since "
                                 "although though because if there here then so but and some most many all few once "
                                 "soon later until where what why how i we you he she they it".split())
#: "it was light", "it rained": an "it" of the weather or the hour, no thing
_WEATHER_IT = re.compile(r"\s+(?:is|was|had\s+been|grew|became)\s+(?:light|dark|late|early|cold|hot|night|day|"
                         r"morning|evening|raining|snowing)\b|\s+(?:rained|snowed)\b")
_NOT_THINGS = frozenset("night day morning evening afternoon week month year years century decade time end start "
                        "middle beginning spring summer autumn winter age north south east west rest way same "
                        "first last other".split())
#: "made it possible", "found it hard", "took it upon": an "it" that stands for what follows
_FORWARD_IT = re.compile(r"\s+(?:possible|impossible|hard|difficult|easy|easier|clear|necessary|illegal|legal|a\s+crime|"
                         r"an?\s+offence|known|plain|likely|unlikely)\b")


def late_thing(facts: Facts, sf: SentenceFacts) -> tuple[bool, Antecedent | None]:
    """Whether a sentence holds a thing's pronoun after its start that it does not say itself (issue 16, round 9:
    "translated it into Māori", "it passed to Panama", "did not see its fall", "reached safety there", "that
    voyage"; the most common unresolved pronouns left on set 7), and, for an "it"/"its", what it names when that
    is plain: the one thing the text's title names, written "the canal" in the sentence before ("The United States
    ran the canal …", then "… it [the canal] passed to Panama").

    (False, None): none. (True, name): named. (True, None): no rule names it, so the sentence is shown after the
    sentence before, or not asked. A sentence that opens with "It"/"They" is ``thing_antecedent``'s."""
    key = ("late_thing", sf.index)
    if key in facts.memo:
        return facts.memo[key]
    out: tuple[bool, Antecedent | None] = (False, None)
    text = sf.text
    if not (_THING_PRONOUN.match(text) or re.match(r"^(?:[^,]{0,40},\s+)?(?:it|they|its|their)\b", text, re.I)):
        for m in _POINTING.finditer(text):
            if re.match(r"\s+[A-Z]", text[m.end():]) or re.search(r"\b(?:known as|called|named)\b", text[m.end():]):
                continue  # "named this place Murderers' Bay", "This war is known as the First Barons' War"
            if not re.search(r"[“\"]", text[:m.start()]):
                out = (True, _title_place(facts, sf, m))
                break
        if out == (False, None):
            for m in _LATE_THERE.finditer(text):
                places = [n for n in sf.names if n.kind in ("place", "country", "other") and n.start < m.start()]
                if not places and not re.search(r"[“\"]", text[:m.start()]):
                    out = (True, None)
                    break
        it = _LATE_IT.search(text) if out == (False, None) else None
        if it is not None and it.start() > 0 and not re.search(r"[“\"]", text[:it.start()]) and \
                not _FORWARD_IT.match(text, it.end()) and not _DUMMY_IT.match(text[it.end():].lstrip()) and \
                not _WEATHER_IT.match(text, it.end()) and \
                not re.match(r"(?:In|By|On|Under|With|After|For|Through|At)\s+its\b", text):
            # "In its Lahore Resolution of 1940 the League called …": the "its" of the subject that follows
            before = text[:it.start()]
            kinds = ("date", "number") if it.group("p") == "its" else ("person", "date", "number")
            # a sure person is no "its" ("Tokimune himself did not see its fall"); a name read as a person may be a
            # state ("Qin owed its strength")
            said = any(n.kind not in kinds and n.start < it.start() and not re.match(r"[’']s\b", text[n.end:])
                       and not (n.kind == "person" and (n.key or n.text) in facts.sure_people) for n in sf.names)
            opener = re.match(r"([A-Z][a-z]+)\s+(?:has|had|have|is|was|were|are|came|grew|became|began|"
                              r"ended|fell)\b", text)
            if opener and opener.group(1).lower() not in _NOT_SUBJECT_OPENERS and \
                    not any(n.start == 0 for n in sf.names) and opener.group(1).lower() not in lexicon.VERBS:
                said = True  # "Independence has come quickly: its date …"
            if re.search(r"\b(?:each|every|either|neither)\b", before, re.IGNORECASE):
                said = True  # "eight engines, each drawing its own train"
            nouns = [x.group("noun") for x in _NOUN_BEFORE.finditer(before)
                     if x.group("noun") not in _NOT_THINGS and x.group("noun") not in extract.PERSON_NOUNS
                     and x.group("noun") not in lexicon.VERBS]
            if not said and not nouns:
                out = (True, _title_thing(facts, sf, it) or _one_thing_before(facts, sf, it))
    facts.memo[key] = out
    return out


def _title_place(facts: Facts, sf: SentenceFacts, m: re.Match) -> Antecedent | None:
    """"this place" in a guide to one place: the place its title names ("A Guide to the Ruins of Great Zimbabwe":
    "… took its name from [Great Zimbabwe]")."""
    if not re.fullmatch(r"[Tt]his\s+(?:place|site|city|town)", m.group("p")):
        return None
    heading = facts.doc.heading or ""
    named = {e.display for e in facts.entities.values() if e.kind in ("place", "country") and
             re.search(rf"(?<![\w-]){re.escape(e.display)}(?![\w-])", heading)}
    widest = [n for n in named if all(o in n for o in named)]
    if len(widest) != 1:
        return None
    return Antecedent(m.start("p"), m.end("p"), m.group("p"), widest[0], sf.index)


#: a noun phrase: an article and up to three words to its head ("the small mission station", "the Kamakura
#: government"), stopping before a preposition, a verb or a stop
_PHRASE = re.compile(r"\b(?P<det>[Tt]he|[Aa]n?)\s+(?P<words>(?:(?!(?:the|a|an|The|A|An)\b)[\w’'-]+\s+){0,3}?)"
                     r"(?P<head>[\w’'-]+)"
                     r"(?=\s*(?:[,.;:!?)]|$)|\s+(?:at|in|on|of|to|from|with|by|for|into|which|that|who|and|or|but|"
                     r"was|were|is|are|had|has|fell|ended|began|became)\b)")
_PHRASE_STOP = frozenset("at in on of to from with by for into which that who and or but was were is are had has "
                         "the a an".split())


def _one_thing_before(facts: Facts, sf: SentenceFacts, m: re.Match) -> Antecedent | None:
    """"Their anger weakened the Kamakura government, which fell in 1333. Tokimune himself did not see its fall":
    the one thing the sentence before (same paragraph) speaks of, written with "the" ("its [the Kamakura
    government’s] fall"); None when it speaks of two or more (a time, a person or a plural is none), or of one
    only as "a …" (issue 16, round 9)."""
    if sf.index == 0:
        return None
    prev = facts.sentences[sf.index - 1]
    if prev.sentence.paragraph != sf.sentence.paragraph or re.search(r"[“\"]", prev.text):
        return None
    if _LATE_IT.search(prev.text) or re.match(r"(?:[^,]{0,40},\s+)?It\b", prev.text):
        return None  # "It was called forbidden because no one could leave it without the emperor's permission.
        # Today it is the Palace Museum": the "it" before is this one, not the phrase beside it (round 19)
    found: list[tuple[int, int, str]] = []
    for x in _PHRASE.finditer(prev.text):
        words = x.group("words").split()
        cut = next((k for k, w in enumerate(words) if w.lower() in _PHRASE_STOP or w.lower() in lexicon.VERBS), None)
        if cut is not None:
            # not one phrase ("the army was … the"); the words before the verb may be one ("the company took
            # Malacca from the Portuguese": "the company" is a thing the "its" after may mean, round 22)
            if cut == 0 or words[cut].lower() not in lexicon.VERBS:
                continue
            spans_of = [w.span() for w in re.finditer(r"\S+", x.group("words"))]
            words, head = words[:cut - 1], words[cut - 1].lower()
            stop = x.start("words") + spans_of[cut - 1][1]
        else:
            head, stop = x.group("head").lower(), x.end()
        if head in lexicon.NATIONALITIES:
            continue  # "the Portuguese", "the Dutch": a people (a "their"), never an "its"
        if head in _NOT_THINGS or head in extract.PERSON_NOUNS or head in lexicon.VERBS or head in _PHRASE_STOP:
            continue
        if head.endswith("s") and not head.endswith("ss") or \
                any(w.lower() in _LEANING_NOUNS for w in words + [head]):
            return None  # "the warriors" (a plural for "it"?), "the city" (which one, only earlier says)
        found.append((x.start(), stop, x.group("det").lower()))
    spans = [(a, b) for a, b, _ in found]
    for n in prev.names:
        if n.kind in ("date", "number", "person", "group") or n.kind == "other" and not facts.sure(n) or \
                n.text.lower() in lexicon.NATIONALITIES:
            continue  # a people ("from the Portuguese") is no "its"
        if re.match(r"[’']s\b", prev.text[n.end:]):
            continue  # "Busby's help": the help is the thing, the name is whose
        if not any(a <= n.start < b for a, b in spans):
            return None  # a thing the sentence names beside the phrase ("the canal … Colombia"): either may be "it"
    if len(found) != 1 or found[0][2] != "the":
        return None
    start, end, _ = found[0]
    end = max([end] + [n.end for n in prev.names if start <= n.start < end])  # "the Duchy of Normandy"
    phrase = prev.text[start:end]
    return Antecedent(m.start("p"), m.end("p"), m.group("p"), "the " + phrase.split(None, 1)[1], prev.index)


def _title_thing(facts: Facts, sf: SentenceFacts, m: re.Match) -> Antecedent | None:
    """"the canal" for an "it" when the title names a canal ("Panama Canal") and the sentence before, in the same
    paragraph, speaks of "the canal" and of no other thing it could be."""
    if sf.index == 0:
        return None
    prev = facts.sentences[sf.index - 1]
    if prev.sentence.paragraph != sf.sentence.paragraph:
        return None
    heading = (facts.doc.heading or "").lower()
    nouns = [x.group("noun") for x in re.finditer(r"\bthe\s+(?P<noun>[a-z]{3,})\b", prev.text)
             if x.group("noun") not in _NOT_THINGS and x.group("noun") not in extract.PERSON_NOUNS
             and x.group("noun") not in lexicon.VERBS]
    if len(set(nouns)) != 1 or not re.search(rf"\b{nouns[0]}\b", heading):
        return None
    if any(n.kind in _THING_KINDS and n.kind != "country" for n in prev.names):
        return None  # another thing the sentence before names ("the canal … the Suez Canal"): not plain
    if re.search(r"\b(?:a|an)\s+(?!few\b|little\b|number\b|total\b)[a-z]+", prev.text):
        return None  # "… the canal, and a new lock …": something else an "it" may mean
    return Antecedent(m.start("p"), m.end("p"), m.group("p"), "the " + nouns[0], prev.index)


def genitive(name: str, pronoun: str) -> str:
    """The name for a possessive pronoun: "Marie Curie’s"; for "their", a plural in -s takes the apostrophe alone
    ("The Boxers’ slogan", never "The Boxers’s": set 14)."""
    if pronoun.lower() in ("their", "theirs") and name.endswith("s"):
        return name + "’"
    return name + "’s"


def with_name(text: str, ante: Antecedent, offset: int = 0, brackets: bool = True) -> str:
    """Replace the pronoun by the person's name: "She [Marie Curie]" style when brackets, plain otherwise."""
    s, e = ante.pronoun_start - offset, ante.pronoun_end - offset
    if s < 0 or text[s:e] != ante.pronoun:
        return text
    name = ante.name
    if possessive(ante):
        name = genitive(name, ante.pronoun)
    if brackets:
        replacement = f"[{name}]"
    else:
        replacement = name
    return text[:s] + replacement + text[e:]


# --------------------------------------------------------------------------- blanks and statements


def cloze(text: str, spans: list[tuple[int, int]]) -> str:
    out, last = [], 0
    for s, e in sorted(spans):
        out.append(text[last:s])
        out.append(BLANK)
        last = e
    out.append(text[last:])
    return "".join(out)


#: a day of the month in a date ("4 October 1957", "October 4, 1957"), not a year alone ("1428") nor "May 1949"
_A_DAY = re.compile(r"(?<!\d)\d{1,2}(?!\d)")


def list_date_prefix(text: str) -> tuple[str, str] | None:
    """'October 4, 1957: The Soviet Union launched …' -> ('October 4, 1957', 'The Soviet Union launched …')."""
    m = _LIST_DATE.match(text)
    if not m:
        return None
    if not re.search(r"\d", m.group("date")):
        return None
    return m.group("date"), m.group("rest")


def shorten(text: str, keep: str = BLANK, max_words: int = 38) -> str:
    """Drop comma-separated pieces far from the blank of a long prompt, marking cuts with '…'."""
    if len(text.split()) <= max_words:
        return text
    segs = segments(text, [])
    if len(segs) < 2:
        return text
    focus = next((i for i, (s, e) in enumerate(segs) if keep in text[s:e]), 0)
    lo = hi = focus
    words = len(text[segs[focus][0]:segs[focus][1]].split())
    # the sentence's opening piece holds its subject ("The Cunard liner Lusitania, … was torpedoed"): a prompt cut
    # after it opens on a torn clause ("… one of the largest and fastest ships in the world, was torpedoed"), so a
    # short one is kept, and the cut falls after it (round 23, words23)
    head = len(text[segs[0][0]:segs[0][1]].split()) if focus > 0 else 0
    floor = 0
    if 0 < head <= 12 and words + head <= max_words:
        words, floor = words + head, 1
    while True:
        grown = False
        for cand in (lo - 1, hi + 1):
            if floor <= cand < len(segs) and (cand != 0 or not floor):
                n = len(text[segs[cand][0]:segs[cand][1]].split())
                if words + n <= max_words:
                    words += n
                    lo, hi = min(lo, cand), max(hi, cand)
                    grown = True
        if not grown:
            break
    s, e = segs[lo][0], segs[hi][1]
    out = text[s:e]
    if floor and lo == 1:
        out = text[segs[0][0]:e]
    elif floor:
        out = text[segs[0][0]:segs[0][1]].rstrip(",;: ") + ", … " + out
    elif lo > 0:
        out = "… " + out
    out = out + (" …" if hi < len(segs) - 1 else text[e:].strip()[-1:] if text[e:].strip()[-1:] in ".?!" else "")
    return out


_DANGLING_START = re.compile(
    r"^(?:(?:Most|Some|Many|Few|Several|All|Both|Others|Each|Two|Three|One)\s+(?:of\s+(?:them|these|those|its|their|his|her)\b|"
    r"(?:are|were|was|is|had|have|did|could|would|went|became|remain|remained)\b)"
    r"|Among\s+(?:them|these|those|others)\b|The\s+(?:latter|former|rest|others)\b|Such\b|Another\b|Others\b)")
_DEMONSTRATIVE = re.compile(r"\b(?:this|these|those)\s*(?:[,.;:]|$|\s(?:as|is|was|were|are|to|into|in|of|and|or|for|"
                            r"with|by|had|has|meant|led|made|caused|became|would|could)\b)|\bsuch\s+(?!as\b)",
                            re.IGNORECASE)
#: "they/them" often point back to a plural of the same sentence ("bought shares ... to sell them"): only the
#: pronouns of one person are checked
_LATE_PRONOUN = re.compile(r"\b(?:he|she|him|his|her)\b", re.IGNORECASE)


def named_for(facts: Facts, ante: Antecedent) -> str:
    """The name a pronoun stands for, with the "the" its sentence writes before it ("the First Emperor")."""
    there = facts.sentences[ante.sentence].text if 0 <= ante.sentence < len(facts.sentences) else ""
    # never the "the" of a longer name the person's name opens ("the Cyrus Cylinder": "remembers the Cyrus", round 22)
    if rx(rf"\b[Tt]he\s+{re.escape(ante.name)}\b(?![’'-]|\s+[A-Z])").search(there) and \
            not re.match(r"(?:the|The)\s", ante.name):
        return "the " + ante.name
    return ante.name


def leans_on_before(facts: Facts, sf: SentenceFacts, ante: Antecedent | None) -> bool:
    """Whether a sentence, as a statement on its own, leans on another for what it speaks of: a dangling "Most are
    ...", "Among them", "saw this as a challenge", "in such a state", or a "him" with no one named before it."""
    text = sf.text
    held, thing = late_thing(facts, sf)
    if held and (thing is None or ante is not thing):
        return True  # "reached safety there", "translated it into Māori": where, what? (round 9)
    held, late = late_antecedent(facts, sf)
    pm = late_pronoun(facts, sf) if held and late is None else None
    if pm is not None and (ante is None or ante.pronoun_start != pm.start("p")) and \
            not any(n.kind == "person" and n.start < pm.start() and _could_be(facts, n, pm.group("p")) and
                    not _subject_of_its_object(sf, n, pm) for n in sf.names):
        return True  # "Antony left the fight and followed her": whom? No one the sentence names (round 9)
    if ante is not None:
        text = " " * ante.pronoun_end + text[ante.pronoun_end:]  # the resolved pronoun is named in the statement
    if ante is not None and rx(rf"\b{re.escape(ante.name)}\b").search(text):
        return True  # "he [Qin Shi Huangdi] declared himself Qin Shi Huangdi": the name resolved is already there
    start = _CONNECTIVES.sub("", text.strip())
    if _DANGLING_START.match(start) or _DEMONSTRATIVE.search(text):
        return True
    for p in ([] if ante is not None else _LATE_PRONOUN.finditer(text)):  # a resolved "he" names the "his" after it
        if p.group(0).lower() in ("he", "she") and text[:p.start()].rstrip().endswith(","):
            return True  # "In 2002, after Moi left office, she was elected": the "she" is not Moi
        # a place, a month or a title is no one ("approved in October, made him Supreme Leader": "October" is a
        # month, read as a place or as a name of no sure kind)
        named = any(m.kind not in ("date", "number", "place", "other") and m.start < p.start() for m in sf.mentions)
        nouns = set(re.findall(r"[a-z-]+", text[:p.start()].lower())) & extract.PERSON_NOUNS
        if not named and not nouns:
            return True
    return False


#: what may stand between a clause's subject and its object pronoun in one clause: an apposition in commas ("Sidney
#: Herbert, the Secretary at War, asked her"), words, and an "and" that joins a second verb of the same subject
_ONE_CLAUSE = re.compile(r"(?:\s*,\s+(?:the|a|an)\s+[^,;:]{2,40},)?(?:\s+(?!(?:who|whom|which|that|when|while|after|"
                         r"before|because|since|until|if|as|but|or|so|than|whose)\b)[a-z][a-z’'-]*)+\s+$")


def _subject_of_its_object(sf: SentenceFacts, n: extract.Mention, pm: re.Match) -> bool:
    """Whether the person ``n`` is the subject of the clause whose object is the pronoun ``pm`` ("him", "her" as
    an object): then the pronoun is someone else ("Antony left the fight and followed her", "Sidney Herbert, the
    Secretary at War, asked her": a person who acts on himself is "himself") (round 22, the lead: the unnamed
    "her" and "him" of true/false statements left on sets 7 and 13)."""
    p = pm.group("p")
    if p != "him" and not (p == "her" and _OBJECT_HER.match(sf.text, pm.end()) is not None):
        return False
    if n.start != 0 or re.match(r"[’']s\b", sf.text[n.end:]):
        return False  # "Nelson's Column … honours him": the man of a possessive may well be the "him"
    between = sf.text[n.end:pm.start()]
    return _ONE_CLAUSE.fullmatch(between) is not None and has_verb(between.replace(",", " ").split())


def statement_text(text: str) -> str:
    """A sentence as a stand-alone claim: connective dropped, a list entry's date made into 'On …, '."""
    lead = list_date_prefix(text)
    if lead:
        date, rest = lead
        dated = _year_after_month(date, rest)
        if dated is not None:
            text = dated  # "1493: In January the army …": "In January 1493 the army …", not "On 1493, in January …"
        else:
            # a day takes "On" ("On October 4, 1957, …"); a year or a month takes "In" ("In 1933, Chiang begins …",
            # not set 17's "On 1933"; round 17)
            text = f"{'On' if _A_DAY.search(date) else 'In'} {date}, {decapitalise(rest)}"
    text = drop_connectives(text)
    return clean_end(capitalise(text))


#: a day or a month a chronicle's entry opens with: "In February", "On 18 June", "On March 16"
_MONTH_OPENING = re.compile(r"(?:In|On|By|Early\s+in|Late\s+in)\s+(?:\d{1,2}\s+)?(?:" + _MONTHS + r")(?:\s+\d{1,2})?(?=[\s,])")


def _year_after_month(date: str, rest: str) -> str | None:
    """A chronicle entry "YEAR: In MONTH …" with the year put after its month ("In January 1493 the army …"; "On
    March 16, 1621 …"), or None when the entry is not a year or does not open with a month (round 17)."""
    month = _MONTH_OPENING.match(rest) if re.fullmatch(r"\d{3,4}", date) else None
    if month is None:
        return None
    sep = ", " if re.search(r"[A-Za-z]\s+\d{1,2}$", month.group(0)) else " "
    return rest[:month.end()] + sep + date + rest[month.end():]


_LEADING_PHRASE = re.compile(r"(?:On|In|At|After|Before|By|With|During|Following|When|Under|From|Since|Until)\s",
                             re.IGNORECASE)


#: a verb that takes its object and then what the object is made or named ("made its engineer, Thomas Bouch, a
#: knight", "crowned him king", "named his son, Henry, heir"): the noun after the object is no aside to drop.
_COMPLEMENT_VERB = re.compile(r"\b(?:made|makes?|making|named|names?|appointed|appoints?|crowned|crowns?|elected|"
                              r"elects?|declared|declares?|proclaimed|proclaims?|dubbed|created|styled|chose|chosen)\s+"
                              r"(?:\w+\s+){0,3}\w+\s*$")


def _apposition_ends_clean(text: str, start: int, end: int) -> bool:
    """An aside after a name may go only when a comma opens it and the sentence goes on after it with a word in
    lower case that is no article (its verb, "and", "who"), or ends there. Else it is an item of a list ("France,
    the United States, Germany, …": seven nations left of eight), a list after a colon ("four states in the Holy
    Land: the County of Edessa, the Principality …") or a name cut in two ("a mansion in Washington, D.C.":
    "Dumbarton Oaks D.C." left). Round 16: sets 12, 14 and 15."""
    if text[start:start + 1] != ",":
        return False
    after = text[end:].lstrip(",").lstrip()
    if not after or after[:1] in ".!?;":
        return True
    word = re.match(r"[\w’'.-]+", after)
    return word is not None and word.group(0)[:1].islower() and word.group(0) not in ("the", "a", "an")


#: what an apposition to a date names: "On 25 October 1415, the feast of Saint Crispin, …"
_TIME_ASIDE = re.compile(r"^(?:the|a|an)\s+(?:\w+\s+)?(?:feast|day|eve|anniversary|morning|evening|night|festival|"
                         r"holiday|birthday|week|year|date|Sabbath|Sunday|Monday|Tuesday|Wednesday|Thursday|Friday|"
                         r"Saturday)\b")


def paraphrase(facts: Facts, sf: SentenceFacts, ante: Antecedent | None = None) -> str | None:
    """A shorter, reordered claim of the sentence for 'find the sentence': the fact first, the frills gone.

    Only removes and moves the sentence's own words: appositions after a name, brackets, a
    trailing "-ing" clause, a connective; a leading date goes to the end; "she" becomes the name.
    """
    text = sf.text
    edits: list[tuple[int, int, str]] = []
    if ante is not None:
        name = (genitive(named_for(facts, ante), ante.pronoun) if possessive(ante) else named_for(facts, ante))
        edits.append((ante.pronoun_start, ante.pronoun_end, name))
    segs = segments(text, _protect(sf))
    name_ends = {m.end for m in sf.names}
    drop: list[tuple[int, int]] = []
    participle = re.compile(r"(?:[a-z]+ly\s+[a-z]+(?:ed|ing)|[a-z]+ing)\b")
    main_done = False
    for i, (s, e) in enumerate(segs):
        piece = text[s:e]
        words = piece.split()
        if i == 0:
            main_done = has_verb(words) and not participle.match(piece)
            continue
        prev_end = segs[i - 1][1]
        head = re.split(r"\s+(?:who|which|that)\s+", piece)[0].split()
        # ", the South Korean capital," after "Seoul": an apposition
        if words and words[0].lower() in ("a", "an", "the") and not has_verb(head) and prev_end in name_ends \
                and not extract.LIST_GOES_ON.match(piece.strip()) \
                and not (i >= 2 and _LEADING_PHRASE.match(text[segs[i - 1][0]:prev_end].strip())
                         and not has_verb(text[:segs[i - 1][0]].split())):
            # not "Spain, the Republic of Venice and …" (a list), nor "after a meeting led by Samuel Adams, a group
            # of men, … boarded": the name ends a leading phrase, and what follows is the sentence's subject
            end = e + 1 if e < len(text) and text[e] == "," else e
            if i >= 2 and text[segs[i - 1][0]:prev_end].strip(" ,") in {m.text for m in sf.names} and \
                    _COMPLEMENT_VERB.search(text[segs[i - 2][0]:segs[i - 2][1]]):
                continue  # "made its engineer, Thomas Bouch, a knight": the comma closes the name's own aside, and
                # what follows is the verb's complement; dropped, the statement says what the text does not (round 24)
            if not _apposition_ends_clean(text, prev_end, e):
                continue  # "France, the United States, Germany", "Holy Land: the County of Edessa, the …"
            drop.append((prev_end, end))
            continue
        # ", heavily equipped with …" / ", pouring across …" once the main clause is done
        rest = segs[i + 1:]
        if participle.match(piece) and main_done and not piece.startswith(("which", "who")) and all(
                text[rs:re_].startswith(("and ", "or ")) or len(text[rs:re_].split()) <= 3 for rs, re_ in rest):
            drop.append((prev_end, len(text.rstrip(" .!?"))))
            break
        if has_verb(words) and not participle.match(piece):
            main_done = True
    for s, e in drop:
        edits.append((s, e, ""))
    for m in re.finditer(r"\s*\([^)]*\)", text):
        edits.append((m.start(), m.end(), ""))
    out = apply_edits(text, edits)
    out = drop_connectives(out)
    lead = list_date_prefix(out)
    tail = ""
    dated = _year_after_month(*lead) if lead else None
    if dated is not None:
        out = dated  # "1429: In February Baudricourt …": "In February 1429 Baudricourt …", not "… in 1429"
    elif lead:
        # "on 4 October 1957", but "in 1428" and "in May 1949" (set 15's chronicle: "to the Dauphin on 1428")
        out, tail = lead[1], ("on " if _A_DAY.search(lead[0]) else "in ") + lead[0]
    else:
        for d in sf.dates:
            opening = rx(rf"^(On|In|By|During|Until|After|Before)\s+(?:the\s+)?{re.escape(d.text)},\s+(.+)$").match(out)
            if opening:
                out, tail = (opening.group(2),
                             out[:opening.end(1)].lower() + out[opening.end(1):opening.start(2)].rstrip(", "))
                aside = re.match(r"((?:the|a|an)\s+[^,;]{2,50}),\s+(?=(?:The|the|A|An|a|an|[A-Z][a-z]+)\s)", out)
                if aside is not None and not has_verb(aside.group(1).split()) and _TIME_ASIDE.search(aside.group(1)):
                    # "On 25 October 1415, the feast of Saint Crispin, the army …": the date's apposition goes with
                    # it ("… on 25 October 1415, the feast of Saint Crispin"), never "The feast of Saint Crispin,
                    # the army … won" (round 20: set 5)
                    out, tail = out[aside.end():], f"{tail}, {aside.group(1)}"
                break
        else:
            # "In 1853 the American naval officer ...", "Within an hour of the speech, Congress ...": a leading
            # phrase of time goes to the end, so a true statement is not the sentence word for word
            opening = re.match(r"^((?:In|On|By|During|Between|Within|After|Before|For)\s+[^,;]{2,40}?)(?:,\s+|\s+)"
                               r"((?:The|the|A|An|[A-Z][a-z]+\s+[A-Z])[^,]*\s+(?:was|were|had|has|is|are|did|[a-z]+ed)\b.*)$",
                               out)
            cut_name = opening is not None and re.search(r"\b[A-Z][\w’'-]*$", opening.group(1)) is not None and \
                re.search(r"\b(?:" + _MONTHS + r")$", opening.group(1)) is None or \
                opening is not None and re.search(r"\b(?:of|a|an|the|to|for|with|by|from|at)$", opening.group(1)) is not None or \
                opening is not None and re.match(r"(?:" + _MONTHS + r")\b", opening.group(2)) is not None
            # "On 27 | April Ferdinand Magellan was killed": nor a date (set 11's Magellan: "April … on 27")
            # "In 1890 a statue of | Clara Venn was unveiled": a cut after "of" splits the subject (round 9)
            # "On 4 November 1780 José | Gabriel Condorcanqui’s men seized …": the cut must not split a name
            if opening and not cut_name and not runs_past_time(opening.group(1)) and \
                    not has_verb(opening.group(1).split()) and any(d.start < len(opening.group(1))
                                                                          for d in sf.dates) | (", " in out[:len(opening.group(1)) + 2]):
                head = opening.group(1)
                out, tail = opening.group(2), head[0].lower() + head[1:]
    out = out.rstrip(" .")
    if tail:
        # "X began A, and Y followed with B on June 26" would misplace the date: keep the first clause
        out = re.split(r"(?:,\s+(?:and|but|while|whereas)|;)\s+", out)[0]
        out = f"{out} {tail}"
    out = clean_end(capitalise(" ".join(out.split())))
    if _same_words(out, sf.text) or len(out.split()) < 4 or not keeps_eras(sf.text, out):
        return None
    return out


_ERA = re.compile(r"(?:\b\d[\d,]*|\bcentury|\bcenturies|\bmillennium)\s+(?:BCE|BC|CE|AD|B\.C\.|A\.D\.)(?!\w)")


def keeps_eras(source: str, out: str) -> bool:
    """A moved phrase keeps its era with its number: "By the third century BCE seven states remained" must not
    become "BCE seven states remained by the third century"."""
    if re.match(r"(?:BCE|BC|CE|AD|B\.C\.|A\.D\.)(?!\w)", out):
        return False
    return all(m.group(0) in out for m in _ERA.finditer(source) if m.group(0).split()[0] in out)


def apply_edits(text: str, edits: list[tuple[int, int, str]]) -> str:
    """``text`` with each (start, end, replacement) edit made; an edit overlapping an earlier one is skipped."""
    out, last = [], 0
    for s, e, repl in sorted(edits):
        if s < last:
            continue
        out.append(text[last:s])
        out.append(repl)
        last = e
    out.append(text[last:])
    return "".join(out)


def is_clause(label: str) -> bool:
    """'The army launched an attack' (a clause) rather than 'A pile-up of aircraft over Tempelhof' (a phrase)."""
    return has_verb(label.split())


def _same_words(a: str, b: str) -> bool:
    norm = lambda s: re.sub(r"[^\w]+", " ", s.lower()).split()  # noqa: E731
    return norm(a) == norm(b)


def snippet(text: str, start: int, end: int, words: int = 9) -> str:
    """A few words either side of a span, for feedback ("… captured Seoul, the South Korean capital …")."""
    before = [m.start() for m in re.finditer(r"\S+", text[:start])]
    after = [m.end() for m in re.finditer(r"\S+", text[end:])]
    s = before[-words] if len(before) > words else 0
    e = end + after[words - 1] if len(after) > words else len(text)
    out = " ".join(text[s:e].split())
    return ("… " if s > 0 else "") + out + (" …" if e < len(text) else "")


# --------------------------------------------------------------------------- true statements in other words

_TIME_HEAD = re.compile(
    r"^(?P<head>(?:(?:In|On|By|During|Between|Within|After|Before|For|From|Until|Over|Throughout|Since)\s+[^,;]{2,40}?"
    r"|(?:Last|This|That|Early|Late|Later)\s+(?:night|morning|evening|afternoon|day|week|month|year|spring|summer|"
    r"autumn|winter|that\s+\w+)|Yesterday|Today|At\s+dawn|At\s+first|At\s+last))"
    r"(?:,\s+|\s+)(?P<main>(?:[A-Z][\w’'.-]*|the|a|an)\s.*)$")
_TIME_WORDS = re.compile(r"\b(?:\d{3,4}s?|night|morning|evening|afternoon|day|days|week|weeks|month|months|year|years|"
                         r"decade|decades|century|centuries|hour|hours|minutes|spring|summer|autumn|winter|dawn|"
                         r"yesterday|today|January|February|March|April|May|June|July|August|September|October|"
                         r"November|December|war|speech|first|last|reign|rule)\b")
_FRONT_CLAUSE = re.compile(r"^(?P<conj>When|After|Before|Because|Although|Though|While|As soon as|Since|Once|Until)\s+"
                           r"(?P<sub>[^,;]{6,120}),\s+(?P<main>[^;]+)$")
_BACK_CLAUSE = re.compile(r"^(?P<main>[^,;]{8,160}?)\s+(?P<conj>because|after|before|when|until|although)\s+"
                          r"(?P<sub>[^,;]{6,120})$")
NEGATION = re.compile(r"\b(?:not|never|no|nor|n[o’']t|neither|without)\b", re.IGNORECASE)


#: a phrase of time cut before its end: it stops on a word that needs more after it
#: a day's number and its month ("29 May", "May 29"), and a year after them: the start of a clause that a lazy
#: phrase of time cut inside its date ("Before dawn on 29 | May the Ottomans …"; round 20)
_DATE_REST = re.compile(r"^(?:(?:" + _MONTHS + r")(?:\s+\d{1,2}(?:st|nd|rd|th)?)?|\d{1,2}(?:st|nd|rd|th)?)(?:,?\s+\d{3,4})?"
                        r"(?:,\s+|\s+)(?=\S)")


def _whole_date_head(m: re.Match | None, text: str) -> re.Match | None:
    """A phrase of time read whole: when its cut falls inside a date (the head ends with a day's number and the
    clause opens with its month, or the head ends with a month and the clause opens with the day), the date's rest
    joins the head: "Before dawn on 29 May | the Ottomans launched …", never "May the Ottomans launched their final
    attack before dawn on 29." (set 17)."""
    if m is None:
        return None
    head, main = m.group("head"), m.group("main")
    if not (re.search(r"\b\d{1,2}(?:st|nd|rd|th)?$", head) and re.match(r"(?:" + _MONTHS + r")\b", main) or
            re.search(r"\b(?:" + _MONTHS + r")$", head) and re.match(r"\d{1,2}\b", main)):
        return m
    rest = _DATE_REST.match(main)
    if rest is None:
        return None
    return re.match(rf"^(?P<head>{re.escape(text[:m.start('main') + rest.end()].rstrip(' ,'))})(?:,\s+|\s+)"
                    rf"(?P<main>{re.escape(main[rest.end():])})$", text)


def _ends_in_apposition(main: str) -> bool:
    """The clause ends with an apposition (", an Andean method"): a phrase put after it would read as its."""
    last = re.split(r",\s+", main.rstrip(" .!?"))
    return len(last) > 1 and re.match(r"(?:a|an|the)\s", last[-1]) is not None and not has_verb(last[-1].split()) \
        and len(last[-1].split()) <= 6


_CUT_HEAD = re.compile(r"\b(?:of|the|a|an|in|on|at|to|for|by|with|from|and|or|than|its|his|her|their)$", re.IGNORECASE)
_TIME_HEAD_TO_COMMA = re.compile(_TIME_HEAD.pattern.replace(r"(?:,\s+|\s+)", r",\s+").replace("{2,40}?", "{2,40}"))


#: what may follow the last word of time inside a phrase of time ("in the spring of 1066 near Hastings")
_AFTER_TIME = frozenset("of in on at near after before during between and or to from until against with for by "
                        "over under across".split())
_TIME_TOKEN = re.compile(r"(?:\d[\d,]*(?:s|st|nd|rd|th)?|BCE|BC|CE|AD|B\.C\.|A\.D\.)$")


def runs_past_time(head: str) -> bool:
    """A leading phrase of time read too far: past its last word of time comes a word no phrase of time goes on
    with, so the rest is the sentence's subject ("By 1952 | industrial production in", "For centuries | only local",
    "In September 1845 | a disease of the potato"). Moving such a phrase to the end garbles the sentence (round 16:
    set 13's Marshall Plan, set 14's Petra, set 10's famine)."""
    words = [w.strip(",.;:") for w in head.split()[1:]]
    times = [i for i, w in enumerate(words) if _TIME_TOKEN.match(w) or _TIME_WORDS.fullmatch(w)]
    return bool(times) and times[-1] + 1 < len(words) and words[times[-1] + 1].lower() not in _AFTER_TIME


def _time_head_cut(text: str, head: str) -> tuple[str, str] | None:
    """(the phrase of time to its last word of time, the rest) for a head that ``runs_past_time``: "By 1952",
    "industrial production in the countries … war"; None when no word of time ends it."""
    words = head.split()
    times = [i for i, w in enumerate(words) if i > 0 and (_TIME_TOKEN.match(w.strip(",.;:")) or
                                                           _TIME_WORDS.fullmatch(w.strip(",.;:")))]
    if not times or any(w.endswith((",", ";", ":")) for w in words[:times[-1] + 1]):
        return None
    short = " ".join(words[:times[-1] + 1])
    if not text.startswith(short + " "):
        return None
    return short, text[len(short) + 1:]


def _whole_clause(main: str) -> bool:
    """The words after a leading phrase of time make a clause: a verb before the first comma, or after an
    apposition ("the last shogun, Tokugawa Yoshinobu, handed ...")."""
    parts = main.split(",")
    return has_verb(parts[0].split()) or (len(parts) >= 3 and re.match(r"\s*[A-Z]", parts[1]) is not None
                                          and has_verb(",".join(parts[2:]).split()))


def _one_verb(text: str) -> bool:
    """A single clause: exactly one finite verb (a second one means a second clause the move would split)."""
    verbs = [w for w in text.split() if has_verb([w]) and w.lower() not in ("been", "being", "having")]
    return len(verbs) == 1


def _main_clause(text: str) -> bool:
    return has_verb(text.split()) and not _starts_with_verb(text.split())


#: Words that mark a second clause or a description the moves below could tear apart.
_CLAUSE_WORDS = re.compile(r"[,;:()\"“”]|\b(?:and|but|or|while|when|because|after|before|which|who|whom|whose|that|"
                           r"although|though|if|until|since|as)\b")


def _text_of(facts: Facts) -> str:
    key = ("phrasing", "text")
    if key not in facts.memo:
        facts.memo[key] = " ".join(sf.text for sf in facts.sentences)
    return facts.memo[key]


def _date_to_front(facts: Facts, sf: SentenceFacts, text: str) -> str | None:
    """A one-clause sentence that ends with its date opens with it: "Mandela was released on 11 February 1990" ->
    "On 11 February 1990, Mandela was released"."""
    for d in sf.dates:
        if d.granularity not in ("full", "month_day", "month_year", "year"):
            continue
        m = rx(rf"\s+(on|in|by|during)\s+((?:the\s+)?{re.escape(d.text)})$").search(text)
        if m is None:
            continue
        main = text[:m.start()]
        if _CLAUSE_WORDS.search(main) or not has_verb(main.split()) or len(main.split()) < 3:
            return None
        first = re.match(r"[A-Z][a-z]+\b", main)
        if first and not any(n.start == 0 for n in sf.mentions) and first.group(0).lower() not in lexicon.SENTENCE_STARTERS:
            # "Unemployment was still above 14 percent" is no name: lower case when the text writes it so elsewhere;
            # a capitalised word the text never writes in lower case may be a name: no rewording then
            if not re.search(rf"(?<![.!?]\s)\b{first.group(0).lower()}\b", _text_of(facts)):
                return None
            main = main[0].lower() + main[1:]
        return f"{m.group(1).capitalize()} {m.group(2)}, {decapitalise(main, facts)}"
    return None


#: Past forms that are also the past participle, so "X built Y" can become "Y was built by X"; "married",
#: "named" and "called" are left out ("was married by" says something else).
_PAST_IS_PARTICIPLE = frozenset("built led sent held won made found fought brought lost paid sold taught told "
                                "kept struck shot spread split set cut laid bought caught".split())
_NOT_PASSIVE = frozenset("married named called used needed wanted seemed remained lived died stayed".split())
_DOERS = ("person", "country", "organisation", "unit", "group")


def _passive(facts: Facts, sf: SentenceFacts) -> str | None:
    """"Ashoka conquered Kalinga in 261 BCE" -> "Kalinga was conquered by Ashoka in 261 BCE": only a named doer
    opening the sentence, a verb whose past form is its participle, a named thing right after it and at most one
    phrase of place or time after that (so no clause is torn and the verb agrees: one name takes "was")."""
    text = " ".join(sf.text.split()).rstrip(" .!")
    if text != sf.text.strip().rstrip(" .!") or NEGATION.search(text):
        return None
    names = sorted((m for m in sf.mentions if m.kind not in ("date", "number")), key=lambda m: m.start)
    if len(names) < 2:
        return None
    subj = names[0]
    lead = text[:subj.start]
    if lead not in ("", "The "):
        return None
    if subj.kind not in _DOERS:
        return None
    verb = re.match(r"\s+([a-z]+)\s+(the\s+)?", text[subj.end:])
    if verb is None:
        return None
    word = verb.group(1)
    if word in _NOT_PASSIVE or not (word in _PAST_IS_PARTICIPLE or word.endswith("ed") and len(word) > 4):
        return None
    obj = names[1]
    if obj.start != subj.end + verb.end() or obj.kind in ("group",) or obj.text.endswith("s"):
        return None  # "the Mongols", "the Allies": a plural would take "were"
    rest = text[obj.end:]
    if rest and (not re.match(r"\s+(?:in|on|at|during|against|to|from|into|near|with)\s", rest) or _CLAUSE_WORDS.search(rest)):
        return None
    article = verb.group(2) or ""
    doer = (lead.lower() + subj.text) if lead else subj.text
    return f"{capitalise(article + obj.text)} was {word} by {doer}{rest}"


def reworded_statement(facts: Facts, sf: SentenceFacts, ante: Antecedent | None = None) -> str | None:
    """The sentence as a true statement in other order, so that judging it asks more than spotting a copied line.

    Only the sentence's own words are moved (the validator checks every content word against the quote): the
    reordering of ``paraphrase`` first; else a leading phrase of time goes to the end ("Last night Japanese forces
    attacked Hong Kong" -> "Japanese forces attacked Hong Kong last night"); else a clause of time or cause swaps
    sides ("When A, B" <-> "B when A"). A negated sentence is left alone: moving a "not" risks changing what it
    denies. None when no such rewording exists."""
    first = paraphrase(facts, sf, ante)
    if first is not None:
        return first
    text = sf.text
    if ante is not None:
        name = (genitive(named_for(facts, ante), ante.pronoun) if possessive(ante) else named_for(facts, ante))
        text = apply_edits(text, [(ante.pronoun_start, ante.pronoun_end, name)])
    text = drop_connectives(" ".join(text.split())).rstrip(" .!?")
    text = re.sub(r"^(?:And|But|So|Then)\s+", "", text)
    text = capitalise(text)
    if NEGATION.search(text) or '"' in text or "“" in text:
        return None
    out = None
    m = _whole_date_head(_TIME_HEAD.match(text), text)
    if m and _ends_in_apposition(m.group("main")):
        m = None  # "At first the miners smelted it in clay ovens, called huayras, an Andean method": moved to the end,
        # the phrase of time would read as the apposition's ("an Andean method at first"; round 20)
    if m and (_CUT_HEAD.search(m.group("head")) or not _whole_clause(m.group("main"))):
        # "By the day of | the battle the English had …": the phrase of time runs on (moving half of it leaves
        # "… by the day of.", "… in April of."); "Within an hour of | the speech, Congress declared …": it runs to
        # the comma
        # "Within an hour of | the speech, Congress declared ...": the phrase of time runs to the comma
        m = _TIME_HEAD_TO_COMMA.match(text)
        m = m if m and _whole_clause(m.group("main")) and not _CUT_HEAD.search(m.group("head")) else None
    if m and runs_past_time(m.group("head")):
        # "For centuries only local | Bedouin knew the site": the subject began inside the "phrase"; the phrase of
        # time is "For centuries", and "Only local Bedouin knew the site for centuries" (round 16)
        cut = _time_head_cut(text, m.group("head"))
        m = None
        if cut is not None and _main_clause(cut[1]) and \
                _whole_clause(cut[1]) and not re.match(r"(?:and|but|or|so|which|who|that)\b", cut[1]):
            main = re.split(r"(?:,\s+(?:and|but|while|whereas)|;)\s+", cut[1])[0]
            out = f"{capitalise(main)} {cut[0][0].lower()}{cut[0][1:]}"
    if out is None and m and not has_verb(m.group("head").split()[1:]) and _TIME_WORDS.search(m.group("head")) \
            and _main_clause(m.group("main")) and "," not in m.group("head"):
        main = re.split(r"(?:,\s+(?:and|but|while|whereas)|;)\s+", m.group("main"))[0]
        out = f"{main} {m.group('head')[0].lower()}{m.group('head')[1:]}"
    if out is None:
        m = _FRONT_CLAUSE.match(text)
        # "When she was two years old her mother was executed, and Elizabeth ...": two clauses before the comma
        # and an "and" after it: moving either side would join the wrong parts
        if m and _main_clause(m.group("main")) and _one_verb(m.group("sub")) and "," not in m.group("main") and \
                not re.match(r"(?:and|but|or|so|yet)\b", m.group("main"), re.IGNORECASE):
            out = f"{m.group('main')} {m.group('conj').lower()} {m.group('sub')}"
    if out is None:
        m = _BACK_CLAUSE.match(text)
        if m and _main_clause(m.group("main")) and _one_verb(m.group("sub")) and _one_verb(m.group("main")):
            out = f"{m.group('conj').capitalize()} {m.group('sub')}, {decapitalise(m.group('main'), facts)}"
    if out is None:
        out = _date_to_front(facts, sf, text)
    if out is None and ante is None:
        out = _passive(facts, sf)
    if out is None:
        return None
    out = clean_end(capitalise(" ".join(out.split())))
    if _same_words(out, sf.text) or len(out.split()) < 4 or not keeps_eras(sf.text, out):
        return None
    return out


# --------------------------------------------------------------------------- the text's subject (round 10)

_FEMALE_NOUNS = frozenset("queen empress princess wife mother daughter sister widow heroine governess nun duchess "
                          "countess woman girl lady grandmother granddaughter aunt niece bride mistress".split())
_MALE_NOUNS = frozenset("king emperor prince husband father son brother uncle nephew grandson grandfather man boy "
                        "lord duke earl baron knight monk priest bishop pope caliph sultan shah tsar czar kaiser "
                        "pharaoh khan khagan shogun guardian rival heir successor".split())
#: a person noun that may be a man or a woman ("the general", "a teacher"): a candidate for either pronoun
_EITHER_NOUNS = (extract.PERSON_NOUNS | lexicon.TITLES | frozenset("adviser advisor ally regent envoy "
                                                                   "servant slave master owner".split())) \
    - _FEMALE_NOUNS - _MALE_NOUNS - frozenset("crew dr dr. mr mr. mrs mrs. ms ms. st st. saint sir".split())
#: "dressed as a sailor", "hired him as a lecturer": a noun after "as (a)" is a role of someone, not another person
_AS_ROLE = re.compile(r"\bas\s+(?:an?\s+|the\s+)?(?:[a-z-]+\s+)?$")
_MALE_P = frozenset({"he", "him", "his"})


def _subject_gender(facts: Facts) -> str | None:
    """"he" or "she": the sex a text about one person gives them, when its pronouns say it plainly (at least
    twice as many of one sex's as of the other's, and never a given name of the other sex)."""
    if "subject_gender" not in facts.memo:
        out = None
        subject = text_subject(facts)
        if subject is not None:
            text = _text_of(facts)
            he = len(re.findall(r"\b(?:he|him|his)\b", text, re.IGNORECASE))
            she = len(re.findall(r"\b(?:she|her|hers)\b", text, re.IGNORECASE))
            if he >= 3 and he >= 2 * she and _name_could_be(subject[0], "he"):
                out = "he"
            elif she >= 3 and she >= 2 * he and _name_could_be(subject[0], "she"):
                out = "she"
        facts.memo["subject_gender"] = out
    return facts.memo["subject_gender"]


def _is_subject_mention(facts: Facts, n: extract.Mention, subject: tuple[str, frozenset[str]]) -> bool:
    name, aliases = subject
    full = facts.people.get(n.key, n.text) if n.key else n.text
    if n.text in aliases or full in aliases or full == name or n.text == name:
        return True
    words = set(n.text.split())
    return bool(words) and words <= set(name.split()) and not n.extra.get("ambiguous")


def _may_be_person(facts: Facts, sf: SentenceFacts, n: extract.Mention) -> bool:
    """Whether a name may be a person's, for the subject rule (where a doubt blocks, never names)."""
    if _is_person(facts, n) or n.kind == "person":
        return True
    if n.kind != "other":
        return False
    low = n.text.lower()
    if low in lexicon.NATIONALITIES or re.search(r"\b(?:of|the|and)\b", low):
        return False  # "Black", "District of Columbia", "Narrative of the Life of …"
    before = sf.text[max(0, n.start - 20):n.start].lower()
    return re.search(r"\b(?:a|an|the)\s+(?:[a-z-]+\s+)?$", before) is None  # "a free Black seaman"


def _subject_roles(facts: Facts) -> frozenset[str]:
    """The nouns the text's first sentence gives its subject ("Akbar, the third Mughal emperor of India, was born"):
    "the emperor" later is the subject, not a second man."""
    if "subject_roles" not in facts.memo:
        subject = text_subject(facts)
        roles: frozenset[str] = frozenset()
        if subject is not None and facts.sentences:
            first = facts.sentences[0].text
            said = re.match(rf"{re.escape(subject[0])},\s+(?P<app>[^,]{{3,60}}),", first) or \
                re.match(rf"{re.escape(subject[0])}\s+(?:was|is)\s+(?P<app>(?:an?|the)\s+[^,.;]{{3,60}})", first)
            if said is not None:
                roles = frozenset(re.findall(r"[a-z-]+", said.group("app"))) & (_MALE_NOUNS | _FEMALE_NOUNS |
                                                                                  _EITHER_NOUNS)
        facts.memo["subject_roles"] = roles
    return facts.memo["subject_roles"]


def _acted_on_by_subject(facts: Facts, sf: SentenceFacts, m: re.Match, people: list) -> Antecedent | None:
    """"In 1560 Akbar dismissed him" in a life of Akbar, after "For the next four years Bairam Khan ruled in the
    emperor's name": the subject acts on "him", so "him" is someone else, and the sentence before (same paragraph)
    names one other man and no one else of his sex (the subject's own title, "the emperor", aside) — him (round 10:
    set 9's "dismissed him" for Bairam Khan). None on any doubt."""
    subject = text_subject(facts)
    pronoun = m.group("p")
    if subject is None or sf.index == 0 or len(people) != 1 or not _is_subject_mention(facts, people[0], subject) or \
            _subject_gender(facts) is None:
        return None
    roles = _subject_roles(facts)
    _, other = _candidates(facts, sf, pronoun, subject, end=m.start("p"), skip=roles)  # before it: the subject only
    prev = facts.sentences[sf.index - 1]
    if other or prev.sentence.paragraph != sf.sentence.paragraph:
        return None
    fulls = {_full_name(facts, n, pronoun) for n in prev.names if n.kind not in ("date", "number") and
             not _is_subject_mention(facts, n, subject) and _may_be_person(facts, prev, n) and
             _could_be(facts, n, pronoun)}
    if len(fulls) != 1 or None in fulls:
        return None
    full = next(iter(fulls))
    assert full is not None
    sure = [n for n in prev.names if _is_person(facts, n) and _full_name(facts, n, pronoun) == full]
    if not sure:
        return None
    # no noun of his sex beside him in the sentence before (the subject's titles aside): "Hemu's son", "a general"
    nouns = (_MALE_NOUNS if pronoun.lower() in _MALE_P else _FEMALE_NOUNS) | _EITHER_NOUNS
    for w in re.finditer(r"[a-z][a-z-]*", prev.text):
        if w.group() in nouns and w.group() not in roles and not _AS_ROLE.search(prev.text[:w.start()]):
            return None
    return Antecedent(m.start("p"), m.end("p"), pronoun, the_name(facts, full), prev.index, obj=True)


def _candidates(facts: Facts, sf: SentenceFacts, pronoun: str, subject, start: int = 0,
                end: int | None = None, skip: frozenset[str] = frozenset()) -> tuple[bool, bool]:
    """(the subject is named, someone else of the pronoun's sex may be named) in sf.text[start:end]."""
    end = len(sf.text) if end is None else end
    named = other = False
    for n in sf.names:
        if not (start <= n.start < end) or n.kind in ("date", "number"):
            continue
        if _is_subject_mention(facts, n, subject):
            named = named or _is_person(facts, n) or n.kind in ("person", "other")
        elif _may_be_person(facts, sf, n) and _could_be(facts, n, pronoun) and \
                not _AS_ROLE.search(sf.text[:n.start]):  # "served as United States Marshal": a role
            other = True
    if not named:
        # "Samuel left the shop": a word of the subject's name the reader did not take for a name, inside no other
        # name ("Grace Okafor" is not Samuel Okafor)
        inside = [(n.start, n.end) for n in sf.names]
        for w in subject[0].split():
            for x in re.finditer(rf"(?<![\w’'-]){re.escape(w)}(?![\w-])", sf.text[start:end]):
                at = start + x.start()
                if len(w) >= 3 and w[:1].isupper() and not any(a <= at < b for a, b in inside):
                    named = True
    male = pronoun.lower() in _MALE_P
    nouns = (_MALE_NOUNS if male else _FEMALE_NOUNS) | _EITHER_NOUNS
    for w in re.finditer(r"[a-z][a-z-]*", sf.text[start:end]):
        if w.group() in nouns and w.group() not in skip and not _AS_ROLE.search(sf.text[start:start + w.start()]):
            other = True
    return named, other


def subject_antecedent(facts: Facts, sf: SentenceFacts, m: re.Match) -> Antecedent | None:
    """A "he"/"she"/"him"/"his"/"her" no rule before this round could place, named as the text's subject (issue 16,
    round 10: set 9's "he escaped", "he published" in a life of Frederick Douglass): when the text is about one
    person of that pronoun's sex, its own sentence names no one else who could be meant, and going back sentence by
    sentence, the nearest sentence that names someone of that sex names the subject and no one else ("In 1841 he
    spoke …, and the society, led by Garrison, hired him. In 1845 he published …" stays unnamed: Garrison is a
    second man in reach). Any doubt (a title or a role noun of that sex, a capitalised word that may be a name)
    leaves the pronoun unnamed."""
    subject = text_subject(facts)
    pronoun = m.group("p")
    p = pronoun.lower()
    if subject is None or _subject_gender(facts) != ("he" if p in _MALE_P else "she"):
        return None
    named, other = _candidates(facts, sf, pronoun, subject)
    if other or named:
        return None  # someone else of that sex in its own sentence, or the subject is there (it is theirs)
    for back in range(1, 9):
        j = sf.index - back
        if j < 0:
            return None
        x = facts.sentences[j]
        named, other = _candidates(facts, x, pronoun, subject)
        if other:
            return None
        placed = antecedent(facts, x) or late_antecedent(facts, x)[1]
        if placed is not None and placed.name == the_name(facts, subject[0]) and _same_sex(placed.pronoun, pronoun):
            named = True  # "Because the book named his former owners, he [Douglass] left …": a "he" placed as the
            # subject, in a sentence naming no one else, carries the subject on as well as the name does
        if named:
            # its sentence is this one: the title names the subject, so the quote need not run back to the name
            return Antecedent(m.start("p"), m.end("p"), pronoun, the_name(facts, subject[0]), sf.index)
    return None


# --------------------------------------------------------------------------- a plural "they"/"of them" (round 10)

#: "Of them, some 73,000 were American": a share of a group the sentence before counts
PARTITIVE_THEM = re.compile(r"^(?:(?:Most|Many|Some|All|Few|None|Half|Each|One|Two|Three|Four|Five|Several|Both)\s+)?"
                            r"(?P<of>[Oo]f)\s+(?P<p>them)\b")
#: "About 156,000 Allied troops reached France …": a counted group opening a sentence, then its verb
_COUNTED_GROUP = re.compile(r"^(?:(?:About|Some|Around|Nearly|Almost|Over|More\s+than|Fewer\s+than|Roughly|Up\s+to)\s+)?"
                            r"(?P<n>\d[\d,.]*|[a-z]+-?[a-z]*)\s+(?P<words>(?:[A-Z]?[a-z-]+\s+){0,2}?)(?P<noun>[a-z]+s)\s+"
                            r"(?P<verb>[a-z]+)\b")
#: "Ferdinand and Isabella ordered …": two people as the subject
_PAIR = re.compile(r"(?P<a>[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+){0,2})\s+and\s+(?P<b>[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+){0,2})"
                   r"\s+(?P<verb>[a-z]+)\b")
_LEADING_THEY = re.compile(r"^(?:[^,]{1,40},\s+){0,2}(?P<p>they)\s+(?P<verb>[a-z]+)\b", re.IGNORECASE)
_PLURAL_WORD = re.compile(r"\b[a-z]{3,}(?<!ss)(?<!us)(?<!is)(?<!as)s\b")


def _plural_elsewhere(facts: Facts, prev: SentenceFacts, start: int, end: int) -> bool:
    """Whether the sentence names a plural besides the span [start, end): a group, a plural noun, a count."""
    for n in prev.names + [x for x in prev.mentions if x.kind == "number"]:
        if not (start <= n.start < end) and n.kind in ("group", "number", "unit", "organisation"):
            return True
    outside = prev.text[:start] + " " * (end - start) + prev.text[end:]
    return any(not lexicon.VERBS.__contains__(w.group()) and not has_verb([w.group()])
               for w in _PLURAL_WORD.finditer(outside)) or \
        re.search(r"\b(?:people|men|women|children|both|all|others)\b", outside) is not None


def group_antecedent(facts: Facts, sf: SentenceFacts) -> Antecedent | None:
    """A leading "they" after a sentence whose subject is two people ("Ferdinand and Isabella ordered … In April
    1492 they agreed …"), and an opening "Of them" after a sentence whose subject is one counted group ("About
    156,000 Allied troops reached France … Of them, some 73,000 were American"): named when the sentence before
    (same paragraph) speaks of no other plural that "they" or "them" could mean (a group, a plural noun, another
    number); else None, and the sentence leans on the one before."""
    if sf.index == 0:
        return None
    prev = facts.sentences[sf.index - 1]
    if prev.sentence.paragraph != sf.sentence.paragraph or re.search(r"[“\"]", prev.text):
        return None
    part = PARTITIVE_THEM.match(sf.text)
    if part is not None:
        g = _COUNTED_GROUP.match(prev.text)
        if g is None or not has_verb([g.group("verb")]) or g.group("n").lower() in ("the", "a", "an", "these", "those"):
            return None
        if g.group("n")[0].isalpha() and textnorm_number(g.group("n")) is None:
            return None
        if _plural_elsewhere(facts, prev, 0, g.end("noun")):
            return None
        phrase = prev.text[g.start("n"):g.end("noun")]
        return Antecedent(part.start("p"), part.end("p"), "them", "the " + phrase, sf.index, obj=True)
    they = _LEADING_THEY.match(sf.text)
    if they is None or any(n.start < they.start("p") and n.kind in ("person", "group", "organisation", "country")
                           for n in sf.names):
        return None
    at = 0
    opening = re.match(r"(?:In|On|By|At|After|Before|During)\s+", prev.text)
    date = next((d for d in prev.dates if opening is not None and d.start == opening.end()), None)
    if date is not None:
        at = date.end + len(re.match(r"[,\s]*", prev.text[date.end:]).group())  # type: ignore[union-attr]
    pair = _PAIR.match(prev.text, at)
    if pair is None or not has_verb([pair.group("verb")]):
        return None
    people = [n for n in prev.names if pair.start() <= n.start < pair.end("b")]
    if len(people) != 2 or not all(_is_person(facts, n) for n in people) or \
            {n.text for n in people} != {pair.group("a"), pair.group("b")}:
        return None
    if any(_is_person(facts, n) for n in prev.names if n.start >= pair.end("b")) or \
            _plural_elsewhere(facts, prev, pair.start(), pair.end("b")):
        return None  # "Ferdinand and Isabella ordered the Jews …": "they" may be the Jews
    name = f"{pair.group('a')} and {pair.group('b')}"
    p = they.group("p")
    return Antecedent(they.start("p"), they.end("p"), p, name, sf.index)


def textnorm_number(word: str) -> float | None:
    from .. import textnorm
    return textnorm.parse_number(word)


def _subject_in_play(facts: Facts, j: int, full: str, pronoun: str) -> bool:
    """Whether the text's subject, of this pronoun's sex, is someone else than the one man (or woman) sentence j
    names and was named, or was the "he"/"she" a rule placed, in one of the two sentences before j: then a "he"
    after sentence j may be either."""
    subject = text_subject(facts)
    if subject is None or _subject_gender(facts) != ("he" if pronoun.lower() in _MALE_P else "she"):
        return False
    name, aliases = subject
    if full == name or full in aliases or set(full.split()) <= set(name.split()):
        return False
    for k in (j - 1, j - 2):
        if k < 0:
            break
        x = facts.sentences[k]
        if any(_is_subject_mention(facts, n, subject) for n in x.names if n.kind in ("person", "other")):
            return True
        ante = antecedent(facts, x)
        if ante is not None and ante.name in (name, the_name(facts, name)):
            return True
    return False


def _subject_in_clause(facts: Facts, sf: SentenceFacts, at: int) -> bool:
    """Whether the pronoun's own clause names the text's subject after it ("He trusted Zheng He …" in a text about
    Zheng He): then the pronoun is someone else, and the subject is not a second one it may mean."""
    subject = text_subject(facts)
    if subject is None:
        return False
    return any(n.start >= at and _is_subject_mention(facts, n, subject) and not re.search(r"[,;:]", sf.text[at:n.start])
               for n in sf.names)

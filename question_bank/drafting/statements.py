"""'Which of these does the text say?': true statements from a run of sentences and one it does not say.

The true statements are the other sentences of a run in one paragraph, reworded (``reworded_statement``) when all
of the run can be, else all as the text writes them; the one the text does not say is a sentence of the run with one fact
swapped for another of the same kind by the same rules as a false true/false statement (``builders._fair_swap``:
a person the text shows to be a person, a war for a war, a number of like size; never under a negation, never a
name that another sentence says does the same thing). It is a multiple-select question ("choose all that apply")
rather than "which does it NOT say" with the false one as the key: every right choice of a question must be found
in its quote, and a statement the text does not make cannot be. Runs are three sentences (two said, one not), not
four: a run shows its sentences whole, so no other draft may ask anything of them, and four cost the eval sets
about one draft in ten.
"""

from __future__ import annotations

import re
import zlib

from ..textnorm import contains_folded, parse_number
from .builders import (
    Draft,
    _blank_spans,
    _singular,
    _tf_statement,
    answer_base,
    answerable,
    fair_swaps,
    quote_of,
    quote_states,
    sentence_quality,
    topics_for,
)
from .distractors import Distractor
from .facts import Facts, SentenceFacts
from .phrasing import NEGATION, leans_on_before, reworded_statement
from .swaps import broken_rewording, placed_date

RUN = 3  # sentences in a run: two said, one swapped (each run shows its sentences whole: short keeps it cheap)
MAX_WORDS = 24  # a longer statement is hard to hold beside three others


def _false_version(facts: Facts, sf: SentenceFacts, ante) -> tuple[str, str, str, bool] | None:
    """(false statement, the fact as the text gives it, the fact swapped in, whether reworded), or None."""
    if NEGATION.search(sf.text):
        return None
    found: dict[int, list[Distractor]] = facts.memo.get(("distractors", sf.index), {})
    best = None
    for m in sf.mentions:
        if not answerable(sf, m) or len(_blank_spans(sf, m)) > 1 or (m.kind == "date" and m.granularity == "period"):
            continue
        ds = fair_swaps(facts, sf, m, found)
        if ds and (best is None or answer_base(m) > best[0]):
            best = (answer_base(m), m, ds[0])
    if best is None:
        return None
    _, m, d = best
    reworded = _reworded(facts, sf, ante)
    if reworded is not None and reworded.count(m.text) == 1:
        # the same rewording as the true statements beside it, so its form does not give it away
        out, was_reworded = reworded.replace(m.text, d.text), True
    else:
        out, was_reworded = _tf_statement(facts, sf, ante, [(m.start, m.end, d.text)]), False
    if contains_folded(out, m.text):
        return None  # "he [Qin Shi Huangdi] declared himself ...": the fact swapped out is still shown
    return out, m.text, d.text, was_reworded


_MONTHS = frozenset("january february march april may june july august september october november december".split())


def _refuted_beside(run: list[SentenceFacts], k: int, right: str, swapped: str) -> bool:
    """Another sentence of the run, shown as a true choice, refutes the swap (round 19, set 16): the name swapped in
    is the one it speaks of ("Jackson had been killed in 1813" beside "Jackson ... was elected president in 1828"),
    or the count swapped is of things it names ("three columns" beside "Nelson led one column ... and Collingwood
    led the other")."""
    others = " ".join(sf.text for j, sf in enumerate(run) if j != k)
    if re.search(rf"(?<![\w-]){re.escape(swapped)}(?![\w-])", others):
        return True  # "On 14 May 1804 we lost Sergeant Floyd" beside "we left our camp ... on 14 May 1804"
    if parse_number(swapped) is None and any(w[:1].isupper() and len(w) > 2 and w.lower() not in _MONTHS and
                                            re.search(rf"\b{re.escape(w)}\b", others)
                                            for w in re.findall(r"[\w’'-]+", swapped)):
        return True
    m = next((m for m in run[k].numbers if m.text == right), None)
    if m is None or not m.unit or m.value is None or not 2 <= m.value <= 12:
        return False
    one = _singular(m.unit.lower())
    return re.search(rf"\b(?:{re.escape(one)}|{re.escape(m.unit.lower())})\b", others.lower()) is not None


def _shown_beside(facts: Facts, run: list[SentenceFacts], k: int, swapped: str) -> bool:
    """The number swapped in is one another sentence of the run gives ("about two thousand survivors" beside "some
    2,000 colonists"): the made-up statement then reads as what the choice beside it says."""
    value = parse_number(swapped)
    return value is not None and any(m.value == value for j, sf in enumerate(run) if j != k for m in sf.numbers)


def _reworded(facts: Facts, sf: SentenceFacts, ante) -> str | None:
    """The sentence reworded, or None when the rewording's seams show (``swaps.broken_rewording``)."""
    out = reworded_statement(facts, sf, ante)
    out = placed_date(sf.text, out) if out is not None else None  # the date put back before a clause (round 13)
    return None if out is not None and broken_rewording(sf.text, out) else out


def _copied_false(facts: Facts, sf: SentenceFacts, ante, right: str, swapped: str) -> str | None:
    for m in sf.mentions:
        if m.text == right:
            out = _tf_statement(facts, sf, ante, [(m.start, m.end, swapped)])
            return None if contains_folded(out, right) else out
    return None


def said_drafts(facts: Facts) -> list[Draft]:
    """At most one for the text: the run whose sentences stand alone best."""
    out: list[Draft] = []
    for para in facts.doc.content_paragraphs:
        sfs = [sf for sf in facts.sentences if sf.sentence.paragraph == para]
        best: Draft | None = None
        for i in range(len(sfs) - RUN + 1):
            d = _run_draft(facts, sfs[i:i + RUN])
            if d is not None and (best is None or d.score > best.score):
                best = d
        if best is not None:
            out.append(best)
    # one per text: each shows four sentences whole, so no other draft may ask anything of them
    return sorted(out, key=lambda d: -d.score)[:1]


def _run_draft(facts: Facts, run: list[SentenceFacts]) -> Draft | None:
    if not all(any(answerable(sf, m) for m in sf.mentions) for sf in run):
        return None  # "The excerpt below gives most of the address": no fact to judge, as for a true/false
    if any(sf.sentence.words < 4 or not re.search(r"[a-z]{2,}", sf.text) for sf in run):
        return None  # "October 1769.": a chronicle's date line is no statement said or not said (round 11, set 8)
    quality = [sentence_quality(facts, sf) for sf in run]
    if any(any(n.startswith(("starts with", "contains", "talks about", "unresolved pronoun", "relative date"))
               for n in notes) for _, notes, _ in quality):
        # a statement leaning on the sentence before cannot be judged alone: "Belgium took the colony over from
        # him in 1908" (issue 16, round 8: which king, the choice does not say), "The following summer …"
        return None
    if any(leans_on_before(facts, sf, quality[j][2]) for j, sf in enumerate(run)):
        return None  # "Most are in Prakrit ...", "Among them was ...", "saw this as a challenge": of what, whom?
    quote = quote_of(facts, run[0].index, run[-1].index)
    # the false one: the first sentence of the run (in a stable turn) that has a fair swap
    order = sorted(range(RUN), key=lambda k: zlib.crc32(f"said|{run[0].index}|{k}".encode()))
    false = None
    for k in order:
        false = _false_version(facts, run[k], quality[k][2])
        if false is not None and not _refuted_beside(run, k, false[1], false[2]):
            break
        false = None
    if false is None:
        return None
    false_text, right_fact, swapped, reworded = false
    if _shown_beside(facts, run, k, swapped):
        return None  # "led about two thousand survivors" beside "Some 2,000 colonists reached safety": the swap is
        # a fact another choice states, so the made-up one reads as true
    # all in one style: each reworded when all can be, else each as the text writes it (a copied true
    # statement beside reworded ones, or the other way round, would show which one is made up)
    said = [_reworded(facts, sf, quality[j][2]) for j, sf in enumerate(run) if j != k]
    if not reworded or any(t is None for t in said):
        said = [_tf_statement(facts, sf, quality[j][2], []) for j, sf in enumerate(run) if j != k]
        copied = _copied_false(facts, run[k], quality[k][2], right_fact, swapped)
        if copied is None:
            return None
        false_text = copied
    if any(t is None or len(t.split()) > MAX_WORDS or not quote_states(t, quote["quote"]) for t in said) or \
            len(false_text.split()) > MAX_WORDS:
        return None
    choices = [{"text": t or "", "correct": True, "feedback": "Right: the text says this."} for t in said]
    choices.append({"text": false_text, "correct": False,
                    "feedback": f"The text does not say this: it gives {right_fact}, not {swapped}."})
    choices.sort(key=lambda c: zlib.crc32(f"{run[0].index}|{c['text']}".encode()))
    q = {
        "type": "multiple_select",
        "prompt": "Which of these does the text say? Choose all that apply (one of them it does not say).",
        "topics": topics_for("statement", run[0]),
        "difficulty": 2,
        "explanation": "The text says: “" + " ".join(quote["quote"].split()) + "”",
        "evidence": quote,
        "choices": choices,
    }
    score = 0.8 + sum(s for s, _, _ in quality) / RUN
    return Draft(q, "multiple_select", "statements", score, tuple(sf.index for sf in run), "; ".join(t or "" for t in said),
                 [false_text], [], f"{run[0].index}:said", (),
                 tuple((sf.index, sf.text) for sf in run))

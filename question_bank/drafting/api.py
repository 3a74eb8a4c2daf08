"""Draft a question set from a source text: the entry point for the CLI and the editor."""

from __future__ import annotations

import math
import re
from collections.abc import Callable
from dataclasses import dataclass, field

from ..loading import validate_data
from ..models import CORE_TOPICS, QUESTION_TYPES, QuestionSet
from ..validation import Problem
from .builders import (
    SOURCE_ID,
    Draft,
    dated_events,
    matching_drafts,
    ordering_drafts,
    sentence_drafts,
    tells_writers_day,
)
from .causes import causal_drafts
from .cloze import cloze_drafts
from .facts import Facts, read_facts
from .referents import gate, name_pronouns, name_writer, plain_events
from .select import default_max, select, shown_score
from .statements import said_drafts

_ABBREV = {
    "multiple_choice": "mc", "multiple_select": "ms", "true_false": "tf", "numeric": "num", "short_answer": "sa",
    "ordering": "ord", "matching": "match", "cite": "cite", "cloze": "cloze",
}


@dataclass(frozen=True)
class DraftInfo:
    """What the editor shows beside a draft: how good it looks, what it asks and where it comes from."""

    question_id: str
    type: str
    #: What the draft asks for: date, number, person, place, country, unit, organisation, event, award,
    #: craft (for true/false: the kind of fact it states), statement (cite), sequence, pairs, list.
    kind: str
    #: Usefulness from 0 to 1: half the drafter's own judgement (a specific fact, distractors from the text, a sentence
    #: that stands alone), half the chance that a teacher keeps such a draft as it stands (``calibration``).
    score: float
    #: Indices (0-based) of the paragraphs and the character spans in the source of the sentences used.
    paragraphs: tuple[int, ...]
    spans: tuple[tuple[int, int], ...]
    answer: str
    distractors: tuple[str, ...] = ()
    #: Why the score is lower than it might be ("starts with a pronoun", "made-up distractor(s)").
    notes: tuple[str, ...] = ()


@dataclass
class DraftResult:
    question_set: QuestionSet
    drafts: list[DraftInfo]
    #: Candidates considered before ranking.
    candidates: int = 0
    #: Paragraphs that carry text (not a title or reference line) and those the drafts use.
    content_paragraphs: tuple[int, ...] = ()
    used_paragraphs: tuple[int, ...] = ()
    #: Validation problems of drafts that were dropped (empty unless a builder has a bug).
    dropped: list[Problem] = field(default_factory=list)

    def info(self, question_id: str) -> DraftInfo | None:
        return next((d for d in self.drafts if d.question_id == question_id), None)


def _check_types(types) -> list[str]:
    if types is None:
        return list(QUESTION_TYPES)
    out = []
    aliases = {v: k for k, v in _ABBREV.items()} | {"choice": "multiple_choice", "select": "multiple_select",
                                                     "truefalse": "true_false", "number": "numeric", "order": "ordering",
                                                     "gaps": "cloze", "fill_the_gaps": "cloze"}
    for t in types:
        t = t.strip().lower().replace("-", "_").replace(" ", "_")
        t = aliases.get(t, t)
        if t not in QUESTION_TYPES:
            raise ValueError(f"unknown question type {t!r}; use some of: {', '.join(QUESTION_TYPES)}")
        if t not in out:
            out.append(t)
    return out


def _slug(text: str) -> str:
    slug = re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")
    return slug[:60].strip("-") or "draft"


def suggest_questions(source_text: str, title: str | None = None, max_questions: int | None = None,
                      types=None, topics=None, source_title: str | None = None, min_score: float | None = None,
                      order: str = "text") -> DraftResult:
    """Draft questions from a text; every draft is validated and comes with a ``DraftInfo``.

    ``types`` limits the question types (default: all nine); ``topics`` keeps only drafts with one
    of these topics (core topics or free tags such as "people"); ``max_questions`` defaults to
    about one per sentence. ``min_score`` drops drafts whose quality score is lower; ``order="score"``
    puts the best first (default: text order). Deterministic: the same text always gives the same drafts.
    """
    if order not in ("text", "score"):
        raise ValueError(f"unknown order {order!r}; use text or score")
    type_list = _check_types(types)
    topic_set = {t.strip().lower() for t in topics} if topics else None
    if max_questions is not None and max_questions < 1:
        raise ValueError("max_questions must be at least 1")
    text = source_text.lstrip("\ufeff").replace("\r\n", "\n").replace("\r", "\n")
    facts = read_facts(text)
    heading = facts.doc.heading
    set_title = title or (f"{heading} (draft questions)" if heading else "Draft questions")
    ungated: list[Draft] = []
    candidates = build_candidates(facts, type_list, ungated)
    if topic_set:
        candidates = [d for d in candidates if topic_set & {t.lower() for t in d.question["topics"]}]
        ungated = [d for d in ungated if topic_set & {t.lower() for t in d.question["topics"]}]
    limit = max_questions or default_max(facts)
    chosen = _pick(facts, candidates, ungated, limit, type_list)
    for d in chosen:  # what the teacher sees: the drafter's score blended with the chance teachers keep it as it is
        d.score = shown_score(d)
    if min_score is not None:
        chosen = [d for d in chosen if d.score >= min_score]
    if order == "score":
        chosen.sort(key=lambda d: -d.score)  # stable: equal scores stay in text order
    questions, infos, dropped = _finish(facts, chosen, set_title, source_title or heading or set_title)
    raw = _set_dict(facts, set_title, source_title or heading or set_title, questions)
    result = validate_data(raw, "<draft>")
    qset = result.question_set
    assert qset is not None, [str(p) for p in result.problems]
    used = sorted({p for i in infos for p in i.paragraphs})
    return DraftResult(qset, infos, len(candidates), tuple(facts.doc.content_paragraphs), tuple(used), dropped)


def draft_questions(source_text: str, title: str | None = None, max_questions: int | None = None,
                    types=None, topics=None) -> QuestionSet:
    """A draft question set (status "draft") for a source text; see ``suggest_questions`` for the details."""
    return suggest_questions(source_text, title, max_questions, types, topics).question_set


#: the drafts per 100 words of its text at which the pick without the gated drafts stands as it is; a pick under
#: it takes the gated drafts back (issue 16, round 15: round 13 took them back whenever the gated pick was shorter,
#: so the gate bound on no text with fewer candidates than its limit)
ROOM = 4.4


def _pick(facts: Facts, candidates: list[Draft], ungated: list[Draft], limit: int, types: list[str]) -> list[Draft]:
    """The picker's drafts without those that show a pronoun nobody names (``referents``); when that pick is
    shorter than the one with them and under ``ROOM`` drafts per 100 words of the text, the held drafts come back one
    at a time until it is as long or holds ``ROOM``, and if even that is shorter, the whole pick with them is taken:
    the drafts per 100 words hold (issue 16, rounds 13 and 15)."""
    ids = {id(d) for d in candidates}
    held = [d for d in ungated if id(d) not in ids]
    if not held:
        return select(facts, candidates, limit, types)
    built = [(d, d.score, list(d.notes)) for d in candidates + held]

    def pick(pool: list[Draft]) -> tuple[list[Draft], list[tuple[Draft, float, list[str]]]]:
        for d, score, notes in built:  # the pick weighs its drafts' scores: each pick starts from them as built
            d.score, d.notes = score, list(notes)
        got = select(facts, pool, limit, types)
        return got, [(d, d.score, list(d.notes)) for d in pool]

    def keep(got: list[Draft], state: list[tuple[Draft, float, list[str]]]) -> list[Draft]:
        for d, score, notes in state:
            d.score, d.notes = score, notes
        return got

    chosen, state = pick(candidates)
    room = math.floor(ROOM * len(facts.doc.text.split()) / 100)
    if len(chosen) >= limit or len(chosen) >= room:
        return keep(chosen, state)  # the gated pick holds the text's drafts per 100 words: the gate binds
    fuller, full_state = pick(ungated)
    if len(fuller) <= len(chosen):
        return keep(chosen, state)
    # the held drafts come back in order, those of the sentences the gated pick leaves unasked first and the best
    # first, only until the pick is as long as the one with all of them or holds ``ROOM`` (round 15; round 13 took
    # all of them back at once, so a text short of one draft showed every held pronoun again)
    target = min(len(fuller), room)
    asked = {i for d in chosen for i in d.sentences}
    order = sorted(held, key=lambda d: (bool(asked.intersection(d.sentences)), -d.score))
    # the fewest of them that make the pick long enough: 1, 2, 4, … of them, then halving between the last two
    # counts (a pick is the slow part, round 14; one by one made a text of set 13 4.6 times slower)
    tried: dict[int, tuple] = {}

    def enough(k: int) -> bool:
        if k not in tried:
            tried[k] = pick(candidates + order[:k])
        return len(tried[k][0]) >= target

    k, last = 1, 0
    while k < len(order) and not enough(k):
        last, k = k, 2 * k
    k = min(k, len(order))
    if not enough(k):
        return keep(fuller, full_state)
    lo, hi = last + 1, k
    while lo < hi:
        mid = (lo + hi) // 2
        if enough(mid):
            hi = mid
        else:
            lo = mid + 1
    return keep(*tried[hi])


def build_candidates(facts: Facts, types: list[str], ungated: list[Draft] | None = None) -> list[Draft]:
    wanted = set(types)
    out: list[Draft] = []
    for sf in facts.sentences:
        out += sentence_drafts(facts, sf, wanted)
        if "cloze" in wanted:
            out += cloze_drafts(facts, sf)
    if "multiple_choice" in wanted:
        out += causal_drafts(facts)
    if "multiple_select" in wanted:
        out += said_drafts(facts)  # after the sentence drafts: it reuses their distractors
    out = [d for d in out if not tells_writers_day(facts, d)]
    events = dated_events(facts) if wanted & {"ordering", "matching"} else []
    plain = plain_events(facts, events)
    out = _remade_alike(facts, name_pronouns(facts, name_writer(facts, out)))
    dated = name_writer(facts, _dated_drafts(facts, plain, wanted))
    if ungated is not None:  # what was drafted before the gate of round 13, for a pick the gate leaves shorter
        ungated += out + (dated if len(plain) == len(events) else
                          name_writer(facts, _dated_drafts(facts, events, wanted)))
    # one gate for every type: a draft that shows a pronoun nobody in it names ("It was heard", "they had been
    # taken illegally", "30 June 1688: A jury acquitted them", the diary's "I am told") is not kept, and its
    # sentence gets its next draft; the writer's "I" and "we" of a diary or letter are named (issue 16, round 13)
    return gate(out + dated, facts)


def _remade_alike(facts: Facts, drafts: list[Draft]) -> list[Draft]:
    """Each draft's other makings (``Draft.remakes``, round 22) named and gated as the drafts themselves are: the
    writer's "I", a pronoun the resolvers place ("they [the Vikings]"), none that shows a pronoun nobody names."""
    for d in drafts:
        if d.remakes is not None:
            d.remakes = _named_remakes(facts, d.remakes)
    return drafts


def _named_remakes(facts: Facts, remakes: Callable[[], list[Draft]]) -> Callable[[], list[Draft]]:
    made: list[list[Draft]] = []

    def named() -> list[Draft]:
        if not made:
            made.append(gate(name_pronouns(facts, name_writer(facts, remakes())), facts))
        return made[0]

    return named


def _dated_drafts(facts: Facts, events: list, wanted: set[str]) -> list[Draft]:
    # with enough dated events, orderings and date matchings take turns, so that neither shows the other's answers;
    # a third share stays with the sentences' own drafts ("which happened in 1948?" had it, and is no longer
    # drafted: never kept on 69 texts, issue 16 round 9; giving its share to the orderings cost set 3 five drafts)
    by_date = sorted(events, key=lambda e: e.sort)
    users = [t for t in ("ordering", "matching", "multiple_select") if t in wanted]
    share = len(users) if len(by_date) >= 4 * len(users) else 2 if len(by_date) >= 8 and len(users) >= 2 else 1
    part = {t: by_date[i % share::share] if share > 1 else by_date for i, t in enumerate(users)}
    out: list[Draft] = []
    if "ordering" in wanted:
        out += ordering_drafts(facts, part["ordering"])
    if "matching" in wanted:
        out += matching_drafts(facts, part["matching"])
    return out


def _set_dict(facts: Facts, title: str, source_title: str, questions: list[dict]) -> dict:
    return {
        "schema_version": 1,
        "id": _slug(title),
        "title": title,
        "description": "Questions drafted automatically from the source text; check each one before use.",
        "status": "draft",
        "sources": [{"id": SOURCE_ID, "title": source_title, "citation": facts.doc.citation, "text": facts.doc.text}],
        "questions": questions,
    }


def _finish(facts: Facts, chosen: list[Draft], title: str, source_title: str):
    """Give the drafts ids, validate them one by one and drop (and report) any that fail."""
    questions, infos, dropped = [], [], []
    ids: set[str] = set()
    for d in chosen:
        main = (d.sentences[0] if d.type in ("ordering", "matching") or d.kind == "list" and len(d.sentences) > 1
                else d.sentences[-1]) + 1
        base = f"s{main:03d}-{_ABBREV[d.type]}"
        qid, n = base, 2
        while qid in ids:
            qid, n = f"{base}-{n}", n + 1
        q = {"id": qid, **d.question}
        result = validate_data(_set_dict(facts, title, source_title, [q]), "<draft>")
        if result.errors:
            dropped += result.errors
            continue
        ids.add(qid)
        questions.append(q)
        sents = [facts.sentences[i].sentence for i in d.sentences]
        infos.append(DraftInfo(qid, d.type, d.kind, round(max(0.0, min(1.0, d.score)), 3),
                               tuple(sorted({s.paragraph for s in sents})), tuple((s.start, s.end) for s in sents),
                               d.answer, tuple(d.distractors), tuple(d.notes)))
    return questions, infos, dropped


__all__ = ["DraftInfo", "DraftResult", "draft_questions", "suggest_questions", "CORE_TOPICS"]

"""Keep the best drafts: every type, every paragraph, at most two per sentence, no fact asked twice."""

from __future__ import annotations

from collections import Counter

from .builders import Draft
from .facts import Facts

#: The share of a full set each type should have; a type above its share is pushed down the ranking.
TARGET_SHARE = {
    "multiple_choice": 0.30, "short_answer": 0.14, "true_false": 0.15, "numeric": 0.08, "cite": 0.12,
    "multiple_select": 0.06, "ordering": 0.06, "matching": 0.07,
}
MIN_SCORE = 0.45
PER_SENTENCE = 2


def default_max(facts: Facts) -> int:
    """About one draft for every sentence with something to ask, at least 5 and at most 120."""
    return max(5, min(120, round(len(facts.sentences) * 0.85)))


def select(facts: Facts, drafts: list[Draft], max_questions: int, types: list[str]) -> list[Draft]:
    pool = [d for d in drafts if d.score >= MIN_SCORE]
    pool.sort(key=lambda d: (-d.score, d.sentences, d.type))
    chosen: list[Draft] = []
    per_sentence: Counter = Counter()
    per_type: Counter = Counter()
    per_answer: Counter = Counter()
    facts_used: set[str] = set()

    def single(d: Draft) -> bool:
        return d.type not in ("ordering", "matching")

    taken_ids: set[int] = set()
    type_at: set[tuple[str, int]] = set()

    def can_take(d: Draft) -> bool:
        if id(d) in taken_ids or d.fact in facts_used or any(f in facts_used for f in d.also):
            return False
        if single(d):
            if per_sentence[d.sentences[-1]] >= PER_SENTENCE or (d.type, d.sentences[-1]) in type_at:
                return False
            if d.answer and per_answer[d.answer.casefold()] >= 2 and d.type not in ("true_false", "cite"):
                return False
        return True

    def take(d: Draft) -> None:
        chosen.append(d)
        taken_ids.add(id(d))
        facts_used.update(d.also)
        type_at.add((d.type, d.sentences[-1]))
        facts_used.add(d.fact)
        per_type[d.type] += 1
        if d.type not in ("true_false", "cite"):
            per_answer[d.answer.casefold()] += 1
        if single(d):
            for s in d.sentences[-1:]:
                per_sentence[s] += 1

    def adjusted(d: Draft) -> float:
        n = max(len(chosen), 1)
        share = TARGET_SHARE.get(d.type, 0.1)
        over = per_type[d.type] / n - share
        penalty = max(0.0, over) * 1.2
        if single(d) and per_sentence[d.sentences[-1]]:
            penalty += 0.06
        return d.score - penalty

    # every asked-for type at least once
    for t in types:
        best = next((d for d in pool if d.type == t and can_take(d)), None)
        if best and len(chosen) < max_questions:
            take(best)
    # every paragraph at least once
    for p in facts.doc.content_paragraphs:
        if len(chosen) >= max_questions:
            break
        if any(facts.sentences[s].sentence.paragraph == p for d in chosen for s in d.sentences):
            continue
        cands = [d for d in pool if single(d) and can_take(d) and
                 facts.sentences[d.sentences[-1]].sentence.paragraph == p]
        if cands:
            take(max(cands, key=adjusted))
    # then each type up to its share of the set, the type furthest below its share first
    quota = {t: max(1, round(TARGET_SHARE.get(t, 0.1) * max_questions)) for t in types}
    while len(chosen) < max_questions:
        open_types = [t for t in types if per_type[t] < quota[t]]
        picked = False
        for t in sorted(open_types, key=lambda t: per_type[t] / quota[t]):
            best = next((d for d in pool if d.type == t and can_take(d)), None)
            if best is not None:
                take(best)
                picked = True
                break
            quota[t] = per_type[t]
        if not picked:
            break
    # then the best of the rest
    while len(chosen) < max_questions:
        cands = [d for d in pool if can_take(d)]
        if not cands:
            break
        best = max(cands, key=lambda d: (adjusted(d), -d.sentences[0]))
        if adjusted(best) < MIN_SCORE - 0.1:
            break
        take(best)
    chosen.sort(key=lambda d: (d.sentences[0], d.type != "ordering", d.type))
    return chosen

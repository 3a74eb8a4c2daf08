"""``quiz-bank stats``: counts by type, topic and difficulty, and how much of each source the questions cite."""

from __future__ import annotations

import sys
from collections import Counter

from question_bank import evidence as ev
from question_bank.loading import load_set
from question_bank.models import CORE_TOPICS, QUESTION_TYPES, QuestionSet

from .report import print_problems


def register(sub) -> None:
    p = sub.add_parser("stats", help="counts by type, topic and difficulty, and source coverage")
    p.add_argument("path", metavar="PATH")
    p.set_defaults(func=run)


def run(args) -> int:
    result = load_set(args.path)
    if result.question_set is None:
        print(f"{args.path}: cannot be read", file=sys.stderr)
        print_problems(result, sys.stderr)
        return 1
    qset = result.question_set
    print(f"{qset.title} ({qset.id}): {len(qset.questions)} questions"
          + ("" if result.ok else f", {len(result.errors)} problems (run quiz-bank validate)"))
    by_type: Counter[str] = Counter(q.type for q in qset.questions)
    by_topic = Counter(t for q in qset.questions for t in q.topics)
    by_diff = Counter(q.difficulty for q in qset.questions)
    print("\nBy type:")
    for t in QUESTION_TYPES:
        print(f"  {t:<20} {by_type.get(t, 0):>5}")
    print("\nBy topic:")
    for t in list(CORE_TOPICS) + sorted(set(by_topic) - set(CORE_TOPICS)):
        print(f"  {t:<20} {by_topic.get(t, 0):>5}")
    print("\nBy difficulty:")
    for d in (1, 2, 3):
        print(f"  {d:<20} {by_diff.get(d, 0):>5}")
    print("\nCoverage (questions citing each paragraph):")
    for paragraph_counts, src in zip(coverage(qset), qset.sources, strict=True):
        print(f"  {src.id}")
        for para, count in paragraph_counts:
            start = " ".join(para.text.split()[:8])
            number = ev.paragraph_number(src.text, para)  # as a reader counts; None for the title
            mark = f"¶{number}" if number is not None else "title"
            print(f"    {mark:<5} {count:>4}  {start}…")
    return 0


def coverage(qset: QuestionSet) -> list[list[tuple[ev.Passage, int]]]:
    """For each source, each paragraph with the number of questions whose evidence lies in it."""
    out = []
    for src in qset.sources:
        paras = ev.paragraphs(src.text)
        counts: Counter[int] = Counter()
        for q in qset.questions:
            hit = set()
            for _, evid in q.evidences():
                if evid.source != src.id:
                    continue
                where = ev.locate(src.text, evid.quote, evid.span)
                if where is not None:
                    hit.add(where.paragraph.index)
            counts.update(hit)
        out.append([(p, counts.get(p.index, 0)) for p in paras])
    return out

"""``quiz-bank draft SOURCE.txt -o DRAFT.json``: draft questions from a text file (offline)."""

from __future__ import annotations

import json
import sys
from collections import Counter
from pathlib import Path

from question_bank import textfiles
from question_bank.atomic import atomic_write
from question_bank.models import QUESTION_TYPES

MAX_SOURCE_BYTES = 5 * 1024 * 1024


def register(sub) -> None:
    p = sub.add_parser(
        "draft",
        help="draft questions from a source text (offline); every answer is quoted from the text",
        description="Draft a question set (status draft) from a plain-text source. Each draft quotes the sentence "
                    "it was built from; check every draft before using the set for a scored round.",
    )
    p.add_argument("source", metavar="SOURCE.txt", help="the source text, paragraphs on separate lines")
    p.add_argument("-o", "--output", metavar="DRAFT.json", help="where to write the set (default: SOURCE.draft.json)")
    p.add_argument("--max", type=int, default=None, metavar="N",
                   help="at most N drafts (default: about one per sentence)")
    p.add_argument("--types", nargs="+", metavar="TYPE",
                   help=f"only these question types ({', '.join(QUESTION_TYPES)}); commas also work")
    p.add_argument("--topics", nargs="+", metavar="TOPIC",
                   help="only drafts with one of these topics (dates, leaders, troop_counts, places, context, ...)")
    p.add_argument("--min-score", type=float, default=None, metavar="S",
                   help="keep only drafts whose quality score (0 to 1) is at least S; see docs/drafting.md")
    p.add_argument("--order", choices=("text", "score"), default="text",
                   help="order of the drafts in the file: as in the text (default) or best score first")
    p.add_argument("--title", help="the set's title (default: the text's first line when it is a title)")
    p.add_argument("--list", action="store_true", help="also print each draft with its score and kind")
    p.set_defaults(func=run)


def read_source(path: Path) -> textfiles.TextFile:
    """The source text, read as every teacher's text file is (``question_bank.textfiles``)."""
    return textfiles.read_text(path, MAX_SOURCE_BYTES, "source text")


def _split(values: list[str] | None) -> list[str] | None:
    if not values:
        return None
    return [v for value in values for v in value.split(",") if v.strip()]


def run(args) -> int:
    # imported here, as before: the other verbs need not load the drafting package
    from question_bank.drafting.api import suggest_questions

    source = Path(args.source)
    try:
        source_file = read_source(source)
    except textfiles.TextFileError as exc:
        print(f"quiz-bank draft: {exc}", file=sys.stderr)
        return 1
    if source_file.warning:
        print(f"quiz-bank draft: warning: {source}:{source_file.warning_line}: {source_file.warning}. "
              f"{source_file.warning_hint}", file=sys.stderr)
    if args.max is not None and args.max < 1:
        print("quiz-bank draft: --max must be at least 1", file=sys.stderr)
        return 2
    if args.min_score is not None and not 0 <= args.min_score <= 1:
        print("quiz-bank draft: --min-score must be between 0 and 1", file=sys.stderr)
        return 2
    output = Path(args.output) if args.output else source.with_suffix(".draft.json")
    try:
        result = suggest_questions(source_file.text, title=args.title, max_questions=args.max,
                                   types=_split(args.types), topics=_split(args.topics), source_title=None,
                                   min_score=args.min_score, order=args.order)
    except ValueError as exc:
        print(f"quiz-bank draft: {exc}", file=sys.stderr)
        return 2
    qset = result.question_set
    if not qset.questions:
        cut = f" with a score of at least {args.min_score:g}" if args.min_score is not None else ""
        print(f"quiz-bank draft: {source}: no questions{cut} could be drafted from this text (it needs sentences with "
              "names, dates or numbers)", file=sys.stderr)
        return 1
    data = qset.model_dump(mode="json", exclude_none=True)
    try:
        atomic_write(output, json.dumps(data, indent=2, ensure_ascii=False) + "\n")
    except OSError as exc:
        print(f"quiz-bank draft: {output}: cannot be written: {exc.strerror or exc}", file=sys.stderr)
        return 1
    by_type = Counter(q.type for q in qset.questions)
    print(f"wrote {len(qset.questions)} draft questions to {output} "
          f"({', '.join(f'{n} {t}' for t, n in sorted(by_type.items()))})")
    print(f"paragraphs used: {len(result.used_paragraphs)} of {len(result.content_paragraphs)}; "
          "status \"draft\": check each question, then set status to \"ready\"")
    if args.list:
        # best first, so that a teacher reads the strongest drafts before the weak ones
        ranked = sorted(zip(result.drafts, qset.questions, strict=True), key=lambda iq: -iq[0].score)
        for info, q in ranked:
            # a cloze's prompt is the same instruction for every passage: its passage with the gaps says more
            text = q.shown_text() if q.type == "cloze" else q.prompt
            print(f"  {info.question_id:<16} {info.type:<16} {info.kind:<12} {info.score:.2f}  {text[:70]}")
    return 0

"""quiz-bank: check, describe and convert question set files from the command line."""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from pathlib import Path

from . import evidence as ev
from .loading import LoadResult, load_set
from .models import CORE_TOPICS, QUESTION_TYPES, QuestionSet

SCHEMA_FILE = Path(__file__).parent / "schema" / "question-set.schema.json"


def schema_text() -> str:
    return json.dumps(QuestionSet.model_json_schema(), indent=2, ensure_ascii=False) + "\n"


def _print_problems(result: LoadResult, out) -> None:
    for problem in result.problems:
        print(str(problem), file=out)


def cmd_validate(args) -> int:
    exit_code = 0
    reports = []
    for name in args.paths:
        result = load_set(name)
        if not result.ok:
            exit_code = 1
        if args.json:
            reports.append({
                "file": name,
                "valid": result.ok,
                "questions": len(result.question_set.questions) if result.question_set else 0,
                "problems": [p.as_dict() for p in result.problems],
            })
            continue
        errors, notices = result.errors, result.notices
        if result.ok:
            n = len(result.question_set.questions)
            extra = f", {len(notices)} teacher-verified" if notices else ""
            print(f"{name}: valid ({n} questions, every quote found in its source{extra})")
            if args.verbose:
                _print_problems(result, sys.stdout)
        else:
            print(f"{name}: {len(errors)} problem{'s' if len(errors) != 1 else ''}")
            for p in errors:
                print(str(p))
            if args.verbose:
                for p in notices:
                    print(str(p))
    if args.json:
        json.dump(reports if len(reports) != 1 else reports[0], sys.stdout, indent=2, ensure_ascii=False)
        print()
    return exit_code


def cmd_stats(args) -> int:
    result = load_set(args.path)
    if result.question_set is None:
        print(f"{args.path}: cannot be read", file=sys.stderr)
        _print_problems(result, sys.stderr)
        return 1
    qset = result.question_set
    print(f"{qset.title} ({qset.id}): {len(qset.questions)} questions"
          + ("" if result.ok else f", {len(result.errors)} problems (run quiz-bank validate)"))
    by_type = Counter(q.type for q in qset.questions)
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
            print(f"    ¶{para.index + 1:<3} {count:>4}  {start}…")
    return 0


def coverage(qset: QuestionSet) -> list[list[tuple[ev.Passage, int]]]:
    """For each source, each paragraph with the number of questions whose evidence lies in it."""
    out = []
    for src in qset.sources:
        paras = ev.paragraphs(src.text)
        counts = Counter()
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


def cmd_schema(args) -> int:
    sys.stdout.write(schema_text())
    return 0


def _guess_format(path: str, known: dict[str, object]) -> str | None:
    from .formats import EXTENSIONS

    suffix = Path(path).suffix.lower()
    fmt = EXTENSIONS.get(suffix)
    return fmt if fmt in known else None


def cmd_export(args) -> int:
    from .formats import EXPORTERS

    fmt = args.format or _guess_format(args.output or "", EXPORTERS)
    if fmt not in EXPORTERS:
        print(f"quiz-bank export: say which format with --format ({', '.join(EXPORTERS)})", file=sys.stderr)
        return 2
    result = load_set(args.path)
    if result.question_set is None:
        print(f"{args.path}: cannot be exported because it cannot be read", file=sys.stderr)
        _print_problems(result, sys.stderr)
        return 1
    from .formats import SUFFIXES

    output = Path(args.output) if args.output else Path(args.path).with_suffix(SUFFIXES.get(fmt, "." + fmt))
    try:
        warnings = EXPORTERS[fmt](result.question_set, output)
    except OSError as exc:
        print(f"{output}: cannot be written: {exc.strerror or exc}", file=sys.stderr)
        return 1
    for w in warnings or []:
        print(f"warning: {w}", file=sys.stderr)
    print(f"wrote {len(result.question_set.questions)} questions to {output} ({fmt})")
    return 0


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="quiz-bank", description="Check and convert history quiz question sets.")
    sub = parser.add_subparsers(dest="command", required=True)

    p = sub.add_parser("validate", help="check sets: every quote in its source, every answer in its quote")
    p.add_argument("paths", nargs="+", metavar="PATH")
    p.add_argument("--json", action="store_true", help="machine-readable output")
    p.add_argument("-v", "--verbose", action="store_true", help="also list teacher-verified questions")
    p.set_defaults(func=cmd_validate)

    p = sub.add_parser("stats", help="counts by type, topic and difficulty, and source coverage")
    p.add_argument("path", metavar="PATH")
    p.set_defaults(func=cmd_stats)

    p = sub.add_parser("schema", help="print the JSON Schema of the set format")
    p.set_defaults(func=cmd_schema)

    p = sub.add_parser("export", help="write a set in another format")
    p.add_argument("path", metavar="SET.json")
    p.add_argument("--format", "-f", help="output format")
    p.add_argument("-o", "--output", help="output file")
    p.set_defaults(func=cmd_export)

    from . import cli_extensions

    cli_extensions.register(sub)
    return parser


def main(argv: list[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    try:
        return args.func(args)
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        return 0


if __name__ == "__main__":
    sys.exit(main())

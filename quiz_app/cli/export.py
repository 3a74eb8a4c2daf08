"""``quiz-bank export``: write a set in another format (the formats and their extensions come from
``question_bank.formats.FORMATS``)."""

from __future__ import annotations

import sys
from pathlib import Path

from question_bank.formats import FORMATS, LeftOut, export_set, format_for_path, format_named
from question_bank.loading import load_set

from .report import print_problems


def _names() -> list[str]:
    return [fmt.name for fmt in FORMATS if fmt.can_export]


def register(sub) -> None:
    formats = "; ".join(f"{fmt.name}: {fmt.label}, {'/'.join(fmt.extensions)}" for fmt in FORMATS if fmt.can_export)
    p = sub.add_parser("export", help="write a set in another format",
                       description=f"Write a question set in another format ({formats}).")
    p.add_argument("path", metavar="SET.json")
    p.add_argument("--format", "-f", choices=_names(), metavar="FORMAT",
                   help=f"output format: {', '.join(_names())} (default: from the output file's extension)")
    p.add_argument("-o", "--output", help="output file (default: SET with the format's extension)")
    p.set_defaults(func=run)


def run(args) -> int:
    file_format = format_named(args.format) if args.format else format_for_path(args.output or "")
    if file_format is None or not file_format.can_export:
        print(f"quiz-bank export: say which format with --format ({', '.join(_names())})", file=sys.stderr)
        return 2
    result = load_set(args.path)
    if result.question_set is None:
        print(f"{args.path}: cannot be exported because it cannot be read", file=sys.stderr)
        print_problems(result, sys.stderr)
        return 1
    output = Path(args.output) if args.output else Path(args.path).with_suffix(file_format.suffix)
    try:
        report = export_set(result.question_set, output, file_format)
    except OSError as exc:
        print(f"{output}: cannot be written: {exc.strerror or exc}", file=sys.stderr)
        return 1
    for w in report.warnings:
        print(f"{'left out' if isinstance(w, LeftOut) else 'warning'}: {w}", file=sys.stderr)
    # the count is what the file holds, not the size of the set (a Kahoot sheet has no short answers)
    print(report.summary())
    return 0

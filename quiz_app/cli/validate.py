"""``quiz-bank validate``: check sets: every quote in its source, every answer in its quote."""

from __future__ import annotations

import json
import sys

from question_bank.lint import lint_set
from question_bank.loading import load_set

from .report import print_problems


def register(sub) -> None:
    p = sub.add_parser("validate", help="check sets: every quote in its source, every answer in its quote")
    p.add_argument("paths", nargs="+", metavar="PATH")
    p.add_argument("--json", action="store_true", help="machine-readable output")
    p.add_argument("-v", "--verbose", action="store_true", help="also list teacher-verified questions")
    p.add_argument("--strict", action="store_true",
                   help="treat item-quality warnings (answers given away, see docs/lint.md) as errors")
    p.set_defaults(func=run)


def run(args) -> int:
    exit_code = 0
    reports = []
    for name in args.paths:
        result = load_set(name)
        # Lint warnings never stop a set from loading or being played; only --strict fails on them.
        warnings = lint_set(result.question_set) if result.question_set is not None else []
        for w in warnings:
            w.file = name
        if not result.ok or (args.strict and warnings):
            exit_code = 1
        if args.json:
            reports.append({
                "file": name,
                "valid": result.ok,
                "questions": len(result.question_set.questions) if result.question_set else 0,
                "problems": [p.as_dict() for p in result.problems + warnings],
            })
            continue
        errors, notices = result.errors, result.notices
        if result.ok:
            assert result.question_set is not None  # ok means a set was loaded with no errors
            n = len(result.question_set.questions)
            extra = f", {len(notices)} teacher-verified" if notices else ""
            print(f"{name}: valid ({n} questions, every quote found in its source{extra})")
            if args.verbose:
                print_problems(result, sys.stdout)
        else:
            print(f"{name}: {len(errors)} problem{'s' if len(errors) != 1 else ''}")
            for p in errors:
                print(str(p))
            if args.verbose:
                for p in notices:
                    print(str(p))
        if warnings and not args.json:
            label = "error" if args.strict else "warning"
            print(f"{name}: {len(warnings)} item-quality {label}{'s' if len(warnings) != 1 else ''} (see docs/lint.md)")
            for w in warnings:
                print(f"{label}: {w}")
    if args.json:
        json.dump(reports if len(reports) != 1 else reports[0], sys.stdout, indent=2, ensure_ascii=False)
        print()
    return exit_code

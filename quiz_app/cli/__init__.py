"""quiz-bank: check, describe, convert, draft and print question set files from the command line.

One module per verb; ``VERBS`` lists them all, in the order ``--help`` shows them. Each module has
``register(sub)`` (its sub-parser) and ``run(args) -> int`` (the exit status). Importing this package
never imports Qt: ``print`` imports the app's printer only when it runs.
"""

from __future__ import annotations

import argparse

from . import draft, export, import_, printing, schema, stats, validate

VERBS = (validate, stats, schema, export, import_, draft, printing)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="quiz-bank", description="Check and convert history quiz question sets.")
    sub = parser.add_subparsers(dest="command", required=True)
    for verb in VERBS:
        verb.register(sub)
    return parser


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    try:
        return args.func(args)
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:  # `quiz-bank stats x.json | head`
        return 0
    except (Exception, RecursionError, MemoryError) as exc:
        # The verbs report bad files themselves; this is the last line of defence: words, not a traceback.
        import sys

        print(f"quiz-bank stopped: {type(exc).__name__}: {exc}. Please report this with the file that caused it.",
              file=sys.stderr)
        return 3


__all__ = ["VERBS", "build_parser", "main"]

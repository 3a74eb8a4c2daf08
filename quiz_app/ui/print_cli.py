"""Print a question set as a PDF worksheet or answer key from the command line.

    python -m quiz_app.ui.print_cli SET.json -o FILE.pdf [--key] [--with-source] [--page a4|letter]

``quiz-bank print`` runs this in a subprocess, so that ``question_bank`` never imports Qt.
Exit status: 0 written, 1 the set cannot be read or the PDF cannot be written, 2 bad arguments.
"""

from __future__ import annotations

import argparse
import os
import sys


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="quiz-bank print",
                                     description="Print a question set as a PDF worksheet or answer key.")
    parser.add_argument("path", metavar="SET.json", help="the question set file")
    parser.add_argument("-o", "--output", required=True, metavar="FILE.pdf", help="the PDF file to write")
    parser.add_argument("--key", action="store_true", help="write the answer key instead of the worksheet")
    parser.add_argument("--with-source", action="store_true",
                        help="print the source text with line numbers before the questions")
    parser.add_argument("--page", choices=("a4", "letter"), default=None,
                        help="paper size (default: Letter in the US and Canada, A4 elsewhere)")
    return parser


def _application():
    """The running QGuiApplication, or a new one (off screen on Linux: no display needed)."""
    if sys.platform.startswith("linux"):
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtGui import QGuiApplication

    return QGuiApplication.instance() or QGuiApplication([sys.argv[0] if sys.argv else "quiz-bank"])


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    from question_bank.loading import load_set

    from .. import worksheets as ws

    result = load_set(args.path)
    if result.question_set is None:
        print(f"{args.path}: cannot be printed because it cannot be read", file=sys.stderr)
        for problem in result.problems:
            print(str(problem), file=sys.stderr)
        return 1
    if result.errors:
        n = len(result.errors)
        print(f"warning: {args.path} has {n} problem{'s' if n != 1 else ''} (run quiz-bank validate); "
              "printing it anyway", file=sys.stderr)
    app = _application()  # noqa: F841 (kept alive while printing)
    from .printing import PrintError, default_page_size, write_pdfs

    options = ws.PrintOptions("key" if args.key else "worksheet", bool(args.with_source and not args.key),
                              args.page or default_page_size())
    output = args.output if args.output.lower().endswith(".pdf") else args.output + ".pdf"
    try:
        printed = write_pdfs(ws.sheet_for_set(result.question_set), options, output)
    except (PrintError, OSError) as exc:
        print(f"quiz-bank print: {exc}", file=sys.stderr)
        return 1
    for p in printed:
        what = "answer key" if p.kind == "key" else "worksheet"
        print(f"wrote the {what} of {len(result.question_set.questions)} questions to {p.path} "
              f"({p.pages} page{'s' if p.pages != 1 else ''}, {ws.PAGE_LABELS[options.page]})")
    return 0


if __name__ == "__main__":
    sys.exit(main())

"""``quiz-bank print``: a set as a PDF worksheet or answer key.

The PDF is made with Qt by the app (``quiz_app.ui.print_cli``), run in a subprocess so that
``question_bank`` itself never imports Qt.
"""

from __future__ import annotations

import importlib.util
import subprocess
import sys

PRINT_MODULE = "quiz_app.ui.print_cli"


def register(sub) -> None:
    p = sub.add_parser("print", help="print a set as a PDF worksheet or answer key (needs the app installed)")
    p.add_argument("path", metavar="SET.json")
    p.add_argument("-o", "--output", required=True, metavar="FILE.pdf", help="the PDF file to write")
    p.add_argument("--key", action="store_true", help="write the answer key instead of the worksheet")
    p.add_argument("--with-source", action="store_true",
                   help="print the source text with line numbers before the questions")
    p.add_argument("--page", choices=("a4", "letter"), default=None,
                   help="paper size (default: Letter in the US and Canada, A4 elsewhere)")
    p.set_defaults(func=cmd_print)


def command(args) -> list[str]:
    """The subprocess command line for these arguments."""
    cmd = [sys.executable, "-m", PRINT_MODULE, args.path, "-o", args.output]
    if args.key:
        cmd.append("--key")
    if args.with_source:
        cmd.append("--with-source")
    if args.page:
        cmd += ["--page", args.page]
    return cmd


def cmd_print(args) -> int:
    if importlib.util.find_spec("quiz_app") is None:
        print("quiz-bank print: printing needs the History Quiz app (the quiz_app package) installed",
              file=sys.stderr)
        return 1
    try:
        return subprocess.run(command(args), check=False).returncode
    except OSError as exc:
        print(f"quiz-bank print: cannot start the printer: {exc.strerror or exc}", file=sys.stderr)
        return 1

"""``quiz-bank print``: a set as a PDF worksheet or answer key, made with Qt by the app's printer.

Qt is imported only when this verb runs (``quiz_app.ui.print_to_pdf`` inside :func:`run`), so every other
verb, and importing ``quiz_app.cli``, stays free of Qt.
"""

from __future__ import annotations


def register(sub) -> None:
    p = sub.add_parser("print", help="print a set as a PDF worksheet or answer key")
    p.add_argument("path", metavar="SET.json")
    p.add_argument("-o", "--output", required=True, metavar="FILE.pdf", help="the PDF file to write")
    p.add_argument("--key", action="store_true", help="write the answer key instead of the worksheet")
    source = p.add_mutually_exclusive_group()
    source.add_argument("--with-source", dest="with_source", action="store_true", default=None,
                        help="print the source text with line numbers before the questions (or the key); the "
                             "default for a worksheet with questions that ask to find a sentence or fill gaps")
    source.add_argument("--without-source", dest="with_source", action="store_false",
                        help="leave the source text out")
    p.add_argument("--versions", type=int, choices=(1, 2), default=1,
                   help="2: versions A and B (questions and choices in another order), each with its own file")
    p.add_argument("--answer-grid", action="store_true", help="also write a one-page answer grid")
    p.add_argument("--page", choices=("a4", "letter"), default=None,
                   help="paper size (default: Letter in the US and Canada, A4 elsewhere)")
    p.set_defaults(func=run)


def run(args) -> int:
    from quiz_app.ui.print_to_pdf import print_set_file  # Qt: only for this verb

    return print_set_file(args.path, args.output, key=args.key, with_source=args.with_source, page=args.page,
                          versions=args.versions, answer_grid=args.answer_grid)

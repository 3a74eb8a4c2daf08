"""A question set printed to PDF without a window: what ``quiz-bank print`` runs (Qt is needed to lay out
the pages, so the command-line verb imports this module only when it runs).

Messages go to stdout (what was written) and stderr (why not); the return value is the exit status:
0 written, 1 the set cannot be read or the PDF cannot be written.
"""

from __future__ import annotations

import os
import sys
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ..worksheets import PageSize


def _application():
    """The running QGuiApplication, or a new one (off screen on Linux: no display needed)."""
    if sys.platform.startswith("linux"):
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtGui import QGuiApplication

    return QGuiApplication.instance() or QGuiApplication([sys.argv[0] if sys.argv else "quiz-bank"])


def print_set_file(path: str, output: str, *, key: bool = False, with_source: bool | None = None,
                   page: PageSize | None = None, versions: int = 1, answer_grid: bool = False) -> int:
    """Print the set file ``path`` to ``output`` (".pdf" added when missing) as a worksheet, or its answer key.

    ``with_source`` None: the worksheet has the source text when a question asks to find a sentence in it
    or to fill gaps of it (``worksheets.needs_source``); the key has it only when asked."""
    from question_bank.loading import load_set

    from .. import worksheets as ws

    result = load_set(path)
    if result.question_set is None:
        print(f"{path}: cannot be printed because it cannot be read", file=sys.stderr)
        for problem in result.problems:
            print(str(problem), file=sys.stderr)
        return 1
    if result.errors:
        n = len(result.errors)
        print(f"warning: {path} has {n} problem{'s' if n != 1 else ''} (run quiz-bank validate); "
              "printing it anyway", file=sys.stderr)
    app = _application()  # noqa: F841 (kept alive while printing)
    from .printing import PrintError, default_page_size, write_pdfs

    if with_source is None:
        with_source = not key and ws.needs_source(result.question_set.questions)
    options = ws.PrintOptions("key" if key else "worksheet", with_source, page or default_page_size(),
                              versions=versions, answer_grid=answer_grid)
    output = output if output.lower().endswith(".pdf") else output + ".pdf"
    try:
        printed = write_pdfs(ws.sheet_for_set(result.question_set), options, output)
    except (PrintError, OSError) as exc:
        print(f"quiz-bank print: {exc}", file=sys.stderr)
        return 1
    for p in printed:
        what = {"key": "answer key", "grid": "answer grid"}.get(p.kind, "worksheet")
        what += f" (version {p.version})" if p.version else ""
        text = " with the source text" if options.with_source and p.kind != "grid" else ""
        print(f"wrote the {what} of {len(result.question_set.questions)} questions{text} to {p.path} "
              f"({p.pages} page{'s' if p.pages != 1 else ''}, {ws.PAGE_LABELS[options.page]})")
    return 0

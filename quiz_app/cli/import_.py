"""``quiz-bank import``: read questions from a file of another program into a set file (the formats come
from ``question_bank.formats.FORMATS``)."""

from __future__ import annotations

import json
import sys
from pathlib import Path

from question_bank import textfiles
from question_bank.atomic import atomic_write
from question_bank.formats import FORMATS, ImportOptions, import_file
from question_bank.formats.problems import MAX_IMPORT_BYTES


def _formats():
    return [fmt for fmt in FORMATS if fmt.can_import]


def register(sub) -> None:
    labels = [fmt.label for fmt in _formats()]
    p = sub.add_parser(
        "import", help=f"read questions from {', '.join(labels[:-1])} or {labels[-1]} into a set file",
        description="Import questions into a question set. Exit status 0 when at least one question was imported "
                    "and nothing was unreadable, 1 otherwise.")
    p.add_argument("input", metavar="INPUT")
    p.add_argument("--format", "-f", choices=[fmt.name for fmt in _formats()],
                   help="the input format (default: from the extension, else from the content)")
    p.add_argument("-o", "--output", metavar="SET.json", help="the set file to write (default: INPUT with .json)")
    p.add_argument("--source", metavar="TEXT_FILE", help="the text the questions are based on (a text file)")
    p.add_argument("--source-id", help="the id of that source (default: the one the file's evidence cites)")
    p.add_argument("--source-title", help="the title of that source")
    p.add_argument("--id", dest="set_id", help="the id of the new set")
    p.add_argument("--title", dest="set_title", help="the title of the new set")
    p.add_argument("--quizlet-as", choices=("short_answer", "multiple_choice"), default="short_answer",
                   help="two-column (term, definition) files: ask each definition as this type")
    p.add_argument("--separator", help="two-column files: the separator between term and definition")
    p.add_argument("--card-separator", help="two-column files: the separator between cards (default: new line)")
    p.add_argument("--force", action="store_true", help="overwrite the output file if it exists")
    p.add_argument("--json", action="store_true", help="print the summary as JSON")
    p.set_defaults(func=run)


def _unescape(sep: str | None) -> str | None:
    if sep is None:
        return None
    return sep.replace("\\t", "\t").replace("\\n", "\n")


def _source_text(path: str) -> str | None:
    """The source text, read as every teacher's text file is (question_bank.textfiles); None when unreadable."""
    try:
        text_file = textfiles.read_text(path, MAX_IMPORT_BYTES, "source text")
    except textfiles.TextFileError as exc:
        print(str(exc), file=sys.stderr)
        return None
    if text_file.warning:
        print(f"warning: {path}:{text_file.warning_line}: {text_file.warning}", file=sys.stderr)
    return text_file.text


def run(args) -> int:
    source_text = None
    if args.source:
        source_text = _source_text(args.source)
        if source_text is None:
            return 1
    options = ImportOptions(
        source_text=source_text, source_id=args.source_id, source_title=args.source_title, set_id=args.set_id,
        set_title=args.set_title, quizlet_as=args.quizlet_as, separator=_unescape(args.separator),
        row_separator=_unescape(args.card_separator))
    output = Path(args.output) if args.output else Path(args.input).with_suffix(".json")
    if output.resolve() == Path(args.input).resolve():
        print(f"{output}: the output would overwrite the input; choose another name with -o", file=sys.stderr)
        return 1
    if output.exists() and not args.force:
        print(f"{output}: exists already; use --force to overwrite it", file=sys.stderr)
        return 1
    result = import_file(args.input, args.format, options)
    written = False
    if result.question_set is not None:
        data = result.question_set.model_dump(mode="json", exclude_none=True)
        try:
            atomic_write(output, json.dumps(data, ensure_ascii=False, indent=2) + "\n")
            written = True
        except OSError as exc:
            print(f"{output}: cannot be written: {exc.strerror or exc}", file=sys.stderr)
            return 1
    if args.json:
        report = {
            "file": result.file, "format": result.format, "encoding": result.encoding,
            "imported": result.imported_by_type, "output": str(output) if written else None,
            "status": result.question_set.status if result.question_set else None,
            "problems": [p.as_dict() for p in result.problems],
            "needs_evidence": {qid: [{"sentence": s.sentence, "score": round(s.score, 1), "line": s.line}
                                     for s in found] for qid, found in result.needs_evidence.items()},
        }
        json.dump(report, sys.stdout, ensure_ascii=False, indent=2)
        print()
    else:
        print(result.summary())
        if written:
            assert result.question_set is not None  # only a question set is ever written
            print(f"wrote {output}")
            if result.question_set.status == "draft":
                print(f"run `quiz-bank validate {output}` to list what the set still needs")
        else:
            print("nothing was written: no question could be imported")
    return 0 if result.ok else 1

"""Peak memory of importing a large CSV question file, as a ratio to the file's size.

    python benchmarks/csv_import_memory.py [--mb 30] [--quotes] [--tracemalloc]

A teacher's question file is small (a few hundred rows: tens of KB); the import must still not exhaust
the machine on a 30-50 MB file (the issue: such files took 4 GB). Each import runs in a fresh child
process, which reports the growth of its peak resident memory (``resource.getrusage``: what the operating
system had to give) over its baseline after the imports were loaded, and the time taken; ``--tracemalloc``
adds the peak of Python allocations (slower). ``--quotes`` gives every row an evidence quote
and source text, so the quotes are checked too; without it the rows need evidence (the import then
suggests passages).
"""

from __future__ import annotations

import argparse
import csv
import io
import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

CHILD = r"""
import gc, json, resource, sys, time, tracemalloc
sys.path.insert(0, sys.argv[3])
from question_bank.formats import import_file, ImportOptions
path, trace = sys.argv[1], sys.argv[2] == "1"
source = sys.argv[4] if len(sys.argv) > 4 else None
options = ImportOptions(source_text=open(source, encoding="utf-8").read()) if source else None
gc.collect()
base = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
if trace:
    tracemalloc.start()
began = time.perf_counter()
result = import_file(path, options=options)
seconds = time.perf_counter() - began
traced = tracemalloc.get_traced_memory()[1] if trace else None
peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
questions = len(result.question_set.questions) if result.question_set else 0
print(json.dumps({"rss_growth_kb": peak - base, "traced_peak": traced, "seconds": seconds,
                  "questions": questions, "problems": len(result.problems),
                  "first_problem": str(result.problems[0]) if result.problems else ""}))
"""


def make_csv(path: Path, megabytes: float, quotes: bool, source_text: str) -> int:
    """A template CSV of multiple-choice rows, about ``megabytes`` long; the number of rows."""
    sentences = [s.strip() + "." for s in source_text.split(".") if len(s.split()) > 6][:200]
    header = ["type", "prompt", "option_a", "option_b", "option_c", "answer", "explanation", "topics"]
    if quotes:
        header.append("quote")
    buf = io.StringIO()
    writer = csv.writer(buf)
    writer.writerow(header)
    target = int(megabytes * 1024 * 1024)
    rows = 0
    with path.open("w", encoding="utf-8", newline="") as fh:
        fh.write(buf.getvalue())
        size = len(buf.getvalue())
        while size < target:
            buf.seek(0)
            buf.truncate()
            sentence = sentences[rows % len(sentences)]
            row = ["multiple choice", f"Question {rows + 1}: which of these does the text say about it?",
                   f"Option one for {rows}", f"Option two for {rows}", f"Option three for {rows}", "A",
                   "The text says so in the passage quoted beside the question.", "context"]
            if quotes:
                row.append(sentence)
            writer.writerow(row)
            fh.write(buf.getvalue())
            size += len(buf.getvalue().encode("utf-8"))
            rows += 1
    return rows


def measure(path: Path, trace: bool, source: Path | None) -> dict:
    args = [sys.executable, "-c", CHILD, str(path), "1" if trace else "0", str(ROOT)]
    if source is not None:
        args.append(str(source))
    out = subprocess.run(args, capture_output=True, text=True, check=True, env=dict(os.environ))
    return json.loads(out.stdout)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--mb", type=float, nargs="+", default=[1, 30])
    parser.add_argument("--quotes", action="store_true")
    parser.add_argument("--tracemalloc", action="store_true")
    args = parser.parse_args()
    source_text = (ROOT / "tests" / "data" / "korean-war-1950.txt").read_text(encoding="utf-8")
    with tempfile.TemporaryDirectory() as tmp:
        source = Path(tmp) / "source.txt"
        source.write_text(source_text, encoding="utf-8")
        print(f"{'file':>8} {'rows':>8} {'questions':>9} {'seconds':>8} {'peak RSS growth':>16} {'ratio':>6}"
              + (f" {'traced peak':>12}" if args.tracemalloc else ""))
        for mb in args.mb:
            path = Path(tmp) / f"questions-{mb:g}mb.csv"
            rows = make_csv(path, mb, args.quotes, source_text)
            size = path.stat().st_size
            r = measure(path, args.tracemalloc, source if args.quotes else None)
            growth = r["rss_growth_kb"] * 1024
            line = (f"{size / 2**20:7.1f}M {rows:8d} {r['questions']:9d} {r['seconds']:8.1f} "
                    f"{growth / 2**20:14.0f} MB {growth / size:6.1f}")
            if args.tracemalloc:
                line += f" {r['traced_peak'] / 2**20:10.0f} MB"
            print(line)
            if r["questions"] == 0:
                print("   refused:", r["first_problem"])


if __name__ == "__main__":
    main()

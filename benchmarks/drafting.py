"""Drafting questions from a 5,000-word text, as a ratio to splitting the same text into sentences.

    python benchmarks/drafting.py [--words 5000] [--repeat 3]

The text is made of the paragraphs of the four test sources (Korean War, Berlin Airlift, Marie
Curie, Space Race), repeated until it has --words words. Times are CPU time of this process
(best of --repeat, each run on a fresh copy of the text so no cache helps), steadier than wall
time on a shared machine. Prints the sentence-split time (question_bank.evidence.sentences, the
splitter the drafts quote from), the pysbd segmentation time for comparison, the drafting time,
the ratio of drafting to the split, and the number of drafts. Target: under 2 s for 5,000 words.
"""

from __future__ import annotations

import argparse
import gc
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from question_bank import evidence as ev  # noqa: E402
from question_bank.drafting import suggest_questions  # noqa: E402

SOURCES = [ROOT / "tests" / "data" / "korean-war-1950.txt",
           *sorted((ROOT / "tests" / "drafting" / "texts").glob("*.txt"))]


def make_text(words: int) -> str:
    paragraphs = [p for src in SOURCES for p in src.read_text(encoding="utf-8").splitlines() if len(p.split()) > 15]
    out, count, i = [], 0, 0
    while count < words:
        out.append(paragraphs[i % len(paragraphs)])
        count += len(out[-1].split())
        i += 1
    return "\n".join(out)


def best_of(repeat: int, fn) -> float:
    times = []
    for n in range(repeat):
        gc.collect()
        start = time.process_time()
        fn(n)
        times.append(time.process_time() - start)
    return min(times)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--words", type=int, default=5000)
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    text = make_text(args.words)
    # a distinct text per run (a trailing space) so that no lru_cache answers for the run before
    variants = [text + " " * (n + 1) for n in range(args.repeat * 3)]

    split = best_of(args.repeat, lambda n: ev.sentences(variants[n]))
    try:
        import pysbd

        segmenter = pysbd.Segmenter(language="en", clean=False)
        sbd = best_of(args.repeat, lambda n: segmenter.segment(variants[n]))
    except ImportError:  # pragma: no cover
        sbd = float("nan")
    drafts = []
    draft = best_of(args.repeat, lambda n: drafts.append(suggest_questions(variants[args.repeat + n])))
    result = drafts[-1]
    print(f"text: {len(text.split())} words, {len(ev.sentences(text))} sentences")
    print(f"split into sentences (evidence.sentences): {split:.4f} s")
    print(f"pysbd segmentation (for comparison):       {sbd:.4f} s")
    print(f"draft questions (suggest_questions):       {draft:.3f} s   target < 2 s: "
          f"{'ok' if draft < 2 else 'TOO SLOW'}")
    print(f"ratio draft / sentence split: {draft / split:.0f}x;  draft / pysbd: {draft / sbd:.1f}x")
    print(f"drafts: {len(result.question_set.questions)} kept of {result.candidates} candidates, "
          f"{len(result.dropped)} dropped by the validator")
    return 0


if __name__ == "__main__":
    sys.exit(main())

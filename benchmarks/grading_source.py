"""Grading a short answer against its source, as the source grows: time per source character.

    python benchmarks/grading_source.py [--sizes 1 10 100] [--repeat 3]

The source is the Korean War text repeated n times (about 8,000 characters each). For each size it
prints the time to read the source for answers once (``question_bank.answers.source_words``, cached
afterwards), the time to grade 20 typed answers with it read, and both per 1,000 source characters
(linear time keeps these flat), as a ratio to the smallest size measured in the same run.
Times are CPU time of this process, best of --repeat.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from question_bank import answers  # noqa: E402
from question_bank.models import ShortAnswer, Source  # noqa: E402
from quiz_app.grading import grade  # noqa: E402

TEXT = (Path(__file__).resolve().parent.parent / "tests" / "data" / "korean-war-1950.txt").read_text(encoding="utf-8")
TYPED = ["President Harry Truman", "Harry", "Truman and MacArthur", "the island of Taiwan", "KPA", "Rhee",
         "containment policy", "a UN military force", "24th Infantry", "the Naktong", "General MacArthur",
         "Kim Jong Il", "39th parallel", "twenty-fourth Infantry Division", "USSR", "Seoul", "Pusan", "nonsense",
         "Dr. Syngman Rhee", "the river"]


def _question() -> ShortAnswer:
    return ShortAnswer.model_validate({
        "id": "q", "prompt": "Who?", "topics": ["leaders"], "explanation": "x", "accepted": ["Truman"],
        "evidence": {"source": "s", "quote": "President Harry Truman, already committed to the policy of containment"}})


def measure(n: int, repeat: int) -> tuple[int, float, float]:
    text = "\n".join([TEXT] * n)
    source = Source(id="s", title="t", text=text)
    q = _question()
    read_best = grade_best = float("inf")
    for _ in range(repeat):
        answers.source_words.cache_clear()
        t0 = time.process_time()
        answers.source_words(text)
        read_best = min(read_best, time.process_time() - t0)
        t0 = time.process_time()
        for typed in TYPED:
            grade(q, typed, sources={"s": source})
        grade_best = min(grade_best, time.process_time() - t0)
    return len(text), read_best, grade_best


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--sizes", type=int, nargs="+", default=[1, 10, 100])
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    base = None
    for n in args.sizes:
        chars, read, graded = measure(n, args.repeat)
        per_read, per_grade = read / chars * 1000, graded / chars * 1000
        base = base or (per_read, per_grade)
        print(f"{chars:>9,} chars: read {read * 1000:8.1f} ms ({per_read * 1000:.3f} ms per 1k chars, "
              f"x{per_read / base[0]:.2f}); 20 answers {graded * 1000:8.1f} ms "
              f"({per_grade * 1000:.3f} ms per 1k chars, x{per_grade / base[1]:.2f})")


if __name__ == "__main__":
    main()

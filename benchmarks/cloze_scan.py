"""Reading Moodle's embedded answers (cloze gaps) as the text grows: time per character stays flat.

    python benchmarks/cloze_scan.py [--repeat 3]

A question text holds 20 gaps at most; a damaged or hostile file may hold far more, or one enormous gap,
or a gap that never closes. For each shape and size it prints the time to read the text with
``question_bank.formats.cloze.parse_embedded`` and the time per 1,000 characters as a ratio to the
smallest size of that shape measured in the same run (linear time keeps the ratio near 1; quadratic time
would double it with each doubling of the size). Times are CPU time of this process, best of --repeat.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from question_bank.formats.cloze import parse_embedded  # noqa: E402

SHAPES = {
    "many gaps (refused: over 20)": lambda n: "x " + " ".join("{1:SA:=a}" for _ in range(n // 10)),
    "one long gap": lambda n: "A {1:SHORTANSWER:=" + "w" * n + "} b.",
    "a gap never closed, escaped braces": lambda n: "A {1:SA:=" + "w\\}" * (n // 3),
    "text without gaps": lambda n: "word " * (n // 5),
    "20 gaps in a long text": lambda n: (" ".join(["filler"] * (n // 140)) + " {1:MC:=right~wrong} ") * 20,
}
SIZES = (100_000, 200_000, 400_000, 800_000, 1_600_000)


def best(text: str, repeat: int) -> float:
    times = []
    for _ in range(repeat):
        start = time.process_time()
        parse_embedded(text)
        times.append(time.process_time() - start)
    return min(times)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    print(f"{'shape':38} {'characters':>11} {'seconds':>9} {'per 1,000 chars vs smallest':>28}")
    for name, make in SHAPES.items():
        base = None
        for size in SIZES:
            text = make(size)
            seconds = best(text, args.repeat)
            per = seconds / len(text) * 1000
            base = base or per or 1e-12
            print(f"{name:38} {len(text):>11,} {seconds:>9.4f} {per / base:>28.2f}")


if __name__ == "__main__":
    main()

""""Find duplicate questions" in the editor's bank: near-same search time as a ratio to the exact-only pass
of the same questions, and the time per question, for banks made of the built-in set's questions.

    python benchmarks/bank_duplicates.py [--sizes 100 500 2000] [--repeat 3]

Times are CPU time of this process (best of --repeat). Every pair of distinct texts is compared (rapidfuzz,
in C), so the near-same pass grows with the square of the bank; it runs off the GUI thread, and banks over
``NEAR_DUPLICATE_LIMIT`` questions get the exact pass only (linear). Each generated question is a built-in
one with four random words added to its prompt, so most are distinct and a few repeat.
"""

from __future__ import annotations

import argparse
import json
import random
import time
from importlib import resources

from quiz_app.ui.editor import bank


def _bank(size: int, seed: int = 1) -> list[dict]:
    questions = json.loads((resources.files("question_bank") / "banks" / "korean-war-1950.json")
                           .read_text(encoding="utf-8"))["questions"]
    rng = random.Random(seed)
    words = ["alpha", "beta", "gamma", "delta", "north", "south", "army", "navy"]
    out = []
    for _ in range(size):
        q = dict(rng.choice(questions))
        q["prompt"] += " " + " ".join(f"{rng.choice(words)}{rng.randint(0, 99999)}" for _ in range(4))
        out.append(q)
    return out


def _best(fn, repeat: int) -> float:
    best = float("inf")
    for _ in range(repeat):
        start = time.process_time()
        fn()
        best = min(best, time.process_time() - start)
    return best


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--sizes", type=int, nargs="+", default=[100, 500, 2000])
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    print(f"{'questions':>9} {'exact s':>9} {'near s':>9} {'ratio':>7} {'ms/question':>12} {'groups':>7}")
    for size in args.sizes:
        questions = _bank(size)
        exact = _best(lambda qs=questions: bank.find_duplicates(qs, exact_only=True), args.repeat)
        near = _best(lambda qs=questions: bank.find_duplicates(qs), args.repeat)
        groups = len(bank.find_duplicates(questions).groups)
        print(f"{size:>9} {exact:>9.3f} {near:>9.3f} {near / max(exact, 1e-9):>7.1f} {1000 * near / size:>12.2f} "
              f"{groups:>7}")


if __name__ == "__main__":
    main()

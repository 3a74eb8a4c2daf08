"""What the verbs share when they tell a teacher about a file."""

from __future__ import annotations

from typing import TextIO

from question_bank.loading import LoadResult


def print_problems(result: LoadResult, out: TextIO) -> None:
    for problem in result.problems:
        print(str(problem), file=out)

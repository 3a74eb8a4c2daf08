"""Fixtures of the class report tests (the hand-computed class is described in classkit.py)."""

from __future__ import annotations

import pytest
from classkit import ANA_1, ANA_2, BEN, CY, DEE, ELI, FAY, row, write_csv

from question_bank.loading import load_builtin


@pytest.fixture(scope="session")
def builtin_set():
    return load_builtin().question_set


@pytest.fixture
def class_files(tmp_path):
    """computer-a (and the same file exported again, and an early half export), computer-b with two bad
    lines, computer-c."""
    a = write_csv(tmp_path / "computer-a.csv", ANA_1 + ANA_2 + BEN)
    again = write_csv(tmp_path / "computer-a-again.csv", ANA_1 + ANA_2 + BEN)
    early = write_csv(tmp_path / "computer-a-early.csv", ANA_1[:2])
    bad_points = row("Cy", 1, "kw-002", "yes", "1945", "2024-05-02 11:01:00")
    bad_points[7] = "lots"
    no_question = row("Dee", 2, "", "no", "x", "2024-05-02 12:01:00")
    b = write_csv(tmp_path / "computer-b.csv", CY[:2] + [bad_points] + CY[2:] + DEE[:1] + [no_question] + DEE[1:])
    c = write_csv(tmp_path / "computer-c.csv", ELI + FAY)
    return {"a": a, "again": again, "early": early, "b": b, "c": c}

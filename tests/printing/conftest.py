"""Fixtures of the printing tests."""

from __future__ import annotations

import pytest

from question_bank.loading import load_builtin


@pytest.fixture(scope="session")
def builtin_set():
    return load_builtin().question_set

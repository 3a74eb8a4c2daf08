"""Fixtures for the drafting tests: one test run per source text."""

from __future__ import annotations

import pytest
from draftkit import TEXTS


@pytest.fixture(params=sorted(TEXTS))
def text_name(request) -> str:
    return request.param

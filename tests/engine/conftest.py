"""Fixtures of the engine tests: a small set of every type, a generated set, a store in the test's data dir."""

from __future__ import annotations

import pytest
from enginekit import ManualClock, generated_set_dict, make_set, small_set_dict

from question_bank.models import QuestionSet
from quiz_app.scores import ScoreStore


@pytest.fixture
def qset() -> QuestionSet:
    return make_set(small_set_dict())


@pytest.fixture
def big_set() -> QuestionSet:
    return make_set(generated_set_dict())


@pytest.fixture
def store(data_dir):
    s = ScoreStore(data_dir / "scores.sqlite3")
    yield s
    s.close()


@pytest.fixture
def student(store):
    return store.create_profile("Ada")


@pytest.fixture
def clock() -> ManualClock:
    return ManualClock()

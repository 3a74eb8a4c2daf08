"""The student list: in the order a reader expects, and never two students told apart by case alone."""

from __future__ import annotations

import pytest

from quiz_app.scores import ScoreStore
from quiz_app.scores.roster import read_students


@pytest.fixture
def store(tmp_path):
    s = ScoreStore.open(tmp_path)
    yield s
    s.close()


def test_accented_names_are_listed_in_alphabetical_order(store, tmp_path):
    for name in ["mina", "Émile", "Daniel", "Farid", "zoe", "Çelik"]:
        store.create_profile(name)
    expected = ["Çelik", "Daniel", "Émile", "Farid", "mina", "zoe"]
    assert [p.name for p in store.profiles()] == expected
    # the list read before the first paint is in the same order
    assert [name for _id, name in read_students(store.path)] == expected


def test_a_name_differing_only_in_the_case_of_an_accented_letter_is_the_same_student(store):
    emile = store.create_profile("Émile")
    with pytest.raises(ValueError, match="already a profile"):
        store.create_profile("ÉMILE")
    assert store.profile_by_name("éMILE") == emile
    other = store.create_profile("Zoé")
    with pytest.raises(ValueError, match="already a profile"):
        store.update_profile(other.id, name="émile")
    # accents still tell names apart: "Emile" may be another student
    assert store.create_profile("Emile").name == "Emile"
    assert len(store.profiles()) == 3

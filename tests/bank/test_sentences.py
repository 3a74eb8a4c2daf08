"""The source's sentences as a student sees them in "find the sentence" and as the validator counts them."""

from __future__ import annotations

import pytest

from question_bank.evidence import sentences


@pytest.mark.parametrize("text, expected", [
    # a rank or title before a name ends no sentence
    ("In late July 1948, Maj. Gen. William H. Tunner took command. The lift grew.",
     ["In late July 1948, Maj. Gen. William H. Tunner took command.", "The lift grew."]),
    ("Brig. Gen. Smith and Lt. Col. Jones met Rt. Hon. Ernest Bevin.",
     ["Brig. Gen. Smith and Lt. Col. Jones met Rt. Hon. Ernest Bevin."]),
    # a month abbreviation before a number ends no sentence; at the end of a sentence it does
    ("In Sept. 1948 the lift grew. It ended in Sept. The next year came.",
     ["In Sept. 1948 the lift grew.", "It ended in Sept.", "The next year came."]),
    ("He lived at No. 10 for years. The answer was no. Then he left.",
     ["He lived at No. 10 for years.", "The answer was no.", "Then he left."]),
])
def test_abbreviations_before_names_and_numbers_end_no_sentence(text, expected):
    assert [s.text for s in sentences(text)] == expected

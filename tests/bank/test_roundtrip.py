"""Model -> JSON -> model keeps everything, for every question type (hypothesis)."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from question_bank.models import (
    CORE_TOPICS,
    Choice,
    Cite,
    Evidence,
    Matching,
    MultipleChoice,
    MultipleSelect,
    Numeric,
    Ordering,
    OrderItem,
    Pair,
    QuestionSet,
    ShortAnswer,
    Source,
    TrueFalse,
)

text = st.text(min_size=1, max_size=30).filter(lambda s: s.strip())
evidence = st.builds(Evidence, source=st.just("s"), quote=text)
common = {
    "id": text,
    "prompt": text,
    "topics": st.lists(st.sampled_from(CORE_TOPICS), min_size=1, max_size=3, unique=True),
    "difficulty": st.integers(1, 3),
    "points": st.floats(0.5, 10, allow_nan=False),
    "explanation": text,
    "evidence": evidence,
    "support_note": st.none() | text,
}


def distinct_texts(n_min, n_max):
    return st.lists(text, min_size=n_min, max_size=n_max, unique_by=lambda s: " ".join(s.casefold().split()))


@st.composite
def choices(draw, n_min, n_max, exactly_one):
    texts = draw(distinct_texts(n_min, n_max))
    correct = draw(st.integers(0, len(texts) - 1))
    out = []
    for i, t in enumerate(texts):
        is_correct = i == correct if exactly_one else (i == correct or draw(st.booleans()))
        out.append(Choice(text=t, correct=is_correct, feedback=draw(st.none() | text),
                          evidence=draw(st.none() | evidence)))
    return out


questions = st.one_of(
    st.builds(MultipleChoice, choices=choices(2, 6, True), **common),
    st.builds(MultipleSelect, choices=choices(2, 8, False), **common),
    st.builds(TrueFalse, answer=st.booleans(), correction=st.none() | text, feedback_wrong=st.none() | text, **common),
    st.builds(Numeric, value=st.floats(-1e9, 1e9, allow_nan=False), tolerance=st.floats(0, 1e6), unit=st.none() | text,
              **common),
    st.builds(ShortAnswer, accepted=distinct_texts(1, 4), **common),
    st.builds(Ordering, items=distinct_texts(3, 6).map(lambda ts: [OrderItem(text=t) for t in ts]), **common),
    st.builds(Matching, pairs=st.lists(st.tuples(text, text), min_size=2, max_size=4).map(
        lambda ps: [Pair(left=f"{i}{a}", right=f"{i}{b}") for i, (a, b) in enumerate(ps)]), **common),
    st.builds(Cite, statement=text, **common),
)


@settings(max_examples=150, deadline=None)
@given(st.lists(questions, min_size=1, max_size=4))
def test_model_json_model_round_trip(qs):
    qset = QuestionSet(id="x", title="X", sources=[Source(id="s", title="S", text="body")], questions=qs)
    again = QuestionSet.model_validate_json(qset.model_dump_json())
    assert again == qset
    assert [q.type for q in again.questions] == [q.type for q in qs]

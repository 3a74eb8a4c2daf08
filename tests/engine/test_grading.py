"""Grading tables: every question type, every tolerance rule, and the answers that must be rejected."""

from __future__ import annotations

import functools

import pytest
from enginekit import make_set, small_set_dict
from hypothesis import given, settings
from hypothesis import strategies as st

from question_bank import evidence as ev
from question_bank.models import Cite, Ordering
from quiz_app.grading import (
    CITE_PARTIAL_CREDIT,
    DEFAULT_RULES,
    GradingRules,
    ResponseError,
    describe_response,
    grade,
    grade_ordering,
    response_from_json,
    response_to_json,
)

ALL_OR_NOTHING = GradingRules(partial_credit=False)


@functools.cache
def _shared_set():
    """The small set for property tests (hypothesis runs many examples in one test call)."""
    return make_set(small_set_dict())

NEGATIVE = GradingRules(negative_marking=True)


def g(qset, qid, response, rules=DEFAULT_RULES):
    return grade(qset.question(qid), response, rules, qset)


# --------------------------------------------------------------------------- short answer

SHORT_ACCEPT = [
    ("sa-north", "Kim Il Sung", None),
    ("sa-north", "kim il sung", None),
    ("sa-north", "KIM IL-SUNG", None),            # hyphen vs space, case
    ("sa-north", "Kim Il-sung.", None),           # punctuation
    ("sa-north", "  Kim   Il Sung  ", None),      # whitespace
    ("sa-north", "Kím Íl Süng", None),            # accents
    ("sa-north", "Kim Il Sugn", "Kim Il Sung"),   # swapped letters: one typo
    ("sa-north", "Kim Il Sng", "Kim Il Sung"),    # dropped letter
    ("sa-north", "Kim Ilsung", "Kim Il Sung"),    # missing space
    ("sa-south", "Syngman Ree", "Syngman Rhee"),
    ("sa-south", "Singman Rhee", "Syngman Rhee"),
    ("sa-south", "syngman rhee", None),
    ("sa-parallel", "the 38th parallel", None),   # leading article
    ("sa-parallel", "The 38th Parallel!", None),
    ("sa-parallel", "38 parallel", None),         # ordinal suffix
    ("sa-parallel", "38th paralel", "38th parallel"),
    ("sa-date", "June 25, 1950", None),
    ("sa-date", "25 June 1950", None),
    ("sa-date", "1950-06-25", None),
    ("sa-date", "25/6/1950", None),
    ("sa-date", "25.6.1950", None),
    ("sa-date", "6/25/1950", None),               # unambiguous US order
    ("sa-date", "June 25th, 1950", None),
    ("sa-date", "on 25th of June 1950", None),
    ("sa-year", "1950", None),
    ("sa-year", "in 1950", None),
    ("sa-year", "June 1950", None),               # more precise than asked is fine
    ("sa-divisions", "10", None),
    ("sa-divisions", "ten", None),
    ("sa-divisions", "10 divisions", None),
]


@pytest.mark.parametrize(("qid", "typed", "spelling"), SHORT_ACCEPT)
def test_short_answer_accepts(qset, qid, typed, spelling):
    r = g(qset, qid, typed)
    assert r.correct and not r.partial and r.points_awarded == 1.0
    assert r.response_text == typed
    if spelling:
        assert r.note == f"Accepted — the exact spelling is '{spelling}'"
    else:
        assert r.note is None


SHORT_REJECT = [
    ("sa-north", "Kim Jong Il"),        # another leader
    ("sa-north", "Kim Jong Un"),
    ("sa-north", "Kim Il"),
    ("sa-north", "Kim Il Sung was the leader and also Syngman Rhee"),
    ("sa-north", "Syngman Rhee"),
    ("sa-north", "Kim Il Jung"),        # typo rule never changes a first letter
    ("sa-north", "Kin Il Sunk"),        # two typos
    ("sa-south", "Syngman Lee"),        # first letter of a word
    ("sa-south", "Rhee Syngman"),
    ("sa-parallel", "39th parallel"),   # digits are never typo-matched
    ("sa-parallel", "38th meridian"),
    ("sa-date", "June 27, 1950"),
    ("sa-date", "1950"),                # a full date needs the day and month
    ("sa-date", "June 25, 1951"),
    ("sa-date", "26/5/1950"),
    ("sa-year", "1951"),
    ("sa-year", "1905"),
    ("sa-divisions", "11"),
    ("sa-divisions", "100"),
    ("sa-north", ""),
    ("sa-north", "   "),
]


@pytest.mark.parametrize(("qid", "typed"), SHORT_REJECT)
def test_short_answer_rejects(qset, qid, typed):
    r = g(qset, qid, typed)
    assert not r.correct and not r.partial and r.points_awarded == 0.0
    assert r.correct_answer == qset.question(qid).accepted[0]


def test_short_answer_typo_needs_six_letters(qset):
    from question_bank.models import ShortAnswer

    q = ShortAnswer.model_validate({
        "id": "s", "prompt": "Capital?", "topics": ["places"], "explanation": "x", "accepted": ["Seoul"],
        "evidence": {"source": "kw", "quote": "captured Seoul"}})
    assert grade(q, "Seoul", sources=qset).correct
    assert not grade(q, "Seoull", sources=qset).correct       # 5 letters: no typo allowed
    assert not grade(q, "Sepul", sources=qset).correct


# --------------------------------------------------------------------------- numeric

NUMERIC = [
    ("num-troops", "135,000", True),
    ("num-troops", "135000", True),
    ("num-troops", "135 000", True),
    ("num-troops", "135k", True),
    ("num-troops", "135K", True),
    ("num-troops", "135 thousand", True),
    ("num-troops", "about 135,000", True),
    ("num-troops", "around 135000 troops", True),
    ("num-troops", "roughly 135k troops", True),
    ("num-troops", "~135,000", True),
    ("num-troops", "138,000", True),          # within the tolerance of 5,000
    ("num-troops", "130,000", True),          # on the edge of the tolerance
    ("num-troops", "129,999", False),
    ("num-troops", "140,001", False),
    ("num-troops", "250,000", False),
    ("num-troops", "135", False),
    ("num-troops", "1.35 million", False),     # 1,350,000
    ("num-troops", "0.135 million", True),
    ("num-troops", "130,000-140,000", False),  # two numbers are not an answer
    ("num-troops", "lots", False),
    ("num-troops", 135000, True),
    ("num-divisions", "10", True),
    ("num-divisions", "ten", True),
    ("num-divisions", "10 divisions", True),
    ("num-divisions", "11", False),
    ("num-divisions", "9", False),
    ("num-divisions", "10.5", False),
    ("num-year", "1950", True),
    ("num-year", "in 1950", True),
    ("num-year", "June 25, 1950", True),      # a date counts by its year for a year question
    ("num-year", "25/6/1950", True),
    ("num-year", "1951", False),
]


@pytest.mark.parametrize(("qid", "typed", "ok"), NUMERIC)
def test_numeric(qset, qid, typed, ok):
    r = g(qset, qid, typed)
    assert r.correct is ok
    assert r.points_awarded == (1.0 if ok else 0.0)


def test_numeric_day_of_the_month(qset):
    from question_bank.models import Numeric

    q = Numeric.model_validate({
        "id": "day", "prompt": "On which day of June 1950 did the invasion begin?", "topics": ["dates"],
        "explanation": "x", "value": 25, "evidence": {"source": "kw", "quote": "On June 25, 1950"}})
    for typed, ok in [("25", True), ("25th", True), ("June 25", True), ("June 25, 1950", True),
                      ("25/6/1950", True), ("June 27, 1950", False), ("the 26th", False)]:
        assert grade(q, typed, sources=qset).correct is ok, typed


@settings(max_examples=200, deadline=None)
@given(st.integers(min_value=0, max_value=400_000), st.sampled_from(["{:,}", "{}", "about {:,} troops", "{:_}"]))
def test_numeric_accepts_exactly_the_tolerance(n, template):
    qset = _shared_set()
    typed = template.format(n).replace("_", " ")
    assert g(qset, "num-troops", typed).correct is (abs(n - 135_000) <= 5_000)


@settings(max_examples=150, deadline=None)
@given(st.lists(st.booleans(), min_size=11, max_size=11), st.sampled_from([" ", "-", "  "]),
       st.sampled_from(["", "the ", "The "]), st.sampled_from(["", ".", "!", "?"]))
def test_short_answer_forgives_case_hyphens_articles_punctuation(flips, sep, article, end):
    qset = _shared_set()
    name = "".join(c.upper() if f else c.lower() for c, f in zip("Kim Il Sung", flips, strict=True))
    typed = article + name.replace(" ", sep) + end
    r = g(qset, "sa-north", typed)
    assert r.correct and r.note is None


@settings(max_examples=150, deadline=None)
@given(st.integers(min_value=0, max_value=999).filter(lambda n: n != 38), st.sampled_from(["th", "", "st"]))
def test_short_answer_never_typo_matches_digits(n, suffix):
    qset = _shared_set()
    assert not g(qset, "sa-parallel", f"{n}{suffix} parallel").correct


def test_numeric_notes(qset):
    assert g(qset, "num-troops", "138,000").note == "Accepted — the source gives 135,000 troops"
    assert g(qset, "num-troops", "135,000").note is None
    assert "one number" in g(qset, "num-troops", "130,000-140,000").note
    assert "No number" in g(qset, "num-troops", "lots").note
    assert g(qset, "num-troops", "1").correct_answer == "135,000 (± 5,000) troops"


# --------------------------------------------------------------------------- choices


def test_multiple_choice(qset):
    right = g(qset, "mc-seoul", 0)
    assert right.correct and right.points_awarded == 1 and right.choice_feedback is None
    assert right.response_text == "June 27" and right.correct_answer == "June 27"
    wrong = g(qset, "mc-seoul", 1)
    assert not wrong.correct and wrong.points_awarded == 0
    assert wrong.choice_feedback == "That is when the invasion began."
    assert wrong.response_text == "June 25"
    assert g(qset, "mc-seoul", 3).choice_feedback is None  # a wrong choice without feedback


def test_multiple_choice_negative_marking(qset):
    # four choices: a wrong answer costs a third of the points, so blind guessing averages zero
    assert g(qset, "mc-seoul", 1, NEGATIVE).points_awarded == pytest.approx(-1 / 3, abs=1e-6)
    assert g(qset, "mc-seoul", 0, NEGATIVE).points_awarded == 1
    assert g(qset, "mc-seoul", None, NEGATIVE).points_awarded == 0  # skipping never costs
    assert g(qset, "mc-capital", 1, NEGATIVE).points_awarded == -1  # two choices


def test_true_false(qset):
    r = g(qset, "tf-troops", False)
    assert r.correct and r.note == "The source says: around 135,000 troops"
    wrong = g(qset, "tf-troops", True)
    assert not wrong.correct and wrong.choice_feedback == "Check the number of troops in the text."
    assert wrong.correct_answer == "False" and wrong.response_text == "True"
    assert g(qset, "tf-boycott", True).correct and g(qset, "tf-boycott", True).note is None
    assert g(qset, "tf-boycott", False, NEGATIVE).points_awarded == -1


# multiple_select: choices 0, 1 right; 2, 3 wrong. credit = hits/2 - wrong_picks/2, floored at 0
MULTI = [
    ({0, 1}, 1.0, True),
    ([1, 0], 1.0, True),
    ({0}, 0.5, False),
    ({1}, 0.5, False),
    ({0, 1, 2}, 0.5, False),
    ({0, 2}, 0.0, False),
    ({0, 1, 2, 3}, 0.0, False),   # ticking everything earns nothing
    ({2, 3}, 0.0, False),
    (set(), 0.0, False),
]


@pytest.mark.parametrize(("chosen", "credit", "correct"), MULTI)
def test_multiple_select_partial_credit(qset, chosen, credit, correct):
    r = g(qset, "ms-army", chosen)
    assert r.points_awarded == pytest.approx(credit)
    assert r.correct is correct
    assert r.partial is (0 < credit < 1)
    strict = g(qset, "ms-army", chosen, ALL_OR_NOTHING)
    assert strict.points_awarded == (1.0 if correct else 0.0)


def test_multiple_select_marks_and_feedback(qset):
    r = g(qset, "ms-army", {0, 2})
    assert r.marks == (True, False, False, True)
    assert r.choice_feedback == "The text says Soviet-equipped."
    r = g(qset, "ms-army", {2, 3})
    assert r.choice_feedback.splitlines() == ["“American-equipped”: The text says Soviet-equipped.",
                                             "“20 divisions”: It was 10."]
    assert r.correct_answer == "10 divisions; Soviet-equipped"


def test_multiple_select_negative_marking(qset):
    assert g(qset, "ms-army", {0, 2, 3}, NEGATIVE).points_awarded == pytest.approx(-0.5)
    assert g(qset, "ms-army", {2, 3}, NEGATIVE).points_awarded == pytest.approx(-1.0)
    assert g(qset, "ms-army", set(), NEGATIVE).points_awarded == 0.0
    both = GradingRules(partial_credit=False, negative_marking=True)
    assert g(qset, "ms-army", {0}, both).points_awarded == pytest.approx(-1 / 3)


# --------------------------------------------------------------------------- ordering and matching


def _ordering(n: int) -> Ordering:
    return Ordering.model_validate({
        "id": "o", "prompt": "Order", "topics": ["dates"], "explanation": "x",
        "evidence": {"source": "kw", "quote": "On June 25, 1950"},
        "items": [{"text": f"event {i}"} for i in range(n)]})


# credit = (k - 1) / (n - 1), k = longest run of items in the right relative order
ORDERING = [
    (3, [0, 1, 2], 1.0),
    (3, [1, 0, 2], 0.5),
    (3, [0, 2, 1], 0.5),
    (3, [2, 1, 0], 0.0),
    (3, [2, 0, 1], 0.5),
    (5, [0, 1, 2, 3, 4], 1.0),
    (5, [1, 0, 2, 3, 4], 0.75),   # one neighbour swap
    (5, [4, 0, 1, 2, 3], 0.75),   # one item moved from the end to the front
    (5, [4, 1, 2, 3, 0], 0.5),    # first and last swapped
    (5, [4, 3, 2, 1, 0], 0.0),
]


@pytest.mark.parametrize(("n", "order", "credit"), ORDERING)
def test_ordering_partial_credit(qset, n, order, credit):
    q = _ordering(n)
    r = grade_ordering(q, order, source=qset.sources[0])
    assert r.points_awarded == pytest.approx(credit)
    assert r.correct is (credit == 1.0)
    strict = grade_ordering(q, order, ALL_OR_NOTHING, qset.sources[0])
    assert strict.points_awarded == (1.0 if credit == 1.0 else 0.0)


def test_ordering_in_set(qset):
    r = g(qset, "ord-events", [1, 0, 2])
    assert r.partial and r.points_awarded == 0.5
    assert r.marks == (False, False, True)
    assert r.response_text == "Seoul falls → Invasion → Retreat to Pusan"
    assert r.correct_answer.startswith("Invasion (June 25, 1950) → Seoul falls (June 27)")


@settings(max_examples=60, deadline=None)
@given(st.permutations(list(range(6))))
def test_ordering_credit_is_a_share(order):
    r = grade_ordering(_ordering(6), order)
    assert 0.0 <= r.points_awarded <= 1.0
    assert r.correct == (order == sorted(order))


MATCHING = [
    ({0: 0, 1: 1, 2: 2}, 1.0),
    ({"0": 0, "1": 1, "2": 2}, 1.0),         # JSON keys come back as strings
    ({0: 1, 1: 0, 2: 2}, 1 / 3),
    ({0: 0, 1: 1, 2: 3}, 2 / 3),             # the distractor "Japan"
    ({0: 0}, 1 / 3),                         # unmatched items earn nothing
    ({0: 3, 1: 3, 2: 3}, 0.0),
    ({}, 0.0),
]


@pytest.mark.parametrize(("chosen", "credit"), MATCHING)
def test_matching(qset, chosen, credit):
    r = g(qset, "match-leaders", chosen)
    assert r.points_awarded == pytest.approx(credit)
    assert r.correct is (credit == 1.0)
    assert g(qset, "match-leaders", chosen, ALL_OR_NOTHING).points_awarded == (1.0 if credit == 1.0 else 0.0)


def test_matching_text(qset):
    r = g(qset, "match-leaders", {0: 3, 1: 1})
    assert r.response_text == "Kim Il Sung → Japan; Syngman Rhee → the South; Joseph Stalin → —"
    assert r.marks == (False, True, False)
    assert r.correct_answer == "Kim Il Sung → the North; Syngman Rhee → the South; Joseph Stalin → the Soviet Union"


# --------------------------------------------------------------------------- cite


def _sentence_index(text: str, fragment: str) -> int:
    return next(s.index for s in ev.sentences(text) if fragment in s.text)


def test_cite(qset):
    text = qset.sources[0].text
    right = _sentence_index(text, "135,000 troops")
    r = g(qset, "cite-troops", right)
    assert r.correct and r.points_awarded == 1
    assert r.response_text.startswith("“By 1950") and r.evidence.source_title == "The Korean War, 1950"
    wrong = g(qset, "cite-troops", _sentence_index(text, "Syngman Rhee"))
    assert not wrong.correct and wrong.points_awarded == 0


def test_cite_partial_when_the_sentence_only_overlaps(qset):
    text = qset.sources[0].text
    q = Cite.model_validate({
        "id": "c2", "prompt": "Which sentence?", "topics": ["dates"], "explanation": "x", "statement": "s",
        # the quote runs from the end of one sentence into the next
        "evidence": {"source": "kw", "quote": "the South Korean capital, on June 27. By early July"}})
    first = _sentence_index(text, "captured Seoul")
    second = _sentence_index(text, "By early July")
    best = grade(q, first, sources=qset)        # holds most of the quote
    assert best.correct
    part = grade(q, second, sources=qset)
    assert part.partial and part.points_awarded == CITE_PARTIAL_CREDIT
    assert grade(q, second, ALL_OR_NOTHING, qset).points_awarded == 0
    assert grade(q, 0, sources=qset).points_awarded == 0


def test_cite_quote_of_two_whole_sentences(qset):
    text = qset.sources[0].text
    q = Cite.model_validate({
        "id": "c3", "prompt": "Which sentence?", "topics": ["dates"], "explanation": "x", "statement": "s",
        "evidence": {"source": "kw", "quote": "The United Nations Security Council met on June 25 and passed a "
                     "resolution condemning the invasion. The Soviet Union was boycotting the council and could "
                     "not veto it."}})
    assert grade(q, _sentence_index(text, "Security Council met"), sources=qset).correct
    assert grade(q, _sentence_index(text, "boycotting"), sources=qset).correct


# --------------------------------------------------------------------------- every type


ALL_TYPES_RIGHT = {
    "mc-seoul": 0, "ms-army": {0, 1}, "tf-troops": False, "num-troops": "135k", "sa-north": "Kim Il-sung",
    "ord-events": [0, 1, 2], "match-leaders": {0: 0, 1: 1, 2: 2}, "cite-veto": None,
}


def test_every_type_carries_what_the_gui_shows(qset):
    text = qset.sources[0].text
    answers = dict(ALL_TYPES_RIGHT, **{"cite-veto": _sentence_index(text, "boycotting")})
    assert {qset.question(q).type for q in answers} == {
        "multiple_choice", "multiple_select", "true_false", "numeric", "short_answer", "ordering", "matching", "cite"}
    for qid, response in answers.items():
        q = qset.question(qid)
        r = grade(q, response, sources=qset)
        assert r.correct, qid
        assert r.question_id == qid and r.question_type == q.type
        assert r.points_possible == 1.0 and r.points_awarded == 1.0
        assert r.correct_answer == q.answer_text() and r.explanation == q.explanation
        assert r.evidence.source_id == "kw" and r.evidence.quote == q.evidence.quote
        start, end = r.evidence.span
        assert ev.find_quote(text, q.evidence.quote) == (start, end)
        assert r.response_text
        # every response survives the trip through the score store
        assert response_from_json(q, response_to_json(r.response)) == r.response
        skipped = grade(q, None, sources=qset)
        assert skipped.skipped and not skipped.correct and skipped.points_awarded == 0
        assert skipped.correct_answer == q.answer_text()


@pytest.mark.parametrize(("qid", "bad"), [
    ("mc-seoul", 7), ("mc-seoul", True), ("mc-seoul", "0"), ("ms-army", 0), ("ms-army", [9]),
    ("tf-troops", 1), ("sa-north", 5), ("ord-events", [0, 1]), ("ord-events", [0, 0, 1]),
    ("match-leaders", [0, 1]), ("match-leaders", {0: 9}), ("match-leaders", {5: 0}), ("cite-troops", 999),
    ("cite-troops", -1), ("num-troops", True),
])
def test_malformed_responses_are_caller_bugs(qset, qid, bad):
    with pytest.raises(ResponseError):
        g(qset, qid, bad)


def test_describe_response(qset):
    assert describe_response(qset.question("ms-army"), [1, 0]) == "10 divisions; Soviet-equipped"
    assert describe_response(qset.question("tf-boycott"), True) == "True"
    assert describe_response(qset.question("mc-seoul"), None) == ""


def test_a_month_answer_accepts_a_date_in_that_month(qset):
    from question_bank.models import ShortAnswer

    q = ShortAnswer.model_validate({
        "id": "m", "prompt": "In which month did the war begin?", "topics": ["dates"], "explanation": "x",
        "accepted": ["June"], "evidence": {"source": "kw", "quote": "On June 25, 1950"}})
    for typed, ok in [("June", True), ("june", True), ("in June", True), ("June 25, 1950", True),
                      ("25/6/1950", True), ("July", False), ("July 25, 1950", False), ("Juno", False)]:
        assert grade(q, typed, sources=qset).correct is ok, typed


def test_source_words_do_not_loosen_the_old_rejections(qset):
    """With the source at hand, the answers that were wrong stay wrong (the table has many more)."""
    for qid, typed in [("sa-north", "Kim Jong Il"), ("sa-north", "Kim Il"), ("sa-parallel", "39th parallel"),
                       ("sa-north", "Syngman Rhee"), ("sa-south", "Rhee Syngman"), ("sa-north", "Kim Il Sung and Syngman Rhee"),
                       ("sa-parallel", "parallel"), ("sa-south", "Syngman")]:
        assert not g(qset, qid, typed).correct, typed


@pytest.mark.parametrize(("qid", "typed"), [("sa-year", "June 25, 1950"), ("sa-date", "June 25, 1950"),
                                            ("sa-divisions", "10, ten divisions")])
def test_a_comma_in_a_date_or_number_is_not_two_answers(qset, qid, typed):
    assert g(qset, qid, typed).correct

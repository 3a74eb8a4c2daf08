"""Rounds: drawing under filters, reproducible seeds, modes, timing, drafts, summaries, Leitner boxes."""

from __future__ import annotations

from collections import Counter
from datetime import date, datetime

import pytest
from enginekit import (
    generated_set_dict,
    make_set,
    play,
    right_answer,
    signature,
    small_set_dict,
    wrong_answer,
)

from question_bank.loading import load_set
from quiz_app.session import (
    LEITNER_INTERVAL_DAYS,
    DraftNotScorable,
    RoundError,
    RoundFinished,
    RoundSettings,
    draw_questions,
    due_day,
    next_box,
    retry_passage,
    review_counts,
    scorable,
    start_round,
)

# --------------------------------------------------------------------------- settings


def test_settings_come_from_the_set_defaults(qset):
    data = small_set_dict()
    data["round_defaults"] = {"question_count": 7, "time_limit_seconds": 300, "feedback": "at_end",
                              "pass_mark_percent": 75, "partial_credit": False, "negative_marking": True}
    s = RoundSettings.for_set(make_set(data))
    assert (s.count, s.time_limit_seconds, s.feedback, s.pass_mark_percent) == (7, 300, "at_end", 75)
    assert not s.partial_credit and s.negative_marking
    practice = RoundSettings.for_set(make_set(data), "practice")
    assert practice.time_limit_seconds is None and practice.feedback == "after_each"
    assert RoundSettings.for_set(qset, count=3, topics=["dates"]).topics == ("dates",)
    assert RoundSettings.from_json(s.to_json()) == s
    with pytest.raises(ValueError):
        RoundSettings(mode="exam")
    with pytest.raises(ValueError):
        RoundSettings(types=("essay",))


# --------------------------------------------------------------------------- drawing


def test_same_seed_same_round_different_seed_different_round(big_set):
    settings = RoundSettings.for_set(big_set, count=12, seed=1234)
    a, b = start_round(big_set, settings), start_round(big_set, settings)
    assert signature(a) == signature(b)
    assert a.seed == 1234 and a.settings.seed == 1234
    c = start_round(big_set, RoundSettings.for_set(big_set, count=12, seed=4321))
    assert [p.question.id for p in c.presented] != [p.question.id for p in a.presented]


def test_an_unseeded_round_records_the_seed_that_reproduces_it(qset):
    a = start_round(qset, RoundSettings.for_set(qset, count=18))
    again = start_round(qset, RoundSettings.for_set(qset, count=18, seed=a.seed))
    assert signature(again) == signature(a)
    # choices, items and options are shuffled too, and an ordering never starts solved
    orders = {p.question.id: p for p in a.presented}
    assert sorted(orders["mc-seoul"].choice_order) == [0, 1, 2, 3]
    assert orders["ord-events"].item_order != (0, 1, 2)
    assert sorted(orders["match-leaders"].right_order) == [0, 1, 2, 3]
    assert orders["match-leaders"].right_options == ("the North", "the South", "the Soviet Union", "Japan")
    assert orders["cite-troops"].sentences and orders["cite-troops"].source.id == "kw"


def test_choice_orders_vary_with_the_seed(qset):
    orders = {start_round(qset, RoundSettings.for_set(qset, count=18, seed=s)).presented[0].question.id
              for s in range(20)}
    assert len(orders) > 1
    mc = {next(p.choice_order for p in start_round(qset, RoundSettings.for_set(qset, count=18, seed=s)).presented
               if p.question.id == "mc-seoul") for s in range(20)}
    assert len(mc) > 3


def test_no_shuffle_keeps_file_order(qset):
    rnd = start_round(qset, RoundSettings.for_set(qset, count=3, shuffle=False, topics=("dates",)))
    assert [p.question.id for p in rnd.presented] == ["mc-seoul", "num-year", "sa-date"]
    assert rnd.presented[0].choice_order == (0, 1, 2, 3)


@pytest.mark.parametrize("seed", range(5))
def test_drawing_under_filters(big_set, seed):
    s = RoundSettings.for_set(big_set, count=6, topics=("leaders", "places"), types=("multiple_choice",),
                              difficulties=(1, 3), seed=seed)
    qs = draw_questions(big_set, s, seed)
    assert len(qs) == 6 and len({q.id for q in qs}) == 6
    for q in qs:
        assert q.type == "multiple_choice" and q.difficulty in (1, 3)
        assert set(q.topics) & {"leaders", "places"}
    assert Counter(q.topics[0] for q in qs) == {"leaders": 3, "places": 3}  # balanced


def test_topics_are_balanced_and_never_repeated(big_set):
    s = RoundSettings.for_set(big_set, count=30, topics=("dates", "leaders", "places"), seed=9)
    rnd = start_round(big_set, s)
    ids = [p.question.id for p in rnd.presented]
    assert len(ids) == len(set(ids)) == 30
    assert Counter(p.question.topics[0] for p in rnd.presented) == {"dates": 10, "leaders": 10, "places": 10}
    assert [p.number for p in rnd.presented] == list(range(1, 31))
    assert {p.total for p in rnd.presented} == {30}


def test_balance_when_one_topic_runs_short(big_set):
    data = generated_set_dict()
    data["questions"] = [q for q in data["questions"] if not (q["topics"] == ["dates"] and q["id"] > "dates-02")]
    qset = make_set(data)
    rnd = start_round(qset, RoundSettings.for_set(qset, count=9, topics=("dates", "leaders"), seed=3))
    assert Counter(p.question.topics[0] for p in rnd.presented) == {"dates": 3, "leaders": 6}


def test_a_round_of_n_when_fewer_match_says_so(big_set):
    s = RoundSettings.for_set(big_set, count=50, topics=("dates",), types=("true_false",))
    rnd = start_round(big_set, s)
    assert rnd.total == 5
    assert rnd.message == ("Only 5 questions match the chosen topics, types and difficulties, so this round has "
                           "5 questions instead of 50.")
    empty = start_round(big_set, RoundSettings.for_set(big_set, topics=("no-such-topic",)))
    assert empty.total == 0 and empty.is_finished and empty.present() is None
    assert empty.message.startswith("No questions match")


# --------------------------------------------------------------------------- playing


def test_scored_round_summary(qset, store, student):
    settings = RoundSettings.for_set(qset, count=18, seed=5, pass_mark_percent=50)
    rnd = start_round(qset, settings, store=store, profile=student)
    assert rnd.round_id is not None and rnd.total == 18
    wrong_ids = {"sa-north", "tf-troops", "ord-events"}
    results = play(rnd, lambda shown: wrong_answer(shown) if shown.question.id in wrong_ids else right_answer(shown))
    assert len(results) == 18 and rnd.is_finished and rnd.present() is None
    summary = rnd.summary()
    assert summary.score == 15 and summary.max_score == 18
    assert summary.percent == pytest.approx(83.33, abs=0.01) and summary.passed
    assert summary.correct == 15 and summary.answered == 18 and summary.unanswered == 0
    assert {o.presented.question.id for o in summary.missed} == wrong_ids
    leaders = next(t for t in summary.per_topic if t.topic == "leaders")
    assert (leaders.questions, leaders.correct, leaders.label) == (3, 2, "Leaders")
    assert sum(t.questions for t in summary.per_topic) == 18
    record = store.round_record(rnd.round_id)
    assert record.status == "finished" and record.score == 15 and record.max_score == 18
    assert len(store.round_answers(rnd.round_id)) == 18
    with pytest.raises(RoundFinished):
        rnd.answer(0)


def test_running_score_and_position(qset):
    rnd = start_round(qset, RoundSettings.for_set(qset, count=4, topics=("troop_counts",), seed=1))
    assert rnd.score == 0 and rnd.position == 0
    shown = rnd.present()
    rnd.answer(right_answer(shown))
    assert rnd.score == 1 and rnd.possible_so_far == 1 and rnd.position == 1
    shown = rnd.present()
    rnd.skip()
    assert rnd.score == 1 and rnd.possible_so_far == 2
    assert rnd.summary().skipped == 1


def test_feedback_at_end(qset):
    s = RoundSettings.for_set(qset, feedback="at_end")
    assert not start_round(qset, s).feedback_now
    assert start_round(qset, RoundSettings.for_set(qset, "practice")).feedback_now


def test_a_bad_response_changes_nothing(qset, store, student):
    rnd = start_round(qset, RoundSettings.for_set(qset, count=2, topics=("places",), shuffle=False),
                      store=store, profile=student)
    shown = rnd.present()
    assert shown.question.id == "mc-capital"
    with pytest.raises(ValueError):
        rnd.answer(5)
    assert rnd.position == 0 and store.round_answers(rnd.round_id) == []


def test_practice_without_recording(qset, store, student):
    rnd = start_round(qset, RoundSettings.for_set(qset, "practice", count=5), store=store, profile=student,
                      record=False)
    play(rnd)
    assert rnd.round_id is None and rnd.summary().score == 5
    assert store.round_history(student.id) == [] and store.answer_count() == 0
    # no store at all works the same
    bare = start_round(qset, RoundSettings.for_set(qset, "practice", count=5))
    play(bare)
    assert bare.summary().percent == 100


def test_negative_marking_never_takes_a_round_below_zero(qset):
    s = RoundSettings.for_set(qset, count=2, topics=("places",), negative_marking=True, shuffle=False)
    rnd = start_round(qset, s)
    results = play(rnd, lambda shown: 1 if shown.question.id == "mc-capital" else "39th parallel")
    assert results[0].points_awarded == -1
    assert rnd.summary().score == 0 and rnd.score == 0


# --------------------------------------------------------------------------- drafts


def test_a_draft_may_be_practised_but_not_scored(store, student):
    draft = make_set(small_set_dict(status="draft"))
    with pytest.raises(DraftNotScorable, match="draft"):
        start_round(draft, RoundSettings.for_set(draft), store=store, profile=student)
    rnd = start_round(draft, RoundSettings.for_set(draft, "practice", count=3), store=store, profile=student)
    assert rnd.total == 3


def test_a_set_with_validation_errors_is_not_scored(tmp_path):
    import json

    data = small_set_dict()
    data["questions"][0]["evidence"]["quote"] = "a quote that is not in the source"
    path = tmp_path / "broken.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    loaded = load_set(path)
    assert loaded.question_set is not None and loaded.errors
    assert "problem" in scorable(loaded)
    with pytest.raises(DraftNotScorable):
        start_round(loaded, RoundSettings.for_set(loaded.question_set))
    with pytest.raises(DraftNotScorable):
        start_round(loaded.question_set, RoundSettings.for_set(loaded.question_set))  # checked again
    assert start_round(loaded, RoundSettings.for_set(loaded.question_set, "practice")).total == 10


# --------------------------------------------------------------------------- timing


def test_time_per_answer_and_time_up(qset, store, clock):
    student = store.create_profile("Bo", extra_time_factor=1.5)
    s = RoundSettings.for_set(qset, count=6, time_limit_seconds=60, seed=2)
    rnd = start_round(qset, s, store=store, profile=student, clock=clock)
    assert rnd.time_limit == 90  # the student's extra time
    shown = rnd.present()
    clock.advance(12.5)
    rnd.answer(right_answer(shown))
    shown = rnd.present()
    clock.advance(30)
    rnd.answer(right_answer(shown))
    assert rnd.seconds[:2] == [12.5, 30]
    assert rnd.time_remaining() == pytest.approx(47.5)
    shown = rnd.present()
    clock.advance(50)  # past the limit while thinking
    late = rnd.answer(right_answer(shown))
    assert late.skipped and "Time was up" in late.note
    assert rnd.is_finished and rnd.time_up
    summary = rnd.summary()
    assert summary.answered == 2 and summary.unanswered == 4 and summary.time_up
    assert summary.score == 2 and summary.max_score == 6
    assert summary.message.startswith("Time is up")
    assert all(not o.answered for o in summary.outcomes[2:])
    answers = store.round_answers(rnd.round_id)
    assert [a.seconds for a in answers] == [12.5, 30]
    assert store.round_record(rnd.round_id).status == "finished"


def test_check_time_ends_the_round(qset, clock):
    rnd = start_round(qset, RoundSettings.for_set(qset, count=3, time_limit_seconds=20), clock=clock)
    rnd.present()
    clock.advance(19)
    assert not rnd.check_time() and rnd.time_remaining() == pytest.approx(1)
    clock.advance(2)
    assert rnd.check_time() and rnd.is_finished and rnd.present() is None
    assert rnd.summary().unanswered == 3


def test_explicit_extra_time_factor_wins(qset, store):
    student = store.create_profile("Cy", extra_time_factor=2.0)
    rnd = start_round(qset, RoundSettings.for_set(qset, time_limit_seconds=100, extra_time_factor=1.25),
                      store=store, profile=student)
    assert rnd.time_limit == 125


def test_speed_bonus_is_reported_apart(qset, clock):
    rnd = start_round(qset, RoundSettings.for_set(qset, count=2, topics=("places",), speed_bonus=True), clock=clock)
    shown = rnd.present()
    clock.advance(3)
    rnd.answer(right_answer(shown))
    shown = rnd.present()
    clock.advance(40)
    rnd.answer(right_answer(shown))
    summary = rnd.summary()
    assert summary.speed_bonus == pytest.approx(0.1) and summary.score == 2 and summary.percent == 100


# --------------------------------------------------------------------------- review mistakes


def test_review_mistakes_recall_first_then_the_passage_on_request(qset, store, student):
    wall = [datetime(2024, 3, 1, 9).timestamp()]

    def wall_clock():
        wall[0] += 60
        return wall[0]

    s = RoundSettings.for_set(qset, count=18, shuffle=False)
    rnd = start_round(qset, s, store=store, profile=student, wall_clock=wall_clock)
    missed = ["mc-seoul", "sa-north", "cite-veto"]
    play(rnd, lambda shown: wrong_answer(shown) if shown.question.id in missed else right_answer(shown))

    review = start_round(qset, RoundSettings.for_set(qset, "review_mistakes"), store=store, profile=student,
                         wall_clock=wall_clock)
    assert [p.question.id for p in review.presented] == list(reversed(missed))
    assert review.message.startswith("Only 3 past mistakes")
    first = review.present()
    assert not hasattr(first, "passage")  # the question comes first: the engine hands no passage with it
    assert review.assisted == set()
    passage = review.show_passage()  # "Show me the passage": the answer that follows is assisted
    assert review.assisted == {first.question.id}
    text = qset.sources[0].text
    assert passage.paragraph_index == 2 and passage.text == text.split("\n")[2]
    s0, s1 = passage.quote_span
    assert passage.text[s0:s1] == first.question.evidence.quote
    assert text[passage.span[0]:passage.span[1]] == first.question.evidence.quote
    # fixing a mistake takes it off the list; a new wrong answer puts it back first
    results = play(review, lambda shown: right_answer(shown) if shown.question.id == "sa-north" else wrong_answer(shown))
    assert "read the passage first" in results[0].note
    assert "read the passage" not in (results[1].note or "")
    assert store.mistakes(student.id, qset.id) == ["mc-seoul", "cite-veto"]


def test_a_scored_round_never_shows_the_passage_before_the_answer(qset):
    rnd = start_round(qset, RoundSettings.for_set(qset, count=2, seed=1))
    rnd.present()
    with pytest.raises(RoundError):
        rnd.show_passage()


def test_review_without_mistakes_or_profile(qset, store, student):
    rnd = start_round(qset, RoundSettings.for_set(qset, "review_mistakes"), store=store, profile=student)
    assert rnd.total == 0 and "no mistakes" in rnd.message
    rnd = start_round(qset, RoundSettings.for_set(qset, "review_mistakes"))
    assert rnd.total == 0 and "profile" in rnd.message


def test_retry_passage_of_each_paragraph(qset):
    for q in qset.questions:
        p = retry_passage(qset, q)
        assert p.text[p.quote_span[0]:p.quote_span[1]] == q.evidence.quote


# --------------------------------------------------------------------------- Leitner


@pytest.mark.parametrize(("box", "correct", "partial", "after"), [
    (None, True, False, 2), (None, False, False, 1), (None, False, True, 1),
    (1, True, False, 2), (2, True, False, 3), (4, True, False, 5), (5, True, False, 5),
    (5, False, False, 1), (3, False, False, 1), (3, False, True, 2), (1, False, True, 1),
])
def test_leitner_transitions(box, correct, partial, after):
    assert next_box(box, correct, partial) == after


def test_leitner_intervals():
    today = date(2024, 5, 1).toordinal()
    assert [due_day(b, today) - today for b in range(1, 6)] == list(LEITNER_INTERVAL_DAYS) == [1, 2, 4, 8, 16]


def test_every_graded_answer_in_every_mode_updates_the_memory_state(qset, store, student):
    from quiz_app.scores.memory import AGAIN, GOOD, HARD

    wall = [datetime(2024, 5, 1, 10).timestamp()]
    practice = start_round(qset, RoundSettings.for_set(qset, "practice", count=3, shuffle=False), store=store,
                           profile=student, wall_clock=lambda: wall[0])
    ids = [p.question.id for p in practice.presented]
    practice.answer(right_answer(practice.present()))
    practice.answer(wrong_answer(practice.present()))
    practice.skip()
    states = store.memory_states(student.id, qset.id)
    assert set(states) == set(ids)
    # a right answer comes back later than a wrong or skipped one
    assert states[ids[0]].due > states[ids[1]].due and states[ids[1]].due == states[ids[2]].due
    assert practice.next_review_days(ids[0]) >= 2 and practice.next_review_days(ids[1]) == 1
    assert [r[2] for r in store.review_log(student.id, qset.id)] == [GOOD, AGAIN, AGAIN]
    # a scored round on another day counts too; partly right is Hard
    wall[0] += 86400
    scored = start_round(qset, RoundSettings.for_set(qset, count=18, shuffle=False), store=store, profile=student,
                         wall_clock=lambda: wall[0])
    play(scored, lambda shown: {0: 0, 1: 1, 2: 3} if shown.question.id == "match-leaders" else right_answer(shown))
    log = store.review_log(student.id, qset.id)
    assert len(log) == 3 + 18 and ("match-leaders", scored.round_id, HARD, False, wall[0]) in log
    summary = scored.summary()
    assert len(summary.next_reviews) == 18 and summary.next_review_text().startswith("When these questions come back")
    # the start screen's "due today / new"
    queue = review_counts(qset, store, student.id, wall_clock=lambda: wall[0] + 86400)
    due = {q.id for q in queue.due}
    assert "match-leaders" in due and ids[0] not in due and queue.new == ()


def test_an_answer_after_show_me_the_passage_earns_no_schedule_credit(qset, store, student):
    from quiz_app.scores.memory import AGAIN

    wall = datetime(2024, 5, 1, 10).timestamp()
    rnd = start_round(qset, RoundSettings.for_set(qset, "practice", count=2, shuffle=False), store=store,
                      profile=student, wall_clock=lambda: wall)
    first = rnd.present()
    rnd.show_passage()
    assert rnd.answer(right_answer(first)).correct  # still graded right
    second = rnd.present()
    rnd.answer(right_answer(second))
    assert rnd.next_review_days(first.question.id) == 1 < rnd.next_review_days(second.question.id)
    assert store.review_log(student.id, qset.id)[0][2:4] == (AGAIN, True)


def test_spaced_review_offers_due_first_then_new_and_leaves_the_rest(qset, store, student):
    day = [datetime(2024, 5, 1, 10).timestamp()]

    def spaced(**kw):
        return start_round(qset, RoundSettings.for_set(qset, "spaced_review", count=4, shuffle=False, **kw),
                           store=store, profile=student, wall_clock=lambda: day[0])

    first = spaced()
    ids = [p.question.id for p in first.presented]
    assert ids == [q.id for q in qset.questions[:4]]  # nothing due yet: new questions
    play(first, lambda shown: right_answer(shown) if shown.question.id in ids[:2] else wrong_answer(shown))
    # next day: the two wrong ones are due and come first, then new questions; the right ones wait
    day[0] += 86400
    second = spaced()
    ids2 = [p.question.id for p in second.presented]
    assert ids2[:2] == ids[2:4] and not set(ids2) & set(ids[:2])
    assert set(ids2[2:]) <= {q.id for q in qset.questions[4:]}


def test_spaced_review_with_nothing_due(qset, store, student):
    wall = datetime(2024, 5, 1, 10).timestamp()
    rnd = start_round(qset, RoundSettings.for_set(qset, "spaced_review", count=30), store=store, profile=student,
                      wall_clock=lambda: wall)
    play(rnd)
    again = start_round(qset, RoundSettings.for_set(qset, "spaced_review"), store=store, profile=student,
                        wall_clock=lambda: wall)
    assert again.total == 0 and "Nothing is due" in again.message


def test_builtin_set_plays_when_present():
    from question_bank.loading import builtin_names, load_builtin

    if "korean-war-1950" not in builtin_names():
        pytest.skip("the built-in set is not there yet")
    loaded = load_builtin("korean-war-1950")
    if not loaded.ok:
        pytest.skip("the built-in set does not validate yet")
    rnd = start_round(loaded, RoundSettings.for_set(loaded.question_set, count=20, seed=7))
    while rnd.present() is not None:
        rnd.answer(None)
    assert rnd.summary().skipped == rnd.total


# --------------------------------------------------------------------------- honest scores


def test_practice_ended_early_is_scored_over_the_questions_answered(qset, store, clock):
    student = store.create_profile("Honest")
    rnd = start_round(qset, RoundSettings.for_set(qset, "practice", count=8, seed=5), store=store, profile=student,
                      clock=clock)
    for _ in range(3):
        rnd.answer(right_answer(rnd.present()))
    summary = rnd.finish()
    possible = sum(o.result.points_possible for o in summary.outcomes[:3])
    assert summary.score == possible and summary.max_score == possible and summary.percent == 100
    assert summary.missed == () and summary.not_reached == 0
    assert summary.answered == 3 and summary.reached == 3
    assert sum(t.possible for t in summary.per_topic) == possible
    assert store.round_record(rnd.round_id).max_score == possible


def test_scored_round_ended_early_counts_questions_not_reached_as_zero_and_never_reveals_them(qset, clock):
    rnd = start_round(qset, RoundSettings.for_set(qset, count=6, seed=3), clock=clock)
    rnd.answer(right_answer(rnd.present()))
    second = rnd.present()  # on screen when the student ends the round
    summary = rnd.finish()
    assert summary.max_score == rnd.max_score and summary.score == summary.outcomes[0].result.points_possible
    assert summary.reached == 2 and summary.not_reached == 4 and summary.answered == 1
    assert [o.presented.question.id for o in summary.missed] == [second.question.id]
    assert [o.reached for o in summary.outcomes] == [True, True, False, False, False, False]
    assert "Not reached" in summary.outcomes[2].result.note
    # stepping through the answers afterwards never shows a question not reached
    assert summary.feedback_indices(only_missed=False) == [0, 1]


def test_timed_round_running_out_on_question_one_has_one_question_missed(qset, clock):
    rnd = start_round(qset, RoundSettings.for_set(qset, count=5, time_limit_seconds=20, seed=4), clock=clock)
    rnd.present()
    clock.advance(21)
    assert rnd.check_time()
    summary = rnd.summary()
    assert summary.score == 0 and summary.max_score == rnd.max_score
    assert len(summary.missed) == 1 and summary.reached == 1 and summary.not_reached == 4
    assert "time was up" in summary.missed[0].result.note


def test_points_are_written_as_people_write_them():
    from quiz_app.session import points_text

    assert [points_text(v) for v in (3, 3.0, 9.333333, 7.666667, 0.5, 0.04, -2)] == \
        ["3", "3", "9.3", "7.7", "0.5", "0", "-2"]


def test_partial_credit_is_said_in_parts(qset):
    from quiz_app.grading import grade
    from quiz_app.session import credit_text

    matching = next(q for q in qset.questions if q.id == "match-leaders")
    result = grade(matching, {0: 0, 1: 1, 2: 3})
    assert result.partial and credit_text(result) == "2 of 3 right"


# --------------------------------------------------------------------------- the round plan and its time


def test_round_plan_says_mode_count_time_with_extra_time_and_pass_mark(qset):
    from quiz_app.session import round_plan

    data = small_set_dict()
    data["round_defaults"] = {"question_count": 3, "time_limit_seconds": 20, "pass_mark_percent": 70}
    timed = make_set(data)
    assert round_plan(RoundSettings.for_set(timed), 1.5) == \
        "Scored round · 3 questions · 30 s for the whole round (20 s, with your extra time × 1.5) · pass mark 70%"
    assert round_plan(RoundSettings.for_set(timed), 1.0) == \
        "Scored round · 3 questions · 20 s for the whole round · pass mark 70%"
    assert round_plan(RoundSettings.for_set(timed, "practice")) == \
        "Practice · 3 questions · no time limit · not scored: counted over the questions you answer"


def test_timed_round_warns_at_one_minute_and_twenty_seconds(qset, clock):
    rnd = start_round(qset, RoundSettings.for_set(qset, count=6, time_limit_seconds=120, extra_time_factor=1.0),
                      clock=clock)
    rnd.present()
    assert rnd.time_warning() is None
    clock.advance(59)
    assert rnd.time_warning() is None
    clock.advance(2)
    assert rnd.time_warning() == "1 minute left." and rnd.time_warning() is None  # once
    clock.advance(40)
    assert rnd.time_warning() == "20 seconds left." and rnd.time_warning() is None
    short = start_round(qset, RoundSettings.for_set(qset, count=2, time_limit_seconds=15, extra_time_factor=1.0),
                        clock=clock)
    assert short.time_warning() is None  # shorter than both warnings: the plan said so


def test_practice_time_can_be_extended_or_switched_off_but_not_a_scored_rounds(qset, clock):
    practice = start_round(qset, RoundSettings.for_set(qset, "practice", count=3, time_limit_seconds=30,
                                                       extra_time_factor=1.0), clock=clock)
    practice.present()
    clock.advance(25)
    assert practice.time_adjustable
    practice.add_time()
    assert practice.time_remaining() == pytest.approx(65)
    practice.switch_off_time_limit()
    clock.advance(500)
    assert practice.time_limit is None and not practice.check_time() and not practice.is_finished
    scored = start_round(qset, RoundSettings.for_set(qset, count=3, time_limit_seconds=30), clock=clock)
    assert not scored.time_adjustable
    with pytest.raises(RoundError):
        scored.add_time()


# --------------------------------------------------------------------------- certainty-based marking


def _cbm_set():
    data = small_set_dict()
    data["round_defaults"] = {"certainty_marking": True, "question_count": 4}
    return make_set(data)


def test_certainty_based_marking_uses_moodles_scale_on_top_of_the_grade(store, student):
    from quiz_app.session import CBM_MARKS

    qset = _cbm_set()
    settings = RoundSettings.for_set(qset, count=4, shuffle=False)
    assert settings.certainty_marking and RoundSettings.from_json(settings.to_json()) == settings
    rnd = start_round(qset, settings, store=store, profile=student)
    points = [p.question.points for p in rnd.presented]
    assert rnd.max_score == 3 * sum(points)
    shown = rnd.present()
    with pytest.raises(ValueError, match="how sure"):
        rnd.answer(right_answer(shown))
    sure_right = rnd.answer(right_answer(shown), "sure")
    assert sure_right.correct and sure_right.points_awarded == 3 * points[0] and "+" in sure_right.note
    sure_wrong = rnd.answer(wrong_answer(rnd.present()), "sure")
    assert sure_wrong.points_awarded == -6 * points[1] and sure_wrong.note.startswith("You were sure: -")
    fairly = rnd.answer(wrong_answer(rnd.present()), "fairly_sure")
    assert fairly.points_awarded == -2 * points[2]
    unsure = rnd.answer(wrong_answer(rnd.present()), "not_sure")
    assert unsure.points_awarded == 0 and CBM_MARKS["not_sure"] == (1.0, 0.0)
    summary = rnd.summary()
    assert summary.score == max(0.0, 3 * points[0] - 6 * points[1] - 2 * points[2])
    assert summary.calibration == (("sure", 2, 1), ("fairly_sure", 1, 0), ("not_sure", 1, 0))
    assert summary.calibration_text() == "Sure on 2 (1 right) · fairly sure on 1 (0 right) · not sure on 1 (0 right)."
    assert [o.presented.number for o in summary.sure_and_wrong] == [2]
    rows = store.round_answers(rnd.round_id)
    assert [r.points for r in rows] == [3 * points[0], -6 * points[1], -2 * points[2], 0]


def test_partly_right_and_sure_costs_and_a_resumed_round_keeps_its_certainties(store, student):
    qset = _cbm_set()
    rnd = start_round(qset, RoundSettings.for_set(qset, count=3, types=("matching", "true_false"), shuffle=False),
                      store=store, profile=student)
    matching = next(p for p in rnd.presented if p.type == "matching")
    while rnd.current.type != "matching":
        rnd.answer(right_answer(rnd.present()), "fairly_sure")
    half = rnd.answer({0: 0, 1: 1, 2: 3}, "sure")  # 2 of 3 pairs
    credit = half.credit
    assert half.partial and half.points_awarded == pytest.approx((credit * 3 - (1 - credit) * 6) * matching.question.points)
    round_id = rnd.round_id
    before = [r.points_awarded for r in rnd.results if r is not None]
    from quiz_app.session import resume_round

    resumed = resume_round(qset, store, round_id)
    assert [r.points_awarded for r in resumed.results if r is not None] == pytest.approx(before)
    assert [c for c in resumed.certainties if c] == [c for c in rnd.certainties if c]


def test_the_plan_says_certainty_based_marking():
    from quiz_app.session import round_plan

    assert "say how sure you are with each answer" in round_plan(RoundSettings.for_set(_cbm_set()))

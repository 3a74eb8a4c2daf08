"""A student's progress (what the Progress screen shows), computed from rounds played through the real store."""

from __future__ import annotations

from datetime import date, datetime

import pytest
from enginekit import make_set, play, right_answer, wrong_answer

from question_bank import evidence as ev
from question_bank.topics import CORE_TOPICS, TOPIC_LABELS
from quiz_app.scores import ParagraphProgress, RoundPoint, TopicProgress, progress_report
from quiz_app.session import RoundSettings, start_round


class Days:
    """A wall clock that stays on one day until moved (30 s per reading)."""

    def __init__(self, day: date):
        self.t = datetime(day.year, day.month, day.day, 9).timestamp()

    def __call__(self) -> float:
        self.t += 30
        return self.t

    def next_day(self) -> None:
        self.t += 86400


def _label(day: date) -> str:
    return datetime(day.year, day.month, day.day, 9).strftime("%d %b")


def _right_generated(shown):
    q = shown.question
    return next(i for i, c in enumerate(q.choices) if c.correct) if q.type == "multiple_choice" else q.answer


@pytest.fixture
def history(qset, big_set, store, student):
    """Ada's month, by hand.

    1 April: a scored round of all 18 questions, the 3 leaders questions wrong (15 / 18).
    2 April: a scored round all right; a practice round of the 2 places questions, right; a scored round of
    places questions given up after one wrong answer (abandoned: not a point on the chart, its answer counts);
    a scored round of 4 context questions of another set, all right.
    Bo, on 1 April: one scored round, everything wrong (none of it is Ada's).
    """
    clock = Days(date(2024, 4, 1))
    settings = RoundSettings.for_set(qset, count=18, seed=1)
    play(start_round(qset, settings, store=store, profile=student, wall_clock=clock),
         lambda s: wrong_answer(s) if "leaders" in s.question.topics else right_answer(s))
    bo = store.create_profile("Bo")
    play(start_round(qset, settings, store=store, profile=bo, wall_clock=clock), wrong_answer)
    clock.next_day()
    play(start_round(qset, settings, store=store, profile=student, wall_clock=clock))
    play(start_round(qset, RoundSettings.for_set(qset, "practice", count=2, topics=("places",)), store=store,
                     profile=student, wall_clock=clock))
    given_up = start_round(qset, RoundSettings.for_set(qset, count=2, topics=("places",)), store=store,
                           profile=student, wall_clock=clock)
    given_up.answer(wrong_answer(given_up.present()))
    assert store.abandon_round(given_up.round_id)
    play(start_round(big_set, RoundSettings.for_set(big_set, count=4, topics=("context",)), store=store,
                     profile=student, wall_clock=clock), _right_generated)
    return bo


def test_progress_in_one_set(qset, store, student, history):
    report = progress_report(store, student.id, qset, today=date(2024, 4, 3))
    assert report.student_name == "Ada"
    assert report.points == (RoundPoint(_label(date(2024, 4, 1)), pytest.approx(100 * 15 / 18)),
                             RoundPoint(_label(date(2024, 4, 2)), 100.0))
    assert report.pass_mark_percent == qset.round_defaults.pass_mark_percent == 60.0
    assert tuple((t.topic, t.label, t.correct, t.answered) for t in report.topics) == (
        ("dates", "Dates", 10, 10),
        ("leaders", "Leaders", 3, 6),
        ("troop_counts", "Troop counts", 12, 12),
        ("un_security_council", "UN Security Council", 4, 4),
        ("places", "Places", 6, 7),
        ("context", "Context", 0, 0),
    )
    texts = [p.text for p in ev.paragraphs(qset.sources[0].text)]
    # paragraph 1: 8 questions, the 3 leaders ones missed on day 1; 2: 8 questions plus 2 practised and 1 missed
    assert tuple((p.source_id, p.number, p.text, p.correct, p.answered) for p in report.paragraphs) == (
        ("kw", 1, texts[0], 13, 16),
        ("kw", 2, texts[1], 18, 19),
        ("kw", 3, texts[2], 4, 4),
    )
    assert report.streak_days == 2


def test_progress_over_every_set(store, student, history):
    report = progress_report(store, student.id, today=date(2024, 4, 2))
    assert [(p.label, round(p.percent, 1)) for p in report.points] == [
        (_label(date(2024, 4, 1)), 83.3), (_label(date(2024, 4, 2)), 100.0), (_label(date(2024, 4, 2)), 100.0)]
    assert report.pass_mark_percent is None and report.paragraphs == ()
    assert [t.topic for t in report.topics] == list(CORE_TOPICS)
    assert {t.topic: (t.correct, t.answered) for t in report.topics}["context"] == (4, 4)
    assert report.streak_days == 2
    assert progress_report(store, student.id, today=date(2024, 4, 4)).streak_days == 0


def test_progress_of_another_student_and_of_none(qset, store, history):
    bo = progress_report(store, history.id, qset, today=date(2024, 4, 1))
    assert bo.student_name == "Bo" and [p.percent for p in bo.points] == [0.0]
    assert {t.topic: (t.correct, t.answered) for t in bo.topics} == {
        "dates": (0, 5), "leaders": (0, 3), "troop_counts": (0, 6), "un_security_council": (0, 2),
        "places": (0, 2), "context": (0, 0)}
    assert [(p.correct, p.answered) for p in bo.paragraphs] == [(0, 8), (0, 8), (0, 2)]
    assert bo.streak_days == 1

    nobody = progress_report(store, 999, qset)
    assert nobody.student_name == "" and nobody.points == () and nobody.streak_days == 0
    assert all(t.answered == 0 and t.label == TOPIC_LABELS[t.topic] for t in nobody.topics)
    assert [(p.number, p.answered, p.status) for p in nobody.paragraphs] == [
        (1, 0, "not practised yet"), (2, 0, "not practised yet"), (3, 0, "not practised yet")]


def test_a_paragraph_status_is_said_in_words():
    def status(correct, answered):
        return ParagraphProgress("kw", 1, "text", correct, answered).status

    assert status(0, 0) == "not practised yet"
    assert (status(4, 5), status(8, 10), status(10, 10)) == ("mastered",) * 3
    assert (status(79, 100), status(1, 2)) == ("getting there",) * 2
    assert (status(49, 100), status(0, 3)) == ("keep missing",) * 2
    assert TopicProgress("dates", "Dates", 3, 4).percent == 75.0
    assert TopicProgress("dates", "Dates", 0, 0).percent == 0.0


def test_paragraphs_follow_every_source_of_the_set(store, student):
    data = {"schema_version": 1, "id": "two-sources", "title": "Two sources", "status": "ready",
            "sources": [{"id": "a", "title": "A", "text": "First of A.\n\nSecond of A."},
                        {"id": "b", "title": "B", "text": "Only paragraph of B."}],
            "questions": [{"type": "true_false", "id": "t1", "prompt": "B has one paragraph.", "answer": True,
                           "topics": ["context"], "explanation": "See B.",
                           "evidence": {"source": "b", "quote": "Only paragraph of B."}}]}
    qset = make_set(data)
    play(start_round(qset, RoundSettings.for_set(qset, "practice", count=1), store=store, profile=student),
         lambda s: True)
    report = progress_report(store, student.id, qset)
    assert [(p.source_id, p.number, p.text, p.correct, p.answered) for p in report.paragraphs] == [
        ("a", 1, "First of A.", 0, 0), ("a", 2, "Second of A.", 0, 0), ("b", 1, "Only paragraph of B.", 1, 1)]

"""FSRS memory states: the rating of each kind of answer, the state's arithmetic, mastery from memory,
and the migration of a version-2 score file whose spaced review kept Leitner boxes."""

from __future__ import annotations

import sqlite3
from datetime import date, datetime

import fsrs
import pytest
from enginekit import play, right_answer, wrong_answer

from quiz_app.scores import SCHEMA_VERSION, ScoreStore, progress_report
from quiz_app.scores import memory as mem
from quiz_app.session import RoundSettings, start_round


def test_ratings_are_fsrs_ratings_and_follow_the_documented_mapping():
    assert (mem.AGAIN, mem.HARD, mem.GOOD) == (int(fsrs.Rating.Again), int(fsrs.Rating.Hard), int(fsrs.Rating.Good))
    assert mem.rating_for(correct=True, partial=False) == mem.GOOD
    assert mem.rating_for(correct=False, partial=True) == mem.HARD
    assert mem.rating_for(correct=False, partial=False) == mem.AGAIN
    assert mem.rating_for(correct=True, partial=False, assisted=True) == mem.AGAIN


def test_remembering_stretches_the_interval_and_forgetting_shortens_it():
    t = datetime(2025, 3, 3, 9).timestamp()
    s = mem.review(None, "q", mem.GOOD, t)
    assert s.days_until_due(t) >= 1 and s.reviews == 1 and s.lapses == 0
    later = mem.review(s, "q", mem.GOOD, s.due)
    assert later.stability > s.stability and later.days_until_due(s.due) > s.days_until_due(t)
    forgot = mem.review(later, "q", mem.AGAIN, later.due)
    assert forgot.stability < later.stability and forgot.lapses == 1
    assert mem.retrievability(later, later.last_review) == pytest.approx(1.0)
    assert 0.85 < mem.retrievability(later, later.due) < 0.95  # due when recall falls to about 90 %
    assert mem.retrievability(None, t) == 0.0
    # a higher desired retention brings questions back sooner
    assert mem.review(None, "q", mem.GOOD, t, 0.97).due < mem.review(None, "q", mem.GOOD, t, 0.8).due


def _as_version_2(path, leitner_rows):
    """Turn a current file into what version 2 wrote: no memory or reviews tables, Leitner rows."""
    conn = sqlite3.connect(path)
    conn.execute("DROP TABLE memory")
    conn.execute("DROP TABLE reviews")
    conn.executemany("INSERT INTO leitner VALUES (?, ?, ?, ?, ?)", leitner_rows)
    conn.execute("PRAGMA user_version = 2")
    conn.commit()
    conn.close()


def test_migration_of_a_version_2_file_with_leitner_rows(data_dir, qset):
    path = data_dir / "scores.sqlite3"
    store = ScoreStore(path)
    ada = store.create_profile("Ada")
    t = datetime(2024, 5, 1, 10).timestamp()
    rnd = start_round(qset, RoundSettings.for_set(qset, "practice", count=4, shuffle=False), store=store, profile=ada,
                      wall_clock=lambda: t)
    play(rnd, lambda shown: wrong_answer(shown) if shown.question.id == rnd.presented[3].question.id
         else right_answer(shown))
    ids = [p.question.id for p in rnd.presented]
    keys = dict(store.connection.execute("SELECT question_id, id FROM questions WHERE set_id = ?", (qset.id,)))
    answers_before = store.answer_count()
    store.close()
    today = date(2024, 5, 1).toordinal()
    # two questions were in Leitner boxes (box 4: due in 8 days; box 1: due tomorrow)
    _as_version_2(path, [(ada.id, keys[ids[0]], 4, today + 8, int(t)), (ada.id, keys[ids[1]], 1, today + 1, int(t))])

    store = ScoreStore(path)
    assert store.connection.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION == 3
    backup = store.backup_path
    assert backup is not None and backup.name.startswith("scores.sqlite3.v2-") and backup.exists()
    old = sqlite3.connect(backup)
    assert old.execute("SELECT count(*) FROM leitner").fetchone()[0] == 2
    old.close()
    states = store.memory_states(ada.id, qset.id)
    assert set(states) == set(ids)
    # Leitner rows: the box's interval is the stability, the due day is kept
    assert states[ids[0]].stability == 8 and states[ids[0]].due_day == today + 8
    assert states[ids[1]].stability == 1 and states[ids[1]].due_day == today + 1
    # the others are replayed from their answers: right lasts longer than wrong
    assert states[ids[2]].due > states[ids[3]].due
    assert [r[0] for r in store.review_log(ada.id, qset.id)] == ids[2:]
    # no history lost: every answer and the Leitner rows are still there
    assert store.answer_count() == answers_before
    assert store.connection.execute("SELECT count(*) FROM leitner").fetchone()[0] == 2
    # and spaced review counts from the migrated states
    from quiz_app.session import review_counts

    queue = review_counts(qset, store, ada.id, wall_clock=lambda: t + 86400)
    assert {q.id for q in queue.due} == {ids[1], ids[3]} and len(queue.new) == len(qset.questions) - 4
    store.close()


def test_mastery_by_topic_and_paragraph_comes_from_memory_states(qset, store, student):
    t = datetime(2024, 5, 1, 10).timestamp()
    rnd = start_round(qset, RoundSettings.for_set(qset, "practice", count=18, shuffle=False), store=store,
                      profile=student, wall_clock=lambda: t)
    wrong = {"mc-seoul", "sa-north"}
    play(rnd, lambda shown: wrong_answer(shown) if shown.question.id in wrong else right_answer(shown))
    report = progress_report(store, student.id, qset, today=date(2024, 5, 2), now=t + 86400)
    by_topic = {tp.topic: tp for tp in report.topics}
    leaders = by_topic["leaders"]
    assert leaders.questions == sum("leaders" in q.topics for q in qset.questions)
    assert 0 < leaders.likely_remembered < leaders.questions  # sa-north was wrong
    para = next(p for p in report.paragraphs if p.questions)
    assert para.memory_text().startswith("likely to remember ")
    assert para.memory_text().endswith(f"of the {para.questions} questions on paragraph {para.number}")
    # just after a wrong answer the student has read the answer: that does not count as remembered
    now = progress_report(store, student.id, qset, today=date(2024, 5, 1), now=t)
    sa_north_topics = qset.question("sa-north").topics
    assert all(t.likely_remembered < t.questions for t in now.topics if t.topic in sa_north_topics)
    # a month later without practice, fewer are likely remembered
    later = progress_report(store, student.id, qset, today=date(2024, 6, 1), now=t + 31 * 86400)
    assert sum(p.likely_remembered for p in later.paragraphs) < sum(p.likely_remembered for p in report.paragraphs)


def test_the_scheduling_benchmark_runs_both_rules_on_the_same_students():
    import importlib.util
    import sys
    from pathlib import Path

    path = Path(__file__).resolve().parents[2] / "benchmarks" / "scheduling.py"
    spec = importlib.util.spec_from_file_location("scheduling_benchmark", path)
    bench = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = bench  # its dataclass looks itself up there
    try:
        spec.loader.exec_module(bench)
    finally:
        del sys.modules[spec.name]
    leitner = bench.simulate("leitner", 7, 2, 6, 30, 3)
    fsrs_run = bench.simulate("fsrs", 7, 2, 6, 30, 3)
    # every question is met once at least; the rules differ only in when questions come back
    assert leitner.reviews >= 12 and fsrs_run.reviews >= 12 and leitner.reviews != fsrs_run.reviews
    assert 0 < fsrs_run.mean_retention <= 1 and 0 < leitner.remembered_at_end <= 12

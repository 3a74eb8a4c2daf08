"""Paragraphs are numbered as a reader counts them (issue 19): the title line and blank lines are no paragraphs,
in the feedback a student reads and at the source (``question_bank.evidence.paragraph_number``)."""

from __future__ import annotations

from question_bank import evidence as ev
from question_bank.models import QuestionSet
from quiz_app.session import RoundSettings, start_round
from quiz_app.ui.feedback_screen import FeedbackScreen

PARAGRAPHS = [
    "In June 1948 the Soviets closed the roads and railways to West Berlin.",
    "The Western Allies chose to supply the city by air.",
    "Pilots flew coal, flour and milk into Tempelhof day and night.",
    "At its height a plane landed every few minutes.",
    "The Soviets lifted the blockade in May 1949.",
]
TEXT = "The Berlin Airlift, 1948–1949\n\n" + "\n\n".join(PARAGRAPHS) + "\n"


def _set() -> QuestionSet:
    return QuestionSet.model_validate({
        "id": "airlift", "title": "Berlin", "sources": [{"id": "s", "title": "The Airlift", "text": TEXT}],
        "questions": [
            {"type": "short_answer", "id": "q1", "prompt": "When was the blockade lifted?", "topics": ["context"],
             "explanation": "The text says so.", "accepted": ["May 1949"],
             "evidence": {"source": "s", "quote": "The Soviets lifted the blockade in May 1949."}},
        ]})


def test_the_title_and_blank_lines_are_not_counted():
    paras = ev.paragraphs(TEXT)
    assert len(paras) == 6 and paras[0].text == "The Berlin Airlift, 1948–1949"  # the blocks, title included
    assert [ev.paragraph_number(TEXT, p) for p in paras] == [None, 1, 2, 3, 4, 5]
    assert ev.paragraph_name(TEXT, paras[0]) == "the title" and ev.paragraph_name(TEXT, paras[5]) == "paragraph 5"
    fifth = TEXT.index(PARAGRAPHS[4])
    assert ev.paragraph_number(TEXT, ev.paragraph_of(TEXT, fifth)) == 5
    # a text of short lines only (a list of dates) is not all titles: every line counts
    dates = "1948 blockade\n1949 airlift ends"
    assert [ev.paragraph_number(dates, p) for p in ev.paragraphs(dates)] == [1, 2]
    # a mid-text heading is not counted either
    with_heading = "First part of it, told in full.\nThe Second Part\nSecond part of it, told in full."
    assert [ev.paragraph_number(with_heading, p) for p in ev.paragraphs(with_heading)] == [1, None, 2]


def test_feedback_names_the_fifth_paragraph_paragraph_5(qtbot):
    qs = _set()
    rnd = start_round(qs, RoundSettings.for_set(qs, "practice", count=1, seed=1))
    shown = rnd.present()
    result = rnd.answer("May 1949")
    screen = FeedbackScreen()
    qtbot.addWidget(screen)
    screen.show_result(result, shown)
    assert "(paragraph 5 of “The Airlift”)" in screen.evidence_title.text()
    assert "paragraph 6" not in screen.evidence_title.text()


def test_the_progress_map_numbers_paragraphs_as_a_reader_does(data_dir):
    from quiz_app.scores import ScoreStore, progress_report

    store = ScoreStore(data_dir / "scores.sqlite3")
    student = store.create_profile("Ada")
    qs = _set()
    rnd = start_round(qs, RoundSettings.for_set(qs, "practice", count=1, seed=1), store=store, profile=student)
    rnd.present()
    rnd.answer("May 1949")
    rnd.finish()
    report = progress_report(store, student.id, qs)
    store.close()
    names = [p.name for p in report.paragraphs]
    assert names == ["the title"] + [f"paragraph {n}" for n in range(1, 6)]
    fifth = report.paragraphs[5]
    assert fifth.shown_number == 5 and fifth.answered == 1 and "paragraph 5" in fifth.memory_text()

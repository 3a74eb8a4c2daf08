"""The feedback made ready while the student reads (``FeedbackScreen.prepare``) shows exactly what a feedback
screen filled from the answer alone shows: passage, highlighting, titles, citation and what a screen reader is
told; a passage prepared for one question never stays on screen for another."""

from __future__ import annotations

from question_bank.loading import load_builtin
from quiz_app.session import RoundSettings, start_round
from quiz_app.ui.feedback_screen import FeedbackScreen


def _seen(screen: FeedbackScreen) -> dict:
    return {"passage": screen.passage.toHtml(), "passage_text": screen.passage.toPlainText(),
            "highlighted": screen.passage.highlighted_text,
            "passage_description": screen.passage.accessibleDescription(),
            "title": screen.evidence_title.text(), "citation": screen.citation.text(),
            "citation_shown": not screen.citation.isHidden(), "verdict": screen.verdict.text(),
            "verdict_style": screen.verdict.objectName(), "prompt": screen.prompt.text(),
            "your_answer": screen.your_answer.text(), "correct_answer": screen.correct_answer.text(),
            "explanation": screen.explanation.text()}


def _answers(rnd):
    """(shown, result) of every question of a round, each answered with its first option or nothing."""
    out = []
    while (shown := rnd.present()) is not None:
        q = shown.question
        response = {"multiple_choice": 0, "multiple_select": {0}, "true_false": True, "numeric": "10",
                    "short_answer": "Seoul", "ordering": list(range(len(getattr(q, "items", [])))),
                    "matching": {0: 0}, "cite": 0, "cloze": [None] * len(getattr(q, "gaps", []))}[q.type]
        out.append((shown, rnd.answer(response)))
    return out


def test_prepared_feedback_is_the_feedback_of_the_answer(qtbot):
    qset = load_builtin().question_set
    rnd = start_round(qset, RoundSettings.for_set(qset, "practice", count=len(qset.questions), seed=3))
    answered = _answers(rnd)
    assert {shown.question.type for shown, _ in answered} >= {"multiple_choice", "ordering", "cite", "cloze"}
    prepared, fresh = FeedbackScreen(), FeedbackScreen()
    qtbot.addWidget(prepared)
    qtbot.addWidget(fresh)
    for shown, result in answered:
        prepared.prepare(shown)
        prepared.show_result(result, shown)
        fresh._evidence_key = None  # filled from the answer alone, as without prepare
        fresh.show_result(result, shown)
        assert _seen(prepared) == _seen(fresh), shown.question.id


def test_a_passage_prepared_for_another_question_is_replaced(qtbot):
    qset = load_builtin().question_set
    rnd = start_round(qset, RoundSettings.for_set(qset, "practice", count=12, seed=5))
    answered = _answers(rnd)
    (first, _), (second, second_result) = next(
        (a, b) for a, b in zip(answered, answered[1:], strict=False)
        if a[0].question.evidence.quote != b[0].question.evidence.quote)
    screen = FeedbackScreen()
    qtbot.addWidget(screen)
    screen.prepare(first)
    assert screen.passage.highlighted_text  # the first question's quote is ready
    screen.show_result(second_result, second)
    shown_quote = " ".join(screen.passage.highlighted_text.split())
    assert " ".join(second.question.evidence.quote.split())[:20] in shown_quote.replace("…", "")


def _same_words(text: str) -> str:
    return " ".join(text.split())


def test_an_answer_before_the_feedback_is_ready_keeps_its_own_passage(qtbot, make_window):
    """The feedback is made ready just after a question is shown; a student who answers at once (before that)
    sees the feedback of that answer, and it stays so: the question after it is not prepared over it."""
    window = make_window()
    window.start_screen._on_start_clicked()  # practice: feedback after each answer
    shown = window.round.current
    window.question_screen.answer_submitted.emit(None)  # at once: no event has run since the question was shown
    feedback = window.feedback_screen
    assert window.current_screen is feedback
    quote = _same_words(shown.question.evidence.quote)
    assert quote in _same_words(feedback.passage.highlighted_text)
    qtbot.wait(50)  # what would have prepared the feedback has had its chance to run
    assert window.round.current is not shown
    assert quote in _same_words(feedback.passage.highlighted_text)
    # the next question's feedback is made ready while it is read, and is its own
    window.player._on_feedback_next_requested()
    following = window.round.current
    qtbot.waitUntil(lambda: _same_words(following.question.evidence.quote)
                    in _same_words(feedback.passage.highlighted_text), timeout=2000)

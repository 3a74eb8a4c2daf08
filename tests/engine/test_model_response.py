"""The model response of every built-in question earns full credit through the real grader."""

from __future__ import annotations

from question_bank.loading import load_builtin
from quiz_app.grading import DEFAULT_RULES, grade, model_response


def test_model_response_earns_full_credit_for_every_builtin_question():
    qset = load_builtin().question_set
    for q in qset.questions:
        result = grade(q, model_response(q, qset.source(q.evidence.source)), DEFAULT_RULES, qset)
        assert result.correct and result.points_awarded == q.points, (q.id, result)

"""Every question type answered right and wrong through its real widget, by keyboard."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from ui_helpers import answer_by_keyboard

from question_bank.models import QUESTION_TYPES
from quiz_app.session import RoundSettings, start_round


@pytest.mark.parametrize("qtype", QUESTION_TYPES)
@pytest.mark.parametrize("right", [True, False], ids=["right", "wrong"])
def test_each_type_right_and_wrong(qtbot, make_window, qtype, right):
    window = make_window()
    key = window.start_screen.current_set()
    loaded = window.catalogue[key]
    settings = RoundSettings.for_set(loaded.question_set, "practice", types=(qtype,), count=2, seed=7)
    rnd = start_round(loaded, settings, store=window.store, profile=window.profile_id)
    window.begin_round(rnd, key)
    for _ in range(rnd.total):
        shown = rnd.current
        assert shown.question.type == qtype
        answer_by_keyboard(qtbot, window, shown, right=right)
        result = window.feedback_screen.result
        assert result.correct is right, (shown.question.id, result)
        verdict = window.feedback_screen.verdict.text()
        assert verdict.startswith("✓  Right") if right else verdict.startswith(("✗", "◐"))
        assert window.feedback_screen.verdict.objectName() == ("verdictRight" if right else
                                                               ("verdictPartial" if result.partial else "verdictWrong"))
        qtbot.keyClick(window.focusWidget() or window, Qt.Key.Key_Return)
    assert window.current_screen is window.results_screen
    rows = window.store.round_answers(rnd.round_id)
    assert [r.correct for r in rows] == [right] * rnd.total

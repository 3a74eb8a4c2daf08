"""The set is checked off the GUI thread while the teacher types: the window keeps answering during a long
check, a verdict on an older text is never shown, and saving uses the verdict on the latest text."""

from __future__ import annotations

import copy
import json
import random

import pytest
from editor_helpers import open_and_wait, type_into, wait_checked
from PySide6.QtCore import QTimer

from quiz_app.ui.editor.document import validate


def _places(validation) -> list[tuple[str, str]]:
    return [(p.where, p.message) for p in validation.problems]


@pytest.fixture
def large_set(builtin_copy):
    """The built-in set grown to 3,000 questions over a 200 KB source, the first one quoting 8,000
    characters of the source's words in an order the source never has (the slowest quote to refuse)."""
    data = json.loads(builtin_copy.read_text(encoding="utf-8"))
    source = data["sources"][0]
    text = source["text"]
    source["text"] = "\n\n".join([text] * 25)
    questions = []
    for i in range(3000):
        q = copy.deepcopy(data["questions"][i % len(data["questions"])])
        q["id"] = f"q{i:04d}"
        questions.append(q)
    words = text.split()
    rnd = random.Random(13)
    questions[0]["evidence"]["quote"] = " ".join(rnd.choice(words) for _ in range(2000))[:8000]
    data["questions"] = questions
    builtin_copy.write_text(json.dumps(data), encoding="utf-8")
    return builtin_copy


def test_checking_a_large_set_leaves_the_window_answering_and_shows_the_latest_verdict(editor, qtbot, large_set):
    w = editor
    open_and_wait(qtbot, w, large_set)
    assert "questions[0].evidence.quote" in {p.where for p in w.validation.errors}
    shown = []
    w.checker.checked.connect(lambda verdict: shown.append(_places(verdict.validation)))
    ticks_while_checking = []
    ticker = QTimer()
    ticker.setInterval(10)
    ticker.timeout.connect(lambda: ticks_while_checking.append(1) if w.checker.is_running() else None)
    ticker.start()

    # The teacher empties question 1's explanation, and types a new one while that text is being checked.
    form = w.question_editor.forms["multiple_choice"]
    type_into(qtbot, form.explanation_edit, "")
    assert w.data["questions"][0]["explanation"] == ""
    qtbot.waitUntil(w.checker.is_running, timeout=5000)
    type_into(qtbot, form.explanation_edit, "The text names the Yalta Conference.")
    wait_checked(qtbot, w, timeout=60000)
    ticker.stop()

    # The event loop kept running its timer during the checks (on the GUI thread it would not tick at all).
    assert len(ticks_while_checking) >= 1  # how many depends on the machine's load; on the GUI thread: none
    # The verdict on the emptied explanation was dropped: only the latest text's verdict was shown.
    assert shown and all(("questions[0].explanation" not in {where for where, _ in s}) for s in shown)
    assert shown[-1] == _places(validate(w.data))
    assert _places(w.validation) == _places(validate(w.data))
    assert "questions[0].evidence.quote" in {p.where for p in w.validation.errors}
    assert w.question_panel.list.row_text(0).startswith("1. ⚠")


def test_typing_is_checked_once_after_a_pause_and_the_problems_follow_the_text(editor, qtbot, builtin_copy):
    w = editor
    open_and_wait(qtbot, w, builtin_copy)
    assert w.validation.errors == []
    shown = []
    w.checker.checked.connect(lambda verdict: shown.append(_places(verdict.validation)))
    form = w.question_editor.forms["multiple_choice"]
    type_into(qtbot, form.explanation_edit, "")
    assert not w.checker.is_settled()  # waiting for the pause, or checking
    wait_checked(qtbot, w)
    assert ("questions[0].explanation" in {p.where for p in w.validation.errors})
    assert "⚠" in w.question_panel.list.row_text(0)
    assert "1 problem" in w.count_label.text()
    type_into(qtbot, form.explanation_edit, "The text says so.")
    wait_checked(qtbot, w)
    assert w.validation.errors == []
    assert "No problems" in w.count_label.text()
    assert shown[-1] == _places(validate(w.data))


def test_saving_right_after_an_edit_uses_the_verdict_on_the_latest_text(editor, qtbot, builtin_copy):
    w = editor
    open_and_wait(qtbot, w, builtin_copy)
    assert json.loads(builtin_copy.read_text(encoding="utf-8"))["status"] != "draft"
    form = w.question_editor.forms["multiple_choice"]
    type_into(qtbot, form.explanation_edit, "")
    assert not w.checker.is_settled()  # no check has run on the emptied explanation yet
    assert w.save()
    saved = json.loads(builtin_copy.read_text(encoding="utf-8"))
    assert saved["questions"][0]["explanation"] == "" and saved["status"] == "draft"
    assert "questions[0].explanation" in {p.where for p in w.validation.errors}
    assert w.checker.is_settled()

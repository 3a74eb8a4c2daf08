"""The item-quality lint's warnings in the editor: beside the problems, with their own mark, never blocking;
F8 goes through the errors first, then the warnings, on from the problem last gone to."""

from __future__ import annotations

import json

from editor_helpers import item_texts, open_and_wait, type_into, wait_checked
from PySide6.QtCore import Qt

from question_bank.validation import Problem
from quiz_app.ui.editor.document import validate
from quiz_app.ui.editor.problems_panel import next_problem_row


def _without_wrong_feedback(path, indexes=(2, 5)):
    """The built-in set with two true/false questions that give a wrong answer no feedback (a lint warning)."""
    data = json.loads(path.read_text(encoding="utf-8"))
    for i in indexes:
        assert data["questions"][i]["type"] == "true_false"
        data["questions"][i].pop("feedback_wrong", None)
    path.write_text(json.dumps(data), encoding="utf-8")
    return data


def test_warnings_are_listed_after_the_errors_with_their_own_mark(editor, qtbot, builtin_copy):
    _without_wrong_feedback(builtin_copy)
    w = editor
    open_and_wait(qtbot, w, builtin_copy)
    rows = item_texts(w.problems.list)
    warnings = [r for r in rows if r.startswith("△")]
    assert len(warnings) == 2 and "Question 3 (kw-003)" in warnings[0] and "[no_wrong_feedback]" in warnings[0]
    assert "2 warnings to look at" in w.problems.heading.text()
    assert "can be played for a score" in w.problems.heading.text()  # warnings never block scoring
    assert w.count_label.text() == "✓ No problems"
    # An error (a question id used twice: the set is still structurally valid, so it is linted) comes first.
    w.question_panel.list.setCurrentRow(0)
    form = w.question_editor.forms[w.data["questions"][0]["type"]]
    type_into(qtbot, form.id_edit, "kw-002")
    wait_checked(qtbot, w)
    rows = item_texts(w.problems.list)
    assert rows[0].startswith("⚠ Question 2") and rows[1].startswith("△ Question 3") and rows[2].startswith("△")
    assert all(r.startswith("ℹ") for r in rows[3:])  # the teacher-verified notes last


def test_a_questions_form_and_row_show_its_warnings(editor, qtbot, builtin_copy):
    _without_wrong_feedback(builtin_copy)
    w = editor
    open_and_wait(qtbot, w, builtin_copy)
    w.question_panel.list.setCurrentRow(2)
    form = w.question_editor.forms["true_false"]
    assert form.problems_label.text().startswith("△ ") and "no feedback" in form.problems_label.text()
    assert form.problems_label.objectName() == "banner"  # shown as a warning
    assert "△" in w.question_panel.list.row_text(2) and "1 warning" in w.question_panel.list.row_text(2)
    w.question_panel.list.setCurrentRow(1)
    assert w.question_editor.currentWidget().problems_label.text() == "✓ Nothing to fix in this question."
    assert w.question_editor.currentWidget().problems_label.objectName() == "bannerOk"  # not in a warning's colours


def test_warnings_never_make_the_saved_set_a_draft(editor, qtbot, builtin_copy):
    _without_wrong_feedback(builtin_copy)
    w = editor
    open_and_wait(qtbot, w, builtin_copy)
    assert w.validate_now().warnings and not w.validate_now().errors
    w.save()
    saved = json.loads(builtin_copy.read_text(encoding="utf-8"))
    assert saved["status"] == "ready"


def test_f8_goes_through_errors_then_warnings_and_skips_teacher_verified_notes(editor, qtbot, builtin_copy):
    _without_wrong_feedback(builtin_copy)
    w = editor
    open_and_wait(qtbot, w, builtin_copy)
    w.question_panel.list.setCurrentRow(9)
    type_into(qtbot, w.question_editor.forms[w.data["questions"][9]["type"]].id_edit, "kw-001")
    wait_checked(qtbot, w)
    gone_to = []
    for _ in range(4):
        qtbot.keyClick(w.focusWidget() or w, Qt.Key.Key_F8)
        gone_to.append(item_texts(w.problems.list)[w.problems.list.currentRow()])
    # from question 10: its error, then the warnings of questions 3 and 6, then round to the error again
    assert [t[:13] for t in gone_to] == ["⚠ Question 10", "△ Question 3 ", "△ Question 6 ", "⚠ Question 10"]
    # The focus is on the field to fix, and nothing in it is selected (typing does not replace it).
    focused = w.focusWidget()
    assert focused is w.question_editor.forms[w.data["questions"][9]["type"]].id_edit
    assert not focused.hasSelectedText()
    assert not any(t.startswith("ℹ") for t in gone_to)


def test_next_problem_goes_on_from_a_fixed_one_and_from_the_question_the_teacher_moved_to():
    def p(q, sev="error", msg="m"):
        return Problem(("questions", q, "prompt"), msg, severity=sev)

    problems = [p(1), p(4), p(7), p(2, "warning"), p(0, "notice")]
    assert next_problem_row(problems, None, 1) == 0
    assert next_problem_row(problems, problems[0], 1) == 1
    assert next_problem_row(problems, problems[3], 1) == 0  # round the list, past the note
    assert next_problem_row(problems, problems[0], -1) == 3
    fixed = p(4, msg="fixed meanwhile")
    assert next_problem_row(problems, fixed, 1, current_question=4) == 1  # the next one from its place on
    assert next_problem_row(problems, problems[0], 1, current_question=5) == 2  # the teacher moved to question 6
    assert next_problem_row([p(0, "notice")], None, 1) is None


def test_lint_runs_only_on_a_structurally_valid_set(builtin_copy):
    data = _without_wrong_feedback(builtin_copy)
    assert len(validate(data, lint=True).warnings) == 2 and not validate(data).warnings
    data["questions"][0]["type"] = "no such type"
    assert not validate(data, lint=True).warnings


def test_the_wheel_leaves_unfocused_fields_alone_and_points_are_one_undo_step(editor, qtbot, builtin_copy):
    from PySide6.QtCore import QPoint, QPointF
    from PySide6.QtGui import QWheelEvent
    from PySide6.QtWidgets import QApplication

    w = editor
    open_and_wait(qtbot, w, builtin_copy)
    w.question_panel.list.setCurrentRow(0)
    form = w.question_editor.currentWidget()

    def wheel(widget):
        centre = QPointF(widget.rect().center())
        event = QWheelEvent(centre, QPointF(widget.mapToGlobal(centre.toPoint())), QPoint(0, 0), QPoint(0, 120),
                            Qt.MouseButton.NoButton, Qt.KeyboardModifier.NoModifier, Qt.ScrollPhase.NoScrollPhase, False)
        QApplication.sendEvent(widget, event)

    w.question_panel.list.setFocus()
    points, difficulty = form.points_spin.value(), form.difficulty_combo.currentIndex()
    for _ in range(3):
        wheel(form.points_spin)
        wheel(form.difficulty_combo)
    assert form.points_spin.value() == points and form.difficulty_combo.currentIndex() == difficulty
    assert w.data["questions"][0].get("points", 1) == points
    assert form.points_spin.focusPolicy() == Qt.FocusPolicy.StrongFocus
    # Focused, the wheel changes Points, and a run of changes is one undo step.
    form.points_spin.setFocus()
    before = w.edits.undo_stack.count()
    for _ in range(2):
        qtbot.keyClick(form.points_spin, Qt.Key.Key_Up)
    assert w.data["questions"][0]["points"] == points + 1.0
    assert w.edits.undo_stack.count() == before + 1
    w.edits.undo_stack.undo()
    assert w.data["questions"][0].get("points", 1) == points


def test_problems_are_said_in_a_teachers_words():
    from quiz_app.ui.editor.document import (
        new_question,
        new_set_data,
        problem_list,
        problem_text,
        question_ids,
    )

    data = new_set_data("The blockade began on June 24, 1948.", "Airlift")
    data["questions"].append(new_question("numeric", "q-001", data["sources"][0]["id"]))
    data["questions"][0]["value"] = "about ten"
    data["questions"].append(new_question("ordering", "q-002", data["sources"][0]["id"]))
    data["questions"][1]["items"] = [{"text": "a"}]
    v = validate(data)
    texts = [problem_text(p, question_ids(data)) for p in v.problems] + problem_list(v.problems)
    assert "⚠ Question 1 (q-001), question text: still empty" in texts
    assert "⚠ Question 1 (q-001), number: not a number: type digits, for example 135000" in texts
    assert any(t.endswith("too few: give at least 3") for t in texts)
    for internal in ("'prompt'", "must not be empty", "unable to parse", "required field", "list should have"):
        assert not any(internal in t for t in texts), internal

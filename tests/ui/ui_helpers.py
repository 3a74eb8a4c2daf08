"""Helpers for GUI tests: write a set file, know the right answer, answer with the keyboard."""

from __future__ import annotations

import json

from PySide6.QtCore import Qt

from question_bank import textnorm as tn
from quiz_app.grading import model_response


def write_set(folder, qset_dict: dict, name: str = "set.json"):
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / name
    path.write_text(json.dumps(qset_dict, ensure_ascii=False, indent=1), encoding="utf-8")
    return path


def correct_response(presented):
    """The right answer to a presented question, in the grader's response shape."""
    return model_response(presented.question, presented.source)


def answer_by_keyboard(qtbot, window, presented, right: bool = True):
    """Answer the question on screen with the keyboard only, as a student would."""
    screen = window.question_screen
    q = presented.question
    widget = screen.input
    target = window.focusWidget() or window

    def key(k, mod=Qt.KeyboardModifier.NoModifier):
        qtbot.keyClick(window.focusWidget() or window, k, mod)

    if q.type in ("multiple_choice", "multiple_select"):
        wanted = correct_response(presented)
        wanted = wanted if isinstance(wanted, set) else {wanted}
        if not right:
            wrong = [i for i in range(len(q.choices)) if i not in wanted]
            wanted = {wrong[0]}
        for shown, original in enumerate(presented.choice_order or range(len(q.choices))):
            if original in wanted:
                key(str(shown + 1))
    elif q.type == "true_false":
        key(Qt.Key.Key_T if (q.answer == right) else Qt.Key.Key_F)
    elif q.type in ("numeric", "short_answer"):
        text = correct_response(presented) if right else "Napoleon 999999"
        # a student types on a plain keyboard (and QTest can only type ASCII)
        qtbot.keyClicks(widget.edit, tn.strip_accents(tn.typographic_to_ascii(text)))
    elif q.type == "ordering":
        goal = list(range(len(q.items))) if right else list(reversed(range(len(q.items))))
        widget.list.setFocus()
        for position, item_index in enumerate(goal):  # selection sort with Alt+Up
            current = [widget.list.item(i).data(Qt.ItemDataRole.UserRole) for i in range(widget.list.count())]
            row = current.index(item_index)
            widget.list.setCurrentRow(row)
            for _ in range(row - position):
                qtbot.keyClick(widget.list, Qt.Key.Key_Up, Qt.KeyboardModifier.AltModifier)
    elif q.type == "matching":
        for shown, combo in enumerate(widget.combos):
            left = widget.left_order[shown]
            target_right = left if right else (left + 1) % len(q.pairs)
            combo.setFocus()
            steps = combo.findData(target_right) - combo.currentIndex()
            for _ in range(steps):
                qtbot.keyClick(combo, Qt.Key.Key_Down)
    elif q.type == "cite":
        goal = correct_response(presented) if right else (correct_response(presented) + 2) % widget.list.count()
        widget.list.setFocus()
        qtbot.keyClick(widget.list, Qt.Key.Key_Home)
        for _ in range(goal):
            qtbot.keyClick(widget.list, Qt.Key.Key_Down)
    elif q.type == "cloze":
        fill_cloze_by_keyboard(qtbot, window, [g.answer if right else None for g in q.gaps])
    del target
    qtbot.keyClick(window.focusWidget() or window, Qt.Key.Key_Return)
    confirm_open_parts(qtbot, window)


def confirm_open_parts(qtbot, window):
    """When the question screen asks "Submit with parts left open?", answer "Submit anyway" by keyboard."""
    dialog = window.question_screen.confirm_dialog
    if dialog is not None:
        qtbot.waitUntil(dialog.isVisible)
        dialog.activateWindow()
        qtbot.waitUntil(dialog.isActiveWindow)
        qtbot.keyClick(dialog.focusWidget() or dialog, Qt.Key.Key_S, Qt.KeyboardModifier.AltModifier)
        qtbot.waitUntil(lambda: window.question_screen.confirm_dialog is None)
        window.activateWindow()
        qtbot.waitUntil(window.isActiveWindow)


def fill_cloze_by_keyboard(qtbot, window, answers):
    """Fill a cloze passage from its first gap with Tab, typing and the arrow keys only. ``answers``: per gap
    the text to type or the option to choose; None = a wrong one (typed nonsense, or the first wrong option)."""
    widget = window.question_screen.input
    q = widget.question
    assert window.focusWidget() is widget.inputs[0]
    for i, gap in enumerate(q.gaps):
        box = widget.inputs[i]
        assert window.focusWidget() is box, (i, window.focusWidget())
        want = answers[i]
        if gap.kind in ("short_answer", "numeric"):
            text = want if want is not None else ("999999" if gap.kind == "numeric" else "Napoleon")
            qtbot.keyClicks(box, tn.strip_accents(tn.typographic_to_ascii(text)))
        else:
            if want is None:
                want = next(o for o in widget.gap_options[i] if o != gap.answer)
            for _ in range(box.count()):
                if box.currentData() == want:
                    break
                qtbot.keyClick(box, Qt.Key.Key_Down)
            assert box.currentData() == want
        if i + 1 < len(q.gaps):
            qtbot.keyClick(box, Qt.Key.Key_Tab)

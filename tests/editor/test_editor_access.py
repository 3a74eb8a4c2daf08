"""Every control can be named by a screen reader and reached from the keyboard; file text stays plain text."""

from __future__ import annotations

from editor_helpers import open_and_wait
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractSpinBox,
    QComboBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QPlainTextEdit,
    QTabBar,
    QWidget,
)


def _unnamed_controls(root: QWidget) -> list[str]:
    out = []
    for widget in root.findChildren(QWidget):
        if isinstance(widget, QLineEdit) and isinstance(widget.parent(), QAbstractSpinBox | QComboBox):
            continue  # the inner editor of a spin box or combo box; the box itself is named
        if widget.objectName().startswith("qt_") or isinstance(widget, QTabBar):
            continue
        if isinstance(widget, QAbstractButton):
            named = bool(widget.text().replace("&", "").strip() or widget.accessibleName())
        elif isinstance(widget, QLineEdit | QPlainTextEdit | QComboBox | QAbstractSpinBox | QListWidget):
            named = bool(widget.accessibleName())
        else:
            continue
        if not named:
            out.append(f"{type(widget).__name__} {widget.objectName()!r} under {type(widget.parent()).__name__}")
    return out


def test_every_control_has_an_accessible_name(editor, qtbot, builtin_copy):
    w = editor
    assert _unnamed_controls(w) == []
    open_and_wait(qtbot, w, builtin_copy)
    for qtype in ("multiple_choice", "true_false", "numeric", "short_answer", "ordering", "matching", "cite"):
        row = next(i for i, q in enumerate(w.data["questions"]) if q["type"] == qtype)
        w.question_panel.list.setCurrentRow(row)
    assert _unnamed_controls(w) == []


def test_text_from_the_file_is_never_read_as_html(editor, qtbot, builtin_copy):
    import json

    data = json.loads(builtin_copy.read_text(encoding="utf-8"))
    data["questions"][0]["prompt"] = "<b>bold</b> & <img src=x>"
    data["sources"][0]["title"] = "<i>Source</i>"
    data["questions"][1]["evidence"]["quote"] = "<b>not in the text</b>"
    builtin_copy.write_text(json.dumps(data), encoding="utf-8")
    w = editor
    open_and_wait(qtbot, w, builtin_copy)
    assert w.question_panel.list.row_text(0).startswith("1. <b>bold</b> & <img src=x>")
    assert w.question_editor.forms["multiple_choice"].prompt_edit.toPlainText() == "<b>bold</b> & <img src=x>"
    labels = [label for label in w.findChildren(QLabel) if "<" in label.text()]
    assert labels and all(label.textFormat() == Qt.TextFormat.PlainText for label in labels)
    # A tooltip quoting the file escapes it inside markup of our own (Qt would guess it is HTML).
    tip = w.question_panel.list.row_tooltip(1)
    assert "&lt;b&gt;not in the text&lt;/b&gt;" in tip and "<b>" not in tip


def test_the_panes_are_reachable_from_the_keyboard(editor, qtbot, builtin_copy):
    w = editor
    open_and_wait(qtbot, w, builtin_copy)
    for key, target in ((Qt.Key.Key_3, w.source_pane.text_view), (Qt.Key.Key_4, w.problems.list),
                        (Qt.Key.Key_1, w.question_panel.list), (Qt.Key.Key_2, w.question_editor.forms["multiple_choice"].prompt_edit)):
        qtbot.keyClick(w.focusWidget() or w, key, Qt.KeyboardModifier.ControlModifier)
        assert target.hasFocus(), key
    # F8 goes to the next unresolved problem: this set has only teacher-verified notes, so there is none.
    focused = w.focusWidget()
    qtbot.keyClick(focused, Qt.Key.Key_F8)
    assert w.focusWidget() is focused
    assert "Nothing to fix" in w.statusBar().currentMessage()


def test_panes_arrange_by_the_room_they_have():
    from quiz_app.ui.editor.panes import choose_arrangement

    # narrowest widths: list 200, form 300, source 300; a line of text is 20 pixels high
    assert choose_arrangement(1000, 700, 200, 300, 300, 20) == "columns"
    assert choose_arrangement(700, 900, 200, 300, 300, 20) == "stacked"  # two columns fit, and it is tall
    assert choose_arrangement(700, 700, 200, 300, 300, 20) == "tabs"  # two fit, but not tall enough to stack
    assert choose_arrangement(400, 900, 200, 300, 300, 20) == "tabs"


def test_a_small_window_shows_one_pane_at_a_time_and_a_large_one_all_three(editor, qtbot, builtin_copy):
    w = editor
    open_and_wait(qtbot, w, builtin_copy)
    w.resize(480, 360)
    qtbot.waitUntil(lambda: w.pages.currentWidget() is w.panes.compact, timeout=5000)
    assert w.panes.mode == "tabs" and w.panes.compact.isVisible() and not w.panes.workspace.isVisible()
    w.menus.by_name["go_source"].trigger()  # the keys still reach every pane: Ctrl+3 shows the source text
    assert w.panes.compact.currentIndex() == 2 and w.source_pane.text_view.isVisible()
    w.resize(1400, 900)
    qtbot.waitUntil(lambda: w.pages.currentWidget() is w.panes.workspace, timeout=5000)
    assert w.panes.mode == "columns" and w.question_panel.list.isVisible() and w.source_pane.text_view.isVisible()

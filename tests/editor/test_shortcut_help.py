"""The shortcut help is written from the actions: it names each action's keys as they are now."""

from __future__ import annotations

from PySide6.QtGui import QAction, QKeySequence

from quiz_app.ui.widgets.shortcut_help import plain_text, set_help_name, shortcut_help_text, shortcut_lines


def _entries(help_text: str, group: str) -> list[str]:
    line = next(line for line in help_text.splitlines() if line.startswith(f"{group}: "))
    return line.removeprefix(f"{group}: ").split(" · ")


def test_menu_texts_lose_their_mnemonics_and_ellipsis():
    assert plain_text("Save &as…") == "Save as"
    assert plain_text("&Research && development") == "Research & development"


def test_lines_name_each_action_with_its_shortcuts(qapp):
    save_as = QAction("Save &as…")
    save_as.setShortcut(QKeySequence("Ctrl+Shift+S"))
    redo = QAction("&Redo Edit the prompt")
    redo.setShortcuts([QKeySequence("Ctrl+Shift+Z"), QKeySequence("Ctrl+Y")])
    set_help_name(redo, "Redo")
    no_keys = QAction("Add a &source text…")
    separator = QAction()
    separator.setSeparator(True)
    assert shortcut_lines([save_as, separator, no_keys, redo]) == ["Ctrl+Shift+S Save as",
                                                                    "Ctrl+Shift+Z / Ctrl+Y Redo"]
    save_as.setShortcut(QKeySequence("Ctrl+Alt+S"))
    assert shortcut_lines([save_as]) == ["Ctrl+Alt+S Save as"]
    text = shortcut_help_text([("&File", [save_as]), ("&Tools", [no_keys])], ["In a list: Delete discards."])
    assert text == "File: Ctrl+Alt+S Save as\nIn a list: Delete discards."


def test_the_editors_help_follows_a_changed_shortcut(editor, qtbot):
    w = editor
    w.menus.by_name["keys"].trigger()
    shown = w.message_dialog.text()
    assert w.message_dialog.isVisible() and shown == w.shortcut_help()
    assert "Ctrl+S Save" in _entries(shown, "File")
    assert "Ctrl+Shift+G Suggest questions from the source" in _entries(shown, "Edit")
    assert "Ctrl+Z Undo" in _entries(shown, "Edit")  # by its name, not by what it would undo
    w.message_dialog.close()

    w.menus.by_name["save"].setShortcut(QKeySequence("Ctrl+Alt+W"))
    w.menus.by_name["keys"].trigger()
    entries = _entries(w.message_dialog.text(), "File")
    assert "Ctrl+Alt+W Save" in entries and "Ctrl+S Save" not in entries

"""The "Keyboard shortcuts" help, written from the actions themselves, so it always says what the keys do.

A window passes its actions (grouped as its menus are) and, for keys that belong to no action (a list's
Delete, typing in an answer box), a few lines of its own. Each action is shown by its text without the
mnemonic ``&`` and its shortcuts in the platform's own words (Ctrl+S; ⌘S on a Mac).
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction, QKeySequence

#: The dynamic property that names an action in the help when its text changes (Undo says what it undoes).
HELP_NAME = "shortcutHelpName"

_MNEMONIC = re.compile(r"&(.)")


def plain_text(text: str) -> str:
    """A menu text in words: the mnemonic marks gone ("Save &as…" -> "Save as", "R&&D" -> "R&D")."""
    return _MNEMONIC.sub(r"\1", text).rstrip("…").rstrip(".").strip()


def set_help_name(action: QAction, name: str) -> None:
    """Name ``action`` in the help by ``name`` rather than by its (changing) text."""
    action.setProperty(HELP_NAME, name)


def action_name(action: QAction) -> str:
    name = action.property(HELP_NAME)
    return str(name) if name else plain_text(action.text())


def shortcut_lines(actions: Iterable[QAction]) -> list[str]:
    """One "Ctrl+S Save" entry per action that has a shortcut (separators and key-less actions left out);
    several shortcuts of one action are joined by " / "."""
    lines = []
    for action in actions:
        if action.isSeparator() or not action.isVisible():
            continue
        keys = [k.toString(QKeySequence.SequenceFormat.NativeText) for k in action.shortcuts() if not k.isEmpty()]
        if keys:
            lines.append(f"{' / '.join(keys)} {action_name(action)}")
    return lines


def shortcut_help_text(groups: Iterable[tuple[str, Iterable[QAction]]], extra: Iterable[str] = ()) -> str:
    """The help: a line per group ("File: Ctrl+N New set · Ctrl+O Open…"), then the ``extra`` lines.
    A group whose actions have no shortcut is left out."""
    lines = []
    for title, actions in groups:
        entries = shortcut_lines(actions)
        if entries:
            lines.append(QCoreApplication.translate("shortcut_help", "{menu}: {keys}").format(
                menu=plain_text(title), keys=" · ".join(entries)))
    lines.extend(extra)
    return "\n".join(lines)

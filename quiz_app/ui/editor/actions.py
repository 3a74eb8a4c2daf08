"""The editor's menus, shortcuts and toolbar: one table of actions (data), built once into a window.

``ACTIONS`` says, for each action, its menu, its words and its keys; ``action_states`` says which actions
can be used with the set as it is. The window gives a slot for each name (``EditorMenus(..., slots)``).
The shortcut help is written from the menus as they are (see ``widgets/shortcut_help.py``).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import NamedTuple

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence, QUndoStack
from PySide6.QtWidgets import QMainWindow, QMenu, QToolBar, QWidget

from ..widgets.shortcut_help import set_help_name, shortcut_help_text

Key = str | QKeySequence.StandardKey


class EditorAction(NamedTuple):
    name: str
    menu: str
    text: str
    keys: tuple[Key, ...]
    #: True: the keys work only while the list of questions has the focus (Delete must not delete a question
    #: while the teacher types in a field).
    in_question_list: bool = False


_NEW, _OPEN, _SAVE = QKeySequence.StandardKey.New, QKeySequence.StandardKey.Open, QKeySequence.StandardKey.Save
_PRINT, _CLOSE = QKeySequence.StandardKey.Print, QKeySequence.StandardKey.Close

ACTIONS: tuple[EditorAction, ...] = (
    EditorAction("new", "&File", "&New set…", (_NEW,)),
    EditorAction("open", "&File", "&Open a set or import…", (_OPEN,)),
    EditorAction("save", "&File", "&Save", (_SAVE,)),
    EditorAction("save_as", "&File", "Save &as…", ("Ctrl+Shift+S",)),
    EditorAction("try", "&File", "&Try as a student", ("Ctrl+T",)),
    EditorAction("print", "&File", "&Print a worksheet or answer key…", (_PRINT,)),
    EditorAction("close", "&File", "&Close the editor", (_CLOSE,)),
    EditorAction("add", "&Edit", "Add a &question", ("Ctrl+Shift+N",)),
    EditorAction("duplicate", "&Edit", "&Duplicate the question", ("Ctrl+D",)),
    EditorAction("delete", "&Edit", "De&lete the question", ("Delete",), in_question_list=True),
    EditorAction("move_up", "&Edit", "Move the question &up", ("Alt+Up",), in_question_list=True),
    EditorAction("move_down", "&Edit", "Move the question do&wn", ("Alt+Down",), in_question_list=True),
    EditorAction("add_source", "&Edit", "Add a &source text…", ()),
    EditorAction("suggest", "&Edit", "Su&ggest evidence", ("Ctrl+Shift+E",)),
    EditorAction("suggest_questions", "&Edit", "Suggest questions &from the source…", ("Ctrl+Shift+G",)),
    EditorAction("find", "&Bank", "&Find questions", ("Ctrl+F",)),
    EditorAction("change_selected", "&Bank", "&Change the selected questions…", ("Ctrl+Shift+M",)),
    EditorAction("copy_to_set", "&Bank", "C&opy the selected questions to another set…", ()),
    EditorAction("move_to_set", "&Bank", "&Move the selected questions to another set…", ()),
    EditorAction("find_duplicates", "&Bank", "Find &duplicate questions", ()),
    EditorAction("next_problem", "&Go", "&Next problem", ("F8",)),
    EditorAction("previous_problem", "&Go", "&Previous problem", ("Shift+F8",)),
    EditorAction("go_list", "&Go", "The &questions", ("Ctrl+1",)),
    EditorAction("go_form", "&Go", "The question &form", ("Ctrl+2",)),
    EditorAction("go_source", "&Go", "The &source text", ("Ctrl+3",)),
    EditorAction("go_problems", "&Go", "The list of p&roblems", ("Ctrl+4",)),
    EditorAction("keys", "&Help", "&Keyboard shortcuts", (QKeySequence.StandardKey.HelpContents,)),
)
#: The menu that starts with Undo and Redo.
UNDO_MENU = "&Edit"
#: Keys that belong to no menu action, for the shortcut help.
OTHER_KEYS = (
    "Deleting and moving a question work when the list of questions has the focus.",
    "In the list of suggested questions: Delete discards the draft.",
    "In the source text: select words with Shift and the arrow keys to make them the evidence.",
)
#: Actions that need an open set; those that need a selected question.
_NEED_SET = ("save", "save_as", "try", "add", "add_source", "suggest_questions", "next_problem", "previous_problem",
             "find", "find_duplicates")
#: Actions on the questions selected in the list (one or more)
_NEED_SELECTION = ("change_selected", "copy_to_set", "move_to_set")
_NEED_QUESTION = ("duplicate", "delete", "suggest")


def action_states(has_set: bool, current: int, count: int) -> dict[str, bool]:
    """Which actions can be used: ``has_set`` while a set is being edited, ``current`` the selected question
    (-1: none) of ``count``. Actions not named here can always be used."""
    has_question = has_set and 0 <= current < count
    states = (dict.fromkeys(_NEED_SET, has_set) | dict.fromkeys(_NEED_QUESTION, has_question)
              | dict.fromkeys(_NEED_SELECTION, has_question))
    states["move_up"] = has_question and current > 0
    states["move_down"] = has_question and current < count - 1
    return states


class EditorMenus:
    """The menus, shortcuts and toolbar of ``window``, built from ``ACTIONS``; ``slots`` maps each name to
    what it does. Undo and Redo come from the undo stack: their text says what they undo."""

    def __init__(self, window: QMainWindow, undo_stack: QUndoStack, slots: Mapping[str, Callable[[], object]],
                 question_list: QWidget):
        self.undo_action = undo_stack.createUndoAction(window, "&Undo")
        self.undo_action.setShortcut(QKeySequence("Ctrl+Z"))
        self.undo_action.setAutoRepeat(True)
        self.redo_action = undo_stack.createRedoAction(window, "&Redo")
        self.redo_action.setShortcuts([QKeySequence("Ctrl+Shift+Z"), QKeySequence("Ctrl+Y")])
        set_help_name(self.undo_action, "Undo")  # the help says what they are, not what they would undo
        set_help_name(self.redo_action, "Redo")
        #: menu title -> menu, in the menu bar's order (the shortcut help follows it)
        self.menus: dict[str, QMenu] = {}
        self.by_name: dict[str, QAction] = {}
        for spec in ACTIONS:
            menu = self.menus.get(spec.menu)
            if menu is None:
                menu = self.menus[spec.menu] = window.menuBar().addMenu(spec.menu)
                if spec.menu == UNDO_MENU:
                    menu.addActions([self.undo_action, self.redo_action])
                    menu.addSeparator()
                    window.addActions([self.undo_action, self.redo_action])
            action = QAction(spec.text, window)
            action.setShortcuts([QKeySequence(k) for k in spec.keys])
            action.setAutoRepeat(False)
            action.triggered.connect(lambda _checked=False, slot=slots[spec.name]: slot())
            if spec.in_question_list:
                action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
                question_list.addAction(action)
            else:
                window.addAction(action)
            menu.addAction(action)
            self.by_name[spec.name] = action
        self.toolbar = self._build_toolbar(window, undo_stack)

    def _build_toolbar(self, window: QMainWindow, undo_stack: QUndoStack) -> QToolBar:
        toolbar = window.addToolBar("Set")
        toolbar.setObjectName("editorToolbar")
        toolbar.setMovable(False)
        toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        # The toolbar keeps short, steady labels; the menu's Undo/Redo say what they undo.
        undo, redo = QAction("Undo", window), QAction("Redo", window)
        undo.triggered.connect(undo_stack.undo)
        redo.triggered.connect(undo_stack.redo)
        undo_stack.canUndoChanged.connect(undo.setEnabled)
        undo_stack.canRedoChanged.connect(redo.setEnabled)
        undo.setEnabled(False)
        redo.setEnabled(False)
        toolbar.addActions([self.by_name["save"], undo, redo, self.by_name["try"], self.by_name["next_problem"]])
        return toolbar

    def enable(self, states: Mapping[str, bool]) -> None:
        for name, enabled in states.items():
            self.by_name[name].setEnabled(enabled)

    def shortcut_help(self) -> str:
        """The keyboard shortcuts, from the menus' actions as they are now."""
        return shortcut_help_text([(menu.title(), menu.actions()) for menu in self.menus.values()], OTHER_KEYS)


__all__ = ["ACTIONS", "OTHER_KEYS", "EditorAction", "EditorMenus", "action_states"]

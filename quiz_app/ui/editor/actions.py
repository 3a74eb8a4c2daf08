"""The editor's menus, shortcuts and toolbar: one table of actions (data), built once into a window.

``ACTIONS`` says, for each action, its menu, its words and its keys; ``action_states`` says which actions
can be used with the set as it is. The window gives a slot for each name (``EditorMenus(..., slots)``).
The shortcut help is written from the menus as they are (see ``widgets/shortcut_help.py``).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import NamedTuple

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction, QKeySequence, QUndoStack
from PySide6.QtWidgets import QMainWindow, QMenu, QToolBar, QWidget

from question_bank.i18n import QT_TRANSLATE_NOOP

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
    EditorAction("new", QT_TRANSLATE_NOOP("EditorMenus", "&File"), QT_TRANSLATE_NOOP("EditorMenus", "&New set…"), (_NEW,)),
    EditorAction("open", QT_TRANSLATE_NOOP("EditorMenus", "&File"), QT_TRANSLATE_NOOP("EditorMenus", "&Open a set or import…"), (_OPEN,)),
    EditorAction("save", QT_TRANSLATE_NOOP("EditorMenus", "&File"), QT_TRANSLATE_NOOP("EditorMenus", "&Save"), (_SAVE,)),
    EditorAction("save_as", QT_TRANSLATE_NOOP("EditorMenus", "&File"), QT_TRANSLATE_NOOP("EditorMenus", "Save &as…"), ("Ctrl+Shift+S",)),
    EditorAction("try", QT_TRANSLATE_NOOP("EditorMenus", "&File"), QT_TRANSLATE_NOOP("EditorMenus", "&Try as a student"), ("Ctrl+T",)),
    EditorAction("print", QT_TRANSLATE_NOOP("EditorMenus", "&File"), QT_TRANSLATE_NOOP("EditorMenus", "&Print a worksheet or answer key…"), (_PRINT,)),
    EditorAction("close", QT_TRANSLATE_NOOP("EditorMenus", "&File"), QT_TRANSLATE_NOOP("EditorMenus", "&Close the editor"), (_CLOSE,)),
    EditorAction("add", QT_TRANSLATE_NOOP("EditorMenus", "&Edit"), QT_TRANSLATE_NOOP("EditorMenus", "Add a &question"), ("Ctrl+Shift+N",)),
    EditorAction("duplicate", QT_TRANSLATE_NOOP("EditorMenus", "&Edit"), QT_TRANSLATE_NOOP("EditorMenus", "&Duplicate the question"), ("Ctrl+D",)),
    EditorAction("delete", QT_TRANSLATE_NOOP("EditorMenus", "&Edit"), QT_TRANSLATE_NOOP("EditorMenus", "De&lete the question"), ("Delete",), in_question_list=True),
    EditorAction("move_up", QT_TRANSLATE_NOOP("EditorMenus", "&Edit"), QT_TRANSLATE_NOOP("EditorMenus", "Move the question &up"), ("Alt+Up",), in_question_list=True),
    EditorAction("move_down", QT_TRANSLATE_NOOP("EditorMenus", "&Edit"), QT_TRANSLATE_NOOP("EditorMenus", "Move the question do&wn"), ("Alt+Down",), in_question_list=True),
    EditorAction("add_source", QT_TRANSLATE_NOOP("EditorMenus", "&Edit"), QT_TRANSLATE_NOOP("EditorMenus", "Add a &source text…"), ()),
    EditorAction("suggest", QT_TRANSLATE_NOOP("EditorMenus", "&Edit"), QT_TRANSLATE_NOOP("EditorMenus", "Su&ggest evidence"), ("Ctrl+Shift+E",)),
    EditorAction("suggest_questions", QT_TRANSLATE_NOOP("EditorMenus", "&Edit"), QT_TRANSLATE_NOOP("EditorMenus", "Suggest questions &from the source…"), ("Ctrl+Shift+G",)),
    EditorAction("find", QT_TRANSLATE_NOOP("EditorMenus", "&Bank"), QT_TRANSLATE_NOOP("EditorMenus", "&Find questions"), ("Ctrl+F",)),
    EditorAction("change_selected", QT_TRANSLATE_NOOP("EditorMenus", "&Bank"), QT_TRANSLATE_NOOP("EditorMenus", "&Change the selected questions…"), ("Ctrl+Shift+M",)),
    EditorAction("copy_to_set", QT_TRANSLATE_NOOP("EditorMenus", "&Bank"), QT_TRANSLATE_NOOP("EditorMenus", "C&opy the selected questions to another set…"), ()),
    EditorAction("move_to_set", QT_TRANSLATE_NOOP("EditorMenus", "&Bank"), QT_TRANSLATE_NOOP("EditorMenus", "&Move the selected questions to another set…"), ()),
    EditorAction("find_duplicates", QT_TRANSLATE_NOOP("EditorMenus", "&Bank"), QT_TRANSLATE_NOOP("EditorMenus", "Find &duplicate questions"), ()),
    EditorAction("next_problem", QT_TRANSLATE_NOOP("EditorMenus", "&Go"), QT_TRANSLATE_NOOP("EditorMenus", "&Next problem"), ("F8",)),
    EditorAction("previous_problem", QT_TRANSLATE_NOOP("EditorMenus", "&Go"), QT_TRANSLATE_NOOP("EditorMenus", "&Previous problem"), ("Shift+F8",)),
    EditorAction("go_list", QT_TRANSLATE_NOOP("EditorMenus", "&Go"), QT_TRANSLATE_NOOP("EditorMenus", "The &questions"), ("Ctrl+1",)),
    EditorAction("go_form", QT_TRANSLATE_NOOP("EditorMenus", "&Go"), QT_TRANSLATE_NOOP("EditorMenus", "The question &form"), ("Ctrl+2",)),
    EditorAction("go_source", QT_TRANSLATE_NOOP("EditorMenus", "&Go"), QT_TRANSLATE_NOOP("EditorMenus", "The &source text"), ("Ctrl+3",)),
    EditorAction("go_problems", QT_TRANSLATE_NOOP("EditorMenus", "&Go"), QT_TRANSLATE_NOOP("EditorMenus", "The list of p&roblems"), ("Ctrl+4",)),
    EditorAction("keys", QT_TRANSLATE_NOOP("EditorMenus", "&Help"), QT_TRANSLATE_NOOP("EditorMenus", "&Keyboard shortcuts"), (QKeySequence.StandardKey.HelpContents,)),
)
#: The menu that starts with Undo and Redo.
UNDO_MENU = QT_TRANSLATE_NOOP("EditorMenus", "&Edit")
#: Keys that belong to no menu action, for the shortcut help.
OTHER_KEYS = (
    QT_TRANSLATE_NOOP("EditorMenus", "Deleting and moving a question work when the list of questions has the focus."),
    QT_TRANSLATE_NOOP("EditorMenus", "In the list of suggested questions: Delete discards the draft."),
    QT_TRANSLATE_NOOP("EditorMenus", "In the source text: select words with Shift and the arrow keys to make them the evidence."),
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
        self.undo_action = undo_stack.createUndoAction(window, QCoreApplication.translate("EditorMenus", "&Undo"))
        self.undo_action.setShortcut(QKeySequence("Ctrl+Z"))
        self.undo_action.setAutoRepeat(True)
        self.redo_action = undo_stack.createRedoAction(window, QCoreApplication.translate("EditorMenus", "&Redo"))
        self.redo_action.setShortcuts([QKeySequence("Ctrl+Shift+Z"), QKeySequence("Ctrl+Y")])
        set_help_name(self.undo_action, QCoreApplication.translate("EditorMenus", "Undo"))  # the help says what they are, not what they would undo
        set_help_name(self.redo_action, QCoreApplication.translate("EditorMenus", "Redo"))
        #: menu title -> menu, in the menu bar's order (the shortcut help follows it)
        self.menus: dict[str, QMenu] = {}
        self.by_name: dict[str, QAction] = {}
        for spec in ACTIONS:
            menu = self.menus.get(spec.menu)
            if menu is None:
                menu = self.menus[spec.menu] = window.menuBar().addMenu(QCoreApplication.translate("EditorMenus", spec.menu))
                if spec.menu == UNDO_MENU:
                    menu.addActions([self.undo_action, self.redo_action])
                    menu.addSeparator()
                    window.addActions([self.undo_action, self.redo_action])
            action = QAction(QCoreApplication.translate("EditorMenus", spec.text), window)
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
        toolbar = window.addToolBar(QCoreApplication.translate("EditorMenus", "Set"))
        toolbar.setObjectName("editorToolbar")
        toolbar.setMovable(False)
        toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        # The toolbar keeps short, steady labels; the menu's Undo/Redo say what they undo.
        undo = QAction(QCoreApplication.translate("EditorMenus", "Undo"), window)
        redo = QAction(QCoreApplication.translate("EditorMenus", "Redo"), window)
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
        return shortcut_help_text([(menu.title(), menu.actions()) for menu in self.menus.values()],
                                 [QCoreApplication.translate("EditorMenus", k) for k in OTHER_KEYS])


__all__ = ["ACTIONS", "OTHER_KEYS", "EditorAction", "EditorMenus", "action_states"]

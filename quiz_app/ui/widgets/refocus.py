"""The keyboard comes back to the window a dialog was over, for every dialog of the app.

With a window manager, closing a dialog gives the keyboard back to the window under it. Without one (a kiosk-style
school session, a test screen) no window is active once a dialog closes (or Qt still counts the hidden dialog as
the active window), so a keyboard-only student's next key reached nothing: after "New student…" the student typed a
name, pressed Enter, and the start screen took no key. One hook for the whole application: a window over another
(a dialog, a message box, a file chooser) is watched from the moment it becomes the active window; when it is hidden and no
shown window has the keyboard, the window it was over is made active again. A window that merely loses the keyboard
while it stays open (the student switched to another program) is left alone: the keyboard is never taken back from
another program."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtGui import QWindow
from PySide6.QtWidgets import QApplication, QWidget
from shiboken6 import isValid

_INSTALLED = "quiz-app-refocus-installed"
_WATCHED = "quiz-app-refocus-watched"


class _Refocus(QObject):
    def __init__(self, app: QApplication):
        super().__init__(app)
        app.focusWindowChanged.connect(self._on_focus_window_changed)

    def _on_focus_window_changed(self, handle: QWindow | None) -> None:
        window = QApplication.activeWindow()
        if handle is None or window is None or window.windowHandle() is not handle:
            return
        parent = window.parentWidget()
        if parent is None:
            return
        if not window.isVisible():
            # made active only once already hidden (a box answered within a moment of showing)
            QTimer.singleShot(0, self, lambda: self._give_back(window, parent.window()))
            return
        if window.property(_WATCHED):
            return
        window.setProperty(_WATCHED, True)
        window.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Hide and isinstance(watched, QWidget) and watched.isWindow():
            parent = watched.parentWidget()
            if parent is not None:
                under = parent.window()
                # a moment later: another window may yet take the keyboard on its own
                QTimer.singleShot(0, self, lambda: self._give_back(watched, under))
        return False

    @staticmethod
    def _give_back(left: QWidget, under: QWidget) -> None:
        if isValid(left) and left.isVisible():
            return  # shown again
        if not isValid(under) or not under.isVisible():
            return
        active = QApplication.activeWindow()
        if active is not None and isValid(active) and active.isVisible():
            return  # another window took it
        modal = QApplication.activeModalWidget()
        if modal is not None and modal.isVisible():
            modal.activateWindow()  # a box opened meanwhile (asked again at once): it has the keyboard
        else:
            under.activateWindow()


def keep_keyboard_after_dialogs(app: QApplication) -> None:
    """Install the hook once per application (later calls do nothing)."""
    if app.property(_INSTALLED):
        return
    app.setProperty(_INSTALLED, True)
    _Refocus(app)

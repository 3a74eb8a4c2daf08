"""Create the QApplication, apply settings, show the main window."""

from __future__ import annotations

import sys
from importlib import resources

from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QWidget

APP_NAME = "History Quiz"


def app_icon() -> QIcon:
    icons = resources.files("quiz_app.assets") / "icons"
    icon = QIcon()
    for name in ("history-quiz.svg", "history-quiz-256.png", "history-quiz-64.png"):
        with resources.as_file(icons / name) as path:
            icon.addFile(str(path))
    return icon


def make_application(argv: list[str] | None = None) -> QApplication:
    existing = QApplication.instance()
    if existing is None:
        app = QApplication(argv if argv is not None else sys.argv[:1])
    else:
        # This is a widgets app: any application object already running must be a QApplication.
        assert isinstance(existing, QApplication), "a non-widget QCoreApplication is already running"
        app = existing
    QCoreApplication.setOrganizationName("HistoryQuiz")
    QCoreApplication.setApplicationName("history-quiz")
    app.setApplicationDisplayName(APP_NAME)
    app.setDesktopFileName("history-quiz")
    app.setWindowIcon(app_icon())
    return app


def data_dir_problem(data_dir: str | None) -> str | None:
    """Plain words for a data dir that cannot be created or used (a file in the way, a read-only system
    folder), or None when it is fine."""
    from .. import paths

    try:
        paths.data_dir(data_dir)
    except OSError as exc:
        where = exc.filename or data_dir or QCoreApplication.translate("app", "your user data folder")
        reason = (QCoreApplication.translate("app", "you do not have permission to create it") if isinstance(exc, PermissionError)
                  else QCoreApplication.translate("app", "a file with that name is in the way") if isinstance(exc, (FileExistsError, NotADirectoryError))
                  else exc.strerror or str(exc))
        return (QCoreApplication.translate("app", "History Quiz cannot use the folder {where} for its scores and settings: {reason}.\n"
                "Choose another folder with --data-dir, or ask your school's IT support.").format(where=where, reason=reason))
    return None


def _self_test(window: QWidget, start_screen: QWidget) -> None:
    """``--self-test``: exit 0 once the start screen is shown and paints, else 3 (install checks use it)."""
    shown = window.isVisible() and start_screen.isVisible() and not window.grab().isNull()
    print("History Quiz self-test: " + ("the start screen is shown." if shown else "the start screen did not show."))
    QApplication.exit(0 if shown else 3)


def run(data_dir: str | None = None, set_file: str | None = None, self_test: bool = False) -> int:
    app = make_application()
    problem = data_dir_problem(data_dir)
    if problem is not None:
        # Said in words on the terminal and in a window; never a traceback.
        print(problem, file=sys.stderr)
        from PySide6.QtWidgets import QMessageBox

        QMessageBox.critical(None, APP_NAME, problem)
        return 2
    from .main_window import MainWindow

    window = MainWindow.open_for(data_dir)
    window.show()
    window.raise_()
    window.activateWindow()
    if set_file:
        window.open_set_file(set_file)
    if self_test:
        QTimer.singleShot(0, lambda: _self_test(window, window.start_screen))
    code = app.exec()
    from .workers import wait_for_background

    wait_for_background()
    window.store.close()
    return code

"""Create the QApplication, apply settings, show the main window."""

from __future__ import annotations

import sys
from importlib import resources

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication

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


def run(data_dir: str | None = None, set_file: str | None = None) -> int:
    app = make_application()
    from .main_window import MainWindow

    window = MainWindow.open_for(data_dir)
    window.show()
    window.raise_()
    window.activateWindow()
    if set_file:
        window.open_set_file(set_file)
    code = app.exec()
    from .workers import wait_for_background

    wait_for_background()
    window.store.close()
    return code

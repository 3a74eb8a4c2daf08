"""GUI fixtures: a main window on a temporary data dir, with one student, sets loaded."""

from __future__ import annotations

import pytest

from question_bank.loading import load_builtin
from quiz_app.scores import ScoreStore
from quiz_app.ui.workers import wait_for_background


@pytest.fixture
def make_window(qtbot, data_dir):
    """Open a main window (as the app does) on the test's data dir; sets are loaded before it returns."""
    from quiz_app.ui.app import make_application
    from quiz_app.ui.main_window import MainWindow

    make_application()
    windows = []

    def _make(student: str | None = "Mina", extra_time: float = 1.0):
        if student is not None:
            store = ScoreStore.open(data_dir)
            if store.profile_by_name(student) is None:
                store.create_profile(student, extra_time)
            store.close()
        window = MainWindow.open_for(str(data_dir))
        qtbot.addWidget(window)
        window.show()
        window.activateWindow()
        qtbot.waitUntil(window.isActiveWindow, timeout=5000)
        qtbot.waitUntil(lambda: window.start_screen.set_list.count() > 0 and not window.start_screen.busy.isVisible(),
                        timeout=10000)
        windows.append(window)
        return window

    yield _make
    for w in windows:
        w.player.stop()  # an unfinished round stays "in progress" in the store, as when the app is closed
        w.close()
        w.store.close()
    wait_for_background()


@pytest.fixture(scope="session")
def builtin_set():
    return load_builtin().question_set


@pytest.fixture
def restore_look():
    """Theme and text size are the whole application's: put them back after the test."""
    yield
    from PySide6.QtWidgets import QApplication

    from quiz_app.ui.theme import apply_theme

    app = QApplication.instance()
    assert isinstance(app, QApplication)
    apply_theme(app, "light", 1.0)

"""Shared fixtures: every test gets its own data dir; no test may leave a thread, a Qt pool job or a
widget's timer running (a leaked job or timer fires into the next test and fails it at random)."""

from __future__ import annotations

import os
import sys
import threading
from collections.abc import Collection
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

pytest_plugins = ["pytester"]  # tests/ui/test_leak_checks.py runs a leaking test to see it fail

SOURCE_DIR = Path(__file__).resolve().parent.parent / "question_bank" / "banks"


@pytest.fixture(autouse=True)
def _isolated_data_dir(tmp_path_factory, monkeypatch):
    """Point the app's data dir (and Qt's settings) at a temporary folder: tests never touch the real one."""
    data = tmp_path_factory.mktemp("data")
    monkeypatch.setenv("QUIZ_APP_DATA_DIR", str(data))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(data / "config"))
    monkeypatch.setenv("XDG_DATA_HOME", str(data / "xdg-data"))
    # no shared sets folder and no school config file unless a test sets one (the machine's own never leaks in)
    monkeypatch.delenv("QUIZ_APP_SHARED_SETS", raising=False)
    monkeypatch.setenv("QUIZ_APP_CONFIG", str(data / "no-school-config.json"))
    # the words tests look for are English, whatever the language of the machine running them
    monkeypatch.setenv("QUIZ_APP_LANGUAGE", "en")
    yield data


@pytest.fixture(scope="session")
def qapp(qapp):
    """pytest-qt's application, in English with its plural forms ("1 question", "2 questions"), as the app
    is from its start whatever the language of the machine running the tests."""
    from quiz_app.ui.app import install_translations

    install_translations(qapp, "en")
    return qapp


@pytest.fixture(autouse=True)
def _no_dangling_threads():
    before = {t.ident for t in threading.enumerate()}
    yield
    leftover = [t for t in threading.enumerate() if t.ident not in before and t.is_alive() and not t.daemon]
    for t in leftover:
        t.join(timeout=5)
    still = [t.name for t in leftover if t.is_alive()]
    assert not still, f"test left threads running: {still}"


def _running_widget_timers() -> dict[int, str]:
    """Active repeating QTimers owned by live widgets, by their C++ address (single-shot timers are
    Qt's own, for tooltips and animations, or end by themselves)."""
    if "PySide6.QtWidgets" not in sys.modules:  # a test that never touched Qt cannot have left Qt running
        return {}
    import shiboken6
    from PySide6.QtCore import QEvent, QTimer
    from PySide6.QtWidgets import QApplication

    if QApplication.instance() is None:
        return {}
    # Widgets closed with deleteLater() are gone once the event loop runs again: let it delete them.
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    running = {}
    for widget in QApplication.allWidgets():
        for timer in widget.findChildren(QTimer):
            if timer.isActive() and not timer.isSingleShot():
                name = timer.objectName() or "a QTimer"
                running[shiboken6.getCppPointer(timer)[0]] = (
                    f"{name} of {type(widget).__name__} ({timer.interval()} ms) is still running")
    return running


def qt_leaks(wait_ms: int = 2000, running_before: Collection[int] = ()) -> list[str]:
    """What is still running in Qt: global thread-pool jobs (after waiting ``wait_ms`` for them) and
    active repeating QTimers owned by live widgets, except those in ``running_before``.
    Empty when no QApplication exists."""
    if "PySide6.QtWidgets" not in sys.modules:
        return []
    from PySide6.QtCore import QThreadPool
    from PySide6.QtWidgets import QApplication

    if QApplication.instance() is None:
        return []
    leaks = []
    pool = QThreadPool.globalInstance()
    if not pool.waitForDone(wait_ms):
        leaks.append(f"{pool.activeThreadCount()} QThreadPool job(s) still running after {wait_ms} ms")
    leaks += [text for key, text in _running_widget_timers().items() if key not in running_before]
    return leaks


@pytest.fixture(autouse=True)
def _no_dangling_qt_work():
    before = set(_running_widget_timers())  # a leak is blamed on the test that made it, not on every later one
    yield
    leaks = qt_leaks(running_before=before)
    assert not leaks, f"test left Qt work running: {leaks}"


@pytest.fixture
def find_qt_leaks():
    """The leak check itself, for the tests that prove it finds leaks."""
    return qt_leaks


@pytest.fixture
def data_dir(_isolated_data_dir) -> Path:
    return _isolated_data_dir


@pytest.fixture(scope="session")
def korean_war_source() -> str:
    return (Path(__file__).resolve().parent / "data" / "korean-war-1950.txt").read_text(encoding="utf-8")

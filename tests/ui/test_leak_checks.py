"""The leak checks of tests/conftest.py find what they are meant to find (a check that cannot fail is worthless)."""

from __future__ import annotations

import threading
from pathlib import Path

import pytest
from PySide6.QtCore import QThreadPool, QTimer
from PySide6.QtWidgets import QWidget

CONFTEST = Path(__file__).resolve().parent.parent / "conftest.py"


def test_a_repeating_timer_of_a_live_widget_is_a_leak(qtbot, find_qt_leaks):
    widget = QWidget()
    qtbot.addWidget(widget)
    timer = QTimer(widget)
    timer.setObjectName("autosave timer")
    timer.start(1000)
    try:
        assert find_qt_leaks() == ["autosave timer of QWidget (1000 ms) is still running"]
    finally:
        timer.stop()
    assert find_qt_leaks() == []


def test_a_single_shot_timer_ends_by_itself_and_is_not_a_leak(qtbot, find_qt_leaks):
    widget = QWidget()
    qtbot.addWidget(widget)
    timer = QTimer(widget)
    timer.setSingleShot(True)
    timer.start(60_000)
    assert find_qt_leaks() == []
    timer.stop()


def test_a_running_pool_job_is_a_leak(qtbot, find_qt_leaks):
    release = threading.Event()
    started = threading.Event()

    def job():
        started.set()
        release.wait(10)

    pool = QThreadPool.globalInstance()
    pool.start(job)
    try:
        assert started.wait(5)
        assert find_qt_leaks(wait_ms=50) == ["1 QThreadPool job(s) still running after 50 ms"]
    finally:
        release.set()
        pool.waitForDone(5000)
    assert find_qt_leaks() == []


@pytest.mark.slow
def test_the_fixture_fails_a_test_that_leaves_a_timer_or_a_job_running(pytester):
    pytester.makeconftest(CONFTEST.read_text(encoding="utf-8").replace('pytest_plugins = ["pytester"]', ""))
    pytester.makepyfile(test_leaky="""
        import threading
        from PySide6.QtCore import QThreadPool, QTimer
        from PySide6.QtWidgets import QWidget

        def test_timer_left_running(qtbot):
            widget = QWidget()  # not given to qtbot, and kept: still alive after the test
            test_timer_left_running.widget = widget
            QTimer(widget).start(500)

        def test_job_left_running(qtbot):
            done = threading.Event()
            test_job_left_running.done = done
            QThreadPool.globalInstance().start(lambda: done.wait(4))

        def test_tidy(qtbot):
            widget = QWidget()
            qtbot.addWidget(widget)
            timer = QTimer(widget)
            timer.start(500)
            timer.stop()
    """)
    result = pytester.runpytest_subprocess("-p", "no:cacheprovider", "-o", "qt_api=pyside6")
    result.assert_outcomes(passed=3, errors=2)
    result.stdout.fnmatch_lines(["*test left Qt work running*QTimer of QWidget (500 ms) is still running*",
                                 "*test left Qt work running*1 QThreadPool job(s) still running after 2000 ms*"],
                                consecutive=False)

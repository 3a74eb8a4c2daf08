"""Loading jobs off the GUI thread run one at a time.

Two workers importing the loading and session modules at once (the sets loading at start while a student opens a
file) could meet inside an import cycle; Python then hands one a half-made module ("cannot import name ...") and
the start screen said "The question sets could not be loaded". Seen once in the screen-reader bus test.
"""

from __future__ import annotations

import threading
import time

from quiz_app.ui import main_window


def test_a_second_loading_job_waits_for_the_first():
    events: list[str] = []
    first_started = threading.Event()

    def first():
        events.append("first starts")
        first_started.set()
        time.sleep(0.2)
        events.append("first ends")

    def second():
        events.append("second starts")

    a = threading.Thread(target=main_window._one_at_a_time(first))
    b = threading.Thread(target=main_window._one_at_a_time(second))
    a.start()
    assert first_started.wait(5)
    b.start()
    a.join(5)
    b.join(5)
    assert events == ["first starts", "first ends", "second starts"]


def test_the_start_load_holds_the_same_lock(tmp_path):
    """The sets' listing at start takes the lock the other jobs wait on (it returns what list_sets returns)."""
    held = []

    def job():
        held.append(main_window._LOADING.locked())

    main_window._one_at_a_time(job)()
    assert held == [True]
    with main_window._LOADING:  # the start load waits while another job holds the lock
        loader = threading.Thread(target=lambda: held.append(main_window._list_and_warm([], tmp_path)))
        loader.start()
        loader.join(0.3)
        assert loader.is_alive() and len(held) == 1
    loader.join(30)
    assert len(held) == 2 and not main_window._LOADING.locked()

"""Round 14 (issue 14, start-up memory): the score store is opened at its first need, not after the first paint.

A later start lists the students and shows the chosen student's counts (last score, mistakes, "N due today, M
new") from the record the window wrote when it last closed the store (``quiz_app.scores.roster``), while the
score file is exactly as it was then. These tests hold the window to what the store itself would show, and to
the guarantees that come first: answers waiting in a journal are added at once, a round's answers are rows.
"""

from __future__ import annotations

import time

import pytest

from quiz_app.scores import ScoreStore
from quiz_app.scores.memory import MemoryState


def _window(qtbot, data_dir):
    from quiz_app.ui.app import make_application
    from quiz_app.ui.main_window import MainWindow

    make_application()
    window = MainWindow.open_for(str(data_dir))
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: window.start_screen.set_list.count() > 0 and not window.start_screen.busy.isVisible(),
                    timeout=20000)
    return window


def _shown(window) -> dict:
    screen = window.start_screen
    return {"sets": [screen.set_list.item(i).text() for i in range(screen.set_list.count())],
            "mistakes": screen.mode_buttons["review_mistakes"].text(),
            "due": screen.mode_buttons["spaced_review"].text(),
            "student": screen.profile_combo.currentText()}


def _close(window):
    from quiz_app.ui.workers import wait_for_background

    wait_for_background()
    window.close()
    window.close_store()


@pytest.fixture
def played_dir(tmp_path, qtbot):
    """A data dir where Ana has a finished scored round (one right, one wrong) and one question reviewed, on the
    first listed set; closed by the window, so that its record is written."""
    store = ScoreStore.open(tmp_path)
    for name in ("Bo", "Ana"):
        store.create_profile(name)
    store.close()
    window = _window(qtbot, tmp_path)
    set_id = window.catalogue.listed()[0][1].id
    qids = list(window.catalogue.listed()[0][1].question_ids)
    store = window.store
    ana = store.profile_by_name("Ana")
    at = time.time() - 3 * 86_400
    rid = store.start_round(ana.id, set_id, "hash", "scored", "{}", 7, qids[:2], set_title="Set", started=at)
    store.record_answer(rid, qids[0], response_json='"a"', correct=True, points=1, possible=1, seconds=2.0,
                        answered_at=at)
    store.record_answer(rid, qids[1], response_json='"b"', correct=False, points=0, possible=1, seconds=2.0,
                        answered_at=at)
    store.record_review(rid, MemoryState(qids[0], 1.0, 5.0, at + 86_400, at), 3)
    store.finish_round(rid, 1, 2)
    window.start_screen.profile_combo.setCurrentText("Ana")
    qtbot.waitUntil(lambda: window.profile_id == ana.id, timeout=5000)
    _close(window)
    return tmp_path


def test_a_later_start_shows_the_stores_counts_without_opening_it(qtbot, played_dir):
    window = _window(qtbot, played_dir)
    assert not window.store_opened
    from_record = _shown(window)
    assert from_record["student"] == "Ana"
    assert "(1)" in from_record["mistakes"]  # the wrong answer
    assert "1 due today" in from_record["due"]  # the question reviewed three days ago, due two days ago
    assert any("last score 50" in text for text in from_record["sets"])
    # what the store itself shows, once opened
    window.store  # noqa: B018 (opens it)
    window._refresh_set_list()
    assert window.store_opened and _shown(window) == from_record
    _close(window)


def test_start_opens_the_store_and_the_answer_is_a_row(qtbot, played_dir):
    window = _window(qtbot, played_dir)
    assert not window.store_opened
    window.start_screen.start_button.click()
    qtbot.waitUntil(lambda: window.store_opened and window.round is not None, timeout=20000)
    rounds_before = window.store.connection.execute("SELECT count(*) FROM rounds").fetchone()[0]
    assert rounds_before == 2  # the one played before and the one started now
    _close(window)
    store = ScoreStore.open(played_dir)
    assert store.connection.execute("SELECT count(*) FROM rounds").fetchone()[0] == 2
    store.close()


def test_a_student_whose_file_changed_since_the_close_is_read_from_the_store(qtbot, played_dir):
    store = ScoreStore.open(played_dir)  # another window adds a wrong answer after the close
    ana = store.profile_by_name("Ana")
    set_id = store.round_history(ana.id, modes=["scored"], limit=1)[0].set_id
    rid = store.start_round(ana.id, set_id, "hash", "scored", "{}", 8, ["x"], set_title="Set")
    store.finish_round(rid, 0, 1)
    store.close()
    window = _window(qtbot, played_dir)
    assert window.store_opened  # the record no longer says what the file holds
    assert any("last score 0" in text for text in _shown(window)["sets"])
    _close(window)


def test_answers_waiting_in_a_journal_open_the_store_at_once(qtbot, played_dir):
    from quiz_app.scores.roster import JOURNAL_SUFFIX

    db = next(p for p in played_dir.iterdir() if p.suffix == ".sqlite3" or p.name.endswith(".db"))
    (db.parent / (db.name + JOURNAL_SUFFIX)).write_text("", encoding="utf-8")
    from quiz_app.ui.app import make_application
    from quiz_app.ui.main_window import MainWindow

    make_application()
    window = MainWindow.open_for(str(played_dir))
    qtbot.addWidget(window)
    assert window.store_opened  # before the first paint, as before round 14
    _close(window)

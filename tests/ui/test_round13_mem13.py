"""Round 13 (issue 14, start-up memory): the start screen with its sets listed imports neither ``datetime`` (which
``sqlite3.dbapi2`` imports for its date adapters) nor the score store's CSV exports.

* the store uses the driver's C module ``_sqlite3`` (:mod:`quiz_app.scores.sqlite`): it never passes a date to a
  query nor asks for ``detect_types``, so sqlite3's default adapters and converters were never used;
* "due today" and the practice days are counted by :func:`quiz_app.scores.days.local_day`, which must be
  ``date.fromtimestamp(t).toordinal()`` exactly;
* the CSV exports are imported with the first export.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import textwrap
import time
from datetime import date, datetime
from pathlib import Path

import pytest

from quiz_app.scores import ScoreStore
from quiz_app.scores.days import local_day

ROOT = Path(__file__).resolve().parents[2]

#: modules the start screen does without, once its sets are listed
NOT_AT_START = ("datetime", "_datetime", "sqlite3", "sqlite3.dbapi2", "quiz_app.scores.exports", "csv")

#: the app as ``python -m quiz_app`` starts it; once the sets are listed and the screen at rest, the modules
CHILD = textwrap.dedent("""
    import json, sys
    import quiz_app.__main__ as entry
    entry.import_start_path()
    from quiz_app.ui import main_window

    opened = main_window.MainWindow.open_for.__func__
    def open_for(cls, data_dir=None):
        from PySide6.QtCore import QTimer
        from PySide6.QtWidgets import QApplication
        window = opened(cls, data_dir)
        waited = [0]
        def later():
            waited[0] += 1
            screen = window.start_screen
            if (screen.set_list.count() == 0 or screen.busy.isVisible()) and waited[0] < 1200:
                QTimer.singleShot(50, later)
                return
            QTimer.singleShot(500, lambda: (print(json.dumps({
                "modules": sorted(sys.modules), "sets": screen.set_list.count(),
                "students": [screen.profile_combo.itemText(i) for i in range(screen.profile_combo.count())]}), flush=True), QApplication.instance().quit()))
        QTimer.singleShot(50, later)
        return window
    main_window.MainWindow.open_for = classmethod(open_for)
    sys.exit(entry.main(sys.argv[1:]))
""")


def _start_app(data_dir: Path) -> dict:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    proc = subprocess.run([sys.executable, "-c", CHILD, "--data-dir", str(data_dir)], capture_output=True,
                          text=True, timeout=120, env=env, cwd=ROOT)
    assert proc.returncode == 0, proc.stderr
    return json.loads([line for line in proc.stdout.splitlines() if line.startswith("{")][-1])


def test_the_start_screen_with_its_sets_listed_imports_neither_datetime_nor_the_exports(tmp_path):
    store = ScoreStore.open(tmp_path)
    for name in ("Mina", "Jae-won"):
        store.create_profile(name)
    store.close()
    # the first start validates the sets and records them; with no record of the students' counts yet, it opens
    # the store for them when the sets are listed (round 14: a later start shows them from the record of the close)
    first = _start_app(tmp_path)
    assert {"quiz_app.scores.store", "quiz_app.scores.statistics", "quiz_app.round_settings", "_sqlite3"} \
        <= set(first["modules"])
    later = _start_app(tmp_path)
    assert later["sets"] > 0 and later["students"] == ["Jae-won", "Mina"]
    assert "quiz_app.round_settings" in later["modules"]
    for module in NOT_AT_START:
        assert module not in later["modules"], f"{module} is imported by the start screen"


# --------------------------------------------------------------------------- the day number

ZONES = ("UTC", "America/New_York", "Europe/Berlin", "Australia/Lord_Howe", "Pacific/Kiritimati",
         "Pacific/Pago_Pago", "Asia/Kolkata")


@pytest.fixture
def zone(request, monkeypatch):
    monkeypatch.setenv("TZ", request.param)
    time.tzset()
    yield request.param
    monkeypatch.undo()
    time.tzset()


@pytest.mark.parametrize("zone", ZONES, indirect=True)
def test_the_local_day_is_date_toordinal_on_every_day(zone):
    """Every day from 1960 to 2105 (leap years, 1900/2000/2100 rules, 1 January and 31 December), at several times
    of day and on each side of local midnight, in zones with odd offsets and daylight saving."""
    start = int(datetime(1960, 1, 1).timestamp())
    seen_days = set()
    for day in range(0, 53_000):
        noon = start + day * 86_400 + 43_200
        for offset in (-43_200, -43_199, -3_600, -1, 0, 0.5, 1, 3_600, 39_600, 43_199.999):
            t = noon + offset
            assert local_day(t) == date.fromtimestamp(t).toordinal(), (zone, t)
        seen_days.add(date.fromtimestamp(noon).toordinal())
    # the edges of years and February, by name
    for year in (1960, 1999, 2000, 2023, 2024, 2100, 2104):
        for month, dom in ((1, 1), (2, 28), (2, 29) if year % 4 == 0 and year != 2100 else (3, 1), (12, 31)):
            for hour, minute in ((0, 0), (0, 1), (23, 59)):
                t = datetime(year, month, dom, hour, minute).timestamp()
                assert local_day(t) == date(year, month, dom).toordinal() == date.fromtimestamp(t).toordinal()
    assert len(seen_days) > 52_000


def test_the_local_day_refuses_what_date_refuses():
    with pytest.raises(TypeError):
        local_day(None)  # type: ignore[arg-type]
    with pytest.raises(ValueError):
        local_day(float("nan"))
    with pytest.raises(ValueError):
        local_day(datetime(9999, 12, 31, 12).timestamp() + 3 * 86_400)  # year 10000


# --------------------------------------------------------------------------- the store without sqlite3.dbapi2

STORE_CHILD = textwrap.dedent("""
    import io, json, sys, time
    from quiz_app.scores import ScoreStore
    from quiz_app.scores.memory import MemoryState
    from quiz_app.round_settings import review_counts_of
    store = ScoreStore.open(sys.argv[1])
    p = store.create_profile("Mina")
    at = time.time()
    rid = store.start_round(p.id, "s1", "hash", "spaced_review", "{}", 7, ["q1", "q2"], set_title="Set", started=at)
    store.record_answer(rid, "q1", response_json='"a"', correct=True, points=1, possible=1, seconds=2.5,
                        answered_at=at)
    store.record_review(rid, MemoryState("q1", 3.0, 5.0, at - 10, at), 3)
    store.finish_round(rid, 1, 2)
    from quiz_app.scores import recovery
    stamped = (time.time(), recovery._stamp(), time.time())  # the name of a damaged file kept aside
    before = sorted(m for m in sys.modules if m in ("datetime", "sqlite3", "sqlite3.dbapi2", "csv",
                                                    "quiz_app.scores.exports"))
    queue = review_counts_of("s1", ["q1", "q2"], store, p.id)
    days = store.connection.execute("SELECT day FROM practice_days").fetchall()
    rounds = io.StringIO()
    store.export_rounds_csv(rounds)
    print(json.dumps({"before": before, "due": [q.id for q in queue.due], "new": [q.id for q in queue.new],
                      "days": days, "at": at, "stamped": stamped, "rounds": rounds.getvalue(),
                      "after": sorted(m for m in sys.modules if m in ("csv", "quiz_app.scores.exports"))}))
    store.close()
""")


def test_the_store_writes_and_counts_without_sqlite3_s_date_adapters(tmp_path):
    proc = subprocess.run([sys.executable, "-c", STORE_CHILD, str(tmp_path)], capture_output=True, text=True,
                          timeout=120, cwd=ROOT)
    assert proc.returncode == 0, proc.stderr
    out = json.loads(proc.stdout)
    assert out["before"] == []  # a round played, answered and reviewed: neither datetime nor sqlite3.dbapi2
    assert out["due"] == ["q1"] and out["new"] == ["q2"]
    assert out["days"] == [[date.fromtimestamp(out["at"]).toordinal()]]
    first, stamp, last = out["stamped"]  # local time, as datetime.now().strftime wrote it
    assert stamp in {datetime.fromtimestamp(t).strftime("%Y%m%d-%H%M%S") for t in (first, last)}
    assert out["after"] == ["csv", "quiz_app.scores.exports"]  # with the first export
    header, row = out["rounds"].splitlines()[:2]
    assert header.startswith("profile,set,set_title,round,mode,status,started")
    assert row.startswith("Mina,s1,Set,1,spaced_review,finished,"
                          + datetime.fromtimestamp(out["at"]).isoformat(sep=" ", timespec="seconds"))

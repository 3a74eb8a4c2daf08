"""Real processes: a round killed with SIGKILL loses nothing and resumes; two writers at once lose nothing."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from enginekit import generated_set_dict

from question_bank.loading import load_set
from quiz_app.scores import ScoreStore
from quiz_app.session import RoundSettings, resume_round, start_round

ROOT = Path(__file__).resolve().parents[2]

PLAYER = r"""
import json, sys, time
from question_bank.loading import load_set
from quiz_app.scores import ScoreStore
from quiz_app.session import RoundSettings, start_round

set_path, db, profile, rounds, count, seed, linger, pause, go = sys.argv[1:10]
loaded = load_set(set_path)
store = ScoreStore(db)
prof = store.profile_by_name(profile)
if prof is None:
    try:
        prof = store.create_profile(profile)
    except ValueError:  # the other process made it first
        prof = store.profile_by_name(profile)
print(json.dumps({"ready": True}), flush=True)
if go:  # start together with the other writer
    import os
    while not os.path.exists(go):
        time.sleep(0.005)
for r in range(int(rounds)):
    settings = RoundSettings.for_set(loaded.question_set, count=int(count), seed=int(seed) + r)
    rnd = start_round(loaded, settings, store=store, profile=prof)
    print(json.dumps({"round": rnd.round_id, "ids": [p.question.id for p in rnd.presented]}), flush=True)
    while (shown := rnd.present()) is not None:
        q = shown.question
        rnd.answer(0 if q.type == "multiple_choice" else True)
        print(json.dumps({"answered": q.id, "round": rnd.round_id}), flush=True)
        time.sleep(float(pause))
assert not store.degraded, store.warning
print(json.dumps({"done": True}), flush=True)
time.sleep(float(linger))
"""


def _spawn(set_path, db, profile, rounds, count, seed, linger=0.0, pause=0.0, go="") -> subprocess.Popen:
    proc = subprocess.Popen(
        [sys.executable, "-c", PLAYER, str(set_path), str(db), profile, str(rounds), str(count), str(seed),
         str(linger), str(pause), str(go)],
        cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=dict(os.environ))
    line = proc.stdout.readline()
    assert line and json.loads(line) == {"ready": True}, proc.stderr.read()
    return proc


@pytest.fixture
def set_file(tmp_path) -> Path:
    path = tmp_path / "generated.json"
    path.write_text(json.dumps(generated_set_dict(per_topic=10)), encoding="utf-8")
    return path


@pytest.mark.slow
@pytest.mark.parametrize("kill_after", [1, 7])
def test_sigkill_mid_round_loses_no_answer_and_resumes(set_file, data_dir, kill_after):
    db = data_dir / "scores.sqlite3"
    # a short pause between answers makes sure the kill lands mid-round, between or during commits
    proc = _spawn(set_file, db, "Crash", rounds=1, count=12, seed=5, linger=60, pause=0.08)
    header = json.loads(proc.stdout.readline())
    answered = []
    while len(answered) < kill_after:
        line = proc.stdout.readline()
        assert line, proc.stderr.read()
        answered.append(json.loads(line)["answered"])
    os.kill(proc.pid, signal.SIGKILL)  # mid-round: the child keeps answering until the signal lands
    proc.wait(timeout=10)
    assert proc.returncode == -signal.SIGKILL

    store = ScoreStore(db)
    (found,) = store.interrupted_rounds()
    assert found.id == header["round"]
    recorded = [a.question_id for a in store.round_answers(found.id)]
    assert recorded[: len(answered)] == answered  # every answer the child saw committed is there
    assert recorded == header["ids"][: len(recorded)]
    assert len(recorded) < 12, "the child was killed mid-round"

    loaded = load_set(set_file)
    rnd = resume_round(loaded, store, found.id)
    assert [p.question.id for p in rnd.presented] == header["ids"]
    assert rnd.position == len(recorded)
    while (shown := rnd.present()) is not None:
        rnd.answer(0 if shown.question.type == "multiple_choice" else True)
    assert rnd.summary().answered == 12
    assert [a.question_id for a in store.round_answers(found.id)] == header["ids"]
    assert store.round_record(found.id).status == "finished"
    assert store.interrupted_rounds() == []
    store.close()


@pytest.mark.slow
def test_a_running_window_is_not_offered_for_resume(set_file, data_dir):
    db = data_dir / "scores.sqlite3"
    proc = _spawn(set_file, db, "Live", rounds=1, count=3, seed=1, linger=60)
    try:
        json.loads(proc.stdout.readline())
        store = ScoreStore(db)
        # the child finished its round; start another round it leaves in progress by never answering
        deadline = time.monotonic() + 20
        while json.loads(proc.stdout.readline()).get("done") is None:
            assert time.monotonic() < deadline
        rid = store.start_round(store.profile_by_name("Live").id, "generated", "h", "scored", "{}", 1, [])
        store.connection.execute("UPDATE rounds SET pid = ? WHERE id = ?", (proc.pid, rid))
        other = ScoreStore(db)
        assert other.interrupted_rounds() == []  # its process is alive
        proc.kill()
        proc.wait(timeout=10)
        assert [r.id for r in other.interrupted_rounds()] == [rid]
        other.close()
        store.close()
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()


@pytest.mark.slow
def test_two_processes_writing_at_once_lose_nothing(set_file, data_dir):
    db = data_dir / "scores.sqlite3"
    # no file yet: both processes create (and agree on) the schema at the same moment
    rounds, count = 6, 20
    go = data_dir / "go"
    procs = [_spawn(set_file, db, "Shared", rounds, count, seed=s, go=go) for s in (100, 200)]
    go.write_text("go")
    outputs = [p.communicate(timeout=90) for p in procs]
    for p, (_out, err) in zip(procs, outputs, strict=True):
        assert p.returncode == 0, err
    total = 2 * rounds * count
    claimed = sum(1 for out, _ in outputs for line in out.splitlines() if "answered" in line)
    assert claimed == total
    store = ScoreStore(db)
    conn = store.connection
    assert store.answer_count() == total
    assert conn.execute("SELECT count(*) FROM rounds WHERE status = 'finished'").fetchone()[0] == 2 * rounds
    assert conn.execute("SELECT sum(answered) FROM question_progress").fetchone()[0] == total
    assert conn.execute("SELECT sum(answered) FROM question_stats").fetchone()[0] == total
    assert conn.execute("SELECT sum(answers) FROM practice_days").fetchone()[0] == total
    assert len(store.profiles()) == 1
    assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    pids = [r[0] for r in conn.execute(
        "SELECT r.pid FROM answers a JOIN rounds r ON r.id = a.round_id ORDER BY a.id")]
    assert sum(a != b for a, b in zip(pids, pids[1:], strict=False)) > 2, "the two writers did not overlap"
    store.close()


# --------------------------------------------------------------------------- faults that clear: nothing is lost

LOCK_HOLDER = r"""
import sqlite3, sys, time
conn = sqlite3.connect(sys.argv[1], isolation_level=None, timeout=30)
conn.execute("BEGIN IMMEDIATE")
print("locked", flush=True)
time.sleep(float(sys.argv[2]))
conn.execute("COMMIT")
print("released", flush=True)
"""


def _hold_write_lock(db: Path, seconds: float) -> subprocess.Popen:
    proc = subprocess.Popen([sys.executable, "-c", LOCK_HOLDER, str(db), str(seconds)], cwd=ROOT,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    assert proc.stdout.readline().strip() == "locked", proc.stderr.read()
    return proc


def _answer_everything(rnd, pause: float = 0.0) -> int:
    given = 0
    while (shown := rnd.present()) is not None:
        rnd.answer(0 if shown.question.type == "multiple_choice" else True)
        given += 1
        time.sleep(pause)
    return given


@pytest.mark.slow
def test_another_program_holding_the_write_lock_for_seconds_loses_no_answer(set_file, data_dir):
    from quiz_app.session import RoundSettings, start_round

    db = data_dir / "scores.sqlite3"
    store = ScoreStore(db, busy_timeout_ms=200)
    store.retry_seconds = 0.3
    heard: list[str] = []
    store.add_saving_listener(heard.append)
    student = store.create_profile("Locked")
    loaded = load_set(set_file)
    holder = _hold_write_lock(db, 3.0)
    given = 0
    try:
        # the lock is taken before the round starts: the round itself waits under a provisional id
        for seed in range(3):
            rnd = start_round(loaded, RoundSettings.for_set(loaded.question_set, count=20, seed=seed),
                              store=store, profile=student)
            given += _answer_everything(rnd, pause=0.02)
        assert store.saving_status == "waiting" and "not being saved" in store.warning
    finally:
        holder.wait(timeout=30)
    deadline = time.monotonic() + 15
    while store.pending_count and time.monotonic() < deadline:
        time.sleep(0.1)
    assert given == 60 and store.answer_count() == 60
    assert store.saving_status == "saving" and store.warning is None
    assert [m.split(":")[0] for m in heard] == ["Saving stopped", "Saving works again. The 60 answers that waited "
                                                "are saved."]
    assert len(store.round_history(student.id)) == 3
    store.close()


@pytest.mark.slow
def test_an_answer_given_while_another_program_holds_the_lock_returns_at_once(set_file, data_dir):
    """With the app's own timeouts (a 5 s busy timeout), an answer does not wait for the lock: it is kept
    and written when the lock is free, and the student's window never stops for it."""
    from quiz_app.scores.store import ANSWER_BUSY_TIMEOUT_MS
    from quiz_app.session import RoundSettings, start_round

    db = data_dir / "scores.sqlite3"
    store = ScoreStore(db)  # the defaults the app opens the store with
    store.retry_seconds = 0.3
    student = store.create_profile("Waiting")
    loaded = load_set(set_file)
    first = start_round(loaded, RoundSettings.for_set(loaded.question_set, count=10, seed=1), store=store,
                        profile=student)
    waits: list[float] = []
    given = 0
    holder = _hold_write_lock(db, 4.0)
    try:
        rnd = first
        for seed in (2, None):
            while (shown := rnd.present()) is not None:
                began = time.monotonic()
                rnd.answer(0 if shown.question.type == "multiple_choice" else True)
                waits.append(time.monotonic() - began)
                given += 1
            if seed is not None:  # the next round starts while the lock is still held
                began = time.monotonic()
                rnd = start_round(loaded, RoundSettings.for_set(loaded.question_set, count=10, seed=seed),
                                  store=store, profile=student)
                waits.append(time.monotonic() - began)
        assert holder.poll() is None, "the lock was released before every answer was given"
        assert store.saving_status == "waiting"
    finally:
        holder.wait(timeout=30)
    deadline = time.monotonic() + 15
    while store.pending_count and time.monotonic() < deadline:
        time.sleep(0.1)
    # the first answer waited for the lock a quarter of a second (not the 5 s busy timeout); the others
    # joined the queue of waiting answers without waiting for the lock
    assert waits[0] >= ANSWER_BUSY_TIMEOUT_MS / 1000 * 0.8 and max(waits) < 1.0, waits
    assert given == 20 and store.answer_count() == 20
    assert [r.status for r in store.round_history(student.id)] == ["finished", "finished"]
    store.close()


KILLED_WHILE_WAITING = r"""
import json, sys
from question_bank.loading import load_set
from quiz_app.scores import ScoreStore
from quiz_app.session import RoundSettings, start_round

set_path, db = sys.argv[1:3]
store = ScoreStore(db, busy_timeout_ms=100)
loaded = load_set(set_path)
prof = store.profile_by_name("Waiting")
print(json.dumps({"ready": True}), flush=True)
sys.stdin.readline()  # the parent now holds the write lock
rnd = start_round(loaded, RoundSettings.for_set(loaded.question_set, count=12, seed=3), store=store, profile=prof)
for _ in range(7):  # then it waits to be killed mid-round (finishing the round first would be a race)
    q = rnd.present().question
    rnd.answer(0 if q.type == "multiple_choice" else True)
    print(json.dumps({"answered": q.id, "status": store.saving_status}), flush=True)
import time
time.sleep(60)
"""


@pytest.mark.slow
def test_kill_9_while_answers_wait_loses_none_of_them(set_file, data_dir):
    db = data_dir / "scores.sqlite3"
    seed_store = ScoreStore(db)
    seed_store.create_profile("Waiting")
    seed_store.close()
    proc = subprocess.Popen([sys.executable, "-c", KILLED_WHILE_WAITING, str(set_file), str(db)], cwd=ROOT,
                            stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        assert json.loads(proc.stdout.readline()) == {"ready": True}, proc.stderr.read()
        import sqlite3

        lock = sqlite3.connect(db, isolation_level=None)
        lock.execute("BEGIN IMMEDIATE")
        proc.stdin.write("go\n")
        proc.stdin.flush()
        answered = []
        for _ in range(7):
            line = proc.stdout.readline()
            assert line, proc.stderr.read()
            entry = json.loads(line)
            assert entry["status"] == "waiting"
            answered.append(entry["answered"])
        os.kill(proc.pid, signal.SIGKILL)
        proc.wait(timeout=10)
        lock.execute("COMMIT")
        lock.close()
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()
    assert (data_dir / f"scores.sqlite3.pending-{proc.pid}").exists()  # the killed window's own journal
    store = ScoreStore(db)  # the next start writes what the killed window acknowledged
    (found,) = store.interrupted_rounds()
    recorded = [a.question_id for a in store.round_answers(found.id)]
    assert recorded == answered
    assert not list(data_dir.glob("scores.sqlite3.pending*"))  # taken over, written, and gone
    store.close()
    again = ScoreStore(db)  # replaying is done once: nothing doubles
    assert again.answer_count() == len(recorded) and len(again.round_history(found.profile_id)) == 1
    again.close()


def test_each_window_keeps_its_own_journal_and_takes_over_only_those_of_windows_gone(data_dir, qset):
    """Two windows on one data dir: one window's journal is never rewritten by the other; a journal
    left by a window that no longer runs (or by an older version) is taken over and written once."""
    from quiz_app.scores import pending

    db = data_dir / "scores.sqlite3"
    seed = ScoreStore(db)
    student = seed.create_profile("Ada")
    rnd = start_round(qset, RoundSettings.for_set(qset, "practice", count=3, seed=1), store=seed, profile=student)
    seed.close()
    round_id = rnd.round_id

    def answer_op(question_id: str) -> dict:
        return {"op": "answer", "round_id": round_id, "profile_id": student.id, "set_id": qset.id,
                "question_id": question_id, "response": '"x"', "correct": False, "points": 0.0,
                "possible": 1.0, "millis": 1000, "at": time.time(), "leitner": None, "replayed": True}

    live = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(60)"])
    try:
        ids = [q.id for q in qset.questions]
        live_journal = pending.journal_path(db, live.pid)
        live_journal.write_text(json.dumps(answer_op(ids[0])) + "\n", encoding="utf-8")
        legacy = db.with_name(db.name + pending.JOURNAL_SUFFIX)
        legacy.write_text(json.dumps(answer_op(ids[1])) + "\n", encoding="utf-8")
        store = ScoreStore(db)
        try:
            assert {a.question_id for a in store.round_answers(round_id)} == {ids[1]}  # the old journal's
            assert live_journal.exists() and not legacy.exists()  # the running window's is left alone
        finally:
            store.close()
    finally:
        live.kill()
        live.wait()
    store = ScoreStore(db)  # that window is gone now: its waiting answer is taken over and written
    try:
        assert {a.question_id for a in store.round_answers(round_id)} == {ids[0], ids[1]}
        assert not list(data_dir.glob("scores.sqlite3.pending*"))
    finally:
        store.close()

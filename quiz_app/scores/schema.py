"""The tables of the score file and how an older file is brought up to date.

Schema (``PRAGMA user_version`` = ``SCHEMA_VERSION``; the store copies an older file to
``scores.sqlite3.v<N>-<timestamp>.bak`` and then migrates it in one transaction)
----------------------------------------------------------------------------------------------
* ``profiles``, ``rounds`` (profile, set id/title/content hash, mode, settings JSON, seed, the
  drawn question ids, start/end, score/max, status in_progress/finished/abandoned, pid).
* ``questions`` interns (set id, question id) as a small integer and keeps, from the set, the
  question's evidence source and paragraph index; ``question_topics`` its topics. Statistics by
  topic and by paragraph use this mapping (refreshed whenever a round of a changed set starts),
  so they need no question set at query time. Question rows are never deleted.
* ``answers``: round, question key, the response JSON as given, correct, points, possible, time
  in ms, answered_at (unix s). About 50 bytes per answer with its index; the whole file is about
  73 bytes per answer at a million answers (benchmarks/history.py).
* Aggregates kept in the same transaction as each answer, so every statistics query reads a few
  hundred rows, not a million: ``question_progress`` (per profile and question: answered,
  correct, points, last answer), ``question_stats`` (per question, all profiles),
  ``practice_days`` (per profile and day). :func:`rebuild_aggregates` recomputes them from answers.
* ``memory``: the FSRS memory state per profile and question (stability, difficulty, due, last
  review, reviews, lapses), updated by every graded answer in every mode (:mod:`.memory`).
* ``reviews``: one row per rated answer (round, FSRS rating 1-3, whether it was assisted by "Show me
  the passage", the certainty given under certainty-based marking, when), so a memory state can
  always be replayed and a resumed round marks its answers as they were.
* ``leitner``: box 1-5 and due day per profile and question, as versions 1 and 2 kept them; no longer
  written, kept as history.

Version history: 1 = first release (no aggregates, no extra-time factor, no drawn ids / pid in
rounds); 2 = aggregates; 3 = current: FSRS ``memory`` and ``reviews`` (Leitner rows become memory
states, questions answered outside spaced review are replayed from their answers).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .days import local_day

if TYPE_CHECKING:
    import sqlite3

SCHEMA_VERSION = 3

_MEMORY_TABLES = """
CREATE TABLE IF NOT EXISTS memory (
    profile_id  INTEGER NOT NULL REFERENCES profiles(id) ON DELETE CASCADE,
    qkey        INTEGER NOT NULL REFERENCES questions(id),
    stability   REAL NOT NULL,
    difficulty  REAL NOT NULL,
    due         REAL NOT NULL,
    last_review REAL NOT NULL,
    reviews     INTEGER NOT NULL,
    lapses      INTEGER NOT NULL,
    PRIMARY KEY (profile_id, qkey)
) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS reviews (
    id          INTEGER PRIMARY KEY,
    profile_id  INTEGER NOT NULL REFERENCES profiles(id) ON DELETE CASCADE,
    qkey        INTEGER NOT NULL REFERENCES questions(id),
    round_id    INTEGER REFERENCES rounds(id) ON DELETE SET NULL,
    rating      INTEGER NOT NULL CHECK (rating BETWEEN 1 AND 4),
    assisted    INTEGER NOT NULL DEFAULT 0,
    certainty   TEXT,
    reviewed_at REAL NOT NULL
);
CREATE INDEX IF NOT EXISTS reviews_profile ON reviews(profile_id, qkey);
"""

_AGGREGATE_TABLES = """
CREATE TABLE IF NOT EXISTS question_progress (
    profile_id   INTEGER NOT NULL REFERENCES profiles(id) ON DELETE CASCADE,
    qkey         INTEGER NOT NULL REFERENCES questions(id),
    answered     INTEGER NOT NULL,
    correct      INTEGER NOT NULL,
    points       REAL NOT NULL,
    possible     REAL NOT NULL,
    last_at      INTEGER NOT NULL,
    last_correct INTEGER NOT NULL,
    PRIMARY KEY (profile_id, qkey)
) WITHOUT ROWID;
CREATE INDEX IF NOT EXISTS question_progress_qkey ON question_progress(qkey);
CREATE TABLE IF NOT EXISTS question_stats (
    qkey     INTEGER PRIMARY KEY REFERENCES questions(id),
    answered INTEGER NOT NULL,
    correct  INTEGER NOT NULL,
    points   REAL NOT NULL,
    possible REAL NOT NULL
);
CREATE TABLE IF NOT EXISTS practice_days (
    profile_id INTEGER NOT NULL REFERENCES profiles(id) ON DELETE CASCADE,
    day        INTEGER NOT NULL,
    answers    INTEGER NOT NULL,
    PRIMARY KEY (profile_id, day)
) WITHOUT ROWID;
"""

_SCHEMA = f"""
CREATE TABLE profiles (
    id                INTEGER PRIMARY KEY,
    name              TEXT NOT NULL UNIQUE COLLATE NOCASE,
    extra_time_factor REAL NOT NULL DEFAULT 1.0,
    created           REAL NOT NULL
);
CREATE TABLE sets (
    id           TEXT PRIMARY KEY,
    title        TEXT NOT NULL,
    content_hash TEXT NOT NULL
) WITHOUT ROWID;
CREATE TABLE questions (
    id          INTEGER PRIMARY KEY,
    set_id      TEXT NOT NULL,
    question_id TEXT NOT NULL,
    source_id   TEXT,
    paragraph   INTEGER,
    UNIQUE (set_id, question_id)
);
CREATE TABLE question_topics (
    qkey  INTEGER NOT NULL REFERENCES questions(id) ON DELETE CASCADE,
    topic TEXT NOT NULL,
    PRIMARY KEY (qkey, topic)
) WITHOUT ROWID;
CREATE TABLE rounds (
    id           INTEGER PRIMARY KEY,
    profile_id   INTEGER NOT NULL REFERENCES profiles(id) ON DELETE CASCADE,
    set_id       TEXT NOT NULL,
    set_title    TEXT NOT NULL DEFAULT '',
    set_hash     TEXT NOT NULL,
    mode         TEXT NOT NULL,
    settings     TEXT NOT NULL,
    seed         INTEGER NOT NULL,
    started      REAL NOT NULL,
    ended        REAL,
    score        REAL,
    max_score    REAL,
    status       TEXT NOT NULL DEFAULT 'in_progress' CHECK (status IN ('in_progress', 'finished', 'abandoned')),
    question_ids TEXT,
    pid          INTEGER
);
CREATE INDEX rounds_profile ON rounds(profile_id, started);
CREATE INDEX rounds_open ON rounds(status) WHERE status = 'in_progress';
CREATE TABLE answers (
    id          INTEGER PRIMARY KEY,
    round_id    INTEGER NOT NULL REFERENCES rounds(id) ON DELETE CASCADE,
    qkey        INTEGER NOT NULL REFERENCES questions(id),
    response    TEXT,
    correct     INTEGER NOT NULL,
    points      REAL NOT NULL,
    possible    REAL NOT NULL,
    millis      INTEGER,
    answered_at INTEGER NOT NULL,
    UNIQUE (round_id, qkey)
);
CREATE TABLE leitner (
    profile_id  INTEGER NOT NULL REFERENCES profiles(id) ON DELETE CASCADE,
    qkey        INTEGER NOT NULL REFERENCES questions(id),
    box         INTEGER NOT NULL CHECK (box BETWEEN 1 AND 5),
    due_day     INTEGER NOT NULL,
    reviewed_at INTEGER NOT NULL,
    PRIMARY KEY (profile_id, qkey)
) WITHOUT ROWID;
{_AGGREGATE_TABLES}
{_MEMORY_TABLES}
"""


def create_tables(conn: sqlite3.Connection) -> None:
    """The current schema in an empty database (the caller holds the transaction)."""
    _run_script(conn, _SCHEMA)
    conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION}")


def _run_script(conn: sqlite3.Connection, script: str) -> None:
    # statement by statement, not executescript(): that would COMMIT the caller's transaction
    for statement in script.split(";"):
        if statement.strip():
            conn.execute(statement)


def _migrate_1_to_2(conn: sqlite3.Connection) -> None:
    conn.execute("ALTER TABLE profiles ADD COLUMN extra_time_factor REAL NOT NULL DEFAULT 1.0")
    conn.execute("ALTER TABLE rounds ADD COLUMN question_ids TEXT")
    conn.execute("ALTER TABLE rounds ADD COLUMN pid INTEGER")
    conn.execute("CREATE INDEX IF NOT EXISTS rounds_open ON rounds(status) WHERE status = 'in_progress'")
    _run_script(conn, _AGGREGATE_TABLES)
    rebuild_aggregates(conn)


def _migrate_2_to_3(conn: sqlite3.Connection) -> None:
    """FSRS memory states: each Leitner row becomes a state (``memory.from_leitner``); every other question a
    student has answered gets its state by replaying those answers in order. Nothing is deleted: the
    ``leitner`` rows and every answer stay."""
    from . import memory

    _run_script(conn, _MEMORY_TABLES)
    counts = {(p, q): n for p, q, n in conn.execute(
        "SELECT r.profile_id, a.qkey, count(*) FROM answers a JOIN rounds r ON r.id = a.round_id "
        "GROUP BY r.profile_id, a.qkey")}
    done: set[tuple[int, int]] = set()
    for profile_id, qkey, box, due_day, reviewed_at in conn.execute(
            "SELECT profile_id, qkey, box, due_day, reviewed_at FROM leitner").fetchall():
        state = memory.from_leitner("", box, due_day, reviewed_at, counts.get((profile_id, qkey), 1))
        put_memory(conn, profile_id, qkey, state)
        done.add((profile_id, qkey))
    states: dict[tuple[int, int], memory.MemoryState] = {}
    for profile_id, qkey, round_id, correct, points, answered_at in conn.execute(
            "SELECT r.profile_id, a.qkey, a.round_id, a.correct, a.points, a.answered_at "
            "FROM answers a JOIN rounds r ON r.id = a.round_id ORDER BY a.answered_at, a.id").fetchall():
        key = (profile_id, qkey)
        if key in done:
            continue
        rating = memory.rating_for(correct=bool(correct), partial=not correct and points > 0)
        states[key] = memory.review(states.get(key), "", rating, float(answered_at))
        conn.execute("INSERT INTO reviews(profile_id, qkey, round_id, rating, assisted, reviewed_at) "
                     "VALUES (?, ?, ?, ?, 0, ?)", (profile_id, qkey, round_id, rating, float(answered_at)))
    for (profile_id, qkey), state in states.items():
        put_memory(conn, profile_id, qkey, state)


def put_memory(conn: sqlite3.Connection, profile_id: int, qkey: int, state) -> None:
    conn.execute(
        "INSERT INTO memory VALUES (?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT(profile_id, qkey) DO UPDATE SET "
        "stability = excluded.stability, difficulty = excluded.difficulty, due = excluded.due, "
        "last_review = excluded.last_review, reviews = excluded.reviews, lapses = excluded.lapses",
        (profile_id, qkey, state.stability, state.difficulty, state.due, state.last_review, state.reviews,
         state.lapses))


#: from-version -> function bringing the schema to from-version + 1 (inside one transaction)
MIGRATIONS = {1: _migrate_1_to_2, 2: _migrate_2_to_3}


def migrate(conn: sqlite3.Connection, version: int) -> None:
    """Bring a file of schema ``version`` to ``SCHEMA_VERSION`` (the caller holds the transaction and
    has taken the backup)."""
    for v in range(version, SCHEMA_VERSION):
        MIGRATIONS[v](conn)
    conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION}")


def rebuild_aggregates(conn: sqlite3.Connection) -> None:
    """Recompute the per-question and per-day aggregates from the answers (the caller holds the transaction)."""
    conn.execute("DELETE FROM question_progress")
    conn.execute("DELETE FROM practice_days")
    # SQLite takes the bare column a.correct from the row holding max(a.answered_at): the latest answer
    conn.execute(
        """INSERT INTO question_progress
           SELECT r.profile_id, a.qkey, count(*), sum(a.correct), sum(a.points), sum(a.possible),
                  max(a.answered_at), a.correct
             FROM answers a JOIN rounds r ON r.id = a.round_id
            GROUP BY r.profile_id, a.qkey"""
    )
    rebuild_question_stats(conn)
    # the local-time day of each answer as date.toordinal(), the way practice_day() computes it
    conn.execute(
        """INSERT INTO practice_days
           SELECT r.profile_id,
                  CAST(julianday(date(a.answered_at, 'unixepoch', 'localtime')) - 1721424.5 AS INTEGER) AS day,
                  count(*)
             FROM answers a JOIN rounds r ON r.id = a.round_id
            GROUP BY r.profile_id, day"""
    )


def rebuild_question_stats(conn: sqlite3.Connection) -> None:
    """Every profile's totals per question, summed again from ``question_progress`` (after a profile went)."""
    conn.execute("DELETE FROM question_stats")
    conn.execute(
        """INSERT INTO question_stats
           SELECT qkey, sum(answered), sum(correct), sum(points), sum(possible)
             FROM question_progress GROUP BY qkey"""
    )


def practice_day(unix_seconds: float) -> int:
    """The local-time day of an answer as ``date.toordinal()`` (the ``practice_days`` and Leitner day)."""
    return local_day(unix_seconds)

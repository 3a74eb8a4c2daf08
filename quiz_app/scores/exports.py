"""The score store as spreadsheets: one CSV row per answer or per round (File › Export my results…).

The answers CSV is also what a teacher's class report reads (:mod:`quiz_app.reports`), from students'
files or straight from this computer's store.
"""

from __future__ import annotations

import contextlib
import io
import json
import os
from collections.abc import Callable, Iterator, Mapping
from datetime import datetime
from typing import Any, TextIO, cast

from question_bank.atomic import atomic_open


@contextlib.contextmanager
def open_csv(dest: str | os.PathLike[str] | io.TextIOBase) -> Iterator[TextIO]:
    """Where to write a CSV for a spreadsheet: ``dest`` itself when it is an open text stream, else the file,
    replaced atomically (a failed export leaves the old file as it was).

    UTF-8 with a BOM, because Excel reads a BOM-less file in the Windows encoding and garbles accents;
    ``newline=""`` because the csv module writes its own line ends.
    """
    if hasattr(dest, "write"):
        yield dest  # type: ignore[misc]
        return
    with atomic_open(dest, "w", encoding="utf-8-sig", newline="") as fh:
        # atomic_open() is typed for every mode; in mode "w" it is open() in text mode, a TextIO.
        yield cast(TextIO, fh)


def guard_cell(value: Any) -> Any:
    """Keep a spreadsheet from reading a student's typed text as a formula."""
    if isinstance(value, str) and value[:1] in ("=", "+", "-", "@", "\t", "\r"):
        return "'" + value
    return value


def _round_filter(profile_id: int | None, set_id: str | None) -> tuple[str, list[Any]]:
    """The WHERE clause (on rounds ``r``) and its parameters for an export limited to a student and/or a set."""
    where: list[str] = []
    params: list[Any] = []
    if profile_id is not None:
        where.append("r.profile_id = ?")
        params.append(profile_id)
    if set_id is not None:
        where.append("r.set_id = ?")
        params.append(set_id)
    return (" WHERE " + " AND ".join(where) if where else ""), params


def _stamp(t: float | None) -> str:
    return "" if t is None else datetime.fromtimestamp(t).isoformat(sep=" ", timespec="seconds")


class CsvExports:
    """The CSV exports of the score store (``ScoreStore.export_answers_csv`` and ``export_rounds_csv`` make one
    with the first export: this module is not imported when the store opens at start-up)."""

    def __init__(self, read: Callable[..., list[tuple]]):
        #: the store's ``_read``: runs a query under its lock and turns a disk error into StoreError
        self._read = read

    def export_answers_csv(self, dest: str | os.PathLike[str] | io.TextIOBase, *, profile_id: int | None = None,
                           set_id: str | None = None, question_sets: Mapping[str, Any] | None = None) -> int:
        """One row per answer: profile, set, round, mode, question, given, correct, points, possible, seconds,
        answered_at. With ``question_sets`` (set id -> QuestionSet) "given" is written out in words
        (the chosen choice's text...); otherwise it is the stored JSON. Returns the number of rows."""
        from .. import grading

        sql = ("SELECT pr.name, r.set_id, r.id, r.mode, q.question_id, a.response, a.correct, a.points, a.possible, "
               "a.millis, a.answered_at FROM answers a JOIN rounds r ON r.id = a.round_id "
               "JOIN profiles pr ON pr.id = r.profile_id JOIN questions q ON q.id = a.qkey")
        where, params = _round_filter(profile_id, set_id)
        sql += where
        sql += " ORDER BY a.id"
        header = ["profile", "set", "round", "mode", "question", "given", "correct", "points", "possible",
                  "seconds", "answered_at"]
        n = 0
        import csv  # here: not on the way to the start screen; an export is rare

        with open_csv(dest) as fh:
            writer = csv.writer(fh)
            writer.writerow(header)
            for name, sid, rid, mode, qid, response, correct, points, possible, millis, at in self._read(sql, params):
                given = response if response is not None else ""
                qset = question_sets.get(sid) if question_sets else None
                question = qset.question(qid) if qset is not None else None
                if question is not None and response is not None:
                    with contextlib.suppress(ValueError, KeyError, IndexError):
                        source = grading.source_of(question, qset)
                        given = grading.describe_response(question, grading.response_from_json(question, response),
                                                          source)
                if response is None:
                    verdict = "skipped"
                elif correct:
                    verdict = "yes"
                elif points > 0:
                    verdict = "partial"
                else:
                    verdict = "no"
                writer.writerow([guard_cell(name), sid, rid, mode, qid, guard_cell(given), verdict, f"{points:g}",
                                 f"{possible:g}", "" if millis is None else f"{millis / 1000:.1f}",
                                 _stamp(at)])
                n += 1
        return n

    def export_rounds_csv(self, dest: str | os.PathLike[str] | io.TextIOBase, *, profile_id: int | None = None,
                          set_id: str | None = None) -> int:
        """One row per round: profile, set, set title, round, mode, status, started, ended, score, max, percent,
        passed, answered, correct. Returns the number of rows."""
        sql = ("SELECT pr.name, r.set_id, r.set_title, r.id, r.mode, r.status, r.started, r.ended, r.score, "
               "r.max_score, r.settings, (SELECT count(*) FROM answers a WHERE a.round_id = r.id), "
               "(SELECT coalesce(sum(a.correct), 0) FROM answers a WHERE a.round_id = r.id) "
               "FROM rounds r JOIN profiles pr ON pr.id = r.profile_id")
        where, params = _round_filter(profile_id, set_id)
        sql += where
        sql += " ORDER BY r.started"
        header = ["profile", "set", "set_title", "round", "mode", "status", "started", "ended", "score", "max",
                  "percent", "passed", "answered", "correct"]
        n = 0
        import csv  # here: not on the way to the start screen; an export is rare

        with open_csv(dest) as fh:
            writer = csv.writer(fh)
            writer.writerow(header)
            for (name, sid, title, rid, mode, status, started, ended, score, max_score, settings,
                 answered, correct) in self._read(sql, params):
                percent = None if score is None or not max_score else 100.0 * max(0.0, score) / max_score
                passed = ""
                if percent is not None and mode == "scored" and status == "finished":
                    with contextlib.suppress(ValueError, TypeError, AttributeError):
                        passed = "yes" if percent >= float(json.loads(settings).get("pass_mark_percent", 60)) else "no"
                writer.writerow([guard_cell(name), sid, guard_cell(title), rid, mode, status, _stamp(started),
                                 _stamp(ended), "" if score is None else f"{score:g}",
                                 "" if max_score is None else f"{max_score:g}",
                                 "" if percent is None else f"{percent:.1f}", passed, answered, correct])
                n += 1
        return n

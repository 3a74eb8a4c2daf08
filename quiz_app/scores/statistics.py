"""What a student's answers add up to: round history, mastery by topic and paragraph, streaks, item analysis.

Every query here reads the aggregates that :mod:`quiz_app.scores.store` keeps in the same transaction
as each answer (``question_progress``, ``question_stats``, ``practice_days``), so it reads a few hundred
rows even when the file holds a million answers. They are methods of :class:`~quiz_app.scores.ScoreStore`
(``store.mastery_by_topic(...)``); this module keeps them apart from opening the file and writing to it.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from .memory import MemoryState
from .records import ROUND_COLUMNS, RoundRecord, round_from_row

if TYPE_CHECKING:  # datetime is imported where a date is made: the start screen counts in day numbers
    from datetime import date


@dataclass(frozen=True)
class Mastery:
    """How well a student knows one topic (or one source paragraph): answers and points summed."""

    topic: str
    answered: int
    correct: int
    points: float
    possible: float

    @property
    def share(self) -> float:
        return max(0.0, self.points) / self.possible if self.possible else 0.0


@dataclass(frozen=True)
class ParagraphMastery:
    source_id: str
    paragraph: int
    answered: int
    correct: int
    points: float
    possible: float
    question_ids: tuple[str, ...] = ()

    @property
    def share(self) -> float:
        return max(0.0, self.points) / self.possible if self.possible else 0.0


@dataclass(frozen=True)
class Facility:
    """Item analysis for one question over every profile of this machine."""

    question_id: str
    answered: int
    correct: int
    points: float
    possible: float
    profiles: int

    @property
    def share_correct(self) -> float:
        return self.correct / self.answered if self.answered else 0.0

    @property
    def mean_credit(self) -> float:
        return max(0.0, self.points) / self.possible if self.possible else 0.0


@dataclass(frozen=True)
class Streak:
    current: int
    longest: int
    last_day: date | None
    days_practised: int


@dataclass(frozen=True)
class LeitnerState:
    question_id: str
    box: int
    due_day: int
    reviewed_at: int

    @property
    def due_date(self) -> date:
        from datetime import date

        return date.fromordinal(self.due_day)


class StoreStatistics:
    """The read-only queries of the score store (mixed into ``ScoreStore``, which provides ``_read``)."""

    #: provided by ScoreStore: runs a query under its lock and turns a disk error into StoreError
    _read: Callable[..., list[tuple]]

    def round_history(self, profile_id: int, *, set_id: str | None = None, modes: Iterable[str] | None = None,
                      limit: int | None = None) -> list[RoundRecord]:
        """A student's rounds, newest first (score %, date, set and mode are on each record)."""
        sql = f"SELECT {ROUND_COLUMNS} FROM rounds WHERE profile_id = ?"
        params: list[Any] = [profile_id]
        if set_id is not None:
            sql += " AND set_id = ?"
            params.append(set_id)
        if modes is not None:
            modes = list(modes)
            sql += f" AND mode IN ({', '.join('?' * len(modes))})"
            params += modes
        sql += " ORDER BY started DESC"
        if limit is not None:
            sql += " LIMIT ?"
            params.append(int(limit))
        return [round_from_row(r) for r in self._read(sql, params)]

    def mastery_by_topic(self, profile_id: int, set_id: str | None = None) -> list[Mastery]:
        """Per topic: answers, correct answers and points of this student (every mode counts)."""
        sql = ("SELECT t.topic, sum(p.answered), sum(p.correct), sum(p.points), sum(p.possible) "
               "FROM question_progress p JOIN question_topics t ON t.qkey = p.qkey ")
        params: list[Any] = []
        if set_id is not None:
            sql += "JOIN questions q ON q.id = p.qkey AND q.set_id = ? "
            params.append(set_id)
        sql += "WHERE p.profile_id = ? GROUP BY t.topic ORDER BY t.topic"
        params.append(profile_id)
        return [Mastery(*r) for r in self._read(sql, params)]

    def mastery_by_paragraph(self, profile_id: int, set_id: str) -> list[ParagraphMastery]:
        """Per source paragraph (of each question's evidence): which parts of the text the student keeps missing.

        Weakest first. Show the paragraph with ``question_bank.evidence.paragraphs(source.text)[paragraph]``.
        """
        rows = self._read(
            "SELECT q.source_id, q.paragraph, sum(p.answered), sum(p.correct), sum(p.points), sum(p.possible), "
            "group_concat(q.question_id, char(31)) "
            "FROM question_progress p JOIN questions q ON q.id = p.qkey "
            "WHERE p.profile_id = ? AND q.set_id = ? AND q.paragraph IS NOT NULL "
            "GROUP BY q.source_id, q.paragraph", (profile_id, set_id))
        out = [ParagraphMastery(r[0], r[1], r[2], r[3], r[4], r[5], tuple(sorted((r[6] or "").split("\x1f"))))
               for r in rows]
        out.sort(key=lambda m: (m.share, m.source_id, m.paragraph))
        return out

    def question_facility(self, set_id: str) -> list[Facility]:
        """Item analysis across every profile: share correct per question, hardest first."""
        rows = self._read(
            "SELECT q.question_id, s.answered, s.correct, s.points, s.possible, "
            "(SELECT count(*) FROM question_progress p WHERE p.qkey = q.id) "
            "FROM questions q JOIN question_stats s ON s.qkey = q.id WHERE q.set_id = ?", (set_id,))
        out = [Facility(*r) for r in rows]
        out.sort(key=lambda f: (f.share_correct, f.question_id))
        return out

    def streak(self, profile_id: int, today: date | None = None) -> Streak:
        """Days practised in a row (still alive when the last day was yesterday), the longest run, and the total."""
        from datetime import date

        days = [r[0] for r in self._read("SELECT day FROM practice_days WHERE profile_id = ? ORDER BY day",
                                         (profile_id,))]
        if not days:
            return Streak(0, 0, None, 0)
        longest = run = 1
        for prev, cur in zip(days, days[1:], strict=False):
            run = run + 1 if cur == prev + 1 else 1
            longest = max(longest, run)
        today_n = (today or date.today()).toordinal()
        current = 0
        if today_n - days[-1] <= 1:
            current = 1
            for i in range(len(days) - 1, 0, -1):
                if days[i] - days[i - 1] != 1:
                    break
                current += 1
        return Streak(current, longest, date.fromordinal(days[-1]), len(days))

    def mistakes(self, profile_id: int, set_id: str, limit: int | None = None) -> list[str]:
        """Ids of the questions whose latest answer by this student was not fully right, most recent first."""
        sql = ("SELECT q.question_id FROM question_progress p JOIN questions q ON q.id = p.qkey "
               "WHERE p.profile_id = ? AND q.set_id = ? AND p.last_correct = 0 ORDER BY p.last_at DESC, q.id")
        params: list[Any] = [profile_id, set_id]
        if limit is not None:
            sql += " LIMIT ?"
            params.append(int(limit))
        return [r[0] for r in self._read(sql, params)]

    def leitner_states(self, profile_id: int, set_id: str) -> dict[str, LeitnerState]:
        """Spaced review: each reviewed question's box and due day for this student (unreviewed ones are absent)."""
        rows = self._read(
            "SELECT q.question_id, l.box, l.due_day, l.reviewed_at FROM leitner l JOIN questions q ON q.id = l.qkey "
            "WHERE l.profile_id = ? AND q.set_id = ?", (profile_id, set_id))
        return {r[0]: LeitnerState(*r) for r in rows}

    def memory_states(self, profile_id: int, set_id: str) -> dict[str, MemoryState]:
        """Each answered question's FSRS memory state for this student (questions never answered are absent)."""
        rows = self._read(
            "SELECT q.question_id, m.stability, m.difficulty, m.due, m.last_review, m.reviews, m.lapses "
            "FROM memory m JOIN questions q ON q.id = m.qkey WHERE m.profile_id = ? AND q.set_id = ?",
            (profile_id, set_id))
        return {r[0]: MemoryState(*r) for r in rows}

    def memory_by_question(self, profile_id: int, set_id: str | None = None) -> list[tuple[str, str, str | None,
                                                                                         int | None, MemoryState]]:
        """(set id, question id, source id, paragraph, state) of every question this student has a memory of:
        what mastery by topic and by paragraph is computed from."""
        sql = ("SELECT q.set_id, q.question_id, q.source_id, q.paragraph, m.stability, m.difficulty, m.due, "
               "m.last_review, m.reviews, m.lapses FROM memory m JOIN questions q ON q.id = m.qkey "
               "WHERE m.profile_id = ?")
        params: list[Any] = [profile_id]
        if set_id is not None:
            sql += " AND q.set_id = ?"
            params.append(set_id)
        return [(r[0], r[1], r[2], r[3], MemoryState(r[1], *r[4:])) for r in self._read(sql, params)]

    def question_topic_map(self, set_id: str | None = None) -> dict[tuple[str, str], tuple[str, ...]]:
        """(set id, question id) -> its topics, as registered when its set was last played."""
        sql = "SELECT q.set_id, q.question_id, t.topic FROM question_topics t JOIN questions q ON q.id = t.qkey"
        params: list[Any] = []
        if set_id is not None:
            sql += " WHERE q.set_id = ?"
            params.append(set_id)
        out: dict[tuple[str, str], list[str]] = {}
        for sid, qid, topic in self._read(sql, params):
            out.setdefault((sid, qid), []).append(topic)
        return {k: tuple(v) for k, v in out.items()}

    def round_certainties(self, round_id: int) -> dict[str, str]:
        """Question id -> the certainty given with its answer in this round (certainty-based marking)."""
        rows = self._read("SELECT q.question_id, r.certainty FROM reviews r JOIN questions q ON q.id = r.qkey "
                          "WHERE r.round_id = ? AND r.certainty IS NOT NULL", (round_id,))
        return dict(rows)

    def review_log(self, profile_id: int, set_id: str) -> list[tuple[str, int | None, int, bool, float]]:
        """(question id, round id, rating, assisted, when) of every rated answer, oldest first."""
        rows = self._read(
            "SELECT q.question_id, r.round_id, r.rating, r.assisted, r.reviewed_at FROM reviews r "
            "JOIN questions q ON q.id = r.qkey WHERE r.profile_id = ? AND q.set_id = ? ORDER BY r.id",
            (profile_id, set_id))
        return [(row[0], row[1], row[2], bool(row[3]), row[4]) for row in rows]

    def answer_count(self) -> int:
        return self._read("SELECT count(*) FROM answers")[0][0]

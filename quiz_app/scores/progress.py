"""A student's progress, ready to show: scored rounds over time, mastery per topic and per source paragraph,
and the days practised in a row (the Progress screen draws exactly this; no Qt here).
"""

from __future__ import annotations

import time
from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING

from question_bank import evidence as ev
from question_bank.i18n import translate
from question_bank.topics import CORE_TOPICS, TOPIC_LABELS

from . import memory as mem

if TYPE_CHECKING:
    from question_bank.models import QuestionSet

    from .store import ScoreStore

#: "likely to remember" a question: FSRS puts the chance of recalling it a day from now at least this high
#: (the default desired retention, so a question stops being "likely" about a day before it falls due)
LIKELY_RECALL = 0.9
#: a paragraph whose share of right answers reaches this is "mastered"; below the second, "keep missing"
MASTERED_SHARE = 0.8
GETTING_THERE_SHARE = 0.5


@dataclass(frozen=True)
class RoundPoint:
    """One finished scored round on the chart: its day ("02 May") and its score in percent."""

    label: str
    percent: float


def remember_text(likely: int, questions: int, where: str) -> str:
    """"likely to remember 7 of the 9 questions on paragraph 5"."""
    return translate("progress", "likely to remember {likely} of the %n question(s) on {where}", "",
                     questions).format(likely=likely, where=where)


@dataclass(frozen=True)
class TopicProgress:
    """Right answers out of all answers to the questions of one core topic (every mode counts), and how many
    of its questions the student is likely to remember now (from the memory states)."""

    topic: str
    label: str
    correct: int
    answered: int
    #: the topic's questions (in the chosen set, or every set the student has played)
    questions: int = 0
    #: how many of them the student is likely to remember now: chance of recall at least ``LIKELY_RECALL``
    likely_remembered: int = 0

    @property
    def percent(self) -> float:
        return 100.0 * self.correct / self.answered if self.answered else 0.0

    def memory_text(self) -> str:
        return remember_text(self.likely_remembered, self.questions, self.label)


@dataclass(frozen=True)
class ParagraphProgress:
    """Right answers out of all answers to the questions quoting one paragraph of a source."""

    source_id: str
    #: 1-based position among the source's blocks (``Passage.index + 1``): what finds the paragraph again
    number: int
    text: str
    correct: int
    answered: int
    questions: int = 0
    likely_remembered: int = 0
    #: the number a reader gives it (``evidence.paragraph_number``: the title and headings are not counted);
    #: None for a title or heading
    shown_number: int | None = None

    @property
    def name(self) -> str:
        """ "paragraph 5", or "the title" for a block a reader does not count as a paragraph."""
        if self.shown_number is None:
            return translate("progress", "the title") if self.number == 1 else translate("progress", "a heading")
        return translate("progress", "paragraph {number}").format(number=self.shown_number)

    def memory_text(self) -> str:
        return remember_text(self.likely_remembered, self.questions, self.name)

    @property
    def status(self) -> str:
        """In words, so the screen never shows it by colour only."""
        if not self.answered:
            return "not practised yet"
        share = self.correct / self.answered
        if share >= MASTERED_SHARE:
            return "mastered"
        if share >= GETTING_THERE_SHARE:
            return "getting there"
        return "keep missing"


@dataclass(frozen=True)
class ProgressReport:
    student_name: str
    #: finished scored rounds, oldest first
    points: tuple[RoundPoint, ...]
    #: the chosen set's pass mark (a line on the chart); None when no set is chosen
    pass_mark_percent: float | None
    #: every core topic, in the order of ``CORE_TOPICS``, practised or not
    topics: tuple[TopicProgress, ...]
    #: every paragraph of every source of the chosen set, in reading order (none without a set)
    paragraphs: tuple[ParagraphProgress, ...]
    #: days practised in a row, counting today or, when not yet practised today, yesterday
    streak_days: int


def progress_report(store: ScoreStore, profile_id: int, question_set: QuestionSet | None = None, *,
                    today: date | None = None, now: float | None = None) -> ProgressReport:
    """The student's progress: in the chosen set only, or over every set when ``question_set`` is None.
    ``now`` (unix seconds) is when "likely to remember" is counted for."""
    at = time.time() if now is None else now
    profile = store.profile(profile_id)
    set_id = question_set.id if question_set is not None else None
    history = reversed(store.round_history(profile_id, set_id=set_id, modes=["scored"]))
    points = tuple(RoundPoint(r.started_at.strftime("%d %b"), r.percent) for r in history
                   if r.percent is not None and r.status == "finished")
    mastery = {m.topic: m for m in store.mastery_by_topic(profile_id, set_id)}
    # counted a day ahead: right after a wrong answer the student has just read the answer, and FSRS would
    # call that remembered; what matters is whether it is still there tomorrow
    recall = {(sid, qid): 1.0 if mem.retrievability(state, at + 86400) >= LIKELY_RECALL else 0.0
              for sid, qid, _, _, state in store.memory_by_question(profile_id, set_id)}
    if question_set is not None:
        topic_of = {(question_set.id, q.id): tuple(q.topics) for q in question_set.questions}
    else:
        topic_of = store.question_topic_map()
    topic_questions: dict[str, int] = {}
    topic_recall: dict[str, float] = {}  # questions likely remembered
    for question_key, question_topics in topic_of.items():
        for t in set(question_topics):
            topic_questions[t] = topic_questions.get(t, 0) + 1
            topic_recall[t] = topic_recall.get(t, 0.0) + recall.get(question_key, 0.0)
    topics = tuple(TopicProgress(t, TOPIC_LABELS[t], mastery[t].correct if t in mastery else 0,
                                 mastery[t].answered if t in mastery else 0, topic_questions.get(t, 0),
                                 round(topic_recall.get(t, 0.0))) for t in CORE_TOPICS)
    paragraphs: list[ParagraphProgress] = []
    if question_set is not None:
        by_paragraph = {(m.source_id, m.paragraph): m for m in store.mastery_by_paragraph(profile_id, question_set.id)}
        para_questions: dict[tuple[str, int], int] = {}
        para_recall: dict[tuple[str, int], float] = {}
        for q in question_set.questions:
            where = ev.locate_evidence(question_set, q.evidence)
            if where is None:
                continue
            place = (q.evidence.source, where.paragraph.index)
            para_questions[place] = para_questions.get(place, 0) + 1
            para_recall[place] = para_recall.get(place, 0.0) + recall.get((question_set.id, q.id), 0.0)
        for source in question_set.sources:
            for paragraph in ev.paragraphs(source.text):
                place = (source.id, paragraph.index)
                m = by_paragraph.get(place)
                paragraphs.append(ParagraphProgress(source.id, paragraph.index + 1, paragraph.text,
                                                    m.correct if m else 0, m.answered if m else 0,
                                                    para_questions.get(place, 0), round(para_recall.get(place, 0.0)),
                                                    ev.paragraph_number(source.text, paragraph)))
    return ProgressReport(
        student_name=profile.name if profile is not None else "",
        points=points,
        pass_mark_percent=question_set.round_defaults.pass_mark_percent if question_set is not None else None,
        topics=topics,
        paragraphs=tuple(paragraphs),
        streak_days=store.streak(profile_id, today).current,
    )

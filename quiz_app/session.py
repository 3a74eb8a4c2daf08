"""Rounds: drawing, presenting, timing, grading, recording and spaced review — a plain-Python state
machine the GUI only displays (no Qt).

A round in four lines::

    settings = RoundSettings.for_set(qset, "scored", topics=("dates", "leaders"))
    rnd = start_round(qset, settings, store=store, profile=profile)   # DraftNotScorable for a draft
    while (shown := rnd.present()) is not None:                       # PresentedQuestion: show it
        result = rnd.answer(response_from_the_gui)                    # GradeResult (show now or at the end)
    summary = rnd.summary()                                           # RoundSummary

Modes
-----
* ``practice``: feedback after each answer, no time limit, scored over the questions answered.
* ``scored``: a fixed number of drawn questions, optional time limit, feedback after each answer or
  at the end, a final score and pass/fail. Drafts and sets with validation errors are refused
  (:class:`DraftNotScorable`); they may be practised.
* ``review_mistakes``: the questions whose latest answer by this student was not fully right, most
  recent first. Recall comes first: the question is shown alone; the passage comes with the feedback.
  ``Round.show_passage`` ("Show me the passage", practice and reviews only) gives it before the
  answer on request, and marks that answer *assisted* (no schedule credit).
* ``spaced_review``: FSRS memory states (:mod:`quiz_app.scores.memory`). Questions due today first
  (most overdue first), then questions never answered; questions not yet due are left out.

Every graded answer in every mode (when the round records) updates the question's memory state:
fully right = Good, partly right = Hard, wrong or skipped = Again, and an answer given after "Show
me the passage" = Again (no schedule credit). A question on screen when time ran out is not graded
and keeps its state. ``Round.next_review_days`` says when a question comes back.

Drawing and reproducibility
---------------------------
Filters: topics (any of the question's topics), types, difficulties. No repeats. When several topics
are in play, questions are drawn round-robin across them (balanced). Every random choice comes from
the round's ``seed`` (recorded with the round): which questions and their order from
``random.Random(seed)``, and each question's choice/item/option order from
``random.Random(f"{seed}:{question id}")``, so the same seed and settings always give the same round.
The drawn question ids are also stored so that a resumed review round is the same even though the
student's history has changed since. When the filters yield fewer questions than asked for, the round
is shorter and ``Round.message`` says so.

Timing: the round limit is ``time_limit_seconds * extra_time_factor`` (the student's accommodation);
each answer's time is measured from when its question was presented. When time is up (or the
student ends a scored round early), the questions never shown are *not reached*: 0 points, never
listed as missed and never shown with their answers; the one on screen counts as not answered.
Practice and review rounds are scored over the questions answered. ``Round.time_warning`` says
"1 minute left." / "20 seconds left."; a practice or review round with a limit may add time or
switch the limit off (``add_time``, ``switch_off_time_limit``); ``round_plan`` says all of it
before Start.

Certainty-based marking (a set's ``round_defaults.certainty_marking``): each answer comes with
"sure", "fairly_sure" or "not_sure" and earns Moodle's marks on top of the grade (``CBM_MARKS``). Negative marking can make single answers cost points, but a
round's score never goes below 0. An optional per-set speed bonus (+10 % of a question's points for a
fully right answer given in under a third of the average time per question, or under 10 s without a
limit) is reported separately and never counts towards the percentage or the pass mark.
"""

from __future__ import annotations

import random
import secrets
import time
from collections import deque
from collections.abc import Callable, Iterable
from collections.abc import Set as AbstractSet
from dataclasses import dataclass, replace
from typing import Any, Literal

from question_bank import evidence as ev
from question_bank.i18n import QT_TRANSLATE_NOOP, TranslatedLabels, translate
from question_bank.loading import LoadResult, set_content_hash
from question_bank.models import (
    Cite,
    Cloze,
    Matching,
    MultipleChoice,
    MultipleSelect,
    Ordering,
    Question,
    QuestionSet,
    Source,
)
from question_bank.topics import CORE_TOPICS, TOPIC_LABELS
from question_bank.validation import Problem, check_set

from .grading import GradeResult, GradingRules, grade, response_from_json, response_to_json, skipped_result
from .round_settings import (
    MODE_LABELS,
    MODES,
    Feedback,
    Mode,
    ReviewQueue,
    RoundSettings,
    _today,
    duration_text,
    review_counts_of,
    review_queue,
    round_plan,
)
from .scores import Profile, ScoreStore
from .scores import memory as mem
from .scores.memory import DEFAULT_RETENTION, LEITNER_INTERVAL_DAYS, MemoryState, next_review_words

MAX_BOX = len(LEITNER_INTERVAL_DAYS)
SPEED_BONUS_SHARE = 0.10


class RoundError(Exception):
    """A round cannot be started or resumed; ``str()`` is a plain-words message."""


class DraftNotScorable(RoundError):
    """A draft set (or one with validation errors) may be practised, not played as a scored round."""


class RoundFinished(RoundError):
    """An answer was given to a round that is already over."""


# --------------------------------------------------------------------------- settings


# --------------------------------------------------------------------------- certainty-based marking

Certainty = Literal["sure", "fairly_sure", "not_sure"]
#: Moodle's certainty-based marking, in multiples of the question's points: (if right, if wrong)
CBM_MARKS: dict[str, tuple[float, float]] = {"sure": (3.0, -6.0), "fairly_sure": (2.0, -2.0), "not_sure": (1.0, 0.0)}
CERTAINTY_LABELS = TranslatedLabels("session", {"sure": QT_TRANSLATE_NOOP("session", "sure"), "fairly_sure": QT_TRANSLATE_NOOP("session", "fairly sure"), "not_sure": QT_TRANSLATE_NOOP("session", "not sure")})


def certainty_marked(result: GradeResult, certainty: str, points: float) -> GradeResult:
    """A grade with certainty-based marking on top (the grader's verdict is kept): right earns 3/2/1 times
    the question's points, wrong costs 6/2/0 times; a partly right answer earns its share of the right mark
    and the rest of the wrong one (being sure of half an answer costs). The most a question can give is
    3 times its points, so that is its ``points_possible``."""
    if certainty not in CBM_MARKS:
        raise ValueError(f"certainty must be one of {', '.join(CBM_MARKS)}, not {certainty!r}")
    right, wrong = CBM_MARKS[certainty]
    share = 1.0 if result.correct else max(0.0, min(1.0, result.credit)) if result.partial else 0.0
    mark = (share * right + (1 - share) * wrong) * points
    note = translate("session", "You were {certainty}: {mark}.").format(certainty=CERTAINTY_LABELS[certainty], mark=points_text(mark) if mark < 0 else "+" + points_text(mark))
    return replace(result, points_awarded=mark, points_possible=CBM_MARKS["sure"][0] * points,
                   note=f"{result.note} {note}" if result.note else note)


# --------------------------------------------------------------------------- the plan shown before Start


#: seconds left at which a timed round warns (a minute, then 20 seconds)
TIME_WARNINGS: tuple[int, ...] = (60, 20)
#: how much "Add time" gives in a practice round
ADD_TIME_SECONDS = 60


# --------------------------------------------------------------------------- Leitner (the rule before FSRS)
# Kept so benchmarks/scheduling.py can compare, and to read what old score files meant.


def next_box(box: int | None, correct: bool, partial: bool = False) -> int:
    """The Leitner box after an answer: right -> up one (a new question lands in box 2), partly right ->
    down one, wrong or skipped -> box 1."""
    if correct:
        return min(MAX_BOX, (box or 1) + 1)
    if partial and box:
        return max(1, box - 1)
    return 1


def due_day(box: int, today: int) -> int:
    """The day (``date.toordinal()``) a question in ``box`` is due again, counted from ``today``."""
    return today + LEITNER_INTERVAL_DAYS[box - 1]


# --------------------------------------------------------------------------- what the GUI shows


@dataclass(frozen=True)
class RetryPassage:
    """The part of the source to read again before retrying a missed question."""

    source_id: str
    source_title: str
    paragraph_index: int
    #: the paragraph(s) holding the quote, verbatim
    text: str
    #: where ``text`` starts in the source text
    start: int
    #: the quote's span within ``text`` (highlight it)
    quote_span: tuple[int, int]
    #: the quote's span in the whole source text
    span: tuple[int, int]


def retry_passage(question_set: QuestionSet, question) -> RetryPassage | None:
    """The paragraph of the source containing the question's quote, with the quote's place in it."""
    source = question_set.source(question.evidence.source)
    if source is None:
        return None
    where = ev.locate(source.text, question.evidence.quote, question.evidence.span)
    if where is None:
        return None
    span, first = where.span, where.paragraph
    start, end = first.start, max(where.last_paragraph.end, span[1])
    return RetryPassage(source.id, source.title, first.index, source.text[start:end], start,
                        (span[0] - start, span[1] - start), span)


@dataclass(frozen=True)
class PresentedQuestion:
    """One question as the GUI must show it. Orders are lists of ORIGINAL indices in display order;
    responses are always given in original indices (see ``quiz_app.grading``)."""

    number: int  # 1-based
    total: int
    question: Question
    #: multiple_choice / multiple_select: choices in display order
    choice_order: tuple[int, ...] = ()
    #: ordering: the shuffled start order of the items (never already solved)
    item_order: tuple[int, ...] = ()
    #: matching: left items in display order
    left_order: tuple[int, ...] = ()
    #: matching: right options (index into ``right_options``) in display order
    right_order: tuple[int, ...] = ()
    #: matching: the pairs' rights then the distractors, in index order
    right_options: tuple[str, ...] = ()
    #: cite: the sentences of the evidence source to choose from (response = ``Passage.index``)
    sentences: tuple[ev.Passage, ...] = ()
    #: the evidence source (cite shows it; every result cites it)
    source: Source | None = None
    #: cloze: per gap in reading order, what the student chooses from in display order: a drop-down's answer
    #: and distractors shuffled, the word bank for a word-bank gap, () for a typed gap. The response is the
    #: chosen text, so these orders never need translating back
    gap_options: tuple[tuple[str, ...], ...] = ()
    #: cloze: the shared word bank, shuffled once for the whole passage (every word-bank gap offers it in this order)
    word_bank: tuple[str, ...] = ()

    @property
    def cloze_parts(self) -> list[tuple[str, int | None]]:
        """cloze: the passage in reading order, (text, None) for shown text and (answer, gap index) for a gap
        (the GUI shows an input in place of each gap, never its answer)."""
        return self.question.parts() if isinstance(self.question, Cloze) else []

    @property
    def question_id(self) -> str:
        return self.question.id

    @property
    def type(self) -> str:
        return self.question.type


@dataclass(frozen=True)
class TopicScore:
    topic: str
    label: str
    questions: int
    correct: int
    points: float
    possible: float

    @property
    def percent(self) -> float:
        return 100.0 * max(0.0, self.points) / self.possible if self.possible else 0.0


@dataclass(frozen=True)
class QuestionOutcome:
    presented: PresentedQuestion
    #: the grade; for an unanswered question (time up / round ended) a skipped result
    result: GradeResult
    seconds: float | None
    answered: bool
    #: the student was shown this question (a question never reached is neither missed nor revealed)
    reached: bool = True
    #: certainty-based marking: how sure the student said they were ("sure", "fairly_sure", "not_sure")
    certainty: str | None = None


def points_text(value: float) -> str:
    """Points as people write them: a whole number, else one decimal ("9.3", never "9.33333")."""
    rounded = round(float(value), 1)
    if rounded == int(rounded):
        return str(int(rounded))
    return f"{rounded:.1f}"


def credit_text(result: GradeResult) -> str:
    """Partial credit in words: "2 of 3 right" for a question with parts, else its points."""
    if result.marks:
        return translate("session", "{right} of {parts} right").format(right=sum(result.marks), parts=len(result.marks))
    return translate("session", "{points} of {possible} points").format(points=points_text(result.points_awarded), possible=points_text(result.points_possible))


@dataclass(frozen=True)
class RoundSummary:
    round_id: int | None
    mode: str
    set_id: str
    set_title: str
    score: float
    max_score: float
    percent: float
    passed: bool
    pass_mark_percent: float
    duration_seconds: float
    answered: int
    correct: int
    partial: int
    skipped: int
    unanswered: int
    time_up: bool
    per_topic: tuple[TopicScore, ...]
    #: the questions shown and not fully right, in round order: wrong, partly right or skipped, and in a
    #: scored round also the one on screen when time ran out (practice and reviews count answers only)
    missed: tuple[QuestionOutcome, ...]
    outcomes: tuple[QuestionOutcome, ...]
    speed_bonus: float = 0.0
    message: str | None = None
    warning: str | None = None
    #: questions the student was shown (answered, or on screen when the round ended)
    reached: int = 0
    #: questions of a scored round never shown (time up, round ended early): 0 points, answers not revealed
    not_reached: int = 0
    #: (question id, days until it comes back) for each answer whose memory state was updated, in round order
    next_reviews: tuple[tuple[str, int], ...] = ()
    #: certainty-based marking: per certainty given, (answers, fully right), in CBM_MARKS order
    calibration: tuple[tuple[str, int, int], ...] = ()

    @property
    def sure_and_wrong(self) -> tuple[QuestionOutcome, ...]:
        """Answers given as "sure" that were not right: the calibration line points at what the text says."""
        return tuple(o for o in self.outcomes if o.certainty == "sure" and not o.result.correct)

    def calibration_text(self) -> str:
        """"Sure on 5 (4 right) · fairly sure on 3 (2 right) · not sure on 2 (1 right)." ("" without CBM)."""
        parts = [translate("session", "{certainty} on {answers} ({right} right)").format(certainty=CERTAINTY_LABELS[c], answers=n, right=right)
                 for c, n, right in self.calibration if n]
        if not parts:
            return ""
        text = " · ".join(parts)
        return text[0].upper() + text[1:] + "."

    def next_review_text(self) -> str:
        """"When they come back: 3 tomorrow, 2 in 4 days." ("" when nothing was scheduled)."""
        if not self.next_reviews:
            return ""
        by_days: dict[int, int] = {}
        for _, days in self.next_reviews:
            by_days[days] = by_days.get(days, 0) + 1
        parts = []
        for days, n in sorted(by_days.items()):
            when = next_review_words(days, short=True)
            parts.append(translate("session", "{count} {when}").format(count=n, when=when))
        return translate("session", "When these questions come back for review: ") + ", ".join(parts) + "."

    @property
    def score_text(self) -> str:
        """"7.7 / 10" as people write it."""
        return f"{points_text(self.score)} / {points_text(self.max_score)}"

    def feedback_indices(self, only_missed: bool) -> list[int]:
        """0-based places of the questions to step through after the round: the missed ones, or every
        question shown (a question not reached keeps its answer hidden)."""
        if only_missed:
            return [o.presented.number - 1 for o in self.missed]
        return [i for i, o in enumerate(self.outcomes) if o.reached]


# --------------------------------------------------------------------------- drawing


def filter_questions(question_set: QuestionSet, settings: RoundSettings, questions: Iterable | None = None) -> list:
    """The questions that pass the topic, type and difficulty filters, in the given (file) order."""
    topics, types, diffs = set(settings.topics), set(settings.types), set(settings.difficulties)
    out = []
    for q in question_set.questions if questions is None else questions:
        if topics and not topics.intersection(q.topics):
            continue
        if types and q.type not in types:
            continue
        if diffs and q.difficulty not in diffs:
            continue
        out.append(q)
    return out


_PAIRS_CACHE: dict[int, tuple[QuestionSet, set[frozenset[str]]]] = {}
#: sets with more questions than this are drawn without keeping giveaways apart (the check reads every
#: pair of questions: about 0.4 s for 1,000 questions, growing with the square)
APART_LIMIT = 2000


def _apart(question_set: QuestionSet) -> set[frozenset[str]]:
    """The pairs of questions that must not share a round (one gives the other away, or both ask one
    sentence), worked out once per set: it reads every question against every other."""
    from question_bank.lint import giveaway_pairs

    if len(question_set.questions) > APART_LIMIT:
        return set()  # reading every pair of a bank this large would hold up the start of a round
    cached = _PAIRS_CACHE.get(id(question_set))
    if cached is not None and cached[0] is question_set:
        return cached[1]
    if len(_PAIRS_CACHE) >= 16:
        _PAIRS_CACHE.clear()
    pairs = giveaway_pairs(question_set)
    _PAIRS_CACHE[id(question_set)] = (question_set, pairs)
    return pairs


def _fits(q, chosen_ids: set[str], apart: AbstractSet[frozenset[str]]) -> bool:
    return not any(frozenset((q.id, other)) in apart for other in chosen_ids)


def _balanced(pool: list, topics: list[str], count: int, apart: AbstractSet[frozenset[str]] = frozenset()) -> list:
    """Round-robin over the topics, each question once, none that gives away one already drawn. When the
    pool cannot keep every question apart, the rest of the round goes to the topics drawn least so far,
    so a topic's share still holds (the class report and the draw count on it)."""
    queues = {t: deque(q for q in pool if t in q.topics) for t in topics}
    chosen: list = []
    used: set[str] = set()
    per_topic = dict.fromkeys(topics, 0)

    def take(t: str, q) -> None:
        queues[t].remove(q)
        chosen.append(q)
        used.add(q.id)
        per_topic[t] += 1

    while len(chosen) < count:  # every question kept apart from those drawn
        progressed = False
        for t in topics:
            q = next((c for c in queues[t] if c.id not in used and _fits(c, used, apart)), None)
            if q is not None:
                take(t, q)
                progressed = True
                if len(chosen) == count:
                    break
        if not progressed:
            break
    while len(chosen) < count:  # the pool allows no more of that: the least drawn topics first
        left = [t for t in topics if any(c.id not in used for c in queues[t])]
        if not left:
            break
        t = min(left, key=lambda name: per_topic[name])
        take(t, next(c for c in queues[t] if c.id not in used))
    return chosen


def _topped_up(chosen: list, pool: list, count: int, apart: AbstractSet[frozenset[str]]) -> list:
    used = {q.id for q in chosen}
    for keep_apart in (True, False):  # "when the pool allows it": apart first, then whatever is left
        for q in pool:
            if len(chosen) >= count:
                return chosen
            if q.id not in used and (not keep_apart or _fits(q, used, apart)):
                chosen.append(q)
                used.add(q.id)
    return chosen


def draw_questions(question_set: QuestionSet, settings: RoundSettings, seed: int) -> list:
    """Practice / scored drawing: filtered, shuffled from ``seed``, balanced across topics, no repeats."""
    rng = random.Random(seed)
    pool = filter_questions(question_set, settings)
    if settings.shuffle:
        rng.shuffle(pool)
    if settings.topics:
        topics = list(dict.fromkeys(settings.topics))
    else:
        topics = [t for t in CORE_TOPICS if any(t in q.topics for q in pool)]
    if settings.shuffle:
        rng.shuffle(topics)
    apart = _apart(question_set)
    if len(topics) > 1:
        chosen = _balanced(pool, topics, settings.count, apart)
        if settings.shuffle:
            rng.shuffle(chosen)
    else:
        chosen = _topped_up([], pool, settings.count, apart)
    return chosen


#: why a round has fewer questions than asked, for each way of drawing: (none at all, exactly one, n)
_SHORTFALL: dict[str, tuple[Callable[[], str], Callable[[], str], Callable[[int], str]]] = {
    "match": (lambda: translate("session", "No questions match the chosen topics, types and difficulties, so there is nothing to play in this round."),
              lambda: translate("session", "Only 1 question matches the chosen topics, types and difficulties, so this round has 1 question instead of {wanted}."),
              lambda n: translate("session", "Only %n questions match the chosen topics, types and difficulties, so this round has %n questions instead of {wanted}.", "", n)),
    "mistakes": (lambda: translate("session", "No past mistakes to review, so there is nothing to play in this round."),
                 lambda: translate("session", "Only 1 past mistake to review, so this round has 1 question instead of {wanted}."),
                 lambda n: translate("session", "Only %n past mistakes to review, so this round has %n questions instead of {wanted}.", "", n)),
    "due": (lambda: translate("session", "No questions are due or new today, so there is nothing to play in this round."),
            lambda: translate("session", "Only 1 question is due or new today, so this round has 1 question instead of {wanted}."),
            lambda n: translate("session", "Only %n questions are due or new today, so this round has %n questions instead of {wanted}.", "", n)),
}


def _shortfall_message(n: int, wanted: int, why: str) -> str | None:
    if n >= wanted:
        return None
    none, one, several = _SHORTFALL[why]
    if n == 0:
        return none()
    # "1" apart, as English says it; the plural message covers the counts other languages treat alike
    return (one() if n == 1 else several(n)).format(wanted=wanted)


def _present(question_set: QuestionSet, question, number: int, total: int, seed: int,
             shuffle: bool) -> PresentedQuestion:
    rng = random.Random(f"{seed}:{question.id}")
    source = question_set.source(question.evidence.source)
    kw: dict[str, Any] = {}
    if isinstance(question, MultipleChoice | MultipleSelect):
        order = list(range(len(question.choices)))
        if shuffle:
            rng.shuffle(order)
        kw["choice_order"] = tuple(order)
    elif isinstance(question, Ordering):
        kw["item_order"] = tuple(_scrambled(len(question.items), rng))
    elif isinstance(question, Matching):
        lefts = list(range(len(question.pairs)))
        if shuffle:
            rng.shuffle(lefts)
        rights = [p.right for p in question.pairs] + list(question.distractors)
        right_order = _scrambled(len(rights), rng)
        kw.update(left_order=tuple(lefts), right_order=tuple(right_order), right_options=tuple(rights))
    elif isinstance(question, Cite) and source is not None:
        kw["sentences"] = ev.sentences(source.text)
    elif isinstance(question, Cloze):
        kw.update(_cloze_orders(question, rng))
    return PresentedQuestion(number, total, question, source=source, **kw)


def _cloze_orders(question: Cloze, rng: random.Random) -> dict[str, Any]:
    """The display orders of a cloze passage, from the question's own random stream: each drop-down's
    options are shuffled even when the set does not shuffle (as written, the answer always comes first),
    uniformly (an answer never first would be a hint too); the word bank is shuffled once and shared by its
    gaps (never left in reading order, which would spell out the passage)."""
    bank = question.word_bank()
    bank_order = [bank[i] for i in _scrambled(len(bank), rng)]
    options: list[tuple[str, ...]] = []
    for i, gap in enumerate(question.gaps):
        if gap.kind == "dropdown":
            choices = question.gap_options(i)
            rng.shuffle(choices)
            options.append(tuple(choices))
        elif gap.kind == "word_bank":
            options.append(tuple(bank_order))
        else:
            options.append(())
    return {"gap_options": tuple(options), "word_bank": tuple(bank_order)}


def _max_score(questions: Iterable, settings: RoundSettings) -> float:
    """The most a round can score (certainty-based marking: 3 times the points, for "sure" and right)."""
    factor = CBM_MARKS["sure"][0] if settings.certainty_marking else 1.0
    return float(sum(q.points for q in questions)) * factor


def _scrambled(n: int, rng: random.Random) -> list[int]:
    """A shuffled order of n items that is never the identity (so nothing starts solved)."""
    order = list(range(n))
    if n < 2:
        return order
    for _ in range(8):
        rng.shuffle(order)
        if order != sorted(order):
            return order
    return order[1:] + order[:1]


# --------------------------------------------------------------------------- the round


def scorable(question_set: QuestionSet | LoadResult, problems: list[Problem] | None = None) -> str | None:
    """None when the set may be played as a scored round, else the plain-words reason it may not."""
    if isinstance(question_set, LoadResult):
        problems = question_set.problems if problems is None else problems
        loaded = question_set.question_set
        if loaded is None:
            return translate("session", "This question set could not be loaded.")
        qset = loaded
    else:
        qset = question_set
    if qset.status == "draft":
        return (translate("session", "“{title}” is marked as a draft: it can be practised, but not played as a "
                "scored round until the teacher marks it ready.").format(title=qset.title))
    if problems is None:
        problems = check_set(qset)
    errors = [p for p in problems if p.severity == "error"]
    if errors:
        return (translate("session", "“{title}” has %n problem(s) to fix "
                "(run its check in the set editor): it can be practised, but not played as a scored round.", "", len(errors)).format(title=qset.title))
    return None


class Round:
    """One round being played. Create with :func:`start_round` or :func:`resume_round`."""

    def __init__(self, question_set: QuestionSet, settings: RoundSettings, questions: list, *, seed: int,
                 store: ScoreStore | None, profile_id: int | None, round_id: int | None, record: bool,
                 message: str | None, clock: Callable[[], float], wall_clock: Callable[[], float],
                 memory: dict[str, MemoryState] | None = None, desired_retention: float = DEFAULT_RETENTION):
        self.question_set = question_set
        self.settings = replace(settings, seed=seed)
        self.seed = seed
        self.store = store
        self.profile_id = profile_id
        self.round_id = round_id
        self.record = record and store is not None and profile_id is not None
        self.message = message
        self._clock = clock
        self._wall_clock = wall_clock
        #: the student's memory state of each question of the set answered before (updated as they answer)
        self.memory: dict[str, MemoryState] = dict(memory or {})
        self.desired_retention = desired_retention
        #: question id -> (state before, state after) for the answers of this round
        self.schedule_changes: dict[str, tuple[MemoryState | None, MemoryState]] = {}
        total = len(questions)
        self.presented: list[PresentedQuestion] = [
            _present(question_set, q, i + 1, total, seed, settings.shuffle) for i, q in enumerate(questions)
        ]
        #: ids of the questions answered after "Show me the passage" (no schedule credit)
        self.assisted: set[str] = set()
        self.results: list[GradeResult | None] = [None] * total
        self.seconds: list[float | None] = [None] * total
        self.certainties: list[str | None] = [None] * total
        self.max_score = _max_score(questions, settings)
        self._pos = 0
        self._time_used_before = 0.0
        self._resumed_at = clock()
        self._question_started: float | None = None
        self._last_mark = self._resumed_at
        self._finished = total == 0
        self._time_up = False
        self._abandoned = False
        self._summary: RoundSummary | None = None
        self._today = _today(wall_clock)
        #: indices of the questions the student has been shown
        self._shown: set[int] = set()
        self._warned: set[int] = set()
        self._added_time = 0.0
        self._limit_off = False

    # ---------------------------------------------------------------- state

    @property
    def mode(self) -> str:
        return self.settings.mode

    @property
    def total(self) -> int:
        return len(self.presented)

    @property
    def position(self) -> int:
        """0-based index of the current question (== total when every question is done)."""
        return self._pos

    @property
    def is_finished(self) -> bool:
        return self._finished

    @property
    def feedback_now(self) -> bool:
        """Show each result right after the answer (else only in the summary)."""
        return self.settings.feedback == "after_each"

    @property
    def rules(self) -> GradingRules:
        return self.settings.rules

    @property
    def warning(self) -> str | None:
        """A plain-words warning to show (e.g. scores cannot be saved), or None."""
        return self.store.warning if self.store is not None and self.store.degraded else None

    @property
    def time_limit(self) -> float | None:
        """The round's limit in seconds, extra time included; None for no limit."""
        if self.settings.time_limit_seconds is None or self._limit_off:
            return None
        return self.settings.time_limit_seconds * (self.settings.extra_time_factor or 1.0) + self._added_time

    @property
    def time_used(self) -> float:
        if self._finished and self._summary is not None:
            return self._summary.duration_seconds
        return self._time_used_before + (self._clock() - self._resumed_at)

    def time_remaining(self) -> float | None:
        limit = self.time_limit
        if limit is None:
            return None
        return max(0.0, limit - self.time_used)

    @property
    def time_up(self) -> bool:
        return self._time_up

    def time_warning(self) -> str | None:
        """"1 minute left." / "20 seconds left.", once each, when the time left first reaches it (the GUI's
        timer asks every second); None otherwise."""
        remaining, limit = self.time_remaining(), self.time_limit
        if remaining is None or limit is None or self._finished:
            return None
        # a round shorter than a warning's time never gives it (the plan said how long it is)
        due = [w for w in TIME_WARNINGS if remaining <= w < limit and w not in self._warned]
        if not due:
            return None
        self._warned.update(due)
        smallest = min(due)
        return translate("session", "1 minute left.") if smallest == 60 else translate("session", "%n second(s) left.", "", smallest)

    @property
    def time_adjustable(self) -> bool:
        """A practice or review round with a limit: the student may add time or switch it off (WCAG 2.2.1).
        A scored round keeps the teacher's limit (extra time comes from the student's profile)."""
        return self.mode != "scored" and self.time_limit is not None and not self._finished

    def add_time(self, seconds: float = ADD_TIME_SECONDS) -> None:
        if not self.time_adjustable:
            raise RoundError("This round's time limit cannot be changed.")
        self._added_time += seconds
        self._warned = {w for w in self._warned if (self.time_remaining() or 0) <= w}

    def switch_off_time_limit(self) -> None:
        if not self.time_adjustable:
            raise RoundError("This round's time limit cannot be changed.")
        self._limit_off = True

    def check_time(self) -> bool:
        """End the round when its time is up (the GUI's timer calls this). True when it has just ended."""
        if self._finished or self.time_limit is None:
            return False
        remaining = self.time_remaining()
        if remaining is not None and remaining <= 0:
            self._time_up = True
            self._finish()
            return True
        return False

    @property
    def score(self) -> float:
        """Points so far (never below 0)."""
        return max(0.0, sum(r.points_awarded for r in self.results if r is not None))

    @property
    def possible_so_far(self) -> float:
        return float(sum(r.points_possible for r in self.results if r is not None))

    @property
    def current(self) -> PresentedQuestion | None:
        """The question to show now, without starting its timer (see :meth:`present`)."""
        if self._finished or self._pos >= self.total:
            return None
        return self.presented[self._pos]

    def present(self) -> PresentedQuestion | None:
        """The question to show now, or None when the round is over; the first call starts its answer timer."""
        if self.check_time():
            return None
        shown = self.current
        if shown is not None and self._question_started is None:
            self._question_started = self._clock()
        if shown is not None:
            self._shown.add(self._pos)
        return shown

    # ---------------------------------------------------------------- answering

    @property
    def passage_help_allowed(self) -> bool:
        """Practice and reviews may show the passage before the answer; a scored round may not."""
        return self.mode != "scored"

    def show_passage(self) -> RetryPassage | None:
        """"Show me the passage": the current question's paragraph, asked for before answering. The answer
        that follows is *assisted*: it is graded and counted as usual but earns no schedule credit (it was
        read, not recalled). Recall comes first, so the round never offers the passage on its own."""
        if not self.passage_help_allowed:
            raise RoundError("A scored round does not show the passage before the answer.")
        shown = self.current
        if shown is None:
            return None
        self.assisted.add(shown.question.id)
        return retry_passage(self.question_set, shown.question)

    def answer(self, response: Any, certainty: str | None = None) -> GradeResult:
        """Grade the current question, record it (committed at once), move on. ``None`` = skip.
        With certainty-based marking every answer (not a skip) needs ``certainty``."""
        if self._finished:
            raise RoundFinished("This round is over.")
        shown = self.presented[self._pos]
        if self.settings.certainty_marking and response is not None and certainty not in CBM_MARKS:
            raise ValueError("This round uses certainty-based marking: say how sure you are with the answer.")
        if self.check_time():
            return skipped_result(shown.question, shown.source,
                                  note=translate("session", "Time was up: this answer came too late and was not counted."))
        result = grade(shown.question, response, self.rules, self.question_set)  # a bad shape raises first
        if self.settings.certainty_marking:
            if response is not None and certainty is not None:
                result = certainty_marked(result, certainty, float(shown.question.points))
                self.certainties[self._pos] = certainty
            else:
                result = replace(result, points_possible=CBM_MARKS["sure"][0] * shown.question.points)
        if shown.question.id in self.assisted:
            note = translate("session", "You read the passage first, so this answer earns no spaced-review credit: "
                             "the question comes back soon.")
            result = replace(result, note=f"{result.note} {note}" if result.note else note)
        now = self._clock()
        seconds = max(0.0, now - (self._question_started if self._question_started is not None else self._last_mark))
        self._store_answer(self._pos, shown, result, seconds)
        self.results[self._pos] = result
        self.seconds[self._pos] = seconds
        self._question_started = None
        self._last_mark = now
        self._advance()
        return result

    def skip(self) -> GradeResult:
        return self.answer(None)

    def _store_answer(self, index: int, shown: PresentedQuestion, result: GradeResult, seconds: float) -> None:
        recorder = self._recorder()
        if recorder is None:
            return
        store, round_id = recorder
        at = self._wall_clock()
        store.record_answer(
            round_id, shown.question.id, response_json=response_to_json(result.response),
            correct=result.correct, points=result.points_awarded, possible=result.points_possible,
            seconds=seconds, answered_at=at)
        qid = shown.question.id
        assisted = qid in self.assisted
        rating = mem.rating_for(correct=result.correct, partial=result.partial, assisted=assisted)
        before = self.memory.get(qid)
        after = mem.review(before, qid, rating, at, self.desired_retention)
        self.memory[qid] = after
        self.schedule_changes[qid] = (before, after)
        store.record_review(round_id, after, rating, assisted=assisted, certainty=self.certainties[index])

    def next_review_days(self, question_id: str) -> int | None:
        """Days until an answered question of this round comes back (None: not answered, or not recorded)."""
        change = self.schedule_changes.get(question_id)
        return None if change is None else change[1].days_until_due(self._wall_clock())

    def _advance(self) -> None:
        while self._pos < self.total and self.results[self._pos] is not None:
            self._pos += 1
        if self._pos >= self.total:
            self._finish()

    # ---------------------------------------------------------------- ending

    def finish(self) -> RoundSummary:
        """End the round now (questions not answered count as unanswered) and return the summary."""
        if not self._finished:
            self._finish()
        return self.summary()

    @property
    def unfinished_scored(self) -> bool:
        """A scored round still being played (leaving it now would cost points)."""
        return self.mode == "scored" and not self._finished

    def abandon(self) -> None:
        """Stop without finishing: the round keeps the answers given and is marked abandoned."""
        if self._finished:
            return
        self._abandoned = True
        self._finished = True
        self._summary = self._build_summary()
        recorder = self._recorder()
        if recorder is not None:
            recorder[0].finish_round(recorder[1], self._summary.score, self._summary.max_score, status="abandoned")

    def _finish(self) -> None:
        self._finished = True
        self._summary = self._build_summary()
        recorder = self._recorder()
        if recorder is not None:
            recorder[0].finish_round(recorder[1], self._summary.score, self._summary.max_score)

    def _recorder(self) -> tuple[ScoreStore, int] | None:
        """The store and the round id the answers are recorded under, when this round records them."""
        if self.record and self.store is not None and self.round_id is not None:
            return self.store, self.round_id
        return None

    def summary(self) -> RoundSummary:
        """The round's summary; while the round is still running, a summary of it so far."""
        if self._summary is not None:
            return self._summary
        return self._build_summary()

    def _build_summary(self) -> RoundSummary:
        outcomes = []
        topics: dict[str, list[float]] = {}
        answered = correct = partial = skipped = unanswered = reached = 0
        bonus = 0.0
        scored = self.mode == "scored"
        per_question = (self.time_limit / self.total) if (self.time_limit and self.total) else None
        quick = per_question / 3 if per_question else 10.0
        for i, (shown, result, secs) in enumerate(zip(self.presented, self.results, self.seconds, strict=True)):
            was_answered = result is not None
            was_reached = was_answered or i in self._shown
            reached += was_reached
            if result is None:
                unanswered += 1
                if not was_reached:
                    note = translate("session", "Not reached: time was up.") if self._time_up else translate("session", "Not reached: the round ended first.")
                else:
                    note = translate("session", "Not answered: time was up.") if self._time_up else translate("session", "Not answered.")
                result = skipped_result(shown.question, shown.source, note=note)
            else:
                answered += 1
                skipped += result.skipped
                correct += result.correct
                partial += result.partial
                if self.settings.speed_bonus and result.correct and secs is not None and secs < quick:
                    bonus += SPEED_BONUS_SHARE * result.points_possible
            if not was_answered and self.settings.certainty_marking:
                result = replace(result, points_possible=CBM_MARKS["sure"][0] * shown.question.points)
            outcomes.append(QuestionOutcome(shown, result, secs, was_answered, was_reached, self.certainties[i]))
            if not scored and not was_answered:
                continue  # practice and reviews are scored over the questions answered
            for topic in shown.question.core_topics() or shown.question.topics[:1]:
                agg = topics.setdefault(topic, [0, 0, 0.0, 0.0])
                agg[0] += 1
                agg[1] += result.correct
                agg[2] += result.points_awarded
                agg[3] += result.points_possible
        score = max(0.0, sum(o.result.points_awarded for o in outcomes))
        if scored:
            max_score = self.max_score
        else:
            max_score = float(sum(o.result.points_possible for o in outcomes if o.answered))
        percent = 100.0 * score / max_score if max_score else 0.0
        order = {t: i for i, t in enumerate(CORE_TOPICS)}
        per_topic = tuple(
            TopicScore(t, TOPIC_LABELS.get(t, t), int(a[0]), int(a[1]), float(a[2]), float(a[3]))
            for t, a in sorted(topics.items(), key=lambda kv: (order.get(kv[0], 99), kv[0]))
        )
        message = self.message
        if self._time_up:
            message = translate("session", "Time is up.") + (f" {message}" if message else "")
        return RoundSummary(
            round_id=self.round_id, mode=self.mode, set_id=self.question_set.id, set_title=self.question_set.title,
            score=round(score, 6), max_score=max_score, percent=round(percent, 2),
            passed=percent >= self.settings.pass_mark_percent, pass_mark_percent=self.settings.pass_mark_percent,
            duration_seconds=self._time_used_before + (self._clock() - self._resumed_at),
            answered=answered, correct=correct, partial=partial, skipped=skipped, unanswered=unanswered,
            time_up=self._time_up, per_topic=per_topic,
            missed=tuple(o for o in outcomes if o.reached and (o.answered or scored) and not o.result.correct),
            outcomes=tuple(outcomes),
            speed_bonus=round(bonus, 6), message=message, warning=self.warning,
            reached=reached, not_reached=len(outcomes) - reached if scored else 0,
            next_reviews=tuple((o.presented.question.id, days) for o in outcomes if o.answered
                               and (days := self.next_review_days(o.presented.question.id)) is not None),
            calibration=tuple((c, sum(o.certainty == c for o in outcomes),
                               sum(o.certainty == c and o.result.correct for o in outcomes)) for c in CBM_MARKS)
            if self.settings.certainty_marking else (),
        )


# --------------------------------------------------------------------------- starting and resuming


def _unpack(question_set: QuestionSet | LoadResult) -> tuple[QuestionSet, list[Problem] | None]:
    if isinstance(question_set, LoadResult):
        if question_set.question_set is None:
            raise RoundError("This question set could not be loaded, so it cannot be played.")
        return question_set.question_set, question_set.problems
    return question_set, None


def _profile(store: ScoreStore | None, profile: Profile | int | None) -> Profile | None:
    if profile is None:
        return None
    if isinstance(profile, Profile):
        return profile
    if store is None:
        return Profile(int(profile), "")
    found = store.profile(int(profile))
    if found is None:
        raise RoundError(f"There is no student profile with id {profile}.")
    return found


def start_round(question_set: QuestionSet | LoadResult, settings: RoundSettings | None = None, *,
                store: ScoreStore | None = None, profile: Profile | int | None = None, record: bool = True,
                problems: list[Problem] | None = None, clock: Callable[[], float] = time.monotonic,
                wall_clock: Callable[[], float] = time.time, desired_retention: float = DEFAULT_RETENTION) -> Round:
    """Draw and start a round.

    ``store`` + ``profile`` record every answer as it is given; ``record=False`` (or no store) plays
    without recording anything (a teacher trying a set). A set loaded with ``load_set`` may be passed
    as its ``LoadResult`` so its problems are not checked again. Raises :class:`DraftNotScorable`
    for a scored round of a draft or invalid set.
    """
    qset, load_problems = _unpack(question_set)
    settings = settings or RoundSettings.for_set(qset)
    if settings.mode == "scored":
        reason = scorable(qset, problems if problems is not None else load_problems)
        if reason:
            raise DraftNotScorable(reason)
    prof = _profile(store, profile)
    if settings.extra_time_factor is None:
        settings = replace(settings, extra_time_factor=prof.extra_time_factor if prof else 1.0)
    seed = settings.seed if settings.seed is not None else secrets.randbits(31)
    settings = replace(settings, seed=seed)
    memory_states: dict[str, MemoryState] = {}
    message: str | None = None
    if store is not None and prof is not None:
        memory_states = store.memory_states(prof.id, qset.id)
    if settings.mode in ("review_mistakes", "spaced_review"):
        if store is None or prof is None:
            questions, message = [], translate("session", "Reviews need a student profile, so this round has no questions.")
        elif settings.mode == "review_mistakes":
            questions, message = _draw_mistakes(qset, settings, store, prof.id)
        else:
            questions, message = _draw_spaced(qset, settings, memory_states, seed, _today(wall_clock))
    else:
        questions = draw_questions(qset, settings, seed)
        message = _shortfall_message(len(questions), settings.count, "match")
    round_id = None
    recording = record and store is not None and prof is not None
    if recording and questions and store is not None and prof is not None:
        content_hash = set_content_hash(qset)
        store.register_set(qset, content_hash)
        round_id = store.start_round(
            prof.id, qset.id, content_hash, settings.mode, settings.to_json(), seed,
            [q.id for q in questions], set_title=qset.title, max_score=_max_score(questions, settings),
            started=wall_clock())
    return Round(qset, settings, questions, seed=seed, store=store, profile_id=prof.id if prof else None,
                 round_id=round_id, record=recording and round_id is not None, message=message, clock=clock,
                 wall_clock=wall_clock, memory=memory_states, desired_retention=desired_retention)


def _draw_mistakes(qset: QuestionSet, settings: RoundSettings, store: ScoreStore, profile_id: int):
    ids = store.mistakes(profile_id, qset.id)
    by_id = {q.id: q for q in qset.questions}
    pool = filter_questions(qset, settings, [by_id[i] for i in ids if i in by_id])
    chosen = pool[: settings.count]
    if not chosen:
        return [], translate("session", "There are no mistakes to review in this set. Well done!")
    return chosen, _shortfall_message(len(chosen), settings.count, "mistakes")


def review_counts(question_set: QuestionSet, store: ScoreStore, profile_id: int, *,
                  wall_clock: Callable[[], float] = time.time) -> ReviewQueue:
    """Today's spaced-review queue of a student for a whole set: what the start screen counts, from the question ids
    (``round_settings.review_counts_of``, so a set only listed counts the same); each entry has the question's ``id``."""
    return review_counts_of(question_set.id, [q.id for q in question_set.questions], store, profile_id,
                            wall_clock=wall_clock)


def _draw_spaced(qset: QuestionSet, settings: RoundSettings, memory: dict[str, MemoryState], seed: int, today: int):
    rng = random.Random(seed)
    queue = review_queue(filter_questions(qset, settings), memory, today)
    due, new = list(queue.due), list(queue.new)
    if settings.shuffle:
        rng.shuffle(new)
    chosen = (due + new)[: settings.count]
    if not chosen:
        return [], translate("session", "Nothing is due for review today. Come back tomorrow!")
    return chosen, _shortfall_message(len(chosen), settings.count, "due")


def resume_round(question_set: QuestionSet | LoadResult, store: ScoreStore, round_id: int, *,
                 clock: Callable[[], float] = time.monotonic, wall_clock: Callable[[], float] = time.time,
                 desired_retention: float = DEFAULT_RETENTION) -> Round:
    """Rebuild an interrupted round (same questions and orders, from its seed, settings and drawn ids),
    with the answers already recorded; play goes on at the first unanswered question."""
    qset, _ = _unpack(question_set)
    rec = store.round_record(round_id)
    if rec is None:
        raise RoundError("This round is no longer in the score file.")
    if rec.set_id != qset.id:
        raise RoundError(f"This round was played with the set “{rec.set_title or rec.set_id}”, not “{qset.title}”.")
    if rec.status != "in_progress":
        raise RoundError("This round is already over.")
    settings = replace(RoundSettings.from_json(rec.settings), seed=rec.seed)
    message = None
    if rec.question_ids is not None:
        by_id = {q.id: q for q in qset.questions}
        questions = [by_id[i] for i in rec.question_ids if i in by_id]
        if len(questions) < len(rec.question_ids):
            message = translate("session", "The question set has changed since this round began; questions it no longer has are left out.")
    else:  # rounds stored before drawn ids were kept: draw again from the seed
        questions = draw_questions(qset, settings, rec.seed)
    if rec.set_hash != set_content_hash(qset) and message is None:
        message = translate("session", "The question set has been edited since this round began.")
    memory_states = store.memory_states(rec.profile_id, qset.id)
    store.claim_round(round_id)
    rnd = Round(qset, settings, questions, seed=rec.seed, store=store, profile_id=rec.profile_id, round_id=round_id,
                record=True, message=message, clock=clock, wall_clock=wall_clock, memory=memory_states,
                desired_retention=desired_retention)
    index = {p.question.id: i for i, p in enumerate(rnd.presented)}
    used = 0.0
    certainties = store.round_certainties(round_id) if settings.certainty_marking else {}
    for ans in store.round_answers(round_id):
        i = index.get(ans.question_id)
        if i is None:
            continue
        shown = rnd.presented[i]
        try:
            response = response_from_json(shown.question, ans.response)
            result = grade(shown.question, response, rnd.rules, qset)
            certainty = certainties.get(ans.question_id)
            if certainty is not None and response is not None:
                result = certainty_marked(result, certainty, float(shown.question.points))
                rnd.certainties[i] = certainty
        except (ValueError, KeyError):  # the question changed shape since: keep the recorded points
            result = replace(skipped_result(shown.question, shown.source, note=translate("session", "Answered before the set changed.")),
                             skipped=False, points_awarded=ans.points, points_possible=ans.possible,
                             correct=ans.correct)
        rnd.results[i] = result
        rnd.seconds[i] = ans.seconds
        used += ans.seconds or 0.0
        if shown.question.id in memory_states:  # already rated when it was answered
            state = memory_states[shown.question.id]
            rnd.schedule_changes[shown.question.id] = (None, state)
    rnd._time_used_before = used
    rnd._pos = 0
    rnd._advance()
    return rnd


__all__ = [
    "CBM_MARKS",
    "CERTAINTY_LABELS",
    "LEITNER_INTERVAL_DAYS",
    "MODES",
    "MODE_LABELS",
    "DraftNotScorable",
    "Feedback",
    "Mode",
    "PresentedQuestion",
    "QuestionOutcome",
    "RetryPassage",
    "ReviewQueue",
    "Round",
    "RoundError",
    "RoundFinished",
    "RoundSettings",
    "RoundSummary",
    "TopicScore",
    "certainty_marked",
    "credit_text",
    "draw_questions",
    "due_day",
    "duration_text",
    "filter_questions",
    "next_box",
    "points_text",
    "resume_round",
    "retry_passage",
    "review_queue",
    "round_plan",
    "scorable",
    "start_round",
]

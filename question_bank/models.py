"""The question set format: one self-contained JSON file per set.

Everything here is plain pydantic v2, strict about unknown fields, and free of Qt.
Structural rules that need only one question (exactly one correct choice, distinct
items, tolerance >= 0) live in the model validators; rules that need the source
text (is the quote really there? does it state the answer?) live in
``question_bank.validation`` so that *all* problems can be reported at once.
"""

from __future__ import annotations

from typing import Annotated, ClassVar, Literal

from pydantic import BaseModel, ConfigDict, Field, field_validator, model_validator

from .topics import CORE_TOPICS, QUESTION_TYPES, TOPIC_LABELS, TYPE_LABELS  # noqa: F401  (re-exported)

SCHEMA_VERSION = 1

_CORE_SET = frozenset(CORE_TOPICS)

NonEmpty = Annotated[str, Field(min_length=1)]


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", str_strip_whitespace=False, validate_assignment=False)


#: the most options a multiple-choice question may have (Moodle and Canvas allow more; ten fit a screen)
MAX_CHOICES = 10


def _norm_key(text: str, fold_case: bool = True) -> str:
    """Whitespace-insensitive (and, unless told otherwise, case-insensitive) key used to spot duplicates."""
    return " ".join((text.casefold() if fold_case else text).split())


def _check_distinct(values: list[str], what: str, fold_case: bool = True) -> None:
    # the keys of _norm_key written out: this runs for several lists of every question of a set
    keys = ({" ".join(v.casefold().split()) for v in values} if fold_case else {" ".join(v.split()) for v in values})
    if len(keys) == len(values):
        return
    seen: dict[str, int] = {}
    for i, value in enumerate(values):
        key = _norm_key(value, fold_case)
        if key in seen:
            raise ValueError(f"{what} {seen[key] + 1} and {i + 1} are the same: {value!r}")
        seen[key] = i


class Evidence(_Strict):
    """A passage quoted word for word from one of the set's sources."""

    source: NonEmpty = Field(description="The id of a source of this set.")
    quote: NonEmpty = Field(
        description="An exact passage of that source. Only whitespace runs and typographic "
        "quote/dash/apostrophe variants may differ."
    )
    # Filled in by validation (``validation.record_span``): the character span (start, end) of the quote in
    # the source text, kept in pydantic's store of private values (copied, compared and pickled with the
    # model). Not a ``PrivateAttr``: pydantic sets up declared private attributes for every instance it
    # builds, a third of parsing a 10,000-question set; without one the store is None until a span is found.

    @property
    def span(self) -> tuple[int, int] | None:
        private = self.__pydantic_private__
        return private.get("_span") if private else None


class Source(_Strict):
    id: NonEmpty
    title: NonEmpty
    citation: str = Field(default="", description="Where the text comes from, as it should be cited.")
    text: NonEmpty = Field(description="The full text, verbatim. Paragraphs are separated by line breaks.")


class RoundDefaults(_Strict):
    """How a scored round of this set is played unless the teacher changes it."""

    question_count: int = Field(default=10, ge=1, le=500)
    time_limit_seconds: int | None = Field(default=None, ge=10, description="None means no time limit.")
    feedback: Literal["after_each", "at_end"] = "after_each"
    pass_mark_percent: float = Field(default=60.0, ge=0, le=100)
    partial_credit: bool = Field(
        default=True,
        description="Multiple select, ordering and matching earn a share of the points "
        "(see the grading rules); False makes them all-or-nothing.",
    )
    negative_marking: bool = Field(
        default=False, description="A wrong multiple-choice answer costs a share of its points."
    )
    shuffle: bool = True
    speed_bonus: bool = False
    certainty_marking: bool = Field(
        default=False,
        description="Certainty-based marking (Moodle's scale): with each answer the student says sure, fairly "
        "sure or not sure; right earns 3, 2 or 1 times the points, wrong costs 6, 2 or 0 times.",
    )


class _QuestionBase(_Strict):
    id: NonEmpty = Field(description="Stable id, unique within the set.")
    prompt: NonEmpty
    topics: list[NonEmpty] = Field(
        min_length=1, description=f"At least one of {', '.join(CORE_TOPICS)}; extra free tags are allowed."
    )
    difficulty: int = Field(default=2, ge=1, le=3)
    points: float = Field(default=1.0, gt=0, le=100)
    explanation: NonEmpty = Field(description="Why the answer is right, in plain words.")
    evidence: Evidence
    support_note: str | None = Field(
        default=None,
        description="Opt-out of the automatic answer-in-quote check. Set it to a short reason when "
        "the quote supports the answer in words the checker cannot match (a paraphrase, an order "
        "of events, a pairing). The validator then lists the question as teacher-verified instead "
        "of checking it. Never a silent pass: `quiz-bank validate` reports every such question.",
    )

    @field_validator("topics")
    @classmethod
    def _has_core_topic(cls, topics: list[str]) -> list[str]:
        if _CORE_SET.isdisjoint(topics):
            raise ValueError(f"needs at least one of the topics {', '.join(CORE_TOPICS)}")
        if len(topics) > 1:
            _check_distinct(topics, "topics")
        return topics

    @field_validator("support_note")
    @classmethod
    def _note_not_blank(cls, note: str | None) -> str | None:
        if note is not None and not note.strip():
            raise ValueError("support_note must give a reason when it is set")
        return note

    def evidences(self) -> list[tuple[str, Evidence]]:
        """Every evidence of the question with its relative JSON path."""
        return [("evidence", self.evidence)]

    def core_topics(self) -> list[str]:
        return [t for t in self.topics if t in CORE_TOPICS]

    def answer_text(self) -> str:
        """The correct answer written out for a student or a spreadsheet."""
        raise NotImplementedError


class Choice(_Strict):
    text: NonEmpty
    correct: bool = False
    feedback: str | None = Field(default=None, description="Why this option is right or wrong.")
    evidence: Evidence | None = None


class _ChoiceQuestion(_QuestionBase):
    choices: list[Choice]

    #: the question type in a teacher's words, for the option-count message
    _kind_in_words: ClassVar[str] = "choice"

    @field_validator("choices")
    @classmethod
    def _choice_count(cls, choices: list[Choice]) -> list[Choice]:
        _check_choice_count(choices, cls._kind_in_words)
        return choices

    @model_validator(mode="after")
    def _distinct_choices(self):
        # case matters in an option a student clicks: "GB" (gigabyte) and "Gb" (gigabit) are two answers
        _check_distinct([c.text for c in self.choices], "choices", fold_case=False)
        # then the type's own rule, in this one validator (a validator each cost pydantic a call per question)
        self._check_correct_count()
        return self

    def _check_correct_count(self) -> None:
        """Raise ValueError when the question has a number of correct choices its type does not allow."""

    def correct_choices(self) -> list[Choice]:
        return [c for c in self.choices if c.correct]

    def answer_text(self) -> str:
        return "; ".join(c.text for c in self.correct_choices())

    def evidences(self) -> list[tuple[str, Evidence]]:
        out = super().evidences()
        out += [(f"choices[{i}].evidence", c.evidence) for i, c in enumerate(self.choices) if c.evidence]
        return out


def _check_choice_count(choices: list[Choice], kind: str) -> None:
    if not 2 <= len(choices) <= MAX_CHOICES:
        raise ValueError(f"a {kind} question has between 2 and {MAX_CHOICES} options; this one has {len(choices)}")


class MultipleChoice(_ChoiceQuestion):
    type: Literal["multiple_choice"] = "multiple_choice"
    choices: list[Choice] = Field(description=f"2 to {MAX_CHOICES} options.",
                                  json_schema_extra={"minItems": 2, "maxItems": MAX_CHOICES})
    _kind_in_words: ClassVar[str] = "multiple-choice"

    def _check_correct_count(self) -> None:
        n = len(self.correct_choices())
        if n != 1:
            raise ValueError(f"a multiple_choice question needs exactly one correct choice, it has {n}")


class MultipleSelect(_ChoiceQuestion):
    type: Literal["multiple_select"] = "multiple_select"
    choices: list[Choice] = Field(description=f"2 to {MAX_CHOICES} options.",
                                  json_schema_extra={"minItems": 2, "maxItems": MAX_CHOICES})
    _kind_in_words: ClassVar[str] = "choose-all-that-apply"

    def _check_correct_count(self) -> None:
        if not self.correct_choices():
            raise ValueError("a multiple_select question needs at least one correct choice")


class TrueFalse(_QuestionBase):
    type: Literal["true_false"] = "true_false"
    answer: bool = Field(description="Whether the statement in the prompt is true according to the source.")
    correction: str | None = Field(
        default=None,
        description="For a false statement: the fact as the source states it. The checker looks for it in the quote.",
    )
    feedback_wrong: str | None = Field(default=None, description="Shown to a student who answers wrongly.")
    feedback_right: str | None = Field(
        default=None,
        description="Shown to a student who answers rightly only (the explanation is shown to everyone).",
    )

    def answer_text(self) -> str:
        return "True" if self.answer else "False"


class Numeric(_QuestionBase):
    type: Literal["numeric"] = "numeric"
    # a finite number: "1e999" or Infinity would make every answer right (or none)
    value: float = Field(allow_inf_nan=False)
    tolerance: float = Field(default=0.0, ge=0, allow_inf_nan=False,
                             description="Answers within value ± tolerance are correct.")
    unit: str | None = Field(default=None, description="What the number counts, e.g. 'troops' or 'divisions'.")

    def answer_text(self) -> str:
        value = f"{self.value:,.10g}" if abs(self.value) >= 10000 else f"{self.value:.10g}"
        if self.tolerance:
            value += f" (± {self.tolerance:,.10g})"
        return f"{value} {self.unit}" if self.unit else value


class ShortAnswer(_QuestionBase):
    type: Literal["short_answer"] = "short_answer"
    accepted: list[NonEmpty] = Field(
        min_length=1,
        description="Accepted answers; the first is the canonical one shown as the correct answer. Matching "
        "ignores case, accents, punctuation, hyphens, leading articles and one typo in longer answers.",
    )

    @model_validator(mode="after")
    def _distinct_answers(self):
        _check_distinct(self.accepted, "accepted answers")
        return self

    def answer_text(self) -> str:
        return self.accepted[0]


class OrderItem(_Strict):
    text: NonEmpty
    date: str | None = Field(default=None, description="The date the source gives for this event, as written there.")
    evidence: Evidence | None = None


class Ordering(_QuestionBase):
    type: Literal["ordering"] = "ordering"
    items: list[OrderItem] = Field(min_length=3, max_length=6, description="The events in their correct order.")

    @model_validator(mode="after")
    def _distinct_items(self):
        _check_distinct([i.text for i in self.items], "items")
        return self

    def evidences(self) -> list[tuple[str, Evidence]]:
        out = super().evidences()
        out += [(f"items[{i}].evidence", it.evidence) for i, it in enumerate(self.items) if it.evidence]
        return out

    def answer_text(self) -> str:
        return " → ".join(f"{it.text} ({it.date})" if it.date else it.text for it in self.items)


class Pair(_Strict):
    left: NonEmpty
    right: NonEmpty
    evidence: Evidence | None = Field(default=None, description="The passage that states this pair, when it is "
                                      "not the question's quote.")


class Matching(_QuestionBase):
    type: Literal["matching"] = "matching"
    pairs: list[Pair] = Field(min_length=2, max_length=8)
    distractors: list[NonEmpty] = Field(
        default_factory=list, description="Extra right-hand options that match nothing."
    )

    @model_validator(mode="after")
    def _distinct_pairs(self):
        _check_distinct([p.left for p in self.pairs], "left items")
        _check_distinct([p.right for p in self.pairs] + self.distractors, "right items")
        return self

    def evidences(self) -> list[tuple[str, Evidence]]:
        out = super().evidences()
        out += [(f"pairs[{i}].evidence", p.evidence) for i, p in enumerate(self.pairs) if p.evidence]
        return out

    def answer_text(self) -> str:
        return "; ".join(f"{p.left} → {p.right}" for p in self.pairs)


class Cite(_QuestionBase):
    type: Literal["cite"] = "cite"
    statement: NonEmpty = Field(description="The claim; the student picks the source sentence that proves it.")

    def answer_text(self) -> str:
        return f"“{self.evidence.quote}”"


#: the most gaps one cloze passage may have (a passage with more is a worksheet, not a question)
MAX_GAPS = 20

GapKind = Literal["short_answer", "numeric", "dropdown", "word_bank"]


class ClozeGap(_Strict):
    """One gap of a cloze passage: a span of the question's quote that the student fills in."""

    start: int = Field(ge=0, description="Where the gap starts in the quote (a character offset, from 0).")
    end: int = Field(gt=0, description="Where the gap ends in the quote (exclusive).")
    answer: NonEmpty = Field(description="The words of the quote the gap hides: exactly quote[start:end].")
    kind: GapKind = Field(
        default="short_answer",
        description="short_answer: typed, with the tolerance of short-answer questions; numeric: a typed "
        "number; dropdown: chosen from the answer and its distractors; word_bank: chosen from one bank shared "
        "by the passage's word-bank gaps.",
    )
    accepted: list[NonEmpty] = Field(
        default_factory=list, description="Other accepted answers of a short_answer gap (the span always counts)."
    )
    tolerance: float = Field(default=0.0, ge=0, allow_inf_nan=False,
                             description="A numeric gap accepts answers within its number ± tolerance.")
    distractors: list[NonEmpty] = Field(
        default_factory=list, description="The wrong options of a dropdown gap (at least one)."
    )
    weight: float = Field(default=1.0, gt=0, le=100, description="The gap's share of the question's points.")

    @model_validator(mode="after")
    def _kind_needs(self):
        if self.end <= self.start:
            raise ValueError(f"a gap must end after it starts (start {self.start}, end {self.end})")
        if self.kind == "dropdown" and not self.distractors:
            raise ValueError(f"the drop-down gap {self.answer!r} needs at least one wrong option (distractors)")
        if self.kind != "dropdown" and self.distractors:
            raise ValueError(f"only a drop-down gap has distractors; the gap {self.answer!r} is {self.kind}")
        if self.distractors:
            _check_distinct([self.answer, *self.distractors], "options of the gap", fold_case=False)
        if self.accepted and self.kind != "short_answer":
            raise ValueError(f"only a short-answer gap has other accepted answers; the gap {self.answer!r} is "
                             f"{self.kind}")
        return self


class Cloze(_QuestionBase):
    """A passage of the source with gaps: the passage is the quote, every gap a span of it."""

    type: Literal["cloze"] = "cloze"
    gaps: list[ClozeGap] = Field(min_length=1, max_length=MAX_GAPS,
                                 description="The gaps in reading order; they do not overlap.")
    bank_extras: list[NonEmpty] = Field(
        default_factory=list,
        description="Extra words in the word bank that fill no gap (the bank also holds every word-bank gap's answer).",
    )

    @model_validator(mode="after")
    def _gaps_fit_the_quote(self):
        quote = self.evidence.quote
        end = 0
        for n, gap in enumerate(self.gaps, 1):
            if gap.start < end:
                raise ValueError(f"gap {n} starts inside gap {n - 1} or before it: list the gaps in reading order, "
                                 "without overlaps")
            if gap.end > len(quote):
                raise ValueError(f"gap {n} ends at {gap.end}, after the end of the quote ({len(quote)} characters)")
            if quote[gap.start:gap.end] != gap.answer:
                raise ValueError(f"gap {n}'s answer {gap.answer!r} is not the quote's words at {gap.start}-{gap.end} "
                                 f"({quote[gap.start:gap.end]!r})")
            end = gap.end
        if self.bank_extras and not any(g.kind == "word_bank" for g in self.gaps):
            raise ValueError("bank_extras is set but no gap uses the word bank")
        if self.bank_extras:
            answers = {g.answer for g in self.gaps if g.kind == "word_bank"}
            for extra in self.bank_extras:
                if extra in answers:
                    raise ValueError(f"the extra bank word {extra!r} is the answer of a gap: extras must fill no gap")
            _check_distinct(self.bank_extras, "extra bank words", fold_case=False)
        return self

    def parts(self) -> list[tuple[str, int | None]]:
        """The passage in reading order: (text, None) for shown text, (answer, gap index) for a gap."""
        quote = self.evidence.quote
        out: list[tuple[str, int | None]] = []
        at = 0
        for i, gap in enumerate(self.gaps):
            if gap.start > at:
                out.append((quote[at:gap.start], None))
            out.append((gap.answer, i))
            at = gap.end
        if at < len(quote):
            out.append((quote[at:], None))
        return out

    def shown_text(self, blank: str = "_____") -> str:
        """The passage as the student sees it, each gap replaced by ``blank``."""
        return "".join(blank if i is not None else text for text, i in self.parts())

    def word_bank(self) -> list[str]:
        """The words of the shared word bank: each word-bank gap's answer (once), then the extras."""
        words: list[str] = []
        for gap in self.gaps:
            if gap.kind == "word_bank" and gap.answer not in words:
                words.append(gap.answer)
        return words + [w for w in self.bank_extras if w not in words]

    def gap_options(self, index: int) -> list[str]:
        """What a student chooses from for gap ``index``: a drop-down's answer and distractors, or the word bank."""
        gap = self.gaps[index]
        if gap.kind == "dropdown":
            return [gap.answer, *gap.distractors]
        if gap.kind == "word_bank":
            return self.word_bank()
        return []

    def answer_text(self) -> str:
        return "; ".join(f"{n}. {g.answer}" for n, g in enumerate(self.gaps, 1))


Question = Annotated[
    MultipleChoice | MultipleSelect | TrueFalse | Numeric | ShortAnswer | Ordering | Matching | Cite | Cloze,
    Field(discriminator="type"),
]


class QuestionSet(_Strict):
    schema_version: int = Field(default=SCHEMA_VERSION, ge=1)
    id: NonEmpty
    title: NonEmpty
    description: str = ""
    authors: list[str] = Field(default_factory=list)
    language: str = "en"
    status: Literal["ready", "draft"] = Field(
        default="ready", description="A draft may be practised but not played as a scored round."
    )
    round_defaults: RoundDefaults = Field(default_factory=RoundDefaults)
    sources: list[Source] = Field(min_length=1)
    questions: list[Question] = Field(default_factory=list)

    def source(self, source_id: str) -> Source | None:
        for s in self.sources:
            if s.id == source_id:
                return s
        return None

    def question(self, question_id: str):
        for q in self.questions:
            if q.id == question_id:
                return q
        return None

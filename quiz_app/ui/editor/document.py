"""The set being edited, as plain JSON-ready dicts, and what the validator says about it. No Qt here.

Why dicts and not ``QuestionSet``: the model requires evidence (and a prompt, an explanation, two
choices…) on every question, but a question the teacher has just added has none of these yet. The
editor therefore keeps the set in the shape of its file, and runs the same validator as
``quiz-bank validate`` (``question_bank.loading.validate_data``) on it after every edit. An
incomplete question is simply a question with errors: a new one starts with an empty quote
(``"evidence": {"source": <the first source>, "quote": ""}``), which the validator reports as
"'quote' must not be empty" until the teacher selects the passage. Such a set can be saved, but
only as a draft. The same representation opens a file that does not load at all (a missing
field, a typo in a type), so the editor is also where a broken set is repaired.
"""

from __future__ import annotations

import copy
import html
import re
from dataclasses import dataclass, field
from difflib import SequenceMatcher
from typing import Any, NamedTuple

from pydantic import TypeAdapter, ValidationError

from question_bank import evidence as ev
from question_bank.i18n import QT_TRANSLATE_NOOP, translate
from question_bank.lint import lint_set
from question_bank.loading import validate_data
from question_bank.models import (
    CORE_TOPICS,
    SCHEMA_VERSION,
    TYPE_LABELS,
    Question,
    QuestionSet,
    RoundDefaults,
    Source,
)
from question_bank.validation import FieldPath, Problem, check_set

from ...set_files import slug


class _Missing:
    """The value of a key that is absent (setting it deletes the key)."""

    def __repr__(self) -> str:
        return "MISSING"

    def __deepcopy__(self, memo):
        return self


MISSING: Any = _Missing()

_question_adapter: TypeAdapter = TypeAdapter(Question)

#: Hints the validator does not give, for the problems a teacher meets while building a question.
EDITOR_HINTS = {
    ("evidence", "quote"): QT_TRANSLATE_NOOP("document", "Select the passage in the source text beside the form, or use "
                                                     "“Suggest evidence”."),
    ("prompt",): QT_TRANSLATE_NOOP("document", "Write the question as the student will read it."),
    ("explanation",): QT_TRANSLATE_NOOP("document", "Say in plain words why the answer is right; students read it after "
                                                    "answering."),
    ("topics",): QT_TRANSLATE_NOOP("document", "Tick at least one of the topics: {topics}."),
    ("value",): QT_TRANSLATE_NOOP("document", "Type the number as the source gives it (digits, for example 135000)."),
}


# --------------------------------------------------------------------------- paths


def get_at(data: Any, path: FieldPath, default: Any = MISSING) -> Any:
    node = data
    for part in path:
        try:
            node = node[part]
        except (KeyError, IndexError, TypeError):
            return default
    return node


def set_at(data: Any, path: FieldPath, value: Any) -> None:
    """Set (or, with MISSING, delete) the value at ``path``; intermediate dicts are created."""
    if not path:
        raise ValueError("cannot replace the whole set")
    node = data
    for part, following in zip(path[:-1], path[1:], strict=True):
        if isinstance(node, dict) and part not in node:
            node[part] = [] if isinstance(following, int) else {}
        node = node[part]
    last = path[-1]
    if value is MISSING:
        if isinstance(node, dict):
            node.pop(last, None)
        elif isinstance(node, list) and isinstance(last, int) and last < len(node):
            del node[last]
        return
    if isinstance(node, list) and isinstance(last, int) and last == len(node):
        node.append(value)
    else:
        node[last] = value


# --------------------------------------------------------------------------- new things


def new_set_data(text: str, title: str, source_title: str = "", citation: str = "") -> dict:
    """A set with one source and no questions yet. Its status says "ready" (the teacher's intent);
    ``file_data`` writes it as a draft for as long as it has problems."""
    title = " ".join(title.split()) or "New question set"
    set_id = slug(title)
    return {
        "schema_version": SCHEMA_VERSION,
        "id": set_id,
        "title": title,
        "description": "",
        "authors": [],
        "language": "en",
        "status": "ready",
        "round_defaults": RoundDefaults().model_dump(mode="json"),
        "sources": [new_source(text, source_title or title, citation, set())],
        "questions": [],
    }


def new_source(text: str, title: str, citation: str, taken: set[str]) -> dict:
    base = slug(title, "source")
    sid, n = base, 1
    while sid in taken:
        n += 1
        sid = f"{base}-{n}"
    return {"id": sid, "title": " ".join(title.split()) or "Source", "citation": citation, "text": text}


def unique_question_id(data: dict, prefix: str = "q") -> str:
    taken = {q.get("id") for q in data.get("questions", []) if isinstance(q, dict)}
    n = len(taken) + 1
    while f"{prefix}-{n:03d}" in taken:
        n += 1
    return f"{prefix}-{n:03d}"


def new_question(qtype: str, qid: str, source_id: str, topics: list[str] | None = None) -> dict:
    """A question of ``qtype`` with the fields the form shows, empty where the teacher must write."""
    q: dict = {
        "id": qid,
        "type": qtype,
        "prompt": "",
        "topics": list(topics or ["context"]),
        "difficulty": 2,
        "explanation": "",
        "evidence": {"source": source_id, "quote": ""},
    }
    if qtype in ("multiple_choice", "multiple_select"):
        q["choices"] = [{"text": "", "correct": True}, {"text": "", "correct": False},
                        {"text": "", "correct": False}]
    elif qtype == "true_false":
        q["answer"] = True
    elif qtype == "numeric":
        q["tolerance"] = 0
    elif qtype == "short_answer":
        q["accepted"] = [""]
    elif qtype == "ordering":
        q["items"] = [{"text": ""} for _ in range(3)]
    elif qtype == "matching":
        q["pairs"] = [{"left": "", "right": ""} for _ in range(2)]
    elif qtype == "cite":
        q["prompt"] = "Which sentence of the text shows this?"
        q["statement"] = ""
    elif qtype == "cloze":
        # the passage is the quote: the teacher selects it, then picks the words to hide
        q["prompt"] = "Fill the gaps with the words of the text."
        q["gaps"] = []
    return q


def duplicate_question(data: dict, question: dict) -> dict:
    copied = copy.deepcopy(question)
    copied["id"] = unique_copy_id(data, str(question.get("id") or "q"))
    return copied


def unique_copy_id(data: dict, base: str) -> str:
    taken = {q.get("id") for q in data.get("questions", []) if isinstance(q, dict)}
    candidate, n = f"{base}-copy", 1
    while candidate in taken:
        n += 1
        candidate = f"{base}-copy{n}"
    return candidate


# --------------------------------------------------------------------------- the list of questions, changed


def question_at(data: dict | None, index: int) -> dict | None:
    """Question ``index`` of the set, if there is one there (a dict)."""
    questions = (data or {}).get("questions", [])
    if 0 <= index < len(questions) and isinstance(questions[index], dict):
        return questions[index]
    return None


def with_new_question(data: dict, qtype: str, current: int, source_id: str) -> tuple[list, int]:
    """The questions with a new one of ``qtype`` after question ``current`` (at the end without one), and
    its place. It takes the topics of the current question and cites ``source_id`` (or the first source)."""
    questions = list(data.get("questions", []))
    topics = [t for t in (question_at(data, current) or {}).get("topics", []) if isinstance(t, str)] or ["context"]
    q = new_question(qtype, unique_question_id(data), source_id or next(iter(source_ids(data)), ""), topics)
    at = current + 1 if current >= 0 else len(questions)
    questions.insert(at, q)
    return questions, at


def with_copy_of(data: dict, current: int) -> tuple[list, int]:
    """The questions with a copy of question ``current`` (which must be one) after it, and the copy's place."""
    questions = list(data["questions"])
    questions.insert(current + 1, duplicate_question(data, questions[current]))
    return questions, current + 1


def without_question(data: dict, current: int) -> tuple[list, int]:
    """The questions without question ``current``, and the place of the question to show next."""
    questions = [q for i, q in enumerate(data["questions"]) if i != current]
    return questions, min(current, len(questions) - 1)


def without_questions(data: dict, rows: list[int]) -> tuple[list, int]:
    """The questions without those at ``rows``, and the place of the question to show next (the one after
    the first deleted, or the last)."""
    gone = set(rows)
    questions = [q for i, q in enumerate(data["questions"]) if i not in gone]
    first = min(gone) if gone else 0
    return questions, min(first, len(questions) - 1)


def with_question_moved(data: dict, current: int, step: int) -> tuple[list, int] | None:
    """The questions with question ``current`` moved ``step`` places (swapped), and its new place; None
    when it would leave the list."""
    target = current + step
    questions = list(data["questions"])
    if not 0 <= target < len(questions):
        return None
    questions[current], questions[target] = questions[target], questions[current]
    return questions, target


# --------------------------------------------------------------------------- reading a question


def answer_summary(q: dict) -> str:
    """The question and its answer in words: what "Suggest evidence" looks for in the source."""
    prompt = str(q.get("prompt") or "")
    t = q.get("type")
    parts: list[str] = [prompt]
    if t in ("multiple_choice", "multiple_select"):
        parts += [str(c.get("text", "")) for c in q.get("choices", []) if isinstance(c, dict) and c.get("correct")]
    elif t == "true_false":
        if q.get("correction"):
            parts.append(str(q["correction"]))
    elif t == "numeric":
        parts += [str(q.get("value", "")), str(q.get("unit") or "")]
    elif t == "short_answer":
        parts += [str(a) for a in q.get("accepted", [])[:1]]
    elif t == "ordering":
        parts += [f"{i.get('text', '')} {i.get('date') or ''}" for i in q.get("items", []) if isinstance(i, dict)]
    elif t == "matching":
        parts += [f"{p.get('left', '')} {p.get('right', '')}" for p in q.get("pairs", []) if isinstance(p, dict)]
    elif t == "cite":
        parts.append(str(q.get("statement") or ""))
    elif t == "cloze":
        parts += [str(g.get("answer", "")) for g in q.get("gaps", []) if isinstance(g, dict)]
    return " ".join(p for p in parts if p.strip())


def question_title(q: dict, limit: int = 80) -> str:
    text = str(q.get("prompt") or "")
    if q.get("type") == "cite" and q.get("statement"):
        text = f"{text} “{q['statement']}”" if text else str(q["statement"])
    text = " ".join(text.split()) or translate("document", "(no question text yet)")
    return text if len(text) <= limit else text[: limit - 1] + "…"


def plain_tooltip(text: str) -> str:
    """A tooltip that shows text from a file as it is: Qt guesses whether a tooltip is HTML, so the text is
    escaped inside markup of our own."""
    if not text:
        return ""
    return "<p style='white-space:pre-wrap'>" + html.escape(text).replace("\n", "<br/>") + "</p>"


def type_label(q: dict) -> str:
    return TYPE_LABELS.get(str(q.get("type")), str(q.get("type") or "unknown type"))


def source_ids(data: dict) -> list[str]:
    return [str(s.get("id", "")) for s in data.get("sources", []) if isinstance(s, dict)]


def source_by_id(data: dict, source_id: str) -> tuple[int, dict] | None:
    for i, s in enumerate(data.get("sources", [])):
        if isinstance(s, dict) and s.get("id") == source_id:
            return i, s
    return None


@dataclass(frozen=True)
class EvidenceState:
    """Where a question's quote is in its source, or why it is not there."""

    source_id: str
    quote: str
    span: tuple[int, int] | None
    closest: str = ""

    @property
    def missing(self) -> bool:
        return not self.quote.strip()

    @property
    def broken(self) -> bool:
        return not self.missing and self.span is None


def evidence_state(data: dict, q: dict, closest: bool = True) -> EvidenceState:
    raw = q.get("evidence")
    evid = raw if isinstance(raw, dict) else {}
    sid = str(evid.get("source") or "")
    quote = str(evid.get("quote") or "")
    found = source_by_id(data, sid)
    text = str(found[1].get("text") or "") if found else ""
    if not quote.strip() or not text:
        return EvidenceState(sid, quote, None)
    # The teacher's quote as it is now, not yet validated: located the one way quotes are located.
    location = ev.locate(text, quote)
    span = location.span if location is not None else None
    hint = tidy_passage(quote, ev.closest_passage(text, quote)) if span is None and closest else ""
    return EvidenceState(sid, quote, span, hint)


def evidence_paths(q: dict) -> list[FieldPath]:
    """Where a question keeps evidence: its own, and that of each choice, event or pair that has one."""
    out: list[FieldPath] = [("evidence",)] if isinstance(q.get("evidence"), dict) else []
    for key in ("choices", "items", "pairs"):
        for i, entry in enumerate(q.get(key, []) if isinstance(q.get(key), list) else []):
            if isinstance(entry, dict) and isinstance(entry.get("evidence"), dict):
                out.append((key, i, "evidence"))
    return out


def citing_source(data: dict, source_id: str) -> list[FieldPath]:
    """The paths in the set of every evidence that quotes ``source_id`` (they follow a renamed source)."""
    return [("questions", qi, *rel) for qi, q in enumerate(data.get("questions", [])) if isinstance(q, dict)
            for rel in evidence_paths(q) if get_at(q, (*rel, "source")) == source_id]


def broken_quotes(data: dict) -> list[int]:
    """Indexes of the questions that quote words no longer in their source (after the source was edited)."""
    return [i for i, q in enumerate(data.get("questions", []))
            if isinstance(q, dict) and evidence_state(data, q, closest=False).broken]


_WORD = re.compile(r"\S+")


def tidy_passage(old_quote: str, passage: str) -> str:
    """The closest passage without the words it took on at either end ("theater. Following … summit, the"
    for "Following … Conference"): aligned word by word with the old quote, it keeps as many words around
    the matching part as the old quote had. Cuts only at spaces, so the result is the source's exact text."""
    old = [_bare(w) for w in old_quote.split()]
    words = list(_WORD.finditer(passage))
    blocks = [b for b in SequenceMatcher(None, old, [_bare(w.group()) for w in words], autojunk=False)
              .get_matching_blocks() if b.size]
    if not blocks:
        return passage
    first, last = blocks[0], blocks[-1]
    start = max(0, first.b - first.a)
    end = min(len(words), last.b + last.size + (len(old) - last.a - last.size))
    return passage[words[start].start():words[end - 1].end()].rstrip(",;:") or passage


def _bare(word: str) -> str:
    return word.strip(".,;:!?\"'“”‘’()[]").casefold()


# --------------------------------------------------------------------------- validation


_FIELD_WORDS = {
    "prompt": QT_TRANSLATE_NOOP("document", "question text"),
    "explanation": QT_TRANSLATE_NOOP("document", "explanation"),
    "topics": QT_TRANSLATE_NOOP("document", "topics"),
    "difficulty": QT_TRANSLATE_NOOP("document", "difficulty"),
    "points": QT_TRANSLATE_NOOP("document", "points"),
    "id": QT_TRANSLATE_NOOP("document", "id"),
    "support_note": QT_TRANSLATE_NOOP("document", "reason"),
    "evidence": QT_TRANSLATE_NOOP("document", "evidence"),
    "quote": QT_TRANSLATE_NOOP("document", "quote"),
    "source": QT_TRANSLATE_NOOP("document", "source"),
    "choices": QT_TRANSLATE_NOOP("document", "choice"),
    "accepted": QT_TRANSLATE_NOOP("document", "accepted answer"),
    "items": QT_TRANSLATE_NOOP("document", "event"),
    "pairs": QT_TRANSLATE_NOOP("document", "pair"),
    "distractors": QT_TRANSLATE_NOOP("document", "extra option"),
    "value": QT_TRANSLATE_NOOP("document", "number"),
    "tolerance": QT_TRANSLATE_NOOP("document", "tolerance"),
    "unit": QT_TRANSLATE_NOOP("document", "unit"),
    "answer": QT_TRANSLATE_NOOP("document", "true/false"),
    "correction": QT_TRANSLATE_NOOP("document", "correction"),
    "feedback_wrong": QT_TRANSLATE_NOOP("document", "feedback"),
    "statement": QT_TRANSLATE_NOOP("document", "statement"),
    "text": QT_TRANSLATE_NOOP("document", "text"),
    "date": QT_TRANSLATE_NOOP("document", "date"),
    "left": QT_TRANSLATE_NOOP("document", "left"),
    "right": QT_TRANSLATE_NOOP("document", "right"),
    "correct": QT_TRANSLATE_NOOP("document", "correct"),
    "feedback": QT_TRANSLATE_NOOP("document", "feedback"),
    "type": QT_TRANSLATE_NOOP("document", "type"),
    "gaps": QT_TRANSLATE_NOOP("document", "gap"),
    "kind": QT_TRANSLATE_NOOP("document", "kind"),
    "weight": QT_TRANSLATE_NOOP("document", "weight"),
    "bank_extras": QT_TRANSLATE_NOOP("document", "extra bank words"),
    "title": QT_TRANSLATE_NOOP("document", "title"),
    "description": QT_TRANSLATE_NOOP("document", "description"),
    "authors": QT_TRANSLATE_NOOP("document", "authors"),
    "language": QT_TRANSLATE_NOOP("document", "language"),
    "status": QT_TRANSLATE_NOOP("document", "status"),
    "round_defaults": QT_TRANSLATE_NOOP("document", "round defaults"),
    "sources": QT_TRANSLATE_NOOP("document", "source"),
    "question_count": QT_TRANSLATE_NOOP("document", "questions per round"),
    "time_limit_seconds": QT_TRANSLATE_NOOP("document", "time limit"),
    "pass_mark_percent": QT_TRANSLATE_NOOP("document", "pass mark"),
    "schema_version": QT_TRANSLATE_NOOP("document", "format version"),
    "questions": QT_TRANSLATE_NOOP("document", "questions"),
}


def describe_place(path: tuple) -> str:
    """A field path in words: ("choices", 1, "text") -> "choice 2 text"."""
    words: list[str] = []
    before = None  # the part before, as the file names it (the words are translated)
    for part in path:
        if isinstance(part, int):
            words.append(str(part + 1))
        elif part == "evidence" and words:
            words.append(translate("document", "evidence"))
        elif not (part == "quote" and words and before == "evidence"):
            words.append(translate("document", _FIELD_WORDS[part]) if part in _FIELD_WORDS else part.replace("_", " "))
        before = part
    return " ".join(words)


#: The mark of each kind of problem: an error to fix (it stops scored rounds), an item-quality warning
#: (worth a look, never blocking) and a teacher-verified note (already answered for).
MARKS = {"error": "⚠", "warning": "△", "notice": "ℹ"}


#: The structural messages of the file checker (``quiz-bank validate``, written for a file) said as a
#: teacher in the editor reads them: the place before the colon already names the field.
_TEACHER_WORDS: list[tuple[re.Pattern[str], str]] = [
    (re.compile(r"^'\w+' must not be empty$"), QT_TRANSLATE_NOOP("document", "still empty")),
    (re.compile(r"^missing required field '\w+'$"), QT_TRANSLATE_NOOP("document", "not filled in yet")),
    (re.compile(r"^\w+: input should be a valid number, unable to parse string as a number$"),
     QT_TRANSLATE_NOOP("document", "not a number: type digits, for example 135000")),
    (re.compile(r"^\w+: input should be a valid integer.*$"), QT_TRANSLATE_NOOP("document", "not a whole number: type digits, for example 3")),
    (re.compile(r"^'\w+' has too few entries: .*?at least (\d+) items?.*$"), QT_TRANSLATE_NOOP("document", "too few: give at least {count}")),
    (re.compile(r"^'\w+' has too many entries: .*?at most (\d+) items?.*$"), QT_TRANSLATE_NOOP("document", "too many: give at most {count}")),
]


def teacher_message(message: str) -> str:
    """A validator message in a teacher's words (the file's field names and parser's terms left out)."""
    for pattern, words in _TEACHER_WORDS:
        found = pattern.match(message)
        if found:  # the whole message is replaced; a count it gives is kept
            return translate("document", words).format(count=found.group(1) if found.groups() else "")
    for file_words, form_words in _HINT_WORDS:
        message = message.replace(file_words, form_words)
    return message


def problem_text(problem: Problem, question_ids: list[str]) -> str:
    qi = question_index(problem)
    mark = MARKS.get(problem.severity, "ℹ")
    rel = field_path(problem)
    if qi is not None:
        qid = question_ids[qi] if qi < len(question_ids) else ""
        head = translate("document", "Question {number}").format(number=qi + 1) + (f" ({qid})" if qid else "")
        place = describe_place(rel)
        message = teacher_message(problem.message)
        return (translate("document", "{mark} {question}, {place}: {problem}").format(
            mark=mark, question=head, place=place, problem=message) if place else
            translate("document", "{mark} {question}: {problem}").format(mark=mark, question=head, problem=message))
    place = describe_place(rel) or translate("document", "the set")
    return translate("document", "{mark} Set, {place}: {problem}").format(mark=mark, place=place, problem=teacher_message(problem.message))




@dataclass
class Validation:
    """The validator's verdict on the set as it is now, sorted by where the teacher fixes it."""

    problems: list[Problem] = field(default_factory=list)
    question_set: QuestionSet | None = None
    linted: bool = False
    """The item-quality lint ran (a structurally valid set, small enough to lint while the teacher types)."""

    @property
    def errors(self) -> list[Problem]:
        return [p for p in self.problems if p.severity == "error"]

    @property
    def notices(self) -> list[Problem]:
        return [p for p in self.problems if p.severity == "notice"]

    @property
    def warnings(self) -> list[Problem]:
        """The item-quality lint's warnings (``question_bank.lint``): never block saving or scoring."""
        return [p for p in self.problems if p.severity == "warning"]

    def unresolved(self) -> list[Problem]:
        """What F8 steps through: the errors first, then the warnings (a teacher-verified note is answered for)."""
        return self.errors + self.warnings

    def warnings_for_question(self, index: int) -> list[Problem]:
        return [p for p in self.warnings if question_index(p) == index]

    def for_question(self, index: int) -> list[Problem]:
        return [p for p in self.problems if question_index(p) == index]

    def errors_for_question(self, index: int) -> list[Problem]:
        return [p for p in self.errors if question_index(p) == index]

    def set_problems(self) -> list[Problem]:
        return [p for p in self.problems if question_index(p) is None]


def question_index(problem: Problem) -> int | None:
    path = problem.path
    if len(path) >= 2 and path[0] == "questions" and isinstance(path[1], int):
        return path[1]
    return None


def field_path(problem: Problem) -> FieldPath:
    """The place of a problem inside its question (``("choices", 1, "text")``), or the set-level path."""
    return problem.path[2:] if question_index(problem) is not None else problem.path


class ProblemPlace(NamedTuple):
    """Where the teacher fixes a problem: the tab of the form (``"question"``, ``"set"`` or ``"sources"``),
    the question to select (or None), the field (inside the question, or in the set) and whether the fix is
    made in the source text (the evidence, or a source's text)."""

    tab: str
    question: int | None
    field: FieldPath
    in_source_text: bool


def problem_place(problem: Problem) -> ProblemPlace:
    qi = question_index(problem)
    rel = field_path(problem)
    if qi is not None:
        return ProblemPlace("question", qi, rel, rel[:1] == ("evidence",) or (len(rel) > 2 and rel[2] == "evidence"))
    if rel[:1] == ("sources",):
        return ProblemPlace("sources", None, rel, len(rel) > 2 and rel[2] == "text")
    return ProblemPlace("set", None, rel, False)


#: The file checker's advice (written for a file) as the editor's form says it.
_HINT_WORDS = [
    ('add "support_note" with the reason', "tick “Teacher-verified” and give the reason"),
    ('add \"support_note\"', "tick “Teacher-verified”"),
    ('"support_note"', "“Teacher-verified”"),
    ('a "correction"', "a correction"),
]
_FILE_HINTS = ("Add the field; see `quiz-bank schema` for the format.", "Check the file against `quiz-bank schema`.")


def editor_hint(problem: Problem) -> str:
    """What to do about a problem, in the editor's words (its fields and buttons, not the file's keys)."""
    rel = field_path(problem)
    if problem.hint and problem.hint not in _FILE_HINTS:
        hint = problem.hint
        for file_words, form_words in _HINT_WORDS:
            hint = hint.replace(file_words, form_words)
        return hint
    for key, hint in EDITOR_HINTS.items():
        if rel[: len(key)] == key:
            return translate("document", hint).format(topics=", ".join(CORE_TOPICS))
    return translate("document", "Fill it in in the form.") if problem.hint in _FILE_HINTS else ""


def validate(data: dict, lint: bool = False) -> Validation:
    """The same rules and messages as ``quiz-bank validate``, on the set in memory; with ``lint``, also the
    item-quality warnings of ``quiz-bank validate`` on a set that is structurally valid (the lint needs a
    loaded set; on a broken one it would only repeat the errors)."""
    result = validate_data(data, "<editor>")
    problems = list(result.problems)
    linted = lint and result.question_set is not None
    if linted and result.question_set is not None:
        problems += lint_set(result.question_set)
    return Validation(sorted(problems, key=problem_order), result.question_set, linted)


_SEVERITY_ORDER = {"error": 0, "warning": 1, "notice": 2}


def problem_order(p: Problem) -> tuple:
    """The order of the list of problems: the errors, then the warnings, then the teacher-verified notes;
    within each, the set's own problems first, then question by question."""
    qi = question_index(p)
    return (_SEVERITY_ORDER.get(p.severity, 2), qi is not None, qi if qi is not None else -1)


def file_data(data: dict, validation: Validation) -> dict:
    """What is written to disk: a set with errors is always saved as a draft."""
    out = dict(data)
    if validation.errors:
        out["status"] = "draft"
    return out


def playable_set(data: dict) -> tuple[QuestionSet | None, list[int], str]:
    """A set to try as a student: every question that is complete enough to be shown.

    Returns (set or None, indexes of the questions left out, why nothing can be played).
    """
    result = validate_data(data, "<editor>")
    if result.question_set is not None:
        return result.question_set, [], ""
    good, left_out = [], []
    for i, q in enumerate(data.get("questions", [])):
        try:
            good.append(_question_adapter.validate_python(q))
        except ValidationError:
            left_out.append(i)
    if not good:
        return None, left_out, translate("document", "No question is complete yet: every question still has problems to fix.")
    raw = {k: v for k, v in data.items() if k != "questions"}
    raw["status"] = "draft"
    try:
        qset = QuestionSet.model_validate({**raw, "questions": []})
    except ValidationError:
        return None, left_out, translate("document", "The set details or sources have problems to fix first (see the list of problems).")
    qset = qset.model_copy(update={"questions": good})
    check_set(qset)  # the quotes' spans, as a loaded set has them
    return qset, left_out, ""


# --------------------------------------------------------------------------- what the editor says


def problem_list(problems: list[Problem]) -> list[str]:
    """A question's problems as the form lists them: "choice 2 text: must not be empty"."""
    return [translate("document", "{place}: {problem}").format(place=describe_place(field_path(p)) or translate("document", "question"),
                                                              problem=teacher_message(p.message)) for p in problems]


def question_row(index: int, q: dict, validation: Validation) -> tuple[str, str]:
    """A question's row in the list of questions (number, ⚠ when it has errors or else △ when it has
    item-quality warnings, title, type) and its tooltip (the errors, then the warnings, one a line)."""
    errors = validation.errors_for_question(index)
    warnings = validation.warnings_for_question(index)
    mark = "⚠ " if errors else ("△ " if warnings else "")
    detail = type_label(q)
    if errors:
        detail += translate("document", " · %n problem(s)", "", len(errors))
    if warnings:
        detail += translate("document", " · %n warning(s)", "", len(warnings))
    tip = "\n".join([f"• {line}" for line in problem_list(errors)]
                    + [f"△ {line}" for line in problem_list(warnings)])
    return f"{index + 1}. {mark}{question_title(q)}\n      {detail}", tip


def with_free_ids(data: dict, questions: list[dict]) -> list[dict]:
    """Copies of ``questions`` to append to the set: an id that is missing or taken gets a new one."""
    current = [q for q in data.get("questions", []) if isinstance(q, dict)]
    taken = {q.get("id") for q in current}
    added: list[dict] = []
    for q in questions:
        q = dict(q)
        if q.get("id") in taken or not q.get("id"):
            q["id"] = unique_question_id({"questions": current + added})
        taken.add(q["id"])
        added.append(q)
    return added


def saved_report(written: object, payload: dict, validation: Validation) -> str:
    """What the status line says after a save: a draft with problems, a draft by choice, or ready."""
    errors = len(validation.errors)
    if errors:
        return translate("document", "Saved as a draft to {written}: %n problem(s) to fix before students can play it "
                         "for a score (they can practise it).", "", errors).format(written=written)
    if payload.get("status") == "draft":
        return translate("document", "Saved to {written} as a draft. Set its status to Ready (Set and rounds) to allow scored rounds.").format(written=written)
    return translate("document", "Saved to {written}: ready for scored rounds.").format(written=written)


def trying_report(count: int, left_out: list[int], complete: int | None = None) -> str:
    """What the status line says when the teacher tries the set as a student: ``count`` is the number of
    questions the round asks (the "Question 1 of N" the student sees), ``complete`` how many the set has
    ready to ask, when that is more (a round asks "questions per round" of them)."""
    message = translate("document", "Trying %n question(s) as a student: a practice round that records nothing.", "", count)
    if complete is not None and complete > count:
        message = (translate("document", "Trying {count} of the {complete} questions as a student (a round asks {count}: change it in Set and rounds, “Questions per round”): a practice round that records nothing.").format(count=count, complete=complete))
    if left_out:
        message += (translate("document", " %n incomplete question is left out (question {numbers}).", "", len(left_out))
                    if len(left_out) == 1 else
                    translate("document", " %n incomplete questions are left out (question {numbers}).", "",
                              len(left_out))).format(numbers=", ".join(str(i + 1) for i in left_out[:10]))
    return message


def problem_count_report(errors: int) -> str:
    """The status bar's count of the validator's errors."""
    return translate("document", "⚠ %n problem(s) · saved as a draft", "", errors) if errors else \
        translate("document", "✓ No problems")


def accepted_report(count: int) -> str:
    """The status line after suggested questions were accepted."""
    return (translate("document", "%n suggested question added. Undo (Ctrl+Z) takes it out again.", "", count)
            if count == 1 else
            translate("document", "%n suggested questions added. Undo (Ctrl+Z) takes them out again.", "", count))


def question_ids(data: dict) -> list[str]:
    """The id of each question, "" for an entry that is no question."""
    return [str(q.get("id", "")) if isinstance(q, dict) else "" for q in data.get("questions", [])]


def broken_quotes_report(broken: list[int]) -> str:
    """The warning after a source edit left quotes behind ("" when every quote is still found)."""
    if not broken:
        return ""
    listed = ", ".join(str(i + 1) for i in broken[:12]) + (" …" if len(broken) > 12 else "")
    return translate("document", "⚠ %n question(s) quote words that are no longer in the source (questions {listed}). "
                     "Select one to see the closest passage and “Use this passage”.", "", len(broken)).format(listed=listed)


# ---------------------------------------------------------------------- trying an answer


@dataclass(frozen=True)
class TriedAnswer:
    """What the grader makes of an answer a teacher types to try a question (None: it cannot grade it yet)."""

    correct: bool | None
    note: str


def _tried_question(data: dict, q: dict) -> tuple[Any, dict[str, Source]] | TriedAnswer:
    """The question as a model and the set's sources, or why it cannot be tried yet."""
    try:
        question = _question_adapter.validate_python(q)
    except ValidationError as exc:
        first = exc.errors()[0]
        loc = list(first.get("loc", ()))
        if loc and loc[0] == q.get("type"):
            loc = loc[1:]  # the question type pydantic chose, not a field
        where = ".".join(str(p) for p in loc) or translate("document", "the question")
        return TriedAnswer(None, translate("document", "Finish the question first: {where}: {problem}.").format(where=where, problem=first.get('msg', 'not valid').lower()))
    sources: dict[str, Source] = {}
    for raw in data.get("sources", []) if isinstance(data.get("sources"), list) else []:
        try:
            source = Source.model_validate(raw)
        except ValidationError:
            continue  # a source still being written: questions on the others can be tried
        sources[source.id] = source
    return question, sources


def try_cloze_answers(data: dict, q: dict, answers: list[str]) -> TriedAnswer:
    """Grade one typed or chosen answer per gap of the cloze ``q`` as a scored round would: the credit,
    then a line per gap (right or not, and how the grader read it)."""
    from quiz_app.grading import ResponseError, grade, read_gap

    if not any(a.strip() for a in answers):
        return TriedAnswer(None, translate("document", "Fill at least one gap to see how it would be marked."))
    tried = _tried_question(data, q)
    if isinstance(tried, TriedAnswer):
        return tried
    question, sources = tried
    given = [a if a.strip() else None for a in answers][: len(question.gaps)]
    given += [None] * (len(question.gaps) - len(given))
    try:
        result = grade(question, given, sources=sources)
    except ResponseError as exc:
        return TriedAnswer(None, str(exc))
    source = sources.get(question.evidence.source)
    lines = [translate("document", "{number} % of the points.").format(number=round(result.credit * 100))]
    for n, gap in enumerate(question.gaps, 1):
        if given[n - 1] is None:
            lines.append(translate("document", "Gap {n}: left empty (the answer is “{answer}”).").format(n=n, answer=gap.answer))
            continue
        ok, note = read_gap(question, n - 1, given[n - 1], source)
        lines.append(translate("document", "Gap {n}: ").format(n=n) + (translate("document", "✓ accepted") if ok else translate("document", "✗ not accepted (the answer is “{answer}”)").format(answer=gap.answer))
                     + (f". {note}" if note else "."))
    return TriedAnswer(result.correct, "\n".join(lines))


def try_typed_answer(data: dict, q: dict, text: str) -> TriedAnswer:
    """Grade ``text`` as a scored round would grade it, for the short-answer or numeric question ``q`` of the
    set ``data`` (both as dicts, as the editor keeps them). A question that is not complete yet says why."""
    from quiz_app.grading import ResponseError, try_answer

    if not text.strip():
        return TriedAnswer(None, translate("document", "Type an answer to see how it would be marked."))
    tried = _tried_question(data, q)
    if isinstance(tried, TriedAnswer):
        return tried
    question, sources = tried
    try:
        result = try_answer(question, sources, text)
    except ResponseError as exc:
        return TriedAnswer(None, str(exc))
    verdict = translate("document", "Accepted") if result.correct else (translate("document", "Partly accepted") if result.partial else translate("document", "Not accepted"))
    return TriedAnswer(result.correct, f"{verdict}. {result.note or ''}".strip())

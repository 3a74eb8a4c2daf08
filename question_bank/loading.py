"""Read a question set file: a validated QuestionSet, or every problem with its place and a hint.

Never raises on a bad file; the caller shows the problems.
"""

from __future__ import annotations

import gc
import json
import re
from bisect import bisect_right
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path
from typing import TYPE_CHECKING

from pydantic import TypeAdapter, ValidationError
from pydantic_core import ErrorDetails

from . import textfiles
from .evidence import normalised_quote
from .models import QUESTION_TYPES, SCHEMA_VERSION, Question, QuestionSet, Source
from .textfiles import TextFileError
from .validation import FieldPath, Problem, check_set, record_span

if TYPE_CHECKING:
    from .validation_cache import ValidationCache, Verdict

MAX_FILE_BYTES = 20 * 1024 * 1024

_question_adapter: TypeAdapter = TypeAdapter(Question)


@dataclass
class LoadResult:
    question_set: QuestionSet | None
    problems: list[Problem] = field(default_factory=list)
    path: str = ""

    @property
    def errors(self) -> list[Problem]:
        return [p for p in self.problems if p.severity == "error"]

    @property
    def notices(self) -> list[Problem]:
        return [p for p in self.problems if p.severity == "notice"]

    @property
    def ok(self) -> bool:
        return self.question_set is not None and not self.errors


def load_set(path: str | Path, cache: ValidationCache | None = None) -> LoadResult:
    """Load and fully validate a set file (a file over ``MAX_FILE_BYTES`` is refused before it is read).

    With a ``cache``, a file whose very bytes were validated before under the same rules is not checked
    again: its verdict (problems and quote spans) comes from the cache.
    """
    name = str(path)
    try:
        data = textfiles.read_bytes(path, MAX_FILE_BYTES, "question set")
    except TextFileError as exc:
        return LoadResult(None, [_file_problem(exc)], name)
    return load_set_bytes(data, name, cache)


def load_builtin(name: str = "korean-war-1950", cache: ValidationCache | None = None) -> LoadResult:
    """One of the sets shipped with the app."""
    ref = resources.files("question_bank") / "banks" / f"{name}.json"
    return load_set_bytes(ref.read_bytes(), f"built-in:{name}.json", cache)


def builtin_names() -> list[str]:
    folder = resources.files("question_bank") / "banks"
    return sorted(p.name[:-5] for p in folder.iterdir() if p.name.endswith(".json"))


def decode(data: bytes, name: str) -> tuple[str | None, Problem | None]:
    """A set file's text under the encoding policy of :mod:`question_bank.textfiles`, and its problem if any.

    The text is None when the file cannot be read (the problem is an error). A file that is not
    UTF-8 is read as Windows-1252 and comes with a notice naming the line of the first odd byte:
    the set loads, and the teacher learns to check its accented letters.
    """
    try:
        read = textfiles.decode(data, name)
    except TextFileError as exc:
        return None, _file_problem(exc)
    if read.warning:
        return read.text, Problem((), read.warning, read.warning_hint, severity="notice",
                                  line=read.warning_line, file=name)
    return read.text, None


def _file_problem(exc: TextFileError) -> Problem:
    return Problem((), exc.reason, exc.hint, line=exc.line, column=exc.column, file=exc.file)


def load_set_bytes(data: bytes, name: str = "<set>", cache: ValidationCache | None = None) -> LoadResult:
    if cache is None:
        return _load_bytes(data, name)
    from .validation_cache import ValidationCache

    key = ValidationCache.key(data)
    verdict = cache.get(key)
    if verdict is not None:
        result = _from_verdict(data, name, verdict)
        if result is not None:
            return result
    result = _load_bytes(data, name)
    cache.put(key, verdict_of(result))
    return result


def verdict_of(result: LoadResult) -> Verdict:
    """What validation found in a load result, as the validation cache keeps it."""
    from .validation_cache import Verdict

    qset = result.question_set
    spans = tuple(e.span for q in qset.questions for _, e in q.evidences()) if qset is not None else ()
    return Verdict(qset is not None, tuple(result.problems), spans)


def _from_verdict(data: bytes, name: str, verdict: Verdict) -> LoadResult | None:
    """The load result of bytes validated before: parsed again (the set's objects are needed), not checked
    again. None when the verdict does not fit the file after all (then it is validated as usual)."""
    if not verdict.has_set:
        return LoadResult(None, verdict.problems_for(name), name)
    try:
        text = textfiles.decode(data, name).text
    except TextFileError:
        return None
    gc_was_on = gc.isenabled()
    # as in load_set_text: the set's many small objects are not garbage (nor the store each found span
    # gets, one small dict an evidence: with the collector on, making them walked the whole new set again)
    gc.disable()
    try:
        try:
            qset = QuestionSet.model_validate_json(text)
        except (ValidationError, ValueError, RecursionError):
            return None
        evidences = [e for q in qset.questions for _, e in q.evidences()]
        if len(evidences) != len(verdict.spans):
            return None
        texts = {s.id: s.text for s in qset.sources}
        for evid, span in zip(evidences, verdict.spans, strict=True):
            if span is not None and not _quote_at(texts.get(evid.source), span, evid.quote):
                return None  # the verdict does not hold for this set after all: validate it
            record_span(evid, span)
    finally:
        if gc_was_on:
            gc.enable()
    return LoadResult(qset, verdict.problems_for(name), name)


def _quote_at(text: str | None, span: tuple[int, int], quote: str) -> bool:
    """Whether the source's text at a remembered span is the quote (in the comparison form): every quote
    the student is shown as proof is still checked against the text at each start, at a fraction of the
    cost of looking for it."""
    start, end = span
    if text is None or not 0 <= start < end <= len(text):
        return False
    shown = text[start:end]
    return shown == quote or normalised_quote(shown) == normalised_quote(quote)  # mostly copied exactly


def _load_bytes(data: bytes, name: str) -> LoadResult:
    text, problem = decode(data, name)
    if text is None:
        return LoadResult(None, [problem] if problem is not None else [], name)
    result = load_set_text(text, name)
    if problem is not None:  # the legacy-encoding notice, after the set's own problems
        result.problems.append(problem)
    return result


def load_set_text(text: str, name: str = "<set>") -> LoadResult:
    # Building a set makes many small objects that live as long as the set; the cyclic collector
    # would walk them again and again (super-linear time on big sets) and find nothing to free.
    gc_was_on = gc.isenabled()
    gc.disable()
    try:
        try:
            result = _fast_load(text, name)
            if result is None:
                result = _careful_load(text, name)
        except (RecursionError, MemoryError, ValueError, TypeError, AttributeError, KeyError, IndexError) as exc:
            # A last line of defence: a file no check foresaw is reported, never a traceback.
            result = LoadResult(None, [Problem((), f"the file could not be read as a question set "
                                               f"({type(exc).__name__})", "Check the file against `quiz-bank schema`.",
                                               file=name)], name)
        if result.problems:
            # with the collector still off: placing the problems decodes much of the file again, and each
            # collection that set off would walk every object of the new set (a third of a load)
            locate_problems(text, result.problems)
    finally:
        if gc_was_on:
            gc.enable()
    return result


def _fast_load(text: str, name: str) -> LoadResult | None:
    """The common case, a structurally valid file: pydantic parses and validates the JSON in one pass.

    Returns None when the file is not a valid set, so that ``_careful_load`` can report every problem.
    """
    try:
        qset = QuestionSet.model_validate_json(text)
    except (ValidationError, ValueError, RecursionError):
        return None
    if qset.schema_version > SCHEMA_VERSION:
        return None
    problems = check_set(qset)
    for p in problems:
        p.file = name
    problems.sort(key=lambda p: p.severity != "error")
    return LoadResult(qset, problems, name)


def _careful_load(text: str, name: str) -> LoadResult:
    try:
        raw = json.loads(text)
    except json.JSONDecodeError as exc:
        if not text[exc.pos:].strip():
            # nothing but white space after the error: the file was cut off, not mistyped
            body = text.rstrip()
            last_line = body.count("\n") + 1
            last_column = len(body) - (body.rfind("\n") + 1)
            return LoadResult(None, [Problem((), "the file ends early: it stops in the middle of the set",
                                             "It may have been cut off while it was copied or saved. Open the "
                                             "original again, or ask for a new copy.",
                                             line=last_line, column=last_column, file=name)], name)
        return LoadResult(None, [Problem((), f"the file is not valid JSON: {exc.msg}",
                                         "Look for a missing comma, quote or bracket just before this place.",
                                         line=exc.lineno, column=exc.colno, file=name)], name)
    except RecursionError:
        return LoadResult(None, [Problem((), "the file is nested too deeply to be a question set", "", file=name)], name)
    except ValueError:  # a number with thousands of digits (Python refuses to convert it)
        line, column = _huge_number_place(text)
        return LoadResult(None, [Problem((), "the file holds a number with thousands of digits, too long to read",
                                         "No number in a question set needs more than a few digits.",
                                         line=line, column=column, file=name)], name)
    return validate_data(raw, name)


def _huge_number_place(text: str) -> tuple[int | None, int | None]:
    """Line and column of the first run of more than 4,000 digits (a linear scan)."""
    run = 0
    for i, ch in enumerate(text):
        if "0" <= ch <= "9":
            run += 1
            if run > 4000:
                start = i - run + 1
                return text.count("\n", 0, start) + 1, start - (text.rfind("\n", 0, start) + 1) + 1
        else:
            run = 0
    return None, None


def validate_data(raw, name: str = "<set>") -> LoadResult:
    """Validate already-parsed JSON data (positions are filled in by ``load_set_text``)."""
    if not isinstance(raw, dict):
        return LoadResult(None, [Problem((), f"the file holds a JSON {type(raw).__name__}, not a question set object",
                                         "A question set file starts with '{'.", file=name)], name)
    version = raw.get("schema_version", SCHEMA_VERSION)
    if isinstance(version, int) and not isinstance(version, bool) and version > SCHEMA_VERSION:
        return LoadResult(None, [Problem(("schema_version",), f"this set uses format version {version}, but this app "
                                         f"knows only up to version {SCHEMA_VERSION}",
                                         "Update the app to open this set.", file=name)], name)
    problems: list[Problem] = []
    qset: QuestionSet | None
    try:
        qset = QuestionSet.model_validate(raw)
        problems += check_set(qset)
    except ValidationError as exc:
        # Report every structural problem, and still check the quotes of the questions that are fine.
        problems += [_pydantic_problem(err) for err in exc.errors()]
        partial, offsets = _salvage(raw)
        if partial is not None:
            problems += check_set(partial, offsets)
        problems += _raw_duplicate_ids(raw, {p.where for p in problems})
        qset = None
    for p in problems:
        p.file = name
    problems.sort(key=lambda p: p.severity != "error")
    # A structurally valid set is returned even with evidence errors: the editor shows it and it
    # can be practised as a draft; ``LoadResult.ok`` tells whether it may be played for a score.
    return LoadResult(qset, problems, name)


def _raw_duplicate_ids(raw: dict, reported: set[str]) -> list[Problem]:
    """Duplicate question ids among questions that did not all pass the structural checks."""
    questions = raw.get("questions")
    out: list[Problem] = []
    seen: dict[str, int] = {}
    for i, q in enumerate(questions if isinstance(questions, list) else []):
        qid = q.get("id") if isinstance(q, dict) else None
        if not isinstance(qid, str):
            continue
        if qid in seen and f"questions[{i}].id" not in reported:
            out.append(Problem(("questions", i, "id"), f"question id {qid!r} is used twice (also questions[{seen[qid]}])",
                               "Question ids must be unique within a set; scores are stored by id."))
        seen.setdefault(qid, i)
    return out


def _salvage(raw: dict) -> tuple[QuestionSet | None, dict[int, int]]:
    """The structurally valid part of a broken set, so that quotes are still checked everywhere."""
    sources = []
    raw_sources = raw.get("sources")
    for s in raw_sources if isinstance(raw_sources, list) else []:
        try:
            sources.append(Source.model_validate(s))
        except ValidationError:
            pass
    if not sources:
        return None, {}
    good, offsets = [], {}
    questions = raw.get("questions")
    for i, q in enumerate(questions if isinstance(questions, list) else []):
        try:
            good.append(_question_adapter.validate_python(q))
            offsets[len(good) - 1] = i
        except ValidationError:
            pass
    try:
        qset = QuestionSet.model_construct(id=str(raw.get("id") or "?"), title=str(raw.get("title") or "?"),
                                           sources=sources, questions=good)
    except Exception:  # pragma: no cover - model_construct does not validate
        return None, {}
    return qset, offsets


_MESSAGES = {
    "missing": ("missing required field {field!r}", "Add the field; see `quiz-bank schema` for the format."),
    "extra_forbidden": ("unknown field {field!r}", "Check the spelling of the field name; unknown fields are not allowed."),
    "string_too_short": ("{field!r} must not be empty", ""),
    "too_short": ("{field!r} has too few entries: {msg}", ""),
    "too_long": ("{field!r} has too many entries: {msg}", ""),
}


def _pydantic_problem(err: ErrorDetails) -> Problem:
    loc = list(err["loc"])
    # drop the discriminator tag pydantic puts after the question index
    clean: list[str | int] = []
    for i, part in enumerate(loc):
        if isinstance(part, str) and part in QUESTION_TYPES and i > 0 and isinstance(loc[i - 1], int):
            continue
        if isinstance(part, str) and part.startswith("function-"):
            continue
        clean.append(part)
    path: FieldPath = tuple(clean)
    field_name = next((p for p in reversed(path) if isinstance(p, str)), "value")
    kind = err["type"]
    msg = err.get("msg", "")
    if kind in _MESSAGES:
        message, hint = _MESSAGES[kind]
        message = message.format(field=field_name, msg=msg.lower())
    elif kind == "union_tag_invalid":
        tag = err.get("ctx", {}).get("tag", "?")
        message, hint = f"unknown question type {tag!r}", f"Use one of: {', '.join(QUESTION_TYPES)}."
        path = path + ("type",)
    elif kind == "union_tag_not_found":
        message, hint = "the question has no \"type\"", f"Add \"type\": one of {', '.join(QUESTION_TYPES)}."
    elif kind == "value_error":
        message, hint = msg.removeprefix("Value error, "), ""
    else:
        message, hint = f"{field_name}: {msg[0].lower() + msg[1:] if msg else kind}", ""
    return Problem(path, message, hint)


# --------------------------------------------------------------------------- positions


_WHITE_SPACE = re.compile(r"[ \t\n\r]*+")  # JSON's white space, as skip_ws knew it


def locate_problems(text: str, problems: list[Problem]) -> None:
    """Fill in line and column of every problem from its JSON path, in one pass over the text."""
    wanted: set[FieldPath] = set()
    for p in problems:
        if p.line is None:
            for k in range(len(p.path) + 1):
                wanted.add(p.path[:k])
    if not wanted:
        return
    # the keys and indexes wanted under each wanted path: one set look-up per member of a container
    children: dict[FieldPath, set] = {}
    for path in wanted:
        if path:
            children.setdefault(path[:-1], set()).add(path[-1])
    nothing: set = set()
    positions: dict[FieldPath, int] = {}
    # the json module's own scanner (what ``JSONDecoder.raw_decode`` calls), less a Python frame per value;
    # it raises StopIteration where raw_decode says "Expecting value"
    scan = vars(json.JSONDecoder())["scan_once"]  # set by JSONDecoder.__init__ (typeshed does not list it)
    size = len(text)
    white_space = _WHITE_SPACE.match

    def skip_ws(i: int) -> int:
        # (a match at the very end is empty; only a colon at the end of the text puts ``i`` past it)
        m = white_space(text, i) if i <= size else None
        return m.end() if m else i

    def walk(i: int, path: FieldPath) -> int:
        i = skip_ws(i)
        positions[path] = i
        if i >= size:
            return i
        ch = text[i]
        here = children.get(path, nothing)
        if ch == "{":
            i = skip_ws(i + 1)
            if text[i] == "}":
                return i + 1
            while True:
                i = skip_ws(i)
                key, i = scan(text, i)
                i = skip_ws(i) + 1  # the colon
                i = walk(i, path + (key,)) if key in here else skip_value(i)
                m = white_space(text, i)  # i <= size here, so it matches (perhaps nothing)
                i = m.end() if m else i
                if text[i] == ",":
                    i += 1
                    continue
                return i + 1
        if ch == "[":
            i = skip_ws(i + 1)
            if text[i] == "]":
                return i + 1
            n = 0
            while True:
                i = walk(i, path + (n,)) if n in here else skip_value(i)
                m = white_space(text, i)  # i <= size here, so it matches (perhaps nothing)
                i = m.end() if m else i
                n += 1
                if text[i] == ",":
                    i += 1
                    continue
                return i + 1
        return skip_value(i)

    def skip_value(i: int) -> int:
        return scan(text, skip_ws(i))[1]

    try:
        walk(0, ())
    except (ValueError, IndexError, RecursionError, StopIteration):
        pass
    line_starts = LineIndex(text)
    for p in problems:
        if p.line is not None:
            continue
        for k in range(len(p.path), -1, -1):
            pos = positions.get(p.path[:k])
            if pos is not None:
                p.line, p.column = line_starts.place(pos)
                break


class LineIndex:
    """Line and column of any offset in a text, from one pass over it (not a count from the top each time)."""

    def __init__(self, text: str):
        starts = [0]
        find = text.find
        at = find("\n")
        while at >= 0:
            starts.append(at + 1)
            at = find("\n", at + 1)
        self._starts = starts

    def place(self, offset: int) -> tuple[int, int]:
        """1-based (line, column) of ``offset``."""
        line = bisect_right(self._starts, offset)
        return line, offset - self._starts[line - 1] + 1


def set_content_hash(qset: QuestionSet) -> str:
    """A short fingerprint of a set's content, stored with each round so old scores stay traceable."""
    import hashlib

    return hashlib.sha256(qset.model_dump_json().encode("utf-8")).hexdigest()[:16]

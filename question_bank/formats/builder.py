"""The assembly of imported questions into a validated set: ids, topics, placeholders, set details.

Every importer parses its format into our JSON shape and hands each question to a :class:`SetBuilder`,
which validates it, reports what cannot be kept (with its :class:`Where`), and builds the set.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from pydantic import TypeAdapter, ValidationError

from ..models import CORE_TOPICS, Question, QuestionSet, Source
from .categories import category_segments, default_category, resolve_topics
from .cloze import GIVEN_SOURCE
from .drafts import (
    EVIDENCE_REQUIRED,
    EXPLANATION_REQUIRED,
    NEEDS_EVIDENCE_QUOTE,
    NEEDS_EVIDENCE_SOURCE,
    NO_EXPLANATION,
    SOURCES_REQUIRED,
    is_placeholder_evidence,
    lacks_evidence,
    placeholder_source,
)
from .evidence_hints import evidence_suggestions
from .markers import read_meta
from .problems import ImportOptions, ImportProblem, ImportResult, Kind
from .text import slug

_question_adapter: TypeAdapter = TypeAdapter(Question)


def _readable_errors(exc: ValidationError) -> str:
    from ..models import QUESTION_TYPES

    parts = []
    for err in exc.errors():
        loc = [str(p) for p in err["loc"] if not (isinstance(p, str) and (p in QUESTION_TYPES or p.startswith("function")))]
        where = ".".join(loc)
        msg = err.get("msg", "").removeprefix("Value error, ")
        if err["type"] == "missing":
            msg = "missing"
        parts.append(f"{where}: {msg}" if where else msg)
    return "; ".join(dict.fromkeys(parts))


def _cited_as(question, source_id: str | None):
    """``question`` with its evidence citing ``source_id`` where it stood for the text given with --source."""
    evid = getattr(question, "evidence", None)
    if evid is None or evid.source != GIVEN_SOURCE:
        return question
    return question.model_copy(update={"evidence": evid.model_copy(update={"source": source_id})})


@dataclass
class Where:
    line: int | None = None
    sheet: str | None = None
    row: int | None = None
    cell: str | None = None

    def kwargs(self) -> dict:
        return {"line": self.line, "sheet": self.sheet, "row": self.row, "cell": self.cell}


class SetBuilder:
    """Collects parsed questions, fills in ids, topics and placeholders, and builds the QuestionSet."""

    def __init__(self, file: str, fmt: str, options: ImportOptions | None = None):
        self.file = file
        self.format = fmt
        self.options = options or ImportOptions()
        self.problems: list[ImportProblem] = []
        self.questions: list = []
        self.encoding: str | None = None
        self.set_meta: dict | None = None
        self.sources: list[Source] = []
        self.categories: list[str] = []
        self.description = ""
        self._ids: set[str] = set()
        self._suffixes: dict[str, int] = {}  # next number to try for a repeated id
        self._fallback_topics = 0
        self._placeholder_explanations = 0

    # -- problems

    def problem(self, reason: str, where: Where | None = None, kind: Kind = "error", hint: str = "") -> None:
        self.problems.append(ImportProblem(reason, kind, self.file, hint=hint, **(where or Where()).kwargs()))

    def warn(self, reason: str, where: Where | None = None, hint: str = "") -> None:
        self.problem(reason, where, "warning", hint)

    def skip(self, reason: str, where: Where | None = None, hint: str = "") -> None:
        self.problem(reason, where, "skipped", hint)

    # -- our own set metadata

    def take_set_meta(self, text: str, where: Where | None = None) -> None:
        meta = read_meta(text)
        if isinstance(meta, dict):
            self.set_meta = meta
        else:
            self.warn("the quiz-bank set line is damaged; set details were not restored", where)

    def take_source_meta(self, text: str, where: Where | None = None) -> None:
        meta = read_meta(text)
        try:
            source = Source.model_validate(meta)
        except ValidationError:
            self.warn("a quiz-bank source line is damaged; that source was not restored", where)
            return
        if all(s.id != source.id for s in self.sources):
            self.sources.append(source)

    # -- questions

    def add(self, data: dict, where: Where, *, tags: Iterable[str] = (), category: str | None = None,
            name: str | None = None, idnumber: str | None = None, meta: dict | None = None,
            label: str = "question") -> bool:
        """Validate one question (in our JSON shape); report and skip it when it cannot be valid."""
        data = dict(data)
        applied = self._apply_meta(data, meta, where) if isinstance(meta, dict) else set()
        # the category our own exports file uncategorised questions under is not one the teacher chose
        keep_path = not (self.set_meta and category == default_category(str(self.set_meta.get("title", ""))))
        if "topics" in applied and any(t in CORE_TOPICS for t in data["topics"]):
            pass  # our own topics, kept exactly
        elif "topics" not in data or not data["topics"]:
            topics, fallback = resolve_topics(tags, category, keep_path)
            data["topics"] = topics
            self._fallback_topics += fallback
        else:
            topics, fallback = resolve_topics(data["topics"], category, keep_path)
            data["topics"] = topics
            self._fallback_topics += fallback
        if not (data.get("explanation") or "").strip():
            data.pop("explanation", None)
            if EXPLANATION_REQUIRED:
                data["explanation"] = NO_EXPLANATION
                self._placeholder_explanations += 1
        if data.get("evidence") is None:
            data.pop("evidence", None)
            if EVIDENCE_REQUIRED:
                data["evidence"] = {"source": NEEDS_EVIDENCE_SOURCE, "quote": NEEDS_EVIDENCE_QUOTE}
        if data.get("id") or idnumber:  # written by us, a Moodle id number or an id column: kept exactly
            data["id"] = self._unique_id(data.get("id") or idnumber, where, exact=True)
        else:
            data["id"] = self._unique_id(name, where)
        try:
            question = _question_adapter.validate_python(data)
        except ValidationError as exc:
            self._ids.discard(data["id"])
            self.problem(f"{label} cannot be imported: {_readable_errors(exc)}", where)
            return False
        self.questions.append(question)
        return True

    def _apply_meta(self, data: dict, meta: dict, where: Where) -> set[str]:
        """Fields our own exports keep in a comment because the format has no place for them."""
        kind = meta.get("type")
        if kind == "ordering" and data.get("type") == "matching":
            self._restore_ordering(data, meta, where)
        elif kind == "cite" and data.get("type") in ("multiple_choice", "multiple_select"):
            statement = meta.get("statement")
            if isinstance(statement, str) and statement:
                suffix = f"\n\n“{statement}”"
                prompt = data.get("prompt", "")
                data["prompt"] = prompt[: -len(suffix)] if prompt.endswith(suffix) else prompt
                data["statement"] = statement
                data["type"] = "cite"
                data.pop("choices", None)
        applied = set()
        for key in ("id", "topics", "difficulty", "points", "support_note", "unit", "correction"):
            if key in meta and key not in data:
                data[key] = meta[key]
                applied.add(key)
        if "topics" in applied and not (isinstance(data["topics"], list) and all(isinstance(t, str)
                                                                                 for t in data["topics"])):
            data.pop("topics")
            applied.discard("topics")
        return applied

    def _restore_ordering(self, data: dict, meta: dict, where: Where) -> None:
        pairs = data.get("pairs") or []
        try:
            ranked = sorted(pairs, key=lambda p: int(str(p["right"]).strip()))
            positions = [int(str(p["right"]).strip()) for p in ranked]
        except (ValueError, KeyError, TypeError):
            self.warn("kept as a matching question: its pairs do not give positions 1, 2, 3…", where)
            return
        if positions != list(range(1, len(ranked) + 1)) or data.get("distractors"):
            self.warn("kept as a matching question: its pairs do not give positions 1, 2, 3…", where)
            return
        meta_items = meta.get("items")
        extra: list = meta_items if isinstance(meta_items, list) else []
        items = []
        for i, pair in enumerate(ranked):
            item = {"text": pair["left"]}
            if i < len(extra) and isinstance(extra[i], dict):
                for key in ("date", "evidence"):
                    if extra[i].get(key) is not None:
                        item[key] = extra[i][key]
            items.append(item)
        data["type"] = "ordering"
        data["items"] = items
        data.pop("pairs", None)
        data.pop("distractors", None)

    def _unique_id(self, wanted: str | None, where: Where, exact: bool = False) -> str:
        if exact:
            base = str(wanted)
        else:
            base = " ".join(str(wanted).split())[:80] if wanted else ""
        if not base:
            n = len(self.questions) + 1
            base = f"q{n:03d}"
            while base in self._ids:
                n += 1
                base = f"q{n:03d}"
        qid, n = base, self._suffixes.get(base, 1)
        while qid in self._ids:
            n += 1
            qid = f"{base}-{n}"
        self._suffixes[base] = n
        if qid != base and wanted:
            self.warn(f"the id {base!r} is used twice; this question is now {qid!r}", where)
        self._ids.add(qid)
        return qid

    # -- the set

    def build(self) -> ImportResult:
        opts = self.options
        meta = dict(self.set_meta or {})
        for key in ("id", "title"):
            if not (isinstance(meta.get(key), str) and meta[key].strip()):
                meta.pop(key, None)
        sources = list(self.sources)
        given_id = None
        if opts.source_text is not None and opts.source_text.strip():
            cited = Counter(e.source for q in self.questions for _, e in q.evidences() if not is_placeholder_evidence(e)
                            and e.source not in (GIVEN_SOURCE, NEEDS_EVIDENCE_SOURCE))
            known = {s.id for s in sources}
            unknown = [sid for sid, _ in cited.most_common() if sid not in known]
            source_id = opts.source_id or (unknown[0] if len(unknown) == 1 else None) or "source"
            title = opts.source_title or (meta.get("title") if not sources else None) or "Source"
            given = Source(id=source_id, title=title, citation=opts.source_citation, text=opts.source_text)
            sources = [s for s in sources if s.id != source_id] + [given]
            given_id = source_id
        # cloze passages found in the given text (see cloze.cloze_evidence) now know that text's id
        self.questions = [_cited_as(q, given_id) for q in self.questions]
        has_real_source = bool(sources)
        if not sources and SOURCES_REQUIRED:
            sources = [placeholder_source()]
        questions = self.questions
        if not questions:
            return ImportResult(None, self.problems, self.file, self.format, self.encoding)
        stem = Path(self.file).stem if self.file else "imported"
        title = opts.set_title or meta.get("title")
        if not title and self.categories:
            common = category_segments(self.categories[0], drop_defaults=True)
            for other in self.categories[1:]:
                segments = category_segments(other, drop_defaults=True)
                n = 0
                while n < min(len(common), len(segments)) and common[n] == segments[n]:
                    n += 1
                common = common[:n]
            # the deepest shared category names the set ("Berlin Airlift"); the path ("History / Berlin
            # Airlift") is the questions' topics, not a title
            title = common[-1] if common else None
        title = title or stem.replace("_", " ").replace("-", " ").strip() or "Imported questions"
        raw = {key: value for key, value in meta.items() if key not in ("sources", "questions")}
        if self.description and "description" not in raw:
            raw["description"] = self.description
        raw["id"] = opts.set_id or meta.get("id") or slug(stem)
        raw["title"] = title
        missing = any(lacks_evidence(q) for q in questions)
        if missing or not has_real_source:
            raw["status"] = "draft"
        raw.setdefault("status", "ready")
        raw["sources"] = [s.model_dump() for s in sources]
        try:
            qset = QuestionSet.model_validate({**raw, "questions": []})
        except ValidationError as exc:
            self.warn(f"the set details in the file are not valid and were left out ({_readable_errors(exc)})")
            status = raw["status"] if raw["status"] in ("ready", "draft") else "draft"
            raw = {"id": raw["id"], "title": title, "status": status, "sources": raw["sources"]}
            qset = QuestionSet.model_validate({**raw, "questions": []})  # each part was checked above
        qset = qset.model_copy(update={"questions": list(questions)})
        if self._fallback_topics:
            self.warn(f"{self._fallback_topics} question{'s' if self._fallback_topics != 1 else ''} had no core "
                      "topic (category or tag); filed under \"context\"",
                      hint=f"Core topics: {', '.join(CORE_TOPICS)}. Use them as tags or category names.")
        if self._placeholder_explanations:
            n = self._placeholder_explanations
            self.warn(f"{n} question{'s' if n != 1 else ''} had no explanation (general feedback); "
                      "a placeholder says so", hint="Write the explanations before playing the set for a score.")
        result = ImportResult(qset, self.problems, self.file, self.format, self.encoding)
        if missing:
            result.needs_evidence = evidence_suggestions(qset)
        return result

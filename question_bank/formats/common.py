"""What every importer and exporter shares: problems, results, reading bytes, topics, ids,
the evidence marker, and the assembly of imported questions into a validated set.

Importers never raise on a bad file: everything that goes wrong becomes an ``ImportProblem``
with the file, the place (line, or sheet/row/cell) and the reason, and the rest is imported.
"""

from __future__ import annotations

import gc
import json
import re
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from html import unescape
from html.parser import HTMLParser
from pathlib import Path
from typing import Any, Literal

from pydantic import TypeAdapter, ValidationError

from .. import evidence as ev
from ..models import CORE_TOPICS, TOPIC_LABELS, TYPE_LABELS, MultipleChoice, Question, QuestionSet, Source
from ..textnorm import typographic_to_ascii

MAX_IMPORT_BYTES = 50 * 1024 * 1024

Kind = Literal["error", "skipped", "warning"]


# --------------------------------------------------------------------------- problems and results


@dataclass
class ImportProblem:
    """One thing an import could not do, or did with a loss, said so that a teacher can fix it.

    ``kind`` is "error" when part of the file could not be read (a malformed question, a bad row,
    an unreadable file), "skipped" for a construct we read but cannot represent (an essay question),
    and "warning" when something was imported with a loss or a guess.
    """

    reason: str
    kind: Kind = "error"
    file: str = ""
    line: int | None = None
    sheet: str | None = None
    row: int | None = None
    cell: str | None = None
    hint: str = ""

    @property
    def place(self) -> str:
        place = self.file or "<input>"
        if self.sheet is not None:
            inner = self.sheet
            if self.cell:
                inner += f"!{self.cell}"
            elif self.row is not None:
                inner += f" row {self.row}"
            place += f" [{inner}]"
        elif self.line is not None:
            place += f":{self.line}"
        return place

    def as_dict(self) -> dict:
        return {
            "file": self.file, "line": self.line, "sheet": self.sheet, "row": self.row, "cell": self.cell,
            "kind": self.kind, "reason": self.reason, "hint": self.hint,
        }

    def __str__(self) -> str:
        text = f"{self.place}: {self.kind}: {self.reason}"
        if self.hint:
            text += f"\n    hint: {self.hint}"
        return text


@dataclass(frozen=True)
class Suggestion:
    """A sentence of the set's source that may prove a question imported without evidence."""

    sentence: str
    score: float
    line: int


@dataclass
class ImportOptions:
    """What the file itself cannot say.

    ``source_text`` is the text the questions are based on (imported files rarely carry it): with it,
    evidence markers can be checked and questions without evidence get suggestions.
    """

    source_text: str | None = None
    source_id: str | None = None
    source_title: str | None = None
    source_citation: str = ""
    set_id: str | None = None
    set_title: str | None = None
    #: two-column (Quizlet-style) files: ask each definition as a short answer or a multiple choice
    quizlet_as: Literal["short_answer", "multiple_choice"] = "short_answer"
    #: two-column files: the separator between term and definition (default: tab or comma, detected)
    separator: str | None = None
    #: two-column files: the separator between cards (default: a line break)
    row_separator: str | None = None


@dataclass
class ImportResult:
    question_set: QuestionSet | None
    problems: list[ImportProblem] = field(default_factory=list)
    file: str = ""
    format: str = ""
    encoding: str | None = None
    #: question id -> sentences of the set's source that best match it, for questions without evidence
    needs_evidence: dict[str, list[Suggestion]] = field(default_factory=dict)

    @property
    def errors(self) -> list[ImportProblem]:
        return [p for p in self.problems if p.kind == "error"]

    @property
    def skipped(self) -> list[ImportProblem]:
        return [p for p in self.problems if p.kind == "skipped"]

    @property
    def warnings(self) -> list[ImportProblem]:
        return [p for p in self.problems if p.kind == "warning"]

    @property
    def questions(self) -> list:
        return list(self.question_set.questions) if self.question_set else []

    @property
    def imported_by_type(self) -> dict[str, int]:
        return dict(Counter(q.type for q in self.questions))

    @property
    def ok(self) -> bool:
        """At least one question imported and nothing unreadable (the CLI's exit status 0)."""
        return bool(self.questions) and not self.errors

    def summary(self, max_lines: int = 40) -> str:
        lines = []
        n = len(self.questions)
        enc = f", {self.encoding}" if self.encoding else ""
        lines.append(f"{self.file}: imported {n} question{'s' if n != 1 else ''} ({self.format}{enc})")
        for qtype, count in sorted(self.imported_by_type.items(), key=lambda kv: -kv[1]):
            lines.append(f"  {TYPE_LABELS.get(qtype, qtype):<24} {count:>5}")
        for title, group in (("unreadable", self.errors), ("skipped", self.skipped), ("warnings", self.warnings)):
            if not group:
                continue
            lines.append(f"{title} ({len(group)}):")
            for p in group[:max_lines]:
                lines.append(f"  {p}")
            if len(group) > max_lines:
                lines.append(f"  … and {len(group) - max_lines} more")
        qset = self.question_set
        if qset is not None and qset.status == "draft":
            missing = sum(1 for q in qset.questions if lacks_evidence(q))
            why = []
            if missing:
                why.append(f"{missing} question{'s need' if missing != 1 else ' needs'} evidence")
            if not any(not is_placeholder_source(s) for s in qset.sources):
                why.append("no source text (give one with --source)")
            lines.append(f"the set is a draft: {'; '.join(why) or 'marked draft in the file'}")
            shown = 0
            for qid, suggestions in self.needs_evidence.items():
                if not suggestions or shown >= 10:
                    continue
                shown += 1
                best = suggestions[0]
                lines.append(f"  {qid}: best match (line {best.line}, {best.score:.0f}%): “{_short(best.sentence)}”")
        return "\n".join(lines)


def _short(text: str, limit: int = 110) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


# --------------------------------------------------------------------------- reading bytes


def read_input(path: str | Path) -> tuple[bytes | None, ImportProblem | None]:
    """The bytes of a file, or why they cannot be read; a file over the size limit is never read."""
    path = Path(path)
    name = str(path)
    try:
        if path.is_dir():
            return None, ImportProblem("this is a folder, not a file", file=name)
        size = path.stat().st_size
    except FileNotFoundError:
        return None, ImportProblem("the file does not exist", file=name, hint="Check the file name and folder.")
    except OSError as exc:
        return None, ImportProblem(f"the file cannot be read: {exc.strerror or exc}", file=name)
    if size > MAX_IMPORT_BYTES:
        return None, too_large(name, size)
    try:
        with open(path, "rb") as fh:
            data = fh.read(MAX_IMPORT_BYTES + 1)
    except OSError as exc:
        return None, ImportProblem(f"the file cannot be read: {exc.strerror or exc}", file=name)
    if len(data) > MAX_IMPORT_BYTES:  # it grew while we looked
        return None, too_large(name, len(data))
    return data, None


def too_large(name: str, size: int) -> ImportProblem:
    return ImportProblem(
        f"the file is too large ({size / 1024 / 1024:.1f} MB; the limit is {MAX_IMPORT_BYTES // 1024 // 1024} MB)",
        file=name, hint="A question file is small; check that this is the right file.")


_CONTROL = re.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f]")


def decode_text(data: bytes, name: str) -> tuple[str | None, str | None, list[ImportProblem]]:
    """Text, the name of the encoding it was read with, and problems (a warning when it was a guess).

    UTF-8 with or without BOM, UTF-16 and UTF-32 (BOM, or UTF-16 recognised by its zero bytes) are
    read as such; other bytes are read as Windows-1252 (Latin-1) with a warning. Bytes that are not
    text at all (many control characters) are refused.
    """
    if not data.strip():
        return None, None, [ImportProblem("the file is empty", file=name)]
    for bom, codec, label in (
        (b"\xef\xbb\xbf", "utf-8-sig", "UTF-8 with BOM"),
        (b"\xff\xfe\x00\x00", "utf-32", "UTF-32 (BOM)"),
        (b"\x00\x00\xfe\xff", "utf-32", "UTF-32 (BOM)"),
        (b"\xff\xfe", "utf-16", "UTF-16 (BOM)"),
        (b"\xfe\xff", "utf-16", "UTF-16 (BOM)"),
    ):
        if data.startswith(bom):
            try:
                return _check_text(data.decode(codec), label, name)
            except UnicodeDecodeError as exc:
                return None, None, [ImportProblem(f"the file starts with a {label} mark but is not valid {label} "
                                                  f"text (at byte {exc.start})", file=name)]
    head = data[:4000]
    if len(head) >= 4:
        even_zero = head[0::2].count(0) / max(1, len(head[0::2]))
        odd_zero = head[1::2].count(0) / max(1, len(head[1::2]))
        for ratio, codec, label in ((odd_zero, "utf-16-le", "UTF-16 LE (no BOM)"),
                                    (even_zero, "utf-16-be", "UTF-16 BE (no BOM)")):
            other = even_zero if ratio is odd_zero else odd_zero
            if ratio > 0.3 and other < 0.05:
                try:
                    return _check_text(data.decode(codec), label, name)
                except UnicodeDecodeError:
                    break
    try:
        return _check_text(data.decode("utf-8"), "UTF-8", name)
    except UnicodeDecodeError as exc:
        utf8_error = exc
    if _looks_binary(data):
        return None, None, [ImportProblem("the file is not text (it holds binary data)", file=name,
                                          hint="Choose the exported text file (.gift, .txt, .xml, .csv).")]
    try:
        text, label = data.decode("cp1252"), "Windows-1252 (Latin-1)"
    except UnicodeDecodeError:
        text, label = data.decode("latin-1"), "Latin-1 (ISO-8859-1)"
    line = data.count(b"\n", 0, utf8_error.start) + 1
    warning = ImportProblem(
        f"the file is not UTF-8 (byte 0x{data[utf8_error.start]:02x} on line {line}); read it as {label}",
        kind="warning", file=name, line=line,
        hint="Check accented letters and curly quotes; save the file as UTF-8 to be sure.")
    text, label, problems = _check_text(text, label, name)
    return text, label, [warning, *problems]


def _looks_binary(data: bytes) -> bool:
    sample = data[:8192]
    if b"\x00" in sample:
        return True
    controls = sum(1 for b in sample if b < 32 and b not in (9, 10, 12, 13))
    return controls > max(2, len(sample) // 20)


def _check_text(text: str, label: str, name: str) -> tuple[str | None, str | None, list[ImportProblem]]:
    sample = text[:8192]
    controls = len(_CONTROL.findall(sample))
    if "\x00" in sample or controls > max(2, len(sample) // 20):
        return None, None, [ImportProblem(f"the file is not text (binary data, read as {label})", file=name)]
    return text.lstrip("\ufeff"), label, []


# --------------------------------------------------------------------------- text helpers

_TAG_OR_ENTITY = re.compile(r"<(?:[a-zA-Z][a-zA-Z0-9]*\b[^<>]*|/[a-zA-Z][a-zA-Z0-9]*\s*)>|&(?:#\d+|#x[0-9a-fA-F]+|[a-zA-Z]+);")
_BR, _PARA = "\ue000", "\ue001"
_BLOCK_TAGS = frozenset("p div li tr h1 h2 h3 h4 h5 h6 blockquote pre table ul ol dl dt dd section article".split())


def looks_like_html(text: str) -> bool:
    return bool(_TAG_OR_ENTITY.search(text))


class _TextExtractor(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.skip = 0
        self.images = 0

    def handle_starttag(self, tag, attrs):
        if tag in ("script", "style"):
            self.skip += 1
        elif tag == "br":
            self.parts.append(_BR)
        elif tag in _BLOCK_TAGS:
            self.parts.append(_PARA)
        elif tag == "img":
            self.images += 1
            alt = dict(attrs).get("alt")
            if alt:
                self.parts.append(f" [image: {alt}] ")

    def handle_startendtag(self, tag, attrs):
        self.handle_starttag(tag, attrs)
        if tag in ("script", "style"):
            self.skip -= 1

    def handle_endtag(self, tag):
        if tag in ("script", "style"):
            self.skip = max(0, self.skip - 1)
        elif tag in _BLOCK_TAGS:
            self.parts.append(_PARA)

    def handle_data(self, data):
        if not self.skip:
            self.parts.append(data)


def html_to_text(text: str) -> tuple[str, int]:
    """Plain text of an HTML fragment (paragraphs and line breaks kept), and how many images it had."""
    parser = _TextExtractor()
    try:
        parser.feed(text)
        parser.close()
        raw, images = "".join(parser.parts), parser.images
    except Exception:  # HTMLParser is lenient, but not on every malformed input
        raw = re.sub(r"<[^>]*>", " ", text)
        raw, images = unescape(raw), text.lower().count("<img")
    raw = re.sub(r"[ \t\r\n\f\u00a0]+", " ", raw)  # &nbsp; is a space once the text is plain
    raw = raw.replace(_BR, "\n").replace(_PARA, "\n\n")
    raw = re.sub(r" *\n *", "\n", raw)
    raw = re.sub(r"\n{3,}", "\n\n", raw)
    return raw.strip(), images


def clean_cell(value: str) -> str:
    """Trimmed text without zero-width characters (kept: non-breaking spaces, curly quotes)."""
    return value.replace("\u200b", "").replace("\u2060", "").replace("\ufeff", "").strip()


def loose(text: str) -> str:
    """The form used to match an answer written in one place with an option written in another."""
    text = typographic_to_ascii(clean_cell(text))
    return " ".join(text.casefold().split())


def fmt_num(value: float) -> str:
    """A number written exactly and without noise: 135000, 0.5, 1e-07."""
    if value == int(value) and abs(value) < 1e16:
        return str(int(value))
    return repr(value)


_NUMBER = re.compile(r"[-+]?(?:\d+\.?\d*|\.\d+)(?:[eE][-+]?\d+)?")


def parse_plain_number(text: str) -> float | None:
    """A number as Moodle's is_numeric reads it (no thousands separators, no words)."""
    text = text.strip()
    if not _NUMBER.fullmatch(text):
        return None
    try:
        value = float(text)
    except ValueError:
        return None
    return value if value == value and abs(value) != float("inf") else None


def slug(text: str, fallback: str = "imported") -> str:
    text = typographic_to_ascii(text).casefold()
    out = re.sub(r"[^a-z0-9]+", "-", text).strip("-")[:60].strip("-")
    return out or fallback


# --------------------------------------------------------------------------- topics

_TOPIC_ALIASES = {
    "date": "dates", "year": "dates", "years": "dates", "chronology": "dates", "timeline": "dates",
    "leader": "leaders", "people": "leaders", "person": "leaders",
    "troop_count": "troop_counts", "troops": "troop_counts", "numbers": "troop_counts", "army": "troop_counts",
    "armies": "troop_counts", "un": "un_security_council", "united_nations": "un_security_council",
    "security_council": "un_security_council", "unsc": "un_security_council",
    "place": "places", "geography": "places", "location": "places", "locations": "places",
    "background": "context", "causes": "context",
}
_CORE = frozenset(CORE_TOPICS)
_LABEL_TO_KEY = {v.casefold(): k for k, v in TOPIC_LABELS.items()}


def topic_key(text: str) -> str | None:
    """The core topic a tag or category name stands for, if any ('UN Security Council' -> un_security_council)."""
    text = clean_cell(text)
    if not text:
        return None
    if text.casefold() in _LABEL_TO_KEY:
        return _LABEL_TO_KEY[text.casefold()]
    norm = re.sub(r"[\s\-]+", "_", typographic_to_ascii(text).casefold()).strip("_")
    if norm in _CORE:
        return norm
    return _TOPIC_ALIASES.get(norm)


_CATEGORY_NOISE = re.compile(r"^(?:\$[a-z0-9]+\$|top|default for .*)$", re.IGNORECASE)


def category_segments(category: str | None) -> list[str]:
    """The meaningful parts of a Moodle category path ('$course$/top/Korean War//1950' -> ['Korean War/1950'])."""
    if not category:
        return []
    parts = re.split(r"(?<!/)/(?!/)", category.strip())
    out = []
    for part in parts:
        part = part.replace("//", "/").strip()
        if part and not _CATEGORY_NOISE.match(part):
            out.append(part)
    return out


def _topic_norm(text: str) -> str:
    return " ".join(text.casefold().split())


def resolve_topics(tags: Iterable[str], category: str | None = None) -> tuple[list[str], bool]:
    """Topics for an imported question, and whether the "context" fallback was used.

    1. Each tag becomes a topic: a core topic when it names one (by key, label or a common alias),
       else a free tag, in the file's order.
    2. Without a core topic among the tags, the parts of the category that name a core topic are added.
    3. Still without one, "context" comes first and the category's last part is added as a free tag.
    """
    out: list[str] = []
    seen: set[str] = set()

    def add(topic: str, front: bool = False) -> None:
        key = _topic_norm(topic)
        if key and key not in seen:
            seen.add(key)
            if front:
                out.insert(0, topic)
            else:
                out.append(topic)

    for tag in tags:
        tag = clean_cell(tag)
        if tag:
            add(topic_key(tag) or tag)
    segments = category_segments(category)
    if not any(t in _CORE for t in out):
        for seg in segments:
            key = topic_key(seg)
            if key:
                add(key)
    fallback = False
    if not any(t in _CORE for t in out):
        fallback = True
        add("context", front=True)
        if segments:
            add(segments[-1])
    return out, fallback


# --------------------------------------------------------------------------- the evidence marker

EVIDENCE_PREFIX = "Evidence"
_MARKER = re.compile(r"Evidence \[(?P<source>[^\]\n]+)\]: [“\"](?P<quote>.*)[”\"]\s*\Z", re.DOTALL)


def evidence_line(source: str, quote: str) -> str:
    return f"{EVIDENCE_PREFIX} [{source}]: “{quote}”"


def with_evidence(text: str | None, evidence) -> str:
    """A feedback text followed by the evidence marker, which our own import turns back into ``evidence``."""
    text = text or ""
    if evidence is None or is_placeholder_evidence(evidence):
        return text
    line = evidence_line(evidence.source, evidence.quote)
    return f"{text}\n\n{line}" if text else line


def split_evidence(text: str | None) -> tuple[str, dict | None]:
    """(the feedback without the marker, {"source", "quote"} or None)."""
    text = text or ""
    start = len(text)
    while True:
        start = text.rfind(f"{EVIDENCE_PREFIX} [", 0, start)
        if start < 0:
            return text, None
        if start == 0 or text[:start].endswith("\n\n") or text[:start].endswith("\n"):
            m = _MARKER.match(text, start)
            if m and m.group("quote").strip():
                return text[:start].rstrip(), {"source": m.group("source").strip(), "quote": m.group("quote")}
        if start == 0:
            return text, None


# --------------------------------------------------------------------------- our own metadata in comments

SET_MARKER = "quiz-bank-set:"
SOURCE_MARKER = "quiz-bank-source:"
QUESTION_MARKER = "quiz-bank:"


def meta_json(obj: Any) -> str:
    """One-line JSON for a comment; '[id:' and '[tag:' are escaped so Moodle never reads them as metadata."""
    text = json.dumps(obj, ensure_ascii=False, separators=(",", ":"))
    return text.replace("[id:", "\\u005bid:").replace("[tag:", "\\u005btag:")


def read_meta(text: str) -> Any:
    try:
        return json.loads(text)
    except (ValueError, RecursionError):
        return None


# --------------------------------------------------------------------------- placeholders (see docs/formats.md)


def _required(model, name: str) -> bool:
    info = model.model_fields[name]
    return info.is_required() or any(getattr(m, "min_length", 0) for m in info.metadata)


#: Whether the model still requires what imported files often lack. Decided from the model itself, so
#: the placeholders disappear by themselves once drafts may leave them out.
EVIDENCE_REQUIRED = _required(MultipleChoice, "evidence")
EXPLANATION_REQUIRED = _required(MultipleChoice, "explanation")
SOURCES_REQUIRED = _required(QuestionSet, "sources")

from ..placeholders import (  # noqa: E402  (shared with the validator, which reports them)
    NEEDS_EVIDENCE_QUOTE,
    NEEDS_EVIDENCE_SOURCE,
    NO_EXPLANATION,
    PLACEHOLDER_SOURCE_ID,
    PLACEHOLDER_SOURCE_TEXT,
    is_placeholder_evidence,
    is_placeholder_source,
)


def lacks_evidence(question) -> bool:
    return is_placeholder_evidence(getattr(question, "evidence", None))


def real_evidence(question):
    evid = getattr(question, "evidence", None)
    return None if is_placeholder_evidence(evid) else evid


def real_explanation(question) -> str:
    text = getattr(question, "explanation", None) or ""
    return "" if text == NO_EXPLANATION else text


def real_sources(qset: QuestionSet) -> list[Source]:
    return [s for s in qset.sources if not is_placeholder_source(s)]


def placeholder_source() -> Source:
    return Source(id=PLACEHOLDER_SOURCE_ID, title="Source text needed", citation="", text=PLACEHOLDER_SOURCE_TEXT)


def answer_summary(question) -> str:
    """The question and its answer in words, for matching against source sentences."""
    if question.type == "cite":
        return f"{question.prompt} {question.statement}"
    try:
        return f"{question.prompt} {question.answer_text()}"
    except Exception:
        return question.prompt


def evidence_suggestions(qset: QuestionSet, limit: int = 3) -> dict[str, list[Suggestion]]:
    """For every question without evidence: the sentences of the set's sources that match it best."""
    sources = real_sources(qset)
    out: dict[str, list[Suggestion]] = {}
    for q in qset.questions:
        if not lacks_evidence(q):
            continue
        found: list[Suggestion] = []
        for src in sources:
            for passage, score in ev.rank_sentences(src.text, answer_summary(q), limit=limit):
                found.append(Suggestion(passage.text, score, ev.line_number(src.text, passage.start)))
        found.sort(key=lambda s: -s.score)
        out[q.id] = found[:limit]
    return out


# --------------------------------------------------------------------------- assembling a set

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
        if "topics" in applied and any(t in _CORE for t in data["topics"]):
            pass  # our own topics, kept exactly
        elif "topics" not in data or not data["topics"]:
            topics, fallback = resolve_topics(tags, category)
            data["topics"] = topics
            self._fallback_topics += fallback
        else:
            topics, fallback = resolve_topics(data["topics"], category)
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
        extra = meta.get("items") if isinstance(meta.get("items"), list) else []
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
        if opts.source_text is not None and opts.source_text.strip():
            cited = Counter(e.source for q in self.questions for _, e in q.evidences() if not is_placeholder_evidence(e))
            known = {s.id for s in sources}
            unknown = [sid for sid, _ in cited.most_common() if sid not in known]
            source_id = opts.source_id or (unknown[0] if len(unknown) == 1 else None) or "source"
            title = opts.source_title or (meta.get("title") if not sources else None) or "Source"
            given = Source(id=source_id, title=title, citation=opts.source_citation, text=opts.source_text)
            sources = [s for s in sources if s.id != source_id] + [given]
        has_real_source = bool(sources)
        if not sources and SOURCES_REQUIRED:
            sources = [placeholder_source()]
        questions = self.questions
        if not questions:
            return ImportResult(None, self.problems, self.file, self.format, self.encoding)
        stem = Path(self.file).stem if self.file else "imported"
        title = opts.set_title or meta.get("title")
        if not title and self.categories:
            common = category_segments(self.categories[0])
            for other in self.categories[1:]:
                segments = category_segments(other)
                n = 0
                while n < min(len(common), len(segments)) and common[n] == segments[n]:
                    n += 1
                common = common[:n]
            title = " / ".join(common) or None
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


# --------------------------------------------------------------------------- safety net


def guarded(fmt: str, name: str, parse: Callable[[], ImportResult]) -> ImportResult:
    """Run an importer; a bug in it becomes a reported problem instead of a crash."""
    # Importing builds many small objects that live as long as the set; the cyclic collector would walk
    # them again and again and find nothing to free (as in loading.load_set_text).
    gc_was_on = gc.isenabled()
    gc.disable()
    try:
        return parse()
    except Exception as exc:  # the promise is "never raises"; tests assert this branch is never taken
        problem = ImportProblem(f"internal error while reading the file ({type(exc).__name__}: {exc})", file=name,
                                hint="Please report this file; nothing was imported.")
        return ImportResult(None, [problem], name, fmt)
    finally:
        if gc_was_on:
            gc.enable()

"""The set as a bank of questions: which questions a search and filters keep, near-duplicate questions,
changes to several questions at once, and questions copied into another set with their sources. No Qt here.

Questions are the file's dicts (see ``document.py``); every function leaves its inputs unchanged.
"""

from __future__ import annotations

import copy
import re
from dataclasses import dataclass, field
from typing import Any

from question_bank import evidence as ev
from question_bank import textnorm as tn
from question_bank.i18n import translate
from question_bank.models import TYPE_LABELS

from .document import Validation, evidence_paths, get_at, question_index, source_by_id

#: Near-same questions are looked for among at most this many (every pair is compared: a bank larger
#: than this is checked for exact repeats only, and the report says so).
NEAR_DUPLICATE_LIMIT = 2000
#: How alike two questions' prompt and answer must be (0-100, rapidfuzz's token-sort ratio) to be near-same.
NEAR_SAME_SCORE = 90.0


@dataclass(frozen=True)
class QuestionFilter:
    """What the teacher asked the list to show; an empty filter shows every question."""

    text: str = ""
    qtype: str = ""
    topic: str = ""
    difficulty: int | None = None
    paragraph: int | None = None
    has_problems: bool = False
    has_warnings: bool = False
    #: only questions that are in one of these groups of duplicates (indexes), when given
    duplicates: tuple[tuple[int, ...], ...] | None = None

    @property
    def is_empty(self) -> bool:
        return self == QuestionFilter()


def question_text(q: dict) -> str:
    """Everything a search looks in: the question, its answers, options, explanation, quote and tags."""
    parts: list[str] = []

    def walk(value: Any) -> None:
        if isinstance(value, str):
            parts.append(value)
        elif isinstance(value, int | float) and not isinstance(value, bool):
            parts.append(f"{value:g}" if isinstance(value, float) else str(value))
        elif isinstance(value, list):
            for v in value:
                walk(v)
        elif isinstance(value, dict):
            for key, v in value.items():
                if key not in ("source", "type", "id"):
                    walk(v)

    walk({k: v for k, v in q.items() if k != "support_note"})
    parts.append(str(q.get("id") or ""))
    return "\n".join(parts)


def answer_words(q: dict) -> str:
    """The question's answer in words, as a duplicate check compares it."""
    qtype = q.get("type")
    if qtype in ("multiple_choice", "multiple_select"):
        return " ".join(str(c.get("text", "")) for c in q.get("choices", []) if isinstance(c, dict) and c.get("correct"))
    if qtype == "true_false":
        return f"{q.get('answer')} {q.get('correction') or ''}"
    if qtype == "numeric":
        return f"{q.get('value')} {q.get('unit') or ''}"
    if qtype == "short_answer":
        accepted = q.get("accepted")
        return str(accepted[0]) if isinstance(accepted, list) and accepted else ""
    if qtype == "ordering":
        return " ".join(str(i.get("text", "")) for i in q.get("items", []) if isinstance(i, dict))
    if qtype == "matching":
        return " ".join(f"{p.get('left', '')} {p.get('right', '')}" for p in q.get("pairs", []) if isinstance(p, dict))
    if qtype == "cite":
        return str(q.get("statement") or "")
    return str(get_at(q, ("evidence", "quote"), "") or "")


def paragraph_of_question(data: dict, q: dict) -> int | None:
    """The paragraph (1, 2, ... of its source) where the question's quote begins; None when it is not found."""
    quote = str(get_at(q, ("evidence", "quote"), "") or "")
    found = source_by_id(data, str(get_at(q, ("evidence", "source"), "") or ""))
    if not quote.strip() or found is None:
        return None
    text = str(found[1].get("text") or "")
    span = ev.find_quote(text, quote)
    if span is None:
        return None
    para = ev.paragraph_of(text, span[0])
    return para.index + 1 if para is not None else None


def question_paragraphs(data: dict) -> list[int | None]:
    """``paragraph_of_question`` of every question, in order."""
    return [paragraph_of_question(data, q) if isinstance(q, dict) else None for q in data.get("questions", [])]


def matching_rows(data: dict, wanted: QuestionFilter, validation: Validation,
                  paragraphs: list[int | None] | None = None) -> list[int]:
    """The indexes of the questions ``wanted`` keeps, in order. The search is on whole words typed in any
    case and with or without accents ("korea" finds "Korea", "Pusan perimeter" both words anywhere)."""
    questions = [q if isinstance(q, dict) else {} for q in data.get("questions", [])]
    words = tn.fold(wanted.text).split() if wanted.text.strip() else []
    in_groups = {i for group in wanted.duplicates for i in group} if wanted.duplicates is not None else None
    if wanted.paragraph is not None and paragraphs is None:
        paragraphs = question_paragraphs(data)
    with_errors = {question_index(p) for p in validation.errors} if wanted.has_problems else set()
    with_warnings = {question_index(p) for p in validation.warnings} if wanted.has_warnings else set()
    out = []
    for i, q in enumerate(questions):
        if in_groups is not None and i not in in_groups:
            continue
        if wanted.qtype and q.get("type") != wanted.qtype:
            continue
        raw_topics = q.get("topics")
        topics: list = raw_topics if isinstance(raw_topics, list) else []
        if wanted.topic and wanted.topic not in topics:
            continue
        if wanted.difficulty is not None and q.get("difficulty", 2) != wanted.difficulty:
            continue
        if wanted.paragraph is not None and (paragraphs is None or paragraphs[i] != wanted.paragraph):
            continue
        if wanted.has_problems and i not in with_errors:
            continue
        if wanted.has_warnings and i not in with_warnings:
            continue
        if words:
            folded = tn.fold(question_text(q))
            if not all(w in folded for w in words):
                continue
        out.append(i)
    return out


def shown_report(shown: int, total: int, wanted: QuestionFilter) -> str:
    """The line above the list: how many questions the filters show."""
    if wanted.is_empty:
        return ""
    if shown == 0:
        return translate("bank", "No question of the {total} matches. Clear the filters (Esc in the search) to see them all.").format(total=total)
    return translate("bank", "Showing {shown} of the {total} questions.").format(shown=shown, total=total)


# --------------------------------------------------------------------------- duplicates


_SPACES = re.compile(r"\s+")


def _compared(q: dict) -> str:
    return _SPACES.sub(" ", tn.fold(f"{q.get('prompt', '')} {q.get('statement', '')} {answer_words(q)}")).strip()


@dataclass
class Duplicates:
    """Groups of questions with the same or nearly the same question and answer (indexes, in order)."""

    groups: list[tuple[int, ...]] = field(default_factory=list)
    #: near-same questions were not looked for (the bank is larger than ``NEAR_DUPLICATE_LIMIT``)
    exact_only: bool = False

    def report(self, ids: list[str]) -> str:
        if not self.groups:
            said = translate("Duplicates", "No duplicates: no two questions ask the same with the same answer.")
        else:
            listed = "; ".join(" and ".join(f"{i + 1}" + (f" ({ids[i]})" if i < len(ids) and ids[i] else "")
                                            for i in g) for g in self.groups[:8])
            more = translate("Duplicates", "; and %n more group(s)", "", len(self.groups) - 8) if len(self.groups) > 8 else ""
            n = len(self.groups)
            said = translate("Duplicates", "%n group(s) of questions that ask the same with the same answer (or nearly): "
                             "questions {listed}{more}. The list shows only them; clear the filters to see all.", "",
                             n).format(listed=listed, more=more)
        if self.exact_only:
            said += translate("Duplicates", " (A bank of more than {limit} questions is checked for exact repeats only.)").format(limit=NEAR_DUPLICATE_LIMIT)
        return said


def find_duplicates(questions: list, near: float = NEAR_SAME_SCORE, exact_only: bool = False) -> Duplicates:
    """Questions that ask the same (their question and answer texts folded alike), or nearly the same
    (``near``: rapidfuzz's token-sort ratio of those texts, for banks up to ``NEAR_DUPLICATE_LIMIT``)."""
    texts = [_compared(q) if isinstance(q, dict) else "" for q in questions]
    parent = list(range(len(texts)))

    def root(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    def join(a: int, b: int) -> None:
        ra, rb = root(a), root(b)
        if ra != rb:
            parent[max(ra, rb)] = min(ra, rb)

    first: dict[str, int] = {}
    for i, text in enumerate(texts):
        if not text:
            continue
        if text in first:
            join(first[text], i)
        else:
            first[text] = i
    too_many = len(first) > NEAR_DUPLICATE_LIMIT
    if not (exact_only or too_many) and len(first) > 1:
        from rapidfuzz import fuzz, process

        keys = list(first)
        # token-sort ratio, with each text's words sorted once instead of at every comparison
        ordered = [" ".join(sorted(k.split())) for k in keys]
        for a, text in enumerate(ordered[:-1]):
            for _text, _score, b in process.extract_iter(text, ordered[a + 1:], scorer=fuzz.ratio,
                                                         score_cutoff=near):
                join(first[keys[a]], first[keys[a + 1 + b]])
    groups: dict[int, list[int]] = {}
    for i, text in enumerate(texts):
        if text:
            groups.setdefault(root(i), []).append(i)
    return Duplicates([tuple(g) for g in groups.values() if len(g) > 1], too_many)


# --------------------------------------------------------------------------- several questions at once


@dataclass(frozen=True)
class BulkChange:
    """What "Change the selected questions" does: each part left as it is when None."""

    add_topics: tuple[str, ...] = ()
    remove_topics: tuple[str, ...] = ()
    points: float | None = None
    difficulty: int | None = None

    @property
    def is_empty(self) -> bool:
        return self == BulkChange()


def changed_questions(questions: list, rows: list[int], change: BulkChange) -> list:
    """A copy of ``questions`` with ``change`` made to the questions at ``rows``."""
    out = copy.deepcopy(questions)
    for i in rows:
        if not (0 <= i < len(out) and isinstance(out[i], dict)):
            continue
        q = out[i]
        if change.add_topics or change.remove_topics:
            topics = [t for t in (q.get("topics") if isinstance(q.get("topics"), list) else [])
                      if t not in change.remove_topics]
            topics += [t for t in change.add_topics if t not in topics]
            q["topics"] = topics
        if change.points is not None:
            q["points"] = int(change.points) if float(change.points).is_integer() else change.points
        if change.difficulty is not None:
            q["difficulty"] = change.difficulty
    return out


def bulk_report(count: int, change: BulkChange) -> str:
    done = []
    if change.add_topics:
        done.append(translate("bank", "topics added: ") + ", ".join(change.add_topics))
    if change.remove_topics:
        done.append(translate("bank", "topics taken off: ") + ", ".join(change.remove_topics))
    if change.points is not None:
        done.append(translate("bank", "points set to {points:g}").format(points=change.points))
    if change.difficulty is not None:
        done.append(translate("bank", "difficulty set to {difficulty}").format(difficulty=change.difficulty))
    return translate("bank", "%n question(s) changed ({changes}). Undo (Ctrl+Z) takes the change back in one step.", "",
                     count).format(changes="; ".join(done))


# --------------------------------------------------------------------------- into another set


@dataclass
class Copied:
    """``target`` with the questions added; what was done, in words."""

    target: dict
    ids: list[str]
    sources_added: list[str]
    renamed: dict[str, str]


def copy_into(target: dict, source_set: dict, rows: list[int]) -> Copied:
    """A copy of ``target`` (a set's dicts) with copies of the questions at ``rows`` of ``source_set``,
    their sources coming along: a source the target has already (same text) is shared, one whose id the
    target uses for another text gets a free id (its quotes follow), and ids taken in the target get new ones."""
    out = copy.deepcopy(target)
    out.setdefault("questions", [])
    out.setdefault("sources", [])
    taken_ids = {q.get("id") for q in out["questions"] if isinstance(q, dict)}
    by_text = {str(s.get("text") or ""): str(s.get("id")) for s in out["sources"] if isinstance(s, dict)}
    source_ids = {str(s.get("id")) for s in out["sources"] if isinstance(s, dict)}
    mapping: dict[str, str] = {}
    added_sources: list[str] = []
    ids: list[str] = []
    for i in rows:
        questions = source_set.get("questions", [])
        if not (0 <= i < len(questions) and isinstance(questions[i], dict)):
            continue
        q = copy.deepcopy(questions[i])
        for path in evidence_paths(q):
            sid = str(get_at(q, (*path, "source"), "") or "")
            if sid not in mapping:
                found = source_by_id(source_set, sid)
                if found is None:
                    mapping[sid] = sid
                else:
                    text = str(found[1].get("text") or "")
                    if text in by_text:
                        mapping[sid] = by_text[text]
                    else:
                        new_id = _free(sid or "source", source_ids)
                        source_ids.add(new_id)
                        out["sources"].append({**copy.deepcopy(found[1]), "id": new_id})
                        by_text[text] = new_id
                        mapping[sid] = new_id
                        added_sources.append(new_id)
            node = get_at(q, path)
            if isinstance(node, dict):
                node["source"] = mapping[sid]
        qid = str(q.get("id") or "q")
        if qid in taken_ids:
            qid = _free(qid, taken_ids)
        q["id"] = qid
        taken_ids.add(qid)
        ids.append(qid)
        out["questions"].append(q)
    return Copied(out, ids, added_sources, {k: v for k, v in mapping.items() if k != v})


def _free(wanted: str, taken: set) -> str:
    if wanted not in taken:
        return wanted
    n = 2
    while f"{wanted}-{n}" in taken:
        n += 1
    return f"{wanted}-{n}"


def copied_report(copied: Copied, target_name: str, moved: bool) -> str:
    n = len(copied.ids)
    ids = ", ".join(copied.ids[:6]) + (" …" if n > 6 else "")
    said = (translate("bank", "%n question(s) moved to “{target}” (as {ids}).", "", n) if moved else
            translate("bank", "%n question(s) copied to “{target}” (as {ids}).", "", n)).format(target=target_name, ids=ids)
    if copied.sources_added:
        said += translate("bank", " Their source text came along ({names}).").format(names=', '.join(copied.sources_added))
    if moved:
        said += translate("bank", " Undo (Ctrl+Z) puts them back here; the other set keeps its copy.")
    return said


def type_choices() -> list[tuple[str, str]]:
    return [("", translate("bank", "Any type"))] + [(t, label) for t, label in TYPE_LABELS.items()]


__all__ = [
    "BulkChange", "Copied", "Duplicates", "QuestionFilter", "bulk_report", "changed_questions", "copied_report",
    "copy_into", "find_duplicates", "matching_rows", "paragraph_of_question", "question_paragraphs",
    "shown_report",
]

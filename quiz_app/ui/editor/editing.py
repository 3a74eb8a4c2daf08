"""The set being edited, its undo history and the question the teacher is on.

The set is plain dicts (see ``document.py`` for why). Every change is a ``ReplaceValue`` command on
``undo_stack``; the command (done, undone or redone) calls back ``_apply``, which changes ``data`` and
says so with ``changed``: the window then shows the change. What a change is (a new question after the
current one, a copy, a move...) is worked out by the plain functions of ``document.py``.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtGui import QUndoStack

from question_bank.models import QUESTION_TYPES, TYPE_LABELS
from question_bank.placeholders import PLACEHOLDER_SOURCE_ID, PLACEHOLDER_SOURCE_TEXT
from question_bank.validation import FieldPath

from .cloze_gaps import reanchored
from .commands import ReplaceValue
from .document import (
    citing_source,
    describe_place,
    get_at,
    new_source,
    question_at,
    set_at,
    source_by_id,
    with_copy_of,
    with_free_ids,
    with_new_question,
    with_question_moved,
    without_question,
    without_questions,
)


class EditedSet(QObject):
    changed = Signal(tuple, object)
    """The value at this path of the set changed (an edit, an undo or a redo); then show this question
    (its index; None: stay on the current one)."""

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self.data: dict | None = None
        self.undo_stack = QUndoStack(self)
        #: the selected question (-1: none); the place an edit of "the question" goes to
        self.current = -1

    def start(self, data: dict | None) -> None:
        """Edit ``data`` (None: no set) from a fresh history."""
        self.data = data
        self.undo_stack.clear()
        self.current = -1

    def current_question(self) -> dict | None:
        return question_at(self.data, self.current)

    def push(self, path: FieldPath, value: Any, text: str, *, merge: bool = False, select: int | None = None,
             structural: bool = False) -> None:
        """Set ``path`` to ``value`` as one undo step named ``text`` (``merge``: part of a typing run;
        ``select``: the question to show after; ``structural``: push even an equal value)."""
        if self.data is None:
            return
        if get_at(self.data, path) == value and not structural:
            return
        command = ReplaceValue(self.data, path, value, text, self._apply, merge=merge,
                               select=self.current if select is None else select, select_before=self.current)
        self.undo_stack.push(command)

    def _apply(self, path: FieldPath, value: Any, select: int | None) -> None:
        """Called by the undo commands: change the set, then say so."""
        if self.data is None:
            return
        set_at(self.data, path, value)
        self.changed.emit(tuple(path), select)

    # ------------------------------------------------------------------ fields
    def edit_question_field(self, rel: FieldPath, value: Any, merge: bool) -> None:
        if self.current >= 0:
            words = describe_place(rel) or QCoreApplication.translate("EditedSet", "question")
            self.push(("questions", self.current, *rel), value, QCoreApplication.translate("EditedSet", "Edit {place}").format(place=words), merge=merge)

    def edit_field(self, path: FieldPath, value: Any, merge: bool) -> None:
        self.push(tuple(path), value, QCoreApplication.translate("EditedSet", "Edit {place}").format(place=describe_place(path)), merge=merge)

    # ------------------------------------------------------------------ questions
    def add_questions(self, questions: list[dict], text: str) -> None:
        """Append questions (dicts in the file's shape, given free ids) as one undo step."""
        if self.data is None or not questions:
            return
        current = list(self.data.get("questions", []))
        self.push(("questions",), current + with_free_ids(self.data, questions), text, select=len(current),
                  structural=True)

    def add_question(self, qtype: str, source_id: str) -> bool:
        """A new question of ``qtype`` after the current one, citing ``source_id``; False if none was added."""
        if self.data is None or qtype not in QUESTION_TYPES:
            return False
        questions, at = with_new_question(self.data, qtype, self.current, source_id)
        self.push(("questions",), questions, QCoreApplication.translate("EditedSet", "Add a {type} question").format(type=TYPE_LABELS[qtype].lower()), select=at,
                  structural=True)
        return True

    def duplicate_question(self) -> None:
        if self.data is not None and self.current_question() is not None:
            questions, at = with_copy_of(self.data, self.current)
            self.push(("questions",), questions, QCoreApplication.translate("EditedSet", "Duplicate the question"), select=at, structural=True)

    def delete_question(self) -> bool:
        if self.data is None or self.current_question() is None:
            return False
        questions, then = without_question(self.data, self.current)
        self.push(("questions",), questions, QCoreApplication.translate("EditedSet", "Delete the question"), select=then, structural=True)
        return True

    def delete_questions(self, rows: list[int]) -> int:
        """Delete the questions at ``rows`` in one undo step; how many went."""
        if self.data is None:
            return 0
        count = len(self.data["questions"])
        rows = sorted({r for r in rows if 0 <= r < count})
        if not rows:
            return 0
        if len(rows) == 1:
            self.current = rows[0]
            return 1 if self.delete_question() else 0
        questions, then = without_questions(self.data, rows)
        self.push(("questions",), questions,
                  QCoreApplication.translate("EditedSet", "Delete %n question(s)", "", len(rows)),
                  select=then, structural=True)
        return len(rows)

    def move_question(self, step: int) -> None:
        if self.data is None or self.current_question() is None:
            return
        moved = with_question_moved(self.data, self.current, step)
        if moved is not None:
            self.push(("questions",), moved[0], QCoreApplication.translate("EditedSet", "Move the question"), select=moved[1], structural=True)

    # ------------------------------------------------------------------ evidence and sources
    def set_evidence(self, source_id: str, quote: str, text: str, merge: bool = False) -> None:
        q = self.current_question()
        if q is None:
            return
        evidence = {"source": source_id, "quote": quote}
        if q.get("type") == "cloze":
            # a cloze's gaps are spans of its quote: a new passage moves them with it, in the same undo step
            # (the gaps whose words are not in the new passage are dropped)
            old_quote = str(get_at(q, ("evidence", "quote"), "") or "")
            changed = {**q, "evidence": evidence, "gaps": reanchored(old_quote, quote, q.get("gaps", []))}
            self.push(("questions", self.current), changed, text, merge=merge)
            return
        self.push(("questions", self.current, "evidence"), evidence, text, merge=merge)

    def clear_evidence(self, shown_source: str) -> None:
        q = self.current_question()
        if q is not None:
            sid = get_at(q, ("evidence", "source"), "") or shown_source
            self.set_evidence(sid, "", QCoreApplication.translate("EditedSet", "Clear the evidence"))

    def edit_source_text(self, source_id: str, text: str) -> None:
        found = source_by_id(self.data or {}, source_id)
        if found is None:
            return
        index, source = found
        if source.get("id") == PLACEHOLDER_SOURCE_ID and source.get("text") == PLACEHOLDER_SOURCE_TEXT:
            # the real text typed or pasted over the placeholder: it is no longer "Source text needed"
            self.undo_stack.beginMacro(QCoreApplication.translate("EditedSet", "Edit the source text"))
            self.push(("sources", index, "text"), text, QCoreApplication.translate("EditedSet", "Edit the source text"))
            self.push(("sources", index, "title"), str((self.data or {}).get("title") or QCoreApplication.translate("EditedSet", "Source text")),
                      QCoreApplication.translate("EditedSet", "Edit the source text"))
            self.undo_stack.endMacro()
            return
        self.push(("sources", index, "text"), text, QCoreApplication.translate("EditedSet", "Edit the source text"), merge=True)

    def add_source(self, text: str, title: str, citation: str) -> dict | None:
        """Add a source text (its id made free); the new source, or None without a set."""
        if self.data is None:
            return None
        sources = list(self.data.get("sources", []))
        # An imported set without its text stands on a placeholder ("Source text needed"): the first real
        # text takes its place, and the quotes that cited it cite the new text (one undo step).
        placeholder = next((s for s in sources if isinstance(s, dict) and s.get("id") == PLACEHOLDER_SOURCE_ID
                            and s.get("text") == PLACEHOLDER_SOURCE_TEXT), None)
        kept = [s for s in sources if s is not placeholder]
        source = new_source(text, title, citation, {str(s.get("id")) for s in kept if isinstance(s, dict)})
        if placeholder is None:
            self.push(("sources",), [*sources, source], QCoreApplication.translate("EditedSet", "Add a source"), structural=True)
            return source
        self.undo_stack.beginMacro(QCoreApplication.translate("EditedSet", "Add the source text"))
        self.push(("sources",), [*kept, source], QCoreApplication.translate("EditedSet", "Add the source text"), structural=True)
        for path in citing_source(self.data, PLACEHOLDER_SOURCE_ID):
            self.push((*path, "source"), source["id"], QCoreApplication.translate("EditedSet", "Add the source text"))
        self.undo_stack.endMacro()
        return source

    def remove_source(self, index: int) -> None:
        """Remove source ``index`` (a set keeps at least one source)."""
        sources = list((self.data or {}).get("sources", []))
        if 0 <= index < len(sources) and len(sources) >= 2:
            del sources[index]
            self.push(("sources",), sources, QCoreApplication.translate("EditedSet", "Remove the source"), structural=True)

    def rename_source(self, index: int, new_id: str) -> None:
        """Give source ``index`` a new id, and every quote that cites it too, as one undo step."""
        if self.data is None:
            return
        old = get_at(self.data, ("sources", index, "id"))
        self.undo_stack.beginMacro(QCoreApplication.translate("EditedSet", "Rename the source"))
        self.push(("sources", index, "id"), new_id, QCoreApplication.translate("EditedSet", "Rename the source"))
        for path in citing_source(self.data, old):
            self.push((*path, "source"), new_id, QCoreApplication.translate("EditedSet", "Rename the source"))
        self.undo_stack.endMacro()


__all__ = ["EditedSet"]

"""Which draft gives which away, worked out once per text for the picker (issue 16, round 19).

The picker (``select``) refuses a draft whose shown text holds the answer of a kept draft, or whose answer a kept
draft shows, or a date matching whose pair a kept draft shows whole. Each of these is a pure function of the two
drafts, yet the picker is run hundreds of times on a long text (its trades, the pronoun gate's search of picks),
and each run used to scan every draft against every kept one again. ``Giveaways`` works the relation out once for
every draft of the text, as each draft is first seen, and keeps it in ``Facts.memo``: a pick then refuses a draft
by a set lookup. A draft the picker changes (``select._without_shown_pairs`` trims a matching and clears its memo)
is read again the next time a pick sees it.

The reading functions are ``select``'s own (passed in, so that this module does not import it): what a draft shows
(padded and folded, `` ... ``), the padded forms that no other draft may show, a matching's date pairs and whether
a text shows a pair.
"""

from __future__ import annotations

from collections.abc import Callable, Hashable, Iterable
from typing import Any

Shown = Callable[[Any], str]
Given = Callable[[Any], list[str]]
Pairs = Callable[[Any], list[tuple[str, str]]]
Keys = Callable[[Any], Iterable[Hashable]]
ShowsPair = Callable[[str, tuple[str, str]], bool]
_TOKEN = "giveaways"  # the memo key of the token that says a draft is read as it stands


def _pieces(form: str) -> list[str] | None:
    """The words of a padded form (" 18 june 1812 " -> 18, june, 1812): each stands between two spaces, as a word of
    its own, in any text that holds the form. None for a form that is not padded or has no word (looked for in
    every text)."""
    if len(form) < 3 or form[0] != " " or form[-1] != " ":
        return None
    words = [w for w in form.split(" ") if w]
    return words or None


class Giveaways:
    """The drafts of one text seen so far, and for each the drafts that taking it gives away."""

    def __init__(self, shown: Shown, given: Given, pairs: Pairs, shows_pair: ShowsPair, listens: Keys):
        self._shown, self._given, self._pairs, self._shows_pair = shown, given, pairs, shows_pair
        #: what else may refuse a draft once another is taken (its fact, its sentence, its answer, ...): ``listens``
        #: gives the keys a draft's refusal reads, and ``listeners`` the drafts that read each key
        self._listens = listens
        self.listeners: dict[Hashable, set[int]] = {}
        self._keys: dict[int, list[Hashable]] = {}
        self.drafts: dict[int, Any] = {}  # id -> draft (held, so that no id is reused while it is known)
        #: id -> what it was read from: a token it keeps in its memo (gone once the memo is cleared) and its question
        self._read: dict[int, tuple[object, dict]] = {}
        self._text: dict[int, str] = {}  # id -> its shown text
        self._words: dict[int, set[str]] = {}  # id -> the words of its shown text
        self._holding: dict[str, set[int]] = {}  # word -> the drafts whose shown text has it
        self._forms: dict[int, list[str]] = {}  # id -> its given forms
        self._forms_at: dict[str, list[tuple[int, str]]] = {}  # first word -> (draft, form) with it
        self._odd_forms: list[tuple[int, str]] = []  # forms without a padded word: looked for in every text
        self._pairs_of: dict[int, list[tuple[str, str]]] = {}  # id -> a matching's date pairs
        #: id -> the drafts that taking it gives away; and the reverse, to forget a draft that changed
        self.marks: dict[int, set[int]] = {}
        self._marked_by: dict[int, set[int]] = {}

    def see(self, drafts: Iterable[Any]) -> None:
        """Read every draft not read yet, and again any draft changed since it was read."""
        for d in drafts:
            key = id(d)
            read = self._read.get(key)
            if read is not None:
                if d.memo.get(_TOKEN) is read[0] and d.question is read[1]:
                    continue
                self._forget(key)
            self._add(d)

    def _link(self, taken: int, away: int) -> None:
        if taken != away:
            self.marks[taken].add(away)
            self._marked_by[away].add(taken)

    def holders(self, form: str) -> Iterable[int]:
        """The drafts read so far whose shown text holds ``form`` (a padded form: by the index of their words)."""
        return self._holders(form)

    def _holders(self, form: str) -> Iterable[int]:
        """The drafts read so far whose shown text holds ``form``."""
        words = _pieces(form)
        if words is None:
            return [k for k, text in self._text.items() if form in text]
        sets = []
        for w in words:
            s = self._holding.get(w)
            if not s:
                return ()
            sets.append(s)
        sets.sort(key=len)
        found = sets[0].intersection(*sets[1:]) if len(sets) > 1 else sets[0]
        return [k for k in found if form in self._text[k]]

    def _add(self, d: Any) -> None:
        key = id(d)
        text, forms = self._shown(d), self._given(d)
        pairs = self._pairs(d) if d.type == "matching" else []
        self.drafts[key] = d
        token = d.memo[_TOKEN] = object()
        self._read[key] = (token, d.question)
        self.marks[key], self._marked_by[key] = set(), set()
        # its answer shown by a draft read before it: either one taken gives the other away
        for form in forms:
            for k in self._holders(form):
                self._link(k, key)
                self._link(key, k)
        # the answer of a draft read before it shown by its own text
        words = set(text.split(" "))
        for w in words:
            for k, form in self._forms_at.get(w, ()):
                if form in text:
                    self._link(k, key)
                    self._link(key, k)
        for k, form in self._odd_forms:
            if form in text:
                self._link(k, key)
                self._link(key, k)
        # a date matching's pair shown whole: taking the draft that shows it gives the matching away
        if pairs:
            for k, other in self._text.items():
                if any(self._shows_pair(other, pair) for pair in pairs):
                    self._link(k, key)
        for k, theirs in self._pairs_of.items():
            if any(self._shows_pair(text, pair) for pair in theirs):
                self._link(key, k)
        # and it is read: its words and forms for the drafts read after it
        self._text[key], self._words[key], self._forms[key] = text, words, list(forms)
        for w in words:
            self._holding.setdefault(w, set()).add(key)
        for form in forms:
            first = _pieces(form)
            if first is None:
                self._odd_forms.append((key, form))
            else:
                self._forms_at.setdefault(first[0], []).append((key, form))
        if pairs:
            self._pairs_of[key] = pairs
        self._keys[key] = list(self._listens(d))
        for listened in self._keys[key]:
            self.listeners.setdefault(listened, set()).add(key)

    def _forget(self, key: int) -> None:
        for k in self.marks.pop(key):
            self._marked_by[k].discard(key)
        for k in self._marked_by.pop(key):
            self.marks[k].discard(key)
        for w in self._words.pop(key):
            self._holding[w].discard(key)
        for form in self._forms.pop(key):
            first = _pieces(form)
            if first is None:
                self._odd_forms.remove((key, form))
            else:
                self._forms_at[first[0]].remove((key, form))
        self._pairs_of.pop(key, None)
        for listened in self._keys.pop(key):
            self.listeners[listened].discard(key)
        del self._text[key], self._read[key], self.drafts[key]

"""The verdicts of set files already validated, so that an unchanged file is not checked again at every start.

A verdict is what validation found in one file: whether it holds a set, its problems (with their lines), and
where each quote is in its source. It is kept under a key made of the file's bytes and a fingerprint of the
rules (this package's version and the code of its checking modules), so editing the file, or a new version of
the app with other rules, means validating again.

A record may also keep the set's *listing*: what the start screen shows of it (title, question ids, topics,
round defaults...), put there by whoever lists sets (:mod:`quiz_app.catalogue`), so that an unchanged set is
listed without parsing it. Opening the cache imports neither the models nor pydantic, and a record is only
decoded when it is asked for.

The cache is a small JSON file in the data dir, written with the one atomic writer. A missing, damaged or
foreign cache file is no cache at all: every set is validated as if it had never been seen, and nobody is told
(the cache only saves time; it never decides a verdict the validator did not give for these very bytes).
"""

from __future__ import annotations

import json
import os
import sys
import threading
from collections import OrderedDict
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING, Any, Literal, cast

from . import textfiles
from .atomic import atomic_write

if TYPE_CHECKING:  # imported when a record is decoded: listing a set from its record needs no models
    from .validation import Problem

try:  # the interpreter's own SHA-256: hashlib's loads OpenSSL's libcrypto, 3-4 MB of the start screen's memory
    from _sha256 import sha256 as _sha256  # type: ignore[import-not-found,unused-ignore]
except ImportError:  # pragma: no cover - another Python (3.12 calls it _sha2), or a build without it
    try:
        from _sha2 import sha256 as _sha256  # type: ignore[import-not-found,no-redef,unused-ignore]
    except ImportError:
        from hashlib import sha256 as _sha256  # type: ignore[assignment,no-redef,unused-ignore]

#: bump when a rule changes in a way the fingerprint below cannot see (it reads the checking modules' code
#: when that code is on disk; a frozen build has only the version)
RULES_VERSION = 1
#: the number of files remembered; the least recently used is forgotten first
MAX_ENTRIES = 256
#: a file with more problems than this (notices included) is validated each time: about 1 MB of cache for one file
MAX_PROBLEMS = 5000
#: a cache file bigger than this is not a cache this app wrote: it is ignored
MAX_CACHE_BYTES = 8 * 1024 * 1024
FORMAT = 1

#: the modules whose code decides a verdict
_RULE_MODULES = ("models", "validation", "evidence", "textnorm", "answers", "numbers", "placeholders", "loading",
                 "textfiles")


@lru_cache(maxsize=1)
def rules_fingerprint() -> str:
    """A fingerprint of the rules that gave the verdicts: the version and, when readable, the checking code."""
    digest = _sha256(f"rules {RULES_VERSION}\n".encode())
    digest.update(_installed_version().encode())
    folder = Path(__file__).resolve().parent
    for name in _RULE_MODULES:
        try:
            digest.update((folder / f"{name}.py").read_bytes())
        except OSError:
            digest.update(name.encode())  # a frozen build: the version above stands for the code
    return digest.hexdigest()[:32]


def _installed_version() -> str:
    """The app's installed version, from its ``.dist-info`` folder's name ("no version" in a source checkout run
    in place). Read without importlib.metadata, which imports the email parser: 3 MB of the start screen's
    memory for one string."""
    for entry in sys.path:
        try:
            with os.scandir(entry or ".") as found:
                for item in found:
                    name = item.name
                    if name.startswith(_DIST_PREFIX) and name.endswith(".dist-info"):
                        return name[len(_DIST_PREFIX):-len(".dist-info")]
        except OSError:
            continue  # a zip on the path, a folder gone
    return "no version"


_DIST_PREFIX = "history_quiz-"

Span = tuple[int, int] | None


@dataclass(frozen=True)
class Verdict:
    """What validating one file's bytes found."""

    has_set: bool
    #: the problems, without the file's name (the same bytes may be opened under another name)
    problems: tuple[Problem, ...]
    #: the span of every evidence's quote in its source, in the order of ``question.evidences()``, question by
    #: question (None where a quote was not found)
    spans: tuple[Span, ...]

    def problems_for(self, name: str) -> list[Problem]:
        """Fresh copies of the problems, named after the file (callers change problems in place)."""
        from .validation import Problem

        return [Problem(p.path, p.message, p.hint, p.severity, p.line, p.column, name) for p in self.problems]


def _problem_to_json(p: Problem) -> list:
    return [list(p.path), p.message, p.hint, p.severity, p.line, p.column]


def _problem_from_json(item: object) -> Problem:
    from .validation import Problem

    if not isinstance(item, list) or len(item) != 6:
        raise ValueError("not a problem")
    path, message, hint, severity, line, column = item
    if not isinstance(path, list) or not all(isinstance(x, str | int) and not isinstance(x, bool) for x in path):
        raise ValueError("bad path")
    if not isinstance(message, str) or not isinstance(hint, str) or severity not in ("error", "notice", "warning"):
        raise ValueError("bad text")
    for n in (line, column):
        if n is not None and (not isinstance(n, int) or isinstance(n, bool)):
            raise ValueError("bad place")
    return Problem(tuple(path), message, hint, cast(Literal["error", "notice", "warning"], severity), line, column)


def _span_from_json(item: object) -> Span:
    if item is None:
        return None
    if (isinstance(item, list) and len(item) == 2 and all(isinstance(x, int) and not isinstance(x, bool) for x in item)
            and 0 <= item[0] <= item[1]):
        return item[0], item[1]
    raise ValueError("bad span")


def _verdict_from_json(item: object) -> Verdict:
    if not isinstance(item, dict) or not isinstance(item.get("set"), bool):
        raise ValueError("not a verdict")
    problems, spans = item.get("problems"), item.get("spans")
    if not isinstance(problems, list) or not isinstance(spans, list):
        raise ValueError("not a verdict")
    return Verdict(item["set"], tuple(_problem_from_json(p) for p in problems), tuple(_span_from_json(s) for s in spans))


def _verdict_to_json(v: Verdict) -> dict:
    return {"set": v.has_set, "problems": [_problem_to_json(p) for p in v.problems],
            "spans": [list(s) if s is not None else None for s in v.spans]}


#: what a listing may hold: plain JSON values only (it is written as it is given)
Listing = dict[str, Any]


class ValidationCache:
    """Verdicts by key, read from and saved to one file (use :meth:`open`, then :meth:`save` when done).

    Records are kept as their JSON until asked for: opening the cache to list sets decodes no problem."""

    def __init__(self, path: Path | None = None):
        self.path = path
        self._entries: OrderedDict[str, dict[str, Any]] = OrderedDict()
        self._changed = False
        self._lock = threading.Lock()  # the window may load sets on two background jobs at once

    @classmethod
    def open(cls, path: str | Path) -> ValidationCache:
        """The cache kept in ``path``; empty when the file is missing, damaged or not one of ours (never raises)."""
        cache = cls(Path(path))
        try:
            data = json.loads(textfiles.read_text(path, MAX_CACHE_BYTES, "validation cache").text)
            if not isinstance(data, dict) or data.get("format") != FORMAT or data.get("rules") != rules_fingerprint():
                return cache  # another version's verdicts: validated again, and replaced at the next save
            entries = data.get("entries")
            if not isinstance(entries, list):
                return cache
            for entry in entries[-MAX_ENTRIES:]:
                if not (isinstance(entry, list) and len(entry) == 2 and isinstance(entry[0], str)):
                    continue
                record = entry[1]
                if (not isinstance(record, dict) or not isinstance(record.get("set"), bool)
                        or not isinstance(record.get("problems"), list) or not isinstance(record.get("spans"), list)):
                    raise ValueError("not a verdict")
                cache._entries[entry[0]] = record
        except (ValueError, TypeError, RecursionError, OSError):  # TextFileError and JSON errors are ValueErrors
            cache._entries.clear()
            cache._changed = True  # rewrite a damaged file with what this run finds
        return cache

    @staticmethod
    def key(data: bytes) -> str:
        """The key of a file's bytes under the current rules."""
        digest = _sha256(rules_fingerprint().encode())
        digest.update(data)
        return digest.hexdigest()

    def get(self, key: str) -> Verdict | None:
        with self._lock:
            record = self._entries.get(key)
            if record is None:
                return None
            try:
                verdict = _verdict_from_json(record)
            except (ValueError, TypeError):  # a damaged record: forgotten, and the file validated again
                del self._entries[key]
                self._changed = True
                return None
            self._entries.move_to_end(key)
            return verdict

    def put(self, key: str, verdict: Verdict) -> None:
        if len(verdict.problems) > MAX_PROBLEMS:
            return
        with self._lock:
            self._entries[key] = _verdict_to_json(verdict)
            self._entries.move_to_end(key)
            while len(self._entries) > MAX_ENTRIES:
                self._entries.popitem(last=False)
            self._changed = True

    def listing(self, key: str) -> Listing | None:
        """The listing kept with the verdict of these bytes (None when there is no verdict or no listing)."""
        with self._lock:
            record = self._entries.get(key)
            listing = record.get("listing") if record is not None else None
            if not isinstance(listing, dict):
                return None
            self._entries.move_to_end(key)
            return listing

    def put_listing(self, key: str, listing: Listing) -> None:
        """Keep ``listing`` with the verdict of these bytes (nothing when there is none: a listing without
        a verdict would list a set nobody validated)."""
        with self._lock:
            record = self._entries.get(key)
            if record is None or record.get("listing") == listing:
                return
            record["listing"] = listing
            self._changed = True

    def __len__(self) -> int:
        return len(self._entries)

    def save(self) -> None:
        """Write the cache back when it changed; a read-only data dir just means no cache next time."""
        if self.path is None or not self._changed:
            return
        with self._lock:
            entries = [[k, v] for k, v in self._entries.items()]
            self._changed = False
        while True:
            text = json.dumps({"format": FORMAT, "rules": rules_fingerprint(), "entries": entries},
                              ensure_ascii=False, separators=(",", ":"))
            if len(text.encode("utf-8")) <= MAX_CACHE_BYTES or not entries:
                break
            entries = entries[len(entries) // 2 + 1:]  # too big to be read back: keep the newer half
        try:
            atomic_write(self.path, text)
        except OSError:
            pass

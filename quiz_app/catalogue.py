"""Which question sets a student can play: the built-in sets, the data dir's ``sets/`` folder, the machine's
shared sets folder (:func:`quiz_app.paths.shared_sets_dir`, put there once by a teacher or IT for every student
of the PC, read-only for them), files opened with Ctrl+O (remembered across restarts) and a set being tried from the editor. Plain Python, no Qt.

Every set has a key: ``builtin:<name>`` for a shipped set, ``editor:<set id>`` for a set tried from the
editor (never offered in the list), and the resolved path of its file otherwise. Loading happens off the
GUI thread (:func:`load_sets` is a plain function the window runs in the background); the catalogue itself
only keeps the results and answers questions about them.

A set unchanged since it was last validated is *listed* without being parsed (:func:`list_sets`): the start
screen shows it from its :class:`SetListing`, kept with its verdict in the data dir's validation cache, and
neither pydantic nor the models are imported for it. The set itself is parsed, off the GUI thread, when a round,
the reader or an export needs it (:func:`open_sets`); a file changed since its record is validated as now.
"""

from __future__ import annotations

import json
import os
from collections.abc import Callable, Iterable, Iterator, Mapping
from dataclasses import dataclass
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING, Any, Literal

from question_bank import textfiles
from question_bank.atomic import atomic_write, remove_stale_temporaries
from question_bank.topics import CORE_TOPICS

from . import paths

if TYPE_CHECKING:  # the models load off the GUI thread, after the start screen shows
    from question_bank.loading import LoadResult
    from question_bank.models import QuestionSet
    from question_bank.validation_cache import ValidationCache

    from .scores import RoundRecord
    from .scores.reads import StartReads

BUILTIN_PREFIX = "builtin:"
EDITOR_PREFIX = "editor:"
#: the files a student opened with Ctrl+O, kept in the data dir so they are offered again next time
OPENED_FILE = "opened-sets.json"
MAX_REMEMBERED = 50

Origin = Literal["built-in", "folder", "shared", "opened", "editor"]


@dataclass(frozen=True)
class SetSummary:
    """One playable set as the start screen lists it."""

    key: str
    #: the set's title, with where it comes from added when another listed set has the same title
    title: str
    question_count: int
    origin: Origin
    #: the student's last finished scored round of this set, as "83%" ("" when none)
    last_score: str = ""
    #: a draft (or a set with problems) may be practised but not played for a score
    draft: bool = False
    #: "2 problems in the file" ("" when none)
    problem: str = ""
    #: the topics its questions are tagged with: the core topics in their order, then the set's own tags
    topics: tuple[str, ...] = ()


def set_topics(question_set: QuestionSet) -> tuple[str, ...]:
    """The topics a set's questions use: the core topics first (in their usual order), then its own tags."""
    used = dict.fromkeys(t for q in question_set.questions for t in q.topics)
    return tuple(t for t in CORE_TOPICS if t in used) + tuple(t for t in used if t not in CORE_TOPICS)


@dataclass(frozen=True)
class ListedDefaults:
    """A set's ``round_defaults`` as its listing keeps them (what ``RoundSettings.for_set`` reads)."""

    question_count: int = 10
    time_limit_seconds: int | None = None
    feedback: Literal["after_each", "at_end"] = "after_each"
    pass_mark_percent: float = 60.0
    partial_credit: bool = True
    negative_marking: bool = False
    shuffle: bool = True
    speed_bonus: bool = False
    certainty_marking: bool = False


#: bump when what a listing holds, or how it is worked out, changes: older listings are then not used
LISTING_VERSION = 1
_DEFAULT_FIELDS = tuple(ListedDefaults.__dataclass_fields__)


@dataclass(frozen=True)
class SetListing:
    """What the start screen needs of a set that loaded, without its questions and sources."""

    id: str
    title: str
    status: str
    question_ids: tuple[str, ...]
    topics: tuple[str, ...]
    #: the problems of severity "error" in the file
    errors: int
    round_defaults: ListedDefaults

    @property
    def question_count(self) -> int:
        return len(self.question_ids)

    @property
    def draft(self) -> bool:
        """It may be practised, not played for a score: ``session.scorable``'s rule (a draft, or errors)."""
        return self.status == "draft" or self.errors > 0

    @classmethod
    def of(cls, result: LoadResult) -> SetListing:
        qset = set_of(result)
        d = qset.round_defaults
        return cls(qset.id, qset.title, qset.status, tuple(q.id for q in qset.questions), set_topics(qset),
                   len(result.errors), ListedDefaults(**{name: getattr(d, name) for name in _DEFAULT_FIELDS}))

    def to_json(self) -> dict[str, Any]:
        d = self.round_defaults
        return {"v": LISTING_VERSION, "id": self.id, "title": self.title, "status": self.status,
                "questions": list(self.question_ids), "topics": list(self.topics), "errors": self.errors,
                "defaults": {name: getattr(d, name) for name in _DEFAULT_FIELDS}}

    @classmethod
    def from_json(cls, item: dict[str, Any]) -> SetListing:
        """The listing a record keeps; ValueError when it is not one this version wrote (the set is then parsed)."""
        if item.get("v") != LISTING_VERSION:
            raise ValueError("another version's listing")
        texts = [item.get(k) for k in ("id", "title", "status")]
        questions, topics, errors, defaults = (item.get(k) for k in ("questions", "topics", "errors", "defaults"))
        if (not all(isinstance(t, str) for t in texts) or not isinstance(questions, list) or not isinstance(topics, list)
                or not all(isinstance(x, str) for x in questions + topics)
                or not isinstance(errors, int) or isinstance(errors, bool) or errors < 0
                or not isinstance(defaults, dict) or set(defaults) != set(_DEFAULT_FIELDS)):
            raise ValueError("not a listing")
        listed = ListedDefaults(**defaults)
        for name, kind in (("question_count", int), ("pass_mark_percent", (int, float))):
            if not isinstance(getattr(listed, name), kind) or isinstance(getattr(listed, name), bool):
                raise ValueError("not a listing")
        if listed.feedback not in ("after_each", "at_end") or not all(
                isinstance(getattr(listed, n), bool) for n in _DEFAULT_FIELDS if n not in
                ("question_count", "time_limit_seconds", "feedback", "pass_mark_percent")):
            raise ValueError("not a listing")
        limit = listed.time_limit_seconds
        if limit is not None and (not isinstance(limit, int) or isinstance(limit, bool)):
            raise ValueError("not a listing")
        id_, title, status = texts
        assert isinstance(id_, str) and isinstance(title, str) and isinstance(status, str)
        return cls(id_, title, status, tuple(questions), tuple(topics), errors, listed)


def set_of(result: LoadResult) -> QuestionSet:
    """The set of a load result the catalogue keeps (it keeps only results that hold a set)."""
    if result.question_set is None:
        raise ValueError(f"{result.path}: the file holds no question set")
    return result.question_set


def origin_of(key: str, sets_folder: Path | None = None, shared_folder: Path | None = None) -> Origin:
    if key.startswith(BUILTIN_PREFIX):
        return "built-in"
    if key.startswith(EDITOR_PREFIX):
        return "editor"
    if sets_folder is not None and Path(key).parent == sets_folder:
        return "folder"
    if shared_folder is not None and Path(key).parent == shared_folder:
        return "shared"
    return "opened"


def file_key(path: str | Path) -> str:
    """The key of a set file: its resolved path, so one file opened twice is one set."""
    return str(Path(path).resolve())


def load_sets(keys: Iterable[str], data_dir: str | Path | None = None) -> dict[str, LoadResult]:
    """Load and validate the built-in sets and the given files (run it off the GUI thread).

    With a ``data_dir``, a file unchanged since it was last validated there is not validated again: its
    verdict comes from the data dir's validation cache (see :mod:`question_bank.validation_cache`).
    It also imports the engine (pydantic models, grading, rounds), so start-up never waits for it.
    """
    from question_bank.loading import builtin_names, load_builtin, load_set
    from question_bank.validation_cache import ValidationCache

    cache = None
    if data_dir is not None:
        try:
            cache = ValidationCache.open(paths.validation_cache_path(data_dir, create=False))
        except OSError:
            cache = None  # no data dir to keep it in: every set is validated, as without a cache
    out: dict[str, LoadResult] = {}
    for name in builtin_names():
        out[BUILTIN_PREFIX + name] = _one(BUILTIN_PREFIX + name, partial(load_builtin, name, cache))
    for key in keys:
        if not key.startswith((BUILTIN_PREFIX, EDITOR_PREFIX)):
            out[key] = _one(key, partial(load_set, key, cache))
    if cache is not None:
        cache.save()
    return out


#: a set file bigger than this is refused by the loader before it is read (question_bank.loading.MAX_FILE_BYTES,
#: kept equal by a test: this module lists sets without importing the loader)
SET_FILE_LIMIT = 20 * 1024 * 1024


def _open_cache(data_dir: str | Path | None) -> ValidationCache | None:
    from question_bank.validation_cache import ValidationCache

    if data_dir is None:
        return None
    try:
        return ValidationCache.open(paths.validation_cache_path(data_dir, create=False))
    except OSError:
        return None  # no data dir to keep it in: every set is validated, as without a cache


def _builtin_folder() -> Path | None:
    """The built-in sets' folder on disk (None in a build that keeps them elsewhere: the loader finds them)."""
    import question_bank

    folder = Path(question_bank.__file__).resolve().parent / "banks"
    return folder if folder.is_dir() else None


def list_sets(keys: Iterable[str], data_dir: str | Path | None = None) -> dict[str, LoadResult | SetListing]:
    """The built-in sets and the given files, as the start screen lists them (run it off the GUI thread): a file
    whose very bytes were validated and listed before is given as its :class:`SetListing` (nothing parsed, no
    model imported); any other file is loaded and validated as :func:`load_sets` does, and its listing kept
    for the next start. Without a ``data_dir`` (no cache), every set is loaded."""
    cache = _open_cache(data_dir)
    if cache is None:
        return dict(load_sets(keys, data_dir))
    out: dict[str, LoadResult | SetListing] = {}
    folder = _builtin_folder()
    if folder is None:
        from question_bank.loading import builtin_names

        names = builtin_names()
    else:
        names = sorted(p.name[:-5] for p in folder.iterdir() if p.name.endswith(".json"))
    for name in names:
        key = BUILTIN_PREFIX + name
        out[key] = _listed_or_loaded(key, folder / f"{name}.json" if folder is not None else None,
                                     f"built-in:{name}.json", cache)
    for key in keys:
        if not key.startswith((BUILTIN_PREFIX, EDITOR_PREFIX)):
            out[key] = _listed_or_loaded(key, Path(key), key, cache)
    cache.save()
    return out


def open_sets(keys: Iterable[str], data_dir: str | Path | None = None) -> dict[str, LoadResult]:
    """Parse listed sets for a round, the reader or an export (off the GUI thread): each is loaded from its
    file as it is now (validated again if it changed since it was listed), and the texts its typed answers
    are read against are read ahead."""
    cache = _open_cache(data_dir)
    from question_bank.loading import load_builtin, load_set

    out: dict[str, LoadResult] = {}
    for key in keys:
        if key.startswith(BUILTIN_PREFIX):
            out[key] = _one(key, partial(load_builtin, key[len(BUILTIN_PREFIX):], cache))
        elif not key.startswith(EDITOR_PREFIX):
            out[key] = _one(key, partial(load_set, key, cache))
    if cache is not None:
        cache.save()
    warm_answer_reading(out)
    return out


def _listed_or_loaded(key: str, path: Path | None, name: str, cache: ValidationCache) -> LoadResult | SetListing:
    """One set: its listing when the cache keeps one for these bytes, else the set loaded (and its listing kept)."""
    from question_bank.validation_cache import ValidationCache

    try:
        data = textfiles.read_bytes(path, SET_FILE_LIMIT, "question set") if path is not None else None
    except (ValueError, OSError):  # TextFileError: the loader reads it again and says why, with its place
        data = None
    if data is not None:
        digest = ValidationCache.key(data)
        kept = cache.listing(digest)
        if kept is not None:
            try:
                return SetListing.from_json(kept)
            except (ValueError, TypeError):
                pass  # another version's or a damaged listing: the set is loaded, and listed anew
    from question_bank.loading import load_builtin, load_set, load_set_bytes

    if data is not None:
        result = _one(key, partial(load_set_bytes, data, name, cache))
    elif key.startswith(BUILTIN_PREFIX):
        result = _one(key, partial(load_builtin, key[len(BUILTIN_PREFIX):], cache))
    else:
        result = _one(key, partial(load_set, key, cache))
    if data is not None and result.question_set is not None:
        cache.put_listing(digest, SetListing.of(result).to_json())
    return result


#: how many source texts are read ahead for typed answers (question_bank.answers keeps 32)
WARM_SOURCES = 8


def warm_answer_reading(results: dict[str, LoadResult], limit: int = WARM_SOURCES) -> int:
    """Read ahead, off the GUI thread, the source texts that typed answers are checked against (short
    answers and cloze gaps), the built-in sets' first: reading a text's words took 50-100 ms, paid by the
    student's first typed answer between submitting and seeing the feedback. The number of texts read."""
    from question_bank import answers

    texts: list[str] = []
    ordered = sorted(results.items(), key=lambda kv: not kv[0].startswith(BUILTIN_PREFIX))
    for _key, result in ordered:
        qset = result.question_set
        if qset is None:
            continue
        by_id = {s.id: s.text for s in qset.sources}
        for q in qset.questions:
            if q.type in ("short_answer", "cloze"):
                text = by_id.get(q.evidence.source)
                if text is not None and text not in texts:
                    texts.append(text)
                    if len(texts) >= limit:
                        break
        if len(texts) >= limit:
            break
    for text in texts:
        answers.source_words(text)
    return len(texts)


def _one(key: str, load: Callable[[], LoadResult]) -> LoadResult:
    """One set's load result; a file that breaks the loader is reported with its reason, and never stops
    the other sets from loading (one bad file in ``sets/`` once hid every set, the built-in one too)."""
    from question_bank.loading import LoadResult
    from question_bank.validation import Problem

    try:
        return load()
    except (Exception, RecursionError, MemoryError) as exc:
        return LoadResult(None, [Problem((), f"the file could not be read ({type(exc).__name__})",
                                         "Check the file with `quiz-bank validate`.", file=key)], key)


def remove_leftover_temporaries(folder: Path) -> list[Path]:
    """Delete the hidden temporary files that saves killed before their rename left in ``folder``
    (``.NAME.<pid>.<random>.tmp``, see :mod:`question_bank.atomic`), also those of a new set that was never
    written; a save still under way in another window is left alone. The files removed; never raises.

    One listing of the folder; the files of a set are looked at again only when it has a leftover."""
    targets: set[str] = set()
    try:
        with os.scandir(folder) as entries:
            for entry in entries:
                name = entry.name
                if name.startswith(".") and name.endswith(".tmp"):
                    parts = name[1:-len(".tmp")].rsplit(".", 2)
                    if len(parts) == 3 and parts[0] and parts[1].isdigit():
                        targets.add(parts[0])
    except OSError:
        return []
    removed: list[Path] = []
    for target in sorted(targets):
        removed += remove_stale_temporaries(folder / target)
    return removed


class Catalogue:
    """The sets known to this data dir, by key: each listed (its :class:`SetListing`), and parsed once something
    needed its questions (its load result)."""

    def __init__(self, data_dir: str | Path):
        self.data_dir = Path(data_dir)
        #: the parsed sets (a listed set is parsed when a round, the reader or an export needs it)
        self._sets: dict[str, LoadResult] = {}
        #: every set that loaded, parsed or not, as the start screen lists it
        self._listings: dict[str, SetListing] = {}
        self._opened: list[str] = self._read_opened()
        #: a file that could not be loaded, by key (shown once, then kept out of the list)
        self.failed: dict[str, LoadResult] = {}
        #: the machine's config file is there but unusable, in plain words ("" when fine or absent)
        self.config_problem = ""

    # ------------------------------------------------------------------ what to load
    def keys_to_load(self) -> list[str]:
        """Every set file to (re)load: the ``sets/`` folder, the shared sets folder, then the files opened before."""
        keys: list[str] = []
        try:
            folder = paths.sets_dir(self.data_dir)
            keys += [file_key(p) for p in sorted(folder.glob("*.json"))]
        except OSError:
            pass  # no sets folder (read-only data dir): the built-in sets still load
        else:
            remove_leftover_temporaries(folder)
        self.config_problem = paths.read_site_config()[1]
        shared = self._shared_folder()
        if shared is not None:
            # read-only for students: listed, never cleaned (a save by the admin may be under way)
            try:
                keys += [k for k in (file_key(p) for p in sorted(shared.glob("*.json"))) if k not in keys]
            except OSError:
                pass  # a network folder not mounted, or no permission to list it: the other sets still load
        keys += [k for k in self._opened if k not in keys]
        keys += [k for k in self._listings if not k.startswith((BUILTIN_PREFIX, EDITOR_PREFIX)) and k not in keys]
        return keys

    def update(self, results: Mapping[str, LoadResult | SetListing]) -> None:
        """Keep the sets that loaded or were listed; a file that no longer loads leaves the list."""
        for key, result in results.items():
            if isinstance(result, SetListing):
                self._listings[key] = result
                # the file may have changed since it was parsed (its listing alone cannot tell): parsed again
                # from the file as it is when next needed
                self._sets.pop(key, None)
                self.failed.pop(key, None)
            elif result.question_set is not None:
                self._sets[key] = result
                self._listings[key] = SetListing.of(result)
                self.failed.pop(key, None)
            else:
                self._sets.pop(key, None)
                self._listings.pop(key, None)
                self.failed[key] = result

    def failed_summary(self, limit: int = 5) -> str:
        """The files that could not be loaded, each with its first reason, in plain words ("" when none);
        first, a school settings file that could not be used."""
        if not self.failed:
            return self.config_problem
        lines = []
        for key, result in list(self.failed.items())[:limit]:
            first = result.problems[0].message if result.problems else "it could not be read"
            lines.append(f"{Path(key).name}: {first}")
        more = len(self.failed) - limit
        if more > 0:
            lines.append(f"... and {more} more")
        head = "This set file could not be opened" if len(self.failed) == 1 else "These set files could not be opened"
        failures = head + " (the other sets are listed):\n" + "\n".join(lines)
        return "\n".join(m for m in (self.config_problem, failures) if m)

    def add_opened(self, path: str | Path, result: LoadResult) -> str | None:
        """A file the student opened: kept (and remembered for next time) when it holds a set; its key."""
        if result.question_set is None:
            return None
        key = file_key(path)
        self.update({key: result})
        if origin_of(key, self._sets_folder(), self._shared_folder()) == "opened" and key not in self._opened:
            self._opened = [key, *self._opened][:MAX_REMEMBERED]
            self._write_opened()
        return key

    def forget(self, key: str) -> None:
        """Stop offering an opened file (it is not deleted)."""
        self._sets.pop(key, None)
        self._listings.pop(key, None)
        if key in self._opened:
            self._opened.remove(key)
            self._write_opened()

    def add_trial(self, question_set: QuestionSet) -> str:
        """A set from the editor, played as a student would; never listed for students."""
        from question_bank.loading import LoadResult

        key = EDITOR_PREFIX + question_set.id
        self.update({key: LoadResult(question_set, [], key)})
        return key

    # ------------------------------------------------------------------ lookups
    def __contains__(self, key: object) -> bool:
        return key in self._listings

    def __getitem__(self, key: str) -> LoadResult:
        """The set's load result, parsed now if it was only listed (this blocks: the window parses with
        :func:`open_sets` off the GUI thread first, see :meth:`unparsed`)."""
        result = self.get(key)
        if result is None:
            raise KeyError(key)
        return result

    def get(self, key: str | None) -> LoadResult | None:
        """As ``[key]``, None for a key not listed (or whose file no longer loads)."""
        if key is None or key not in self._listings:
            return None
        if key not in self._sets:
            self.update(open_sets([key], self.data_dir))
        return self._sets.get(key)

    def loaded(self, key: str | None) -> LoadResult | None:
        """The set's load result if it is parsed (None when it is only listed, or not known)."""
        return self._sets.get(key) if key is not None else None

    def listing(self, key: str | None) -> SetListing | None:
        """What the start screen shows of a listed set (None when not known)."""
        return self._listings.get(key) if key is not None else None

    def unparsed(self, keys: Iterable[str] | None = None) -> list[str]:
        """Of ``keys`` (all listed sets by default), those only listed: to parse before their questions are used."""
        return [k for k in (self._listings if keys is None else keys) if k in self._listings and k not in self._sets]

    def __iter__(self) -> Iterator[str]:
        return iter(self._listings)

    def listed(self) -> list[tuple[str, SetListing]]:
        """The sets a student may choose (not the editor's trial), built-in first, then by title."""
        items = [(k, r) for k, r in self._listings.items() if not k.startswith(EDITOR_PREFIX)]
        items.sort(key=lambda kv: (not kv[0].startswith(BUILTIN_PREFIX), kv[1].title.casefold(), kv[0]))
        return items

    def playable_results(self) -> list[LoadResult]:
        """The listed sets' load results (for the class report; a set only listed is parsed now, see :meth:`get`)."""
        return [r for r in (self.get(k) for k, _ in self.listed()) if r is not None]

    def parsed_results(self) -> list[LoadResult]:
        """The listed sets' load results that are parsed already (never parses: safe on the GUI thread)."""
        return [r for r in (self.loaded(k) for k, _ in self.listed()) if r is not None]

    def question_sets(self) -> dict[str, QuestionSet]:
        """Every known set by its id (for exports that name questions; a set only listed is parsed now)."""
        return {set_of(r).id: set_of(r) for r in (self.get(k) for k in list(self._listings)) if r is not None}

    def key_for_set_id(self, set_id: str) -> str | None:
        """The key of a listed set with this id (built-in first), e.g. to resume a round of it."""
        return next((k for k, r in self.listed() if r.id == set_id), None)

    def summaries(self, store: StartReads | None = None, profile_id: int | None = None) -> list[SetSummary]:
        """What the start screen lists, with titles told apart and the student's last score."""
        listed = self.listed()
        folder, shared = self._sets_folder(), self._shared_folder()
        counts: dict[str, int] = {}
        for _, listing in listed:
            title = listing.title.casefold()
            counts[title] = counts.get(title, 0) + 1
        out = []
        for key, listing in listed:
            origin = origin_of(key, folder, shared)
            title = listing.title
            if counts[title.casefold()] > 1:
                title = f"{title} ({_where(key, origin)})"
            errors = listing.errors
            out.append(SetSummary(
                key, title, listing.question_count, origin,
                last_score=_last_score(store, profile_id, listing.id),
                draft=listing.draft,
                problem=f"{errors} problem{'s' if errors != 1 else ''} in the file" if errors else "",
                topics=listing.topics))
        return out

    def interrupted(self, store: StartReads, profile_id: int | None) -> tuple[RoundRecord, str] | None:
        """The student's newest unfinished round of a listed set, and that set's key."""
        if profile_id is None:
            return None
        for record in store.interrupted_rounds(profile_id):
            key = self.key_for_set_id(record.set_id)
            if key is not None:
                return record, key
        return None

    # ------------------------------------------------------------------ remembered files
    def _sets_folder(self) -> Path | None:
        try:
            return paths.sets_dir(self.data_dir, create=False).resolve()
        except OSError:
            return None

    def _shared_folder(self) -> Path | None:
        """The machine's shared sets folder, resolved (None when none is set or it is not there)."""
        try:
            folder = paths.shared_sets_dir()
            return folder.resolve() if folder is not None and folder.is_dir() else None
        except OSError:
            return None

    def _read_opened(self) -> list[str]:
        try:
            data = json.loads(textfiles.read_text(self.data_dir / OPENED_FILE, 1024 * 1024, "list of sets").text)
        except (ValueError, RecursionError):  # TextFileError and JSON errors are ValueErrors
            return []  # none yet, or damaged: nothing is remembered, nothing breaks
        if not isinstance(data, list):
            return []
        return [str(p) for p in data if isinstance(p, str) and p.strip()][:MAX_REMEMBERED]

    def _write_opened(self) -> None:
        try:
            atomic_write(self.data_dir / OPENED_FILE, json.dumps(self._opened, ensure_ascii=False, indent=1) + "\n")
        except OSError:
            pass  # a read-only data dir: the file is still open now, just not remembered


def _where(key: str, origin: Origin) -> str:
    if origin == "built-in":
        return "built-in"
    if origin == "editor":
        return "from the editor"
    if origin == "shared":
        return f"shared: {Path(key).name}"
    return Path(key).name


def _last_score(store: StartReads | None, profile_id: int | None, set_id: str) -> str:
    if store is None or profile_id is None:
        return ""
    history = store.round_history(profile_id, set_id=set_id, modes=["scored"], limit=5)
    finished = [r for r in history if r.percent is not None and r.status == "finished"]
    return f"{finished[0].percent:.0f}%" if finished else ""

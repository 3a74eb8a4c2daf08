"""Which question sets a student can play: the built-in sets, the data dir's ``sets/`` folder, the machine's
shared sets folder (:func:`quiz_app.paths.shared_sets_dir`, put there once by a teacher or IT for every student
of the PC, read-only for them), files opened with Ctrl+O (remembered across restarts) and a set being tried from the editor. Plain Python, no Qt.

Every set has a key: ``builtin:<name>`` for a shipped set, ``editor:<set id>`` for a set tried from the
editor (never offered in the list), and the resolved path of its file otherwise. Loading happens off the
GUI thread (:func:`load_sets` is a plain function the window runs in the background); the catalogue itself
only keeps the results and answers questions about them.
"""

from __future__ import annotations

import json
import os
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING, Literal

from question_bank import textfiles
from question_bank.atomic import atomic_write, remove_stale_temporaries
from question_bank.topics import CORE_TOPICS

from . import paths

if TYPE_CHECKING:  # the models load off the GUI thread, after the start screen shows
    from question_bank.loading import LoadResult
    from question_bank.models import QuestionSet

    from .scores import RoundRecord, ScoreStore

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
    """The sets known to this data dir, by key."""

    def __init__(self, data_dir: str | Path):
        self.data_dir = Path(data_dir)
        self._sets: dict[str, LoadResult] = {}
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
        keys += [k for k in self._sets if not k.startswith((BUILTIN_PREFIX, EDITOR_PREFIX)) and k not in keys]
        return keys

    def update(self, results: dict[str, LoadResult]) -> None:
        """Keep the sets that loaded; a file that no longer loads leaves the list."""
        for key, result in results.items():
            if result.question_set is not None:
                self._sets[key] = result
                self.failed.pop(key, None)
            else:
                self._sets.pop(key, None)
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
        self._sets[key] = result
        if origin_of(key, self._sets_folder(), self._shared_folder()) == "opened" and key not in self._opened:
            self._opened = [key, *self._opened][:MAX_REMEMBERED]
            self._write_opened()
        return key

    def forget(self, key: str) -> None:
        """Stop offering an opened file (it is not deleted)."""
        self._sets.pop(key, None)
        if key in self._opened:
            self._opened.remove(key)
            self._write_opened()

    def add_trial(self, question_set: QuestionSet) -> str:
        """A set from the editor, played as a student would; never listed for students."""
        from question_bank.loading import LoadResult

        key = EDITOR_PREFIX + question_set.id
        self._sets[key] = LoadResult(question_set, [], key)
        return key

    # ------------------------------------------------------------------ lookups
    def __contains__(self, key: object) -> bool:
        return key in self._sets

    def __getitem__(self, key: str) -> LoadResult:
        return self._sets[key]

    def get(self, key: str | None) -> LoadResult | None:
        return self._sets.get(key) if key is not None else None

    def __iter__(self) -> Iterator[str]:
        return iter(self._sets)

    def listed(self) -> list[tuple[str, LoadResult]]:
        """The sets a student may choose (not the editor's trial), built-in first, then by title."""
        items = [(k, r) for k, r in self._sets.items() if not k.startswith(EDITOR_PREFIX)]
        items.sort(key=lambda kv: (not kv[0].startswith(BUILTIN_PREFIX), set_of(kv[1]).title.casefold(), kv[0]))
        return items

    def playable_results(self) -> list[LoadResult]:
        """The listed sets' load results (for the class report)."""
        return [r for _, r in self.listed()]

    def question_sets(self) -> dict[str, QuestionSet]:
        """Every known set by its id (for exports that name questions)."""
        return {set_of(r).id: set_of(r) for r in self._sets.values()}

    def key_for_set_id(self, set_id: str) -> str | None:
        """The key of a listed set with this id (built-in first), e.g. to resume a round of it."""
        return next((k for k, r in self.listed() if set_of(r).id == set_id), None)

    def summaries(self, store: ScoreStore | None = None, profile_id: int | None = None) -> list[SetSummary]:
        """What the start screen lists, with titles told apart and the student's last score."""
        from .session import scorable

        listed = self.listed()
        folder, shared = self._sets_folder(), self._shared_folder()
        counts: dict[str, int] = {}
        for _, result in listed:
            title = set_of(result).title.casefold()
            counts[title] = counts.get(title, 0) + 1
        out = []
        for key, result in listed:
            qset = set_of(result)
            origin = origin_of(key, folder, shared)
            title = qset.title
            if counts[title.casefold()] > 1:
                title = f"{title} ({_where(key, origin)})"
            errors = len(result.errors)
            out.append(SetSummary(
                key, title, len(qset.questions), origin,
                last_score=_last_score(store, profile_id, qset.id),
                draft=scorable(result) is not None,
                problem=f"{errors} problem{'s' if errors != 1 else ''} in the file" if errors else "",
                topics=set_topics(qset)))
        return out

    def interrupted(self, store: ScoreStore, profile_id: int | None) -> tuple[RoundRecord, str] | None:
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


def _last_score(store: ScoreStore | None, profile_id: int | None, set_id: str) -> str:
    if store is None or profile_id is None:
        return ""
    history = store.round_history(profile_id, set_id=set_id, modes=["scored"], limit=5)
    finished = [r for r in history if r.percent is not None and r.status == "finished"]
    return f"{finished[0].percent:.0f}%" if finished else ""

"""Fuzz every importer, the set loader and the settings reader: no input may raise, freeze or say
"internal error"; each problem names the file.

The mutator is seeded (:mod:`fuzzkit`); ``FUZZ_ITERATIONS`` sets how many mutated inputs each target
gets (a small number in ``make test``, thousands in ``make fuzz``). A failing input is written to
``tests/fuzz/regressions/<target>/`` so it is kept and replayed by every later run.
"""

from __future__ import annotations

import hashlib
import os
import random
import time
from pathlib import Path

import pytest
from fuzzkit import BUILTIN, REGRESSIONS, mutate, regression_files, seeds

from question_bank.formats import import_bytes
from question_bank.loading import load_set_bytes
from quiz_app.settings import load_settings, save_settings

ITERATIONS = int(os.environ.get("FUZZ_ITERATIONS", "40"))
SEED = int(os.environ.get("FUZZ_SEED", "20240613"))
#: the issue's budget is 2 s an input; the shared test machine gets room, ``make fuzz`` holds to 2 s
BUDGET_SECONDS = float(os.environ.get("FUZZ_BUDGET_SECONDS", "10"))

IMPORTERS = {
    "gift": ("gift", (".gift",), "q.gift"),
    "aiken": ("aiken", (".txt",), "q.txt"),
    "csv": ("csv", (".csv", ".tsv", ".txt"), "q.csv"),
    "moodle-xml": ("moodle_xml", (".xml",), "q.xml"),
    "xlsx": ("xlsx", (".xlsx",), "q.xlsx"),
}


def _check_set(data: bytes, name: str) -> None:
    result = load_set_bytes(data, name)
    if result.question_set is None:
        assert result.problems, "a file that does not load must say why"
    for p in result.problems:
        assert p.file == name and p.message


def _check_import(fmt: str, data: bytes, name: str) -> None:
    result = import_bytes(data, name, fmt)
    for p in result.problems:
        assert "internal error" not in p.reason, p.reason
        assert p.file == name


def _check_settings(data: bytes, folder: Path) -> None:
    (folder / "settings.json").write_bytes(data)
    settings, _warning = load_settings(folder)
    assert save_settings(folder, settings) is None, "settings read from a file must be savable again"


def _run(target: str, check, data: bytes) -> None:
    started = time.perf_counter()
    try:
        check(data)
    except BaseException:
        _keep(target, data)
        raise
    took = time.perf_counter() - started
    if took > BUDGET_SECONDS:
        _keep(target, data)
        pytest.fail(f"{target}: an input of {len(data)} bytes took {took:.1f} s (budget {BUDGET_SECONDS} s)")


def _keep(target: str, data: bytes) -> None:
    """A failing input becomes a regression file (commit it with the fix)."""
    folder = REGRESSIONS / target
    folder.mkdir(parents=True, exist_ok=True)
    (folder / f"found-{hashlib.sha256(data).hexdigest()[:12]}.bin").write_bytes(data)


# --------------------------------------------------------------------------- mutated inputs


def _mutants(corpus: list[tuple[str, bytes]], salt: str):
    rng = random.Random(f"{SEED}:{salt}")
    for i in range(ITERATIONS):
        _, data = corpus[i % len(corpus)]
        yield mutate(data, rng)


@pytest.mark.parametrize("fmt", list(IMPORTERS))
def test_importers_survive_mutated_files(fmt):
    folder, suffixes, name = IMPORTERS[fmt]
    corpus = seeds(folder, suffixes)
    for data in _mutants(corpus, fmt):
        _run(fmt, lambda d: _check_import(fmt, d, name), data)


def test_the_set_loader_survives_mutated_sets():
    corpus = [("builtin", BUILTIN.read_bytes())]
    for data in _mutants(corpus, "set"):
        _run("set", lambda d: _check_set(d, "fuzzed.json"), data)


def test_the_settings_reader_survives_mutated_settings(tmp_path):
    corpus = [("settings", b'{"text_scale": 1.5, "theme": "dark", "feedback": "at_end", "sound": true, '
                           b'"last_profile": "Ada", "last_set": "builtin:korean-war-1950"}')]
    for data in _mutants(corpus, "settings"):
        _run("settings", lambda d: _check_settings(d, tmp_path), data)


# --------------------------------------------------------------------------- the regressions, every run


def _all_regressions():
    for target in sorted(p.name for p in REGRESSIONS.iterdir() if p.is_dir()):
        for path in regression_files(target):
            yield pytest.param(target, path, id=f"{target}/{path.name}")


@pytest.mark.parametrize("target, path", list(_all_regressions()))
def test_regression_files(target, path, tmp_path):
    data = path.read_bytes()
    if target == "set":
        _run(target, lambda d: _check_set(d, path.name), data)
    elif target == "settings":
        _run(target, lambda d: _check_settings(d, tmp_path), data)
    else:
        _run(target, lambda d: _check_import(target, d, path.name), data)

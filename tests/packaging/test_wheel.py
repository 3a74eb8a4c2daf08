"""The wheel built from the repository: it holds the sets, schema and assets, installs into a fresh virtual
environment with the pinned dependencies, and both programs run from there (``quiz-bank validate`` on the
built-in set, ``quiz-app --self-test`` showing the start screen offscreen).

Slow (about 30-60 s: a wheel build and a PySide6 install, from pip's cache when it has one); part of
``make test``. Skip it with ``-m "not slow"`` while working on something else.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import venv
import zipfile
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]
#: what the wheel is built from; copied so a build never writes build/ or *.egg-info into the work tree
SOURCES = ["pyproject.toml", "README.md", "question_bank", "quiz_app", "assets", "translations"]

pytestmark = pytest.mark.slow


def _run(args: list[str | Path], timeout: float, **kwargs) -> subprocess.CompletedProcess[str]:
    result = subprocess.run([str(a) for a in args], capture_output=True, text=True, timeout=timeout, **kwargs)
    assert result.returncode == 0, f"{args} failed ({result.returncode}):\n{result.stdout}\n{result.stderr}"
    return result


@pytest.fixture(scope="module")
def wheel(tmp_path_factory) -> Path:
    src = tmp_path_factory.mktemp("src")
    for name in SOURCES:
        if (REPO / name).is_dir():
            shutil.copytree(REPO / name, src / name, ignore=shutil.ignore_patterns("__pycache__", "*.pyc"))
        else:
            shutil.copy2(REPO / name, src / name)
    out = tmp_path_factory.mktemp("wheel")
    _run([sys.executable, "-m", "pip", "wheel", "-q", "--no-deps", "-w", out, src], timeout=300)
    (built,) = out.glob("history_quiz-*.whl")
    return built


def test_the_wheel_holds_the_sets_schema_icons_sounds_and_desktop_file(wheel):
    names = set(zipfile.ZipFile(wheel).namelist())
    banks = sorted(p.name for p in (REPO / "question_bank" / "banks").glob("*.json"))
    assert banks and {f"question_bank/banks/{b}" for b in banks} <= names
    schemas = sorted(p.name for p in (REPO / "question_bank" / "schema").glob("*.json"))
    assert schemas and {f"question_bank/schema/{s}" for s in schemas} <= names
    assets = {str(p.relative_to(REPO / "assets")) for p in (REPO / "assets").rglob("*")
              if p.is_file() and "__pycache__" not in p.parts}
    assert {"icons/history-quiz.svg", "sounds/right.wav", "history-quiz.desktop"} <= assets
    assert {f"quiz_app/assets/{a}" for a in assets} <= names
    # the compiled translations the windows load, and their sources the command line reads
    assert {"quiz_app/translations/quiz_app_fr.qm", "quiz_app/translations/quiz_app_en.qm",
            "quiz_app/translations/quiz_app_fr.ts"} <= names
    assert not [n for n in names if n.startswith("tests/")]  # the tests are not shipped


def test_the_wheel_installs_into_a_fresh_environment_and_both_programs_run(wheel, tmp_path):
    env_dir = tmp_path / "venv"
    venv.create(env_dir, with_pip=True)
    bindir = env_dir / ("Scripts" if os.name == "nt" else "bin")
    python = bindir / "python"
    _run([python, "-m", "pip", "install", "-q", "--disable-pip-version-check", "-c", REPO / "constraints.txt",
          wheel], timeout=600)
    outside = tmp_path / "elsewhere"  # never the repository, so nothing is imported from the source tree
    outside.mkdir()
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "QUIZ_APP_DATA_DIR": str(tmp_path / "data"),
           "QUIZ_APP_CONFIG": str(tmp_path / "no-config.json"), "PYTHONPATH": ""}
    env.pop("QUIZ_APP_SHARED_SETS", None)
    where = _run([python, "-c", "import question_bank, quiz_app; print(question_bank.__file__, quiz_app.__file__)"],
                 timeout=60, cwd=outside, env=env).stdout.split()
    assert all(Path(p).is_relative_to(env_dir) for p in where), where

    banks = Path(where[0]).parent / "banks"
    builtin = sorted(banks.glob("*.json"))
    assert builtin
    checked = _run([bindir / "quiz-bank", "validate", *builtin], timeout=120, cwd=outside, env=env)
    assert builtin[0].name in checked.stdout + checked.stderr

    shown = _run([bindir / "quiz-app", "--self-test"], timeout=120, cwd=outside, env=env)
    assert "the start screen is shown" in shown.stdout
    assert (tmp_path / "data" / "scores.sqlite3").is_file()  # it opened its score store where it was told

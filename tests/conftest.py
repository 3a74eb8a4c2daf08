"""Shared fixtures: every test gets its own data dir; no test may leave a thread running."""

from __future__ import annotations

import os
import threading
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

SOURCE_DIR = Path(__file__).resolve().parent.parent / "question_bank" / "banks"


@pytest.fixture(autouse=True)
def _isolated_data_dir(tmp_path_factory, monkeypatch):
    """Point the app's data dir (and Qt's settings) at a temporary folder: tests never touch the real one."""
    data = tmp_path_factory.mktemp("data")
    monkeypatch.setenv("QUIZ_APP_DATA_DIR", str(data))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(data / "config"))
    monkeypatch.setenv("XDG_DATA_HOME", str(data / "xdg-data"))
    yield data


@pytest.fixture(autouse=True)
def _no_dangling_threads():
    before = {t.ident for t in threading.enumerate()}
    yield
    leftover = [t for t in threading.enumerate() if t.ident not in before and t.is_alive() and not t.daemon]
    for t in leftover:
        t.join(timeout=5)
    still = [t.name for t in leftover if t.is_alive()]
    assert not still, f"test left threads running: {still}"


@pytest.fixture
def data_dir(_isolated_data_dir) -> Path:
    return _isolated_data_dir


@pytest.fixture(scope="session")
def korean_war_source() -> str:
    return (Path(__file__).resolve().parent / "data" / "korean-war-1950.txt").read_text(encoding="utf-8")

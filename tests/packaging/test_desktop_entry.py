"""`make install-desktop`: the menu entry and icons land under PREFIX, start the given command, and go again
with `make uninstall-desktop`."""

from __future__ import annotations

import configparser
import shutil
import subprocess
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]


@pytest.mark.skipif(shutil.which("make") is None, reason="needs make")
def test_install_desktop_puts_the_menu_entry_and_icons_under_prefix_and_uninstall_removes_them(tmp_path):
    prefix = tmp_path / "usr-local"
    make = ["make", "-s", "-C", str(REPO), f"PREFIX={prefix}", "EXEC=/opt/history-quiz/history-quiz"]
    subprocess.run([*make, "install-desktop"], check=True, capture_output=True, text=True, timeout=60)
    entry = configparser.ConfigParser(interpolation=None)
    entry.read(prefix / "share/applications/history-quiz.desktop", encoding="utf-8")
    desktop = entry["Desktop Entry"]
    assert desktop["Exec"] == "/opt/history-quiz/history-quiz"
    assert desktop["Name"] == "History Quiz" and desktop["Icon"] == "history-quiz"
    icons = sorted(str(p.relative_to(prefix)) for p in (prefix / "share/icons").rglob("*") if p.is_file())
    assert icons == ["share/icons/hicolor/256x256/apps/history-quiz.png",
                     "share/icons/hicolor/64x64/apps/history-quiz.png",
                     "share/icons/hicolor/scalable/apps/history-quiz.svg"]
    subprocess.run([*make, "uninstall-desktop"], check=True, capture_output=True, text=True, timeout=60)
    assert not [p for p in prefix.rglob("*") if p.is_file()]

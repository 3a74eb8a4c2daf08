"""Editor fixtures: an editor window on the test's data dir, closed without questions at the end."""

from __future__ import annotations

import shutil
from importlib import resources

import pytest

from quiz_app.ui.workers import wait_for_background


@pytest.fixture
def make_editor(qtbot, data_dir):
    from quiz_app.ui.app import make_application
    from quiz_app.ui.editor import EditorWindow

    make_application()
    windows = []

    def _make():
        window = EditorWindow(data_dir)
        qtbot.addWidget(window)
        window.resize(1400, 900)
        with qtbot.waitActive(window):
            window.show()
            window.activateWindow()
        windows.append(window)
        return window

    yield _make
    wait_for_background()
    for w in windows:
        w._allow_close = True
        w.close()


@pytest.fixture
def editor(make_editor):
    return make_editor()


@pytest.fixture
def builtin_copy(tmp_path):
    """A copy of the built-in Korean War set in a folder of its own."""
    target = tmp_path / "sets" / "korean-war-1950.json"
    target.parent.mkdir(parents=True)
    with resources.as_file(resources.files("question_bank") / "banks" / "korean-war-1950.json") as src:
        shutil.copyfile(src, target)
    return target

"""Translation fixtures: the update script as a module, and a main window in a chosen language."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="session")
def translations_script():
    """scripts/translations.py (what ``make translations`` runs), imported to reuse its readers."""
    spec = importlib.util.spec_from_file_location("translations_script", REPO / "scripts" / "translations.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # its dataclasses look their module up by name
    spec.loader.exec_module(module)
    return module


@pytest.fixture
def window_in(qtbot, data_dir, monkeypatch):
    """Open the main window as the app does, with the language setting saved as ``language``; the app is
    back in English afterwards, for the next test."""
    from quiz_app.scores import ScoreStore
    from quiz_app.settings import Settings, save_settings
    from quiz_app.ui.app import install_translations, make_application
    from quiz_app.ui.main_window import MainWindow
    from quiz_app.ui.workers import wait_for_background

    app = make_application()
    monkeypatch.delenv("QUIZ_APP_LANGUAGE", raising=False)  # the setting decides, as for a student
    windows = []

    def _open(language: str):
        assert save_settings(data_dir, Settings(language=language)) is None
        store = ScoreStore.open(data_dir)
        if store.profile_by_name("Léa") is None:
            store.create_profile("Léa", 1.0)
        store.close()
        window = MainWindow.open_for(str(data_dir))
        qtbot.addWidget(window)
        window.show()
        window.activateWindow()
        qtbot.waitUntil(lambda: window.start_screen.set_list.count() > 0 and not window.start_screen.busy.isVisible(),
                        timeout=10000)
        windows.append(window)
        return window

    yield _open
    for w in windows:
        w.player.stop()
        w.close()
        w.store.close()
    wait_for_background()
    install_translations(app, "en")

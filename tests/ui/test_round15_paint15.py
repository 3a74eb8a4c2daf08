"""Round 15, the time to the first paint: what the start does before the start screen's first frame, and what it
no longer does there (issue 14's last goal).

* the style sheet is set once the start screen is built, before it is shown (``apply_theme(..., sheet_later=True)``),
  and the frame is the same as under the style sheet from the start;
* PySide6's import hook reads no source of the app's own modules on the way to the first paint
  (``quiz_app.__main__.START_PATH_UI``);
* no frozen dataclass is made on that way (the settings, a text file's reading and the start screen's choice are
  named tuples): ``dataclasses`` is not imported before the first paint.

What is imported and read is checked in a child process, started as ``python -m quiz_app`` starts (this test
process has imported everything already).
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from quiz_app.scores import ScoreStore

ROOT = Path(__file__).resolve().parents[2]

#: the app as ``python -m quiz_app`` starts it, spied on: the style sheet while the start screen is built, the
#: sources PySide6's hook reads from the window's import on, and at the first paint the modules, the style sheet,
#: the focused widget
CHILD = textwrap.dedent("""
    import gc, inspect, json, sys
    import quiz_app.__main__ as entry
    gc.disable(); entry.import_start_path()
    read = []
    plain = inspect.getsource
    inspect.getsource = lambda obj: read.append(getattr(obj, "__name__", "?")) or plain(obj)
    from quiz_app.ui import main_window, start_screen

    facts = {}
    built = start_screen.StartScreen.__init__
    def init(self, *args, **kwargs):
        from PySide6.QtWidgets import QApplication
        facts["sheet_while_built"] = QApplication.instance().styleSheet()
        built(self, *args, **kwargs)
    start_screen.StartScreen.__init__ = init

    opened = main_window.MainWindow.open_for.__func__
    def open_for(cls, data_dir=None):
        from PySide6.QtCore import QEvent, QObject, QTimer
        from PySide6.QtWidgets import QApplication
        window = opened(cls, data_dir)
        app = QApplication.instance()
        facts["sheet_when_shown"] = app.styleSheet()
        class FirstPaint(QObject):
            done = False
            def eventFilter(self, obj, ev):
                if ev.type() == QEvent.Type.Paint and not self.done:
                    self.done = True
                    focus = app.focusWidget()
                    facts.update(modules=sorted(sys.modules), read=list(read), sheet_at_paint=app.styleSheet(),
                                 focus=focus.accessibleName() if focus is not None else None,
                                 start_button_bold=window.start_screen.start_button.font().bold())
                    QTimer.singleShot(0, app.quit)
                return False
        window._test_filter = FirstPaint(window)
        window.start_screen.installEventFilter(window._test_filter)
        return window
    main_window.MainWindow.open_for = classmethod(open_for)
    entry.main(sys.argv[1:])
    print(json.dumps(facts), flush=True)
""")


@pytest.fixture(scope="module")
def first_paint(tmp_path_factory) -> dict:
    data_dir = tmp_path_factory.mktemp("paint15")
    store = ScoreStore.open(data_dir)
    store.create_profile("Mina")
    store.close()
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    env.pop("QUIZ_APP_LANGUAGE", None)
    proc = subprocess.run([sys.executable, "-c", CHILD, "--data-dir", str(data_dir)], capture_output=True,
                          text=True, timeout=120, env=env, cwd=ROOT)
    assert proc.returncode == 0, proc.stderr
    return json.loads(proc.stdout.splitlines()[-1])


def test_the_style_sheet_is_set_once_the_start_screen_is_built_and_before_it_is_shown(first_paint):
    # built under the style sheet, every size asked while a widget was made went through its rules; now Qt
    # polishes each widget once, when it is first shown
    assert first_paint["sheet_while_built"] == ""
    sheet = first_paint["sheet_when_shown"]
    assert "QPushButton:focus" in sheet and first_paint["sheet_at_paint"] == sheet
    # the first frame is the styled one: the focus where a keyboard user starts, Start in bold (the sheet's rule)
    assert first_paint["focus"] == "Student"
    assert first_paint["start_button_bold"] is True


def test_pyside_s_hook_reads_no_source_of_the_app_on_the_way_to_the_first_paint(first_paint):
    from quiz_app.__main__ import START_PATH_UI

    # (a module the first start of a data dir adds, the plain query of the students, is read as before)
    window_modules = [name for name in first_paint["read"] if name.startswith("quiz_app.ui")]
    assert window_modules == []
    # the list told to the hook is the window's modules of the start path: none missing, none off the path
    shown = {name for name in first_paint["modules"] if name.startswith("quiz_app.ui")}
    assert shown == set(START_PATH_UI)


def test_no_dataclass_is_made_on_the_way_to_the_first_paint(first_paint):
    assert "dataclasses" not in first_paint["modules"]
    # the settings are still read-only values, made and changed by name, and read from a file as before
    from quiz_app.settings import Settings, SettingsError

    settings = Settings.from_dict({"theme": "dark", "text_scale": 2, "unknown": 1})
    assert settings == Settings(theme="dark", text_scale=2.0) and isinstance(settings.text_scale, float)
    with pytest.raises(AttributeError):
        settings.theme = "light"  # type: ignore[misc]
    assert settings.with_changes(theme="light").theme == "light" and settings.theme == "dark"
    with pytest.raises(SettingsError):
        settings.with_changes(colour="red")
    assert settings.bigger().text_scale == 2.5 and settings.smaller().text_scale == 1.75
    assert json.loads(settings.to_json())["theme"] == "dark"


def test_the_start_screen_built_before_the_style_sheet_looks_as_one_built_under_it(qtbot, data_dir, restore_look,
                                                                                  monkeypatch):
    """The same pixels whether the style sheet came before the widgets (as before this round) or after them."""
    from PySide6.QtWidgets import QApplication

    from quiz_app.ui import main_window
    from quiz_app.ui.app import make_application
    from quiz_app.ui.main_window import MainWindow

    app = make_application()
    sheets_while_built = []

    class Spied(main_window.StartScreen):
        def __init__(self, *args, **kwargs):
            sheets_while_built.append(app.styleSheet())
            super().__init__(*args, **kwargs)

    monkeypatch.setattr(main_window, "StartScreen", Spied)
    store = ScoreStore.open(data_dir)
    store.create_profile("Mina")
    store.close()
    frames = []
    for theme, scale in (("light", 1.0), ("dark", 2.0)):
        (Path(data_dir) / "settings.json").write_text(json.dumps({"theme": theme, "text_scale": scale}))
        app.setStyleSheet("")  # a start: no style sheet yet
        before = MainWindow.open_for(str(data_dir))  # built first, the sheet set after
        qtbot.addWidget(before)
        assert QApplication.instance().styleSheet() != ""
        under = MainWindow.open_for(str(data_dir))  # built under the sheet the first one set
        qtbot.addWidget(under)
        assert sheets_while_built[-2] == "" and sheets_while_built[-1] == app.styleSheet() != ""
        for window in (before, under):
            window.start_screen.set_loading(False)  # the busy bar's animation is drawn by the clock
            window.resize(1000, 720)
        images = [window.grab().toImage() for window in (before, under)]
        assert not images[0].isNull() and images[0] == images[1], (theme, scale)
        frames.append(images[0])
        for window in (before, under):
            window.close()
            if window.store_opened:
                window.store.close()
    assert frames[0] != frames[1]  # the two looks differ: the comparison sees the style sheet

"""The way to the first window: only Qt, the window's shell and the start screen before the first paint.

The start screen lists the students with a plain query (quiz_app.scores.roster) before the score store is
opened; the store, the round player, the editor and the engine (pydantic) come after the first paint.
What is imported is checked in a child process (this test process has imported everything already).
"""

from __future__ import annotations

import json
import os
import sqlite3
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from quiz_app.scores import ScoreStore, schema
from quiz_app.scores.roster import SCHEMA_VERSION, read_students

ROOT = Path(__file__).resolve().parents[2]

#: the app started as ``python -m quiz_app`` starts it; at the start screen's first paint, the modules
#: imported so far and the students listed; once the sets are listed, the same and whether the collector runs
CHILD = textwrap.dedent("""
    import gc, json, sys
    import quiz_app.__main__ as entry
    gc.disable(); entry.import_start_path()  # entry.main's first steps, before this wrapper imports Qt
    from quiz_app.ui import main_window

    def report(window, moment):
        combo = window.start_screen.profile_combo
        qt = [sys.modules[m] for m in ("PySide6.QtCore", "PySide6.QtGui", "PySide6.QtWidgets")]
        made = sorted(name for module in qt for name, value in vars(module).items() if isinstance(value, type))
        print(json.dumps({"moment": moment, "modules": sorted(sys.modules), "gc": gc.isenabled(), "qt_types": made,
                          "frozen": gc.get_freeze_count(),
                          "students": [combo.itemText(i) for i in range(combo.count())],
                          "sets": window.start_screen.set_list.count()}), flush=True)

    opened = main_window.MainWindow.open_for.__func__
    def open_for(cls, data_dir=None):
        from PySide6.QtCore import QEvent, QObject, QTimer
        from PySide6.QtWidgets import QApplication
        window = opened(cls, data_dir)
        class FirstPaint(QObject):
            done = False
            def eventFilter(self, obj, ev):
                if ev.type() == QEvent.Type.Paint and not self.done:
                    self.done = True
                    report(window, "painted")
                return False
        window._test_filter = FirstPaint(window)
        window.start_screen.installEventFilter(window._test_filter)
        waited = [0]
        def later():  # once the sets are listed (a minute at most on a busy machine)
            waited[0] += 1
            if (window.start_screen.set_list.count() == 0 or window.start_screen.busy.isVisible()) and waited[0] < 1200:
                QTimer.singleShot(50, later)
                return
            report(window, "later")
            QApplication.instance().quit()
        QTimer.singleShot(50, later)
        return window
    main_window.MainWindow.open_for = classmethod(open_for)
    code = entry.main(sys.argv[1:])
    print(json.dumps({"moment": "ended", "gc": gc.isenabled(), "code": code}), flush=True)
""")


def _start_app(data_dir: Path, default_dir: bool = False) -> dict[str, dict]:
    """``default_dir``: started as a student starts it, with no --data-dir (``data_dir`` is then the user's data
    folder, through XDG_DATA_HOME)."""
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", QUIZ_APP_DATA_DIR=str(data_dir))
    args = ["--data-dir", str(data_dir)]
    if default_dir:
        assert data_dir.name == "history-quiz"
        del env["QUIZ_APP_DATA_DIR"]
        env["XDG_DATA_HOME"] = str(data_dir.parent)
        args = []
    proc = subprocess.run([sys.executable, "-c", CHILD, *args], capture_output=True, text=True,
                          timeout=120, env=env, cwd=ROOT)
    assert proc.returncode == 0, proc.stderr
    reports = [json.loads(line) for line in proc.stdout.splitlines() if line.startswith("{")]
    return {r["moment"]: r for r in reports}


#: the students of ``class_data_dir`` in the store's order (alphabetical, accents and case set aside)
CLASS = ["Ana", "Bo", "Émile", "mina"]


@pytest.fixture
def class_data_dir(tmp_path) -> Path:
    store = ScoreStore.open(tmp_path)
    for name in ("mina", "Bo", "Ana", "Émile"):
        store.create_profile(name)
    assert [p.name for p in store.profiles()] == CLASS
    store.close()
    return tmp_path


def test_the_start_path_imports_neither_the_engine_nor_the_other_screens(class_data_dir):
    reports = _start_app(class_data_dir)
    before = set(reports["painted"]["modules"])
    for module in ("pydantic", "question_bank.models", "question_bank.loading", "question_bank.evidence",
                   "quiz_app.session", "quiz_app.grading", "quiz_app.scores.store", "quiz_app.scores.statistics",
                   "quiz_app.ui.round_player", "quiz_app.ui.question_screen", "quiz_app.ui.feedback_screen",
                   "quiz_app.ui.settings_screen", "quiz_app.ui.progress_screen", "quiz_app.ui.report_screen",
                   "quiz_app.ui.printing", "quiz_app.ui.editor", "importlib.resources", "quiz_app.catalogue"):
        assert module not in before, f"{module} is imported before the first paint"
    # the students are listed at the first paint already, in the store's order
    assert reports["painted"]["students"] == CLASS
    # after it: the sets are listed, the store and the engine are there, the collector runs again
    later = reports["later"]
    assert later["sets"] > 0 and later["gc"] is True
    assert later["frozen"] > 0  # what the start made is frozen for the collector, which walked it all at once
    assert {"pydantic", "quiz_app.scores.store"} <= set(later["modules"])
    assert later["students"] == CLASS
    assert reports["ended"] == {"moment": "ended", "gc": True, "code": 0}


def test_a_damaged_score_file_is_opened_by_the_store_before_the_first_paint(tmp_path):
    (tmp_path / "scores.sqlite3").write_bytes(b"this is not a database" * 200)
    reports = _start_app(tmp_path)
    # not sure to read what the store would: the store opened it (and moved it aside) straight away
    assert "quiz_app.scores.store" in reports["painted"]["modules"]
    assert reports["later"]["students"] == ["(add a student first)"]


def test_the_students_read_before_the_store_opens_are_the_stores(tmp_path):
    assert read_students(tmp_path / "scores.sqlite3") == []  # no file yet: no students, no file made
    assert not (tmp_path / "scores.sqlite3").exists()
    store = ScoreStore.open(tmp_path)
    for name in ("zoë", "Adam", "adèle", "Bea", "ángel"):
        store.create_profile(name)
    expected = [(p.id, p.name) for p in store.profiles()]
    assert read_students(tmp_path / "scores.sqlite3") == expected  # also while the store has it open
    store.close()
    assert read_students(tmp_path / "scores.sqlite3") == expected
    assert SCHEMA_VERSION == schema.SCHEMA_VERSION


@pytest.mark.parametrize("damage", ["garbage", "empty", "newer", "older", "folder"])
def test_a_store_file_the_plain_read_is_not_sure_of_is_left_to_the_store(tmp_path, damage):
    path = tmp_path / "scores.sqlite3"
    if damage == "garbage":
        path.write_bytes(b"SQLite format 3\x00" + b"\xff" * 4000)
    elif damage == "empty":
        path.write_bytes(b"")
    elif damage == "folder":
        path.mkdir()
    else:
        ScoreStore.open(tmp_path).close()
        with sqlite3.connect(path) as conn:
            conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION + (1 if damage == 'newer' else -1)}")
        conn.close()
    def files():  # a reader of a WAL file may make its -wal and -shm companions, as SQLite does for any reader
        return {p.name: p.read_bytes() if p.is_file() else None for p in tmp_path.iterdir()
                if not p.name.endswith(("-wal", "-shm"))}

    before = files()
    assert read_students(path) is None
    assert files() == before  # nothing changed, nothing moved aside


def test_the_window_lists_the_students_before_it_opens_the_store(qtbot, class_data_dir):
    from quiz_app.ui.app import make_application
    from quiz_app.ui.main_window import MainWindow

    make_application()
    window = MainWindow.open_for(str(class_data_dir))
    qtbot.addWidget(window)
    combo = window.start_screen.profile_combo
    assert [combo.itemText(i) for i in range(combo.count())] == CLASS
    assert window.round is None  # no round player made for the start screen
    window.show()
    qtbot.waitUntil(lambda: window.start_screen.set_list.count() > 0 and not window.start_screen.busy.isVisible(),
                    timeout=10000)
    assert [combo.itemText(i) for i in range(combo.count())] == CLASS
    assert window.store.profile_by_name("Ana") is not None
    from quiz_app.ui.workers import wait_for_background

    wait_for_background()
    window.close()
    window.store.close()


def test_a_later_start_lists_the_students_from_their_record_without_sqlite(tmp_path):
    # a student's own start (no --data-dir): neither platformdirs nor sqlite3 before the first paint once the
    # window has closed the store once and recorded its students
    folder = tmp_path / "history-quiz"
    store = ScoreStore.open(folder)
    for name in ("mina", "Bo", "Ana", "Émile"):
        store.create_profile(name)
    store.close()
    first = _start_app(folder, default_dir=True)
    assert first["painted"]["students"] == CLASS
    assert "_sqlite3" in first["painted"]["modules"]  # no record yet: the plain query (the driver's C module, see
    assert "datetime" not in first["painted"]["modules"]  # quiz_app.scores.sqlite: without sqlite3.dbapi2's datetime)
    assert (folder / "cache" / "students.json").is_file()  # written when the window closed the store
    later = _start_app(folder, default_dir=True)
    assert later["painted"]["students"] == CLASS
    for module in ("sqlite3", "_sqlite3", "platformdirs"):
        assert module not in later["painted"]["modules"], f"{module} is imported before the first paint"
    assert later["later"]["students"] == CLASS
    assert "platformdirs" not in later["later"]["modules"]  # nor for the machine's config, after it


def test_a_student_added_since_the_record_is_listed_at_the_first_paint(class_data_dir):
    _start_app(class_data_dir)  # records the four students
    other = ScoreStore.open(class_data_dir)  # e.g. the teacher's tool, or a second window, between two starts
    other.create_profile("Yuna")
    other.close()
    later = _start_app(class_data_dir)
    assert later["painted"]["students"] == [*CLASS, "Yuna"]
    assert "_sqlite3" in later["painted"]["modules"]  # the file changed: the record is not trusted


def test_the_students_record_is_trusted_only_while_the_file_is_as_it_was(tmp_path):
    from quiz_app.scores import pending
    from quiz_app.scores.roster import JOURNAL_SUFFIX, remember_students, remembered_students

    assert JOURNAL_SUFFIX == pending.JOURNAL_SUFFIX
    db, record = tmp_path / "scores.sqlite3", tmp_path / "cache" / "students.json"
    assert not remember_students(db, record, [(1, "Ana")])  # no score file: nothing to record
    store = ScoreStore.open(tmp_path)
    for name in ("zoë", "Adam", "adèle"):
        store.create_profile(name)
    students = [(p.id, p.name) for p in store.profiles()]
    store.close()
    assert remember_students(db, record, list(reversed(students)))
    assert remembered_students(db, record) == students == read_students(db, record)  # in the store's order
    journal = pending.journal_path(db, 4242)  # answers waiting to be written: the store adds them when it opens
    journal.write_text("")
    assert remembered_students(db, record) is None
    journal.unlink()
    wal = tmp_path / "scores.sqlite3-wal"
    wal.write_bytes(b"")
    assert remembered_students(db, record) is None
    wal.unlink()
    assert remembered_students(db, record) == students
    with sqlite3.connect(db) as conn:  # the file changed (the same size: a page rewritten)
        conn.execute("UPDATE profiles SET name = 'Bea' WHERE name = 'Adam'")
    conn.close()
    assert remembered_students(db, record) is None
    assert read_students(db, record) == sorted([*(s for s in students if s[1] != "Adam"),
                                                (students[0][0], "Bea")], key=lambda s: s[1].casefold())
    store = ScoreStore.open(tmp_path)
    students = [(p.id, p.name) for p in store.profiles()]
    store.close()
    assert remember_students(db, record, students) and remembered_students(db, record) == students
    text = record.read_text(encoding="utf-8")
    for damaged in ("", "{", "[]", text.replace('"format": 1', '"format": 2'),
                    text.replace(f"[{students[0][0]}, ", f'["{students[0][0]}", '), "\x00" * 10):
        record.write_text(damaged, encoding="utf-8")
        assert remembered_students(db, record) is None, damaged
        assert read_students(db, record) == students  # the plain query, as before


def test_pyside_s_hook_reads_no_source_of_a_module_imported_before_qt():
    # PySide6's import hook reads the whole source of every module an import statement names, unless its table
    # already knows the module: the start path tells it about the modules imported before Qt
    code = textwrap.dedent("""
        import inspect, json, sys
        import quiz_app.__main__ as entry
        entry.import_start_path()
        import PySide6.QtCore  # noqa  (as the start path's next module does)
        read = []
        plain = inspect.getsource
        inspect.getsource = lambda obj: read.append(obj.__name__) or plain(obj)
        import typing, pathlib, os, threading  # noqa  (dataclasses is off the start path since round 15)
        from quiz_app import paths, settings  # noqa
        from question_bank import i18n, topics  # noqa
        from quiz_app.ui import main_window  # noqa  (the window's modules of the start path: told too, START_PATH_UI)
        before = [name for name in read if not name.startswith("PySide6.")]  # Qt's own: PySide6's affair
        from quiz_app.ui.sound import AnswerSounds  # noqa  (a module off the start path imported after Qt: read)
        print(json.dumps({"before": before, "after": read}))
    """)
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120, env=env, cwd=ROOT)
    assert proc.returncode == 0, proc.stderr
    result = json.loads(proc.stdout.splitlines()[-1])
    assert result["before"] == []
    assert "quiz_app.ui.sound" in result["after"]


def test_after_the_first_paint_pyside_s_hook_reads_neither_our_sources_nor_the_standard_library_s():
    # the score store, the listing and the round's modules come just after the first paint: the hook was told
    # then (quiz_app.ui.app.no_feature_switches_in_the_app) that none of them selects a switch
    code = textwrap.dedent("""
        import inspect, json, sys
        import quiz_app.__main__ as entry
        entry.import_start_path()
        from quiz_app.ui.app import no_feature_switches_in_the_app
        no_feature_switches_in_the_app()
        read = []
        plain = inspect.getsource
        inspect.getsource = lambda obj: read.append(obj.__name__) or plain(obj)
        import csv, datetime, sqlite3, hashlib  # noqa
        from quiz_app.scores import store  # noqa
        from quiz_app import catalogue, round_settings  # noqa
        from quiz_app.ui.widgets import refocus  # noqa
        print(json.dumps([name for name in read if not name.startswith("PySide6.")]))  # Qt's own: PySide6's affair
    """)
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120, env=env, cwd=ROOT)
    assert proc.returncode == 0, proc.stderr
    assert json.loads(proc.stdout.splitlines()[-1]) == []


def test_no_module_of_the_app_selects_a_pyside_feature_switch():
    # the start path tells PySide6's hook that the modules imported before Qt select no __feature__ switch
    # (quiz_app.__main__._no_feature_switches): true of every module, so none may start selecting one
    for folder in ("quiz_app", "question_bank"):
        for path in (ROOT / folder).rglob("*.py"):
            text = path.read_text(encoding="utf-8")
            assert "from __feature__" not in text and "import __feature__" not in text, path


def test_missing_x11_libraries_are_named_by_their_package(monkeypatch):
    import quiz_app.__main__ as entry

    if not sys.platform.startswith("linux"):
        pytest.skip("Qt's X11 libraries are a Linux matter")
    monkeypatch.setenv("QT_QPA_PLATFORM", "xcb")
    monkeypatch.setenv("DISPLAY", ":0")
    monkeypatch.setattr(entry, "X11_LIBRARIES", {"libc.so.6": "libc6", "libno-such-quiz-lib.so.9": "libno-such-quiz9"})
    assert entry._missing_x11_libraries() == ["libno-such-quiz9"]
    monkeypatch.setenv("QT_QPA_PLATFORM", "offscreen")  # no window system to load them for
    assert entry._missing_x11_libraries() == []


def test_a_student_the_store_knows_of_after_the_plain_read_is_listed_once_it_opens(qtbot, class_data_dir):
    from quiz_app.ui.app import make_application
    from quiz_app.ui.main_window import MainWindow
    from quiz_app.ui.workers import wait_for_background

    make_application()
    window = MainWindow.open_for(str(class_data_dir))
    qtbot.addWidget(window)
    other = ScoreStore.open(class_data_dir)  # e.g. the same student account in a second window
    other.create_profile("Yuna")
    other.close()
    combo = window.start_screen.profile_combo
    assert [combo.itemText(i) for i in range(combo.count())] == CLASS
    window.show()
    qtbot.waitUntil(lambda: combo.count() == len(CLASS) + 1, timeout=10000)
    assert [combo.itemText(i) for i in range(combo.count())] == ["Ana", "Bo", "Émile", "mina", "Yuna"]
    assert combo.currentText() == "Ana"  # the one chosen before stays chosen
    qtbot.waitUntil(lambda: not window.start_screen.busy.isVisible(), timeout=10000)
    wait_for_background()
    window.close()
    window.close_store()


def test_a_second_start_lists_the_sets_from_their_record_without_the_engine(class_data_dir):
    """Sets unchanged since the last start are listed from the validation cache's record: with the sets listed,
    neither pydantic nor the models, the loader, the session or the grader is imported (they come with a round)."""
    first = _start_app(class_data_dir)["later"]
    assert "pydantic" in first["modules"]  # the first start validates every set, and records it
    later = _start_app(class_data_dir)["later"]
    assert later["sets"] == first["sets"] > 0 and later["students"] == CLASS
    for module in ("pydantic", "pydantic_core", "question_bank.models", "question_bank.loading",
                   "question_bank.validation", "question_bank.evidence", "quiz_app.session", "quiz_app.grading",
                   "quiz_app.ui.round_player", "quiz_app.ui.question_screen", "importlib.metadata", "_hashlib"):
        assert module not in later["modules"], f"{module} is imported to list sets already validated"
    assert "quiz_app.round_settings" in later["modules"]
    # the students and their counts come from the record of the last close: the store is opened at its first need
    for module in ("quiz_app.scores.store", "quiz_app.scores.statistics", "_sqlite3"):
        assert module not in later["modules"], f"{module} is imported to show the start screen"


def _pyside_makes_types_when_named() -> bool:
    """PySide6 (6.7 and later) makes a Qt type, and its Python enums, the first time Python names it."""
    proc = subprocess.run([sys.executable, "-c", "import PySide6.QtCore as C; print('Qt' in vars(C))"],
                          capture_output=True, text=True, timeout=60)
    return proc.stdout.strip() == "False"


#: Qt types the start screen's first paint does not need, each 10-90 ms of a start on this machine (the Qt
#: namespace: its 93 enums), made when first used: after the paint, or when a dialog opens
NOT_BEFORE_THE_FIRST_PAINT = ("Qt", "QStyle", "QMessageBox", "QFileDialog", "QDialog", "QDialogButtonBox",
                              "QFormLayout", "QTextBrowser", "QImage", "QPainter", "QThreadPool",
                              # the menus' items, the screens' keys and the window icon: just after it
                              "QAction", "QKeySequence", "QShortcut", "QIcon")


def test_the_start_path_names_no_qt_type_it_does_not_show(class_data_dir):
    """The second start with the "system" theme (the default): the look it stood for is kept, and the arrows
    are drawn already, so neither the Qt namespace nor the drawing types are made before the first paint."""
    if not _pyside_makes_types_when_named():
        pytest.skip("this PySide6 makes every type at import")
    first = _start_app(class_data_dir)
    kept = json.loads((class_data_dir / "cache" / "system-look.json").read_text(encoding="utf-8"))
    assert kept == {"look": "light"}  # what the offscreen platform says (it knows no dark mode)
    assert sorted(p.name for p in (class_data_dir / "cache" / "arrows-1").iterdir()) == [
        "down-111111-10.png", "down-111111-10@2x.png", "down-8a8a8a-10.png", "down-8a8a8a-10@2x.png",
        "tick-ffffff-16.png", "tick-ffffff-16@2x.png", "up-111111-10.png", "up-111111-10@2x.png"]
    assert "Qt" in first["painted"]["qt_types"]  # nothing kept yet: the computer was asked before the paint
    second = _start_app(class_data_dir)
    made = set(second["painted"]["qt_types"])
    assert not made & set(NOT_BEFORE_THE_FIRST_PAINT), sorted(made & set(NOT_BEFORE_THE_FIRST_PAINT))
    assert "quiz_app.ui.widgets.text" not in second["painted"]["modules"]
    assert "quiz_app.ui.workers" not in second["painted"]["modules"]
    assert second["painted"]["students"] == CLASS and second["later"]["sets"] > 0
    assert "Qt" in second["later"]["qt_types"]  # the computer asked after the paint


def test_the_numbers_the_start_path_uses_for_qt_s_values_are_qt_s(qtbot, class_data_dir):
    """The start screen and the menus set a few values of the Qt namespace by number (see
    NOT_BEFORE_THE_FIRST_PAINT): they are Qt's own, and the widgets have them."""
    from PySide6.QtCore import Qt

    from quiz_app.ui import main_window as window_module
    from quiz_app.ui import start_screen as screen_module
    from quiz_app.ui.app import make_application
    from quiz_app.ui.main_window import MainWindow
    from quiz_app.ui.widgets import labels as labels_module

    assert labels_module.PLAIN_TEXT == Qt.TextFormat.PlainText.value
    assert labels_module.AUTO_TEXT == Qt.TextFormat.AutoText.value
    assert screen_module.USER_ROLE == Qt.ItemDataRole.UserRole.value
    assert window_module.APPLICATION_SHORTCUT == Qt.ShortcutContext.ApplicationShortcut.value
    make_application()
    window = MainWindow.open_for(str(class_data_dir))
    qtbot.addWidget(window)
    screen = window.start_screen
    assert screen.banner.textFormat() == Qt.TextFormat.PlainText
    assert screen.mode_hint.textFormat() == Qt.TextFormat.PlainText
    for action in (window.bigger_action, window.smaller_action, window.normal_action):
        assert action.shortcutContext() == Qt.ShortcutContext.ApplicationShortcut
    window.show()
    qtbot.waitUntil(lambda: screen.set_list.count() > 0 and not screen.busy.isVisible(), timeout=10000)
    item = screen.set_list.currentItem()
    assert item is not None and item.data(Qt.ItemDataRole.UserRole) == screen.current_set() is not None
    from quiz_app.ui.workers import wait_for_background

    wait_for_background()
    window.close()
    window.close_store()


@pytest.mark.parametrize("argv", [
    [], ["--data-dir", "/tmp/class"], ["--data-dir=/tmp/class"], ["--data-dir="], ["--data-dir", ""],
    ["--self-test"], ["korea.json"], ["--data-dir", "d", "--self-test", "korea.json"], ["korea.json", "--data-dir", "d"],
    # for argparse: help, shortened or unknown options (Qt's), a second file, a value like an option, twice
    ["--data", "d"], ["-style", "Fusion"], ["a.json", "b.json"], ["--data-dir", "d", "--data-dir", "e"],
    ["--", "-odd.json"], ["--data-dir"], [""],
])
def test_the_usual_command_lines_are_read_as_argparse_reads_them(argv):
    import quiz_app.__main__ as entry

    plain = entry._plain_args(argv)
    argparse_reads = entry._parser().parse_known_args(argv)[0] if argv != ["--data-dir"] else None
    if plain is not None:
        assert vars(plain) == vars(argparse_reads)
    assert (plain is not None) == (argv in ([], ["--data-dir", "/tmp/class"], ["--data-dir=/tmp/class"], ["--data-dir="],
                                             ["--data-dir", ""], ["--self-test"], ["korea.json"],
                                             ["--data-dir", "d", "--self-test", "korea.json"],
                                             ["korea.json", "--data-dir", "d"]))
    if argv == ["--data-dir"]:
        with pytest.raises(SystemExit):  # argparse says the folder is missing, and how to ask for help
            entry.parse_args(argv)
    else:
        assert vars(entry.parse_args(argv)) == vars(argparse_reads)


def test_x11_libraries_the_loader_lists_are_not_loaded_to_be_sure(monkeypatch, tmp_path):
    import quiz_app.__main__ as entry

    if not sys.platform.startswith("linux"):
        pytest.skip("Qt's X11 libraries are a Linux matter")
    monkeypatch.setenv("QT_QPA_PLATFORM", "xcb")
    monkeypatch.setenv("DISPLAY", ":0")
    cache = tmp_path / "ld.so.cache"
    # as ldconfig writes it: names and paths in a string table, each ended by a zero byte
    cache.write_bytes(b"glibc-ld.so.cache1.1\0libquiz-listed.so.1\0/usr/lib/x86_64-linux-gnu/libquiz-listed.so.1\0"
                      b"/usr/lib/libquiz-path-only.so.2\0not-libquiz-cut.so.3\0")
    monkeypatch.setattr(entry, "LOADER_CACHE", str(cache))
    monkeypatch.setattr(entry, "X11_LIBRARIES", {"libquiz-listed.so.1": "quiz-listed", "libquiz-path-only.so.2": "quiz-path",
                                                 "libquiz-cut.so.3": "quiz-cut", "libc.so.6": "libc6"})
    # listed: trusted without loading (none of them exists); a name only inside another is loaded, and fails
    assert entry._missing_x11_libraries() == ["quiz-cut"]
    monkeypatch.setattr(entry, "LOADER_CACHE", str(tmp_path / "no-such-cache"))
    assert entry._missing_x11_libraries() == ["quiz-listed", "quiz-path", "quiz-cut"]  # no cache: each loaded


def test_the_menus_items_and_the_keys_come_just_after_the_first_paint(qtbot, class_data_dir):
    """Before the first paint the menu bar has its four titles and no items, and the start screen no keys; just
    after it every menu has its items (with their shortcuts) and Enter starts a round, as before."""
    from PySide6.QtGui import QShortcut

    from quiz_app.ui.app import make_application
    from quiz_app.ui.main_window import MENU_ACTIONS, MainWindow
    from quiz_app.ui.workers import wait_for_background

    make_application()
    window = MainWindow.open_for(str(class_data_dir))
    qtbot.addWidget(window)
    menus = [a.menu() for a in window.menuBar().actions()]
    assert [a.text() for a in window.menuBar().actions()] == ["&File", "&View", "&Teacher", "&Help"]
    assert all(menu.actions() == [] for menu in menus)
    assert window.findChildren(QShortcut) == [] and "quit_action" not in window.__dict__
    window.show()
    qtbot.waitUntil(lambda: window.start_screen.set_list.count() > 0 and not window.start_screen.busy.isVisible(),
                    timeout=10000)
    assert [len([a for a in menu.actions() if not a.isSeparator()]) for menu in menus] == [3, 5, 3, 2]
    assert sorted(name for name in MENU_ACTIONS if name in window.__dict__) == sorted(MENU_ACTIONS)
    assert window.quit_action.shortcuts() and window.quit_action in menus[0].actions()
    keys = sorted(s.key().toString() for s in window.findChildren(QShortcut) if s.isEnabled())
    assert keys == ["Enter", "Return"]  # the start screen's: Enter starts the round
    wait_for_background()
    window.close()
    window.close_store()


def test_an_action_asked_for_before_the_first_paint_fills_the_menus(qtbot, class_data_dir):
    from quiz_app.ui.app import make_application
    from quiz_app.ui.main_window import MainWindow

    make_application()
    window = MainWindow.open_for(str(class_data_dir))
    qtbot.addWidget(window)
    assert window.settings_action.text() == "Settin&gs"  # made now, with every other item
    assert [a.text() for a in window.menu_actions["&File"]] == ["&Open a set file…", "&Export my results…", "&Quit"]
    with pytest.raises(AttributeError):
        window.no_such_action  # noqa: B018 (an attribute that is no action stays missing)
    window.close()
    window.close_store()

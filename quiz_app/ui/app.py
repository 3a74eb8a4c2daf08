"""Create the QApplication, load its translations (the language setting, Qt's own buttons), show the main window."""

from __future__ import annotations

import gc
import os
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTimer, QTranslator
from PySide6.QtWidgets import QApplication

if TYPE_CHECKING:
    from datetime import datetime

    from PySide6.QtGui import QIcon

    from .main_window import MainWindow

APP_NAME = "History Quiz"
def package_folder(name: str) -> Path:
    """A data package's folder ("assets", "translations": ``quiz_app.<name>``) as a real folder: where it is
    installed as files (every install: pip, an editable checkout, PyInstaller), else extracted by
    importlib.resources (a zip). Looking on disk first keeps importlib.resources (and zipfile) off the way
    to the first window."""
    from importlib import import_module

    package = import_module(f"quiz_app.{name}")  # an empty __init__: nothing runs
    for location in getattr(package, "__path__", []):
        if Path(location).is_dir():
            return Path(location)
    from importlib import resources

    return _extracted(resources.files(f"quiz_app.{name}"))


def _extracted(traversable) -> Path:
    """A resources folder copied, with its subfolders, to a temporary real folder once per run (the
    package is inside a zip file)."""
    import atexit
    import shutil
    import tempfile

    key = str(traversable)
    if key not in _EXTRACTED:
        target = Path(tempfile.mkdtemp(prefix="history-quiz-"))
        atexit.register(shutil.rmtree, target, True)

        def copy(folder, into: Path) -> None:
            for entry in folder.iterdir():
                if entry.is_dir():
                    (into / entry.name).mkdir()
                    copy(entry, into / entry.name)
                elif entry.is_file():
                    (into / entry.name).write_bytes(entry.read_bytes())

        copy(traversable, target)
        _EXTRACTED[key] = target
    return _EXTRACTED[key]


_EXTRACTED: dict[str, Path] = {}


def app_icon() -> QIcon:
    from PySide6.QtGui import QIcon  # here: the start sets the icon just after the first paint (see run)

    icons = package_folder("assets") / "icons"
    icon = QIcon()
    # the PNGs only: the SVG loaded Qt's SVG icon engine and library (3-4 MB of the start screen's memory) for a
    # title-bar and task-bar icon, which Qt scales from the 64 and 256 px drawings (the desktop entry and the
    # installed icon theme keep the SVG)
    for name in ("history-quiz-256.png", "history-quiz-64.png"):
        icon.addFile(str(icons / name))
    return icon


#: the language every string of the code is written in
SOURCE_LANGUAGE = "en"
#: the translators installed by :func:`install_translations`: owned here (no Qt parent), so one removed is
#: also freed, however often the language is set
_installed: list[QTranslator] = []
#: the language of the translators in ``_installed`` (None: none installed by install_translations)
_installed_language: list[str] = []


def available_languages() -> list[str]:
    """The language codes with a compiled translation shipped in the package ("en", "fr"...)."""
    folder = package_folder("translations")
    codes = {entry.name.removeprefix("quiz_app_").removesuffix(".qm") for entry in folder.iterdir()
             if entry.name.startswith("quiz_app_") and entry.name.endswith(".qm")}
    return sorted(codes | {SOURCE_LANGUAGE})


def language_name(code: str) -> str:
    """A language's name in that language ("Français"), as a student who reads it would look for it."""
    if code == SOURCE_LANGUAGE:
        return "English"
    name = QLocale(code).nativeLanguageName()
    return name[:1].upper() + name[1:] if name else code


def resolve_language(setting: str) -> str:
    """The shipped language to use for a setting: itself when shipped, else the computer's first shipped
    language for "system" (or any language not shipped), else English."""
    shipped = available_languages()
    if setting in shipped:
        return setting
    if setting != "system" and setting.split("_")[0] in shipped:
        return setting.split("_")[0]
    for ui_language in QLocale.system().uiLanguages():
        code = ui_language.replace("-", "_").split("_")[0]
        if code in shipped:
            return code
    return SOURCE_LANGUAGE


def install_translations(app: QCoreApplication, setting: str) -> str:
    """Load the app's translation for ``setting`` ("system", "en", "fr"...) and Qt's own (the standard
    buttons: OK, Cancel...), and route the engine's messages through them. Returns the language used.
    ``QUIZ_APP_LANGUAGE`` in the environment wins over the setting (for a school's deployment, screenshots
    and tests). Replaces translations installed before. A missing or broken file leaves that part in English.
    Windows built afterwards show the new language; windows already built keep theirs."""
    from question_bank import i18n

    language = resolve_language(os.environ.get("QUIZ_APP_LANGUAGE") or setting)
    if _installed_language == [language]:
        # the same files again (the start installs the computer's language, then the setting's, most often the
        # same): kept, not read twice
        i18n.install(_qt_lookup)
        return language
    remove_translations(app)
    QLocale.setDefault(QLocale(language))  # dates and numbers in the same language as the words
    qt_own = QTranslator()
    if qt_own.load(QLocale(language), "qtbase", "_", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
        app.installTranslator(qt_own)
        _installed.append(qt_own)
    ours = QTranslator()
    # English has a file too: it holds the plural forms ("1 question", "2 questions") of "%n question(s)"
    path = package_folder("translations") / f"quiz_app_{language}.qm"
    if path.is_file() and ours.load(str(path)):
        app.installTranslator(ours)
        _installed.append(ours)
    i18n.install(_qt_lookup)
    _installed_language[:] = [language]
    return language


def _qt_lookup(context: str, text: str, disambiguation: str | None = None, n: int = -1) -> str:
    """The engine's messages from the same .qm files as the windows' words."""
    return QCoreApplication.translate(context, text, disambiguation, n)


def format_datetime(value: datetime, pattern: str) -> str:
    """A date and time as written in the app's language ("2 mai 2026 à 14:03" for "d MMMM yyyy 'à' HH:mm"):
    month names come from the language chosen, not the computer's."""
    # here: the start screen shows a date only for a round left unfinished
    from PySide6.QtCore import QDate, QDateTime, QTime

    return QLocale().toString(QDateTime(QDate(value.year, value.month, value.day),
                                        QTime(value.hour, value.minute, value.second)), pattern)


def remove_translations(app: QCoreApplication) -> None:
    """Back to the source language (English without plural files: tests use this to clean up)."""
    from question_bank import i18n

    while _installed:
        app.removeTranslator(_installed.pop())
    _installed_language.clear()
    QLocale.setDefault(QLocale.system())
    i18n.install(None)


def make_application(argv: list[str] | None = None, icon: bool = True) -> QApplication:
    """The application (made once), with its names and, unless ``icon`` is False, its window icon (the start
    sets it just after the first paint: the icon type and its files are no part of the first frame)."""
    from .theme import FUSION_FROM_THE_START

    existing = QApplication.instance()
    if existing is None:
        # Qt's Fusion style from the start (every theme is drawn on it): set afterwards, the style object
        # setStyle returns makes Python's QStyle type, 12-27 ms of the way to the first paint
        app = QApplication([*(argv if argv is not None else sys.argv[:1]), "-style", "Fusion"])
        app.setProperty(FUSION_FROM_THE_START, True)
    else:
        # This is a widgets app: any application object already running must be a QApplication.
        assert isinstance(existing, QApplication), "a non-widget QCoreApplication is already running"
        app = existing
    QCoreApplication.setOrganizationName("HistoryQuiz")
    QCoreApplication.setApplicationName("history-quiz")
    app.setApplicationDisplayName(APP_NAME)
    app.setDesktopFileName("history-quiz")
    if icon:
        app.setWindowIcon(app_icon())
    return app


def forget_read_sources() -> None:
    """Drop the source lines Python keeps for tracebacks (``linecache``). Once PySide6 is loaded, its import hook
    reads the source of every file that runs an import (to look for ``__feature__`` switches) through linecache,
    which keeps every line: 2-3 MB of the start screen's memory for 40 files, never needed unless a traceback is
    printed (the lines are then read again, from the file as it is)."""
    import linecache

    linecache.clearcache()


def no_feature_switches_in_the_app() -> None:
    """Record in PySide6's import hook's table (see ``quiz_app.__main__._no_feature_switches``) that no module of
    the app's two packages, nor of Python's standard library, selects a ``__feature__`` switch, before they are
    imported: the hook then does not read their sources. Called just after the first paint, before the score
    store, the listing and the round's modules are imported: the hook read ~300 KB of sources there (ours,
    datetime's, csv's...), kept in memory until the next :func:`forget_read_sources`, part of the start screen's
    peak with its sets listed. Modules of other packages are read as before."""
    import sys

    table = getattr(sys.modules.get("shibokensupport.feature"), "pyside_feature_dict", None)
    if not isinstance(table, dict):
        return
    roots = [(package, Path(folder)) for package in ("quiz_app", "question_bank")
             for folder in getattr(sys.modules.get(package), "__path__", [])]
    for package, root in roots:
        for dirpath, dirnames, filenames in os.walk(root):
            dirnames[:] = [d for d in dirnames if d.isidentifier()]
            prefix = ".".join((package, *Path(dirpath).relative_to(root).parts))
            for name in filenames:
                if name.endswith(".py") and name[:-3].isidentifier():
                    table.setdefault(prefix if name == "__init__.py" else f"{prefix}.{name[:-3]}", -1)
    # the standard library: its modules and its packages' own modules (one level: sqlite3.dbapi2, json.decoder),
    # and its compiled ones (_sqlite3, _datetime: the hook asks inspect for a source they do not have)
    stdlib = Path(os.__file__).parent
    for name in sys.builtin_module_names:
        table.setdefault(name, -1)
    try:
        for compiled in os.listdir(stdlib / "lib-dynload"):
            if compiled.partition(".")[0].isidentifier():
                table.setdefault(compiled.partition(".")[0], -1)
        entries = list(os.scandir(stdlib))
    except OSError:
        return
    for entry in entries:
        name = entry.name.removesuffix(".py")
        if entry.name.endswith(".py") and name.isidentifier():
            table.setdefault(name, -1)
        elif entry.is_dir() and name.isidentifier() and name != "site-packages":
            table.setdefault(name, -1)
            try:
                inner = os.listdir(entry.path)
            except OSError:
                continue
            for module in inner:
                if module.endswith(".py") and module != "__init__.py" and module[:-3].isidentifier():
                    table.setdefault(f"{name}.{module[:-3]}", -1)


def data_dir_problem(data_dir: str | None) -> str | None:
    """Plain words for a data dir that cannot be created or used (a file in the way, a read-only system
    folder), or None when it is fine."""
    from .. import paths

    try:
        paths.data_dir(data_dir)
    except OSError as exc:
        where = exc.filename or data_dir or QCoreApplication.translate("app", "your user data folder")
        reason = (QCoreApplication.translate("app", "you do not have permission to create it") if isinstance(exc, PermissionError)
                  else QCoreApplication.translate("app", "a file with that name is in the way") if isinstance(exc, (FileExistsError, NotADirectoryError))
                  else exc.strerror or str(exc))
        return (QCoreApplication.translate("app", "History Quiz cannot use the folder {where} for its scores and settings: {reason}.\n"
                "Choose another folder with --data-dir, or ask your school's IT support.").format(where=where, reason=reason))
    return None


def _self_test(window: MainWindow) -> None:
    """``--self-test``: exit 0 once the start screen is shown and paints, else 3 (install checks use it).
    The score store is opened too (the window opens it at its first need, which may never come in
    this check), so an install check also makes the data dir's score file, and hears when it cannot."""
    start_screen = window.start_screen
    shown = window.isVisible() and start_screen.isVisible() and not window.grab().isNull()
    store = window.store
    print("History Quiz self-test: " + ("the start screen is shown." if shown else "the start screen did not show."))
    if store.degraded and store.warning:
        print(f"History Quiz self-test: {store.warning}")  # the window shows it too; an install check reads it here
    QApplication.exit(0 if shown else 3)


def run(data_dir: str | None = None, set_file: str | None = None, self_test: bool = False) -> int:
    app = make_application(icon=False)
    # the computer's language until the settings are read (the window then applies the chosen one)
    install_translations(app, "system")
    problem = data_dir_problem(data_dir)
    if problem is not None:
        # Said in words on the terminal and in a window; never a traceback.
        print(problem, file=sys.stderr)
        from PySide6.QtWidgets import QMessageBox

        QMessageBox.critical(None, APP_NAME, problem)
        return 2
    from .main_window import MainWindow, after_first_paint

    forget_read_sources()  # every module of the start path is imported: what the hook read is not needed
    window = MainWindow.open_for(data_dir)

    def painted() -> None:
        # turned off by quiz_app.__main__ until then. Frozen first: what the start made (modules, Qt's types and
        # enums, the start screen) lives as long as the app, and the collection the next allocation set off
        # walked every one of those objects (3-5 ms, just after the first paint); frozen, it never walks them
        gc.freeze()
        gc.enable()
        forget_read_sources()
        no_feature_switches_in_the_app()
        # the icon on the event loop's next turn: the frame is out already (the icon's type alone, with its 151
        # theme names, took 1 ms)
        QTimer.singleShot(0, lambda: app.setWindowIcon(app_icon()))
    after_first_paint(window.start_screen, painted)
    window.show()
    window.raise_()
    window.activateWindow()
    if set_file:
        window.open_set_file(set_file)
    if self_test:
        QTimer.singleShot(0, lambda: _self_test(window))
    code = app.exec()
    gc.enable()
    from .workers import wait_for_background

    wait_for_background()
    window.close_store()
    return code

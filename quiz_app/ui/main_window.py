"""The main window: a stack of screens, one place that switches them, and the wiring of a round.

Screens only show; the round (``quiz_app.session``) decides what comes next and grades, the score store
records, and the catalogue (``quiz_app.catalogue``) knows which sets exist. This window connects them.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any, Protocol, TypeVar, runtime_checkable

# Only the types the window's shell and start screen need before the first paint: PySide6 makes a type the
# first time Python names it, with its enums (the Qt namespace: 93 enums, 25 ms of a start at rest;
# QMessageBox, the workers' thread pool: made when first used; the menus' items and the keyboard shortcuts,
# QAction, QKeySequence and QShortcut: made just after the first paint, see _finish_after_first_paint)
from PySide6.QtCore import QByteArray, QEvent, QObject, QSettings, QTimer
from PySide6.QtWidgets import QApplication, QMainWindow, QStackedWidget, QWidget
from shiboken6 import isValid

from question_bank.i18n import QT_TRANSLATE_NOOP
from question_bank.topics import CORE_TOPICS

from .. import paths
from ..scores.roster import StartFacts, journal_beside, read_roster, remember_students, start_facts
from ..settings import Settings, load_settings, save_settings
from .app import forget_read_sources, install_translations
from .start_screen import StartChoice, StartScreen
from .theme import apply_pending_sheet, apply_theme, confirm_system_look

if TYPE_CHECKING:  # the score store, models, grading, rounds and the other screens load after the start screen shows
    from PySide6.QtGui import QAction, QCloseEvent, QKeySequence, QShortcut
    from PySide6.QtWidgets import QMenu, QMessageBox

    from question_bank.loading import LoadResult

    from ..catalogue import Catalogue, SetListing
    from ..scores import ScoreStore
    from ..session import Round
    from .editor.editor_window import EditorWindow
    from .feedback_screen import FeedbackScreen
    from .progress_screen import ProgressScreen
    from .question_screen import QuestionScreen
    from .report_screen import ReportScreen
    from .results_screen import ResultsScreen
    from .round_player import RoundPlayer
    from .settings_screen import SettingsScreen
    from .source_reader_screen import SourceReaderScreen
    from .widgets.problems_dialog import ProblemsDialog

#: one menu entry: (attribute name, text, shortcuts, slot); None is a separator
MenuEntry = tuple[str, str, list, Callable[[], object]] | None
#: the window's attribute for each action of the menus (made just after the first paint: see _fill_menus)
MENU_ACTIONS = ("open_action", "export_action", "quit_action", "bigger_action", "smaller_action", "normal_action",
                "progress_action", "settings_action", "editor_action", "report_action", "print_set_action",
                "keys_action", "about_action")


@runtime_checkable
class Screen(Protocol):
    """What every screen gives the window: its keys, as (key, slot) pairs, swapped in when it shows."""

    def shortcuts(self) -> list: ...


def _app() -> QApplication:
    app = QApplication.instance()
    if not isinstance(app, QApplication):
        raise RuntimeError("the main window needs a QApplication")
    return app


#: keys of the round's screens, which belong to no menu action
ANSWER_KEYS = (
    "",
    QT_TRANSLATE_NOOP("MainWindow", "Answering: 1–9 (0 for a tenth) or A–J choose an answer · T / F true or false · Space ticks a box · Enter answers and goes on · "
    "Alt+Up / Alt+Down move an event in an ordering question · in a fill-the-gaps passage, Tab / Shift+Tab go from "
    "gap to gap and a number places that word of the word bank · Esc asks before leaving a round."),
)


T = TypeVar("T")

# Qt.ShortcutContext.ApplicationShortcut by number (set through the action's property, which takes one:
# naming the enum makes the whole Qt namespace before the first paint; tests/ui/test_start_path.py checks it)
APPLICATION_SHORTCUT = 2
# the data dir's folder of files the app makes for itself and can make again (safe to delete)
CACHE_FOLDER = "cache"
#: in it: the students as the store had them when the window last closed it (quiz_app.scores.roster)
STUDENTS_RECORD = "students.json"


def run_in_background(fn: Callable[[], Any], on_done: Callable[[Any], None],
                      on_error: Callable[[Exception], None]) -> object:
    """:func:`quiz_app.ui.workers.run_in_background`, imported with the first job (after the first paint)."""
    from .workers import run_in_background as run

    return run(fn, on_done, on_error)


#: One loading job off the GUI thread at a time. Two workers importing the loading and session modules at once
#: (the sets loading at start while a student opens a file) could meet in the middle of an import cycle, and
#: Python then hands one of them a half-made module: "cannot import name ...", and no set was listed.
_LOADING = threading.Lock()


def _one_at_a_time(job: Callable[[], T]) -> Callable[[], T]:
    def run() -> T:
        with _LOADING:
            return job()
    return run


# The catalogue (quiz_app.catalogue) is imported with the first listing, just after the first paint (on the GUI
# thread, by MainWindow.catalogue, before any worker runs): these three call it then
def list_sets(keys: list[str], data_dir: Path | None = None) -> dict[str, LoadResult | SetListing]:
    """:func:`quiz_app.catalogue.list_sets`."""
    from ..catalogue import list_sets as listed

    return listed(keys, data_dir)


def open_sets(keys: list[str], data_dir: Path | None = None) -> dict[str, LoadResult]:
    """:func:`quiz_app.catalogue.open_sets`."""
    from ..catalogue import open_sets as opened

    return opened(keys, data_dir)


def warm_answer_reading(results: dict[str, LoadResult]) -> int:
    """:func:`quiz_app.catalogue.warm_answer_reading`."""
    from ..catalogue import warm_answer_reading as warm

    return warm(results)


def _list_and_warm(keys: list[str], data_dir: Path | None = None) -> dict[str, LoadResult | SetListing]:
    """Runs off the GUI thread: list every set (an unchanged one from its record, unparsed), and when a set had to
    be parsed (the models are in memory then anyway) warm the imports of the first round's screens while the
    student looks at the start screen (no widget is made here)."""
    from ..catalogue import SetListing

    with _LOADING:
        results = list_sets(keys, data_dir)
        if any(not isinstance(r, SetListing) for r in results.values()):
            _warm_round_imports()
        return results


def _open_and_warm(keys: list[str], data_dir: Path | None = None) -> dict[str, LoadResult]:
    """Runs off the GUI thread: parse listed sets for what needs their questions, with the round's imports."""
    with _LOADING:
        results = open_sets(keys, data_dir)
        _warm_round_imports()
        return results


def _warm_round_imports() -> None:
    from .. import session  # noqa: F401
    from . import feedback_screen, question_screen, results_screen  # noqa: F401


def _distinct_keys(keys: list) -> list[QKeySequence]:
    """Each key once: a standard key that is also written out (ZoomOut is Ctrl+- on Linux) would otherwise be
    bound twice, and Qt ignores an ambiguous shortcut altogether."""
    from PySide6.QtGui import QKeySequence

    out: list[QKeySequence] = []
    for key in keys:
        sequence = QKeySequence(key)
        if not sequence.isEmpty() and sequence not in out:
            out.append(sequence)
    return out


class _AfterFirstPaint(QObject):
    """Calls ``then`` once, just after ``widget`` is first painted (or after ``fallback_ms`` if it never is).

    The sets load on a worker thread, but Python threads take turns: a worker started before the first paint
    took the interpreter lock from the GUI thread half the time, and the window showed later."""

    def __init__(self, widget: QWidget, then: Callable[[], None], fallback_ms: int = 1500):
        super().__init__(widget)
        self._then: Callable[[], None] | None = then
        self._widget = widget
        widget.installEventFilter(self)
        QTimer.singleShot(fallback_ms, self, self._fire)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint and self._then is not None:
            QTimer.singleShot(0, self, self._fire)  # once the paint is done
        return False

    def _fire(self) -> None:
        then, self._then = self._then, None
        if then is not None:
            self._widget.removeEventFilter(self)
            then()


def after_first_paint(widget: QWidget, then: Callable[[], None]) -> QObject:
    """Call ``then`` once, just after ``widget`` is first painted (or after a second and a half if it never is)."""
    return _AfterFirstPaint(widget, then)


class _LazyScreen:
    """A screen built (and added to the stack) the first time it is used: start-up builds only the start screen."""

    def __init__(self, build):
        self.build = build

    def __set_name__(self, owner, name):
        self.key = "_screen_" + name

    def __get__(self, window, owner=None):
        if window is None:
            return self
        screen = window.__dict__.get(self.key)
        if screen is None:
            screen = self.build(window)
            window.__dict__[self.key] = screen
            window.stack.addWidget(screen)
        return screen

    def built(self, window) -> bool:
        return self.key in window.__dict__


class MainWindow(QMainWindow):
    def __init__(self, settings: Settings, store: ScoreStore | None, data_dir: Path, settings_warning: str | None = None):
        """``store`` None: the score store in ``data_dir`` is opened when first needed (a round, progress, a
        student added, an export...: see the ``store`` property), the students listed before it from the record
        of the last close or a plain query (:mod:`quiz_app.scores.roster`), and what the start screen shows of
        the chosen student from that record too (:class:`quiz_app.scores.roster.StartFacts`); without such a
        record, the store is opened for it when the sets are listed. A journal of answers waiting to be written
        beside the file, or a list of students not sure to be the store's, opens the store at once."""
        super().__init__()
        self.settings = settings
        self.data_dir = Path(data_dir)
        self._store: ScoreStore | None = store
        #: the students (id, name) read before the store is opened; None once the store lists them
        self._roster: list[tuple[int, str]] | None = None
        #: the start screen's reads of the chosen student, from the record (None: from the store)
        self._facts: StartFacts | None = None
        #: the window is built: a store opened from now on shows its message and its students at once
        self._built = False
        if store is None:
            facts = None
            try:
                db_file = paths.db_path(self.data_dir, create=False)
                self._roster, facts = read_roster(db_file, self.data_dir / CACHE_FOLDER / STUDENTS_RECORD)
                if self._roster is not None and journal_beside(db_file):
                    self._roster = None  # answers wait to be written: the store adds them first, as before
            except OSError:
                self._roster = None
            if self._roster is None:
                self._open_store()  # not sure to read what the store would: open it now, as before
            elif facts is not None:
                try:
                    self._facts = StartFacts(facts, lambda: self.store)
                except (ValueError, TypeError, KeyError):
                    self._facts = None
        self._settings_warning = settings_warning
        self._player: RoundPlayer | None = None
        self._catalogue: Catalogue | None = None  # made with the first listing (see the property)
        #: a listed set is being parsed for a round, the reader or an export (see _with_sets)
        self._opening = False
        self.profile_id: int | None = None
        #: "Quit in the middle of this round?" while it is open; the student's yes closes the window
        self.quit_dialog: QMessageBox | None = None
        self._quit_confirmed = False
        #: "Start afresh?" for an unfinished scored round, while it is open
        self.discard_dialog: QMessageBox | None = None
        self._return_to: QWidget | None = None
        #: each screen's keyboard shortcuts, made the first time it is shown and then only enabled while it is
        #: shown (a disabled shortcut takes no key: the focused widget gets it as if there were none)
        self._shortcuts: dict[QWidget, list[QShortcut]] = {}
        self._shortcut_screen: QWidget | None = None
        #: the screens' shortcuts are made from the first paint on (see _finish_after_first_paint)
        self._keys_ready = False
        self.setWindowTitle(self.tr("History Quiz"))
        # small screens at 200 % scaling are only 640 × 400 points, a 1366 × 768 laptop 683 × 384 of which a
        # title bar takes about 30: the window may be smaller than that
        self.setMinimumSize(480, 320)

        self.stack = QStackedWidget()
        self.setCentralWidget(self.stack)
        self.start_screen = StartScreen()
        self.stack.addWidget(self.start_screen)
        # the other screens are built the first time they are needed (see _LazyScreen)
        self.report_screen: ReportScreen | None = None  # built on first use: it loads the statistics code
        self.problems_dialog: ProblemsDialog | None = None
        self.editor: EditorWindow | None = None  # the teacher's set editor, opened from the Teacher menu
        self._build_menus()
        self._connect()

        self._startup_banner = ""
        self._show_startup_banner()
        self._refresh_profiles(settings_profile=settings.last_profile)
        self.show_screen(self.start_screen)
        self.start_screen.first_focus().setFocus()  # a keyboard or screen-reader user starts at step 1
        self._restore_geometry()
        self.start_screen.set_loading(True)
        self._built = True
        self._first_paint = _AfterFirstPaint(self.start_screen, self._after_first_paint)

    def _finish_after_first_paint(self) -> None:
        """What the first frame does not show, made just after it: the menus' items and the shown screen's keys
        (Enter starts the round: the Start button is the default button until then)."""
        self._fill_menus()
        if not self._keys_ready:
            self._keys_ready = True
            for shortcut in self._screen_shortcuts(self._shortcut_screen) if self._shortcut_screen is not None else ():
                shortcut.setEnabled(True)

    def _while_open(self, callback: Callable[[T], object]) -> Callable[[T], None]:
        """``callback`` for a background job, doing nothing once this window is gone: a window closed (and
        deleted) while its sets were loading got the result on deleted widgets, a RuntimeError in the event loop."""
        def deliver(value: T) -> None:
            if isValid(self) and isValid(self.start_screen):
                callback(value)
        return deliver

    def _after_first_paint(self) -> None:
        from .widgets.refocus import keep_keyboard_after_dialogs

        self._finish_after_first_paint()
        confirm_system_look(_app())
        keep_keyboard_after_dialogs(_app())  # every dialog's window gets the keyboard back when it closes
        self.reload_sets()  # the score store is opened when first needed (see the store property)

    # ------------------------------------------------------------------ the score store and the round player
    def _open_store(self) -> ScoreStore:
        """Open the score store (its recovery, checks and migrations). Opened once the window is built (at the
        first need), its message (a damaged, locked or unreadable file) is shown at once, and the students'
        list is rebuilt when the store knows otherwise (only then, so a screen reader does not hear it again)."""
        from ..scores import ScoreStore

        listed = self._roster
        self._store = store = ScoreStore.open(self.data_dir)
        self._roster = None
        self._facts = None
        if self._built:
            self._show_startup_banner()
            if [(p.id, p.name) for p in store.profiles()] != listed:
                self._refresh_profiles(select=self.profile_id)
        return store

    @property
    def store_opened(self) -> bool:
        """Whether the score store has been opened (it is at its first need: see the ``store`` property)."""
        return self._store is not None

    @property
    def _start_reads(self) -> ScoreStore | StartFacts:
        """What the start screen reads the chosen student's counts from: the record's facts while they hold every
        listed set of that student and the store is not open yet, else the store (opened now if need be)."""
        facts = self._facts
        if self._store is None and facts is not None and self._catalogue is not None and facts.covers(
                self.profile_id, [listing.id for _, listing in self._catalogue.listed()]):
            return facts
        return self.store

    def close_store(self) -> None:
        """Close the score store when it was opened (it is opened at its first need: a window closed without one
        leaves the record of the last close as it is, still true of the file it did not touch), and record its
        students and the start screen's facts for the next start (see :mod:`quiz_app.scores.roster`)."""
        store = self._store
        if store is None:
            return
        students = None
        if not store.degraded and store.path is not None:
            try:
                store.flush_pending()  # what waits is written before the record says what the file holds
            except Exception:  # noqa: BLE001 (still waiting: its journal stays, and a later start trusts no record)
                pass
            try:
                students = [(p.id, p.name) for p in store.profiles()]
            except Exception:  # noqa: BLE001 (a store that cannot list its students: no record, the query next time)
                students = None
        facts = None
        if students is not None and self.profile_id is not None and self._catalogue is not None:
            facts = start_facts(store, self.profile_id, [listing.id for _, listing in self._catalogue.listed()])
        store.close()
        if students is not None and store.path is not None:
            remember_students(store.path, self.data_dir / CACHE_FOLDER / STUDENTS_RECORD, students, facts)

    @property
    def catalogue(self) -> Catalogue:
        """Which sets there are; made (and :mod:`quiz_app.catalogue` imported) just after the first paint, when the
        sets are listed, or when first needed."""
        if self._catalogue is None:
            from ..catalogue import Catalogue

            self._catalogue = Catalogue(self.data_dir)
        return self._catalogue

    @property
    def store(self) -> ScoreStore:
        """The score store; opened at first use when the window was made before it (see ``__init__``)."""
        return self._store if self._store is not None else self._open_store()

    def _show_startup_banner(self) -> None:
        store = self._store
        messages = (store.message, store.warning if store.degraded else None) if store is not None else ()
        self._startup_banner = "\n".join(m for m in (*messages, self._settings_warning) if m)
        failed = self._catalogue.failed_summary() if self._catalogue is not None else ""
        self.start_screen.show_banner("\n".join(m for m in (self._startup_banner, failed) if m))

    @property
    def player(self) -> RoundPlayer:
        """What plays a round (its screens, timer, feedback); made, and its module imported, with the first round."""
        if self._player is None:
            from .round_player import RoundPlayer

            self._player = RoundPlayer(self.stack, self.show_screen, lambda: self.settings.sound, self)
            p = self._player
            p.start_screen_requested.connect(self._go_start)
            p.start_requested.connect(self._on_start_requested)
            p.read_source_requested.connect(self._on_player_read_source_requested)
        return self._player

    # ------------------------------------------------------------------ construction
    @classmethod
    def open_for(cls, data_dir: str | None = None) -> MainWindow:
        """The window on a data dir (``--data-dir``, else the environment's or the user's): its settings,
        theme and score store."""
        folder = paths.data_dir(data_dir)
        settings, warning = load_settings(folder)
        install_translations(_app(), settings.language)  # before any widget is built: its words are chosen then
        # the data dir's cache keeps the style sheet's arrow images (a later start does not draw them) and the
        # look "system" stood for at the last start (the computer is asked again just after the first paint)
        # (the style sheet once the start screen is built, before it is shown: see apply_theme's sheet_later)
        apply_theme(_app(), settings.theme, settings.text_scale, folder / CACHE_FOLDER, system_look_later=True,
                    sheet_later=True)
        try:
            return cls(settings, None, folder, warning)
        finally:
            apply_pending_sheet(_app())

    def _build_menus(self) -> None:
        """The menu bar's titles, shown in the first frame; their items come just after it (:meth:`_fill_menus`)."""
        self._menus: dict[str, QMenu] = {title: self.menuBar().addMenu(title) for title in self._menu_titles()}
        self._menus_filled = False

    def _menu_titles(self) -> list[str]:
        return [self.tr("&File"), self.tr("&View"), self.tr("&Teacher"), self.tr("&Help")]

    def _fill_menus(self) -> None:
        """The menus' items, as data: (attribute, text, shortcuts, slot); None is a separator. Made once, just after
        the first paint (the types of actions and key sequences, and 14 actions: 3-4 ms of the start), or sooner
        when something asks for an action (see ``__getattr__``)."""
        if self._menus_filled:
            return
        self._menus_filled = True
        from PySide6.QtGui import QAction, QKeySequence

        key = QKeySequence.StandardKey
        file_menu, view_menu, teacher_menu, help_menu = self._menu_titles()
        table: dict[str, list[MenuEntry]] = {
            file_menu: [
                ("open_action", self.tr("&Open a set file…"), [key.Open], self.start_screen._on_open_clicked),
                ("export_action", self.tr("&Export my results…"), [], self._on_export_results),
                None,
                ("quit_action", self.tr("&Quit"), [key.Quit, "Ctrl+Q"], self.close),
            ],
            view_menu: [
                ("bigger_action", self.tr("&Bigger text"), ["Ctrl+=", "Ctrl++", key.ZoomIn],
                 lambda: self.change_settings(self.settings.bigger())),
                ("smaller_action", self.tr("&Smaller text"), ["Ctrl+-", key.ZoomOut],
                 lambda: self.change_settings(self.settings.smaller())),
                ("normal_action", self.tr("&Normal text size"), ["Ctrl+0"],
                 lambda: self.change_settings(self.settings.with_changes(**{"text_scale": 1.0}))),
                None,
                ("progress_action", self.tr("My &progress"), [], self._on_start_progress_requested),
                ("settings_action", self.tr("Settin&gs"), ["Ctrl+,"], lambda: self._show_aside(self.settings_screen)),
            ],
            teacher_menu: [
                ("editor_action", self.tr("&Edit question sets…"), ["Ctrl+E"], self._on_open_editor),
                ("report_action", self.tr("&Class report…"), [], self.show_class_report),
                ("print_set_action", self.tr("&Print a worksheet of the selected set…"), [key.Print],
                 self._on_print_set),
            ],
            help_menu: [
                ("keys_action", self.tr("&Keyboard shortcuts"), [key.HelpContents], self._on_keys_help),
                ("about_action", self.tr("&About History Quiz"), [], self._on_about),
            ],
        }
        menu_actions: dict[str, list[QAction]] = {}
        for title, entries in table.items():
            menu = self._menus[title]
            menu_actions[title] = []
            for entry in entries:
                if entry is None:
                    menu.addSeparator()
                    continue
                name, text, keys, slot = entry
                assert name in MENU_ACTIONS, name
                action = QAction(text, self)
                action.setShortcuts(_distinct_keys(keys))
                action.triggered.connect(slot)
                if name in ("bigger_action", "smaller_action", "normal_action"):
                    action.setProperty("shortcutContext", APPLICATION_SHORTCUT)  # in every window
                    self.addAction(action)
                menu.addAction(action)
                setattr(self, name, action)
                menu_actions[title].append(action)
        self.menu_actions = menu_actions

    if TYPE_CHECKING:  # what _fill_menus sets (the type checker is not told of __getattr__: it would allow any name)
        open_action: QAction
        export_action: QAction
        quit_action: QAction
        bigger_action: QAction
        smaller_action: QAction
        normal_action: QAction
        progress_action: QAction
        settings_action: QAction
        editor_action: QAction
        report_action: QAction
        print_set_action: QAction
        keys_action: QAction
        about_action: QAction
        menu_actions: dict[str, list[QAction]]
    else:
        def __getattr__(self, name: str) -> Any:
            """An action of the menus (``quit_action``...) or ``menu_actions`` asked for before the menus were
            filled (a test, or a slot run before the first paint): filled now."""
            if name in MENU_ACTIONS or name == "menu_actions":
                menus_filled = self.__dict__.get("_menus_filled")
                if menus_filled is False:
                    self._fill_menus()
                    return self.__dict__[name]
            raise AttributeError(f"{type(self).__name__!r} object has no attribute {name!r}")

    def _connect(self) -> None:
        s = self.start_screen
        s.start_requested.connect(self._on_start_requested)
        s.resume_requested.connect(self._on_start_resume_requested)
        s.discard_resume_requested.connect(self._on_start_discard_resume_requested)
        s.profile_selected.connect(self._on_start_profile_selected)
        s.profile_create_requested.connect(self._on_start_profile_create_requested)
        s.set_selected.connect(self._on_start_set_selected)
        s.choice_changed.connect(self._refresh_plan)
        s.open_file_requested.connect(self.open_set_file)
        s.progress_requested.connect(self._on_start_progress_requested)
        s.settings_requested.connect(lambda: self._show_aside(self.settings_screen))
        s.source_requested.connect(self._on_start_source_requested)

    def _build_progress_screen(self) -> ProgressScreen:
        from .progress_screen import ProgressScreen

        screen = ProgressScreen()
        screen.back_requested.connect(self._go_start)
        screen.paragraph_requested.connect(self._on_progress_paragraph_requested)
        return screen

    def _build_source_screen(self) -> SourceReaderScreen:
        from .source_reader_screen import SourceReaderScreen

        screen = SourceReaderScreen()
        screen.back_requested.connect(self._go_back)
        return screen

    def _build_settings_screen(self) -> SettingsScreen:
        from .settings_screen import SettingsScreen

        screen = SettingsScreen(self.settings)
        screen.back_requested.connect(self._go_back)
        screen.settings_changed.connect(self.change_settings)
        return screen

    progress_screen = _LazyScreen(_build_progress_screen)
    source_screen = _LazyScreen(_build_source_screen)
    settings_screen = _LazyScreen(_build_settings_screen)

    # the round's screens belong to the player (they are built with the first round)
    @property
    def question_screen(self) -> QuestionScreen:
        return self.player.question_screen

    @property
    def feedback_screen(self) -> FeedbackScreen:
        return self.player.feedback_screen

    @property
    def results_screen(self) -> ResultsScreen:
        return self.player.results_screen

    @property
    def round(self) -> Round | None:
        """The round being played or just finished (None on the start screen)."""
        return self._player.round if self._player is not None else None

    # ------------------------------------------------------------------ the one place screens switch
    def show_screen(self, screen: QWidget) -> None:
        """Switch to a screen; only its keyboard shortcuts are on (auto-repeat off)."""
        previous = self._shortcut_screen
        if previous is not screen:
            for shortcut in self._shortcuts.get(previous, ()) if previous is not None else ():
                shortcut.setEnabled(False)
        self.stack.setCurrentWidget(screen)
        self._shortcut_screen = screen
        if previous is not screen:
            for shortcut in self._screen_shortcuts(screen):
                shortcut.setEnabled(True)
        if self._player is not None and screen is not self._player._question_screen:
            self._player.timer.stop()

    def _screen_shortcuts(self, screen: QWidget) -> list[QShortcut]:
        """The shortcuts of ``screen``, made once: making them on every switch cost a frame's share of the
        switch to the feedback screen."""
        made = self._shortcuts.get(screen)
        if made is None:
            if not self._keys_ready:
                return []  # made just after the first paint (see _finish_after_first_paint)
            from PySide6.QtGui import QKeySequence, QShortcut

            made = []
            for key, slot in screen.shortcuts() if isinstance(screen, Screen) else []:
                shortcut = QShortcut(QKeySequence(key), self)
                shortcut.setAutoRepeat(False)
                shortcut.activated.connect(slot)
                made.append(shortcut)
            self._shortcuts[screen] = made
        return made

    @property
    def current_screen(self) -> QWidget | None:
        return self.stack.currentWidget()

    def _show_aside(self, screen: QWidget) -> None:
        """Show settings or the source reader, remembering where to come back to."""
        aside = [w for w in (self.__dict__.get("_screen_settings_screen"), self.__dict__.get("_screen_source_screen"))
                 if w is not None]
        if self.current_screen not in aside:
            self._return_to = self.current_screen
        self.show_screen(screen)

    def _go_back(self) -> None:
        target = self._return_to or self.start_screen
        self._return_to = None
        if self._player is not None and target is self._player._question_screen and self._player.resume_question():
            return
        self.show_screen(target)

    def _go_start(self) -> None:
        if self._player is not None:
            self._player.stop()
        self._refresh_set_details()
        self.show_screen(self.start_screen)

    # ------------------------------------------------------------------ settings and the window
    def change_settings(self, settings: Settings) -> None:
        changed_look = (settings.theme, settings.text_scale) != (self.settings.theme, self.settings.text_scale)
        self.settings = settings
        if changed_look:
            apply_theme(_app(), settings.theme, settings.text_scale)
        if MainWindow.settings_screen.built(self):
            self.settings_screen.show_settings(settings)
        error = save_settings(self.data_dir, settings)
        if error:
            self.statusBar().showMessage(error, 10000)

    def _restore_geometry(self) -> None:
        screen = QApplication.primaryScreen()
        available = screen.availableGeometry() if screen else None
        geometry = QSettings().value("window/geometry")
        # restoreGeometry refuses data it cannot read (e.g. saved by another Qt version): then use the default
        if not (isinstance(geometry, QByteArray | bytes) and geometry and self.restoreGeometry(geometry)):
            self.resize(1100, 780)
        if available is not None:
            # the frame (title bar, borders) comes on top of the size: leave room for it, so at 200 %
            # scaling (QT_SCALE_FACTOR=2) the bottom buttons stay on screen
            room_w, room_h = available.width() - 16, available.height() - 48
            if self.width() > room_w or self.height() > room_h:
                self.resize(min(self.width(), room_w), min(self.height(), room_h))
                self.move(available.topLeft())

    def closeEvent(self, event: QCloseEvent) -> None:
        editor = self.editor
        if editor is not None and editor.isVisible() and not editor.close():
            # the editor asks Save / Discard / Cancel first (without blocking); this window stays open
            editor.show()
            editor.raise_()
            event.ignore()
            return
        rnd = self.round
        if rnd is not None and not rnd.is_finished and rnd.record and not self._quit_confirmed:
            # Ctrl+Q and the window's close button ask, as Esc does (not blocking: the answer closes again)
            event.ignore()
            self._ask_before_quitting()
            return
        QSettings().setValue("window/geometry", self.saveGeometry())
        # A round still being played is left "in progress": its answers are already committed, and the
        # start screen offers to continue it next time.
        if self._player is not None:
            self._player.timer.stop()
        super().closeEvent(event)

    def _ask_before_quitting(self) -> None:
        if self.quit_dialog is not None:
            return
        from .widgets.confirm import ask

        box, self.quit_button, self.keep_playing_button = ask(
            self, self.tr("Quit in the middle of a round?"),
            self.tr("Quit History Quiz in the middle of this round?\n\nYour answers so far are saved. "
            "Next time, the start screen offers to continue the round."), self.tr("&Quit"), self.tr("&Keep playing"))
        box.buttonClicked.connect(self._on_quit_dialog_clicked)
        self.quit_dialog = box
        box.open()

    def _on_quit_dialog_clicked(self, button) -> None:
        self.quit_dialog = None
        if button is self.quit_button:
            self._quit_confirmed = True
            self.close()
            self._quit_confirmed = False  # a window kept open (the editor said Cancel) asks again next time

    # ------------------------------------------------------------------ students
    def _refresh_profiles(self, settings_profile: str | None = None, select: int | None = None) -> None:
        students = self._roster if self._roster is not None else [(p.id, p.name) for p in self.store.profiles()]
        ids = [pid for pid, _ in students]
        wanted = select if select in ids else None
        if wanted is None and settings_profile is not None:
            wanted = next((pid for pid, name in students if name == settings_profile), None)
        if wanted is None and students:
            wanted = students[0][0]
        self.profile_id = wanted
        self.start_screen.set_profiles([(str(pid), name) for pid, name in students], str(wanted) if wanted else None)

    def _on_start_profile_selected(self, pid: str) -> None:
        self.profile_id = int(pid)
        profile = self._start_reads.profile(self.profile_id)
        if profile and self.settings.last_profile != profile.name:
            self.change_settings(self.settings.with_changes(**{"last_profile": profile.name}))
        self._refresh_set_details()

    def _on_start_profile_create_requested(self, name: str, factor: float) -> None:
        existing = self.store.profile_by_name(name)
        if existing is not None:
            self.start_screen.set_status(self.tr("There is already a student called {name}; they are selected now.").format(name=name))
            self._refresh_profiles(select=existing.id)
        else:
            try:
                profile = self.store.create_profile(name, factor)
            except Exception as exc:  # a full or read-only disk: say so, keep going
                self.start_screen.set_status(self.tr("The new student could not be saved: {exc}").format(exc=exc))
                return
            self._refresh_profiles(select=profile.id)
        self._on_start_profile_selected(str(self.profile_id))

    # ------------------------------------------------------------------ sets
    def reload_sets(self) -> None:
        """Load the built-in sets, the teacher's sets folder and the files opened before, off the GUI thread."""
        keys = self.catalogue.keys_to_load()
        self.start_screen.set_loading(True)
        data_dir = self.data_dir
        run_in_background(lambda: _list_and_warm(keys, data_dir), self._while_open(self._on_sets_loaded),
                          self._while_open(self._on_sets_failed))

    def _on_sets_loaded(self, results: dict[str, LoadResult | SetListing]) -> None:
        from ..catalogue import SetListing

        self.catalogue.update(results)
        parsed = {k: r for k, r in results.items() if not isinstance(r, SetListing)}
        if parsed:
            run_in_background(_one_at_a_time(lambda: warm_answer_reading(parsed)), lambda _count: None,
                              lambda _exc: None)
        self.start_screen.set_loading(False)
        # a file that does not load is named with its reason; the others are listed as usual
        self.start_screen.show_banner("\n".join(m for m in (self._startup_banner, self.catalogue.failed_summary()) if m))
        self._refresh_set_list()
        forget_read_sources()  # the score store's and the listing's imports (see there)

    def _on_sets_failed(self, exc: Exception) -> None:
        self.start_screen.set_loading(False)
        self.start_screen.show_banner(self.tr("The question sets could not be loaded: {exc}").format(exc=exc))

    def open_set_file(self, path: str) -> None:
        """Load a set file chosen by the student, off the GUI thread; problems are shown in a dialog."""
        self.start_screen.set_loading(True)
        self.start_screen.set_status(self.tr("Opening {name}…").format(name=Path(path).name))
        def load() -> LoadResult:
            from question_bank.loading import load_set

            return load_set(path)

        run_in_background(_one_at_a_time(load), self._while_open(lambda r: self._on_file_loaded(path, r)),
                          self._while_open(self._on_sets_failed))

    def _on_file_loaded(self, path: str, result: LoadResult) -> None:
        self.start_screen.set_loading(False)
        self.start_screen.set_status("")
        if not result.ok:
            from .widgets.problems_dialog import ProblemsDialog

            self.problems_dialog = ProblemsDialog(path, result, self)
            self.problems_dialog.open()
        key = self.catalogue.add_opened(path, result)
        if key is not None:
            self._refresh_set_list(select=key)
            if self.settings.last_set != key:
                self.change_settings(self.settings.with_changes(**{"last_set": key}))

    def _refresh_set_list(self, select: str | None = None) -> None:
        reads = self._start_reads if self.profile_id is not None else None  # no student: no score to show
        entries = self.catalogue.summaries(reads, self.profile_id)
        current = select or self.start_screen.current_set() or self.settings.last_set
        self.start_screen.set_sets(entries, current)
        self._refresh_set_details()

    def _with_sets(self, keys: list[str], then: Callable[[], object]) -> None:
        """Call ``then`` once the sets of ``keys`` are parsed: at once when they are, else after parsing them off
        the GUI thread ("Opening the set…"), each from its file as it is now. A set whose file no longer loads
        leaves the list with its reason, and ``then`` is not called."""
        missing = self.catalogue.unparsed(keys)
        if not missing:
            then()
            return
        if self._opening:
            return  # a second Start (or reader) while a set is being opened: the first one goes on
        self._opening = True
        self.start_screen.set_loading(True)
        self.start_screen.set_status(self.tr("Opening the set…") if len(missing) == 1 else self.tr("Opening the sets…"))
        data_dir = self.data_dir

        def opened(results: dict[str, LoadResult]) -> None:
            self._opening = False
            self.start_screen.set_loading(False)
            self.start_screen.set_status("")
            listed = {k: self.catalogue.listing(k) for k in results}
            self.catalogue.update(results)
            if self.catalogue.failed.keys() & results.keys():
                self.start_screen.show_banner("\n".join(m for m in (self._startup_banner, self.catalogue.failed_summary()) if m))
            if any(self.catalogue.listing(k) != was for k, was in listed.items()):
                self._refresh_set_list()  # a file changed since it was listed: the start screen shows it as it is now
            if all(k in self.catalogue for k in keys):
                then()

        def failed(exc: Exception) -> None:
            self._opening = False
            self._on_sets_failed(exc)

        run_in_background(lambda: _open_and_warm(missing, data_dir), self._while_open(opened), self._while_open(failed))

    def _with_selected_set(self, then: Callable[[LoadResult], None]) -> None:
        """Call ``then`` with the chosen set, parsed (see :meth:`_with_sets`); nothing when none is chosen."""
        key = self.start_screen.current_set()
        if key is None or key not in self.catalogue:
            return
        self._with_sets([key], lambda: self._call_with(key, then))

    def _call_with(self, key: str, then: Callable[[LoadResult], None]) -> None:
        result = self.catalogue.loaded(key)
        if result is not None:
            then(result)

    def _selected_set(self) -> LoadResult | None:
        """The chosen set if it is parsed (None when none is chosen or it is only listed)."""
        return self.catalogue.loaded(self.start_screen.current_set())

    def _refresh_set_details(self) -> None:
        """Mode counts and the offer to resume, for the chosen student and set."""
        from ..round_settings import review_counts_of

        chosen = self.catalogue.listing(self.start_screen.current_set())
        if chosen is None or self.profile_id is None:
            self.start_screen.set_mode_counts(0, self.tr("0 due today"))
            self.start_screen.show_resume(None)
            self._refresh_plan()
            return
        reads = self._start_reads
        queue = review_counts_of(chosen.id, chosen.question_ids, reads, self.profile_id)
        self.start_screen.set_mode_counts(len(reads.mistakes(self.profile_id, chosen.id)),
                                          self.tr("{due} due today, {new} new").format(due=len(queue.due), new=len(queue.new)))
        self._offer_resume()
        self._refresh_plan()

    def _on_start_set_selected(self, key: str) -> None:
        chosen = self.catalogue.listing(key)
        if chosen is not None:
            # the set's own number of questions, not the one left from the previous set
            self.start_screen.set_count(chosen.round_defaults.question_count)
        self._refresh_set_details()

    def _round_settings(self, choice: StartChoice):
        """The settings a choice on the start screen plays with (the plan shows exactly these)."""
        from ..round_settings import RoundSettings

        chosen = self.catalogue.listing(choice.set_key)
        if chosen is None:
            return None
        changes: dict = {"count": choice.count}
        if not choice.every_topic and set(choice.topics) != set(CORE_TOPICS):
            changes["topics"] = choice.topics
        if choice.mode == "scored" and self.settings.feedback != "set":
            changes["feedback"] = self.settings.feedback
        return RoundSettings.for_set(chosen, choice.mode, **changes)

    def _refresh_plan(self) -> None:
        from ..round_settings import round_plan

        choice = self.start_screen.choice()
        settings = self._round_settings(choice) if choice is not None else None
        profile = self._start_reads.profile(self.profile_id) if settings is not None and self.profile_id is not None else None
        if settings is None or profile is None:
            self.start_screen.set_plan("")
            return
        self.start_screen.set_plan(round_plan(settings, profile.extra_time_factor))

    def _offer_resume(self) -> None:
        reads = self._start_reads if self.profile_id is not None else None
        found = self.catalogue.interrupted(reads, self.profile_id) if reads is not None else None
        if found is None:
            self.start_screen.show_resume(None)
        else:
            self.start_screen.show_resume(found[0], len(self.store.round_answers(found[0].id)))

    # ------------------------------------------------------------------ starting rounds
    def _on_start_requested(self, choice: StartChoice) -> None:
        if self.catalogue.unparsed([choice.set_key]):
            # only listed so far: parsed off the GUI thread first ("Opening the set…"), then started as chosen
            self._with_sets([choice.set_key], lambda: self._on_start_requested(choice))
            return
        from ..session import RoundError, start_round

        chosen = self.catalogue.loaded(choice.set_key)
        settings = self._round_settings(choice)
        if chosen is None or settings is None or self.profile_id is None:
            return
        try:
            rnd = start_round(chosen, settings, store=self.store, profile=self.profile_id,
                              desired_retention=self.settings.desired_retention)
        except RoundError as exc:  # a draft played for a score, a store that refuses the round
            self.start_screen.set_status(str(exc))
            return
        if rnd.total == 0:
            self.start_screen.set_status(rnd.message or self.tr("No questions match your choice."))
            return
        self.player.begin(rnd, choice.set_key, choice)

    def _on_start_resume_requested(self) -> None:
        from ..session import RoundError, resume_round

        found = self.catalogue.interrupted(self.store, self.profile_id)
        if found is None:
            self._offer_resume()
            return
        record, key = found
        if self.catalogue.unparsed([key]):
            self._with_sets([key], self._on_start_resume_requested)
            return
        loaded = self.catalogue.loaded(key)
        if loaded is None:
            return
        try:
            rnd = resume_round(loaded, self.store, record.id,
                               desired_retention=self.settings.desired_retention)
        except RoundError as exc:
            self.start_screen.set_status(str(exc))
            self._offer_resume()
            return
        self.begin_round(rnd, key)

    def _on_start_discard_resume_requested(self) -> None:
        found = self.catalogue.interrupted(self.store, self.profile_id)
        if found is None:
            self._offer_resume()
            return
        record = found[0]
        if record.mode != "scored":
            self.store.abandon_round(record.id)
            self._offer_resume()
            return
        answered = len(self.store.round_answers(record.id))
        total = len(record.question_ids) if record.question_ids else None
        from .widgets.confirm import ask

        of_total = self.tr("{answered} of {total}").format(answered=answered, total=total) if total is not None else str(answered)
        box, give_up, self.keep_round_button = ask(
            self, self.tr("Give up the unfinished round?"),
            self.tr("Start afresh and give up your unfinished scored round?\n\nIt is kept in your results as "
            "abandoned, with {of_total} questions answered; the questions not answered count 0 points.").format(of_total=of_total),
            self.tr("&Give it up"), self.tr("&Keep it for later"))
        self.give_up_button = give_up

        def clicked(button) -> None:
            self.discard_dialog = None
            if button is give_up:
                self.store.abandon_round(record.id)
            self._offer_resume()

        box.buttonClicked.connect(clicked)
        self.discard_dialog = box
        box.open()

    def begin_round(self, rnd: Round, key: str) -> None:
        """Play a round that has been started (also used by the editor's "Try as student")."""
        self.player.begin(rnd, key)

    # ------------------------------------------------------------------ aside screens
    def _on_player_read_source_requested(self, key: str, source_id: str, span) -> None:
        if key not in self.catalogue:
            return

        def show(result: LoadResult) -> None:
            self.source_screen.show_set(result.question_set, source_id, tuple(span) if span else None)
            self._show_aside(self.source_screen)
        self._with_sets([key], lambda: self._call_with(key, show))

    def _on_start_source_requested(self) -> None:
        def show(chosen: LoadResult) -> None:
            self.source_screen.show_set(chosen.question_set)
            self._show_aside(self.source_screen)
        self._with_selected_set(show)

    def _on_start_progress_requested(self) -> None:
        from ..scores import progress_report

        if self.profile_id is None:
            self.start_screen.set_status(self.tr("Add a student first to see progress."))
            return
        key = self.start_screen.current_set()
        if key is not None and self.catalogue.unparsed([key]):
            self._with_sets([key], self._on_start_progress_requested)
            return
        chosen = self._selected_set()
        qset = chosen.question_set if chosen else None
        self.progress_screen.show_progress(progress_report(self.store, self.profile_id, qset),
                                           qset.title if qset else "")
        self.show_screen(self.progress_screen)

    def _on_progress_paragraph_requested(self, source_id: str, number: int) -> None:
        """Enter on a paragraph of the progress map: read it in the source, then come back to the map."""
        from question_bank import evidence as ev

        chosen = self._selected_set()
        qset = chosen.question_set if chosen else None
        source = qset.source(source_id) if qset else None
        if qset is None or source is None:
            return
        paragraphs = ev.paragraphs(source.text)
        focus = None
        if 1 <= number <= len(paragraphs):
            para = paragraphs[number - 1]
            focus = (para.start, para.start + len(para.text))
        self.source_screen.show_set(qset, source_id, focus)
        self._show_aside(self.source_screen)

    # ------------------------------------------------------------------ printing, exporting, teacher tools
    def show_class_report(self) -> None:
        if self.catalogue.unparsed():  # the report reads every set's questions: parsed off the GUI thread first
            self._with_sets(self.catalogue.unparsed(), self.show_class_report)
            return
        if self.report_screen is None:
            from .report_screen import ReportScreen

            # the sets were parsed off the GUI thread just above; a later refresh (the screen shown again after the
            # sets were reloaded) lists the parsed ones and never parses on the GUI thread
            self.report_screen = ReportScreen(self.store, self.catalogue.parsed_results)
            self.report_screen.back_requested.connect(self._go_start)
            self.stack.addWidget(self.report_screen)
        self.show_screen(self.report_screen)

    def _on_print_set(self) -> None:
        if self.start_screen.current_set() not in self.catalogue:
            self.start_screen.set_status(self.tr("Choose a question set to print."))
            return

        def print_chosen(chosen: LoadResult) -> None:
            from .printing import print_set

            self.print_dialog = print_set(self, chosen.question_set)
        self._with_selected_set(print_chosen)

    def _on_export_results(self) -> None:
        from PySide6.QtWidgets import QFileDialog

        if self.profile_id is None:
            self.start_screen.set_status(self.tr("Add a student first: there are no results to export yet."))
            return
        profile = self.store.profile(self.profile_id)
        suggested = str(Path.home() / self.tr("{name} - quiz results.csv").format(name=profile.name if profile else self.tr("My")))
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Export my results"), suggested, self.tr("CSV files (*.csv)"))
        if path:
            self._with_sets(self.catalogue.unparsed(), lambda: self.export_results(path))

    def export_results(self, path: str) -> int | None:
        """Write the student's answers as the CSV a teacher's class report reads; None (and a message) on failure."""
        try:
            rows = self.store.export_answers_csv(path, profile_id=self.profile_id,
                                                 question_sets=self.catalogue.question_sets())
        except OSError as exc:
            self.statusBar().showMessage(self.tr("Your results could not be saved to {path}: {reason}").format(path=path, reason=exc.strerror or exc), 15000)
            return None
        self.statusBar().showMessage(self.tr("Saved %n answer(s) to {path}. Give this file to your teacher.", "", rows).format(path=path), 15000)
        return rows

    def _on_open_editor(self) -> None:
        from .editor.editor_window import EditorWindow

        if self.editor is None:
            self.editor = EditorWindow(self.data_dir)
            self.editor.try_requested.connect(self._on_editor_try_requested)
            self.editor.set_saved.connect(lambda *_: self.reload_sets())
        self.editor.show()
        self.editor.raise_()
        self.editor.activateWindow()

    def _on_editor_try_requested(self, question_set) -> None:
        """Play a set from the editor as a student would, in practice, without recording scores."""
        from ..session import RoundError, RoundSettings, start_round

        try:
            rnd = start_round(question_set, RoundSettings.for_set(question_set, "practice"), store=self.store,
                              profile=self.profile_id, record=False)
        except RoundError as exc:
            self.start_screen.set_status(str(exc))
            return
        key = self.catalogue.add_trial(question_set)
        self.show()
        self.raise_()
        self.activateWindow()
        self.begin_round(rnd, key)

    # ------------------------------------------------------------------ help
    def shortcut_help(self) -> str:
        """The keyboard shortcuts: the menus' actions as they are now, then the keys of a question."""
        from .widgets.shortcut_help import shortcut_help_text

        return shortcut_help_text(list(self.menu_actions.items()), [self.tr(line) if line else line for line in ANSWER_KEYS])

    def _on_keys_help(self) -> None:
        from PySide6.QtWidgets import QMessageBox

        QMessageBox.information(self, self.tr("Keyboard shortcuts"), self.shortcut_help())

    def _on_about(self) -> None:
        from PySide6.QtWidgets import QMessageBox

        QMessageBox.about(self, self.tr("About History Quiz"), (
            self.tr("History Quiz: practise on questions whose every answer is proved "
            "by a quote from the source text.\n\nYour scores are kept in {where}.").format(where=self.store.path or self.tr("memory (not saved)"))))

"""The main window: a stack of screens, one place that switches them, and the flow of a round.

Screens only show; the round (``quiz_app.session``) decides what comes next and grades, and the
score store records. This window connects them.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QByteArray, QSettings, Qt, QTimer
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import QApplication, QMainWindow, QMessageBox, QStackedWidget, QWidget

from question_bank import evidence as ev
from question_bank.topics import CORE_TOPICS, TOPIC_LABELS

from .. import paths
from ..scores import ScoreStore
from ..settings import Settings, load_settings, save_settings
from .start_screen import SetEntry, StartChoice, StartScreen
from .theme import apply_theme
from .widgets.problems_dialog import ProblemsDialog
from .workers import run_in_background

if TYPE_CHECKING:  # models, grading, rounds and the other screens load after the start screen shows
    from question_bank.loading import LoadResult

    from ..session import Round
    from .feedback_screen import FeedbackScreen
    from .progress_screen import ProgressScreen
    from .question_screen import QuestionScreen
    from .results_screen import ResultsScreen
    from .settings_screen import SettingsScreen
    from .source_reader_screen import SourceReaderScreen

BUILTIN_PREFIX = "builtin:"
EDITOR_PREFIX = "editor:"


def _load_all(keys: list[str]) -> dict[str, LoadResult]:
    """Runs off the GUI thread: load and validate every set (built-in ones and files).

    It also imports the engine (pydantic models, grading, rounds), so start-up never waits for it.
    """
    from question_bank.loading import builtin_names, load_builtin, load_set

    from .. import session  # noqa: F401  (warm the imports while the student looks at the start screen;
    from . import feedback_screen, question_screen, results_screen  # noqa: F401  no widget is made here)

    keys = [BUILTIN_PREFIX + name for name in builtin_names()] + keys
    out = {}
    for key in keys:
        out[key] = load_builtin(key[len(BUILTIN_PREFIX):]) if key.startswith(BUILTIN_PREFIX) else load_set(key)
    return out


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
    def __init__(self, settings: Settings, store: ScoreStore, data_dir: Path, settings_warning: str | None = None):
        super().__init__()
        self.settings = settings
        self.store = store
        self.data_dir = Path(data_dir)
        self.sets: dict[str, LoadResult] = {}
        self.profile_id: int | None = None
        self.round: Round | None = None
        self._round_set_key: str | None = None
        self._last_choice: StartChoice | None = None
        self._review_index: int | None = None
        self._review_only_missed = True
        self._return_to: QWidget | None = None
        self._shortcuts: list[QShortcut] = []
        self._sound = None
        self.setWindowTitle("History Quiz")
        self.setMinimumSize(480, 360)  # small screens at 200 % scaling are only 640 × 400 points

        self.stack = QStackedWidget()
        self.setCentralWidget(self.stack)
        self.start_screen = StartScreen()
        self.stack.addWidget(self.start_screen)
        # the other screens are built the first time they are needed (see _LazyScreen)
        self.report_screen = None  # built on first use: it loads the statistics code
        self.problems_dialog: ProblemsDialog | None = None
        self.editor = None  # the teacher's set editor, opened from the Teacher menu
        self.leave_dialog: QMessageBox | None = None
        self._build_actions()
        self._connect()

        self.timer = QTimer(self)
        self.timer.setInterval(1000)
        self.timer.timeout.connect(self._on_timer_timeout)

        banners = [m for m in (store.message, store.warning if store.degraded else None, settings_warning) if m]
        self.start_screen.show_banner("\n".join(banners))
        self._refresh_profiles(settings_profile=settings.last_profile)
        self.show_screen(self.start_screen)
        self._restore_geometry()
        self.reload_sets()

    # ------------------------------------------------------------------ construction
    @classmethod
    def create(cls, data_dir: str | None = None) -> MainWindow:
        folder = paths.data_dir(data_dir)
        settings, warning = load_settings(folder)
        apply_theme(QApplication.instance(), settings.theme, settings.text_scale)
        store = ScoreStore.open(folder)
        return cls(settings, store, folder, warning)

    def _build_actions(self) -> None:
        menu = self.menuBar()
        file_menu = menu.addMenu("&File")
        self.open_action = QAction("&Open a set file…", self)
        self.open_action.setShortcut(QKeySequence.StandardKey.Open)
        self.open_action.triggered.connect(self.start_screen._on_open_clicked)
        file_menu.addAction(self.open_action)
        self.export_action = QAction("&Export my results…", self)
        self.export_action.triggered.connect(self._on_export_results)
        file_menu.addAction(self.export_action)
        file_menu.addSeparator()
        quit_action = QAction("&Quit", self)
        quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        quit_action.triggered.connect(self.close)
        file_menu.addAction(quit_action)

        view_menu = menu.addMenu("&View")
        self.bigger_action = QAction("&Bigger text", self)
        self.bigger_action.setShortcuts([QKeySequence("Ctrl+="), QKeySequence("Ctrl++"),
                                         QKeySequence(QKeySequence.StandardKey.ZoomIn)])
        self.bigger_action.triggered.connect(lambda: self.change_settings(self.settings.bigger()))
        self.smaller_action = QAction("&Smaller text", self)
        self.smaller_action.setShortcuts([QKeySequence("Ctrl+-"), QKeySequence(QKeySequence.StandardKey.ZoomOut)])
        self.smaller_action.triggered.connect(lambda: self.change_settings(self.settings.smaller()))
        normal_action = QAction("&Normal text size", self)
        normal_action.setShortcut(QKeySequence("Ctrl+0"))
        normal_action.triggered.connect(lambda: self.change_settings(
            self.settings.model_copy(update={"text_scale": 1.0})))
        for action in (self.bigger_action, self.smaller_action, normal_action):
            action.setShortcutContext(Qt.ShortcutContext.ApplicationShortcut)
            view_menu.addAction(action)
            self.addAction(action)
        view_menu.addSeparator()
        progress_action = QAction("My &progress", self)
        progress_action.triggered.connect(self._on_start_progress_requested)
        view_menu.addAction(progress_action)
        settings_action = QAction("Se&ttings", self)
        settings_action.setShortcut(QKeySequence("Ctrl+,"))
        settings_action.triggered.connect(lambda: self._show_aside(self.settings_screen))
        view_menu.addAction(settings_action)

        teacher_menu = menu.addMenu("&Teacher")
        self.editor_action = QAction("&Edit question sets…", self)
        self.editor_action.setShortcut(QKeySequence("Ctrl+E"))
        self.editor_action.triggered.connect(self._on_open_editor)
        teacher_menu.addAction(self.editor_action)
        self.report_action = QAction("&Class report…", self)
        self.report_action.triggered.connect(self.show_class_report)
        teacher_menu.addAction(self.report_action)
        self.print_set_action = QAction("&Print a worksheet of the selected set…", self)
        self.print_set_action.setShortcut(QKeySequence.StandardKey.Print)
        self.print_set_action.triggered.connect(self._on_print_set)
        teacher_menu.addAction(self.print_set_action)

        help_menu = menu.addMenu("&Help")
        keys_action = QAction("&Keyboard shortcuts", self)
        keys_action.setShortcut(QKeySequence.StandardKey.HelpContents)
        keys_action.triggered.connect(self._on_keys_help)
        help_menu.addAction(keys_action)
        about_action = QAction("&About History Quiz", self)
        about_action.triggered.connect(self._on_about)
        help_menu.addAction(about_action)

    def _connect(self) -> None:
        s = self.start_screen
        s.start_requested.connect(self._on_start_requested)
        s.resume_requested.connect(self._on_start_resume_requested)
        s.discard_resume_requested.connect(self._on_start_discard_resume_requested)
        s.profile_selected.connect(self._on_start_profile_selected)
        s.profile_create_requested.connect(self._on_start_profile_create_requested)
        s.set_selected.connect(lambda *_: self._refresh_set_details())
        s.open_file_requested.connect(self.open_set_file)
        s.progress_requested.connect(self._on_start_progress_requested)
        s.settings_requested.connect(lambda: self._show_aside(self.settings_screen))
        s.source_requested.connect(self._on_start_source_requested)

    def _build_question_screen(self) -> QuestionScreen:
        from .question_screen import QuestionScreen

        screen = QuestionScreen()
        screen.answer_submitted.connect(self._on_question_answer_submitted)
        screen.leave_requested.connect(self._on_question_leave_requested)
        return screen

    def _build_feedback_screen(self) -> FeedbackScreen:
        from .feedback_screen import FeedbackScreen

        screen = FeedbackScreen()
        screen.next_requested.connect(self._on_feedback_next_requested)
        screen.read_source_requested.connect(self._on_feedback_read_source_requested)
        return screen

    def _build_results_screen(self) -> ResultsScreen:
        from .results_screen import ResultsScreen

        screen = ResultsScreen()
        screen.back_requested.connect(self._go_start)
        screen.play_again_requested.connect(self._on_results_play_again_requested)
        screen.review_mistakes_requested.connect(self._on_results_review_mistakes_requested)
        screen.question_review_requested.connect(self._on_results_question_review_requested)
        screen.all_feedback_requested.connect(lambda: self._step_review(0, only_missed=False))
        screen.print_button.show()
        screen.print_requested.connect(self._on_results_print_requested)
        return screen

    def _build_progress_screen(self) -> ProgressScreen:
        from .progress_screen import ProgressScreen

        screen = ProgressScreen()
        screen.back_requested.connect(self._go_start)
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

    question_screen = _LazyScreen(_build_question_screen)
    feedback_screen = _LazyScreen(_build_feedback_screen)
    results_screen = _LazyScreen(_build_results_screen)
    progress_screen = _LazyScreen(_build_progress_screen)
    source_screen = _LazyScreen(_build_source_screen)
    settings_screen = _LazyScreen(_build_settings_screen)

    # ------------------------------------------------------------------ the one place screens switch
    def show_screen(self, screen: QWidget) -> None:
        """Switch to a screen and swap in its keyboard shortcuts (auto-repeat off)."""
        for shortcut in self._shortcuts:
            shortcut.setEnabled(False)
            shortcut.setParent(None)
            shortcut.deleteLater()
        self._shortcuts = []
        self.stack.setCurrentWidget(screen)
        for key, slot in screen.shortcuts():
            shortcut = QShortcut(QKeySequence(key), self)
            shortcut.setAutoRepeat(False)
            shortcut.activated.connect(slot)
            self._shortcuts.append(shortcut)
        if screen is not self.question_screen:
            self.timer.stop()

    @property
    def current_screen(self) -> QWidget:
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
        if target is self.question_screen and self.round is not None and not self.round.is_finished:
            self.show_screen(self.question_screen)
            self._start_timer()
            return
        self.show_screen(target)

    def _go_start(self) -> None:
        self.round = None
        self._review_index = None
        self._refresh_set_details()
        self.show_screen(self.start_screen)

    # ------------------------------------------------------------------ settings
    def change_settings(self, settings: Settings) -> None:
        changed_look = (settings.theme, settings.text_scale) != (self.settings.theme, self.settings.text_scale)
        self.settings = settings
        if changed_look:
            apply_theme(QApplication.instance(), settings.theme, settings.text_scale)
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
        if available is not None and (self.width() > available.width() or self.height() > available.height()):
            # saved on a bigger screen or at a smaller scale: keep every button on screen
            self.resize(min(self.width(), available.width()), min(self.height(), available.height()))
            self.move(available.topLeft())

    def closeEvent(self, event: QCloseEvent) -> None:
        editor = self.editor
        if editor is not None and editor.isVisible() and not editor.close():
            # the editor asks Save / Discard / Cancel first (without blocking); this window stays open
            editor.show()
            editor.raise_()
            event.ignore()
            return
        QSettings().setValue("window/geometry", self.saveGeometry())
        # A round still being played is left "in progress": its answers are already committed, and the
        # start screen offers to continue it next time.
        self.timer.stop()
        super().closeEvent(event)

    # ------------------------------------------------------------------ profiles
    def _refresh_profiles(self, settings_profile: str | None = None, select: int | None = None) -> None:
        profiles = self.store.profiles()
        wanted = select
        if wanted is None and settings_profile is not None:
            wanted = next((p.id for p in profiles if p.name == settings_profile), None)
        if wanted is None and profiles:
            wanted = profiles[0].id
        self.profile_id = wanted
        self.start_screen.set_profiles([(str(p.id), p.name) for p in profiles], str(wanted) if wanted else None)

    def _on_start_profile_selected(self, pid: str) -> None:
        self.profile_id = int(pid)
        profile = self.store.profile(self.profile_id)
        if profile and self.settings.last_profile != profile.name:
            self.change_settings(self.settings.model_copy(update={"last_profile": profile.name}))
        self._refresh_set_details()

    def _on_start_profile_create_requested(self, name: str, factor: float) -> None:
        existing = self.store.profile_by_name(name)
        if existing is not None:
            self.start_screen.set_status(f"There is already a student called {name}; they are selected now.")
            self._refresh_profiles(select=existing.id)
        else:
            try:
                profile = self.store.create_profile(name, factor)
            except Exception as exc:  # a full or read-only disk: say so, keep going
                self.start_screen.set_status(f"The new student could not be saved: {exc}")
                return
            self._refresh_profiles(select=profile.id)
        self._on_start_profile_selected(str(self.profile_id))

    # ------------------------------------------------------------------ sets
    def reload_sets(self) -> None:
        """Load the built-in sets and the teacher's sets folder off the GUI thread."""
        keys: list[str] = []
        try:
            folder = paths.sets_dir(self.data_dir)
            keys += [str(p) for p in sorted(folder.glob("*.json"))]
        except OSError:
            pass
        keys += [k for k in self.sets if not k.startswith((BUILTIN_PREFIX, EDITOR_PREFIX)) and k not in keys]
        self.start_screen.set_loading(True)
        run_in_background(lambda: _load_all(keys), self._on_sets_loaded, self._on_sets_failed)

    def _on_sets_loaded(self, results: dict[str, LoadResult]) -> None:
        self.sets.update({k: r for k, r in results.items() if r.question_set is not None})
        self.start_screen.set_loading(False)
        self._refresh_set_list()

    def _on_sets_failed(self, exc: Exception) -> None:
        self.start_screen.set_loading(False)
        self.start_screen.show_banner(f"The question sets could not be loaded: {exc}")

    def open_set_file(self, path: str) -> None:
        """Load a set file chosen by the student, off the GUI thread; problems are shown in a dialog."""
        self.start_screen.set_loading(True)
        self.start_screen.set_status(f"Opening {Path(path).name}…")
        def load():
            from question_bank.loading import load_set

            return load_set(path)

        run_in_background(load, lambda r: self._on_file_loaded(path, r), self._on_sets_failed)

    def _on_file_loaded(self, path: str, result: LoadResult) -> None:
        self.start_screen.set_loading(False)
        self.start_screen.set_status("")
        if not result.ok:
            self.problems_dialog = ProblemsDialog(path, result, self)
            self.problems_dialog.open()
        if result.question_set is not None:
            key = str(Path(path).resolve())
            self.sets[key] = result
            self._refresh_set_list(select=key)
            if self.settings.last_set != key:
                self.change_settings(self.settings.model_copy(update={"last_set": key}))

    def _refresh_set_list(self, select: str | None = None) -> None:
        from ..session import scorable

        entries = []
        for key, result in sorted(self.sets.items(), key=lambda kv: (not kv[0].startswith(BUILTIN_PREFIX),
                                                                     kv[1].question_set.title.casefold())):
            if key.startswith(EDITOR_PREFIX):
                continue  # a set being tried from the editor is not offered to students
            qset = result.question_set
            last = ""
            if self.profile_id is not None:
                history = self.store.round_history(self.profile_id, set_id=qset.id, modes=["scored"], limit=5)
                finished = [r for r in history if r.percent is not None and r.status == "finished"]
                if finished:
                    last = f"{finished[0].percent:.0f}%"
            problem = ""
            if result.errors:
                problem = f"{len(result.errors)} problem{'s' if len(result.errors) != 1 else ''} in the file"
            entries.append(SetEntry(key, qset.title, len(qset.questions), last,
                                    draft=scorable(result) is not None, problem=problem))
        current = select or self.start_screen.current_set() or self.settings.last_set
        self.start_screen.set_sets(entries, current)
        self._refresh_set_details()

    def _selected_set(self) -> tuple[str, LoadResult] | None:
        key = self.start_screen.current_set()
        if key is None or key not in self.sets:
            return None
        return key, self.sets[key]

    def _refresh_set_details(self) -> None:
        """Mode counts, last scores and the offer to resume, for the chosen student and set."""
        chosen = self._selected_set()
        if chosen is None or self.profile_id is None:
            self.start_screen.set_mode_counts(0, "0 due")
            self.start_screen.show_resume(None)
            return
        _, result = chosen
        qset = result.question_set
        mistakes = len(self.store.mistakes(self.profile_id, qset.id))
        states = self.store.leitner_states(self.profile_id, qset.id)
        today = date.today().toordinal()
        due = sum(1 for s in states.values() if s.due_day <= today)
        new = sum(1 for q in qset.questions if q.id not in states)
        self.start_screen.set_mode_counts(mistakes, f"{due} due, {new} new")
        self._offer_resume()

    def _interrupted(self):
        if self.profile_id is None:
            return None
        by_id = {r.question_set.id: k for k, r in self.sets.items()}
        for rec in self.store.interrupted_rounds(self.profile_id):
            if rec.set_id in by_id:
                return rec, by_id[rec.set_id]
        return None

    def _offer_resume(self) -> None:
        found = self._interrupted()
        if found is None:
            self.start_screen.show_resume(None)
            return
        rec, _ = found
        answered = len(self.store.round_answers(rec.id))
        total = len(rec.question_ids) if rec.question_ids else "?"
        when = rec.started_at.strftime("%d %B %Y at %H:%M")
        mode = {"practice": "practice", "scored": "scored round", "review_mistakes": "review of mistakes",
                "spaced_review": "spaced review"}.get(rec.mode, rec.mode)
        self.start_screen.show_resume(f"You have an unfinished {mode} of “{rec.set_title or rec.set_id}” from "
                                      f"{when}: {answered} of {total} questions answered.")

    # ------------------------------------------------------------------ starting rounds
    def _on_start_requested(self, choice: StartChoice) -> None:
        from ..session import DraftNotScorable, RoundError, RoundSettings, start_round

        chosen = self.sets.get(choice.set_key)
        if chosen is None or self.profile_id is None:
            return
        qset = chosen.question_set
        changes: dict = {"count": choice.count}
        if set(choice.topics) != set(CORE_TOPICS):
            changes["topics"] = choice.topics
        if choice.mode == "scored" and self.settings.feedback != "set":
            changes["feedback"] = self.settings.feedback
        settings = RoundSettings.for_set(qset, choice.mode, **changes)
        try:
            rnd = start_round(chosen, settings, store=self.store, profile=self.profile_id)
        except DraftNotScorable as exc:
            self.start_screen.set_status(str(exc))
            return
        except RoundError as exc:
            self.start_screen.set_status(str(exc))
            return
        if rnd.total == 0:
            self.start_screen.set_status(rnd.message or "No questions match your choice.")
            return
        self._last_choice = choice
        self.begin_round(rnd, choice.set_key)

    def _on_start_resume_requested(self) -> None:
        from ..session import RoundError, resume_round

        found = self._interrupted()
        if found is None:
            self._offer_resume()
            return
        rec, key = found
        try:
            rnd = resume_round(self.sets[key], self.store, rec.id)
        except RoundError as exc:
            self.start_screen.set_status(str(exc))
            self._offer_resume()
            return
        self.begin_round(rnd, key)

    def _on_start_discard_resume_requested(self) -> None:
        found = self._interrupted()
        if found is not None:
            self.store.abandon_round(found[0].id)
        self._offer_resume()

    def begin_round(self, rnd: Round, key: str) -> None:
        """Play a round that has been started (also used by the editor's "Try as student")."""
        self.round = rnd
        self._round_set_key = key
        self._review_index = None
        self._show_current_question(first_message=rnd.message or "")

    # ------------------------------------------------------------------ playing
    def _score_text(self) -> str:
        rnd = self.round
        return f"Score: {rnd.score:g} / {rnd.possible_so_far:g}"

    def _show_current_question(self, first_message: str = "") -> None:
        rnd = self.round
        shown = rnd.present()
        if shown is None:
            self._show_results()
            return
        remaining = rnd.time_remaining()
        source_text = shown.source.text if shown.source is not None else ""
        warning = rnd.warning or ""
        message = " ".join(m for m in (first_message, warning) if m)
        self.question_screen.show_question(
            shown.question, shown.number, shown.total, self._score_text(),
            choice_order=list(shown.choice_order) or None, item_order=list(shown.item_order) or None,
            left_order=list(shown.left_order) or None, right_order=list(shown.right_order) or None,
            source_text=source_text, time_left=None if remaining is None else int(remaining + 0.999),
            message=message, passage=shown.passage)
        self.show_screen(self.question_screen)
        self._start_timer()

    def _start_timer(self) -> None:
        if self.round is not None and self.round.time_limit is not None:
            self.timer.start()

    def _on_timer_timeout(self) -> None:
        rnd = self.round
        if rnd is None or rnd.is_finished:
            self.timer.stop()
            return
        if rnd.check_time():
            self.timer.stop()
            if self.current_screen is self.question_screen:
                self._show_results()
            return
        remaining = rnd.time_remaining()
        self.question_screen.set_time_left(None if remaining is None else int(remaining + 0.999))

    def _on_question_answer_submitted(self, response) -> None:
        rnd = self.round
        if rnd is None or rnd.is_finished:
            return
        shown = rnd.current
        result = rnd.answer(response)
        self._play_sound(result.correct)
        if rnd.feedback_now or rnd.mode != "scored":
            source = shown.source
            self.feedback_screen.show_result(
                result, _prompt_of(shown.question), source.text if source else "", source.citation if source else "",
                progress=f"Question {shown.number} of {shown.total}", score=self._score_text(),
                next_label="See your &results" if rnd.is_finished else "&Next question")
            self.show_screen(self.feedback_screen)
        else:
            self._show_current_question()

    def _on_feedback_next_requested(self) -> None:
        if self._review_index is not None:
            self._step_review(self._review_index + 1)
            return
        if self.round is None:
            self._go_start()
        elif self.round.is_finished:
            self._show_results()
        else:
            self._show_current_question()

    def _on_question_leave_requested(self) -> None:
        box = QMessageBox(QMessageBox.Icon.Question, "Leave this round?",
                          "Leave this round now?\n\nYour answers so far are saved. Questions you have not "
                          "answered count as not answered.", parent=self)
        box.setWindowModality(Qt.WindowModality.WindowModal)
        self.leave_end_button = box.addButton("End the round", QMessageBox.ButtonRole.DestructiveRole)
        self.leave_stay_button = box.addButton("Keep playing", QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(self.leave_stay_button)
        box.setEscapeButton(self.leave_stay_button)
        box.buttonClicked.connect(self._on_leave_dialog_clicked)
        self.leave_dialog = box
        box.open()

    def _on_leave_dialog_clicked(self, button) -> None:
        if button is self.leave_end_button and self.round is not None:
            self.timer.stop()
            self.round.finish()
            self._show_results()
        self.leave_dialog = None

    # ------------------------------------------------------------------ results
    def _show_results(self) -> None:
        from .results_screen import MissedQuestion, ResultsView, TopicScore

        self.timer.stop()
        rnd = self.round
        summary = rnd.finish()
        scored = rnd.mode == "scored"
        mode_title = {"practice": "Practice", "scored": "Scored round", "review_mistakes": "Review of mistakes",
                      "spaced_review": "Spaced review"}[rnd.mode]
        view = ResultsView(
            title=f"{mode_title}: {summary.set_title}",
            score=summary.score, possible=summary.max_score, percent=summary.percent,
            duration_seconds=summary.duration_seconds, passed=summary.passed if scored else None,
            pass_mark=summary.pass_mark_percent,
            topics=[TopicScore(t.label, t.points, t.possible) for t in summary.per_topic],
            missed=[MissedQuestion(o.presented.number - 1, _prompt_of(o.presented.question), o.result.correct_answer,
                                   o.result.evidence.quote, o.result.partial) for o in summary.missed],
            answered=summary.answered, total=len(summary.outcomes), scored=scored,
            note=" ".join(m for m in (summary.message, summary.warning) if m),
            deferred_feedback=not rnd.feedback_now)
        self.results_screen.show_results(view)
        self.show_screen(self.results_screen)

    def _on_results_question_review_requested(self, index: int) -> None:
        self._step_review(index, only_missed=True)

    def _step_review(self, index: int, only_missed: bool | None = None) -> None:
        """Show the feedback of a finished round's question ``index``; Next goes to the next one
        (the next missed one, or every question when the round kept its feedback for the end)."""
        rnd = self.round
        if rnd is None:
            self._go_start()
            return
        if only_missed is not None:
            self._review_only_missed = only_missed
        outcomes = rnd.summary().outcomes
        if self._review_only_missed:
            missed = [o.presented.number - 1 for o in rnd.summary().missed]
        else:
            missed = list(range(len(outcomes)))
        following = [i for i in missed if i >= index]
        if not following:
            self._review_index = None
            self.show_screen(self.results_screen)
            return
        index = following[0]
        self._review_index = index
        outcome = outcomes[index]
        source = outcome.presented.source
        is_last = not [i for i in missed if i > index]
        self.feedback_screen.show_result(
            outcome.result, _prompt_of(outcome.presented.question), source.text if source else "",
            source.citation if source else "", progress=f"Question {index + 1} of {len(outcomes)}",
            score=f"Score: {rnd.summary().score:g} / {rnd.summary().max_score:g}",
            next_label="Back to &results" if is_last else
            ("&Next missed question" if self._review_only_missed else "&Next answer"))
        self.show_screen(self.feedback_screen)

    def _on_results_play_again_requested(self) -> None:
        if self._last_choice is not None and self.round is not None and self.round.mode == self._last_choice.mode:
            self._on_start_requested(self._last_choice)
        else:
            self._go_start()

    def _on_results_review_mistakes_requested(self) -> None:
        key = self._round_set_key
        if key is None:
            self._go_start()
            return
        count = max(1, len(self.round.summary().missed)) if self.round else 10
        self._on_start_requested(StartChoice(key, "review_mistakes", tuple(CORE_TOPICS), count))

    # ------------------------------------------------------------------ aside screens
    def _on_feedback_read_source_requested(self, source_id: str, span) -> None:
        key = self._round_set_key
        result = self.sets.get(key) if key else None
        if result is None:
            return
        self.source_screen.show_set(result.question_set, source_id, tuple(span) if span else None)
        self._show_aside(self.source_screen)

    def _on_start_source_requested(self) -> None:
        chosen = self._selected_set()
        if chosen is None:
            return
        self.source_screen.show_set(chosen[1].question_set)
        self._show_aside(self.source_screen)

    def _on_start_progress_requested(self) -> None:
        from .progress_screen import ParagraphMastery, TopicMastery

        if self.profile_id is None:
            self.start_screen.set_status("Add a student first to see progress.")
            return
        profile = self.store.profile(self.profile_id)
        chosen = self._selected_set()
        qset = chosen[1].question_set if chosen else None
        history = list(reversed(self.store.round_history(self.profile_id, set_id=qset.id if qset else None,
                                                         modes=["scored"])))
        points = [(r.started_at.strftime("%d %b"), r.percent) for r in history
                  if r.percent is not None and r.status == "finished"]
        mastery = {m.topic: m for m in self.store.mastery_by_topic(self.profile_id, qset.id if qset else None)}
        topics = [TopicMastery(TOPIC_LABELS[t], mastery[t].correct if t in mastery else 0,
                               mastery[t].answered if t in mastery else 0) for t in CORE_TOPICS]
        paragraphs: list[ParagraphMastery] = []
        if qset is not None:
            by_para = {(m.source_id, m.paragraph): m for m in self.store.mastery_by_paragraph(self.profile_id, qset.id)}
            for src in qset.sources:
                for para in ev.paragraphs(src.text):
                    m = by_para.get((src.id, para.index))
                    paragraphs.append(ParagraphMastery(para.index + 1, para.text, m.correct if m else 0,
                                                       m.answered if m else 0))
        streak = self.store.streak(self.profile_id)
        self.progress_screen.show_progress(profile.name if profile else "", points,
                                           qset.round_defaults.pass_mark_percent if qset else None,
                                           topics, paragraphs, streak.current)
        self.show_screen(self.progress_screen)

    # ------------------------------------------------------------------ printing, exporting, teacher tools
    def _on_results_print_requested(self) -> None:
        from .printing import print_round

        if self.round is not None:
            self.print_dialog = print_round(self, self.round.summary())

    def show_class_report(self) -> None:
        if self.report_screen is None:
            from .report_screen import ReportScreen

            self.report_screen = ReportScreen(self.store, lambda: [r for k, r in self.sets.items()
                                                                   if not k.startswith(EDITOR_PREFIX)])
            self.report_screen.back_requested.connect(self._go_start)
            self.stack.addWidget(self.report_screen)
        self.show_screen(self.report_screen)

    def _on_print_set(self) -> None:
        from .printing import print_set

        chosen = self._selected_set()
        if chosen is None:
            self.start_screen.set_status("Choose a question set to print.")
            return
        self.print_dialog = print_set(self, chosen[1].question_set)

    def _on_export_results(self) -> None:
        from PySide6.QtWidgets import QFileDialog

        if self.profile_id is None:
            self.start_screen.set_status("Add a student first: there are no results to export yet.")
            return
        profile = self.store.profile(self.profile_id)
        suggested = str(Path.home() / f"{profile.name} - quiz results.csv")
        path, _ = QFileDialog.getSaveFileName(self, "Export my results", suggested, "CSV files (*.csv)")
        if path:
            self.export_results(path)

    def export_results(self, path: str) -> int | None:
        """Write the student's answers as the CSV a teacher's class report reads; None (and a message) on failure."""
        sets = {r.question_set.id: r.question_set for r in self.sets.values()}
        try:
            rows = self.store.export_answers_csv(path, profile_id=self.profile_id, question_sets=sets)
        except OSError as exc:
            self.statusBar().showMessage(f"Your results could not be saved to {path}: {exc.strerror or exc}", 15000)
            return None
        self.statusBar().showMessage(f"Saved {rows} answers to {path}. Give this file to your teacher.", 15000)
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
        from question_bank.loading import LoadResult

        from ..session import RoundError, RoundSettings, start_round

        try:
            rnd = start_round(question_set, RoundSettings.for_set(question_set, "practice"), store=self.store,
                              profile=self.profile_id, record=False)
        except RoundError as exc:
            self.start_screen.set_status(str(exc))
            return
        key = f"{EDITOR_PREFIX}{question_set.id}"
        self.sets[key] = LoadResult(question_set, [], key)
        self.show()
        self.raise_()
        self.activateWindow()
        self.begin_round(rnd, key)

    # ------------------------------------------------------------------ small things
    def _play_sound(self, correct: bool) -> None:
        if not self.settings.sound:
            return
        try:
            from importlib import resources

            from PySide6.QtCore import QUrl
            from PySide6.QtMultimedia import QSoundEffect
        except ImportError:
            QApplication.beep()
            return
        if self._sound is None:
            self._sound = {}
            for name in ("right", "wrong"):
                effect = QSoundEffect(self)
                ref = resources.files("quiz_app.assets") / "sounds" / f"{name}.wav"
                effect.setSource(QUrl.fromLocalFile(str(ref)))
                effect.setVolume(0.6)
                self._sound[name] = effect
        self._sound["right" if correct else "wrong"].play()

    def _on_keys_help(self) -> None:
        QMessageBox.information(self, "Keyboard shortcuts", (
            "Answering: 1–6 or A–F choose an answer · Space ticks a box · Enter answers and goes on · "
            "Alt+Up / Alt+Down move an event in an ordering question · Esc asks before leaving a round.\n\n"
            "Everywhere: Ctrl+= bigger text · Ctrl+- smaller text · Ctrl+0 normal size · Ctrl+O open a set · "
            "Ctrl+, settings · Ctrl+Q quit."))

    def _on_about(self) -> None:
        QMessageBox.about(self, "About History Quiz", (
            "History Quiz: practise on questions whose every answer is proved by a quote from the source text.\n\n"
            f"Your scores are kept in {self.store.path or 'memory (not saved)'}."))


def _prompt_of(question) -> str:
    if question.type == "cite":
        return f"{question.prompt}\n“{question.statement}”"
    return question.prompt


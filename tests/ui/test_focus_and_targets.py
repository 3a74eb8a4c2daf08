"""WCAG 2.2 focus and targets on every screen, walked with the Tab key as a keyboard-only student does:
the widget with the focus always shows a ring of at least 2 px (2.4.7, read from the pixels drawn, with and
without the focus), is never scrolled out of view (2.4.11), and every interactive widget is at least
24 x 24 px at 100 % text (2.5.8)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import (
    QAbstractItemView,
    QAbstractScrollArea,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QLabel,
    QWidget,
)
from ui_helpers import answer_by_keyboard

from question_bank.topics import QUESTION_TYPES
from quiz_app.session import RoundSettings, start_round
from quiz_app.ui.theme import FOCUS_RING, THEME_COLOURS, apply_theme

MIN_TARGET = 24


def _round_of(window, qtype: str | None = None, count: int = 1, mode: str = "practice"):
    key = window.start_screen.current_set()
    loaded = window.catalogue[key]
    kwargs = {"types": (qtype,)} if qtype else {}
    rnd = start_round(loaded, RoundSettings.for_set(loaded.question_set, mode, count=count, seed=5, **kwargs),
                      store=window.store, profile=window.profile_id)
    window.begin_round(rnd, key)
    return rnd


def _open(window, qtbot, screen: str) -> QWidget:
    """Bring ``screen`` up as a student would get there; returns it."""
    if screen == "start":
        return window.start_screen
    if screen.startswith("question:"):
        _round_of(window, screen.split(":", 1)[1])
        return window.question_screen
    if screen in ("feedback", "results", "source reader"):
        rnd = _round_of(window, "multiple_choice")
        answer_by_keyboard(qtbot, window, rnd.current, right=False)
        if screen == "feedback":
            return window.feedback_screen
        if screen == "source reader":
            window.feedback_screen.read_source_button.click()
            assert window.current_screen is window.source_screen
            return window.source_screen
        qtbot.keyClick(window.focusWidget() or window, Qt.Key.Key_Return)
        return window.results_screen
    if screen == "progress":
        window.progress_action.trigger()
        return window.progress_screen
    if screen == "settings":
        window.settings_action.trigger()
        return window.settings_screen
    raise AssertionError(screen)


def _tab_walk(qtbot, window, limit: int = 400) -> list[QWidget]:
    """Every widget the Tab key reaches, in order, once round (a text with links keeps the focus while
    Tab walks its links: it is listed once)."""
    QApplication.processEvents()
    seen: list[QWidget] = []
    start = window.focusWidget()
    for _ in range(limit):
        widget = window.focusWidget()
        if widget is not None and widget not in seen:
            seen.append(widget)
        elif widget is start and len(seen) > 1:
            return seen
        qtbot.keyClick(widget or window, Qt.Key.Key_Tab)
        QApplication.processEvents()
    return seen


def _visible_rect(widget: QWidget, window: QWidget) -> QRect:
    """The part of ``widget`` a student can see, in window coordinates (ancestors and scroll areas clip)."""
    shown = widget.visibleRegion().boundingRect()
    return QRect(widget.mapTo(window, shown.topLeft()), shown.size())


def _count_near(image: QImage, colour: str, tolerance: int = 60, band: int = 6) -> int:
    """Pixels of about ``colour`` in the band ``band`` px wide along the edges (where a ring is drawn)."""
    target = QColor(colour)
    count = 0
    w, h = image.width(), image.height()
    for y in range(h):
        xs = range(w) if y < band or y >= h - band else [*range(min(band, w)), *range(max(band, w - band), w)]
        for x in xs:
            c = image.pixelColor(x, y)
            if abs(c.red() - target.red()) + abs(c.green() - target.green()) + abs(c.blue() - target.blue()) < tolerance:
                count += 1
    return count


def _ring_problems(qtbot, window, screen: QWidget, theme: str, limit: int = 400) -> list[str]:
    """Walk the screen with Tab; at each stop, the widget with the focus must be in view (Tab scrolls to
    it) and show a ring (its pixels with the focus, less its pixels without)."""
    colour = THEME_COLOURS[theme].focus
    problems: list[str] = []
    checked: list[QWidget] = []
    QApplication.processEvents()
    start = window.focusWidget()
    for _ in range(limit):
        widget = window.focusWidget()
        if widget is start and checked:
            break
        if widget is not None and widget not in checked and screen.isAncestorOf(widget):
            checked.append(widget)
            problems += _ring_problem(window, widget, colour)
        qtbot.keyClick(widget or window, Qt.Key.Key_Tab)
        QApplication.processEvents()
    assert checked, "the Tab key reached nothing on this screen"
    return problems


def _ring_problem(window, widget: QWidget, colour: str) -> list[str]:
    what = f"{type(widget).__name__} {widget.accessibleName()!r}"
    seen = _visible_rect(widget, window)
    viewport = _scroll_viewport(widget)
    # never scrolled out of view: all of it shows, or as much as its scroll area has room for
    room = min(widget.height(), viewport.height() if viewport else widget.height())
    if seen.isEmpty() or seen.height() < min(room, 48) - 1:
        return [f"{what}: scrolled out of view ({seen.height()} of {widget.height()} px show)"]
    focused = window.grab(seen).toImage()
    widget.clearFocus()
    QApplication.processEvents()
    unfocused = window.grab(seen).toImage()
    widget.setFocus(Qt.FocusReason.OtherFocusReason)  # back where Tab left it (it is in view: no scrolling)
    QApplication.processEvents()
    ring = _count_near(focused, colour) - _count_near(unfocused, colour)
    # a ring of FOCUS_RING px along (most of) the edges that show: all four, or the sides only of a widget
    # taller than its scroll area
    whole = QRect(widget.mapTo(window, widget.rect().topLeft()), widget.size())
    edges = (seen.height() * ((seen.left() == whole.left()) + (seen.right() == whole.right()))
             + seen.width() * ((seen.top() == whole.top()) + (seen.bottom() == whole.bottom())))
    needed = 0.4 * FOCUS_RING * edges
    if ring < needed or edges == 0:
        return [f"{what}: no visible focus ring ({ring} ring pixels, {needed:.0f} needed)"]
    return []


def _scroll_viewport(widget: QWidget) -> QRect | None:
    parent = widget.parentWidget()
    while parent is not None:
        if isinstance(parent, QAbstractScrollArea) and parent.viewport().isAncestorOf(widget):
            return parent.viewport().rect()
        parent = parent.parentWidget()
    return None


SCREENS = ["start", *(f"question:{t}" for t in QUESTION_TYPES), "feedback", "results", "progress", "settings",
           "source reader"]


@pytest.mark.parametrize("screen_name", SCREENS)
def test_the_focus_is_always_visible_in_the_light_theme(qtbot, make_window, restore_look, screen_name):
    window = make_window()
    window.resize(1100, 780)
    screen = _open(window, qtbot, screen_name)
    assert window.current_screen is screen
    assert not _ring_problems(qtbot, window, screen, "light")


@pytest.mark.parametrize("theme", ["dark", "high_contrast"])
@pytest.mark.parametrize("screen_name", ["start", "question:multiple_select", "question:matching", "feedback",
                                         "settings", "source reader"])
def test_the_focus_is_always_visible_in_the_dark_and_high_contrast_themes(qtbot, make_window, restore_look,
                                                                           theme, screen_name):
    window = make_window()
    window.resize(1100, 780)
    window.change_settings(window.settings.with_changes(theme=theme))
    screen = _open(window, qtbot, screen_name)
    assert not _ring_problems(qtbot, window, screen, theme)


@pytest.mark.parametrize("screen_name", ["start", "question:matching", "progress", "settings"])
def test_the_focus_is_not_hidden_at_200_percent(qtbot, make_window, restore_look, screen_name):
    """At 200 % on a small window the screens scroll: Tab scrolls each widget it reaches into view."""
    window = make_window()
    window.resize(800, 500)
    window.change_settings(window.settings.with_changes(text_scale=2.0))
    screen = _open(window, qtbot, screen_name)
    if screen_name in ("start", "progress"):  # these do not fit: the walk must scroll to reach everything
        QApplication.processEvents()
        assert any(a.verticalScrollBar().maximum() > 0 for a in screen.findChildren(QAbstractScrollArea)
                   if a.isVisible())
    assert not _ring_problems(qtbot, window, screen, "light")


@pytest.mark.parametrize("screen_name", SCREENS)
def test_every_target_is_at_least_24_px(qtbot, make_window, screen_name):
    window = make_window()
    window.resize(1100, 780)
    screen = _open(window, qtbot, screen_name)
    QApplication.processEvents()
    small = []
    reached = [w for w in _tab_walk(qtbot, window) if screen.isAncestorOf(w)]
    # every widget a click reaches, not only the Tab key: buttons taken out of the Tab order count too
    clickable = [w for w in screen.findChildren(QWidget)
                 if w.isVisible() and w.focusPolicy() & Qt.FocusPolicy.ClickFocus and w.isEnabled()
                 # selectable text is not a target; the box inside a spin box or combo box is the box's
                 and not isinstance(w, QLabel) and not isinstance(w.parentWidget(), QAbstractSpinBox | QComboBox)]
    for widget in dict.fromkeys(reached + clickable):
        if widget.width() < MIN_TARGET or widget.height() < MIN_TARGET:
            small.append(f"{type(widget).__name__} {widget.accessibleName()!r}: {widget.width()} x {widget.height()}")
        if isinstance(widget, QAbstractItemView) and hasattr(widget, "count"):
            for row in range(widget.count()):
                rect = widget.visualItemRect(widget.item(row))
                if rect.isValid() and rect.height() < MIN_TARGET:
                    small.append(f"row {row} of {widget.accessibleName()!r}: {rect.height()} px high")
    assert reached, "the Tab key reached nothing on this screen"
    assert not small


def test_the_walk_reaches_the_answer_and_the_buttons(qtbot, make_window):
    """The walk above is a real one: on a question it passes the choices and the Answer button."""
    window = make_window()
    screen = _open(window, qtbot, "question:multiple_choice")
    walked = _tab_walk(qtbot, window)
    assert screen.submit_button in walked
    assert any(b in walked for b in screen.input.buttons)


def _one_of_each_kind():
    from PySide6.QtWidgets import (
        QCheckBox,
        QDoubleSpinBox,
        QLineEdit,
        QListWidget,
        QPlainTextEdit,
        QPushButton,
        QRadioButton,
        QScrollArea,
        QSpinBox,
        QTableWidget,
        QTabWidget,
        QTextBrowser,
        QTreeWidget,
    )

    combo = QComboBox()
    combo.addItems(["June 25, 1950", "June 27"])
    listed = QListWidget()
    listed.addItems(["Seoul", "Pusan"])
    tabs = QTabWidget()
    tabs.addTab(QWidget(), "Questions")
    tabs.addTab(QWidget(), "Sources")
    area = QScrollArea()
    area.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
    area.setWidget(QLabel("a long page\n" * 20))
    reader = QTextBrowser()
    reader.setPlainText("On June 25, 1950, the North Korean army launched a surprise attack.")
    return [QPushButton("Answer"), QRadioButton("1 (A)"), QCheckBox("Dates"), QLineEdit(), QPlainTextEdit(),
            reader, QSpinBox(), QDoubleSpinBox(), combo, listed, QTreeWidget(), QTableWidget(2, 2),
            tabs.tabBar(), area], tabs


@pytest.mark.parametrize("theme", ["light", "dark", "high_contrast"])
def test_every_focusable_widget_kind_shows_the_ring(qtbot, restore_look, theme):
    """Each kind the app uses (the editor's tabs and text boxes too), drawn by the real style sheet."""
    from PySide6.QtWidgets import QGridLayout

    app = QApplication.instance()
    apply_theme(app, theme, 1.0)
    holder = QWidget()
    grid = QGridLayout(holder)
    widgets, tabs = _one_of_each_kind()
    for i, widget in enumerate(widgets):
        grid.addWidget(tabs if widget is tabs.tabBar() else widget, i // 4, i % 4)
    qtbot.addWidget(holder)
    holder.resize(900, 500)
    holder.show()
    holder.activateWindow()
    qtbot.waitUntil(holder.isActiveWindow, timeout=5000)
    colour = THEME_COLOURS[theme].focus
    missing = []
    for widget in widgets:
        widget.setFocus(Qt.FocusReason.TabFocusReason)
        QApplication.processEvents()
        assert widget.hasFocus(), type(widget).__name__
        seen = _visible_rect(widget, holder)
        if widget is tabs.tabBar():  # the ring is on the current tab
            seen = QRect(widget.mapTo(holder, widget.tabRect(0).topLeft()), widget.tabRect(0).size())
        focused = holder.grab(seen).toImage()
        widget.clearFocus()
        QApplication.processEvents()
        unfocused = holder.grab(seen).toImage()
        ring = _count_near(focused, colour) - _count_near(unfocused, colour)
        if ring < 0.8 * FOCUS_RING * (seen.width() + seen.height()):
            missing.append((type(widget).__name__, ring))
    assert not missing

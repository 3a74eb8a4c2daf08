"""WCAG 2.2 contrast, computed from the palette and the style sheet's colours of each theme: text at least
4.5:1 (1.4.3) and the outline, mark and focus ring of a control at least 3:1 (1.4.11, 2.4.7); the
high-contrast theme holds text to 7:1 (1.4.6) and controls to 4.5:1."""

from __future__ import annotations

import re

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QApplication

from quiz_app.ui.theme import (
    FOCUS_RING,
    THEME_COLOURS,
    apply_theme,
    contrast_ratio,
    current_theme,
    palette_for,
    style_sheet,
    theme_for,
)

R = QPalette.ColorRole
THEMES = ["light", "dark", "high_contrast"]
#: (text, controls) each theme must reach
NEEDED = {"light": (4.5, 3.0), "dark": (4.5, 3.0), "high_contrast": (7.0, 4.5)}


def _text_pairs(theme: str):
    p = palette_for(theme)
    c = THEME_COLOURS[theme]

    def name(role, group=QPalette.ColorGroup.Active):
        return p.color(group, role).name()

    return [
        ("window text", name(R.WindowText), name(R.Window)),
        ("text in a box", name(R.Text), name(R.Base)),
        ("text in a list's alternate row", name(R.Text), name(R.AlternateBase)),
        ("button text", name(R.ButtonText), name(R.Button)),
        ("button text under the mouse", c.button_text, c.alternate_base),
        ("pressed button text", c.selection_text, c.selection),
        ("selected text", name(R.HighlightedText), name(R.Highlight)),
        ("placeholder", name(R.PlaceholderText), name(R.Base)),
        ("muted note", c.muted, name(R.Window)),
        ("muted note on a card", c.muted, c.card_bg),
        ("right verdict", c.right, c.right_bg),
        ("wrong verdict", c.wrong, c.wrong_bg),
        ("partly right verdict", c.partial, c.partial_bg),
        ("banner", c.partial, c.partial_bg),
        ("banner when nothing is wrong", c.right, c.right_bg),
        ("quote highlight", c.highlight_fg, c.highlight_bg),
        ("underlined passage", c.link, name(R.Base)),
        ("link", name(R.Link), name(R.Base)),
        ("tab text", c.button_text, c.button),
    ]


def _control_pairs(theme: str):
    p = palette_for(theme)
    c = THEME_COLOURS[theme]
    window, base, button = p.color(R.Window).name(), p.color(R.Base).name(), p.color(R.Button).name()
    return [
        ("empty radio button / check box ring", c.control, window),
        ("ring against its inside", c.control, c.control_bg),
        ("chosen mark", c.accent, c.control_bg),
        ("chosen mark against the window", c.accent, window),
        ("outline of a box or button", c.frame, window),
        ("a score bar's fill against its track", c.accent, base),
        ("focus ring against the window", c.focus, window),
        ("focus ring against a box's inside", c.focus, base),
        ("focus ring against a button", c.focus, button),
        ("focus ring on a card", c.focus, c.card_bg),
    ]


@pytest.mark.parametrize("theme", THEMES)
def test_text_contrast_is_enough(theme):
    needed = NEEDED[theme][0]
    low = [(what, fg, bg, round(contrast_ratio(fg, bg), 2)) for what, fg, bg in _text_pairs(theme)
           if contrast_ratio(fg, bg) < needed]
    assert not low


@pytest.mark.parametrize("theme", THEMES)
def test_control_contrast_is_enough(theme):
    needed = NEEDED[theme][1]
    low = [(what, fg, bg, round(contrast_ratio(fg, bg), 2)) for what, fg, bg in _control_pairs(theme)
           if contrast_ratio(fg, bg) < needed]
    assert not low


@pytest.mark.parametrize("theme", THEMES)
def test_the_style_sheet_uses_the_checked_colours(theme):
    """The colours checked above are the ones the style sheet draws with."""
    c = THEME_COLOURS[theme]
    sheet = style_sheet(1.0, c)
    for colour in (c.control, c.control_bg, c.accent, c.muted, c.right, c.wrong, c.partial, c.focus, c.frame,
                   c.button, c.button_text, c.base, c.text):
        assert colour in sheet


FOCUSABLE_KINDS = ["QPushButton", "QRadioButton", "QCheckBox", "QLineEdit", "QPlainTextEdit", "QTextBrowser",
                   "QSpinBox", "QDoubleSpinBox", "QComboBox", "QListView", "QTreeView", "QTableView",
                   "QTabBar::tab", "QScrollArea"]


@pytest.mark.parametrize("theme", THEMES)
def test_every_focusable_kind_has_a_focus_ring_of_two_pixels(theme):
    """Read back from the style sheet: each focusable widget kind has a ``:focus`` rule whose border is at
    least 2 px in the theme's focus colour (the pixels are checked on each screen in test_focus_and_targets)."""
    c = THEME_COLOURS[theme]
    sheet = " ".join(style_sheet(1.0, c).split())
    rules = re.findall(r"([^{}]+)\{([^}]*)\}", sheet)
    missing = []
    for kind in FOCUSABLE_KINDS:
        ok = False
        for selectors, body in rules:
            if f"{kind}:focus" not in [s.strip() for s in selectors.split(",")]:
                continue
            width = re.search(r"border:\s*(\d+)px solid (#[0-9a-f]{6})", body)
            if width and int(width.group(1)) >= 2 and width.group(2) == c.focus:
                ok = True
            elif "border-color: " + c.focus in body:  # the width is the unfocused rule's transparent border
                plain = next(b for s, b in rules if kind in [x.strip() for x in s.split(",")])
                ok = int(re.search(r"border:\s*(\d+)px", plain).group(1)) >= 2
        if not ok:
            missing.append(kind)
    assert not missing
    assert FOCUS_RING >= 2


def test_system_follows_the_computer_s_light_or_dark_setting():
    assert theme_for("system", Qt.ColorScheme.Dark) == "dark"
    assert theme_for("system", Qt.ColorScheme.Light) == "light"
    assert theme_for("system", Qt.ColorScheme.Unknown) == "light"
    assert theme_for("high_contrast", Qt.ColorScheme.Light) == "high_contrast"
    assert theme_for("light", Qt.ColorScheme.Dark) == "light"


def test_system_switches_live_when_the_computer_s_setting_changes(qapp):
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    hints = app.styleHints()
    try:
        apply_theme(app, "system", 1.0)
        # the platform's signal, as the desktop sends it when the student switches to dark
        hints.colorSchemeChanged.emit(Qt.ColorScheme.Dark)
        assert current_theme() == "dark"
        assert app.palette().color(R.Window).name() == THEME_COLOURS["dark"].window
        hints.colorSchemeChanged.emit(Qt.ColorScheme.Light)
        assert current_theme() == "light"
        assert app.palette().color(R.Window).name() == THEME_COLOURS["light"].window
        # a chosen theme stays as chosen, whatever the computer says
        apply_theme(app, "high_contrast", 1.0)
        hints.colorSchemeChanged.emit(Qt.ColorScheme.Light)
        assert current_theme() == "high_contrast"
        assert app.palette().color(R.Window).name() == "#000000"
        # where the platform lets a program ask for a scheme (Qt 6.8+), the real request reaches us too
        if hasattr(hints, "setColorScheme"):
            apply_theme(app, "system", 1.0)
            hints.setColorScheme(Qt.ColorScheme.Dark)
            QApplication.processEvents()
            assert current_theme() == theme_for("system", hints.colorScheme())
    finally:
        if hasattr(hints, "unsetColorScheme"):
            hints.unsetColorScheme()
        apply_theme(app, "light", 1.0)


def test_the_contrast_formula():
    assert round(contrast_ratio("#000000", "#ffffff"), 1) == 21.0
    assert round(contrast_ratio("#777777", "#ffffff"), 2) == 4.48

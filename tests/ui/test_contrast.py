"""WCAG 2.2 AA contrast, computed from the palette and the style sheet's colours of each theme: text at
least 4.5:1 (1.4.3), the outline and mark of a control at least 3:1 (1.4.11)."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QPalette

from quiz_app.ui.theme import DARK, LIGHT, contrast_ratio, palette_for, style_sheet

R = QPalette.ColorRole


def _text_pairs(dark: bool):
    p = palette_for(dark)
    c = DARK if dark else LIGHT

    def name(role, group=QPalette.ColorGroup.Active):
        return p.color(group, role).name()

    return [
        ("window text", name(R.WindowText), name(R.Window)),
        ("text in a box", name(R.Text), name(R.Base)),
        ("text in a list's alternate row", name(R.Text), name(R.AlternateBase)),
        ("button text", name(R.ButtonText), name(R.Button)),
        ("selected text", name(R.HighlightedText), name(R.Highlight)),
        ("placeholder", name(R.PlaceholderText), name(R.Base)),
        ("muted note", c.muted, name(R.Window)),
        ("muted note on a card", c.muted, c.card_bg),
        ("right verdict", c.right, c.right_bg),
        ("wrong verdict", c.wrong, c.wrong_bg),
        ("partly right verdict", c.partial, c.partial_bg),
        ("banner", c.partial, c.partial_bg),
        ("quote highlight", c.highlight_fg, c.highlight_bg),
        ("underlined passage", c.link, name(R.Base)),
        ("link", name(R.Link), name(R.Base)),
    ]


def _control_pairs(dark: bool):
    p = palette_for(dark)
    c = DARK if dark else LIGHT
    return [
        ("empty radio button / check box ring", c.control, p.color(R.Window).name()),
        ("ring against its inside", c.control, c.control_bg),
        ("chosen mark", c.accent, c.control_bg),
        ("chosen mark against the window", c.accent, p.color(R.Window).name()),
    ]


@pytest.mark.parametrize("dark", [False, True], ids=["light", "dark"])
def test_text_contrast_is_at_least_4_5(dark):
    low = [(what, fg, bg, round(contrast_ratio(fg, bg), 2)) for what, fg, bg in _text_pairs(dark)
           if contrast_ratio(fg, bg) < 4.5]
    assert not low


@pytest.mark.parametrize("dark", [False, True], ids=["light", "dark"])
def test_control_contrast_is_at_least_3(dark):
    low = [(what, fg, bg, round(contrast_ratio(fg, bg), 2)) for what, fg, bg in _control_pairs(dark)
           if contrast_ratio(fg, bg) < 3.0]
    assert not low


@pytest.mark.parametrize("dark", [False, True], ids=["light", "dark"])
def test_the_style_sheet_uses_the_checked_colours(dark):
    """The colours checked above are the ones the style sheet draws with."""
    c = DARK if dark else LIGHT
    sheet = style_sheet(1.0, c)
    for colour in (c.control, c.control_bg, c.accent, c.muted, c.right, c.wrong, c.partial):
        assert colour in sheet


def test_the_contrast_formula():
    assert round(contrast_ratio("#000000", "#ffffff"), 1) == 21.0
    assert round(contrast_ratio("#777777", "#ffffff"), 2) == 4.48

"""What the quicker feedback screen keeps: the answer committed before its feedback shows, one verdict in its
colours at a time, labels as tall as their text (a scroll bar only when the text overflows), heights that follow
every change of text, font and style, and a scroll bar handle that can be seen."""

from __future__ import annotations

import re

import pytest
from PySide6.QtWidgets import QApplication, QLabel
from test_accessibility import _scale, cut_text  # the one check of cut-off text, shared

from quiz_app.scores import ScoreStore
from quiz_app.session import RoundSettings, start_round
from quiz_app.ui.theme import THEME_COLOURS, contrast_ratio, style_sheet
from quiz_app.ui.widgets.text import MeasuredLabel, plain_label

LONG = ("The North Korean army crossed the 38th parallel on 25 June 1950 and took Seoul within days, "
        "while the government moved south. ") * 3


def _answered_ids(data_dir, round_id: int) -> list[str]:
    """The answers of a round as another connection to the file reads them (what a new start would find)."""
    other = ScoreStore.open(data_dir)
    try:
        return [a.question_id for a in other.round_answers(round_id)]
    finally:
        other.close()


def test_the_answer_is_in_the_file_when_its_feedback_shows(make_window, data_dir):
    window = make_window()
    window.start_screen._on_start_clicked()  # practice: feedback after each answer
    rnd = window.round
    shown = rnd.current
    window.question_screen.answer_submitted.emit(None)  # no event runs between the answer and this check
    assert window.current_screen is window.feedback_screen
    assert shown.question.id in _answered_ids(data_dir, rnd.round_id)


def test_closing_the_window_right_after_an_answer_loses_nothing(qtbot, make_window, data_dir):
    window = make_window()
    key = window.start_screen.current_set()
    loaded = window.catalogue[key]
    rnd = start_round(loaded, RoundSettings.for_set(loaded.question_set, "practice", count=1, seed=2),
                      store=window.store, profile=window.profile_id)
    window.begin_round(rnd, key)
    shown = rnd.current
    window.question_screen.answer_submitted.emit(None)  # the last answer: the window closes without asking
    window.close()
    window.store.close()
    assert not window.isVisible()
    assert _answered_ids(data_dir, rnd.round_id) == [shown.question.id]


def _answer_until(qtbot, window, kinds: list[str]) -> list[tuple[str, str]]:
    """Answer the round's questions with nothing or the right answer, so the verdict changes look; (verdict
    text, object name) of each feedback."""
    from ui_helpers import correct_response

    seen = []
    for n, _ in enumerate(kinds):
        shown = window.round.current
        window.question_screen.answer_submitted.emit(correct_response(shown) if n % 2 else None)
        QApplication.processEvents()
        verdicts = [label for label in window.feedback_screen.findChildren(QLabel)
                    if label.objectName().startswith("verdict") and label.isVisibleTo(window.feedback_screen)]
        assert verdicts == [window.feedback_screen.verdict]  # one verdict at a time
        seen.append((window.feedback_screen.verdict.text(), window.feedback_screen.verdict.objectName()))
        window.player._on_feedback_next_requested()
        QApplication.processEvents()
    return seen


def test_one_verdict_shows_in_its_colours_and_is_announced(qtbot, make_window):
    from quiz_app.ui.widgets import announce

    window = make_window()
    window.start_screen._on_start_clicked()
    seen = _answer_until(qtbot, window, ["skip", "right", "skip", "right"])
    assert seen == [("✗  Not answered", "verdictWrong"), ("✓  Right!", "verdictRight")] * 2
    said = [a for a in announce.recent if a.text in ("✗  Not answered", "✓  Right!")]
    assert [a.text for a in said[-4:]] == ["✗  Not answered", "✓  Right!"] * 2
    assert all(a.urgent for a in said[-4:])
    assert window.feedback_screen.verdict.accessibleName() == "✓  Right!"
    assert window.feedback_screen.verdict.accessibleDescription() == "Result"


def test_a_feedback_that_fits_has_no_scroll_bar_and_one_that_does_not_scrolls_uncut(qtbot, make_window,
                                                                                     restore_look):
    window = make_window()
    window.resize(1100, 780)
    window.start_screen._on_start_clicked()
    feedback = window.feedback_screen
    bar = feedback.scroll_area.verticalScrollBar()
    body = feedback.scroll_area.widget()
    for _ in range(len(window.round.results)):
        # the round's order is shuffled: the first of its questions whose feedback fits at 100 % (most do; a long
        # passage may not, and then it scrolls, as the second half checks)
        window.question_screen.answer_submitted.emit(None)
        QApplication.processEvents()
        needed = body.layout().totalHeightForWidth(body.width())
        if needed <= feedback.scroll_area.viewport().height():
            break
        window.player._on_feedback_next_requested()
        QApplication.processEvents()
    assert needed <= feedback.scroll_area.viewport().height()
    assert not bar.isVisible()
    assert body.height() == feedback.scroll_area.viewport().height()  # no blank end to scroll to
    window.resize(700, 500)
    _scale(window, 3.0)
    qtbot.waitUntil(bar.isVisible, timeout=3000)
    assert body.height() >= body.layout().totalHeightForWidth(body.width())
    assert cut_text(feedback) == []


@pytest.mark.parametrize("selectable", [False, True])
def test_a_measured_label_is_as_tall_as_a_label_after_each_change(qtbot, restore_look, selectable):
    from quiz_app.ui.app import make_application
    from quiz_app.ui.theme import apply_theme

    app = make_application()
    measured = plain_label(LONG, selectable=selectable, measured=True)
    plain = plain_label(LONG, selectable=selectable)
    assert isinstance(measured, MeasuredLabel) and not isinstance(plain, MeasuredLabel)
    for label in (measured, plain):
        qtbot.addWidget(label)

    def same(widths=(120, 300, 301, 640, 120)) -> None:
        for width in widths:
            assert measured.heightForWidth(width) == plain.heightForWidth(width), width

    same()
    for label in (measured, plain):
        label.setText(LONG + LONG)
    same()
    for label in (measured, plain):
        font = label.font()
        font.setPointSizeF(font.pointSizeF() * 2)
        label.setFont(font)
    same()
    for label in (measured, plain):
        label.setFont(QApplication.font())
    apply_theme(app, "light", 2.5)  # the style sheet's sizes change
    same()
    for label in (measured, plain):
        label.setObjectName("prompt")
        label.style().unpolish(label)
        label.style().polish(label)
        label.setContentsMargins(10, 10, 10, 10)
        label.setIndent(12)
    same()
    for label in (measured, plain):
        label.setWordWrap(False)
    same()


@pytest.mark.parametrize("theme", sorted(THEME_COLOURS))
def test_the_scroll_bar_handle_stands_out_from_its_groove(theme):
    c = THEME_COLOURS[theme]
    sheet = style_sheet(1.0, c)
    groove = re.search(r"QScrollBar:vertical \{ background: (#[0-9a-f]{6})", sheet).group(1)
    handle = re.search(r"QScrollBar::handle \{ background: (#[0-9a-f]{6})", sheet).group(1)
    hover = re.search(r"QScrollBar::handle:hover, QScrollBar::handle:pressed \{ background: (#[0-9a-f]{6})",
                      sheet).group(1)
    needed = 4.5 if theme == "high_contrast" else 3.0  # WCAG 1.4.11, as tests/ui/test_contrast.py asks of controls
    assert contrast_ratio(handle, groove) >= needed
    assert contrast_ratio(hover, groove) >= needed
    assert "QScrollBar::add-line, QScrollBar::sub-line { width: 0; height: 0;" in sheet  # no arrow buttons to draw

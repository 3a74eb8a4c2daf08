"""Comfortable for every student: keyboard shortcuts that work, large text that is never cut off, a dark
theme whose controls can be seen, and screens that say what they show."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QFontMetrics
from PySide6.QtWidgets import QApplication, QLabel, QListWidget, QWidget
from ui_helpers import answer_by_keyboard

from quiz_app.session import RoundSettings, start_round
from quiz_app.ui.theme import DARK, apply_theme

README = Path(__file__).resolve().parents[2] / "README.md"


def _round_of(window, qtype: str | None = None, count: int = 3, mode: str = "practice", seed: int = 7):
    key = window.start_screen.current_set()
    loaded = window.catalogue[key]
    kwargs = {"types": (qtype,)} if qtype else {}
    settings = RoundSettings.for_set(loaded.question_set, mode, count=count, seed=seed, **kwargs)
    rnd = start_round(loaded, settings, store=window.store, profile=window.profile_id)
    window.begin_round(rnd, key)
    return rnd


def _scale(window, scale: float, theme: str = "light") -> None:
    window.change_settings(window.settings.with_changes(**{"text_scale": scale, "theme": theme}))
    QApplication.processEvents()


def cut_text(root: QWidget) -> list[str]:
    """Every visible text under ``root`` that does not fit its place: a one-line label narrower than its
    words, a wrapped label shorter than its lines, a list item shorter than its wrapped text."""
    QApplication.processEvents()
    out = []
    for label in root.findChildren(QLabel):
        if not label.isVisibleTo(root) or not label.text() or label.textFormat() == Qt.TextFormat.RichText:
            continue
        rect = label.contentsRect()
        metrics = QFontMetrics(label.font())
        if label.wordWrap():
            needed = label.heightForWidth(label.width())
            if needed > label.height() + 1:
                out.append(f"label cut at the bottom ({label.height()} < {needed} px): {label.text()[:60]!r}")
        else:
            widest = max(metrics.horizontalAdvance(line) for line in label.text().replace("&", "").split("\n"))
            if widest > rect.width() + 1:
                out.append(f"label cut at the side ({rect.width()} < {widest} px): {label.text()[:60]!r}")
    for view in root.findChildren(QListWidget):
        if not view.isVisibleTo(root) or not view.wordWrap():
            continue
        width = view.viewport().width() - 12
        for row in range(view.count()):
            item = view.item(row)
            rect = view.visualItemRect(item)
            metrics = QFontMetrics(view.font())
            needed = metrics.boundingRect(0, 0, max(1, width), 100000, Qt.TextFlag.TextWordWrap, item.text()).height()
            if rect.height() + 2 < needed:
                out.append(f"list item cut ({rect.height()} < {needed} px): {item.text()[:60]!r}")
    return out


# ------------------------------------------------------------------ dark theme


def _pixels_near(image, colour: str, tolerance: int = 40) -> int:
    target = QColor(colour)
    count = 0
    for y in range(image.height()):
        for x in range(image.width()):
            c = image.pixelColor(x, y)
            if (abs(c.red() - target.red()) + abs(c.green() - target.green())
                    + abs(c.blue() - target.blue())) < tolerance:
                count += 1
    return count


@pytest.mark.parametrize("multi", [False, True], ids=["radio", "checkbox"])
def test_dark_theme_shows_the_chosen_answer_clearly(qtbot, restore_look, multi):
    from quiz_app.ui.widgets.answer_inputs import ChoiceInput

    app = QApplication.instance()
    apply_theme(app, "dark", 1.0)
    widget = ChoiceInput(["Paris", "Rome"], [0, 1], multi=multi)
    qtbot.addWidget(widget)
    widget.show()
    widget.pick(1)
    chosen = widget.buttons[0].grab().toImage()
    empty = widget.buttons[1].grab().toImage()
    # the chosen mark is filled in the accent colour (was: a tiny grey dot), the empty one has a light ring
    assert _pixels_near(chosen, DARK.accent) >= 40
    assert _pixels_near(empty, DARK.accent) == 0
    assert _pixels_near(empty, DARK.control) >= 20


# ------------------------------------------------------------------ large text


@pytest.mark.parametrize("scale", [2.0, 3.0])
@pytest.mark.parametrize("qtype", ["cite", "multiple_choice", "ordering", "matching", "short_answer"])
def test_no_text_is_cut_on_the_round_screens_at_large_text(qtbot, make_window, restore_look, scale, qtype):
    window = make_window()
    window.resize(1100, 760)
    _scale(window, scale)
    rnd = _round_of(window, qtype, count=1)
    screen = window.question_screen
    qtbot.waitUntil(lambda: not cut_text(screen), timeout=3000)
    # the answer input keeps room to be used: a list shows several lines, not a sliver
    if qtype == "cite":
        assert screen.input.list.height() >= screen.input.list.fontMetrics().lineSpacing() * 6
        assert screen.input.list.textElideMode() == Qt.TextElideMode.ElideNone
    # the buttons below the question stay on screen
    assert screen.submit_button.isVisible() and screen.submit_button.geometry().bottom() <= screen.height()
    answer_by_keyboard(qtbot, window, rnd.current)
    qtbot.waitUntil(lambda: not cut_text(window.feedback_screen), timeout=3000)
    qtbot.keyClick(window.focusWidget() or window, Qt.Key.Key_Return)
    assert window.current_screen is window.results_screen
    qtbot.waitUntil(lambda: not cut_text(window.results_screen), timeout=3000)


@pytest.mark.parametrize("scale", [2.0, 3.0])
def test_no_text_is_cut_on_the_start_progress_settings_and_source_screens(qtbot, make_window, restore_look, scale):
    window = make_window()
    window.resize(1100, 760)
    _scale(window, scale)
    for screen in (window.start_screen,):
        qtbot.waitUntil(lambda s=screen: not cut_text(s), timeout=3000)
    window.progress_action.trigger()
    assert window.current_screen is window.progress_screen
    qtbot.waitUntil(lambda: not cut_text(window.progress_screen), timeout=3000)
    window.settings_action.trigger()
    qtbot.waitUntil(lambda: not cut_text(window.settings_screen), timeout=3000)
    # the source reader with a passage chosen: its wrapped title was squeezed by the splitter at 200 %
    reader = window.source_screen
    reader.show_set(window.catalogue[window.start_screen.current_set()].question_set)
    window.show_screen(reader)
    reader.select_passage(1)
    qtbot.waitUntil(lambda: not cut_text(reader), timeout=3000)
    assert reader.text_view.height() >= reader.text_view.fontMetrics().lineSpacing() * 5


def test_the_cite_list_shows_whole_sentences_at_200_percent(qtbot, make_window, restore_look):
    window = make_window()
    _scale(window, 2.0)
    _round_of(window, "cite", count=1)
    view = window.question_screen.input.list
    qtbot.waitUntil(lambda: not cut_text(view.parentWidget()), timeout=3000)
    assert all(not view.item(r).text().endswith("...") for r in range(view.count()))


# ------------------------------------------------------------------ the question screen's words


def test_the_hint_names_the_keys_of_the_choices_shown(qtbot, make_window):
    from quiz_app.ui.question_screen import choice_keys

    assert choice_keys(4) == "1–4 or A–D" and choice_keys(6) == "1–6 or A–F" and choice_keys(2) == "1–2 or A–B"
    window = make_window()
    rnd = _round_of(window, "multiple_choice", count=1)
    n = len(rnd.current.question.choices)
    hint = window.question_screen.hint.text()
    assert f"1–{n} or A–{'ABCDEF'[n - 1]}" in hint
    if n < 6:
        assert "1–6" not in hint


def test_the_timer_uses_only_characters_the_font_has(qtbot, make_window):
    window = make_window()
    _round_of(window, count=1, mode="scored")
    screen = window.question_screen
    screen.set_time_left(14)
    text = screen.timer_label.text()
    assert text == "Time left: 0:14"
    metrics = QFontMetrics(screen.timer_label.font())
    assert all(metrics.inFontUcs4(ord(ch)) for ch in text)


def test_ordering_lists_are_numbered_and_renumbered_after_a_move(qtbot, make_window):
    window = make_window()
    _round_of(window, "ordering", count=1)
    widget = window.question_screen.input
    texts = [widget.list.item(r).text() for r in range(widget.list.count())]
    assert [t.split(" ", 1)[0] for t in texts] == [f"{i + 1}." for i in range(len(texts))]
    widget.list.setCurrentRow(0)
    qtbot.keyClick(widget.list, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    moved = [widget.list.item(r).text() for r in range(widget.list.count())]
    assert moved[1] == "2. " + texts[0].split(" ", 1)[1] and moved[0].startswith("1. ")
    # the answer is still the events, not the numbers
    assert sorted(widget.response()) == list(range(len(texts)))


def test_the_short_answer_box_sits_right_under_its_question(qtbot, make_window):
    window = make_window()
    _round_of(window, "short_answer", count=1)
    screen = window.question_screen
    QApplication.processEvents()
    prompt_bottom = screen.prompt.mapTo(screen, screen.prompt.rect().bottomLeft()).y()
    box_top = screen.input.edit.mapTo(screen, screen.input.edit.rect().topLeft()).y()
    assert 0 <= box_top - prompt_bottom <= 4 * screen.fontMetrics().lineSpacing()


# ------------------------------------------------------------------ feedback


def test_feedback_page_down_reaches_the_passage_at_200_percent(qtbot, make_window, restore_look):
    window = make_window()
    window.resize(900, 600)
    _scale(window, 2.0)
    rnd = _round_of(window, "multiple_choice", count=1)
    answer_by_keyboard(qtbot, window, rnd.current)
    feedback = window.feedback_screen
    bar = feedback.scroll_area.verticalScrollBar()
    qtbot.waitUntil(lambda: bar.maximum() > 0, timeout=3000)
    assert bar.value() == 0
    qtbot.keyClick(window.focusWidget() or window, Qt.Key.Key_PageDown)
    assert bar.value() > 0
    qtbot.keyClick(window.focusWidget() or window, Qt.Key.Key_End, Qt.KeyboardModifier.ControlModifier)
    assert bar.value() == bar.maximum()
    # one scroll bar: the passage is as tall as its text, and the citation under it is whole
    assert feedback.passage.verticalScrollBar().maximum() == 0
    assert not cut_text(feedback)


def _multi_quote_question(qset, qtype):
    from question_bank import evidence as ev

    for q in qset.questions:
        if q.type != qtype:
            continue
        source = qset.source(q.evidence.source)
        evids = ([c.evidence for c in q.correct_choices() if c.evidence] if qtype == "multiple_select"
                 else [it.evidence for it in q.items if it.evidence])
        wheres = [ev.locate(source.text, e.quote, e.span) for e in evids if e.source == source.id]
        paras = {w.paragraph.index for w in wheres if w}
        if len(wheres) >= 2 and (qtype == "multiple_select" or len(paras) >= 2):
            return q, [e.quote for e in evids]
    return None, []


@pytest.mark.parametrize("qtype", ["multiple_select", "ordering"])
def test_feedback_highlights_every_quote_of_the_answer(qtbot, make_window, qtype):
    window = make_window()
    loaded = window.catalogue[window.start_screen.current_set()]
    question, quotes = _multi_quote_question(loaded.question_set, qtype)
    if question is None:
        pytest.fail(f"the built-in set has no {qtype} question with several quotes to test with")
    rnd = None
    for seed in range(60):
        rnd = _round_of(window, qtype, count=len([q for q in loaded.question_set.questions if q.type == qtype]),
                        seed=seed)
        if any(p.question.id == question.id for p in [rnd.current]):
            break
        window.player.stop()
    assert rnd is not None and rnd.current.question.id == question.id
    answer_by_keyboard(qtbot, window, rnd.current)
    shown = window.feedback_screen.passage.highlighted_text
    for quote in quotes:
        assert " ".join(quote.split())[:30] in " ".join(shown.split()), quote
    if qtype == "ordering":
        assert "paragraphs" in window.feedback_screen.evidence_title.text()


# ------------------------------------------------------------------ source reader, progress, results


def test_the_source_reader_colours_only_the_passage_chosen(qtbot, make_window):
    window = make_window()
    reader = window.source_screen
    window.source_screen.show_set(window.catalogue[window.start_screen.current_set()].question_set)
    assert len(reader.passages) > 3
    highlight = QColor("#ffe066").name()
    assert reader.text_view.toHtml().lower().count(highlight) == 0
    reader.select_passage(2)
    assert reader.text_view.toHtml().lower().count(highlight) == 1
    assert reader.selected == 2


def test_progress_names_its_set_and_enter_opens_a_paragraph(qtbot, make_window):
    window = make_window()
    rnd = _round_of(window, count=2)
    for _ in range(rnd.total):
        answer_by_keyboard(qtbot, window, rnd.current, right=False)
        qtbot.keyClick(window.focusWidget() or window, Qt.Key.Key_Return)
    window._go_start()
    window.progress_action.trigger()
    screen = window.progress_screen
    qset = window.catalogue[window.start_screen.current_set()].question_set
    assert qset.title in screen.set_line.text()
    view = screen.paragraph_list
    assert view.verticalScrollBarPolicy() == Qt.ScrollBarPolicy.ScrollBarAlwaysOff
    qtbot.waitUntil(lambda: view.height() >= sum(view.visualItemRect(view.item(r)).height()
                                                for r in range(view.count())), timeout=3000)
    missed = next(r for r in range(view.count()) if "keep missing" in view.item(r).text())
    view.setFocus()
    view.setCurrentRow(missed)
    qtbot.keyClick(view, Qt.Key.Key_Return)
    assert window.current_screen is window.source_screen
    number = int(re.match(r"¶(\d+)", view.item(missed).text()).group(1))
    cursor = window.source_screen.text_view.textCursor()
    # the reader opens on that paragraph, selected
    from question_bank import evidence as ev

    source = qset.sources[0]
    assert " ".join(cursor.selectedText().split())[:40] == " ".join(ev.paragraphs(source.text)[number - 1].text.split())[:40]
    qtbot.keyClick(window.focusWidget() or window, Qt.Key.Key_Escape)
    assert window.current_screen is window.progress_screen


def test_results_without_mistakes_offer_nothing_to_review(qtbot, make_window):
    window = make_window()
    rnd = _round_of(window, "true_false", count=1)
    answer_by_keyboard(qtbot, window, rnd.current, right=True)
    qtbot.keyClick(window.focusWidget() or window, Qt.Key.Key_Return)
    results = window.results_screen
    assert results.missed_title.text() == "No mistakes: well done!"
    assert not results.missed_hint.isVisible() and not results.missed_list.isVisible()
    assert not results.review_button.isVisible()
    # topic bars: no words drawn on the bar (they were cut where the fill ends); the words sit beside it
    for bar in results.topic_bars.values():
        assert not bar.isTextVisible()
    words = [w.text() for w in results.findChildren(QLabel) if w.isVisible() and " of " in w.text()]
    assert words and not any(re.search(r"\b1 points\b", w) for w in words)


# ------------------------------------------------------------------ documented shortcuts


def _documented_keys() -> list[str]:
    section = README.read_text(encoding="utf-8").split("### Keyboard", 1)[1].split("###", 1)[0]
    return sorted(set(re.findall(r"\*\*((?:Ctrl\+.|F\d+))\*\*", section)))


def test_every_documented_shortcut_does_what_it_says(qtbot, make_window, restore_look):
    from PySide6.QtGui import QKeySequence

    keys = _documented_keys()
    assert {"Ctrl+=", "Ctrl+-", "Ctrl+0", "Ctrl+O", "Ctrl+,", "F1"} <= set(keys)
    window = make_window()

    def press(key: str) -> None:
        sequence = QKeySequence(key)
        combo = sequence[0]
        qtbot.keyClick(window.focusWidget() or window, combo.key(), combo.keyboardModifiers())
        QApplication.processEvents()

    press("Ctrl+=")
    assert window.settings.text_scale > 1.0
    press("Ctrl+-")
    press("Ctrl+-")
    assert window.settings.text_scale < 1.0
    press("Ctrl+0")
    assert window.settings.text_scale == 1.0
    press("Ctrl+,")
    assert window.current_screen is window.settings_screen
    qtbot.keyClick(window.focusWidget() or window, Qt.Key.Key_Escape)
    # the keys that open a dialog: the key reaches its action (the dialog itself would wait for a person)
    reached: list[str] = []
    actions = [a for group in window.menu_actions.values() for a in group]
    for action in actions:
        if action.shortcuts():
            action.triggered.disconnect()
            action.triggered.connect(lambda *_, a=action: reached.append(a.text()))
    documented_in_help = window.shortcut_help()
    for key in ("Ctrl+O", "F1", "Ctrl+E", "Ctrl+Q"):
        reached.clear()
        press(key)
        assert len(reached) == 1, (key, reached)
        assert QKeySequence(key).toString(QKeySequence.SequenceFormat.NativeText) in documented_in_help
    # every key in the F1 help is bound once (Qt ignores a key bound twice)
    seen: dict[str, str] = {}
    for action in actions:
        for sequence in action.shortcuts():
            assert sequence.toString() not in seen, (sequence.toString(), action.text(), seen)
            seen[sequence.toString()] = action.text()


def test_only_the_present_question_s_answer_shows(qtbot, make_window):
    """The next question replaces the last one's input at once (it was left drawn under the new one)."""
    from quiz_app.ui.widgets.answer_inputs import AnswerInput

    window = make_window()
    rnd = _round_of(window, count=2)
    answer_by_keyboard(qtbot, window, rnd.current)
    qtbot.keyClick(window.focusWidget() or window, Qt.Key.Key_Return)
    screen = window.question_screen
    shown = [w for w in screen.findChildren(AnswerInput) if w.isVisible()]
    assert shown == [screen.input]


def test_ten_choices_each_have_a_key(qtbot):
    """A multiple-choice question may have 10 options (models.MAX_CHOICES): keys 1-9 and 0, A-J."""
    from question_bank.models import MAX_CHOICES
    from quiz_app.ui.question_screen import QuestionScreen, choice_keys
    from quiz_app.ui.widgets.answer_inputs import LETTERS, ChoiceInput

    assert len(LETTERS) == MAX_CHOICES == 10
    assert choice_keys(10) == "1–9, 0 or A–J" and choice_keys(7) == "1–7 or A–G"
    keys = {key for key, _ in QuestionScreen().shortcuts()}
    assert {"0", "7", "9", "G", "J"} <= keys
    box = ChoiceInput([f"option {i}" for i in range(10)], list(range(10)), multi=False)
    qtbot.addWidget(box)
    assert box.pick(10) and box.buttons[9].isChecked()
    assert box.buttons[9].text().startswith("0 (J)")


# ------------------------------------------------------------------ time warnings


class _Clock:
    """The round's clock, moved by hand (no sleeping)."""

    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


def test_time_warnings_are_said_as_alerts(qtbot, make_window):
    """"1 minute left." and "20 seconds left." show in the banner and are announced as alerts (assertive:
    they interrupt what the screen reader is saying), once each; the ticking clock is not announced."""
    from quiz_app.ui.widgets import announce

    window = make_window()
    key = window.start_screen.current_set()
    loaded = window.catalogue[key]
    clock = _Clock()
    rnd = start_round(loaded, RoundSettings.for_set(loaded.question_set, "scored", count=3, seed=2,
                                                    time_limit_seconds=90), store=window.store,
                      profile=window.profile_id, clock=clock)
    announce.recent.clear()
    window.begin_round(rnd, key)
    screen = window.question_screen
    # a new question is said politely, after what the reader is saying
    assert [(a.text[:14], a.urgent) for a in announce.recent] == [("Question 1 of ", False)]
    announce.recent.clear()
    clock.now += 20
    window.player._on_timer_timeout()  # the round's one-second tick
    assert not screen.message.isVisible() and not announce.recent
    clock.now += 11  # 59 s left
    window.player._on_timer_timeout()
    assert screen.message.isVisible() and screen.message.text() == "1 minute left."
    assert [(a.text, a.urgent) for a in announce.recent] == [("1 minute left.", True)]
    assert announce.recent[-1].source == screen.timer_label.accessibleName()
    clock.now += 1
    window.player._on_timer_timeout()
    assert len(announce.recent) == 1  # said once, not at every tick
    clock.now += 39  # 19 s left
    window.player._on_timer_timeout()
    assert [(a.text, a.urgent) for a in announce.recent][-1] == ("20 seconds left.", True)
    assert screen.message.text() == "20 seconds left."
    assert "seconds left" in screen.timer_label.accessibleDescription()

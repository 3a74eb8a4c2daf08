"""Alt+letters of the main window: on each screen a student uses, the menu bar's letters and the screen's own
letters are all different, in every shipped language — a shared letter makes Alt+letter go to one control first
and only reach the other on a second press (Qt cycles), which a keyboard-only student takes for a broken key."""

from __future__ import annotations

import copy
import json

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractButton, QGroupBox, QLabel


def _letter(text: str) -> str | None:
    plain = text.replace("&&", "")
    return plain[plain.index("&") + 1].lower() if "&" in plain else None


def _screen_letters(screen) -> dict[str, str]:
    texts = [b.text() for b in screen.findChildren(QAbstractButton) if b.isVisibleTo(screen)]
    texts += [g.title() for g in screen.findChildren(QGroupBox) if g.isVisibleTo(screen)]
    texts += [label.text() for label in screen.findChildren(QLabel)
              if label.buddy() is not None and label.isVisibleTo(screen)]
    return {t: x for t in texts if (x := _letter(t))}


def _shared(window, screen) -> list[tuple[str, str]]:
    menus = {a.text(): x for a in window.menuBar().actions() if (x := _letter(a.text()))}
    assert len(menus) == 4, menus
    both = {**{t: x for t, x in _screen_letters(screen).items()}, **menus}
    seen: dict[str, str] = {}
    clashes = []
    for text, letter in both.items():
        if letter in seen:
            clashes.append((seen[letter], text))
        seen[letter] = text
    return clashes


@pytest.mark.parametrize("language", ["en", "fr"])
def test_the_start_screen_and_the_menus_share_no_letter(window_in, language):
    window = window_in(language)
    assert window.current_screen is window.start_screen
    assert _shared(window, window.start_screen) == []
    # and the menus' own items: one letter each inside a menu
    for action in window.menuBar().actions():
        items = [_letter(a.text()) for a in action.menu().actions() if not a.isSeparator()]
        items = [x for x in items if x]
        assert len(items) == len(set(items)), [a.text() for a in action.menu().actions()]


def _certainty_set() -> dict:
    from question_bank.loading import load_builtin

    data = copy.deepcopy(load_builtin().question_set.model_dump(mode="json", exclude_none=True))
    data["id"], data["title"] = "sure", "Certainty set"
    data["questions"] = [q for q in data["questions"] if q["type"] == "multiple_choice"][:3]
    data["round_defaults"].update(question_count=3, certainty_marking=True, shuffle=False)
    return data


@pytest.mark.parametrize("mode", ["practice", "scored"])
@pytest.mark.parametrize("language", ["en", "fr"])
def test_the_question_and_feedback_screens_and_the_menus_share_no_letter(qtbot, data_dir, window_in, language, mode):
    """Practice shows "Show me the passage" too; this set asks how sure the student is in both."""
    (data_dir / "sets").mkdir(parents=True, exist_ok=True)
    (data_dir / "sets" / "sure.json").write_text(json.dumps(_certainty_set()), encoding="utf-8")
    window = window_in(language)
    start = window.start_screen
    qtbot.waitUntil(lambda: any("Certainty set" in start.set_list.item(i).text() for i in range(start.set_list.count())))
    start.set_list.setCurrentRow(next(i for i in range(start.set_list.count())
                                      if "Certainty set" in start.set_list.item(i).text()))
    start.select_mode(mode)
    qtbot.mouseClick(start.start_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.current_screen is window.question_screen)
    screen = window.question_screen
    assert screen.passage_button.isHidden() == (mode == "scored")
    assert not screen.certainty_box.isHidden()
    assert _shared(window, screen) == []
    # the hint names the certainty buttons' own letters
    letters = [_letter(b.text()) for b in screen.certainty_buttons.values()]
    qtbot.keyClick(window.focusWidget() or window, Qt.Key.Key_1)  # the first choice, by keyboard
    qtbot.keyClick(window.focusWidget() or window, Qt.Key.Key_Return)  # answered without saying how sure
    hint = screen.message.text()
    assert all(f"Alt+{x.upper()}" in hint for x in letters if x), (letters, hint)
    qtbot.keyClick(window, Qt.Key.Key_U if language == "en" else Qt.Key.Key_S, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: screen.certainty() == "sure")  # a mnemonic animates the click
    qtbot.keyClick(window, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.current_screen is window.feedback_screen)
    assert _shared(window, window.feedback_screen) == []
    # the rest of the round by keyboard, to the results screen
    sure = Qt.Key.Key_U if language == "en" else Qt.Key.Key_S
    for _ in range(2):
        qtbot.keyClick(window.focusWidget() or window, Qt.Key.Key_Return)  # next question
        qtbot.waitUntil(lambda: window.current_screen is screen)
        qtbot.keyClick(window.focusWidget() or window, Qt.Key.Key_1)
        qtbot.keyClick(window, sure, Qt.KeyboardModifier.AltModifier)
        qtbot.waitUntil(lambda: screen.certainty() == "sure")
        qtbot.keyClick(window.focusWidget() or window, Qt.Key.Key_Return)
        qtbot.waitUntil(lambda: window.current_screen is window.feedback_screen)
    qtbot.keyClick(window.focusWidget() or window, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.current_screen is window.results_screen)
    assert _shared(window, window.results_screen) == []


def test_settings_button_goes_to_settings_on_the_first_alt_press(qtbot, window_in):
    window = window_in("en")
    qtbot.keyClick(window, Qt.Key.Key_G, Qt.KeyboardModifier.AltModifier)  # Settin&gs
    qtbot.waitUntil(lambda: window.current_screen is window.settings_screen)


@pytest.mark.parametrize("language", ["en", "fr"])
def test_the_side_screens_and_the_menus_share_no_letter(qtbot, window_in, language):
    window = window_in(language)
    start = window.start_screen
    qtbot.mouseClick(start.settings_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.current_screen is window.settings_screen)
    assert _shared(window, window.settings_screen) == []
    window.settings_screen.back_button.click()
    qtbot.waitUntil(lambda: window.current_screen is start)
    qtbot.mouseClick(start.progress_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.current_screen is window.progress_screen)
    assert _shared(window, window.progress_screen) == []
    window.progress_screen.back_button.click()
    qtbot.waitUntil(lambda: window.current_screen is start)
    qtbot.mouseClick(start.source_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.current_screen is window.source_screen, timeout=10000)
    assert _shared(window, window.source_screen) == []

"""The app in French: the language setting chooses the words of every screen built afterwards, Qt's own
buttons included; the start screen's Alt+letters stay one per control; a question screen reads in French."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractButton, QDialogButtonBox, QGroupBox, QLabel

from quiz_app.settings import load_settings
from quiz_app.ui.app import available_languages, language_name, resolve_language


def _mnemonics(widget) -> list[str]:
    texts = [b.text() for b in widget.findChildren(QAbstractButton) if b.isVisibleTo(widget)]
    texts += [b.title() for b in widget.findChildren(QGroupBox)]
    texts += [label.text() for label in widget.findChildren(QLabel) if label.buddy() is not None]
    return [t[t.index("&") + 1].lower() for t in texts if "&" in t.replace("&&", "")]


def test_the_start_screen_in_french(window_in):
    window = window_in("fr")
    start = window.start_screen
    assert start.start_button.text() == "&Démarrer"
    assert start.mode_buttons["practice"].text() == "&Entraînement"
    assert start.mode_buttons["scored"].text() == "Partie &notée"
    assert "1. Qui joue\u00a0?" in [b.title() for b in start.findChildren(QGroupBox)]
    assert start.progress_button.text() == "Mes p&rogrès"
    assert [a.text() for a in window.menuBar().actions()] == ["&Fichier", "Affic&hage", "Ensei&gnant", "&Aide"]
    # the set list counts its questions with the French plural
    assert "questions" in start.set_list.item(0).text() and "question(s)" not in start.set_list.item(0).text()
    assert "Thème\u00a0: Dates" in [c.accessibleName() for c in start.topic_checks.values()]
    # the plan above Start comes from the engine's round plan, in French too
    assert start.plan_label.text().startswith("Vous allez jouer\u00a0: Entraînement · "), start.plan_label.text()
    assert "sans limite de temps" in start.plan_label.text()
    letters = _mnemonics(start)
    assert len(letters) == len(set(letters)), f"two controls share an Alt+letter: {sorted(letters)}"


def test_a_question_screen_and_the_results_in_french(qtbot, window_in):
    window = window_in("fr")
    qtbot.mouseClick(window.start_screen.start_button, Qt.MouseButton.LeftButton)  # a practice round
    qtbot.waitUntil(lambda: window.current_screen is window.question_screen)
    screen = window.question_screen
    total = window.round.total
    assert screen.progress_label.text() == f"Question 1 sur {total}"
    assert screen.submit_button.text() == "&Répondre"
    assert screen.hint.text().endswith("Entrée.")
    assert " point" in screen.meta.text() and "point(s)" not in screen.meta.text()
    # an ordering question always has an answer (the order shown): only the other types ask for one first
    if screen.input is not None and screen.input.response() is None:
        qtbot.mouseClick(screen.submit_button, Qt.MouseButton.LeftButton)  # nothing chosen yet
        assert screen.message.text() == "Choisissez ou tapez d’abord une réponse."
    # leaving asks in French, and the results say what was played, in French
    qtbot.keyClick(window, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: window.player.leave_dialog is not None and window.player.leave_dialog.isVisible())
    assert window.player.leave_dialog.text().startswith("Quitter cette partie maintenant\u00a0?")
    assert window.player.leave_end_button.text() == "&Terminer la partie"
    qtbot.mouseClick(window.player.leave_end_button, Qt.MouseButton.LeftButton)
    assert window.current_screen is window.results_screen
    assert window.results_screen.title.text().startswith("Entraînement\u00a0: ")
    assert f"Réponses données\u00a0: 0 sur {total} questions" in window.results_screen.details.text()


def test_qt_standard_buttons_are_french_too(window_in):
    window_in("fr")
    box = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
    assert box.button(QDialogButtonBox.StandardButton.Cancel).text() == "Annuler"


def test_english_is_the_same_app_with_english_plurals(window_in):
    window = window_in("en")
    assert window.start_screen.start_button.text() == "&Start"
    item = window.start_screen.set_list.item(0).text()
    assert "questions" in item and "question(s)" not in item


def test_the_settings_screen_offers_the_shipped_languages_and_saves_the_choice(qtbot, window_in, data_dir):
    window = window_in("en")
    combo = window.settings_screen.language
    assert [combo.itemData(i) for i in range(combo.count())] == ["system", *available_languages()]
    assert combo.itemText(combo.findData("fr")) == "Français" == language_name("fr")
    assert combo.currentData() == "en"
    combo.setCurrentIndex(combo.findData("fr"))
    qtbot.waitUntil(lambda: load_settings(data_dir)[0].language == "fr")
    # the words change at the next start: this window keeps its English
    assert window.start_screen.start_button.text() == "&Start"


def test_a_language_not_shipped_falls_back_to_a_shipped_one():
    assert resolve_language("fr") == "fr"
    assert resolve_language("fr_CA") == "fr"
    assert resolve_language("en") == "en"
    assert resolve_language("xx") in available_languages()  # the computer's language, else English

"""The question-set editor in French: menus, forms and messages come from the translation, and the Alt+letters
stay one per control in the menu bar, in each menu and in each form a teacher fills in by keyboard."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QAbstractButton, QGroupBox, QLabel

from quiz_app.ui.workers import wait_for_background

TEXT = ("The Korean War began on June 25, 1950, when North Korean forces crossed the 38th parallel.\n\n"
        "The United Nations Security Council called on its members to help South Korea.")


def _letter(text: str) -> str | None:
    plain = text.replace("&&", "")
    return plain[plain.index("&") + 1].lower() if "&" in plain else None


def _form_letters(widget) -> list[str]:
    texts = [b.text() for b in widget.findChildren(QAbstractButton) if b.isVisibleTo(widget)]
    texts += [g.title() for g in widget.findChildren(QGroupBox) if g.isVisibleTo(widget)]
    texts += [label.text() for label in widget.findChildren(QLabel)
              if label.buddy() is not None and label.isVisibleTo(widget)]
    return [x for x in map(_letter, texts) if x]


@pytest.fixture
def french_editor(qtbot, data_dir, monkeypatch):
    from quiz_app.ui.app import install_translations, make_application
    from quiz_app.ui.editor import EditorWindow

    app = make_application()
    monkeypatch.delenv("QUIZ_APP_LANGUAGE", raising=False)
    assert install_translations(app, "fr") == "fr"
    window = EditorWindow(data_dir)
    qtbot.addWidget(window)
    window.resize(1400, 900)
    window.show()
    yield window
    wait_for_background()
    window._allow_close = True
    window.close()
    install_translations(app, "en")


def test_the_editor_menus_are_french_with_one_letter_each(french_editor):
    menus = french_editor.menus.menus
    titles = [m.title() for m in menus.values()]
    assert titles == ["&Fichier", "É&dition", "&Banque", "A&ller", "Aid&e"]
    bar = [_letter(t) for t in titles]
    assert len(bar) == len(set(bar)), f"two menus share an Alt+letter: {titles}"
    for menu in menus.values():
        letters = [x for x in (_letter(a.text()) for a in menu.actions() if not a.isSeparator()) if x]
        assert len(letters) == len(set(letters)), f"{menu.title()}: {[a.text() for a in menu.actions()]}"
    assert "Annu&ler" in [a.text() for a in menus["&Edit"].actions()][0]
    assert french_editor.shortcut_help().startswith("Fichier\u00a0: Ctrl+N Nouvelle série · ")


def test_a_new_set_in_the_french_editor(french_editor, qtbot):
    window = french_editor
    window.new_set_from_text(TEXT, "La guerre de Corée")
    qtbot.waitUntil(lambda: window.data is not None)
    assert window.windowTitle().startswith("Éditeur de séries — La guerre de Corée")
    details = window.set_details
    letters = _form_letters(details)
    assert len(letters) == len(set(letters)), f"two fields of the set details share an Alt+letter: {sorted(letters)}"
    assert "&Statut\u00a0:" in [label.text() for label in details.findChildren(QLabel)]
    # the problems heading and the status line speak French too
    qtbot.waitUntil(lambda: window.problems.heading.text()
                    == "Pas encore de question\u00a0: ajoutez-en une pour jouer la série")
    assert window.statusBar().currentMessage().startswith("Nouvelle série. Ajoutez une question sous la liste")


def test_every_question_form_in_french_has_one_letter_per_field(french_editor, qtbot):
    from question_bank.models import QUESTION_TYPES

    window = french_editor
    window.new_set_from_text(TEXT, "La guerre de Corée")
    qtbot.waitUntil(lambda: window.data is not None)
    panel = window.question_panel
    for qtype in QUESTION_TYPES:
        panel.type_combo.setCurrentIndex(panel.type_combo.findData(qtype))
        panel.add_button.click()
        form = window.question_editor.forms[qtype]
        qtbot.waitUntil(lambda form=form: window.question_editor.currentWidget() is form)
        letters = _form_letters(form)
        assert len(letters) >= 6, f"{qtype}: {letters}"
        assert len(letters) == len(set(letters)), f"{qtype}: two fields share an Alt+letter: {sorted(letters)}"
        assert "E&xplication\u00a0:" in [label.text() for label in form.findChildren(QLabel)], qtype
    # the problems of the new questions name their fields in French, with the French colon
    qtbot.waitUntil(lambda: window.problems.list.count() > 0)
    problems = [window.problems.list.item(i).text() for i in range(window.problems.list.count())]
    assert any(p.startswith("⚠ Question 1 (") and ", texte de la question\u00a0: encore vide" in p for p in problems), problems
    assert not any("still empty" in p for p in problems), problems

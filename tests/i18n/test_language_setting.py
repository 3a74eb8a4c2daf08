"""The language setting in the settings file: "system" by default, a language code when chosen, and a
broken value falls back to the defaults with a warning (as every other setting)."""

from __future__ import annotations

import json

from quiz_app.settings import Settings, load_settings, save_settings


def test_the_default_is_the_computers_language(tmp_path):
    assert Settings().language == "system"
    assert load_settings(tmp_path)[0].language == "system"


def test_a_chosen_language_is_saved_and_read_back(tmp_path):
    assert save_settings(tmp_path, Settings().with_changes(language="fr")) is None
    assert json.loads((tmp_path / "settings.json").read_text(encoding="utf-8"))["language"] == "fr"
    assert load_settings(tmp_path) == (Settings(language="fr"), None)


def test_a_language_that_is_not_a_language_code_is_refused_in_words(tmp_path):
    (tmp_path / "settings.json").write_text(json.dumps({"language": "../../etc/passwd"}), encoding="utf-8")
    settings, warning = load_settings(tmp_path)
    assert settings.language == "system"
    assert warning is not None and "language" in warning and str(tmp_path) in warning

"""The shipped translations: every string the code translates has a finished translation in each shipped
.ts (found both by pyside6-lupdate and by reading the code's syntax tree), the placeholders and keyboard
letters survive translation, and the compiled .qm files are what lrelease makes of the .ts files now."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from defusedxml import ElementTree

REPO = Path(__file__).resolve().parents[2]
TRANSLATIONS = REPO / "translations"
SHIPPED = sorted(TRANSLATIONS.glob("quiz_app_*.ts"))
FOREIGN = [ts for ts in SHIPPED if not ts.name.endswith("_en.ts")]


def _tool(name: str) -> str:
    here = Path(sys.executable).parent / f"pyside6-{name}"
    return str(here) if here.exists() else (shutil.which(f"pyside6-{name}") or pytest.skip(f"no pyside6-{name}"))


def _messages(ts: Path) -> dict[tuple[str, str], tuple[bool, str | None, list[str]]]:
    """(context, source) -> (plural?, translation type, translated forms) for the messages still in the code."""
    found = {}
    for context in ElementTree.parse(ts).getroot().iter("context"):
        for message in context.iter("message"):
            translation = message.find("translation")
            kind = translation.get("type") if translation is not None else "unfinished"
            if kind in ("vanished", "obsolete"):
                continue
            forms = [f.text or "" for f in translation.iter("numerusform")] or [translation.text or ""]
            found[(context.findtext("name"), message.findtext("source"))] = (message.get("numerus") == "yes", kind,
                                                                             forms)
    return found


def test_a_foreign_language_is_shipped():
    assert FOREIGN, "no translation besides English in translations/"
    assert (TRANSLATIONS / "quiz_app_fr.ts") in FOREIGN


@pytest.fixture(scope="module")
def lupdate_messages(tmp_path_factory) -> set[tuple[str, str]]:
    """What pyside6-lupdate finds in the code today, in a fresh .ts (never the shipped ones)."""
    out = tmp_path_factory.mktemp("lupdate") / "now.ts"
    files = [str(p) for d in ("quiz_app", "question_bank") for p in sorted((REPO / d).rglob("*.py"))]
    subprocess.run([_tool("lupdate"), *files, "-ts", str(out)], check=True, capture_output=True, timeout=300)
    return set(_messages(out))


@pytest.mark.parametrize("ts", FOREIGN, ids=lambda p: p.name)
def test_every_string_lupdate_finds_has_a_finished_translation(ts, lupdate_messages):
    shipped = _messages(ts)
    missing = sorted(m for m in lupdate_messages if m not in shipped)
    unfinished = sorted(m for m, (_, kind, forms) in shipped.items() if kind == "unfinished" or not all(forms))
    assert not missing, f"{len(missing)} string(s) of the code are not in {ts.name} (run make translations): {missing[:10]}"
    assert not unfinished, f"{len(unfinished)} string(s) untranslated in {ts.name}: {unfinished[:10]}"


@pytest.mark.parametrize("ts", SHIPPED, ids=lambda p: p.name)
def test_every_string_the_code_translates_is_in_the_ts_with_its_plural_forms(ts, translations_script):
    """The syntax-tree reading catches what lupdate's Python reader passes over (plural ``translate`` calls)."""
    shipped = _messages(ts)
    english = ts.name.endswith("_en.ts")
    problems = []
    for msg in translations_script.code_messages():
        entry = shipped.get((msg.context, msg.source))
        where = f"{msg.filename}:{msg.line} {msg.source!r}"
        if entry is None:
            problems.append(f"not in the file: {where}")
            continue
        plural, kind, forms = entry
        if msg.numerus and not plural:
            problems.append(f"not a plural message: {where}")
        elif (not english or msg.numerus) and (kind == "unfinished" or not all(forms)):
            problems.append(f"untranslated: {where}")
        elif msg.numerus and len(forms) != 2:
            problems.append(f"not two plural forms (one, many): {where}")
    assert not problems, "\n".join(problems[:20])


def _placeholders(text: str) -> list[str]:
    return sorted(re.findall(r"\{[^{}]*\}", text))


@pytest.mark.parametrize("ts", SHIPPED, ids=lambda p: p.name)
def test_translations_keep_the_placeholders_the_plural_number_and_a_keyboard_letter(ts):
    bad = []
    for (context, source), (plural, kind, forms) in _messages(ts).items():
        if kind == "unfinished":
            continue
        for form in forms:
            if _placeholders(form) != _placeholders(source):
                bad.append(f"{context}: {source!r} -> {form!r} (placeholders)")
            if plural and ("%n" in source) != ("%n" in form):
                bad.append(f"{context}: {source!r} -> {form!r} (%n)")
            if "&" in source.replace("&&", "") and "(*" not in source and "&" not in form.replace("&&", ""):
                bad.append(f"{context}: {source!r} -> {form!r} (the Alt+letter is lost)")
            if "(s)" in form:
                bad.append(f"{context}: {source!r} -> {form!r} (a plural form still says (s))")
    assert not bad, "\n".join(bad)


def test_english_plural_forms_say_one_and_many():
    shipped = _messages(TRANSLATIONS / "quiz_app_en.ts")
    one, many = shipped[("StartScreen", "%n question(s)")][2]
    assert (one, many) == ("%n question", "%n questions")


@pytest.mark.parametrize("ts", SHIPPED, ids=lambda p: p.name)
def test_the_shipped_qm_is_what_lrelease_makes_of_the_ts(ts, tmp_path):
    shipped = ts.with_suffix(".qm")
    assert shipped.exists(), f"{shipped.name} is missing: run make translations"
    fresh = tmp_path / shipped.name
    subprocess.run([_tool("lrelease"), "-silent", str(ts), "-qm", str(fresh)], check=True, timeout=120)
    assert fresh.read_bytes() == shipped.read_bytes(), f"{shipped.name} is older than {ts.name}: run make translations"

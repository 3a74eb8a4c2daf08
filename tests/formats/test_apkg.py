"""Anki export: one note per question, with answer, explanation, quote and citation on the back."""

from __future__ import annotations

import sqlite3
import zipfile

from question_bank.formats.apkg import export_apkg


def notes(path, tmp_path):
    with zipfile.ZipFile(path) as archive:
        archive.extract("collection.anki2", tmp_path)
    db = sqlite3.connect(tmp_path / "collection.anki2")
    try:
        return db.execute("select guid, flds, tags from notes").fetchall()
    finally:
        db.close()


def test_one_note_per_question_with_evidence(tricky_set, tmp_path):
    path = tmp_path / "set.apkg"
    assert export_apkg(tricky_set, path) == []
    found = notes(path, tmp_path)
    assert len(found) == len(tricky_set.questions)
    by_id = {flds.split("\x1f")[2]: (guid, flds.split("\x1f"), tags) for guid, flds, tags in found}
    _, (front, back, _), tags = by_id["num-troops"]
    assert "How many troops did the KPA have?" in front
    assert "135,000 (± 5,000) troops" in back
    assert "Because the text says so." in back
    assert "“boasted around 135,000 troops”" in back and "Test citation<br>second line" in back
    assert tags.split() == ["troop_counts"]
    _, (front, back, _), tags = by_id["html-like"]
    assert "&lt;tags&gt; &amp; files" in front and "<tags>" not in front
    _, (front, _, _), tags = by_id["mc-1"]
    assert "<ol" in front and "Cold_War" in tags.split()


def test_guids_are_stable(tricky_set, tmp_path):
    export_apkg(tricky_set, tmp_path / "a.apkg")
    first = sorted(g for g, _, _ in notes(tmp_path / "a.apkg", tmp_path))
    (tmp_path / "collection.anki2").unlink()
    export_apkg(tricky_set, tmp_path / "b.apkg")
    assert sorted(g for g, _, _ in notes(tmp_path / "b.apkg", tmp_path)) == first

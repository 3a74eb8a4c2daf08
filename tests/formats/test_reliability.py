"""Importers never raise: wrong encodings are read and named, big files are refused before reading,
odd inputs become problems with a place and a reason."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from question_bank import textfiles
from question_bank.formats import FORMATS, import_bytes, import_file
from question_bank.formats.problems import MAX_IMPORT_BYTES

from .conftest import CORPUS

IMPORT_FORMATS = [fmt.name for fmt in FORMATS if fmt.can_import]

GIFT = "::Capitale::Quelle était la capitale de la Corée du Sud ? {=Séoul ~Pyongyang####« Séoul », dit le texte.}\n"


@pytest.mark.parametrize("codec, label", [
    ("utf-8", "UTF-8"), ("utf-8-sig", "UTF-8 with BOM"), ("utf-16", "UTF-16 (BOM)"),
    ("utf-16-le", "UTF-16 LE (no BOM)"), ("utf-16-be", "UTF-16 BE (no BOM)"), ("utf-32", "UTF-32 (BOM)"),
    ("cp1252", "Windows-1252 (Latin-1)"),
])
def test_encodings_are_read_and_named(codec, label):
    result = import_bytes(GIFT.encode(codec), "q.gift", "gift")
    (q,) = result.questions
    assert q.prompt == "Quelle était la capitale de la Corée du Sud ?"
    assert q.explanation == "« Séoul », dit le texte."
    assert result.encoding == label
    guessed = [p for p in result.warnings if "not UTF-8" in p.reason]
    assert bool(guessed) == (codec == "cp1252")
    if guessed:
        assert "Windows-1252 (Latin-1)" in guessed[0].reason and guessed[0].line == 1


@pytest.mark.parametrize("fmt, text", [
    ("aiken", "Où ?\nA. Séoul\nB. Pékin\nANSWER: A\n"),
    ("csv", "prompt,answer\nCapitale ?,Séoul\n"),
    ("tsv", "prompt\tanswer\nCapitale ?\tSéoul\n"),
    ("moodle-xml", '<quiz><question type="shortanswer"><questiontext><text>Où ?</text></questiontext>'
                   '<answer fraction="100"><text>Séoul</text></answer></question></quiz>'),
])
def test_latin1_in_every_text_format(fmt, text):
    result = import_bytes(text.encode("cp1252"), f"x.{fmt}", fmt)
    assert result.encoding == "Windows-1252 (Latin-1)" and len(result.questions) == 1
    assert "Séoul" in str(result.questions[0].model_dump())


def test_a_file_over_50_mb_is_refused_before_reading(tmp_path, monkeypatch):
    big = tmp_path / "big.gift"
    with open(big, "wb") as fh:
        fh.truncate(MAX_IMPORT_BYTES + 1)

    def no_reading(*args, **kwargs):
        raise AssertionError("the file was opened")

    monkeypatch.setattr(textfiles, "open", no_reading, raising=False)
    result = import_file(big)
    assert result.question_set is None
    assert "too large (50.0 MB; the limit is 50 MB for a question file)" in result.errors[0].reason
    assert "too large" in import_bytes(b" " * (MAX_IMPORT_BYTES + 1), "x", "gift").errors[0].reason


@pytest.mark.parametrize("data, reason", [
    (b"", "empty"), (b"   \n\t", "empty"), (b"\x00\x01\x02\x03" * 50, "not text"),
    (bytes(range(256)) * 4, "not text"),
])
def test_empty_and_binary_files(data, reason):
    for fmt in ("gift", "aiken", "csv", "tsv", "moodle-xml"):
        result = import_bytes(data, "x", fmt)
        assert result.question_set is None and reason in result.errors[0].reason


def test_missing_file_folder_and_unknown_format(tmp_path):
    assert "does not exist" in import_file(tmp_path / "nope.gift").errors[0].reason
    assert "folder" in import_file(tmp_path).errors[0].reason
    assert "cannot tell the format" in import_file(_write(tmp_path / "x.dat", b"hello")).errors[0].reason
    assert "cannot import the format 'apkg'" in import_bytes(b"x", "x", "apkg").errors[0].reason


def _write(path: Path, data: bytes) -> Path:
    path.write_bytes(data)
    return path


CORPUS_FILES = sorted(p for p in CORPUS.rglob("*") if p.is_file() and p.suffix not in (".json", ".py"))


@pytest.mark.parametrize("path", CORPUS_FILES, ids=lambda p: p.name)
def test_truncated_corpus_files_never_raise(path):
    from question_bank.formats import detect_format

    data = path.read_bytes()
    fmt = detect_format(str(path), data) or "csv"
    for cut in sorted({1, 2, 3, len(data) // 7, len(data) // 3, len(data) // 2, len(data) - 1}):
        result = import_bytes(data[:cut], path.name, fmt)
        assert not any("internal error" in p.reason for p in result.problems), (cut, result.problems)
        for p in result.problems:
            assert p.file == path.name and p.reason


def test_every_problem_names_its_file_and_place():
    result = import_file(CORPUS / "gift" / "broken.gift")
    for p in result.errors:
        assert p.file.endswith("broken.gift") and p.line is not None
        assert str(p).startswith(f"{p.file}:{p.line}: error: ")


@pytest.mark.parametrize("fmt", IMPORT_FORMATS)
def test_random_bytes(fmt):
    rng = __import__("random").Random(fmt)
    for _ in range(20):
        data = bytes(rng.randrange(256) for _ in range(rng.randrange(1, 3000)))
        result = import_bytes(data, "r", fmt)
        assert not any("internal error" in p.reason for p in result.problems)


def test_file_permissions(tmp_path):
    if os.geteuid() == 0:
        pytest.skip("root reads every file")
    path = _write(tmp_path / "locked.gift", b"Q {T}")
    path.chmod(0)
    assert "cannot be read" in import_file(path).errors[0].reason

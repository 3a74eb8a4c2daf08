"""``quiz-bank print`` end to end: the verb runs the app's printer in the same process, Qt imported only then."""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
from pathlib import Path

import pytest
from pdfkit import pdf_pages, squeeze

from quiz_app import cli

BUILTIN = Path(__file__).resolve().parents[2] / "question_bank" / "banks" / "korean-war-1950.json"


@pytest.mark.slow
def test_quiz_bank_print_writes_the_worksheet_and_the_key(tmp_path, qapp, builtin_set, capfd):
    worksheet, key = tmp_path / "worksheet.pdf", tmp_path / "key.pdf"
    assert cli.main(["print", str(BUILTIN), "-o", str(worksheet), "--with-source", "--page", "letter"]) == 0
    assert "wrote the worksheet of 103 questions with the source text" in capfd.readouterr().out
    assert cli.main(["print", str(BUILTIN), "-o", str(key), "--key"]) == 0
    sheet_text, key_text = pdf_pages(worksheet), pdf_pages(key)
    assert len(sheet_text) >= 10 and len(key_text) >= 10
    assert "Name:" in sheet_text[0] and "Answer key" in key_text[0]
    everything = squeeze("".join(key_text))
    assert all(squeeze(q.evidence.quote) in everything for q in builtin_set.questions)


def test_quiz_bank_print_reports_an_unreadable_set(tmp_path, capfd):
    broken = tmp_path / "broken.json"
    broken.write_text(json.dumps({"id": "x"}), encoding="utf-8")
    assert cli.main(["print", str(broken), "-o", str(tmp_path / "out.pdf")]) == 1
    assert "cannot be printed because it cannot be read" in capfd.readouterr().err
    assert not (tmp_path / "out.pdf").exists()


def test_a_file_name_without_pdf_gets_the_suffix(tmp_path, qapp, capfd):
    assert cli.main(["print", str(BUILTIN), "-o", str(tmp_path / "w"), "--page", "a4"]) == 0
    assert (tmp_path / "w.pdf").exists() and "A4" in capfd.readouterr().out


def test_quiz_bank_knows_print():
    sub = next(a for a in cli.build_parser()._actions if isinstance(a, argparse._SubParsersAction))
    assert sub.choices["print"].prog.endswith("print")


@pytest.mark.slow
def test_quiz_bank_print_in_a_fresh_process_writes_the_pdf(tmp_path):
    """The installed command (no QApplication running yet): the printer makes its own, off screen."""
    proc = subprocess.run([sys.executable, "-m", "quiz_app.cli", "print", str(BUILTIN), "-o", str(tmp_path / "k.pdf"),
                           "--key", "--page", "a4"], capture_output=True, text=True, timeout=120)
    assert proc.returncode == 0, proc.stderr
    assert "wrote the answer key of 103 questions" in proc.stdout and (tmp_path / "k.pdf").stat().st_size > 0


def _set_file(tmp_path, builtin_set, types) -> Path:
    data = json.loads(BUILTIN.read_text(encoding="utf-8"))
    data["questions"] = [q for q in data["questions"] if q["type"] in types]
    path = tmp_path / "some.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    return path


def test_the_key_honours_with_source_and_the_worksheet_has_the_text_when_it_asks_for_it(tmp_path, qapp,
                                                                                       builtin_set, capfd):
    first_line = squeeze("Towards the closing days of World War II")
    key = tmp_path / "key.pdf"
    assert cli.main(["print", str(BUILTIN), "-o", str(key), "--key", "--with-source"]) == 0
    assert "answer key of 103 questions with the source text" in capfd.readouterr().out
    assert first_line in squeeze("".join(pdf_pages(key)[:2]))
    # the built-in set has find-the-sentence and fill-the-gap questions: its worksheet has the text by default
    sheet = tmp_path / "sheet.pdf"
    assert cli.main(["print", str(BUILTIN), "-o", str(sheet)]) == 0
    assert "with the source text" in capfd.readouterr().out
    assert first_line in squeeze(pdf_pages(sheet)[0])
    assert cli.main(["print", str(BUILTIN), "-o", str(sheet), "--without-source"]) == 0
    assert "with the source text" not in capfd.readouterr().out
    text = squeeze("".join(pdf_pages(sheet)))
    assert first_line not in text and squeeze("Find the sentence in the text") not in text
    # a set of choice questions only needs no text: left out unless asked for
    choices = _set_file(tmp_path, builtin_set, {"multiple_choice"})
    assert cli.main(["print", str(choices), "-o", str(sheet)]) == 0
    assert "with the source text" not in capfd.readouterr().out
    assert first_line not in squeeze("".join(pdf_pages(sheet)))


def test_versions_and_the_grid_from_the_command_line(tmp_path, qapp, builtin_set, capfd):
    choices = _set_file(tmp_path, builtin_set, {"multiple_choice", "cloze"})
    out = tmp_path / "quiz.pdf"
    assert cli.main(["print", str(choices), "-o", str(out), "--versions", "2", "--answer-grid"]) == 0
    said = capfd.readouterr().out
    assert "worksheet (version A)" in said and "answer grid (version B)" in said
    assert sorted(p.name for p in tmp_path.glob("quiz*.pdf")) == ["quiz-A-answer-grid.pdf", "quiz-A.pdf",
                                                                 "quiz-B-answer-grid.pdf", "quiz-B.pdf"]

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

"""``quiz-bank print`` end to end: the sub-command runs the app's printer in a subprocess."""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
from pathlib import Path

import pytest
from pdfkit import pdf_pages, squeeze

from question_bank import cli, printing_cli

BUILTIN = Path(__file__).resolve().parents[2] / "question_bank" / "banks" / "korean-war-1950.json"


def _quiz_bank(argv: list[str]) -> int:
    """``quiz-bank`` with the print sub-command registered (as cli_extensions does)."""
    parser = argparse.ArgumentParser(prog="quiz-bank")
    sub = parser.add_subparsers(dest="command", required=True)
    printing_cli.register(sub)
    args = parser.parse_args(argv)
    return args.func(args)


@pytest.mark.slow
def test_quiz_bank_print_writes_the_worksheet_and_the_key(tmp_path, qapp, builtin_set, capfd):
    worksheet, key = tmp_path / "worksheet.pdf", tmp_path / "key.pdf"
    assert _quiz_bank(["print", str(BUILTIN), "-o", str(worksheet), "--with-source", "--page", "letter"]) == 0
    assert "wrote the worksheet of 89 questions" in capfd.readouterr().out
    assert _quiz_bank(["print", str(BUILTIN), "-o", str(key), "--key"]) == 0
    sheet_text, key_text = pdf_pages(worksheet), pdf_pages(key)
    assert len(sheet_text) >= 10 and len(key_text) >= 10
    assert "Name:" in sheet_text[0] and "Answer key" in key_text[0]
    everything = squeeze("".join(key_text))
    assert all(squeeze(q.evidence.quote) in everything for q in builtin_set.questions)


def test_quiz_bank_print_reports_an_unreadable_set(tmp_path, capfd):
    broken = tmp_path / "broken.json"
    broken.write_text(json.dumps({"id": "x"}), encoding="utf-8")
    assert _quiz_bank(["print", str(broken), "-o", str(tmp_path / "out.pdf")]) == 1
    assert "cannot be printed because it cannot be read" in capfd.readouterr().err
    assert not (tmp_path / "out.pdf").exists()


def test_the_subprocess_command_line():
    args = argparse.Namespace(path="s.json", output="o.pdf", key=True, with_source=True, page="a4")
    assert printing_cli.command(args) == [sys.executable, "-m", "quiz_app.ui.print_cli", "s.json", "-o", "o.pdf",
                                          "--key", "--with-source", "--page", "a4"]


def test_print_cli_module_directly_adds_the_pdf_suffix(tmp_path):
    proc = subprocess.run([sys.executable, "-m", "quiz_app.ui.print_cli", str(BUILTIN), "-o", str(tmp_path / "w"),
                           "--page", "a4"], capture_output=True, text=True, timeout=120)
    assert proc.returncode == 0, proc.stderr
    assert (tmp_path / "w.pdf").exists() and "A4" in proc.stdout


def test_quiz_bank_knows_print_once_registered():
    sub = next(a for a in cli.build_parser()._actions if isinstance(a, argparse._SubParsersAction))
    if "print" not in sub.choices:
        pytest.skip("question_bank.printing_cli is not listed in cli_extensions yet")
    assert sub.choices["print"].prog.endswith("print")

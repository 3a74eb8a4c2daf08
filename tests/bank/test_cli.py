from __future__ import annotations

import csv
import json
import subprocess
import sys
from pathlib import Path

from quiz_app.cli import main
from quiz_app.cli.schema import SCHEMA_FILE, schema_text


def test_validate_ok_exit_0(write_set, set_dict, capsys):
    path = write_set(set_dict)
    assert main(["validate", path]) == 0
    out = capsys.readouterr().out
    assert "valid (8 questions" in out and "1 teacher-verified" in out


def test_validate_lists_every_problem_exit_1(write_set, set_dict, capsys):
    set_dict["questions"][3]["evidence"]["quote"] = "boasted around 150,000 troops"
    set_dict["questions"][4]["accepted"] = ["Truman"]
    path = write_set(set_dict)
    assert main(["validate", path]) == 1
    out = capsys.readouterr().out
    assert "2 problems" in out
    assert f"{path}:" in out and "questions[3].evidence.quote" in out and "questions[4].accepted[0]" in out
    assert "hint: The closest passage of the source is" in out


def test_validate_json_output(write_set, set_dict, capsys):
    set_dict["questions"][3]["value"] = 7
    path = write_set(set_dict)
    assert main(["validate", "--json", path]) == 1
    report = json.loads(capsys.readouterr().out)
    assert report["valid"] is False
    errors = [p for p in report["problems"] if p["severity"] == "error"]
    assert errors[0]["path"] == "questions[3].value" and errors[0]["line"] > 1


def test_validate_bad_file_no_traceback(tmp_path):
    bad = tmp_path / "bad.json"
    bad.write_bytes(b"\x00\x01garbage")
    proc = subprocess.run([sys.executable, "-m", "quiz_app.cli", "validate", str(bad)], capture_output=True, text=True)
    assert proc.returncode == 1
    assert "Traceback" not in proc.stdout + proc.stderr
    assert str(bad) in proc.stdout


def test_stats(write_set, set_dict, capsys):
    path = write_set(set_dict)
    assert main(["stats", path]) == 0
    out = capsys.readouterr().out
    assert "multiple_choice          1" in out
    assert "troop_counts             4" in out
    # paragraph 1 is cited by the troop questions, paragraph 2 by the date questions
    lines = [line for line in out.splitlines() if line.strip().startswith("¶")]
    assert len(lines) == 3
    assert lines[0].split()[1] == "5" and lines[1].split()[1] == "3" and lines[2].split()[1] == "0"


def test_schema_printed_and_shipped_file_is_current(capsys):
    assert main(["schema"]) == 0
    printed = json.loads(capsys.readouterr().out)
    assert printed["title"] == "QuestionSet"
    assert SCHEMA_FILE.read_text(encoding="utf-8") == schema_text(), (
        "question_bank/schema/question-set.schema.json is stale: run `quiz-bank schema > question_bank/schema/"
        "question-set.schema.json`"
    )


def test_export_csv(write_set, set_dict, tmp_path):
    path = write_set(set_dict)
    out = tmp_path / "out.csv"
    assert main(["export", "--format", "csv", path, "-o", str(out)]) == 0
    with open(out, encoding="utf-8-sig", newline="") as fh:
        rows = list(csv.DictReader(fh))
    assert len(rows) == 8
    num = next(r for r in rows if r["id"] == "num")
    assert num["type"] == "numeric" and num["answer"] == "135,000 (± 5,000) troops"
    assert num["quote"] == "boasted around 135,000 troops"
    assert next(r for r in rows if r["id"] == "mc")["answer"] == "June 27"


def test_console_script_installed():
    exe = Path(sys.executable).with_name("quiz-bank")
    proc = subprocess.run([str(exe), "--help"], capture_output=True, text=True)
    assert proc.returncode == 0 and "validate" in proc.stdout


def test_importing_the_command_line_loads_no_qt():
    """Qt is imported by the print verb only, when it runs."""
    code = ("import sys, quiz_app.cli as cli; cli.build_parser().parse_args(['validate', 'x.json']); "
            "print(sorted(m for m in sys.modules if m.startswith(('PySide6', 'shiboken6', 'quiz_app.ui'))))")
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.strip() == "[]"


def _verbs() -> dict:
    import argparse

    from quiz_app.cli import build_parser

    return next(a for a in build_parser()._actions if isinstance(a, argparse._SubParsersAction)).choices


def test_every_verb_is_listed_once_in_order():
    from quiz_app import cli

    assert list(_verbs()) == ["validate", "stats", "schema", "export", "import", "draft", "print"]
    assert len(cli.VERBS) == len(_verbs()) == len(set(cli.VERBS))


def test_the_format_choices_come_from_the_table_of_formats():
    from question_bank.formats import FORMATS

    def choices(verb: str) -> list[str]:
        return next(a.choices for a in _verbs()[verb]._actions if "--format" in a.option_strings)

    assert choices("export") == [f.name for f in FORMATS if f.can_export]
    assert choices("import") == [f.name for f in FORMATS if f.can_import]
    help_text = _verbs()["export"].format_help()
    assert all(f.name in help_text for f in FORMATS)


def test_export_says_which_formats_it_knows(write_set, set_dict, tmp_path, capsys):
    path = write_set(set_dict)
    assert main(["export", path, "-o", str(tmp_path / "out.txt")]) == 2  # .txt says too little
    err = capsys.readouterr().err
    assert "say which format with --format (gift, aiken, moodle-xml, csv, tsv, xlsx, kahoot, apkg, qti12, qti21)" in err
    assert main(["export", path]) == 2 and not list(tmp_path.glob("out*"))
    capsys.readouterr()
    assert main(["export", path, "--format", "aiken"]) == 0
    assert Path(path).with_suffix(".txt").exists()


def test_python_dash_m_quiz_app_cli():
    proc = subprocess.run([sys.executable, "-m", "quiz_app.cli", "--help"], capture_output=True, text=True)
    assert proc.returncode == 0 and "draft" in proc.stdout and "print" in proc.stdout

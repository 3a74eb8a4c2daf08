"""quiz-bank import / export on the command line: summaries, exit status, formats by extension."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

from question_bank.formats import FORMATS
from question_bank.loading import load_set
from quiz_app.cli import main

from .conftest import CORPUS, SOURCE_TEXT


def test_import_gift_prints_a_summary_and_writes_a_draft(tmp_path, capsys):
    out = tmp_path / "set.json"
    assert main(["import", "--format", "gift", str(CORPUS / "gift" / "teacher-korean-war.gift"), "-o", str(out)]) == 0
    text = capsys.readouterr().out
    assert "imported 21 questions (gift, UTF-8)" in text
    assert "Multiple choice              6" in text and "True or false                7" in text
    assert "Fill the gaps                1" in text  # the missing word
    assert "skipped (4):" in text and "teacher-korean-war.gift:84: skipped: question 'Essay'" in text
    assert "warnings (9):" in text
    assert "the set is a draft: 21 questions need evidence; no source text" in text
    assert f"wrote {out}" in text
    loaded = load_set(out)
    assert loaded.question_set is not None and loaded.question_set.status == "draft"
    assert not loaded.ok  # `quiz-bank validate` lists what is missing; a draft is never played for a score
    assert len([p for p in loaded.errors if p.path[-1:] in (("evidence",), ("source",))]) >= 21


def test_format_from_content_and_exit_1_on_unreadable_parts(tmp_path, capsys):
    out = tmp_path / "a.json"
    assert main(["import", str(CORPUS / "aiken" / "mistakes.txt"), "-o", str(out)]) == 1
    text = capsys.readouterr().out
    assert "(aiken, UTF-8)" in text and "unreadable (4):" in text and out.exists()


def test_exit_1_and_nothing_written_when_nothing_imported(tmp_path, capsys):
    out = tmp_path / "b.json"
    assert main(["import", str(CORPUS / "moodle_xml" / "billion-laughs.xml"), "-o", str(out)]) == 1
    text = capsys.readouterr().out
    assert "billion laughs" in text and "nothing was written" in text and not out.exists()


def test_source_gives_suggestions_and_json_report(tmp_path, capsys):
    gift = tmp_path / "q.gift"
    gift.write_text("::k1:: Who was installed as the leader in the North? {=Kim Il Sung ~Syngman Rhee}\n",
                    encoding="utf-8")
    source = tmp_path / "reading.txt"
    source.write_text(SOURCE_TEXT, encoding="utf-8")
    out = tmp_path / "q.json"
    assert main(["import", str(gift), "-o", str(out), "--source", str(source), "--source-id", "reading",
                 "--title", "Korea", "--json"]) == 0
    report = json.loads(capsys.readouterr().out)
    assert report["imported"] == {"multiple_choice": 1} and report["status"] == "draft"
    best = report["needs_evidence"]["k1"][0]
    assert best["sentence"].startswith("In the North, Kim Il Sung") and best["line"] == 1
    data = json.loads(out.read_text(encoding="utf-8"))
    assert data["title"] == "Korea" and data["sources"][0]["id"] == "reading"


def test_refuses_to_overwrite(tmp_path, capsys):
    out = tmp_path / "exists.json"
    out.write_text("{}", encoding="utf-8")
    source = CORPUS / "gift" / "broken.gift"
    assert main(["import", str(source), "-o", str(out)]) == 1
    assert "use --force" in capsys.readouterr().err
    assert main(["import", str(source), "-o", str(out), "--force"]) == 1  # broken.gift has unreadable parts
    assert json.loads(out.read_text(encoding="utf-8"))["questions"]


def test_two_column_options(tmp_path, capsys):
    out = tmp_path / "cards.json"
    assert main(["import", "-f", "csv", str(CORPUS / "csv" / "quizlet-custom.txt"), "-o", str(out),
                 "--separator", " - ", "--card-separator", ";", "--quizlet-as", "multiple_choice"]) == 0
    data = json.loads(out.read_text(encoding="utf-8"))
    assert [q["type"] for q in data["questions"]] == ["multiple_choice"] * 4


@pytest.mark.parametrize("fmt", sorted(fmt.name for fmt in FORMATS if fmt.can_export))
def test_export_every_format(fmt, tmp_path, tricky_set, capsys):
    path = tmp_path / "set.json"
    path.write_text(tricky_set.model_dump_json(), encoding="utf-8")
    out = tmp_path / f"out.{fmt}"
    assert main(["export", "--format", fmt, str(path), "-o", str(out)]) == 0
    assert out.stat().st_size > 0
    assert f"({fmt})" in capsys.readouterr().out


@pytest.mark.parametrize("suffix, fmt", [(".gift", "gift"), (".xml", "moodle-xml"), (".tsv", "tsv"),
                                         (".xlsx", "xlsx"), (".apkg", "apkg")])
def test_export_format_from_the_extension_then_import_back(suffix, fmt, tmp_path, tricky_set, capsys):
    path = tmp_path / "set.json"
    path.write_text(tricky_set.model_dump_json(), encoding="utf-8")
    out = tmp_path / f"out{suffix}"
    assert main(["export", str(path), "-o", str(out)]) == 0
    assert f"({fmt})" in capsys.readouterr().out
    if fmt in ("gift", "moodle-xml", "xlsx"):
        back = tmp_path / "back.json"
        assert main(["import", str(out), "-o", str(back)]) == 0
        assert json.loads(back.read_text(encoding="utf-8")) == tricky_set.model_dump(mode="json", exclude_none=True)


def test_bad_input_never_shows_a_traceback(tmp_path):
    bad = tmp_path / "bad.gift"
    bad.write_bytes(b"\x00\xff\xfe garbage {")
    proc = subprocess.run([sys.executable, "-m", "quiz_app.cli", "import", str(bad), "-o", str(tmp_path / "x.json")],
                          capture_output=True, text=True)
    assert proc.returncode == 1
    assert "Traceback" not in proc.stdout + proc.stderr
    assert str(bad) in proc.stdout

"""quiz-bank draft: writes a valid draft set, and says clearly why a source file cannot be used."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest
from draftkit import KOREAN_WAR, TEXTS

from question_bank import textfiles
from quiz_app.cli import main


def _run(capsys, *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_draft_writes_a_set_that_quiz_bank_validate_accepts(tmp_path, capsys):
    out_file = tmp_path / "DRAFT.json"
    code, out, err = _run(capsys, "draft", str(KOREAN_WAR), "-o", str(out_file))
    assert code == 0, err
    assert "draft questions" in out and err == ""
    data = json.loads(out_file.read_text(encoding="utf-8"))
    assert data["status"] == "draft" and len(data["questions"]) >= 29  # see test_drafts
    done = subprocess.run([sys.executable, "-m", "quiz_app.cli", "validate", str(out_file)],
                          capture_output=True, text=True, timeout=60)
    assert done.returncode == 0, done.stdout + done.stderr
    assert "valid" in done.stdout


def test_max_types_topics_and_list(tmp_path, capsys):
    out_file = tmp_path / "d.json"
    code, out, _ = _run(capsys, "draft", str(TEXTS["space-race"]), "-o", str(out_file), "--max", "5",
                        "--types", "mc,tf", "numeric", "--topics", "dates", "--list", "--title", "Space race")
    assert code == 0
    data = json.loads(out_file.read_text(encoding="utf-8"))
    assert 0 < len(data["questions"]) <= 5
    assert {q["type"] for q in data["questions"]} <= {"multiple_choice", "true_false", "numeric"}
    assert all("dates" in q["topics"] for q in data["questions"])
    assert data["title"] == "Space race"
    assert out.count("\n") >= 2 + len(data["questions"])  # one line per draft with --list


def test_default_output_is_next_to_the_source(tmp_path, capsys):
    source = tmp_path / "berlin.txt"
    source.write_text(TEXTS["berlin-airlift"].read_text(encoding="utf-8"), encoding="utf-8")
    code, _, _ = _run(capsys, "draft", str(source))
    assert code == 0
    assert (tmp_path / "berlin.draft.json").exists()


@pytest.mark.parametrize(
    "content, message",
    [
        (None, "does not exist"),
        (b"", "is empty"),
        (b"  \n\n \t", "is empty"),
        (b"PK\x03\x04\x00\x00binary", "binary"),
        (b"\xff\xfeT\x00r\x00\x00\xd8", "UTF-16"),  # a UTF-16 mark, then half a character
    ],
)
def test_bad_source_files_get_a_clear_message(tmp_path, capsys, content, message):
    source = tmp_path / "source.txt"
    if content is not None:
        source.write_bytes(content)
    code, out, err = _run(capsys, "draft", str(source), "-o", str(tmp_path / "out.json"))
    assert code == 1
    assert message in err and "Traceback" not in err
    assert not (tmp_path / "out.json").exists()


@pytest.mark.parametrize("codec", ["utf-16", "utf-16-le", "utf-8-sig"])
def test_sources_in_utf16_or_with_a_bom_are_read_like_every_text_file(tmp_path, capsys, codec):
    # question_bank.textfiles reads every teacher's file under one policy; the drafting CLI no longer
    # refuses the UTF-16 files that Windows' Notepad writes
    source = tmp_path / "space.txt"
    source.write_bytes(TEXTS["space-race"].read_text(encoding="utf-8").encode(codec))
    code, out, err = _run(capsys, "draft", str(source), "-o", str(tmp_path / "o.json"))
    assert code == 0 and err == "", err
    assert json.loads((tmp_path / "o.json").read_text(encoding="utf-8"))["questions"]


def test_a_windows_1252_source_is_read_with_a_warning(tmp_path, capsys):
    source = tmp_path / "space.txt"
    text = TEXTS["space-race"].read_text(encoding="utf-8").replace("\n", " Café.\n", 1)
    source.write_bytes(text.encode("cp1252", errors="replace"))
    code, _, err = _run(capsys, "draft", str(source), "-o", str(tmp_path / "o.json"))
    assert code == 0
    assert "warning" in err and "not UTF-8 (byte 0x" in err and "read it as Windows-1252 (Latin-1)" in err
    data = json.loads((tmp_path / "o.json").read_text(encoding="utf-8"))
    assert "Café." in data["sources"][0]["text"]


def test_a_folder_is_not_a_source(tmp_path, capsys):
    code, _, err = _run(capsys, "draft", str(tmp_path))
    assert code == 1 and "folder" in err


def test_unreadable_source(tmp_path, capsys, monkeypatch):
    source = tmp_path / "secret.txt"
    source.write_text("Truman met Stalin in 1945.", encoding="utf-8")

    def refuse(*args, **kwargs):
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(textfiles, "open", refuse, raising=False)  # chmod 0 does not stop root
    code, _, err = _run(capsys, "draft", str(source))
    assert code == 1 and "cannot be read: Permission denied" in err


def test_text_with_nothing_to_ask(tmp_path, capsys):
    source = tmp_path / "plain.txt"
    source.write_text("the weather was fine. everyone went home.", encoding="utf-8")
    code, _, err = _run(capsys, "draft", str(source), "-o", str(tmp_path / "o.json"))
    assert code == 1 and "no questions could be drafted" in err


def test_unwritable_output_and_bad_options(tmp_path, capsys):
    code, _, err = _run(capsys, "draft", str(TEXTS["space-race"]), "-o", str(tmp_path / "missing" / "o.json"))
    assert code == 1 and "cannot be written" in err
    code, _, err = _run(capsys, "draft", str(TEXTS["space-race"]), "--types", "essay")
    assert code == 2 and "unknown question type" in err
    code, _, err = _run(capsys, "draft", str(TEXTS["space-race"]), "--max", "0")
    assert code == 2 and "--max" in err


def test_min_score_cuts_and_list_is_best_first(tmp_path, capsys):
    out_file = tmp_path / "cut.json"
    code, out, err = _run(capsys, "draft", str(KOREAN_WAR), "-o", str(out_file), "--min-score", "0.8", "--list")
    assert code == 0, err
    data = json.loads(out_file.read_text(encoding="utf-8"))
    full = tmp_path / "full.json"
    _run(capsys, "draft", str(KOREAN_WAR), "-o", str(full))
    assert 0 < len(data["questions"]) < len(json.loads(full.read_text(encoding="utf-8"))["questions"])
    scores = [float(line.split()[3]) for line in out.splitlines() if line.startswith("  s")]
    assert scores == sorted(scores, reverse=True) and min(scores) >= 0.8


def test_min_score_out_of_range_is_a_usage_error(tmp_path, capsys):
    code, _, err = _run(capsys, "draft", str(KOREAN_WAR), "-o", str(tmp_path / "x.json"), "--min-score", "2")
    assert code == 2 and "--min-score" in err

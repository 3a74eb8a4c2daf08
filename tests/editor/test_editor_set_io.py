"""Opening a file in the editor without Qt: set files through textfiles, imports made editable; the editor's
document, file and suggestion modules never load Qt."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from quiz_app.ui.editor.set_io import import_formats_text, import_set_file, read_set_file
from quiz_app.ui.editor.suggestions import Drafts, drafts_summary, open_drafts, shown_drafts

ROOT = Path(__file__).resolve().parent.parent.parent
SET = {"id": "s", "title": "Café", "questions": [{"id": "q1", "type": "true_false", "prompt": "Vrai?"}],
       "sources": [{"id": "src", "title": "T", "text": "Le café."}]}


def test_the_editors_qt_free_modules_do_not_import_qt():
    code = ("import sys\nimport quiz_app.ui.editor.document, quiz_app.ui.editor.set_io, quiz_app.ui.editor.suggestions\n"
            "print(sorted(k for k in sys.modules if k.startswith(('PySide6', 'shiboken6'))))")
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT)
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.strip() == "[]"


def test_a_set_file_in_utf16_opens(tmp_path):
    path = tmp_path / "set.json"
    path.write_bytes(json.dumps(SET, ensure_ascii=False).encode("utf-16"))
    opened = read_set_file(path)
    assert opened.data is not None and opened.data["title"] == "Café"
    assert opened.problems == [] and opened.warning == ""


def test_a_set_file_not_in_utf8_opens_with_a_warning(tmp_path):
    path = tmp_path / "set.json"
    path.write_bytes(json.dumps(SET, ensure_ascii=False).encode("latin-1"))
    opened = read_set_file(path)
    assert opened.data is not None and opened.data["title"] == "Café"
    assert "not UTF-8" in opened.warning and "Windows-1252" in opened.warning


def test_files_that_are_not_sets_say_why(tmp_path):
    empty = tmp_path / "empty.json"
    empty.write_bytes(b"  \n")
    assert read_set_file(empty).data is None
    assert read_set_file(empty).problems[0].startswith("The file is empty")
    broken = tmp_path / "broken.json"
    broken.write_text('{"title": ', encoding="utf-8")
    opened = read_set_file(broken)
    assert opened.data is None and opened.problems and "line 1" in opened.problems[0]
    listed = tmp_path / "list.json"
    listed.write_text("[1, 2]", encoding="utf-8")
    assert read_set_file(listed).data is None and read_set_file(listed).problems


def test_an_imported_set_has_empty_fields_for_its_placeholders(tmp_path):
    path = tmp_path / "quiz.txt"
    path.write_text("What year did the Korean War begin?\nA. 1949\nB. 1950\nANSWER: B\n", encoding="utf-8")
    opened = import_set_file(path)
    assert opened.data is not None and opened.summary
    q = opened.data["questions"][0]
    assert q["evidence"]["quote"] == "" and q["explanation"] == ""


def test_a_file_with_no_questions_is_not_imported(tmp_path):
    path = tmp_path / "notes.txt"
    path.write_text("Just a paragraph of notes about the war.\n", encoding="utf-8")
    opened = import_set_file(path)
    assert opened.data is None
    assert any("New set…" in line for line in opened.problems)


def test_the_start_page_names_the_import_formats():
    assert import_formats_text() == "Opens question sets (.json) and imports GIFT, Aiken, Moodle XML, CSV, TSV, " \
                                    "Excel (.xlsx), Canvas QTI 1.2 (.zip), QTI 2.1 (.zip)."


def test_an_empty_drafting_is_summarised():
    drafts = Drafts("src", "text")
    assert open_drafts(drafts, set(), set()) == [] and shown_drafts([], "numeric") == []
    assert drafts_summary(drafts, set(), 0, 0, 0) == "No questions could be drafted from this text."

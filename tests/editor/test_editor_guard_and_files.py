"""Unsaved changes are never lost silently; saves are atomic and keep a .bak; failures say what happened."""

from __future__ import annotations

import errno
import json
import os

import pytest
from editor_helpers import AIRLIFT, click, click_dialog_button, open_and_wait, type_into
from PySide6.QtWidgets import QMessageBox

from question_bank import atomic
from quiz_app import set_files
from quiz_app.set_files import SetSaveError, SourceTextError, backup_path, read_source_text, save_set_file

Btn = QMessageBox.StandardButton


def _modify(qtbot, w):
    form = w.question_editor.forms[w.data["questions"][0]["type"]]
    type_into(qtbot, form.prompt_edit, "Changed question?")
    assert w.isWindowModified()


def test_closing_with_changes_asks_and_cancel_keeps_the_window(editor, qtbot, builtin_copy):
    w = editor
    open_and_wait(qtbot, w, builtin_copy)
    _modify(qtbot, w)
    w.close()
    box = w.files.unsaved_dialog
    assert box is not None and box.isVisible()
    assert "not saved" in box.text()
    click_dialog_button(qtbot, box, Btn.Cancel)
    assert w.isVisible() and w.files.unsaved_dialog is None
    assert w.data["questions"][0]["prompt"] == "Changed question?"
    assert json.loads(builtin_copy.read_text(encoding="utf-8"))["questions"][0]["prompt"] != "Changed question?"

    # Discard closes without writing anything.
    before = builtin_copy.read_bytes()
    w.close()
    click_dialog_button(qtbot, w.files.unsaved_dialog, Btn.Discard)
    assert not w.isVisible()
    assert builtin_copy.read_bytes() == before
    assert not backup_path(builtin_copy).exists()


def test_closing_with_changes_and_save_writes_then_closes(editor, qtbot, builtin_copy):
    w = editor
    open_and_wait(qtbot, w, builtin_copy)
    before = builtin_copy.read_bytes()
    _modify(qtbot, w)
    w.close()
    with qtbot.waitSignal(w.set_saved):
        click_dialog_button(qtbot, w.files.unsaved_dialog, Btn.Save)
    assert not w.isVisible()
    assert json.loads(builtin_copy.read_text(encoding="utf-8"))["questions"][0]["prompt"] == "Changed question?"
    assert backup_path(builtin_copy).read_bytes() == before


def test_a_new_unsaved_set_asks_before_another_one_replaces_it(editor, qtbot, data_dir):
    w = editor
    w.new_set_from_text(AIRLIFT, "First")
    assert w.is_modified()  # never saved
    w.new_set_from_text("Another text.", "Second")
    box = w.files.unsaved_dialog
    assert box is not None
    click_dialog_button(qtbot, box, Btn.Save)
    assert w.data["title"] == "Second"
    assert json.loads((data_dir / "sets" / "first.json").read_text(encoding="utf-8"))["title"] == "First"
    assert w.path is None and w.is_modified()


def test_an_unchanged_set_closes_without_asking(editor, qtbot, builtin_copy):
    w = editor
    open_and_wait(qtbot, w, builtin_copy)
    w.close()
    assert w.files.unsaved_dialog is None and not w.isVisible()


# --------------------------------------------------------------------------- atomic saves


def test_save_keeps_the_previous_version_and_no_temporary_files(tmp_path):
    path = tmp_path / "set.json"
    save_set_file(path, {"version": 1, "text": "Ünïcode “quotes”"})
    assert not backup_path(path).exists()
    save_set_file(path, {"version": 2})
    assert json.loads(path.read_text(encoding="utf-8")) == {"version": 2}
    assert json.loads(backup_path(path).read_text(encoding="utf-8")) == {"version": 1, "text": "Ünïcode “quotes”"}
    assert "Ünïcode “quotes”" in backup_path(path).read_text(encoding="utf-8")  # readable, not \\u escapes
    assert sorted(p.name for p in tmp_path.iterdir()) == ["set.json", "set.json.bak"]


@pytest.fixture
def read_only_folder(tmp_path, monkeypatch):
    """A folder nobody may write in: by its permissions, or (as root, who ignores them) by refusing
    to create files there, as a read-only disk does."""
    folder = tmp_path / "locked"
    folder.mkdir()
    (folder / "set.json").write_text('{"old": true}\n', encoding="utf-8")
    folder.chmod(0o555)
    probe = folder / ".probe"
    try:
        probe.write_text("x")
    except PermissionError:
        pass
    else:  # root: the permissions do not stop us
        probe.unlink()
        real_mkstemp = atomic.tempfile.mkstemp

        def refuse(*args, dir=None, **kwargs):
            if dir is not None and os.path.samefile(dir, folder):
                raise OSError(errno.EROFS, "Read-only file system", str(folder))
            return real_mkstemp(*args, dir=dir, **kwargs)

        monkeypatch.setattr(atomic.tempfile, "mkstemp", refuse)
    yield folder
    folder.chmod(0o755)


def test_a_failed_save_leaves_the_old_file_intact_and_says_why(read_only_folder):
    path = read_only_folder / "set.json"
    with pytest.raises(SetSaveError) as info:
        save_set_file(path, {"new": True})
    message = str(info.value)
    assert isinstance(info.value, OSError)
    assert str(path) in message
    assert "read-only" in message or "permission" in message
    assert "previous version of the file is unchanged" in message
    assert path.read_text(encoding="utf-8") == '{"old": true}\n'
    assert sorted(p.name for p in read_only_folder.iterdir()) == ["set.json"]


def test_a_full_disk_is_reported_and_the_temporary_file_removed(tmp_path, monkeypatch):
    path = tmp_path / "set.json"
    path.write_text('{"old": true}\n', encoding="utf-8")

    real_write_bytes = atomic.Path.write_bytes

    def full(self, data):
        if self.parent == tmp_path:  # the temporary file next to the set: the disk fills up
            raise OSError(errno.ENOSPC, "No space left on device")
        return real_write_bytes(self, data)

    monkeypatch.setattr(atomic.Path, "write_bytes", full)
    with pytest.raises(SetSaveError) as info:
        save_set_file(path, {"new": True})
    assert "the disk is full" in str(info.value)
    assert path.read_text(encoding="utf-8") == '{"old": true}\n'
    assert sorted(p.name for p in tmp_path.iterdir()) == ["set.json"]


def test_the_editor_shows_a_failed_save_and_stays_modified(editor, qtbot, builtin_copy, read_only_folder):
    w = editor
    open_and_wait(qtbot, w, builtin_copy)
    _modify(qtbot, w)
    target = read_only_folder / "set.json"
    assert w.files.save_to(target) is False
    assert w.message_dialog is not None and w.message_dialog.isVisible()
    assert "could not be saved" in w.message_dialog.text()
    assert "could not be saved" in w.statusBar().currentMessage()
    assert target.read_text(encoding="utf-8") == '{"old": true}\n'
    assert w.isWindowModified() and w.path == builtin_copy


# --------------------------------------------------------------------------- source texts


@pytest.mark.parametrize(("name", "content", "expected"), [
    ("paper.docx", b"PK\x03\x04binary", "not a text file"),
    ("binary.txt", b"abc\x00\x00def", "“binary.txt” cannot be used as a source text: the file is not text"),
    ("empty.md", b"  \n\n", "“empty.md” is empty"),
    ("marked-empty.md", "\ufeff  \n".encode(), "“marked-empty.md” is empty"),
])
def test_source_texts_that_cannot_be_used_are_explained(tmp_path, name, content, expected):
    path = tmp_path / name
    path.write_bytes(content)
    with pytest.raises(SourceTextError, match=expected):
        read_source_text(path)


def test_a_source_text_too_large_is_refused_before_it_is_read(tmp_path, monkeypatch):
    monkeypatch.setattr(set_files, "MAX_SOURCE_BYTES", 100)
    path = tmp_path / "book.txt"
    path.write_text("word " * 100, encoding="utf-8")
    with pytest.raises(SourceTextError, match="“book.txt” cannot be used as a source text: the file is too large"):
        read_source_text(path)


def test_a_source_text_is_read_as_utf8_with_uniform_line_breaks(tmp_path):
    path = tmp_path / "text.md"
    path.write_bytes("\ufeffFirst line  \r\nSecond “line”\r\n\r\n".encode())
    read = read_source_text(path)
    assert read.text == "First line\nSecond “line”"
    assert read.warning == ""


def test_a_utf16_source_text_is_read(tmp_path):
    path = tmp_path / "utf16.txt"
    path.write_bytes("Hello “world”\r\nSecond line".encode("utf-16"))
    read = read_source_text(path)
    assert read.text == "Hello “world”\nSecond line"
    assert read.warning == ""


def test_a_latin1_source_text_is_read_with_a_warning(tmp_path):
    path = tmp_path / "latin1.txt"
    path.write_bytes("Café au lait\n".encode("latin-1"))
    read = read_source_text(path)
    assert read.text == "Café au lait"
    assert "“latin1.txt”" in read.warning and "not UTF-8" in read.warning and "Windows-1252" in read.warning


def test_the_start_page_opens_a_text_file_or_says_why_not(editor, qtbot, tmp_path):
    w = editor
    bad = tmp_path / "bad.docx"
    bad.write_bytes(b"PK\x03\x04binary")
    assert w.start_page.load_text_file(str(bad)) is False
    assert w.start_page.error_label.isVisible()
    assert "not a text file" in w.start_page.error_label.text()
    latin = tmp_path / "latin.txt"
    latin.write_bytes("Ça va très bien".encode("latin-1"))
    assert w.start_page.load_text_file(str(latin)) is True
    assert w.start_page.text_edit.toPlainText() == "Ça va très bien"
    assert w.start_page.error_label.isVisible()  # the teacher is told to check the accents
    assert "not UTF-8" in w.start_page.error_label.text() and "latin.txt" in w.start_page.error_label.text()
    w.start_page.title_edit.clear()
    good = tmp_path / "berlin-airlift.txt"
    good.write_text(AIRLIFT, encoding="utf-8")
    assert w.start_page.load_text_file(str(good)) is True
    assert not w.start_page.error_label.isVisible()
    assert w.start_page.title_edit.text() == "berlin airlift"
    click(qtbot, w.start_page.create_button)
    assert w.data["sources"][0]["text"] == AIRLIFT


def test_a_set_file_not_in_utf8_opens_and_the_editor_says_so(editor, qtbot, builtin_copy):
    w = editor
    data = json.loads(builtin_copy.read_text(encoding="utf-8"))
    data["title"] = "La guerre de Corée"
    builtin_copy.write_bytes(json.dumps(data, ensure_ascii=False).encode("cp1252", errors="replace"))
    open_and_wait(qtbot, w, builtin_copy)
    assert w.data["title"] == "La guerre de Corée"
    message = w.statusBar().currentMessage()
    assert message.startswith(f"Opened {builtin_copy}.") and "not UTF-8" in message and "Windows-1252" in message

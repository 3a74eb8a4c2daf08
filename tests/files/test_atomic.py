"""The one atomic writer: old or new content, never half; mode and symlinks kept; no temporary left."""

import os
import stat

import pytest

from question_bank.atomic import atomic_open, atomic_path, atomic_write, backup_path


def _leftovers(folder):
    return [p.name for p in folder.iterdir() if p.name.endswith(".tmp")]


def test_writes_text_and_bytes_and_leaves_no_temporary(tmp_path):
    path = tmp_path / "a.txt"
    atomic_write(path, "héllo")
    assert path.read_text(encoding="utf-8") == "héllo"
    atomic_write(path, b"\x00\x01")
    assert path.read_bytes() == b"\x00\x01"
    assert _leftovers(tmp_path) == []


def test_an_exception_while_writing_keeps_the_old_file_and_removes_the_temporary(tmp_path):
    path = tmp_path / "set.json"
    path.write_text("old", encoding="utf-8")
    with pytest.raises(RuntimeError):
        with atomic_open(path) as fh:
            fh.write("half of the new")
            raise RuntimeError("the exporter failed")
    assert path.read_text(encoding="utf-8") == "old"
    assert _leftovers(tmp_path) == []


@pytest.mark.skipif(os.name != "posix", reason="POSIX permission bits")
def test_the_replaced_files_mode_is_kept(tmp_path):
    path = tmp_path / "report.csv"
    path.write_text("old", encoding="utf-8")
    os.chmod(path, 0o640)
    atomic_write(path, "new")
    assert stat.S_IMODE(path.stat().st_mode) == 0o640


@pytest.mark.skipif(os.name != "posix", reason="symlinks")
def test_a_symlink_stays_a_link_and_its_target_is_replaced(tmp_path):
    real = tmp_path / "real.gift"
    real.write_text("old", encoding="utf-8")
    link = tmp_path / "link.gift"
    link.symlink_to(real)
    atomic_write(link, "new")
    assert link.is_symlink()
    assert real.read_text(encoding="utf-8") == "new"


def test_backup_keeps_the_previous_content(tmp_path):
    path = tmp_path / "set.json"
    path.write_text("v1", encoding="utf-8")
    atomic_write(path, "v2", backup=True)
    assert backup_path(path).read_text(encoding="utf-8") == "v1"
    assert path.read_text(encoding="utf-8") == "v2"


def test_a_library_writing_to_a_file_name_goes_through_atomic_path(tmp_path):
    path = tmp_path / "out.bin"
    with atomic_path(path) as tmp:
        assert tmp.parent == tmp_path and tmp != path
        tmp.write_bytes(b"data")
        assert not path.exists()
    assert path.read_bytes() == b"data"


def test_a_missing_folder_is_an_oserror_and_nothing_is_left(tmp_path):
    with pytest.raises(OSError):
        atomic_write(tmp_path / "no" / "such" / "file.txt", "x")
    assert _leftovers(tmp_path) == []


def test_hostile_save_cases_keep_mode_symlink_and_clean_leftovers(tmp_path):
    import os as _os

    from question_bank.atomic import atomic_write

    shared = tmp_path / "set.json"
    shared.write_text("old")
    shared.chmod(0o644)
    atomic_write(shared, "new")
    assert shared.stat().st_mode & 0o777 == 0o644 and shared.read_text() == "new"
    link = tmp_path / "link.json"
    link.symlink_to(shared)
    atomic_write(link, "via link")
    assert link.is_symlink() and shared.read_text() == "via link"
    # a save killed before its rename left temporaries (a dead process id, and an old-style name)
    dead = tmp_path / ".set.json.999999999.abc.tmp"
    dead.write_text("half")
    old_style = tmp_path / ".set.json.k2j3.tmp"
    old_style.write_text("half")
    live = tmp_path / f".set.json.{_os.getpid()}.live.tmp"
    live.write_text("being written")
    atomic_write(shared, "next save")
    assert not dead.exists() and not old_style.exists() and live.exists()
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted([".set.json." f"{_os.getpid()}.live.tmp",
                                                                  "link.json", "set.json"])

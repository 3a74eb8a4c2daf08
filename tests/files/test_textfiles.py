"""The one reader of a teacher's file: size limit first, one encoding policy, errors that name the place."""

import pytest

from question_bank import textfiles
from question_bank.textfiles import TextFileError

TEXT = "Café “Truman” – 1950\nline two\n"


@pytest.mark.parametrize(("codec", "label"), [
    ("utf-8", "UTF-8"), ("utf-8-sig", "UTF-8 with BOM"), ("utf-16", "UTF-16 (BOM)"),
    ("utf-16-le", "UTF-16 LE (no BOM)"), ("utf-16-be", "UTF-16 BE (no BOM)"), ("utf-32", "UTF-32 (BOM)"),
])
def test_unicode_encodings_read_back_the_same_text(codec, label):
    got = textfiles.decode(TEXT.encode(codec), "a.txt")
    assert got.text == TEXT
    assert got.encoding == label
    assert got.warning == ""


def test_legacy_bytes_are_read_as_windows_1252_with_a_warning_naming_the_line():
    data = "line one\nCafé “au” lait\n".encode("cp1252")
    got = textfiles.decode(data, "old.txt")
    assert got.text == "line one\nCafé “au” lait\n"
    assert got.encoding == "Windows-1252 (Latin-1)"
    assert "not UTF-8" in got.warning and "line 2" in got.warning
    assert got.warning_line == 2


@pytest.mark.parametrize(("data", "reason"), [
    (b"   \n\t", "empty"),
    (b"PK\x03\x04\x00\x00binary\x00\x01\x02", "not text"),
    (b"\xef\xbb\xbfok\x00\x00\x00\x00\x01\x02\x03\x04\x05\x06", "not text"),
])
def test_empty_and_binary_files_are_refused(data, reason):
    with pytest.raises(TextFileError) as err:
        textfiles.decode(data, "x.gift")
    assert reason in err.value.reason
    assert str(err.value).startswith("x.gift")


def test_a_file_over_the_limit_is_refused_before_it_is_read(tmp_path):
    path = tmp_path / "big.txt"
    path.write_bytes(b"a" * 2048)
    with pytest.raises(TextFileError) as err:
        textfiles.read_bytes(path, 1024, "source text")
    assert "too large" in err.value.reason and "source text" in err.value.reason
    assert textfiles.read_text(tmp_path / "big.txt", 4096).text == "a" * 2048


def test_missing_file_and_folder_are_named(tmp_path):
    with pytest.raises(TextFileError, match="does not exist"):
        textfiles.read_text(tmp_path / "nope.txt", 1024)
    with pytest.raises(TextFileError, match="folder"):
        textfiles.read_text(tmp_path, 1024)


def test_decoding_is_linear_on_a_large_legacy_file():
    data = ("é" * 200_000 + "\n").encode("cp1252") * 5
    got = textfiles.decode(data, "big.txt")
    assert len(got.text) == 1_000_005


def test_a_named_pipe_or_a_device_is_refused_without_blocking(tmp_path):
    import os as _os

    import pytest as _pytest

    from question_bank import textfiles as _tf

    fifo = tmp_path / "set.json"
    _os.mkfifo(fifo)
    for path in (fifo, "/dev/zero"):
        with _pytest.raises(_tf.TextFileError, match="not a plain file"):
            _tf.read_bytes(path, 1000, "question set")

"""The one table of formats: what it answers, how it writes, and that docs/formats.md lists it."""

from __future__ import annotations

import dataclasses
import subprocess
import sys
from pathlib import Path

import pytest

from question_bank.formats import (
    FORMATS,
    FileFormat,
    detect_format,
    export_file,
    format_for_path,
    format_named,
    import_file,
)

DOC = Path(__file__).resolve().parents[2] / "docs" / "formats.md"


def doc_table() -> list[str]:
    """The rows docs/formats.md must show, made from the table."""
    rows = []
    for f in FORMATS:
        extensions = ", ".join(f"`{e}`" for e in f.extensions)
        rows.append(f"| `{f.name}` | {f.label} | {'yes' if f.can_import else 'no'} | "
                    f"{'yes' if f.can_export else 'no'} | {extensions} | {f.loses} |")
    return rows


def test_docs_list_every_format_with_its_extensions():
    lines = DOC.read_text(encoding="utf-8").splitlines()
    start = next(i for i, line in enumerate(lines) if line.startswith("<!-- The table of formats"))
    first = next(i for i in range(start, len(lines)) if lines[i].startswith("|"))
    end = next((i for i in range(first, len(lines)) if not lines[i].startswith("|")), len(lines))
    header, rule, *shown = lines[first:end]
    assert header.startswith("| `--format` |") and set(rule) <= set("|-")
    expected = doc_table()
    assert shown == expected, "docs/formats.md's table of formats is out of date; it should read:\n" + \
        "\n".join(expected)


def test_the_table():
    names = [f.name for f in FORMATS]
    assert names == ["gift", "aiken", "moodle-xml", "csv", "tsv", "xlsx", "kahoot", "apkg", "qti12", "qti21"]
    assert len(set(names)) == len(names)
    assert [f.name for f in FORMATS if f.can_import] == ["gift", "aiken", "moodle-xml", "csv", "tsv", "xlsx",
                                                          "qti12", "qti21"]
    assert all(f.can_export for f in FORMATS)
    for f in FORMATS:
        assert f.label and f.loses and f.extensions
        assert all(e.startswith(".") and e == e.lower() for e in f.extensions)
        assert f.suffix == f.extensions[0]
    assert format_named("aiken").suffix == ".txt" and format_named("kahoot").suffix == ".xlsx"
    with pytest.raises(dataclasses.FrozenInstanceError):
        format_named("gift").name = "other"  # type: ignore[misc]


def test_format_named_says_which_names_it_knows():
    assert isinstance(format_named("moodle-xml"), FileFormat)
    with pytest.raises(ValueError) as caught:
        format_named("docx")
    message = str(caught.value)
    assert "'docx'" in message and all(f.name in message for f in FORMATS)


@pytest.mark.parametrize("name, fmt", [
    ("q.gift", "gift"), ("Q.GIFT", "gift"), ("q.aiken", "aiken"), ("q.xml", "moodle-xml"), ("q.csv", "csv"),
    ("q.tsv", "tsv"), ("q.tab", "tsv"), ("q.xlsx", "xlsx"), ("q.xlsm", "xlsx"), ("q.apkg", "apkg"),
    ("q.txt", None), ("q.docx", None), ("q", None),
])
def test_format_for_path(name, fmt):
    found = format_for_path(name)
    assert (found.name if found else None) == fmt
    if fmt is not None:
        assert detect_format(name) == fmt


def test_a_txt_file_is_told_by_its_content():
    assert detect_format("q.txt", b"Where?\nA. Seoul\nB. Busan\nANSWER: A\n") == "aiken"
    assert detect_format("q.txt", b"::a:: Where? {=Seoul ~Busan}\n") == "gift"
    assert detect_format("q.txt", b"term\tdefinition\n") == "tsv"


def test_export_file_by_name_by_extension_and_by_format(tricky_set, tmp_path):
    export_file(tricky_set, tmp_path / "a.xml")
    assert import_file(tmp_path / "a.xml").format == "moodle-xml"
    export_file(tricky_set, tmp_path / "b.dat", "gift")
    assert import_file(tmp_path / "b.dat", "gift").questions
    warnings = export_file(tricky_set, tmp_path / "c.txt", format_named("aiken"))
    assert any("multiple-choice questions only" in w for w in warnings)
    with pytest.raises(ValueError, match="cannot tell the format"):
        export_file(tricky_set, tmp_path / "d.txt")
    with pytest.raises(ValueError, match="unknown format"):
        export_file(tricky_set, tmp_path / "d.gift", "docx")
    assert not (tmp_path / "d.txt").exists() and not (tmp_path / "d.gift").exists()


@pytest.mark.parametrize("fmt", [f.name for f in FORMATS])
def test_a_failed_export_leaves_the_old_file_and_no_temporary_file(fmt, tricky_set, tmp_path, monkeypatch):
    """Every exporter writes through question_bank.atomic: the file is the old one or the new one."""
    from question_bank import atomic

    target = tmp_path / f"set{format_named(fmt).suffix}"
    target.write_bytes(b"the teacher's old file")

    def power_cut(path):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(atomic, "_fsync_file", power_cut)
    with pytest.raises(OSError):
        export_file(tricky_set, target, fmt)
    assert target.read_bytes() == b"the teacher's old file"
    assert [p.name for p in tmp_path.iterdir()] == [target.name]


def test_importing_the_table_loads_no_format_module():
    code = ("import sys, question_bank.formats as f; f.FORMATS; f.format_for_path('x.xlsx'); "
            "print(sorted(m for m in sys.modules if m.startswith(('question_bank.formats.', 'openpyxl', 'genanki'))))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    loaded = eval(out)
    assert not any(m.split(".")[-1] in ("gift", "aiken", "moodle_xml", "csv_tsv", "xlsx", "apkg") for m in loaded)
    assert not any(m.startswith(("openpyxl", "genanki")) for m in loaded)

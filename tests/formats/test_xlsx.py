"""Kahoot spreadsheets: the template layout, floats, empty numbered rows, sheet/cell places."""

from __future__ import annotations

import io
import zipfile

from openpyxl import Workbook, load_workbook

from question_bank.formats import import_bytes, import_file
from question_bank.formats.xlsx import KAHOOT_HEADER, export_xlsx


def workbook_bytes(wb) -> bytes:
    buffer = io.BytesIO()
    wb.save(buffer)
    return buffer.getvalue()


def kahoot(rows, header_row=8) -> bytes:
    wb = Workbook()
    ws = wb.active
    for col, text in enumerate(KAHOOT_HEADER, 1):
        ws.cell(row=header_row, column=col, value=text or None)
    for i, values in enumerate(rows, header_row + 1):
        for col, value in enumerate(values, 1):
            ws.cell(row=i, column=col, value=value)
    return workbook_bytes(wb)


def test_floats_and_number_lists():
    data = kahoot([[1.0, "Year?", 1945.0, 1950.0, None, None, 20.0, 2.0],
                   [2.0, "Which?", "A", "B", "C", "D", 20.0, "1, 4"],
                   [3.0, None, None, None, None, None, None, None],
                   [4.0, "TF?", "False", "True", None, None, 5.0, 2]])
    result = import_bytes(data, "k.xlsx", "xlsx")
    year, which, tf = result.questions
    assert [(c.text, c.correct) for c in year.choices] == [("1945", False), ("1950", True)]
    assert which.type == "multiple_select" and [c.correct for c in which.choices] == [True, False, False, True]
    assert tf.type == "true_false" and tf.answer is True
    assert not result.errors


def test_header_found_anywhere_and_problems_name_the_cell():
    data = kahoot([[1, "Q?", "A", "B", None, None, 20, 7]], header_row=3)
    result = import_bytes(data, "k.xlsx", "xlsx")
    assert result.question_set is None
    (problem,) = result.errors
    assert (problem.sheet, problem.row, problem.cell) == ("Sheet", 4, "H4")
    assert "k.xlsx [Sheet!H4]" in str(problem)


def test_not_an_xlsx_file():
    assert "not an .xlsx" in import_bytes(b"hello", "x.xlsx", "xlsx").errors[0].reason
    assert "old Excel" in import_bytes(b"\xd0\xcf\x11\xe0" + b"\0" * 100, "x.xlsx", "xlsx").errors[0].reason
    damaged = kahoot([[1, "Q?", "A", "B", None, None, 20, 1]])[:400]
    assert import_bytes(damaged, "x.xlsx", "xlsx").errors


def test_zip_bomb_is_refused_before_unpacking(monkeypatch):
    from question_bank.formats import xlsx

    monkeypatch.setattr(xlsx, "MAX_UNPACKED_BYTES", 1024 * 1024)
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("xl/worksheets/sheet1.xml", b"\0" * (3 * 1024 * 1024))
    assert len(buffer.getvalue()) < 10_000
    result = import_bytes(buffer.getvalue(), "bomb.xlsx", "xlsx")
    assert "unpacks to 3 MB; refused (the limit is 1 MB)" in result.errors[0].reason


def test_export_layout_and_kahoot_only(tricky_set, tmp_path):
    path = tmp_path / "k.xlsx"
    warnings = export_xlsx(tricky_set, path)
    wb = load_workbook(path)
    assert wb.sheetnames == ["Kahoot", "quiz-bank", "Sources", "Set"]
    ws = wb["Kahoot"]
    assert [c.value for c in ws[8]][1:] == KAHOOT_HEADER[1:]
    assert ws["B9"].value.startswith("Who led the North") and ws["H9"].value == 1
    assert ws["H10"].value == "1,2"  # 10 divisions and Soviet-equipped
    assert any("number questions have no place" in w and "not on the Kahoot sheet" in w for w in warnings)
    assert any("only four answers fit Kahoot" in w for w in warnings)
    export_xlsx(tricky_set, tmp_path / "only.xlsx", kahoot_only=True)
    assert load_workbook(tmp_path / "only.xlsx").sheetnames == ["Kahoot"]
    kahoot_only = import_file(tmp_path / "only.xlsx")
    assert {q.type for q in kahoot_only.questions} == {"multiple_choice", "multiple_select", "true_false"}


def test_text_that_starts_like_a_formula_stays_text(tricky_set, tmp_path):
    data = tricky_set.model_dump()
    data["questions"][0]["prompt"] = "=SUM(A1:A2) is not a formula"
    from question_bank.models import QuestionSet

    qset = QuestionSet.model_validate(data)
    export_xlsx(qset, tmp_path / "f.xlsx")
    assert import_file(tmp_path / "f.xlsx").questions[0].prompt == "=SUM(A1:A2) is not a formula"

"""Large question tables: a CSV or TSV over the table limit is refused in words, before it is parsed; the
Quizlet-style cards of a long file are numbered by line without counting from the top for each card."""

from __future__ import annotations

from question_bank.formats import ImportOptions, import_bytes, import_file
from question_bank.formats.problems import MAX_TABLE_BYTES

HEADER = "type,prompt,option_a,option_b,answer,explanation,topics\n"
ROW = "multiple choice,Which city did the army take first?,Seoul,Pusan,A,The text says Seoul fell first.,places\n"


def test_a_table_over_the_limit_is_refused_with_its_size_and_the_limit(tmp_path):
    path = tmp_path / "everything.csv"
    rows = MAX_TABLE_BYTES // len(ROW) + 10
    path.write_text(HEADER + ROW * rows, encoding="utf-8")
    result = import_file(path)
    assert result.question_set is None
    (problem,) = result.problems
    text = str(problem)
    assert "everything.csv" in text and "too large" in text and "10 MB" in text and "CSV question table" in text


def test_a_table_of_thousands_of_rows_is_still_imported():
    rows = 2000
    result = import_bytes((HEADER + ROW * rows).encode("utf-8"), "rows.csv")
    assert result.question_set is not None and len(result.question_set.questions) == rows
    assert not [p for p in result.problems if p.kind == "error"]


def test_cards_keep_their_line_numbers_in_a_long_file():
    lines = [f"term {i} = definition {i}" if i % 3 else "" for i in range(3000)]
    lines[1500] = "only a term ="
    result = import_bytes("\n".join(lines).encode("utf-8"), "cards.txt", "csv", ImportOptions(separator="="))
    (problem,) = [p for p in result.problems if "no definition" in p.reason]
    assert problem.line == 1501
    assert len(result.question_set.questions) == sum(1 for i in range(3000) if i % 3)  # line 1501 was empty

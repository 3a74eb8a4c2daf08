"""CSV/TSV: the template (as teachers type it), answers as text or option numbers, two-column files."""

from __future__ import annotations

import csv

import pytest

from question_bank.formats import ImportOptions, import_bytes
from question_bank.formats.csv_tsv import (
    export_csv,
    header_key,
    match_options,
    parse_numeric_answer,
)


def rows(text: str, fmt: str = "csv", **options):
    return import_bytes(text.encode("utf-8"), f"t.{fmt}", fmt, ImportOptions(**options))


@pytest.mark.parametrize("cell, key", [
    ("Question", "prompt"), ("Correct answer(s)", "answer"), ("Option B", "option_2"), ("choice 3", "option_3"),
    ("Answer 1 - max 75 characters", "option_1"), ("feedback_4", "feedback_4"), ("Quote 2", "quote_2"),
    ("\ufeffid", "id"), ("Tags", "topics"), ("Support note", "support_note"), ("Whatever", None),
])
def test_header_names(cell, key):
    assert header_key(cell) == key


@pytest.mark.parametrize("answer, found", [
    ("Kim Il Sung", [1]), ("2", [1]), ("B", [1]), ("b", [1]), ("1;3", [0, 2]), ("1,3", [0, 2]), ("A, C", [0, 2]),
    ("Mao; Kim Il Sung", [2, 1]), ("kim  il\u00a0sung", [1]), ("“Mao”", [2]), ("Rhee; South", [0]),
])
def test_answers_as_text_numbers_or_letters(answer, found):
    options = [(1, "Rhee; South"), (2, "Kim Il Sung"), (3, '"Mao"')]
    assert match_options(answer, options)[0] == found


def test_answer_that_names_nothing():
    found, why = match_options("Stalin", [(1, "Kim"), (2, "Rhee")])
    assert found is None and "Stalin" in why


@pytest.mark.parametrize("text, parsed", [
    ("1950", (1950, None, None)), ("135,000", (135000, None, None)), ("135 000", (135000, None, None)),
    ("1,5", (1.5, None, None)), ("135,000 (± 5,000) troops", (135000, 5000, "troops")),
    ("135000 +/- 5000", (135000, 5000, None)), ("130000..140000", (135000, 5000, None)), ("1e+20", (1e20, None, None)),
    ("−3.5 degrees", (-3.5, None, "degrees")), ("many", None),
])
def test_numbers_as_people_write_them(text, parsed):
    assert parse_numeric_answer(text) == parsed


def test_multiline_quoted_fields_bom_and_crlf():
    data = '\ufeffprompt,answer,type\r\n"Line one\r\nline two",Seoul,short answer\r\n'
    (q,) = rows(data).questions
    assert q.prompt == "Line one\r\nline two" and q.accepted == ["Seoul"]


def test_semicolon_delimiter_is_detected():
    (q,) = rows("prompt;answer;option_1;option_2\nWho?;2;Rhee;Kim\n").questions
    assert [c.correct for c in q.choices] == [False, True]


def test_type_is_guessed_when_missing():
    result = rows("prompt,answer,option_1,option_2,option_3\nA?,1;2,x,y,z\nB?,TRUE\nC?,1950\nD?,Seoul\nE?,y,x,y\n")
    assert [q.type for q in result.questions] == [
        "multiple_select", "true_false", "numeric", "short_answer", "multiple_choice"]


def test_problems_name_their_line():
    result = rows("prompt,answer,type\nA?,1950,numeric\n\"B\nstill B?\",soon,numeric\nC?,x,weird\n")
    assert [(p.line, p.kind) for p in result.errors] == [(3, "error"), (5, "error")]


def test_shifted_cells_are_reported():
    result = rows("prompt,answer,quote\nHow many?,135000,boasted around 135,000 troops\n")
    assert any("cells but the header names 3 columns" in p.reason for p in result.warnings)


def test_quizlet_tab_and_comma_and_custom_separators():
    tab = rows("Kim Il Sung\tLeader of the North\nRhee\tLeader of the South\n", "tsv")
    assert [(q.prompt, q.accepted) for q in tab.questions] == [
        ("Leader of the North", ["Kim Il Sung"]), ("Leader of the South", ["Rhee"])]
    comma = rows('Term,Definition\nSeoul,"Capital, captured June 27"\n')
    assert [q.prompt for q in comma.questions] == ["Capital, captured June 27"]
    custom = rows("Kim - North;Rhee - South;Mao - China", separator=" - ", row_separator=";",
                  quizlet_as="multiple_choice")
    assert [q.type for q in custom.questions] == ["multiple_choice"] * 3
    first = custom.questions[0]
    assert {c.text for c in first.choices} == {"Kim", "Rhee", "Mao"} and first.prompt == "North"
    assert [c.text for c in first.choices if c.correct] == ["Kim"]


def test_two_column_file_with_a_missing_definition():
    result = rows("Kim\tNorth\nRhee\nMao\tChina\n", "tsv")
    assert len(result.questions) == 2 and [p.line for p in result.errors] == [2]


def test_unknown_header_is_an_error_with_a_hint():
    result = rows("a,b,c\n1,2,3\n")
    assert result.question_set is None and "template" in result.errors[0].hint


def test_export_starts_with_the_summary_columns(tricky_set, tmp_path):
    path = tmp_path / "out.csv"
    assert export_csv(tricky_set, path) == []
    with open(path, encoding="utf-8-sig", newline="") as fh:
        table = list(csv.DictReader(fh))
    assert list(table[0])[:10] == ["id", "type", "topics", "difficulty", "points", "prompt", "answer", "quote",
                                   "source", "explanation"]
    by_id = {r["id"]: r for r in table}
    assert by_id["num-troops"]["answer"] == "135,000 (± 5,000) troops"
    assert by_id["mc-1"]["answer"] == "Kim Il Sung" and by_id["mc-1"]["points"] == "2.5"
    assert by_id["ms-1"]["answer"] == "10 divisions; Soviet-equipped"
    assert by_id["match-1"]["option_3"] == "→ Syngman Rhee's party"
    assert by_id["ord-1"]["dates"] == "June 25, 1950;June 27;early July;"
    assert by_id["cite-1"]["quote"].startswith("By 1950")

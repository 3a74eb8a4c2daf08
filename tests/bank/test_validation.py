"""One test per validation rule: each bad input yields its specific message, path and place."""

from __future__ import annotations

import json
from dataclasses import replace

import pytest

from question_bank.loading import load_set, load_set_text


def _problems(data: dict):
    text = json.dumps(data, ensure_ascii=False, indent=2)
    return load_set_text(text, "set.json"), text


def test_valid_set_has_no_errors_and_spans(set_dict):
    result, _ = _problems(set_dict)
    assert result.ok, [str(p) for p in result.problems]
    q = result.question_set.question("num")
    start, end = q.evidence.span
    assert result.question_set.sources[0].text[start:end] == "boasted around 135,000 troops"
    # the teacher-verified opt-out is reported, never a silent pass
    assert [p.where for p in result.notices] == ["questions[6].support_note"]


def test_quote_not_in_source_names_path_line_and_closest_passage(set_dict):
    set_dict["questions"][3]["evidence"]["quote"] = "boasted around 150,000 troops"
    result, text = _problems(set_dict)
    [p] = result.errors
    assert p.where == "questions[3].evidence.quote"
    assert "not in source 'src'" in p.message
    assert "boasted around 135,000 troops" in p.hint
    line = text.splitlines()[p.line - 1]
    assert '"quote": "boasted around 150,000 troops"' in line
    assert line[p.column - 1] == '"'


@pytest.mark.parametrize(
    "quote",
    [
        "Democratic People's Republic of Korea",  # straight apostrophe for ’
        "North Korea-backed by both Soviet",  # hyphen for an em dash
        "North Korea - backed by both Soviet",  # spaced hyphen
        "boasted   around\n135,000 troops",  # whitespace runs
    ],
)
def test_quote_tolerates_typography_and_whitespace(set_dict, quote):
    set_dict["questions"][7]["evidence"]["quote"] = quote
    set_dict["questions"][7]["type"] = "cite"
    result, _ = _problems(set_dict)
    assert result.ok, [str(p) for p in result.errors]


@pytest.mark.parametrize("quote", ["BOASTED AROUND 135,000 TROOPS", "boasted about 135,000 troops", "boasted around 135000 troops"])
def test_quote_does_not_tolerate_other_changes(set_dict, quote):
    set_dict["questions"][7]["evidence"]["quote"] = quote
    result, _ = _problems(set_dict)
    assert [p.where for p in result.errors] == ["questions[7].evidence.quote"]


def test_numeric_answer_must_be_in_quote(set_dict):
    set_dict["questions"][3]["value"] = 150000
    result, _ = _problems(set_dict)
    [p] = result.errors
    assert p.where == "questions[3].value"
    assert "150000 is not in the quote" in p.message
    assert "support_note" in p.hint


def test_short_answer_must_be_in_quote(set_dict):
    set_dict["questions"][4]["accepted"] = ["Syngman Rhee"]
    result, _ = _problems(set_dict)
    [p] = result.errors
    assert p.where == "questions[4].accepted[0]"
    assert "'Syngman Rhee' is not in the quote" in p.message


def test_date_answer_must_be_in_quote(set_dict):
    set_dict["questions"][4]["accepted"] = ["June 26"]
    result, _ = _problems(set_dict)
    assert "the date 'June 26' is not in the quote" in result.errors[0].message


def test_correct_choice_must_be_stated(set_dict):
    set_dict["questions"][0]["choices"][0]["text"] = "July 4"
    set_dict["questions"][0]["choices"][1]["text"] = "June 27"
    set_dict["questions"][0]["choices"][1]["correct"] = False
    result, _ = _problems(set_dict)
    [p] = result.errors
    assert p.where == "questions[0].choices[0].text"
    assert "missing: july" in p.message.lower()


def test_false_statement_needs_correction(set_dict):
    del set_dict["questions"][2]["correction"]
    result, _ = _problems(set_dict)
    assert [p.where for p in result.errors] == ["questions[2].correction"]


def test_support_note_opts_out(set_dict):
    set_dict["questions"][3]["value"] = 150000
    set_dict["questions"][3]["support_note"] = "Checked by hand."
    result, _ = _problems(set_dict)
    assert result.ok
    assert "questions[3].support_note" in [p.where for p in result.notices]


def test_ordering_items_need_dates_in_order(set_dict):
    items = set_dict["questions"][5]["items"]
    items[0], items[1] = items[1], items[0]
    items[1]["evidence"] = None
    del items[1]["evidence"]
    items[2]["date"] = None
    result, _ = _problems(set_dict)
    wheres = [p.where for p in result.errors]
    assert "questions[5].items[2].date" in wheres


def test_duplicate_ids(set_dict):
    set_dict["questions"][1]["id"] = "mc"
    result, _ = _problems(set_dict)
    [p] = result.errors
    assert p.where == "questions[1].id" and "used twice" in p.message


def test_unknown_source(set_dict):
    set_dict["questions"][0]["evidence"]["source"] = "nope"
    result, _ = _problems(set_dict)
    [p] = result.errors
    assert p.where == "questions[0].evidence.source"
    assert "'src'" in p.hint


def test_multiple_choice_needs_exactly_one_correct(set_dict):
    set_dict["questions"][0]["choices"][1]["correct"] = True
    result, _ = _problems(set_dict)
    assert any("exactly one correct choice, it has 2" in p.message and p.where == "questions[0]" for p in result.errors)


def test_choices_distinct(set_dict):
    set_dict["questions"][0]["choices"][1]["text"] = " June  27"
    result, _ = _problems(set_dict)
    assert any("choices 1 and 2 are the same" in p.message for p in result.errors)


def test_choices_that_differ_in_case_are_distinct(set_dict):
    # "GB" (gigabyte) and "Gb" (gigabit) are two answers: case counts in an option a student clicks
    set_dict["questions"][0]["choices"][1]["text"] = "june 27"
    result, _ = _problems(set_dict)
    assert not any("are the same" in p.message for p in result.errors)


def test_ordering_items_distinct(set_dict):
    set_dict["questions"][5]["items"][1]["text"] = "Invasion"
    result, _ = _problems(set_dict)
    assert any("items 1 and 2 are the same" in p.message for p in result.errors)


def test_matching_items_distinct(set_dict):
    set_dict["questions"][6]["pairs"][1]["right"] = "Guerrilla fighter"
    result, _ = _problems(set_dict)
    assert any("right items 1 and 2 are the same" in p.message for p in result.errors)


def test_negative_tolerance(set_dict):
    set_dict["questions"][3]["tolerance"] = -1
    result, _ = _problems(set_dict)
    [p] = result.errors
    assert p.where == "questions[3].tolerance"


def test_unknown_field_is_an_error(set_dict):
    set_dict["questions"][4]["colour"] = "red"
    result, text = _problems(set_dict)
    [p] = result.errors
    assert p.where == "questions[4].colour" and p.message == "unknown field 'colour'"
    assert '"colour"' in text.splitlines()[p.line - 1]


def test_unknown_type(set_dict):
    set_dict["questions"][4]["type"] = "essay"
    result, _ = _problems(set_dict)
    [p] = result.errors
    assert p.where == "questions[4].type" and "unknown question type 'essay'" in p.message


def test_missing_field(set_dict):
    del set_dict["questions"][4]["explanation"]
    result, _ = _problems(set_dict)
    [p] = result.errors
    assert p.where == "questions[4].explanation" and "missing required field" in p.message


def test_topic_needs_a_core_topic(set_dict):
    set_dict["questions"][4]["topics"] = ["korea"]
    result, _ = _problems(set_dict)
    assert result.errors[0].where == "questions[4].topics"


def test_all_problems_reported_at_once(set_dict):
    set_dict["questions"][0]["colour"] = 1  # structural
    set_dict["questions"][3]["evidence"]["quote"] = "not there at all"  # evidence, in a valid question
    set_dict["questions"][4]["accepted"] = ["Truman"]  # support
    set_dict["questions"][5]["id"] = "ord"
    set_dict["questions"][6]["id"] = "ord"  # duplicate
    result, _ = _problems(set_dict)
    wheres = {p.where for p in result.errors}
    assert {"questions[0].colour", "questions[3].evidence.quote", "questions[4].accepted[0]",
            "questions[6].id"} <= wheres
    assert all(p.line for p in result.errors)


def test_newer_schema_version(set_dict):
    set_dict["schema_version"] = 99
    result, _ = _problems(set_dict)
    [p] = result.errors
    assert "format version 99" in p.message and "Update the app" in p.hint


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b"", "the file is empty"),
        (b"   \n", "the file is empty"),
        (b'{"id": "x",', "the file ends early"),
        (b'{"id": "x" "title": "y"}', "not valid JSON"),
        (b"[1, 2]", "a JSON list, not a question set"),
        (b'{"id": "x", "title": "\x00\x01\x02\x03\x04\x05"}', "not text"),
    ],
)
def test_bad_files_give_clear_errors(tmp_path, content, message):
    path = tmp_path / "bad.json"
    path.write_bytes(content)
    result = load_set(path)
    assert result.question_set is None
    [p] = result.errors
    assert message in p.message
    assert p.file == str(path)


def test_a_truncated_file_says_it_ends_early_at_its_last_line(tmp_path, set_dict):
    """A copy cut off mid-way: the place is the file's last line (not one past it), and the hint does not
    send the teacher looking for a missing comma."""
    text = json.dumps(set_dict, indent=1, ensure_ascii=False)
    cut = text[: len(text) * 2 // 3].rstrip() + "\n"
    path = tmp_path / "cut.json"
    path.write_text(cut, encoding="utf-8")
    [p] = load_set(path).errors
    lines = cut.splitlines()
    assert "ends early" in p.message and "comma" not in p.hint
    assert p.line == len(lines) and p.column == len(lines[-1])


def test_utf8_bom_accepted(tmp_path, set_dict):
    path = tmp_path / "bom.json"
    path.write_bytes(b"\xef\xbb\xbf" + json.dumps(set_dict).encode("utf-8"))
    assert load_set(path).ok


@pytest.mark.parametrize("encoding", ["utf-16", "utf-16-le", "utf-32"])
def test_utf16_and_utf32_files_accepted(tmp_path, set_dict, encoding):
    text = json.dumps(set_dict, ensure_ascii=False)
    (tmp_path / "plain.json").write_bytes(text.encode("utf-8"))
    path = tmp_path / "wide.json"
    path.write_bytes(text.encode(encoding))
    result, plain = load_set(path), load_set(tmp_path / "plain.json")
    assert result.ok and result.question_set == plain.question_set
    assert [p.message for p in result.problems] == [p.message for p in plain.problems]  # no encoding notice


def test_windows_1252_file_loads_with_a_notice_naming_the_line(tmp_path, set_dict):
    set_dict["description"] = "Caf\u00e9 notes"
    text = json.dumps(set_dict, ensure_ascii=False, indent=1)
    (tmp_path / "plain.json").write_bytes(text.encode("utf-8"))
    path = tmp_path / "legacy.json"
    path.write_bytes(text.encode("cp1252"))
    result, plain = load_set(path), load_set(tmp_path / "plain.json")
    assert result.ok and result.question_set == plain.question_set
    assert result.question_set.description == "Café notes"
    assert result.problems[:-1] == [replace(p, file=str(path)) for p in plain.problems]
    notice = result.problems[-1]
    assert notice.severity == "notice" and notice.file == str(path)
    first_odd = next(i for i, ch in enumerate(text) if ord(ch) > 127)  # the set has curly quotes too
    line = text[:first_odd].count("\n") + 1
    assert notice.line == line and f"line {line}" in notice.message
    assert "not UTF-8" in notice.message and "Windows-1252" in notice.message and "UTF-8" in notice.hint
    assert str(notice).startswith(f"{path}:{line}: ")


def test_too_large_file_refused_before_reading(tmp_path):
    path = tmp_path / "big.json"
    with open(path, "wb") as fh:
        fh.truncate(21 * 1024 * 1024)
    result = load_set(path)
    assert "too large" in result.errors[0].message


def test_missing_file_and_folder(tmp_path):
    assert "does not exist" in load_set(tmp_path / "nope.json").errors[0].message
    assert "folder" in load_set(tmp_path).errors[0].message

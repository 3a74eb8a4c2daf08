"""Class report statistics on the hand-computed class of conftest.py, merging and malformed rows."""

from __future__ import annotations

import csv
import io

import pytest
from classkit import ANA_1, ANA_2, BEN, CY, DEE, ELI, FAY, Q1, Q2, Q3, row, write_csv

from quiz_app import reports
from quiz_app.scores import ScoreStore
from quiz_app.session import RoundSettings, start_round


def _report(class_files, builtin_set, *names, **kw):
    data = reports.ClassData()
    for name in names:
        data.add_file(class_files[name])
    return data, reports.build_report(data, builtin_set, **kw)


def test_hand_computed_class(class_files, builtin_set):
    data, report = _report(class_files, builtin_set, "a", "again", "early", "b", "c")
    assert [s.name for s in report.students] == ["Ana", "Ben", "Cy", "Dee", "Eli", "Fay"]
    assert len(report.rounds) == 7 and report.answer_count == 19
    by_name = {s.name: s for s in report.students}
    assert by_name["Ana"].percent == pytest.approx(75.0)
    assert [round(r.percent) for r in by_name["Ana"].rounds] == [100, 0]  # oldest first
    assert {n for n, s in by_name.items() if s.group == "top"} == {"Ana", "Cy"}
    assert {n for n, s in by_name.items() if s.group == "bottom"} == {"Dee", "Fay"}

    q = {s.question_id: s for s in report.questions}
    assert [s.question_id for s in report.questions] == [Q1, Q2, Q3]  # the set's order
    assert (q[Q1].answers, q[Q1].correct, q[Q1].facility) == (6, 3, pytest.approx(0.5))
    assert q[Q1].discrimination == pytest.approx(1.0)
    assert q[Q1].wrong_options == ("The Potsdam Conference",)
    assert (q[Q1].wrong_option_count, q[Q1].wrong_answers) == (2, 3)
    assert q[Q2].facility == pytest.approx(4 / 6) and q[Q2].discrimination == pytest.approx(0.5)
    assert q[Q2].wrong_options == ()  # not multiple choice
    assert (q[Q3].answers, q[Q3].students) == (7, 6)
    assert q[Q3].facility == pytest.approx(2 / 7) and q[Q3].discrimination == pytest.approx(0.25)

    topics = {t.key: t for t in report.topics}
    assert [t.key for t in report.topics] == ["leaders", "context", "places"]  # weakest first
    assert (topics["leaders"].answers, topics["leaders"].correct) == (7, 2)
    assert topics["places"].percent == pytest.approx(700 / 12) and topics["places"].weak  # below 60 %
    paragraphs = report.paragraphs
    assert [(p.line, p.answers, p.correct) for p in paragraphs] == [(3, 7, 2), (1, 12, 7)]
    assert "Kim Il Sung" in paragraphs[0].label or paragraphs[0].label.startswith("In the North")
    assert report.distribution == [2, 0, 0, 2, 0, 0, 2, 0, 0, 1]


def test_the_same_round_in_several_files_counts_once(class_files, builtin_set):
    once_data, once = _report(class_files, builtin_set, "a")
    data, merged = _report(class_files, builtin_set, "a", "again", "early")
    assert merged.answer_count == once.answer_count == 7
    assert len(merged.rounds) == len(once.rounds) == 3
    assert data.duplicates == 9  # 7 from the second export, 2 from the half export
    ana_first = next(r for r in merged.rounds if r.student == "Ana" and r.key.round == "1")
    assert ana_first.files == ("computer-a.csv", "computer-a-again.csv", "computer-a-early.csv")
    assert any("counted once" in n for n in merged.notes)
    assert merged.problems == []


def test_round_identity_is_student_set_round_and_first_answer(tmp_path, builtin_set):
    # Two computers both number their first round 1: different rounds, even for the same name.
    first = write_csv(tmp_path / "one.csv", [row("Ana", 1, Q1, "yes", "0", "2024-05-02 09:00:00")])
    other = write_csv(tmp_path / "two.csv", [row("ana ", 1, Q1, "no", "1", "2024-05-09 09:00:00")])
    data = reports.ClassData()
    data.add_file(first)
    data.add_file(other)
    report = reports.build_report(data, builtin_set)
    assert len(report.rounds) == 2 and len(report.students) == 1  # the name's case and spacing do not matter
    assert report.questions[0].answers == 2


def test_a_conflicting_copy_is_reported_and_the_first_kept(tmp_path, builtin_set):
    first = write_csv(tmp_path / "first.csv", [row("Ana", 1, Q1, "yes", "0")])
    changed = write_csv(tmp_path / "changed.csv", [row("Ana", 1, Q1, "no", "1")])
    data = reports.ClassData()
    data.add_file(first)
    data.add_file(changed)
    report = reports.build_report(data, builtin_set)
    assert report.questions[0].correct == 1 and report.answer_count == 1
    (problem,) = report.problems
    assert (problem.file, problem.line) == ("changed.csv", 2) and "first.csv" in problem.reason


def test_malformed_rows_are_reported_with_file_line_and_reason_and_skipped(class_files, builtin_set):
    _, report = _report(class_files, builtin_set, "b")
    assert [(p.file, p.line) for p in report.problems] == [("computer-b.csv", 4), ("computer-b.csv", 7)]
    assert "“lots” is not a number" in report.problems[0].reason
    assert "question is missing" in report.problems[1].reason
    assert report.answer_count == 6  # the six good rows of Cy and Dee
    assert str(report.problems[0]).startswith("computer-b.csv, line 4: ")


@pytest.mark.parametrize(("text", "reason"), [
    ("", "empty"),
    ("name,score\nAna,3\n", "lacks the columns"),
    ("profile,set,set_title,round,mode,status,started,ended,score,max,percent,passed,answered,correct\n",
     "file of round scores"),
])
def test_a_file_that_is_not_an_answers_file_is_one_problem(text, reason):
    parsed = reports.read_answers_text(text, "x.csv")
    assert parsed.rows == [] and len(parsed.problems) == 1
    assert parsed.problems[0].line == 1 and reason in parsed.problems[0].reason


def test_bad_values_and_line_numbers_after_a_multi_line_answer():
    good = row("Ana", 1, Q3, "no", "Kim\nIl\nSung")  # a typed answer over three lines
    lines = [good, row("Ana", 1, Q1, "maybe", "0"), row("Ana", 1, Q2, "yes", "x", at="yesterday"),
             row("Ana", 1, Q2, "yes")[:5] + ["", "yes", "1", "-1", "", "2024-05-02 09:00:00"], ["", "", ""]]
    out = io.StringIO()
    w = csv.writer(out)
    w.writerow(reports.ANSWER_COLUMNS)
    w.writerows(lines)
    w.writerow(row("Ana", 1, Q2, "yes") + ["extra"])
    parsed = reports.read_answers_text(out.getvalue(), "f.csv")
    assert [r.given for r in parsed.rows] == ["Kim\nIl\nSung"]
    assert [(p.line, p.reason.split(";")[0]) for p in parsed.problems] == [
        (5, "the column “correct” says “maybe”"),
        (6, "the time “yesterday” cannot be read (expected e.g. 2024-05-02 10:15:00)"),
        (7, "the possible points (-1) cannot be negative"),
        (9, "it has 12 values but the first line names 11 columns"),
    ]


def test_unreadable_and_missing_files_are_one_problem_at_line_1(tmp_path, monkeypatch):
    missing = reports.read_answers_file(tmp_path / "nope.csv")
    assert [(p.file, p.line, p.reason) for p in missing.problems] == [("nope.csv", 1, "the file does not exist")]
    assert missing.rows == []
    binary = tmp_path / "pic.csv"
    binary.write_bytes(b"PK\x03\x04\x14\x00\x00\x00\x08\x00" + bytes(range(256)) * 4)
    problems = reports.read_answers_file(binary).problems
    assert [(p.file, p.line) for p in problems] == [("pic.csv", 1)]
    assert problems[0].reason.startswith("the file is not text")
    empty = tmp_path / "empty.csv"
    empty.write_bytes(b"  \r\n")
    assert [(p.line, p.reason) for p in reports.read_answers_file(empty).problems] == [(1, "the file is empty")]
    # bytes that are no encoding's text still end as a plain problem, never an exception
    garbage = tmp_path / "garbage.csv"
    garbage.write_bytes(b"\x81\x8d\x8f\x90\x9d" * 10)
    assert "not a results file" in reports.read_answers_file(garbage).problems[0].reason
    monkeypatch.setattr(reports, "MAX_FILE_BYTES", 100)
    big = write_csv(tmp_path / "big.csv", ANA_1)
    too_large = reports.read_answers_file(big).problems
    assert len(too_large) == 1 and "too large" in too_large[0].reason and "results file" in too_large[0].reason


@pytest.mark.parametrize("encoding", ["cp1252", "utf-16", "utf-8"])
def test_a_results_file_saved_by_a_spreadsheet_in_another_encoding_is_read(tmp_path, encoding):
    out = io.StringIO(newline="")
    w = csv.writer(out)
    w.writerow(reports.ANSWER_COLUMNS)
    w.writerow(row("Zoë Ñúñez", 1, Q1, "no", "The Potsdam Conference"))
    path = tmp_path / "excel.csv"
    path.write_bytes(out.getvalue().encode(encoding))
    parsed = reports.read_answers_file(path)
    assert parsed.problems == []
    assert [(r.student, r.given, r.verdict) for r in parsed.rows] == [("Zoë Ñúñez", "The Potsdam Conference", "no")]


def test_other_sets_and_modes_are_left_out_with_a_note(tmp_path, builtin_set):
    other = row("Ana", 9, "x-1", "yes")
    other[1] = "another-set"
    practice = row("Ben", 4, Q1, "no", "2", mode="practice")
    path = write_csv(tmp_path / "mixed.csv", ANA_1 + [other, practice])
    data = reports.ClassData()
    data.add_file(path)
    everything = reports.build_report(data, builtin_set)
    assert everything.answer_count == 4 and any("other question sets" in n for n in everything.notes)
    scored = reports.build_report(data, builtin_set, modes=("scored",))
    assert scored.answer_count == 3 and [s.name for s in scored.students] == ["Ana"]
    assert any("practice" in n for n in scored.notes)
    assert any("at least 3 students" in n for n in scored.notes)
    assert scored.questions[0].discrimination is None


def test_formula_guard_of_the_export_is_undone(tmp_path, builtin_set):
    path = write_csv(tmp_path / "f.csv", [row("'=Zed", 1, Q1, "no", "'-1")])
    parsed = reports.read_answers_file(path)
    assert parsed.rows[0].student == "=Zed" and parsed.rows[0].given == "-1"


def test_results_on_this_computer_merge_with_their_own_export(builtin_set, data_dir):
    store = ScoreStore(data_dir / "scores.sqlite3")
    try:
        for name, seed in (("Mina", 1), ("Omar", 2), ("Pia", 3)):
            profile = store.create_profile(name)
            rnd = start_round(builtin_set, RoundSettings.for_set(builtin_set, "scored", count=5, seed=seed),
                              store=store, profile=profile)
            while (shown := rnd.present()) is not None:
                q = shown.question
                rnd.answer(next(i for i, c in enumerate(q.choices) if c.correct) if q.type == "multiple_choice"
                           else None)
        exported = data_dir / "export.csv"
        store.export_answers_csv(exported, question_sets={builtin_set.id: builtin_set})
        data = reports.ClassData()
        data.add_store(store, set_id=builtin_set.id)
        data.add_file(exported)
        report = reports.build_report(data, builtin_set)
    finally:
        store.close()
    assert len(report.students) == 3 and len(report.rounds) == 3 and report.answer_count == 15
    assert data.duplicates == 15 and report.problems == []
    assert report.rounds[0].files == (reports.STORE_NAME, "export.csv")


def test_report_exports_one_csv_per_table(class_files, builtin_set, tmp_path):
    _, report = _report(class_files, builtin_set, "a", "b", "c")
    files = report.to_csv_files(tmp_path / "report.csv")
    names = [f.name for f in files]
    assert names == ["report-about.csv", "report-students.csv", "report-rounds.csv", "report-questions.csv",
                     "report-topics.csv", "report-paragraphs.csv", "report-score-distribution.csv",
                     "report-problems.csv"]

    def read(name):
        with open(tmp_path / name, encoding="utf-8-sig", newline="") as fh:
            return list(csv.reader(fh))

    for name in names:  # one table a file: one header, every row as wide as it, no blank separator rows
        rows = read(name)
        assert rows and all(any(cell for cell in r) for r in rows), name
        if name != "report-about.csv":
            assert all(len(r) <= len(rows[0]) for r in rows[1:]), name
    questions = read("report-questions.csv")
    assert questions[0][:10] == ["Question", "Prompt", "Type", "Topics", "Answers", "Right", "Students", "Facility",
                                 "Discrimination", "Note"]
    q1 = next(r for r in questions if r[0] == Q1)
    assert q1[7] == "0.50" and q1[8] == "1.00" and q1[10] == "The Potsdam Conference"
    q3 = next(r for r in questions if r[0] == Q3)
    assert q3[9] == "very hard" and "“Rhee” (1)" in q3[13] and "“Mao” (1)" in q3[13]
    students = read("report-students.csv")
    assert students[1][:6] == ["Ana", "2", "3", "4", "75.0", "top"]
    assert ["computer-b.csv", "4"] in [r[:2] for r in read("report-problems.csv")]
    assert not list(tmp_path.glob("*.part")) and not (tmp_path / "report.csv").exists()


def test_report_exports_as_a_workbook_with_a_sheet_per_table(class_files, builtin_set, tmp_path):
    from openpyxl import load_workbook

    _, report = _report(class_files, builtin_set, "a", "b", "c")
    out = tmp_path / "report.xlsx"
    report.to_xlsx(out)
    wb = load_workbook(out)
    assert wb.sheetnames == ["About", "Students", "Rounds", "Questions", "Topics", "Paragraphs",
                             "Score distribution", "Problems"]
    questions = list(wb["Questions"].iter_rows(values_only=True))
    q1 = next(r for r in questions if r[0] == Q1)
    assert q1[4] == 6 and q1[7] == 0.5 and q1[8] == 1.0  # numbers a teacher can sort and sum
    assert list(wb["Students"].iter_rows(values_only=True))[1][:5] == ("Ana", 2, 3, 4, 75.0)
    assert not list(tmp_path.glob("*.part"))


def test_a_report_export_that_fails_leaves_the_old_file(class_files, builtin_set, tmp_path, monkeypatch):
    _, report = _report(class_files, builtin_set, "a")
    out = tmp_path / "report.xlsx"
    out.write_text("the report of last week", encoding="utf-8")

    def broken_tables():
        raise OSError("the disk is full")

    monkeypatch.setattr(report, "tables", broken_tables)
    with pytest.raises(OSError):
        report.to_xlsx(out)
    assert out.read_text(encoding="utf-8") == "the report of last week"
    assert sorted(p.name for p in tmp_path.iterdir() if "report" in p.name) == ["report.xlsx"]


def test_names_that_look_like_formulas_stay_text_in_the_export(tmp_path, builtin_set):
    from openpyxl import load_workbook

    path = write_csv(tmp_path / "f.csv", [row("'=HYPERLINK(1)", 1, Q1, "yes", "0")])
    data = reports.ClassData()
    data.add_file(path)
    report = reports.build_report(data, builtin_set)
    out = io.StringIO()
    report.table_csv("Students", out)
    assert "'=HYPERLINK(1)" in out.getvalue() and "\n=HYPERLINK" not in out.getvalue()
    report.to_xlsx(tmp_path / "f.xlsx")
    cell = load_workbook(tmp_path / "f.xlsx")["Students"]["A2"]
    assert cell.value == "=HYPERLINK(1)" and cell.data_type == "s"


def test_all_rows_of_the_example_are_used():
    assert len(ANA_1 + ANA_2 + BEN + CY + DEE + ELI + FAY) == 19

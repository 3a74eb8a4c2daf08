"""Issue 19 and 18 in the class report: nothing judged from too few answers, the most common wrong typed answers,
item analysis per gap of a fill-the-gaps passage, and the Gaps tab of the screen."""

from __future__ import annotations

import json

from classkit import Q3, row, write_csv

from quiz_app import reports
from quiz_app.ui.report_screen import ReportScreen
from quiz_app.ui.workers import wait_for_background

CLOZE = "kw-113"  # (1) drop-down "anti-communist", (2) typed "guerrilla"


def _build(tmp_path, builtin_set, rows):
    data = reports.ClassData()
    data.add_file(write_csv(tmp_path / "class.csv", rows))
    return reports.build_report(data, builtin_set)


def _stats(report, qid):
    return next(q for q in report.questions if q.question_id == qid)


def test_two_wrong_answers_are_too_few_to_call_a_question_very_hard(tmp_path, builtin_set):
    report = _build(tmp_path, builtin_set, [row("Ana", 1, Q3, "no", '"Rhee"'), row("Ben", 2, Q3, "no", '"Mao"')])
    q = _stats(report, Q3)
    assert q.facility == 0.0 and not q.judged
    assert reports.question_note(q) == "too few answers to judge (fewer than 5)"
    five = [row(name, n, Q3, "no", '"Rhee"') for n, name in enumerate("ABCDE", start=1)]
    q = _stats(_build(tmp_path, builtin_set, five), Q3)
    assert q.judged and reports.question_note(q).startswith("very hard")


def test_the_most_common_wrong_typed_answers_case_and_spacing_ignored(tmp_path, builtin_set):
    rows = [row("Ana", 1, Q3, "no", '"Syngman Rhee"'), row("Ben", 2, Q3, "no", '"syngman  rhee"'),
            row("Cy", 3, Q3, "no", "Syngman Rhee"),  # an export in words
            row("Dee", 4, Q3, "no", '"Mao"'), row("Eli", 5, Q3, "yes", '"Kim Il Sung"'),
            row("Fay", 6, Q3, "skipped", "")]
    q = _stats(_build(tmp_path, builtin_set, rows), Q3)
    assert q.wrong_typed == (("Syngman Rhee", 3), ("Mao", 1))
    assert q.most_common_wrong() == "“Syngman Rhee” (3), “Mao” (1)"


def test_item_analysis_per_gap(tmp_path, builtin_set):
    q = builtin_set.question(CLOZE)
    assert [g.answer for g in q.gaps] == ["anti-communist", "guerrilla"]
    rows = [
        row("Ana", 1, CLOZE, "yes", json.dumps(["anti-communist", "guerrilla"])),
        row("Ben", 2, CLOZE, "partial", json.dumps(["communist", "guerrilla"]), points=0.5),
        row("Cy", 3, CLOZE, "partial", json.dumps(["anti-communist", "partisan"]), points=0.5),
        row("Dee", 4, CLOZE, "no", json.dumps(["communist", None])),
        row("Eli", 5, CLOZE, "partial", "1. anti-communist; 2. —", points=0.5),  # an export in words
        row("Fay", 6, CLOZE, "skipped", ""),
    ]
    stats = _stats(_build(tmp_path, builtin_set, rows), CLOZE)
    first, second = stats.gaps
    assert (first.number, first.kind, first.answers, first.right) == (1, "dropdown", 6, 3)
    assert first.share == 0.5 and first.wrong == (("communist", 2),)
    assert (second.right, second.answers, second.wrong) == (2, 6, (("partisan", 1),))
    assert reports.gap_note(first) == ""  # six answers: judged; half right is neither hard nor easy
    tables = dict(_build(tmp_path, builtin_set, rows).tables())
    gaps = tables["Gaps"]
    assert gaps[0][:7] == ["Question", "Gap", "Kind", "Answer", "Answers", "Filled right", "Share right"]
    assert gaps[1][:7] == [CLOZE, 1, "dropdown", "anti-communist", 6, 3, "0.50"]
    assert gaps[2][8] == "“partisan” (1)"


def test_the_gaps_tab_shows_each_gap(qtbot, tmp_path, builtin_set):
    rows = [row(name, n, CLOZE, "partial", json.dumps(["communist", "guerrilla"]), points=0.5)
            for n, name in enumerate(["Ana", "Ben", "Cy"], start=1)]
    path = write_csv(tmp_path / "class.csv", rows)
    screen = ReportScreen(None, [builtin_set])
    qtbot.addWidget(screen)
    screen.resize(1100, 760)
    screen.show()
    with qtbot.waitSignal(screen.report_shown, timeout=10000):
        screen.add_files([str(path)])
    table = screen.gaps_table
    cells = [[table.item(r, c).text() for c in range(table.columnCount())] for r in range(table.rowCount())]
    number = str([q.id for q in builtin_set.questions].index(CLOZE) + 1)
    assert [c[:5] for c in cells] == [[number, "(1)", "anti-communist", "0 of 3", "0.00"],
                                      [number, "(2)", "guerrilla", "3 of 3", "1.00"]]
    assert cells[0][5] == "“communist” (3)" and cells[0][6] == "too few answers to judge (fewer than 5)"
    assert any(screen.tabs.tabText(i) == "Gap&s" for i in range(screen.tabs.count()))
    wait_for_background()


def test_a_passage_filled_mostly_right_is_not_called_very_hard(tmp_path, builtin_set):
    # five students each fill one of the two gaps right: none has the whole passage, all have half its points
    rows = [row(name, n, CLOZE, "partial", json.dumps(["anti-communist", "partisan"]), points=0.5)
            for n, name in enumerate("ABCDE", start=1)]
    stats = _stats(_build(tmp_path, builtin_set, rows), CLOZE)
    assert stats.correct == 0 and stats.judged
    assert stats.facility == 0.5  # the share of its points earned, not of whole passages right
    assert "very hard" not in reports.question_note(stats)

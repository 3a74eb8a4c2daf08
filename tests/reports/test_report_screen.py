"""The class report screen: real files in, numbers on screen, CSV out."""

from __future__ import annotations

import csv

from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QAbstractButton, QComboBox, QListWidget, QTableWidget

from quiz_app.scores import ScoreStore
from quiz_app.session import RoundSettings, start_round
from quiz_app.ui.report_screen import ReportScreen
from quiz_app.ui.workers import wait_for_background


def _cells(table: QTableWidget) -> list[list[str]]:
    return [[table.item(r, c).text() if table.item(r, c) else "" for c in range(table.columnCount())]
            for r in range(table.rowCount())]


def _column(table: QTableWidget, title: str) -> int:
    return [table.horizontalHeaderItem(c).text() for c in range(table.columnCount())].index(title)


def _make(qtbot, store, sets):
    screen = ReportScreen(store, sets)
    qtbot.addWidget(screen)
    screen.resize(1100, 760)
    screen.show()
    return screen


def test_two_result_files_show_facility_and_discrimination(qtbot, class_files, builtin_set, tmp_path):
    screen = _make(qtbot, None, lambda: [builtin_set])
    assert "No results yet" in screen.summary.text() and not screen.export_button.isEnabled()
    with qtbot.waitSignal(screen.report_shown, timeout=10000):
        screen.add_files([str(class_files["a"]), str(class_files["b"])])
    assert screen.files_list.count() == 2
    assert screen.summary.text().endswith("4 students, 5 rounds, 13 answers; 2 problems in the files.")

    table = screen.questions_table
    rows = {r[0]: r for r in _cells(table)}  # by question number in the set
    fac, dis = _column(table, "Facility"), _column(table, "Discrimination")
    wrong = _column(table, "Most common\nwrong answer")
    # Hand-computed: Q1 3 of 4 right, top third (Ana) 1 - bottom third (Dee) 0; Q3 1 of 5 (Ana twice).
    assert (rows["1"][fac], rows["1"][dis]) == ("0.75", "+1.00")
    assert rows["1"][wrong] == "The Potsdam Conference (1 of 1)"
    assert (rows["3"][fac], rows["3"][dis]) == ("0.75", "+0.00")
    # four answers are too few to call it anything (the number is said, not "very hard" from one or two answers)
    assert rows["3"][_column(table, "Note")] == "too few answers to judge (fewer than 5)"
    q3 = next(r for r in rows.values() if r[1].startswith("Who was installed as the leader"))
    assert (q3[_column(table, "Right")], q3[fac], q3[dis]) == ("1 of 5", "0.20", "+0.50")

    students = _cells(screen.students_table)
    assert [r[0] for r in students] == ["Ana", "Ben", "Cy", "Dee"]
    assert students[0][:4] == ["Ana", "2", "75%", "top"] and students[0][4:6] == ["3/3 · 100%", "0/1 · 0%"]
    assert students[3][3] == "bottom"

    problems = _cells(screen.problems_table)
    assert [(p[0], p[1]) for p in problems] == [("computer-b.csv", "4"), ("computer-b.csv", "7")]
    assert screen.tabs.tabText(screen.tabs.indexOf(screen.problems_page)) == "Proble&ms (2)"
    assert screen.chart.counts == [1, 0, 0, 2, 0, 0, 1, 0, 0, 1]
    assert "5 rounds" in screen.chart.accessibleDescription()

    out = tmp_path / "class.csv"
    assert screen.export(str(out), "csv")
    assert "CSV files" in screen.status.text() and "class-questions.csv" in screen.status.text()
    with open(tmp_path / "class-questions.csv", encoding="utf-8-sig", newline="") as fh:
        assert any(r[:1] == ["kw-001"] and r[7] == "0.75" for r in csv.reader(fh))
    assert screen.export(str(tmp_path / "class"), "xlsx")
    assert (tmp_path / "class.xlsx").exists() and str(tmp_path / "class.xlsx") in screen.status.text()

    # removing a file rebuilds the report without it
    screen.files_list.setCurrentRow(1)
    with qtbot.waitSignal(screen.report_shown, timeout=10000):
        qtbot.mouseClick(screen.remove_button, Qt.MouseButton.LeftButton)
    assert screen.paths == [str(class_files["a"])] and screen.problems_table.rowCount() == 0
    assert screen.tabs.tabText(screen.tabs.indexOf(screen.problems_page)) == "Proble&ms"
    wait_for_background()


def test_sorting_by_a_column_is_kept_when_the_report_is_rebuilt(qtbot, class_files, builtin_set):
    screen = _make(qtbot, None, [builtin_set])
    with qtbot.waitSignal(screen.report_shown, timeout=10000):
        screen.add_files([str(class_files["a"]), str(class_files["b"])])
    table = screen.questions_table
    header = table.horizontalHeader()
    fac = _column(table, "Facility")
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=_section_centre(header, fac))
    if header.sortIndicatorOrder() != Qt.SortOrder.DescendingOrder:
        qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=_section_centre(header, fac))
    first_order = [r[fac] for r in _cells(table)]
    assert first_order == sorted(first_order, reverse=True) and first_order != sorted(first_order)
    with qtbot.waitSignal(screen.report_shown, timeout=10000):
        screen.add_files([str(class_files["c"])])
    again = [r[fac] for r in _cells(table)]
    assert again == sorted(again, reverse=True) and header.sortIndicatorSection() == fac
    wait_for_background()


def _section_centre(header, section):
    return QPoint(header.sectionViewportPosition(section) + header.sectionSize(section) // 2, header.height() // 2)


def test_results_on_this_computer_and_the_set_the_files_are_about(qtbot, builtin_set, data_dir):
    store = ScoreStore(data_dir / "scores.sqlite3")
    for name, seed in (("Mina", 1), ("Omar", 2), ("Pia", 3)):
        profile = store.create_profile(name)
        rnd = start_round(builtin_set, RoundSettings.for_set(builtin_set, "scored", count=4, seed=seed),
                          store=store, profile=profile)
        while rnd.present() is not None:
            rnd.skip()
    other = builtin_set.model_copy(update={"id": "another-set", "title": "Another set"})
    screen = _make(qtbot, store, lambda: [builtin_set, other])
    assert screen.current_set().id == "another-set"  # sorted by title
    qtbot.mouseClick(screen.store_check, Qt.MouseButton.LeftButton)
    # no answers to "Another set": the screen switches to the set the results are about
    qtbot.waitUntil(lambda: screen.report is not None and screen.report.set_id == builtin_set.id, timeout=10000)
    assert screen.set_combo.currentData() == builtin_set.id
    assert [r[0] for r in _cells(screen.students_table)] == ["Mina", "Omar", "Pia"]
    assert screen.chart.counts[0] == 3  # every answer skipped: 0 %
    wait_for_background()
    store.close()


def test_every_control_has_a_name_and_escape_goes_back(qtbot, builtin_set):
    screen = _make(qtbot, None, [builtin_set])
    for w in screen.findChildren(QAbstractButton) + screen.findChildren(QComboBox) + \
            screen.findChildren(QTableWidget) + screen.findChildren(QListWidget):
        if w.isVisibleTo(screen) and w.parent() is not None and type(w).__name__ not in ("QTabBar",):
            if w.objectName().startswith("qt_"):
                continue
            assert w.accessibleName() or (isinstance(w, QAbstractButton) and w.text()), w
    keys = dict(screen.shortcuts())
    with qtbot.waitSignal(screen.back_requested, timeout=1000):
        keys["Escape"]()

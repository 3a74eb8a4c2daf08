"""Class report: the teacher adds the result files students exported (or uses this computer's results),
picks the question set, and sees scores per student and round, question statistics, weak topics and
paragraphs, each gap of the fill-the-gaps passages, a chart of the scores, and the problems found in the files.
Export as an Excel workbook (a sheet per table) or as CSV files (one per table).

The numbers come from ``quiz_app.reports`` (read and computed off the GUI thread); this screen only shows them.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, QRectF, QSize, QStandardPaths, Qt, Signal
from PySide6.QtGui import QColor, QFontMetrics, QPainter, QPen
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QFileDialog,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from question_bank.i18n import QT_TRANSLATE_NOOP

from .. import reports
from .app import format_datetime
from .theme import colours, draw_focus_ring
from .widgets.cloze_passage import FEEDBACK_KIND_WORDS
from .widgets.text import plain_label
from .workers import run_in_background

if TYPE_CHECKING:
    from question_bank.models import QuestionSet

SetsSource = Callable[[], Sequence] | Sequence

FACILITY_HELP = (QT_TRANSLATE_NOOP("ReportScreen", "A question with fewer than {minimum} answers is not judged (too few answers "
                 "to judge). Facility: the share of answers that were right (1.00 = everybody right; for a fill-the-gaps "
                 "passage, the share of its points earned). "
                 "Discrimination: the share right among the top third of students (by total score) minus the "
                 "share right among the bottom third; below 0.20 a question does not tell stronger and weaker "
                 "students apart, below 0 the weaker students did better. It needs at least 3 students."))


class _Item(QTableWidgetItem):
    """A read-only cell that sorts by a number (or text) of our choosing, not by its shown text."""

    def __init__(self, text: str, sort_key=None, tooltip: str = ""):
        super().__init__(text)
        self.sort_key = text.casefold() if sort_key is None else sort_key
        self.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
        if tooltip:
            self.setToolTip(tooltip)

    def __lt__(self, other) -> bool:
        mine, theirs = self.sort_key, getattr(other, "sort_key", other.text())
        if isinstance(mine, str) != isinstance(theirs, str):
            return isinstance(mine, str) < isinstance(theirs, str)  # numbers before blanks
        return mine < theirs


def _num(value: float | None, fmt: str = "{:.2f}") -> _Item:
    if value is None:
        return _Item("–", "", QCoreApplication.translate("report_screen", "Not enough answers to tell"))
    return _Item(fmt.format(value), value)


class ScoreHistogram(QWidget):
    """Rounds per 10 % band of score, painted (no QtCharts needed)."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.counts: list[int] = [0] * 10
        self.pass_mark: float | None = None
        self.setMinimumHeight(200)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        self.setAccessibleName(self.tr("Chart of the score of each round, in bands of 10 percent"))
        self.set_counts([0] * 10)

    def sizeHint(self) -> QSize:
        return QSize(640, 300)

    def set_counts(self, counts: Sequence[int], pass_mark: float | None = None) -> None:
        self.counts = list(counts)
        self.pass_mark = pass_mark
        total = sum(self.counts)
        if total:
            parts = [f"{reports.band_label(i)} %: {n}" for i, n in enumerate(self.counts) if n]
            self.setAccessibleDescription(self.tr("%n round(s). ", "", total) + "; ".join(parts) + ".")
        else:
            self.setAccessibleDescription(self.tr("No rounds yet."))
        self.update()

    def paintEvent(self, event) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        draw_focus_ring(painter, self)  # it takes the Tab key, so it shows it has the focus
        pal = self.palette()
        text = pal.color(pal.ColorRole.WindowText)
        fm = QFontMetrics(self.font())
        top_n = max(self.counts) if self.counts else 0
        left = fm.horizontalAdvance(str(max(top_n, 10))) + 14
        bottom = fm.height() * 2 + 12
        area = QRectF(left, fm.height(), max(10, self.width() - left - 12),
                      max(10, self.height() - bottom - fm.height()))
        painter.setPen(QPen(text, 1))
        painter.drawLine(area.bottomLeft(), area.bottomRight())
        if not top_n:
            painter.drawText(area, Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap,
                             self.tr("No rounds yet: add result files to see how the scores spread."))
            painter.end()
            return
        steps = min(top_n, 5)
        grid = QColor(text)
        grid.setAlpha(50)
        for k in range(steps + 1):
            value = round(top_n * k / steps)
            y = area.bottom() - area.height() * value / top_n
            painter.setPen(QPen(grid, 1))
            painter.drawLine(int(area.left()), int(y), int(area.right()), int(y))
            painter.setPen(QPen(text, 1))
            painter.drawText(QRectF(0, y - fm.height() / 2, left - 6, fm.height()),
                             Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, str(value))
        slot = area.width() / 10
        accent = QColor(colours().accent)
        for i, n in enumerate(self.counts):
            x = area.left() + i * slot
            h = area.height() * n / top_n
            bar = QRectF(x + slot * 0.12, area.bottom() - h, slot * 0.76, h)
            painter.fillRect(bar, accent)
            if n:
                painter.setPen(QPen(text, 1))
                painter.drawText(QRectF(x, bar.top() - fm.height() - 2, slot, fm.height()),
                                 Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignBottom, str(n))
            label = f"{i * 10}" if slot < fm.horizontalAdvance("90–100") + 6 else reports.band_label(i)
            painter.setPen(QPen(text, 1))
            painter.drawText(QRectF(x, area.bottom() + 4, slot, fm.height()),
                             Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop, label)
        painter.drawText(QRectF(area.left(), area.bottom() + fm.height() + 8, area.width(), fm.height()),
                         Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop, self.tr("Score % of each round"))
        if self.pass_mark is not None:
            x = area.left() + area.width() * self.pass_mark / 100
            painter.setPen(QPen(QColor(colours().partial), 1.5, Qt.PenStyle.DashLine))
            painter.drawLine(int(x), int(area.top()), int(x), int(area.bottom()))
            painter.drawText(QRectF(x + 4, area.top() - fm.height(), fm.horizontalAdvance(self.tr("pass mark")) + 4,
                                    fm.height()), Qt.AlignmentFlag.AlignLeft, self.tr("pass mark"))
        painter.end()


class _Table(QTableWidget):
    """A table whose one long-text column takes the room left, but never less than ``min_chars`` characters
    (at large text sizes the table scrolls sideways instead of squeezing the questions)."""

    def __init__(self, rows: int, columns: int):
        super().__init__(rows, columns)
        self.stretch_column: int | None = None
        self.min_chars = 28

    def fit(self) -> None:
        col = self.stretch_column
        if col is None or col >= self.columnCount():
            return
        others = sum(self.columnWidth(c) for c in range(self.columnCount()) if c != col)
        room = self.viewport().width() - others
        minimum = self.min_chars * QFontMetrics(self.font()).averageCharWidth()
        width = max(room, minimum)
        if width != self.columnWidth(col):
            self.setColumnWidth(col, width)
            self.resizeRowsToContents()

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self.fit()


def _table(name: str, headers: list[str], tips: dict[int, str] | None = None) -> _Table:
    table = _Table(0, len(headers))
    table.setHorizontalHeaderLabels(headers)
    table.setAccessibleName(name)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setAlternatingRowColors(True)
    table.setWordWrap(True)
    table.setTabKeyNavigation(False)  # Tab leaves the table, arrows move inside it
    table.verticalHeader().setVisible(False)
    table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    table.horizontalHeader().setStretchLastSection(False)
    for col, tip in (tips or {}).items():
        item = table.horizontalHeaderItem(col)
        assert item is not None  # setHorizontalHeaderLabels made one for each of the headers
        item.setToolTip(tip)
    _remember_user_sort(table)
    return table


def _fill(table: _Table, rows: Sequence[Sequence[QTableWidgetItem]], *, sort: int = 0,
          descending: bool = False, wrap: dict[int, int] | None = None) -> None:
    """Put rows in a table, sorted by column ``sort`` unless the user picked another order by clicking a header.

    ``wrap``: text columns that take the room left (0; one per table) or get at most this many average characters.
    """
    header = table.horizontalHeader()
    user_sort = table.property("user_sort")
    table.setSortingEnabled(False)
    table.clearContents()
    table.setRowCount(len(rows))
    for r, cells in enumerate(rows):
        for c, item in enumerate(cells):
            table.setItem(r, c, item)
    for c in range(table.columnCount()):
        header.setSectionResizeMode(c, QHeaderView.ResizeMode.ResizeToContents)
    char = QFontMetrics(table.font()).averageCharWidth()
    table.stretch_column = None
    for c, chars in (wrap or {}).items():
        header.setSectionResizeMode(c, QHeaderView.ResizeMode.Interactive)
        if chars == 0:
            table.stretch_column = c
        else:
            table.resizeColumnToContents(c)
            table.setColumnWidth(c, min(table.columnWidth(c), chars * char))
    if user_sort is not None:
        sort, descending = user_sort
    table.sortItems(sort, Qt.SortOrder.DescendingOrder if descending else Qt.SortOrder.AscendingOrder)
    table.setSortingEnabled(True)
    table.fit()
    table.resizeRowsToContents()


def _remember_user_sort(table: QTableWidget) -> None:
    """A header clicked by the user sets the order kept when the report is rebuilt."""
    header = table.horizontalHeader()
    header.sectionClicked.connect(lambda _section: table.setProperty(
        "user_sort", (header.sortIndicatorSection(),
                      header.sortIndicatorOrder() == Qt.SortOrder.DescendingOrder)))


class ReportScreen(QWidget):
    back_requested = Signal()
    """Leave the class report (back to the start screen)."""
    report_shown = Signal(object)
    """A new report (``quiz_app.reports.ClassReport``) is on the screen."""

    def __init__(self, store=None, question_sets: SetsSource = (), parent=None):
        super().__init__(parent)
        self.store = store
        self._sets_source = question_sets
        self.sets: list[QuestionSet] = []
        self.paths: list[str] = []
        self.report: reports.ClassReport | None = None
        self._generation = 0
        self._busy = False
        self._build_ui()
        self._fit_to_text_size()
        self.refresh_sets()
        self._show_report(None)

    # ---------------------------------------------------------------- layout
    def _build_ui(self) -> None:
        screen = QVBoxLayout(self)
        screen.addWidget(plain_label(self.tr("Class report"), "screenTitle"))
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        body = QWidget()
        outer = QVBoxLayout(body)
        outer.setContentsMargins(0, 0, 0, 0)
        scroll.setWidget(body)
        screen.addWidget(scroll, 1)
        outer.addWidget(plain_label(self.tr("Add the result files your students exported (several at once if you like), "
                                    "or use the results stored on this computer, then choose the question set."),
                                    "muted"))
        files_row = QHBoxLayout()
        self.files_list = QListWidget()
        self.files_list.setAccessibleName(self.tr("Result files in the report"))
        self.files_list.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.files_list.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Maximum)
        files_row.addWidget(self.files_list, 1)
        buttons = QVBoxLayout()
        self.add_button = QPushButton(self.tr("&Add result files…"))
        self.add_button.setAccessibleName(self.tr("Add result files"))
        self.add_button.clicked.connect(self._on_add_clicked)
        self.remove_button = QPushButton(self.tr("&Remove file"))
        self.remove_button.setAccessibleName(self.tr("Remove the selected result files"))
        self.remove_button.clicked.connect(self._on_remove_clicked)
        self.store_check = QCheckBox(self.tr("Use the results on this &computer"))
        self.store_check.setAccessibleName(self.tr("Use the results stored on this computer"))
        self.store_check.setEnabled(self.store is not None)
        self.store_check.toggled.connect(self._on_inputs_changed)
        for w in (self.add_button, self.remove_button, self.store_check):
            buttons.addWidget(w)
        buttons.addStretch(1)
        files_row.addLayout(buttons)
        outer.addLayout(files_row)

        set_row = QHBoxLayout()
        set_label = QLabel(self.tr("Question &set:"))
        self.set_combo = QComboBox()
        self.set_combo.setAccessibleName(self.tr("Question set of the report"))
        self.set_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.set_combo.setMinimumContentsLength(20)
        set_label.setBuddy(self.set_combo)
        self.set_combo.currentIndexChanged.connect(self._on_inputs_changed)
        self.scored_check = QCheckBox(self.tr("Scored rounds &only"))
        self.scored_check.setAccessibleName(self.tr("Count scored rounds only, not practice or reviews"))
        self.scored_check.toggled.connect(self._on_inputs_changed)
        set_row.addWidget(set_label)
        set_row.addWidget(self.set_combo, 1)
        set_row.addWidget(self.scored_check)
        outer.addLayout(set_row)

        self.summary = plain_label("", "sectionTitle")
        self.summary.setAccessibleName(self.tr("Report summary"))
        outer.addWidget(self.summary)
        self.notes = plain_label("", "muted")
        self.notes.setAccessibleName(self.tr("Notes about the report"))
        outer.addWidget(self.notes)
        self.busy = QProgressBar()
        self.busy.setRange(0, 0)
        self.busy.setTextVisible(False)
        self.busy.setMaximumHeight(8)
        self.busy.setAccessibleName(self.tr("Reading the result files"))
        self.busy.hide()
        outer.addWidget(self.busy)

        self.tabs = QTabWidget()
        self.tabs.setAccessibleName(self.tr("Report tables"))
        self.students_table = _table(self.tr("Scores of each student in each round"), [self.tr("Student"), self.tr("Rounds"), self.tr("Score %"), self.tr("Third")])
        self.questions_table = _table(
            self.tr("Statistics of each question"),
            [self.tr("No."), self.tr("Question"), self.tr("Right"), self.tr("Facility"), self.tr("Discrimination"),
             self.tr("Most common\nwrong answer"), self.tr("Note")],
            {2: self.tr("Right answers out of all answers"), 3: self.tr("Share of answers that were right"),
             4: self.tr("Top third minus bottom third (see below the table)")})
        self.gaps_table = _table(self.tr("Each gap of the fill-the-gaps questions"),
                                 [self.tr("No."), self.tr("Gap"), self.tr("Answer"), self.tr("Filled right"),
                                  self.tr("Share right"), self.tr("Most common\nwrong answers"), self.tr("Note")],
                                 {4: self.tr("Answers that filled this gap right, out of all answers to the question")})
        self.topics_table = _table(self.tr("Score of the class by topic"),
                                   [self.tr("Topic"), self.tr("Answers"), self.tr("Right"), self.tr("Score %"),
                                    self.tr("Students"), self.tr("Below the pass mark")])
        self.paragraphs_table = _table(self.tr("Score of the class by paragraph of the source"),
                                       ["¶", self.tr("Paragraph"), self.tr("Source"), self.tr("Answers"), self.tr("Right"),
                                        self.tr("Score %"), self.tr("Below the pass mark"), self.tr("Questions")])
        self.problems_table = _table(self.tr("Problems found in the result files"),
                                     [self.tr("File"), self.tr("Line"), self.tr("Problem")])
        self.chart = ScoreHistogram()
        self.tabs.addTab(self._page(self.students_table, self.tr("Each cell is a round's score (right answers out of answers, "
                                    "and %), oldest first. Third: top or bottom third of the class by total score.")),
                         self.tr("St&udents"))
        self.tabs.addTab(self._page(self.questions_table,
                                    self.tr(FACILITY_HELP).format(minimum=reports.MIN_ANSWERS_TO_JUDGE)),
                         self.tr("&Questions"))
        self.tabs.addTab(self._page(self.gaps_table, self.tr("Which gaps of each passage the class fills right, and what they "
                                    "wrote instead. Gap numbers are those of the printed worksheet.")), self.tr("Gap&s"))
        self.tabs.addTab(self._page(self.topics_table, self.tr("Weakest first: points earned out of possible points.")),
                         self.tr("To&pics"))
        self.tabs.addTab(self._page(self.paragraphs_table, self.tr("Which parts of the text the class keeps missing, weakest "
                                    "first. ¶: the paragraph's number, as marked on the printed text (the title is not counted).")),
                         self.tr("Para&graphs"))
        self.tabs.addTab(self._page(self.chart, self.tr("How many rounds scored in each band of 10 percent.")), self.tr("C&hart"))
        self.problems_page = self._page(self.problems_table, self.tr("Lines that were left out of the report, and why."))
        self.tabs.addTab(self.problems_page, self.tr("Proble&ms"))
        outer.addWidget(self.tabs, 1)

        self.status = plain_label("", "muted")
        self.status.setAccessibleName(self.tr("Status"))
        screen.addWidget(self.status)
        row = QHBoxLayout()
        self.back_button = QPushButton(self.tr("&Back"))
        self.back_button.setAccessibleName(self.tr("Back to the start screen"))
        self.back_button.clicked.connect(self.back_requested.emit)
        self.export_button = QPushButton(self.tr("&Export…"))
        self.export_button.setObjectName("primary")
        self.export_button.setAccessibleName(self.tr("Export the report as an Excel workbook or as CSV files"))
        self.export_button.clicked.connect(self._on_export_clicked)
        row.addWidget(self.back_button)
        row.addStretch(1)
        row.addWidget(self.export_button)
        screen.addLayout(row)

    def _fit_to_text_size(self) -> None:
        line = QFontMetrics(self.font()).height()
        self.files_list.setMaximumHeight(line * 4 + 16)
        self.tabs.setMinimumHeight(line * 16)

    def changeEvent(self, event) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:  # the text size setting changed
            self._fit_to_text_size()

    def showEvent(self, event) -> None:
        super().showEvent(event)
        self.refresh_sets()  # sets opened since the screen was last shown

    def _page(self, content: QWidget, help_text: str) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.addWidget(content, 1)
        note = plain_label(help_text, "muted")
        layout.addWidget(note)
        return page

    def shortcuts(self):
        return [("Escape", self.back_requested.emit)]

    # ---------------------------------------------------------------- inputs
    def refresh_sets(self) -> None:
        """Read the loaded question sets again (keeps the chosen one when it is still there)."""
        source = self._sets_source() if callable(self._sets_source) else self._sets_source
        sets: list[QuestionSet] = []
        for item in source or ():
            qset = getattr(item, "question_set", item)
            if qset is not None and all(s.id != qset.id for s in sets):
                sets.append(qset)
        current = self.current_set()
        before = current.id if current is not None else None
        self.sets = sorted(sets, key=lambda s: s.title.casefold())
        self.set_combo.blockSignals(True)
        self.set_combo.clear()
        for qset in self.sets:
            self.set_combo.addItem(self.tr("{title} (%n question(s))", "", len(qset.questions)).format(title=qset.title), qset.id)
        if current is not None:
            i = self.set_combo.findData(current.id)
            self.set_combo.setCurrentIndex(max(0, i))
        self.set_combo.blockSignals(False)
        now = self.current_set()
        if (now.id if now is not None else None) != before:
            self._on_inputs_changed()

    def current_set(self):
        i = self.set_combo.currentIndex()
        return self.sets[i] if 0 <= i < len(self.sets) else None

    def select_set(self, set_id: str) -> bool:
        i = self.set_combo.findData(set_id)
        if i >= 0:
            self.set_combo.setCurrentIndex(i)
        return i >= 0

    def add_files(self, paths: Sequence[str]) -> None:
        """Add result files (the file chooser calls this) and rebuild the report."""
        added = False
        for p in paths:
            p = str(Path(p))
            if p not in self.paths:
                self.paths.append(p)
                self.files_list.addItem(Path(p).name)
                self.files_list.item(self.files_list.count() - 1).setToolTip(p)
                added = True
        if added:
            self._on_inputs_changed()

    def remove_files(self, rows: Sequence[int]) -> None:
        for r in sorted(set(rows), reverse=True):
            if 0 <= r < len(self.paths):
                del self.paths[r]
                self.files_list.takeItem(r)
        self._on_inputs_changed()

    def _on_add_clicked(self) -> None:
        folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        paths, _ = QFileDialog.getOpenFileNames(self, self.tr("Add result files"), folder,
                                                self.tr("Result files (*.csv);;All files (*)"))
        if paths:
            self.add_files(paths)

    def _on_remove_clicked(self) -> None:
        rows = [self.files_list.row(i) for i in self.files_list.selectedItems()]
        if not rows and self.files_list.currentRow() >= 0:
            rows = [self.files_list.currentRow()]
        if rows:
            self.remove_files(rows)

    # ---------------------------------------------------------------- building the report
    def _on_inputs_changed(self, *_args) -> None:
        self.rebuild()

    def rebuild(self) -> None:
        """Read the files (and the store) and compute the report off the GUI thread."""
        self._generation += 1
        generation = self._generation
        paths = list(self.paths)
        store = self.store if self.store_check.isChecked() else None
        qset = self.current_set()
        modes = ("scored",) if self.scored_check.isChecked() else None
        self.remove_button.setEnabled(bool(self.paths))
        if not paths and store is None:
            self._show_report(None)
            return
        self._set_busy(True)

        def work():
            data = reports.ClassData()
            for p in paths:
                data.add_file(p)
            if store is not None:
                data.add_store(store)
            return reports.build_report(data, qset, modes=modes), data.set_ids()

        run_in_background(work, lambda result: self._on_report_built(generation, result),
                          lambda exc: self._on_report_failed(generation, exc))

    def _on_report_built(self, generation: int, result) -> None:
        if generation != self._generation:
            return
        self._set_busy(False)
        report, set_counts = result
        if report.answer_count == 0 and set_counts:
            for set_id, _ in set_counts.most_common():
                if set_id != report.set_id and self.select_set(set_id):
                    return  # the files are about another loaded set: show that one (rebuilds)
        missing = [s for s in set_counts if all(q.id != s for q in self.sets)]
        if missing:
            report.notes.append(self.tr("Some answers are to a question set that is not open in the app ({sets})."
                                " Open that set first to see its questions.").format(sets=", ".join(missing)))
        self._show_report(report)

    def _on_report_failed(self, generation: int, exc: Exception) -> None:
        if generation != self._generation:
            return
        self._set_busy(False)
        self._show_report(None)
        self.summary.setText(self.tr("The report could not be made: {exc}").format(exc=exc))

    def _set_busy(self, busy: bool) -> None:
        self._busy = busy
        self.busy.setVisible(busy)
        if busy:
            self.summary.setText(self.tr("Reading the result files…"))

    # ---------------------------------------------------------------- showing
    def _show_report(self, report: reports.ClassReport | None) -> None:
        self.report = report
        self.export_button.setEnabled(report is not None and not report.empty)
        self.remove_button.setEnabled(bool(self.paths))
        if report is None:
            self.summary.setText(self.tr("No results yet: add result files, or use the results on this computer."))
            self.notes.setText("")
            for t in (self.students_table, self.questions_table, self.gaps_table, self.topics_table,
                      self.paragraphs_table, self.problems_table):
                _fill(t, [])
            self.chart.set_counts([0] * 10)
            self.tabs.setTabText(self.tabs.indexOf(self.problems_page), self.tr("Proble&ms"))
            self.report_shown.emit(None)
            return
        title = f"“{report.set_title}”: " if report.set_title else ""
        self.summary.setText(title + report.summary())
        self.notes.setText(" ".join(report.notes))
        self._fill_students(report)
        self._fill_questions(report)
        self._fill_areas(report)
        self.chart.set_counts(report.distribution, report.pass_mark)
        _fill(self.problems_table, [[_Item(p.file), _Item(str(p.line), p.line), _Item(p.reason)]
                                    for p in report.problems], wrap={2: 0})
        self.tabs.setTabText(self.tabs.indexOf(self.problems_page),
                             self.tr("Proble&ms ({count})").format(count=len(report.problems)) if report.problems
                             else self.tr("Proble&ms"))
        self.report_shown.emit(report)

    def _fill_students(self, report: reports.ClassReport) -> None:
        width = max((len(s.rounds) for s in report.students), default=0)
        table = self.students_table
        headers = [self.tr("Student"), self.tr("Rounds"), self.tr("Score %"), self.tr("Third")] + [self.tr("Round {number}").format(number=i + 1) for i in range(width)]
        table.setColumnCount(len(headers))
        table.setHorizontalHeaderLabels(headers)
        rows = []
        for s in report.students:
            cells = [_Item(s.name), _Item(str(len(s.rounds)), len(s.rounds)), _num(s.percent, "{:.0f}%"),
                     _Item(s.group)]
            for r in s.rounds:
                tip = (self.tr("{started}, {mode}; {points:g} of {possible:g} points; "
                       "from {files}").format(started=format_datetime(r.started, "d MMMM yyyy HH:mm"), mode=r.mode, points=r.points, possible=r.possible, files=", ".join(r.files)))
                cells.append(_Item(f"{r.correct}/{r.answers} · {r.percent:.0f}%", r.percent, tip))
            rows.append(cells)
        _fill(table, rows)

    def _fill_questions(self, report: reports.ClassReport) -> None:
        order = {q.id: i + 1 for i, q in enumerate(self.current_set().questions)} if self.current_set() else {}
        rows = []
        gap_rows = []
        for q in report.questions:
            number = order.get(q.question_id)
            rows.append([_Item(str(number) if number else q.question_id, number or 0, q.question_id),
                         _Item(q.prompt or q.question_id, None, f"{q.type_label} ({q.question_id})"),
                         _Item(self.tr("{correct} of {answers}").format(correct=q.correct, answers=q.answers),
                               (q.correct, q.answers)), _num(q.facility),
                         _num(q.discrimination, "{:+.2f}"), _Item(q.most_common_wrong()),
                         _Item(reports.question_note(q))])
            for g in q.gaps:
                gap_rows.append([_Item(str(number) if number else q.question_id, (number or 0, g.number),
                                       q.question_id),
                                 _Item(f"({g.number})", g.number,
                                       QCoreApplication.translate("cloze_passage", FEEDBACK_KIND_WORDS.get(g.kind, g.kind))), _Item(g.answer),
                                 _Item(self.tr("{correct} of {answers}").format(correct=g.right, answers=g.answers),
                                       (g.right, g.answers)), _num(g.share),
                                 _Item(reports.wrong_list(g.wrong)), _Item(reports.gap_note(g))])
        _fill(self.questions_table, rows, wrap={1: 0, 5: 22, 6: 20})
        _fill(self.gaps_table, gap_rows, wrap={2: 18, 5: 22, 6: 20})

    def _fill_areas(self, report: reports.ClassReport) -> None:
        rows = []
        for a in report.topics:
            rows.append([_Item(a.label), _Item(str(a.answers), a.answers), _Item(str(a.correct), a.correct),
                         _num(a.percent, "{:.0f}%"), _Item(str(a.students), a.students),
                         _Item(self.tr("yes") if a.weak else "")])
        _fill(self.topics_table, rows, sort=3)
        rows = []
        for a in report.paragraphs:
            rows.append([_Item(str(a.number or ""), a.number or 0), _Item(a.label), _Item(a.source_title),
                         _Item(str(a.answers), a.answers), _Item(str(a.correct), a.correct),
                         _num(a.percent, "{:.0f}%"), _Item(self.tr("yes") if a.weak else ""),
                         _Item(str(len(a.question_ids)), len(a.question_ids), ", ".join(a.question_ids))])
        _fill(self.paragraphs_table, rows, sort=5, wrap={1: 0, 2: 24})

    # ---------------------------------------------------------------- export
    XLSX_FILTER = QT_TRANSLATE_NOOP("ReportScreen", "Excel workbook, a sheet per table (*.xlsx)")
    CSV_FILTER = QT_TRANSLATE_NOOP("ReportScreen", "CSV files, one per table (*.csv)")

    def _on_export_clicked(self) -> None:
        if self.report is None:
            return
        folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        name = "class-report-" + "".join(c if c.isalnum() or c in "-_" else "-" for c in self.report.set_id)
        csv_filter = self.tr(self.CSV_FILTER)
        path, chosen = QFileDialog.getSaveFileName(self, self.tr("Export the report as"),
                                                   str(Path(folder) / f"{name}.xlsx"),
                                                   f"{self.tr(self.XLSX_FILTER)};;{csv_filter}")
        if path:
            self.export(path, "csv" if chosen == csv_filter or path.lower().endswith(".csv") else "xlsx")

    def export(self, path: str, kind: str = "xlsx") -> bool:
        """Write the shown report to ``path``: an xlsx workbook, or one CSV file per table next to it
        ("….-questions.csv"); the status line says how it went."""
        if self.report is None:
            return False
        try:
            if kind == "csv":
                files = self.report.to_csv_files(path)
                self.status.setText(self.tr("Saved the report as %n CSV file(s), one per table, in {folder}: {names}.", "",
                                            len(files)).format(folder=Path(path).parent,
                                                               names=", ".join(f.name for f in files)))
            else:
                target = path if path.lower().endswith(".xlsx") else path + ".xlsx"
                self.report.to_xlsx(target)
                self.status.setText(self.tr("Saved the report as {path}.").format(path=target))
        except OSError as exc:
            self.status.setText(self.tr("The report could not be saved: {reason}.").format(reason=exc.strerror or exc))
            return False
        return True

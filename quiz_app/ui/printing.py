"""Worksheets and answer keys as PDF files: the rendering, the print dialog, and the results screen's entry point.

Rendering uses ``QTextDocument`` laid out on a ``QPdfWriter``; neither is a widget, so a PDF is
made off the GUI thread through :func:`quiz_app.ui.workers.run_in_background` (checked: it runs
in Qt's thread pool with fonts and all; the tests do it). Each page gets "Title · page N of M"
in its footer. The page is always black on white, whatever the app's theme.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLocale, QMarginsF, QRectF, QSizeF, QStandardPaths, Qt
from PySide6.QtGui import (
    QAbstractTextDocumentLayout,
    QColor,
    QFont,
    QFontMetricsF,
    QPageLayout,
    QPageSize,
    QPainter,
    QPalette,
    QPdfWriter,
    QTextDocument,
    QTextFormat,
)
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from question_bank.atomic import atomic_path
from question_bank.i18n import QT_TRANSLATE_NOOP

from .. import worksheets as ws
from .widgets.text import plain_label
from .workers import run_in_background

_PAGE_IDS = {"a4": QPageSize.PageSizeId.A4, "letter": QPageSize.PageSizeId.Letter}
MARGINS_MM = QMarginsF(18, 16, 18, 14)
RESOLUTION = 300
FONT_FAMILIES = ["Noto Sans", "DejaVu Sans", "Segoe UI", "Helvetica Neue", "Helvetica", "Arial", "Liberation Sans"]


class PrintError(Exception):
    """The PDF could not be written; ``str()`` says why in plain words."""


def default_page_size() -> ws.PageSize:
    """Letter where people use it (the US, Canada…), A4 everywhere else."""
    system = QLocale().measurementSystem()
    return "letter" if system in (QLocale.MeasurementSystem.ImperialUSSystem,) else "a4"


def render_pdf(html: str, path: str | os.PathLike[str], *, page: str = "a4", title: str = "") -> int:
    """Lay out ``html`` on pages of the given size and write them to ``path``; returns the page count.

    Safe to call from a worker thread (no widgets). Writes to a temporary file first, so a failed
    print never leaves half a PDF under the chosen name.
    """
    if page not in _PAGE_IDS:
        raise ValueError(f"page must be one of {', '.join(_PAGE_IDS)}")
    path = Path(path)
    try:
        with atomic_path(path) as tmp:
            writer = QPdfWriter(str(tmp))
            writer.setTitle(title)
            writer.setCreator("History Quiz")
            writer.setResolution(RESOLUTION)
            writer.setPageLayout(QPageLayout(QPageSize(_PAGE_IDS[page]), QPageLayout.Orientation.Portrait,
                                             MARGINS_MM, QPageLayout.Unit.Millimeter))
            doc = QTextDocument()
            try:
                pages = _paint(doc, writer, html, title, path)
            finally:
                del doc, writer  # closes the file
            if tmp.stat().st_size == 0:
                raise PrintError(QCoreApplication.translate("printing", "“{path}” could not be written.").format(path=path))
    except OSError as exc:
        raise PrintError(QCoreApplication.translate("printing", "“{path}” cannot be written: {reason}.").format(path=path, reason=exc.strerror or exc)) from exc
    return pages


def _keep_blocks_together(doc: QTextDocument, page_height: float) -> None:
    """Move a question (a top-level table) that would be cut by a page end to the next page.

    Only tables shorter than most of a page move; a longer one (the source text) breaks between rows.
    """
    layout = doc.documentLayout()
    moved: set[int] = set()
    for _ in range(2000):  # each pass moves at most one table; bounded for safety
        for frame in doc.rootFrame().childFrames():
            if frame.firstPosition() in moved:
                continue
            rect = layout.frameBoundingRect(frame)
            if rect.height() > page_height * 0.85 or rect.height() <= 0:
                continue
            first = int(rect.top() // page_height)
            last = int((rect.bottom() - 1) // page_height)
            if first != last:
                fmt = frame.frameFormat()
                fmt.setPageBreakPolicy(QTextFormat.PageBreakFlag.PageBreak_AlwaysBefore)
                frame.setFrameFormat(fmt)
                moved.add(frame.firstPosition())
                break
        else:
            return


def _paint(doc: QTextDocument, writer: QPdfWriter, html: str, title: str, path: Path) -> int:
    """Lay the document out on the writer's pages and paint them, with a footer; returns the page count."""
    doc.documentLayout().setPaintDevice(writer)
    font = QFont()
    font.setFamilies(FONT_FAMILIES)
    font.setStyleHint(QFont.StyleHint.SansSerif)
    font.setPointSizeF(11)
    doc.setDefaultFont(font)
    doc.setDocumentMargin(0)
    doc.setHtml(html)
    area = writer.pageLayout().paintRectPixels(writer.resolution())
    footer_font = QFont(font)
    footer_font.setPointSizeF(8.5)
    footer_h = QFontMetricsF(footer_font, writer).height() * 2.2
    body = QSizeF(area.width(), area.height() - footer_h)
    doc.setPageSize(body)
    _keep_blocks_together(doc, body.height())
    pages = max(1, doc.pageCount())
    palette = QPalette()
    for role in (QPalette.ColorRole.Text, QPalette.ColorRole.WindowText):
        palette.setColor(role, QColor("black"))
    painter = QPainter()
    if not painter.begin(writer):
        raise PrintError(QCoreApplication.translate("printing", "“{path}” cannot be written: the folder may be read-only or the disk full.").format(path=path))
    try:
        for i in range(pages):
            if i and not writer.newPage():
                raise PrintError(QCoreApplication.translate("printing", "“{path}” could not be written completely (page {page}).").format(path=path, page=i + 1))
            painter.save()
            painter.translate(0, -i * body.height())
            clip = QRectF(0, i * body.height(), body.width(), body.height())
            painter.setClipRect(clip)
            ctx = QAbstractTextDocumentLayout.PaintContext()
            ctx.clip = clip
            ctx.palette = palette
            doc.documentLayout().draw(painter, ctx)
            painter.restore()
            painter.setFont(footer_font)
            painter.setPen(QColor("#444444"))
            footer = QRectF(0, body.height(), body.width(), footer_h)
            painter.drawText(footer, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignBottom, title)
            painter.drawText(footer, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignBottom,
                             f"Page {i + 1} of {pages}")
    finally:
        painter.end()
    return pages


def key_path(path: str | os.PathLike[str]) -> Path:
    """Where the answer key goes when the worksheet and the key are printed together."""
    return output_path(path, "key")


_SUFFIXES = {"worksheet": "", "key": "-answer-key", "grid": "-answer-grid"}
#: the printed documents, named in the dialog (translated there; the PDF itself is in the worksheet's English)
LABELS = {"worksheet": QT_TRANSLATE_NOOP("printing", "Worksheet"), "key": QT_TRANSLATE_NOOP("printing", "Answer key"),
          "grid": QT_TRANSLATE_NOOP("printing", "Answer grid")}


def output_path(path: str | os.PathLike[str], kind: str, version: str = "", *, first: bool = False) -> Path:
    """The file of one printed document: ``path`` itself for the first one, else next to it with the
    version and the kind in its name ("quiz-A-answer-key.pdf").

    Raises ``ValueError`` for a path without a file name ("" or "/"): see :func:`check_output_path`.
    """
    path = Path(path)
    if not path.name:
        raise ValueError(f"“{path}” has no file name")
    suffix = path.suffix or ".pdf"
    tail = (f"-{version}" if version else "") + ("" if first else _SUFFIXES[kind])
    return path.with_name(f"{path.stem}{tail}{suffix}")


def planned_files(options: ws.PrintOptions, path: str | os.PathLike[str]) -> list[tuple[str, str, Path]]:
    """(kind, version, file) of every document these options print, in order; the first goes to ``path``
    itself when there is one version."""
    kinds = [k for k, wanted in (("worksheet", options.kind in ("worksheet", "both")),
                                 ("key", options.kind in ("key", "both")), ("grid", options.answer_grid)) if wanted]
    versions = ws.VERSIONS if options.versions == 2 else ("",)
    out: list[tuple[str, str, Path]] = []
    for version in versions:
        for kind in kinds:
            out.append((kind, version, output_path(path, kind, version, first=not out and not version)))
    return out


def check_output_path(text: str) -> tuple[Path | None, str]:
    """The PDF file a typed path names (".pdf" added when missing), or None and why not in plain words."""
    text = text.strip()
    if not text:
        return None, QCoreApplication.translate("printing", "Type a file name for the PDF, or choose where to save it.")
    path = Path(text).expanduser()
    if not path.name or text.endswith(("/", os.sep)) or path.name in (".", ".."):
        return None, QCoreApplication.translate("printing", "“{path}” is a folder. Add a file name for the PDF, for example "
                                                "“{example}”.").format(path=text, example=Path(text) / "worksheet.pdf")
    if path.is_dir():
        return None, QCoreApplication.translate("printing", "“{path}” is a folder. Add a file name for the PDF, for example "
                                                "“{example}”.").format(path=text, example=path / "worksheet.pdf")
    if path.suffix.lower() != ".pdf":
        path = path.with_name(path.name + ".pdf")
    if not path.parent.is_dir():
        return None, QCoreApplication.translate("printing", "The folder “{folder}” does not exist. Choose another "
                                                "place.").format(folder=path.parent)
    return path, ""


@dataclass(frozen=True)
class PrintedFile:
    kind: str  # "worksheet", "key" or "grid"
    path: Path
    pages: int
    version: str = ""


def write_pdfs(sheet: ws.Sheet, options: ws.PrintOptions, path: str | os.PathLike[str]) -> list[PrintedFile]:
    """Print a sheet: the first document to ``path``, the others next to it (``…-answer-key.pdf``,
    ``…-answer-grid.pdf``); with two versions, ``…-A.pdf``, ``…-A-answer-key.pdf``, ``…-B.pdf``… Safe in a
    worker thread."""
    out: list[PrintedFile] = []
    for version_sheet in ws.sheets_to_print(sheet, options):
        version = version_sheet.version
        for kind, html in ws.documents(version_sheet, options):
            target = output_path(path, kind, version, first=not out and not version)
            label = " · ".join(x for x in (sheet.title, f"Version {version}" if version else "", LABELS[kind]) if x)
            pages = render_pdf(html, target, page=options.page, title=label)
            out.append(PrintedFile(kind, target, pages, version))
    return out


def _safe_name(text: str) -> str:
    keep = "".join(c if c.isalnum() or c in " -_" else " " for c in text)
    return "-".join(keep.split())[:60] or "worksheet"


class PrintDialog(QDialog):
    """Print a set or a round: worksheet, answer key or both; the source text or not; A4 or Letter; where."""

    def __init__(self, sheet: ws.Sheet, parent: QWidget | None = None, *, folder: str | None = None):
        super().__init__(parent)
        self.sheet = sheet
        self.printed: list[PrintedFile] = []
        self._busy = False
        self.setWindowTitle(self.tr("Print a worksheet"))
        self.setAccessibleName(self.tr("Print a worksheet"))
        layout = QVBoxLayout(self)
        head = plain_label(self.tr("Print “{title}” (%n question(s)) as a PDF file.", "", len(sheet.questions)).format(title=sheet.title), "sectionTitle")
        layout.addWidget(head)

        what = QGroupBox(self.tr("What to print"))
        what_layout = QVBoxLayout(what)
        self.worksheet_radio = QRadioButton(self.tr("The &worksheet (for students)"))
        self.key_radio = QRadioButton(self.tr("The answer &key (for the teacher)"))
        self.both_radio = QRadioButton(self.tr("B&oth, the worksheet and its key"))
        self.kind_group = QButtonGroup(self)
        for radio, kind in ((self.worksheet_radio, "worksheet"), (self.key_radio, "key"), (self.both_radio, "both")):
            radio.setAccessibleName(radio.text().replace("&", ""))
            radio.setProperty("kind", kind)
            self.kind_group.addButton(radio)
            what_layout.addWidget(radio)
        self.worksheet_radio.setChecked(True)
        self.kind_group.buttonToggled.connect(self._on_kind_toggled)
        layout.addWidget(what)

        self.source_check = QCheckBox(self.tr("Print the source &text first, with line numbers"))
        self.source_check.setAccessibleName(self.tr("Print the source text first, with line numbers"))
        self.source_check.setChecked(True)
        self.source_check.toggled.connect(self._on_kind_toggled)
        layout.addWidget(self.source_check)
        self.versions_check = QCheckBox(self.tr("Two &versions, A and B (questions and choices in another order, each "
                                                "with its own key)"))
        self.versions_check.setAccessibleName(self.tr("Print two versions, A and B"))
        self.versions_check.toggled.connect(self._on_kind_toggled)
        layout.addWidget(self.versions_check)
        self.grid_check = QCheckBox(self.tr("A one-page answer &grid to fill in"))
        self.grid_check.setAccessibleName(self.tr("Print a one-page answer grid"))
        self.grid_check.toggled.connect(self._on_kind_toggled)
        layout.addWidget(self.grid_check)

        paper = QGroupBox(self.tr("Paper size"))
        paper_layout = QHBoxLayout(paper)
        self.a4_radio = QRadioButton(self.tr("&A4"))
        self.letter_radio = QRadioButton(self.tr("&Letter"))
        self.a4_radio.setAccessibleName(self.tr("A4 paper"))
        self.letter_radio.setAccessibleName(self.tr("Letter paper"))
        self.page_group = QButtonGroup(self)
        for radio in (self.a4_radio, self.letter_radio):
            self.page_group.addButton(radio)
            paper_layout.addWidget(radio)
        paper_layout.addStretch(1)
        (self.letter_radio if default_page_size() == "letter" else self.a4_radio).setChecked(True)
        layout.addWidget(paper)

        save_label = QLabel(self.tr("Save to &file:"))
        layout.addWidget(save_label)
        save_row = QHBoxLayout()
        self.path_edit = QLineEdit()
        self.path_edit.setAccessibleName(self.tr("File name of the PDF"))
        save_label.setBuddy(self.path_edit)
        folder = folder or QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        if not folder or not Path(folder).is_dir():
            folder = str(Path.home())
        self.path_edit.setText(str(Path(folder) / f"{_safe_name(sheet.title)}.pdf"))
        self.path_edit.textChanged.connect(self._on_kind_toggled)
        self.choose_button = QPushButton(self.tr("&Choose…"))
        self.choose_button.setAccessibleName(self.tr("Choose where to save the PDF"))
        self.choose_button.clicked.connect(self._on_choose_clicked)
        save_row.addWidget(self.path_edit, 1)
        save_row.addWidget(self.choose_button)
        layout.addLayout(save_row)
        self.key_note = plain_label("", "muted")
        self.key_note.setAccessibleName(self.tr("The files that will be saved"))
        self.key_note.setWordWrap(True)
        # room for the longest note from the start: a note that appears later never moves the buttons
        self.key_note.setMinimumHeight(self.key_note.fontMetrics().lineSpacing() * 4)
        layout.addWidget(self.key_note)

        self.busy = QProgressBar()
        self.busy.setRange(0, 0)
        self.busy.setAccessibleName(self.tr("Making the PDF"))
        self.busy.setTextVisible(False)
        self.busy.hide()
        layout.addWidget(self.busy)
        self.status = plain_label("", "muted")
        self.status.setAccessibleName(self.tr("Print status"))
        self.status.setWordWrap(True)
        self.status.setMinimumHeight(self.status.fontMetrics().lineSpacing() * 2)
        layout.addWidget(self.status)

        self.buttons = QDialogButtonBox()
        self.save_button = self.buttons.addButton(self.tr("&Save PDF"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.save_button.setObjectName("primary")
        self.save_button.setAccessibleName(self.tr("Save the PDF"))
        self.save_button.setDefault(True)
        self.cancel_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.cancel_button.setAccessibleName(self.tr("Cancel printing"))
        self.buttons.accepted.connect(self._on_save_clicked)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self._on_kind_toggled()
        self.resize(max(620, self.sizeHint().width()), self.sizeHint().height())
        self.worksheet_radio.setFocus()

    # ---------------------------------------------------------------- state
    def options(self) -> ws.PrintOptions:
        checked = self.kind_group.checkedButton()
        assert checked is not None  # an exclusive group, with the worksheet checked from the start
        kind = checked.property("kind")
        page: ws.PageSize = "letter" if self.letter_radio.isChecked() else "a4"
        return ws.PrintOptions(kind, self.source_check.isChecked(), page,
                               versions=2 if self.versions_check.isChecked() else 1,
                               answer_grid=self.grid_check.isChecked())

    def _on_kind_toggled(self, *_args) -> None:
        """Say which files will be saved (or why none can be): never raises, whatever is typed."""
        checked = self.kind_group.checkedButton()
        kind = checked.property("kind") if checked else "worksheet"
        self.source_check.setText(self.tr("Print the source &text first, with line numbers") if kind != "key" else
                                  self.tr("Print the source &text before the key, with line numbers"))
        path, _why = check_output_path(self.path_edit.text())
        if path is None:
            name = Path(self.path_edit.text().strip() or "worksheet.pdf").name or "worksheet.pdf"
            path = Path(name if name.lower().endswith(".pdf") else name + ".pdf")
        files = planned_files(self.options(), path)
        if len(files) == 1:
            self.key_note.setText(self.tr("One file is saved: “{name}”.").format(name=files[0][2].name))
        else:
            names = ", ".join(f"“{f.name}”" for _kind, _version, f in files)
            self.key_note.setText(self.tr("%n files are saved side by side: {names}.", "", len(files)).format(names=names))

    def _on_choose_clicked(self) -> None:
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Save the PDF as"), self.path_edit.text(), self.tr("PDF files (*.pdf)"))
        if path:
            if not path.lower().endswith(".pdf"):
                path += ".pdf"
            self.path_edit.setText(path)
            self._on_kind_toggled()

    # ---------------------------------------------------------------- printing
    def _on_save_clicked(self) -> None:
        if self._busy:
            return
        path, why = check_output_path(self.path_edit.text())
        if path is None:
            self.status.setText(why)
            self.path_edit.setFocus()
            return
        self.start_print(path)

    def start_print(self, path: str | os.PathLike[str]) -> None:
        """Write the PDF(s) off the GUI thread; the dialog closes itself when they are saved."""
        options = self.options()
        sheet = self.sheet
        self._set_busy(True)
        self.status.setText(self.tr("Making the PDF…"))
        run_in_background(lambda: write_pdfs(sheet, options, path), self._on_print_done, self._on_print_failed)

    def _set_busy(self, busy: bool) -> None:
        self._busy = busy
        self.busy.setVisible(busy)
        for w in (self.save_button, self.choose_button, self.path_edit, self.source_check, self.versions_check,
                  self.grid_check, self.worksheet_radio,
                  self.key_radio, self.both_radio, self.a4_radio, self.letter_radio):
            w.setEnabled(not busy)
        if not busy:
            self._on_kind_toggled()
        self.setCursor(Qt.CursorShape.BusyCursor if busy else Qt.CursorShape.ArrowCursor)

    def _on_print_done(self, printed: list[PrintedFile]) -> None:
        self._set_busy(False)
        self.printed = printed
        parts = [self.tr("{label}: {name} (%n page(s))", "", p.pages).format(
            label=QCoreApplication.translate("printing", LABELS[p.kind]) + (f" {p.version}" if p.version else ""),
            name=p.path.name) for p in printed]
        self.status.setText(self.tr("Saved. ") + "; ".join(parts))
        self.accept()

    def _on_print_failed(self, exc: Exception) -> None:
        self._set_busy(False)
        self.status.setText(self.tr("The PDF could not be saved: {exc}").format(exc=exc))

    def reject(self) -> None:
        if self._busy:  # the worker cannot be stopped halfway; let it finish
            return
        super().reject()


def print_sheet(parent: QWidget | None, sheet: ws.Sheet) -> PrintDialog:
    """Open the print dialog (window-modal) for a sheet and return it."""
    dialog = PrintDialog(sheet, parent)
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    dialog.open()
    return dialog


def print_set(parent: QWidget | None, question_set) -> PrintDialog:
    """Print a whole question set (the editor's "Print…")."""
    return print_sheet(parent, ws.sheet_for_set(question_set))


def print_round(parent: QWidget | None, summary_or_round) -> PrintDialog:
    """Print the questions of a round as the student saw them (the results screen's "Print this round…").

    Takes a ``quiz_app.session.Round`` or its ``RoundSummary``.
    """
    return print_sheet(parent, ws.sheet_for_round(summary_or_round))

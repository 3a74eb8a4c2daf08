"""How the editor's three panes share the window: the questions, the form, the source text.

Three columns when they fit; the form above the source when only two fit; one pane at a time (tabs) on a
small screen or with very large text, so that fields are never cut off. ``choose_arrangement`` decides
(plain arithmetic); ``Panes`` moves the three panes between the arrangements as the window is resized.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, QTimer
from PySide6.QtWidgets import QApplication, QScrollArea, QSplitter, QStackedWidget, QTabWidget, QWidget

COLUMNS, STACKED, TABS = "columns", "stacked", "tabs"


def choose_arrangement(width: int, height: int, left: int, form: int, source: int, line: int) -> str:
    """The arrangement for a window of ``width`` x ``height`` pixels, given the narrowest width of each pane
    and the height of a line of text."""
    if width >= left + form + source + 40 and height >= 30 * line:
        return COLUMNS
    if width >= left + max(form, source) + 30 and height >= 44 * line:
        return STACKED
    return TABS


class Panes(QObject):
    """The pages of a set being edited: ``workspace`` (splitters) or ``compact`` (one tab a pane), in ``pages``
    of ``window``; they follow the window's size."""

    def __init__(self, window: QWidget, pages: QStackedWidget, left: QWidget, form: QWidget, source: QWidget):
        super().__init__(window)
        self._window = window
        self._arranging = False
        self._pages = pages
        self._left, self._form, self._source = left, form, source
        self.mode = COLUMNS
        self.workspace = QSplitter(Qt.Orientation.Horizontal)
        self.workspace.setChildrenCollapsible(False)
        self.workspace.addWidget(left)
        self.form_and_source = QSplitter(Qt.Orientation.Horizontal)
        self.form_and_source.setChildrenCollapsible(False)
        self.form_and_source.addWidget(form)
        self.form_and_source.addWidget(source)
        self.form_and_source.setStretchFactor(0, 1)
        self.form_and_source.setStretchFactor(1, 1)
        self.workspace.addWidget(self.form_and_source)
        self.workspace.setStretchFactor(0, 1)
        self.workspace.setStretchFactor(1, 3)
        pages.addWidget(self.workspace)
        self.compact = QTabWidget()
        self.compact.setAccessibleName(QCoreApplication.translate("Panes", "Questions, the form and the source text"))
        self.compact.setDocumentMode(True)
        self._holders: list[QScrollArea] = []
        for title in (QCoreApplication.translate("Panes", "&Questions"), QCoreApplication.translate("Panes", "&Edit"), QCoreApplication.translate("Panes", "Source &text")):
            holder = QScrollArea()
            holder.setWidgetResizable(True)
            holder.setFrameShape(QScrollArea.Shape.NoFrame)
            self.compact.addTab(holder, title)
            self._holders.append(holder)
        window.installEventFilter(self)

    @property
    def editing_page(self) -> QWidget:
        """The page that shows the set (three panes or, on a small screen, tabs)."""
        return self.compact if self.mode == TABS else self.workspace

    def fit_to_screen(self) -> None:
        """Size the window for its screen (1280 x 820 at most) and arrange the panes for that size."""
        screen = QApplication.primaryScreen()
        available = screen.availableGeometry() if screen else None
        width, height = 1280, 820
        if available is not None:
            width, height = min(width, available.width()), min(height, available.height())
        self.fit(width, height)
        self._window.resize(width, height)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self._window and event.type() == QEvent.Type.Resize and not self._arranging:
            QTimer.singleShot(0, self.fit)  # once the window has its new size
        return False

    def fit(self, width: int = 0, height: int = 0) -> None:
        """Arrange the panes for a window of this size (0: the window's own)."""
        metrics = self._window.fontMetrics()
        source = max(self._source.minimumSizeHint().width(), metrics.averageCharWidth() * 40)
        mode = choose_arrangement(width or self._window.width(), height or self._window.height(),
                                  self._left.minimumSizeHint().width(), self._form.minimumSizeHint().width(),
                                  source, metrics.lineSpacing())
        self._arranging = True
        try:
            self.arrange(mode)
        finally:
            self._arranging = False

    def arrange(self, mode: str) -> None:
        if mode == self.mode:
            return
        self.mode = mode
        panes = (self._left, self._form, self._source)
        if mode == TABS:
            # Each pane scrolls on its own, so that no minimum height makes the window taller than the screen.
            for holder, widget in zip(self._holders, panes, strict=True):
                holder.setWidget(widget)
                widget.show()
            self._pages.insertWidget(1, self.compact)
            if self._pages.currentWidget() is self.workspace:
                self._pages.setCurrentWidget(self.compact)
            return
        for holder in self._holders:
            holder.takeWidget()
        self.workspace.insertWidget(0, self._left)
        self.form_and_source.insertWidget(0, self._form)
        self.form_and_source.insertWidget(1, self._source)
        self.form_and_source.setOrientation(Qt.Orientation.Horizontal if mode == COLUMNS else
                                            Qt.Orientation.Vertical)
        if self._pages.currentWidget() is self.compact:
            self._pages.setCurrentWidget(self.workspace)

    def reveal(self, widget: QWidget) -> None:
        """In the one-pane-at-a-time arrangement, show the pane that holds ``widget``."""
        if self.mode != TABS:
            return
        for i, holder in enumerate(self._holders):
            if holder.isAncestorOf(widget):
                self.compact.setCurrentIndex(i)
                return


__all__ = ["Panes", "choose_arrangement"]

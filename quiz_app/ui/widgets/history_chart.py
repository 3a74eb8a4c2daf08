"""A painted line chart of score % per round over time (no QtCharts needed)."""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFontMetrics, QPainter, QPainterPath, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from ..theme import colours, draw_focus_ring


class HistoryChart(QWidget):
    """Score percent of each round, oldest on the left; the pass mark as a dashed line."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.points: list[tuple[str, float]] = []
        self.pass_mark: float | None = None
        self.setMinimumHeight(180)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setAccessibleName(self.tr("Score per round chart"))
        self.setFocusPolicy(Qt.FocusPolicy.TabFocus)

    def sizeHint(self) -> QSize:
        return QSize(600, 240)

    def set_points(self, points: list[tuple[str, float]], pass_mark: float | None = None) -> None:
        """``points``: (label, percent 0-100) oldest first."""
        self.points = list(points)
        self.pass_mark = pass_mark
        if points:
            last = points[-1]
            best = max(p for _, p in points)
            self.setAccessibleDescription(self.tr("%n round(s). Latest {latest:.0f}% on {day}; best {best:.0f}%.", "", len(points)).format(latest=last[1], day=last[0], best=best))
        else:
            self.setAccessibleDescription(self.tr("No scored rounds yet."))
        self.update()

    def paintEvent(self, event) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        draw_focus_ring(painter, self)  # it takes the Tab key, so it shows it has the focus
        pal = self.palette()
        text_colour = pal.color(pal.ColorRole.WindowText)
        fm = QFontMetrics(self.font())
        left = fm.horizontalAdvance("100%") + 12
        bottom = fm.height() + 10
        area = QRectF(left, 10, max(10, self.width() - left - 16), max(10, self.height() - bottom - 20))
        painter.setPen(QPen(text_colour, 1))
        for pct in (0, 50, 100):
            y = area.bottom() - area.height() * pct / 100
            painter.drawText(QRectF(0, y - fm.height() / 2, left - 6, fm.height()),
                             Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, f"{pct}%")
            grid = QPen(QColor(text_colour))
            grid.setColor(QColor(text_colour.red(), text_colour.green(), text_colour.blue(), 50))
            painter.setPen(grid)
            painter.drawLine(QPointF(area.left(), y), QPointF(area.right(), y))
            painter.setPen(QPen(text_colour, 1))
        if not self.points:
            painter.drawText(area, Qt.AlignmentFlag.AlignCenter, self.tr("No scored rounds yet: play a round to see your progress."))
            return
        if self.pass_mark is not None:
            y = area.bottom() - area.height() * self.pass_mark / 100
            pen = QPen(QColor(colours().partial), 1.5, Qt.PenStyle.DashLine)
            painter.setPen(pen)
            painter.drawLine(QPointF(area.left(), y), QPointF(area.right(), y))
            painter.drawText(QPointF(area.right() - fm.horizontalAdvance(self.tr("pass mark")), y - 4), self.tr("pass mark"))
        n = len(self.points)
        step = area.width() / max(1, n - 1)
        pts = [QPointF(area.left() + (i * step if n > 1 else area.width() / 2),
                       area.bottom() - area.height() * max(0.0, min(100.0, p)) / 100)
               for i, (_, p) in enumerate(self.points)]
        path = QPainterPath(pts[0])
        for p in pts[1:]:
            path.lineTo(p)
        accent = QColor(colours().accent)
        painter.setPen(QPen(accent, 2.5))
        painter.drawPath(path)
        painter.setBrush(accent)
        for p in pts:
            painter.drawEllipse(p, 4.5, 4.5)
        painter.setPen(QPen(text_colour, 1))
        labels = [0, n - 1] if n > 1 else [0]
        for i in labels:
            label = self.points[i][0]
            w = fm.horizontalAdvance(label)
            x = min(max(pts[i].x() - w / 2, area.left()), area.right() - w)
            painter.drawText(QPointF(x, area.bottom() + fm.height() + 4), label)
        painter.end()

"""Small charts drawn with QPainter (PySide6-Essentials has no QtCharts).

`BarChart` draws labelled bars with a y axis, grid lines and "nice" ticks; `ShareBar` draws one
share (retention) as a filled bar with its percentage. Both take their colours from the widget's
palette, so they follow light and dark themes, and keep their data readable for tests
(`values`, `labels`).
"""

from __future__ import annotations

import math
from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication, QLineF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFontMetrics, QPainter, QPalette, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

#: Colours for card states: mid-tone hues that read on light and dark backgrounds alike.
STATE_COLOURS = {
    "new": "#3b82f6",
    "learning": "#f59e0b",
    "review": "#10b981",
    "suspended": "#9ca3af",
    "leech": "#ef4444",
}


def nice_step(maximum: float, ticks: int = 4, smallest: float = 1.0) -> float:
    """A 1/2/5×10ⁿ step, at least `smallest`, so that about `ticks` steps cover `maximum`."""
    if maximum <= 0:
        return smallest
    raw = maximum / ticks
    magnitude = 10 ** math.floor(math.log10(raw))
    step = next(f * magnitude for f in (1, 2, 5, 10) if raw <= f * magnitude)
    return max(step, smallest)


def _format_tick(value: float) -> str:
    return f"{value:,.0f}" if value == int(value) else f"{value:,.1f}"


def _draw_title(widget: BarChart | ShareBar, painter: QPainter, colour: QColor) -> QRectF:
    """Draw the widget's bold title top left (if it has one); return the area left below it."""
    rect = QRectF(widget.rect()).adjusted(4, 4, -8, -4)
    if widget.title:
        font = painter.font()
        font.setBold(True)
        painter.setFont(font)
        painter.setPen(colour)
        painter.drawText(rect, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop,
                         widget.title)
        painter.setFont(widget.font())
        rect.adjust(0, QFontMetrics(widget.font()).height() + 6, 0, 0)
    return rect


class BarChart(QWidget):
    """A vertical bar chart: one bar per label, y axis from 0 with ticks and grid lines."""

    def __init__(self, title: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title = title
        self.labels: list[str] = []
        self.values: list[float] = []
        self.colours: list[QColor | None] = []
        self.setAccessibleName(title)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)

    def set_data(self, labels: Sequence[str], values: Sequence[float],
                 colours: Sequence[str | None] | None = None) -> None:
        """Replace the bars (labels and values of equal length; optional colour per bar)."""
        if len(labels) != len(values):
            raise ValueError("labels and values differ in length")
        self.labels = [str(label) for label in labels]
        self.values = [float(v) for v in values]
        self.colours = [QColor(c) if c else None for c in (colours or [None] * len(values))]
        pairs = zip(self.labels, self.values, strict=True)
        self.setToolTip("\n".join(f"{lab}: {_format_tick(v)}" for lab, v in pairs if v)[:2000])
        self.update()

    @property
    def total(self) -> float:
        """Sum of all bars."""
        return sum(self.values)

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt API
        return QSize(360, 200)

    def minimumSizeHint(self) -> QSize:  # noqa: N802 - Qt API
        return QSize(200, 140)

    def paintEvent(self, _event: object) -> None:  # noqa: N802 - Qt API
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, False)
        pal = self.palette()
        text = pal.color(QPalette.ColorRole.WindowText)
        muted = pal.color(QPalette.ColorRole.PlaceholderText)
        grid = QColor(muted)
        grid.setAlpha(70)
        fm = QFontMetrics(self.font())
        rect = _draw_title(self, painter, text)

        show_values = len(self.values) <= 14
        top = max(self.values, default=0.0) * (1.12 if show_values else 1.04)  # headroom
        step = nice_step(top)
        axis_max = step * max(1, math.ceil(top / step))
        ticks = [step * i for i in range(int(round(axis_max / step)) + 1)]
        left = max(fm.horizontalAdvance(_format_tick(t)) for t in ticks) + 8
        plot = QRectF(rect.left() + left, rect.top() + fm.height() / 2,
                      rect.width() - left, rect.height() - fm.height() * 1.6 - fm.height() / 2)
        if plot.width() < 10 or plot.height() < 10:
            return

        for tick in ticks:  # grid lines and y labels
            y = plot.bottom() - plot.height() * tick / axis_max
            painter.setPen(QPen(grid, 1))
            painter.drawLine(QLineF(plot.left(), y, plot.right(), y))
            painter.setPen(muted)
            painter.drawText(QRectF(rect.left(), y - fm.height() / 2, left - 6, fm.height()),
                             Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                             _format_tick(tick))

        n = len(self.values)
        if n:
            slot = plot.width() / n
            bar = max(1.0, slot * 0.72) if slot >= 3 else slot
            default = pal.color(QPalette.ColorRole.Highlight)
            for i, value in enumerate(self.values):
                x = plot.left() + i * slot + (slot - bar) / 2
                h = plot.height() * value / axis_max
                colour = self.colours[i] if i < len(self.colours) and self.colours[i] else default
                painter.fillRect(QRectF(x, plot.bottom() - h, bar, h), colour)
                if show_values and value:
                    painter.setPen(text)
                    painter.drawText(QRectF(x - 20, plot.bottom() - h - fm.height() - 1,
                                            bar + 40, fm.height()),
                                     Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignBottom,
                                     _format_tick(value))
            # x labels: all of a few bars (elided to their slot), else every k-th one so
            # neighbours never overlap
            painter.setPen(muted)
            if n <= 12:
                for i, label in enumerate(self.labels):
                    text_rect = QRectF(plot.left() + i * slot, plot.bottom() + 3, slot,
                                       fm.height())
                    painter.drawText(text_rect, Qt.AlignmentFlag.AlignHCenter, fm.elidedText(
                        label, Qt.TextElideMode.ElideRight, int(slot) - 2))
            widest = max((fm.horizontalAdvance(label) for label in self.labels), default=0)
            every = max(1, math.ceil((widest + 8) / slot))
            for i in range(0, n, every) if n > 12 else ():
                cx = plot.left() + (i + 0.5) * slot
                x = min(max(cx - widest / 2 - 4, rect.left()), rect.right() - widest - 8)
                painter.drawText(QRectF(x, plot.bottom() + 3, widest + 8, fm.height()),
                                 Qt.AlignmentFlag.AlignHCenter, self.labels[i])

        painter.setPen(QPen(muted, 1))  # axes
        painter.drawLine(QLineF(plot.topLeft(), plot.bottomLeft()))
        painter.drawLine(QLineF(plot.bottomLeft(), plot.bottomRight()))
        if not any(self.values):
            painter.setPen(muted)
            painter.drawText(plot, Qt.AlignmentFlag.AlignCenter,
                             QCoreApplication.translate("Charts", "No data yet"))
        painter.end()


class ShareBar(QWidget):
    """One share from 0 to 1 (e.g. retention) as a horizontal filled bar with its percentage."""

    def __init__(self, title: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title = title
        self.share: float | None = None
        self.setAccessibleName(title)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)

    def set_share(self, share: float | None) -> None:
        """Show `share` (0..1), or "no data" for None."""
        self.share = None if share is None else min(1.0, max(0.0, float(share)))
        self.update()

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt API
        fm = QFontMetrics(self.font())
        return QSize(360, fm.height() * 4)

    def minimumSizeHint(self) -> QSize:  # noqa: N802 - Qt API
        return QSize(160, QFontMetrics(self.font()).height() * 3)

    def paintEvent(self, _event: object) -> None:  # noqa: N802 - Qt API
        painter = QPainter(self)
        pal = self.palette()
        fm = QFontMetrics(self.font())
        text = pal.color(QPalette.ColorRole.WindowText)
        muted = pal.color(QPalette.ColorRole.PlaceholderText)
        rect = _draw_title(self, painter, text)
        label_w = fm.horizontalAdvance("100%") + 10
        bar = QRectF(rect.left(), rect.top(), rect.width() - label_w, min(rect.height(), 22))
        trough = QColor(muted)
        trough.setAlpha(60)
        painter.fillRect(bar, trough)
        if self.share is not None:
            painter.fillRect(QRectF(bar.left(), bar.top(), bar.width() * self.share,
                                    bar.height()), pal.color(QPalette.ColorRole.Highlight))
        painter.setPen(text)
        painter.drawText(QRectF(bar.right() + 6, bar.top(), label_w, bar.height()),
                         Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                         "—" if self.share is None else f"{self.share:.0%}")
        painter.end()

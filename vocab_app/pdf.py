"""The handout (export/handout.py) as a PDF, laid out page by page with Qt (QtGui only, no
widgets): the one place outside gui/ that uses Qt, imported only when a PDF is asked for, so
mining, review and the other exports run without Qt.

Why QPdfWriter + QPainter with our own pagination: Qt is already the app's toolkit (no new
dependency; the bundle has it), its PDF engine embeds subsets of the fonts it draws (so Chinese
prints on any machine) with a ToUnicode map (text can be searched and copied), and its
QTextLayout breaks lines by the Unicode line-breaking rules: between English words, between
Chinese characters. QTextDocument's own table printing splits rows across pages and sizes
columns poorly, so each row is measured and placed whole by vocab_app/pdf_layout.py (column
widths from the content, the header row again on every page); this module draws the pages and
their footer (title, page N of M).

It draws on the running Qt application, or on an offscreen QGuiApplication it creates when
there is none (the CLI). Called from a thread Qt did not start (the GUI's export worker), it
draws on a short-lived QThread instead: Qt's text engine starts timers (the per-thread font
cache) that need the event dispatcher such a thread lacks.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Sequence
from pathlib import Path

from PySide6.QtCore import QMarginsF, QPointF, QRectF, Qt, QThread
from PySide6.QtGui import (
    QColor,
    QGuiApplication,
    QPageLayout,
    QPageSize,
    QPainter,
    QPdfWriter,
    QPen,
)

from vocab_app.errors import ExportError
from vocab_app.export.files import replace, temp_path
from vocab_app.export.handout import MARGIN_MM, Handout
from vocab_app.i18n_text import _
from vocab_app.pdf_layout import FOOTER_MM, Fonts, Rule, Text, paginate

_app: QGuiApplication | None = None  # the offscreen application this module made, kept alive
_SIZES = {"A4": QPageSize.PageSizeId.A4, "Letter": QPageSize.PageSizeId.Letter}
RESOLUTION = 600  # dots per inch of the layout; text is vector, this only sets the grid


def write_pdf(handout: Handout, out_path: str | os.PathLike[str], *, page: str = "A4",
              margin_mm: float = MARGIN_MM) -> int:
    """Lay `handout` out on `page` paper (A4 or Letter) with `margin_mm` margins into
    `out_path`, atomically: on failure ExportError and no partial file; an existing file is
    replaced only by a complete one. Returns the number of pages."""
    global _app
    app = QGuiApplication.instance()
    if app is None:
        app = _app = QGuiApplication(["vocab", "-platform", "offscreen"])
    pages: list[int] = []

    def job() -> None:
        pages.append(_render(handout, Path(out_path), page, margin_mm))

    if QThread.currentThread() is app.thread():
        job()
    else:
        _on_qt_thread(job)
    return pages[0]


class _Job(QThread):
    def __init__(self, job: Callable[[], None]) -> None:
        super().__init__()
        self._job = job
        self.error: BaseException | None = None

    def run(self) -> None:
        try:
            self._job()
        except BaseException as exc:  # noqa: BLE001 - re-raised on the calling thread
            self.error = exc


def _on_qt_thread(job: Callable[[], None]) -> None:
    thread = _Job(job)
    thread.start()
    thread.wait()
    if thread.error is not None:
        raise thread.error


def _render(handout: Handout, out: Path, page: str, margin_mm: float) -> int:
    with temp_path(out) as part:
        writer = QPdfWriter(str(part))
        writer.setTitle(handout.title)
        writer.setCreator("vocab_app")
        writer.setResolution(RESOLUTION)
        margins = QMarginsF(margin_mm, margin_mm, margin_mm, margin_mm)
        writer.setPageLayout(QPageLayout(QPageSize(_SIZES[page]), QPageLayout.Orientation.Portrait,
                                         margins, QPageLayout.Unit.Millimeter))
        area = writer.pageLayout().paintRectPixels(RESOLUTION)
        pages = paginate(handout, writer, area.width(), area.height())
        painter = QPainter()
        if not painter.begin(writer):
            raise ExportError(_("The PDF {out} could not be written.").format(out=out))
        try:
            for number, items in enumerate(pages, 1):
                if number > 1:
                    writer.newPage()
                draw_page(painter, items, handout.words.page_of.format(
                    number=number, total=len(pages)), handout.title, area.width(), area.height())
        finally:
            painter.end()
        del writer  # finishes the file
        if not part.exists() or part.stat().st_size == 0:
            raise ExportError(_("The PDF {out} could not be written.").format(out=out))
        replace(part, out)
    return len(pages)


# --- layout -----------------------------------------------------------------------------------

def draw_page(painter: QPainter, items: Sequence[Text | Rule], page_of: str,
              title: str, width: float, height: float) -> None:
    """Draw one page's items and its footer (title left, `page_of`: "Page N of M" right)."""
    device = painter.device()
    fonts = Fonts(device)
    for item in items:
        if isinstance(item, Rule):
            pen = QPen(QColor(item.color))
            pen.setWidthF(fonts.mm(item.width_pt * 25.4 / 72))  # points to mm
            painter.setPen(pen)
            painter.drawLine(QPointF(item.x0, item.y), QPointF(item.x1, item.y))
        else:
            painter.setPen(QColor(item.color))
            item.layout.draw(painter, QPointF(item.x, item.y))
    painter.setPen(QColor("#666666"))
    painter.setFont(fonts.font(8))
    footer = QRectF(0, height - fonts.mm(FOOTER_MM) + fonts.mm(3), width, fonts.mm(5))
    middle = Qt.AlignmentFlag.AlignVCenter
    painter.drawText(footer, int(Qt.AlignmentFlag.AlignLeft | middle), title)
    painter.drawText(footer, int(Qt.AlignmentFlag.AlignRight | middle), page_of)

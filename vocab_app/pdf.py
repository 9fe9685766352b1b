"""The handout (export/handout.py) as a PDF, laid out page by page with Qt (QtGui only, no
widgets): the one place outside gui/ that uses Qt, imported only when a PDF is asked for, so
mining, review and the other exports run without Qt.

Why QPdfWriter + QPainter with our own pagination: Qt is already the app's toolkit (no new
dependency; the bundle has it), its PDF engine embeds subsets of the fonts it draws (so Chinese
prints on any machine) with a ToUnicode map (text can be searched and copied), and its
QTextLayout breaks lines by the Unicode line-breaking rules: between English words, between
Chinese characters. QTextDocument's own table printing splits rows across pages and sizes
columns poorly, so each row is measured here and placed whole: a row that does not fit goes to
the next panel or page, whose header row is drawn again. Column widths come from the content
(each column's widest word and its natural one-line width) and fill the page width, with a gap
between columns; a word wider than its column (a long URL) is the one case broken inside.

It draws on the running Qt application, or on an offscreen QGuiApplication it creates when
there is none (the CLI). Called from a thread Qt did not start (the GUI's export worker), it
draws on a short-lived QThread instead: Qt's text engine starts timers (the per-thread font
cache) that need the event dispatcher such a thread lacks.
"""

from __future__ import annotations

import functools
import math
import os
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from PySide6.QtCore import QMarginsF, QPointF, QRectF, Qt, QThread
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontDatabase,
    QFontInfo,
    QFontMetricsF,
    QGuiApplication,
    QPageLayout,
    QPageSize,
    QPaintDevice,
    QPainter,
    QPdfWriter,
    QPen,
    QTextCharFormat,
    QTextLayout,
    QTextOption,
)

from vocab_app.errors import ExportError
from vocab_app.export.files import replace, temp_path
from vocab_app.export.handout import MARGIN_MM, Cell, Column, Handout, Table

_app: QGuiApplication | None = None  # the offscreen application this module made, kept alive
_SIZES = {"A4": QPageSize.PageSizeId.A4, "Letter": QPageSize.PageSizeId.Letter}
RESOLUTION = 600  # dots per inch of the layout; text is vector, this only sets the grid
_GAP_MM = 4.0  # between columns
_PANEL_GAP_MM = 8.0  # between the two panels of a compact page
_PAD_MM = 0.9  # above and below a row's text
_FOOTER_MM = 8.0
_CJK = re.compile(r"[\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\uff00-\uffef]")
# a run that holds no line break opportunity in Latin text; Chinese breaks between characters
_WORD = re.compile(r"[^\s\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\uff00-\uffef]+|\S")


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
            raise ExportError(f"The PDF {out} could not be written.")
        try:
            for number, items in enumerate(pages, 1):
                if number > 1:
                    writer.newPage()
                draw_page(painter, items, number, len(pages), handout.title,
                          area.width(), area.height())
        finally:
            painter.end()
        del writer  # finishes the file
        if not part.exists() or part.stat().st_size == 0:
            raise ExportError(f"The PDF {out} could not be written.")
        replace(part, out)
    return len(pages)


# --- layout -----------------------------------------------------------------------------------

@dataclass
class _Text:
    """A laid-out paragraph at (x, y) on its page."""

    layout: QTextLayout
    x: float
    y: float
    color: str = "#111111"


@dataclass
class _Rule:
    """A horizontal line from x0 to x1 at y."""

    x0: float
    x1: float
    y: float
    width_pt: float
    color: str


@dataclass
class _Page:
    items: list[_Text | _Rule] = field(default_factory=list)


class _Fonts:
    """The fonts of a handout on one paint device: Latin family first, the CJK one behind it."""

    def __init__(self, device: QPaintDevice) -> None:
        self.device = device
        self.families = list(_families())
        # Qt fakes a bold it lacks by drawing each glyph twice, and a PDF then holds the text
        # twice (found twice, copied twice): Chinese is set bold only in a real bold face
        self.cjk_bold = any("bold" in style.casefold()
                            for style in QFontDatabase.styles(self.families[-1]))

    def bold_ok(self, text: str) -> bool:
        """Whether `text` can be set in bold without a faked face."""
        return self.cjk_bold or not _CJK.search(text)

    def font(self, pt: float, *, bold: bool = False) -> QFont:
        font = QFont()
        font.setFamilies(self.families)
        font.setPointSizeF(pt)
        font.setBold(bold)
        # no ligatures: Qt's PDF maps a ligature glyph (fi) to no text, so `fine` would not be
        # found or copied from the page
        for tag in ("liga", "clig"):
            font.setFeature(QFont.Tag(tag), 0)
        return font

    def mm(self, value: float) -> float:
        return value / 25.4 * self.device.logicalDpiY()


@functools.cache
def _families() -> list[str]:
    """Latin text in the platform's sans family, Chinese in an installed CJK family or the
    bundled Noto Sans CJK SC subset (gui/fonts.py picks it the same way for the app)."""
    from vocab_app.gui.fonts import cjk_family

    # the real family behind an alias such as "Sans Serif", resolved before the bundled CJK
    # font is registered (fontconfig could then pick it for Latin text too)
    latin = QFontInfo(QFontDatabase.systemFont(QFontDatabase.SystemFont.GeneralFont)).family()
    cjk = cjk_family()
    # cached: the bundled font is registered with Qt once per process, not once per page
    return [f for f in dict.fromkeys([latin, cjk or latin]) if f]


def text_layout(text: str, font: QFont, device: QPaintDevice, width: float,
                bold: tuple[int, int] | None = None) -> QTextLayout:
    """`text` broken into lines of at most `width` (device units): between words, between
    Chinese characters, and inside a word only when that word alone is wider than `width`."""
    layout = QTextLayout(text, font, device)
    option = QTextOption()
    metrics = QFontMetricsF(font, device)
    too_wide = any(metrics.horizontalAdvance(w) > width for w in _WORD.findall(text))
    option.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere if too_wide
                       else QTextOption.WrapMode.WordWrap)
    layout.setTextOption(option)
    if bold is not None:
        fmt = QTextCharFormat()
        fmt.setFontWeight(QFont.Weight.Bold)
        span = QTextLayout.FormatRange()
        span.start, span.length, span.format = bold[0], bold[1] - bold[0], fmt
        layout.setFormats([span])
    ascent, height = _line_box(font, device)
    layout.beginLayout()
    y = 0.0
    while True:
        line = layout.createLine()
        if not line.isValid():
            break
        line.setLineWidth(width)
        # one baseline grid whatever the line's fonts: a Chinese line (taller CJK ascent) sits
        # on the same baseline as the Latin cell beside it
        line.setPosition(QPointF(0, y + ascent - line.ascent()))
        y += max(height, line.height())
    layout.endLayout()
    return layout


def _line_box(font: QFont, device: QPaintDevice) -> tuple[float, float]:
    """The ascent and height of a line holding both Latin and Chinese in `font`."""
    probe = QTextLayout("Hg汉字", font, device)
    probe.beginLayout()
    line = probe.createLine()
    line.setLineWidth(1e6)
    probe.endLayout()
    return line.ascent(), line.height()


def _height(layout: QTextLayout) -> float:
    count = layout.lineCount()
    if not count:
        return 0.0
    last = layout.lineAt(count - 1)
    return last.y() + last.height()


def column_widths(naturals: Sequence[float], minimums: Sequence[float], width: float,
                  gap: float) -> list[float]:
    """Widths filling `width` (with `gap` between columns): every column gets at least its
    widest word; what is left goes to the columns whose natural one-line width is larger, in
    proportion to how much more they want, and any room beyond the naturals in proportion to
    them, so the table always spans the page."""
    room = width - gap * (len(naturals) - 1)
    mins = [min(m, n) if n else m for m, n in zip(minimums, naturals, strict=True)]
    total_min = sum(mins)
    if total_min >= room:
        return [room * m / total_min for m in mins] if total_min else [room / len(mins)] * len(
            mins)
    if sum(naturals) <= room:
        extra = room - sum(naturals)
        total = sum(naturals) or 1.0
        return [n + extra * n / total for n in naturals]
    want = [n - m for n, m in zip(naturals, mins, strict=True)]
    total_want = sum(want) or 1.0
    return [m + (room - total_min) * w / total_want for m, w in zip(mins, want, strict=True)]


class _Paginator:
    """Places the handout's blocks and rows on pages; a row never splits."""

    def __init__(self, handout: Handout, device: QPaintDevice, width: float,
                 height: float) -> None:
        self.fonts = _Fonts(device)
        self.device = device
        self.width = width
        self.bottom = height - self.fonts.mm(_FOOTER_MM)
        self.pages: list[_Page] = [_Page()]
        self.y = 0.0
        self.handout = handout

    def text(self, text: str, pt: float, width: float, *, bold: bool = False,
             span: tuple[int, int] | None = None) -> QTextLayout:
        bold = bold and self.fonts.bold_ok(text)
        if span is not None and not self.fonts.bold_ok(text[span[0]:span[1]]):
            span = None
        return text_layout(text, self.fonts.font(pt, bold=bold), self.device, width, span)

    def run(self) -> list[_Page]:
        title = self.text(self.handout.title, 16, self.width, bold=True)
        self.pages[-1].items.append(_Text(title, 0, 0))
        self.y = _height(title) + self.fonts.mm(1)
        sub = self.text(self.handout.subtitle, 9, self.width)
        self.pages[-1].items.append(_Text(sub, 0, self.y, "#555555"))
        self.y += _height(sub) + self.fonts.mm(5)
        for table in self.handout.tables:
            self.table(table)
        return self.pages

    def new_page(self) -> None:
        self.pages.append(_Page())
        self.y = 0.0

    def table(self, table: Table) -> None:
        if table.new_page and (self.y > 0 or self.pages[-1].items):
            self.new_page()
        self._heading(table.heading)
        panel_gap = self.fonts.mm(_PANEL_GAP_MM)
        panel_w = (self.width - panel_gap * (table.panels - 1)) / table.panels
        gap = self.fonts.mm(_GAP_MM)
        widths = self._widths(table, panel_w, gap)
        xs = [sum(widths[:i]) + gap * i for i in range(len(widths))]
        pad = self.fonts.mm(_PAD_MM)
        row_min = self.fonts.mm(table.row_min_mm)
        panel, top = 0, self.y
        self.y = self._header(table, widths, xs, 0.0, panel_w)
        for row in table.rows:
            cells = [self._cell(table, col, cell, w) for col, cell, w in
                     zip(table.columns, row, widths, strict=True)]
            height = max([row_min, *(_height(c) + 2 * pad for c in cells if c is not None)])
            if self.y + height > self.bottom:
                if panel + 1 < table.panels:
                    panel += 1
                else:
                    self.new_page()
                    self._heading(f"{table.heading} (continued)" if table.heading else "")
                    panel, top = 0, self.y
                self.y = self._header(table, widths, xs, panel * (panel_w + panel_gap), panel_w,
                                      top)
            x0 = panel * (panel_w + panel_gap)
            for cell, x in zip(cells, xs, strict=True):
                if cell is not None:
                    self.pages[-1].items.append(_Text(cell, x0 + x, self.y + pad))
            self.y += height
            self.pages[-1].items.append(_Rule(x0, x0 + panel_w, self.y, 0.15, "#bbbbbb"))
            for i in (i for i, c in enumerate(table.columns) if c.blank):  # a line to write on
                self.pages[-1].items.append(_Rule(x0 + xs[i], x0 + xs[i] + widths[i], self.y,
                                                  0.6, "#666666"))
        if table.panels > 1 and panel > 0:
            self.y = self.bottom  # the next table starts below both panels: on a new page
        self.y += self.fonts.mm(6)

    def _heading(self, text: str) -> None:
        """A table's heading (the answer key's) at the current y, if it has one."""
        if text:
            heading = self.text(text, 13, self.width, bold=True)
            self.pages[-1].items.append(_Text(heading, 0, self.y))
            self.y += _height(heading) + self.fonts.mm(3)

    def _cell(self, table: Table, column: Column, cell: Cell, width: float
              ) -> QTextLayout | None:
        if column.blank or not cell.text:
            return None
        pt = table.font_pt - (1.5 if column.small else 0)
        return self.text(cell.text, pt, width, bold=column.bold, span=cell.bold)

    def _header(self, table: Table, widths: Sequence[float], xs: Sequence[float], x0: float,
                panel_w: float, top: float | None = None) -> float:
        """Draw the header row at `top` (default: the current y); returns the y below it."""
        y = self.y if top is None else top
        page = self.pages[-1]
        height = 0.0
        for column, w, x in zip(table.columns, widths, xs, strict=True):
            label = self.text(column.header, table.font_pt - 1.5, w, bold=True)
            page.items.append(_Text(label, x0 + x, y, "#444444"))
            height = max(height, _height(label))
        y += height + self.fonts.mm(0.8)
        page.items.append(_Rule(x0, x0 + panel_w, y, 0.5, "#333333"))
        return y + self.fonts.mm(0.4)

    def _widths(self, table: Table, panel_w: float, gap: float) -> list[float]:
        naturals, minimums, cells = [], [], []
        for i, column in enumerate(table.columns):
            pt = table.font_pt - (1.5 if column.small else 0)
            body = QFontMetricsF(self.fonts.font(pt, bold=column.bold), self.device)
            head = QFontMetricsF(self.fonts.font(table.font_pt - 1.5, bold=True), self.device)
            texts = [row[i].text for row in table.rows]
            # the width most cells of the column need on one line: one long cell should wrap
            # rather than take the room of a column whose every cell is long
            lengths = [body.horizontalAdvance(t) for t in texts]
            ordered = sorted(lengths)
            typical = ordered[int(len(ordered) * 0.9)] if ordered else 0.0
            natural = max(head.horizontalAdvance(column.header), typical)
            widest = max([head.horizontalAdvance(column.header),
                          *(body.horizontalAdvance(w) for t in texts for w in _WORD.findall(t))])
            if column.blank:
                natural = widest = panel_w * 0.4
                lengths = [0.0] * len(texts)
            natural = min(natural * 1.02, panel_w * 0.6)
            naturals.append(natural)
            minimums.append(min(widest * 1.02, panel_w * 0.45))
            cells.append(lengths)
        widths = column_widths(naturals, minimums, panel_w, gap)
        return shorter_table(widths, minimums, cells)


def _lines(widths: Sequence[float], cells: Sequence[Sequence[float]]) -> int:
    """About how many lines the rows take at `widths` (a cell of one-line width L wraps into
    ⌈L / (0.9 · w)⌉ lines; a row is as tall as its tallest cell)."""
    rows = len(cells[0]) if cells else 0
    return sum(max(math.ceil(col[r] / (0.9 * w)) if col[r] else 1
                   for col, w in zip(cells, widths, strict=True)) for r in range(rows))


def shorter_table(widths: list[float], minimums: Sequence[float],
                  cells: Sequence[Sequence[float]], step: float = 0.04) -> list[float]:
    """`widths` moved, a small step at a time, from one column to another while that makes the
    table shorter (fewer lines in all) and keeps every column at least its widest word: one
    long gloss then gets the room that saves it ten lines, where the sentence column loses one.
    The sum of the widths is kept."""
    widths = list(widths)
    total = sum(widths)
    best = _lines(widths, cells)
    for _round in range(60):
        found = None
        for give in range(len(widths)):
            amount = total * step
            if widths[give] - amount < minimums[give]:
                continue
            for take in range(len(widths)):
                if take == give:
                    continue
                trial = list(widths)
                trial[give] -= amount
                trial[take] += amount
                lines = _lines(trial, cells)
                if lines < best and (found is None or lines < found[0]):
                    found = (lines, trial)
        if found is None:
            break
        best, widths = found
    return widths


def paginate(handout: Handout, device: QPaintDevice, width: float,
             height: float) -> list[list[_Text | _Rule]]:
    """The items of each page of `handout` laid out in a `width` × `height` area of `device`."""
    return [page.items for page in _Paginator(handout, device, width, height).run()]


def draw_page(painter: QPainter, items: Sequence[_Text | _Rule], number: int, total: int,
              title: str, width: float, height: float) -> None:
    """Draw one page's items and its footer (title, page N of M)."""
    device = painter.device()
    fonts = _Fonts(device)
    for item in items:
        if isinstance(item, _Rule):
            pen = QPen(QColor(item.color))
            pen.setWidthF(fonts.mm(item.width_pt * 25.4 / 72))  # points to mm
            painter.setPen(pen)
            painter.drawLine(QPointF(item.x0, item.y), QPointF(item.x1, item.y))
        else:
            painter.setPen(QColor(item.color))
            item.layout.draw(painter, QPointF(item.x, item.y))
    painter.setPen(QColor("#666666"))
    painter.setFont(fonts.font(8))
    footer = QRectF(0, height - fonts.mm(_FOOTER_MM) + fonts.mm(3), width, fonts.mm(5))
    middle = Qt.AlignmentFlag.AlignVCenter
    painter.drawText(footer, int(Qt.AlignmentFlag.AlignLeft | middle), title)
    painter.drawText(footer, int(Qt.AlignmentFlag.AlignRight | middle), f"Page {number} of {total}")

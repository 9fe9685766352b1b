"""The handout (export/handout.py) laid out on pages with Qt's text engine (QtGui only): fonts,
line breaking, column widths and pagination; vocab_app/pdf.py draws the result into a PDF.

Each cell is a QTextLayout: lines break by the Unicode line-breaking rules (between English
words, between Chinese characters), inside a word only when that word alone is wider than its
column, on one baseline grid for Latin and Chinese. Column widths come from the content (each
column's widest word and typical one-line width), fill the page with a gap between columns, and
trade width where that makes the table shorter (`shorter_table`). Rows are placed whole: a row
that does not fit goes to the next panel (compact layouts have two a page) or page, under the
header row drawn again.
"""

from __future__ import annotations

import functools
import math
import re
from collections.abc import Sequence
from dataclasses import dataclass, field

from PySide6.QtCore import QPointF
from PySide6.QtGui import (
    QFont,
    QFontDatabase,
    QFontInfo,
    QFontMetricsF,
    QPaintDevice,
    QTextCharFormat,
    QTextLayout,
    QTextOption,
)

from vocab_app.export.handout import Cell, Column, Handout, Table

_GAP_MM = 4.0  # between columns
_PANEL_GAP_MM = 8.0  # between the two panels of a compact page
_PAD_MM = 0.9  # above and below a row's text
FOOTER_MM = 8.0
_CJK = re.compile(r"[\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\uff00-\uffef]")
# a run that holds no line break opportunity in Latin text; Chinese breaks between characters
_WORD = re.compile(r"[^\s\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\uff00-\uffef]+|\S")


@dataclass
class Text:
    """A laid-out paragraph at (x, y) on its page."""

    layout: QTextLayout
    x: float
    y: float
    color: str = "#111111"


@dataclass
class Rule:
    """A horizontal line from x0 to x1 at y."""

    x0: float
    x1: float
    y: float
    width_pt: float
    color: str


@dataclass
class Page:
    items: list[Text | Rule] = field(default_factory=list)


class Fonts:
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
        self.fonts = Fonts(device)
        self.device = device
        self.width = width
        self.bottom = height - self.fonts.mm(FOOTER_MM)
        self.pages: list[Page] = [Page()]
        self.y = 0.0
        self.handout = handout

    def text(self, text: str, pt: float, width: float, *, bold: bool = False,
             span: tuple[int, int] | None = None) -> QTextLayout:
        bold = bold and self.fonts.bold_ok(text)
        if span is not None and not self.fonts.bold_ok(text[span[0]:span[1]]):
            span = None
        return text_layout(text, self.fonts.font(pt, bold=bold), self.device, width, span)

    def run(self) -> list[Page]:
        title = self.text(self.handout.title, 16, self.width, bold=True)
        self.pages[-1].items.append(Text(title, 0, 0))
        self.y = _height(title) + self.fonts.mm(1)
        sub = self.text(self.handout.subtitle, 9, self.width)
        self.pages[-1].items.append(Text(sub, 0, self.y, "#555555"))
        self.y += _height(sub) + self.fonts.mm(5)
        for table in self.handout.tables:
            self.table(table)
        return self.pages

    def new_page(self) -> None:
        self.pages.append(Page())
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
                    self._heading(self.handout.words.continued.format(heading=table.heading)
                                  if table.heading else "")
                    panel, top = 0, self.y
                self.y = self._header(table, widths, xs, panel * (panel_w + panel_gap), panel_w,
                                      top)
            x0 = panel * (panel_w + panel_gap)
            for cell, x in zip(cells, xs, strict=True):
                if cell is not None:
                    self.pages[-1].items.append(Text(cell, x0 + x, self.y + pad))
            self.y += height
            self.pages[-1].items.append(Rule(x0, x0 + panel_w, self.y, 0.15, "#bbbbbb"))
            for i in (i for i, c in enumerate(table.columns) if c.blank):  # a line to write on
                self.pages[-1].items.append(Rule(x0 + xs[i], x0 + xs[i] + widths[i], self.y,
                                                  0.6, "#666666"))
        if table.panels > 1 and panel > 0:
            self.y = self.bottom  # the next table starts below both panels: on a new page
        self.y += self.fonts.mm(6)

    def _heading(self, text: str) -> None:
        """A table's heading (the answer key's) at the current y, if it has one."""
        if text:
            heading = self.text(text, 13, self.width, bold=True)
            self.pages[-1].items.append(Text(heading, 0, self.y))
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
            page.items.append(Text(label, x0 + x, y, "#444444"))
            height = max(height, _height(label))
        y += height + self.fonts.mm(0.8)
        page.items.append(Rule(x0, x0 + panel_w, y, 0.5, "#333333"))
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
             height: float) -> list[list[Text | Rule]]:
    """The items of each page of `handout` laid out in a `width` × `height` area of `device`."""
    return [page.items for page in _Paginator(handout, device, width, height).run()]

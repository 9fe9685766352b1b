"""The reading view's text as a QTextDocument, built on the worker thread and handed to the GUI
thread whole (`build_document`), and the looks that mark each term by its state.

The text goes in with `QTextCursor.insertText` and character formats inside one edit block: no
HTML is parsed, so nothing in the file (`<script>`, `&amp;`, `**`) is ever read as markup, and a
1 MB transcript takes a fraction of what the same text as HTML would. A marked term is an
anchor `t:<term id>` drawn in its state's colour AND with its state's own underline style, so
the states differ for readers who do not tell the colours apart (Okabe–Ito's colour-blind-safe
colours, lighter ones on a dark palette). A timestamp is an anchor to the source at that second
(`ReaderDocument.link`, as cards build it); the author's emphasis is bold.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from typing import NamedTuple

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import (
    QColor,
    QFont,
    QTextBlockFormat,
    QTextCharFormat,
    QTextCursor,
    QTextDocument,
    QTextLength,
    QTextTableFormat,
)

from vocab_app.services.reader import ReaderDocument, ReaderSegment

TERM_SCHEME = "t"
LINE = "\u2028"  # a line break inside a segment's block
Underline = QTextCharFormat.UnderlineStyle

#: state → (light colour, dark colour, underline): the colour and the line both differ
STATE_LOOK: dict[str, tuple[str, str, Underline]] = {
    "new": ("#0072b2", "#56b4e9", Underline.DotLine),
    "learning": ("#d55e00", "#f5a05a", Underline.DashUnderline),
    "review": ("#009e73", "#3fd0a0", Underline.SingleUnderline),
    "leech": ("#a06a00", "#e6c84a", Underline.DashDotDotLine),
    "suspended": ("#aa4499", "#e08ad0", Underline.WaveUnderline),
    "known": ("#5f6b78", "#a9b4c0", Underline.DashDotLine),
}
_CSS_LINE = {Underline.DotLine: "dotted", Underline.DashUnderline: "dashed",
             Underline.SingleUnderline: "solid", Underline.DashDotDotLine: "dot-dot-dash",
             Underline.WaveUnderline: "wave", Underline.DashDotLine: "dot-dash"}


def state_colour(state: str, dark: bool) -> str:
    """The colour of `state`'s marks."""
    light_colour, dark_colour, _line = STATE_LOOK.get(state, STATE_LOOK["new"])
    return dark_colour if dark else light_colour


def state_css(state: str, dark: bool) -> str:
    """`state`'s look as inline CSS, for the rich-text labels (legend, term card)."""
    line = _CSS_LINE[STATE_LOOK.get(state, STATE_LOOK["new"])[2]]
    colour = state_colour(state, dark)
    # (no `text-decoration: underline`: Qt then draws a plain line whatever the style says)
    return f"color:{colour}; text-underline-style: {line}; text-decoration-color:{colour}"


def state_format(state: str, dark: bool) -> QTextCharFormat:
    """The character format of a term in `state` (an anchor; its href is set per term)."""
    fmt = QTextCharFormat()
    colour = QColor(state_colour(state, dark))
    fmt.setForeground(colour)
    fmt.setUnderlineStyle(STATE_LOOK.get(state, STATE_LOOK["new"])[2])
    fmt.setUnderlineColor(colour)
    fmt.setAnchor(True)
    return fmt


@dataclass(frozen=True)
class Look:
    """What the document needs of the GUI (taken on the GUI thread)."""

    dark: bool
    muted: str  # a colour name for translations and the segment line
    link: str = "#0b62c4"  # the palette's link colour (timestamps)
    side_by_side: bool = False
    font: QFont | None = None


def format_timestamp(seconds: float | None) -> str:
    """`75.4` → `1:15`, `3725` → `1:02:05`; '' for None."""
    if seconds is None:
        return ""
    hours, rest = divmod(int(seconds), 3600)
    minutes, secs = divmod(rest, 60)
    return f"{hours}:{minutes:02d}:{secs:02d}" if hours else f"{minutes}:{secs:02d}"


def pieces(text: str, matches: Sequence[tuple[int, int, int]],
           emphasis: Sequence[tuple[int, int]]) -> Iterator[tuple[int, int, int, bool]]:
    """`text` cut into (start, end, term id or 0, emphasised) pieces, in order: a match that
    crosses an emphasis edge is two pieces of the same term."""
    cuts = {0, len(text)}
    for start, end, _ in matches:
        cuts.update((start, end))
    for start, end in emphasis:
        cuts.update((max(0, start), min(len(text), end)))
    edges = sorted(c for c in cuts if 0 <= c <= len(text))
    owner = {}
    for start, end, term_id in matches:
        owner[start] = (end, term_id)
    bold = sorted(emphasis)
    current: tuple[int, int] | None = None
    b = 0
    for lo, hi in zip(edges, edges[1:], strict=False):
        if lo in owner:
            current = owner[lo]
        term_id = current[1] if current is not None and lo < current[0] else 0
        while b < len(bold) and bold[b][1] <= lo:
            b += 1
        yield lo, hi, term_id, b < len(bold) and bold[b][0] <= lo < bold[b][1]


class _Formats:
    """The document's character formats, made once each."""

    def __init__(self, doc: ReaderDocument, look: Look) -> None:
        self.plain = QTextCharFormat()
        self.muted = QTextCharFormat()
        self.muted.setForeground(QColor(look.muted))
        self.speaker = QTextCharFormat(self.muted)
        self.speaker.setFontWeight(QFont.Weight.Bold)
        self._states = {s: state_format(s, look.dark) for s in STATE_LOOK}
        self._doc, self._look = doc, look
        self.made: dict[tuple[int, bool, bool], QTextCharFormat] = {}

    def term(self, term_id: int, bold: bool, muted: bool) -> QTextCharFormat:
        key = (term_id, bold, muted)
        fmt = self.made.get(key)
        if fmt is None:
            if term_id:
                fmt = QTextCharFormat(self._states[self._doc.states.get(term_id, "new")])
                fmt.setAnchorHref(f"{TERM_SCHEME}:{term_id}")
            else:
                fmt = QTextCharFormat(self.muted if muted else self.plain)
            if bold:
                fmt.setFontWeight(QFont.Weight.Bold)
            self.made[key] = fmt
        return fmt

    def stamp(self, link: str) -> QTextCharFormat:
        fmt = QTextCharFormat()
        fmt.setAnchor(True)
        fmt.setAnchorHref(link)
        fmt.setForeground(QColor(self._look.link))
        fmt.setFontUnderline(True)
        return fmt


def _insert(cursor: QTextCursor, text: str, matches: Sequence[tuple[int, int, int]],
            emphasis: Sequence[tuple[int, int]], formats: _Formats, muted: bool) -> None:
    if not emphasis:  # the common case, without cutting at emphasis edges
        plain = formats.muted if muted else formats.plain
        insert, made, term = cursor.insertText, formats.made, formats.term
        at = 0
        for start, end, term_id in matches:
            if start > at:
                insert(text[at:start], plain)
            insert(text[start:end], made.get((term_id, False, muted))
                   or term(term_id, False, muted))
            at = end
        if at < len(text):
            insert(text[at:], plain)
        return
    for lo, hi, term_id, bold in pieces(text, matches, emphasis):
        cursor.insertText(text[lo:hi], formats.term(term_id, bold, muted))


def _header(cursor: QTextCursor, doc: ReaderDocument, seg: ReaderSegment,
            formats: _Formats) -> None:
    if seg.speaker:
        cursor.insertText(seg.speaker, formats.speaker)
    stamp = format_timestamp(seg.start)
    if stamp:
        if seg.speaker:
            cursor.insertText(" · ", formats.muted)
        link = doc.link(seg.start)
        cursor.insertText(f"▶ {stamp}", formats.stamp(link) if link else formats.muted)
    if seg.speaker or stamp:
        cursor.insertText(LINE, formats.plain)


class BuiltText(NamedTuple):
    """A reader document as Qt shows it, and where its segments are in it."""

    document: QTextDocument
    starts: list[int]  # the position where each segment starts
    text_at: list[tuple[int, int]]  # ... where its text and its translation (-1: none) start


def build_document(doc: ReaderDocument, look: Look) -> BuiltText:
    """`doc` as a QTextDocument (moved to the GUI thread when built on another) and the
    positions of its segments in it."""
    document = QTextDocument()
    document.setUndoRedoEnabled(False)
    if look.font is not None:
        document.setDefaultFont(look.font)
    formats = _Formats(doc, look)
    cursor = QTextCursor(document)
    spaced = QTextBlockFormat()
    spaced.setTopMargin(8)  # a gap between segments
    table = QTextTableFormat()
    table.setBorder(0)
    table.setCellPadding(2)
    table.setWidth(QTextLength(QTextLength.Type.PercentageLength, 100))
    table.setColumnWidthConstraints([QTextLength(QTextLength.Type.PercentageLength, 50)] * 2)
    starts: list[int] = []
    text_at: list[tuple[int, int]] = []
    cursor.beginEditBlock()  # one change for the layout, not one per piece
    for k, seg in enumerate(doc.segments):
        if k:
            cursor.insertBlock(spaced)
        starts.append(cursor.position())
        _header(cursor, doc, seg, formats)
        if seg.translation and look.side_by_side:
            cells = cursor.insertTable(1, 2, table)
            left = cells.cellAt(0, 0).firstCursorPosition()
            right = cells.cellAt(0, 1).firstCursorPosition()
            at = left.position()
            _insert(left, seg.text, seg.matches, seg.marks, formats, False)
            text_at.append((at, right.position()))
            _insert(right, seg.translation, seg.translation_matches, seg.translation_marks,
                    formats, True)
            cursor.movePosition(QTextCursor.MoveOperation.End)
            continue
        at = cursor.position()
        _insert(cursor, seg.text, seg.matches, seg.marks, formats, False)
        if seg.translation:
            cursor.insertText(LINE, formats.plain)
            text_at.append((at, cursor.position()))
            _insert(cursor, seg.translation, seg.translation_matches, seg.translation_marks,
                    formats, True)
        else:
            text_at.append((at, -1))
    cursor.endEditBlock()
    app = QCoreApplication.instance()
    if app is not None:  # built on the worker: the GUI thread shows it
        document.moveToThread(app.thread())
    return BuiltText(document, starts, text_at)

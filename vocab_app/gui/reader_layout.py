"""The reader's text laid out in short slices while the event loop runs (`LayoutPacer`).

Qt lays a large QTextDocument out lazily: after `setDocument` (and after a resize) its
QTextDocumentLayout lays out the first screen, then a 10 ms timer lays out the rest in steps
that double each time, up to 200,000 characters a step; on a 1 MB transcript the last steps
hold the GUI thread 80–100 ms each, after the text is already on screen. The pacer watches the
layout's timer events: the layout timer (the one that fires again and again while the layout
is unfinished; the other, once-only timer reports the document's size to the scroll bars and
is left alone) is taken over, and each of its ticks lays out the next slice of blocks instead,
sized so that a slice takes about `SLICE_MS` (`blockBoundingRect` lays the document out up to
a block in Qt's own small steps, without doubling them). The scroll bar grows as Qt's own lazy
layout makes it grow; `laid_out` says when the whole text is laid out.
"""

from __future__ import annotations

import time

from PySide6.QtCore import QEvent, QObject, QTimer, Signal
from PySide6.QtGui import QAbstractTextDocumentLayout, QTextBlock, QTextDocument

SLICE_MS = 20.0  # a slice's share of the GUI thread: well under what a user feels
FIRST_SLICE = 20_000  # characters, before the pacer has timed a slice on this machine
MIN_SLICE, MAX_SLICE = 2_000, 200_000


def _laid_out(block: QTextBlock) -> bool:
    layout = block.layout()
    return layout is not None and layout.lineCount() > 0


def first_unlaid(document: QTextDocument) -> QTextBlock | None:
    """The first block Qt has not laid out yet (blocks are laid out in order), or None."""
    last = document.lastBlock()
    if _laid_out(last):
        return None
    lo, hi = 0, last.blockNumber()  # the answer is in [lo, hi]
    while lo < hi:
        mid = (lo + hi) // 2
        if _laid_out(document.findBlockByNumber(mid)):
            lo = mid + 1
        else:
            hi = mid
    return document.findBlockByNumber(lo)


class LayoutPacer(QObject):
    """Lays out the document it is attached to in slices of about `SLICE_MS`."""

    laid_out = Signal()  # the whole document is laid out (after an open or a resize)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._document: QTextDocument | None = None
        self._layout: QAbstractTextDocumentLayout | None = None
        self._timers: set[int] = set()  # timer ids seen on the layout
        self._chars = FIRST_SLICE
        self._reported = False  # laid_out emitted for the layout now running
        self._report = QTimer(self)  # laid_out after the text edit took the document's size
        self._report.setSingleShot(True)
        self._report.setInterval(0)
        self._report.timeout.connect(self._on_report)
        self.slices = 0  # how many slices the pacer laid out (for tests and benchmarks)

    def attach(self, document: QTextDocument | None) -> None:
        """Pace `document`'s layout from now on (None: stop pacing)."""
        if self._layout is not None:
            try:
                self._layout.removeEventFilter(self)
                self._layout.documentSizeChanged.disconnect(self.check)
            except RuntimeError:  # the document is already gone
                pass
        self._document, self._layout, self._timers = document, None, set()
        self._reported, self.slices = False, 0
        self._report.stop()
        if document is not None:
            self._layout = document.documentLayout()
            self._layout.installEventFilter(self)
            self._layout.documentSizeChanged.connect(self.check)

    def check(self) -> None:
        """`laid_out` once the whole document is laid out (by the pacer, by Qt's own first
        steps for a short text, or by painting) and its size reported: soon after, once the
        text edit (whose slot follows this one) has set its scroll bar to the whole text."""
        if self._document is None:
            return
        if not self.is_complete():
            self._reported = False  # laid out again (a resize): said again when done
        elif not self._reported:
            self._reported = True
            self._report.start()

    def _on_report(self) -> None:
        if self._document is not None and self.is_complete():
            self.laid_out.emit()

    def is_complete(self) -> bool:
        """Whether the whole document is laid out (True with none attached)."""
        return self._document is None or _laid_out(self._document.lastBlock())

    def height(self) -> float:
        """How far down the text is laid out, in pixels (all of it: inf)."""
        if self._document is None or self._layout is None:
            return float("inf")
        block = first_unlaid(self._document)
        if block is None:
            return float("inf")
        before = block.previous()  # laid out: asking for its place lays out nothing more
        return self._layout.blockBoundingRect(before).bottom() if before.isValid() else 0.0

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt API
        """A repeated timer of an unfinished layout: one slice instead of Qt's step."""
        if watched is not self._layout or event.type() != QEvent.Type.Timer:
            return False
        timer_id = event.timerId()  # type: ignore[attr-defined]  # a QTimerEvent
        if timer_id not in self._timers:
            self._timers.add(timer_id)  # its first tick is Qt's: a step of a few thousand
            return False
        if self.is_complete():
            return False  # a finished layout: Qt stops its timers itself
        self.step()
        return True

    def step(self) -> None:
        """Lay out the next slice (the last one: `check` follows Qt's size report)."""
        document, layout = self._document, self._layout
        if document is None or layout is None:
            return
        block = first_unlaid(document)
        if block is None:
            return
        started, before = time.perf_counter(), block.position()
        end = document.findBlock(min(before + self._chars, document.characterCount() - 1))
        layout.blockBoundingRect(end)  # lays out every block up to `end`
        took = (time.perf_counter() - started) * 1000
        self.slices += 1
        after = first_unlaid(document)
        done = (after.position() if after is not None else document.characterCount()) - before
        if took > 1.0 and done > 0:  # the next slice from this one's pace, at most twice it
            pace = done * SLICE_MS / took
            self._chars = int(min(MAX_SLICE, max(MIN_SLICE, min(pace, 2 * self._chars))))

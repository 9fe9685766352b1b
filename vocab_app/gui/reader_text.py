"""The Reader's text (`ReaderText`, a read-only QTextBrowser): the document built on the worker
shown at once (`starts` keeps where each segment begins) and laid out in short slices
(gui/reader_layout.py), terms whose state changed drawn again in place (`restyle`, a few blocks
at a time), a term's mark found again, and N/P stepping from term to term."""

from __future__ import annotations

import time
from collections.abc import Callable

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QTextCursor, QTextDocument
from PySide6.QtWidgets import QTextBrowser, QWidget

from vocab_app.gui.reader_document import TERM_SCHEME, BuiltText, state_format
from vocab_app.gui.reader_layout import SLICE_MS, LayoutPacer
from vocab_app.services.reader import ReaderDocument

Span = tuple[int, int, str]  # [start, end) in the document, the term's new state


def _utf16(text: str, at: int) -> int:
    """Where `text[at]` is in a QTextDocument (which counts UTF-16 units)."""
    head = text[:at]
    return at if head.isascii() else len(head.encode("utf-16-le")) // 2


class ReaderText(QTextBrowser):
    """The text of one document; `term_shown(term id)` when stepping lands on a term."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setOpenLinks(False)
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextBrowserInteraction
                                     | Qt.TextInteractionFlag.TextSelectableByKeyboard)
        self.doc: ReaderDocument | None = None
        self.starts: list[int] = []  # document position where each segment starts
        self.text_at: list[tuple[int, int]] = []  # ... its text and translation start
        self._restyling = 0  # a restyle's generation: a new document or restyle ends one
        self._shown = 0  # the document's generation: `when_laid_out` is for the one shown
        self._document: QTextDocument | None = None
        self.on_term: Callable[[int], None] = lambda _term_id: None
        self.pacer = LayoutPacer(self)  # laid_out: the whole text is laid out

    def show_document(self, doc: ReaderDocument, built: BuiltText) -> None:
        """Show `doc`, built as `built.document` (gui/reader_document.py)."""
        old, document = self._document, built.document
        self.doc, self._document = doc, document
        self.starts, self.text_at = built.starts, built.text_at
        self._restyling += 1
        self._shown += 1
        self.pacer.attach(document)
        self.setDocument(document)
        self.pacer.check()  # a short text is laid out at once
        if old is not None:
            old.deleteLater()

    def clear_document(self) -> None:
        """Show nothing."""
        self.doc, self.starts, self.text_at = None, [], []
        self._restyling += 1
        self._shown += 1
        self.viewport().setUpdatesEnabled(True)
        self.pacer.attach(None)
        self.setDocument(QTextDocument(self))
        if self._document is not None:
            self._document.deleteLater()
            self._document = None

    def when_laid_out(self, then: Callable[[], object]) -> None:
        """`then()` once the whole text is laid out (at once when it is), unless another
        text is shown first. Meanwhile the text is not drawn again: what was on screen
        stays, rather than the top of the new text before it is scrolled (a scroll or a
        cursor far down would otherwise lay the text out to there in one piece)."""
        if self.pacer.is_complete():
            then()
            return
        generation = self._shown
        self.viewport().setUpdatesEnabled(False)

        def laid_out() -> None:
            self.pacer.laid_out.disconnect(laid_out)
            self.viewport().setUpdatesEnabled(True)
            if generation == self._shown:
                then()

        self.pacer.laid_out.connect(laid_out)

    def restyle(self, doc: ReaderDocument, changed: dict[int, str], dark: bool,
                done: Callable[[], None]) -> None:
        """Draw the marks of the terms in `changed` (term id → new state) in their new
        state's look, in place (the text stays where it is scrolled to), a few blocks at a
        time once the text is laid out; `doc` is the document with the new states, and
        `done()` follows the last block."""
        self.doc = doc
        self._restyling += 1
        generation = self._restyling
        spans = self._spans(changed) if self._document is not None else []
        looks = {state: state_format(state, dark) for state in set(changed.values())}

        def run() -> None:
            document = self._document
            if generation != self._restyling or document is None:
                return
            if not self.pacer.is_complete():  # a change there would lay the text out at once
                QTimer.singleShot(50, self, run)  # (not after the text is gone)
                return
            started = time.perf_counter()
            cursor = QTextCursor(document)
            while spans and (time.perf_counter() - started) * 1000 < SLICE_MS:
                block = document.findBlock(spans[-1][0])
                end = block.position() + block.length()
                cursor.beginEditBlock()  # one layout of the block for all its marks
                while spans and spans[-1][0] < end:
                    start, stop, state = spans.pop()
                    cursor.setPosition(start)
                    cursor.setPosition(stop, QTextCursor.MoveMode.KeepAnchor)
                    cursor.mergeCharFormat(looks[state])
                cursor.endEditBlock()
            if spans:
                QTimer.singleShot(0, self, run)
            else:
                done()

        run()

    def _spans(self, changed: dict[int, str]) -> list[Span]:
        """The document spans of the marks of the terms in `changed`, last first."""
        assert self.doc is not None
        spans: list[Span] = []
        for seg, (text_at, translation_at) in zip(self.doc.segments, self.text_at,
                                                  strict=True):
            for text, at, matches in ((seg.text, text_at, seg.matches),
                                      (seg.translation or "", translation_at,
                                       seg.translation_matches)):
                for start, end, term_id in matches:
                    if term_id in changed and at >= 0:
                        spans.append((at + _utf16(text, start), at + _utf16(text, end),
                                      changed[term_id]))
        spans.sort(reverse=True)
        return spans

    def focus_term(self, term_id: int, segment: int | None = None) -> bool:
        """Select the term's first mark (in segment `segment` when it is there) and show its
        card; False when the text does not hold it."""
        doc = self.doc
        if doc is None:
            return False
        order = [k for k, seg in enumerate(doc.segments) if seg.index == segment]
        href = f"{TERM_SCHEME}:{term_id}"
        for lo in ([self.starts[order[0]]] if order else []) + [0]:
            cursor = self.document().find(
                self._surface(term_id, order[0] if order else 0), lo)
            while not cursor.isNull():
                if cursor.charFormat().anchorHref() == href:
                    self.setTextCursor(cursor)
                    self.ensureCursorVisible()
                    self.on_term(term_id)
                    return True
                cursor = self.document().find(cursor.selectedText(), cursor)
        self.on_term(term_id)
        return False

    def _surface(self, term_id: int, first: int) -> str:
        """The text of the term's first mark at or after segment `first`."""
        assert self.doc is not None
        segments = self.doc.segments
        for seg in (*segments[first:], *segments[:first]):
            for text, spans in ((seg.text, seg.matches),
                                (seg.translation or "", seg.translation_matches)):
                for start, end, found in spans:
                    if found == term_id:
                        return text[start:end]
        return "\0"

    def step(self, forward: bool) -> None:
        """Move to the next (previous) marked term, as Tab (Shift+Tab) does over every link,
        timestamps included, and show it."""
        self.setFocus(Qt.FocusReason.ShortcutFocusReason)
        for _ in range(64):  # past the timestamps between two terms
            before = self.textCursor().position()
            if not self.focusNextPrevChild(forward):
                break
            cursor = self.textCursor()
            if (cursor.position() == before
                    or cursor.charFormat().anchorHref().startswith(f"{TERM_SCHEME}:")):
                break
        self._show_cursor_term()

    def _show_cursor_term(self) -> None:
        href = self.textCursor().charFormat().anchorHref()
        if href.startswith(f"{TERM_SCHEME}:"):
            self.on_term(int(href.split(":", 1)[1]))

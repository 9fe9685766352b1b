"""The Reader's text (`ReaderText`, a read-only QTextBrowser): the document built on the worker
shown at once (`starts` keeps where each segment begins) and laid out in short slices
(gui/reader_layout.py), a term's mark found again, and N/P stepping from term to term."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtGui import QTextDocument
from PySide6.QtWidgets import QTextBrowser, QWidget

from vocab_app.gui.reader_document import TERM_SCHEME
from vocab_app.gui.reader_layout import LayoutPacer
from vocab_app.services.reader import ReaderDocument


class ReaderText(QTextBrowser):
    """The text of one document; `term_shown(term id)` when stepping lands on a term."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setOpenLinks(False)
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextBrowserInteraction
                                     | Qt.TextInteractionFlag.TextSelectableByKeyboard)
        self.doc: ReaderDocument | None = None
        self.starts: list[int] = []  # document position where each segment starts
        self._document: QTextDocument | None = None
        self.on_term: Callable[[int], None] = lambda _term_id: None
        self.pacer = LayoutPacer(self)  # laid_out: the whole text is laid out

    def show_document(self, doc: ReaderDocument, document: QTextDocument,
                      starts: list[int]) -> None:
        """Show `doc`, built as `document` (gui/reader_document.py) with its segments
        starting at `starts`."""
        old = self._document
        self.doc, self._document, self.starts = doc, document, starts
        self.pacer.attach(document)
        self.setDocument(document)
        self.pacer.check()  # a short text is laid out at once
        if old is not None:
            old.deleteLater()

    def clear_document(self) -> None:
        """Show nothing."""
        self.doc, self.starts = None, []
        self.pacer.attach(None)
        self.setDocument(QTextDocument(self))
        if self._document is not None:
            self._document.deleteLater()
            self._document = None

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

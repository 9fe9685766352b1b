"""The reading view's legend: how many terms the text holds, by state, each state's count drawn
in that state's own colour and underline ("42 terms: 30 known, 8 learning, 4 new"); and what a
selection in the text fills "Add term" with (`selection_prefill`)."""

from __future__ import annotations

import html
from bisect import bisect_right
from typing import NamedTuple

from PySide6.QtCore import QObject
from PySide6.QtGui import QTextCursor

from vocab_app.gui.reader_document import state_css
from vocab_app.services.reader import (
    STATES,
    ReaderDocument,
    ReaderSegment,
    gloss_beside,
    sentence_of,
)


class ReaderLegend(QObject):
    """The legend's sentences (a QObject for their plural forms: `tr(..., n)`)."""

    def count(self, state: str, n: int) -> str:
        """`n` terms of `state`, in the interface's language."""
        if state == "new":
            return self.tr("%Ln new", "", n)
        if state == "learning":
            return self.tr("%Ln learning", "", n)
        if state == "review":
            return self.tr("%Ln in review", "", n)
        if state == "leech":
            return self.tr("%Ln leech(es)", "", n)
        if state == "suspended":
            return self.tr("%Ln suspended", "", n)
        return self.tr("%Ln known", "", n)

    def total(self, n: int) -> str:
        """The legend's head, `{states}` to be filled in."""
        return self.tr("%Ln term(s): {states}", "", n)

    def none(self) -> str:
        """A text without a term of the collection."""
        return self.tr("No term of your collection occurs in this text.")

    def comma(self) -> str:
        """Between two states."""
        return self.tr(", ")


def legend_text(counts: dict[str, int]) -> str:
    """The legend as plain text: "42 terms: 30 known, 8 learning, 4 new" (most first)."""
    return _legend(counts, lambda _state, text: text)


def legend_html(counts: dict[str, int], dark: bool) -> str:
    """The legend as rich text, each state's count in that state's look."""
    return _legend(counts, lambda state, text:
                   f'<span style="{state_css(state, dark)}">{html.escape(text)}</span>')


def _legend(counts: dict[str, int], draw: object) -> str:
    total = sum(counts.values())
    texts = ReaderLegend()
    if not total:
        return html.escape(texts.none())
    shown = sorted((s for s in STATES if counts.get(s)), key=lambda s: -counts[s])
    parts = [draw(state, texts.count(state, counts[state]))  # type: ignore[operator]
             for state in shown]
    return texts.total(total).format(states=texts.comma().join(parts))


class Prefill(NamedTuple):
    """What "Add term" is filled in with: the words selected, a gloss from a bracket beside
    them, their sentence, and the segment they are in (None: no text is open)."""

    term: str
    gloss: str
    context: str
    segment: ReaderSegment | None


def selection_prefill(cursor: QTextCursor, doc: ReaderDocument | None,
                      starts: list[int]) -> Prefill:
    """The selection of `cursor` in the reader's text (`starts`: where each of `doc`'s
    segments begins in the document) as "Add term" fills it in."""
    term = " ".join(cursor.selectedText().replace("\u2029", " ").split())
    if not term or doc is None or not starts:
        return Prefill(term, "", "", None)
    seg = doc.segments[max(bisect_right(starts, cursor.selectionStart()) - 1, 0)]
    for text in (seg.text, seg.translation or ""):
        at = text.find(term)
        if at >= 0:
            span = (at, at + len(term))
            return Prefill(term, gloss_beside(text, span), sentence_of(text, span), seg)
    return Prefill(term, "", "", seg)

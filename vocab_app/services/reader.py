"""The reading view's work: a source read by the mining readers (no second parser), every
collection term found in it in one pass, and what a marked term's card shows.

The collection's terms are found by a `TermIndex` (services/term_index.py: one regular
expression pass and dict look-ups), built on first use and kept by `ReaderService` until
`invalidate()` (the view calls it when a write changed terms); `warm()` builds it ahead, at
start-up idle time, so a first open does not wait for it.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field, replace
from typing import TYPE_CHECKING

from vocab_app.mining.model import Document, link_at
from vocab_app.mining.readers import read_document
from vocab_app.mining.sentences import sentence_around
from vocab_app.services.term_index import Match, TermIndex
from vocab_app.store import reading
from vocab_app.store.db import storage_errors
from vocab_app.store.reading import FirstSeen, SourceFile, TermFacts

if TYPE_CHECKING:
    from vocab_app.services.library import Library
    from vocab_app.services.term_edits import AddedTerm

__all__ = ["FirstSeen", "Match", "ReaderDocument", "ReaderSegment", "ReaderService",
           "SegmentAt", "SourceFile", "TermCard", "TermFacts", "TermIndex", "gloss_beside",
           "sentence_of", "video_link"]

#: the states a marked term can have, in the legend's order
STATES = ("new", "learning", "review", "leech", "suspended", "known")
_OPENERS = {"(": ")", "（": "）"}


@dataclass(frozen=True, slots=True)
class ReaderSegment:
    """One segment of a read source with the terms found in its text and translation."""

    index: int
    text: str
    translation: str | None
    speaker: str | None
    start: float | None
    marks: tuple[tuple[int, int], ...]  # the author's emphasis (markup already removed)
    translation_marks: tuple[tuple[int, int], ...]
    matches: tuple[tuple[int, int, int], ...]  # (start, end, term id), as TermIndex.spans
    translation_matches: tuple[tuple[int, int, int], ...]


@dataclass(frozen=True, slots=True)
class ReaderDocument:
    """A source as the reading view shows it."""

    path: str
    title: str
    kind: str
    url: str | None
    source_id: int | None  # the stored source (None: a file not mined into the collection)
    segments: tuple[ReaderSegment, ...]
    states: dict[int, str] = field(default_factory=dict)  # term id → state, for every match

    def counts(self) -> dict[str, int]:
        """How many distinct terms of each state the text holds."""
        out: dict[str, int] = {}
        for state in self.states.values():
            out[state] = out.get(state, 0) + 1
        return out

    def link(self, start: float | None) -> str | None:
        """The source's link at `start` seconds (as cards build it), or None."""
        return video_link(self.url, start)


@dataclass(frozen=True, slots=True)
class SegmentAt:
    """A segment of a file the reader opened that is not in the collection (yet): where a
    term added from it was seen (`ReaderService.add_term_at` records the file then)."""

    path: str
    index: int
    text: str


@dataclass(frozen=True, slots=True)
class TermCard:
    """What hovering or clicking a marked term shows."""

    facts: TermFacts
    pinyin: str  # the Chinese side's pinyin ('' when there is none)
    lists: tuple[str, ...]


def video_link(url: str | None, start: float | None) -> str | None:
    """The source link that opens at `start` seconds, built as a card's (mining.model.link_at)."""
    return link_at(url, start)


def sentence_of(text: str, span: tuple[int, int]) -> str:
    """The sentence of `text` that holds `span` (the miner's sentence splitter)."""
    sentence, _span = sentence_around(text, span)
    return " ".join(sentence.split())


def gloss_beside(text: str, span: tuple[int, int]) -> str:
    """A gloss for the words at `span` from the bracket right after them (`模型(model)`,
    `model（模型）`, a space between allowed), as authors gloss; '' when there is none."""
    stripped = text[span[1]:].lstrip(" ")
    if stripped[:1] in _OPENERS:
        close = stripped.find(_OPENERS[stripped[0]])
        if close > 1:
            return " ".join(stripped[1:close].split())
    return ""


class ReaderService:
    """The reading view's reads over one collection (`Library.reader`); run on the worker."""

    def __init__(self, lib: Library) -> None:
        self._lib = lib
        self._index: TermIndex | None = None

    def invalidate(self) -> None:
        """Terms changed: the next `index()` loads them again."""
        self._index = None

    def index(self) -> TermIndex:
        """The term index, loaded on first use and kept until `invalidate()`."""
        if self._index is None:
            with storage_errors(self._lib.path):
                self._index = TermIndex(reading.term_surfaces(self._lib.db))
        return self._index

    def warm(self) -> int:
        """Build the term index now (at start-up idle time) if it is not built; returns how
        many surfaces it holds."""
        return self.index().size

    def sources(self) -> list[SourceFile]:
        """The sources the reader can open (typed-in sentences are not one)."""
        with storage_errors(self._lib.path):
            return reading.readable_sources(self._lib.db)

    def open_source(self, source_id: int, *,
                    cancelled: Callable[[], bool] | None = None) -> ReaderDocument:
        """Read the stored source's file and mark its terms (InputError: the file is gone or
        unreadable, in the importers' sentence)."""
        with storage_errors(self._lib.path):
            found = reading.source_file(self._lib.db, source_id)
        if found is None:
            from vocab_app.errors import InputError
            from vocab_app.i18n_text import _

            raise InputError(_("That source is no longer in the collection."))
        return self._mark(read_document(found.path, cancelled=cancelled), found)

    def open_path(self, path: str | os.PathLike[str], *,
                  cancelled: Callable[[], bool] | None = None) -> ReaderDocument:
        """Read any file (the Mine view's) and mark its terms; the stored source with the
        same text or path, if any, is the document's source."""
        doc = read_document(path, cancelled=cancelled)
        with storage_errors(self._lib.path):
            found = reading.source_of(self._lib.db, os.path.abspath(os.fspath(path)),
                                      doc.content_hash)
        return self._mark(doc, found)

    def _mark(self, doc: Document, source: SourceFile | None) -> ReaderDocument:
        index = self.index()
        segments = []
        ids: set[int] = set()
        for seg in doc.segments:
            matches = tuple(index.spans(seg.text))
            other = tuple(index.spans(seg.translation)) if seg.translation else ()
            ids.update(m[2] for m in matches)
            ids.update(m[2] for m in other)
            segments.append(ReaderSegment(seg.index, seg.text, seg.translation, seg.speaker,
                                          seg.start, seg.marks, seg.translation_marks,
                                          matches, other))
        with storage_errors(self._lib.path):
            states = reading.term_states(self._lib.db, ids)
        return ReaderDocument(
            path=doc.path, title=doc.title, kind=doc.kind,
            url=doc.url or (source.url if source else None),
            source_id=source.id if source else None, segments=tuple(segments), states=states)

    def states(self, term_ids: Iterable[int]) -> dict[int, str]:
        """The terms' states now (after an answer, a mark or a suspension)."""
        with storage_errors(self._lib.path):
            return reading.term_states(self._lib.db, term_ids)

    def term_card(self, term_id: int) -> TermCard | None:
        """The term's glosses, pinyin, state, due day and lists; None when it is gone."""
        from vocab_app.services.pinyin import entry_readings
        from vocab_app.store.hand_terms import term_list_names

        with storage_errors(self._lib.path):
            facts = reading.term_facts(self._lib.db, term_id)
            if facts is None:
                return None
            lists = tuple(term_list_names(self._lib.db, term_id))
        (pinyin,) = entry_readings(self._lib, [(facts.term, facts.glosses)])
        return TermCard(facts, pinyin, lists)

    def first_seen(self, term_id: int) -> FirstSeen | None:
        """Where the term was first seen in a mined source."""
        with storage_errors(self._lib.path):
            return reading.first_seen(self._lib.db, term_id)

    def add_term_at(self, term: str, gloss: str, *, context: str, list_name: str | None,
                    at: SegmentAt) -> AddedTerm:
        """`term_edits.add_term` for a term selected in a file not in the collection: in the
        same transaction the file is recorded as a source with its segments the way an
        import records one (store/sources.upsert_source, so a later import of the file finds
        it), and the context is an occurrence in the segment `at`, keeping the source and the
        timestamp. Nothing is recorded when adding fails (TermExists, an empty gloss);
        InputError when the file can no longer be read."""
        from vocab_app.services.changes import Changes
        from vocab_app.services.term_edits import add_term
        from vocab_app.store.sources import upsert_source

        lib = self._lib
        doc = read_document(at.path)
        with lib._writing() as db:
            stored = upsert_source(db, doc, now=lib._stamp())
            segment_id = stored.segment_ids.get(at.index)
            if segment_id is None:  # the file changed since it was read: find the text
                segment_id = reading.segment_id(db, stored.source_id, at.index, at.text)
            added = add_term(lib, term, gloss, context=context, list_name=list_name,
                             segment_id=segment_id)
        return replace(added, changes=added.changes | Changes(sources=True))

    def segment_id(self, source_id: int, index: int, text: str) -> int | None:
        """The stored segment a reader's segment is (an added term's occurrence goes there)."""
        with storage_errors(self._lib.path):
            return reading.segment_id(self._lib.db, source_id, index, text)

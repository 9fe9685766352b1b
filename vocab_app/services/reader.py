"""The reading view's work: a source read by the mining readers (no second parser), every
collection term found in it in one pass, and what a marked term's card shows.

Matching is one left-to-right scan, not a regular expression per term: the collection's term
texts and variants are loaded once into a `TermIndex` (a dict from each surface's first two
characters, lower-cased, to the surfaces that start so, longest first; one-character surfaces
in a dict of their own), kept by `ReaderService` until `invalidate()` (the view calls it when a
write changed terms). The scan looks only where a term can start (a Latin word's first letter,
or any other non-ASCII character such as each Hanzi); the longest surface that starts there
wins, so a term inside a longer term is part of the longer one. A Latin surface must stand as a
word (no letter or digit either side), with a plural -s/-es allowed, as the miner matches.
"""

from __future__ import annotations

import os
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from vocab_app.mining.model import Document, link_at
from vocab_app.mining.readers import read_document
from vocab_app.mining.sentences import sentence_around
from vocab_app.store import reading
from vocab_app.store.db import storage_errors
from vocab_app.store.reading import FirstSeen, SourceFile, TermFacts

if TYPE_CHECKING:
    from vocab_app.services.library import Library

__all__ = ["FirstSeen", "Match", "ReaderDocument", "ReaderSegment", "ReaderService",
           "SourceFile", "TermCard", "TermFacts", "TermIndex", "gloss_beside", "sentence_of",
           "video_link"]

#: the states a marked term can have, in the legend's order
STATES = ("new", "learning", "review", "leech", "suspended", "known")
# where a term can start: a Latin word (whole), or in a run of other characters (each one)
_TOKEN_RE = re.compile(r"[0-9a-z]+|[^\x00-\x7f]+")
_WORD_RE = re.compile(r"[0-9a-z]+")
_OPENERS = {"(": ")", "（": "）"}


def _word_char(ch: str) -> bool:
    return ch.isascii() and ch.isalnum()


def _lowered(text: str) -> str:
    low = text.lower()
    if len(low) == len(text):
        return low
    # a character whose lower case is longer (İ) keeps its case: offsets must stay the same
    return "".join(c if len(c.lower()) != 1 else c.lower() for c in text)


@dataclass(frozen=True, slots=True)
class Match:
    """A term found in a text: [start, end) and the term's id."""

    start: int
    end: int
    term_id: int


# (surface lower-cased, term id, must end a word)
_Entry = tuple[str, int, bool]


class TermIndex:
    """Every surface of every term, for `find` (see the module docstring)."""

    def __init__(self, terms: Iterable[tuple[int, str, Iterable[str]]]) -> None:
        by_word: dict[str, list[_Entry]] = {}  # Latin surfaces by their first word
        by_phrase: dict[str, list[_Entry]] = {}  # ... of two words and more by the first two
        by_two: dict[str, list[_Entry]] = {}  # others by their first two characters
        by_one: dict[str, _Entry] = {}  # one-character surfaces
        seen: set[str] = set()
        word = _WORD_RE.match
        for term_id, term, variants in terms:
            for surface in (term, *variants) if variants else (term,):
                low = _lowered(surface if "  " not in surface else " ".join(surface.split()))
                if not low or low in seen:
                    continue
                seen.add(low)
                first = word(low)
                entry = (low, term_id, _word_char(low[-1]))
                if first is not None:
                    w1 = first.group()
                    second = word(low, len(w1) + 1) if low[len(w1):len(w1) + 1] == " " else None
                    if second is not None:
                        by_phrase.setdefault(f"{w1} {second.group()}", []).append(entry)
                    else:
                        by_word.setdefault(w1, []).append(entry)
                elif len(low) == 1:
                    by_one[low] = entry
                else:
                    by_two.setdefault(low[:2], []).append(entry)
        # Longest first, frozen as tuples of str/int tuples: the garbage collector stops
        # tracking those, so a full collection while a text is marked (which holds every
        # thread, the GUI's too) does not walk 100,000 terms' entries.
        self._by_word, self._by_phrase, self._by_two = (
            {key: tuple(sorted(entries, key=lambda e: -len(e[0])))
             for key, entries in table.items()} for table in (by_word, by_phrase, by_two))
        self._by_one = by_one
        # the first words and characters a surface can start with: most text starts none
        self._firsts = frozenset(by_word) | frozenset(k.split(" ", 1)[0] for k in by_phrase)
        self._first_chars = frozenset(k[0] for k in by_two) | frozenset(by_one)
        self.size = len(seen)

    def find(self, text: str) -> list[Match]:
        """The terms in `text`, left to right, never overlapping (longest first)."""
        return [Match(*found) for found in self.spans(text)]

    def spans(self, text: str) -> list[tuple[int, int, int]]:
        """`find` as (start, end, term id) tuples (the fast form: one regex pass over Latin
        words and runs of other characters, a dict look-up per place a term may start)."""
        low = _lowered(text)
        found: list[tuple[int, int, int]] = []
        after = 0  # the end of the last match: starts before it are inside it
        firsts, first_chars = self._firsts, self._first_chars
        by_two_get, by_one_get = self._by_two.get, self._by_one.get
        for token in _TOKEN_RE.finditer(low):
            w1 = token.group()
            i = token.start()
            if w1[0] < "\x80":  # a Latin word
                if i < after or (w1 not in firsts and not (w1 := _singular(w1, firsts))):
                    continue
                hit = self._latin(low, i, w1)
                if hit is not None:
                    found.append(hit)
                    after = hit[1]
                continue
            for k in range(max(i, after), token.end()):  # every other character
                if k < after or low[k] not in first_chars:
                    continue
                hit = _first_fit(low, k, by_two_get(low[k:k + 2]))
                if hit is None:
                    one = by_one_get(low[k])
                    hit = (k, k + 1, one[1]) if one is not None else None
                if hit is not None:
                    found.append(hit)
                    after = hit[1]
        return found

    def _latin(self, low: str, i: int, w1: str) -> tuple[int, int, int] | None:
        """The longest surface starting with the word `w1` at `i`."""
        j = i + len(w1)
        if j < len(low) and low[j] == " ":
            second = _WORD_RE.match(low, j + 1)
            if second is not None:
                w2 = second.group()
                get = self._by_phrase.get
                hit = _first_fit(low, i, get(f"{w1} {w2}") or get(f"{w1} {w2[:-1]}")
                                 or get(f"{w1} {w2[:-2]}"))
                if hit is not None:
                    return hit
        return _first_fit(low, i, self._by_word.get(w1))


def _first_fit(low: str, i: int, entries: tuple[_Entry, ...] | None
               ) -> tuple[int, int, int] | None:
    """The first (longest) of `entries` that `low` holds at `i`, ending a word where the
    surface ends in a Latin letter or digit (a plural -s/-es allowed)."""
    if not entries:
        return None
    n = len(low)
    for surface, term_id, right in entries:
        if low.startswith(surface, i):
            stop = i + len(surface)
            if right and stop < n and _word_char(low[stop]):
                stop = _plural_end(low, stop)
                if stop < 0:
                    continue
            return i, stop, term_id
    return None


def _singular(word: str, firsts: frozenset[str]) -> str:
    """The first word a surface starts with that `word` is the plural of ('' if none)."""
    if word.endswith("s"):
        for stem in (word[:-1], word[:-2] if word.endswith("es") else ""):
            if stem in firsts:
                return stem
    return ""


def _plural_end(low: str, stop: int) -> int:
    """Where a Latin word ends when the surface that ends at `stop` takes a plural -s/-es,
    or -1 when the word goes on otherwise."""
    for suffix in ("s", "es"):
        end = stop + len(suffix)
        if low.startswith(suffix, stop) and (end >= len(low) or not _word_char(low[end])):
            return end
    return -1


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

    def segment_id(self, source_id: int, index: int, text: str) -> int | None:
        """The stored segment a reader's segment is (an added term's occurrence goes there)."""
        with storage_errors(self._lib.path):
            return reading.segment_id(self._lib.db, source_id, index, text)

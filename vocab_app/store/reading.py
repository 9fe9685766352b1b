"""What the reading view reads (services/reader.py): every term's surfaces for the matcher,
the states of the terms a text holds, a source's file and the stored segment a reader's
segment is, and where a term was first seen. Reads only."""

from __future__ import annotations

import json
from collections.abc import Iterable
from typing import NamedTuple

import sqlite_utils

from vocab_app.store.hand_terms import HAND_SOURCE
from vocab_app.store.terms import load_list

_IN = "SELECT value FROM json_each(?)"


class SourceFile(NamedTuple):
    """A stored source as the reader opens it."""

    id: int
    path: str
    title: str
    url: str | None
    kind: str


class FirstSeen(NamedTuple):
    """A term's first occurrence: its source and the segment (by index) and span there."""

    source_id: int
    segment_index: int
    text: str  # the segment's text, to find it again in a re-read file
    span_start: int


class TermFacts(NamedTuple):
    """What the reader's term card shows of one term."""

    id: int
    term: str
    glosses: str  # '; '-joined, first seen first
    state: str
    due: str | None
    known: bool


def term_surfaces(db: sqlite_utils.Database) -> list[tuple[int, str, tuple[str, ...]]]:
    """(term id, text, variants) of every term, in id order (one fetch; JSON read only for
    the few terms with variants). Tuples of strings only: the garbage collector stops
    tracking them at its first look, so 100,000 rows held while the reader's index is built
    do not bring on full collections (which hold every thread, the GUI's too)."""
    rows = db.execute("SELECT id, term, variants FROM terms ORDER BY id").fetchall()
    return [(term_id, term, () if variants == "[]" else tuple(load_list(variants)))
            for term_id, term, variants in rows]


def term_states(db: sqlite_utils.Database, term_ids: Iterable[int]) -> dict[int, str]:
    """term id → browse state (new, learning, review, suspended, leech, known)."""
    ids = json.dumps(sorted({int(i) for i in term_ids}))
    return {int(i): str(s) for i, s in db.execute(
        f"SELECT id, state FROM terms WHERE id IN ({_IN})", [ids])}


def term_facts(db: sqlite_utils.Database, term_id: int) -> TermFacts | None:
    """One term's text, glosses, state and due day; None when it is gone."""
    row = db.execute("SELECT id, term, glosses, state, due, known FROM terms WHERE id = ?",
                     [term_id]).fetchone()
    if row is None:
        return None
    return TermFacts(int(row[0]), str(row[1]), str(row[2]), str(row[3]), row[4], bool(row[5]))


def readable_sources(db: sqlite_utils.Database) -> list[SourceFile]:
    """Every mined source (not the one holding sentences typed by hand), in import order."""
    return [SourceFile(*r) for r in db.execute(
        "SELECT id, path, title, url, kind FROM sources WHERE path != ? ORDER BY id",
        [HAND_SOURCE])]


def source_file(db: sqlite_utils.Database, source_id: int) -> SourceFile | None:
    """The stored source `source_id`, or None."""
    row = db.execute("SELECT id, path, title, url, kind FROM sources WHERE id = ?",
                     [source_id]).fetchone()
    return SourceFile(*row) if row is not None else None


def source_of(db: sqlite_utils.Database, path: str, content_hash: str) -> SourceFile | None:
    """The stored source with this text (content hash) or, failing that, this path."""
    row = None
    if content_hash:
        row = db.execute("SELECT id, path, title, url, kind FROM sources"
                         " WHERE content_hash = ? ORDER BY id LIMIT 1",
                         [content_hash]).fetchone()
    if row is None:
        row = db.execute("SELECT id, path, title, url, kind FROM sources WHERE path = ?",
                         [path]).fetchone()
    return SourceFile(*row) if row is not None else None


def segment_id(db: sqlite_utils.Database, source_id: int, index: int, text: str) -> int | None:
    """The stored segment of the source holding `text` (the one at `index` first), or None."""
    row = db.execute("SELECT id FROM segments WHERE source_id = ? AND text = ?"
                     " ORDER BY idx != ?, idx LIMIT 1", [source_id, text, index]).fetchone()
    return int(row[0]) if row is not None else None


def first_seen(db: sqlite_utils.Database, term_id: int) -> FirstSeen | None:
    """Where the term was first seen in a mined source (typed-in sentences left out)."""
    row = db.execute(
        "SELECT g.source_id, g.idx, g.text, o.span_start FROM occurrences o"
        " JOIN segments g ON g.id = o.segment_id JOIN sources s ON s.id = g.source_id"
        " WHERE o.term_id = ? AND s.path != ? ORDER BY o.id LIMIT 1",
        [term_id, HAND_SOURCE]).fetchone()
    return FirstSeen(int(row[0]), int(row[1]), str(row[2]), int(row[3])) if row else None

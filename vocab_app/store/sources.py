"""Sources and their segments: upsert a mined document by content hash, then by path.

A source is identified by its content: `content_hash` is the sha256 of the decoded text with its
encoding, byte-order mark and line endings normalised away (mining/encoding.py). So:
- the same content under any path or name (a copy, a renamed or moved file, the same text saved
  as UTF-16 or with CRLF) is the source already stored: nothing is added and nothing is counted
  twice, and the source keeps the path, title and segments it was first stored with;
- changed content under a path already stored is that source updated: segments are matched by
  content, so an unchanged paragraph/cue keeps its row (and its occurrences) even if it moved,
  an edited one is a new segment, and segments the new text no longer has are dropped with their
  occurrences (store/terms.py then drops the occurrences of changed segments not found again);
- changed content under a new path or name is a new source: without a shared path or text there
  is nothing that says which stored source it would replace, and guessing could drop a source
  the user still has. Sentences the two versions share are then counted in both.
Runs inside the caller's transaction.
"""

from __future__ import annotations

import os
from dataclasses import dataclass

import sqlite_utils

from vocab_app.mining.model import Document


@dataclass(frozen=True, slots=True)
class StoredSource:
    """Where a document went: its source id, segment ids by index, and what changed."""

    source_id: int
    segment_ids: dict[int, int]
    is_new: bool
    changed: bool  # the file's text differs from what was stored (or it is new)
    # terms that lost occurrences with dropped segments (their counts need recounting)
    orphaned_terms: frozenset[int] = frozenset()


def source_key(path: str | os.PathLike[str]) -> str:
    """The `sources.path` of a file: its absolute path (symlinks are not resolved)."""
    return os.path.abspath(os.fspath(path))


def upsert_source(db: sqlite_utils.Database, doc: Document, *, now: str) -> StoredSource:
    """Store `doc` as a source with its segments; see the module docstring for the rules."""
    key = source_key(doc.path)
    if doc.content_hash:
        same = db.execute("SELECT id FROM sources WHERE content_hash = ? ORDER BY id LIMIT 1",
                          [doc.content_hash]).fetchone()
        if same is not None:
            return StoredSource(same[0], _matching_segments(db, same[0], doc), is_new=False,
                                changed=False)
    row = db.execute("SELECT id, content_hash FROM sources WHERE path = ?", [key]).fetchone()
    if row is None:
        source_id = db.execute(
            "INSERT INTO sources (path, title, kind, url, content_hash, imported_at)"
            " VALUES (?, ?, ?, ?, ?, ?)",
            [key, doc.title, doc.kind, doc.url, doc.content_hash, now]).lastrowid
        assert source_id is not None  # an INSERT always sets lastrowid
    else:
        source_id = row[0]
        db.execute("UPDATE sources SET title = ?, kind = ?, url = ?, content_hash = ?,"
                   " imported_at = ? WHERE id = ?",
                   [doc.title, doc.kind, doc.url, doc.content_hash, now, source_id])
    orphaned = _replace_segments(db, source_id, doc)
    return StoredSource(source_id, _segment_ids(db, source_id), is_new=row is None, changed=True,
                        orphaned_terms=orphaned)


def _replace_segments(db: sqlite_utils.Database, source_id: int,
                      doc: Document) -> frozenset[int]:
    """Match the new segments to stored ones by content (speaker, times, text, translation):
    a matched segment keeps its id (and its occurrences) and only takes its new index; the
    others are inserted, and stored segments left unmatched are deleted with their occurrences.
    Returns the ids of the terms whose occurrences were deleted.
    """
    pool = _stored_by_content(db, source_id)
    # Park every stored segment on a negative index so the new indexes are free to take.
    db.execute("UPDATE segments SET idx = -1 - idx WHERE source_id = ?", [source_id])
    for seg in doc.segments:
        values = (seg.speaker, seg.start, seg.end, seg.text, seg.translation)
        matches = pool.get(values)
        if matches:
            db.execute("UPDATE segments SET idx = ? WHERE id = ?", [seg.index, matches.pop(0)])
        else:
            db.execute('INSERT INTO segments (source_id, idx, speaker, start, "end", text,'
                       " translation) VALUES (?, ?, ?, ?, ?, ?, ?)",
                       [source_id, seg.index, *values])
    # Segments still parked are gone from the file; their occurrences go with them (CASCADE).
    orphaned = frozenset(r[0] for r in db.execute(
        "SELECT DISTINCT o.term_id FROM segments g JOIN occurrences o ON o.segment_id = g.id"
        " WHERE g.source_id = ? AND g.idx < 0", [source_id]))
    db.execute("DELETE FROM segments WHERE source_id = ? AND idx < 0", [source_id])
    return orphaned


def _matching_segments(db: sqlite_utils.Database, source_id: int,
                       doc: Document) -> dict[int, int]:
    """The doc's segment index → the stored segment with the same content (a copy read under
    another suffix may be cut into segments differently: those segments match nothing)."""
    pool = _stored_by_content(db, source_id)
    out: dict[int, int] = {}
    for seg in doc.segments:
        matches = pool.get((seg.speaker, seg.start, seg.end, seg.text, seg.translation))
        if matches:
            out[seg.index] = matches.pop(0)
    return out


def _stored_by_content(db: sqlite_utils.Database, source_id: int
                       ) -> dict[tuple[object, ...], list[int]]:
    """(speaker, start, end, text, translation) → ids of the source's segments, in order."""
    pool: dict[tuple[object, ...], list[int]] = {}
    for row in db.execute('SELECT id, speaker, start, "end", text, translation FROM segments'
                          " WHERE source_id = ? ORDER BY idx", [source_id]):
        pool.setdefault(tuple(row[1:]), []).append(row[0])
    return pool


def _segment_ids(db: sqlite_utils.Database, source_id: int) -> dict[int, int]:
    return dict(db.execute("SELECT idx, id FROM segments WHERE source_id = ?", [source_id]))



def source_title(db: sqlite_utils.Database, source_id: int) -> str | None:
    """The title of source `source_id`, or None when there is no such source."""
    row = db.execute("SELECT title FROM sources WHERE id = ?", [source_id]).fetchone()
    return str(row[0]) if row is not None else None


def source_exists(db: sqlite_utils.Database, source_id: int) -> bool:
    """Whether a source with id `source_id` is stored."""
    return db.execute("SELECT 1 FROM sources WHERE id = ?", [source_id]).fetchone() is not None

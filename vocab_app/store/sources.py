"""Sources and their segments: upsert a mined document by path and content hash.

A source is keyed by the absolute path of its file. The same content hash means the stored
segments are already right and are left alone; a changed hash updates segments in place by
index (their ids, and so the occurrences that point at unchanged segments, survive) and drops
segments the new text no longer has. Runs inside the caller's transaction.
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


def source_key(path: str | os.PathLike[str]) -> str:
    """The `sources.path` of a file: its absolute path (symlinks are not resolved)."""
    return os.path.abspath(os.fspath(path))


def upsert_source(db: sqlite_utils.Database, doc: Document, *, now: str) -> StoredSource:
    """Store `doc` as a source with its segments; see the module docstring for the rules."""
    key = source_key(doc.path)
    row = db.execute("SELECT id, content_hash FROM sources WHERE path = ?", [key]).fetchone()
    if row is not None and row[1] == doc.content_hash and doc.content_hash:
        return StoredSource(row[0], _segment_ids(db, row[0]), is_new=False, changed=False)
    if row is None:
        source_id = db.execute(
            "INSERT INTO sources (path, title, kind, url, content_hash, imported_at)"
            " VALUES (?, ?, ?, ?, ?, ?)",
            [key, doc.title, doc.kind, doc.url, doc.content_hash, now]).lastrowid
    else:
        source_id = row[0]
        db.execute("UPDATE sources SET title = ?, kind = ?, url = ?, content_hash = ?,"
                   " imported_at = ? WHERE id = ?",
                   [doc.title, doc.kind, doc.url, doc.content_hash, now, source_id])
    _replace_segments(db, source_id, doc)
    return StoredSource(source_id, _segment_ids(db, source_id), is_new=row is None, changed=True)


def _replace_segments(db: sqlite_utils.Database, source_id: int, doc: Document) -> None:
    stored = {r[0]: tuple(r[1:]) for r in db.execute(
        'SELECT idx, speaker, start, "end", text, translation FROM segments WHERE source_id = ?',
        [source_id])}
    for seg in doc.segments:
        values = (seg.speaker, seg.start, seg.end, seg.text, seg.translation)
        old = stored.get(seg.index)
        if old is None:
            db.execute('INSERT INTO segments (source_id, idx, speaker, start, "end", text,'
                       " translation) VALUES (?, ?, ?, ?, ?, ?, ?)",
                       [source_id, seg.index, *values])
        elif old != values:
            db.execute('UPDATE segments SET speaker = ?, start = ?, "end" = ?, text = ?,'
                       " translation = ? WHERE source_id = ? AND idx = ?",
                       [*values, source_id, seg.index])
    keep = {seg.index for seg in doc.segments}
    gone = [idx for idx in stored if idx not in keep]
    if gone:  # their occurrences go with them (ON DELETE CASCADE)
        db.execute("DELETE FROM segments WHERE source_id = ? AND idx IN"
                   " (SELECT value FROM json_each(?))", [source_id, _json_ids(gone)])


def _segment_ids(db: sqlite_utils.Database, source_id: int) -> dict[int, int]:
    return dict(db.execute("SELECT idx, id FROM segments WHERE source_id = ?", [source_id]))


def _json_ids(ids: list[int]) -> str:
    return "[" + ",".join(str(int(i)) for i in ids) + "]"

"""Teacher term lists in the collection (the lists and list_terms tables).

A list is an ordered set of terms (`list_terms.position`, 0-based and dense) with an optional
per-list gloss (`gloss_override`). Lists are ordered by `lists.position`. None of these
functions opens a transaction: services/lists.py wraps each change in one.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass

import sqlite_utils

BULK_CACHE_KIB_PER_ROW = 1  # a new term with its sense, cards and index entries: ~0.5 KiB
MAX_BULK_CACHE_KIB = 512 * 1024


@contextmanager
def bulk_cache(db: sqlite_utils.Database, rows: int) -> Iterator[None]:
    """SQLite's page cache grown by about a KiB per row (at most 512 MiB) for a bulk write of
    `rows` rows, then put back: in one transaction, a collection outgrowing the cache has its
    pages evicted and read again on every insert, so time per row grew with the file
    (2.7× per doubling from 100,000 to 200,000 list rows)."""
    before = int(db.execute("PRAGMA cache_size").fetchone()[0])
    if before < 0:  # KiB (the collection sets it so); a page count is left alone
        grown = min(MAX_BULK_CACHE_KIB, -before + rows * BULK_CACHE_KIB_PER_ROW)
        db.execute(f"PRAGMA cache_size = -{grown}")
    try:
        yield
    finally:
        db.execute(f"PRAGMA cache_size = {before}")


@dataclass(frozen=True, slots=True)
class TermList:
    """One list: id, name, position among lists, number of terms."""

    id: int
    name: str
    position: int
    size: int


@dataclass(frozen=True, slots=True)
class ListTerm:
    """A term in a list: its gloss as the list shows it (override or senses) and its place."""

    term_id: int
    term: str
    gloss: str
    gloss_override: str | None
    style: str
    position: int


def all_lists(db: sqlite_utils.Database) -> list[TermList]:
    """Every list in display order (position, then id), with its number of terms."""
    rows = db.execute(
        "SELECT l.id, l.name, l.position, (SELECT count(*) FROM list_terms t"
        " WHERE t.list_id = l.id) FROM lists l ORDER BY l.position, l.id").fetchall()
    return [TermList(*r) for r in rows]


def list_id_named(db: sqlite_utils.Database, name: str) -> int | None:
    """The id of the list called `name`, compared case-insensitively (ASCII), or None."""
    row = db.execute("SELECT id FROM lists WHERE name = ? COLLATE NOCASE", [name]).fetchone()
    return int(row[0]) if row is not None else None


def list_name(db: sqlite_utils.Database, list_id: int) -> str | None:
    """The name of list `list_id`, or None when there is no such list."""
    row = db.execute("SELECT name FROM lists WHERE id = ?", [list_id]).fetchone()
    return str(row[0]) if row is not None else None


def list_uid(db: sqlite_utils.Database, list_id: int) -> str | None:
    """The stable random id of list `list_id` (it names the list's Anki GUID namespace), or
    None when there is no such list."""
    row = db.execute("SELECT uid FROM lists WHERE id = ?", [list_id]).fetchone()
    return str(row[0]) if row is not None and row[0] else None


def create_list(db: sqlite_utils.Database, name: str, *, created_at: str,
                list_id: int | None = None) -> int:
    """A new, empty list after every other one, under `list_id` when given (the caller checks
    it is free); returns its id (a trigger gives it its uid)."""
    cur = db.execute(
        "INSERT INTO lists (id, name, position, created_at) VALUES (?, ?, (SELECT"
        " coalesce(max(position), -1) + 1 FROM lists), ?)", [list_id, name, created_at])
    return int(cur.lastrowid or 0)


def rename_list(db: sqlite_utils.Database, list_id: int, name: str) -> None:
    """Give list `list_id` the name `name` (the caller checks it is free)."""
    db.execute("UPDATE lists SET name = ? WHERE id = ?", [name, list_id])


def delete_list(db: sqlite_utils.Database, list_id: int) -> None:
    """Delete the list and its memberships; the terms stay."""
    db.execute("DELETE FROM list_terms WHERE list_id = ?", [list_id])
    db.execute("DELETE FROM lists WHERE id = ?", [list_id])


def order_lists(db: sqlite_utils.Database, ids_in_order: Sequence[int]) -> None:
    """Number the lists 0, 1, … in the order of `ids_in_order`."""
    db.conn.executemany("UPDATE lists SET position = ? WHERE id = ?",
                        [(position, list_id) for position, list_id in enumerate(ids_in_order)])


def list_terms(db: sqlite_utils.Database, list_id: int) -> list[ListTerm]:
    """The list's terms in order; a term's gloss is the list's override, else its senses'
    glosses joined with "; " (in the order they were stored), and its style its first
    sense's."""
    rows = db.execute(
        "SELECT t.id, t.term, (SELECT group_concat(gloss, '; ') FROM (SELECT gloss FROM"
        " senses WHERE term_id = t.id ORDER BY id)), lt.gloss_override,"
        " coalesce((SELECT style FROM senses WHERE term_id = t.id ORDER BY id LIMIT 1), ''),"
        " lt.position FROM list_terms lt JOIN terms t ON t.id = lt.term_id"
        " WHERE lt.list_id = ? ORDER BY lt.position, t.id", [list_id]).fetchall()
    return [ListTerm(term_id=r[0], term=r[1], gloss=r[3] if r[3] else (r[2] or ""),
                     gloss_override=r[3], style=r[4], position=r[5]) for r in rows]


def append_terms(db: sqlite_utils.Database, list_id: int, term_ids: Iterable[int]) -> int:
    """Append the terms not yet in the list, in the given order; returns how many."""
    present = {r[0] for r in db.execute(
        "SELECT term_id FROM list_terms WHERE list_id = ?", [list_id])}
    start = db.execute("SELECT coalesce(max(position), -1) + 1 FROM list_terms"
                       " WHERE list_id = ?", [list_id]).fetchone()[0]
    new = [t for t in dict.fromkeys(term_ids) if t not in present]
    db.conn.executemany(
        "INSERT INTO list_terms (list_id, term_id, position) VALUES (?, ?, ?)",
        [(list_id, t, start + i) for i, t in enumerate(new)])
    return len(new)


def append_new_terms(db: sqlite_utils.Database, list_id: int, term_ids: Sequence[int],
                     start: int) -> None:
    """Put `term_ids` (none of them in the list yet, no repeats) in the list at positions
    `start`, `start` + 1, …: a batch of a bulk import, which knows both already."""
    db.conn.executemany(
        "INSERT INTO list_terms (list_id, term_id, position) VALUES (?, ?, ?)",
        [(list_id, t, start + i) for i, t in enumerate(term_ids)])


def remove_terms(db: sqlite_utils.Database, list_id: int, term_ids: Iterable[int]) -> None:
    """Take the terms out of the list (positions are not closed up: see `renumber`)."""
    db.conn.executemany("DELETE FROM list_terms WHERE list_id = ? AND term_id = ?",
                        [(list_id, t) for t in term_ids])


def renumber(db: sqlite_utils.Database, list_id: int, term_ids: Sequence[int]) -> None:
    """Number the list's terms 0, 1, … in the order of `term_ids`."""
    db.conn.executemany(
        "UPDATE list_terms SET position = ? WHERE list_id = ? AND term_id = ?",
        [(pos, list_id, t) for pos, t in enumerate(term_ids)])


def set_gloss_override(db: sqlite_utils.Database, list_id: int, term_id: int,
                       gloss: str | None) -> bool:
    """Set (None: clear) the list's own gloss for a term; False when the term is not in it."""
    cur = db.execute("UPDATE list_terms SET gloss_override = ? WHERE list_id = ?"
                     " AND term_id = ?", [gloss, list_id, term_id])
    return cur.rowcount > 0


def list_exists(db: sqlite_utils.Database, list_id: int) -> bool:
    """Whether a list with id `list_id` is stored."""
    return db.execute("SELECT 1 FROM lists WHERE id = ?", [list_id]).fetchone() is not None

"""Edits from the library: glosses, tags, suspension, and delete with an exact restore (undo).

Each function runs inside the caller's transaction. `delete_terms` returns a `DeletedTerms`
snapshot of every row that goes with the terms (term, senses, occurrences, cards, reviews, list
memberships: every column, ids included); `restore_terms` writes those rows back as they were,
so a restored card keeps its scheduling and its review log. A gloss edit and a deletion are
also remembered as the user's decisions (store/decisions.py), so re-mining never brings the old
gloss or the deleted term back as new; undoing a deletion forgets it.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any

import sqlite_utils

from vocab_app.i18n_text import _
from vocab_app.store import decisions, known
from vocab_app.store.terms import recount

# Tables in the order rows must be written back (parents before children). Each is selected by
# the deleted term ids through `where`.
_RESTORE_ORDER: tuple[tuple[str, str], ...] = (
    ("terms", "id IN ({ids})"),
    ("senses", "term_id IN ({ids})"),
    ("cards", "term_id IN ({ids})"),
    ("occurrences", "term_id IN ({ids})"),
    ("reviews", "card_id IN (SELECT id FROM cards WHERE term_id IN ({ids}))"),
    ("list_terms", "term_id IN ({ids})"),
)


class EditError(ValueError):
    """An edit the collection refuses (empty gloss, tag with spaces, duplicate gloss, ...)."""


@dataclass(frozen=True, slots=True)
class TableRows:
    """All columns of some rows of one table."""

    table: str
    columns: tuple[str, ...]
    rows: tuple[tuple[Any, ...], ...]


@dataclass(frozen=True, slots=True)
class DeletedTerms:
    """What `delete_terms` removed, enough to put it back exactly."""

    term_ids: tuple[int, ...]
    tables: tuple[TableRows, ...]

    def __len__(self) -> int:
        return len(self.term_ids)


def _ids(ids: Iterable[int]) -> str:
    return json.dumps(sorted({int(i) for i in ids}))


_IN = "SELECT value FROM json_each(?)"


def update_gloss(db: sqlite_utils.Database, sense_id: int, gloss: str, *, now: str = "") -> None:
    """Give sense `sense_id` the text `gloss` (stripped) and remember the edit (stamped `now`).
    Raises EditError if it is empty, already another sense of the same term, or the sense does
    not exist."""
    gloss = " ".join(gloss.split())
    if not gloss:
        raise EditError(_("A gloss cannot be empty."))
    row = db.execute("SELECT s.term_id, s.gloss, t.key FROM senses s JOIN terms t"
                     " ON t.id = s.term_id WHERE s.id = ?", [sense_id]).fetchone()
    if row is None:
        raise EditError(_("That gloss no longer exists; it may have been deleted."))
    if row[1] == gloss:
        return
    clash = db.execute("SELECT 1 FROM senses WHERE term_id = ? AND gloss = ? AND id != ?",
                       [row[0], gloss, sense_id]).fetchone()
    if clash:
        raise EditError(_("This term already has the gloss “{gloss}”.").format(
                            gloss=gloss))
    db.execute("UPDATE senses SET gloss = ? WHERE id = ?", [gloss, sense_id])
    decisions.record_edit(db, row[2], row[1], gloss, now=now)


def clean_tags(tags: Iterable[str]) -> list[str]:
    """Tags without duplicates, in the order given. Raises EditError for a tag with spaces."""
    out: list[str] = []
    for tag in tags:
        tag = tag.strip()
        if not tag:
            continue
        if any(ch.isspace() for ch in tag):
            raise EditError(_("A tag cannot contain spaces: “{tag}”.").format(tag=tag))
        if tag not in out:
            out.append(tag)
    return out


def set_tags(db: sqlite_utils.Database, term_ids: Iterable[int], tags: Sequence[str]) -> None:
    """Replace the tags of every term in `term_ids` by `tags`."""
    text = " ".join(clean_tags(tags))
    db.execute(f"UPDATE terms SET tags = ? WHERE id IN ({_IN})", [text, _ids(term_ids)])


def add_tag(db: sqlite_utils.Database, term_ids: Iterable[int], tag: str) -> None:
    """Add `tag` to each term in `term_ids` that does not have it yet."""
    (tag,) = clean_tags([tag]) or [""]
    if not tag:
        raise EditError(_("A tag cannot be empty."))
    db.execute(f"UPDATE terms SET tags = trim(tags || ' ' || ?) WHERE id IN ({_IN})"
               " AND instr(' ' || tags || ' ', ?) = 0", [tag, _ids(term_ids), f" {tag} "])


@dataclass(frozen=True, slots=True)
class Marks:
    """The tags of some terms, their known marks and the suspension of their cards, to put
    back after an edit."""

    tags: tuple[tuple[int, str], ...]  # (term id, tags)
    suspended: tuple[tuple[int, int], ...]  # (card id, 0 or 1)
    known: tuple[tuple[int, int], ...] = ()  # (term id, 0 or 1): store/known.py


def marks(db: sqlite_utils.Database, term_ids: Iterable[int]) -> Marks:
    """The tags and card suspension of the terms in `term_ids`, as they are now."""
    ids = _ids(term_ids)
    tags = db.execute(f"SELECT id, tags FROM terms WHERE id IN ({_IN})", [ids]).fetchall()
    cards = db.execute(f"SELECT id, suspended FROM cards WHERE term_id IN ({_IN})",
                       [ids]).fetchall()
    return Marks(tuple(map(tuple, tags)), tuple(map(tuple, cards)),
                 known.known_flags(db, json.loads(ids)))


def restore_marks(db: sqlite_utils.Database, saved: Marks) -> None:
    """Give the terms and cards of `saved` their tags, known marks and suspension back (gone
    ones stay gone)."""
    db.conn.executemany("UPDATE terms SET tags = ? WHERE id = ?",
                        [(tags, term_id) for term_id, tags in saved.tags])
    db.conn.executemany("UPDATE cards SET suspended = ? WHERE id = ?",
                        [(flag, card_id) for card_id, flag in saved.suspended])
    known.restore_flags(db, saved.known)


def set_suspended(db: sqlite_utils.Database, term_ids: Iterable[int], suspended: bool) -> None:
    """Suspend (or unsuspend) every card of the terms in `term_ids`."""
    db.execute(f"UPDATE cards SET suspended = ? WHERE term_id IN ({_IN})"
               " AND suspended != ?", [int(suspended), _ids(term_ids), int(suspended)])


def delete_terms(db: sqlite_utils.Database, term_ids: Iterable[int], *,
                 now: str = "") -> DeletedTerms:
    """Delete the terms and everything hanging off them, remember the deletion (stamped `now`)
    so re-mining does not offer them again, and return the snapshot to restore."""
    snapshot = snapshot_terms(db, term_ids)
    ids = _ids(snapshot.term_ids)
    keys = [r[0] for r in db.execute(f"SELECT key FROM terms WHERE id IN ({_IN})", [ids])]
    decisions.record_deleted(db, keys, now=now)
    db.execute(f"DELETE FROM terms WHERE id IN ({_IN})", [ids])  # the rest cascades
    return snapshot


def snapshot_terms(db: sqlite_utils.Database, term_ids: Iterable[int]) -> DeletedTerms:
    """Every row that goes with the terms, as `delete_terms` returns it, without deleting:
    deleting the terms later and `restore_terms` of this puts them back as they are now."""
    ids = _ids(term_ids)
    existing = tuple(r[0] for r in db.execute(f"SELECT id FROM terms WHERE id IN ({_IN})",
                                              [ids]))
    tables = []
    for table, where in _RESTORE_ORDER:
        cur = db.execute(f"SELECT * FROM {table} WHERE {where.format(ids=_IN)}", [ids])
        columns = tuple(d[0] for d in cur.description)
        tables.append(TableRows(table, columns, tuple(tuple(r) for r in cur)))
    return DeletedTerms(term_ids=existing, tables=tuple(tables))


def restore_terms(db: sqlite_utils.Database, deleted: DeletedTerms) -> list[str]:
    """Write back what `delete_terms` removed. Rows that point at something gone since (a
    segment of a re-mined source, a deleted list) are skipped; returns a note for each kind.
    Raises EditError if a deleted term's key was imported again meanwhile."""
    skipped: list[str] = []
    for part in deleted.tables:
        if not part.rows:
            continue
        if part.table == "terms":
            keys = [r[part.columns.index("key")] for r in part.rows]
            clash = db.execute(f"SELECT term FROM terms WHERE key IN ({_IN})",
                               [json.dumps(keys)]).fetchone()
            if clash:
                raise EditError(_("“{term}” was imported again after it was deleted, "
                                  "so the deletion cannot be undone.").format(
                                    term=clash[0]))
            decisions.forget_deleted(db, keys)
        rows = part.rows
        if part.table == "occurrences":
            rows = _existing(db, part, "segment_id", "segments")
            if len(rows) < len(part.rows):
                skipped.append("occurrences in sources mined again since")
        elif part.table == "list_terms":
            rows = _existing(db, part, "list_id", "lists")
            if len(rows) < len(part.rows):
                skipped.append("memberships of deleted lists")
        cols = ", ".join(f'"{c}"' for c in part.columns)
        marks = ", ".join("?" for _ in part.columns)
        db.conn.executemany(f"INSERT INTO {part.table} ({cols}) VALUES ({marks})", rows)
    if skipped:
        recount(db, deleted.term_ids)
    return skipped


def _existing(db: sqlite_utils.Database, part: TableRows, column: str,
              parent: str) -> tuple[tuple[Any, ...], ...]:
    at = part.columns.index(column)
    wanted = json.dumps(sorted({r[at] for r in part.rows}))
    alive = {r[0] for r in db.execute(f"SELECT id FROM {parent} WHERE id IN ({_IN})", [wanted])}
    return tuple(r for r in part.rows if r[at] in alive)

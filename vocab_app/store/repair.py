"""`vocab check --repair`: copy every row that can still be read from a damaged collection into a
new file, then keep the damaged file beside it under a new name.

The new file gets the current schema (store/db.py `open_db`), so the derived columns, the search
index and the per-day review totals are rebuilt by their triggers as the rows arrive. Tables are
read in rowid order in batches; where a damaged page stops a read, rows are probed one rowid at a
time until the table reads again, so one bad page costs only the rows stored on it. Rows left
pointing at a lost parent (a sense whose term was on a damaged page) are dropped at the end.
"""

from __future__ import annotations

import os
import sqlite3
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

import sqlite_utils

from vocab_app.store.backups import move_aside, sidecars
from vocab_app.store.db import close_db, open_db

BATCH = 256
PROBE = 4096  # rowids probed one by one after a failed read before batches are tried again
#: Tables the new file fills itself (triggers, the search index) or owns (its version).
DERIVED = ("review_days",)
OWN_META = ("schema_version", "search_index")


@dataclass
class Repaired:
    """What `repair` did: rows copied per table, tables where some rows could not be read."""

    path: Path
    kept: Path
    copied: dict[str, int] = field(default_factory=dict)
    damaged_tables: list[str] = field(default_factory=list)
    orphans: int = 0


def repair(path: Path, kept: Path) -> Repaired:
    """Rebuild `path` from its readable rows; the damaged file is renamed to `kept`."""
    fresh = path.with_name(path.name + ".repairing")
    for leftover in (fresh, *sidecars(fresh)):
        leftover.unlink(missing_ok=True)
    src = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    dest = open_db(fresh)
    report = Repaired(path, kept)
    try:
        dest.execute("PRAGMA foreign_keys = OFF")
        for table in _tables(dest):
            columns = _shared_columns(src, dest, table)
            if not columns:
                report.damaged_tables.append(table)
                continue
            copied, whole = _copy(src, dest, table, columns)
            report.copied[table] = copied
            if not whole:
                report.damaged_tables.append(table)
        report.orphans = _drop_orphans(dest)
    finally:
        src.close()
        close_db(dest)
    move_aside(path, kept)
    os.replace(fresh, path)
    for leftover in sidecars(fresh):
        leftover.unlink(missing_ok=True)
    return report


def _tables(db: sqlite_utils.Database) -> list[str]:
    rows = db.execute("SELECT name, sql FROM sqlite_master WHERE type = 'table' ORDER BY rowid")
    return [name for name, sql in rows.fetchall()
            if not name.startswith("sqlite_") and name not in DERIVED
            and "VIRTUAL" not in (sql or "").upper() and "_fts_" not in name]


def _shared_columns(src: sqlite3.Connection, dest: sqlite_utils.Database,
                    table: str) -> list[str]:
    try:
        old = {r[1] for r in src.execute(f"PRAGMA table_info([{table}])").fetchall()}
    except sqlite3.DatabaseError:
        return []
    return [r[1] for r in dest.execute(f"PRAGMA table_info([{table}])").fetchall()
            if r[1] in old]


def _copy(src: sqlite3.Connection, dest: sqlite_utils.Database, table: str,
          columns: list[str]) -> tuple[int, bool]:
    """Copy the readable rows of `table`; returns (rows copied, whether every read worked)."""
    names = ", ".join(f"[{c}]" for c in columns)
    insert = (f"INSERT OR IGNORE INTO [{table}] ({names}) "
              f"VALUES ({', '.join('?' for _ in columns)})")
    skip_meta = table == "meta" and "key" in columns
    key_at = columns.index("key") if skip_meta else -1
    reader = _rows_by_rowid if _has_rowid(src, table) else _rows_in_order
    copied, whole = 0, True
    with dest.conn:
        for row in reader(src, table, names):
            if row is None:
                whole = False
                continue
            if skip_meta and row[key_at] in OWN_META:
                continue
            dest.conn.execute(insert, row)
            copied += 1
    return copied, whole


def _has_rowid(src: sqlite3.Connection, table: str) -> bool:
    try:
        src.execute(f"SELECT rowid FROM [{table}] LIMIT 0")
    except sqlite3.DatabaseError:
        return False
    return True


def _rows_in_order(src: sqlite3.Connection, table: str,
                   names: str) -> Iterator[tuple[object, ...] | None]:
    """A table without rowids: read until the first damaged page (None marks the loss)."""
    try:
        yield from src.execute(f"SELECT {names} FROM [{table}]")
    except sqlite3.DatabaseError:
        yield None


def _rows_by_rowid(src: sqlite3.Connection, table: str,
                   names: str) -> Iterator[tuple[object, ...] | None]:
    """Every readable row in rowid order; None once for each stretch that could not be read.

    After a failed read, rowids are probed one at a time (PROBE of them) before batches are
    tried again; when even the largest rowid cannot be read, probing ends after PROBE rowids in
    a row gave nothing.
    """
    batch = f"SELECT rowid, {names} FROM [{table}] WHERE rowid > ? ORDER BY rowid LIMIT {BATCH}"
    single = f"SELECT rowid, {names} FROM [{table}] WHERE rowid = ?"
    top = _max_rowid(src, table)
    last = -(2**63)
    while True:
        try:
            rows = src.execute(batch, [last]).fetchall()
        except sqlite3.DatabaseError:
            yield None
            start = max(last, 0)
            found_any = False
            for rowid in range(start + 1, start + PROBE + 1):
                if top is not None and rowid > top:
                    return
                try:
                    found = src.execute(single, [rowid]).fetchall()
                except sqlite3.DatabaseError:
                    continue
                found_any = found_any or bool(found)
                yield from (tuple(r[1:]) for r in found)
            if top is None and not found_any:
                return
            last = start + PROBE
            continue
        if not rows:
            return
        yield from (tuple(r[1:]) for r in rows)
        last = rows[-1][0]


def _max_rowid(src: sqlite3.Connection, table: str) -> int | None:
    """The table's largest rowid (0 when empty), None when it cannot be read."""
    try:
        value = src.execute(f"SELECT max(rowid) FROM [{table}]").fetchone()[0]
    except sqlite3.DatabaseError:
        return None
    return int(value or 0)


def _drop_orphans(dest: sqlite_utils.Database) -> int:
    """Delete rows whose parent row was lost; how many."""
    dropped = 0
    while True:
        rows = dest.execute("PRAGMA foreign_key_check").fetchall()
        if not rows:
            return dropped
        with dest.conn:
            for table, rowid, _parent, _fk in rows:
                dest.conn.execute(f"DELETE FROM [{table}] WHERE rowid = ?", [rowid])
        dropped += len(rows)

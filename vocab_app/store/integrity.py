"""Is the collection file whole? Checks at three costs, and the sentence for a damaged file.

- `header_problem(path)`: the 100-byte SQLite header read from the file (magic, page size,
  page count against the file's length): microseconds, run before SQLite opens the file.
- `open_problem(db)`: at every open: SQLite's `quick_check` of the whole file when it fits in a
  time budget (OPEN_CHECK_MS; a 450 MB, 100,000-card collection needs about 1 s, so on such a file
  the check gives up and only the header and schema checks have run).
- `full_problems(db)`: `PRAGMA integrity_check`, for `vocab check` and before an import writes.
"""

from __future__ import annotations

import sqlite3
import struct
import threading
from pathlib import Path

import sqlite_utils

from vocab_app.errors import DamagedCollectionError

OPEN_CHECK_MS = 60
MAGIC = b"SQLite format 3\x00"


def damaged_error(path: Path, detail: str) -> DamagedCollectionError:
    """The sentence for a damaged collection (`detail`: what was found, without a full stop)."""
    return DamagedCollectionError(
        f"The collection {path} is damaged ({detail}); it was opened read-only so nothing more "
        f"is lost: run `vocab check --repair` to copy what can be read into a new file.")


def header_problem(path: Path) -> str | None:
    """What is wrong with the file's SQLite header, or None (also for a new, empty file)."""
    try:
        with path.open("rb") as f:
            header = f.read(100)
        size = path.stat().st_size
    except OSError:
        return None  # open_db reports files it cannot read with its own sentences
    if not header or not header.startswith(MAGIC[:6]) or len(header) < 100:
        return None  # not SQLite at all: open_db's "not a collection" sentence
    if header[:16] != MAGIC:
        return "its header is overwritten"
    page_size = struct.unpack(">H", header[16:18])[0]
    page_size = 65536 if page_size == 1 else page_size
    if page_size < 512 or page_size & (page_size - 1):
        return "its header names an impossible page size"
    if size % page_size:
        return "its length is not a whole number of pages"
    return None


def open_problem(db: sqlite_utils.Database, budget_ms: int = OPEN_CHECK_MS) -> str | None:
    """The first problem `quick_check` finds within `budget_ms`, or None (whole, or too big to
    check within the budget)."""
    # The check is one VM instruction (a progress handler is not called inside it), so a timer
    # interrupts it; the lock keeps a late timer from interrupting the next statement.
    guard = threading.Lock()
    running = [True]

    def stop() -> None:
        with guard:
            if running[0]:
                db.conn.interrupt()

    timer = threading.Timer(budget_ms / 1000, stop)
    timer.start()
    try:
        rows = db.conn.execute("PRAGMA quick_check(1)").fetchall()
    except sqlite3.OperationalError as err:
        if "interrupt" in str(err).lower():
            return None
        raise
    finally:
        with guard:
            running[0] = False
        timer.cancel()
    return _first(rows)


def full_problems(db: sqlite_utils.Database, limit: int = 100) -> list[str]:
    """Every problem `integrity_check` finds (at most `limit`); [] for a whole file."""
    rows = db.conn.execute(f"PRAGMA integrity_check({int(limit)})").fetchall()
    return [str(r[0]) for r in rows if str(r[0]) != "ok"]


def quick_problem(db: sqlite_utils.Database) -> str | None:
    """The first problem a full `quick_check` finds, or None (about 1 s per 450 MB)."""
    return _first(db.conn.execute("PRAGMA quick_check(1)").fetchall())


def _first(rows: list[tuple[object, ...]]) -> str | None:
    text = str(rows[0][0]) if rows else "ok"
    return None if text == "ok" else "SQLite's check reports: " + text.splitlines()[0]


def check_whole(db: sqlite_utils.Database, path: Path) -> None:
    """Raise DamagedCollectionError unless a full `quick_check` finds the file whole."""
    problem = quick_problem(db)
    if problem is not None:
        raise damaged_error(path, problem)


def file_problems(path: Path) -> list[str]:
    """Everything wrong with the collection file at `path` (`vocab check`): its header, its
    schema version and SQLite's full `integrity_check`; [] for a whole file. Never writes."""
    from vocab_app.store.db import close_db, open_db
    from vocab_app.store.migrations import VersionUnreadable, schema_version

    problem = header_problem(path)
    if problem is not None:
        return [problem]
    db = open_db(path, salvage=True)
    try:
        found: list[str] = []
        try:
            schema_version(db)
        except VersionUnreadable as err:
            found.append(str(err))
        try:
            found.extend(full_problems(db))
        except sqlite3.DatabaseError as err:
            found.append(f"SQLite reports: {err}")
        return found
    finally:
        close_db(db)

"""Teacher term lists in the collection (the lists and list_terms tables).

Most list reads and writes still live in services/lists.py; issue 11 moves them here.
"""

from __future__ import annotations

import sqlite_utils


def list_uid(db: sqlite_utils.Database, list_id: int) -> str | None:
    """The stable random id of list `list_id` (it names the list's Anki GUID namespace), or
    None when there is no such list."""
    row = db.execute("SELECT uid FROM lists WHERE id = ?", [list_id]).fetchone()
    return str(row[0]) if row is not None and row[0] else None

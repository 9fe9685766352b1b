"""Values kept in the collection's `meta` table under a key (settings, for one): text in, text out.

What the text means (JSON settings, their defaults and checks) is services/settings.py's business.
"""

from __future__ import annotations

import sqlite_utils


def meta_value(db: sqlite_utils.Database, key: str) -> str | None:
    """The text stored under `key` in `meta`, or None when there is none."""
    row = db.execute("SELECT value FROM meta WHERE key = ?", [key]).fetchone()
    return str(row[0]) if row is not None else None


def set_meta_value(db: sqlite_utils.Database, key: str, value: str) -> None:
    """Store `value` under `key` in `meta` (replacing what was there), in one transaction."""
    with db.atomic():
        db.execute("INSERT INTO meta (key, value) VALUES (?, ?) "
                   "ON CONFLICT(key) DO UPDATE SET value = excluded.value", [key, value])

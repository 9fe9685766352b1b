"""Per-note modification stamps for Anki exports (table `export_stamps`, schema v3).

Anki's default import mode ("update if newer") replaces a note already in the learner's profile
only when the package's note `mod` is later than the one Anki holds. So an exported note's `mod`
must change exactly when that note's exported content changes: one row per Anki note GUID keeps
the digest of the content last exported under it and the `mod` it was given.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Mapping

import sqlite_utils


def note_stamps(db: sqlite_utils.Database, digests: Mapping[str, str], now: int) -> dict[str, int]:
    """The `mod` (epoch seconds) of each exported note, GUID → mod, and remember them.

    `digests` maps each note GUID of an export to the digest of its exported content. A GUID
    exported before with the same digest keeps its old mod; one with a different digest gets
    `max(now, old mod + 1)` (strictly later, even under a fixed or slow clock); a GUID never
    exported gets `now`. The changed rows are written in one transaction; when the collection
    cannot be written (opened read-only) the stamps are still returned, only not remembered.
    """
    # Every row at once: a table of this collection's notes (and its lists'), read in one
    # pass faster than looked up one GUID at a time.
    known: dict[str, tuple[str, int]] = {
        guid: (digest, mod) for guid, digest, mod in db.execute(
            "SELECT guid, hash, mod FROM export_stamps")}
    stamps: dict[str, int] = {}
    changed: list[tuple[str, str, int]] = []
    for guid, digest in digests.items():
        old = known.get(guid)
        if old is not None and old[0] == digest:
            stamps[guid] = old[1]
            continue
        mod = now if old is None else max(now, old[1] + 1)
        stamps[guid] = mod
        changed.append((guid, digest, mod))
    if changed:
        try:
            with db.conn:
                db.conn.executemany(
                    "INSERT INTO export_stamps (guid, hash, mod) VALUES (?, ?, ?)"
                    " ON CONFLICT(guid) DO UPDATE SET hash = excluded.hash, mod = excluded.mod",
                    changed)
        except sqlite3.Error:
            pass  # read-only collection: this export is right, only the next one not tied to it
    return stamps

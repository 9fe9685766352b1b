"""The SQLite inside an Anki package (collection.anki2) while an export writes it.

This is not the collection but the export format; it lives here so that store/ stays the only
place that speaks SQL. genanki writes the collection, note type and deck through `cursor()`;
export/apkg.py then inserts the notes and cards in bulk and export/scheduling.py turns reviewed
cards into Anki review cards with their revlog. Column layouts are Anki's (schema 11, the one
genanki writes).

`scratch_anki_file` opens the file without journal or fsync (it is a scratch file, deleted on
failure) and commits on success. A SQLite failure comes out as OSError (full disk, unwritable
folder: the export names the cause as for any file) or AnkiFileError (anything else).
"""

from __future__ import annotations

import contextlib
import errno
import json
import sqlite3
from collections.abc import Iterable, Iterator, Sequence
from pathlib import Path
from typing import Any

NoteRow = tuple[int, str, int, int, int, str, str, str, int, int, str]
CardRow = tuple[int, int, int, int, int, int]  # id, nid, did, ord, mod, due (new card)
RevlogRow = tuple[int, ...]  # id, cid, ease, ivl, lastIvl, factor, time, type


class AnkiFileError(Exception):
    """The package's SQLite failed for a reason other than a full disk or a permission."""


class AnkiFile:
    """An open collection.anki2 being written (see the module docstring)."""

    def __init__(self, conn: sqlite3.Connection) -> None:
        self._conn = conn

    def cursor(self) -> sqlite3.Cursor:
        """A cursor for genanki's `Package.write_to_db`."""
        return self._conn.cursor()

    def insert_notes(self, notes: Sequence[NoteRow], cards: Sequence[CardRow]) -> None:
        """Insert notes and new cards in bulk, as genanki's `Note.write_to_db` would write
        them, building the notes' and cards' indexes once afterwards."""
        conn = self._conn
        # Indexes built once after the bulk insert (same definitions, read back from the schema
        # genanki wrote) cost less than keeping five of them up to date row by row.
        indexes = conn.execute("SELECT name, sql FROM sqlite_master WHERE type = 'index'"
                               " AND tbl_name IN ('notes', 'cards') AND sql IS NOT NULL"
                               ).fetchall()
        for name, _sql in indexes:
            conn.execute(f'DROP INDEX "{name}"')
        conn.executemany("INSERT INTO notes VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", notes)
        conn.executemany("INSERT INTO cards VALUES (?, ?, ?, ?, ?, -1, 0, 0, ?, 0, 0, 0, 0, 0,"
                         " 0, 0, 0, '')", cards)
        for _name, sql in indexes:
            conn.execute(sql)

    def collection_conf(self) -> dict[str, Any]:
        """The collection's `conf` (JSON) as genanki wrote it."""
        value: dict[str, Any] = json.loads(self._conn.execute("SELECT conf FROM col").fetchone()[0])
        return value

    def set_collection(self, *, crt: int, conf: dict[str, Any]) -> None:
        """Set the collection's creation time (epoch seconds) and `conf`."""
        self._conn.execute("UPDATE col SET crt = ?, conf = ?", (crt, json.dumps(conf)))

    def set_deck_preset(self, deck_id: int, preset: dict[str, Any]) -> None:
        """Add the options preset `preset` (a deck config with its own `id`) to the collection
        genanki wrote, and give deck `deck_id` that preset."""
        dconf, decks = self._conn.execute("SELECT dconf, decks FROM col").fetchone()
        configs: dict[str, Any] = json.loads(dconf)
        all_decks: dict[str, Any] = json.loads(decks)
        configs[str(preset["id"])] = preset
        all_decks[str(deck_id)]["conf"] = preset["id"]
        self._conn.execute("UPDATE col SET dconf = ?, decks = ?",
                           (json.dumps(configs), json.dumps(all_decks)))

    def card_ids(self) -> dict[tuple[str, int], int]:
        """(note GUID, card ord) → Anki card id, for every card written."""
        return {(guid, ord_): cid for guid, ord_, cid in self._conn.execute(
            "SELECT n.guid, c.ord, c.id FROM cards c JOIN notes n ON n.id = c.nid")}

    def make_review_card(self, cid: int, *, queue: int, due: int, ivl: int, factor: int,
                         reps: int, lapses: int) -> None:
        """Turn card `cid` into a review card (type 2) in `queue`, due `due` days after the
        collection's creation day."""
        self._conn.execute(
            "UPDATE cards SET type = 2, queue = ?, due = ?, ivl = ?, factor = ?,"
            " reps = ?, lapses = ?, left = 0 WHERE id = ?",
            (queue, due, ivl, factor, reps, lapses, cid))

    def suspend_card(self, cid: int) -> None:
        """Suspend card `cid` (queue -1)."""
        self._conn.execute("UPDATE cards SET queue = -1 WHERE id = ?", (cid,))

    def add_revlog(self, rows: Iterable[RevlogRow]) -> None:
        """Append revlog rows (id, cid, ease, ivl, lastIvl, factor, time, type; usn -1)."""
        self._conn.executemany("INSERT INTO revlog VALUES (?, ?, -1, ?, ?, ?, ?, ?, ?)", rows)


@contextlib.contextmanager
def scratch_anki_file(path: Path) -> Iterator[AnkiFile]:
    """Open (creating) the scratch collection.anki2 at `path`; commit and close after the
    block. SQLite failures become OSError or AnkiFileError (module docstring)."""
    try:
        conn = sqlite3.connect(path)
        try:
            # A scratch file (deleted on failure): no journal, no fsync.
            conn.execute("PRAGMA journal_mode = OFF")
            conn.execute("PRAGMA synchronous = OFF")
            yield AnkiFile(conn)
            conn.commit()
        finally:
            conn.close()
    except sqlite3.Error as err:
        raise _translate(err) from err


def _translate(err: sqlite3.Error) -> Exception:
    text = str(err).lower()
    if "full" in text:
        return OSError(errno.ENOSPC, "No space left on device")
    if "readonly" in text or "read-only" in text or "unable to open" in text:
        return OSError(errno.EACCES, "Permission denied")
    return AnkiFileError(str(err))

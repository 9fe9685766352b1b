"""Per-note modification stamps and card sets of Anki exports (table `export_stamps`, v3).

Anki's default import mode ("update if newer") replaces a note already in the learner's profile
only when the package's note `mod` is later than the one Anki holds. So an exported note's `mod`
must change exactly when that note's exported content changes: one row per Anki note GUID keeps
the digest of the content last exported under it and the `mod` it was given.

The row also keeps which cards (bit `1 << ordinal`) were ever exported for the note. Anki never
deletes a card when an import empties the field that made it, and adds a package's cards to a
note it already has even when it keeps its own newer version of the note: a card once handed
over must stay generated, or it shows "The front of this card is blank". The exporter keeps
those cards' switches on (export/apkg.py).
"""

from __future__ import annotations

import sqlite3
from collections.abc import Mapping

import sqlite_utils


class NoteStamps:
    """The stamps of one export, read once from `db`; `now` is the export time (epoch s)."""

    def __init__(self, db: sqlite_utils.Database, now: int) -> None:
        self._db = db
        self._now = now
        # Every row in one pass: faster than looking 10,000 GUIDs up one by one.
        self._known: dict[str, tuple[str, int, int]] = {
            guid: (digest, mod, cards) for guid, digest, mod, cards in db.execute(
                "SELECT guid, hash, mod, cards FROM export_stamps")}

    def cards(self, guid: str) -> int:
        """The cards ever exported for note `guid`, as bits `1 << ordinal` (0 if none)."""
        known = self._known.get(guid)
        return known[2] if known is not None else 0

    def stamp(self, notes: Mapping[str, tuple[str, int]]) -> dict[str, int]:
        """GUID → `mod` (epoch seconds) for `notes` (GUID → (content digest, card bits)), and
        remember digests, mods and card bits.

        A GUID exported before with the same digest keeps its old mod; one with a different
        digest gets `max(now, old mod + 1)` (strictly later, even under a fixed or slow
        clock); a GUID never exported gets `now`. The changed rows are written in one
        transaction; when the collection cannot be written (opened read-only) the stamps are
        still returned, only not remembered.
        """
        stamps: dict[str, int] = {}
        changed: list[tuple[str, str, int, int]] = []
        for guid, (digest, cards) in notes.items():
            old = self._known.get(guid)
            if old is None:
                mod = self._now
            elif old[0] == digest:
                mod = old[1]
            else:
                mod = max(self._now, old[1] + 1)
            stamps[guid] = mod
            if old is None or old[0] != digest or old[2] | cards != old[2]:
                changed.append((guid, digest, mod, (old[2] if old else 0) | cards))
        if changed:
            try:
                with self._db.conn:
                    self._db.conn.executemany(
                        "INSERT INTO export_stamps (guid, hash, mod, cards) VALUES (?, ?, ?, ?)"
                        " ON CONFLICT(guid) DO UPDATE SET hash = excluded.hash,"
                        " mod = excluded.mod, cards = excluded.cards", changed)
            except sqlite3.Error:
                pass  # read-only collection: this export is right, only not remembered
            for guid, digest, mod, cards in changed:
                self._known[guid] = (digest, mod, cards)
        return stamps

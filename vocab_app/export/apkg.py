"""Write an Anki package (.apkg) of ExportNotes with genanki: stable, deterministic, all or nothing.

- Note GUIDs are `genanki.guid_for(term key)`, the model and deck ids are the constants of
  export/anki_model.py: importing a later export updates the notes already in Anki.
- `timestamp` (seconds) is the notes' and cards' modification time and the seed of their ids;
  the same notes and the same timestamp give a byte-identical package (the zip entries carry
  a date derived from the timestamp too). Callers pass a timestamp that only changes when the
  content does (services/exporting.py), and that grows, so Anki's default "update if newer"
  takes the changes.
- The package is built in a temporary file in the target folder and moved over the target with
  os.replace, so a failure (unwritable folder, full disk) leaves no partial file and an existing
  package untouched; it raises ExportError with one sentence.
"""

from __future__ import annotations

import errno
import itertools
import os
import sqlite3
import time
import zipfile
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from vocab_app.errors import ExportError
from vocab_app.export import anki_model
from vocab_app.export.collect import ExportNote, anki_fields
from vocab_app.export.files import os_error, replace, temp_path


@dataclass(frozen=True, slots=True)
class ApkgResult:
    """What was written: note and card counts, cards carried over as review cards."""

    notes: int
    cards: int
    scheduled: int
    path: Path


def note_guid(key: str) -> str:
    """The Anki GUID of the note for term key `key` (same on every machine and run)."""
    import genanki

    return genanki.guid_for(key)


def write_apkg(notes: Sequence[ExportNote], out_path: str | os.PathLike[str], *,
               deck_name: str = "vocab_app", reverse: bool = False, cloze: bool = False,
               with_scheduling: bool = False, today: date | None = None,
               timestamp: float, progress: Callable[[int, int], None] | None = None,
               ) -> ApkgResult:
    """Write `notes` to `out_path` as one deck `deck_name`; see the module docstring.

    `with_scheduling` carries the notes' card states and review logs over (needs `today`, the
    day their due dates count from, and notes collected with scheduling).
    """
    import genanki

    out = Path(out_path)
    if not notes:
        raise ExportError("There is nothing to export: the selection holds no terms.")
    if not deck_name.strip():
        raise ExportError("The deck name is empty; give the deck a name.")
    model = anki_model.build_model()
    deck = genanki.Deck(anki_model.DECK_ID, deck_name.strip())
    total = len(notes)
    cards = 0
    for done, note in enumerate(notes, 1):
        anki_note = genanki.Note(model=model, fields=anki_fields(note, reverse=reverse,
                                                                  cloze=cloze),
                                 tags=note.tags, guid=genanki.guid_for(note.key))
        cards += len(anki_note.cards)
        deck.add_note(anki_note)
        if progress is not None and (done % 500 == 0 or done == total):
            progress(done, total)
    package = genanki.Package(deck)

    scheduled = 0
    with temp_path(out, ".anki2") as db_path, temp_path(out) as part:
        try:
            conn = sqlite3.connect(db_path)
            try:
                cursor = conn.cursor()
                package.write_to_db(cursor, timestamp, itertools.count(int(timestamp * 1000)))
                if with_scheduling:
                    from vocab_app.export.scheduling import apply_scheduling

                    scheduled = apply_scheduling(
                        conn, {genanki.guid_for(n.key): n.cards for n in notes},
                        today=today or date.today())
                conn.commit()
            finally:
                conn.close()
            _zip(part, db_path, timestamp)
            replace(part, out)
        except sqlite3.Error as err:
            raise _sqlite_error(err, out) from err
        except OSError as err:
            raise os_error(err, out) from err
    return ApkgResult(notes=total, cards=cards, scheduled=scheduled, path=out)


def _zip(part: Path, db_path: Path, timestamp: float) -> None:
    """The .apkg container: collection.anki2 and an empty media map, with fixed entry dates."""
    stamp = time.gmtime(max(timestamp, 315532800))[:6]  # zip dates start in 1980
    with zipfile.ZipFile(part, "w", compression=zipfile.ZIP_DEFLATED) as zf:
        info = zipfile.ZipInfo("collection.anki2", date_time=stamp)
        info.compress_type = zipfile.ZIP_DEFLATED
        with open(db_path, "rb") as src, zf.open(info, "w") as dst:
            while block := src.read(1 << 20):
                dst.write(block)
        media = zipfile.ZipInfo("media", date_time=stamp)
        zf.writestr(media, "{}")


def _sqlite_error(err: sqlite3.Error, out: Path) -> ExportError:
    """The ExportError for a failure while genanki's collection is built next to `out`."""
    text = str(err).lower()
    if "full" in text:
        return os_error(OSError(errno.ENOSPC, "No space left on device"), out)
    if "readonly" in text or "read-only" in text or "unable to open" in text:
        return os_error(OSError(errno.EACCES, "Permission denied"), out)
    return ExportError(f"The package {out} could not be written: {err}.")

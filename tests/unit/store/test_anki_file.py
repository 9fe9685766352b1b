"""store/anki_file.py: the package's own SQLite, written by genanki and then in bulk."""

from __future__ import annotations

import errno
import itertools
import sqlite3

import genanki
import pytest

from vocab_app.export import anki_model
from vocab_app.store.anki_file import AnkiFileError, scratch_anki_file

TIMESTAMP = 1_773_000_000.0


def _indexes(path) -> list[tuple[str, str]]:
    conn = sqlite3.connect(path)
    try:
        return sorted(conn.execute("SELECT name, sql FROM sqlite_master WHERE type = 'index'"
                                   " AND tbl_name IN ('notes', 'cards') AND sql IS NOT NULL"))
    finally:
        conn.close()


def test_bulk_notes_and_cards_are_committed_with_genankis_indexes_rebuilt(tmp_path):
    """After the block the file holds genanki's collection, our notes and cards, and the same
    notes/cards indexes genanki made (dropped for the bulk insert, rebuilt after)."""
    path = tmp_path / "collection.anki2"
    deck = genanki.Deck(anki_model.deck_id(()), "Words")
    deck.add_model(anki_model.build_model())
    ids = itertools.count(int(TIMESTAMP * 1000))
    with scratch_anki_file(path) as anki:
        genanki.Package(deck).write_to_db(anki.cursor(), TIMESTAMP, ids)
    genankis = _indexes(path)
    assert genankis  # genanki's schema has indexes on notes and cards
    path.unlink()
    with scratch_anki_file(path) as anki:
        genanki.Package(deck).write_to_db(anki.cursor(), TIMESTAMP, ids)
        nid = next(ids)
        anki.insert_notes(
            [(nid, "guid1", anki_model.MODEL_ID, 7, -1, " t ", "agent\x1f智能体", "agent", 0, 0,
              "")],
            [(next(ids), nid, deck.deck_id, 0, 7, 1)])
        assert anki.card_ids() == {("guid1", 0): nid + 1}
        anki.make_review_card(nid + 1, queue=2, due=3, ivl=6, factor=2500, reps=2, lapses=0)
        anki.add_revlog([(1, nid + 1, 3, 6, 1, 2500, 4000, 1)])
    assert _indexes(path) == genankis
    conn = sqlite3.connect(path)
    try:
        assert conn.execute("SELECT flds FROM notes").fetchall() == [("agent\x1f智能体",)]
        assert conn.execute("SELECT type, queue, due, ivl FROM cards").fetchall() == [
            (2, 2, 3, 6)]
        assert conn.execute("SELECT count(*) FROM revlog").fetchone() == (1,)
    finally:
        conn.close()


def test_a_folder_that_cannot_hold_the_file_is_an_os_error(tmp_path):
    """SQLite's "unable to open" comes out as a permission OSError, which the export turns
    into its usual sentence about the folder."""
    with pytest.raises(OSError) as caught, scratch_anki_file(tmp_path / "gone" / "c.anki2"):
        pass
    assert caught.value.errno == errno.EACCES


def test_other_sqlite_failures_are_anki_file_errors(tmp_path):
    path = tmp_path / "collection.anki2"
    with pytest.raises(AnkiFileError, match="no such table: notes"), \
            scratch_anki_file(path) as anki:
        anki.insert_notes([(1, "g", 1, 1, -1, "", "", "", 0, 0, "")], [])

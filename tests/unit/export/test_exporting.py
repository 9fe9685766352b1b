"""lib.export: empty selections, and the package timestamp that makes re-exports reproducible."""

from __future__ import annotations

import sqlite3
import zipfile
from datetime import datetime, timezone

import pytest
from helpers.collection_factory import Collection

from vocab_app.errors import ExportError
from vocab_app.services.clock import FixedClock
from vocab_app.services.library import Library

NOW = datetime(2026, 3, 10, 9, 30, tzinfo=timezone.utc)


def lib_of(col: Collection) -> Library:
    return Library(col.db, col.path, FixedClock(NOW))


def note_mods(apkg, tmp_path) -> set[int]:
    with zipfile.ZipFile(apkg) as zf:
        zf.extract("collection.anki2", tmp_path / apkg.stem)
    conn = sqlite3.connect(tmp_path / apkg.stem / "collection.anki2")
    try:
        return {r[0] for r in conn.execute("SELECT mod FROM notes")}
    finally:
        conn.close()


@pytest.mark.parametrize("kind", ["apkg", "csv", "handout"])
def test_nothing_to_export_is_one_sentence_and_writes_nothing(col, tmp_path, kind):
    lib = lib_of(col)
    out = tmp_path / f"out.{ 'html' if kind == 'handout' else kind}"
    with pytest.raises(ExportError, match="nothing to export: the collection holds no terms"):
        getattr(lib.export, kind)(out)
    lid = lib.lists.create("Empty")
    with pytest.raises(ExportError, match="the list holds no terms"):
        getattr(lib.export, kind)(out, list_id=lid)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["c.sqlite", "c.sqlite-shm",
                                                          "c.sqlite-wal"]


def test_changed_content_gets_a_later_timestamp_so_anki_takes_the_update(col, tmp_path):
    col.add_term("agent", ("智能体",))
    lib = lib_of(col)
    first = note_mods(lib.export.apkg(tmp_path / "a.apkg").path, tmp_path)
    assert first == {int(NOW.timestamp())}
    # Same clock (a fixed clock, or two exports within a second): still strictly later.
    col.db.execute("UPDATE senses SET gloss = '代理'")
    col.db.conn.commit()
    second = note_mods(lib.export.apkg(tmp_path / "b.apkg").path, tmp_path)
    assert second == {int(NOW.timestamp()) + 1}
    # Back to the first content: a change again for an Anki profile holding the second
    # version, so later still (an old stamp would leave the second version in Anki).
    col.db.execute("UPDATE senses SET gloss = '智能体'")
    col.db.conn.commit()
    assert note_mods(lib.export.apkg(tmp_path / "c.apkg").path, tmp_path) == {
        int(NOW.timestamp()) + 2}
    # Unchanged since: the same package, byte for byte, whatever the clock says.
    lib.clock.advance(days=2)
    again = lib.export.apkg(tmp_path / "d.apkg").path
    assert again.read_bytes() == (tmp_path / "c.apkg").read_bytes()


def test_only_the_changed_note_gets_a_new_stamp(col, tmp_path):
    ids = [col.add_term(word, (gloss,)) for word, gloss in (("agent", "智能体"),
                                                            ("token", "词元"))]
    lib = lib_of(col)
    lib.export.apkg(tmp_path / "a.apkg")
    lib.clock.advance(hours=5)
    col.db.execute("UPDATE senses SET gloss = '代理' WHERE term_id = ?", [ids[0]])
    col.db.conn.commit()
    out = lib.export.apkg(tmp_path / "b.apkg").path
    with zipfile.ZipFile(out) as zf:
        zf.extract("collection.anki2", tmp_path / "b")
    conn = sqlite3.connect(tmp_path / "b" / "collection.anki2")
    mods = dict(conn.execute("SELECT sfld, mod FROM notes"))
    card_mods = dict(conn.execute("SELECT n.sfld, c.mod FROM cards c JOIN notes n"
                                  " ON n.id = c.nid"))
    conn.close()
    start = int(NOW.timestamp())
    assert mods == card_mods == {"agent": start + 5 * 3600, "token": start}


def test_options_are_part_of_the_content(col, tmp_path):
    col.add_term("agent", ("智能体",))
    lib = lib_of(col)
    plain = lib.export.apkg(tmp_path / "a.apkg").path
    with_reverse = lib.export.apkg(tmp_path / "b.apkg", reverse=True).path
    assert plain.read_bytes() != with_reverse.read_bytes()
    assert lib.export.apkg(tmp_path / "c.apkg", deck_name="Other").path.read_bytes() != (
        plain.read_bytes())


def test_progress_reports_reach_the_total(col, tmp_path):
    for i in range(1200):
        col.add_term(f"term {i}")
    seen = []
    lib_of(col).export.apkg(tmp_path / "p.apkg", progress=lambda d, t: seen.append((d, t)))
    assert seen[-1] == (1200, 1200) and seen[0][0] < 1200


def test_note_guids_are_genankis_guids():
    import random

    import genanki

    from vocab_app.export.apkg import guid_for

    rng = random.Random(7)
    alphabet = "abcXYZ 09_-世界模型:/"
    for _ in range(5000):
        values = ["".join(rng.choice(alphabet) for _ in range(rng.randint(0, 12)))
                  for _ in range(rng.randint(1, 3))]
        assert guid_for(*values) == genanki.guid_for(*values)

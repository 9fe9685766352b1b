"""Schema v3 (Anki hand-off) on a real v2 file: lists get a stable uid (new ones too),
terms a pronunciation, and the per-note export stamps replace the package-wide ones."""

from __future__ import annotations

import sqlite3
from datetime import date
from pathlib import Path

import sqlite_utils

from vocab_app.store.migrations import migrate, schema_version


def test_a_v2_file_gains_list_uids_pronunciations_and_note_stamps(tmp_path: Path):
    path = tmp_path / "c.sqlite"
    db = sqlite_utils.Database(sqlite3.connect(path))
    migrate(db, path, target=2)
    db.executescript("""
        INSERT INTO terms (id, key, term, lang, position, created_at)
            VALUES (1, 'agent', 'agent', 'en', 1, '2026-01-01T00:00:00.000000');
        INSERT INTO lists (id, name, position, created_at)
            VALUES (1, 'Week 1', 0, '2026-01-01T00:00:00.000000'),
                   (2, 'Week 2', 1, '2026-01-01T00:00:00.000000');
        INSERT INTO meta VALUES ('export_stamps', '{"abc": 1773135000}');
    """)
    db.conn.commit()
    assert migrate(db, path, today=date(2026, 3, 10), target=3) == 2
    assert schema_version(db) == 3
    uids = [r[0] for r in db.execute("SELECT uid FROM lists ORDER BY id")]
    assert all(len(u) == 32 for u in uids) and len(set(uids)) == 2
    with db.conn:
        db.execute("INSERT INTO lists (name, created_at) VALUES ('Week 3', 'x')")
    new_uid = db.execute("SELECT uid FROM lists WHERE name = 'Week 3'").fetchone()[0]
    assert new_uid and new_uid not in uids
    db.execute("UPDATE lists SET name = 'Week 1 (revised)' WHERE id = 1")
    assert db.execute("SELECT uid FROM lists WHERE id = 1").fetchone()[0] == uids[0]
    assert db.execute("SELECT pronunciation FROM terms").fetchone()[0] == ""
    assert db.execute("SELECT count(*) FROM export_stamps").fetchone()[0] == 0
    assert db.execute("SELECT 1 FROM meta WHERE key = 'export_stamps'").fetchone() is None
    db.conn.close()

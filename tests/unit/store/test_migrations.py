"""Migrations on real files: every earlier version reaches the current schema with its data, the
same shape as a new file, a backup copy made first; a failing step changes nothing."""

from __future__ import annotations

import sqlite3
from datetime import date
from pathlib import Path

import pytest
import sqlite_utils

from vocab_app.errors import StoreError
from vocab_app.store.db import open_db
from vocab_app.store.migrations import migrate, schema_version
from vocab_app.store.schema import SCHEMA_VERSION

DAY = date(2026, 3, 10)


def make_file(path: Path, version: int, *, with_meta_row: bool = True) -> None:
    """A collection at `version` holding two terms, senses, cards (one reviewed), an occurrence,
    a review and a list, written with the v1 columns only."""
    db = sqlite_utils.Database(sqlite3.connect(path))
    migrate(db, path, target=version)
    db.executescript("""
        INSERT INTO sources VALUES (1, '/talk.txt', 'A talk', 'transcript',
                                    'https://youtu.be/x', 'h1', '2026-01-01T00:00:00.000000');
        INSERT INTO segments VALUES (1, 1, 0, 'Speaker 1', 5.0, 9.0,
                                     'We use world models (世界模型).', '我们用世界模型。');
        INSERT INTO terms (id, key, term, lang, variants, tags, frequency, position, created_at)
            VALUES (1, 'world model', 'world models', 'en', '["world model"]', 'ai', 1, 1,
                    '2026-01-01T00:00:00.000000'),
                   (2, 'rl', 'RL', 'en', '[]', '', 0, 2, '2026-01-01T00:00:00.000000');
        INSERT INTO senses VALUES (1, 1, '世界模型', 'en-zh', 1), (2, 1, '世界模式', 'en-zh', 0),
                                  (3, 2, '强化学习', 'en-zh', 0);
        INSERT INTO occurrences (id, term_id, sense_id, segment_id, surface, sentence,
                                 span_start, span_end) VALUES (1, 1, 1, 1, 'world models',
                                        'We use world models (世界模型).', 7, 19);
        INSERT INTO cards (id, term_id, direction, state, ef, interval, reps, due)
            VALUES (1, 1, 'forward', 'review', 2.6, 6, 2, '2026-03-12'),
                   (2, 1, 'reverse', 'new', 2.5, 0, 0, NULL),
                   (3, 2, 'forward', 'new', 2.5, 0, 0, NULL);
        UPDATE cards SET suspended = 1 WHERE id = 3;
        INSERT INTO reviews VALUES (1, 1, '2026-03-06T10:00:00.000000', 4, 3000, '{}', '{}');
        INSERT INTO lists (id, name, position, created_at)
            VALUES (1, 'Week 1', 0, '2026-01-01T00:00:00.000000');
        INSERT INTO list_terms VALUES (1, 1, 0, NULL);
    """)
    if not with_meta_row:
        db.execute("DELETE FROM meta WHERE key = 'schema_version'")
    db.conn.close()


def base_rows(path: Path) -> dict[str, list[tuple]]:
    """The v1 columns of every table (what a migration must keep)."""
    conn = sqlite3.connect(path)
    v1 = sqlite3.connect(":memory:")
    from vocab_app.store.schema import SCHEMA_V1

    v1.executescript(SCHEMA_V1)
    out = {}
    for (table,) in v1.execute("SELECT name FROM sqlite_master WHERE type = 'table'"):
        if table == "meta":
            continue
        cols = ", ".join(f'"{r[1]}"' for r in v1.execute(f"PRAGMA table_info({table})"))
        out[table] = conn.execute(f"SELECT {cols} FROM {table} ORDER BY 1, 2").fetchall()
    conn.close()
    return out


def shape(path: Path) -> list[tuple]:
    """Tables, columns, indexes and triggers of the file (what must match a new file)."""
    conn = sqlite3.connect(path)
    objects = sorted(conn.execute(
        "SELECT type, name, tbl_name FROM sqlite_master WHERE name NOT LIKE 'sqlite_%'"))
    tables = [name for kind, name, _ in objects if kind == "table"]
    columns = sorted((t, *r[1:]) for t in tables
                     for r in conn.execute(f"PRAGMA table_info({t})"))
    assert columns
    conn.close()
    return objects + columns


@pytest.mark.parametrize("version", range(1, SCHEMA_VERSION))
def test_every_earlier_version_migrates_with_its_data_and_a_backup(tmp_path, version):
    path = tmp_path / "collection.sqlite"
    make_file(path, version)
    before = base_rows(path)

    open_db(path, today=DAY).conn.close()

    assert base_rows(path) == before
    fresh = tmp_path / "fresh.sqlite"
    open_db(fresh).conn.close()
    assert shape(path) == shape(fresh)
    backup = tmp_path / f"collection.sqlite.bak-v{version}-2026-03-10"
    assert backup.is_file()
    assert base_rows(backup) == before
    db = sqlite_utils.Database(sqlite3.connect(backup))
    assert schema_version(db) == version
    db.conn.close()


def test_v1_without_its_version_row_counts_as_v1(tmp_path):
    path = tmp_path / "collection.sqlite"
    make_file(path, 1, with_meta_row=False)
    db = open_db(path, today=DAY)
    assert schema_version(db) == SCHEMA_VERSION
    db.conn.close()
    assert (tmp_path / "collection.sqlite.bak-v1-2026-03-10").is_file()


def test_v2_fills_the_browse_columns_from_existing_rows(tmp_path):
    path = tmp_path / "collection.sqlite"
    make_file(path, 1)
    db = open_db(path, today=DAY)
    got = db.execute("SELECT id, glosses, style, state, due FROM terms ORDER BY id").fetchall()
    assert got == [(1, "世界模型; 世界模式", "en-zh", "review", "2026-03-12"),
                   (2, "强化学习", "en-zh", "suspended", None)]
    # and the triggers keep them right afterwards
    db.execute("UPDATE senses SET gloss = '世界模型们' WHERE id = 2")
    db.execute("UPDATE cards SET suspended = 0 WHERE id = 3")
    db.execute("UPDATE cards SET leech = 1 WHERE id = 1")
    got = db.execute("SELECT id, glosses, state, due FROM terms ORDER BY id").fetchall()
    assert got == [(1, "世界模型; 世界模型们", "leech", "2026-03-12"), (2, "强化学习", "new", None)]
    db.execute("DELETE FROM senses WHERE id = 1")
    db.execute("DELETE FROM cards WHERE term_id = 1 AND direction = 'forward'")
    assert db.execute("SELECT glosses, style, state, due FROM terms WHERE id = 1").fetchone() \
        == ("世界模型们", "en-zh", "new", None)
    db.conn.close()


def test_a_second_backup_the_same_day_gets_a_new_name(tmp_path):
    path = tmp_path / "collection.sqlite"
    make_file(path, 1)
    (tmp_path / "collection.sqlite.bak-v1-2026-03-10").write_text("an older backup")
    open_db(path, today=DAY).conn.close()
    assert (tmp_path / "collection.sqlite.bak-v1-2026-03-10").read_text() == "an older backup"
    assert (tmp_path / "collection.sqlite.bak-v1-2026-03-10-2").is_file()


def test_a_failing_step_leaves_the_file_as_it_was(tmp_path):
    path = tmp_path / "collection.sqlite"
    make_file(path, 1)
    conn = sqlite3.connect(path)
    conn.execute("CREATE INDEX terms_position ON terms (position)")  # v2 creates this name
    conn.commit()
    conn.close()
    before = base_rows(path)
    with pytest.raises(StoreError, match="cannot be used"):
        open_db(path, today=DAY)
    assert base_rows(path) == before
    conn = sqlite3.connect(path)
    columns = [r[1] for r in conn.execute("PRAGMA table_info(terms)")]
    version = conn.execute("SELECT value FROM meta WHERE key = 'schema_version'").fetchone()
    conn.close()
    assert "glosses" not in columns and version == ("1",)


def test_an_old_file_opened_read_only_is_not_migrated(tmp_path):
    path = tmp_path / "collection.sqlite"
    make_file(path, 1)
    with pytest.raises(StoreError, match="needs upgrading"):
        open_db(path, read_only=True)
    assert not list(tmp_path.glob("*.bak-*"))


def test_a_step_another_process_already_ran_is_skipped(tmp_path):
    """Two programs opening an old file at once: the second finds the work done under the
    write lock and changes nothing (no 'duplicate column' error)."""
    from vocab_app.store.migrations import MIGRATIONS, _run_script

    path = tmp_path / "collection.sqlite"
    make_file(path, 1)
    slow = sqlite_utils.Database(sqlite3.connect(path))
    assert schema_version(slow) == 1  # it saw version 1 ...
    open_db(path, today=DAY).conn.close()  # ... while another process migrated the file
    before = shape(path), base_rows(path)
    assert _run_script(slow, MIGRATIONS[2], 2) is False
    slow.conn.close()
    assert (shape(path), base_rows(path)) == before

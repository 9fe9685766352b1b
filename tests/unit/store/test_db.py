# ruff: noqa: F811 - pytest fixtures imported from library_helpers are used as arguments
"""open_db on real files: connection settings, and one clear StoreError sentence for every way a
collection file can be unusable (folder, not SQLite, not ours, newer, read-only, full, locked),
with nothing already stored lost."""

from __future__ import annotations

import json
import os
import sqlite3
import stat
import time
from pathlib import Path

import pytest
from library_helpers import (
    can_unshare,
    clock,
    is_root,
    run_in_namespace,
    snapshot,
)

from vocab_app.errors import CollectionLockedError, StoreError
from vocab_app.paths import seed_files
from vocab_app.services.library import Library
from vocab_app.store.db import open_db, storage_errors
from vocab_app.store.schema import SCHEMA_VERSION


def test_new_file_gets_schema_wal_and_safe_settings(tmp_path):
    path = tmp_path / "deep" / "er" / "collection.sqlite"
    db = open_db(path, busy_timeout_ms=1234)
    try:
        assert path.is_file()
        version = db.execute("SELECT value FROM meta WHERE key = 'schema_version'").fetchone()
        assert int(version[0]) == SCHEMA_VERSION
        assert db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
        assert db.execute("PRAGMA foreign_keys").fetchone()[0] == 1
        assert db.execute("PRAGMA synchronous").fetchone()[0] == 1  # NORMAL
        assert db.execute("PRAGMA busy_timeout").fetchone()[0] == 1234
        assert {"terms", "senses", "cards", "reviews", "lists"} <= set(db.table_names())
    finally:
        db.conn.close()
    assert not list(tmp_path.glob("deep/er/*.bak-*")), "a new file needs no backup"


def test_reopening_keeps_data(tmp_path):
    path = tmp_path / "c.sqlite"
    db = open_db(path)
    db.execute("INSERT INTO meta (key, value) VALUES ('probe', 'kept')")
    db.conn.close()
    db = open_db(path)
    assert db.execute("SELECT value FROM meta WHERE key = 'probe'").fetchone()[0] == "kept"
    db.conn.close()


def test_a_folder_is_refused(tmp_path):
    with pytest.raises(StoreError, match="is a folder, not a collection file"):
        open_db(tmp_path)


def test_a_text_file_is_refused_and_left_alone(tmp_path):
    path = tmp_path / "notes.sqlite"
    path.write_text("shopping list: milk, eggs\n" * 100)
    before = path.read_bytes()
    with pytest.raises(StoreError, match="is not a vocab_app collection"):
        open_db(path)
    assert path.read_bytes() == before


def test_another_apps_database_is_refused(tmp_path):
    path = tmp_path / "other.sqlite"
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE invoices (id INTEGER PRIMARY KEY)")
    conn.commit()
    conn.close()
    with pytest.raises(StoreError, match="SQLite database but not a vocab_app collection"):
        open_db(path)


def test_a_newer_collection_is_refused(tmp_path):
    path = tmp_path / "c.sqlite"
    open_db(path).conn.close()
    conn = sqlite3.connect(path)
    conn.execute("UPDATE meta SET value = ? WHERE key = 'schema_version'", [SCHEMA_VERSION + 1])
    conn.commit()
    conn.close()
    with pytest.raises(StoreError, match="newer vocab_app"):
        open_db(path)


def test_a_parent_that_is_a_file_is_refused(tmp_path):
    (tmp_path / "file").write_text("x")
    with pytest.raises(StoreError, match="a file is in the way"):
        open_db(tmp_path / "file" / "c.sqlite")


# --- read-only -----------------------------------------------------------------------------

def test_writing_through_a_read_only_connection_gives_the_read_only_sentence(seeded):
    """Root ignores chmod; a `mode=ro` connection fails like a read-only file does."""
    before = snapshot(seeded)
    db = open_db(seeded, read_only=True)
    try:
        assert db.execute("SELECT count(*) FROM terms").fetchone()[0] > 0
        with pytest.raises(StoreError, match="is read-only, so nothing can be saved"), \
                storage_errors(seeded), db.atomic():
            db.execute("UPDATE terms SET tags = 'lost'")
    finally:
        db.conn.close()
    assert snapshot(seeded) == before


@pytest.mark.skipif(is_root(), reason="root ignores permission bits (see the bind-mount test)")
def test_chmod_read_only_folder_and_file(seeded):
    before = snapshot(seeded)
    os.chmod(seeded, stat.S_IRUSR)
    os.chmod(seeded.parent, stat.S_IRUSR | stat.S_IXUSR)
    try:
        with pytest.raises(StoreError, match="is read-only, so nothing can be saved"):
            Library.open(seeded)
    finally:
        os.chmod(seeded.parent, stat.S_IRWXU)
        os.chmod(seeded, stat.S_IRUSR | stat.S_IWUSR)
    assert snapshot(seeded) == before


@pytest.mark.skipif(not can_unshare(), reason="needs a private mount namespace (unshare -m)")
def test_read_only_mount_refuses_import_and_still_reads(seeded, tmp_path):
    """A really read-only file system (a read-only bind mount): import fails with the sentence,
    reading still works, and the file is untouched."""
    before = snapshot(seeded)
    mnt = tmp_path / "ro"
    mnt.mkdir()
    code = (
        "import json, sys\n"
        "from vocab_app.errors import StoreError\n"
        "from vocab_app.services.library import Library\n"
        "from vocab_app.store.db import open_db\n"
        f"path = {str(mnt / seeded.name)!r}\n"
        "out = {}\n"
        "try:\n"
        "    Library.open(path)\n"
        "except StoreError as err:\n"
        "    out['open'] = str(err)\n"
        "db = open_db(path, read_only=True)\n"
        "out['terms'] = db.execute('SELECT count(*) FROM terms').fetchone()[0]\n"
        "print(json.dumps(out))\n"
    )
    done = run_in_namespace(f"mount --bind -o ro {seeded.parent} {mnt}", code)
    assert done.returncode == 0, done.stderr
    out = json.loads(done.stdout)
    assert "is read-only, so nothing can be saved" in out["open"]
    assert out["terms"] == len(before["terms"])
    assert snapshot(seeded) == before


# --- full disk -----------------------------------------------------------------------------

def test_full_database_gives_the_full_disk_sentence_and_keeps_what_was_stored(seeded_template,
                                                                              tmp_path):
    """`PRAGMA max_page_count` makes SQLite return SQLITE_FULL for real: the import is rolled
    back as a whole and the next import (with room again) stores everything."""
    path = tmp_path / "c.sqlite"
    seeds = seed_files()
    with Library.open(path, clock=clock()) as lib:
        lib.import_files(seeds[:1])
    before = snapshot(path)
    with Library.open(path, clock=clock()) as lib:
        pages = lib.db.execute("PRAGMA page_count").fetchone()[0]
        lib.db.execute(f"PRAGMA max_page_count = {pages + 2}")
        with pytest.raises(StoreError, match="is full; nothing was saved"):
            lib.import_files(seeds[1:])
        assert lib.count_terms() == len(before["terms"])
    assert snapshot(path) == before
    with Library.open(path, clock=clock()) as lib:
        report = lib.import_files(seeds[1:])
        assert report.new_terms > 0
    assert len(snapshot(path)["terms"]) == len(snapshot(seeded_template)["terms"])


@pytest.mark.skipif(not can_unshare(), reason="needs a private mount namespace (unshare -m)")
def test_really_full_disk_tmpfs(seeded_template, tmp_path):
    """A tmpfs with 40 KiB left: ENOSPC from the kernel becomes the same sentence, the file
    still holds its terms, and the collection opens fine afterwards."""
    seeds = seed_files()
    small = tmp_path / "small.sqlite"
    with Library.open(small, clock=clock()) as lib:
        lib.import_files(seeds[:1])
    terms = len(snapshot(small)["terms"])
    mnt = tmp_path / "mnt"
    mnt.mkdir()
    size = small.stat().st_size + 40 * 1024
    code = (
        "import json, shutil\n"
        "from vocab_app.errors import StoreError\n"
        "from vocab_app.services.library import Library\n"
        f"path = shutil.copy({str(small)!r}, {str(mnt)!r})\n"
        "out = {}\n"
        "lib = Library.open(path)\n"
        "try:\n"
        f"    lib.import_files({[str(p) for p in seeds[1:]]!r})\n"
        "except StoreError as err:\n"
        "    out['import'] = str(err)\n"
        "lib.close()\n"
        "lib = Library.open(path)\n"
        "out['terms'] = lib.count_terms()\n"
        "lib.close()\n"
        "print(json.dumps(out))\n"
    )
    done = run_in_namespace(f"mount -t tmpfs -o size={size} tmpfs {mnt}", code)
    assert done.returncode == 0, done.stderr
    out = json.loads(done.stdout)
    assert "is full; nothing was saved" in out["import"]
    assert out["terms"] == terms


# --- locked --------------------------------------------------------------------------------

def test_a_file_locked_by_another_writer_fails_after_the_busy_timeout(tmp_path):
    path = tmp_path / "c.sqlite"
    open_db(path).conn.close()
    other = sqlite3.connect(path, isolation_level=None)
    other.execute("BEGIN IMMEDIATE")  # another program holds the write lock
    try:
        started = time.monotonic()
        with pytest.raises(CollectionLockedError, match="locked by another program"):
            open_db(path, busy_timeout_ms=300)
        assert time.monotonic() - started >= 0.25
    finally:
        other.execute("ROLLBACK")
        other.close()
    open_db(path, busy_timeout_ms=300).conn.close()  # free again: opens


def test_storage_errors_passes_other_exceptions_through(tmp_path):
    with pytest.raises(KeyError), storage_errors(Path(tmp_path / "c.sqlite")):
        raise KeyError("a bug stays a bug")

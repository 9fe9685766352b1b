"""`vocab import` as a user runs it: a real process, real files, the collection read back."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from helpers.cli import vocab

from vocab_app.paths import seed_files


def count(db: Path, table: str) -> int:
    conn = sqlite3.connect(db)
    try:
        return conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0]
    finally:
        conn.close()


def test_import_prints_per_file_counts_and_reports_bad_files(tmp_path):
    db = tmp_path / "c.sqlite"
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    seeds = [str(p) for p in seed_files()]
    done = vocab("--db", str(db), "import", seeds[0], str(empty), *seeds[1:],
                 str(tmp_path / "missing.srt"))
    assert done.returncode == 1
    lines = done.stdout.splitlines()
    assert [line.split(":")[0] for line in lines[:3]] == seeds
    assert all(" new terms, " in line and " new occurrences" in line for line in lines[:3])
    total_terms = int(lines[3].split("total: ")[1].split(" ")[0])
    assert total_terms == count(db, "terms") > 0
    errors = done.stderr.splitlines()
    assert len(errors) == 2
    assert errors[0].startswith("vocab: ") and "empty.txt" in errors[0]
    assert "missing.srt" in errors[1]

    again = vocab("--db", str(db), "import", *seeds)
    assert again.returncode == 0, again.stderr
    assert again.stdout.splitlines()[-1] == (
        "total: 0 new terms, 0 new senses, 0 new occurrences")
    assert count(db, "terms") == total_terms


def test_import_without_db_uses_the_platform_data_dir(tmp_path):
    data = tmp_path / "xdg-data"
    done = vocab("import", str(seed_files()[0]), env={"XDG_DATA_HOME": str(data)})
    assert done.returncode == 0, done.stderr
    db = data / "vocab_app" / "collection.sqlite"
    assert db.is_file() and count(db, "terms") > 0


def test_import_into_a_folder_is_one_clear_line(tmp_path):
    done = vocab("--db", str(tmp_path), "import", str(seed_files()[0]))
    assert done.returncode == 1
    assert done.stderr.strip() == f"vocab: {tmp_path} is a folder, not a collection file."
    assert done.stdout == ""

"""store/integrity.py on real files: the header checks, the open-time check's time budget, and
the full check that an import runs before it writes."""

from __future__ import annotations

import random

import pytest

from vocab_app.errors import DamagedCollectionError
from vocab_app.store import integrity
from vocab_app.store.db import open_db


def _garble_middle(path):
    page = 4096
    with path.open("r+b") as f:
        f.seek(path.stat().st_size // 2 // page * page)
        f.write(random.Random(5).randbytes(4 * page))


def test_an_overwritten_header_is_damage_not_a_foreign_file(seeded):
    with seeded.open("r+b") as f:
        f.seek(8)
        f.write(b"\xff" * 8)  # "SQLite f" survives, the rest of the magic does not
    before = seeded.read_bytes()
    with pytest.raises(DamagedCollectionError, match="its header is overwritten"):
        open_db(seeded)
    assert seeded.read_bytes() == before


def test_a_cut_file_is_damage(seeded):
    with seeded.open("r+b") as f:
        f.truncate(seeded.stat().st_size - 100)
    with pytest.raises(DamagedCollectionError, match="not a whole number of pages"):
        open_db(seeded)


def test_the_open_check_and_the_full_check_find_garbage(seeded):
    _garble_middle(seeded)
    db = open_db(seeded, salvage=True)
    try:
        assert integrity.open_problem(db, budget_ms=5000) is not None
        with pytest.raises(DamagedCollectionError, match="is damaged"):
            integrity.check_whole(db, seeded)
        db.execute("SELECT count(*) FROM meta").fetchone()  # a late timer interrupts nothing
    finally:
        db.conn.close()

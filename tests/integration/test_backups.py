"""Rolling backups (issue 12, damage handling): `vocab import` makes the day's backup beside the
collection, `vocab backup list` shows it, `vocab backup restore DAY` puts it back and keeps the
collection as it was; which days are kept (7 daily, 4 weekly) on real files."""

from __future__ import annotations

import sqlite3
from datetime import date, timedelta
from pathlib import Path

from helpers.cli import vocab

from vocab_app.paths import seed_files
from vocab_app.store.backups import backups, prune


def terms(path: Path) -> int:
    conn = sqlite3.connect(path)
    try:
        return conn.execute("SELECT count(*) FROM terms").fetchone()[0]
    finally:
        conn.close()


def test_import_backs_up_and_restore_puts_the_backup_back(tmp_path):
    db = tmp_path / "c.sqlite"
    seeds = [str(p) for p in seed_files()]
    assert vocab("import", seeds[0], db=db).returncode == 0
    after_first = terms(db)
    made = backups(db)
    assert [b.day for b in made] == [date.today()]
    assert terms(made[0].path) == after_first

    listed = vocab("backup", "list", db=db)
    assert listed.returncode == 0
    assert listed.stdout.startswith(date.today().isoformat())

    assert vocab("import", *seeds[1:], db=db).returncode == 0
    assert terms(db) > after_first  # today's backup is not replaced by a second import
    assert terms(made[0].path) == after_first
    grown = terms(db)

    restored = vocab("backup", "restore", date.today().isoformat(), db=db)
    assert restored.returncode == 0, restored.stderr
    assert terms(db) == after_first
    kept = next((tmp_path / "backups").glob("c-before-restore-*.sqlite"))
    assert terms(kept) == grown
    assert vocab("due", db=db).returncode == 0

    conn = sqlite3.connect(db)  # a damaged collection is what a backup is for
    conn.execute("UPDATE meta SET value = 'garbled' WHERE key = 'schema_version'")
    conn.commit()
    conn.close()
    assert vocab("due", db=db).returncode == 2
    again = vocab("backup", "restore", date.today().isoformat(), db=db)
    assert again.returncode == 0, again.stderr
    assert vocab("due", db=db).returncode == 0 and terms(db) == after_first

    missing = vocab("backup", "restore", "2001-01-01", db=db)
    assert missing.returncode == 1 and "There is no backup" in missing.stderr


def test_seven_daily_and_four_weekly_backups_are_kept(tmp_path):
    db = tmp_path / "c.sqlite"
    folder = tmp_path / "backups"
    folder.mkdir()
    today = date(2026, 12, 3)
    for n in range(60):
        day = today - timedelta(days=n)
        sqlite3.connect(folder / f"c-{day.isoformat()}.sqlite").close()
    prune(db, today)
    days = [b.day for b in backups(db)]
    assert days[:7] == [today - timedelta(days=n) for n in range(7)]
    weekly = days[7:]
    assert len(weekly) in (4, 5)  # the newest of each ISO week in the 4 weeks before
    assert len({d.isocalendar()[:2] for d in weekly}) == len(weekly)
    assert min(weekly) > today - timedelta(days=7 + 28)

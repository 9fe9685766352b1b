"""Rolling backups of a collection, like Anki's: one a day for the last DAILY days, then one a
week (the newest of each ISO week) for WEEKLY more weeks; older copies are deleted.

Backups live in `backups/` beside the collection, named `<file stem>-<YYYY-MM-DD>.sqlite`, and
are made with SQLite's backup API (a consistent copy, WAL included) into a temporary name that
is renamed when complete, so a killed backup never leaves a half copy under a backup's name.
"""

from __future__ import annotations

import contextlib
import os
import re
import shutil
import sqlite3
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from pathlib import Path

import sqlite_utils

DAILY = 7
WEEKLY = 4
FOLDER = "backups"


@dataclass(frozen=True)
class Backup:
    """One backup file and the day it was made."""

    path: Path
    day: date


def folder_of(path: Path) -> Path:
    """The backup folder of the collection at `path`."""
    return path.parent / FOLDER


def backups(path: Path) -> list[Backup]:
    """The collection's backups, newest first."""
    found = _named(path, r"-(\d{4}-\d{2}-\d{2})\.sqlite",
                   lambda groups: datetime.combine(date.fromisoformat(groups[0]), time()))
    return [Backup(item, stamp.date()) for stamp, item in found]


def before_restore_copies(path: Path) -> list[Backup]:
    """The copies a restore kept of the collection as it was (`<stem>-before-restore-<stamp>`),
    newest first: restoring one undoes that restore."""
    found = _named(path, r"-before-restore-(\d{8})-(\d{6})\.sqlite",
                   lambda groups: datetime.strptime("".join(groups), "%Y%m%d%H%M%S"))
    return [Backup(item, stamp.date()) for stamp, item in found]


def _named(path: Path, suffix: str,
           stamp_of: Callable[[tuple[str, ...]], datetime]) -> list[tuple[datetime, Path]]:
    """The files in the backup folder named `<stem><suffix>` (a regex whose groups
    `stamp_of` reads as a time), newest first; names whose date does not parse are skipped."""
    pattern = re.compile(re.escape(path.stem) + suffix)
    found = []
    folder = folder_of(path)
    if folder.is_dir():
        for item in folder.iterdir():
            match = pattern.fullmatch(item.name)
            if match:
                with contextlib.suppress(ValueError):
                    found.append((stamp_of(match.groups()), item))
    return sorted(found, key=lambda f: f[0], reverse=True)


def contents(backup: Path) -> tuple[int, int] | None:
    """(terms, cards) in the backup file, read-only; None when it cannot be read."""
    try:
        conn = sqlite3.connect(f"{backup.resolve().as_uri()}?mode=ro", uri=True)
    except sqlite3.Error:
        return None
    try:
        terms = conn.execute("SELECT count(*) FROM terms").fetchone()[0]
        cards = conn.execute("SELECT count(*) FROM cards").fetchone()[0]
        return int(terms), int(cards)
    except sqlite3.Error:
        return None
    finally:
        conn.close()


def backup_if_due(db: sqlite_utils.Database, path: Path, today: date) -> Path | None:
    """Make today's backup unless it exists, then prune; the new file, or None."""
    target = folder_of(path) / f"{path.stem}-{today.isoformat()}.sqlite"
    if target.exists():
        return None
    copy_to(db, target)
    prune(path, today)
    return target


def copy_to(db: sqlite_utils.Database, target: Path) -> None:
    """A consistent copy of the open collection at `target` (via `<target>.part`)."""
    target.parent.mkdir(exist_ok=True)
    partial = target.with_name(target.name + ".part")
    dest = sqlite3.connect(str(partial))
    try:
        db.conn.backup(dest)
    except BaseException:
        dest.close()
        partial.unlink(missing_ok=True)
        raise
    dest.close()
    os.replace(partial, target)


def keep(days: list[date], today: date) -> set[date]:
    """Which backup days to keep: every day of the last DAILY days, and the newest of each ISO
    week for WEEKLY weeks before that."""
    kept = {d for d in days if today - d < timedelta(days=DAILY)}
    weeks: dict[tuple[int, int], date] = {}
    oldest = today - timedelta(days=DAILY + 7 * WEEKLY)
    for d in days:
        if d not in kept and d > oldest:
            week = d.isocalendar()[:2]
            weeks[week] = max(weeks.get(week, d), d)
    return kept | set(weeks.values())


def prune(path: Path, today: date) -> list[Path]:
    """Delete the backups `keep` does not keep; the deleted files."""
    found = backups(path)
    kept = keep([b.day for b in found], today)
    gone = [b.path for b in found if b.day not in kept]
    for item in gone:
        item.unlink(missing_ok=True)
    return gone


def restore(path: Path, backup: Path, before: Path) -> None:
    """Put `backup` in place of the collection at `path` (closed by the caller); the file as it
    was (damaged or not) is moved to `before`, with its -wal/-shm files."""
    partial = path.with_name(path.name + ".restoring")
    shutil.copyfile(backup, partial)
    before.parent.mkdir(exist_ok=True)
    move_aside(path, before)
    os.replace(partial, path)


def sidecars(path: Path) -> tuple[Path, Path]:
    """The -wal and -shm files SQLite keeps beside `path`."""
    return path.with_name(path.name + "-wal"), path.with_name(path.name + "-shm")


def move_aside(path: Path, kept: Path) -> None:
    """Rename the collection file and its -wal/-shm files to `kept` (and `kept`-wal, -shm)."""
    for old, new in ((path, kept), *zip(sidecars(path), sidecars(kept), strict=True)):
        if old.exists():
            os.replace(old, new)

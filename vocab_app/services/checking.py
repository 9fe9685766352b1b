"""Care of the collection file: `vocab check` (is it whole; `--repair`: every readable row copied
into a new file, the damaged one kept beside it as `<file>.damaged-<date and time>`; see
store/integrity.py, store/repair.py) and `vocab backup list|restore` (store/backups.py)."""

from __future__ import annotations

import os
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path

from vocab_app.errors import StoreError
from vocab_app.i18n_text import _
from vocab_app.store import backups
from vocab_app.store.backups import Backup
from vocab_app.store.db import import_lock, storage_errors
from vocab_app.store.integrity import file_problems
from vocab_app.store.repair import Repaired, repair

__all__ = ["Backup", "Repaired", "RestorePoint", "backup_list", "check_file", "repair_file",
           "restore_backup", "restore_file", "restore_points"]


@dataclass(frozen=True)
class RestorePoint:
    """A backup the collection can be put back to, as the Restore dialog lists it."""

    path: Path
    day: date
    before_restore: bool  # the collection as it was before a restore (restoring it undoes it)
    size: int  # bytes
    terms: int | None  # None when the file cannot be read
    cards: int | None


def _existing(path: str | os.PathLike[str] | None) -> Path:
    if path is None:
        from vocab_app import paths

        path = paths.default_db_path()
    path = Path(path)
    if not path.is_file():
        raise StoreError(_("The collection file {path} does not exist.").format(
                             path=path))
    return path


def check_file(path: str | os.PathLike[str] | None) -> tuple[Path, list[str]]:
    """The collection's path (None: the default) and every problem found ([]: whole)."""
    found = _existing(path)
    with storage_errors(found):
        return found, file_problems(found)


def repair_file(path: str | os.PathLike[str] | None, now: datetime) -> Repaired:
    """Rebuild the collection from its readable rows; the damaged file is kept beside it.
    Refused (CollectionLockedError) while an import runs on it."""
    found = _existing(path)
    kept = found.with_name(f"{found.name}.damaged-{now.strftime('%Y%m%d-%H%M%S')}")
    with import_lock(found), storage_errors(found):
        return repair(found, kept)


def backup_list(path: str | os.PathLike[str] | None) -> list[Backup]:
    """The collection's rolling backups, newest first (store/backups.py)."""
    return backups.backups(_existing(path))


def restore_backup(path: str | os.PathLike[str] | None, day: date, now: datetime) -> Path:
    """Put the backup of `day` back into the collection (damaged or not; close it first). The
    collection as it was is moved to `backups/<stem>-before-restore-<stamp>.sqlite` (returned),
    so a restore can be undone. Refused while an import runs; StoreError when there is no
    backup of that day."""
    found = _existing(path)
    chosen = [b for b in backups.backups(found) if b.day == day]
    if not chosen:
        raise StoreError(_("There is no backup of {found} from {day}; `vocab backup "
                           "list` shows the days there are.").format(
                             found=found, day=day.isoformat()))
    return restore_file(found, chosen[0].path, now)


def restore_points(path: str | os.PathLike[str] | None) -> list[RestorePoint]:
    """Every backup of the collection, newest first within each kind: the rolling daily and
    weekly ones, then the copies earlier restores kept, with size, terms and cards."""
    found = _existing(path)
    points = []
    for backup, before in [*((b, False) for b in backups.backups(found)),
                           *((b, True) for b in backups.before_restore_copies(found))]:
        counts = backups.contents(backup.path)
        points.append(RestorePoint(backup.path, backup.day, before, backup.path.stat().st_size,
                                   counts[0] if counts else None,
                                   counts[1] if counts else None))
    return points


def restore_file(path: str | os.PathLike[str] | None, backup: Path, now: datetime) -> Path:
    """Put the backup file `backup` (one of `restore_points`) in place of the collection (close
    it first). The collection as it was is moved to `backups/<stem>-before-restore-<stamp>.sqlite`
    (returned), so the restore can be undone by restoring that. Refused while an import runs."""
    found = _existing(path)
    if backup.resolve().parent != backups.folder_of(found).resolve() or not backup.is_file():
        raise StoreError(_("{backup} is not one of the backups of {found}.").format(
                             backup=backup, found=found))
    before = backups.folder_of(found) / (
        f"{found.stem}-before-restore-{now.strftime('%Y%m%d-%H%M%S')}.sqlite")
    with import_lock(found), storage_errors(found):
        backups.restore(found, backup, before)
    return before

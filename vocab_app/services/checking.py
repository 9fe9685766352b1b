"""`vocab check`: is the collection file whole, and `--repair` (store/integrity.py,
store/repair.py): every readable row copied into a new file, the damaged one kept beside it as
`<file>.damaged-<date and time>`."""

from __future__ import annotations

import os
from datetime import datetime
from pathlib import Path

from vocab_app.errors import StoreError
from vocab_app.store.db import import_lock, storage_errors
from vocab_app.store.integrity import file_problems
from vocab_app.store.repair import Repaired, repair

__all__ = ["Repaired", "check_file", "repair_file"]


def _existing(path: str | os.PathLike[str] | None) -> Path:
    if path is None:
        from vocab_app import paths

        path = paths.default_db_path()
    path = Path(path)
    if not path.is_file():
        raise StoreError(f"The collection file {path} does not exist.")
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

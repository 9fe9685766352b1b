"""Open the collection file: create it, set the connection up, migrate it, and turn the ways a
file can fail (read-only, full disk, a folder, not SQLite, locked) into one-sentence StoreErrors.

`open_db(path)` is the only way the app opens a collection. `storage_errors(path)` is the
context manager every writer wraps its transaction in, so a full disk or a file made read-only
while the app runs gives the same sentences as at open time (and the transaction is rolled back:
nothing already stored is lost).
"""

from __future__ import annotations

import contextlib
import errno
import os
import sqlite3
import sys
from collections.abc import Iterator
from datetime import date
from pathlib import Path
from typing import BinaryIO

import sqlite_utils

from vocab_app.errors import CollectionLockedError, StoreError
from vocab_app.i18n_text import N_, _

BUSY_TIMEOUT_MS = 5000
CACHE_KIB = 65536

# The open collection as the layers above hold it: they pass it back to store functions and
# wrap their units of work in `db.atomic()`, but never run SQL on it themselves.
Database = sqlite_utils.Database

# Primary result codes (sqlite3.Error.sqlite_errorcode & 0xff).
_SQLITE_PERM = 3
_SQLITE_BUSY = 5
_SQLITE_LOCKED = 6
_SQLITE_READONLY = 8
_SQLITE_IOERR = 10
_SQLITE_CORRUPT = 11
_SQLITE_FULL = 13
_SQLITE_CANTOPEN = 14
_SQLITE_NOTADB = 26


def open_db(path: str | os.PathLike[str], *, read_only: bool = False,
            busy_timeout_ms: int = BUSY_TIMEOUT_MS, today: date | None = None,
            salvage: bool = False) -> sqlite_utils.Database:
    """Open (creating if missing) the collection at `path`, migrated to the current schema.

    The connection uses WAL, foreign keys, `synchronous=NORMAL` and a busy timeout. A file that
    cannot be used raises StoreError with one sentence; a file another writer keeps locked for
    longer than `busy_timeout_ms` raises CollectionLockedError. `read_only=True` opens an
    existing file without ever writing to it (an old schema is then refused, not migrated).
    `today` names the pre-migration backup (`<file>.bak-v<N>-<today>`); None → the local date.

    Every open checks the file is whole (store/integrity.py: the header, then SQLite's
    quick_check within a time budget) before anything is written; a damaged file raises
    DamagedCollectionError. `salvage=True` opens a damaged file read-only without those checks
    and without reading its schema version, to read what can still be read.
    """
    from vocab_app.store import integrity, search_index
    from vocab_app.store.migrations import VersionUnreadable, migrate

    path = Path(path)
    if path.is_dir():
        raise StoreError(_("{path} is a folder, not a collection file.").format(
                             path=path))
    read_only = read_only or salvage
    if read_only and not path.exists():
        raise StoreError(_("The collection file {path} does not exist.").format(
                             path=path))
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
    except OSError as err:
        raise _os_error(err, path) from err
    if not read_only and not writable(path):
        raise read_only_error(path)
    problem = None if salvage else integrity.header_problem(path)
    if problem is not None:
        raise integrity.damaged_error(path, problem)
    conn = None
    try:
        if read_only:
            # On a read-only medium nobody can write the file, and WAL could not create its
            # -shm file there: `immutable` makes SQLite read it without one.
            flags = "mode=ro" if writable(path) else "mode=ro&immutable=1"
            conn = sqlite3.connect(f"{path.resolve().as_uri()}?{flags}", uri=True,
                                   timeout=busy_timeout_ms / 1000, check_same_thread=False)
        else:
            conn = sqlite3.connect(str(path), timeout=busy_timeout_ms / 1000,
                                   check_same_thread=False)
        db = sqlite_utils.Database(conn)
        _configure(db, busy_timeout_ms, read_only, check=None if salvage else path)
        if not read_only:
            _probe_write(db)
        if not salvage:
            migrate(db, path, read_only=read_only, today=today)
        if not read_only:
            search_index.ensure(db)
    except VersionUnreadable as err:
        if conn is not None:
            conn.close()
        raise integrity.damaged_error(path, str(err)) from None
    except sqlite3.Error as err:
        if conn is not None:
            conn.close()
        raise translate(err, path) from err
    except BaseException:
        if conn is not None:
            conn.close()
        raise
    return db


def _configure(db: sqlite_utils.Database, busy_timeout_ms: int, read_only: bool, *,
               check: Path | None) -> None:
    """Connection settings; `check`: the file to check is whole first (None: no check)."""
    from vocab_app.store import integrity

    db.execute(f"PRAGMA busy_timeout = {int(busy_timeout_ms)}")
    db.execute("PRAGMA foreign_keys = ON")
    # Reading the header first turns "not a database" into an error here, not at first use.
    db.execute("SELECT count(*) FROM sqlite_master").fetchone()
    # Checked before WAL is switched on: a damaged file is not written even once.
    problem = integrity.open_problem(db) if check is not None else None
    if check is not None and problem is not None:
        raise integrity.damaged_error(check, problem)
    if not read_only:
        db.enable_wal()
    # WAL + synchronous=NORMAL: a commit is durable against the process being killed (the WAL
    # is in the OS page cache and is replayed on next open); only a power cut / OS crash can
    # lose the last few commits, never corrupt the file. FULL would fsync on every answer.
    db.execute("PRAGMA synchronous = NORMAL")
    # Up to 64 MiB of page cache (default 2 MiB), filled only as pages are read: a search's
    # candidates are checked against rows spread over the whole occurrences table, which on a
    # 100,000-term collection would otherwise be re-read from the OS on every search.
    db.execute(f"PRAGMA cache_size = -{CACHE_KIB}")


def writable(path: Path) -> bool:
    """Whether the file (or, for a new file, its folder) can be written: WAL also needs to
    create `-wal`/`-shm` files next to it, so the folder must be writable too."""
    folder = path.parent
    try:
        if os.statvfs(folder).f_flag & os.ST_RDONLY:
            return False
    except (OSError, AttributeError):  # no statvfs (Windows): rely on access()
        pass
    if path.exists() and not os.access(path, os.W_OK):
        return False
    return os.access(folder, os.W_OK)


def _probe_write(db: sqlite_utils.Database) -> None:
    """Take the write lock once (and give it back) so read-only and locked files fail at open."""
    db.conn.execute("BEGIN IMMEDIATE")
    db.conn.execute("ROLLBACK")


@contextlib.contextmanager
def storage_errors(path: str | os.PathLike[str]) -> Iterator[None]:
    """Turn SQLite/OS failures inside the block into StoreError sentences about `path`."""
    try:
        yield
    except sqlite3.Error as err:
        raise translate(err, Path(path)) from err
    except OSError as err:
        raise _os_error(err, Path(path)) from err


def storage_error(err: BaseException, path: Path) -> StoreError | None:
    """`storage_errors`' sentence for `err` as a value; None when `err` is no storage failure."""
    if isinstance(err, sqlite3.Error):
        return translate(err, path)
    return None


@contextlib.contextmanager
def collection_errors(db: sqlite_utils.Database) -> Iterator[None]:
    """`storage_errors` for the file `db` has open (its path read from the connection)."""
    try:
        yield
    except sqlite3.Error as err:
        raise translate(err, file_of(db)) from err


def file_of(db: sqlite_utils.Database) -> Path:
    """The path of the file `db` has open (`:memory:` for an in-memory database)."""
    name = db.execute("PRAGMA database_list").fetchone()[2]
    return Path(name or ":memory:")


def close_db(db: sqlite_utils.Database) -> None:
    """Close the collection (committed work is already on disk)."""
    db.conn.close()


def translate(err: sqlite3.Error, path: Path) -> StoreError:
    """The StoreError sentence for a SQLite error on the collection `path`."""
    code = (getattr(err, "sqlite_errorcode", None) or 0) & 0xFF
    text = str(err).lower()
    if code in (_SQLITE_READONLY, _SQLITE_PERM) or "readonly" in text:
        return read_only_error(path)
    if code == _SQLITE_FULL or "disk is full" in text:
        return full_disk_error(path)
    if code in (_SQLITE_BUSY, _SQLITE_LOCKED) or "locked" in text:
        return CollectionLockedError(
            _("The collection {path} is locked by another program that is writing to "
              "it; close that program (or the other vocab_app window) and try again.").format(
                path=path))
    if code == _SQLITE_CORRUPT or "malformed" in text:
        from vocab_app.store.integrity import damaged_error

        return damaged_error(path, f"SQLite reports: {err}")
    if code == _SQLITE_NOTADB or "not a database" in text:
        return StoreError(_("{path} is not a vocab_app collection: it is not a SQLite "
                            "database, or it is damaged.").format(path=path))
    if code == _SQLITE_CANTOPEN:
        return StoreError(_("The collection file {path} cannot be opened; check that "
                            "its folder exists and is writable.").format(path=path))
    if code == _SQLITE_IOERR:
        return StoreError(_("The disk reported an error while reading or writing "
                            "{path}.").format(path=path))
    return StoreError(_("The collection {path} cannot be used: {err}.").format(
                          path=path, err=err))


def read_only_error(path: Path) -> StoreError:
    """The sentence for a collection that cannot be written."""
    return StoreError(_("The collection file {path} is read-only, so nothing can be "
                        "saved; check its permissions or copy it to a writable folder.").format(
                          path=path))


def full_disk_error(path: Path) -> StoreError:
    """The sentence for a collection whose disk is full."""
    return StoreError(_("The disk holding {path} is full; nothing was saved. Free some "
                        "space and try again.").format(path=path))


def _os_error(err: OSError, path: Path) -> StoreError:
    if err.errno in (errno.EROFS, errno.EACCES, errno.EPERM):
        return read_only_error(path)
    if err.errno in (errno.ENOSPC, errno.EDQUOT):
        return full_disk_error(path)
    if err.errno in (errno.ENOTDIR, errno.EEXIST):
        return StoreError(_("The folder for {path} cannot be created: a file is in the "
                            "way.").format(path=path))
    return StoreError(_("The collection {path} cannot be used: {reason}.").format(
                          path=path, reason=err.strerror or err))


IN_USE = N_("(another vocab_app is importing into it)")


@contextlib.contextmanager
def import_lock(path: str | os.PathLike[str], *, optional: bool = False) -> Iterator[None]:
    """Hold the collection's import lock for the block, or raise CollectionLockedError at once.

    An import mines for seconds before it takes SQLite's write lock; this lock (an OS lock on
    `<file>-import.lock` beside the collection, released by the OS if the process dies) makes
    a second import say so before it starts mining. A separate file, because closing any handle
    on the collection itself would drop SQLite's own POSIX locks held by this process.
    `optional=True` (mining that only reads): where no lock file can be made (a read-only
    folder), the block runs without it.
    """
    path = Path(path)
    lock_path = path.with_name(path.name + "-import.lock")
    try:
        handle = open(lock_path, "a+b")  # noqa: SIM115 - held for the whole block
    except OSError as err:
        if optional:
            yield
            return
        raise _os_error(err, path) from err
    try:
        if not _try_lock(handle):
            raise CollectionLockedError(_("The collection {path} is in use {why}; wait for "
                                          "that import to finish and try again.").format(
                                              path=path, why=_(IN_USE)))
        yield
    finally:
        handle.close()  # closing releases the lock


def _try_lock(handle: BinaryIO) -> bool:
    """Take an exclusive, non-blocking OS lock on the open file; False when another holds it."""
    if sys.platform == "win32":
        import msvcrt

        try:
            msvcrt.locking(handle.fileno(), msvcrt.LK_NBLCK, 1)
        except OSError:
            return False
        return True
    import fcntl

    try:
        fcntl.flock(handle.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
    except BlockingIOError:
        return False
    return True

"""The temporary files of exports: recognisable names, and removal of those a killed export left.

An export builds its file as `.vocab-export-<pid>-<random>.part` (the package's scratch
collection as `…​.anki2`) in the target's folder and moves it over the target at the end
(export/files.py). A process killed mid-export (SIGKILL, power loss) cannot remove its file, so:

- `sweep(folder)` runs before every export into a folder and removes the files of that pattern
  whose process is gone (another export still running keeps its files; this process's own
  files are removed only when no export of it is writing them). Nothing else is ever touched:
  not a user's file of another name, not a link, not a folder.
- `create` also notes each temporary file in the user's data folder (`export-temp/`, one small
  entry per file, removed with the file), so `sweep_recorded()` at start finds the folders a
  killed export wrote into and sweeps them. Failing to note one costs only that start-up sweep.

Whether a process is gone: `os.kill(pid, 0)` on POSIX; on Windows (where that would end the
process) a file is stale once it is a day old, longer than any export runs.
"""

from __future__ import annotations

import contextlib
import os
import re
import sys
import tempfile
import time
from pathlib import Path

PREFIX = ".vocab-export-"
SUFFIXES = (".part", ".anki2")
_NAME = re.compile(r"\.vocab-export-(\d+)-[A-Za-z0-9_]+\.(?:part|anki2)\Z")
_WINDOWS_STALE_S = 24 * 3600
_live: set[str] = set()  # names of this process's temporary files still being written


def create(folder: Path, suffix: str) -> Path:
    """A new empty temporary file of ours in `folder` (OSError when the folder refuses it)."""
    if suffix not in SUFFIXES:
        raise ValueError(f"unknown temporary suffix {suffix!r}")
    fd, name = tempfile.mkstemp(prefix=f"{PREFIX}{os.getpid()}-", suffix=suffix, dir=folder)
    os.close(fd)
    path = Path(name)
    _live.add(path.name)
    _record(path)
    return path


def discard(path: Path) -> None:
    """Remove the temporary file `path` (if still there) and its note."""
    _live.discard(path.name)
    with contextlib.suppress(OSError):
        path.unlink()
    _unrecord(path.name)


def sweep(folder: Path) -> int:
    """Remove the temporary files of dead exports in `folder`; returns how many."""
    removed = 0
    try:
        entries = list(os.scandir(folder))
    except OSError:
        return 0
    for entry in entries:
        match = _NAME.match(entry.name)
        if match is None or not _stale(entry, int(match.group(1))):
            continue
        with contextlib.suppress(OSError):
            os.unlink(entry.path)
            removed += 1
        _unrecord(entry.name)
    return removed


def sweep_recorded() -> int:
    """At start: sweep every folder a temporary file was noted in whose export is gone, and
    drop those notes. Returns how many files were removed. Never raises for an OS failure."""
    notes = _notes_dir()
    if notes is None:
        return 0
    removed = 0
    try:
        entries = list(os.scandir(notes))
    except OSError:
        return 0
    for entry in entries:
        match = _NAME.match("." + entry.name)
        if match is None or _alive(int(match.group(1)), entry):
            continue
        try:
            folder = Path(Path(entry.path).read_text(encoding="utf-8"))
        except (OSError, UnicodeDecodeError):
            folder = None
        if folder is not None:
            removed += sweep(folder)
        with contextlib.suppress(OSError):
            os.unlink(entry.path)
    return removed


def _stale(entry: os.DirEntry[str], pid: int) -> bool:
    try:
        if not entry.is_file(follow_symlinks=False):
            return False
    except OSError:
        return False
    if pid == os.getpid():
        return entry.name not in _live
    return not _alive(pid, entry)


def _alive(pid: int, entry: os.DirEntry[str]) -> bool:
    """Whether the export process `pid` may still be writing (see the module docstring)."""
    if pid == os.getpid():
        return True
    if sys.platform == "win32":
        try:
            return time.time() - entry.stat(follow_symlinks=False).st_mtime < _WINDOWS_STALE_S
        except OSError:
            return True
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except OSError:
        return True  # another user's process: alive
    return True


def _notes_dir() -> Path | None:
    try:
        from vocab_app.paths import data_dir

        folder = data_dir() / "export-temp"
        folder.mkdir(exist_ok=True)
    except OSError:
        return None
    return folder


def _record(path: Path) -> None:
    notes = _notes_dir()
    if notes is not None:
        with contextlib.suppress(OSError):
            (notes / path.name[1:]).write_text(str(path.parent.resolve()), encoding="utf-8")


def _unrecord(name: str) -> None:
    notes = _notes_dir()
    if notes is not None:
        with contextlib.suppress(OSError):
            (notes / name[1:]).unlink()

"""Helpers for store/library tests (the seeded collection fixtures are in conftest.py): a fixed
clock, whole-file snapshots, and the Linux mount-namespace trick that gives a root test process
a really read-only folder or a really full disk (`unshare -m` + a read-only bind mount or a tiny
tmpfs).
"""

from __future__ import annotations

import os
import shutil
import sqlite3
import subprocess
import sys
from datetime import datetime, timezone
from functools import cache
from pathlib import Path

from vocab_app.services.clock import FixedClock
from vocab_app.services.library import Library

NOW = datetime(2026, 3, 10, 9, 30, tzinfo=timezone.utc)
ROOT = Path(__file__).resolve().parent.parent


def clock() -> FixedClock:
    """A clock standing at NOW."""
    return FixedClock(NOW)


def snapshot(path: Path) -> dict[str, list[tuple]]:
    """Every row of every table of the file at `path`, sorted (a read-only look). The search
    index (store/search_index.py) is left out: it only mirrors terms and occurrences, and its
    b-tree layout after a delete and a restore differs while its answers do not."""
    conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    try:
        tables = [r[0] for r in conn.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"
            " AND name NOT LIKE 'terms_fts%' AND name NOT LIKE 'occurrences_fts%'")]
        return {t: sorted(conn.execute(f'SELECT * FROM "{t}"').fetchall(), key=repr)
                for t in tables}
    finally:
        conn.close()


def rows(lib: Library, sql: str, params: list | tuple = ()) -> list[tuple]:
    """All rows of a query on the library's connection."""
    return [tuple(r) for r in lib.db.execute(sql, list(params)).fetchall()]


@cache
def can_unshare() -> bool:
    """True when this process may make a private mount namespace (root on Linux, usually)."""
    if not sys.platform.startswith("linux") or shutil.which("unshare") is None:
        return False
    probe = subprocess.run(["unshare", "-m", "sh", "-c", "mount -t tmpfs -o size=64k tmpfs /mnt"],
                           capture_output=True)
    return probe.returncode == 0


def is_root() -> bool:
    """Whether permission bits are ignored for us (chmod cannot make a file read-only)."""
    return hasattr(os, "geteuid") and os.geteuid() == 0


def run_in_namespace(mount: str, code: str) -> subprocess.CompletedProcess[str]:
    """Run `mount` (shell) then `python -c code` inside a private mount namespace."""
    script = f"{mount} && exec {sys.executable} -c \"$0\""
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    return subprocess.run(["unshare", "-m", "sh", "-c", script, code], capture_output=True,
                          text=True, cwd=ROOT, env=env, timeout=120)

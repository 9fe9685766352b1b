"""Helpers for the view tests: run a Library call through Ops and wait for it; read the file.

Assertions read the collection file back with plain sqlite3, so what a test checks is what a
user would find on disk.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from pathlib import Path
from typing import Any

from vocab_app.gui.ops import Ops


def call(qtbot: Any, ops: Ops, fn: Callable[[Any], Any], timeout: int = 20000) -> Any:
    """Run `fn(lib)` through ops and wait for its result (errors are re-raised)."""
    results: list[Any] = []
    errors: list[BaseException] = []
    ops.run(fn, on_done=results.append, on_error=errors.append)
    qtbot.waitUntil(lambda: bool(results or errors), timeout=timeout)
    if errors:
        raise errors[0]
    return results[0]


def query(path: Path, sql: str, params: tuple = ()) -> list[tuple]:
    """Read the collection file with a separate plain sqlite3 connection."""
    conn = sqlite3.connect(path)
    try:
        return conn.execute(sql, params).fetchall()
    finally:
        conn.close()


def scalar(path: Path, sql: str, params: tuple = ()) -> Any:
    """The first column of the first row of `sql`."""
    return query(path, sql, params)[0][0]

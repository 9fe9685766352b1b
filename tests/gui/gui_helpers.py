"""Helpers for the Qt tests: a real Ops over a file, run a Library call through it and wait for
it, read the file.

Assertions read the collection file back with plain sqlite3, so what a test checks is what a
user would find on disk.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from datetime import datetime, timezone
from pathlib import Path
from typing import Any

from vocab_app.gui.ops import Ops
from vocab_app.services.clock import FixedClock
from vocab_app.services.library import Library

NOW = datetime(2026, 11, 22, 9, 0, tzinfo=timezone.utc)


def make_ops(path: Path, clock: FixedClock | None = None) -> Ops:
    """A real Ops over the collection at `path` with the tests' fixed clock (or `clock`)."""
    at = clock or FixedClock(NOW)
    return Ops(lambda: Library.open(path, clock=at))


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
    """Read the collection file with a separate plain sqlite3 connection ([] if never created)."""
    if not path.exists():
        return []
    conn = sqlite3.connect(path)
    try:
        return conn.execute(sql, params).fetchall()
    finally:
        conn.close()


def scalar(path: Path, sql: str, params: tuple = ()) -> Any:
    """The first column of the first row of `sql`."""
    return query(path, sql, params)[0][0]


def count(path: Path, table: str) -> int:
    """Rows in `table` of the collection at `path` (0 if the file was never created)."""
    found = query(path, f"SELECT count(*) FROM {table}")  # noqa: S608 - test helper
    return found[0][0] if found else 0


def import_preview(qtbot: Any, dialog: Any, path: Path, name: str | None = None) -> Any:
    """Import `path` in the Term lists window `dialog` as the user starts it; the preview
    (ListImportDialog) once it is on screen."""
    dialog.editing.import_file(str(path), name=name)
    qtbot.waitUntil(lambda: dialog.editing.import_preview is not None, timeout=20000)
    return dialog.editing.import_preview


def open_main_window(qtbot: Any, ops: Ops, path: Path) -> Any:
    """The main window on `path`, shown, ready (its first load done) and active."""
    from vocab_app.gui.main_window import MainWindow

    window = MainWindow(ops, path)
    qtbot.addWidget(window)
    with qtbot.waitSignal(window.ready, timeout=20000):
        window.show()
    window.activateWindow()
    qtbot.waitActive(window)
    return window


def mine_and_wait(qtbot, view, paths):
    """Mine `paths` in the Mine view `view` and wait for its preview; returns the MineResult."""
    with qtbot.waitSignal(view.mined, timeout=120000) as mined:
        view.mine(paths)
    return mined.args[0]

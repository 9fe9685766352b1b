"""Fixtures for the app shell tests (main window, first run, Mine view, export dialog).

Real components only: a real `Ops` over a real collection file in tmp_path, a fixed clock, and
QSettings pointed at the test's own folder so remembered folders and geometry never leak between
tests. Fixture names start with `shell_` so they never clash with other plugins' fixtures.
"""

from __future__ import annotations

import shutil
import sqlite3
from collections.abc import Iterator
from datetime import datetime, timezone
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QCoreApplication, QSettings

from vocab_app.gui.ops import Ops
from vocab_app.paths import seed_files
from vocab_app.services.clock import FixedClock
from vocab_app.services.library import Library

NOW = datetime(2026, 11, 22, 9, 0, tzinfo=timezone.utc)


@pytest.fixture(autouse=True)
def shell_settings(tmp_path: Path, qapp: Any) -> Path:
    """QSettings of this test live in tmp_path/settings (org/app names as in the real app)."""
    folder = tmp_path / "settings"
    folder.mkdir()
    QCoreApplication.setOrganizationName("vocab_app")
    QCoreApplication.setApplicationName("vocab_app")
    for fmt in (QSettings.Format.NativeFormat, QSettings.Format.IniFormat):
        QSettings.setPath(fmt, QSettings.Scope.UserScope, str(folder))
    return folder


@pytest.fixture(scope="session")
def shell_seeded_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A collection holding the three bundled seeds, imported once per session."""
    path = tmp_path_factory.mktemp("shell_seeded") / "template.sqlite"
    with Library.open(path, clock=FixedClock(NOW)) as lib:
        report = lib.import_files(seed_files())
    assert not report.errors and report.new_terms > 0
    return path


def make_ops(path: Path) -> Ops:
    """A real Ops over the collection at `path` with the tests' fixed clock."""
    clock = FixedClock(NOW)
    return Ops(lambda: Library.open(path, clock=clock))


@pytest.fixture
def shell_empty(tmp_path: Path, qtbot: Any) -> Iterator[tuple[Path, Ops]]:
    """An empty collection file (created on first use) and its Ops."""
    path = tmp_path / "empty.sqlite"
    ops = make_ops(path)
    yield path, ops
    ops.cancel_all()
    ops.shutdown()


@pytest.fixture
def shell_seeded(shell_seeded_template: Path, tmp_path: Path,
                 qtbot: Any) -> Iterator[tuple[Path, Ops]]:
    """This test's own copy of the seeded collection and its Ops."""
    path = tmp_path / "seeded.sqlite"
    shutil.copyfile(shell_seeded_template, path)
    ops = make_ops(path)
    yield path, ops
    ops.cancel_all()
    ops.shutdown()


def rows(path: Path, sql: str, params: tuple = ()) -> list[tuple]:
    """Read the collection file with a separate plain sqlite3 connection."""
    if not path.exists():
        return []
    conn = sqlite3.connect(path)
    try:
        return conn.execute(sql, params).fetchall()
    finally:
        conn.close()


def count(path: Path, table: str) -> int:
    """Rows in `table` of the collection at `path` (0 if the file was never created)."""
    found = rows(path, f"SELECT count(*) FROM {table}")  # noqa: S608 - test helper
    return found[0][0] if found else 0

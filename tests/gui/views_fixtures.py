"""Fixtures for the library, review and stats view tests: a real collection mined from the seeds.

Loaded by those test modules with `pytest_plugins = ["views_fixtures"]`. The seeds are imported
once per test session through the real Library (real jieba, real SQLite) into a template file;
every test gets its own copy in tmp_path, opened by a real `Ops` with a fixed clock.
"""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from datetime import datetime, timezone
from pathlib import Path
from typing import Any

import pytest

from vocab_app.gui.ops import Ops
from vocab_app.paths import seed_files
from vocab_app.services.clock import FixedClock
from vocab_app.services.library import Library

NOW = datetime(2026, 11, 22, 9, 0, tzinfo=timezone.utc)


@pytest.fixture(scope="session")
def seeded_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A collection file holding the three bundled seeds, imported through the Library."""
    path = tmp_path_factory.mktemp("seeded") / "template.sqlite"
    lib = Library.open(path, clock=FixedClock(NOW))
    try:
        report = lib.import_files(seed_files())
    finally:
        lib.close()
    assert not report.errors
    return path


@pytest.fixture
def clock() -> FixedClock:
    """The test's clock (advance it to move to another day)."""
    return FixedClock(NOW)


@pytest.fixture
def collection(seeded_template: Path, tmp_path: Path) -> Path:
    """This test's own copy of the seeded collection."""
    dest = tmp_path / "c.sqlite"
    shutil.copyfile(seeded_template, dest)
    return dest


@pytest.fixture
def ops(collection: Path, clock: FixedClock, qtbot: Any) -> Iterator[Ops]:
    """A real Ops over the test's collection; shut down (library closed) at teardown."""
    runner = Ops(lambda: Library.open(collection, clock=clock))
    yield runner
    runner.shutdown()

"""Fixtures of the Qt tests (tests/gui only).

Real components only: a real `Ops` over a real collection file in tmp_path (a copy of the
session's seeded template from tests/conftest.py, or an empty file), a fixed clock, and QSettings
pointed at the test's own folder so remembered folders and geometry never leak between tests.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from gui_helpers import NOW, make_ops
from PySide6.QtCore import QCoreApplication, QSettings

from vocab_app.gui.ops import Ops
from vocab_app.gui.reader_view import ReaderView
from vocab_app.services.changes import ALL
from vocab_app.services.clock import FixedClock


@pytest.fixture(scope="session", autouse=True)
def english_interface(qapp: Any) -> None:
    """The app as it starts in English: the en catalogue (its plural forms, "1 term" / "2
    terms") and an English locale for numbers (12,345), whatever the machine's LANG is."""
    from vocab_app.gui import i18n

    assert i18n.install(qapp, "en") == "en"


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


@pytest.fixture
def shell_empty(tmp_path: Path, qtbot: Any) -> Iterator[tuple[Path, Ops]]:
    """An empty collection file (created on first use) and its Ops."""
    path = tmp_path / "empty.sqlite"
    ops = make_ops(path)
    yield path, ops
    ops.cancel_all()
    ops.shutdown()


@pytest.fixture
def shell_seeded(seeded: Path, qtbot: Any) -> Iterator[tuple[Path, Ops]]:
    """This test's own copy of the seeded collection and its Ops."""
    ops = make_ops(seeded)
    yield seeded, ops
    ops.cancel_all()
    ops.shutdown()


@pytest.fixture
def clock() -> FixedClock:
    """The test's clock (advance it to move to another day)."""
    return FixedClock(NOW)


@pytest.fixture
def collection(seeded: Path) -> Path:
    """This test's own copy of the seeded collection."""
    return seeded


@pytest.fixture
def ops(collection: Path, clock: FixedClock, qtbot: Any) -> Iterator[Ops]:
    """A real Ops over the test's collection; shut down (library closed) at teardown."""
    runner = make_ops(collection, clock)
    yield runner
    runner.shutdown()

@pytest.fixture
def reader(qtbot: Any, ops: Any) -> ReaderView:
    """A shown Reader view over the test collection, its source list filled."""
    view = ReaderView(ops)
    qtbot.addWidget(view)
    view.resize(1100, 700)
    view.show()
    view.activateWindow()
    qtbot.waitActive(view)
    view.refresh(ALL)
    qtbot.waitUntil(lambda: view.source_combo.count() > 1, timeout=20000)
    return view

"""Issue 12 case 3 in the window: a damaged collection is opened read-only with a dialog at
start saying so (the terms it can read are still shown); a file that cannot be opened at all
gets a dialog too, not only a status-bar line."""

from __future__ import annotations

import random
import sqlite3
from pathlib import Path
from typing import Any

from PySide6.QtWidgets import QApplication, QMessageBox

from vocab_app.gui.app import open_collection
from vocab_app.gui.main_window import MainWindow
from vocab_app.gui.ops import Ops


def _dialog_text(qtbot: Any) -> str:
    found: list[str] = []

    def shown() -> None:
        boxes = [w for w in QApplication.topLevelWidgets()
                 if isinstance(w, QMessageBox) and w.isVisible()]
        assert boxes
        found.append(boxes[0].text())
        for box in boxes:
            box.close()

    qtbot.waitUntil(shown, timeout=20000)
    return found[0]


def _window(qtbot: Any, path: Path) -> tuple[MainWindow, Ops]:
    ops = Ops(lambda: open_collection(path))
    window = MainWindow(ops, path)
    qtbot.addWidget(window)
    window.show()
    return window, ops


def test_a_bad_schema_version_opens_read_only_with_a_dialog(seeded, qtbot):
    conn = sqlite3.connect(seeded)
    conn.execute("UPDATE meta SET value = 'x' WHERE key = 'schema_version'")
    conn.commit()
    conn.close()
    before = seeded.read_bytes()
    window, ops = _window(qtbot, seeded)
    try:
        text = _dialog_text(qtbot)
        assert "is damaged" in text and "opened read-only" in text
        qtbot.waitUntil(lambda: window.current_view() is not None, timeout=20000)
    finally:
        ops.cancel_all()
        ops.shutdown()
    assert seeded.read_bytes() == before


def test_garbage_in_the_file_gives_a_dialog_not_a_traceback(seeded, qtbot):
    page = 4096
    with seeded.open("r+b") as f:
        f.seek(seeded.stat().st_size // 2 // page * page)
        f.write(random.Random(3).randbytes(4 * page))
    before = seeded.read_bytes()
    window, ops = _window(qtbot, seeded)
    try:
        text = _dialog_text(qtbot)
        assert "is damaged" in text
        assert "Something went wrong" not in text
    finally:
        ops.cancel_all()
        ops.shutdown()
    assert seeded.read_bytes() == before

"""First run: an empty collection opens on the welcome page; one click mines the bundled
samples with progress and lands in the Library with their terms. Also the window shell:
views by shortcut, geometry restored, files dropped anywhere go to the Mine view."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import QMimeData, QPoint, QPointF, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent, QKeySequence

from vocab_app.gui import main_window
from vocab_app.gui.first_run import WelcomePage
from vocab_app.gui.main_window import MainWindow
from vocab_app.gui.view import VIEWS, ViewSpec


def count(path: Any, table: str) -> int:
    from gui_helpers import count as count_rows

    return count_rows(path, table)


def open_window(qtbot: Any, ops: Any, path: Any = None) -> MainWindow:
    window = MainWindow(ops, path)
    qtbot.addWidget(window)
    with qtbot.waitSignal(window.ready, timeout=20000):
        window.show()
    return window


def test_empty_collection_welcomes_and_samples_land_in_the_library(qtbot, shell_empty):
    path, ops = shell_empty
    window = open_window(qtbot, ops, path)
    welcome = window.current_view()
    assert isinstance(welcome, WelcomePage)
    assert welcome.samples_button.isVisible()

    progress: list[tuple[int, int]] = []
    with qtbot.waitSignal(welcome.samples_imported, timeout=120000) as imported:
        qtbot.mouseClick(welcome.samples_button, Qt.MouseButton.LeftButton)
        assert welcome.progress.isVisible() and not welcome.samples_button.isEnabled()
        welcome._task.progressed.connect(lambda d, t: progress.append((d, t)))
    report = imported.args[0]
    assert report.new_terms > 50 and not report.errors
    assert progress and progress[-1][0] == progress[-1][1]

    library = window.current_view()
    assert window.current_key == "library" and type(library).__name__ == "LibraryView"
    qtbot.waitUntil(lambda: library.model.rowCount() == report.new_terms, timeout=20000)
    assert count(path, "terms") == report.new_terms
    qtbot.waitUntil(lambda: "Due today: 20 new" in window.due_label.text(), timeout=20000)


def test_cancelled_samples_store_nothing_and_keep_the_welcome(qtbot, shell_empty):
    path, ops = shell_empty
    window = open_window(qtbot, ops, path)
    welcome = window.current_view()
    task = welcome.import_samples()
    # connected before the cancel: a task cancelled this early can finish within microseconds
    with qtbot.waitSignal(task.finished, timeout=60000):
        task.cancel()  # before the worker even reads the first file
    assert count(path, "terms") == 0
    assert window.current_view() is welcome and welcome.samples_button.isEnabled()


def test_views_switch_by_shortcut_and_window_geometry_is_restored(qtbot, shell_seeded):
    path, ops = shell_seeded
    window = open_window(qtbot, ops, path)
    assert window.current_key == "library"
    for key, name in (("2", "mine"), ("3", "review"), ("4", "stats"), ("1", "library")):
        assert window.view_actions[name].shortcut() == QKeySequence(f"Ctrl+{key}")
        with qtbot.waitSignal(window.view_changed, timeout=5000) as changed:
            window.view_actions[name].trigger()
        assert changed.args == [name] and window.sidebar.currentRow() == int(key) - 1
    window.resize(780, 530)  # inside the offscreen screen (800×600)
    window.close()

    again = open_window(qtbot, ops, path)
    assert (again.width(), again.height()) == (780, 530)


def test_files_dropped_on_the_window_are_mined(qtbot, shell_seeded, tmp_path):
    path, ops = shell_seeded
    window = open_window(qtbot, ops, path)
    text = tmp_path / "talk.txt"
    text.write_text("We trained a world model (世界模型) on video.\n", encoding="utf-8")
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(text))])
    # Qt delivers drops only inside a real drag; the window's handlers are called as Qt would.
    enter = QDragEnterEvent(QPoint(50, 50), Qt.DropAction.CopyAction, mime,
                            Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    window.dragEnterEvent(enter)
    assert enter.isAccepted()
    words = QMimeData()
    words.setText("just text")
    refused = QDragEnterEvent(QPoint(50, 50), Qt.DropAction.CopyAction, words,
                              Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    window.dragEnterEvent(refused)
    assert not refused.isAccepted()

    drop = QDropEvent(QPointF(50, 50), Qt.DropAction.CopyAction, mime,
                      Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    mine = window.view("mine")
    with qtbot.waitSignal(mine.mined, timeout=60000) as mined:
        window.dropEvent(drop)
    assert window.current_key == "mine"
    assert [(c.term, c.gloss) for c in mined.args[0].candidates] == [("world model", "世界模型")]


def test_terms_added_in_the_mine_view_land_in_the_library(qtbot, shell_empty, tmp_path):
    path, ops = shell_empty
    window = open_window(qtbot, ops, path)
    text = tmp_path / "talk.txt"
    text.write_text("Notes\nWe trained a world model (世界模型) on video.\n", encoding="utf-8")
    mine = window.view("mine")
    with qtbot.waitSignal(mine.mined, timeout=60000):
        window.mine_paths([str(text)])
    with qtbot.waitSignal(window.view_changed, timeout=20000) as changed:
        qtbot.mouseClick(mine.add_button, Qt.MouseButton.LeftButton)
    assert changed.args == ["library"]
    library = window.current_view()
    assert type(library).__name__ == "LibraryView"
    qtbot.waitUntil(lambda: library.model.rowCount() == 1, timeout=20000)
    assert count(path, "terms") == 1


def test_a_view_that_cannot_be_built_fails_loudly(qtbot, shell_seeded, monkeypatch):
    path, ops = shell_seeded
    window = open_window(qtbot, ops, path)
    # a build missing a view module: no placeholder page stands in for it
    missing = ViewSpec("stats", "Stats", "vocab_app.gui.no_such_view", "StatsView", "Ctrl+4")
    monkeypatch.setattr(main_window, "VIEWS", (*VIEWS[:3], missing))
    with pytest.raises(ImportError):
        window.view("stats")
    # a widget that is not a View (no refresh, no kinds it shows)
    widget = ViewSpec("stats", "Stats", "vocab_app.gui.detail_pane", "DetailPane", "Ctrl+4")
    monkeypatch.setattr(main_window, "VIEWS", (*VIEWS[:3], widget))
    with pytest.raises(TypeError, match="not a View"):
        window.view("stats")

"""Help → Keyboard shortcuts lists every shortcut of the window, its views and the Term lists
window, in a three-column table (where, what, keys)."""

from __future__ import annotations

from typing import Any

from gui_helpers import open_main_window
from PySide6.QtGui import QAction, QKeySequence


def test_the_shortcuts_dialog_lists_every_shortcut(qtbot: Any, shell_seeded: Any) -> None:
    path, ops = shell_seeded
    window = open_main_window(qtbot, ops, path)
    dialog = window.show_shortcuts()
    qtbot.addWidget(dialog)
    rows = dialog.rows()
    assert dialog.table.columnCount() == 3 and all(all(cell for cell in r) for r in rows)
    shown = {keys for _where, _what, keys in rows}
    everywhere = [a for a in window.findChildren(QAction) if a.shortcuts()]
    assert len(everywhere) > 15  # every view was built for the list
    for action in everywhere:
        key = action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
        assert any(key in keys.split(" or ") for keys in shown), action.text()
    what = {(where, w) for where, w, _k in rows}
    for expected in [("Library", "Add to list"), ("Library", "Suspend / unsuspend"),
                     ("Everywhere", "Term lists"), ("Everywhere", "Redo"),
                     ("Term lists", "Move list up"), ("Term lists", "Remove from list"),
                     ("Review", "Show the answer"), ("Review", "Answer Again / Hard / Good / Easy"),
                     ("Mine", "Add or skip")]:
        assert expected in what, expected
    wheres = [r[0] for r in rows]
    assert wheres == sorted(wheres, key=["Everywhere", "Library", "Mine", "Review", "Stats",
                                         "Term lists"].index)  # grouped by area

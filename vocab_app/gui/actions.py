"""QActions built one way for menus, views and dialogs."""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeAlias

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMenu, QWidget

# anything QKeySequence takes: a sequence, a standard key, "Ctrl+L", Qt.Key.Key_F2
Shortcut: TypeAlias = "QKeySequence | QKeySequence.StandardKey | str | Qt.Key"


def add_action(owner: QWidget, text: str, slot: Callable[..., object],
               shortcut: Shortcut | None = None, *,
               context: Qt.ShortcutContext | None = None,
               menu: QMenu | None = None) -> QAction:
    """A QAction owned by `owner` that triggers `slot`, with `shortcut` (any QKeySequence
    argument) active in `context` (Qt's default, the window, when None), added to `menu` when
    given, else to `owner` itself so its shortcut works there."""
    action = QAction(text, owner)
    if shortcut is not None:
        action.setShortcut(QKeySequence(shortcut))
        if context is not None:
            action.setShortcutContext(context)
    action.triggered.connect(slot)
    (menu if menu is not None else owner).addAction(action)
    return action


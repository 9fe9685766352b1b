"""Help → Keyboard shortcuts: every shortcut of the window, in a table (where, what, keys).

The rows are read from the QActions themselves (the window's menus, each view, the Term lists
window's panes), so a new shortcut is listed the day it is added; keys a view handles itself
(the Review view's answers, read from the one grade table srs/grades.py) are added by name. A
table keeps the columns aligned in any font.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from vocab_app.gui.i18n import QT_TRANSLATE_NOOP
from vocab_app.srs.grades import answer_keys

translate = QCoreApplication.translate

#: The area a shortcut works in, by the class of the widget that owns its action (English;
#: shown translated in the "ShortcutsDialog" context).
AREAS = {"MainWindow": "Everywhere", "LibraryView": "Library", "MineView": "Mine",
         "ReviewView": "Review", "StatsView": "Stats", "ListsPane": "Term lists",
         "ListTermsPane": "Term lists", "ListsDialog": "Term lists"}
ORDER = (QT_TRANSLATE_NOOP("ShortcutsDialog", "Everywhere"),
         QT_TRANSLATE_NOOP("ShortcutsDialog", "Library"),
         QT_TRANSLATE_NOOP("ShortcutsDialog", "Mine"),
         QT_TRANSLATE_NOOP("ShortcutsDialog", "Review"),
         QT_TRANSLATE_NOOP("ShortcutsDialog", "Stats"),
         QT_TRANSLATE_NOOP("ShortcutsDialog", "Term lists"))


def _review_keys() -> list[tuple[str, str, str]]:
    four = " · ".join(f"{k.key} {k.name}" for k in answer_keys(False))
    six = " · ".join(f"{k.key}" for k in answer_keys(True))
    return [("Review", translate("ShortcutsDialog", "Show the answer"),
             translate("ShortcutsDialog", "Space or Enter")),
            ("Review", translate("ShortcutsDialog", "Answer Again / Hard / Good / Easy"),
             four.replace(" · ", ", ")),
            ("Review", translate("ShortcutsDialog",
                                 "Answer with an SM-2 grade (six-grade setting)"),
             f"{six[0]} – {six[-1]}"),
            ("Review", translate("ShortcutsDialog", "Open the source at the term's second"), "O"),
            ("Review", translate("ShortcutsDialog", "Scroll a long card"),
             translate("ShortcutsDialog", "Page Up / Page Down")),
            ("Term lists", translate("ShortcutsDialog", "Rename the list"),
             translate("ShortcutsDialog", "F2 or double-click")),
            ("Term lists", translate("ShortcutsDialog", "Add the typed term to the list"),
             translate("ShortcutsDialog", "Enter"))]


def _area(action: QAction) -> str:
    owner = action.parent()
    while owner is not None:
        area = AREAS.get(type(owner).__name__)
        if area is not None:
            return area
        owner = owner.parent()
    return "Everywhere"


def _label(text: str) -> str:
    """An action's text without its menu accelerator, shown key or ellipsis."""
    return re.sub(r"&(?=\S)", "", text.split("\t")[0]).rstrip("…").strip()


def _keys(action: QAction) -> str:
    keys = [s.toString(QKeySequence.SequenceFormat.NativeText) for s in action.shortcuts()]
    return translate("ShortcutsDialog", " or ").join(k for k in dict.fromkeys(keys) if k)


def shortcut_rows(owners: Iterable[QWidget]) -> list[tuple[str, str, str]]:
    """(where, what, keys) for every action with a shortcut under `owners`, and the keys views
    handle themselves, sorted by area."""
    from vocab_app.gui.list_terms_pane import ListTermsPane
    from vocab_app.gui.lists_pane import ListsPane

    panes = [ListsPane(), ListTermsPane()]  # the Term lists window's keys, read from its panes
    rows: dict[tuple[str, str, str], None] = {}
    try:
        for owner in [*owners, *panes]:
            for action in owner.findChildren(QAction):
                keys = _keys(action)
                if keys and _label(action.text()):
                    rows[(_area(action), _label(action.text()), keys)] = None
    finally:
        for pane in panes:
            pane.deleteLater()
    rows.update(dict.fromkeys(_review_keys()))
    ordered = sorted(rows, key=lambda r: (ORDER.index(r[0]) if r[0] in ORDER else len(ORDER),))
    return [(translate("ShortcutsDialog", area), what, keys) for area, what, keys in ordered]


class ShortcutsDialog(QDialog):
    """A read-only table of `rows` (where, what, keys)."""

    def __init__(self, rows: Sequence[tuple[str, str, str]],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Keyboard shortcuts"))
        self.table = QTableWidget(len(rows), 3, self)
        self.table.setHorizontalHeaderLabels([self.tr("Where"), self.tr("What"), self.tr("Keys")])
        self.table.setAccessibleName(self.tr("Keyboard shortcuts"))
        for r, row in enumerate(rows):
            for c, text in enumerate(row):
                self.table.setItem(r, c, QTableWidgetItem(text))
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table)
        layout.addWidget(buttons)
        self.resize(640, 560)

    def rows(self) -> list[tuple[str, str, str]]:
        """The rows as shown, top to bottom."""
        def text(r: int, c: int) -> str:
            item = self.table.item(r, c)
            return item.text() if item is not None else ""

        return [(text(r, 0), text(r, 1), text(r, 2)) for r in range(self.table.rowCount())]

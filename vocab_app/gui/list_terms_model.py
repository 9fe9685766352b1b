"""The terms of one teacher list as a table model: position, term, the gloss the list shows, style.

The model only holds rows it is given (`set_terms`, from `lib.lists.terms` run through Ops); it
never reads the collection. Editing a gloss cell does not store anything either: it emits
`gloss_edited(term_id, text_or_None)` and the owner runs the change and reloads. Everything is
plain text: a term `<b>` shows `<b>`.
"""

from __future__ import annotations

import html
from collections.abc import Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QGuiApplication

from vocab_app.gui import i18n
from vocab_app.gui.i18n import QT_TRANSLATE_NOOP

if TYPE_CHECKING:
    from vocab_app.services.lists import ListTerm

HEADERS = ("#", QT_TRANSLATE_NOOP("ListTermsModel", "Term"),
           QT_TRANSLATE_NOOP("ListTermsModel", "Gloss in this list"),
           QT_TRANSLATE_NOOP("ListTermsModel", "Style"))  # shown translated
TERM_COLUMN, GLOSS_COLUMN, STYLE_COLUMN = 1, 2, 3

Index = QModelIndex | QPersistentModelIndex


class ListTermsModel(QAbstractTableModel):
    """Rows of `ListTerm` (term_id, term, gloss, gloss_override, style, position), in order.

    A gloss the list overrides is shown in italics; clearing the cell asks to go back to the
    term's own senses (`gloss_edited(term_id, None)`).
    """

    gloss_edited = Signal(int, object)  # term id, new gloss (None: back to the senses)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[ListTerm] = []

    def set_terms(self, terms: Sequence[ListTerm]) -> None:
        """Show `terms` (ListTerm rows, already in list order)."""
        self.beginResetModel()
        self._rows = list(terms)
        self.endResetModel()

    def term_at(self, row: int) -> ListTerm | None:
        """The ListTerm shown in `row` (None outside the table)."""
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def row_of(self, term_id: int) -> int | None:
        """The row showing `term_id`, if any."""
        return next((r for r, t in enumerate(self._rows) if t.term_id == term_id), None)

    def term_ids(self) -> list[int]:
        """Every term id, in the order shown."""
        return [t.term_id for t in self._rows]

    def move_row(self, row: int, target: int) -> None:
        """Show the term of `row` at `target` (before the store confirms it)."""
        if row == target or self.term_at(row) is None or self.term_at(target) is None:
            return
        # beginMoveRows wants the destination as "insert before" in the old numbering
        self.beginMoveRows(QModelIndex(), row, row, QModelIndex(),
                           target + 1 if target > row else target)
        self._rows.insert(target, self._rows.pop(row))
        self.endMoveRows()
        low, high = min(row, target), max(row, target)
        self.dataChanged.emit(self.index(low, 0), self.index(high, 0))

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802 - Qt API
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802 - Qt API
        return 0 if parent.isValid() else len(HEADERS)

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802 - Qt API
                   role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return self.tr(HEADERS[section]) if section else HEADERS[section]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        row = self.term_at(index.row()) if index.isValid() else None
        if row is None:
            return None
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return (str(index.row() + 1), row.term, row.gloss, i18n.style_name(row.style))[column]
        if role == Qt.ItemDataRole.EditRole and column == GLOSS_COLUMN:
            return row.gloss
        if role == Qt.ItemDataRole.FontRole and column == GLOSS_COLUMN and row.gloss_override:
            font = QGuiApplication.font()
            font.setItalic(True)
            return font
        if role == Qt.ItemDataRole.ToolTipRole and column == GLOSS_COLUMN:
            # Tooltips guess rich text: escape, so a gloss `<b>` stays literal.
            origin = (self.tr("this list's own gloss (clear it to use the term's senses)")
                      if row.gloss_override else self.tr("the term's senses"))
            return f"<p>{html.escape(row.gloss)}<br><i>{origin}</i></p>"
        if role == Qt.ItemDataRole.TextAlignmentRole and column == 0:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        base = super().flags(index)
        if index.isValid() and index.column() == GLOSS_COLUMN:
            return base | Qt.ItemFlag.ItemIsEditable
        return base

    def setData(self, index: Index, value: object,  # noqa: N802 - Qt API
                role: int = Qt.ItemDataRole.EditRole) -> bool:
        """An edited gloss cell: ask for the list's own gloss, or (empty) the senses again."""
        row = self.term_at(index.row()) if index.isValid() else None
        if row is None or role != Qt.ItemDataRole.EditRole or index.column() != GLOSS_COLUMN:
            return False
        text = str(value or "").strip()
        if text == row.gloss or (not text and row.gloss_override is None):
            return False
        self.gloss_edited.emit(row.term_id, text or None)
        return True


"""Tables of rows (the Library's terms, a list's terms): one look and one F2 gesture."""

from __future__ import annotations

from PySide6.QtCore import QAbstractItemModel
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView


def row_table(model: QAbstractItemModel,
              triggers: QAbstractItemView.EditTrigger = QAbstractItemView.EditTrigger.DoubleClicked,
              ) -> QTableView:
    """A table over `model` that selects whole rows (several at once), edits on `triggers`, never
    wraps, stripes its rows and keeps every row one text line tall (no row header)."""
    table = QTableView()
    table.setModel(model)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
    table.setEditTriggers(triggers)
    table.setWordWrap(False)
    table.setAlternatingRowColors(True)
    rows = table.verticalHeader()
    rows.hide()
    rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
    rows.setDefaultSectionSize(table.fontMetrics().height() + 8)
    return table


def edit_in_current_row(view: QAbstractItemView, column: int) -> None:
    """Open `view`'s editor on `column` of the current row (F2 on any cell of a row edits its
    gloss); nothing when no row is current."""
    current = view.currentIndex()
    if current.isValid():
        index = view.model().index(current.row(), column)
        view.setCurrentIndex(index)
        view.edit(index)

"""Tables of rows (the Library's terms, a list's terms): one look, one F2 gesture, and a Style
column as wide as its names."""

from __future__ import annotations

from PySide6.QtCore import QAbstractItemModel, Qt
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView

from vocab_app.gui.i18n import style_name
from vocab_app.mining.model import STYLES


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


def fit_style_column(table: QTableView, column: int) -> None:
    """Make `column` (gloss styles) as wide as the longest style name in the interface's
    language ("English → Chinese", "缩写") or its header, whichever is wider."""
    header = table.horizontalHeader()
    title = str(table.model().headerData(column, Qt.Orientation.Horizontal) or "")
    names = max(table.fontMetrics().horizontalAdvance(style_name(s)) for s in STYLES)
    header.resizeSection(column, max(names + 16, header.fontMetrics().horizontalAdvance(title)
                                     + 28))  # the header's margins and sort arrow

"""The library's table model: which columns the terms show, how a cell reads and edits.

`TermTableModel` is a `PagedTerms` (gui/term_pages.py: the terms read page by page through
Ops, never on the GUI thread) with the Library's columns. Everything is plain text: a term
`<b>` is shown as `<b>`.

The Pinyin column (of the Chinese side: the term, else its Chinese senses) and the Frequency
column (the term's rank among the most common words, services/frequency.py) are read on the
worker after each page arrives, as a second op, so they never hold a page back; readings are
kept by (term, gloss) and ranks by term, and a cell shows the last value read until a fresher
one arrives. The Frequency column cannot be sorted (the store sorts the rows, and ranks are not
in it).
"""

from __future__ import annotations

import html
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import (
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QGuiApplication, QPalette

from vocab_app.gui import i18n
from vocab_app.gui.i18n import QT_TRANSLATE_NOOP
from vocab_app.gui.ops import Ops
from vocab_app.gui.term_pages import PAGE_SIZE, PagedTerms
from vocab_app.services.frequency import term_ranks
from vocab_app.services.pinyin import entry_readings

if TYPE_CHECKING:
    from vocab_app.services.library import Library, TermRow

__all__ = ["COLUMNS", "FREQUENCY_COLUMN", "GLOSS_COLUMN", "PAGE_SIZE", "PINYIN_COLUMN",
           "STYLE_COLUMN", "TERM_COLUMN", "TermTableModel"]

#: (header, TermRow attribute, sort key understood by lib.term_rows or None)
COLUMNS: tuple[tuple[str, str, str | None], ...] = (
    (QT_TRANSLATE_NOOP("TermModel", "Term"), "term", "term"),
    (QT_TRANSLATE_NOOP("TermModel", "Gloss"), "gloss", "gloss"),
    (QT_TRANSLATE_NOOP("TermModel", "Pinyin"), "pinyin", None),
    (QT_TRANSLATE_NOOP("TermModel", "Style"), "style", "style"),
    (QT_TRANSLATE_NOOP("TermModel", "Count"), "count", "count"),
    (QT_TRANSLATE_NOOP("TermModel", "Frequency"), "rank", None),
    (QT_TRANSLATE_NOOP("TermModel", "State"), "state", "state"),
    (QT_TRANSLATE_NOOP("TermModel", "Due"), "due", "due"),
    (QT_TRANSLATE_NOOP("TermModel", "Tags"), "tags", None),
    (QT_TRANSLATE_NOOP("TermModel", "Source"), "first_source", None),
)
TERM_COLUMN, GLOSS_COLUMN = 0, 1
PINYIN_COLUMN, STYLE_COLUMN = 2, 3
COUNT_COLUMN, FREQUENCY_COLUMN = 4, 5

Index = QModelIndex | QPersistentModelIndex


def _cell_text(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, (list, tuple)):
        return " ".join(str(v) for v in value)
    return str(value)


# Cells shown in the interface's language and locale: the style's and the card state's names,
# the count and the due day as the locale writes them (gui/i18n.py); sorted by their codes.
_LOCALISED: dict[str, Callable[[TermRow], str]] = {
    "style": lambda row: i18n.style_name(row.style),
    "state": lambda row: i18n.state_name(row.state),
    "count": lambda row: i18n.number(row.count),
    "due": lambda row: i18n.day(row.due) if row.due is not None else "",
}


class TermTableModel(PagedTerms):
    """The Library's terms (see PagedTerms for the loading and its signals), with editable
    Term and Gloss cells: `gloss_edited` and `term_edited` hand an edit to the view to store.
    """

    gloss_edited = Signal(int, str, str, str)  # term id, term, old cell text, new cell text
    term_edited = Signal(int, str, str)  # term id, old text, new text

    def __init__(self, ops: Ops, parent: QObject | None = None) -> None:
        super().__init__(ops, parent)
        self._pinyin: dict[tuple[str, str], str] = {}  # (term, gloss) → reading
        self._ranks: dict[str, int | None] = {}  # term → frequency rank

    # --- pinyin and frequency ----------------------------------------------------------------

    def page_arrived(self, generation: int, page: int) -> None:
        """Read the pinyin and frequency ranks of a page's rows on the worker (an op after
        the page's own)."""
        entries = [(row.term, row.gloss or "") for row in self._pages[page]]

        def read(lib: Library) -> tuple[list[str], list[int | None]] | None:
            if generation != self._generation:  # skipped when another load came meanwhile
                return None
            return entry_readings(lib, entries), term_ranks(term for term, _gloss in entries)

        self._ops.run(read, on_done=lambda found: self._on_extras(generation, page, entries,
                                                                  found),
                      on_error=lambda exc: self._on_error(generation, exc))

    def _on_extras(self, generation: int, page: int, entries: list[tuple[str, str]],
                   found: tuple[list[str], list[int | None]] | None) -> None:
        if generation != self._generation or found is None:
            return
        readings, ranks = found
        self._pinyin.update(zip(entries, readings, strict=True))
        self._ranks.update(zip((term for term, _gloss in entries), ranks, strict=True))
        first = self.first_row_of(page)
        last = min(first + len(entries), self._count) - 1
        if last >= first:
            for column in (PINYIN_COLUMN, FREQUENCY_COLUMN):
                self.dataChanged.emit(self.index(first, column), self.index(last, column))

    def rank(self, row: int) -> int | None:
        """The frequency rank shown at `row` (None while not read yet, or rarer than the
        table)."""
        data = self.row_data(row)
        return None if data is None else self._ranks.get(data.term)

    def pinyin(self, row: int) -> str:
        """The pinyin shown at `row` ('' while not read yet or without Chinese)."""
        data = self.row_data(row)
        return "" if data is None else self._pinyin.get((data.term, data.gloss or ""), "")

    # --- Qt model interface ------------------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802 - Qt API
        return 0 if parent.isValid() else self._count

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802 - Qt API
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802 - Qt API
                   role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            # the headers are marked in the "TermModel" context (COLUMNS), not this class's
            return QCoreApplication.translate("TermModel", COLUMNS[section][0])
        if (role == Qt.ItemDataRole.ToolTipRole and orientation == Qt.Orientation.Horizontal
                and section == FREQUENCY_COLUMN):
            return self.tr("The term's rank among the most common words of its language "
                           "(1: the most common; empty: rarer than the 100,000 most common). "
                           "Count is how often your sources use it.")
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid():
            return None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            if index.column() == PINYIN_COLUMN:
                return self.pinyin(index.row())
            if index.column() == FREQUENCY_COLUMN:
                rank = self.rank(index.row())
                return "" if rank is None else i18n.number(rank)
            row = self.row_data(index.row())
            if row is None:
                return ""
            attribute = COLUMNS[index.column()][1]
            if role == Qt.ItemDataRole.DisplayRole and attribute in _LOCALISED:
                return _LOCALISED[attribute](row)
            return _cell_text(getattr(row, attribute, None))
        if role == Qt.ItemDataRole.ToolTipRole and index.column() in (0, GLOSS_COLUMN):
            row = self.row_data(index.row())
            text = "" if row is None else _cell_text(getattr(row, COLUMNS[index.column()][1]))
            # Tooltips guess rich text; escaped and wrapped, `<b>` in a term stays literal.
            return f"<p>{html.escape(text)}</p>" if len(text) > 30 else None
        if role == Qt.ItemDataRole.ForegroundRole:
            row = self.row_data(index.row())
            if row is not None and row.state == "suspended":  # greyed, as in Anki's browser
                return QGuiApplication.palette().brush(QPalette.ColorRole.PlaceholderText)
            return None
        if (role == Qt.ItemDataRole.TextAlignmentRole
                and index.column() in (COUNT_COLUMN, FREQUENCY_COLUMN)):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        base = super().flags(index)
        if (index.isValid() and index.column() in (TERM_COLUMN, GLOSS_COLUMN)
                and self.row_data(index.row())):
            return base | Qt.ItemFlag.ItemIsEditable
        return base

    def setData(self, index: Index, value: object,  # noqa: N802 - Qt API
                role: int = Qt.ItemDataRole.EditRole) -> bool:
        """Edit the gloss cell (one sense takes the text; several take it split on '; ') or
        the term cell (the view renames the term, or offers to merge it)."""
        if role != Qt.ItemDataRole.EditRole or index.column() not in (TERM_COLUMN, GLOSS_COLUMN):
            return False
        row = self.row_data(index.row())
        if row is not None and index.column() == TERM_COLUMN:
            text = " ".join(str(value).split())
            if not text:
                self.message.emit(
                    self.tr("A term cannot be empty: type the word or phrase to learn."))
                return False
            if text != row.term:
                self.term_edited.emit(row.id, row.term, text)  # the view stores it
            return text != row.term
        text = str(value).strip()
        if row is None or text == row.gloss:
            return False
        if not text:
            self.message.emit(self.tr("A gloss cannot be empty."))
            return False
        self.gloss_edited.emit(row.id, row.term, row.gloss, text)  # the view stores it
        return True

    def gloss_saved(self, problem: str | None) -> None:
        """After a gloss edit was stored (or refused with `problem`): say so, show the rows."""
        self.message.emit(problem or self.tr("Gloss saved."))
        self.reload()  # the cell shows what the store now holds (or the old gloss again)

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Sort by a column the store can sort on; other columns keep the current order."""
        key = COLUMNS[column][2] if 0 <= column < len(COLUMNS) else None
        if key is None:
            return
        self._sort = key
        self._descending = order == Qt.SortOrder.DescendingOrder
        if self._filter is not None:
            self._reload(reset=True)

    def is_sortable(self, column: int) -> bool:
        """Whether the header may sort by `column`."""
        return 0 <= column < len(COLUMNS) and COLUMNS[column][2] is not None

"""The library's table model: terms read page by page through Ops, never on the GUI thread.

`TermTableModel` knows the row count and keeps a cache of pages of `lib.term_rows(...)`. A load
asks `lib.first_page`, which for a search text in many terms brings the first page with a lower
bound of the count at once (rows up to it can be shown and paged); the exact count
(`lib.count_terms`, which may scan every row) follows as a later op, and `counted` says so.
A cell whose page is not loaded yet shows an empty string and asks for its page; requests are
batched once per event-loop turn and run on the Ops worker, so a collection of 100,000 terms
opens and scrolls without freezing the window. Everything is plain text: a term `<b>` is shown
as `<b>`.

The Pinyin column (of the Chinese side: the term, else its Chinese senses) is read on the worker
after each page arrives, as a second op, so it never holds a page back; readings are kept by
(term, gloss), and a cell shows the last reading read until a fresher one arrives.
"""

from __future__ import annotations

import html
from collections.abc import Callable, Iterable
from typing import TYPE_CHECKING

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QGuiApplication, QPalette

from vocab_app.gui import i18n
from vocab_app.gui.i18n import QT_TRANSLATE_NOOP
from vocab_app.gui.ops import Ops
from vocab_app.services.pinyin import entry_readings

if TYPE_CHECKING:
    from vocab_app.services.library import FirstPage, Library, TermFilter, TermRow

PAGE_SIZE = 200

#: (header, TermRow attribute, sort key understood by lib.term_rows or None)
COLUMNS: tuple[tuple[str, str, str | None], ...] = (
    (QT_TRANSLATE_NOOP("TermModel", "Term"), "term", "term"),
    (QT_TRANSLATE_NOOP("TermModel", "Gloss"), "gloss", "gloss"),
    (QT_TRANSLATE_NOOP("TermModel", "Pinyin"), "pinyin", None),
    (QT_TRANSLATE_NOOP("TermModel", "Style"), "style", "style"),
    (QT_TRANSLATE_NOOP("TermModel", "Count"), "count", "count"),
    (QT_TRANSLATE_NOOP("TermModel", "State"), "state", "state"),
    (QT_TRANSLATE_NOOP("TermModel", "Due"), "due", "due"),
    (QT_TRANSLATE_NOOP("TermModel", "Tags"), "tags", None),
    (QT_TRANSLATE_NOOP("TermModel", "Source"), "first_source", None),
)
TERM_COLUMN, GLOSS_COLUMN = 0, 1
PINYIN_COLUMN = 2

Index = QModelIndex | QPersistentModelIndex


def _cell_text(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, (list, tuple)):
        return " ".join(str(v) for v in value)
    return str(value)


# Cells shown in the interface's language and locale: the card state's name, the count and
# the due day as the locale writes them (gui/i18n.py).
_LOCALISED: dict[str, Callable[[TermRow], str]] = {
    "state": lambda row: i18n.state_name(row.state),
    "count": lambda row: i18n.number(row.count),
    "due": lambda row: i18n.day(row.due) if row.due is not None else "",
}


class TermTableModel(QAbstractTableModel):
    """Terms matching a filter, in a sort order, loaded lazily in pages of PAGE_SIZE rows.

    Signals: `loaded` after a (re)load delivered the row count and the first page;
    `counted` when the exact count followed a lower bound (see `count_exact`);
    `page_loaded(page)` whenever a page arrives; `message(str)` for the status bar.
    """

    loaded = Signal()
    counted = Signal()
    page_loaded = Signal(int)
    message = Signal(str)
    gloss_edited = Signal(int, str, str, str)  # term id, term, old cell text, new cell text
    term_edited = Signal(int, str, str)  # term id, old text, new text

    def __init__(self, ops: Ops, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._ops = ops
        self._filter: TermFilter | None = None
        self._sort = "position"
        self._descending = False
        self._count = 0
        self._exact = True  # whether _count is the exact count, not a lower bound yet
        self._pages: dict[int, list[TermRow]] = {}
        self._stale: set[int] = set()  # pages shown from an older load, to be fetched again
        self._in_flight: set[int] = set()
        self._wanted: set[int] = set()
        self._pinyin: dict[tuple[str, str], str] = {}  # (term, gloss) → reading
        self._generation = 0  # bumps on every reload; answers of older loads are dropped
        self._is_loading = False
        self._batch = QTimer(self)
        self._batch.setSingleShot(True)
        self._batch.setInterval(0)
        self._batch.timeout.connect(self._fetch_wanted)

    # --- loading -----------------------------------------------------------------------------

    @property
    def term_filter(self) -> TermFilter | None:
        """The current TermFilter (None until set_filter is called)."""
        return self._filter

    @property
    def sort_key(self) -> tuple[str, bool]:
        """(sort key, descending) currently applied."""
        return self._sort, self._descending

    @property
    def count_exact(self) -> bool:
        """False while the row count is a lower bound, until the exact count arrives."""
        return self._exact

    @property
    def is_loading(self) -> bool:
        """True between a (re)load request and the arrival of its count and first page."""
        return self._is_loading

    def set_filter(self, term_filter: TermFilter) -> None:
        """Show the terms matching `term_filter` (a services TermFilter); reloads from row 0."""
        self._filter = term_filter
        self._reload(reset=True)

    def reload(self) -> None:
        """Fetch again after the collection changed, keeping rows on screen until fresh ones
        arrive (no flicker, selection and scroll position survive)."""
        if self._filter is not None:
            self._reload(reset=False)

    def _reload(self, *, reset: bool) -> None:
        self._generation += 1
        generation = self._generation
        self._in_flight.clear()
        self._wanted.clear()
        if reset:
            self.beginResetModel()
            self._pages.clear()
            self._stale.clear()
            self._count = 0
            self.endResetModel()
        else:
            self._stale = set(self._pages)
        self._is_loading = True
        flt, sort, desc = self._filter, self._sort, self._descending

        def load(lib: Library) -> FirstPage:
            return lib.first_page(flt, sort=sort, descending=desc, limit=PAGE_SIZE)

        self._ops.run(load, on_done=lambda result: self._on_loaded(generation, result),
                      on_error=lambda exc: self._on_error(generation, exc))

    def _on_loaded(self, generation: int, result: FirstPage) -> None:
        if generation != self._generation:
            return
        self._exact = result.exact
        # A lower bound keeps the rows on screen (a reload) until the exact count comes.
        self._set_count(result.count if result.exact else max(result.count, self._count))
        self._pages[0] = list(result.rows)
        self._stale.discard(0)
        self._read_pinyin(generation, 0)
        self._is_loading = False
        if self._count:
            # Stale pages re-request themselves as the view asks for the rows it shows.
            self.dataChanged.emit(self.index(0, 0), self.index(self._count - 1, len(COLUMNS) - 1))
        self.loaded.emit()
        if not result.exact:
            self._count_later(generation)

    def _count_later(self, generation: int) -> None:
        flt = self._filter

        def count(lib: Library) -> int | None:  # skipped when another load came meanwhile
            return lib.count_terms(flt) if generation == self._generation else None

        self._ops.run(count, on_done=lambda n: self._on_counted(generation, n),
                      on_error=lambda exc: self._on_error(generation, exc))

    def _on_counted(self, generation: int, count: int | None) -> None:
        if generation != self._generation or count is None:
            return
        self._exact = True
        self._set_count(count)
        self.counted.emit()

    def _set_count(self, count: int) -> None:
        old = self._count
        if count < old:
            self.beginRemoveRows(QModelIndex(), count, old - 1)
            self._count = count
            self._drop_pages_from(count)
            self.endRemoveRows()
        elif count > old:
            self.beginInsertRows(QModelIndex(), old, count - 1)
            self._count = count
            self.endInsertRows()

    def _on_error(self, generation: int, exc: BaseException) -> None:
        if generation == self._generation:
            self._is_loading = False
        from vocab_app.gui.errors import error_text

        self.message.emit(error_text(exc))

    def _drop_pages_from(self, count: int) -> None:
        last_page = (count - 1) // PAGE_SIZE if count else -1
        for page in [p for p in self._pages if p > last_page]:
            del self._pages[page]
            self._stale.discard(page)

    def _want(self, page: int) -> None:
        if page in self._in_flight or page in self._wanted:
            return
        self._wanted.add(page)
        if not self._batch.isActive():
            self._batch.start()

    def _fetch_wanted(self) -> None:
        pages = sorted(self._wanted)
        self._wanted.clear()
        if not pages or self._filter is None:
            return
        self._in_flight.update(pages)
        generation = self._generation
        flt, sort, desc = self._filter, self._sort, self._descending

        def fetch(lib: Library) -> dict[int, list[TermRow]]:
            return {p: lib.term_rows(flt, sort=sort, descending=desc,
                                     offset=p * PAGE_SIZE, limit=PAGE_SIZE) for p in pages}

        self._ops.run(fetch, on_done=lambda result: self._on_pages(generation, result),
                      on_error=lambda exc: self._on_error(generation, exc))

    def _on_pages(self, generation: int, result: dict[int, list[TermRow]]) -> None:
        if generation != self._generation:
            return
        for page, rows in result.items():
            self._in_flight.discard(page)
            if page * PAGE_SIZE >= self._count:
                continue
            self._pages[page] = list(rows)
            self._stale.discard(page)
            self._read_pinyin(generation, page)
            first = page * PAGE_SIZE
            last = min(first + PAGE_SIZE, self._count) - 1
            self.dataChanged.emit(self.index(first, 0), self.index(last, len(COLUMNS) - 1))
            self.page_loaded.emit(page)

    def _read_pinyin(self, generation: int, page: int) -> None:
        """Read the pinyin of a page's rows on the worker (an op after the page's own)."""
        entries = [(row.term, row.gloss or "") for row in self._pages[page]]

        def read(lib: Library) -> list[str] | None:  # skipped when another load came meanwhile
            return entry_readings(lib, entries) if generation == self._generation else None

        self._ops.run(read, on_done=lambda found: self._on_pinyin(generation, page, entries,
                                                                  found),
                      on_error=lambda exc: self._on_error(generation, exc))

    def _on_pinyin(self, generation: int, page: int, entries: list[tuple[str, str]],
                   found: list[str] | None) -> None:
        if generation != self._generation or found is None:
            return
        self._pinyin.update(zip(entries, found, strict=True))
        first = page * PAGE_SIZE
        last = min(first + len(entries), self._count) - 1
        if last >= first:
            self.dataChanged.emit(self.index(first, PINYIN_COLUMN),
                                  self.index(last, PINYIN_COLUMN))

    def pinyin(self, row: int) -> str:
        """The pinyin shown at `row` ('' while not read yet or without Chinese)."""
        data = self.row_data(row)
        return "" if data is None else self._pinyin.get((data.term, data.gloss or ""), "")

    # --- reading -----------------------------------------------------------------------------

    def row_data(self, row: int) -> TermRow | None:
        """The TermRow at `row`, or None if its page is not loaded (its load is requested)."""
        if not 0 <= row < self._count:
            return None
        page = row // PAGE_SIZE
        rows = self._pages.get(page)
        if rows is None or page in self._stale:
            self._want(page)
        if rows is None:
            return None
        offset = row - page * PAGE_SIZE
        return rows[offset] if offset < len(rows) else None

    def is_fresh(self, row: int) -> bool:
        """True when `row` shows data of the current load (not a stale page being refetched)."""
        page = row // PAGE_SIZE
        return page in self._pages and page not in self._stale and 0 <= row < self._count

    def term_id(self, row: int) -> int | None:
        """The term id shown at `row`, if loaded."""
        data = self.row_data(row)
        return None if data is None else data.id

    def row_of_term(self, term_id: int) -> int | None:
        """The row showing `term_id` among the loaded pages, or None."""
        for page, rows in self._pages.items():
            for offset, data in enumerate(rows):
                if data.id == term_id:
                    return page * PAGE_SIZE + offset
        return None

    def ids_resolver(self, rows: Iterable[int]) -> Callable[[Library], list[int]]:
        """A function for `ops.run` that returns the term ids of `rows`.

        Loaded rows are read from the cache now (on the GUI thread); rows of pages never loaded
        (a Ctrl+A over 100,000 terms) are looked up on the worker with the same filter and sort.
        """
        known: dict[int, int] = {}
        missing: list[int] = []
        for row in sorted(set(rows)):
            page = row // PAGE_SIZE
            data = None if page in self._stale else self.row_data(row)
            if data is None:
                missing.append(row)
            else:
                known[row] = data.id
        flt, sort, desc = self._filter, self._sort, self._descending

        def resolve(lib: Library) -> list[int]:
            ids = dict(known)
            for start, end in _ranges(missing):
                fetched = lib.term_rows(flt, sort=sort, descending=desc,
                                        offset=start, limit=end - start + 1)
                for offset, data in enumerate(fetched):
                    ids[start + offset] = data.id
            return [ids[row] for row in sorted(ids)]

        return resolve

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
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid():
            return None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            if index.column() == PINYIN_COLUMN:
                return self.pinyin(index.row())
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
        if role == Qt.ItemDataRole.TextAlignmentRole and COLUMNS[index.column()][1] == "count":
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


def _ranges(rows: list[int]) -> list[tuple[int, int]]:
    """Sorted rows → inclusive (start, end) runs."""
    runs: list[tuple[int, int]] = []
    for row in rows:
        if runs and row == runs[-1][1] + 1:
            runs[-1] = (runs[-1][0], row)
        else:
            runs.append((row, row))
    return runs

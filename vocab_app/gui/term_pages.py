"""Terms read page by page through Ops, never on the GUI thread: the paging half of the
library's table model (gui/term_model.py says what the cells show).

`PagedTerms` knows the row count and keeps a cache of pages of `lib.term_rows(...)`. A load
asks `lib.first_page`, which for a search text in many terms brings the first page with a lower
bound of the count at once (rows up to it can be shown and paged); the exact count
(`lib.count_terms`, which may scan every row) follows as a later op, and `counted` says so.
A row whose page is not loaded yet has no data and asks for its page; requests are batched once
per event-loop turn and run on the Ops worker, so a collection of 100,000 terms opens and
scrolls without freezing the window. `page_arrived(generation, page)` is the hook a subclass
uses to read more about a page's rows (the Pinyin column) once the page is there.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import TYPE_CHECKING

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QTimer, Signal

from vocab_app.gui.ops import Ops

if TYPE_CHECKING:
    from vocab_app.services.library import FirstPage, Library, TermFilter, TermRow

PAGE_SIZE = 200


class PagedTerms(QAbstractTableModel):
    """Terms matching a filter, in a sort order, loaded lazily in pages of PAGE_SIZE rows.

    Signals: `loaded` after a (re)load delivered the row count and the first page;
    `counted` when the exact count followed a lower bound (see `count_exact`);
    `page_loaded(page)` whenever a page arrives; `message(str)` for the status bar.
    """

    loaded = Signal()
    counted = Signal()
    page_loaded = Signal(int)
    message = Signal(str)

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
        self.page_arrived(generation, 0)
        self._is_loading = False
        if self._count:
            # Stale pages re-request themselves as the view asks for the rows it shows.
            self._changed_rows(0, self._count - 1)
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
            self.page_arrived(generation, page)
            first = page * PAGE_SIZE
            last = min(first + PAGE_SIZE, self._count) - 1
            self._changed_rows(first, last)
            self.page_loaded.emit(page)


    def page_arrived(self, generation: int, page: int) -> None:
        """Called when `page` of load `generation` is in the cache (a subclass reads more)."""

    @staticmethod
    def first_row_of(page: int) -> int:
        """The row number of `page`'s first row."""
        return page * PAGE_SIZE

    def _changed_rows(self, first: int, last: int) -> None:
        """Tell the views rows `first`..`last` (every column) have new data."""
        self.dataChanged.emit(self.index(first, 0), self.index(last, self.columnCount() - 1))

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


def _ranges(rows: list[int]) -> list[tuple[int, int]]:
    """Sorted rows → inclusive (start, end) runs."""
    runs: list[tuple[int, int]] = []
    for row in rows:
        if runs and row == runs[-1][1] + 1:
            runs[-1] = (runs[-1][0], row)
        else:
            runs.append((row, row))
    return runs

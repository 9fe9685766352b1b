"""The Library view: every term in a searchable, filterable, sortable table with a detail pane
(tags, suspension and lists of the selected terms: gui/library_marks.py).

Search-as-you-type over term, gloss and context (debounced), filters by source, style, state,
teacher list and tag, multi-select, inline gloss editing, tags, suspend, "Add to list…", and
delete. Deleting and gloss edits go on the window's undo history (gui/commands.py). All reads and
writes go through `Ops`; the table is a lazy `TermTableModel`.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

import shiboken6
from PySide6.QtCore import (
    QItemSelectionModel,
    QModelIndex,
    QPoint,
    Qt,
    QTimer,
    Signal,
    Slot,
)
from PySide6.QtGui import QAction, QKeyEvent, QKeySequence, QUndoStack
from PySide6.QtWidgets import (
    QAbstractItemView,
    QMenu,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from vocab_app.gui.actions import Shortcut, add_action
from vocab_app.gui.commands import DeleteTerms, EditGloss
from vocab_app.gui.detail_pane import DetailPane
from vocab_app.gui.errors import error_text
from vocab_app.gui.library_filters import FilterBar, InfoBar
from vocab_app.gui.library_marks import TermMarks
from vocab_app.gui.ops import Ops
from vocab_app.gui.tables import edit_in_current_row, fit_style_column, row_table
from vocab_app.gui.term_editing import TermEditing
from vocab_app.gui.term_model import (
    COLUMNS,
    GLOSS_COLUMN,
    PAGE_SIZE,
    STYLE_COLUMN,
    TERM_COLUMN,
    TermTableModel,
)
from vocab_app.services.changes import ALL, Changes
from vocab_app.services.library import Library, TermFilter

if TYPE_CHECKING:
    from vocab_app.services.library import SourceRow
    from vocab_app.services.lists import TermList

CHOICES = Changes(terms=True, lists=True, sources=True)  # what the filter combos list


class LibraryView(TermMarks, QWidget):
    """Browse and edit the collection's terms; deletions and gloss edits go on `undo_stack`
    (the window's; a view of its own when None)."""

    shows = Changes(terms=True, senses=True, lists=True, cards=True, sources=True)
    status_message = Signal(str)
    reader_requested = Signal(int)  # a term id: read its source (the window's Reader)

    def __init__(self, ops: Ops, undo_stack: QUndoStack | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ops = ops
        self.undo_stack = undo_stack if undo_stack is not None else QUndoStack(self)
        self.undo_stack.indexChanged.connect(self._on_history_moved)
        self._lists: list[TermList] = []
        self.model = TermTableModel(ops, self)
        self.model.message.connect(self._say)
        self.model.gloss_edited.connect(self._edit_gloss)
        self.terms = TermEditing(ops, self.undo_stack, self, changed=self._changed,
                                 find=self.show_term_text)
        self.model.term_edited.connect(self.terms.rename)
        self.model.loaded.connect(self._on_model_loaded)
        self.model.counted.connect(self._show_count)
        self.model.page_loaded.connect(self._on_page_loaded)

        self.filters = FilterBar()
        self.filters.changed.connect(self.apply_filter)
        self.filters.submitted.connect(self._focus_table)
        self.search = self.filters.search
        self.source_combo = self.filters.source_combo
        self.style_combo = self.filters.style_combo
        self.state_combo = self.filters.state_combo
        self.list_combo = self.filters.list_combo
        self.tag_combo = self.filters.tag_combo
        self.count_label = self.filters.count_label

        self.table = row_table(self.model, QAbstractItemView.EditTrigger.DoubleClicked
                               | QAbstractItemView.EditTrigger.EditKeyPressed)
        header = self.table.horizontalHeader()
        header.setSectionsClickable(True)
        header.setSortIndicatorShown(True)
        header.setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
        header.sectionClicked.connect(self._on_header_clicked)
        header.setStretchLastSection(True)
        for column, width in enumerate((180, 220, 60, 60, 80, 80, 90, 110)):
            header.resizeSection(column, width)
        fit_style_column(self.table, STYLE_COLUMN)
        self.table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.table.customContextMenuRequested.connect(self._show_context_menu)
        self.table.selectionModel().currentRowChanged.connect(self._on_current_row)
        self.table.selectionModel().selectionChanged.connect(self._update_actions)

        self.detail = DetailPane(ops, self.undo_stack)
        self.detail.status_message.connect(self._say)
        self._detail_timer = QTimer(self, singleShot=True, interval=60)
        self._detail_timer.timeout.connect(self._show_current_detail)

        self.infobar = InfoBar(self.undo)
        self.info_label, self.undo_button = self.infobar.label, self.infobar.undo_button

        self._build_actions()
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(self.table)
        splitter.addWidget(self.detail)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        splitter.setSizes([650, 350])
        splitter.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.addWidget(self.filters)
        layout.addWidget(self.infobar)
        layout.addWidget(splitter, 1)
        self.setFocusProxy(self.table)

    # --- building ------------------------------------------------------------------------

    def _action(self, text: str, slot: Callable[..., object],
                shortcut: Shortcut | None = None) -> QAction:
        return add_action(self, text, slot, shortcut,
                          context=Qt.ShortcutContext.WidgetWithChildrenShortcut)

    def _build_actions(self) -> None:
        self.edit_action = self._action(self.tr("Edit gloss"), self.edit_gloss, Qt.Key.Key_F2)
        self.tag_action = self._action(self.tr("Add tag…"), self.ask_tag, "Ctrl+Shift+A")
        self.suspend_action = self._action(self.tr("Suspend / unsuspend"), self.toggle_suspended,
                                           "Ctrl+J")
        self.list_action = self._action(self.tr("Add to list…"), self.ask_list, "Ctrl+Shift+L")
        self.known_action = self._action(self.tr("Mark known / not known"), self.toggle_known,
                                         "Ctrl+K")
        self.reader_action = self._action(self.tr("Open in reader"), self.open_in_reader,
                                          "Ctrl+R")
        self.delete_action = self._action(self.tr("Delete"), self.delete_selected,
                                          QKeySequence.StandardKey.Delete)
        self.find_action = self._action(self.tr("Find"), self.focus_search,
                                        QKeySequence.StandardKey.Find)
        self.add_term_action = self._action(
            self.tr("Add term…"),
            lambda: self.terms.ask_new_term([lst.name for lst in self._lists]),
            QKeySequence.StandardKey.New)
        self._selection_actions = (self.edit_action, self.tag_action, self.suspend_action,
                                   self.list_action, self.delete_action, self.known_action,
                                   self.reader_action)
        self._update_actions()

    # --- public slots ----------------------------------------------------------------------

    def refresh(self, changes: Changes = ALL) -> None:
        """Reload rows and counts after `changes`, and the filter choices when sources, lists
        or tags (terms) may have changed."""
        if self.model.term_filter is None:
            self.apply_filter()
        else:
            self.model.reload()
        if changes.touches(CHOICES):
            self._fill_choices()
        self._detail_timer.start()

    @Slot()
    def apply_filter(self) -> None:
        """Show the terms matching the search text and the filter combos."""
        self.filters.settle()
        self.model.set_filter(self.current_filter())

    def current_filter(self) -> TermFilter:
        """The TermFilter described by the search box and combos."""
        return self.filters.current_filter()

    @property
    def can_undo(self) -> bool:
        """True when the undo history holds something to undo."""
        return self.undo_stack.canUndo()

    @Slot()
    def undo(self) -> None:
        """Undo the last step of the undo history (the infobar's deletion, when it shows)."""
        if self.undo_stack.canUndo():
            self.undo_stack.undo()

    def selected_rows(self) -> list[int]:
        """The selected rows, in order."""
        return sorted(index.row() for index in self.table.selectionModel().selectedRows())

    # --- actions ---------------------------------------------------------------------------

    @Slot()
    def edit_gloss(self) -> None:
        """F2: open the editor on the current row's term cell when the Term column is current,
        else on its gloss cell."""
        on_term = self.table.currentIndex().column() == TERM_COLUMN
        edit_in_current_row(self.table, TERM_COLUMN if on_term else GLOSS_COLUMN)

    @Slot()
    def open_in_reader(self) -> None:
        """Read the current term's source, scrolled to where it was seen."""
        current = self.table.currentIndex()
        term_id = self.model.term_id(current.row()) if current.isValid() else None
        if term_id is not None:
            self.reader_requested.emit(int(term_id))

    def show_term_text(self, term: str) -> None:
        """Search for `term` (the Add-term dialog's "Show" of a term already there)."""
        self.search.setText(term)
        self.apply_filter()

    @Slot()
    def delete_selected(self) -> None:
        """Delete the selected terms; the infobar and Edit → Undo (Ctrl+Z) bring them back."""
        rows = self.selected_rows()
        if not rows:
            return
        self.undo_stack.push(DeleteTerms(  # pushing runs the deletion
            self._ops, self.undo_stack, self, len(rows), self.model.ids_resolver(rows),
            deleted=self._on_deleted, restored=self._changed, report=self._report))

    # --- callbacks -------------------------------------------------------------------------

    def _edit_gloss(self, term_id: int, term: str, old: str, new: str) -> None:
        saved = self.model.gloss_saved  # says so, and the cell shows what is stored
        self.undo_stack.push(EditGloss(self._ops, self.undo_stack, self, term_id, term, old,
                                       new, saved=saved,
                                       report=lambda exc: saved(error_text(exc))))

    def _on_deleted(self, text: str) -> None:
        self.info_label.setText(text)
        self.infobar.setVisible(self._deletion_on_top())
        self.table.clearSelection()
        self._changed(self.tr("{what} Undo with Ctrl+Z.").format(what=text))

    def _deletion_on_top(self) -> bool:
        stack = self.undo_stack  # invalid while the window's history is destroyed
        return (shiboken6.isValid(stack) and stack.index() > 0
                and isinstance(stack.command(stack.index() - 1), DeleteTerms))

    def _on_history_moved(self, _index: int) -> None:
        self.infobar.setVisible(self.infobar.isVisibleTo(self) and self._deletion_on_top())

    def _changed(self, message: str) -> None:
        self.status_message.emit(message)
        self.refresh()

    def _say(self, text: str) -> None:
        self.status_message.emit(text)

    def _report(self, exc: BaseException) -> None:
        self.status_message.emit(error_text(exc))

    def _show_count(self) -> None:
        self.filters.show_count(self.model.rowCount(), exact=self.model.count_exact)

    def _on_model_loaded(self) -> None:
        self._show_count()
        if not self.table.currentIndex().isValid() and self.model.rowCount():
            self.table.setCurrentIndex(self.model.index(0, 0))
            self.table.selectionModel().select(
                self.model.index(0, 0),
                QItemSelectionModel.SelectionFlag.ClearAndSelect
                | QItemSelectionModel.SelectionFlag.Rows)
        self._update_actions()
        self._detail_timer.start()

    def _on_header_clicked(self, column: int) -> None:
        header = self.table.horizontalHeader()
        if not self.model.is_sortable(column):
            key, desc = self.model.sort_key
            name = self.model.headerData(column, Qt.Orientation.Horizontal)
            self.status_message.emit(
                self.tr("The {name} column cannot be sorted.").format(name=name))
            # QHeaderView already moved the indicator: put it back where the order really is.
            columns = [c for c in range(self.model.columnCount())
                       if self.model.is_sortable(c) and COLUMNS[c][2] == key]
            header.setSortIndicator(columns[0] if columns else -1,
                                    Qt.SortOrder.DescendingOrder if desc
                                    else Qt.SortOrder.AscendingOrder)
            return
        self.model.sort(column, header.sortIndicatorOrder())

    def _fill_choices(self) -> None:
        def choices(lib: Library) -> tuple[list[SourceRow], list[TermList], list[str]]:
            return lib.sources(), lib.lists.all(), lib.tags()

        self._ops.run(choices, on_done=self._on_choices, on_error=self._report)

    def _on_choices(self, result: tuple[list[SourceRow], list[TermList], list[str]]) -> None:
        sources, lists, tags = result
        self._lists = list(lists)
        self.filters.set_choices(sources, self._lists, tags)

    def _on_current_row(self, current: QModelIndex, _previous: QModelIndex) -> None:
        self._detail_timer.start()
        self._update_actions()

    def _on_page_loaded(self, page: int) -> None:
        current = self.table.currentIndex()
        if current.isValid() and current.row() // PAGE_SIZE == page:
            self._detail_timer.start()

    def _show_current_detail(self) -> None:
        current = self.table.currentIndex()
        if current.isValid() and not self.model.is_fresh(current.row()):
            return  # shown when its page arrives (_on_page_loaded)
        term_id = self.model.term_id(current.row()) if current.isValid() else None
        self.detail.show_term(term_id)

    def _update_actions(self, *_args: object) -> None:
        has = bool(self.table.selectionModel().hasSelection())
        for action in self._selection_actions:
            action.setEnabled(has)

    def _show_context_menu(self, pos: QPoint) -> None:
        index = self.table.indexAt(pos)
        if index.isValid() and not self.table.selectionModel().isRowSelected(index.row()):
            self.table.setCurrentIndex(index)
        menu = QMenu(self)
        menu.addAction(self.edit_action)
        menu.addAction(self.tag_action)
        menu.addAction(self.suspend_action)
        menu.addAction(self.known_action)
        menu.addAction(self.reader_action)
        lists_menu = menu.addMenu(self.tr("Add to list"))
        for lst in self._lists:
            lists_menu.addAction(lst.name).triggered.connect(
                lambda _c=False, name=lst.name: self.add_to_list(name))
        lists_menu.addSeparator()
        lists_menu.addAction(self.list_action)
        lists_menu.setEnabled(self.table.selectionModel().hasSelection())
        menu.addSeparator()
        menu.addAction(self.delete_action)
        menu.popup(self.table.viewport().mapToGlobal(pos))

    def focus_search(self) -> None:
        """Put the cursor in the search box (Ctrl+F)."""
        self.filters.focus_search()

    def _focus_table(self) -> None:
        self.table.setFocus(Qt.FocusReason.OtherFocusReason)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt API
        """Ctrl+Z undoes when no menu action of the main window took it first."""
        if event.matches(QKeySequence.StandardKey.Undo) and self.can_undo:
            self.undo()
            event.accept()
            return
        super().keyPressEvent(event)

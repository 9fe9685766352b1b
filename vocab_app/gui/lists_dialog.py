"""The "Term lists" window: a teacher's lists on the left, the chosen list's terms on the right.

Lists: New list…, Import CSV/TSV… (a preview of the rows, with a warning per odd line, comes
first: OK imports, Cancel stores nothing), rename in place (F2 or double-click), delete (Del, with
undo), reorder (Alt+Up/Alt+Down or drag). Terms, in list order: edit the gloss this list shows
in place (an empty cell goes back to the term's senses), move (Alt+Up/Alt+Down or the buttons),
remove from the list (Del, with undo). Deletions and removals go on the window's undo history
(gui/commands.py): Ctrl+Z here undoes its last step, as Edit → Undo does in the main window.

Every read and write goes through `Ops` (`lib.lists`, never SQL here; the undo snapshots are
in list_undo.py), which tells the other views what changed; a change made elsewhere (the
Library's "Add to list") reloads this window through `Ops.collection_changed`.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

import shiboken6
from PySide6.QtCore import QSettings, Qt, QTimer, Signal, Slot
from PySide6.QtGui import QAction, QKeySequence, QUndoStack
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSplitter,
    QStyledItemDelegate,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from vocab_app.gui.actions import add_action
from vocab_app.gui.commands import DeleteList, RemoveListTerms
from vocab_app.gui.errors import error_text
from vocab_app.gui.list_terms_model import GLOSS_COLUMN, ListTermsModel
from vocab_app.gui.ops import ChangeEvent, Ops, Task
from vocab_app.gui.tables import edit_in_current_row, row_table
from vocab_app.gui.theme import heading_label, plain_label
from vocab_app.gui.undo import undo_actions
from vocab_app.services.changes import LISTS, Changes
from vocab_app.wording import plural

if TYPE_CHECKING:
    from vocab_app.gui.list_import_dialog import ListImportDialog
    from vocab_app.services.lists import ListPreview

ID_ROLE = Qt.ItemDataRole.UserRole
SIZE_ROLE = Qt.ItemDataRole.UserRole + 1
RELOAD_DELAY_MS = 30  # several changes in a row cost one reload
IMPORT_FILTER = "Term lists (*.csv *.tsv *.txt);;All files (*)"


def unique_name(stem: str, taken: list[str]) -> str:
    """`stem`, or `stem (2)`, `stem (3)`… — the first not in `taken` (ignoring case)."""
    used = {name.casefold() for name in taken}
    stem = " ".join(stem.split()) or "Imported list"
    name, n = stem, 1
    while name.casefold() in used:
        n += 1
        name = f"{stem} ({n})"
    return name


class _ListDelegate(QStyledItemDelegate):
    """Shows "name  (size)"; the editor (rename) gets the bare name."""

    def initStyleOption(self, option: Any, index: Any) -> None:  # noqa: N802 - Qt API
        super().initStyleOption(option, index)
        size = index.data(SIZE_ROLE)
        if size is not None:
            option.text = f"{option.text}  ({size:,})"


class ListsDialog(QDialog):
    """Manage teacher lists and their terms (non-modal; reused while the window lives)."""

    shows = Changes(terms=True, senses=True, lists=True)
    status_message = Signal(str)
    loaded = Signal()  # the lists and the current list's terms are on screen

    def __init__(self, ops: Ops, parent: QWidget | None = None,
                 undo_stack: QUndoStack | None = None) -> None:
        super().__init__(parent)
        self._ops = ops
        self.undo_stack = undo_stack if undo_stack is not None else QUndoStack(self)
        self._lists: list[Any] = []
        self._list_id: int | None = None  # the list whose terms are shown
        self._select_list: int | None = None  # select this list after the next reload
        self._select_term: int | None = None
        self._pending = 0
        self._generation = 0
        self.import_preview: ListImportDialog | None = None  # the preview on screen, if any
        self.setWindowTitle("Term lists")
        self.setModal(False)
        self.resize(960, 600)

        self._reload_timer = QTimer(self, singleShot=True, interval=RELOAD_DELAY_MS)
        self._reload_timer.timeout.connect(self.reload)
        ops.collection_changed.connect(self._on_collection_changed)
        self.undo_stack.indexChanged.connect(self._update_undo_button)

        self.list_widget = QListWidget()
        self.list_widget.setAccessibleName("Term lists")
        self.list_widget.setItemDelegate(_ListDelegate(self.list_widget))
        self.list_widget.setSpacing(2)
        self.list_widget.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked
                                         | QAbstractItemView.EditTrigger.EditKeyPressed)
        self.list_widget.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        self.list_widget.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.list_widget.currentRowChanged.connect(self._on_current_list)
        self.list_widget.itemChanged.connect(self._on_item_renamed)
        self.list_widget.model().rowsMoved.connect(self._on_lists_dragged)

        self.model = ListTermsModel(self)
        self.model.gloss_edited.connect(self.set_gloss)
        self.table = row_table(self.model)
        self.table.setAccessibleName("Terms of the list")
        header = self.table.horizontalHeader()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(GLOSS_COLUMN, QHeaderView.ResizeMode.Stretch)
        for column, width in ((0, 40), (1, 180), (3, 60)):
            header.resizeSection(column, width)
        self.table.selectionModel().selectionChanged.connect(self._update_buttons)

        self._build_actions()
        self._build_layout()
        self._update_buttons()

    # --- building -------------------------------------------------------------------------

    def _action(self, owner: QWidget, text: str, slot: Any, shortcut: Any) -> QAction:
        # Del and Alt+Up/Down mean the lists or the terms, whichever has the focus
        return add_action(owner, text, slot, shortcut, context=Qt.ShortcutContext.WidgetShortcut)

    def _build_actions(self) -> None:
        lw, table = self.list_widget, self.table
        self.delete_list_action = self._action(lw, "Delete list", self.delete_current_list,
                                               QKeySequence.StandardKey.Delete)
        self.list_up_action = self._action(lw, "Move list up", lambda: self.move_list(-1),
                                           "Alt+Up")
        self.list_down_action = self._action(lw, "Move list down", lambda: self.move_list(1),
                                             "Alt+Down")
        self.remove_action = self._action(table, "Remove from list", self.remove_selected,
                                          QKeySequence.StandardKey.Delete)
        self.term_up_action = self._action(table, "Move up", lambda: self.move_term(-1),
                                           "Alt+Up")
        self.term_down_action = self._action(table, "Move down", lambda: self.move_term(1),
                                             "Alt+Down")
        self.edit_action = self._action(table, "Edit gloss", self.edit_gloss, Qt.Key.Key_F2)
        # this window's own Ctrl+Z and Ctrl+Shift+Z/Ctrl+Y, over the main window's history
        self.undo_action, self.redo_action = undo_actions(self, self.undo_stack)

    def _button(self, text: str, slot: Any, tip: str = "") -> QPushButton:
        button = QPushButton(text)
        button.setAutoDefault(False)  # Return belongs to the in-place editors, not a button
        button.clicked.connect(slot)
        if tip:
            button.setToolTip(tip)
        return button

    def _arrow(self, arrow: Qt.ArrowType, tip: str, slot: Any) -> QToolButton:
        button = QToolButton()
        button.setArrowType(arrow)
        button.setToolTip(tip)
        button.setAccessibleName(tip)
        button.clicked.connect(slot)
        return button

    def _build_layout(self) -> None:
        self.new_button = self._button("New list…", self.ask_new_list)
        self.import_button = self._button("Import CSV/TSV…", self.choose_import,
                                          "A colleague's list: term, gloss[, tags] per row")
        self.rename_button = self._button("Rename", self.rename_current, "Rename (F2)")
        self.delete_button = self._button("Delete", self.delete_current_list, "Delete (Del)")
        self.list_up_button = self._arrow(Qt.ArrowType.UpArrow, "Move list up (Alt+Up)",
                                          lambda: self.move_list(-1))
        self.list_down_button = self._arrow(Qt.ArrowType.DownArrow,
                                            "Move list down (Alt+Down)",
                                            lambda: self.move_list(1))
        left = QWidget()
        lv = QVBoxLayout(left)
        lv.setContentsMargins(0, 0, 0, 0)
        lv.addWidget(heading_label("Lists", 1.15))
        lv.addWidget(self.list_widget, 1)
        row = QHBoxLayout()
        row.addWidget(self.new_button)
        row.addWidget(self.import_button)
        lv.addLayout(row)
        row = QHBoxLayout()
        for widget in (self.rename_button, self.delete_button):
            row.addWidget(widget)
        row.addStretch(1)
        row.addWidget(self.list_up_button)
        row.addWidget(self.list_down_button)
        lv.addLayout(row)

        self.title = heading_label("", 1.15)
        self.up_button = self._button("Move up", lambda: self.move_term(-1), "Alt+Up")
        self.down_button = self._button("Move down", lambda: self.move_term(1), "Alt+Down")
        self.remove_button = self._button("Remove from list", self.remove_selected,
                                          "Del (the terms stay in the collection)")
        hint = plain_label("Double-click or F2 edits the gloss this list shows (italic: the "
                           "list's own); an empty gloss goes back to the term's senses.")
        hint.setObjectName("hint")
        right = QWidget()
        rv = QVBoxLayout(right)
        rv.setContentsMargins(0, 0, 0, 0)
        rv.addWidget(self.title)
        rv.addWidget(self.table, 1)
        row = QHBoxLayout()
        for widget in (self.up_button, self.down_button, self.remove_button):
            row.addWidget(widget)
        row.addStretch(1)
        rv.addLayout(row)
        rv.addWidget(hint)

        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([300, 660])
        splitter.setChildrenCollapsible(False)

        self.message = plain_label()
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.undo_button = self._button("Undo", self.undo, "Ctrl+Z")
        self.undo_button.hide()
        close = self._button("Close", self.close)
        bottom = QHBoxLayout()
        bottom.addWidget(self.message, 1)
        bottom.addWidget(self.undo_button)
        bottom.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addWidget(splitter, 1)
        layout.addLayout(bottom)

    # --- state ----------------------------------------------------------------------------

    @property
    def idle(self) -> bool:
        """True when no operation of this window (nor an undo step) runs and no reload waits."""
        return self._pending == 0 and not self._ops.busy and not self._reload_timer.isActive()

    @property
    def current_list_id(self) -> int | None:
        """Id of the list whose terms are shown."""
        return self._list_id

    def list_names(self) -> list[str]:
        """The names in the lists pane, top to bottom."""
        return [self.list_widget.item(r).text() for r in range(self.list_widget.count())]

    def shown_terms(self) -> list[str]:
        """The terms pane's terms, top to bottom."""
        return [self.model.term_at(r).term for r in range(self.model.rowCount())]

    def select_list(self, list_id: int) -> None:
        """Show the terms of `list_id` (when it is in the pane)."""
        for row in range(self.list_widget.count()):
            if self.list_widget.item(row).data(ID_ROLE) == list_id:
                self.list_widget.setCurrentRow(row)
                return

    def select_term(self, term_id: int) -> None:
        """Make `term_id` the current, selected row of the terms table."""
        row = self.model.row_of(term_id)
        if row is not None:
            self.table.selectRow(row)
            self.table.setCurrentIndex(self.model.index(row, 1))

    @property
    def can_undo(self) -> bool:
        """True when the undo history holds something to undo."""
        return self.undo_stack.canUndo()

    # --- loading --------------------------------------------------------------------------

    def _run(self, fn: Callable[[Any], Any], on_done: Callable[[Any], None],
             *, changes: Changes | None = None,
             on_error: Callable[[BaseException], None] | None = None) -> Task:
        # counted down inside the callbacks: Ops connects them before the work can finish
        self._pending += 1
        failed = on_error or self._report

        def done(result: Any) -> None:
            self._pending -= 1
            on_done(result)

        def error(exc: BaseException) -> None:
            self._pending -= 1
            failed(exc)

        return self._ops.run(fn, on_done=done, on_error=error, changes=changes,
                             originator=self)

    def _on_collection_changed(self, event: ChangeEvent) -> None:
        if (event.originator is not self and event.changes.touches(self.shows)
                and self.isVisible()):
            self._reload_timer.start()

    @Slot()
    def reload(self) -> None:
        """Read the lists again (then the current list's terms)."""
        if QAbstractItemView.State.EditingState in (self.list_widget.state(),
                                                    self.table.state()):
            self._reload_timer.start(300)  # never pull the text from under the user's editor
            return
        self._reload_timer.setInterval(RELOAD_DELAY_MS)
        self._generation += 1
        generation = self._generation
        self._run(lambda lib: lib.lists.all(),
                  lambda lists: self._on_lists(generation, lists))

    def _on_lists(self, generation: int, lists: list[Any]) -> None:
        if generation != self._generation:
            return
        self._lists = list(lists)
        wanted = self._select_list if self._select_list is not None else self._list_id
        self._select_list = None
        old_row = self.list_widget.currentRow()
        self.list_widget.blockSignals(True)
        self.list_widget.clear()
        for lst in self._lists:
            item = QListWidgetItem(lst.name)
            item.setData(ID_ROLE, lst.id)
            item.setData(SIZE_ROLE, lst.size)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsEditable)
            self.list_widget.addItem(item)
        ids = [lst.id for lst in self._lists]
        row = ids.index(wanted) if wanted in ids else min(max(old_row, 0), len(ids) - 1)
        self.list_widget.setCurrentRow(row)
        self.list_widget.blockSignals(False)
        self._list_id = ids[row] if ids else None
        self._load_terms()

    def _load_terms(self) -> None:
        list_id, generation = self._list_id, self._generation
        current = self.model.term_at(self.table.currentIndex().row())
        if self._select_term is None and current is not None:
            self._select_term = current.term_id
        if list_id is None:
            self._on_terms(generation, None, [])
            return
        self._run(lambda lib: lib.lists.terms(list_id),
                  lambda terms: self._on_terms(generation, list_id, terms))

    def _on_terms(self, generation: int, list_id: int | None, terms: list[Any]) -> None:
        if generation != self._generation or list_id != self._list_id:
            return
        self.model.set_terms(terms)
        lst = next((x for x in self._lists if x.id == list_id), None)
        self.title.setText("No lists yet: make one with “New list…”, or import a colleague's."
                           if lst is None else f"{lst.name} · {plural(len(terms), 'term')}")
        term_id, self._select_term = self._select_term, None
        if term_id is not None and self.model.row_of(term_id) is not None:
            self.select_term(term_id)
        elif terms:
            self.table.setCurrentIndex(self.model.index(0, 1))
        self._update_buttons()
        self.loaded.emit()

    def _on_current_list(self, row: int) -> None:
        item = self.list_widget.item(row)
        list_id = item.data(ID_ROLE) if item is not None else None
        if list_id != self._list_id:
            self._list_id = list_id
            self._generation += 1
            self.table.setCurrentIndex(self.model.index(-1, -1))
            self._load_terms()

    # --- lists ----------------------------------------------------------------------------

    @Slot()
    def ask_new_list(self) -> None:
        """Ask for a name and create the list."""
        dialog = QInputDialog(self, windowTitle="New list", labelText="Name of the new list:")
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.textValueSelected.connect(self.create_list)
        dialog.open()

    @Slot(str)
    def create_list(self, name: str) -> None:
        """Create an empty list called `name` and show it."""
        def done(list_id: int) -> None:
            self._select_list = list_id
            self._changed(f"Created list “{' '.join(name.split())}”.")

        self._run(lambda lib: lib.lists.create(name), done, changes=LISTS)

    @Slot()
    def rename_current(self) -> None:
        """Open the name of the current list for editing."""
        item = self.list_widget.currentItem()
        if item is not None:
            self.list_widget.setFocus()
            self.list_widget.editItem(item)

    def rename_list(self, list_id: int, name: str) -> None:
        """Rename a list; a refused name (empty, taken) is reported and the old name stays."""
        self._select_list = list_id
        self._run(lambda lib: lib.lists.rename(list_id, name),
                  lambda _r: self._changed(f"Renamed the list to “{' '.join(name.split())}”."),
                  on_error=self._report_and_reload)

    def _on_item_renamed(self, item: QListWidgetItem) -> None:
        list_id = item.data(ID_ROLE)
        old = next((lst.name for lst in self._lists if lst.id == list_id), None)
        if old is not None and item.text() != old:
            self.rename_list(list_id, item.text())

    @Slot()
    def delete_current_list(self) -> None:
        """Delete the current list (its terms stay in the collection); Ctrl+Z brings it back."""
        list_id = self._list_id
        if list_id is None:
            return
        name = next((lst.name for lst in self._lists if lst.id == list_id), "")
        self._push(DeleteList(self._ops, self.undo_stack, self, list_id, name,
                              done=self._done_undoable, undone=self._show_restored,
                              report=self._report))

    def _show_restored(self, text: str, list_id: int) -> None:
        self._select_list = list_id
        self._undone(text)

    def move_list(self, delta: int) -> None:
        """Move the current list up (-1) or down (+1) among the lists."""
        row = self.list_widget.currentRow()
        ids = [lst.id for lst in self._lists]
        if row < 0 or not 0 <= row + delta < len(ids):
            return
        ids.insert(row + delta, ids.pop(row))
        self._lists.insert(row + delta, self._lists.pop(row))
        self.list_widget.blockSignals(True)  # shown at once; the reload confirms it
        self.list_widget.insertItem(row + delta, self.list_widget.takeItem(row))
        self.list_widget.setCurrentRow(row + delta)
        self.list_widget.blockSignals(False)
        self._reorder(ids)

    def _on_lists_dragged(self, *_args: Any) -> None:
        ids = [self.list_widget.item(r).data(ID_ROLE) for r in range(self.list_widget.count())]
        if ids != [lst.id for lst in self._lists]:
            self._reorder(ids)

    def _reorder(self, ids: list[int]) -> None:
        self._select_list = self._list_id
        self._run(lambda lib: lib.lists.reorder(ids),
                  lambda _r: self._changed("Lists reordered."),
                  on_error=self._report_and_reload)

    @Slot()
    def choose_import(self) -> None:
        """Pick a CSV/TSV file and import it as a new list named after the file."""
        settings = QSettings()
        dialog = QFileDialog(self, "Import a term list",
                             str(settings.value("lists/import_folder", str(Path.home()))),
                             IMPORT_FILTER)
        dialog.setFileMode(QFileDialog.FileMode.ExistingFile)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.fileSelected.connect(self.import_file)
        dialog.open()

    @Slot(str)
    def import_file(self, path: str, name: str | None = None) -> None:
        """Read `path` (term, gloss[, tags]) on the worker and show the preview
        (`import_preview`); OK imports it as a new list, named after the file unless `name` is
        given, and the message says how many terms were linked and created."""
        if not path:
            return
        QSettings().setValue("lists/import_folder", str(Path(path).parent))
        name = name or unique_name(Path(path).stem, [lst.name for lst in self._lists])
        self._run(lambda lib: lib.lists.preview_csv(path),
                  lambda preview: self._show_import_preview(preview, name))

    def _show_import_preview(self, preview: ListPreview, name: str) -> None:
        from vocab_app.gui.list_import_dialog import ListImportDialog

        dialog = ListImportDialog(preview, name, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(lambda: self._import_previewed(preview, name))
        dialog.rejected.connect(lambda: self._say("Import cancelled; nothing was stored."))
        dialog.finished.connect(lambda _r: setattr(self, "import_preview", None))
        self.import_preview = dialog
        dialog.open()

    def _import_previewed(self, preview: ListPreview, name: str) -> None:
        def done(report: Any) -> None:
            self._select_list = report.list_id
            text = (f"Imported “{report.name}”: {plural(report.linked, 'term')} already in "
                    f"the collection, {plural(report.created, 'new term')}.")
            if report.skipped:
                text += f" Skipped {plural(len(report.skipped), 'row')}: " \
                        f"{'; '.join(report.skipped[:3])}."
            self._changed(text)

        self._run(lambda lib: lib.lists.import_preview(preview, name), done)

    # --- terms ----------------------------------------------------------------------------

    def _selected_terms(self) -> list[Any]:
        rows = sorted(i.row() for i in self.table.selectionModel().selectedRows())
        if not rows and self.table.currentIndex().isValid():
            rows = [self.table.currentIndex().row()]
        return [t for t in (self.model.term_at(r) for r in rows) if t is not None]

    def move_term(self, delta: int) -> None:
        """Move the current term up (-1) or down (+1) in the list."""
        term = self.model.term_at(self.table.currentIndex().row())
        list_id = self._list_id
        if term is None or list_id is None:
            return
        row = self.model.row_of(term.term_id) or 0
        target = max(0, min(row + delta, self.model.rowCount() - 1))
        if target == row:
            return
        self._select_term = term.term_id
        self.model.move_row(row, target)  # shown at once, so a held Alt+Down keeps going
        self.select_term(term.term_id)
        self._run(lambda lib: lib.lists.move_term(list_id, term.term_id, target),
                  lambda _r: self._changed(f"Moved “{term.term}” to {target + 1}."))

    @Slot()
    def remove_selected(self) -> None:
        """Take the selected terms out of the list; Ctrl+Z puts them back."""
        terms, list_id = self._selected_terms(), self._list_id
        if not terms or list_id is None:
            return
        what = f"“{terms[0].term}”" if len(terms) == 1 else plural(len(terms), "term")
        self._push(RemoveListTerms(self._ops, self.undo_stack, self, list_id,
                                   [t.term_id for t in terms], what, done=self._done_undoable,
                                   undone=self._undone, report=self._report))

    @Slot(int, object)
    def set_gloss(self, term_id: int, gloss: str | None) -> None:
        """Give the current list its own gloss for a term (None: back to the term's senses)."""
        list_id = self._list_id
        if list_id is None:
            return
        self._select_term = term_id
        text = "Gloss saved for this list." if gloss else "The list shows the term's senses again."
        self._run(lambda lib: lib.lists.set_gloss(list_id, term_id, gloss),
                  lambda _r: self._changed(text))

    @Slot()
    def edit_gloss(self) -> None:
        """Open the editor on the current term's gloss."""
        edit_in_current_row(self.table, GLOSS_COLUMN)

    # --- undo and messages ----------------------------------------------------------------

    def _push(self, command: DeleteList | RemoveListTerms) -> None:
        self.undo_stack.push(command)  # runs it

    def _done_undoable(self, text: str) -> None:
        self._changed(f"{text} Undo with Ctrl+Z.")

    def _undone(self, text: str) -> None:
        self._changed(f"Undone: {text}")

    @Slot()
    def undo(self) -> None:
        """Undo the last step of the undo history (here, usually a list edit)."""
        if self.undo_stack.canUndo():
            self.undo_stack.undo()

    def _update_undo_button(self, index: int) -> None:
        if not shiboken6.isValid(self.undo_stack):
            return  # the window's history is cleared as it is destroyed
        top = self.undo_stack.command(index - 1) if index > 0 else None
        self.undo_button.setVisible(isinstance(top, DeleteList | RemoveListTerms))

    def _changed(self, text: str) -> None:
        self._say(text)
        self._reload_timer.start()

    def _say(self, text: str, error: bool = False) -> None:
        self.message.setObjectName("errorText" if error else "")
        self.message.setStyleSheet("")  # re-polish so the colour follows the object name
        self.message.setText(text)
        self.status_message.emit(text)

    def _report(self, exc: BaseException) -> None:
        self._say(error_text(exc), error=True)

    def _report_and_reload(self, exc: BaseException) -> None:
        self._report(exc)
        self._reload_timer.start()  # the pane shows what the collection holds again

    def _update_buttons(self, *_args: Any) -> None:
        has_list = self._list_id is not None
        has_terms = bool(self._selected_terms())
        for widget in (self.rename_button, self.delete_button, self.list_up_button,
                       self.list_down_button):
            widget.setEnabled(has_list)
        for widget in (self.up_button, self.down_button, self.remove_button):
            widget.setEnabled(has_terms)

    def showEvent(self, event: Any) -> None:  # noqa: N802 - Qt API
        """Read the lists each time the window is shown (it may have missed changes)."""
        super().showEvent(event)
        self._reload_timer.start()

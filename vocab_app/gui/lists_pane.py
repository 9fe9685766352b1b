"""The lists pane of the "Term lists" window: a teacher's lists, their buttons and keys.

The pane shows the lists it is given (`show_lists`) and collects what the user asks for: a new
list's name, a file to import, a rename in place (F2 or double-click), a deletion (Del), a new
order (Alt+Up/Alt+Down, the arrow buttons or a drag). It emits each request as a signal and
stores nothing: the window (lists_dialog.py) runs the change through `Ops` and reloads.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path

from PySide6.QtCore import (
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    QSettings,
    Qt,
    Signal,
    Slot,
)
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFileDialog,
    QHBoxLayout,
    QInputDialog,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from vocab_app.gui import i18n
from vocab_app.gui.actions import add_action
from vocab_app.gui.theme import heading_label
from vocab_app.services.lists import TermList

ID_ROLE = Qt.ItemDataRole.UserRole
SIZE_ROLE = Qt.ItemDataRole.UserRole + 1


def unique_name(stem: str, taken: Sequence[str]) -> str:
    """`stem`, or `stem (2)`, `stem (3)`… — the first not in `taken` (ignoring case)."""
    used = {name.casefold() for name in taken}
    stem = " ".join(stem.split()) or QCoreApplication.translate("ListsPane", "Imported list")
    name, n = stem, 1
    while name.casefold() in used:
        n += 1
        name = f"{stem} ({n})"
    return name


class _ListDelegate(QStyledItemDelegate):
    """Shows "name  (size)"; the editor (rename) gets the bare name."""

    def initStyleOption(self, option: QStyleOptionViewItem,  # noqa: N802 - Qt API
                        index: QModelIndex | QPersistentModelIndex) -> None:
        super().initStyleOption(option, index)
        size = index.data(SIZE_ROLE)
        if size is not None:
            option.text = f"{option.text}  ({i18n.number(size)})"


def pane_button(text: str, slot: Callable[[], object], tip: str = "") -> QPushButton:
    """A button of the lists window: `slot` on click, `tip` as its tooltip; never the default
    button, since Return belongs to the in-place editors."""
    button = QPushButton(text)
    button.setAutoDefault(False)
    button.clicked.connect(slot)
    if tip:
        button.setToolTip(tip)
    return button


class ListsPane(QWidget):
    """The lists, top to bottom, with New list…, Import CSV/TSV…, Rename, Delete and moves."""

    current_changed = Signal(object)  # the id of the list now current (None: no list)
    create_requested = Signal(str)  # the name typed for a new list
    import_requested = Signal(str)  # the path of a CSV/TSV file to import
    rename_requested = Signal(int, str)  # list id, new name
    delete_requested = Signal()  # the current list
    reorder_requested = Signal(list)  # every list id in the new order

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._lists: list[TermList] = []
        self.list_widget = QListWidget()
        self.list_widget.setAccessibleName(self.tr("Term lists"))
        self.list_widget.setItemDelegate(_ListDelegate(self.list_widget))
        self.list_widget.setSpacing(2)
        self.list_widget.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked
                                         | QAbstractItemView.EditTrigger.EditKeyPressed)
        self.list_widget.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        self.list_widget.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.list_widget.currentRowChanged.connect(self._on_current_row)
        self.list_widget.itemChanged.connect(self._on_item_renamed)
        self.list_widget.model().rowsMoved.connect(self._on_dragged)

        # Del and Alt+Up/Down mean the lists here, the terms in the other pane (focus decides)
        lw, context = self.list_widget, Qt.ShortcutContext.WidgetShortcut
        self.delete_list_action = add_action(lw, self.tr("Delete list"),
                                             lambda: self.delete_requested.emit(),
                                             QKeySequence.StandardKey.Delete, context=context)
        self.list_up_action = add_action(lw, self.tr("Move list up"), lambda: self.move_list(-1),
                                         "Alt+Up", context=context)
        self.list_down_action = add_action(lw, self.tr("Move list down"), lambda: self.move_list(1),
                                           "Alt+Down", context=context)

        self.new_button = pane_button(self.tr("New list…"), self.ask_new_list)
        self.import_button = pane_button(
            self.tr("Import CSV/TSV…"), self.choose_import,
            self.tr("A colleague's list: term, gloss[, tags] per row"))
        self.rename_button = pane_button(self.tr("Rename"), self.rename_current,
                                         self.tr("Rename (F2)"))
        self.delete_button = pane_button(self.tr("Delete"), lambda: self.delete_requested.emit(),
                                         self.tr("Delete (Del)"))
        self.list_up_button = self._arrow(Qt.ArrowType.UpArrow, self.tr("Move list up (Alt+Up)"),
                                          lambda: self.move_list(-1))
        self.list_down_button = self._arrow(Qt.ArrowType.DownArrow,
                                            self.tr("Move list down (Alt+Down)"),
                                            lambda: self.move_list(1))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(heading_label(self.tr("Lists"), 1.15))
        layout.addWidget(self.list_widget, 1)
        row = QHBoxLayout()
        row.addWidget(self.new_button)
        row.addWidget(self.import_button)
        layout.addLayout(row)
        row = QHBoxLayout()
        for widget in (self.rename_button, self.delete_button):
            row.addWidget(widget)
        row.addStretch(1)
        row.addWidget(self.list_up_button)
        row.addWidget(self.list_down_button)
        layout.addLayout(row)
        self._update_buttons()

    @staticmethod
    def _arrow(arrow: Qt.ArrowType, tip: str, slot: Callable[[], object]) -> QToolButton:
        button = QToolButton()
        button.setArrowType(arrow)
        button.setToolTip(tip)
        button.setAccessibleName(tip)
        button.clicked.connect(slot)
        return button

    # --- what the pane shows ---------------------------------------------------------------

    @property
    def lists(self) -> list[TermList]:
        """The lists shown, top to bottom."""
        return list(self._lists)

    @property
    def editing(self) -> bool:
        """True while a name is open for renaming (a reload would pull it away)."""
        return self.list_widget.state() == QAbstractItemView.State.EditingState

    def list_names(self) -> list[str]:
        """The names in the pane, top to bottom."""
        return [self._item(r).text() for r in range(self.list_widget.count())]

    def name_of(self, list_id: int | None) -> str | None:
        """The name of the shown list `list_id` (None when it is not shown)."""
        return next((lst.name for lst in self._lists if lst.id == list_id), None)

    def show_lists(self, lists: Sequence[TermList], wanted: int | None) -> int | None:
        """Show `lists` and make `wanted` current (if gone: the row the current one had);
        returns the id of the current list, without emitting `current_changed`."""
        self._lists = list(lists)
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
        self._update_buttons()
        return ids[row] if ids else None

    def select_list(self, list_id: int) -> None:
        """Make `list_id` current (when it is in the pane)."""
        for row in range(self.list_widget.count()):
            if self._item(row).data(ID_ROLE) == list_id:
                self.list_widget.setCurrentRow(row)
                return

    def _item(self, row: int) -> QListWidgetItem:
        item = self.list_widget.item(row)
        assert item is not None  # rows come from 0..count()-1
        return item

    def _update_buttons(self) -> None:
        has_list = self.list_widget.currentRow() >= 0
        for widget in (self.rename_button, self.delete_button, self.list_up_button,
                       self.list_down_button):
            widget.setEnabled(has_list)

    def _on_current_row(self, row: int) -> None:
        item = self.list_widget.item(row)
        self._update_buttons()
        self.current_changed.emit(item.data(ID_ROLE) if item is not None else None)

    # --- what the user asks for ------------------------------------------------------------

    @Slot()
    def ask_new_list(self) -> None:
        """Ask for a name; `create_requested` carries it."""
        dialog = QInputDialog(self)
        dialog.setWindowTitle(self.tr("New list"))
        dialog.setLabelText(self.tr("Name of the new list:"))
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.textValueSelected.connect(self.create_requested)
        dialog.open()

    @Slot()
    def choose_import(self) -> None:
        """Pick a CSV/TSV file; `import_requested` carries its path."""
        settings = QSettings()
        dialog = QFileDialog(self, self.tr("Import a term list"),
                             str(settings.value("lists/import_folder", str(Path.home()))),
                             self.tr("Term lists (*.csv *.tsv *.txt);;All files (*)"))
        dialog.setFileMode(QFileDialog.FileMode.ExistingFile)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.fileSelected.connect(self.import_requested)
        dialog.open()

    @Slot()
    def rename_current(self) -> None:
        """Open the name of the current list for editing."""
        item = self.list_widget.currentItem()
        if item is not None:
            self.list_widget.setFocus()
            self.list_widget.editItem(item)

    def _on_item_renamed(self, item: QListWidgetItem) -> None:
        list_id = item.data(ID_ROLE)
        old = self.name_of(list_id)
        if old is not None and item.text() != old:
            self.rename_requested.emit(list_id, item.text())

    def move_list(self, delta: int) -> None:
        """Move the current list up (-1) or down (+1); shown at once, `reorder_requested`
        asks to store it (the reload confirms it)."""
        row = self.list_widget.currentRow()
        ids = [lst.id for lst in self._lists]
        if row < 0 or not 0 <= row + delta < len(ids):
            return
        ids.insert(row + delta, ids.pop(row))
        self._lists.insert(row + delta, self._lists.pop(row))
        self.list_widget.blockSignals(True)
        self.list_widget.insertItem(row + delta, self.list_widget.takeItem(row))
        self.list_widget.setCurrentRow(row + delta)
        self.list_widget.blockSignals(False)
        self.reorder_requested.emit(ids)

    def _on_dragged(self, *_moved: QModelIndex | int) -> None:
        ids = [self._item(r).data(ID_ROLE) for r in range(self.list_widget.count())]
        if ids != [lst.id for lst in self._lists]:
            self.reorder_requested.emit(ids)

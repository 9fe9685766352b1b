"""The terms pane of the "Term lists" window: the current list's terms, in list order.

The pane shows the terms it is given (`show_terms`) and collects what the user asks for: a
list's own gloss edited in place (Double-click or F2; an empty cell goes back to the term's
senses: `model.gloss_edited`), a move (Alt+Up/Alt+Down or the buttons, shown at once:
`move_requested`), a removal from the list (Del: `remove_requested`) and a term typed into
the row under the table (term, gloss, Enter or Add: `add_requested`; the row is emptied once
the window says it was stored, `typed_added`). It stores nothing: the window
(lists_dialog.py) runs each change through `Ops` and reloads.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from vocab_app.gui.actions import add_action
from vocab_app.gui.list_terms_model import GLOSS_COLUMN, STYLE_COLUMN, ListTermsModel
from vocab_app.gui.lists_pane import pane_button
from vocab_app.gui.tables import edit_in_current_row, fit_style_column, row_table
from vocab_app.gui.theme import heading_label, plain_label
from vocab_app.services.lists import ListTerm


class ListTermsPane(QWidget):
    """A title, the table of the list's terms, Move up/Move down/Remove from list, a hint."""

    move_requested = Signal(object, int)  # the ListTerm moved, its new row (shown already)
    remove_requested = Signal(list)  # the ListTerms to take out of the list
    add_requested = Signal(str, str)  # a typed term and its gloss (may be empty)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = ListTermsModel(self)
        self.table = row_table(self.model)
        self.table.setAccessibleName(self.tr("Terms of the list"))
        header = self.table.horizontalHeader()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(GLOSS_COLUMN, QHeaderView.ResizeMode.Stretch)
        for column, width in ((0, 40), (1, 180)):
            header.resizeSection(column, width)
        fit_style_column(self.table, STYLE_COLUMN)
        self.table.selectionModel().selectionChanged.connect(self._update_buttons)

        # Del and Alt+Up/Down mean the terms here, the lists in the other pane (focus decides)
        table, context = self.table, Qt.ShortcutContext.WidgetShortcut
        self.remove_action = add_action(table, self.tr("Remove from list"), self.remove_selected,
                                        QKeySequence.StandardKey.Delete, context=context)
        self.term_up_action = add_action(table, self.tr("Move up"), lambda: self.move_term(-1),
                                         "Alt+Up", context=context)
        self.term_down_action = add_action(table, self.tr("Move down"), lambda: self.move_term(1),
                                           "Alt+Down", context=context)
        self.edit_action = add_action(table, self.tr("Edit gloss"), self.edit_gloss, Qt.Key.Key_F2,
                                      context=context)

        self.title = heading_label("", 1.15)
        self.up_button = pane_button(self.tr("Move up"), lambda: self.move_term(-1), "Alt+Up")
        self.down_button = pane_button(self.tr("Move down"), lambda: self.move_term(1), "Alt+Down")
        self.remove_button = pane_button(self.tr("Remove from list"), self.remove_selected,
                                         self.tr("Del (the terms stay in the collection)"))
        self.term_edit = QLineEdit()
        self.term_edit.setPlaceholderText(self.tr("Type a term…"))
        self.term_edit.setAccessibleName(self.tr("New term"))
        self.gloss_edit = QLineEdit()
        self.gloss_edit.setPlaceholderText(self.tr("Its gloss (a new term needs one)"))
        self.gloss_edit.setAccessibleName(self.tr("Its gloss"))
        self.add_button = pane_button(self.tr("Add"), self.request_add,
                                      self.tr("Add the typed term to the end of the list (Enter)"))
        for edit in (self.term_edit, self.gloss_edit):
            edit.returnPressed.connect(self.request_add)
            edit.textChanged.connect(self._update_buttons)
        hint = plain_label(self.tr("Double-click or F2 edits the gloss this list shows (italic: "
                                   "the list's own); an empty gloss goes back to the term's "
                                   "senses."))
        hint.setObjectName("hint")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.title)
        layout.addWidget(self.table, 1)
        row = QHBoxLayout()
        for widget in (self.up_button, self.down_button, self.remove_button):
            row.addWidget(widget)
        row.addStretch(1)
        layout.addLayout(row)
        typing = QHBoxLayout()
        typing.addWidget(self.term_edit, 2)
        typing.addWidget(self.gloss_edit, 3)
        typing.addWidget(self.add_button)
        layout.addLayout(typing)
        layout.addWidget(hint)
        self._update_buttons()

    # --- what the pane shows ---------------------------------------------------------------

    @property
    def editing(self) -> bool:
        """True while a gloss is open for editing (a reload would pull it away)."""
        return self.table.state() == QAbstractItemView.State.EditingState

    def shown_terms(self) -> list[str]:
        """The terms, top to bottom."""
        return [t.term for t in (self.model.term_at(r) for r in range(self.model.rowCount()))
                if t is not None]

    def current_term(self) -> ListTerm | None:
        """The term of the current row, if any."""
        return self.model.term_at(self.table.currentIndex().row())

    def show_terms(self, title: str, terms: Sequence[ListTerm], select: int | None) -> None:
        """Show `terms` under `title`; the row of term id `select` becomes current (if shown),
        else the first row."""
        self.model.set_terms(terms)
        self.title.setText(title)
        if select is not None and self.model.row_of(select) is not None:
            self.select_term(select)
        elif terms:
            self.table.setCurrentIndex(self.model.index(0, 1))
        self._update_buttons()

    def clear_current(self) -> None:
        """No current row (another list is about to be shown)."""
        self.table.setCurrentIndex(self.model.index(-1, -1))

    def select_term(self, term_id: int) -> None:
        """Make `term_id` the current, selected row."""
        row = self.model.row_of(term_id)
        if row is not None:
            self.table.selectRow(row)
            self.table.setCurrentIndex(self.model.index(row, 1))

    def selected_terms(self) -> list[ListTerm]:
        """The selected rows' terms (the current row's when none is selected), in order."""
        rows = sorted(i.row() for i in self.table.selectionModel().selectedRows())
        if not rows and self.table.currentIndex().isValid():
            rows = [self.table.currentIndex().row()]
        return [t for t in (self.model.term_at(r) for r in rows) if t is not None]

    def _update_buttons(self) -> None:
        has_terms = bool(self.selected_terms())
        for widget in (self.up_button, self.down_button, self.remove_button):
            widget.setEnabled(has_terms)
        self.add_button.setEnabled(bool(self.term_edit.text().strip()))

    # --- what the user asks for ------------------------------------------------------------

    def move_term(self, delta: int) -> None:
        """Move the current term up (-1) or down (+1): shown at once (so a held Alt+Down keeps
        going), then `move_requested` asks to store it."""
        term = self.current_term()
        if term is None:
            return
        row = self.model.row_of(term.term_id) or 0
        target = max(0, min(row + delta, self.model.rowCount() - 1))
        if target == row:
            return
        self.model.move_row(row, target)
        self.select_term(term.term_id)
        self.move_requested.emit(term, target)

    @Slot()
    def remove_selected(self) -> None:
        """Ask to take the selected terms out of the list (`remove_requested`)."""
        terms = self.selected_terms()
        if terms:
            self.remove_requested.emit(terms)

    @Slot()
    def edit_gloss(self) -> None:
        """Open the editor on the current term's gloss."""
        edit_in_current_row(self.table, GLOSS_COLUMN)


    @Slot()
    def request_add(self) -> None:
        """Ask to add the typed term (with its gloss) to the list (`add_requested`)."""
        term = self.term_edit.text()
        if term.strip():
            self.add_requested.emit(term, self.gloss_edit.text())

    def typed_added(self) -> None:
        """The typed term was stored: empty the row for the next one."""
        self.term_edit.clear()
        self.gloss_edit.clear()
        self.term_edit.setFocus()

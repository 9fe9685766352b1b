"""The "Term lists" window: a teacher's lists on the left, the chosen list's terms on the right.

Lists (gui/lists_pane.py): New list…, Import CSV/TSV… (a preview of the rows, with a warning per
odd line, comes first: OK imports, Cancel stores nothing), rename in place (F2 or double-click),
delete (Del, with undo), reorder (Alt+Up/Alt+Down or drag). Terms (gui/list_terms_pane.py), in
list order: edit the gloss this list shows in place (an empty cell goes back to the term's
senses), move (Alt+Up/Alt+Down or the buttons), remove from the list (Del, with undo), and type
a term with its gloss into the row under the table (a term not yet in the collection becomes a
note too; undo takes it out again).
Every edit is a named step of the window's undo history (gui/list_commands.py, gui/commands.py):
Ctrl+Z here undoes its last step, as Edit → Undo does in the main window.

The panes collect what the user asks for; this window runs it (the edits through
gui/list_editing.py): every read and write goes through `Ops` (`lib.lists`, never SQL here; the
undo snapshots are in list_undo.py), which tells the other views what changed; a change made
elsewhere (the Library's "Add to list") reloads this window through `Ops.collection_changed`.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, TypeVar

import shiboken6
from PySide6.QtCore import Qt, QTimer, Signal, Slot
from PySide6.QtGui import QShowEvent, QUndoStack
from PySide6.QtWidgets import QDialog, QHBoxLayout, QSplitter, QVBoxLayout, QWidget

from vocab_app.gui.commands import DeleteList, RemoveListTerms
from vocab_app.gui.errors import error_text
from vocab_app.gui.list_commands import ListCommand
from vocab_app.gui.list_editing import ListEditing
from vocab_app.gui.list_terms_pane import ListTermsPane
from vocab_app.gui.lists_pane import ListsPane, pane_button
from vocab_app.gui.ops import ChangeEvent, Ops, Task
from vocab_app.gui.theme import plain_label
from vocab_app.gui.undo import undo_actions
from vocab_app.services.changes import Changes
from vocab_app.services.lists import ListTerm, TermList

if TYPE_CHECKING:
    from vocab_app.services.library import Library

T = TypeVar("T")
RELOAD_DELAY_MS = 30  # several changes in a row cost one reload


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
        self._list_id: int | None = None  # the list whose terms are shown
        self._select_list: int | None = None  # select this list after the next reload
        self._select_term: int | None = None
        self._pending = 0
        self._generation = 0
        self.setWindowTitle(self.tr("Term lists"))
        self.setModal(False)
        self.resize(960, 600)

        self._reload_timer = QTimer(self)
        self._reload_timer.setSingleShot(True)
        self._reload_timer.setInterval(RELOAD_DELAY_MS)
        self._reload_timer.timeout.connect(self.reload)
        ops.collection_changed.connect(self._on_collection_changed)
        self.undo_stack.indexChanged.connect(self._update_undo_button)

        self.editing = ListEditing(ops, self.undo_stack, self)  # runs what the panes ask for
        self.lists_pane = ListsPane()
        self.lists_pane.current_changed.connect(self._on_current_list)
        self.lists_pane.create_requested.connect(self.editing.create_list)
        self.lists_pane.import_requested.connect(self.editing.import_file)
        self.lists_pane.rename_requested.connect(self.editing.rename_list)
        self.lists_pane.delete_requested.connect(self.editing.delete_current_list)
        self.lists_pane.reorder_requested.connect(self.editing.reorder)
        self.terms_pane = ListTermsPane()
        self.terms_pane.model.gloss_edited.connect(self.editing.set_gloss)
        self.terms_pane.move_requested.connect(self.editing.move_term)
        self.terms_pane.remove_requested.connect(self.editing.remove_terms)
        self.terms_pane.add_requested.connect(self.editing.add_typed_term)
        # the widgets a user (and a test) reaches, by the names they had before the split
        self.list_widget = self.lists_pane.list_widget
        self.new_button = self.lists_pane.new_button
        self.list_up_button = self.lists_pane.list_up_button
        self.list_down_button = self.lists_pane.list_down_button
        self.model = self.terms_pane.model
        self.table = self.terms_pane.table
        self.title = self.terms_pane.title
        self.up_button = self.terms_pane.up_button
        self.down_button = self.terms_pane.down_button
        self.remove_button = self.terms_pane.remove_button
        # this window's own Ctrl+Z and Ctrl+Shift+Z/Ctrl+Y, over the main window's history
        self.undo_action, self.redo_action = undo_actions(self, self.undo_stack)
        self._build_layout()

    def _build_layout(self) -> None:
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(self.lists_pane)
        splitter.addWidget(self.terms_pane)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([300, 660])
        splitter.setChildrenCollapsible(False)

        self.message = plain_label()
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.undo_button = pane_button(self.tr("Undo"), self.undo, "Ctrl+Z")
        self.undo_button.hide()
        close = pane_button(self.tr("Close"), self.close)
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
        return self.lists_pane.list_names()

    def shown_terms(self) -> list[str]:
        """The terms pane's terms, top to bottom."""
        return self.terms_pane.shown_terms()

    def select_list(self, list_id: int) -> None:
        """Show the terms of `list_id` (when it is in the pane)."""
        self.lists_pane.select_list(list_id)

    def select_term(self, term_id: int) -> None:
        """Make `term_id` the current, selected row of the terms table."""
        self.terms_pane.select_term(term_id)

    @property
    def can_undo(self) -> bool:
        """True when the undo history holds something to undo."""
        return self.undo_stack.canUndo()

    # --- loading --------------------------------------------------------------------------

    def run(self, fn: Callable[[Library], T], on_done: Callable[[T], None],
            *, changes: Changes | None = None,
            on_error: Callable[[BaseException], None] | None = None) -> Task:
        """Run `fn` on the worker (counted in `idle`); `on_done(result)` here after it."""
        # counted down inside the callbacks: Ops connects them before the work can finish
        self._pending += 1
        failed = on_error or self.report

        def done(result: T) -> None:
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
        if self.lists_pane.editing or self.terms_pane.editing:
            self._reload_timer.start(300)  # never pull the text from under the user's editor
            return
        self._reload_timer.setInterval(RELOAD_DELAY_MS)
        self._generation += 1
        generation = self._generation
        self.run(lambda lib: lib.lists.all(),
                 lambda lists: self._on_lists(generation, lists))

    def _on_lists(self, generation: int, lists: list[TermList]) -> None:
        if generation != self._generation:
            return
        wanted = self._select_list if self._select_list is not None else self._list_id
        self._select_list = None
        self._list_id = self.lists_pane.show_lists(lists, wanted)
        self._load_terms()

    def _load_terms(self) -> None:
        list_id, generation = self._list_id, self._generation
        current = self.terms_pane.current_term()
        if self._select_term is None and current is not None:
            self._select_term = current.term_id
        if list_id is None:
            self._on_terms(generation, None, [])
            return
        self.run(lambda lib: lib.lists.terms(list_id),
                 lambda terms: self._on_terms(generation, list_id, terms))

    def _on_terms(self, generation: int, list_id: int | None, terms: list[ListTerm]) -> None:
        if generation != self._generation or list_id != self._list_id:
            return
        name = self.lists_pane.name_of(list_id)
        count = self.tr("%Ln term(s)", "", len(terms))  # not in the f-string: lupdate finds it
        title = (self.tr("No lists yet: make one with “New list…”, or import a colleague's.")
                 if name is None else f"{name} · {count}")
        term_id, self._select_term = self._select_term, None
        self.terms_pane.show_terms(title, terms, term_id)
        self.loaded.emit()

    def _on_current_list(self, list_id: int | None) -> None:
        if list_id != self._list_id:
            self._list_id = list_id
            self._generation += 1
            self.terms_pane.clear_current()
            self._load_terms()

    # --- undo and messages ----------------------------------------------------------------

    @Slot()
    def undo(self) -> None:
        """Undo the last step of the undo history (here, usually a list edit)."""
        if self.undo_stack.canUndo():
            self.undo_stack.undo()

    def _update_undo_button(self, index: int) -> None:
        if not shiboken6.isValid(self.undo_stack):
            return  # the window's history is cleared as it is destroyed
        top = self.undo_stack.command(index - 1) if index > 0 else None
        self.undo_button.setVisible(isinstance(top, ListCommand | DeleteList | RemoveListTerms))

    def show_list_after_reload(self, list_id: int | None) -> None:
        """Make `list_id` the current list when the lists are read again."""
        self._select_list = list_id

    def show_term_after_reload(self, term_id: int | None) -> None:
        """Select `term_id` when the terms are read again (None: the term current then)."""
        self._select_term = term_id

    def changed(self, text: str) -> None:
        """Say `text` and read the lists again (soon: several changes cost one reload)."""
        self.say(text)
        self._reload_timer.start()

    def say(self, text: str, error: bool = False) -> None:
        """Show `text` in the message line (as an error when `error`) and the status bar."""
        self.message.setObjectName("errorText" if error else "")
        self.message.setStyleSheet("")  # re-polish so the colour follows the object name
        self.message.setText(text)
        self.status_message.emit(text)

    def report(self, exc: BaseException) -> None:
        """Say why a step was refused."""
        self.say(error_text(exc), error=True)

    def report_and_reload(self, exc: BaseException) -> None:
        """Say why a step was refused, and read the lists again."""
        self.report(exc)
        self._reload_timer.start()  # the pane shows what the collection holds again

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt API
        """Read the lists each time the window is shown (it may have missed changes)."""
        super().showEvent(event)
        self._reload_timer.start()

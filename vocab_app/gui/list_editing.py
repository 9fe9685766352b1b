"""The Term lists window's edits, each a named step of the window's undo history
(gui/list_commands.py, gui/commands.py): create, rename, delete and reorder lists, import a
CSV/TSV file (a preview of its rows first: OK imports, Cancel stores nothing), and move, remove,
type in and gloss the shown list's terms. After a step is done or undone the window shows the
list (and term) it touched and says what happened. Kept apart from gui/lists_dialog.py, which
shows the lists and wires its panes' requests here."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QSettings, Qt, Slot
from PySide6.QtGui import QUndoCommand, QUndoStack

from vocab_app.gui.commands import DeleteList, RemoveListTerms
from vocab_app.gui.list_commands import (
    AddTypedTerm,
    CreateList,
    ImportList,
    ListCallbacks,
    MoveListTerm,
    RenameList,
    ReorderLists,
    SetListGloss,
)
from vocab_app.gui.lists_pane import unique_name
from vocab_app.gui.ops import Ops
from vocab_app.services.list_import import ListPreview
from vocab_app.services.lists import ListTerm

if TYPE_CHECKING:
    from vocab_app.gui.list_import_dialog import ListImportDialog
    from vocab_app.gui.lists_dialog import ListsDialog


class ListEditing(QObject):
    """Runs the edits asked of the Term lists window `window` as commands on its undo history
    `stack`; the window is their originator (it reloads itself after each step)."""

    def __init__(self, ops: Ops, stack: QUndoStack, window: ListsDialog) -> None:
        super().__init__(window)
        self._ops, self._stack, self._window = ops, stack, window
        self.import_preview: ListImportDialog | None = None  # the preview on screen, if any

    # --- lists ----------------------------------------------------------------------------

    @Slot(str)
    def create_list(self, name: str) -> None:
        """Create an empty list called `name` and show it (undoable: "New list “name”")."""
        self._push(CreateList(self._ops, self._stack, self._window, name, **self._shown()))

    def rename_list(self, list_id: int, name: str) -> None:
        """Rename a list (undoable); a refused name (empty, taken) is reported and the old
        name stays."""
        old = self._window.lists_pane.name_of(list_id) or ""
        self._push(RenameList(self._ops, self._stack, self._window, list_id, old, name,
                              **self._shown(report=self._window.report_and_reload)))

    @Slot()
    def delete_current_list(self) -> None:
        """Delete the current list (its terms stay in the collection); Ctrl+Z brings it back."""
        list_id = self._window.current_list_id
        if list_id is None:
            return
        name = self._window.lists_pane.name_of(list_id) or ""
        self._push(DeleteList(self._ops, self._stack, self._window, list_id, name,
                              done=self._done_undoable, undone=self._show_restored,
                              report=self._window.report))

    def _show_restored(self, text: str, list_id: int) -> None:
        self._window.show_list_after_reload(list_id)
        self._undone(text)

    def reorder(self, ids: list[int]) -> None:
        """Put the lists in this order (undoable)."""
        self._push(ReorderLists(self._ops, self._stack, self._window, ids,
                                self._window.current_list_id,
                                **self._shown(report=self._window.report_and_reload)))

    @Slot(str)
    def import_file(self, path: str, name: str | None = None) -> None:
        """Read `path` (term, gloss[, tags]) on the worker and show the preview
        (`import_preview`); OK imports it as a new list, named after the file unless `name` is
        given, and the message says how many terms were linked and created."""
        if not path:
            return
        QSettings().setValue("lists/import_folder", str(Path(path).parent))
        name = name or unique_name(Path(path).stem, self._window.list_names())
        self._window.run(lambda lib: lib.lists.preview_csv(path),
                         lambda preview: self._show_import_preview(preview, name))

    def _show_import_preview(self, preview: ListPreview, name: str) -> None:
        from vocab_app.gui.list_import_dialog import ListImportDialog

        dialog = ListImportDialog(preview, name, self._window)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(lambda: self._import_previewed(preview, name))
        dialog.rejected.connect(
            lambda: self._window.say(self.tr("Import cancelled; nothing was stored.")))
        dialog.finished.connect(lambda _r: setattr(self, "import_preview", None))
        self.import_preview = dialog
        dialog.open()

    def _import_previewed(self, preview: ListPreview, name: str) -> None:
        self._push(ImportList(self._ops, self._stack, self._window, preview, name,
                              **self._shown()))

    # --- terms ----------------------------------------------------------------------------

    def move_term(self, term: ListTerm, target: int) -> None:
        """Move `term` to row `target` of the current list (undoable)."""
        list_id = self._window.current_list_id
        if list_id is None:
            return
        self._push(MoveListTerm(self._ops, self._stack, self._window, list_id, term, target,
                                **self._shown(term_id=term.term_id)))

    def remove_terms(self, terms: list[ListTerm]) -> None:
        """Take `terms` out of the current list; Ctrl+Z puts them back."""
        list_id = self._window.current_list_id
        if not terms or list_id is None:
            return
        what = (f"“{terms[0].term}”" if len(terms) == 1
                else self.tr("%Ln term(s)", "", len(terms)))
        self._push(RemoveListTerms(self._ops, self._stack, self._window, list_id,
                                   [t.term_id for t in terms], what, done=self._done_undoable,
                                   undone=self._undone, report=self._window.report))

    @Slot(str, str)
    def add_typed_term(self, term: str, gloss: str) -> None:
        """Add a typed term (and gloss) to the end of the current list (undoable); the typing
        row is emptied once it is stored, and keeps the text when it is refused."""
        list_id = self._window.current_list_id
        if list_id is None:
            self._window.say(
                self.tr("Make or choose a list first; the term goes into the list shown."),
                error=True)
            return
        callbacks = self._shown()
        command: AddTypedTerm

        def done(text: str, shown: int | None) -> None:
            callbacks["done"](text, shown)
            if command.typed is not None:
                self._window.show_term_after_reload(command.typed.term_id)
            self._window.terms_pane.typed_added()

        command = AddTypedTerm(self._ops, self._stack, self._window, list_id, term, gloss,
                               done=done, undone=callbacks["undone"],
                               report=callbacks["report"])
        self._push(command)

    @Slot(int, object)
    def set_gloss(self, term_id: int, gloss: str | None) -> None:
        """Give the current list its own gloss for a term (None: back to the term's senses)."""
        list_id = self._window.current_list_id
        if list_id is None:
            return
        model = self._window.model
        row = model.row_of(term_id)
        shown = model.term_at(row) if row is not None else None
        term = shown.term if shown is not None else ""
        self._push(SetListGloss(self._ops, self._stack, self._window, list_id, term_id, term,
                                gloss, **self._shown(term_id=term_id)))

    # --- undo and messages ----------------------------------------------------------------

    def _push(self, command: QUndoCommand) -> None:
        self._stack.push(command)  # runs it

    def _shown(self, term_id: int | None = None,
               report: Callable[[BaseException], None] | None = None) -> ListCallbacks:
        """The callbacks of a list command: after its step (done or undone), show its list
        (and `term_id` in it) and say what happened."""
        def show(list_id: int | None) -> None:
            self._window.show_list_after_reload(list_id)
            self._window.show_term_after_reload(term_id)

        def done(text: str, list_id: int | None) -> None:
            show(list_id)
            self._window.changed(text)

        def undone(text: str, list_id: int | None) -> None:
            show(list_id)
            self._undone(text)

        return {"done": done, "undone": undone, "report": report or self._window.report}

    def _done_undoable(self, text: str) -> None:
        self._window.changed(self.tr("{what} Undo with Ctrl+Z.").format(what=text))

    def _undone(self, text: str) -> None:
        self._window.changed(self.tr("Undone: {what}").format(what=text))


"""One undo history for the window: `OpCommand`, a QUndoCommand whose work runs through `Ops`.

After Anki's undoable `CollectionOp`s: a view pushes a command onto the window's QUndoStack;
pushing runs its `apply` on the worker (the first time too), Edit → Undo runs `revert`, Redo runs
`apply` again. Each runs as one `Ops` write (one transaction in the services), so the GUI thread
never touches the collection and the Changes of each step reach every view.

Since Ops runs one operation at a time in submission order, the steps of the history reach the
collection in the order the user asked for them, even when an undo is asked for before the work
it undoes has finished.

A failed step changes nothing stored (the services write in one transaction): a failed `apply`
leaves the history as if the command had never been pushed, a failed `revert` means the history
no longer matches the collection, so it is cleared.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction, QKeySequence, QUndoCommand, QUndoStack
from PySide6.QtWidgets import QWidget

from vocab_app.gui.ops import Ops
from vocab_app.services.changes import Changes

if TYPE_CHECKING:
    from vocab_app.services.library import Library

REDO_KEYS = ("Ctrl+Shift+Z", "Ctrl+Y")  # both conventions, on every platform


def undo_actions(owner: QWidget, undo_stack: QUndoStack) -> tuple[QAction, QAction]:
    """Undo and Redo actions over `undo_stack` (their texts name its steps: "Undo Delete 3
    terms"), with their keys, added to `owner` so the keys work in its window."""
    undo = undo_stack.createUndoAction(owner, QCoreApplication.translate("MainWindow", "&Undo"))
    undo.setShortcuts(QKeySequence.StandardKey.Undo)
    redo = undo_stack.createRedoAction(owner, QCoreApplication.translate("MainWindow", "&Redo"))
    redo.setShortcuts([QKeySequence(key) for key in REDO_KEYS])
    owner.addActions([undo, redo])
    return undo, redo


class OpCommand(QUndoCommand):
    """An undoable write; subclasses give `apply`/`revert` (worker) and
    `applied`/`reverted`/`failed` (GUI thread)."""

    changes: Changes | None = None  # for steps whose results carry no Changes

    def __init__(self, ops: Ops, stack: QUndoStack, text: str,
                 originator: object | None = None) -> None:
        super().__init__(text)
        self._ops = ops
        self._stack = stack
        self._originator = originator

    # --- what a command does (override) ------------------------------------------------------

    def apply(self, lib: Library) -> object:
        """Do (or redo) the write on the worker; the result goes to `applied`."""
        raise NotImplementedError

    def revert(self, lib: Library) -> object:
        """Undo the write on the worker; the result goes to `reverted`."""
        raise NotImplementedError

    def applied(self, result: object) -> None:
        """On the GUI thread, after `apply`."""

    def reverted(self, result: object) -> None:
        """On the GUI thread, after `revert`."""

    def failed(self, exc: BaseException) -> None:
        """On the GUI thread, when a step failed (nothing was stored)."""

    # --- QUndoCommand ----------------------------------------------------------------------------

    def redo(self) -> None:
        """Qt calls this on push and on Redo: run `apply` through Ops."""
        self._ops.run(self.apply, on_done=self.applied, changes=self.changes,
                      on_error=lambda exc: self._on_error(exc, undoing=False),
                      originator=self._originator)

    def undo(self) -> None:
        """Qt calls this on Undo: run `revert` through Ops."""
        self._ops.run(self.revert, on_done=self.reverted, changes=self.changes,
                      on_error=lambda exc: self._on_error(exc, undoing=True),
                      originator=self._originator)

    def discard(self) -> None:
        """Take this command out of the history after an `apply` that stored nothing (the
        history is cleared instead if later steps were pushed meanwhile)."""
        stack = self._stack
        at = next((i for i in range(stack.count()) if stack.command(i) is self), -1)
        if at >= 0 and stack.index() == at + 1:
            self.setObsolete(True)
            stack.undo()  # an obsolete command leaves the stack without its undo running
        else:
            stack.clear()

    def _on_error(self, exc: BaseException, *, undoing: bool) -> None:
        self.failed(exc)
        if undoing:
            self._stack.clear()
        else:
            self.discard()

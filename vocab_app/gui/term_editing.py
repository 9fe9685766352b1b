"""The Library's term edits by hand: Ctrl+N "Add term…" and F2 on the Term column (rename,
and merge when the new text is another term's), each one step of the window's undo history
(gui/term_commands.py). Kept apart from gui/library_view.py, which wires it in."""

from __future__ import annotations

from collections.abc import Callable, Sequence

import shiboken6
from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QMessageBox, QWidget

from vocab_app.gui.add_term_dialog import AddTermDialog
from vocab_app.gui.errors import error_text
from vocab_app.gui.ops import Ops
from vocab_app.gui.term_commands import AddTerm, MergeTerms, RenameTerm
from vocab_app.services.reader import SegmentAt
from vocab_app.services.term_edits import MergeNeeded

Say = Callable[[str], None]


class TermEditing(QObject):
    """Adds, renames and merges terms for the view `owner`: `changed(message)` after each step
    (the view refreshes), `find(term)` to show a term (an existing one the user asked for)."""

    def __init__(self, ops: Ops, stack: QUndoStack, owner: QWidget, *, changed: Say,
                 find: Say) -> None:
        super().__init__(owner)
        self._ops, self._stack, self._owner = ops, stack, owner
        self._changed, self._find = changed, find
        self.dialog: AddTermDialog | None = None

    def ask_new_term(self, list_names: Sequence[str], *, term: str = "", gloss: str = "",
                     context: str = "",
                     segment_id: int | SegmentAt | None = None) -> AddTermDialog:
        """Open the "Add term" dialog (returned, for tests), filled in with `term`, `gloss`
        and `context` (the reading view's selection); `segment_id` keeps the context's
        source and timestamp (a `SegmentAt`: a file not in the collection, recorded on adding)."""
        dialog = AddTermDialog(list_names, self._owner)
        dialog.term_edit.setText(term)
        dialog.gloss_edit.setText(gloss)
        dialog.context_edit.setPlainText(context)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.submitted.connect(
            lambda term, gloss, context, list_name: self._add(
                dialog, term, gloss, context, list_name, segment_id=segment_id))
        dialog.show_existing.connect(self._find)
        dialog.open()
        self.dialog = dialog
        return dialog

    def _add(self, dialog: AddTermDialog, term: str, gloss: str, context: str,
             list_name: str, segment_id: int | SegmentAt | None = None) -> None:
        def open_() -> bool:  # on Redo the dialog is long gone
            return shiboken6.isValid(dialog) and dialog.isVisible()

        def done(_term_id: int, message: str) -> None:
            if open_():
                dialog.stored()
            self._changed(message)

        def refused(exc: BaseException) -> None:
            if open_():
                dialog.refused(exc)
            else:
                self._changed(error_text(exc))

        self._stack.push(AddTerm(self._ops, self._stack, self._owner, term, gloss, context,
                                 list_name or None, done=done, undone=self._changed,
                                 report=refused, segment_id=segment_id))

    def rename(self, term_id: int, old: str, new: str) -> None:
        """Rename the term `term_id` to `new`; onto another term's text, offer to merge."""
        self._stack.push(RenameTerm(self._ops, self._stack, self._owner, term_id, old, new,
                                    done=self._changed,
                                    report=lambda exc: self._refused(term_id, old, exc)))

    def _refused(self, term_id: int, old: str, exc: BaseException) -> None:
        if not isinstance(exc, MergeNeeded):
            self._changed(error_text(exc))
            return
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("Merge terms"), self.tr(
                          "“{term}” is already in your collection. Merge “{old}” into it?\n\n"
                          "Its glosses, contexts, lists and cards join “{term}”; where both "
                          "have a card of one kind, the one reviewed more keeps its schedule and "
                          "the other's answers join its history. Edit → Undo takes it back.")
                          .format(term=exc.term, old=old),
                          QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
                          self._owner)
        box.setTextFormat(Qt.TextFormat.PlainText)
        box.button(QMessageBox.StandardButton.Yes).setText(self.tr("&Merge"))
        box.setDefaultButton(QMessageBox.StandardButton.Yes)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        target_id, target = exc.term_id, exc.term
        merge = box.button(QMessageBox.StandardButton.Yes)

        def answered(_result: int) -> None:
            if box.clickedButton() is merge:
                self.merge(term_id, old, target_id, target)
            else:
                self._changed(self.tr("“{old}” was not renamed.").format(old=old))

        box.finished.connect(answered)
        box.open()
        self.merge_box = box

    def merge(self, source_id: int, source: str, target_id: int, target: str) -> None:
        """Merge term `source_id` into `target_id` (one undo step)."""
        self._stack.push(MergeTerms(self._ops, self._stack, self._owner, source_id, source,
                                    target_id, target, done=self._changed,
                                    report=lambda exc: self._changed(error_text(exc))))

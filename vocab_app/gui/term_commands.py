"""The undoable term edits of the Library (see gui/undo.py): add a term by hand, rename one,
merge one into another. Each keeps the record its last step returned, so Undo and Redo can
follow each other any number of times."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QUndoStack

from vocab_app.gui.ops import Ops
from vocab_app.gui.undo import OpCommand
from vocab_app.services import term_edits as te
from vocab_app.services.reader import SegmentAt

if TYPE_CHECKING:
    from vocab_app.services.changes import Changes
    from vocab_app.services.library import Library

translate = QCoreApplication.translate

Say = Callable[[str], None]
Report = Callable[[BaseException], None]


class AddTerm(OpCommand):
    """Add a term by hand (term, gloss, context, list); undo deletes the note again."""

    def __init__(self, ops: Ops, stack: QUndoStack, originator: object, term: str, gloss: str,
                 context: str, list_name: str | None, *, done: Callable[[int, str], None],
                 undone: Say, report: Report,
                 segment_id: int | SegmentAt | None = None) -> None:
        super().__init__(ops, stack, translate("TermCommands", "Add term “{term}”").format(
            term=" ".join(term.split())), originator)
        self._args = (term, gloss, context, list_name)
        self._segment_id = segment_id  # the reading view's: the context keeps its source
        self._added: te.AddedTerm | None = None
        self._removed: te.RemovedAdded | None = None
        self._done, self._undone, self._report = done, undone, report

    def apply(self, lib: Library) -> te.AddedTerm | Changes:
        if self._removed is not None:  # redo: the same note under the same ids
            return te.put_back_added(lib, self._removed)
        term, gloss, context, list_name = self._args
        if isinstance(self._segment_id, SegmentAt):  # a file the reader opened: recorded
            self._added = lib.reader.add_term_at(term, gloss, context=context,
                                                 list_name=list_name, at=self._segment_id)
            return self._added
        self._added = te.add_term(lib, term, gloss, context=context, list_name=list_name,
                                  segment_id=self._segment_id)
        return self._added

    def revert(self, lib: Library) -> te.RemovedAdded:
        assert self._added is not None
        self._removed = te.take_back_added(lib, self._added)
        return self._removed

    def applied(self, result: object) -> None:
        assert self._added is not None
        self._done(self._added.term_id, translate("TermCommands", "Added “{term}”.").format(
            term=self._added.term))

    def reverted(self, result: object) -> None:
        assert self._added is not None
        self._undone(translate("TermCommands", "Undone: added “{term}”.").format(
            term=self._added.term))

    def failed(self, exc: BaseException) -> None:
        self._report(exc)


class RenameTerm(OpCommand):
    """Change a term's text; undo gives the old text back. A rename onto another term fails
    with MergeNeeded (the view offers `MergeTerms`)."""

    def __init__(self, ops: Ops, stack: QUndoStack, originator: object, term_id: int,
                 old: str, new: str, *, done: Say, report: Report) -> None:
        super().__init__(ops, stack, translate("TermCommands", "Rename “{old}” to “{new}”").format(
            old=old, new=" ".join(new.split())), originator)
        self._term_id, self._new = term_id, new
        self._renamed: te.Renamed | None = None
        self._done, self._report = done, report

    def apply(self, lib: Library) -> te.Renamed:
        self._renamed = (te.rename_term(lib, self._term_id, self._new) if self._renamed is None
                         else te.redo_rename(lib, self._renamed))
        return self._renamed

    def revert(self, lib: Library) -> Changes:
        assert self._renamed is not None
        return te.undo_rename(lib, self._renamed)

    def applied(self, result: object) -> None:
        assert self._renamed is not None
        self._done(translate("TermCommands", "Renamed “{old}” to “{new}”.").format(
            old=self._renamed.before[1], new=self._renamed.after[1]))

    def reverted(self, result: object) -> None:
        assert self._renamed is not None
        self._done(translate("TermCommands", "Undone: “{new}” is “{old}” again.").format(
            new=self._renamed.after[1], old=self._renamed.before[1]))

    def failed(self, exc: BaseException) -> None:
        self._report(exc)


class MergeTerms(OpCommand):
    """Merge one term into another; undo puts both back as they were."""

    def __init__(self, ops: Ops, stack: QUndoStack, originator: object, source_id: int,
                 source: str, target_id: int, target: str, *, done: Say,
                 report: Report) -> None:
        super().__init__(ops, stack, translate("TermCommands", "Merge “{source}” into “{target}”")
                         .format(source=source, target=target), originator)
        self._ids = (source_id, target_id)
        self._names = (source, target)
        self._merged: te.Merged | None = None
        self._done, self._report = done, report

    def apply(self, lib: Library) -> te.Merged:
        self._merged = te.merge_terms(lib, *self._ids)
        return self._merged

    def revert(self, lib: Library) -> Changes:
        assert self._merged is not None
        return te.unmerge(lib, self._merged)

    def applied(self, result: object) -> None:
        self._done(translate("TermCommands", "Merged “{source}” into “{target}”.").format(
            source=self._names[0], target=self._names[1]))

    def reverted(self, result: object) -> None:
        self._done(translate("TermCommands", "Undone: “{source}” and “{target}” are apart again.")
                   .format(source=self._names[0], target=self._names[1]))

    def failed(self, exc: BaseException) -> None:
        self._report(exc)

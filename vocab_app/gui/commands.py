"""The undoable edits of the Library view and the Term lists window (see gui/undo.py).

Each command keeps what its last step returned (a deletion's snapshot, a restored list's new
id) so that Undo and Redo can follow each other any number of times. Its GUI callbacks are the
view's own: the view that pushed a command updates itself; the other views hear the Changes.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QUndoStack

from vocab_app.gui.gloss_cells import update_glosses
from vocab_app.gui.i18n import counts
from vocab_app.gui.ops import Ops
from vocab_app.gui.undo import OpCommand
from vocab_app.services.changes import LISTS, Changes
from vocab_app.services.list_undo import (
    DeletedList,
    Removed,
    delete_list,
    put_back,
    remove_terms,
    restore_list,
)
from vocab_app.services.pinyin import edited_reading, set_reading

if TYPE_CHECKING:
    from vocab_app.services.library import Deletion, Library, Marks

translate = QCoreApplication.translate

Say = Callable[[str], None]
Report = Callable[[BaseException], None]


class DeleteTerms(OpCommand):
    """Delete terms (all their data); undo restores them exactly."""

    def __init__(self, ops: Ops, stack: QUndoStack, originator: object, count: int,
                 resolve: Callable[[Library], list[int]], *, deleted: Say, restored: Say,
                 report: Report) -> None:
        text = translate("Commands", "Delete {terms}").format(terms=counts().terms(count))
        super().__init__(ops, stack, text, originator)
        self._count = count
        self._resolve = resolve  # the selected rows' ids, found on the worker the first time
        self._deletion: Deletion | None = None
        self._deleted, self._restored, self._report = deleted, restored, report

    def apply(self, lib: Library) -> Deletion:
        ids = (list(self._deletion.snapshot.term_ids) if self._deletion is not None
               else self._resolve(lib))
        self._deletion = lib.delete_terms(ids)
        return self._deletion

    def revert(self, lib: Library) -> Changes:
        assert self._deletion is not None  # reverted only after an apply
        return lib.restore_terms(self._deletion)

    def applied(self, result: object) -> None:
        self._deleted(translate("Commands", "Deleted {terms}.").format(
            terms=counts().terms(self._count)))

    def reverted(self, result: object) -> None:
        self._restored(translate("Commands", "Restored {terms}.").format(
            terms=counts().terms(self._count)))

    def failed(self, exc: BaseException) -> None:
        self._report(exc)


class MarkTerms(OpCommand):
    """Tag or (un)suspend terms; undo gives them their tags and their cards' suspension back."""

    def __init__(self, ops: Ops, stack: QUndoStack, originator: object, text: str,
                 message: str, resolve: Callable[[Library], list[int]],
                 edit: Callable[[Library, list[int]], Changes], *, done: Say, undone: Say,
                 report: Report) -> None:
        super().__init__(ops, stack, text, originator)
        self._message = message  # what was done, as the status bar says it
        self._resolve, self._edit = resolve, edit
        self._ids: list[int] | None = None  # found on the worker the first time
        self._before: Marks | None = None
        self._done, self._undone, self._report = done, undone, report

    def apply(self, lib: Library) -> Changes:
        if self._ids is None:
            self._ids = self._resolve(lib)
        self._before = lib.marks(self._ids)
        return self._edit(lib, self._ids)

    def revert(self, lib: Library) -> Changes:
        assert self._before is not None
        return lib.restore_marks(self._before)

    def applied(self, result: object) -> None:
        self._done(self._message)

    def reverted(self, result: object) -> None:
        self._undone(translate("Commands", "Undone: {what}").format(what=self._message))

    def failed(self, exc: BaseException) -> None:
        self._report(exc)


class EditGloss(OpCommand):
    """Change the gloss cell of a term (one sense, or each of several split on '; ')."""

    changes = Changes(senses=True)

    def __init__(self, ops: Ops, stack: QUndoStack, originator: object, term_id: int,
                 term: str, old: str, new: str, *, saved: Callable[[str | None], None],
                 report: Report) -> None:
        super().__init__(ops, stack,
                         translate("Commands", "Edit gloss of “{term}”").format(term=term),
                         originator)
        self._term_id, self._old, self._new = term_id, old, new
        self._saved, self._report = saved, report

    def apply(self, lib: Library) -> str | None:
        return update_glosses(lib, self._term_id, self._new)

    def revert(self, lib: Library) -> str | None:
        return update_glosses(lib, self._term_id, self._old)

    def applied(self, result: object) -> None:
        problem = result if isinstance(result, str) else None
        self._saved(problem)
        if problem is not None:
            self.discard()  # nothing was saved, so there is nothing to undo

    def reverted(self, result: object) -> None:
        self._saved(result if isinstance(result, str) else None)

    def failed(self, exc: BaseException) -> None:
        self._report(exc)


class EditPinyin(OpCommand):
    """Correct the pinyin of a Chinese term or sense ('' goes back to pypinyin's reading);
    undo puts back the reading shown before."""

    def __init__(self, ops: Ops, stack: QUndoStack, originator: object, text: str, new: str,
                 *, done: Callable[[], None], report: Report) -> None:
        super().__init__(ops, stack,
                         translate("Commands", "Edit pinyin of “{text}”").format(text=text),
                         originator)
        self._text, self._new = text, new
        self._old: str | None = None
        self._done, self._report = done, report

    def apply(self, lib: Library) -> Changes:
        self._old = edited_reading(lib, self._text)
        return set_reading(lib, self._text, self._new)

    def revert(self, lib: Library) -> Changes:
        return set_reading(lib, self._text, self._old)

    def applied(self, result: object) -> None:
        self._done()

    def reverted(self, result: object) -> None:
        self._done()

    def failed(self, exc: BaseException) -> None:
        self._report(exc)


class RemoveListTerms(OpCommand):
    """Take terms out of a teacher list; undo puts them back in their places and glosses."""

    changes = LISTS

    def __init__(self, ops: Ops, stack: QUndoStack, originator: object, list_id: int,
                 term_ids: list[int], what: str, *, done: Say, undone: Say,
                 report: Report) -> None:
        super().__init__(ops, stack,
                         translate("Commands", "Remove {what} from the list").format(what=what),
                         originator)
        self._list_id, self._term_ids, self._what = list_id, term_ids, what
        self._removed: Removed | None = None
        self._done, self._undone, self._report = done, undone, report

    def apply(self, lib: Library) -> Removed:
        self._removed = remove_terms(lib, self._list_id, self._term_ids)
        return self._removed

    def revert(self, lib: Library) -> int:
        assert self._removed is not None
        return put_back(lib, self._removed.list_id, self._removed)

    def applied(self, result: object) -> None:
        self._done(translate("Commands", "Removed {what} from the list.").format(what=self._what))

    def reverted(self, result: object) -> None:
        self._undone(translate("Commands", "Removed {what} from the list.").format(
            what=self._what))

    def failed(self, exc: BaseException) -> None:
        self._report(exc)


class DeleteList(OpCommand):
    """Delete a teacher list; undo creates it again in its place with its terms."""

    changes = LISTS

    def __init__(self, ops: Ops, stack: QUndoStack, originator: object, list_id: int,
                 name: str, *, done: Say, undone: Callable[[str, int], None],
                 report: Report) -> None:
        super().__init__(ops, stack,
                         translate("Commands", "Delete list “{name}”").format(name=name),
                         originator)
        self._list_id = list_id  # a restored list comes back under a new id
        self._deleted: DeletedList | None = None
        self._done, self._undone, self._report = done, undone, report

    def apply(self, lib: Library) -> DeletedList:
        self._deleted = delete_list(lib, self._list_id)
        return self._deleted

    def revert(self, lib: Library) -> int:
        assert self._deleted is not None
        self._list_id = restore_list(lib, self._deleted)
        return self._list_id

    def _what(self) -> str:
        assert self._deleted is not None
        return translate("Commands", "Deleted list “{name}” ({terms}).").format(
            name=self._deleted.name, terms=counts().terms(len(self._deleted.removed.terms)))

    def applied(self, result: object) -> None:
        self._done(self._what())

    def reverted(self, result: object) -> None:
        self._undone(self._what(), self._list_id)

    def failed(self, exc: BaseException) -> None:
        self._report(exc)

"""The undoable teacher-list edits (see gui/undo.py): New list, Rename, Reorder, Move a term, a
list's own gloss, Add to list (the Library's), a term typed into a list and Import CSV/TSV;
deleting a list and removing terms are in gui/commands.py.

Each command's `apply` runs on the worker through `lib.lists`, remembers there what its `revert`
needs (the old name, order, place or gloss), and keeps what a redo must reuse: a list made
again comes back under the id it had (`TermLists.create(list_id=…)`), so the later steps of the
history that name it still find it.

An import's undo takes out the list it made, not the notes it created for unknown terms: those
may have been reviewed, mined into or edited since, by steps that are not all on this history,
and deleting them would also mark them as deleted for the miner. The step's name says so
("… (its 3 new terms stay)"), as do the tags an import merged into terms already stored.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, TypedDict

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QUndoStack

from vocab_app.gui.i18n import counts
from vocab_app.gui.ops import Ops
from vocab_app.gui.undo import OpCommand
from vocab_app.services.changes import LISTS, Changes
from vocab_app.services.list_import import ImportListReport, ListPreview
from vocab_app.services.list_undo import DeletedList, delete_list, restore_list
from vocab_app.services.lists import ListTerm
from vocab_app.services.lists_typed import TakenBack, TypedTerm, add_typed, put_back, take_back

if TYPE_CHECKING:
    from vocab_app.services.library import Library

translate = QCoreApplication.translate
Shown = Callable[[str, "int | None"], None]  # (what was done or undone, the list to show)
Report = Callable[[BaseException], None]


class ListCallbacks(TypedDict):
    """The view's callbacks a list command takes (as keyword arguments)."""

    done: Shown
    undone: Shown
    report: Report


def clean(name: str) -> str:
    """A list name as the service stores it (inner runs of spaces made one)."""
    return " ".join(name.split())


class ListCommand(OpCommand):
    """A list edit on the window's history. `done`/`undone` get `message()` and the id of the
    list to show; `report` gets a failure (nothing was stored)."""

    changes: Changes | None = LISTS

    def __init__(self, ops: Ops, stack: QUndoStack, originator: object, text: str, *,
                 done: Shown, undone: Shown, report: Report) -> None:
        super().__init__(ops, stack, text, originator)
        self.list_id: int | None = None  # the list the step changed, once known
        self._done, self._undone, self._report = done, undone, report

    def message(self) -> str:
        """What the step did, as the window's message line says it."""
        return translate("ListCommands", "{what}.").format(what=self.text())

    def applied(self, result: object) -> None:
        self._done(self.message(), self.list_id)

    def reverted(self, result: object) -> None:
        self._undone(self.message(), self.list_id)

    def failed(self, exc: BaseException) -> None:
        self._report(exc)


class CreateList(ListCommand):
    """Make an empty list; undo deletes it, redo makes it again under the same id."""

    def __init__(self, ops: Ops, stack: QUndoStack, originator: object, name: str, *,
                 done: Shown, undone: Shown, report: Report) -> None:
        text = translate("ListCommands", "New list “{name}”").format(name=clean(name))
        super().__init__(ops, stack, originator, text, done=done, undone=undone, report=report)
        self._name = name

    def message(self) -> str:
        return translate("ListCommands", "Created list “{name}”.").format(name=clean(self._name))

    def apply(self, lib: Library) -> int:
        self.list_id = lib.lists.create(self._name, list_id=self.list_id)
        return self.list_id

    def revert(self, lib: Library) -> Changes:
        assert self.list_id is not None  # reverted only after an apply
        return lib.lists.delete(self.list_id)


class RenameList(ListCommand):
    """Rename a list; undo gives it its old name back."""

    def __init__(self, ops: Ops, stack: QUndoStack, originator: object, list_id: int,
                 old: str, name: str, *, done: Shown, undone: Shown, report: Report) -> None:
        text = translate("ListCommands", "Rename list “{old}” to “{new}”").format(
            old=old, new=clean(name))
        super().__init__(ops, stack, originator, text, done=done, undone=undone, report=report)
        self.list_id, self._name = list_id, name
        self._old: str | None = None  # read on the worker the first time

    def message(self) -> str:
        return translate("ListCommands", "Renamed the list to “{name}”.").format(
            name=clean(self._name))

    def apply(self, lib: Library) -> Changes:
        assert self.list_id is not None
        if self._old is None:
            self._old = lib.lists.get(self.list_id).name
        return lib.lists.rename(self.list_id, self._name)

    def revert(self, lib: Library) -> Changes:
        assert self.list_id is not None and self._old is not None
        return lib.lists.rename(self.list_id, self._old)


class ReorderLists(ListCommand):
    """Put the lists in a new order (a move up/down or a drag); undo puts back the old one."""

    def __init__(self, ops: Ops, stack: QUndoStack, originator: object, ids: list[int],
                 current: int | None, *, done: Shown, undone: Shown, report: Report) -> None:
        text = translate("ListCommands", "Reorder lists")
        super().__init__(ops, stack, originator, text, done=done, undone=undone,
                         report=report)
        self.list_id, self._order = current, list(ids)
        self._before: list[int] | None = None

    def message(self) -> str:
        return translate("ListCommands", "Lists reordered.")

    def apply(self, lib: Library) -> Changes:
        if self._before is None:
            self._before = [lst.id for lst in lib.lists.all()]
        return lib.lists.reorder(self._order)

    def revert(self, lib: Library) -> Changes:
        assert self._before is not None
        return lib.lists.reorder(self._before)


class MoveListTerm(ListCommand):
    """Move a term within a list; undo moves it back to its old place."""

    def __init__(self, ops: Ops, stack: QUndoStack, originator: object, list_id: int,
                 term: ListTerm, target: int, *, done: Shown, undone: Shown,
                 report: Report) -> None:
        text = translate("ListCommands", "Move “{term}” in the list").format(term=term.term)
        super().__init__(ops, stack, originator, text, done=done, undone=undone, report=report)
        self.list_id, self._term, self._target = list_id, term, target
        self._from: int | None = None

    def message(self) -> str:
        return translate("ListCommands", "Moved “{term}” to {place}.").format(
            term=self._term.term, place=self._target + 1)

    def apply(self, lib: Library) -> Changes:
        assert self.list_id is not None
        if self._from is None:
            ids = [t.term_id for t in lib.lists.terms(self.list_id)]
            self._from = ids.index(self._term.term_id) if self._term.term_id in ids else 0
        return lib.lists.move_term(self.list_id, self._term.term_id, self._target)

    def revert(self, lib: Library) -> Changes:
        assert self.list_id is not None and self._from is not None
        return lib.lists.move_term(self.list_id, self._term.term_id, self._from)


class SetListGloss(ListCommand):
    """Give a list its own gloss for a term (None: back to the term's senses); undo puts the
    list's old gloss back."""

    def __init__(self, ops: Ops, stack: QUndoStack, originator: object, list_id: int,
                 term_id: int, term: str, gloss: str | None, *, done: Shown, undone: Shown,
                 report: Report) -> None:
        text = (translate("ListCommands", "Set the list's gloss of “{term}”")
                if gloss and gloss.strip() else
                translate("ListCommands", "Clear the list's gloss of “{term}”"))
        super().__init__(ops, stack, originator, text.format(term=term),
                         done=done, undone=undone, report=report)
        self.list_id, self._term_id, self._gloss = list_id, term_id, gloss
        self._before: tuple[str | None] | None = None  # the old override, read on the worker

    def message(self) -> str:
        return (translate("ListCommands", "Gloss saved for this list.")
                if self._gloss and self._gloss.strip()
                else translate("ListCommands", "The list shows the term's senses again."))

    def apply(self, lib: Library) -> Changes:
        assert self.list_id is not None
        if self._before is None:
            old = [t.gloss_override for t in lib.lists.terms(self.list_id)
                   if t.term_id == self._term_id]
            self._before = (old[0] if old else None,)
        return lib.lists.set_gloss(self.list_id, self._term_id, self._gloss)

    def revert(self, lib: Library) -> Changes:
        assert self.list_id is not None and self._before is not None
        return lib.lists.set_gloss(self.list_id, self._term_id, self._before[0])


class AddToList(ListCommand):
    """Add terms to the list called `name` (made if there is none); undo takes out the terms
    it added, and the list too if it made it."""

    def __init__(self, ops: Ops, stack: QUndoStack, originator: object, name: str,
                 count: int, resolve: Callable[[Library], list[int]], *, done: Shown,
                 undone: Shown, report: Report) -> None:
        super().__init__(ops, stack, originator,
                         translate("ListCommands", "Add {terms} to list “{name}”").format(
                             terms=counts().terms(count), name=clean(name)), done=done,
                         undone=undone, report=report)
        self._name, self._count, self._resolve = name, count, resolve
        self._added: list[int] | None = None  # the terms not in the list before
        self._created = False

    def message(self) -> str:
        text = (translate("ListCommands", "Added {terms} to new list “{name}”.")
                if self._created else
                translate("ListCommands", "Added {terms} to list “{name}”."))
        return text.format(terms=counts().terms(self._count), name=clean(self._name))

    def apply(self, lib: Library) -> Changes:
        with lib.db.atomic():
            if self._added is None:  # the first time: find the list and the new terms
                existing = {lst.name: lst.id for lst in lib.lists.all()}
                self.list_id = existing.get(clean(self._name))
                self._created = self.list_id is None
                if self.list_id is None:
                    self.list_id = lib.lists.create(self._name)
                inside = {t.term_id for t in lib.lists.terms(self.list_id)}
                self._added = [i for i in dict.fromkeys(self._resolve(lib)) if i not in inside]
            elif self._created:
                self.list_id = lib.lists.create(self._name, list_id=self.list_id)
            assert self.list_id is not None
            lib.lists.add_terms(self.list_id, self._added)
        return LISTS

    def revert(self, lib: Library) -> Changes:
        assert self.list_id is not None and self._added is not None
        if self._created:
            return lib.lists.delete(self.list_id)
        return lib.lists.remove_terms(self.list_id, self._added)


class AddTypedTerm(ListCommand):
    """A term typed into a list (services/lists_typed.py): a known term is linked, a new one
    becomes a note too; undo takes it out of the list (and deletes the note it made), redo puts
    it back under the same ids."""

    changes: Changes | None = None  # the result says whether a note was made

    def __init__(self, ops: Ops, stack: QUndoStack, originator: object, list_id: int,
                 term: str, gloss: str, *, done: Shown, undone: Shown,
                 report: Report) -> None:
        text = translate("ListCommands", "Add “{term}” to the list").format(term=clean(term))
        super().__init__(ops, stack, originator, text, done=done, undone=undone, report=report)
        self.list_id, self._term, self._gloss = list_id, term, gloss
        self.typed: TypedTerm | None = None  # what the first apply did
        self._taken: TakenBack | None = None

    def message(self) -> str:
        typed = self.typed
        if typed is None:
            return translate("ListCommands", "{what}.").format(what=self.text())
        if typed.created:
            return translate("ListCommands", "Added “{term}” to the list and, as a new term, to "
                             "the collection.").format(term=typed.term)
        return translate("ListCommands", "Added “{term}” to the list.").format(term=typed.term)

    def apply(self, lib: Library) -> TypedTerm | Changes:
        if self._taken is not None:
            return put_back(lib.lists, self._taken)
        assert self.list_id is not None
        self.typed = add_typed(lib.lists, self.list_id, self._term, self._gloss)
        return self.typed

    def revert(self, lib: Library) -> TakenBack:
        assert self.typed is not None
        self._taken = take_back(lib.lists, self.typed)
        return self._taken


class ImportList(ListCommand):
    """Import a previewed CSV/TSV file as a new list; undo deletes that list (the notes made
    for unknown terms stay: see the module's docstring), redo restores it as it was."""

    changes: Changes | None = None  # the first import's report says if it made notes

    def __init__(self, ops: Ops, stack: QUndoStack, originator: object, preview: ListPreview,
                 name: str, *, done: Shown, undone: Shown, report: Report) -> None:
        new = preview.count("create")
        if not new:
            text = translate("ListCommands", "Import list “{name}”")
        elif new == 1:
            text = translate("ListCommands", "Import list “{name}” (its new term stays)")
        else:  # two or more
            text = translate("ListCommands", "Import list “{name}” (its {n} new terms stay)")
        super().__init__(ops, stack, originator, text.format(name=clean(name), n=new),
                         done=done, undone=undone, report=report)
        self._preview, self._name = preview, name
        self.report: ImportListReport | None = None  # what the first import did
        self._deleted: DeletedList | None = None

    def message(self) -> str:
        report = self.report
        if report is None:
            return translate("ListCommands", "{what}.").format(what=self.text())
        text = translate("ListCommands", "Imported “{name}”: {terms} already in the "
                         "collection, {new}.").format(name=report.name,
                                                     terms=counts().terms(report.linked),
                                                     new=counts().new_terms(report.created))
        if report.skipped:
            text += translate("ListCommands", " Skipped {rows}: {which}.").format(
                rows=counts().rows(len(report.skipped)), which="; ".join(report.skipped[:3]))
        return text

    def apply(self, lib: Library) -> ImportListReport | Changes:
        if self._deleted is not None:
            self.list_id = restore_list(lib, self._deleted)
            return LISTS
        self.report = lib.lists.import_preview(self._preview, self._name)
        self.list_id = self.report.list_id
        return self.report

    def revert(self, lib: Library) -> DeletedList:
        assert self.list_id is not None
        self._deleted = delete_list(lib, self.list_id)
        return self._deleted

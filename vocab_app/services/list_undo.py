"""Undoable list edits: deleting a list or taking terms out of one while keeping what undo needs,
and putting them back (the GUI's Term lists window runs these on its worker thread).

Each call is one transaction over `lib.lists` calls (nested ones become savepoints), so an undo
either restores the list whole or changes nothing. The snapshots are plain data, so an undo
works after any number of reloads of the window.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from vocab_app.services.changes import LISTS, Changes
from vocab_app.services.lists import ListTerm

if TYPE_CHECKING:
    from vocab_app.services.library import Library


@dataclass(frozen=True)
class Removed:
    """Terms taken out of a list, with their places, so undo can put them back."""

    list_id: int
    terms: tuple[tuple[int, ListTerm], ...]  # (index in the list, the term), ascending
    changes: Changes = LISTS


@dataclass(frozen=True)
class DeletedList:
    """A deleted list: its name, its place among the lists, and its terms."""

    name: str
    index: int
    removed: Removed
    changes: Changes = LISTS


def remove_terms(lib: Library, list_id: int, term_ids: list[int]) -> Removed:
    """Take `term_ids` out of the list; returns what undo needs."""
    with lib.db.atomic():
        terms = lib.lists.terms(list_id)
        chosen = set(term_ids)
        removed = tuple((i, t) for i, t in enumerate(terms) if t.term_id in chosen)
        lib.lists.remove_terms(list_id, term_ids)
        return Removed(list_id, removed)


def delete_list(lib: Library, list_id: int) -> DeletedList:
    """Delete the list; returns what undo needs."""
    with lib.db.atomic():
        order = [lst.id for lst in lib.lists.all()]
        name = lib.lists.get(list_id).name
        removed = tuple(enumerate(lib.lists.terms(list_id)))
        lib.lists.delete(list_id)
        return DeletedList(name, order.index(list_id), Removed(list_id, removed))


def put_back(lib: Library, list_id: int, removed: Removed) -> int:
    """Return removed terms to their places and glosses; a term deleted since is left out.
    Returns how many came back."""
    from vocab_app.services.lists import ListError

    with lib.db.atomic():
        wanted = [t.term_id for _i, t in removed.terms]
        try:
            lib.lists.add_terms(list_id, wanted)
            back = wanted
        except ListError:  # some term no longer exists: add the others one by one
            back = []
            for term_id in wanted:
                try:
                    lib.lists.add_terms(list_id, [term_id])
                    back.append(term_id)
                except ListError:
                    continue
        ids = [t.term_id for t in lib.lists.terms(list_id)]
        for index, term in removed.terms:
            if term.term_id not in back:
                continue
            if ids.index(term.term_id) != index:
                ids.remove(term.term_id)
                ids.insert(min(index, len(ids)), term.term_id)
                lib.lists.move_term(list_id, term.term_id, index)
            if term.gloss_override:
                lib.lists.set_gloss(list_id, term.term_id, term.gloss_override)
        return len(back)


def restore_list(lib: Library, deleted: DeletedList) -> int:
    """Create the deleted list again in its old place with its terms, under its old id when
    that is still free (so later steps of the history that name it still find it); returns
    its id."""
    with lib.db.atomic():
        old_id = deleted.removed.list_id
        free = all(lst.id != old_id for lst in lib.lists.all())
        list_id = lib.lists.create(deleted.name, list_id=old_id if free else None)
        put_back(lib, list_id, deleted.removed)
        others = [lst.id for lst in lib.lists.all() if lst.id != list_id]
        others.insert(min(deleted.index, len(others)), list_id)
        lib.lists.reorder(others)
        return list_id

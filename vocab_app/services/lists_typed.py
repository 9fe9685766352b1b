"""A term typed into a list (term, gloss), with its undo and redo.

`add_typed` puts a typed term at the end of a list. A term already in the collection (matched as
the miner matches: `mining.merge.term_key`) is linked, and a gloss that differs from its senses
becomes the list's gloss for it, as a list import does. An unknown term becomes a note in the
collection (term, one sense, its cards) made by the same path as a list import's unknown rows
(`TermLists.find_or_create` → store/terms.create_term); it needs a gloss, or its card would
have no answer.

`take_back` undoes it: the term leaves the list, and a note made for it is deleted again
without being remembered as a deletion (re-mining may offer the term as new, since the user
never kept it); `put_back` redoes it, the note under the ids it had.
"""

from __future__ import annotations

from dataclasses import dataclass

from vocab_app.i18n_text import _
from vocab_app.services.changes import LISTS, Changes
from vocab_app.services.lists import ListError, TermLists, valid_text
from vocab_app.store import lists as store
from vocab_app.store.db import Database
from vocab_app.store.decisions import forget_deleted
from vocab_app.store.edits import DeletedTerms, delete_terms, restore_terms
from vocab_app.store.terms import sense_glosses

NEW_NOTE = Changes(lists=True, terms=True, senses=True, cards=True)


@dataclass(frozen=True, slots=True)
class TypedTerm:
    """A term typed into a list: the note it is, whether that note was made for it, and the
    list's own gloss it was given (None: the list shows the term's senses)."""

    list_id: int
    term_id: int
    term: str
    created: bool
    override: str | None = None

    @property
    def changes(self) -> Changes:
        """The list, and a new note with its senses and cards when one was made."""
        return NEW_NOTE if self.created else LISTS


@dataclass(frozen=True, slots=True)
class TakenBack:
    """What `take_back` removed: the typed term, and the deleted note's rows if it made one."""

    typed: TypedTerm
    snapshot: DeletedTerms | None

    @property
    def changes(self) -> Changes:
        """As the typing changed."""
        return self.typed.changes


def add_typed(lists: TermLists, list_id: int, term: str, gloss: str = "") -> TypedTerm:
    """Put `term` at the end of the list (see the module docstring); ListError with a sentence
    for an empty term, a term already in the list, or an unknown term without a gloss."""
    lists.get(list_id)
    text = valid_text(term, "term")
    meaning = valid_text(gloss, "gloss", empty_ok=True)
    with lists.db.atomic():
        known = lists.lookup(text)
        if known is None and not meaning:
            raise ListError(_("“{text}” is not in the collection yet: give it a gloss "
                              "too, so its card has an answer.").format(text=text))
        if known is not None and any(t.term_id == known[0] for t in lists.terms(list_id)):
            raise ListError(_("“{text}” is already in this list.").format(text=text))
        term_id, created = lists.find_or_create(text, meaning)
        store.append_terms(lists.db, list_id, [term_id])
        override = None
        if not created and meaning and meaning not in sense_glosses(lists.db, term_id):
            store.set_gloss_override(lists.db, list_id, term_id, meaning)
            override = meaning
    return TypedTerm(list_id, term_id, text, created, override)


def take_back(lists: TermLists, typed: TypedTerm) -> TakenBack:
    """Undo `add_typed`: the term leaves the list; a note made for it is deleted (and not
    remembered as a deletion)."""
    with lists.db.atomic():
        if not typed.created:
            lists.remove_terms(typed.list_id, [typed.term_id])
            return TakenBack(typed, None)
        return TakenBack(typed, discard_note(lists.db, typed.term_id))


def discard_note(db: Database, term_id: int) -> DeletedTerms:
    """Delete a note made by hand again, without remembering it as a deletion (the user never
    kept it); the snapshot that `restore_terms` puts back. Inside the caller's transaction."""
    snapshot = delete_terms(db, [term_id])
    forget_deleted(db, [row[part.columns.index("key")] for part in snapshot.tables
                        if part.table == "terms" for row in part.rows])
    return snapshot


def put_back(lists: TermLists, taken: TakenBack) -> Changes:
    """Redo `add_typed` after `take_back`: the note comes back under its ids (with its place in
    the list), or the known term joins the list again with the list's gloss it had."""
    typed = taken.typed
    with lists.db.atomic():
        if taken.snapshot is not None:
            restore_terms(lists.db, taken.snapshot)
            return typed.changes
        if any(t.term_id == typed.term_id for t in lists.terms(typed.list_id)):
            raise ListError(_("“{term}” is already in this list.").format(
                                term=typed.term))
        lists.add_terms(typed.list_id, [typed.term_id])
        if typed.override is not None:
            lists.set_gloss(typed.list_id, typed.term_id, typed.override)
    return typed.changes

"""Terms by hand: add a term, rename it, merge it into another, and undo each.

- `add_term` makes a note as a list import or a term typed into a list does (one creation path:
  `TermLists.find_or_create` → store/terms.create_term; with a list, `lists_typed.add_typed`),
  with an optional context sentence kept under the source "Typed in". A term whose key (case
  and plural folded, as the miner matches: mining.merge.term_key) is stored already is refused
  with `TermExists`, which names the existing term so the caller can offer it.
- `rename_term` changes a term's text. A new text whose key belongs to another term raises
  `MergeNeeded`; `merge_terms` then moves everything of the renamed term onto that one (see
  store/hand_terms.merge_into: on a card of the same direction in both, the card with more
  answers keeps its scheduling and the other's answers join its log). The old text stays as a
  variant, and the old key is remembered as deleted, so re-mining the source does not offer
  the old (wrong) term again.
- Each returns a record its undo takes (`take_back_added`, `undo_rename`, `unmerge`), which
  puts the collection back as it was (ids, scheduling and review log included).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

from vocab_app.errors import VocabError
from vocab_app.i18n_text import _
from vocab_app.services.changes import Changes
from vocab_app.services.lists_typed import (
    TakenBack,
    TypedTerm,
    add_typed,
    discard_note,
    put_back,
    take_back,
)
from vocab_app.store import decisions, hand_terms
from vocab_app.store.edits import DeletedTerms, delete_terms, restore_terms, snapshot_terms

if TYPE_CHECKING:
    from vocab_app.mining.model import Occurrence
    from vocab_app.services.importing import MineResult
    from vocab_app.services.library import Library

GLOSS_SEPARATOR = "; "  # a term's glosses joined in one cell or one --gloss argument
RENAMED = Changes(terms=True)
MERGED = Changes(terms=True, senses=True, lists=True, cards=True, sources=True)
NEW_NOTE = Changes(terms=True, senses=True, cards=True, sources=True)


class TermError(VocabError):
    """A term edit the collection refuses: an empty term, an unknown one."""


class TermExists(TermError):
    """The term typed is (up to case and plural) one the collection holds already."""

    def __init__(self, term_id: int, term: str, typed: str) -> None:
        if term == typed:
            sentence = _("“{typed}” is already in your collection.").format(typed=typed)
        else:
            sentence = _("“{typed}” is already in your collection as “{term}”.").format(
                typed=typed, term=term)
        super().__init__(sentence)
        self.term_id, self.term = term_id, term


class MergeNeeded(TermError):
    """A rename onto the text of another stored term: the two can only be merged."""

    def __init__(self, term_id: int, term: str, source: str) -> None:
        super().__init__(_("“{term}” is already in your collection: merge “{source}” into "
                           "it.").format(term=term, source=source))
        self.term_id, self.term = term_id, term


def term_name(text: str) -> str:
    """`text` with its spaces tidied; TermError with a sentence when nothing is left."""
    name = " ".join(str(text).split())
    if not name:
        raise TermError(_("A term cannot be empty: type the word or phrase to learn."))
    return name


def same_term(lib: Library, text: str) -> int | None:
    """The id of the stored term `text` names up to case and a plural -s/-es (as the miner
    matches, and also for a text in capitals, which the miner keeps as an acronym), or None."""
    for form in dict.fromkeys((text, text.casefold())):
        found = lib.lists.lookup(form)
        if found is not None:
            return found[0]
    return None


# --- add -------------------------------------------------------------------------------------

@dataclass(frozen=True, slots=True)
class AddedTerm:
    """A term added by hand: its note, and the list it went into (None: no list)."""

    term_id: int
    term: str
    typed: TypedTerm | None  # the list path's record (its undo)
    changes: Changes = NEW_NOTE


def add_term(lib: Library, term: str, gloss: str, *, context: str = "",
             list_name: str | None = None, segment_id: int | None = None) -> AddedTerm:
    """Add `term` with `gloss` (and `context`, kept as its first context) as a new note, at
    the end of the list `list_name` when given (a new list when no list has that name).
    With `segment_id` (the reading view's), the context is an occurrence in that mined
    segment, so its source and timestamp are kept; else it goes under "Typed in".
    TermError for an empty term or gloss; TermExists for a term stored already."""
    text = term_name(term)
    meaning = " ".join(str(gloss).split())
    if not meaning:
        raise TermError(_("Give “{text}” a gloss, so its card has an answer.").format(
                            text=text))
    sentence = " ".join(str(context).split())
    lists = lib.lists
    with lib._writing() as db:
        known = same_term(lib, text)
        if known is not None:
            stored = hand_terms.term_text(db, known)
            raise TermExists(known, stored[1] if stored else text, text)
        typed = None
        if list_name is not None and list_name.strip():
            name = " ".join(list_name.split())
            found = [lst.id for lst in lists.all() if lst.name == name]
            list_id = found[0] if found else lists.create(name)
            typed = add_typed(lists, list_id, text, meaning)
            term_id = typed.term_id
        else:
            term_id, _created = lists.find_or_create(text, meaning)
        if sentence and not (segment_id is not None and hand_terms.add_context_at(
                db, term_id, meaning, sentence, segment_id)):
            hand_terms.add_typed_context(db, term_id, meaning, sentence, now=lib._stamp())
    changes = NEW_NOTE | (typed.changes if typed is not None else Changes())
    return AddedTerm(term_id, text, typed, changes)


@dataclass(frozen=True, slots=True)
class RemovedAdded:
    """What `take_back_added` removed, for `put_back_added`."""

    added: AddedTerm
    taken: TakenBack | None
    snapshot: DeletedTerms | None

    @property
    def changes(self) -> Changes:
        """As the adding changed."""
        return self.added.changes


def take_back_added(lib: Library, added: AddedTerm) -> RemovedAdded:
    """Undo `add_term`: the note is deleted again (and not remembered as a deletion)."""
    with lib._writing() as db:
        if added.typed is not None:
            return RemovedAdded(added, take_back(lib.lists, added.typed), None)
        return RemovedAdded(added, None, discard_note(db, added.term_id))


def put_back_added(lib: Library, removed: RemovedAdded) -> Changes:
    """Redo `add_term` after `take_back_added`: the note comes back under its ids."""
    with lib._writing() as db:
        if removed.taken is not None:
            put_back(lib.lists, removed.taken)
        elif removed.snapshot is not None:
            restore_terms(db, removed.snapshot)
    return removed.changes


# --- rename and merge ------------------------------------------------------------------------

@dataclass(frozen=True, slots=True)
class Renamed:
    """A rename: the term's key, text and variants before and after."""

    term_id: int
    before: tuple[str, str, tuple[str, ...]]
    after: tuple[str, str, tuple[str, ...]]
    changes: Changes = RENAMED


def find_term(lib: Library, text: str) -> int:
    """The id of the term `text` names (its text, matched as the miner matches, or its id);
    TermError when there is none."""
    name = term_name(text)
    found = lib.lists.lookup(name)
    if found is not None:
        return found[0]
    if name.isdigit() and hand_terms.term_text(lib.db, int(name)) is not None:
        return int(name)
    raise TermError(_("There is no term “{name}” in the collection.").format(name=name))


def rename_term(lib: Library, term_id: int, new_text: str) -> Renamed:
    """Give the term the text `new_text` (the old text is kept as a variant). TermError for an
    empty text or a term gone; MergeNeeded when another term has that text."""
    from vocab_app.mining.merge import term_key

    text = term_name(new_text)
    key = term_key(text)
    with lib._writing() as db:
        stored = hand_terms.term_text(db, term_id)
        if stored is None:
            raise TermError(_("That term no longer exists; it may have been deleted."))
        old_key, old_term = stored
        other = same_term(lib, text)
        if other is not None and other != term_id:
            target = hand_terms.term_text(db, other)
            raise MergeNeeded(other, target[1] if target else text, old_term)
        old_variants = tuple(hand_terms.term_variants(db, term_id))
        variants = tuple(dict.fromkeys(v for v in (*old_variants, old_term) if v != text))
        hand_terms.set_term_text(db, term_id, key, text, variants)
        if key != old_key:
            decisions.record_deleted(db, [old_key], now=lib._stamp())
    return Renamed(term_id, (old_key, old_term, old_variants), (key, text, variants))


def undo_rename(lib: Library, renamed: Renamed) -> Changes:
    """Give the term back the key, text and variants it had before `renamed`."""
    key, text, variants = renamed.before
    with lib._writing() as db:
        clash = lib.lists.lookup(text)
        if clash is not None and clash[0] != renamed.term_id:
            raise TermError(_("“{text}” was added again since, so the rename cannot be "
                              "undone.").format(text=text))
        hand_terms.set_term_text(db, renamed.term_id, key, text, variants)
        decisions.forget_deleted(db, [key])
    return renamed.changes


def redo_rename(lib: Library, renamed: Renamed) -> Renamed:
    """`rename_term` again after `undo_rename`."""
    return rename_term(lib, renamed.term_id, renamed.after[1])


@dataclass(frozen=True, slots=True)
class Merged:
    """A merge: both terms as they were before, for `unmerge`."""

    source_id: int
    target_id: int
    target: str
    snapshot: DeletedTerms
    changes: Changes = MERGED


def merge_terms(lib: Library, source_id: int, target_id: int) -> Merged:
    """Merge term `source_id` into `target_id` (see the module docstring); the source's key is
    remembered as deleted. TermError when either is gone or they are the same term."""
    if source_id == target_id:
        raise TermError(_("A term cannot be merged into itself."))
    with lib._writing() as db:
        source, target = (hand_terms.term_text(db, i) for i in (source_id, target_id))
        if source is None or target is None:
            raise TermError(_("That term no longer exists; it may have been deleted."))
        snapshot = snapshot_terms(db, [source_id, target_id])
        hand_terms.merge_into(db, source_id, target_id)
        decisions.record_deleted(db, [source[0]], now=lib._stamp())
    return Merged(source_id, target_id, target[1], snapshot)


def unmerge(lib: Library, merged: Merged) -> Changes:
    """Put both terms of `merged` back exactly as they were before the merge."""
    with lib._writing() as db:
        delete_terms(db, [merged.target_id])
        restore_terms(db, merged.snapshot)  # forgets the deletions of both keys
    return merged.changes


def redo_merge(lib: Library, merged: Merged) -> Merged:
    """`merge_terms` again after `unmerge`."""
    return merge_terms(lib, merged.source_id, merged.target_id)


# --- glosses and overview --------------------------------------------------------------------

def set_glosses(lib: Library, term_id: int, text: str) -> str | None:
    """Store the term's glosses from one text. Returns a sentence if nothing was saved.

    One sense takes `text` whole; with several senses, `text` must hold one gloss per sense
    separated by '; ' (as the Library's cell shows them), and each changed one is updated.
    """
    senses = lib.term_detail(term_id).senses
    if len(senses) == 1:
        lib.update_gloss(senses[0].id, text)
        return None
    parts = [part.strip() for part in text.split(GLOSS_SEPARATOR.strip())]
    if len(parts) != len(senses) or not all(parts):
        return (f"This term has {len(senses)} senses: write {len(senses)} glosses "
                f"separated by '{GLOSS_SEPARATOR.strip()}'.")
    for sense, gloss in zip(senses, parts, strict=True):
        if gloss != sense.gloss:
            lib.update_gloss(sense.id, gloss)
    return None


def term_lists(lib: Library, term_id: int) -> list[str]:
    """The names of the teacher lists holding the term."""
    return hand_terms.term_list_names(lib.db, term_id)


# --- renames in the Mine preview -------------------------------------------------------------

def renamed_result(result: MineResult, renames: Mapping[str, str]) -> MineResult:
    """`result` with the terms the user retyped in the Mine preview: `renames` maps a note key
    to the text typed for it. The note gets that text and its key (so it joins a stored term
    of that key on import, as a mined note would), keeps the mined text as a variant, and each
    occurrence's span moves to the typed text where its sentence holds it (低秩适配 inside
    引入低秩适配). Empty texts are ignored."""
    from vocab_app.mining.merge import term_key

    wanted = {key: " ".join(text.split()) for key, text in renames.items() if text.strip()}
    if not wanted:
        return result
    new_key = {key: term_key(text) for key, text in wanted.items()}
    notes = []
    for note in result.notes:
        text = wanted.get(note.key)
        if text is None or text == note.term:
            notes.append(note)
            continue
        variants = list(dict.fromkeys(v for v in (*note.variants, note.term) if v != text))
        notes.append(replace(note, key=new_key[note.key], term=text, variants=variants,
                             occurrences=[_respan(o, text) for o in note.occurrences]))
    candidates = tuple(replace(c, term=wanted[c.note_key], note_key=new_key[c.note_key])
                       if c.note_key in wanted else c for c in result.candidates)
    return replace(result, notes=tuple(notes), candidates=candidates)


def _respan(occ: Occurrence, text: str) -> Occurrence:
    """The occurrence with its term span on `text`: the match nearest the mined span."""
    sentence, (start, end) = occ.sentence, occ.term_in_sentence
    folded, needle = sentence.casefold(), text.casefold()
    hits = [i for i in range(len(folded)) if folded.startswith(needle, i)]
    if not hits:
        return occ
    at = min(hits, key=lambda i: (not start <= i < end, abs(i - start)))
    return replace(occ, term=sentence[at:at + len(text)], term_in_sentence=(at, at + len(text)))

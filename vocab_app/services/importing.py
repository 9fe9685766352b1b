"""Mining into the collection: preview what files hold (`mine_files`), then store it.

`mine_files` reads and mines without writing (the GUI's curation step) and gives each candidate
(term, gloss) a status: new, known (already stored, or its term marked known by the learner), or
what the user decided about it before (edited, declined, deleted: store/decisions.py).
`store_result` writes a mined result in ONE transaction: either every document, term, sense,
occurrence, card and decision of the import is stored, or (full disk, read-only file, cancel)
nothing is and the collection is as it was.

User edits win: a pair the user edited is stored under the edited gloss, a pair declined or
deleted is stored only when the user ticks it again (which forgets the old decision), and the new
pairs left unticked when a curated preview is added are remembered as declined.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Collection, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import datetime, timezone
from pathlib import Path
from typing import Literal

from vocab_app.i18n_text import _
from vocab_app.mining.cancel import polled
from vocab_app.mining.model import Document, FileError, Note, Occurrence, Style
from vocab_app.services.changes import ALL, Changes
from vocab_app.store import decisions
from vocab_app.store.db import Database
from vocab_app.store.known import known_keys
from vocab_app.store.sources import upsert_source
from vocab_app.store.terms import known_pairs, recount, store_notes

Progress = Callable[[int, int], None]
CancelCheck = Callable[[], bool]
Pair = tuple[str, str]  # (note key, gloss)
Status = Literal["new", "known", "edited", "declined", "deleted"]


@dataclass(frozen=True, slots=True)
class Candidate:
    """One (term, gloss) pair found by mining, as the curation list shows it."""

    term: str
    gloss: str
    style: Style
    count: int
    first_context: str
    note_key: str
    is_new: bool  # False when this (term key, gloss) is already in the collection or decided
    status: Status = "new"
    reason: str = ""  # why a pair that is not new is not offered (shown in the preview row)
    edited_to: str = ""  # status "edited": the gloss the user gave this pair


@dataclass(frozen=True, slots=True)
class MineResult:
    """What mining files produced (nothing stored yet)."""

    documents: tuple[Document, ...]
    notes: tuple[Note, ...]
    errors: tuple[FileError, ...]
    candidates: tuple[Candidate, ...]


@dataclass(frozen=True, slots=True)
class FileImport:
    """What importing one file added to the collection."""

    path: str
    title: str
    new_terms: int
    new_senses: int
    new_occurrences: int


@dataclass(frozen=True, slots=True)
class ImportReport:
    """Per file counts of what was added, and the files that could not be read."""

    files: tuple[FileImport, ...] = ()
    errors: tuple[FileError, ...] = ()
    new_term_ids: tuple[int, ...] = field(default=(), repr=False)

    @property
    def changes(self) -> Changes:
        """An import may add terms, senses, cards and sources (and find list terms again)."""
        return ALL

    @property
    def new_terms(self) -> int:
        """Terms added over all files."""
        return sum(f.new_terms for f in self.files)

    @property
    def new_senses(self) -> int:
        """Senses added over all files."""
        return sum(f.new_senses for f in self.files)

    @property
    def new_occurrences(self) -> int:
        """Occurrences added over all files."""
        return sum(f.new_occurrences for f in self.files)


def mine_files(db: Database, paths: Sequence[str | os.PathLike[str]], *,
               progress: Progress | None = None,
               cancelled: CancelCheck | None = None) -> MineResult:
    """Mine `paths` (nothing stored); candidates say whether each pair is new to `db`.

    Unreadable files become `errors`; `cancelled()` returning True raises errors.Cancelled.
    """
    from vocab_app.mining.pipeline import mine_paths

    run = mine_paths(list(paths), progress=progress, cancelled=cancelled)
    keys = [n.key for n in run.notes]
    known = known_pairs(db, keys)
    decided = decisions.load(db, keys)
    marked_known = known_keys(db, keys)  # terms the learner marked known: never offered
    candidates = []
    for note in polled(run.notes, cancelled):
        first_of: dict[str, Occurrence] = {}  # one pass: a note may have many senses
        for occ in note.occurrences:
            first_of.setdefault(occ.gloss, occ)
        for sense in note.senses:
            first = first_of.get(sense.gloss)
            status, reason = _status(note.key, sense.gloss, known, decided)
            if status == "new" and note.key in marked_known:
                status, reason = "known", _("You marked this term known.")
            found = decisions.decision_for(decided, note.key, sense.gloss)
            candidates.append(Candidate(
                term=note.term, gloss=sense.gloss, style=sense.style, count=sense.count,
                first_context=first.sentence if first else "", note_key=note.key,
                is_new=status == "new", status=status, reason=reason,
                edited_to=(found.replacement or "")
                if found is not None and status == "edited" else ""))
    return MineResult(documents=tuple(run.documents), notes=tuple(run.notes),
                      errors=tuple(run.errors), candidates=tuple(candidates))


def _status(key: str, gloss: str, known: Collection[Pair],
            decided: Mapping[Pair, decisions.Decision]) -> tuple[Status, str]:
    """A candidate's status and the reason the preview shows for it."""
    found = decisions.decision_for(decided, key, gloss)
    if found is not None and found.action == "deleted":
        return "deleted", _("You deleted this term.")
    if found is not None and found.action == "declined":
        return "declined", _("You left this unticked when you added this file before.")
    if found is not None and found.replacement:
        return "edited", _("You changed this gloss to “{gloss}”; it is kept as that.").format(
            gloss=found.replacement)
    if (key, gloss) in known:
        return "known", _("Already in your collection.")
    return "new", ""


def store_result(db: Database, result: MineResult, *, now: datetime,
                 reverse_cards: bool = False, accept: Collection[Pair] | None = None,
                 edits: Mapping[Pair, str] | None = None,
                 cancelled: CancelCheck | None = None) -> ImportReport:
    """Store `result` in one transaction, as the user curated it.

    `edits` maps a mined (note key, gloss) to the gloss the user typed for it in the preview.
    `accept` holds the pairs to store (their gloss as mined or as edited); None stores every
    pair the user has not declined or deleted before. With `accept`, the new pairs left out are
    remembered as declined and the declined/deleted pairs ticked again are stored (see the
    module docstring). The same files twice add nothing, and so does a copy under another name
    (store/sources.py); a changed file updates its segments and occurrences; no existing card's
    scheduling is ever changed (see store/terms.py). `cancelled()` is polled between notes:
    errors.Cancelled rolls the whole transaction back.
    """
    stamp = now.astimezone(timezone.utc).strftime("%Y-%m-%dT%H:%M:%S.%f")
    with db.atomic():
        notes, accept = _decide(db, result.notes, accept, dict(edits or {}), stamp)
        segment_ids: dict[str, dict[int, int]] = {}
        changed: dict[str, int] = {}
        orphaned: set[int] = set()
        for doc in result.documents:
            stored = upsert_source(db, doc, now=stamp)
            segment_ids[doc.path] = stored.segment_ids
            orphaned |= stored.orphaned_terms
            if stored.changed and not stored.is_new:
                changed[doc.path] = stored.source_id
        outcome = store_notes(db, notes, segment_ids, now=stamp,
                              reverse_cards=reverse_cards, accept=accept,
                              changed_sources=changed, cancelled=cancelled)
        recount(db, orphaned - outcome.touched_term_ids)
    files = []
    for doc in result.documents:
        counts = outcome.counts(doc.path)
        files.append(FileImport(path=doc.path, title=doc.title or Path(doc.path).name,
                                new_terms=counts.new_terms, new_senses=counts.new_senses,
                                new_occurrences=counts.new_occurrences))
    return ImportReport(files=tuple(files), errors=result.errors,
                        new_term_ids=tuple(outcome.new_term_ids))


def _decide(db: Database, notes: Sequence[Note], accept: Collection[Pair] | None,
            edits: Mapping[Pair, str], stamp: str) -> tuple[list[Note], set[Pair] | None]:
    """Record the decisions this import expresses, then give the notes as they are to be stored
    and the accepted pairs in stored terms (edited glosses mapped, declined ones gone)."""
    keys = [n.key for n in notes]
    mined = [(n.key, s.gloss) for n in notes for s in n.senses]
    if accept is None:
        chosen: set[Pair] = set()
    else:
        wanted = set(accept)
        chosen = {p for p in mined if p in wanted or (p[0], edits.get(p)) in wanted}
        before = decisions.load(db, keys)
        known = known_pairs(db, keys)
        decisions.record_declined(db, [p for p in mined if p not in chosen and p not in known
                                       and decisions.decision_for(before, *p) is None],
                                  now=stamp)
        decisions.forget(db, chosen)
    for (key, old), new in edits.items():
        if accept is None or (key, old) in chosen:
            decisions.record_edit(db, key, old, new, now=stamp)
    decided = decisions.load(db, keys)
    stored = [n for note in notes if (n := decisions.apply(note, decided, chosen)) is not None]
    if accept is None:
        return stored, None
    return stored, {(key, g) for key, gloss in chosen
                    if (g := decisions.effective_gloss(decided, key, gloss, chosen)) is not None}

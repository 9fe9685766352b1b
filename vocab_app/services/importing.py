"""Mining into the collection: preview what files hold (`mine_files`), then store it.

`mine_files` reads and mines without writing (the GUI's curation step) and marks each candidate
(term, gloss) new or already known. `store_result` writes a mined result in ONE transaction:
either every document, term, sense, occurrence and card of the import is stored, or (full disk,
read-only file, cancel) nothing is and the collection is as it was.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Collection, Sequence
from dataclasses import dataclass, field
from datetime import datetime, timezone
from pathlib import Path

import sqlite_utils

from vocab_app.mining.model import Document, FileError, Note, Style
from vocab_app.store.sources import upsert_source
from vocab_app.store.terms import known_pairs, recount, store_notes

Progress = Callable[[int, int], None]
CancelCheck = Callable[[], bool]


@dataclass(frozen=True, slots=True)
class Candidate:
    """One (term, gloss) pair found by mining, as the curation list shows it."""

    term: str
    gloss: str
    style: Style
    count: int
    first_context: str
    note_key: str
    is_new: bool  # False when this (term key, gloss) is already in the collection


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


def mine_files(db: sqlite_utils.Database, paths: Sequence[str | os.PathLike[str]], *,
               progress: Progress | None = None,
               cancelled: CancelCheck | None = None) -> MineResult:
    """Mine `paths` (nothing stored); candidates say whether each pair is new to `db`.

    Unreadable files become `errors`; `cancelled()` returning True raises errors.Cancelled.
    """
    from vocab_app.mining.pipeline import mine_paths

    run = mine_paths(list(paths), progress=progress, cancelled=cancelled)
    known = known_pairs(db, (n.key for n in run.notes))
    candidates = []
    for note in run.notes:
        for sense in note.senses:
            first = next((o for o in note.occurrences if o.gloss == sense.gloss), None)
            candidates.append(Candidate(
                term=note.term, gloss=sense.gloss, style=sense.style, count=sense.count,
                first_context=first.sentence if first else "", note_key=note.key,
                is_new=(note.key, sense.gloss) not in known))
    return MineResult(documents=tuple(run.documents), notes=tuple(run.notes),
                      errors=tuple(run.errors), candidates=tuple(candidates))


def store_result(db: sqlite_utils.Database, result: MineResult, *, now: datetime,
                 reverse_cards: bool = False,
                 accept: Collection[tuple[str, str]] | None = None) -> ImportReport:
    """Store `result` (all of it, or the `accept`ed (note key, gloss) pairs) in one transaction.

    The same files twice add nothing; a changed file updates its segments and occurrences;
    no existing card's scheduling is ever changed (see store/terms.py).
    """
    stamp = now.astimezone(timezone.utc).strftime("%Y-%m-%dT%H:%M:%S.%f")
    accept = set(accept) if accept is not None else None
    with db.atomic():
        segment_ids: dict[str, dict[int, int]] = {}
        changed: dict[str, int] = {}
        orphaned: set[int] = set()
        for doc in result.documents:
            stored = upsert_source(db, doc, now=stamp)
            segment_ids[doc.path] = stored.segment_ids
            orphaned |= stored.orphaned_terms
            if stored.changed and not stored.is_new:
                changed[doc.path] = stored.source_id
        outcome = store_notes(db, result.notes, segment_ids, now=stamp,
                              reverse_cards=reverse_cards, accept=accept,
                              changed_sources=changed)
        recount(db, orphaned - outcome.touched_term_ids)
    files = []
    for doc in result.documents:
        counts = outcome.counts(doc.path)
        files.append(FileImport(path=doc.path, title=doc.title or Path(doc.path).name,
                                new_terms=counts.new_terms, new_senses=counts.new_senses,
                                new_occurrences=counts.new_occurrences))
    return ImportReport(files=tuple(files), errors=result.errors,
                        new_term_ids=tuple(outcome.new_term_ids))

"""`Library`: the one facade over one collection file that the GUI and the CLI drive.

It opens the file (store/db.py), mines and imports (services/importing.py), browses and edits
(store/browse.py, store/edits.py) and composes the review, lists and export services, which are
imported on first use so the library works whichever of them is installed. Every write runs in
one transaction inside `storage_errors`, so a full disk or read-only file gives a StoreError
sentence and leaves what was stored untouched. Every write says which kinds of data it changed
(services/changes.py): a `@reports(kind)` method returns that `Changes`, the others a result
carrying one (`Deletion`, `ImportReport`), so the GUI refreshes only what changed.
Not thread-safe: use it from one thread at a time (the GUI runs every call on its single worker).
"""

from __future__ import annotations

import os
from collections.abc import Callable, Collection, Iterable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING, Any

from vocab_app.errors import DamagedCollectionError, VocabError
from vocab_app.i18n_text import _
from vocab_app.services.changes import CARDS, SETTINGS, Changes, reports
from vocab_app.services.clock import Clock
from vocab_app.services.importing import (
    Candidate,
    FileImport,
    ImportReport,
    MineResult,
    mine_files,
    store_result,
)
from vocab_app.store import browse, edits
from vocab_app.store.browse import FirstPage, TermFilter, TermRow
from vocab_app.store.db import (
    Database,
    close_db,
    import_lock,
    open_db,
    storage_error,
    storage_errors,
    writable,
)
from vocab_app.store.edits import DeletedTerms, Marks
from vocab_app.store.integrity import check_whole
from vocab_app.store.term_records import (
    CardRow,
    OccurrenceRow,
    SenseRow,
    SourceRow,
    TermDetail,
    TermId,
)

if TYPE_CHECKING:  # imported on first use (see the module docstring)
    from vocab_app.services.exporting import Exporter
    from vocab_app.services.lists import TermLists
    from vocab_app.services.reader import ReaderService
    from vocab_app.services.review import ReviewService
    from vocab_app.services.settings import Settings
    from vocab_app.services.stats import StatsService

__all__ = [
    "Candidate", "CardRow", "DeletedTerms", "Deletion", "EditError", "FileImport", "FirstPage",
    "ImportReport",
    "Library", "Marks", "MineResult", "OccurrenceRow", "SenseRow", "SourceRow", "TermDetail",
    "TermFilter", "TermId", "TermRow",
]

Progress = Callable[[int, int], None]
CancelCheck = Callable[[], bool]
Accept = Collection[tuple[str, str]]


TERMS = Changes(terms=True)
SENSES = Changes(senses=True)
KNOWN = Changes(terms=True, cards=True)  # the browse state and the queue
# a deleted term takes its senses, cards, list memberships and its share of a source with it
DELETION = Changes(terms=True, senses=True, lists=True, cards=True, sources=True)


def user_error(err: BaseException, path: str | os.PathLike[str] | None) -> VocabError | None:
    """The one-sentence error for a storage failure that escaped a service (a damaged page read
    deep inside a query), or None when `err` is not one (a bug keeps its traceback).
    `path` None → paths.default_db_path()."""
    if isinstance(err, VocabError):
        return err
    if path is None:
        from vocab_app import paths

        path = paths.default_db_path()
    return storage_error(err, Path(path))


class EditError(VocabError):
    """An edit the library refuses: an empty gloss, a tag with spaces, a term gone meanwhile."""


@dataclass(frozen=True)
class Deletion:
    """What `Library.delete_terms` did: the snapshot that restores it, and what changed."""

    snapshot: DeletedTerms
    changes: Changes = DELETION

    def __len__(self) -> int:
        return len(self.snapshot)


class Library:
    """One open collection: mining/import, browse/edit, and `review`, `lists`, `export`."""

    def __init__(self, db: Database, path: Path, clock: Clock,
                 damage: str | None = None) -> None:
        self.db = db
        self.path = path
        self.clock = clock
        #: The sentence saying the file is damaged and was opened read-only (None: it is whole).
        self.damage = damage
        self._search = browse.TextSearch()  # a search's count and pages share one scan

    @classmethod
    def open(cls, path: str | os.PathLike[str] | None = None,
             clock: Clock | None = None, *, reading: bool = False) -> Library:
        """Open (creating and migrating as needed) the collection at `path`.

        None → paths.default_db_path(); `clock` None → services.clock.SystemClock().
        Raises StoreError (one sentence) when the file cannot be used; DamagedCollectionError
        when it is damaged. `reading=True` is for work that only reads: a file that cannot be
        written is opened read-only, and a damaged one too, with `damage` set to the sentence
        (writes then fail with it).
        """
        if path is None:
            from vocab_app import paths

            path = paths.default_db_path()
        if clock is None:
            from vocab_app.services.clock import SystemClock

            clock = SystemClock()
        path = Path(path)
        from vocab_app.export.temp_files import sweep_recorded

        sweep_recorded()  # temporary files of exports killed mid-write
        if not reading:
            return cls(open_db(path, today=clock.today()), path, clock)
        try:
            return cls(open_db(path, today=clock.today(), read_only=not writable(path)),
                       path, clock)
        except DamagedCollectionError as err:
            return cls(open_db(path, salvage=True), path, clock, damage=str(err))

    def close(self) -> None:
        """Close the file (committed work is already on disk)."""
        close_db(self.db)

    def backup_if_due(self) -> Path | None:
        """Today's rolling backup (store/backups.py) unless made already or the file is
        damaged or read-only; the new backup file, or None."""
        if self.damage is not None or not writable(self.path):
            return None
        from vocab_app.store.backups import backup_if_due

        with storage_errors(self.path):
            return backup_if_due(self.db, self.path, self.clock.today())

    def __enter__(self) -> Library:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    @contextmanager
    def _writing(self) -> Iterator[Database]:
        """One transaction; SQLite/OS failures become StoreError, edit refusals EditError."""
        self._refuse_if_damaged()
        try:
            with storage_errors(self.path), self.db.atomic():
                yield self.db
        except edits.EditError as err:
            raise EditError(str(err)) from err

    def _refuse_if_damaged(self) -> None:
        if self.damage is not None:
            raise DamagedCollectionError(self.damage)

    def _stamp(self) -> str:
        """Now as the schema's UTC timestamp."""
        from datetime import timezone

        return self.clock.now().astimezone(timezone.utc).strftime("%Y-%m-%dT%H:%M:%S.%f")

    # --- composed services ---------------------------------------------------------------

    @cached_property
    def review(self) -> ReviewService:
        """The review service (services/review.py) over this collection."""
        from vocab_app.services.review import ReviewService

        return ReviewService(self.db, self.clock, lambda: self.settings)

    @cached_property
    def stats(self) -> StatsService:
        """The Stats screen's figures and the due forecast (services/stats.py)."""
        from vocab_app.services.stats import StatsService

        return StatsService(self.db, self.clock, lambda: self.settings)

    @cached_property
    def lists(self) -> TermLists:
        """Teacher term lists (services/lists.py)."""
        from vocab_app.services.lists import TermLists

        return TermLists(self.db, self.clock)

    @cached_property
    def export(self) -> Exporter:
        """Anki/CSV/handout export (services/exporting.py)."""
        from vocab_app.services.exporting import Exporter

        return Exporter(self)

    @cached_property
    def reader(self) -> ReaderService:
        """The reading view's reads: sources marked with the terms (services/reader.py)."""
        from vocab_app.services.reader import ReaderService

        return ReaderService(self)

    @property
    def settings(self) -> Settings:
        """The collection's Settings (services/settings.py), read fresh each time."""
        from vocab_app.services.settings import load_settings

        with storage_errors(self.path):
            return load_settings(self.db)

    @reports(SETTINGS)
    def save_settings(self, settings: Any) -> None:
        """Validate and store `settings` (SettingsError names a bad value)."""
        from vocab_app.services.settings import save_settings

        with storage_errors(self.path):
            save_settings(self.db, settings)

    # --- mining and import ---------------------------------------------------------------

    def mine_files(self, paths: Sequence[str | os.PathLike[str]], *,
                   progress: Progress | None = None,
                   cancelled: CancelCheck | None = None) -> MineResult:
        """Read and mine `paths` without storing; candidates are marked new or known.

        Refused at once (CollectionLockedError) while another process imports into this
        collection; a read-only or damaged collection can still be mined against.
        """
        with import_lock(self.path, optional=True), storage_errors(self.path):
            return mine_files(self.db, paths, progress=progress, cancelled=cancelled)

    def import_files(self, paths: Sequence[str | os.PathLike[str]], *,
                     progress: Progress | None = None, cancelled: CancelCheck | None = None,
                     accept: Accept | None = None) -> ImportReport:
        """Mine `paths` and store them (only the `accept`ed (note key, gloss) pairs if given).

        Bad files are reported in `errors` and the others are still imported; on cancel
        (errors.Cancelled) nothing is stored. The import lock is held throughout, so a second
        import is told the collection is in use before it mines.
        """
        self._refuse_if_damaged()
        with import_lock(self.path):
            with storage_errors(self.path):
                result = mine_files(self.db, paths, progress=progress, cancelled=cancelled)
            if cancelled is not None and cancelled():
                from vocab_app.errors import Cancelled

                raise Cancelled(_("The import was cancelled; nothing was stored."))
            return self._store(result, accept=accept, cancelled=cancelled)

    def import_result(self, result: MineResult, accept: Accept | None = None,
                      edits: Mapping[tuple[str, str], str] | None = None) -> ImportReport:
        """Store a result from `mine_files` in one transaction (see services/importing.py):
        `accept` the ticked pairs, `edits` (note key, mined gloss) → the gloss typed instead."""
        self._refuse_if_damaged()
        with import_lock(self.path):
            return self._store(result, accept=accept, edits=edits)

    def _store(self, result: MineResult, accept: Accept | None = None,
               edits: Mapping[tuple[str, str], str] | None = None,
               cancelled: CancelCheck | None = None) -> ImportReport:
        """`import_result` under the import lock: the whole file is checked first (an import
        writes much, and must never write into a damaged file), then stored."""
        reverse = bool(getattr(self.settings, "reverse_cards", False))
        with storage_errors(self.path):
            check_whole(self.db, self.path)
            return store_result(self.db, result, now=self.clock.now(), reverse_cards=reverse,
                                accept=accept, edits=edits, cancelled=cancelled)

    # --- browse --------------------------------------------------------------------------

    def count_terms(self, filter: TermFilter | None = None) -> int:  # noqa: A002 - contract
        """How many terms match `filter` (None: all)."""
        with storage_errors(self.path):
            return browse.count_terms(self.db, filter or TermFilter(), self._search)

    def term_rows(self, filter: TermFilter | None = None, *,  # noqa: A002 - contract
                  sort: str = "position", descending: bool = False, offset: int = 0,
                  limit: int = 200) -> list[TermRow]:
        """A page of matching terms; sort ∈ term | gloss | style | count | due | position."""
        with storage_errors(self.path):
            return browse.term_rows(self.db, filter or TermFilter(), sort=sort,
                                    descending=descending, offset=offset, limit=limit,
                                    search=self._search)

    def first_page(self, filter: TermFilter | None = None, *,  # noqa: A002 - contract
                   sort: str = "position", descending: bool = False,
                   limit: int = 200) -> FirstPage:
        """The first page of matching terms with their count, exact or (for a search text in
        many terms, before its hits are collected) a lower bound: see browse.first_page."""
        with storage_errors(self.path):
            return browse.first_page(self.db, filter or TermFilter(), sort=sort,
                                     descending=descending, limit=limit, search=self._search)

    def term_detail(self, term_id: int) -> TermDetail:
        """One term with senses, occurrences and cards. EditError if it no longer exists."""
        try:
            with storage_errors(self.path):
                return browse.term_detail(self.db, term_id)
        except browse.UnknownTermError:
            raise EditError(_("That term no longer exists; it may have been deleted.")) from None

    def sources(self) -> list[SourceRow]:
        """Every mined source with its term count."""
        with storage_errors(self.path):
            return browse.sources(self.db)

    def tags(self) -> list[str]:
        """Every tag in use, sorted."""
        with storage_errors(self.path):
            return browse.tags(self.db)

    # --- edits ---------------------------------------------------------------------------

    @reports(SENSES)
    def update_gloss(self, sense_id: int, gloss: str) -> None:
        """Change one sense's gloss (EditError: empty, or a duplicate of another sense)."""
        with self._writing() as db:
            edits.update_gloss(db, sense_id, gloss, now=self._stamp())

    @reports(TERMS)
    def set_tags(self, term_ids: Iterable[int], tags: list[str]) -> None:
        """Replace the tags of the terms (EditError for a tag with spaces)."""
        with self._writing() as db:
            edits.set_tags(db, term_ids, tags)

    @reports(TERMS)
    def add_tag(self, term_ids: Iterable[int], tag: str) -> None:
        """Add one tag to the terms that lack it."""
        with self._writing() as db:
            edits.add_tag(db, term_ids, tag)

    @reports(CARDS)
    def set_suspended(self, term_ids: Iterable[int], suspended: bool) -> None:
        """Suspend or unsuspend every card of the terms (their scheduling is kept)."""
        with self._writing() as db:
            edits.set_suspended(db, term_ids, suspended)

    @reports(KNOWN)
    def set_known(self, term_ids: Iterable[int], known: bool) -> None:
        """Mark the terms known (never scheduled; state `known`) or not (as they were)."""
        from vocab_app.store import known as known_store

        with self._writing() as db:
            known_store.set_known(db, term_ids, known)

    def marks(self, term_ids: Iterable[int]) -> Marks:
        """The terms' tags and their cards' suspension now (what `restore_marks` puts back after
        a tag or suspend edit)."""
        with storage_errors(self.path):
            return edits.marks(self.db, term_ids)

    @reports(Changes(terms=True, cards=True))
    def restore_marks(self, saved: Marks) -> None:
        """Undo tag and suspend edits: the tags and suspension of `saved` come back."""
        with self._writing() as db:
            edits.restore_marks(db, saved)

    def delete_terms(self, term_ids: Iterable[int]) -> Deletion:
        """Delete terms with their senses, occurrences, cards, reviews and list memberships;
        the returned Deletion restores them exactly (`restore_terms`)."""
        with self._writing() as db:
            return Deletion(edits.delete_terms(db, term_ids, now=self._stamp()))

    def restore_terms(self, deleted: Deletion) -> Changes:
        """Undo `delete_terms`: every row comes back with its ids and scheduling."""
        with self._writing() as db:
            edits.restore_terms(db, deleted.snapshot)
        return deleted.changes


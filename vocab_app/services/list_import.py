"""A colleague's list file stored as a new list: first a preview of what importing each row would
do (`preview_list_file`, storing nothing), then the import of that preview (`store_preview`).
`lib.lists` (services/lists.py: `preview_csv`, `import_preview`, `import_csv`) runs them.

How the file is read (delimiters, headers, odd lines): services/list_csv.py. A term already in
the collection (same `mining.merge.term_key`) is linked, and a gloss that differs from its senses
becomes the list's gloss for it, so the learner's own senses are never changed. An unknown term
becomes a new note (`TermLists.find_or_create`); an unknown term without a gloss is not added
(its card would have no answer).
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from vocab_app.errors import InputError
from vocab_app.i18n_text import _
from vocab_app.services.changes import Changes
from vocab_app.services.list_csv import ListRow
from vocab_app.services.list_csv_stream import read_list
from vocab_app.services.settings import load_settings
from vocab_app.store import lists as store
from vocab_app.store.terms import sense_glosses

if TYPE_CHECKING:
    from vocab_app.services.lists import TermLists

IMPORT_BATCH = 5000  # list rows written to the store at a time


@dataclass(slots=True)
class ImportListReport:
    """What `import_csv` did: rows read, terms linked, notes created, rows skipped (with why)."""

    list_id: int
    name: str
    linked: int = 0
    created: int = 0
    skipped: list[str] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)

    @property
    def changes(self) -> Changes:
        """A new list, and the notes (with senses and cards) created for rows not found."""
        new = self.created > 0
        return Changes(lists=True, terms=new, senses=new, cards=new)


@dataclass(frozen=True, slots=True)
class PreviewRow:
    """One row of a list file and what importing it would do: `action` is `link` (the term is
    in the collection), `create` (a new note) or `skip`, with `why` for a skip."""

    row: ListRow
    action: str
    why: str = ""


@dataclass(frozen=True, slots=True)
class ListPreview:
    """A list file read but not stored: its rows with their actions, and one warning per odd
    line (`line N: …`)."""

    path: str
    rows: tuple[PreviewRow, ...]
    warnings: tuple[str, ...]

    def count(self, action: str) -> int:
        """How many rows would be linked, created or skipped."""
        return sum(1 for r in self.rows if r.action == action)


def preview_list_file(lists: TermLists, path: str | os.PathLike[str]) -> ListPreview:
    """Read a CSV/TSV list (term, gloss[, tags]) and say what importing it into `lists` would do;
    nothing is stored. Raises InputError for an unreadable file or one without a single term."""
    parsed = read_list(path)
    if not parsed.kept:
        raise InputError(_("{path} holds no terms: expected rows of term, gloss[, "
                           "tags].").format(path=path))
    rows = []
    for row in parsed.rows:
        if row.skipped:
            rows.append(PreviewRow(row, "skip", row.problem))
        elif lists.lookup(row.term) is not None:
            rows.append(PreviewRow(row, "link"))
        elif not row.gloss:
            rows.append(PreviewRow(row, "skip", _("no gloss for {term!r}, which is not"
                                                  " in the collection").format(term=row.term)))
        else:
            rows.append(PreviewRow(row, "create"))
    return ListPreview(str(path), tuple(rows), tuple(parsed.warnings))


def store_preview(lists: TermLists, preview: ListPreview, name: str,
                  created_at: str) -> ImportListReport:
    """Store the rows of `preview` as a new list called `name` (already checked), made at
    `created_at`, in one transaction (an error stores nothing), written in batches of
    IMPORT_BATCH rows; skipped rows are reported with why."""
    report = ImportListReport(list_id=0, name=name, warnings=list(preview.warnings))
    reverse_cards = load_settings(lists.db).reverse_cards  # as a mining import would
    with store.bulk_cache(lists.db, len(preview.rows)), lists.db.atomic():
        report.list_id = store.create_list(lists.db, name, created_at=created_at)
        in_list: set[int] = set()
        batch: list[int] = []
        overrides: dict[int, str] = {}  # the batch's linked terms with a gloss of the list

        def flush() -> None:
            store.append_new_terms(lists.db, report.list_id, batch, len(in_list) - len(batch))
            for term_id, gloss in overrides.items():
                store.set_gloss_override(lists.db, report.list_id, term_id, gloss)
            batch.clear()
            overrides.clear()

        for item in preview.rows:
            row = item.row
            if item.action == "skip":
                report.skipped.append(_("line {n}: {problem}").format(n=row.line,
                                                                      problem=item.why))
                continue
            term_id, created = lists.find_or_create(row.term, row.gloss, list(row.tags),
                                                    reverse_cards=reverse_cards)
            if term_id in in_list:
                report.skipped.append(_("line {n}: {term!r} is already in the list").format(
                    n=row.line, term=row.term))
                continue
            in_list.add(term_id)
            batch.append(term_id)
            if created:
                report.created += 1
            else:
                report.linked += 1
                if row.gloss and row.gloss not in sense_glosses(lists.db, term_id):
                    overrides[term_id] = row.gloss
            if len(batch) >= IMPORT_BATCH:
                flush()
        flush()
    return report

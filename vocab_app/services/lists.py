"""`lib.lists`: a teacher's curated term lists — create, rename, reorder, delete, fill, annotate.

A list is an ordered set of terms (`list_terms.position`) with an optional per-list gloss that
replaces the term's senses in that list's exports only. Every change is one transaction.

`preview_csv` reads a colleague's list (CSV or TSV: term, gloss[, tags]; how delimiters, headers
and odd lines are read: services/list_csv.py) and says, per row, what importing would do, with a
warning per odd line; it stores nothing. `import_preview` stores such a preview as a new list
(`import_csv` does both). A term already in the collection (same `mining.merge.term_key`) is
linked, and a gloss that differs from its senses becomes the list's gloss for it, so the
learner's own senses are never changed. An unknown term becomes a new note: term, one sense and
its cards, made by the same store function as a mined term (store/terms.create_term: a reverse
card too when the reverse_cards setting is on); an unknown term without a gloss is not added
(its card would have no answer).
"""

from __future__ import annotations

import os
from collections.abc import Sequence
from dataclasses import dataclass, field

from vocab_app.errors import InputError, VocabError
from vocab_app.i18n_text import N_, _
from vocab_app.services.changes import LISTS, Changes, reports
from vocab_app.services.clock import Clock
from vocab_app.services.list_csv import ListRow, read_list
from vocab_app.services.settings import load_settings
from vocab_app.store import lists as store
from vocab_app.store.db import Database
from vocab_app.store.lists import ListTerm, TermList
from vocab_app.store.terms import (
    add_sense,
    create_term,
    sense_glosses,
    set_term_tags,
    term_by_key,
    term_exists,
)

__all__ = ["ImportListReport", "ListError", "ListPreview", "ListTerm", "PreviewRow",
           "TermList", "TermLists", "valid_list_name", "valid_text"]

MAX_NAME = 200
IMPORT_BATCH = 5000  # list rows written to the store at a time


class ListError(VocabError):
    """A list request that cannot be honoured: empty or duplicate name, unknown list or term."""


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


class TermLists:
    """Teacher lists over one collection (`db`); `clock` stamps new lists and notes."""

    def __init__(self, db: Database, clock: Clock) -> None:
        self.db = db
        self.clock = clock

    # -- lists ------------------------------------------------------------------------------
    def all(self) -> list[TermList]:
        """Every list in its display order."""
        return store.all_lists(self.db)

    def get(self, list_id: int) -> TermList:
        """One list; ListError if there is none with that id."""
        for lst in self.all():
            if lst.id == list_id:
                return lst
        raise ListError(_("There is no term list with id {list_id}.").format(
                            list_id=list_id))

    def by_name(self, name: str) -> TermList:
        """The list called `name` (exact, else case-insensitive); ListError if none."""
        lists = self.all()
        for lst in lists:
            if lst.name == name.strip():
                return lst
        for lst in lists:
            if lst.name.casefold() == name.strip().casefold():
                return lst
        raise ListError(_("There is no term list called {name!r}.").format(
                            name=name.strip()))

    def create(self, name: str, *, list_id: int | None = None) -> int:
        """A new, empty list at the end; returns its id. `list_id` makes it again under the id
        it had (undo of a deletion, redo of a creation): ListError if that id is taken."""
        name = self._valid_name(name)
        if list_id is not None and any(lst.id == list_id for lst in self.all()):
            raise ListError(_("A term list with id {list_id} already exists.").format(
                                list_id=list_id))
        with self.db.atomic():
            return store.create_list(self.db, name, created_at=self._stamp(), list_id=list_id)

    @reports(LISTS)
    def rename(self, list_id: int, name: str) -> None:
        """Give the list a new name (unique, not empty)."""
        self.get(list_id)
        name = self._valid_name(name, ignore_id=list_id)
        with self.db.atomic():
            store.rename_list(self.db, list_id, name)

    @reports(LISTS)
    def delete(self, list_id: int) -> None:
        """Delete the list (its terms stay in the collection)."""
        self.get(list_id)
        with self.db.atomic():
            store.delete_list(self.db, list_id)

    @reports(LISTS)
    def reorder(self, ids_in_order: Sequence[int]) -> None:
        """Put the lists in this order; lists not named keep their order after them."""
        known = [lst.id for lst in self.all()]
        missing = [i for i in ids_in_order if i not in known]
        if missing:
            raise ListError(_("There is no term list with id {list_id}.").format(
                                list_id=missing[0]))
        order = list(dict.fromkeys(ids_in_order)) + [i for i in known if i not in ids_in_order]
        with self.db.atomic():
            store.order_lists(self.db, order)

    # -- terms in a list --------------------------------------------------------------------
    def terms(self, list_id: int) -> list[ListTerm]:
        """The list's terms in order, with the gloss the list shows."""
        self.get(list_id)
        return store.list_terms(self.db, list_id)

    def add_terms(self, list_id: int, term_ids: Sequence[int]) -> int:
        """Append terms not yet in the list (in the given order); returns how many were added."""
        self.get(list_id)
        self._check_terms(term_ids)
        with self.db.atomic():
            return store.append_terms(self.db, list_id, term_ids)

    @reports(LISTS)
    def remove_terms(self, list_id: int, term_ids: Sequence[int]) -> None:
        """Take terms out of the list (the terms themselves stay); positions close up."""
        self.get(list_id)
        with self.db.atomic():
            store.remove_terms(self.db, list_id, term_ids)
            store.renumber(self.db, list_id, [lt.term_id for lt in self._ordered(list_id)])

    @reports(LISTS)
    def move_term(self, list_id: int, term_id: int, new_position: int) -> None:
        """Move a term to `new_position` (0-based, clamped) within the list."""
        order = self._ordered(list_id)
        ids = [lt.term_id for lt in order]
        if term_id not in ids:
            raise ListError(_("That term is not in this list."))
        ids.remove(term_id)
        ids.insert(max(0, min(new_position, len(ids))), term_id)
        with self.db.atomic():
            store.renumber(self.db, list_id, ids)

    @reports(LISTS)
    def set_gloss(self, list_id: int, term_id: int, gloss: str | None) -> None:
        """The list's own gloss for a term; None or blank goes back to the term's senses."""
        self.get(list_id)
        value = gloss.strip() if gloss and gloss.strip() else None
        with self.db.atomic():
            if not store.set_gloss_override(self.db, list_id, term_id, value):
                raise ListError(_("That term is not in this list."))

    # -- import -----------------------------------------------------------------------------
    def preview_csv(self, path: str | os.PathLike[str]) -> ListPreview:
        """Read a CSV/TSV list (term, gloss[, tags]) and say what importing it would do; nothing
        is stored. Raises InputError for an unreadable file or one without a single term."""
        parsed = read_list(path)
        if not parsed.kept:
            raise InputError(_("{path} holds no terms: expected rows of term, gloss[, "
                               "tags].").format(path=path))
        rows = []
        for row in parsed.rows:
            if row.skipped:
                rows.append(PreviewRow(row, "skip", row.problem))
            elif self.lookup(row.term) is not None:
                rows.append(PreviewRow(row, "link"))
            elif not row.gloss:
                rows.append(PreviewRow(row, "skip", _("no gloss for {term!r}, which is not"
                                                      " in the collection").format(term=row.term)))
            else:
                rows.append(PreviewRow(row, "create"))
        return ListPreview(str(path), tuple(rows), tuple(parsed.warnings))

    def import_csv(self, path: str | os.PathLike[str], name: str) -> ImportListReport:
        """Read a CSV/TSV list into a new list called `name` (`preview_csv`, then
        `import_preview`): nothing is stored if the file cannot be used."""
        name = self._valid_name(name)
        return self.import_preview(self.preview_csv(path), name)

    def import_preview(self, preview: ListPreview, name: str) -> ImportListReport:
        """Store the rows of `preview` (from `preview_csv`) as a new list called `name`, in one
        transaction (an error stores nothing), written in batches of IMPORT_BATCH rows;
        skipped rows are reported with why."""
        name = self._valid_name(name)
        report = ImportListReport(list_id=0, name=name, warnings=list(preview.warnings))
        reverse_cards = load_settings(self.db).reverse_cards  # as a mining import would
        with store.bulk_cache(self.db, len(preview.rows)), self.db.atomic():
            report.list_id = store.create_list(self.db, name, created_at=self._stamp())
            in_list: set[int] = set()
            batch: list[int] = []
            overrides: dict[int, str] = {}  # the batch's linked terms with a gloss of the list

            def flush() -> None:
                store.append_new_terms(self.db, report.list_id, batch, len(in_list) - len(batch))
                for term_id, gloss in overrides.items():
                    store.set_gloss_override(self.db, report.list_id, term_id, gloss)
                batch.clear()
                overrides.clear()

            for item in preview.rows:
                row = item.row
                if item.action == "skip":
                    report.skipped.append(_("line {n}: {problem}").format(n=row.line,
                                                                          problem=item.why))
                    continue
                term_id, created = self.find_or_create(row.term, row.gloss, list(row.tags),
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
                    if row.gloss and row.gloss not in sense_glosses(self.db, term_id):
                        overrides[term_id] = row.gloss
                if len(batch) >= IMPORT_BATCH:
                    flush()
            flush()
        return report

    def lookup(self, term: str) -> tuple[int, str] | None:
        """(id, tags) of the stored term `term` names, matched like the miner does, or None."""
        from vocab_app.mining.merge import term_key

        # keys written before mining.merge existed: fall back to casefold
        return term_by_key(self.db, term_key(term)) or term_by_key(self.db,
                                                                   term.strip().casefold())

    def resolve_term(self, text: str) -> int:
        """The id of the stored term `text` names: a term id (digits) or a term matched like
        the miner does; ListError when there is none."""
        if text.isdigit() and term_exists(self.db, int(text)):
            return int(text)
        found = self.lookup(text)
        if found is None:
            raise ListError(_("There is no term {text!r} in the collection.").format(
                                text=text))
        return found[0]

    def find_or_create(self, term: str, gloss: str, tags: Sequence[str] = (), *,
                       reverse_cards: bool | None = None) -> tuple[int, bool]:
        """(id, created): the stored term `term` names (its tags merged with `tags`), or a new
        note made as a mined term is (store/terms.create_term: its cards, a reverse card when
        `reverse_cards`, by default the collection's setting) with `gloss` as its sense.
        Call inside a transaction."""
        from vocab_app.mining.merge import term_key, term_lang

        if reverse_cards is None:
            reverse_cards = load_settings(self.db).reverse_cards

        key = term_key(term)
        row = self.lookup(term)
        if row is not None:
            if tags:
                merged = list(dict.fromkeys([*(row[1] or "").split(), *tags]))
                set_term_tags(self.db, row[0], " ".join(merged))
            return row[0], False
        from vocab_app.store.decisions import forget_deleted

        forget_deleted(self.db, [key])  # the user adds back a term deleted before
        term_id = create_term(self.db, key=key, term=term, lang=term_lang(term),
                              created_at=self._stamp(), reverse_cards=reverse_cards,
                              tags=" ".join(tags))
        if gloss:
            add_sense(self.db, term_id, gloss, _style(term, gloss))
        return term_id, True

    # -- helpers ----------------------------------------------------------------------------
    def _ordered(self, list_id: int) -> list[ListTerm]:
        return self.terms(list_id)

    def _check_terms(self, term_ids: Sequence[int]) -> None:
        for t in term_ids:
            if not term_exists(self.db, t):
                raise ListError(_("There is no term with id {t}.").format(t=t))

    def _valid_name(self, name: str, ignore_id: int | None = None) -> str:
        return self._unique(valid_list_name(name), ignore_id)

    def _unique(self, name: str, ignore_id: int | None) -> str:
        existing = store.list_id_named(self.db, name)
        if existing is not None and existing != ignore_id:
            raise ListError(_("A list called {name!r} already exists; choose another "
                              "name.").format(name=name))
        return name

    def _stamp(self) -> str:
        return self.clock.now().strftime("%Y-%m-%dT%H:%M:%S.%f")


#: What valid_text's callers name (lists_typed.py), for the catalogue.
_WHATS = (N_("term"), N_("gloss"))


def valid_text(text: str, what: str, *, empty_ok: bool = False) -> str:
    """A typed term or gloss (`what`) on one line with runs of spaces made one, or ListError
    with a sentence: empty (unless `empty_ok`), holding control characters, or over 1,000
    characters."""
    import unicodedata

    what = _(what)  # "term" or "gloss": _WHATS
    if any(unicodedata.category(ch) in ("Cc", "Cf") for ch in text or ""):
        raise ListError(_("The {what} holds control characters; type it on one line.").format(
                            what=what))
    cleaned = " ".join((text or "").split())
    if not cleaned and not empty_ok:
        raise ListError(_("Type a {what}; the {what} given is empty.").format(what=what))
    if len(cleaned) > 1000:
        raise ListError(_("A {what} can be at most 1,000 characters long.").format(
                            what=what))
    return cleaned


def valid_list_name(name: str) -> str:
    """`name` as a list is called (runs of spaces made one), or ListError with a sentence: a
    name that is empty or only spaces, longer than MAX_NAME, or holding `/` (a list's name
    becomes its deck's and its file's name) or a control character (a tab, a line break, an
    escape, or an invisible format character such as a bidi override)."""
    import unicodedata

    text = name or ""
    bad = next((ch for ch in text if unicodedata.category(ch) in ("Cc", "Cf")), None)
    if bad is not None:
        raise ListError(_("A list name cannot hold control characters (here "
                          "U+{value:04X}); type the name on one line, with letters, "
                          "digits and punctuation.").format(value=ord(bad)))
    text = " ".join(text.split())
    if not text:
        raise ListError(_("A list needs a name; the name given is empty."))
    if "/" in text:
        raise ListError(_("A list name cannot hold '/' (it becomes the name of the "
                          "deck and of the exported file); use '-' instead."))
    if len(text) > MAX_NAME:
        raise ListError(_("A list name can be at most {MAX_NAME} characters long.").format(
                            MAX_NAME=MAX_NAME))
    return text


def _style(term: str, gloss: str) -> str:
    """A plausible gloss style for an imported pair (which language glosses which)."""
    from vocab_app.mining.merge import term_lang

    t, g = term_lang(term), term_lang(gloss)
    if t == "en" and g == "zh":
        return "en-zh"
    if t == "zh" and g == "en":
        return "zh-en"
    if t == "en" and g == "en" and len(gloss) < len(term) and gloss.replace(".", "").isupper():
        return "abbr"
    return "def"

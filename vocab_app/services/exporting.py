"""`lib.export`: Anki packages, CSV/TSV lists and printable handouts of a library's terms.

Selections: the whole collection, one source (`source_id`) or one teacher list (`list_id`).

Anki packages:
- The learner's own notes (whole collection or one source) share one GUID namespace; a teacher
  list's notes have their own, named by the list's uid (`("list", uid)`), so importing a list
  deck never touches the learner's own notes, and a newer export of the same list updates that
  list's notes (in the list's order, with the list's glosses). A list deck is named after the
  list unless the caller names it.
- Each note's modification stamp changes only when that note's exported content does
  (store/export_stamps.py), so Anki's default "update if newer" updates exactly the notes
  changed here and leaves the others, and the learner's edits in Anki, alone. Re-exporting an
  unchanged selection gives a byte-identical package. If the collection cannot be written
  (opened read-only) the export still succeeds, only without remembering the stamps.

Targets and interrupted exports (export/files.py, export/temp_files.py): a device, FIFO or
folder at the target is refused, a symlink leads to the file that gets the export, and the
temporary files of an export killed mid-write are removed by the next export into that folder
and by `temp_files.sweep_recorded` when a collection is opened (Library.open).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Literal

from vocab_app.errors import ExportError
from vocab_app.export.collect import ExportNote, collect_notes
from vocab_app.export.labels import labels
from vocab_app.i18n_text import _
from vocab_app.services.settings import card_language
from vocab_app.store.lists import list_name, list_uid
from vocab_app.store.sources import source_title

if TYPE_CHECKING:
    from vocab_app.services.library import Library
    from vocab_app.store.db import Database
    from vocab_app.store.export_stamps import NoteStamps


@dataclass(frozen=True, slots=True)
class ExportReport:
    """What an export wrote: notes (terms), cards (Anki cards; 0 for CSV/handouts), the file,
    how many cards arrived as review cards (scheduling carried over) and, for a PDF handout,
    its pages."""

    notes: int
    cards: int
    path: Path
    scheduled: int = 0
    pages: int = 0  # a PDF handout's page count


class Exporter:
    """Exports of one Library (`library.db`, `library.clock`)."""

    def __init__(self, library: Library) -> None:
        self._lib = library

    @property
    def _db(self) -> Database:
        return self._lib.db

    def notes(self, *, source_id: int | None = None, list_id: int | None = None,
              with_scheduling: bool = False) -> list[ExportNote]:
        """The records an export of this selection would write (in order)."""
        return collect_notes(self._db, source_id=source_id, list_id=list_id,
                             with_scheduling=with_scheduling)

    def apkg(self, out_path: str | Path, *, deck_name: str | None = None,
             source_id: int | None = None, list_id: int | None = None, reverse: bool | None = None,
             cloze: bool | None = None, with_scheduling: bool = False,
             progress: Callable[[int, int], None] | None = None) -> ExportReport:
        """Write an Anki package of the selection; see export/apkg.py and the module
        docstring. `deck_name` defaults to the list's name for a list, else "vocab_app".
        ExportError when the selection is empty or the file cannot be written (nothing
        partial is left). `reverse`/`cloze` None: the collection's settings say."""
        from vocab_app.export.apkg import gc_paused, write_apkg

        settings = self._lib.settings
        reverse = settings.reverse_cards if reverse is None else reverse
        cloze = settings.cloze_cards if cloze is None else cloze

        with gc_paused():
            notes = self.notes(source_id=source_id, list_id=list_id,
                               with_scheduling=with_scheduling)
            if not notes:
                raise ExportError(_nothing(source_id, list_id))
            namespace = self._namespace(list_id)
            if deck_name is None:
                deck_name = ((self._title(None, list_id) or "Vocabulary") if list_id is not None
                             else "vocab_app")
            result = write_apkg(notes, out_path, deck_name=deck_name, namespace=namespace,
                                reverse=reverse, cloze=cloze, with_scheduling=with_scheduling,
                                today=self._lib.clock.today(), stamps=self._stamps(),
                                language=card_language(settings), progress=progress)
        return ExportReport(notes=result.notes, cards=result.cards, path=result.path,
                            scheduled=result.scheduled)

    def csv(self, out_path: str | Path, *, list_id: int | None = None,
            source_id: int | None = None,
            dialect: Literal["csv", "anki-tsv"] = "csv") -> ExportReport:
        """Write the selection as a teacher CSV or as Anki-importable TSV (export/tabular.py)."""
        from vocab_app.export import tabular

        if dialect not in ("csv", "anki-tsv"):
            raise ExportError(_("Unknown table format {dialect!r}: use csv or anki-tsv.").format(
                                  dialect=dialect))
        notes = self.notes(source_id=source_id, list_id=list_id)
        if not notes:
            raise ExportError(_nothing(source_id, list_id))
        write = tabular.write_csv if dialect == "csv" else tabular.write_anki_tsv
        count = write(notes, out_path)
        return ExportReport(notes=count, cards=0, path=Path(out_path))

    def handout(self, out_path: str | Path, *, list_id: int | None = None,
                source_id: int | None = None, page: str = "A4", layout: str = "glossary",
                title: str | None = None) -> ExportReport:
        """Write a printable handout in `layout` (export/handout.py: glossary, compact,
        examples, quiz): PDF when `out_path` ends in .pdf (vocab_app/pdf.py; the report's
        `pages` is its page count), else HTML. ExportError for an unknown paper size or
        layout, an empty selection or a file that cannot be written."""
        from vocab_app.export import handout

        out = Path(out_path)
        handout.check_page(page)
        if layout not in handout.LAYOUTS:
            raise ExportError(_("The handout layout {layout!r} is not one of {choices}.").format(
                                  layout=layout, choices=', '.join(handout.LAYOUTS)))
        notes = self.notes(source_id=source_id, list_id=list_id)
        if not notes:
            raise ExportError(_nothing(source_id, list_id))
        words = labels(card_language(self._lib.settings))
        title = title or self._title(source_id, list_id) or words.vocabulary
        today = self._lib.clock.today()
        if out.suffix.lower() == ".pdf":
            from vocab_app.pdf import write_pdf

            pages = write_pdf(handout.build(notes, title=title, layout=layout, today=today,
                                            words=words), out, page=page)
            return ExportReport(notes=len(notes), cards=0, path=out, pages=pages)
        count = handout.write_html(notes, out, title=title, page=page, layout=layout,
                                   today=today, words=words)
        return ExportReport(notes=count, cards=0, path=out)

    def _title(self, source_id: int | None, list_id: int | None) -> str | None:
        if list_id is not None:
            name = list_name(self._db, list_id)
            if name is not None:
                return name
        if source_id is not None:
            title = source_title(self._db, source_id)
            if title is not None:
                return title
        return None  # the whole collection: the card language's "Vocabulary"

    def _namespace(self, list_id: int | None) -> tuple[str, ...]:
        """The GUID namespace of a selection: () for the learner's own notes, the list's."""
        if list_id is None:
            return ()
        uid = list_uid(self._db, list_id)
        if uid is None:
            raise ExportError(_("There is no term list with id {list_id}.").format(
                                  list_id=list_id))
        return ("list", uid)

    def _stamps(self) -> NoteStamps:
        """The notes' stamps and card sets for an export now (store/export_stamps.py)."""
        from vocab_app.store.export_stamps import NoteStamps

        return NoteStamps(self._db, int(self._lib.clock.now().timestamp()))


def check_target(out_path: str | Path) -> None:
    """Raise ExportError (one sentence) when no export may be written to `out_path`: a
    folder, device, FIFO or socket (also behind a symlink), a link loop, or a name the file
    system refuses (export/files.resolve_target). The writers check again when they write."""
    from vocab_app.export.files import resolve_target

    resolve_target(Path(out_path))


def _nothing(source_id: int | None, list_id: int | None) -> str:
    if list_id is not None:
        return "There is nothing to export: the list holds no terms."
    if source_id is not None:
        return "There is nothing to export: no term was mined from that source."
    return "There is nothing to export: the collection holds no terms yet."

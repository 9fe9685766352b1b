"""Read what an export needs from the collection: one ExportNote per term of a selection.

A selection is the whole collection, one source, or one teacher list (in the list's order, with
the list's gloss overrides applied). Records hold plain text; `anki_fields` (export/note_html.py,
importable from here too) turns one into the note type's fields as escaped HTML.

Everything is read with a handful of set queries (store/export_reads.py; no query per term), so
10,000 notes are collected in well under a second.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from datetime import date, datetime, timezone
from functools import lru_cache
from typing import Any

from vocab_app.errors import ExportError
from vocab_app.export.note_html import anki_fields as anki_fields
from vocab_app.export.note_html import context_html as context_html
from vocab_app.export.note_html import escape as escape
from vocab_app.export.note_html import source_html as source_html
from vocab_app.i18n_text import _
from vocab_app.mining.model import link_at
from vocab_app.mining.pinyin import chinese_side
from vocab_app.store import export_reads as reads
from vocab_app.store.db import Database
from vocab_app.store.known import known_ids
from vocab_app.store.lists import list_exists
from vocab_app.store.pinyin import readings
from vocab_app.store.sources import source_exists


@dataclass(frozen=True, slots=True)
class ExportReview:
    """One row of our review log, as Anki's revlog needs it."""

    reviewed_at: datetime  # UTC, aware
    grade: int
    answer_ms: int
    before: dict[str, Any]
    after: dict[str, Any]


@dataclass(frozen=True, slots=True)
class ExportCard:
    """A card's SM-2 state (cards table) and its review history, oldest first."""

    direction: str  # forward | reverse
    state: str  # new | learning | review
    ef: float
    interval: int
    reps: int
    lapses: int
    due: date | None
    suspended: bool
    reviews: tuple[ExportReview, ...] = ()


@dataclass(slots=True)
class ExportNote:
    """Plain-text content of one exported term (not escaped; see `anki_fields`)."""

    term_id: int
    key: str
    term: str
    gloss: str  # all senses joined with "; " (or the list's own gloss)
    style: str
    sentence: str = ""
    span: tuple[int, int] | None = None
    translation: str = ""
    speaker: str = ""
    source_title: str = ""
    link: str | None = None
    start: float | None = None  # seconds into the source (a transcript's timestamp)
    notes: str = ""
    pronunciation: str = ""
    pinyin: str = ""  # of the Chinese side: term, else gloss senses (mining/pinyin.py)
    tags: list[str] = field(default_factory=list)
    cards: list[ExportCard] = field(default_factory=list)
    known: bool = False  # marked known: never scheduled (an Anki package suspends its cards)


# More notes than this in an export: read every kept reading at once (store/pinyin.py looks a
# few up by text).
_ALL_READINGS = 1000
_TAG_BAD = re.compile(r"[\s\"\u3000]+")
# (own tags, source ids, style, other styles) → the note's Anki tags, for one export
_TagCache = dict[tuple[str | None, int | str | None, str | None, tuple[str, ...]],
                 tuple[str, ...]]


@lru_cache(maxsize=4096)
def tag_of(text: str) -> str:
    """`text` as one Anki tag: whitespace and quotes become `_`, `::` (hierarchy) becomes `_`."""
    return _TAG_BAD.sub("_", text.replace("::", " ").strip()).strip("_")


def _selection(db: Database, source_id: int | None, list_id: int | None) -> reads.Selection:
    """The selection, checked: ExportError for both kinds at once or an unknown id."""
    if source_id is not None and list_id is not None:
        raise ExportError(_("Choose either a source or a list to export, not both."))
    if list_id is not None and not list_exists(db, list_id):
        raise ExportError(_("There is no term list with id {list_id}.").format(
                              list_id=list_id))
    if source_id is not None and not source_exists(db, source_id):
        raise ExportError(_("There is no source with id {source_id}.").format(
                              source_id=source_id))
    return reads.Selection(source_id=source_id, list_id=list_id)


def collect_notes(db: Database, *, source_id: int | None = None,
                  list_id: int | None = None, with_scheduling: bool = False,
                  ) -> list[ExportNote]:
    """ExportNotes of the selection in export order (list order, source order, or collection
    position). `with_scheduling` also reads each note's cards and review log. An unknown
    source/list id raises ExportError; an empty selection returns [].

    Three queries (store/export_reads.py): the terms in order with their senses (the store's
    browse columns `terms.glosses`/`terms.style`, kept by triggers), their first occurrences
    and the sources they occur in, then the rare terms with senses of several styles, and the
    kept pinyin readings.
    """
    sel = _selection(db, source_id, list_id)
    rows = reads.rows(db, sel)
    if not rows:
        return []
    sources = {sid: (tag_of(info.title), info.title, info.url)
               for sid, info in reads.sources(db).items()}
    styles = reads.mixed_styles(db)
    tag_cache: _TagCache = {}
    notes = [_note(row, styles.get(row[0]), sources, tag_cache) for row in rows]
    _add_pinyin(db, notes)
    known = known_ids(db)
    if known:
        for note in notes:
            note.known = note.term_id in known
    if with_scheduling:
        _read_cards(db, sel, {n.term_id: n for n in notes})
    return notes


def _add_pinyin(db: Database, notes: list[ExportNote]) -> None:
    """Each note's pinyin: the kept (or corrected) readings of its Chinese side, one read (of
    every kept reading for a large export), computing and keeping any reading not kept yet."""
    if len(notes) <= _ALL_READINGS:
        sides = [chinese_side(n.term, n.gloss) for n in notes]
        known = readings(db, (text for side in sides for text in side))
        for note, side in zip(notes, sides, strict=True):
            if side:
                note.pinyin = _joined(side, known)
        return
    known = reads.pinyin_readings(db)
    pending: list[tuple[ExportNote, list[str]]] = []
    for note in notes:
        side = chinese_side(note.term, note.gloss)
        if side:
            try:
                note.pinyin = _joined(side, known)
            except KeyError:  # a reading not kept yet
                pending.append((note, side))
    if pending:
        known.update(readings(db, [text for _note, side in pending for text in side]))
        for note, side in pending:
            note.pinyin = _joined(side, known)


def _joined(side: list[str], known: dict[str, str]) -> str:
    """The readings of a Chinese side (mining/pinyin.chinese_side), senses joined by "; "."""
    return known[side[0]] if len(side) == 1 else "; ".join([known[text] for text in side])


def _note(row: reads.ExportRow, more_styles: list[str] | None,
          sources: dict[int, tuple[str, str, str | None]], tag_cache: _TagCache) -> ExportNote:
    """One ExportNote from a row of collect_notes (`tag_cache`: one dict for the whole
    export)."""
    (term_id, key, term, tags, notes, glosses, style, override, pronunciation,
     sentence, span_start, span_end, translation, speaker, start, src_id, src_ids) = row
    kinds = tuple(more_styles) if more_styles else ()
    tag_tuple = tag_cache.get((tags, src_ids, style, kinds))
    if tag_tuple is None:
        tag_tuple = _tags(tags, src_ids, style, kinds, sources, tag_cache)
    if sentence is None or span_start is None or span_end is None:  # seen in no source
        return ExportNote(term_id, key, term, override or glosses or "", style or "",
                          notes=notes or "", pronunciation=pronunciation or "",
                          tags=list(tag_tuple))
    source = sources.get(src_id) if src_id is not None else None
    if source is None:
        title, link = "", None
    else:
        title, link = source[1], link_at(source[2], start)
    # (positional, in the dataclass's field order: 10,000 keyword calls cost 9 ms more)
    return ExportNote(term_id, key, term, override or glosses or "", style or "", sentence,
                      (span_start, span_end), translation or "", speaker or "", title, link,
                      start, notes or "", pronunciation or "", "", list(tag_tuple))


def _tags(tags: str | None, src_ids: int | str | None, style: str | None,
          more_styles: tuple[str, ...],
          sources: dict[int, tuple[str, str, str | None]], cache: _TagCache) -> tuple[str, ...]:
    """A note's Anki tags: its own, `source::` per source it occurs in, `style::` per style.
    Notes share a handful of combinations: each is built once per export (in `cache`)."""
    cache_key = (tags, src_ids, style, more_styles)
    found = cache.get(cache_key)
    if found is not None:
        return found
    kinds = list(dict.fromkeys([style, *more_styles])) if more_styles else (
        [style] if style else [])
    tag_list = [tag_of(t) for t in tags.split()] if tags else []
    if src_ids is not None:
        text = str(src_ids)
        ids = [int(text)] if "," not in text else sorted(int(i) for i in text.split(","))
        tag_list += [f"source::{sources[i][0]}" for i in ids if i in sources]
    tag_list += [f"style::{k}" for k in kinds]
    unique = tuple(t for t in dict.fromkeys(tag_list) if t)
    cache[cache_key] = unique
    return unique


def _read_cards(db: Database, sel: reads.Selection, notes: dict[int, ExportNote]) -> None:
    """Attach each note's cards with their review logs (oldest first)."""
    reviews: dict[int, list[ExportReview]] = {}
    for card_id, at, grade, ms, before, after in reads.reviews(db, sel):
        reviews.setdefault(card_id, []).append(ExportReview(
            reviewed_at=_utc(at), grade=grade, answer_ms=ms or 0,
            before=json.loads(before or "{}"), after=json.loads(after or "{}")))
    for (card_id, term_id, direction, state, ef, interval, reps, lapses, due,
         suspended) in reads.cards(db, sel):
        notes[term_id].cards.append(ExportCard(
            direction=direction, state=state, ef=ef, interval=interval, reps=reps,
            lapses=lapses, due=date.fromisoformat(due) if due else None,
            suspended=bool(suspended), reviews=tuple(reviews.get(card_id, ()))))


def _utc(text: str) -> datetime:
    stamp = datetime.fromisoformat(text)
    return stamp.replace(tzinfo=timezone.utc) if stamp.tzinfo is None else stamp

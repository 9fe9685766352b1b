"""Read what an export needs from the collection: one ExportNote per term of a selection.

A selection is the whole collection, one source, or one teacher list (in the list's order, with
the list's gloss overrides applied). Records hold plain text; `anki_fields` turns one into the
note type's fields with every piece of text HTML-escaped (`<script>`, `&`, quotes arrive as
literal text) and braces escaped too, so `{{` is never read by Anki as a field reference.

Everything is read with a handful of set queries (no query per term), so 10,000 notes are
collected in well under a second.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from datetime import date, datetime, timezone
from functools import lru_cache
from typing import Any

import sqlite_utils

from vocab_app.errors import ExportError
from vocab_app.mining.model import Occurrence

GLOSS_SEPARATOR = "; "
# html.escape(quote=True) plus braces, in one pass.
_ESCAPES = str.maketrans({"&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#x27;",
                          "{": "&#123;", "}": "&#125;"})
_SPECIAL = re.compile("[&<>\"'{}]")


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
    glosses: list[str]
    style: str
    sentence: str = ""
    span: tuple[int, int] | None = None
    translation: str = ""
    speaker: str = ""
    source_title: str = ""
    link: str | None = None
    notes: str = ""
    tags: list[str] = field(default_factory=list)
    cards: list[ExportCard] = field(default_factory=list)

    @property
    def gloss(self) -> str:
        """All senses joined with '; ' (or the list's override)."""
        return GLOSS_SEPARATOR.join(self.glosses)


def escape(text: str | None) -> str:
    """`text` as literal HTML: markup characters, quotes and braces become entities."""
    if not text:
        return ""
    if _SPECIAL.search(text) is None:  # the common case: one C scan, no copy
        return text
    return text.translate(_ESCAPES)


def context_html(note: ExportNote, *, blank: bool = False) -> str:
    """The sentence with the term in `<span class="term">` (or a blank for the cloze card)."""
    if not note.sentence:
        return ""
    if note.span is None or not (0 <= note.span[0] < note.span[1] <= len(note.sentence)):
        return "" if blank else escape(note.sentence)
    start, end = note.span
    inner = ('<span class="vocab-blank">[…]</span>' if blank
             else f'<span class="term">{escape(note.sentence[start:end])}</span>')
    return escape(note.sentence[:start]) + inner + escape(note.sentence[end:])


def source_html(note: ExportNote) -> str:
    """Source title, as a link (opening at the occurrence's second where possible)."""
    title = escape(note.source_title)
    if not note.link:
        return title
    return f'<a href="{escape(note.link)}">{title or escape(note.link)}</a>'


def anki_fields(note: ExportNote, *, reverse: bool = False, cloze: bool = False) -> list[str]:
    """The note type's field values (anki_model.FIELDS order), all text escaped."""
    return [
        escape(note.term),
        escape(note.gloss),
        escape(note.style),
        context_html(note),
        escape(note.translation),
        source_html(note),
        escape(note.speaker),
        escape(note.notes).replace("\n", "<br>"),
        "y" if reverse else "",
        context_html(note, blank=True) if cloze else "",
    ]


_TAG_BAD = re.compile(r"[\s\"\u3000]+")


@lru_cache(maxsize=4096)
def tag_of(text: str) -> str:
    """`text` as one Anki tag: whitespace and quotes become `_`, `::` (hierarchy) becomes `_`."""
    return _TAG_BAD.sub("_", text.replace("::", " ").strip()).strip("_")


def link_for(url: str | None, start: float | None) -> str | None:
    """The source link opening at `start` seconds (the rule of mining.model.Occurrence.link)."""
    if not url:
        return None
    return Occurrence(term="", gloss="", style="def", source_path="", segment_index=0,
                      sentence="", term_in_sentence=(0, 0), start=start, source_url=url).link


def _selection(db: sqlite_utils.Database, source_id: int | None, list_id: int | None,
               ) -> tuple[str, list[Any]]:
    """SQL for the selected term ids (with an `ord` column giving the export order)."""
    if source_id is not None and list_id is not None:
        raise ExportError("Choose either a source or a list to export, not both.")
    if list_id is not None:
        if db.execute("SELECT 1 FROM lists WHERE id = ?", [list_id]).fetchone() is None:
            raise ExportError(f"There is no term list with id {list_id}.")
        return ("SELECT term_id AS id, position AS ord FROM list_terms WHERE list_id = ?",
                [list_id])
    if source_id is not None:
        if db.execute("SELECT 1 FROM sources WHERE id = ?", [source_id]).fetchone() is None:
            raise ExportError(f"There is no source with id {source_id}.")
        return ("SELECT o.term_id AS id, min(s.idx) AS ord FROM occurrences o"
                " JOIN segments s ON s.id = o.segment_id WHERE s.source_id = ?"
                " GROUP BY o.term_id", [source_id])
    return "SELECT id, position AS ord FROM terms", []


def collect_notes(db: sqlite_utils.Database, *, source_id: int | None = None,
                  list_id: int | None = None, with_scheduling: bool = False,
                  ) -> list[ExportNote]:
    """ExportNotes of the selection in export order (list order, source order, or collection
    position). `with_scheduling` also reads each note's cards and review log. An unknown
    source/list id raises ExportError; an empty selection returns []."""
    sel, params = _selection(db, source_id, list_id)
    rows = db.execute(
        f"WITH sel AS ({sel}) SELECT t.id, t.key, t.term, t.tags, t.notes FROM sel"
        " JOIN terms t ON t.id = sel.id ORDER BY sel.ord, t.position, t.id", params).fetchall()
    notes = {r[0]: ExportNote(term_id=r[0], key=r[1], term=r[2], glosses=[], style="",
                              notes=r[4] or "", tags=(r[3] or "").split()) for r in rows}
    if not notes:
        return []
    styles: dict[int, list[str]] = {}
    # One row per term (senses concatenated in SQL, in first-seen order): 10,000 notes read
    # in a fraction of the time of 20,000 Python-side rows.
    for term_id, glosses, kinds in db.execute(
            f"WITH sel AS ({sel}) SELECT term_id, group_concat(gloss, char(31)),"
            " group_concat(style, char(31)) FROM (SELECT s.term_id, s.gloss, s.style"
            " FROM senses s JOIN sel ON sel.id = s.term_id ORDER BY s.term_id, s.id)"
            " GROUP BY term_id", params):
        notes[term_id].glosses = glosses.split("\x1f")
        styles[term_id] = kinds.split("\x1f")
    _read_contexts(db, sel, params, notes, source_id)
    titles = _source_titles(db, sel, params)
    for term_id, note in notes.items():
        seen = list(dict.fromkeys(styles.get(term_id, [])))
        note.style = seen[0] if seen else ""
        extra = [f"source::{tag_of(t)}" for t in titles.get(term_id, [])]
        extra += [f"style::{s}" for s in seen]
        note.tags = list(dict.fromkeys(t for t in (*map(tag_of, note.tags), *extra) if t))
    if list_id is not None:
        for term_id, override in db.execute(
                "SELECT term_id, gloss_override FROM list_terms WHERE list_id = ?"
                " AND gloss_override IS NOT NULL AND gloss_override != ''", [list_id]):
            if term_id in notes:
                notes[term_id].glosses = [override]
    if with_scheduling:
        _read_cards(db, sel, params, notes)
    return list(notes.values())


def _read_contexts(db: sqlite_utils.Database, sel: str, params: list[Any],
                   notes: dict[int, ExportNote], source_id: int | None) -> None:
    """Fill each note's first occurrence (in the chosen source, if any): sentence and source."""
    where = "WHERE seg.source_id = ?" if source_id is not None else ""
    extra = [source_id] if source_id is not None else []
    rows = db.execute(
        f"WITH sel AS ({sel}), ranked AS ("
        " SELECT o.term_id, o.sentence, o.span_start, o.span_end, seg.translation, seg.speaker,"
        " seg.start, src.title, src.url, row_number() OVER (PARTITION BY o.term_id"
        " ORDER BY seg.source_id, seg.idx, o.span_start, o.id) AS rn"
        " FROM occurrences o JOIN sel ON sel.id = o.term_id"
        " JOIN segments seg ON seg.id = o.segment_id JOIN sources src ON src.id = seg.source_id"
        f" {where}) SELECT * FROM ranked WHERE rn = 1", [*params, *extra])
    for term_id, sentence, s0, s1, translation, speaker, start, title, url, _ in rows:
        note = notes[term_id]
        note.sentence, note.span = sentence or "", (s0, s1)
        note.translation, note.speaker = translation or "", speaker or ""
        note.source_title, note.link = title or "", link_for(url, start)


def _source_titles(db: sqlite_utils.Database, sel: str, params: list[Any],
                   ) -> dict[int, list[str]]:
    """Titles of the sources each selected term occurs in (source id order)."""
    titles: dict[int, list[str]] = {}
    for term_id, title, _src in db.execute(
            f"WITH sel AS ({sel}) SELECT DISTINCT o.term_id, src.title, src.id FROM occurrences o"
            " JOIN sel ON sel.id = o.term_id JOIN segments seg ON seg.id = o.segment_id"
            " JOIN sources src ON src.id = seg.source_id ORDER BY o.term_id, src.id", params):
        titles.setdefault(term_id, []).append(title)
    return titles


def _read_cards(db: sqlite_utils.Database, sel: str, params: list[Any],
                notes: dict[int, ExportNote]) -> None:
    """Attach each note's cards with their review logs (oldest first)."""
    reviews: dict[int, list[ExportReview]] = {}
    for card_id, at, grade, ms, before, after in db.execute(
            f"WITH sel AS ({sel}) SELECT r.card_id, r.reviewed_at, r.grade, r.answer_ms,"
            " r.before, r.after FROM reviews r JOIN cards c ON c.id = r.card_id"
            " JOIN sel ON sel.id = c.term_id ORDER BY r.card_id, r.reviewed_at, r.id", params):
        reviews.setdefault(card_id, []).append(ExportReview(
            reviewed_at=_utc(at), grade=grade, answer_ms=ms or 0,
            before=json.loads(before or "{}"), after=json.loads(after or "{}")))
    for (card_id, term_id, direction, state, ef, interval, reps, lapses, due,
         suspended) in db.execute(
            f"WITH sel AS ({sel}) SELECT c.id, c.term_id, c.direction, c.state, c.ef,"
            " c.interval, c.reps, c.lapses, c.due, c.suspended FROM cards c"
            " JOIN sel ON sel.id = c.term_id ORDER BY c.term_id, c.id", params):
        notes[term_id].cards.append(ExportCard(
            direction=direction, state=state, ef=ef, interval=interval, reps=reps,
            lapses=lapses, due=date.fromisoformat(due) if due else None,
            suspended=bool(suspended), reviews=tuple(reviews.get(card_id, ()))))


def _utc(text: str) -> datetime:
    stamp = datetime.fromisoformat(text)
    return stamp.replace(tzinfo=timezone.utc) if stamp.tzinfo is None else stamp

"""What an export reads from the collection, a selection at a time, as typed rows.

A selection is the whole collection, one source, or one teacher list (`Selection`). Everything
is read with a handful of set queries, each one pass over an index (no query per term), so
10,000 notes are read in well under a second: export/collect.py turns the rows into ExportNotes.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any, NamedTuple

import sqlite_utils

_ALL = "SELECT id, position AS ord FROM terms"


@dataclass(frozen=True, slots=True)
class Selection:
    """The terms to export: all (both None), one source's or one list's (not both)."""

    source_id: int | None = None
    list_id: int | None = None

    def sql(self) -> tuple[str, list[Any]]:
        """SQL for the selected term ids, with an `ord` column giving the export order."""
        if self.list_id is not None:
            return ("SELECT term_id AS id, position AS ord FROM list_terms WHERE list_id = ?",
                    [self.list_id])
        if self.source_id is not None:
            return ("SELECT o.term_id AS id, min(s.idx) AS ord FROM occurrences o"
                    " JOIN segments s ON s.id = o.segment_id WHERE s.source_id = ?"
                    " GROUP BY o.term_id", [self.source_id])
        return _ALL, []


class ExportTermRow(NamedTuple):
    """A selected term with its browse columns; `override` is the list's own gloss."""

    id: int
    key: str
    term: str
    tags: str
    notes: str
    glosses: str | None
    style: str | None
    override: str | None
    pronunciation: str | None


class FirstSeen(NamedTuple):
    """A term's first occurrence (in source, segment, position order) within the selection."""

    sentence: str
    span_start: int
    span_end: int
    translation: str | None
    speaker: str | None
    start: float | None
    source_id: int


class SourceInfo(NamedTuple):
    """A source's title and link."""

    title: str
    url: str | None


# Cards and log rows come by the tens of thousands and are unpacked by position at once, so
# they stay plain tuples (a NamedTuple per row cost a quarter of an export's reading time).
ExportCardRow = tuple[int, int, str, str, float, int, int, int, "str | None", int]
"""card id, term id, direction, state, ef, interval, reps, lapses, due (YYYY-MM-DD or None),
suspended (0/1)."""
ExportReviewRow = tuple[int, str, int, "int | None", "str | None", "str | None"]
"""card id, reviewed_at, grade, answer_ms, before and after (the stored JSON text)."""


def terms(db: sqlite_utils.Database, sel: Selection) -> list[ExportTermRow]:
    """The selected terms in export order: list order, source order, or collection position
    (then position, then id)."""
    sql, params = sel.sql()
    override = ("(SELECT gloss_override FROM list_terms WHERE list_id = ? AND term_id = t.id)"
                if sel.list_id is not None else "NULL")
    columns = (f"t.id, t.key, t.term, t.tags, t.notes, t.glosses, t.style, {override},"
               " t.pronunciation")
    if sql == _ALL:  # straight down the position index
        rows = db.execute(f"SELECT {columns} FROM terms t ORDER BY t.position, t.id").fetchall()
    else:
        rows = db.execute(
            f"WITH sel AS ({sql}) SELECT {columns} FROM sel JOIN terms t ON t.id = sel.id"
            " ORDER BY sel.ord, t.position, t.id",
            [*params, *([sel.list_id] if sel.list_id is not None else [])]).fetchall()
    return [ExportTermRow(*r) for r in rows]


def first_seen(db: sqlite_utils.Database, sel: Selection,
               ) -> tuple[dict[int, FirstSeen], dict[int, str | None]]:
    """Per selected term: its first occurrence (within the source, for a source selection),
    and the ids of every source it occurs in, comma-separated (SQLite's group_concat)."""
    sql, params = sel.sql()
    only = f"WHERE o.term_id IN (SELECT id FROM ({sql}))" if sql != _ALL else ""
    only_params = params if only else []
    # SQLite takes the bare columns from the row holding the min() (the only min/max of the
    # query): the first occurrence in (source, segment, position) order, without sorting
    # every occurrence. Outside a source selection the same pass lists the term's sources.
    in_source = ""
    if sel.source_id is not None:
        in_source = ("AND" if only else "WHERE") + " seg.source_id = ?"
    found = db.execute(
        "SELECT o.term_id, min(seg.source_id * 1000000000000 + seg.idx * 1000000"
        " + o.span_start), o.sentence, o.span_start, o.span_end,"
        " COALESCE(o.translation, seg.translation), seg.speaker,"
        " seg.start, seg.source_id, "
        + ("NULL" if in_source else "group_concat(DISTINCT seg.source_id)")
        + f" FROM occurrences o JOIN segments seg ON seg.id = o.segment_id {only} {in_source}"
        " GROUP BY o.term_id",
        [*only_params, *([sel.source_id] if sel.source_id is not None else [])]).fetchall()
    first = {r[0]: FirstSeen(*r[2:9]) for r in found}
    if in_source:
        seen_in = dict(db.execute(
            "SELECT o.term_id, group_concat(DISTINCT seg.source_id) FROM occurrences o"
            f" JOIN segments seg ON seg.id = o.segment_id {only} GROUP BY o.term_id",
            only_params).fetchall())
    else:
        seen_in = {r[0]: r[9] for r in found}
    return first, seen_in


def sources(db: sqlite_utils.Database) -> dict[int, SourceInfo]:
    """Every source's title and link by id."""
    return {sid: SourceInfo(title, url)
            for sid, title, url in db.execute("SELECT id, title, url FROM sources")}


def mixed_styles(db: sqlite_utils.Database) -> dict[int, list[str]]:
    """The styles of the (rare) terms whose senses have several, by term id."""
    # A term has senses of several styles when one differs from its first (`terms.style`):
    # found through the style index instead of grouping every sense.
    return {term_id: kinds.split(",") for term_id, kinds in db.execute(
        "SELECT term_id, group_concat(DISTINCT style) FROM senses WHERE term_id IN"
        " (SELECT s.term_id FROM senses s JOIN terms t ON t.id = s.term_id"
        " AND s.style != t.style) GROUP BY term_id")}


def reviews(db: sqlite_utils.Database, sel: Selection) -> Iterator[ExportReviewRow]:
    """The review log of the selected terms' cards, by card, oldest first."""
    sql, params = sel.sql()
    yield from db.execute(
        f"WITH sel AS ({sql}) SELECT r.card_id, r.reviewed_at, r.grade, r.answer_ms,"
        " r.before, r.after FROM reviews r JOIN cards c ON c.id = r.card_id"
        " JOIN sel ON sel.id = c.term_id ORDER BY r.card_id, r.reviewed_at, r.id", params)


def cards(db: sqlite_utils.Database, sel: Selection) -> Iterator[ExportCardRow]:
    """The selected terms' cards, by term, then card id."""
    sql, params = sel.sql()
    yield from db.execute(
        f"WITH sel AS ({sql}) SELECT c.id, c.term_id, c.direction, c.state, c.ef,"
        " c.interval, c.reps, c.lapses, c.due, c.suspended FROM cards c"
        " JOIN sel ON sel.id = c.term_id ORDER BY c.term_id, c.id", params)

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


ExportRow = tuple[int, str, str, str, str, "str | None", "str | None", "str | None",
                  "str | None", "str | None", "int | None", "int | None", "str | None",
                  "str | None", "float | None", "int | None", "int | str | None"]
"""A selected term with its browse columns and its first occurrence (`rows`): id, key, term,
tags, notes, glosses, style, override (the list's own gloss), pronunciation; then sentence,
span start and end, translation (the occurrence's, else its segment's), speaker, start (seconds)
and source id of the first occurrence (all None without one); then the ids of every source the
term occurs in, comma-separated (the one id, an int, for a term seen in one source; None
without an occurrence)."""


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


def rows(db: sqlite_utils.Database, sel: Selection) -> list[ExportRow]:
    """The selected terms in export order (list order, source order, or collection position;
    then position, then id), each with its first occurrence (in source, segment, position
    order; within the source for a source selection) and every source it occurs in: all an
    export note needs but its pinyin, in one query."""
    sql, params = sel.sql()
    override = ("(SELECT gloss_override FROM list_terms WHERE list_id = ? AND term_id = t.id)"
                if sel.list_id is not None else "NULL")
    in_source = " AND s1.source_id = ?" if sel.source_id is not None else ""
    # Per term, down the occurrences' term index: the first occurrence (ties: the lowest id, as
    # the one min() of a grouped scan keeps) and the distinct sources, listed only for a term
    # seen in another source than that of its first occurrence (a distinct list costs a
    # temporary B-tree a term).
    columns = (f"t.id, t.key, t.term, t.tags, t.notes, t.glosses, t.style, {override},"
               " t.pronunciation, o.sentence, o.span_start, o.span_end,"
               " COALESCE(o.translation, seg.translation), seg.speaker, seg.start, seg.source_id,"
               " CASE WHEN EXISTS (SELECT 1 FROM occurrences o2 JOIN segments s2"
               " ON s2.id = o2.segment_id WHERE o2.term_id = t.id"
               " AND s2.source_id != seg.source_id)"
               " THEN (SELECT group_concat(DISTINCT s2.source_id) FROM occurrences o2"
               " JOIN segments s2 ON s2.id = o2.segment_id WHERE o2.term_id = t.id)"
               " ELSE seg.source_id END")
    # (the id beside the only min() of a query: SQLite takes it from the row holding the
    # minimum, the first such row in id order; no sorter a term, as ORDER BY ... LIMIT 1 has)
    first = ("LEFT JOIN occurrences o ON o.id = (SELECT id FROM (SELECT o1.id AS id,"
             " min(s1.source_id * 1000000000000 + s1.idx * 1000000 + o1.span_start)"
             " FROM occurrences o1 JOIN segments s1 ON s1.id = o1.segment_id"
             f" WHERE o1.term_id = t.id{in_source}))"
             " LEFT JOIN segments seg ON seg.id = o.segment_id")
    more = [*([sel.list_id] if sel.list_id is not None else []),
            *([sel.source_id] if sel.source_id is not None else [])]
    if sql == _ALL:  # straight down the position index
        query = f"SELECT {columns} FROM terms t {first} ORDER BY t.position, t.id"
        return db.execute(query, more).fetchall()
    return db.execute(
        f"WITH sel AS ({sql}) SELECT {columns} FROM sel JOIN terms t ON t.id = sel.id {first}"
        " ORDER BY sel.ord, t.position, t.id", [*params, *more]).fetchall()


def sources(db: sqlite_utils.Database) -> dict[int, SourceInfo]:
    """Every source's title and link by id."""
    return {sid: SourceInfo(title, url)
            for sid, title, url in db.execute("SELECT id, title, url FROM sources")}


def pinyin_readings(db: sqlite_utils.Database) -> dict[str, str]:
    """Every kept pinyin reading, text → reading (the learner's correction where there is one:
    store/pinyin.py keeps one row a text). An export of many notes reads them all at once."""
    # Two group_concat strings split in Python: half the time of a row a reading. Both
    # aggregates take the rows in the same order; a separator inside a text or reading makes
    # more pieces than rows, and then the rows are read one by one.
    count, texts, readings = db.execute(
        "SELECT count(*), group_concat(text, char(31)), group_concat(reading, char(31))"
        " FROM pinyin_readings").fetchone()
    if not count:
        return {}
    keys, values = texts.split("\x1f"), readings.split("\x1f")
    if len(keys) == len(values) == count:
        return dict(zip(keys, values, strict=True))
    return dict(db.execute("SELECT text, reading FROM pinyin_readings"))


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

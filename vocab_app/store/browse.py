"""Browse queries: filter, sort and page terms in SQL; one term's detail; sources; tags.

Filtering, sorting and paging happen in SQL over the v2 browse columns of `terms` (glosses,
style, state, due: kept by triggers, see store/migrations.py) and their indexes, so a page of a
100,000-term collection is read without loading the rest. A page is read in two steps: the ids
of the page (index order, LIMIT/OFFSET), then those rows with their first source's title, so
the per-row subquery runs for 200 rows, not for every match. A search text is found through the
trigram index of store/search_index.py (a LIKE scan where it cannot serve), once per text.
A text the index offers many rows for ("broad": one or two letters, a common syllable) may be in
most terms, and collecting all its hits would read them all: its first pages come instead from
testing the terms one by one in the sort order's index until the page is full (`first_page`
says how many it found: a lower bound of the count, which `count_terms` then gives exactly).
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date
from typing import Any

import sqlite_utils

from vocab_app.mining.model import link_at
from vocab_app.store import search_index
from vocab_app.store.term_records import (
    CardRow,
    OccurrenceRow,
    SenseId,
    SenseRow,
    SourceId,
    SourceRow,
    TermDetail,
    TermId,
)

STATES = ("new", "learning", "review", "suspended", "leech", "known")
SORTS = {
    "position": "t.position",
    "term": "t.term COLLATE NOCASE",
    "gloss": "t.glosses COLLATE NOCASE",
    "style": "t.style",
    "count": "t.frequency",
    "due": "coalesce(t.due, '9999-12-31')",
    "state": "t.state",  # alphabetical (indexed): leech, learning, new, review, suspended
}


@dataclass(frozen=True, slots=True)
class TermFilter:
    """Which terms to show. `text` matches term, variants, glosses and context sentences
    (case-insensitive substring); the other fields narrow by source, sense style, state
    (new | learning | review | suspended | leech), teacher list and tag. Empty = no filter."""

    text: str = ""
    source_id: int | None = None
    style: str | None = None
    state: str | None = None
    list_id: int | None = None
    tag: str | None = None


@dataclass(frozen=True, slots=True)
class TermRow:
    """One row of the library table."""

    id: TermId
    term: str
    gloss: str  # senses joined with "; " in first-seen order
    style: str  # style of the first sense
    count: int
    state: str
    due: date | None
    tags: tuple[str, ...]
    first_source: str | None  # title of the source of the first occurrence


class UnknownTermError(LookupError):
    """A term id that is not in the collection (deleted meanwhile)."""


class TextSearch:
    """Remembers the ids of the terms matching the last search text, in a TEMP table of this
    connection, so the count and every page of one search cost one scan, not one each.

    The hits are recomputed when the text changes or the collection may have: another
    connection committed (`PRAGMA data_version`) or this one wrote (`total_changes`).
    """

    #: Up to this many hits a page reads them as a set and sorts them; with more, an
    #: index-ordered scan of the terms meets the page's hits soon (EXISTS), while with few it
    #: would walk most of the table to find them.
    FEW_HITS = 2000
    #: A text the index offers more rows than this for (terms and sentences) is "broad":
    #: before its hits are known, a page is looked for among the first PROBE_ROWS terms of the
    #: sort order, tested one by one, which finds it sooner than collecting every hit.
    BROAD_ROWS = 10_000
    PROBE_ROWS = 4000
    PROBE_CHUNK = 500

    def __init__(self, indexed: bool | None = None) -> None:
        """`indexed`: whether to search through the trigram index (store/search_index.py);
        None asks `search_index.usable` at the first search, False always scans with LIKE."""
        self._key: tuple[str, int, int] | None = None
        self._indexed = indexed
        self._hits = 0

    def _state(self, db: sqlite_utils.Database, text: str) -> tuple[str, int, int]:
        version = db.execute("PRAGMA data_version").fetchone()[0]
        return text, int(version), db.conn.total_changes

    def _is_indexed(self, db: sqlite_utils.Database) -> bool:
        if self._indexed is None:
            self._indexed = search_index.usable(db)
        return self._indexed

    def filled(self, db: sqlite_utils.Database, text: str) -> bool:
        """Whether the hits of `text` are known (a count or page after them costs little)."""
        return self._key == self._state(db, text)

    def broad(self, db: sqlite_utils.Database, text: str) -> bool:
        """Whether the index offers more than BROAD_ROWS rows for `text` (always, without the
        index: then collecting the hits scans every row). For a rare text it collects the
        hits on the way, from the candidates it read (`filled` is then true)."""
        if self.filled(db, text):
            return False
        if not self._is_indexed(db):
            return True
        found = search_index.candidates(db, text, self.BROAD_ROWS)
        if found is None:
            return True
        self._fill(db, text, *search_index.candidate_match(text, *found))
        return False

    def clause(self, db: sqlite_utils.Database, text: str, *, counting: bool = False) -> str:
        """SQL condition on `t.id` for terms matching `text` (after filling the hits).

        A count, or a page of few hits, reads the hits as one set (IN); a page of many probes
        them per row (EXISTS), so an index-ordered scan stops after the page instead of
        building the whole set first.
        """
        if not self.filled(db, text):
            self._fill(db, text, *search_index.match(db, text, self._is_indexed(db)))
        if counting or self._hits <= self.FEW_HITS:
            return "t.id IN (SELECT term_id FROM temp.search_hits)"
        return "EXISTS (SELECT 1 FROM temp.search_hits h WHERE h.term_id = t.id)"

    def _fill(self, db: sqlite_utils.Database, text: str, sql: str, params: list[str]) -> None:
        db.execute("CREATE TEMP TABLE IF NOT EXISTS search_hits (term_id INTEGER PRIMARY KEY)")
        db.execute("DELETE FROM temp.search_hits")
        self._hits = db.execute(f"INSERT INTO temp.search_hits {sql}", params).rowcount
        self._key = self._state(db, text)


@dataclass(frozen=True, slots=True)
class FirstPage:
    """The first page of a search and how many terms match: exactly when `exact`, else at
    least `count` (the rows up to `count` can be paged already; `count_terms` tells the rest).
    """

    rows: list[TermRow]
    count: int
    exact: bool


def _where(db: sqlite_utils.Database, flt: TermFilter, search: TextSearch | None, *,
           counting: bool = False, per_row: bool = False) -> tuple[str, list[Any]]:
    """The WHERE of `flt` on `t`; `per_row` tests the text on each row instead of through
    the search's hits."""
    clauses: list[str] = []
    params: list[Any] = []
    text = (flt.text or "").strip()
    if text and per_row:
        condition, text_params = search_index.row_condition(text)
        clauses.append(condition)
        params += text_params
    elif text:
        clauses.append((search or TextSearch()).clause(db, text, counting=counting))
    if flt.source_id is not None:
        clauses.append("t.id IN (SELECT o.term_id FROM segments g JOIN occurrences o"
                       " ON o.segment_id = g.id WHERE g.source_id = ?)")
        params.append(flt.source_id)
    if flt.style:
        clauses.append("t.id IN (SELECT term_id FROM senses WHERE style = ?)")
        params.append(flt.style)
    if flt.state == "leech":
        clauses.append("t.id IN (SELECT term_id FROM cards WHERE leech = 1)")
    elif flt.state:
        clauses.append("t.state = ?")
        params.append(flt.state)
    if flt.list_id is not None:
        clauses.append("t.id IN (SELECT term_id FROM list_terms WHERE list_id = ?)")
        params.append(flt.list_id)
    if flt.tag:
        clauses.append("instr(' ' || t.tags || ' ', ?) > 0")
        params.append(f" {flt.tag.strip()} ")
    return (" WHERE " + " AND ".join(clauses)) if clauses else "", params


def count_terms(db: sqlite_utils.Database, flt: TermFilter,
                search: TextSearch | None = None) -> int:
    """How many terms match `flt` (`search` caches the text matches between calls)."""
    where, params = _where(db, flt, search, counting=True)
    return int(db.execute(f"SELECT count(*) FROM terms t{where}", params).fetchone()[0])


def term_rows(db: sqlite_utils.Database, flt: TermFilter, *, sort: str = "position",
              descending: bool = False, offset: int = 0, limit: int = 200,
              search: TextSearch | None = None) -> list[TermRow]:
    """One page of the terms matching `flt` in `sort` order (ties by id)."""
    offset, limit = max(0, int(offset)), max(0, int(limit))
    search = search or TextSearch()
    probed = _probe(db, flt, search, sort, descending, offset + limit)
    if probed is not None and (probed[1] or len(probed[0]) >= offset + limit):
        return _rows(db, probed[0][offset:offset + limit])
    where, params = _where(db, flt, search)
    order = _order(sort, descending)
    return _rows(db, [r[0] for r in db.execute(
        f"SELECT t.id FROM terms t{where} ORDER BY {order} LIMIT ? OFFSET ?",
        [*params, limit, offset])])


def first_page(db: sqlite_utils.Database, flt: TermFilter, *, sort: str = "position",
               descending: bool = False, limit: int = 200,
               search: TextSearch | None = None) -> FirstPage:
    """The first `limit` rows of `term_rows` with the count of `count_terms`, or, for a broad
    search text whose hits are not known yet, with how many of the first PROBE_ROWS terms
    match (a lower bound: what the Library shows before the exact count arrives)."""
    search = search or TextSearch()
    probed = _probe(db, flt, search, sort, descending, limit)
    if probed is not None and (probed[1] or len(probed[0]) >= limit):
        ids, whole = probed
        return FirstPage(_rows(db, ids[:limit]), len(ids), exact=whole)
    count = count_terms(db, flt, search)
    return FirstPage(term_rows(db, flt, sort=sort, descending=descending, limit=limit,
                               search=search), count, exact=True)


def _order(sort: str, descending: bool) -> str:
    if sort not in SORTS:
        raise ValueError(f"unknown sort {sort!r}; expected one of {', '.join(SORTS)}")
    order = "DESC" if descending else "ASC"
    return f"{SORTS[sort]} {order}, t.id {order}"


def _probe(db: sqlite_utils.Database, flt: TermFilter, search: TextSearch, sort: str,
           descending: bool, need: int) -> tuple[list[int], bool] | None:
    """For a broad text whose hits are not known: the matching ids, in sort order, among the
    first terms of that order, read PROBE_CHUNK at a time until `need` are found or
    PROBE_ROWS were tested; and whether that reached the last term (the ids are then all).
    None when the hits serve (known already, or a rare text: collecting them is quick)."""
    order = _order(sort, descending)
    text = (flt.text or "").strip()
    if not text or search.filled(db, text) or not search.broad(db, text):
        return None
    where, params = _where(db, flt, search, per_row=True)
    ids: list[int] = []
    for start in range(0, search.PROBE_ROWS, search.PROBE_CHUNK):
        ids += [r[0] for r in db.execute(
            f"SELECT t.id FROM (SELECT * FROM terms t ORDER BY {order} LIMIT ? OFFSET ?) t"
            f"{where} ORDER BY {order}", [search.PROBE_CHUNK, start, *params])]
        if len(ids) >= need:
            return ids, False
    whole = db.execute("SELECT 1 FROM terms LIMIT 1 OFFSET ?",
                       [search.PROBE_ROWS]).fetchone() is None
    return ids, whole


def _rows(db: sqlite_utils.Database, ids: list[int]) -> list[TermRow]:
    """The TermRows of `ids`, in that order."""
    if not ids:
        return []
    rows = {r[0]: r for r in db.execute(
        "SELECT t.id, t.term, t.glosses, t.style, t.frequency, t.state, t.due, t.tags,"
        " (SELECT s.title FROM occurrences o JOIN segments g ON g.id = o.segment_id"
        "  JOIN sources s ON s.id = g.source_id WHERE o.term_id = t.id ORDER BY o.id LIMIT 1)"
        " FROM terms t WHERE t.id IN (SELECT value FROM json_each(?))", [json.dumps(ids)])}
    return [TermRow(id=TermId(r[0]), term=r[1], gloss=r[2], style=r[3], count=r[4], state=r[5],
                    due=_day(r[6]), tags=tuple(r[7].split()), first_source=r[8])
            for r in (rows[i] for i in ids)]


def term_detail(db: sqlite_utils.Database, term_id: int) -> TermDetail:
    """The term `term_id` with its senses, occurrences (in source order) and cards."""
    row = db.execute("SELECT id, key, term, lang, variants, tags, notes, state, pronunciation"
                     " FROM terms WHERE id = ?", [term_id]).fetchone()
    if row is None:
        raise UnknownTermError(term_id)
    senses = tuple(SenseRow(SenseId(r[0]), r[1], r[2], r[3]) for r in db.execute(
        "SELECT id, gloss, style, count FROM senses WHERE term_id = ? ORDER BY id", [term_id]))
    occurrences = tuple(
        OccurrenceRow(id=r[0], surface=r[1], gloss=r[2], sentence=r[3], span=(r[4], r[5]),
                      translation=r[6], speaker=r[7], start=r[8], link=link_at(r[9], r[8]),
                      source_title=r[10], source_id=SourceId(r[11]))
        for r in db.execute(
            "SELECT o.id, o.surface, s.gloss, o.sentence, o.span_start, o.span_end,"
            " COALESCE(o.translation, g.translation), g.speaker, g.start, src.url, src.title,"
            " src.id"
            " FROM occurrences o JOIN senses s ON s.id = o.sense_id"
            " JOIN segments g ON g.id = o.segment_id JOIN sources src ON src.id = g.source_id"
            " WHERE o.term_id = ? ORDER BY src.id, g.idx, o.span_start", [term_id]))
    cards = tuple(
        CardRow(id=r[0], direction=r[1], state=r[2], ef=r[3], interval=r[4], due=_day(r[5]),
                lapses=r[6], reps=r[7], suspended=bool(r[8]), leech=bool(r[9]))
        for r in db.execute(
            "SELECT id, direction, state, ef, interval, due, lapses, reps, suspended, leech"
            " FROM cards WHERE term_id = ? ORDER BY direction = 'reverse', id", [term_id]))
    try:
        variants = tuple(str(v) for v in json.loads(row[4] or "[]"))
    except ValueError:
        variants = ()
    return TermDetail(id=TermId(row[0]), key=row[1], term=row[2], lang=row[3],
                      variants=variants, tags=tuple(row[5].split()), notes=row[6],
                      state=row[7], senses=senses, occurrences=occurrences, cards=cards,
                      pronunciation=row[8] or "")


def sources(db: sqlite_utils.Database) -> list[SourceRow]:
    """Every source in import order, with the number of distinct terms found in it."""
    return [SourceRow(SourceId(r[0]), r[1], r[2], r[3], r[4], r[5], r[6]) for r in db.execute(
        "SELECT s.id, s.title, s.path, s.url, s.kind,"
        " (SELECT count(DISTINCT o.term_id) FROM segments g JOIN occurrences o"
        "  ON o.segment_id = g.id WHERE g.source_id = s.id), s.imported_at"
        " FROM sources s ORDER BY s.id")]


def tags(db: sqlite_utils.Database) -> list[str]:
    """Every tag used on some term, sorted case-insensitively."""
    found: set[str] = set()
    for (text,) in db.execute("SELECT DISTINCT tags FROM terms WHERE tags != ''"):
        found.update(text.split())
    return sorted(found, key=lambda t: (t.casefold(), t))



def _day(text: str | None) -> date | None:
    return date.fromisoformat(text) if text else None

"""The Library search's substring index: SQLite FTS5 with the `trigram` tokenizer over the text a
search matches (a term, its glosses and variants; each occurrence's sentence).

A search text matches a term when it is a substring, ASCII case aside, of one of those texts:
exactly what `LIKE '%text%'` finds, the definition (`like_match`). With three characters or more
the trigram index finds candidates (every substring of three characters or more of a text is a
run of its trigrams) and the same LIKE keeps those that really match, so both ways give the same
terms (the tokenizer folds case for every script, LIKE for ASCII only: the index's candidates are
a superset). A shorter text (one or two Chinese characters, say) is found through the trigrams
it begins (every indexed text is padded so that each of its positions begins one), unless it is
in so many rows that a scan is as quick. `candidates` reads the index's rows for a text up to a
cap, so that browse.py can tell a rare text (whose hits come from those rows) from a broad one
(whose first page comes sooner from testing the terms in order).

The index is not part of the versioned schema because it depends on the SQLite library, not on
the file: FTS5 and its `trigram` tokenizer (SQLite 3.34, December 2020) may be missing where the
collection is opened next. `ensure` runs at every writable open. Where trigram works, it builds
the index if the file has none (or had one dropped) and records it in `meta`; the tables are
contentless (the text is stored once, in its own table) without positions (`detail=none`:
the LIKE that checks candidates needs none), and triggers
keep them in step with every insert, edit and deletion (undo included: undo writes rows back).
Where trigram is missing, it drops those triggers (they would make every write to terms fail)
and logs that searches scan with LIKE; a later open with trigram rebuilds the index.
"""

from __future__ import annotations

import json
import logging
import sqlite3

import sqlite_utils

from vocab_app.store.migrations import statements

log = logging.getLogger(__name__)

META_KEY = "search_index"
INDEX_KIND = "trigram-3"  # bump to rebuild every file's index when its layout changes
MIN_CHARS = 3  # a trigram index finds substrings of this many characters or more
MAX_TRIGRAMS = 4  # a longer text asks for this many of its trigrams (LIKE checks the rest)
# A text of one or two characters in more rows than this is scanned (LIKE reads every row
# anyway, and in one pass); below it, its trigrams' rows are checked.
MAX_SHORT_ROWS = 20_000

_TRIGGERS = ("terms_fts_insert", "terms_fts_delete", "terms_fts_update",
             "occurrences_fts_insert", "occurrences_fts_delete", "occurrences_fts_update")

# Two private-use characters end every indexed text, so that each position of a text, its last
# two included, starts a trigram: a text of one or two characters is then found through the
# trigrams it begins (fts5vocab lists them by prefix). The tables are contentless: the index
# keeps no copy of the text (LIKE reads the rows themselves), and the triggers give it the very
# values, padded, it was given when the row was indexed, as a contentless 'delete' needs.
PAD_CHAR = "\ue000"
_PAD = "char(57344, 57344)"
_TERMS_NEW = f"NEW.id, NEW.term || {_PAD}, NEW.glosses || {_PAD}, NEW.variants || {_PAD}"
_TERMS_OLD = f"'delete', OLD.id, OLD.term || {_PAD}, OLD.glosses || {_PAD}, OLD.variants || {_PAD}"
_INDEX_SQL = f"""
CREATE VIRTUAL TABLE terms_fts USING fts5(term, glosses, variants,
    content='', tokenize='trigram', detail='none');
CREATE VIRTUAL TABLE occurrences_fts USING fts5(sentence,
    content='', tokenize='trigram', detail='none');
CREATE TRIGGER terms_fts_insert AFTER INSERT ON terms BEGIN
  INSERT INTO terms_fts (rowid, term, glosses, variants) VALUES ({_TERMS_NEW});
END;
CREATE TRIGGER terms_fts_delete AFTER DELETE ON terms BEGIN
  INSERT INTO terms_fts (terms_fts, rowid, term, glosses, variants) VALUES ({_TERMS_OLD});
END;
CREATE TRIGGER terms_fts_update AFTER UPDATE OF id, term, glosses, variants ON terms BEGIN
  INSERT INTO terms_fts (terms_fts, rowid, term, glosses, variants) VALUES ({_TERMS_OLD});
  INSERT INTO terms_fts (rowid, term, glosses, variants) VALUES ({_TERMS_NEW});
END;
CREATE TRIGGER occurrences_fts_insert AFTER INSERT ON occurrences BEGIN
  INSERT INTO occurrences_fts (rowid, sentence) VALUES (NEW.id, NEW.sentence || {_PAD});
END;
CREATE TRIGGER occurrences_fts_delete AFTER DELETE ON occurrences BEGIN
  INSERT INTO occurrences_fts (occurrences_fts, rowid, sentence)
    VALUES ('delete', OLD.id, OLD.sentence || {_PAD});
END;
CREATE TRIGGER occurrences_fts_update AFTER UPDATE OF id, sentence ON occurrences BEGIN
  INSERT INTO occurrences_fts (occurrences_fts, rowid, sentence)
    VALUES ('delete', OLD.id, OLD.sentence || {_PAD});
  INSERT INTO occurrences_fts (rowid, sentence) VALUES (NEW.id, NEW.sentence || {_PAD});
END;
INSERT INTO terms_fts (rowid, term, glosses, variants)
  SELECT id, term || {_PAD}, glosses || {_PAD}, variants || {_PAD} FROM terms;
INSERT INTO occurrences_fts (rowid, sentence) SELECT id, sentence || {_PAD} FROM occurrences;
"""

_LIKE_TERMS = ("t.term LIKE ? ESCAPE '\\' OR t.glosses LIKE ? ESCAPE '\\'"
               " OR t.variants LIKE ? ESCAPE '\\'")
_LIKE_SENTENCE = "o.sentence LIKE ? ESCAPE '\\'"
_SCAN = (f"SELECT t.id FROM terms t WHERE {_LIKE_TERMS}"
         f" UNION SELECT o.term_id FROM occurrences o WHERE {_LIKE_SENTENCE}")
# CROSS JOIN keeps the index's candidates outer: LIKE runs on them only.
_INDEXED_TERMS = ("SELECT t.id FROM terms_fts f CROSS JOIN terms t ON t.id = f.rowid"
                  f" WHERE f.terms_fts MATCH ? AND ({_LIKE_TERMS})")
_INDEXED_SENTENCES = ("SELECT o.term_id FROM occurrences_fts f CROSS JOIN occurrences o"
                      f" ON o.id = f.rowid WHERE f.occurrences_fts MATCH ? AND {_LIKE_SENTENCE}")
_INDEXED = f"{_INDEXED_TERMS} UNION {_INDEXED_SENTENCES}"
# The same test for one term `t`: its ids are exactly those of _SCAN.
_ROW = (f"({_LIKE_TERMS} OR EXISTS (SELECT 1 FROM occurrences o"
        f" WHERE o.term_id = t.id AND {_LIKE_SENTENCE}))")


def like_pattern(text: str) -> str:
    """A LIKE pattern matching `text` anywhere, its wildcards taken literally (ESCAPE '\\')."""
    return "%" + text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"


def like_match(text: str) -> tuple[str, list[str]]:
    """SELECT of the ids of the terms whose term, glosses, variants or an occurrence's sentence
    contain `text` (ASCII case aside), by scanning them; with its parameters."""
    return _SCAN, [like_pattern(text)] * 4


def row_condition(text: str) -> tuple[str, list[str]]:
    """An SQL condition on the term `t` true exactly for the terms `like_match(text)` selects,
    tested row by row (for reading terms in an index's order until a page is full)."""
    return _ROW, [like_pattern(text)] * 4


def candidates(db: sqlite_utils.Database, text: str,
               cap: int) -> tuple[list[int], list[int]] | None:
    """The ids of the terms and of the occurrences the index offers for `text` (every row
    holding it is among them), or None where they are more than `cap` together or the index
    cannot tell (a text of one or two characters with a case outside ASCII). Reads at most
    cap + 1 of them: as quick for a text in every row as for a rare one. Only for a
    connection where `usable` is true."""
    if not text or PAD_CHAR in text:
        return None
    if len(text) < MIN_CHARS:
        if not (text.isascii() or text.lower() == text.upper()):
            return None
        folded = text.lower()  # the tokenizer's folding, for ASCII and caseless characters
        params: list[str] = [folded, folded + "\U0010ffff"]
        sql = "SELECT DISTINCT doc FROM {vocab} WHERE term >= ? AND term < ? LIMIT ?"
    else:
        params = [trigram_query(text)]
        sql = "SELECT rowid FROM {table} WHERE {table} MATCH ? LIMIT ?"
    found: list[list[int]] = []
    left = cap + 1
    for table in ("terms_fts", "occurrences_fts"):
        query = sql.format(table=table, vocab=_vocab(db, table, "instance"))
        found.append([r[0] for r in db.execute(query, [*params, left])])
        left -= len(found[-1])
        if left <= 0:
            return None
    return found[0], found[1]


def candidate_match(text: str, term_ids: list[int],
                    occurrence_ids: list[int]) -> tuple[str, list[str]]:
    """The SELECT of `like_match(text)` among `candidates(text)`: LIKE tests those rows only."""
    like = like_pattern(text)
    return (f"SELECT t.id FROM json_each(?) c CROSS JOIN terms t ON t.id = c.value"
            f" WHERE {_LIKE_TERMS} UNION SELECT o.term_id FROM json_each(?) c"
            f" CROSS JOIN occurrences o ON o.id = c.value WHERE {_LIKE_SENTENCE}",
            [json.dumps(term_ids), like, like, like, json.dumps(occurrence_ids), like])


def _vocab(db: sqlite_utils.Database, table: str, kind: str = "row") -> str:
    """A TEMP fts5vocab table of `table`: 'row' (rows per trigram) or 'instance' (its rows)."""
    name = f"temp.{table}_{kind}"
    db.execute(f"CREATE VIRTUAL TABLE IF NOT EXISTS {name}"
               f" USING fts5vocab(main, {table}, {kind!r})")
    return name


def _prefix_docs(db: sqlite_utils.Database, table: str, prefix: str,
                 cap: int) -> list[tuple[str, int]]:
    """The trigrams of `table` beginning with `prefix`, with their row counts, read until
    their rows exceed `cap` (the last one read is then over it)."""
    found: list[tuple[str, int]] = []
    rows = 0
    for gram, docs in db.execute(f"SELECT term, doc FROM {_vocab(db, table)}"
                                 " WHERE term >= ? AND term < ?",
                                 [prefix, prefix + "\U0010ffff"]):
        found.append((gram, docs))
        rows += docs
        if rows > cap:
            break
    return found


def indexed_match(text: str) -> tuple[str, list[str]]:
    """The same SELECT as `like_match(text)` (same ids), through the trigram index: only for a
    text of MIN_CHARS characters or more, on a connection where `usable` is true."""
    like = like_pattern(text)
    query = trigram_query(text)
    return _INDEXED, [query, like, like, like, query, like]


def trigram_query(text: str) -> str:
    """An FTS5 query for the rows holding some trigrams of `text` (at most MAX_TRIGRAMS, spread
    from its start to its end): every row containing `text` is among them. Each trigram of a
    long text makes the index read its rows, so asking for a few keeps a long text as fast as
    a short one; the LIKE that follows drops the rows holding them elsewhere."""
    grams = [text[i:i + MIN_CHARS] for i in range(len(text) - MIN_CHARS + 1)]
    if len(grams) > MAX_TRIGRAMS:
        step = (len(grams) - 1) / (MAX_TRIGRAMS - 1)
        grams = [grams[round(i * step)] for i in range(MAX_TRIGRAMS)]
    return " AND ".join('"' + g.replace('"', '""') + '"' for g in dict.fromkeys(grams))


def match(db: sqlite_utils.Database, text: str, indexed: bool) -> tuple[str, list[str]]:
    """The SELECT of the ids of the terms matching `text`: through the index when `indexed`
    (see `usable`), else (or for a short text in many rows) by a LIKE scan."""
    if indexed and len(text) >= MIN_CHARS:
        return indexed_match(text)
    if indexed and (short := short_match(db, text)) is not None:
        return short
    return like_match(text)


def short_match(db: sqlite_utils.Database, text: str) -> tuple[str, list[str]] | None:
    """For a text of one or two characters: the SELECT of `like_match(text)` through the
    trigrams the text begins, or None where a scan serves better (more than MAX_SHORT_ROWS rows
    hold them) or where the index's case folding could differ from the query's (a letter with
    case outside ASCII)."""
    if not 0 < len(text) < MIN_CHARS or PAD_CHAR in text \
            or not (text.isascii() or text.lower() == text.upper()):
        return None
    prefix = text.lower()  # the tokenizer's folding, for ASCII and caseless characters
    rows = 0
    for table in ("terms_fts", "occurrences_fts"):
        for _, docs in _prefix_docs(db, table, prefix, MAX_SHORT_ROWS - rows):
            rows += docs
            if rows > MAX_SHORT_ROWS:
                return None
    # The rows of those trigrams read from the index's 'instance' listing: one pass over their
    # postings (a MATCH of hundreds of ORed trigrams costs many times more).
    bounds = [prefix, prefix + "\U0010ffff"]
    like = like_pattern(text)
    terms, sentences = (_vocab(db, table, "instance")
                        for table in ("terms_fts", "occurrences_fts"))
    return (f"SELECT t.id FROM (SELECT DISTINCT doc FROM {terms} WHERE term >= ? AND term < ?)"
            f" c CROSS JOIN terms t ON t.id = c.doc WHERE {_LIKE_TERMS}"
            f" UNION SELECT o.term_id FROM (SELECT DISTINCT doc FROM {sentences}"
            f" WHERE term >= ? AND term < ?) c CROSS JOIN occurrences o ON o.id = c.doc"
            f" WHERE {_LIKE_SENTENCE}", [*bounds, like, like, like, *bounds, like])


def trigram_available(db: sqlite_utils.Database) -> bool:
    """Whether this connection's SQLite has FTS5 with the trigram tokenizer (3.34+), tried on a
    throwaway TEMP table (a TEMP table works on read-only connections too)."""
    try:
        db.execute("CREATE VIRTUAL TABLE temp.vocab_trigram_probe USING fts5(x,"
                   " tokenize='trigram')")
        db.execute("DROP TABLE temp.vocab_trigram_probe")
    except sqlite3.Error:
        return False
    return True


def built(db: sqlite_utils.Database) -> bool:
    """Whether the file holds a current index kept by its triggers."""
    row = db.execute("SELECT value FROM meta WHERE key = ?", [META_KEY]).fetchone()
    if row is None or row[0] != INDEX_KIND:
        return False
    found = db.execute("SELECT count(*) FROM sqlite_master WHERE type = 'trigger'"
                       " AND name IN (SELECT value FROM json_each(?))",
                       [json.dumps(_TRIGGERS)]).fetchone()[0]
    return bool(found == len(_TRIGGERS))


def usable(db: sqlite_utils.Database) -> bool:
    """Whether searches on this connection may use the index: it is built and this SQLite can
    read it. When not, says so in the log (searches then scan with LIKE); browse.TextSearch
    asks once per connection's search state."""
    ok = built(db) and trigram_available(db)
    if not ok:
        log.warning("Library search scans with LIKE: %s", _why_not(db))
    return ok


def ensure(db: sqlite_utils.Database) -> bool:
    """Build the index where it is missing and trigram works, or drop its triggers where trigram
    is missing (see the module docstring); one transaction. Returns whether the index is usable.
    """
    available = trigram_available(db)
    if available and built(db):
        return True
    conn = db.conn
    conn.execute("BEGIN IMMEDIATE")
    try:
        for name in _TRIGGERS:
            conn.execute(f"DROP TRIGGER IF EXISTS {name}")
        conn.execute("DELETE FROM meta WHERE key = ?", [META_KEY])
        if available:
            conn.execute("DROP TABLE IF EXISTS terms_fts")
            conn.execute("DROP TABLE IF EXISTS occurrences_fts")
            for statement in statements(_INDEX_SQL):
                conn.execute(statement)
            conn.execute("INSERT INTO meta (key, value) VALUES (?, ?)", [META_KEY, INDEX_KIND])
        conn.execute("COMMIT")
    except BaseException:
        if conn.in_transaction:
            conn.execute("ROLLBACK")
        raise
    if not available:
        log.warning("Library search scans with LIKE: %s", _why_not(db))
    return available


def _why_not(db: sqlite_utils.Database) -> str:
    if not trigram_available(db):
        return (f"SQLite {sqlite3.sqlite_version} lacks FTS5 or its trigram tokenizer"
                " (SQLite 3.34 or later built with FTS5 has both).")
    return "this collection has no search index yet (it is built when opened for writing)."

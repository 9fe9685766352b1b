"""The Library search's substring index: SQLite FTS5 with the `trigram` tokenizer over the text a
search matches (a term, its glosses and variants; each occurrence's sentence).

A search text matches a term when it is a substring, ASCII case aside, of one of those texts:
exactly what `LIKE '%text%'` finds, the definition (`like_match`). With three characters or more
the trigram index finds candidates (every substring of three characters or more of a text is a
run of its trigrams) and the same LIKE keeps those that really match, so both ways give the same
terms (the tokenizer folds case for every script, LIKE for ASCII only: the index's candidates are
a superset). A shorter text (one or two Chinese characters, say) has no trigram: it is scanned
with LIKE.

The index is not part of the versioned schema because it depends on the SQLite library, not on
the file: FTS5 and its `trigram` tokenizer (SQLite 3.34, December 2020) may be missing where the
collection is opened next. `ensure` runs at every writable open. Where trigram works, it builds
the index if the file has none (or had one dropped) and records it in `meta`; the tables are
external-content (`content=terms`, `content=occurrences`: the text is stored once) without
positions (`detail=none`: the LIKE that checks candidates needs none), and triggers
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
INDEX_KIND = "trigram-2"  # bump to rebuild every file's index when its layout changes
MIN_CHARS = 3  # a trigram index finds substrings of this many characters or more
MAX_TRIGRAMS = 4  # a longer text asks for this many of its trigrams (LIKE checks the rest)

_TRIGGERS = ("terms_fts_insert", "terms_fts_delete", "terms_fts_update",
             "occurrences_fts_insert", "occurrences_fts_delete", "occurrences_fts_update")

_TERMS_NEW = "NEW.id, NEW.term, NEW.glosses, NEW.variants"
_TERMS_OLD = "'delete', OLD.id, OLD.term, OLD.glosses, OLD.variants"
_INDEX_SQL = f"""
CREATE VIRTUAL TABLE terms_fts USING fts5(term, glosses, variants,
    content='terms', content_rowid='id', tokenize='trigram', detail='none');
CREATE VIRTUAL TABLE occurrences_fts USING fts5(sentence,
    content='occurrences', content_rowid='id', tokenize='trigram', detail='none');
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
  INSERT INTO occurrences_fts (rowid, sentence) VALUES (NEW.id, NEW.sentence);
END;
CREATE TRIGGER occurrences_fts_delete AFTER DELETE ON occurrences BEGIN
  INSERT INTO occurrences_fts (occurrences_fts, rowid, sentence)
    VALUES ('delete', OLD.id, OLD.sentence);
END;
CREATE TRIGGER occurrences_fts_update AFTER UPDATE OF id, sentence ON occurrences BEGIN
  INSERT INTO occurrences_fts (occurrences_fts, rowid, sentence)
    VALUES ('delete', OLD.id, OLD.sentence);
  INSERT INTO occurrences_fts (rowid, sentence) VALUES (NEW.id, NEW.sentence);
END;
INSERT INTO terms_fts (terms_fts) VALUES ('rebuild');
INSERT INTO occurrences_fts (occurrences_fts) VALUES ('rebuild');
"""

_LIKE_TERMS = ("t.term LIKE ? ESCAPE '\\' OR t.glosses LIKE ? ESCAPE '\\'"
               " OR t.variants LIKE ? ESCAPE '\\'")
_LIKE_SENTENCE = "o.sentence LIKE ? ESCAPE '\\'"
_SCAN = (f"SELECT t.id FROM terms t WHERE {_LIKE_TERMS}"
         f" UNION SELECT o.term_id FROM occurrences o WHERE {_LIKE_SENTENCE}")
# CROSS JOIN keeps the index's candidates outer: LIKE runs on them only.
_INDEXED = (f"SELECT t.id FROM terms_fts f CROSS JOIN terms t ON t.id = f.rowid"
            f" WHERE f.terms_fts MATCH ? AND ({_LIKE_TERMS})"
            " UNION SELECT o.term_id FROM occurrences_fts f CROSS JOIN occurrences o"
            f" ON o.id = f.rowid WHERE f.occurrences_fts MATCH ? AND {_LIKE_SENTENCE}")


def like_pattern(text: str) -> str:
    """A LIKE pattern matching `text` anywhere, its wildcards taken literally (ESCAPE '\\')."""
    return "%" + text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"


def like_match(text: str) -> tuple[str, list[str]]:
    """SELECT of the ids of the terms whose term, glosses, variants or an occurrence's sentence
    contain `text` (ASCII case aside), by scanning them; with its parameters."""
    return _SCAN, [like_pattern(text)] * 4


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
    (see `usable`) and the text is long enough for trigrams, else by a LIKE scan."""
    if indexed and len(text) >= MIN_CHARS:
        return indexed_match(text)
    return like_match(text)


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

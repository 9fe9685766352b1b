"""Schema migrations, numbered from version 1 (store/schema.py), each run in one transaction.

The version lives in `meta` under `schema_version` (a v1 file written without that row counts
as version 1). Before an existing file is migrated, a copy is made next to it with SQLite's
backup API: `collection.sqlite.bak-v1-2026-03-10` (a second copy the same day gets `-2`, ...).
A failed backup or step leaves the file exactly as it was.

Version 2 (browse): the library table pages 100,000 terms by sort columns that would otherwise
be computed per row from senses and cards. v2 keeps four derived columns on `terms`, maintained
by triggers whoever writes senses or cards (import, review, lists):
`glosses` (senses joined with '; ' in first-seen order), `style` (first sense's style),
`state` (suspended | leech | learning | review | new, from the term's cards) and `due` (earliest
due day of its unsuspended cards); it indexes every sort column and the foreign keys that
deletes cascade through.

Version 3 (a collection that stays true, a hand-off to Anki that harms nothing):
- `decisions` remembers, per (term key, gloss as mined), what the user
  decided about a mined pair (store/decisions.py): `edited` (the gloss was changed to
  `replacement`), `declined` (left unticked in the Mine preview) or `deleted` (the whole term was
  deleted; gloss ''), so re-mining never offers it again as new. Sources are found by content
  (store/sources.py), so `sources.content_hash` gets an index.
- `terms.pronunciation` (the first one mining found, '' if none);
  `lists.uid`, a random id given to every list (a trigger fills it for new rows) that names the
  list's own Anki GUID namespace, so a list deck survives renames and never shares notes with the
  learner's own deck; and `export_stamps`, one row per exported Anki note GUID with the digest of
  its exported content, its modification stamp and the cards ever exported for it
  (store/export_stamps.py). The package-wide
  stamps v2 kept in `meta` (`export_stamps`) are dropped.
- `occurrences.translation`: the translation of the occurrence's own sentence where the miner
  aligned the two lines of a bilingual segment (NULL: the segment's whole paired line serves).

Version 4 (a Stats screen that does not read the whole log): `review_days`, answers per local
day and grade, kept by triggers on `reviews` and filled from the existing log
(store/review_days.py); a partial index of leech cards.

Version 6 (pinyin): `pinyin_readings`, the tone-marked reading of a term or gloss text: computed
once by pypinyin and kept (`edited` 0), or the learner's correction of a polyphone (`edited` 1),
which wins everywhere the text's pinyin is shown (store/pinyin.py).

Version 7 (a reading view): `terms.known`, 1 when the learner marked the term known
(store/known.py): its cards are never scheduled (not due, not new) and its browse `state` is
`known` (its `due` NULL) whatever its cards say; the card triggers are rebuilt to say so, and a
trigger on `known` keeps both columns when the mark changes. A partial index lists the known
terms, which the queue leaves out.
"""

from __future__ import annotations

import contextlib
import os
import sqlite3
from collections.abc import Callable
from datetime import date
from pathlib import Path

import sqlite_utils

from vocab_app.errors import StoreError
from vocab_app.i18n_text import _
from vocab_app.store import review_days
from vocab_app.store.schema import SCHEMA_V1, SCHEMA_VERSION

VERSION_KEY = "schema_version"


class VersionUnreadable(Exception):
    """The `schema_version` row holds no version number (store/db.py: a damaged collection)."""


def _glosses(tid: str) -> str:
    return (f"coalesce((SELECT group_concat(gloss, '; ') FROM (SELECT gloss FROM senses"
            f" WHERE term_id = {tid} ORDER BY id)), '')")


def _style(tid: str) -> str:
    return f"coalesce((SELECT style FROM senses WHERE term_id = {tid} ORDER BY id LIMIT 1), '')"


# `+suspended` keeps these lookups on the (term_id, direction) index: without planner statistics
# SQLite would otherwise pick cards_due (suspended, ...) and scan every unsuspended card.
def _state(tid: str) -> str:
    return (
        f"CASE WHEN EXISTS (SELECT 1 FROM cards WHERE term_id = {tid})"
        f" AND NOT EXISTS (SELECT 1 FROM cards WHERE term_id = {tid} AND +suspended = 0)"
        " THEN 'suspended'"
        f" WHEN EXISTS (SELECT 1 FROM cards WHERE term_id = {tid} AND leech = 1) THEN 'leech'"
        f" ELSE coalesce((SELECT state FROM cards WHERE term_id = {tid} AND +suspended = 0"
        " ORDER BY CASE state WHEN 'learning' THEN 0 WHEN 'review' THEN 1 ELSE 2 END LIMIT 1),"
        " 'new') END"
    )


def _due(tid: str) -> str:
    return f"(SELECT min(due) FROM cards WHERE term_id = {tid} AND +suspended = 0)"


def _sense_update(tid: str) -> str:
    return f"UPDATE terms SET glosses = {_glosses(tid)}, style = {_style(tid)} WHERE id = {tid};"


def _card_update(tid: str) -> str:
    return f"UPDATE terms SET state = {_state(tid)}, due = {_due(tid)} WHERE id = {tid};"


V2 = f"""
ALTER TABLE terms ADD COLUMN glosses TEXT NOT NULL DEFAULT '';
ALTER TABLE terms ADD COLUMN style TEXT NOT NULL DEFAULT '';
ALTER TABLE terms ADD COLUMN state TEXT NOT NULL DEFAULT 'new';
ALTER TABLE terms ADD COLUMN due TEXT;
CREATE INDEX terms_position ON terms (position);
CREATE INDEX terms_term ON terms (term COLLATE NOCASE);
CREATE INDEX terms_glosses ON terms (glosses COLLATE NOCASE);
CREATE INDEX terms_style ON terms (style);
CREATE INDEX terms_frequency ON terms (frequency);
CREATE INDEX terms_due ON terms (coalesce(due, '9999-12-31'));
CREATE INDEX terms_state ON terms (state);
CREATE INDEX senses_style ON senses (style, term_id);
CREATE INDEX occurrences_term ON occurrences (term_id);
CREATE INDEX occurrences_sense ON occurrences (sense_id);
CREATE INDEX list_terms_term ON list_terms (term_id);
CREATE TRIGGER senses_browse_insert AFTER INSERT ON senses BEGIN
  {_sense_update("NEW.term_id")}
END;
CREATE TRIGGER senses_browse_update AFTER UPDATE OF gloss, style, term_id ON senses BEGIN
  {_sense_update("NEW.term_id")}
  {_sense_update("OLD.term_id")}
END;
CREATE TRIGGER senses_browse_delete AFTER DELETE ON senses BEGIN
  {_sense_update("OLD.term_id")}
END;
CREATE TRIGGER cards_browse_insert AFTER INSERT ON cards BEGIN
  {_card_update("NEW.term_id")}
END;
CREATE TRIGGER cards_browse_update
AFTER UPDATE OF state, due, suspended, leech, term_id ON cards BEGIN
  {_card_update("NEW.term_id")}
  {_card_update("OLD.term_id")}
END;
CREATE TRIGGER cards_browse_delete AFTER DELETE ON cards BEGIN
  {_card_update("OLD.term_id")}
END;
UPDATE terms SET glosses = {_glosses("terms.id")}, style = {_style("terms.id")},
                 state = {_state("terms.id")}, due = {_due("terms.id")};
"""

V3 = """
CREATE TABLE decisions (
    key         TEXT NOT NULL,
    gloss       TEXT NOT NULL,
    action      TEXT NOT NULL CHECK (action IN ('edited', 'declined', 'deleted')),
    replacement TEXT,
    decided_at  TEXT NOT NULL,
    PRIMARY KEY (key, gloss)
);
CREATE INDEX sources_content_hash ON sources (content_hash);
ALTER TABLE terms ADD COLUMN pronunciation TEXT NOT NULL DEFAULT '';
ALTER TABLE lists ADD COLUMN uid TEXT;
UPDATE lists SET uid = lower(hex(randomblob(16)));
CREATE UNIQUE INDEX lists_uid ON lists (uid);
CREATE TRIGGER lists_uid_insert AFTER INSERT ON lists WHEN NEW.uid IS NULL BEGIN
  UPDATE lists SET uid = lower(hex(randomblob(16))) WHERE id = NEW.id;
END;
CREATE TABLE export_stamps (
    guid TEXT PRIMARY KEY,
    hash  TEXT NOT NULL,
    mod   INTEGER NOT NULL,
    cards INTEGER NOT NULL DEFAULT 0
) WITHOUT ROWID;
DELETE FROM meta WHERE key = 'export_stamps';
ALTER TABLE occurrences ADD COLUMN translation TEXT;
"""

# The leech index serves the Stats screen's leech count and the Library's leech filter, which
# otherwise scan every card.
V4 = review_days.SCHEMA_SQL + """
CREATE INDEX cards_leech ON cards (term_id) WHERE leech = 1;
"""

# A sense inserted while the meta row BATCH_KEY exists leaves its term's glosses and style to the
# writer, who refreshes each touched term once at the end (store/terms.py): rebuilding a term's
# glosses (and its search index row) on every insert is quadratic in the senses of one term.
BATCH_KEY = "senses_batch"
V5 = f"""
DROP TRIGGER senses_browse_insert;
CREATE TRIGGER senses_browse_insert AFTER INSERT ON senses
WHEN NOT EXISTS (SELECT 1 FROM meta WHERE key = '{BATCH_KEY}') BEGIN
  {_sense_update("NEW.term_id")}
END;
"""


def refresh_sense_columns(tid: str) -> str:
    """SQL that recomputes the glosses and style columns of the term whose id is `tid`."""
    return f"glosses = {_glosses(tid)}, style = {_style(tid)}"


V6 = """
CREATE TABLE pinyin_readings (
  text TEXT PRIMARY KEY,
  reading TEXT NOT NULL,
  edited INTEGER NOT NULL DEFAULT 0
) WITHOUT ROWID;
"""


def _known(tid: str) -> str:
    return f"coalesce((SELECT known FROM terms WHERE id = {tid}), 0) = 1"


def _card_update_v7(tid: str) -> str:
    return (f"UPDATE terms SET state = CASE WHEN {_known(tid)} THEN 'known' ELSE {_state(tid)}"
            f" END, due = CASE WHEN {_known(tid)} THEN NULL ELSE {_due(tid)} END"
            f" WHERE id = {tid};")


V7 = f"""
ALTER TABLE terms ADD COLUMN known INTEGER NOT NULL DEFAULT 0;
CREATE INDEX terms_known ON terms (id) WHERE known = 1;
DROP TRIGGER cards_browse_insert;
DROP TRIGGER cards_browse_update;
DROP TRIGGER cards_browse_delete;
CREATE TRIGGER cards_browse_insert AFTER INSERT ON cards BEGIN
  {_card_update_v7("NEW.term_id")}
END;
CREATE TRIGGER cards_browse_update
AFTER UPDATE OF state, due, suspended, leech, term_id ON cards BEGIN
  {_card_update_v7("NEW.term_id")}
  {_card_update_v7("OLD.term_id")}
END;
CREATE TRIGGER cards_browse_delete AFTER DELETE ON cards BEGIN
  {_card_update_v7("OLD.term_id")}
END;
CREATE TRIGGER terms_known_update AFTER UPDATE OF known ON terms BEGIN
  {_card_update_v7("NEW.id")}
END;
"""


#: version N → SQL that turns a version N-1 file into version N.
MIGRATIONS: dict[int, str] = {2: V2, 3: V3, 4: V4, 5: V5, 6: V6, 7: V7}
assert max(MIGRATIONS) == SCHEMA_VERSION, "store/schema.py SCHEMA_VERSION is out of date"


def schema_version(db: sqlite_utils.Database) -> int | None:
    """The file's schema version: None for an empty file, 1 for a v1 file without the row."""
    tables = set(db.table_names())
    if not tables:
        return None
    if "meta" in tables:
        row = db.execute("SELECT value FROM meta WHERE key = ?", [VERSION_KEY]).fetchone()
        if row is not None:
            text = str(row[0]).strip()
            if not text.isdigit() or int(text) < 1:
                raise VersionUnreadable(
                    f"its schema_version is {str(row[0])[:40]!r}, not a version number")
            return int(text)
    return 1 if "terms" in tables else 0


def migrate(db: sqlite_utils.Database, path: Path, *, read_only: bool = False,
            today: date | None = None, target: int = SCHEMA_VERSION,
            backup: Callable[[sqlite_utils.Database, Path, int, date], Path] | None = None,
            ) -> int:
    """Bring the file to `target` (default: current) and return the version it had before.

    An empty file gets schema v1 and every migration, without a backup. An older file is
    backed up first (see module docstring). Raises StoreError for a file of a newer version,
    a SQLite file that is not a collection, or an old file opened read-only.
    """
    found = schema_version(db)
    if found == 0:
        raise StoreError(_("{path} is a SQLite database but not a vocab_app collection.").format(
                             path=path))
    if found is not None and found > SCHEMA_VERSION:
        raise StoreError(_("{path} was written by a newer vocab_app (collection "
                           "version {found}, this app reads up to {SCHEMA_VERSION}); "
                           "update the app to open it.").format(
                             path=path, found=found, SCHEMA_VERSION=SCHEMA_VERSION))
    if found is not None and found >= target:
        return found
    if read_only:
        raise StoreError(_("{path} needs upgrading to collection version {target}, "
                           "which cannot be done while it is opened read-only.").format(
                             path=path, target=target))
    if found is None:
        _run_script(db, SCHEMA_V1, 1)
        current = 1
    else:
        (backup or backup_file)(db, path, found, today or date.today())
        current = found
    for version in range(current + 1, target + 1):
        _run_script(db, MIGRATIONS[version], version)
    return found if found is not None else 0


def _run_script(db: sqlite_utils.Database, sql: str, version: int) -> bool:
    """Run `sql` and record `version`, all in one transaction (rolled back on any error).

    The version is checked again under the write lock: when another process (the CLI while the
    GUI starts) migrated the file meanwhile, nothing is run and False is returned.
    """
    stamp = (f"INSERT INTO meta (key, value) VALUES ('{VERSION_KEY}', '{version}')"
             " ON CONFLICT(key) DO UPDATE SET value = excluded.value")
    conn = db.conn
    conn.execute("BEGIN IMMEDIATE")
    try:
        found = schema_version(db)
        if found is not None and found >= version:
            conn.execute("ROLLBACK")
            return False
        for statement in statements(sql):
            conn.execute(statement)
        conn.execute(stamp)
        conn.execute("COMMIT")
    except BaseException:
        if conn.in_transaction:
            conn.execute("ROLLBACK")
        raise
    return True


def statements(sql: str) -> list[str]:
    """`sql` split into complete statements (CREATE TRIGGER ... END counts as one)."""
    out: list[str] = []
    buffer = ""
    for line in sql.splitlines(keepends=True):
        buffer += line
        if sqlite3.complete_statement(buffer):
            out.append(buffer.strip())
            buffer = ""
    if buffer.strip():
        raise ValueError(f"incomplete SQL statement in a migration: {buffer.strip()[:60]}")
    return out


def backup_path(path: Path, version: int, day: date) -> Path:
    """A fresh name for the pre-migration copy of `path` (never an existing file)."""
    base = path.with_name(f"{path.name}.bak-v{version}-{day.isoformat()}")
    candidate, n = base, 1
    while candidate.exists():
        n += 1
        candidate = base.with_name(f"{base.name}-{n}")
    return candidate


def backup_file(db: sqlite_utils.Database, path: Path, version: int, day: date) -> Path:
    """Copy the whole database (WAL included) to `backup_path(...)` with SQLite's backup API."""
    target = backup_path(path, version, day)
    dest = sqlite3.connect(str(target))
    try:
        db.conn.backup(dest)
    except BaseException:
        dest.close()
        with contextlib.suppress(OSError):
            os.remove(target)
        raise
    dest.close()
    return target

"""The collection's SQLite schema: version 1 here, later versions in store/migrations.py.

Dates are ISO strings: `due` is a day (YYYY-MM-DD), timestamps are UTC `YYYY-MM-DDTHH:MM:SS.ffffff`.
Migrations to later versions live in store/migrations.py and are numbered from here; a new file
gets SCHEMA_V1 and then every migration, so old and new files end up with the same shape.
Version 2 adds the browse columns `terms.glosses`, `terms.style`, `terms.state`, `terms.due`
(kept by triggers) and indexes for sorting and cascading deletes. Version 3 adds `decisions`
(what the user edited, declined or deleted among mined pairs), `terms.pronunciation`,
`lists.uid`, the `export_stamps` table (per-note Anki stamps) and `occurrences.translation`
(the aligned translation of the occurrence's sentence). Version 4 adds `review_days` (answers
per day and grade, kept by triggers on `reviews`) for the Stats screen. Version 7 adds
`terms.known` (the learner knows the term: never scheduled, browse state `known`).
"""

SCHEMA_VERSION = 7  # store/migrations.py MIGRATIONS holds 2..N

SCHEMA_V1 = """
CREATE TABLE meta (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
);
CREATE TABLE sources (
    id           INTEGER PRIMARY KEY,
    path         TEXT NOT NULL UNIQUE,     -- absolute path (or a stable name) of the mined file
    title        TEXT NOT NULL,
    kind         TEXT NOT NULL,            -- transcript | article | subtitles | text
    url          TEXT,                     -- source link (`原文 ↗URL`), may be NULL
    content_hash TEXT NOT NULL,            -- sha256 of the decoded text: same hash = nothing new
    imported_at  TEXT NOT NULL
);
CREATE TABLE segments (
    id          INTEGER PRIMARY KEY,
    source_id   INTEGER NOT NULL REFERENCES sources(id) ON DELETE CASCADE,
    idx         INTEGER NOT NULL,
    speaker     TEXT,
    start       REAL,                      -- seconds
    "end"       REAL,
    text        TEXT NOT NULL,             -- the line glosses were found in
    translation TEXT,                      -- the paired line, if any
    UNIQUE (source_id, idx)
);
CREATE TABLE terms (
    id         INTEGER PRIMARY KEY,
    key        TEXT NOT NULL UNIQUE,       -- normalised key (mining.merge), seeds the Anki GUID
    term       TEXT NOT NULL,              -- display form
    lang       TEXT NOT NULL,              -- en | zh
    variants   TEXT NOT NULL DEFAULT '[]', -- JSON list of surface forms
    tags       TEXT NOT NULL DEFAULT '',   -- space-separated, no spaces inside a tag
    notes      TEXT NOT NULL DEFAULT '',
    frequency  INTEGER NOT NULL DEFAULT 0, -- number of occurrences
    position   INTEGER NOT NULL DEFAULT 0, -- first-seen order (source order for new cards)
    created_at TEXT NOT NULL
);
CREATE TABLE senses (
    id      INTEGER PRIMARY KEY,
    term_id INTEGER NOT NULL REFERENCES terms(id) ON DELETE CASCADE,
    gloss   TEXT NOT NULL,
    style   TEXT NOT NULL,                 -- en-zh | zh-en | abbr | def
    count   INTEGER NOT NULL DEFAULT 0,
    UNIQUE (term_id, gloss)
);
CREATE TABLE occurrences (
    id         INTEGER PRIMARY KEY,
    term_id    INTEGER NOT NULL REFERENCES terms(id) ON DELETE CASCADE,
    sense_id   INTEGER NOT NULL REFERENCES senses(id) ON DELETE CASCADE,
    segment_id INTEGER NOT NULL REFERENCES segments(id) ON DELETE CASCADE,
    surface    TEXT NOT NULL,              -- the term as written there
    sentence   TEXT NOT NULL,
    span_start INTEGER NOT NULL,           -- term span inside `sentence`
    span_end   INTEGER NOT NULL,
    UNIQUE (segment_id, sense_id, span_start)
);
CREATE TABLE cards (
    id           INTEGER PRIMARY KEY,
    term_id      INTEGER NOT NULL REFERENCES terms(id) ON DELETE CASCADE,
    direction    TEXT NOT NULL,            -- forward (term → gloss) | reverse (gloss → term)
    state        TEXT NOT NULL DEFAULT 'new', -- new | learning | review
    ef           REAL NOT NULL DEFAULT 2.5,
    interval     INTEGER NOT NULL DEFAULT 0,  -- days
    reps         INTEGER NOT NULL DEFAULT 0,  -- SM-2 repetition number n
    lapses       INTEGER NOT NULL DEFAULT 0,
    due          TEXT,                     -- YYYY-MM-DD; NULL while new
    suspended    INTEGER NOT NULL DEFAULT 0,
    buried_until TEXT,                     -- YYYY-MM-DD; hidden until that day
    leech        INTEGER NOT NULL DEFAULT 0,
    UNIQUE (term_id, direction)
);
CREATE INDEX cards_due ON cards (suspended, state, due);
CREATE TABLE reviews (
    id          INTEGER PRIMARY KEY,
    card_id     INTEGER NOT NULL REFERENCES cards(id) ON DELETE CASCADE,
    reviewed_at TEXT NOT NULL,
    grade       INTEGER NOT NULL,          -- SM-2 quality 0..5
    answer_ms   INTEGER NOT NULL DEFAULT 0,
    before      TEXT NOT NULL,             -- JSON of the card's scheduling state before
    after       TEXT NOT NULL              -- JSON of the card's scheduling state after
);
CREATE INDEX reviews_card ON reviews (card_id, reviewed_at);
CREATE INDEX reviews_time ON reviews (reviewed_at);
CREATE TABLE lists (
    id         INTEGER PRIMARY KEY,
    name       TEXT NOT NULL UNIQUE,
    position   INTEGER NOT NULL DEFAULT 0,
    created_at TEXT NOT NULL
);
CREATE TABLE list_terms (
    list_id        INTEGER NOT NULL REFERENCES lists(id) ON DELETE CASCADE,
    term_id        INTEGER NOT NULL REFERENCES terms(id) ON DELETE CASCADE,
    position       INTEGER NOT NULL DEFAULT 0,
    gloss_override TEXT,                   -- a teacher's gloss for this list only
    PRIMARY KEY (list_id, term_id)
);
"""

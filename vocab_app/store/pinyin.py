"""The pinyin of term and gloss texts, kept in `pinyin_readings` (schema v6).

pypinyin costs about 0.1 ms a text (and half a second to load), too much to pay again for every
Library page, card and export: a reading is computed once (mining/pinyin.py) and kept. A reading
the learner corrected (a polyphone pypinyin read wrongly) is kept with `edited` = 1 and is the
one every view, card and file shows.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable

import sqlite_utils

from vocab_app.mining.pinyin import has_han, pinyin

_CHUNK = 500  # texts per `IN (...)` query (SQLite's variable limit is far above this)
_WHOLE_TABLE = 5000  # more texts than this: read every kept reading at once


def readings(db: sqlite_utils.Database, texts: Iterable[str]) -> dict[str, str]:
    """text → its pinyin for each of `texts` holding Chinese (the mapping may hold other kept
    texts too): the learner's correction where there is one, else the kept reading, else
    computed now and kept (not kept when the collection is read-only)."""
    texts = list(texts)
    found: dict[str, str]
    if len(texts) > _WHOLE_TABLE:  # one pass over the table beats many look-ups
        found = dict(db.execute("SELECT text, reading FROM pinyin_readings"))
    else:
        found = {}
        wanted = list(dict.fromkeys(texts))
        for at in range(0, len(wanted), _CHUNK):
            chunk = wanted[at:at + _CHUNK]
            marks = ",".join("?" * len(chunk))
            found.update(db.execute(
                f"SELECT text, reading FROM pinyin_readings WHERE text IN ({marks})", chunk))
    missing = list(dict.fromkeys(t for t in texts if t not in found and has_han(t)))
    if missing:
        computed = {t: pinyin(t) for t in missing}
        found.update(computed)
        try:
            with db.atomic():
                db.conn.executemany(
                    "INSERT OR IGNORE INTO pinyin_readings (text, reading) VALUES (?, ?)",
                    computed.items())
        except sqlite3.OperationalError:
            pass  # a read-only collection: the readings are computed again next time
    return found


def edited_reading(db: sqlite_utils.Database, text: str) -> str | None:
    """The learner's own reading of `text`, or None when pypinyin's stands."""
    row = db.execute("SELECT reading FROM pinyin_readings WHERE text = ? AND edited = 1",
                     [text]).fetchone()
    return str(row[0]) if row is not None else None


def set_reading(db: sqlite_utils.Database, text: str, reading: str | None) -> None:
    """Keep `reading` as the learner's reading of `text`; None (or pypinyin's own reading)
    drops the correction, so pypinyin's reading stands again."""
    reading = " ".join(reading.split()) if reading else ""
    with db.atomic():
        if not reading or reading == pinyin(text):
            db.execute("DELETE FROM pinyin_readings WHERE text = ?", [text])
        else:
            db.execute("INSERT INTO pinyin_readings (text, reading, edited) VALUES (?, ?, 1) "
                       "ON CONFLICT(text) DO UPDATE SET reading = excluded.reading, edited = 1",
                       [text, reading])

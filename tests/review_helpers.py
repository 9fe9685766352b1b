"""Helpers for review tests: a real collection file and terms with cards, written with plain SQL.

Collections are opened with the store's `open_db` (current schema, WAL); terms and cards are
inserted directly so the review tests do not depend on the import pipeline.
"""

from __future__ import annotations

from datetime import date, datetime, timezone
from pathlib import Path

import sqlite_utils

from vocab_app.services.clock import FixedClock
from vocab_app.services.review import ReviewService
from vocab_app.services.settings import Settings
from vocab_app.store.db import open_db

NOW = datetime(2026, 3, 10, 9, 30, tzinfo=timezone.utc)
TODAY = NOW.date()


def open_collection(path: Path) -> sqlite_utils.Database:
    """The collection at `path`, opened (and created) the way the app does."""
    return open_db(path)


def add_term(db: sqlite_utils.Database, term: str, glosses: tuple[str, ...] = ("gloss",), *,
             position: int | None = None, frequency: int = 1, reverse: bool = False,
             sentence: str | None = None, url: str | None = None) -> tuple[int, list[int]]:
    """Insert a term with its senses, one occurrence (if `sentence`) and its cards.

    Returns (term_id, [forward card id, reverse card id if any]).
    """
    with db.atomic():
        if position is None:
            position = db.execute("SELECT coalesce(max(position), 0) + 1 FROM terms").fetchone()[0]
        term_id = db.execute(
            "INSERT INTO terms (key, term, lang, frequency, position, created_at)"
            " VALUES (?, ?, 'en', ?, ?, '2026-01-01T00:00:00.000000')",
            [term.lower(), term, frequency, position]).lastrowid
        sense_ids = [db.execute("INSERT INTO senses (term_id, gloss, style, count)"
                                " VALUES (?, ?, 'en-zh', ?)", [term_id, g, 10 - i]).lastrowid
                     for i, g in enumerate(glosses)]
        if sentence is not None:
            src = db.execute("SELECT id FROM sources WHERE path = 'talk'").fetchone()
            src_id = src[0] if src else db.execute(
                "INSERT INTO sources (path, title, kind, url, content_hash, imported_at)"
                " VALUES ('talk', 'A talk', 'transcript', ?, 'h', '2026-01-01')",
                [url]).lastrowid
            idx = db.execute("SELECT count(*) FROM segments").fetchone()[0]
            seg = db.execute(
                "INSERT INTO segments (source_id, idx, speaker, start, \"end\", text, translation)"
                " VALUES (?, ?, 'Speaker 1', 65.5, 70, ?, '译文')",
                [src_id, idx, sentence]).lastrowid
            start = sentence.find(term)
            db.execute(
                "INSERT INTO occurrences (term_id, sense_id, segment_id, surface, sentence,"
                " span_start, span_end) VALUES (?, ?, ?, ?, ?, ?, ?)",
                [term_id, sense_ids[0], seg, term, sentence, start, start + len(term)])
        cards = [db.execute("INSERT INTO cards (term_id, direction) VALUES (?, 'forward')",
                            [term_id]).lastrowid]
        if reverse:
            cards.append(db.execute("INSERT INTO cards (term_id, direction) VALUES (?, 'reverse')",
                                    [term_id]).lastrowid)
    return term_id, cards


def set_card(db: sqlite_utils.Database, card_id: int, **cols) -> None:
    """Overwrite some scheduling columns of a card (due dates as `date`)."""
    cols = {k: v.isoformat() if isinstance(v, date) else v for k, v in cols.items()}
    with db.atomic():
        db.execute("UPDATE cards SET " + ", ".join(f'"{k}" = ?' for k in cols)
                   + " WHERE id = ?", [*cols.values(), card_id])


class Holder:
    """Mutable settings box for the service's settings_getter."""

    def __init__(self, settings: Settings | None = None) -> None:
        self.settings = settings or Settings()


def make_service(db: sqlite_utils.Database, clock: FixedClock | None = None,
                 settings: Settings | None = None) -> tuple[ReviewService, FixedClock, Holder]:
    """A ReviewService over `db` with a fixed clock at NOW and changeable settings."""
    clock = clock or FixedClock(NOW)
    holder = Holder(settings)
    return ReviewService(db, clock, lambda: holder.settings), clock, holder


def card_row(db: sqlite_utils.Database, card_id: int) -> dict:
    """The whole cards row as a dict."""
    cur = db.execute("SELECT * FROM cards WHERE id = ?", [card_id])
    names = [d[0] for d in cur.description]
    return dict(zip(names, cur.fetchone(), strict=True))

"""Cards and the review log as the review service reads and writes them.

The queue streams read straight from the `cards_due` index (no sort, no full load); what was
answered on a day is read from the log's last rows only (see `day_answers`). A card's scheduling
columns travel as `CardColumns`, the same mapping the log keeps as JSON in `before`/`after`, so
undo writes back exactly what an answer replaced. None of these functions opens a transaction:
the service wraps each answer (card row + log row) in one.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator, Mapping
from datetime import date
from typing import Any, NamedTuple, TypedDict

import sqlite_utils

from vocab_app.store.known import KNOWN_IDS

CARD_COLUMNS = ("state", "ef", "interval", "reps", "lapses", "due", "suspended",
                "buried_until", "leech")
_COLS = ", ".join(f'"{c}"' for c in CARD_COLUMNS)
_SET_COLS = ", ".join(f'"{c}" = ?' for c in CARD_COLUMNS)

QueueRow = tuple[Any, int, int, str]  # (due, card id, term id, state): srs.queue.Row


class CardColumns(TypedDict):
    """A card's scheduling columns (CARD_COLUMNS), as stored and as logged."""

    state: str
    ef: float
    interval: int
    reps: int
    lapses: int
    due: str | None
    suspended: int
    buried_until: str | None
    leech: int


class DayAnswer(NamedTuple):
    """One answer logged for a day, with the card's visibility now."""

    card_id: int
    term_id: int
    grade: int
    before_state: str | None  # the card's state before the answer (`new`, ...)
    relearn: bool  # a same-day repetition: logged, not rescheduled
    suspended: bool
    buried_until: str | None


class CardFace(NamedTuple):
    """What a card asks: its term, direction and state."""

    term_id: int
    direction: str
    state: str
    term: str


class FirstContext(NamedTuple):
    """A term's first stored occurrence with its segment and source."""

    sentence: str
    span_start: int
    span_end: int
    translation: str | None
    speaker: str | None
    start: float | None
    url: str | None
    title: str | None


class LoggedAnswer(NamedTuple):
    """A review-log row as undo needs it: the card and its columns before the answer (plus
    `term_tags` when the answer tagged the term a leech)."""

    card_id: int
    before: dict[str, Any]


def day_answers(db: sqlite_utils.Database, since: str, day: date) -> list[DayAnswer]:
    """Answers logged at or after the timestamp `since` that counted for `day`, in answer
    order. `since` bounds the scan to a range of the reviews_time index."""
    rows = db.execute(
        "SELECT r.id, r.card_id, c.term_id, r.grade, json_extract(r.before, '$.state'),"
        " json_extract(r.after, '$.relearn'),"
        f" c.suspended OR c.term_id IN ({KNOWN_IDS}), c.buried_until"
        # CROSS JOIN keeps reviews outer: a range of the reviews_time index, not all cards
        " FROM reviews r CROSS JOIN cards c ON c.id = r.card_id"
        " WHERE r.reviewed_at >= ? AND json_extract(r.after, '$.day') = ?",
        [since, day.isoformat()]).fetchall()
    # in answer order (ORDER BY would scan)
    return [DayAnswer(c, t, g, b, bool(r), bool(s), u) for _, c, t, g, b, r, s, u in sorted(rows)]


def _visible(reverse_cards: bool) -> str:
    reverse = "" if reverse_cards else " AND c.direction = 'forward'"
    return ("c.suspended = 0 AND (c.buried_until IS NULL OR c.buried_until <= :day)"
            f" AND c.term_id NOT IN ({KNOWN_IDS})" + reverse)


def due_cards(db: sqlite_utils.Database, phase: str, day: date, *,
              reverse_cards: bool) -> Iterator[QueueRow]:
    """Visible cards (not suspended, buried or of a known term) in `phase` (learning | review)
    due on or before `day`, in (due, id) order straight from the cards_due index. Reverse
    cards only when `reverse_cards`."""
    cur = db.execute(
        "SELECT c.due, c.id, c.term_id, c.state FROM cards c"
        " WHERE c.suspended = 0 AND c.state = :phase AND c.due <= :day AND "
        + _visible(reverse_cards) + " ORDER BY c.due, c.id",
        {"phase": phase, "day": day.isoformat()})
    try:
        yield from cur
    finally:
        cur.close()


def new_cards(db: sqlite_utils.Database, day: date, *, reverse_cards: bool,
              by_frequency: bool, page: int) -> Iterator[QueueRow]:
    """Visible new cards in the order they are introduced: term position (or most frequent
    term first when `by_frequency`), forward before reverse; read `page` rows at a time."""
    order = "t.frequency DESC, t.position, t.id" if by_frequency else "t.position, t.id"
    offset = 0
    while True:
        rows = db.execute(
            "SELECT NULL, c.id, c.term_id, c.state FROM cards c JOIN terms t"
            " ON t.id = c.term_id WHERE c.state = 'new' AND " + _visible(reverse_cards)
            + f" ORDER BY {order}, c.direction LIMIT :limit OFFSET :offset",
            {"day": day.isoformat(), "limit": page, "offset": offset}).fetchall()
        yield from rows
        if len(rows) < page:
            return
        offset += page


def card_face(db: sqlite_utils.Database, card_id: int) -> CardFace | None:
    """The card's term, direction and state; None when there is no such card."""
    row = db.execute("SELECT c.term_id, c.direction, c.state, t.term FROM cards c"
                     " JOIN terms t ON t.id = c.term_id WHERE c.id = ?", [card_id]).fetchone()
    return CardFace(*row) if row is not None else None


def glosses_by_count(db: sqlite_utils.Database, term_id: int) -> tuple[str, ...]:
    """The term's glosses, most seen first (then in the order they were stored)."""
    return tuple(g for (g,) in db.execute(
        "SELECT gloss FROM senses WHERE term_id = ? ORDER BY count DESC, id", [term_id]))


def first_context(db: sqlite_utils.Database, term_id: int) -> FirstContext | None:
    """The term's first stored occurrence (its translation falls back to the segment's)."""
    row = db.execute(
        "SELECT o.sentence, o.span_start, o.span_end, COALESCE(o.translation, s.translation),"
        " s.speaker, s.start,"
        " src.url, src.title FROM occurrences o JOIN segments s ON s.id = o.segment_id"
        " JOIN sources src ON src.id = s.source_id WHERE o.term_id = ?"
        " ORDER BY o.id LIMIT 1", [term_id]).fetchone()
    return FirstContext(*row) if row is not None else None


def card_columns(db: sqlite_utils.Database, card_id: int) -> tuple[CardColumns, int] | None:
    """The card's scheduling columns and its term id; None when there is no such card."""
    row = db.execute(f"SELECT {_COLS}, term_id FROM cards WHERE id = ?", [card_id]).fetchone()
    if row is None:
        return None
    state, ef, interval, reps, lapses, due, suspended, buried_until, leech, term_id = row
    return CardColumns(state=state, ef=ef, interval=interval, reps=reps, lapses=lapses, due=due,
                       suspended=suspended, buried_until=buried_until, leech=leech), int(term_id)


def write_card_columns(db: sqlite_utils.Database, card_id: int,
                       cols: Mapping[str, Any]) -> None:
    """Store the card's scheduling columns (every one of CARD_COLUMNS from `cols`)."""
    db.execute(f"UPDATE cards SET {_SET_COLS} WHERE id = ?",
               [cols[c] for c in CARD_COLUMNS] + [card_id])


def log_answer(db: sqlite_utils.Database, card_id: int, *, reviewed_at: str, grade: int,
               answer_ms: int, before: Mapping[str, Any], after: Mapping[str, Any]) -> int:
    """Append one review-log row (`before`/`after` stored as JSON); returns its id."""
    cur = db.execute(
        "INSERT INTO reviews (card_id, reviewed_at, grade, answer_ms, before, after)"
        " VALUES (?, ?, ?, ?, ?, ?)",
        [card_id, reviewed_at, grade, answer_ms, json.dumps(dict(before)),
         json.dumps(dict(after))])
    return int(cur.lastrowid or 0)


def logged_answer(db: sqlite_utils.Database, review_id: int) -> LoggedAnswer | None:
    """The card and `before` state of a review-log row; None when the row is gone."""
    row = db.execute("SELECT card_id, before FROM reviews WHERE id = ?", [review_id]).fetchone()
    return LoggedAnswer(row[0], json.loads(row[1])) if row is not None else None


def set_tags_of_card_term(db: sqlite_utils.Database, card_id: int, tags: str) -> None:
    """Set the tags of the term card `card_id` belongs to."""
    db.execute("UPDATE terms SET tags = ? WHERE id = (SELECT term_id FROM cards WHERE id = ?)",
               [tags, card_id])


def delete_answer(db: sqlite_utils.Database, review_id: int) -> None:
    """Delete one review-log row."""
    db.execute("DELETE FROM reviews WHERE id = ?", [review_id])


def bury(db: sqlite_utils.Database, card_ids: Iterable[int], until: str) -> None:
    """Hide the cards until the day `until` (YYYY-MM-DD)."""
    db.conn.executemany("UPDATE cards SET buried_until = ? WHERE id = ?",
                        [(until, c) for c in card_ids])


def leech_term_ids(db: sqlite_utils.Database) -> list[int]:
    """Ids of terms with a leech card, ascending."""
    return [t for (t,) in db.execute(
        "SELECT DISTINCT term_id FROM cards WHERE leech = 1 ORDER BY term_id")]

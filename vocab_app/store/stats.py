"""The numbers of the Stats screen and `vocab stats`: cards by state, answers per day, retention
and the due forecast, read from the collection (services' ReviewService.stats and .forecast
delegate here).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timedelta, timezone

import sqlite_utils

from vocab_app.srs import sm2
from vocab_app.store import review_days
from vocab_app.store.known import KNOWN_IDS


@dataclass(frozen=True, slots=True)
class Stats:
    """Collection statistics for the stats screen and `vocab stats`."""

    cards_by_state: dict[str, int]
    reviews_per_day: dict[date, int]
    forecast: dict[date, int]
    retention: float | None  # share of review-card answers >= 3 in the window, None if none


def timestamp(moment: datetime) -> str:
    """UTC `YYYY-MM-DDTHH:MM:SS.ffffff`, the schema's timestamp format."""
    return moment.astimezone(timezone.utc).strftime("%Y-%m-%dT%H:%M:%S.%f")


def forecast(db: sqlite_utils.Database, day: date, days: int = 30) -> dict[date, int]:
    """Cards falling due on each of the `days` days from `day` (overdue ones count for `day`;
    cards of known terms never fall due)."""
    out = {day + timedelta(days=i): 0 for i in range(days)}
    for due, n in db.execute(
            "SELECT max(due, :day), count(*) FROM cards WHERE suspended = 0"
            " AND state IN ('learning', 'review') AND due < :end"
            f" AND term_id NOT IN ({KNOWN_IDS}) GROUP BY 1",
            {"day": day.isoformat(), "end": (day + timedelta(days=days)).isoformat()}):
        out[date.fromisoformat(due)] += n
    return out


def stats(db: sqlite_utils.Database, day: date, days: int) -> Stats:
    """Cards by state, answers per day over the `days` days up to `day` (by the local day each
    answer counted for), the 30-day forecast and retention (passed first answers of review cards
    over all of them). Answers are read from the per-day totals (store/review_days.py), so the
    cost does not grow with the log."""
    by_state = {"new": 0, "learning": 0, "review": 0, "suspended": 0, "leech": 0}
    # grouped by the cards_due index's own columns: a scan of the index, no sort
    for suspended, state, n in db.execute(
            "SELECT suspended, state, count(*) FROM cards GROUP BY suspended, state"):
        key = "suspended" if suspended else state
        by_state[key] = by_state.get(key, 0) + n
    by_state["leech"] = db.execute("SELECT count(*) FROM cards WHERE leech = 1").fetchone()[0]
    first = day - timedelta(days=days - 1)
    totals = review_days.day_totals(db, first, day, sm2.PASS_GRADE)
    per_day = {d: totals[d].answers if d in totals else 0
               for d in (first + timedelta(days=i) for i in range(days))}
    passed = sum(t.passed for t in totals.values())
    review_answers = sum(t.counted for t in totals.values())
    retention = passed / review_answers if review_answers else None
    return Stats(by_state, per_day, forecast(db, day), retention)

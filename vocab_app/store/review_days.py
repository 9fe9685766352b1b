"""Answers per day and grade (`review_days`, schema v4): what the Stats screen reads instead of
parsing every log row's JSON.

A log row (`reviews`) counts for the local day in its `after` JSON (`$.day`); it counts towards
retention when the card was a review card before (`$.state` of `before`) and the answer was not a
same-day repetition (`$.relearn` of `after`). `review_days` keeps, per (day, grade), how many
answers there were and how many of them count towards retention. Triggers on `reviews` keep it in
step inside the writer's own transaction, whoever writes the log: an answer, its undo (the row is
deleted), a term deleted with its cards (cascade) or restored. A log row without a day counts
nowhere, as before.

The pass grade is applied when reading (grade >= sm2.PASS_GRADE), so the table holds no policy.
`log_day_totals` reads the same figures from the log rows themselves: the v4 migration fills the
table with it, and the benchmark measures it as the baseline.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from datetime import date

import sqlite_utils


def _day(row: str) -> str:
    return f"json_extract({row}.after, '$.day')"


def _counted(row: str) -> str:
    """1 when the log row `row` counts towards retention, else 0 (a missing key counts as no)."""
    return (f"coalesce(json_extract({row}.before, '$.state') = 'review'"
            f" AND NOT json_extract({row}.after, '$.relearn'), 0)")


_GROUPED = (f"SELECT {_day('r')} AS day, r.grade AS grade, count(*) AS answers,"
            f" sum({_counted('r')}) AS counted FROM reviews r"
            " WHERE {where} GROUP BY 1, 2")


def _add(row: str) -> str:
    return (f"INSERT INTO review_days (day, grade, answers, counted)"
            f" SELECT {_day(row)}, {row}.grade, 1, {_counted(row)} WHERE {_day(row)} IS NOT NULL"
            " ON CONFLICT (day, grade) DO UPDATE SET answers = answers + 1,"
            " counted = counted + excluded.counted;")


def _remove(row: str) -> str:
    where = f"day = {_day(row)} AND grade = {row}.grade"
    return (f"UPDATE review_days SET answers = answers - 1, counted = counted - {_counted(row)}"
            f" WHERE {where};"
            f" DELETE FROM review_days WHERE {where} AND answers <= 0;")


#: The table, its triggers, and its rows from the existing log (part of schema v4).
SCHEMA_SQL = f"""
CREATE TABLE review_days (
    day     TEXT NOT NULL,               -- YYYY-MM-DD, the local day the answers counted for
    grade   INTEGER NOT NULL,
    answers INTEGER NOT NULL,            -- log rows of that day and grade
    counted INTEGER NOT NULL,            -- of which answers to review cards (retention)
    PRIMARY KEY (day, grade)
) WITHOUT ROWID;
CREATE TRIGGER reviews_days_insert AFTER INSERT ON reviews BEGIN
  {_add("NEW")}
END;
CREATE TRIGGER reviews_days_delete AFTER DELETE ON reviews BEGIN
  {_remove("OLD")}
END;
CREATE TRIGGER reviews_days_update AFTER UPDATE OF grade, before, after ON reviews BEGIN
  {_remove("OLD")}
  {_add("NEW")}
END;
INSERT INTO review_days (day, grade, answers, counted)
  SELECT day, grade, answers, counted FROM ({_GROUPED.format(where="1")}) WHERE day IS NOT NULL;
"""


@dataclass(frozen=True, slots=True)
class DayTotals:
    """One day's answers: all of them, those to review cards, and those passed among these."""

    answers: int
    counted: int
    passed: int


def day_totals(db: sqlite_utils.Database, first: date, last: date,
               pass_grade: int) -> dict[date, DayTotals]:
    """The days from `first` to `last` that have answers, read from `review_days`."""
    return _totals(db.execute(
        "SELECT day, sum(answers), sum(counted), sum(CASE WHEN grade >= ? THEN counted END)"
        " FROM review_days WHERE day BETWEEN ? AND ? GROUP BY day",
        [pass_grade, first.isoformat(), last.isoformat()]))


def log_day_totals(db: sqlite_utils.Database, first: date, last: date, pass_grade: int,
                   since: str = "") -> dict[date, DayTotals]:
    """The same figures as `day_totals`, parsed from each log row's JSON (slow: the baseline
    `review_days` replaces). `since` (a timestamp) narrows the scan to later log rows."""
    grouped = _GROUPED.format(where="r.reviewed_at >= ?")
    return _totals(db.execute(
        "SELECT day, sum(answers), sum(counted), sum(CASE WHEN grade >= ? THEN counted END)"
        f" FROM ({grouped}) WHERE day BETWEEN ? AND ? GROUP BY day",
        [pass_grade, since, first.isoformat(), last.isoformat()]))


def _totals(rows: sqlite3.Cursor) -> dict[date, DayTotals]:
    return {date.fromisoformat(d): DayTotals(n, counted, passed or 0)
            for d, n, counted, passed in rows}

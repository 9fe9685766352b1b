"""Review speed on a large collection, next to bare SQLite baselines measured in the same run.

Builds (bulk SQL, in a temp dir) a collection of --cards cards (default 100,000: 20% new, 10%
learning, 70% review with due days spread over -30..+365) and --reviews log rows (default
1,000,000, with realistic before/after JSON), then prints medians of --runs runs:
- open: `Library.open` (connection setup, schema check) next to sqlite3.connect +
  `SELECT count(*) FROM cards` on the same file (target < 200 ms);
- queue: `start_session()` (today's queue: limits, siblings, what was answered today) next to a
  bare `SELECT count(*) FROM cards` on the same connection (target < 50 ms);
- answer: one `answer()` (engine + card update + log row, one transaction) next to a single-row
  INSERT + commit on the same connection (target < 5 ms);
- memory: tracemalloc peak while building the queue, next to fetching every card row once
  (what the queue must not do).

- stats: `stats(days=365)` (the stats screen's year, read from the per-day totals of schema
  v4) next to counting that year's log rows (target < 100 ms; stats_search_speed.py compares it
  with the v3 path that parsed every log row).

Planner statistics: the build runs ANALYZE (the file is made at schema v1 and migrated by
`open_db` like a user's old file). `answer*` repeats the answer figure after deleting
sqlite_stat1, as in a user's file that was never analysed: the store's v2 triggers on `cards`
once picked the `cards_due` index there (a scan of every unsuspended card per answer; fixed in
the triggers with `+suspended`), and this line keeps that from coming back.

Usage: .venv/bin/python benchmarks/review_speed.py [--cards 100000] [--reviews 1000000] [--runs 7]
"""

from __future__ import annotations

import argparse
import sqlite3
import statistics
import sys
import tempfile
import time
import tracemalloc
from datetime import datetime, timedelta, timezone
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from vocab_app.services.clock import FixedClock  # noqa: E402
from vocab_app.services.stats import StatsService  # noqa: E402
from vocab_app.store.db import open_db  # noqa: E402
from vocab_app.store.schema import SCHEMA_V1  # noqa: E402

NOW = datetime(2026, 3, 10, 9, 0, tzinfo=timezone.utc)
TODAY = NOW.date()

BUILD_SQL = """
WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < :cards)
INSERT INTO terms (id, key, term, lang, frequency, position, created_at)
SELECT i, 'term ' || i, 'term ' || i, 'en', abs(random() % 50), i, '2025-01-01T00:00:00.000000'
FROM n;
INSERT INTO senses (term_id, gloss, style, count) SELECT id, '释义 ' || id, 'en-zh', 1 FROM terms;
INSERT INTO cards (id, term_id, direction, state, ef, interval, reps, lapses, due)
SELECT id, id, 'forward',
       CASE WHEN id % 10 < 2 THEN 'new' WHEN id % 10 = 2 THEN 'learning' ELSE 'review' END,
       1.3 + (id % 13) / 10.0, 1 + id % 200, CASE WHEN id % 10 = 2 THEN 1 ELSE 3 + id % 9 END,
       id % 4,
       CASE WHEN id % 10 < 2 THEN NULL
            ELSE date(:today, printf('%+d days', (id * 7919) % 396 - 30)) END
FROM terms;
WITH RECURSIVE n(i) AS (SELECT 0 UNION ALL SELECT i + 1 FROM n WHERE i < :reviews - 1)
INSERT INTO reviews (card_id, reviewed_at, grade, answer_ms, before, after)
SELECT c, strftime('%Y-%m-%dT%H:%M:%f000', :now, printf('-%d minutes', :reviews - i + 600)),
       i % 6, 1000 + i % 5000,
       json_object('state', 'review', 'ef', 2.5, 'interval', i % 300, 'reps', 3, 'lapses', 0,
                   'due', '2026-01-01', 'suspended', 0, 'buried_until', NULL, 'leech', 0),
       json_object('state', 'review', 'ef', 2.5, 'interval', i % 300 + 1, 'reps', 4,
                   'lapses', 0, 'due', '2026-02-01', 'suspended', 0, 'buried_until', NULL,
                   'leech', 0, 'day', date(:now, printf('-%d minutes', :reviews - i + 600)),
                   'relearn', json('false'))
FROM (SELECT i, (i * 7 % (:cards * 8 / 10)) + 1 + (:cards / 5) AS c FROM n);
"""


def open_library(path: Path, clock):
    """(review service, close) the way the app opens a collection."""
    from vocab_app.services.library import Library

    lib = Library.open(path, clock=clock)
    return lib.review, lib.close


def build(path: Path, cards: int, reviews: int) -> float:
    start = time.perf_counter()
    conn = sqlite3.connect(str(path))
    conn.execute("PRAGMA journal_mode=WAL")
    conn.execute("PRAGMA synchronous=OFF")
    conn.executescript(SCHEMA_V1)
    params = {"cards": cards, "reviews": reviews, "today": TODAY.isoformat(),
              "now": NOW.strftime("%Y-%m-%d %H:%M:%S")}
    with conn:
        for statement in BUILD_SQL.split(";\n"):
            if statement.strip():
                conn.execute(statement, params)
    conn.execute("ANALYZE")  # see the note on planner statistics in the module docstring
    conn.close()
    built = time.perf_counter() - start
    # Bring the v1 file to the current schema the way the app would (untimed in the figures).
    start = time.perf_counter()
    open_db(path, today=TODAY).conn.close()
    for backup in path.parent.glob(path.name + ".bak-*"):
        backup.unlink()
    return built, time.perf_counter() - start


def median_ms(samples: list[float]) -> float:
    return statistics.median(samples) * 1000


def timed(fn, runs: int) -> list[float]:
    out = []
    for _ in range(runs):
        t = time.perf_counter()
        fn()
        out.append(time.perf_counter() - t)
    return out


def row(name: str, ours: float, base: float, target: float) -> None:
    ok = "ok" if ours < target else "OVER"
    print(f"{name:<8} {ours:9.2f} ms   baseline {base:8.3f} ms   ratio {ours / base:8.1f}x"
          f"   target < {target:g} ms: {ok}")


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--cards", type=int, default=100_000)
    ap.add_argument("--reviews", type=int, default=1_000_000)
    ap.add_argument("--runs", type=int, default=7)
    args = ap.parse_args()

    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "collection.sqlite"
        secs, migrated = build(path, args.cards, args.reviews)
        size = path.stat().st_size / 2**20
        print(f"built {args.cards:,} cards, {args.reviews:,} reviews in {secs:.1f} s "
              f"({size:.0f} MB); migrated to the current schema in {migrated:.1f} s\n")
        clock = FixedClock(NOW)

        def bare_open():
            conn = sqlite3.connect(str(path))
            conn.execute("SELECT count(*) FROM cards").fetchone()
            conn.close()

        def our_open():
            _, close = open_library(path, clock)
            close()

        open_base, open_ours = timed(bare_open, args.runs), timed(our_open, args.runs)

        svc, close = open_library(path, clock)
        db = svc.db
        svc.start_session()  # warm the page cache like the app's first screen does
        queue_base = timed(lambda: db.execute("SELECT count(*) FROM cards").fetchone(), args.runs)
        queue_ours = timed(svc.start_session, args.runs)

        session = svc.start_session()
        answers = []
        for i in range(args.runs * 5):
            card = session.srs.current()
            t = time.perf_counter()
            svc.answer(session, card, 3 + i % 3, answer_ms=1000)
            answers.append(time.perf_counter() - t)
        db.execute("CREATE TABLE bench_scratch (id INTEGER PRIMARY KEY, v TEXT)")
        db.conn.commit()

        def bare_insert():
            db.execute("INSERT INTO bench_scratch (v) VALUES ('x')")
            db.conn.commit()

        insert_base = timed(bare_insert, args.runs * 5)

        year_ago = (NOW - timedelta(days=365)).strftime("%Y-%m-%d")
        stats_base = timed(lambda: db.execute(
            "SELECT count(*) FROM reviews WHERE reviewed_at >= ?", [year_ago]).fetchone(), 3)
        stats_ours = timed(lambda: StatsService(svc.db, svc.clock).stats(days=365), 3)

        tracemalloc.start()
        svc.start_session()
        queue_peak = tracemalloc.get_traced_memory()[1]
        tracemalloc.reset_peak()
        db.execute("SELECT * FROM cards").fetchall()
        all_peak = tracemalloc.get_traced_memory()[1]
        tracemalloc.stop()
        counts = svc.due_counts()
        close()

        # The same answers on a file without planner statistics (a user's file never ANALYZEd).
        conn = sqlite3.connect(str(path))
        with conn:
            conn.execute("DELETE FROM sqlite_stat1")
        conn.close()
        svc, close = open_library(path, clock)
        session = svc.start_session()
        bare_answers = []
        for _ in range(5):
            t = time.perf_counter()
            svc.answer(session, session.srs.current(), 4, answer_ms=1000)
            bare_answers.append(time.perf_counter() - t)
        close()

        print(f"today's queue: {counts.new} new, {counts.learning} learning, "
              f"{counts.review} review (limits 20 new / 200 reviews)")
        print(f"medians of {args.runs} runs ({args.runs * 5} answers):")
        row("open", median_ms(open_ours), median_ms(open_base), 200)
        row("queue", median_ms(queue_ours), median_ms(queue_base), 50)
        row("answer", median_ms(answers), median_ms(insert_base), 5)
        row("stats", median_ms(stats_ours), median_ms(stats_base), 100)
        print("         stats(days=365) for the stats screen, beside counting that year's log rows")
        row("answer*", median_ms(bare_answers), median_ms(insert_base), 5)
        print("         * the same, after deleting sqlite_stat1 (no ANALYZE statistics)")
        print(f"memory   queue peak {queue_peak / 2**20:.2f} MB   "
              f"vs fetching every card row {all_peak / 2**20:.1f} MB")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

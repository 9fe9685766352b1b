"""Schema v4's per-day answer totals on real files: a v3 collection's Stats are the same after the
migration, and answers, their undo, term deletion and its undo keep the totals right."""

from __future__ import annotations

import json
import random
import sqlite3
from datetime import date, timedelta
from pathlib import Path

import sqlite_utils
from review_helpers import TODAY, add_term, make_service, open_collection, set_card

from vocab_app.srs import sm2
from vocab_app.store import edits, review_days
from vocab_app.store import stats as stats_store
from vocab_app.store.migrations import migrate, schema_version

# The v3 Stats query (answers per day and retention parsed from every log row), kept verbatim as
# the oracle the v4 figures must equal.
V3_STATS_SQL = (
    "SELECT day, count(*), sum(counted), sum(counted AND grade >= ?) FROM"
    " (SELECT json_extract(after, '$.day') AS day, grade,"
    "  json_extract(before, '$.state') = 'review'"
    "  AND NOT json_extract(after, '$.relearn') AS counted"
    "  FROM reviews WHERE reviewed_at >= ?) GROUP BY day")


def v3_figures(db: sqlite_utils.Database, day: date, days: int
               ) -> tuple[dict[date, int], float | None]:
    first = day - timedelta(days=days - 1)
    per_day = {first + timedelta(days=i): 0 for i in range(days)}
    passed = answers = 0
    for d, n, counted, passes in db.execute(V3_STATS_SQL, [sm2.PASS_GRADE, ""]):
        when = date.fromisoformat(d) if d else None
        if when in per_day:
            per_day[when] = n
            answers += counted or 0
            passed += passes or 0
    return per_day, (passed / answers if answers else None)


def v4_figures(db: sqlite_utils.Database, day: date, days: int
               ) -> tuple[dict[date, int], float | None]:
    s = stats_store.stats(db, day, days)
    return s.reviews_per_day, s.retention


def varied_log(rnd: random.Random, cards: list[int], n: int) -> list[tuple]:
    """Log rows over 60 days: every grade, new/learning/review cards, same-day repetitions,
    rows from before `relearn` was logged, and rows without a day."""
    rows = []
    for i in range(n):
        day = TODAY - timedelta(days=rnd.randrange(60))
        before = {"state": rnd.choice(["new", "learning", "review", "review"]), "ef": 2.5}
        after: dict[str, object] = {"state": "review", "day": day.isoformat()}
        kind = rnd.randrange(10)
        if kind < 6:
            after["relearn"] = False
        elif kind < 8:
            after["relearn"] = True
        elif kind == 8:
            del after["day"]
        stamp = f"{day.isoformat()}T{rnd.randrange(24):02d}:00:00.{i:06d}"
        rows.append((rnd.choice(cards), stamp, rnd.randrange(6), 1000,
                     json.dumps(before), json.dumps(after)))
    return rows


def test_stats_of_a_v3_file_are_the_same_after_the_migration(tmp_path: Path):
    path = tmp_path / "c.sqlite"
    db = sqlite_utils.Database(sqlite3.connect(path))
    migrate(db, path, target=3)
    with db.conn:
        db.execute("INSERT INTO terms (id, key, term, lang, position, created_at)"
                   " VALUES (1, 'agent', 'agent', 'en', 1, '2026-01-01')")
        db.conn.executemany("INSERT INTO cards (id, term_id, direction) VALUES (?, 1, ?)",
                            [(1, "forward"), (2, "reverse")])
        db.conn.executemany("INSERT INTO reviews (card_id, reviewed_at, grade, answer_ms,"
                            " before, after) VALUES (?, ?, ?, ?, ?, ?)",
                            varied_log(random.Random(4), [1, 2], 3000))
    windows = [(TODAY, 1), (TODAY, 14), (TODAY, 30), (TODAY, 365),
               (TODAY - timedelta(days=20), 7), (TODAY + timedelta(days=5), 14)]
    before = {w: v3_figures(db, *w) for w in windows}
    assert sum(before[(TODAY, 365)][0].values()) > 2000
    db.conn.close()

    db = open_collection(path)
    assert schema_version(db) >= 4
    for w in windows:
        assert v4_figures(db, *w) == before[w], w
    first, last = TODAY - timedelta(days=365), TODAY
    assert review_days.day_totals(db, first, last, sm2.PASS_GRADE) \
        == review_days.log_day_totals(db, first, last, sm2.PASS_GRADE)
    db.conn.close()


def test_an_answer_and_its_undo_leave_the_stats_as_they_were(tmp_path: Path):
    db = open_collection(tmp_path / "c.sqlite")
    svc, clock, _ = make_service(db)
    cards = []
    for i in range(6):
        _, (card,) = add_term(db, f"term {i}")
        if i % 2:
            set_card(db, card, state="review", reps=3, interval=10, due=TODAY)
        cards.append(card)
    session = svc.start_session()
    for grade in (5, 1, 4, 2, 3):
        svc.answer(session, session.next_card().card_id, grade, answer_ms=1)
    empty = stats_store.stats(db, TODAY, 14)
    assert sum(empty.reviews_per_day.values()) == 5 and empty.retention is not None
    table = db.execute("SELECT * FROM review_days ORDER BY 1, 2").fetchall()

    for grade in range(6):
        svc.answer(session, session.next_card().card_id, grade, answer_ms=1)
        assert stats_store.stats(db, TODAY, 14) != empty
        svc.undo(session)
        assert stats_store.stats(db, TODAY, 14) == empty
        assert db.execute("SELECT * FROM review_days ORDER BY 1, 2").fetchall() == table

    while svc.undo(session) is not None:
        pass
    assert db.execute("SELECT count(*) FROM review_days").fetchone()[0] == 0
    assert sum(stats_store.stats(db, TODAY, 14).reviews_per_day.values()) == 0
    db.conn.close()


def test_deleting_a_term_takes_its_answers_out_and_its_undo_puts_them_back(tmp_path: Path):
    db = open_collection(tmp_path / "c.sqlite")
    svc, clock, _ = make_service(db)
    terms = [add_term(db, f"term {i}") for i in range(4)]
    for day in range(3):
        session = svc.start_session()
        for grade in (5, 1, 4, 2, 3, 5)[day:day + 4]:
            if (card := session.next_card()) is not None:
                svc.answer(session, card.card_id, grade, answer_ms=1)
        clock.advance(days=1)
    today = TODAY + timedelta(days=3)
    whole = stats_store.stats(db, today, 7)
    with db.atomic():
        gone = edits.delete_terms(db, [terms[0][0], terms[2][0]])
    fewer = stats_store.stats(db, today, 7)
    assert sum(fewer.reviews_per_day.values()) < sum(whole.reviews_per_day.values())
    first = today - timedelta(days=30)
    assert review_days.day_totals(db, first, today, sm2.PASS_GRADE) \
        == review_days.log_day_totals(db, first, today, sm2.PASS_GRADE)
    with db.atomic():
        edits.restore_terms(db, gone)
    assert stats_store.stats(db, today, 7) == whole
    db.conn.close()

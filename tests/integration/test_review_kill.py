"""A process answering a long series of cards is SIGKILLed mid-way: no committed answer is lost
and the file stays consistent (each card's state is the `after` of its last log row, and the
per-day answer totals match the log)."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest
from review_helpers import add_term, open_collection

from vocab_app.services.review import CARD_COLUMNS
from vocab_app.srs import sm2
from vocab_app.store import review_days

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="needs SIGKILL")

CHILD = """
import sys
from datetime import timedelta
sys.path.insert(0, {tests!r})
from review_helpers import make_service, open_collection
from vocab_app.services.settings import Settings

db = open_collection({path!r})
svc, clock, _ = make_service(db, settings=Settings(new_per_day=40, reviews_per_day=400))
i = 0
while True:
    session = svc.start_session()
    while (card := session.next_card()) is not None:
        grade = (i * 7 + card.card_id) % 6
        result = svc.answer(session, card.card_id, grade, answer_ms=i)
        print("ok", result.review_id, card.card_id, flush=True)
        i += 1
    clock.advance(days=1)
"""

ANSWERS_BEFORE_KILL = 400


def test_sigkill_mid_series_loses_no_committed_answer(tmp_path):
    path = tmp_path / "c.sqlite"
    db = open_collection(path)
    for i in range(120):
        add_term(db, f"term {i}")
    db.conn.close()
    tests_dir = str(Path(__file__).resolve().parent.parent)
    child = subprocess.Popen(
        [sys.executable, "-c", CHILD.format(tests=tests_dir, path=str(path))],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=os.environ.copy())
    acknowledged: list[tuple[int, int]] = []
    for line in child.stdout:
        _, review_id, card_id = line.split()
        acknowledged.append((int(review_id), int(card_id)))
        if len(acknowledged) == ANSWERS_BEFORE_KILL:
            child.send_signal(signal.SIGKILL)
            break
    child.wait(timeout=30)
    assert child.returncode == -signal.SIGKILL, child.stderr.read()
    child.stdout.close()
    child.stderr.close()

    db = open_collection(path)
    assert db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    logged = dict(db.execute("SELECT id, card_id FROM reviews").fetchall())
    assert all(logged.get(rid) == cid for rid, cid in acknowledged)
    assert len(logged) >= ANSWERS_BEFORE_KILL
    cols = ", ".join(f'"{c}"' for c in CARD_COLUMNS)
    days_seen = set()
    for card_id, *values in db.execute(f"SELECT id, {cols} FROM cards").fetchall():
        last = db.execute("SELECT after FROM reviews WHERE card_id = ? ORDER BY id DESC LIMIT 1",
                          [card_id]).fetchone()
        state = dict(zip(CARD_COLUMNS, values, strict=True))
        if last is None:
            assert state["state"] == "new" and state["due"] is None
            continue
        after = json.loads(last[0])
        days_seen.add(after["day"])
        assert {c: after[c] for c in CARD_COLUMNS} == state
    assert len(days_seen) > 1  # the series ran over several days of reviews
    # the Stats screen's per-day totals committed with their answers, none more, none fewer
    first, last = date.fromisoformat(min(days_seen)), date.fromisoformat(max(days_seen))
    assert review_days.day_totals(db, first, last, sm2.PASS_GRADE) \
        == review_days.log_day_totals(db, first, last, sm2.PASS_GRADE)
    db.conn.close()

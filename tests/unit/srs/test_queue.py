"""Pure queue selection: lazy merging by due day, one card per term, per-day limits."""

from __future__ import annotations

from vocab_app.srs.queue import left_today, merge_due, take


def stream(rows, read):
    for r in rows:
        read.append(r[1])
        yield r


def test_merge_orders_by_due_then_card_id_and_take_stops_reading_at_the_limit():
    read: list[int] = []
    learning = stream([("2026-03-01", 5, 50, "learning"), ("2026-03-09", 2, 20, "learning")],
                      read)
    review = stream([("2026-03-01", 3, 30, "review"), ("2026-03-05", 9, 90, "review"),
                     ("2026-03-10", 1, 10, "review")] + [("2026-03-10", i, i, "review")
                                                         for i in range(100, 10_000)], read)
    chosen = take(merge_due(learning, review), 4, set())
    assert [c.card_id for c in chosen] == [3, 5, 9, 2]
    assert [c.phase for c in chosen] == ["review", "learning", "review", "learning"]
    assert len(read) <= 7  # the long tail was never read


def test_one_card_per_term_across_due_and_new_and_terms_seen_today_skipped():
    taken = {7}
    due = take([(None, 1, 7, "review"), (None, 2, 8, "review"), (None, 3, 8, "review")], 10,
               taken)
    new = take([(None, 4, 8, "new"), (None, 5, 9, "new")], 10, taken)
    assert [c.card_id for c in due] == [2] and [c.card_id for c in new] == [5]
    assert taken == {7, 8, 9}


def test_limits_left_today():
    assert left_today(20, 5) == 15
    assert left_today(20, 25) == 0
    assert take([(None, 1, 1, "new")], left_today(0, 0), set()) == []

"""The typed store functions issue 11 moved out of the services, on a real collection file:
term creation (one path for mining and list import), the review queue's streams, and a card's
columns and log rows as answer and undo use them."""

from __future__ import annotations

from datetime import date

from vocab_app.store import reviews
from vocab_app.store.terms import add_sense, create_term, sense_glosses

DAY = date(2026, 3, 10)
STAMP = "2026-03-10T09:30:00.000000"


def _directions(col, term_id: int) -> list[str]:
    return [d for (d,) in col.db.execute(
        "SELECT direction FROM cards WHERE term_id = ? ORDER BY direction", [term_id])]


def test_create_term_puts_the_term_last_with_its_cards(col):
    first = col.add_term("agent", ("智能体",))
    forward_only = create_term(col.db, key="reward model", term="reward model", lang="en",
                               created_at=STAMP, reverse_cards=False, tags="week1")
    both = create_term(col.db, key="知识蒸馏", term="知识蒸馏", lang="zh", created_at=STAMP,
                       reverse_cards=True, variants=["知识 蒸馏"], pronunciation="zhī shi")
    rows = col.db.execute("SELECT id, position, tags, variants, pronunciation FROM terms"
                          " ORDER BY position").fetchall()
    assert rows == [(first, 1, "", "[]", ""), (forward_only, 2, "week1", "[]", ""),
                    (both, 3, "", '["知识 蒸馏"]', "zhī shi")]
    assert _directions(col, forward_only) == ["forward"]
    assert _directions(col, both) == ["forward", "reverse"]
    assert add_sense(col.db, both, "knowledge distillation", "zh-en") is True
    assert add_sense(col.db, both, "knowledge distillation", "zh-en") is False
    assert sense_glosses(col.db, both) == ["knowledge distillation"]


def test_new_cards_come_in_position_order_page_by_page(col):
    ids = [col.add_term(f"term {i}", reverse=True) for i in range(5)]
    col.db.execute("UPDATE terms SET frequency = id")  # later terms are more frequent
    col.db.conn.commit()
    forward = [r[2] for r in reviews.new_cards(col.db, DAY, reverse_cards=False,
                                               by_frequency=False, page=2)]
    assert forward == ids
    both = [(r[2], r[1]) for r in reviews.new_cards(col.db, DAY, reverse_cards=True,
                                                    by_frequency=False, page=3)]
    assert [t for t, _ in both] == [t for t in ids for _ in range(2)]
    assert [r[2] for r in reviews.new_cards(col.db, DAY, reverse_cards=False,
                                            by_frequency=True, page=2)] == ids[::-1]


def test_buried_and_suspended_cards_are_not_due(col):
    a, b, c = (col.add_term(t) for t in ("a", "b", "c"))
    for term_id in (a, b, c):
        col.db.execute("UPDATE cards SET state = 'review', due = ? WHERE term_id = ?",
                       ["2026-03-09", term_id])
    col.db.execute("UPDATE cards SET suspended = 1 WHERE term_id = ?", [b])
    col.db.conn.commit()
    reviews.bury(col.db, [col.card_id(c)], "2026-03-11")
    due = [r[2] for r in reviews.due_cards(col.db, "review", DAY, reverse_cards=False)]
    assert due == [a]
    later = [r[2] for r in reviews.due_cards(col.db, "review", date(2026, 3, 11),
                                             reverse_cards=False)]
    assert later == [a, c]


def test_card_columns_and_a_logged_answer_round_trip(col):
    term_id = col.add_term("agent", ("智能体",))
    card = col.card_id(term_id)
    cols, owner = reviews.card_columns(col.db, card)
    assert owner == term_id
    assert cols == {"state": "new", "ef": 2.5, "interval": 0, "reps": 0, "lapses": 0,
                    "due": None, "suspended": 0, "buried_until": None, "leech": 0}
    after = {**cols, "state": "learning", "interval": 1, "reps": 1, "due": "2026-03-11"}
    reviews.write_card_columns(col.db, card, after)
    review_id = reviews.log_answer(col.db, card, reviewed_at=STAMP, grade=4, answer_ms=900,
                                   before=dict(cols), after={**after, "day": DAY.isoformat(),
                                                             "relearn": False})
    assert reviews.card_columns(col.db, card) == (after, term_id)
    assert reviews.day_answers(col.db, "2026-03-08", DAY) == [
        reviews.DayAnswer(card, term_id, 4, "new", False, False, None)]
    logged = reviews.logged_answer(col.db, review_id)
    assert logged == reviews.LoggedAnswer(card, dict(cols))
    reviews.write_card_columns(col.db, card, logged.before)
    reviews.delete_answer(col.db, review_id)
    assert reviews.card_columns(col.db, card) == (cols, term_id)
    assert reviews.logged_answer(col.db, review_id) is None
    assert reviews.card_columns(col.db, card + 99) is None

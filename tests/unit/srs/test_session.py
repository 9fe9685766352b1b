"""Same-session relearning, order and undo of the pure review session."""

from __future__ import annotations

from datetime import date

import pytest

from vocab_app.srs.session import Session

DAY = date(2026, 3, 10)


def drain(session, grades):
    """Answer the current card with grades[card] (a list popped per showing); return the order."""
    shown = []
    while (card := session.current()) is not None:
        shown.append(card)
        session.answer(card, grades[card].pop(0))
    return shown


def test_cards_come_in_queue_order_when_all_are_known():
    s = Session.build(DAY, [3, 1, 2])
    assert drain(s, {1: [4], 2: [5], 3: [4]}) == [3, 1, 2]
    assert s.remaining == 0 and s.done == 3


def test_cards_graded_below_4_come_back_after_the_queue_until_they_score_4():
    s = Session.build(DAY, [1, 2, 3])
    order = drain(s, {1: [1, 3, 4], 2: [5], 3: [2, 4]})
    assert order == [1, 2, 3, 1, 3, 1]


def test_only_the_first_grade_of_the_day_schedules():
    s = Session.build(DAY, [1, 2])
    first = s.answer(1, 2)
    s.answer(2, 4)
    again = s.answer(1, 4)
    assert first.schedules and first.relearn
    assert not again.schedules and not again.relearn
    assert s.current() is None


def test_cards_failed_in_an_earlier_sitting_start_in_relearning_and_do_not_reschedule():
    s = Session.build(DAY, [5, 6], relearning=[9])
    assert drain(s, {5: [4], 6: [4], 9: [4]}) == [5, 6, 9]
    assert [step.schedules for step in s.history] == [True, True, False]


def test_remaining_counts_each_card_once():
    s = Session.build(DAY, [1, 2, 2, 3])
    assert s.remaining == 3
    s.answer(1, 0)
    assert s.remaining == 3  # 2, 3 and 1 to relearn
    s.answer(2, 4)
    assert s.remaining == 2


def test_undo_puts_the_session_back_exactly():
    s = Session.build(DAY, [1, 2, 3])
    s.answer(1, 1)
    snapshot = (list(s.queue), list(s.relearning), set(s.first_done))
    s.answer(2, 3)
    step = s.undo()
    assert step.card_id == 2 and s.current() == 2
    assert (list(s.queue), list(s.relearning), set(s.first_done)) == snapshot
    s.undo()
    assert (list(s.queue), list(s.relearning), s.first_done) == ([1, 2, 3], [], set())
    assert s.undo() is None


def test_undo_of_a_same_day_repetition_keeps_the_first_grade():
    s = Session.build(DAY, [1])
    s.answer(1, 0)
    s.answer(1, 3)  # still < 4: stays in relearning
    s.undo()
    assert s.current() == 1 and 1 in s.first_done
    assert s.answer(1, 5).schedules is False


def test_answering_a_card_not_in_the_session_is_refused():
    s = Session.build(DAY, [1])
    with pytest.raises(ValueError, match="not waiting"):
        s.answer(7, 4)
    s.answer(1, 4)
    with pytest.raises(ValueError, match="not waiting"):
        s.answer(1, 4)


def test_drop_removes_a_card_and_undo_still_works():
    s = Session.build(DAY, [1, 2])
    s.answer(1, 0)
    s.drop(1)  # e.g. suspended as a leech
    assert drain(s, {2: [4]}) == [2]
    s.undo()
    s.undo()
    assert list(s.queue) == [1, 2] and not s.relearning

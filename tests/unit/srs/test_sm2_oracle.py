"""The `supermemo2` package (3.x) as a second oracle: where it follows the paper we agree with it,
and each place it departs from the paper (or from our documented decision) is named in a test."""

from __future__ import annotations

from datetime import date, datetime, timedelta

import pytest
import supermemo2

from vocab_app.srs.sm2 import SM2State, review

D = date(2026, 1, 1)


def oracle_run(grades):
    """supermemo2's states for a grade sequence, each answered on the day it fell due."""
    ef, interval, reps, when = 2.5, 0, 0, datetime(2026, 1, 1)
    out = []
    for q in grades:
        r = supermemo2.review(q, ef, interval, reps, when)
        ef, interval, reps = r["easiness"], r["interval"], r["repetitions"]
        when = datetime.fromisoformat(r["review_datetime"])
        out.append((ef, interval, reps, when.date()))
    return out


def our_run(grades):
    state, day, out = SM2State(), D, []
    for q in grades:
        state = review(state, q, day)
        day = state.due
        out.append((state.ef, state.interval, state.reps, state.due))
    return out


def test_agrees_on_a_long_run_of_good_answers():
    """q=4 leaves EF unchanged, so EF-before and EF-after coincide: the whole schedule agrees."""
    assert our_run([4] * 12) == oracle_run([4] * 12)


@pytest.mark.parametrize("grades", [[3, 5, 4], [5, 3], [3, 3], [5, 5], [4, 3]])
def test_agrees_on_ef_and_the_fixed_first_two_intervals(grades):
    ours, theirs = our_run(grades), oracle_run(grades)
    for (ef, interval, reps, due), (oef, ointerval, oreps, odue) in zip(ours, theirs, strict=True):
        assert ef == pytest.approx(oef)
        assert (interval, reps, due) == (ointerval, oreps, odue)


def test_agrees_that_a_failure_restarts_at_one_day_with_n_0():
    ours = review(SM2State(ef=2.5, interval=15, reps=3, due=D), 1, D)
    theirs = supermemo2.review(1, 2.5, 15, 3, datetime(2026, 1, 1))
    assert (ours.interval, ours.reps) == (theirs["interval"], theirs["repetitions"]) == (1, 0)
    assert ours.due == D + timedelta(days=1)


@pytest.mark.parametrize("q", [0, 1, 2])
def test_deviation_supermemo2_changes_ef_on_a_failed_answer(q):
    """The paper: "start repetitions ... without changing the E-Factor". supermemo2 lowers it."""
    theirs = supermemo2.review(q, 2.5, 15, 3, datetime(2026, 1, 1))["easiness"]
    ours = review(SM2State(ef=2.5, interval=15, reps=3, due=D), q, D).ef
    assert ours == 2.5
    assert theirs < 2.5


def test_deviation_supermemo2_uses_ef_before_the_update():
    """Our documented decision is EF-after; from the third repetition q≠4 tells them apart."""
    grades = [5, 5, 5, 5]
    assert [i for _, i, _, _ in oracle_run(grades)] == [1, 6, 17, 48]  # ceil(17 × 2.8)
    assert [i for _, i, _, _ in our_run(grades)] == [1, 6, 17, 50]  # ceil(17 × 2.9)


def test_deviation_supermemo2_rounds_up_float_noise():
    """Three +0.1 steps give EF 2.8000000000000003 in floats; 15 days × EF is 42, not 43."""
    ef = 2.5
    for _ in range(3):
        ef = supermemo2.review(5, ef, 1, 1, datetime(2026, 1, 1))["easiness"]
    assert supermemo2.review(4, ef, 15, 3, datetime(2026, 1, 1))["interval"] == 43
    ours = review(SM2State(ef=2.7, interval=6, reps=2, due=D), 5, D)  # EF → 2.8
    assert review(SM2State(ef=ours.ef, interval=15, reps=3, due=D), 4, D).interval == 42

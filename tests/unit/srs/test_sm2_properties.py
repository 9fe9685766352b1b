"""Properties of the SM-2 engine over arbitrary grade sequences and review days (hypothesis)."""

from __future__ import annotations

from datetime import date, timedelta

from hypothesis import given
from hypothesis import strategies as st

from vocab_app.srs.sm2 import MIN_EF, SM2State, preview, review

grades = st.lists(st.integers(0, 5), min_size=1, max_size=40)
delays = st.integers(-30, 400)  # days early (<0) or late (>0) relative to the due day
keys = st.none() | st.integers(0, 10_000)


@given(grades, st.lists(delays, min_size=40, max_size=40), keys)
def test_interval_ef_and_due_stay_sane(seq, delay_list, key):
    state, day = SM2State(), date(2026, 1, 1)
    for q, delay in zip(seq, delay_list, strict=False):
        before = state
        state = review(state, q, day, fuzz_key=key)
        assert state.interval >= 1
        assert state.ef >= MIN_EF
        assert state.due is not None and state.due > day  # never in the past, never today
        assert state.due == day + timedelta(days=state.interval)
        assert state.lapses in (before.lapses, before.lapses + 1)
        if q < 3:
            assert (state.reps, state.ef) == (0, before.ef)
        else:
            assert state.reps == before.reps + 1
        day = max(date(2026, 1, 1), state.due + timedelta(days=delay))


@given(st.floats(1.3, 3.5), st.integers(1, 3650), st.integers(0, 30), st.integers(0, 20), keys)
def test_preview_is_review_without_side_effects(ef, interval, reps, lapses, key):
    state = SM2State(ef=round(ef, 2), interval=interval, reps=reps, lapses=lapses,
                     due=date(2026, 5, 1))
    shown = preview(state, date(2026, 5, 3), fuzz_key=key)
    assert shown == {q: review(state, q, date(2026, 5, 3), fuzz_key=key).due for q in range(6)}


@given(grades)
def test_passing_never_shortens_the_interval_after_the_second_repetition(seq):
    state, day = SM2State(), date(2026, 1, 1)
    for q in seq:
        after = review(state, q, day)
        if q >= 3 and state.reps >= 2:
            assert after.interval >= state.interval
        state, day = after, after.due

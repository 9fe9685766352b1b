"""SM-2 engine against sequences computed by hand from Wozniak's published formulas.

EF' = EF + (0.1 - (5-q)(0.08 + (5-q)0.02)): q=5 +0.10, q=4 ±0, q=3 -0.14 (q<3: EF unchanged).
I(1)=1, I(2)=6, I(n)=ceil(I(n-1)·EF'), where EF' is the EF after this repetition's update.
"""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from vocab_app.srs.sm2 import (
    BUTTON_GRADES,
    RELEARN_BELOW,
    SM2State,
    next_ef,
    phase,
    preview,
    review,
)

D = date(2026, 1, 1)


NEW = SM2State()


def run(grades, start=NEW, day=D):
    """Answer each grade on the day the card falls due; return the states after each."""
    states, state = [], start
    for g in grades:
        state = review(state, g, day)
        states.append(state)
        day = state.due
    return states


def test_new_card_starts_at_ef_2_5_and_is_new():
    s = SM2State()
    assert (s.ef, s.interval, s.reps, s.lapses, s.due) == (2.5, 0, 0, 0, None)
    assert phase(s) == "new"


@pytest.mark.parametrize("grade, delta", [(5, 0.10), (4, 0.0), (3, -0.14), (2, -0.32),
                                          (1, -0.54), (0, -0.80)])
def test_ef_formula_for_every_grade(grade, delta):
    assert next_ef(2.5, grade) == pytest.approx(2.5 + delta)


def test_all_good_answers_follow_1_6_15_38_95_238():
    states = run([4] * 6)
    assert [s.interval for s in states] == [1, 6, 15, 38, 95, 238]  # 6·2.5, 15·2.5=37.5↑ ...
    assert all(s.ef == 2.5 for s in states)
    assert [s.reps for s in states] == [1, 2, 3, 4, 5, 6]
    day = D
    for s in states:
        day = day + timedelta(days=s.interval)
        assert s.due == day


def test_long_run_of_easy_answers_uses_the_updated_ef():
    states = run([5] * 5)
    assert [s.ef for s in states] == [2.6, 2.7, 2.8, 2.9, 3.0]
    # I(3)=ceil(6·2.8)=17, I(4)=ceil(17·2.9)=ceil(49.3)=50, I(5)=ceil(50·3.0)=150
    assert [s.interval for s in states] == [1, 6, 17, 50, 150]


def test_ef_before_update_would_give_a_different_fourth_interval():
    """The decision is observable: EF-before gives ceil(17·2.8)=48, we give ceil(17·2.9)=50."""
    fourth = run([5] * 4)[-1]
    assert fourth.interval == 50 != -(-17 * 28 // 10)


def test_hard_answers_drive_ef_down_to_the_1_3_floor_and_stay_there():
    states = run([3] * 10)
    assert [s.ef for s in states] == [2.36, 2.22, 2.08, 1.94, 1.8, 1.66, 1.52, 1.38, 1.3, 1.3]
    # 6·2.08=12.48→13, 13·1.94=25.22→26, 26·1.8=46.8→47, 47·1.66=78.02→79, 79·1.52=120.08→121,
    # 121·1.38=166.98→167, 167·1.3=217.1→218, 218·1.3=283.4→284
    assert [s.interval for s in states] == [1, 6, 13, 26, 47, 79, 121, 167, 218, 284]


@pytest.mark.parametrize("grade, ef, interval", [(3, 2.36, 24), (4, 2.5, 25), (5, 2.6, 26)])
def test_passing_grades_from_a_learned_card(grade, ef, interval):
    s = SM2State(ef=2.5, interval=10, reps=3, due=D)
    after = review(s, grade, D)
    assert (after.ef, after.interval, after.reps, after.lapses) == (ef, interval, 4, 0)
    assert after.due == D + timedelta(days=interval)


@pytest.mark.parametrize("grade", [0, 1, 2])
def test_failing_a_learned_card_restarts_repetitions_keeps_ef_and_counts_a_lapse(grade):
    s = SM2State(ef=2.2, interval=38, reps=4, lapses=2, due=D)
    after = review(s, grade, D)
    assert (after.ef, after.interval, after.reps, after.lapses) == (2.2, 1, 0, 3)
    assert after.due == D + timedelta(days=1)
    assert phase(after) == "learning"


def test_after_a_lapse_intervals_restart_from_i1_with_the_kept_ef():
    lapsed = review(SM2State(ef=2.2, interval=38, reps=4, due=D), 1, D)
    states = run([4, 4, 4], start=lapsed, day=lapsed.due)
    assert [s.interval for s in states] == [1, 6, 14]  # 6·2.2=13.2→14
    assert states[-1].lapses == 1


def test_failing_a_new_card_is_not_a_lapse():
    after = review(SM2State(), 0, D)
    assert (after.reps, after.lapses, after.interval, after.ef) == (0, 0, 1, 2.5)
    assert phase(after) == "learning"


def test_intervals_are_exact_where_floats_would_drift():
    # 2.5 + 0.1 + 0.1 + 0.1 is 2.8000000000000003 in floats; 15 × that would round up to 43.
    ef = next_ef(next_ef(next_ef(2.5, 5), 5), 5)
    assert ef == 2.8
    assert review(SM2State(ef=ef, interval=15, reps=3, due=D), 4, D).interval == 42


def test_a_late_review_counts_as_the_scheduled_repetition():
    s = SM2State(ef=2.5, interval=15, reps=3, due=D)
    late = D + timedelta(days=10)
    after = review(s, 4, late)
    assert after.interval == 38  # from the scheduled 15 days, not the 25 that passed
    assert after.due == late + timedelta(days=38)


def test_an_early_review_counts_as_the_scheduled_repetition():
    s = SM2State(ef=2.5, interval=15, reps=3, due=D)
    early = D - timedelta(days=5)
    after = review(s, 4, early)
    assert after.interval == 38
    assert after.due == early + timedelta(days=38)


def test_preview_equals_review_for_each_grade_and_changes_nothing():
    s = SM2State(ef=2.36, interval=13, reps=3, lapses=1, due=D)
    copy = SM2State(ef=2.36, interval=13, reps=3, lapses=1, due=D)
    shown = preview(s, D)
    assert shown == {q: review(s, q, D).due for q in range(6)}
    assert s == copy
    assert shown[0] == shown[1] == shown[2] == D + timedelta(days=1)


def test_four_buttons_map_to_again_1_hard_3_good_4_easy_5():
    assert BUTTON_GRADES == {"again": 1, "hard": 3, "good": 4, "easy": 5}
    s = SM2State(ef=2.5, interval=10, reps=3, due=D)
    shown = {name: preview(s, D)[q] for name, q in BUTTON_GRADES.items()}
    assert shown["again"] < shown["hard"] < shown["good"] < shown["easy"]
    assert BUTTON_GRADES["hard"] < RELEARN_BELOW <= BUTTON_GRADES["good"]


@pytest.mark.parametrize("bad", [-1, 6, 3.5, True, "4", None])
def test_grades_outside_0_to_5_are_refused(bad):
    with pytest.raises(ValueError, match="0 to 5"):
        review(SM2State(), bad, D)


def test_fuzz_is_off_by_default_and_deterministic_when_on():
    s = SM2State(ef=2.5, interval=38, reps=4, due=D)
    assert review(s, 4, D).interval == 95
    fuzzed = [review(s, 4, D, fuzz_key=f"card{i}") for i in range(40)]
    assert all(90 <= f.interval <= 100 for f in fuzzed)  # ±floor(5% of 95) = ±4
    assert len({f.interval for f in fuzzed}) > 3  # cards learned together spread out
    assert all(f.due == D + timedelta(days=f.interval) for f in fuzzed)
    assert review(s, 4, D, fuzz_key="card7") == review(s, 4, D, fuzz_key="card7")


def test_fuzz_leaves_intervals_under_3_days_alone():
    assert {review(SM2State(), 4, D, fuzz_key=k).interval for k in range(30)} == {1}
    six = {review(SM2State(reps=1, interval=1, due=D), 4, D, fuzz_key=k).interval
           for k in range(30)}
    assert six <= {5, 6, 7} and len(six) > 1


def test_preview_with_fuzz_matches_the_fuzzed_answer():
    s = SM2State(ef=2.5, interval=38, reps=4, due=D)
    assert preview(s, D, fuzz_key=12)[5] == review(s, 5, D, fuzz_key=12).due


def test_phase_is_learning_for_the_first_two_repetitions_then_review():
    states = run([4, 4, 4])
    assert [phase(s) for s in states] == ["learning", "review", "review"]

"""The SM-2 scheduling engine (Wozniak 1990): a pure function from (state, grade, day) to state.

No I/O and no clock: the caller passes `today`. The published rules (DESIGN.md) are followed to
the letter; this docstring records the choices SM-2 leaves open.

Rules
    Grades q = 0..5. EF starts at 2.5. With q >= 3 the repetition counts: n += 1 and the next
    interval is I(1) = 1 day, I(2) = 6 days, I(n) = ceil(I(n-1) * EF) for n > 2; then
    EF' = EF + (0.1 - (5 - q) * (0.08 + (5 - q) * 0.02)), never below 1.3.
    With q < 3 repetitions restart (n = 0, next interval I(1) = 1 day) and EF is left unchanged;
    a card that had been learned (n >= 1) counts one more lapse.

Decision 1 — I(n) uses the EF *after* this repetition's update.
    Wozniak's steps are: repeat with I(n) = I(n-1) * EF "where EF is the E-Factor of a given
    item" (step 3), assess the quality q (step 4) and "after each repetition modify the E-Factor"
    (step 5). The interval that follows repetition n is computed once q is known, so the item's EF
    at that moment is the updated one, and the grade just given shapes the wait that follows it
    (Mnemosyne's SM2 does the same). With EF-before, Hard, Good and Easy would all give the same
    next date, which would make the four buttons' previews meaningless. The `supermemo2` package
    uses EF-before; tests/unit/srs/test_sm2_oracle.py names the difference.

Decision 2 — a late or early review counts as the repetition that was scheduled.
    SM-2 as published has no notion of timing: I(n) depends on n and EF only. So a review done
    days after its due date (or before it) is repetition n like any other: the next interval is
    computed from the *scheduled* I(n-1), never from the days actually elapsed, and the next due
    date counts from the day of the review (`today + I(n)`), so it is never in the past. The queue
    only offers cards on or after their due day; early reviews happen only if a caller asks.
    (Mnemosyne instead multiplies the days actually elapsed, with guards for late and early
    reviews; that is a later refinement, not SM-2 as published, and would make our schedule
    differ from other SM-2 implementations for the same answers.)

Decision 3 — the four buttons (`BUTTON_GRADES`): Again = 1, Hard = 3, Good = 4, Easy = 5.
    Again is a failed recall where the answer is recognised once shown (q = 1); any q < 3
    schedules the same way because EF is left unchanged, so the value only reaches the log.
    Hard is a pass with serious difficulty (q = 3: EF - 0.14, and below 4 so the card comes back in
    the same session), Good leaves EF unchanged (q = 4), Easy raises it by 0.1 (q = 5).

Exact arithmetic
    Every EF change is a multiple of 0.02, so EF is kept at two decimals and I(n-1) * EF is
    computed in integer hundredths: 6 x 2.5 is exactly 15 days, never 16 through float drift.

Optional fuzz (off by default, so the default is pure SM-2)
    With `fuzz_key` set, an interval of 3 days or more moves by up to ±5% (at least ±1 day),
    chosen deterministically from sha256(fuzz_key, n): the same card always gets the same offset
    for the same repetition, while cards learned together spread over neighbouring days. The
    fuzzed interval is the one stored, so I(n+1) grows from the wait the card really had.
"""

from __future__ import annotations

import hashlib
import math
from dataclasses import dataclass, replace
from datetime import date, timedelta
from typing import Literal

GRADES: tuple[int, ...] = (0, 1, 2, 3, 4, 5)
PASS_GRADE = 3  # q >= 3: the repetition counts
RELEARN_BELOW = 4  # q < 4: shown again in the same session (Wozniak 1990, step 7)
INITIAL_EF = 2.5
MIN_EF = 1.3
FIRST_INTERVAL = 1  # I(1)
SECOND_INTERVAL = 6  # I(2)
FUZZ_MIN_INTERVAL = 3
FUZZ_SHARE = 0.05

BUTTON_GRADES: dict[str, int] = {"again": 1, "hard": 3, "good": 4, "easy": 5}

Phase = Literal["new", "learning", "review"]


@dataclass(frozen=True, slots=True)
class SM2State:
    """A card's scheduling state: easiness factor, interval (days), repetition n, lapses, due day.

    `due` is None while the card is new (never answered).
    """

    ef: float = INITIAL_EF
    interval: int = 0
    reps: int = 0
    lapses: int = 0
    due: date | None = None


def check_grade(grade: int) -> int:
    """Return `grade` if it is an SM-2 quality 0..5, else raise ValueError."""
    if isinstance(grade, bool) or not isinstance(grade, int) or grade not in GRADES:
        raise ValueError(f"an SM-2 grade is an integer from 0 to 5, not {grade!r}")
    return grade


def next_ef(ef: float, grade: int) -> float:
    """EF' = EF + (0.1 - (5-q)(0.08 + (5-q)0.02)), floored at 1.3, kept at two decimals."""
    d = 5 - grade
    cents = round(ef * 100) + (10 - d * (8 + d * 2))
    return max(round(MIN_EF * 100), cents) / 100


def review(state: SM2State, grade: int, today: date, *, fuzz_key: str | int | None = None
           ) -> SM2State:
    """The state after answering `grade` (0..5) on `today`; `state` itself is not changed.

    Follows the module's rules and decisions; the result's due date is always after `today`.
    """
    check_grade(grade)
    if grade < PASS_GRADE:
        lapses = state.lapses + (1 if state.reps > 0 else 0)
        return replace(state, interval=FIRST_INTERVAL, reps=0, lapses=lapses,
                       due=today + timedelta(days=FIRST_INTERVAL))
    ef = next_ef(state.ef, grade)
    reps = state.reps + 1
    if reps == 1:
        interval = FIRST_INTERVAL
    elif reps == 2:
        interval = SECOND_INTERVAL
    else:
        # ceil(I(n-1) * EF) in integer hundredths (EF has two decimals)
        interval = -(-max(state.interval, 1) * round(ef * 100) // 100)
    if fuzz_key is not None:
        interval = fuzzed(interval, fuzz_key, reps)
    return SM2State(ef=ef, interval=interval, reps=reps, lapses=state.lapses,
                    due=today + timedelta(days=interval))


def fuzzed(interval: int, key: str | int, reps: int) -> int:
    """`interval` moved by a deterministic offset of up to ±5% (at least ±1 day) if >= 3 days."""
    if interval < FUZZ_MIN_INTERVAL:
        return interval
    spread = max(1, math.floor(interval * FUZZ_SHARE))
    digest = hashlib.sha256(f"{key}:{reps}".encode()).digest()
    offset = int.from_bytes(digest[:8], "big") % (2 * spread + 1) - spread
    return interval + offset


def preview(state: SM2State, today: date, *, fuzz_key: str | int | None = None
            ) -> dict[int, date]:
    """Next due day for each grade 0..5 (the buttons' labels); changes nothing."""
    return {q: review(state, q, today, fuzz_key=fuzz_key).due for q in GRADES}  # type: ignore[misc]


def phase(state: SM2State) -> Phase:
    """`new` (never answered), `learning` (n < 2: just learned or lapsed), or `review`."""
    if state.due is None:
        return "new"
    return "learning" if state.reps < 2 else "review"

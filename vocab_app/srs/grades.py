"""The one table from what the learner presses to an SM-2 grade, and the captions of the answers.

Both the Review view (buttons and keys) and `vocab review` (typed keys) read this table, so the
same key means the same grade everywhere:

    four-button mode (the default)     six-grade mode
    1 or a  Again  grade 1             0 .. 5  the SM-2 grade itself
    2 or h  Hard   grade 3             (a/h/g/e still answer Again/Hard/Good/Easy)
    3 or g  Good   grade 4
    4 or e  Easy   grade 5

The four grades are `sm2.BUTTON_GRADES` (why these values: srs/sm2.py, decision 3).
`caption` says what an answer will do, from the scheduler's own dry run (services/review.py
`outcomes`): "again today" when the card comes back in this session, else the wait until its
next review ("1d", "6d", "2.1mo", "1.4y").
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from vocab_app.srs.sm2 import BUTTON_GRADES, GRADES

FOUR_NAMES: tuple[str, ...] = ("Again", "Hard", "Good", "Easy")
SIX_NAMES: tuple[str, ...] = ("Blackout", "Wrong", "Almost", "Hard", "Good", "Perfect")
AGAIN_TODAY = "again today"


@dataclass(frozen=True, slots=True)
class AnswerKey:
    """One answer: the digit that gives it, its name, and the SM-2 grade it sends."""

    key: str
    name: str
    grade: int


@dataclass(frozen=True, slots=True)
class Outcome:
    """What one grade would do to a card: its next due day, and whether it comes back in this
    session first."""

    due: date
    again_today: bool


def answer_keys(six_grade_mode: bool) -> tuple[AnswerKey, ...]:
    """The answers of a mode, in button order: keys 1–4 → grades 1/3/4/5, or keys 0–5 → 0..5."""
    if six_grade_mode:
        return tuple(AnswerKey(str(q), name, q) for q, name in zip(GRADES, SIX_NAMES,
                                                                    strict=True))
    return tuple(AnswerKey(str(i), name, BUTTON_GRADES[name.lower()])
                 for i, name in enumerate(FOUR_NAMES, start=1))


def grade_for(text: str, six_grade_mode: bool) -> int | None:
    """The grade a typed key stands for in this mode (a digit of the mode, or a/h/g/e for
    Again/Hard/Good/Easy), or None when it is not an answer."""
    text = text.strip().lower()
    for spec in answer_keys(six_grade_mode):
        if text == spec.key:
            return spec.grade
    letters = {name[0].lower(): BUTTON_GRADES[name.lower()] for name in FOUR_NAMES}
    return letters.get(text)


def keys_help(six_grade_mode: bool) -> str:
    """The keys of a mode as a one-line reminder, e.g. `1 Again, 2 Hard, 3 Good, 4 Easy`."""
    return ", ".join(f"{s.key} {s.name}" for s in answer_keys(six_grade_mode))


def format_interval(days: int) -> str:
    """Days until the next review: 'today', '1d', '6d', '2.1mo', '1.4y'."""
    if days <= 0:
        return "today"
    if days < 30:
        return f"{days}d"
    if days < 365:
        return f"{days / 30:.1f}".rstrip("0").rstrip(".") + "mo"
    return f"{days / 365:.1f}".rstrip("0").rstrip(".") + "y"


def caption(outcome: Outcome, today: date) -> str:
    """What pressing the answer will do: 'again today', or the wait until the next review."""
    if outcome.again_today:
        return AGAIN_TODAY
    return format_interval((outcome.due - today).days)


"""The one table from what the learner presses to an SM-2 grade, and the captions of the answers.

Both the Review view (buttons and keys) and `vocab review` (typed keys) read this table, so the
same key means the same grade everywhere:

    four-button mode (the default)     six-grade mode
    1 or a  Again  grade 1             0 .. 5  the SM-2 grade itself
    2 or h  Hard   grade 3             (a/h/g/e still answer Again/Hard/Good/Easy)
    3 or g  Good   grade 4
    4 or e  Easy   grade 5

The four grades are `sm2.BUTTON_GRADES` (why these values: srs/sm2.py, decision 3).
`wait` says what an answer will do, from the scheduler's own dry run (services/review.py
`outcomes`), as a structured value (`Wait`: the card comes back in this session, or the wait
until its next review in days, months or years) that each front end words in the user's
language: the GUI with tr() (gui/review_view.py), the CLI with gettext (cli/review.py). No
translation here (core imports no Qt): `caption` is the English wording ("again today", "1d",
"6d", "2.1mo", "1.4y"), for logs and tests.
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


@dataclass(frozen=True, slots=True)
class Wait:
    """What an answer does, for a caption: `unit` "again today" (back in this session),
    "today", "days", "months" or "years", and `amount` in that unit (whole days; months of
    30 days and years of 365 to one decimal, 2.0 for two; 0 for the first two)."""

    unit: str
    amount: float = 0


def interval(days: int) -> Wait:
    """Days until the next review as a Wait: today, 1–29 days, 1–12 months, then years."""
    if days <= 0:
        return Wait("today")
    if days < 30:
        return Wait("days", days)
    if days < 365:
        return Wait("months", round(days / 30, 1))
    return Wait("years", round(days / 365, 1))


def wait(outcome: Outcome, today: date) -> Wait:
    """What pressing the answer will do: back again today, or the wait until the next review."""
    if outcome.again_today:
        return Wait(AGAIN_TODAY)
    return interval((outcome.due - today).days)


_UNIT_SUFFIX = {"days": "d", "months": "mo", "years": "y"}


def english(w: Wait) -> str:
    """A Wait in English: 'again today', 'today', '1d', '6d', '2.1mo', '1.4y'."""
    if w.unit not in _UNIT_SUFFIX:
        return w.unit
    amount = f"{w.amount:.1f}".rstrip("0").rstrip(".")
    return amount + _UNIT_SUFFIX[w.unit]


def format_interval(days: int) -> str:
    """Days until the next review in English: 'today', '1d', '6d', '2.1mo', '1.4y'."""
    return english(interval(days))


def caption(outcome: Outcome, today: date) -> str:
    """`wait` in English: 'again today', or the wait until the next review."""
    return english(wait(outcome, today))


"""`vocab due`, `vocab stats` and `vocab review`: SM-2 reviews from a plain terminal.

`vocab review` shows a card's front; Enter shows the answer with its context sentence and what
each answer will do ("again today" when the card comes back in this session, else the interval
until its next review, from the scheduler's dry run); then an answer, with the same keys as the
Review view (srs/grades.py): 1-4 (or a/h/g/e) = Again/Hard/Good/Easy = SM-2 grades 1/3/4/5, or
0-5 = the SM-2 grade itself in six-grade mode. `u` undoes the last answer, `q` (or end of
input) quits. Every answer is saved as it is given, so quitting at any point loses nothing.
Works with piped stdin.
"""

from __future__ import annotations

import argparse
import sys
import time
from datetime import date, datetime, timezone
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from vocab_app.services.clock import Clock
    from vocab_app.services.review import ReviewService
    from vocab_app.services.review_records import CardView
    from vocab_app.srs.grades import Outcome

REVIEW_HELP = ("review today's cards in the terminal; answer 1-4 (or a/h/g/e) for "
               "Again/Hard/Good/Easy (SM-2 grades 1/3/4/5), or 0-5 for the SM-2 grade in "
               "six-grade mode; u undoes, q quits")


def register(sub: argparse._SubParsersAction) -> None:
    """Add the `due`, `stats` and `review` subcommands."""
    for name, func, text in (
        ("due", _due, "count the cards due today: new, learning, review"),
        ("stats", _stats, "cards by state, reviews per day, retention, forecast"),
        ("review", _review, REVIEW_HELP),
    ):
        p = sub.add_parser(name, help=text.split(";")[0], description=text)
        p.add_argument("--today", type=_day, metavar="YYYY-MM-DD",
                       help="review as if it were this day (default: the local date)")
        if name == "stats":
            p.add_argument("--days", type=_positive, default=14,
                           help="days of history (default 14)")
        p.set_defaults(func=func)


def _positive(text: str) -> int:
    if not text.isdigit() or int(text) < 1:
        raise argparse.ArgumentTypeError(f"{text!r} is not a whole number of days (1 or more)")
    return int(text)


def _day(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a date like 2026-03-10") from None


class _Opened:
    """The review service over the collection named by --db, and how to close it."""

    def __init__(self, args: argparse.Namespace, *, reading: bool = False) -> None:
        from vocab_app.cli.opening import open_library
        from vocab_app.services.clock import FixedClock, SystemClock

        clock: Clock = SystemClock()
        if args.today:
            clock = FixedClock(datetime.combine(args.today, datetime.now().time(), timezone.utc))
        lib = open_library(args, reading=reading, clock=clock)
        self.review, self.stats, self.close = lib.review, lib.stats, lib.close
        self.backup = lib.backup_if_due
        self.six_grade_mode = bool(lib.settings.six_grade_mode)
        self.today: date = clock.today() if args.today else lib.review.today()


def _due(args: argparse.Namespace) -> int:
    opened = _Opened(args, reading=True)
    try:
        counts = opened.review.due_counts(opened.today)
    finally:
        opened.close()
    print(f"new: {counts.new}\nlearning: {counts.learning}\nreview: {counts.review}")
    return 0


def _stats(args: argparse.Namespace) -> int:
    opened = _Opened(args, reading=True)
    try:
        stats = opened.stats.stats(opened.today, days=args.days)
    finally:
        opened.close()
    print("cards: " + ", ".join(f"{k} {v}" for k, v in stats.cards_by_state.items()))
    print(f"reviews per day (last {args.days} days):")
    for day, n in stats.reviews_per_day.items():
        print(f"  {day.isoformat()}  {n:5d}  {'#' * min(n, 60)}")
    retention = "n/a" if stats.retention is None else f"{stats.retention:.1%}"
    print(f"retention (review cards graded >= 3): {retention}")
    week = list(stats.forecast.items())[:7]
    print("due next 7 days: " + ", ".join(f"{d.isoformat()[5:]} {n}" for d, n in week))
    return 0


def _read(prompt: str) -> str | None:
    """One line of input (stripped, lower-case), or None at end of input."""
    sys.stdout.write(prompt)
    sys.stdout.flush()
    line = sys.stdin.readline()
    return None if line == "" else line.strip().lower()


def _show_answer(card: CardView, outcomes: dict[int, Outcome], today: date, six: bool) -> None:
    from vocab_app.srs.grades import answer_keys, caption

    print("  = " + "; ".join(card.back))
    ctx = card.context
    if ctx is not None:
        a, b = ctx.span
        print(f"  » {ctx.sentence[:a]}[{ctx.sentence[a:b]}]{ctx.sentence[b:]}")
        if ctx.translation:
            print(f"    {ctx.translation}")
        where = " · ".join(x for x in (ctx.speaker, ctx.source_title, ctx.link) if x)
        if where:
            print(f"    ({where})")
    print("  " + "  ".join(f"{s.key}) {s.name}: {caption(outcomes[s.grade], today)}"
                           for s in answer_keys(six)))


def _review(args: argparse.Namespace) -> int:
    opened = _Opened(args)
    try:
        status = _loop(opened.review, opened.today, six=opened.six_grade_mode)
        opened.backup()  # the day's rolling backup (store/backups.py)
        return status
    finally:
        opened.close()


def _loop(review: ReviewService, today: date, *, six: bool = False) -> int:
    from vocab_app.srs.grades import grade_for, keys_help

    keys = f"{keys_help(six)} (or a/h/g/e), u undo, q quit"
    session = review.start_session(today)
    counts = review.due_counts(today)
    print(f"Due today: {counts.new} new, {counts.learning} learning, {counts.review} review.")
    while (card := session.next_card()) is not None:
        total = session.done + session.remaining
        print(f"\n[{session.done + 1}/{total}] {card.front}")
        started = time.monotonic()
        line = _read("  (Enter shows the answer, u undo, q quit) ")
        if line is None or line == "q":
            break
        if line == "u":
            _undo(review, session)
            continue
        _show_answer(card, review.outcomes(card.card_id, today, session=session), today, six)
        while True:
            line = _read(f"  answer [{keys}]: ")
            if line is None or line == "q":
                return _bye(session)
            if line == "u":
                _undo(review, session)
                break
            grade = grade_for(line, six)
            if grade is None:
                print(f"  '{line}' is not an answer; type {keys}.")
                continue
            ms = int((time.monotonic() - started) * 1000)
            result = review.answer(session, card.card_id, grade, answer_ms=ms)
            if result.became_leech:
                print("  This card is now a leech (tagged 'leech').")
            if result.again_today:
                print("  It comes back later in this session.")
            else:
                due = result.after.due
                assert due is not None  # an answered card always has its next day
                print(f"  Next review: {due.isoformat()}.")
            break
    return _bye(session)


def _undo(review: Any, session: Any) -> None:
    card_id = review.undo(session)
    print("  Nothing to undo." if card_id is None else "  Undid the last answer.")


def _bye(session: Any) -> int:
    print(f"\nAnswered {session.done}; {session.remaining} card(s) left for today.")
    return 0

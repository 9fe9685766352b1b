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

from vocab_app.i18n_text import N_, _, format_date, format_number, format_percent, ngettext

if TYPE_CHECKING:
    from vocab_app.services.clock import Clock
    from vocab_app.services.review import ReviewService
    from vocab_app.services.review_records import CardView
    from vocab_app.srs.grades import Outcome

# srs/grades.py's answer names (FOUR_NAMES, SIX_NAMES), marked for the catalogue; the terminal
# shows each as _(name)
ANSWER_NAMES = (N_("Again"), N_("Hard"), N_("Good"), N_("Easy"),
                N_("Blackout"), N_("Wrong"), N_("Almost"), N_("Perfect"))


def register(sub: argparse._SubParsersAction) -> None:
    """Add the `due`, `stats` and `review` subcommands."""
    review_help = _("review today's cards in the terminal")
    for name, func, text, description in (
        ("due", _due, _("count the cards due today: new, learning, review"), None),
        ("stats", _stats, _("cards by state, reviews per day, retention, forecast"), None),
        ("review", _review, review_help,
         _("review today's cards in the terminal; answer 1-4 (or a/h/g/e) for "
           "Again/Hard/Good/Easy (SM-2 grades 1/3/4/5), or 0-5 for the SM-2 grade in "
           "six-grade mode; u undoes, q quits")),
    ):
        p = sub.add_parser(name, help=text, description=description or text)
        p.add_argument("--today", type=_day, metavar="YYYY-MM-DD",
                       help=_("review as if it were this day (default: the local date)"))
        if name == "stats":
            p.add_argument("--days", type=_positive, default=14,
                           help=_("days of history (default 14)"))
        p.set_defaults(func=func)


def _positive(text: str) -> int:
    if not text.isdigit() or int(text) < 1:
        raise argparse.ArgumentTypeError(
            _("{text!r} is not a whole number of days (1 or more)").format(text=text))
    return int(text)


def _day(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(
            _("{text!r} is not a date like 2026-03-10").format(text=text)) from None


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
    print(_("new: {new}\nlearning: {learning}\nreview: {review}").format(
        new=format_number(counts.new), learning=format_number(counts.learning),
        review=format_number(counts.review)))
    return 0


def _stats(args: argparse.Namespace) -> int:
    opened = _Opened(args, reading=True)
    try:
        stats = opened.stats.stats(opened.today, days=args.days)
    finally:
        opened.close()
    states = _(", ").join(f"{_state(k)} {format_number(v)}"
                          for k, v in stats.cards_by_state.items())
    print(_("cards: {states}").format(states=states))
    print(ngettext("reviews per day (last {n} day):", "reviews per day (last {n} days):",
                   args.days).format(n=args.days))
    for day, n in stats.reviews_per_day.items():
        print(f"  {day.isoformat()}  {format_number(n):>5}  {'#' * min(n, 60)}")
    retention = _("n/a") if stats.retention is None else format_percent(stats.retention)
    print(_("retention (review cards graded >= 3): {retention}").format(retention=retention))
    week = list(stats.forecast.items())[:7]
    print(_("due next 7 days: {days}").format(days=_(", ").join(
        f"{d.isoformat()[5:]} {format_number(n)}" for d, n in week)))
    return 0


def _read(prompt: str) -> str | None:
    """One line of input (stripped, lower-case), or None at end of input."""
    sys.stdout.write(prompt)
    sys.stdout.flush()
    line = sys.stdin.readline()
    return None if line == "" else line.strip().lower()


def _show_answer(card: CardView, outcomes: dict[int, Outcome], today: date, six: bool) -> None:
    from vocab_app.srs.grades import answer_keys

    print("  = " + _("; ").join(card.back))
    ctx = card.context
    if ctx is not None:
        a, b = ctx.span
        print(f"  » {ctx.sentence[:a]}[{ctx.sentence[a:b]}]{ctx.sentence[b:]}")
        if ctx.translation:
            print(f"    {ctx.translation}")
        where = " · ".join(x for x in (ctx.speaker, ctx.source_title, ctx.link) if x)
        if where:
            print(f"    ({where})")
    print("  " + "  ".join(f"{s.key}) {_(s.name)}: {_caption(outcomes[s.grade], today)}"
                           for s in answer_keys(six)))


def _state(state: str) -> str:
    """A card state as the store names it (new, learning, review, …), in the user's language."""
    names = {"new": _("new"), "learning": _("learning"), "review": _("review"),
             "suspended": _("suspended"), "leech": _("leech"), "known": _("known")}
    return names.get(state, state)


def _caption(outcome: Outcome, today: date) -> str:
    """srs.grades.caption in the user's language: "again today", or the wait until the next
    review ("6d", "2.1mo", "1.4y")."""
    from vocab_app.srs.grades import wait

    w = wait(outcome, today)
    if w.unit == "again today":
        return _("again today")
    if w.unit == "today":
        return _("today")
    if w.unit == "days":
        return _("{n}d").format(n=int(w.amount))
    if w.unit == "months":
        return _("{n}mo").format(n=_short(w.amount))
    return _("{n}y").format(n=_short(w.amount))


def _short(value: float) -> str:
    """One decimal, without a trailing .0: 2.1, 2."""
    return format_number(value, 1).rstrip("0").rstrip(_decimal_mark())


def _decimal_mark() -> str:
    return format_number(0.5, 1)[1]


def _review(args: argparse.Namespace) -> int:
    opened = _Opened(args)
    try:
        status = _loop(opened.review, opened.today, six=opened.six_grade_mode)
        opened.backup()  # the day's rolling backup (store/backups.py)
        return status
    finally:
        opened.close()


def _loop(review: ReviewService, today: date, *, six: bool = False) -> int:
    from vocab_app.srs.grades import answer_keys, grade_for

    names = _(", ").join(f"{s.key} {_(s.name)}" for s in answer_keys(six))
    keys = _("{keys} (or a/h/g/e), u undo, q quit").format(keys=names)
    session = review.start_session(today)
    counts = review.due_counts(today)
    print(_("Due today: {new} new, {learning} learning, {review} review.").format(
        new=format_number(counts.new), learning=format_number(counts.learning),
        review=format_number(counts.review)))
    while (card := session.next_card()) is not None:
        total = session.done + session.remaining
        print(f"\n[{session.done + 1}/{total}] {card.front}")
        started = time.monotonic()
        line = _read("  " + _("(Enter shows the answer, u undo, q quit)") + " ")
        if line is None or line == "q":
            break
        if line == "u":
            _undo(review, session)
            continue
        _show_answer(card, review.outcomes(card.card_id, today, session=session), today, six)
        while True:
            line = _read("  " + _("answer [{keys}]:").format(keys=keys) + " ")
            if line is None or line == "q":
                return _bye(session)
            if line == "u":
                _undo(review, session)
                break
            grade = grade_for(line, six)
            if grade is None:
                print("  " + _("'{line}' is not an answer; type {keys}.").format(
                    line=line, keys=keys))
                continue
            ms = int((time.monotonic() - started) * 1000)
            result = review.answer(session, card.card_id, grade, answer_ms=ms)
            if result.became_leech:
                print("  " + _("This card is now a leech (tagged 'leech')."))
            if result.again_today:
                print("  " + _("It comes back later in this session."))
            else:
                due = result.after.due
                assert due is not None  # an answered card always has its next day
                print("  " + _("Next review: {day}.").format(day=format_date(due)))
            break
    return _bye(session)


def _undo(review: Any, session: Any) -> None:
    card_id = review.undo(session)
    print("  " + (_("Nothing to undo.") if card_id is None else _("Undid the last answer.")))


def _bye(session: Any) -> int:
    print("\n" + ngettext("Answered {done}; {n} card left for today.",
                          "Answered {done}; {n} cards left for today.",
                          session.remaining).format(done=format_number(session.done),
                                                    n=format_number(session.remaining)))
    return 0

"""`lib.review`: today's queue, review sessions, answers, undo, stats and leeches over SQLite.

Every answer is one transaction: the card's new scheduling state and its `reviews` log row
commit together or not at all. The log row keeps the card's scheduling columns before and after
as JSON; `after` also carries `day` (the local day the answer counted for) and `relearn` (true for
a same-day repetition, which is logged but does not reschedule the card). Undo restores the card
row from `before` and deletes the log row, in one transaction.

The queue is read with SQL straight from the `cards_due` index (no sort, no full load): see
srs/queue.py for the ordering and sibling rules. What was answered today (for per-day limits,
siblings and cards still to relearn) is read from the log's last two days only.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import sqlite_utils

from vocab_app.errors import StoreError, VocabError
from vocab_app.mining.model import link_at
from vocab_app.services.review_records import (
    AnswerResult,
    CardView,
    Context,
    DueCounts,
    Stats,
)
from vocab_app.services.settings import Settings
from vocab_app.srs import queue as q
from vocab_app.srs import sm2
from vocab_app.srs.grades import Outcome
from vocab_app.srs.session import Session, comes_back_today
from vocab_app.store import stats as stats_store
from vocab_app.store.stats import timestamp as _timestamp

CARD_COLUMNS = ("state", "ef", "interval", "reps", "lapses", "due", "suspended",
                "buried_until", "leech")
LEECH_TAG = "leech"
_COLS = ", ".join(f'"{c}"' for c in CARD_COLUMNS)


class ReviewError(VocabError):
    """A review request that cannot be honoured (bad grade, card not in the session, ...)."""


@dataclass(eq=False)
class ReviewSession:
    """One sitting: the pure srs Session plus the log ids its answers wrote (for undo)."""

    service: ReviewService
    srs: Session
    review_ids: list[int] = field(default_factory=list)

    @property
    def today(self) -> date:
        """The day this session reviews for."""
        return self.srs.today

    @property
    def remaining(self) -> int:
        """Cards still to show (a card to relearn counts once)."""
        return self.srs.remaining

    @property
    def done(self) -> int:
        """Answers given in this session."""
        return self.srs.done

    def next_card(self) -> CardView | None:
        """The card to show now (the same one until it is answered), or None when done.

        Cards deleted since the session started are skipped.
        """
        while (card_id := self.srs.current()) is not None:
            view = self.service.card_view(card_id, missing_ok=True)
            if view is not None:
                return view
            self.srs.drop(card_id)
        return None


class ReviewService:
    """Scheduling over one collection; settings are read fresh through `settings_getter`."""

    def __init__(self, db: sqlite_utils.Database, clock: Any,
                 settings_getter: Callable[[], Settings]) -> None:
        self.db = db
        self.clock = clock
        self._settings = settings_getter

    # --- queue -----------------------------------------------------------------------------

    def due_counts(self, today: date | None = None) -> DueCounts:
        """How many new, learning and review cards a session started now would show."""
        queued, relearn = self._build_queue(today or self.clock.today())
        phases = [c.phase for c in queued]
        return DueCounts(new=phases.count("new"),
                         learning=phases.count("learning") + len(relearn),
                         review=phases.count("review"))

    def start_session(self, today: date | None = None) -> ReviewSession:
        """Today's session: due cards (overdue first), then new cards, then relearning."""
        day = today or self.clock.today()
        queued, relearn = self._build_queue(day)
        srs = Session.build(day, [c.card_id for c in queued], relearn)
        return ReviewSession(self, srs)

    def _today_log(self, day: date) -> list[tuple]:
        since = min(_timestamp(self.clock.now() - timedelta(days=2)),
                    (day - timedelta(days=2)).isoformat())
        rows = self.db.execute(
            "SELECT r.id, r.card_id, c.term_id, r.grade, json_extract(r.before, '$.state'),"
            " json_extract(r.after, '$.relearn'), c.suspended, c.buried_until"
            # CROSS JOIN keeps reviews outer: a range of the reviews_time index, not all cards
            " FROM reviews r CROSS JOIN cards c ON c.id = r.card_id"
            " WHERE r.reviewed_at >= ? AND json_extract(r.after, '$.day') = ?",
            [since, day.isoformat()]).fetchall()
        return [row[1:] for row in sorted(rows)]  # in answer order (ORDER BY would scan)

    def _build_queue(self, day: date) -> tuple[list[q.QueuedCard], list[int]]:
        settings = self._settings()
        taken_terms: set[int] = set()
        new_done = due_done = 0
        last_grade: dict[int, tuple[int, bool]] = {}
        for card_id, term_id, grade, before_state, relearn, suspended, buried in \
                self._today_log(day):
            taken_terms.add(term_id)
            if not relearn:
                if before_state == "new":
                    new_done += 1
                else:
                    due_done += 1
            hidden = bool(suspended) or (buried is not None and buried > day.isoformat())
            last_grade[card_id] = (grade, hidden)
        relearn_ids = [c for c, (g, hidden) in last_grade.items()
                       if g < sm2.RELEARN_BELOW and not hidden]
        due_streams = [self._due_stream(phase, day, settings) for phase in ("learning", "review")]
        queued = q.take(q.merge_due(*due_streams),
                        q.left_today(settings.reviews_per_day, due_done), taken_terms)
        queued += q.take(self._new_stream(day, settings),
                         q.left_today(settings.new_per_day, new_done), taken_terms)
        return queued, relearn_ids

    def _visible(self, settings: Settings) -> str:
        reverse = "" if settings.reverse_cards else " AND c.direction = 'forward'"
        return ("c.suspended = 0 AND (c.buried_until IS NULL OR c.buried_until <= :day)"
                + reverse)

    def _due_stream(self, phase: str, day: date, settings: Settings) -> Iterator[q.Row]:
        # Rows come in (due, id) order straight from the cards_due index.
        cur = self.db.execute(
            "SELECT c.due, c.id, c.term_id, c.state FROM cards c"
            " WHERE c.suspended = 0 AND c.state = :phase AND c.due <= :day AND "
            + self._visible(settings) + " ORDER BY c.due, c.id",
            {"phase": phase, "day": day.isoformat()})
        try:
            yield from cur
        finally:
            cur.close()

    def _new_stream(self, day: date, settings: Settings) -> Iterator[q.Row]:
        order = ("t.position, t.id" if settings.new_order == "source"
                 else "t.frequency DESC, t.position, t.id")
        page, offset = max(32, 2 * settings.new_per_day), 0
        while True:
            rows = self.db.execute(
                "SELECT NULL, c.id, c.term_id, c.state FROM cards c JOIN terms t"
                " ON t.id = c.term_id WHERE c.state = 'new' AND " + self._visible(settings)
                + f" ORDER BY {order}, c.direction LIMIT :limit OFFSET :offset",
                {"day": day.isoformat(), "limit": page, "offset": offset}).fetchall()
            yield from rows
            if len(rows) < page:
                return
            offset += page

    # --- one card --------------------------------------------------------------------------

    def card_view(self, card_id: int, *, missing_ok: bool = False) -> CardView | None:
        """The front, back and first-seen context of a card (None if gone and `missing_ok`)."""
        row = self.db.execute(
            "SELECT c.term_id, c.direction, c.state, t.term FROM cards c"
            " JOIN terms t ON t.id = c.term_id WHERE c.id = ?", [card_id]).fetchone()
        if row is None:
            if missing_ok:
                return None
            raise ReviewError(f"Card {card_id} does not exist (it may have been deleted).")
        term_id, direction, state, term = row
        glosses = tuple(g for (g,) in self.db.execute(
            "SELECT gloss FROM senses WHERE term_id = ? ORDER BY count DESC, id", [term_id]))
        if direction == "reverse":
            front, back = "; ".join(glosses), (term,)
        else:
            front, back = term, glosses
        ctx = self.db.execute(
            "SELECT o.sentence, o.span_start, o.span_end, COALESCE(o.translation, s.translation),"
            " s.speaker, s.start,"
            " src.url, src.title FROM occurrences o JOIN segments s ON s.id = o.segment_id"
            " JOIN sources src ON src.id = s.source_id WHERE o.term_id = ?"
            " ORDER BY o.id LIMIT 1", [term_id]).fetchone()
        context = None
        if ctx is not None:
            sentence, a, b, translation, speaker, start, url, title = ctx
            context = Context(sentence, (a, b), translation, speaker, link_at(url, start), title)
        return CardView(card_id, term_id, direction, front, back, context, state)

    def _card_row(self, card_id: int) -> dict[str, Any]:
        row = self.db.execute(f"SELECT {_COLS}, term_id FROM cards WHERE id = ?",
                              [card_id]).fetchone()
        if row is None:
            raise ReviewError(f"Card {card_id} does not exist (it may have been deleted).")
        return dict(zip(CARD_COLUMNS + ("term_id",), row, strict=True))

    def preview(self, card_id: int, today: date | None = None, *,
                session: ReviewSession | None = None) -> dict[int, date]:
        """Grade 0..5 → the due day that grade would give; nothing changes.

        For a card already scheduled today (a same-day repetition in `session`), every grade
        keeps the due day it already has.
        """
        return {g: o.due for g, o in self.outcomes(card_id, today, session=session).items()}

    def outcomes(self, card_id: int, today: date | None = None, *,
                 session: ReviewSession | None = None) -> dict[int, Outcome]:
        """Grade 0..5 → what answering it would do (next due day, back in this session or not),
        from the same code `answer` runs; nothing changes."""
        row = self._card_row(card_id)
        row.pop("term_id")
        settings = self._settings()
        schedules = session is None or card_id not in session.srs.first_done
        day = today or (session.today if session is not None else self.clock.today())
        out = {}
        for grade in sm2.GRADES:
            after_state, after_row, _ = _schedule(card_id, row, grade, day, schedules, settings)
            due = after_state.due or day
            out[grade] = Outcome(due, comes_back_today(grade) and not after_row["suspended"])
        return out

    # --- answering -------------------------------------------------------------------------

    def answer(self, session: ReviewSession, card_id: int, grade: int, *,
               answer_ms: int = 0) -> AnswerResult:
        """Grade a card of `session`: card state + review-log row in one transaction."""
        if isinstance(grade, bool) or grade not in sm2.GRADES:
            raise ReviewError(f"A grade is a whole number from 0 to 5, not {grade!r}.")
        try:
            step = session.srs.answer(card_id, grade)
        except ValueError:
            raise ReviewError(f"Card {card_id} is not waiting in this review session.") from None
        settings = self._settings()
        try:
            with self.db.atomic():
                result = self._apply(session, card_id, grade, answer_ms, step.schedules,
                                     settings)
        except BaseException as err:
            session.srs.undo()
            if isinstance(err, sqlite3.Error):
                raise self._store_error(err) from err
            raise
        session.review_ids.append(result.review_id)
        return result

    def _apply(self, session: ReviewSession, card_id: int, grade: int, answer_ms: int,
               schedules: bool, settings: Settings) -> AnswerResult:
        row = self._card_row(card_id)
        term_id = row.pop("term_id")
        before_state = _state(row)
        after_state, after_row, became_leech = _schedule(card_id, row, grade, session.today,
                                                         schedules, settings)
        log_before: dict[str, Any] = dict(row)
        log_after: dict[str, Any] = {}
        if schedules:
            if (after_state.lapses > before_state.lapses
                    and after_state.lapses >= settings.leech_threshold):
                tags = self.db.execute("SELECT tags FROM terms WHERE id = ?",
                                       [term_id]).fetchone()[0]
                if LEECH_TAG not in tags.split():
                    new_tags = " ".join(tags.split() + [LEECH_TAG])
                    self.db.execute("UPDATE terms SET tags = ? WHERE id = ?", [new_tags, term_id])
                    log_before["term_tags"], log_after["term_tags"] = tags, new_tags
            self.db.execute(
                "UPDATE cards SET " + ", ".join(f'"{c}" = ?' for c in CARD_COLUMNS)
                + " WHERE id = ?", [after_row[c] for c in CARD_COLUMNS] + [card_id])
        log_after.update(after_row, day=session.today.isoformat(), relearn=not schedules)
        cur = self.db.execute(
            "INSERT INTO reviews (card_id, reviewed_at, grade, answer_ms, before, after)"
            " VALUES (?, ?, ?, ?, ?, ?)",
            [card_id, _timestamp(self.clock.now()), grade, max(0, int(answer_ms)),
             json.dumps(log_before), json.dumps(log_after)])
        if after_row["suspended"]:
            session.srs.drop(card_id)
        return AnswerResult(card_id, grade, cur.lastrowid, schedules,
                            comes_back_today(grade) and not after_row["suspended"],
                            before_state, after_state, became_leech)

    def undo(self, session: ReviewSession) -> int | None:
        """Take back the session's last answer: card row and terms' tags restored, log row gone.

        Returns the card id to show again, or None if there is nothing to undo.
        """
        if not session.review_ids:
            return None
        review_id = session.review_ids[-1]
        row = self.db.execute("SELECT card_id, before FROM reviews WHERE id = ?",
                              [review_id]).fetchone()
        if row is None:
            raise ReviewError("The last answer is no longer in the log, so it cannot be undone.")
        card_id, before = row[0], json.loads(row[1])
        try:
            with self.db.atomic():
                self.db.execute(
                    "UPDATE cards SET " + ", ".join(f'"{c}" = ?' for c in CARD_COLUMNS)
                    + " WHERE id = ?", [before[c] for c in CARD_COLUMNS] + [card_id])
                if "term_tags" in before:
                    self.db.execute(
                        "UPDATE terms SET tags = ? WHERE id = (SELECT term_id FROM cards"
                        " WHERE id = ?)", [before["term_tags"], card_id])
                self.db.execute("DELETE FROM reviews WHERE id = ?", [review_id])
        except sqlite3.Error as err:
            raise self._store_error(err) from err
        session.review_ids.pop()
        session.srs.undo()
        return card_id

    def _store_error(self, err: sqlite3.Error) -> StoreError:
        """The store's one-sentence error (read-only, full disk, locked, ...) for this file."""
        from vocab_app.store.db import translate

        name = self.db.execute("PRAGMA database_list").fetchone()[2]
        return translate(err, Path(name or ":memory:"))

    def bury(self, card_ids: list[int], *, session: ReviewSession | None = None,
             today: date | None = None) -> None:
        """Hide cards until tomorrow (and take them out of `session`)."""
        until = ((today or self.clock.today()) + timedelta(days=1)).isoformat()
        with self.db.atomic():
            self.db.conn.executemany("UPDATE cards SET buried_until = ? WHERE id = ?",
                                [(until, c) for c in card_ids])
        if session is not None:
            for c in card_ids:
                session.srs.drop(c)

    # --- reporting -------------------------------------------------------------------------

    def leeches(self) -> list[int]:
        """Ids of terms with a leech card (lapsed `leech_threshold` times or more)."""
        return [t for (t,) in self.db.execute(
            "SELECT DISTINCT term_id FROM cards WHERE leech = 1 ORDER BY term_id")]

    def forecast(self, today: date | None = None, days: int = 30) -> dict[date, int]:
        """Cards falling due on each of the next `days` days (overdue ones count for today)."""
        return stats_store.forecast(self.db, today or self.clock.today(), days)

    def stats(self, today: date | None = None, *, days: int = 14) -> Stats:
        """Cards by state, answers per day (last `days`), 30-day forecast, retention."""
        if days < 1:
            raise ReviewError(f"Statistics need a window of at least one day, not {days}.")
        return stats_store.stats(self.db, today or self.clock.today(), days)


def _schedule(card_id: int, row: dict[str, Any], grade: int, day: date, schedules: bool,
              settings: Settings) -> tuple[sm2.SM2State, dict[str, Any], bool]:
    """What answering `grade` on `day` does to the card `row` (its CARD_COLUMNS): the SM-2 state
    and card columns after, and whether it just became a leech. A same-day repetition
    (`schedules` False) changes nothing. Pure: `answer` stores this, `outcomes` shows it."""
    before_state = _state(row)
    after_row = dict(row)
    if not schedules:
        return before_state, after_row, False
    key = card_id if settings.fuzz else None
    after_state = sm2.review(before_state, grade, day, fuzz_key=key)
    after_row.update(state=sm2.phase(after_state), ef=after_state.ef,
                     interval=after_state.interval, reps=after_state.reps,
                     lapses=after_state.lapses, due=after_state.due.isoformat())
    became_leech = False
    if after_state.lapses > before_state.lapses and after_state.lapses >= settings.leech_threshold:
        became_leech = not row["leech"]
        after_row["leech"] = 1
        if settings.leech_suspend:
            after_row["suspended"] = 1
    return after_state, after_row, became_leech


def _state(row: dict[str, Any]) -> sm2.SM2State:
    due = date.fromisoformat(row["due"]) if row["due"] else None
    return sm2.SM2State(ef=row["ef"], interval=row["interval"], reps=row["reps"],
                        lapses=row["lapses"], due=due)

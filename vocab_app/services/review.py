"""`lib.review`: today's queue, review sessions, answers, undo, stats and leeches over SQLite.

Every answer is one transaction: the card's new scheduling state and its `reviews` log row
commit together or not at all. The log row keeps the card's scheduling columns before and after
as JSON; `after` also carries `day` (the local day the answer counted for) and `relearn` (true for
a same-day repetition, which is logged but does not reschedule the card). Undo restores the card
row from `before` and deletes the log row, in one transaction.

The queue is read straight from the `cards_due` index (store/reviews.py; no sort, no full load):
see srs/queue.py for the ordering and sibling rules. What was answered today (for per-day limits,
siblings and cards still to relearn) is read from the log's last two days only.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import Any

from vocab_app.errors import VocabError
from vocab_app.i18n_text import _
from vocab_app.mining.model import link_at
from vocab_app.mining.pinyin import chinese_side
from vocab_app.services.changes import CARDS, reports
from vocab_app.services.clock import Clock
from vocab_app.services.review_records import (
    AnswerResult,
    CardView,
    Context,
    DueCounts,
)
from vocab_app.services.settings import Settings, study_day
from vocab_app.srs import queue as q
from vocab_app.srs import sm2
from vocab_app.srs.grades import Outcome
from vocab_app.srs.session import Session, comes_back_today
from vocab_app.store import reviews as store
from vocab_app.store.db import Database, collection_errors
from vocab_app.store.pinyin import readings
from vocab_app.store.reviews import CARD_COLUMNS, CardColumns, DayAnswer
from vocab_app.store.stats import timestamp as _timestamp
from vocab_app.store.terms import set_term_tags, term_tags

__all__ = ["CARD_COLUMNS", "ReviewError", "ReviewService", "ReviewSession"]

LEECH_TAG = "leech"


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

    def __init__(self, db: Database, clock: Clock,
                 settings_getter: Callable[[], Settings]) -> None:
        self.db = db
        self.clock = clock
        self._settings = settings_getter

    def today(self) -> date:
        """The review day it is now (the setting `day_start_hour` decides when it turns)."""
        return study_day(self.clock, self._settings())

    # --- queue -----------------------------------------------------------------------------

    def due_counts(self, today: date | None = None) -> DueCounts:
        """How many new, learning and review cards a session started now would show."""
        queued, relearn = self._build_queue(today or self.today())
        phases = [c.phase for c in queued]
        return DueCounts(new=phases.count("new"),
                         learning=phases.count("learning") + len(relearn),
                         review=phases.count("review"))

    def start_session(self, today: date | None = None) -> ReviewSession:
        """Today's session: due cards (overdue first), then new cards, then relearning."""
        day = today or self.today()
        queued, relearn = self._build_queue(day)
        srs = Session.build(day, [c.card_id for c in queued], relearn)
        return ReviewSession(self, srs)

    def _today_log(self, day: date) -> list[DayAnswer]:
        since = min(_timestamp(self.clock.now() - timedelta(days=2)),
                    (day - timedelta(days=2)).isoformat())
        return store.day_answers(self.db, since, day)

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
        due_streams = [store.due_cards(self.db, phase, day, reverse_cards=settings.reverse_cards)
                       for phase in ("learning", "review")]
        queued = q.take(q.merge_due(*due_streams),
                        q.left_today(settings.reviews_per_day, due_done), taken_terms)
        new_cards = store.new_cards(self.db, day, reverse_cards=settings.reverse_cards,
                                    by_frequency=settings.new_order != "source",
                                    page=max(32, 2 * settings.new_per_day))
        queued += q.take(new_cards,
                         q.left_today(settings.new_per_day, new_done), taken_terms)
        return queued, relearn_ids

    # --- one card --------------------------------------------------------------------------

    def card_view(self, card_id: int, *, missing_ok: bool = False) -> CardView | None:
        """The front, back and first-seen context of a card (None if gone and `missing_ok`)."""
        row = store.card_face(self.db, card_id)
        if row is None:
            if missing_ok:
                return None
            raise ReviewError(_("Card {card_id} does not exist (it may have been "
                                "deleted).").format(card_id=card_id))
        term_id, direction, state, term = row
        glosses = store.glosses_by_count(self.db, term_id)
        back: tuple[str, ...]
        if direction == "reverse":
            front, back = "; ".join(glosses), (term,)
        else:
            front, back = term, glosses
        ctx = store.first_context(self.db, term_id)
        context = None
        if ctx is not None:
            sentence, a, b, translation, speaker, start, url, title = ctx
            context = Context(sentence, (a, b), translation, speaker, link_at(url, start), title,
                              start)
        side = chinese_side(term, "; ".join(glosses))
        known = readings(self.db, side)
        return CardView(card_id, term_id, direction, front, back, context, state,
                        "; ".join(known[text] for text in side))

    def _card_row(self, card_id: int) -> tuple[CardColumns, int]:
        found = store.card_columns(self.db, card_id)
        if found is None:
            raise ReviewError(_("Card {card_id} does not exist (it may have been "
                                "deleted).").format(card_id=card_id))
        return found

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
        row, _ = self._card_row(card_id)
        settings = self._settings()
        schedules = session is None or card_id not in session.srs.first_done
        day = today or (session.today if session is not None else self.today())
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
            raise ReviewError(_("A grade is a whole number from 0 to 5, not {grade!r}.").format(
                                  grade=grade))
        try:
            step = session.srs.answer(card_id, grade)
        except ValueError:
            raise ReviewError(_("Card {card_id} is not waiting in this review session.").format(
                                  card_id=card_id)) from None
        settings = self._settings()
        try:
            # a SQLite failure becomes the store's one-sentence StoreError (read-only, ...)
            with collection_errors(self.db), self.db.atomic():
                result = self._apply(session, card_id, grade, answer_ms, step.schedules,
                                     settings)
        except BaseException:
            session.srs.undo()
            raise
        session.review_ids.append(result.review_id)
        return result

    def _apply(self, session: ReviewSession, card_id: int, grade: int, answer_ms: int,
               schedules: bool, settings: Settings) -> AnswerResult:
        row, term_id = self._card_row(card_id)
        before_state = _state(row)
        after_state, after_row, became_leech = _schedule(card_id, row, grade, session.today,
                                                         schedules, settings)
        log_before: dict[str, Any] = dict(row)
        log_after: dict[str, Any] = {}
        if schedules:
            if (after_state.lapses > before_state.lapses
                    and after_state.lapses >= settings.leech_threshold):
                tags = term_tags(self.db, term_id)
                if LEECH_TAG not in tags.split():
                    new_tags = " ".join(tags.split() + [LEECH_TAG])
                    set_term_tags(self.db, term_id, new_tags)
                    log_before["term_tags"], log_after["term_tags"] = tags, new_tags
            store.write_card_columns(self.db, card_id, after_row)
        log_after.update(after_row, day=session.today.isoformat(), relearn=not schedules)
        review_id = store.log_answer(self.db, card_id, reviewed_at=_timestamp(self.clock.now()),
                                     grade=grade, answer_ms=max(0, int(answer_ms)),
                                     before=log_before, after=log_after)
        if after_row["suspended"]:
            session.srs.drop(card_id)
        return AnswerResult(card_id, grade, review_id, schedules,
                            comes_back_today(grade) and not after_row["suspended"],
                            before_state, after_state, became_leech)

    def undo(self, session: ReviewSession) -> int | None:
        """Take back the session's last answer: card row and terms' tags restored, log row gone.

        Returns the card id to show again, or None if there is nothing to undo.
        """
        if not session.review_ids:
            return None
        review_id = session.review_ids[-1]
        logged = store.logged_answer(self.db, review_id)
        if logged is None:
            raise ReviewError(_("The last answer is no longer in the log, so it cannot "
                                "be undone."))
        card_id, before = logged
        with collection_errors(self.db), self.db.atomic():
            store.write_card_columns(self.db, card_id, before)
            if "term_tags" in before:
                store.set_tags_of_card_term(self.db, card_id, before["term_tags"])
            store.delete_answer(self.db, review_id)
        session.review_ids.pop()
        session.srs.undo()
        return card_id

    @reports(CARDS)
    def bury(self, card_ids: list[int], *, session: ReviewSession | None = None,
             today: date | None = None) -> None:
        """Hide cards until tomorrow (and take them out of `session`)."""
        until = ((today or self.today()) + timedelta(days=1)).isoformat()
        with self.db.atomic():
            store.bury(self.db, card_ids, until)
        if session is not None:
            for c in card_ids:
                session.srs.drop(c)

    # --- reporting -------------------------------------------------------------------------

    def leeches(self) -> list[int]:
        """Ids of terms with a leech card (lapsed `leech_threshold` times or more)."""
        return store.leech_term_ids(self.db)


def _schedule(card_id: int, row: CardColumns, grade: int, day: date, schedules: bool,
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
                     lapses=after_state.lapses,
                     due=after_state.due.isoformat() if after_state.due else None)
    became_leech = False
    if after_state.lapses > before_state.lapses and after_state.lapses >= settings.leech_threshold:
        became_leech = not row["leech"]
        after_row["leech"] = 1
        if settings.leech_suspend:
            after_row["suspended"] = 1
    return after_state, after_row, became_leech


def _state(row: CardColumns) -> sm2.SM2State:
    due = date.fromisoformat(row["due"]) if row["due"] else None
    return sm2.SM2State(ef=row["ef"], interval=row["interval"], reps=row["reps"],
                        lapses=row["lapses"], due=due)

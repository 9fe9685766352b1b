"""One day's review session, pure: card order, same-session relearning, undo bookkeeping.

Order: the queue the caller built (due cards, overdue first, then new cards) is shown first, in
that order. Every card graded below 4 goes to the relearning line, which is shown once the queue
is empty, again and again until each card there scores at least 4 (Wozniak 1990, SM-2 step 7:
"after each repetition session of a given day repeat again all items that scored below four").
Cards that were failed in an earlier session of the same day start in the relearning line.

Only the first grade of the day changes a card's long-term SM-2 state; `answer()` says whether
this grade is that first one (`schedules`), so the caller runs the engine and the log knows a
later same-day repetition for what it is. `undo()` puts the session back exactly as it was before
the last answer. No I/O, no clock: ids and `today` come from the caller.
"""

from __future__ import annotations

from collections import deque
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date

from vocab_app.srs.sm2 import RELEARN_BELOW, check_grade


def comes_back_today(grade: int) -> bool:
    """Whether a card answered with `grade` is shown again in this session (grade below 4)."""
    return grade < RELEARN_BELOW


@dataclass(frozen=True, slots=True)
class Step:
    """What one answer did to the session: enough to take it back."""

    card_id: int
    grade: int
    schedules: bool  # the first grade of the day: it changed the SM-2 state
    relearn: bool  # the card went to (or stayed in) the relearning line
    from_queue: bool  # the card came from the main queue (else the relearning line)
    position: int  # where it was in that line


@dataclass
class Session:
    """Today's cards for one sitting. Build with the ordered queue; then `current`/`answer`."""

    today: date
    queue: deque[int] = field(default_factory=deque)
    relearning: deque[int] = field(default_factory=deque)
    first_done: set[int] = field(default_factory=set)  # cards already scheduled today
    history: list[Step] = field(default_factory=list)

    @classmethod
    def build(cls, today: date, queue: Iterable[int], relearning: Iterable[int] = ()) -> Session:
        """A session showing `queue` in order, then `relearning` (cards failed earlier today)."""
        relearn = deque(dict.fromkeys(relearning))
        main = deque(c for c in dict.fromkeys(queue) if c not in relearn)
        return cls(today=today, queue=main, relearning=relearn, first_done=set(relearn))

    def current(self) -> int | None:
        """The card to show now, or None when the session is over."""
        if self.queue:
            return self.queue[0]
        if self.relearning:
            return self.relearning[0]
        return None

    @property
    def remaining(self) -> int:
        """Cards still to be shown (each relearning card counted once)."""
        return len(self.queue) + len(self.relearning)

    @property
    def done(self) -> int:
        """Answers given in this session (same-day repetitions included)."""
        return len(self.history)

    def answer(self, card_id: int, grade: int) -> Step:
        """Record `grade` for `card_id` (a card of this session) and move the lines on."""
        check_grade(grade)
        if card_id in self.queue:
            line, from_queue = self.queue, True
        elif card_id in self.relearning:
            line, from_queue = self.relearning, False
        else:
            raise ValueError(f"card {card_id} is not waiting in this session")
        position = line.index(card_id)
        del line[position]
        schedules = card_id not in self.first_done
        self.first_done.add(card_id)
        relearn = comes_back_today(grade)
        if relearn:
            self.relearning.append(card_id)
        step = Step(card_id, grade, schedules, relearn, from_queue, position)
        self.history.append(step)
        return step

    def drop(self, card_id: int) -> None:
        """Take a card out of the session (suspended or buried meanwhile); undo still works."""
        for line in (self.queue, self.relearning):
            if card_id in line:
                line.remove(card_id)

    def undo(self) -> Step | None:
        """Take back the last answer; its card becomes current again. None if nothing to undo."""
        if not self.history:
            return None
        step = self.history.pop()
        if step.card_id in self.relearning:  # a card is in at most one line, once
            self.relearning.remove(step.card_id)
        line = self.queue if step.from_queue else self.relearning
        line.insert(step.position, step.card_id)
        if step.schedules:
            self.first_done.discard(step.card_id)
        return step

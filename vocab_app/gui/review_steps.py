"""What the Review view's worker calls hand back (`Step`: the next card to show), and `Answer`,
the undoable answer on the window's undo history (gui/undo.py).

An answer and its undo are each one transaction of services/review.py (the card's state with its
log row), so killing the app between them loses nothing; Redo answers the same card again with
the same grade and answer time.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QUndoStack

from vocab_app.gui.ops import Ops
from vocab_app.gui.undo import OpCommand
from vocab_app.services.changes import Changes
from vocab_app.srs.grades import Outcome

if TYPE_CHECKING:
    from vocab_app.services.library import Library
    from vocab_app.services.review import ReviewSession
    from vocab_app.services.review_records import CardView

# an undone answer changes the card back, and maybe the leech tag of its term
UNDONE = Changes(cards=True, terms=True)


@dataclass
class Step:
    """What the worker hands back after starting, answering or undoing: the next card to show."""

    card: CardView | None
    preview: dict[int, Outcome] = field(default_factory=dict)
    today: date | None = None
    remaining: int = 0
    done: int = 0
    next_due: date | None = None  # only looked up when the session is over
    changes: Changes | None = None  # what the answer or undo changed (None: nothing)


def next_step(lib: Library, session: ReviewSession) -> Step:
    """On the worker: the card to show next, its previewed intervals and the counts."""
    card = session.next_card()
    today = lib.review.today()
    step = Step(card=card, today=today, remaining=session.remaining, done=session.done)
    if card is not None:
        step.preview = dict(lib.review.outcomes(card.card_id, session=session))
    else:
        forecast = lib.stats.stats(days=1).forecast
        later = sorted(d for d, n in forecast.items() if n and d > today)
        step.next_due = later[0] if later else None
    return step


def card_term(card: CardView) -> str:
    """The term a card asks about (the front of a forward card, the back of a reverse one)."""
    return card.back[0] if card.direction == "reverse" and card.back else card.front


# (card id, grade, answer ms): one answer of a session, as the summary counts it
Given = tuple[int, int, int]


class Answer(OpCommand):
    """Grade the card on screen; undo takes the answer back and shows the card again."""

    def __init__(self, ops: Ops, stack: QUndoStack, originator: object,
                 session: ReviewSession, card: CardView, grade: int, answer_ms: int,
                 answers: list[Given], *,
                 begin: Callable[[], None],
                 shown: Callable[[ReviewSession, list[Given], Step, str], None],
                 report: Callable[[BaseException], None]) -> None:
        super().__init__(ops, stack, QCoreApplication.translate(
            "ReviewSteps", "Answer “{term}”").format(term=card_term(card)), originator)
        self._session, self._card_id = session, card.card_id
        self._given: Given = (card.card_id, grade, answer_ms)
        self._answers = answers  # the summary's list of this session's answers
        self._begin, self._shown, self._report = begin, shown, report

    def redo(self) -> None:
        """Answer (again); the view takes no keys until the next card is shown."""
        self._begin()
        super().redo()

    def undo(self) -> None:
        """Take the answer back; the view takes no keys until the card is shown again."""
        self._begin()
        super().undo()

    def apply(self, lib: Library) -> Step:
        _card, grade, answer_ms = self._given
        result = lib.review.answer(self._session, self._card_id, grade, answer_ms=answer_ms)
        step = next_step(lib, self._session)
        step.changes = result.changes
        return step

    def revert(self, lib: Library) -> Step:
        card_id = lib.review.undo(self._session)
        step = next_step(lib, self._session)  # the session shows the undone card again
        step.changes = UNDONE if card_id is not None else None
        return step

    def applied(self, result: object) -> None:
        assert isinstance(result, Step)
        self._answers.append(self._given)
        self._shown(self._session, self._answers, result, "")

    def reverted(self, result: object) -> None:
        assert isinstance(result, Step)
        if self._answers:
            self._answers.pop()
        self._shown(self._session, self._answers, result,
                    QCoreApplication.translate("ReviewSteps", "Last answer undone."))

    def failed(self, exc: BaseException) -> None:
        self._report(exc)

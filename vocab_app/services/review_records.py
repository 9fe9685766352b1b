"""Records the review service hands to the GUI and the CLI: counts, card views, answers, stats.

Plain frozen data; the service in services/review.py builds them.
"""

from __future__ import annotations

from dataclasses import dataclass

from vocab_app.services.changes import Changes
from vocab_app.srs import sm2
from vocab_app.store.stats import Stats

__all__ = ["AnswerResult", "CardView", "Context", "DueCounts", "Stats"]


@dataclass(frozen=True, slots=True)
class DueCounts:
    """Cards a session started now would show: new, learning (incl. relearning), review."""

    new: int
    learning: int
    review: int

    @property
    def total(self) -> int:
        """All cards due today."""
        return self.new + self.learning + self.review


@dataclass(frozen=True, slots=True)
class Context:
    """Where the term was seen first: the sentence with the term's span, and its source."""

    sentence: str
    span: tuple[int, int]
    translation: str | None
    speaker: str | None
    link: str | None
    source_title: str | None
    start: float | None = None  # seconds into the source


@dataclass(frozen=True, slots=True)
class CardView:
    """What the review screen shows for one card."""

    card_id: int
    term_id: int
    direction: str
    front: str
    back: tuple[str, ...]  # senses (forward) or the term (reverse)
    context: Context | None
    state: str
    pinyin: str = ""  # of the Chinese side (term, else senses), shown with the answer


@dataclass(frozen=True, slots=True)
class AnswerResult:
    """What an answer did: the states around it and whether the card comes back today."""

    card_id: int
    grade: int
    review_id: int
    rescheduled: bool  # first grade of the day: the SM-2 state changed
    again_today: bool  # graded < 4: shown again later in this session
    before: sm2.SM2State
    after: sm2.SM2State
    became_leech: bool

    @property
    def changes(self) -> Changes:
        """The card's scheduling; a lapse may also tag its term as a leech."""
        return Changes(cards=True, terms=self.after.lapses > self.before.lapses)

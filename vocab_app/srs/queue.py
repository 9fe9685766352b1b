"""Choosing today's cards from ordered candidate streams: limits and sibling burying, pure.

The SQL that yields candidates lives in services/review.py; it streams rows already in order
(straight from an index, no sort), and the functions here read only as many as they need, so a
collection of 100,000 cards is never loaded into Python objects.

Rules
- Due cards come overdue first, then by due day, ties by card id (creation order).
- New cards come in the order their stream gives (source position or frequency).
- Siblings (the forward and reverse card of one term) are never both shown on one day: the first
  one met wins, and terms that already had a card answered today are skipped.
- Limits are per day: what was already answered today is subtracted by the caller.
"""

from __future__ import annotations

import heapq
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from typing import Any

# A candidate row: (due or sort key, card_id, term_id, phase)
Row = tuple[Any, int, int, str]


@dataclass(frozen=True, slots=True)
class QueuedCard:
    """One card chosen for today, with the phase it was in when chosen."""

    card_id: int
    term_id: int
    phase: str  # new | learning | review


def merge_due(*streams: Iterable[Row]) -> Iterator[Row]:
    """Merge streams each ordered by (due, card_id) into one such stream, lazily."""
    return heapq.merge(*streams, key=lambda row: (row[0], row[1]))


def take(rows: Iterable[Row], limit: int, taken_terms: set[int]) -> list[QueuedCard]:
    """The first `limit` rows whose term is not in `taken_terms`, one card per term.

    `taken_terms` is updated with the chosen cards' terms, so calling `take` for due cards and
    then for new cards keeps siblings apart across both.
    """
    chosen: list[QueuedCard] = []
    if limit <= 0:
        return chosen
    for _key, card_id, term_id, phase in rows:
        if term_id in taken_terms:
            continue
        taken_terms.add(term_id)
        chosen.append(QueuedCard(card_id, term_id, phase))
        if len(chosen) >= limit:
            break
    return chosen


def left_today(per_day: int, done_today: int) -> int:
    """How many more cards a per-day limit allows after `done_today`."""
    return max(0, per_day - done_today)

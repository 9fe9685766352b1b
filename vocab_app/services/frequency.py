"""How common terms are, for the Mine preview and the Library (mining/frequency.py).

A term's rank is its place among the 100,000 most frequent English or Chinese words (1: the
most common; None: rarer than all of them, or no word to rank). The setting "frequency filter
default" (`Settings.frequency_filter`) is a rank: the Mine preview starts by hiding and
unticking the terms ranked at or above it (more common), 0 turns that off.
"""

from __future__ import annotations

from collections.abc import Iterable

from vocab_app.mining import frequency

TABLE_SIZE = frequency.TABLE_SIZE


def term_ranks(terms: Iterable[str]) -> list[int | None]:
    """The rank of each of `terms` (the tables are read on the first call: call it off the
    GUI thread)."""
    return frequency.term_ranks(terms)


def is_common(rank: int | None, cut: int) -> bool:
    """True when a term of `rank` is among the `cut` most common words (`cut` 0: never)."""
    return cut > 0 and rank is not None and rank <= cut

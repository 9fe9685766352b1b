"""Pinyin for the views: the reading of a term's Chinese side (the term, else each Chinese
sense: mining/pinyin.chinese_side) as kept in the collection (store/pinyin.py), and the
learner's correction of a reading pypinyin got wrong (a polyphone: 行 in 一行字 is háng).

Readings are computed on the Ops worker (pypinyin takes half a second to load and about 0.1 ms
a text), once per text, and kept; every view, card and file then shows the same reading.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from vocab_app.mining.pinyin import chinese_side, pinyin
from vocab_app.services.changes import Changes
from vocab_app.store import pinyin as store
from vocab_app.store.db import storage_errors

if TYPE_CHECKING:
    from vocab_app.services.library import Library

#: What a corrected reading changes: the Library's rows and every card showing them.
PINYIN = Changes(terms=True)


@dataclass(frozen=True, slots=True)
class Reading:
    """The pinyin of one Chinese text: the one shown, and whether the learner corrected it."""

    text: str
    reading: str
    edited: bool


def entry_readings(lib: Library, entries: Iterable[tuple[str, str]]) -> list[str]:
    """The pinyin of each (term, gloss) entry's Chinese side, senses joined by "; " ('' for an
    entry without Chinese), the learner's corrections winning. Run it on the worker."""
    sides = [chinese_side(term, gloss) for term, gloss in entries]
    with storage_errors(lib.path):
        known = store.readings(lib.db, (text for side in sides for text in side))
    return ["; ".join(known[text] for text in side) for side in sides]


def readings_of(lib: Library, term: str, gloss: str) -> list[Reading]:
    """The readings of one entry's Chinese side, text by text (the detail pane's lines)."""
    side = chinese_side(term, gloss)
    with storage_errors(lib.path):
        known = store.readings(lib.db, side)
        edited = {text for text in side if store.edited_reading(lib.db, text) is not None}
    return [Reading(text, known[text], text in edited) for text in side]


def set_reading(lib: Library, text: str, reading: str | None) -> Changes:
    """Keep `reading` as the pinyin of `text` wherever it shows; '' or None (or pypinyin's own
    reading) goes back to pypinyin's. Returns what changed (the Library's rows)."""
    with storage_errors(lib.path):
        store.set_reading(lib.db, text, reading)
    return PINYIN


def edited_reading(lib: Library, text: str) -> str | None:
    """The learner's reading of `text`, or None when pypinyin's stands (for undo)."""
    with storage_errors(lib.path):
        return store.edited_reading(lib.db, text)


def computed_reading(text: str) -> str:
    """pypinyin's reading of `text` (what a correction replaces)."""
    return pinyin(text)

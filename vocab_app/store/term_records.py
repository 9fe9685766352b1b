"""Records of one term as the Library's detail pane and the sources list read them (store/browse.py
fills them): its senses, occurrences and cards, and the sources."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import NewType

TermId = NewType("TermId", int)
SenseId = NewType("SenseId", int)
SourceId = NewType("SourceId", int)


@dataclass(frozen=True, slots=True)
class SenseRow:
    """One gloss of a term."""

    id: SenseId
    gloss: str
    style: str
    count: int


@dataclass(frozen=True, slots=True)
class OccurrenceRow:
    """Where a term was seen, with the context its card shows."""

    id: int
    surface: str
    gloss: str
    sentence: str
    span: tuple[int, int]
    translation: str | None
    speaker: str | None
    start: float | None
    link: str | None
    source_title: str
    source_id: SourceId


@dataclass(frozen=True, slots=True)
class CardRow:
    """A card of a term and its scheduling state."""

    id: int
    direction: str
    state: str
    ef: float
    interval: int
    due: date | None
    lapses: int
    reps: int
    suspended: bool
    leech: bool


@dataclass(frozen=True, slots=True)
class TermDetail:
    """Everything the detail pane shows about one term."""

    id: TermId
    key: str
    term: str
    lang: str
    variants: tuple[str, ...]
    tags: tuple[str, ...]
    notes: str
    state: str
    senses: tuple[SenseRow, ...]
    occurrences: tuple[OccurrenceRow, ...]
    cards: tuple[CardRow, ...]
    pronunciation: str = ""  # IPA or respelling mining found, '' if none


@dataclass(frozen=True, slots=True)
class SourceRow:
    """A mined file and how many terms were found in it."""

    id: SourceId
    title: str
    path: str
    url: str | None
    kind: str
    term_count: int
    added: str = ""  # when it was last imported (new or changed): an ISO timestamp

"""`Changes`: which kinds of data a write changed, so each view refreshes only what it shows.

After Anki's `OpChanges`: every mutating call of the `Library` facade and its services returns a
`Changes` (or a result whose `changes` property is one). A view showing terms reloads when
`terms` is set and ignores an answer that only touched `cards`.

    @reports(LISTS)
    def rename(self, list_id: int, name: str) -> None: ...   # now returns LISTS
"""

from __future__ import annotations

import functools
from collections.abc import Callable
from dataclasses import dataclass, fields
from typing import ParamSpec

__all__ = ["ALL", "CARDS", "LISTS", "NONE", "SETTINGS", "Changes", "changes_of",
           "reports"]

P = ParamSpec("P")


@dataclass(frozen=True, slots=True)
class Changes:
    """Which kinds of stored data a write changed (True: views showing that kind reload)."""

    terms: bool = False  # term text, tags, notes: the Library's rows
    senses: bool = False  # glosses
    lists: bool = False  # teacher lists, their order, membership and list glosses
    cards: bool = False  # scheduling: answers, suspension, burying
    settings: bool = False  # the collection's settings (limits, reverse cards, …)
    sources: bool = False  # mined sources and their occurrences

    def merged(self, other: Changes) -> Changes:
        """Every kind changed by this or `other`."""
        return Changes(**{f.name: getattr(self, f.name) or getattr(other, f.name)
                          for f in fields(self)})

    def __or__(self, other: Changes) -> Changes:
        return self.merged(other)

    def any(self) -> bool:
        """True when something changed at all."""
        return any(getattr(self, f.name) for f in fields(self))

    def touches(self, other: Changes) -> bool:
        """True when this and `other` share a kind (e.g. a view's kinds and a write's)."""
        return any(getattr(self, f.name) and getattr(other, f.name) for f in fields(self))

    def kinds(self) -> tuple[str, ...]:
        """The names of the kinds that changed, in field order."""
        return tuple(f.name for f in fields(self) if getattr(self, f.name))


NONE = Changes()
ALL = Changes(terms=True, senses=True, lists=True, cards=True, settings=True, sources=True)
LISTS = Changes(lists=True)
CARDS = Changes(cards=True)
SETTINGS = Changes(settings=True, cards=True)  # limits and reverse cards change the queue


def changes_of(result: object) -> Changes | None:
    """The Changes a write's result carries: itself, its `changes`, or None for a read."""
    if isinstance(result, Changes):
        return result
    changes = getattr(result, "changes", None)
    return changes if isinstance(changes, Changes) else None


def reports(changes: Changes) -> Callable[[Callable[P, None]], Callable[P, Changes]]:
    """Decorate a write that returns nothing so that it returns `changes` (what it changes)."""
    def decorate(fn: Callable[P, None]) -> Callable[P, Changes]:
        @functools.wraps(fn)
        def write(*args: P.args, **kwargs: P.kwargs) -> Changes:
            fn(*args, **kwargs)
            return changes

        return write

    return decorate

"""Finding every collection term in a text in one pass (`TermIndex`), for the reading view
(services/reader.py keeps one per collection until terms change).

Matching is one left-to-right scan, not a regular expression per term: the collection's term
texts and variants are loaded once into plain dicts keyed by a surface's first word (Latin), its
first two words (Latin phrases), its first two characters (others) or its one character, each
holding its surfaces longest first (a key with one surface, nearly all, holds a 1-tuple). The
scan is one compiled regular expression that stops only at Latin words and at the non-ASCII
characters some surface starts with, so every other character (most Hanzi of a text, all
punctuation) costs no Python step; a word no surface starts with is one set look-up. There the
longest surface that fits wins, so a term inside a longer term is part of the longer one. A
Latin surface must stand as a word (no letter or digit either side), with a plural -s/-es
allowed, as the miner matches.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

__all__ = ["Match", "TermIndex"]

_WORD_RE = re.compile(r"[0-9a-z]+")


def _word_char(ch: str) -> bool:
    return ch.isascii() and ch.isalnum()


def _lowered(text: str) -> str:
    low = text.lower()
    if len(low) == len(text):
        return low
    # a character whose lower case is longer (İ) keeps its case: offsets must stay the same
    return "".join(c if len(c.lower()) != 1 else c.lower() for c in text)


@dataclass(frozen=True, slots=True)
class Match:
    """A term found in a text: [start, end) and the term's id."""

    start: int
    end: int
    term_id: int


# (surface lower-cased, term id, must end a word)
_Entry = tuple[str, int, bool]


class TermIndex:
    """Every surface of every term, for `find` (see the module docstring)."""

    def __init__(self, terms: Iterable[tuple[int, str, Iterable[str]]]) -> None:
        by_word: dict[str, Any] = {}  # Latin surfaces by their first word
        by_phrase: dict[str, Any] = {}  # ... of two words and more by the first two
        by_two: dict[str, Any] = {}  # others by their first two characters
        by_one: dict[str, _Entry] = {}  # one-character surfaces
        seen: set[str] = set()
        add = seen.add
        for term_id, term, variants in terms:
            for surface in (term, *variants) if variants else (term,):
                low = surface.lower()
                if len(low) != len(surface):
                    low = _lowered(surface)
                if "  " in low:
                    low = " ".join(low.split())
                if not low or low in seen:
                    continue
                add(low)
                if low.isalnum() and low.isascii():  # one Latin word: most terms
                    _put(by_word, low, (low, term_id, True))
                    continue
                entry = (low, term_id, _word_char(low[-1]))
                first = _WORD_RE.match(low)
                if first is not None:
                    w1 = first.group()
                    second = _WORD_RE.match(low, len(w1) + 1) if low[len(w1):len(w1) + 1] == " " \
                        else None
                    if second is not None:
                        _put(by_phrase, f"{w1} {second.group()}", entry)
                    else:
                        _put(by_word, w1, entry)
                elif len(low) == 1:
                    by_one[low] = entry
                else:
                    _put(by_two, low[:2], entry)
        # Longest first, frozen as tuples of str/int tuples: the garbage collector stops
        # tracking those, so a full collection while a text is marked (which holds every
        # thread, the GUI's too) does not walk 100,000 terms' entries. A key with one surface
        # (nearly all) holds it as a 1-tuple made in `_put`, with nothing to sort.
        for table in (by_word, by_phrase, by_two):
            for key, entries in table.items():
                if type(entries) is list:
                    table[key] = tuple(sorted(entries, key=lambda e: -len(e[0])))
        self._by_word: dict[str, tuple[_Entry, ...]] = by_word
        self._by_phrase: dict[str, tuple[_Entry, ...]] = by_phrase
        self._by_two: dict[str, tuple[_Entry, ...]] = by_two
        self._by_one = by_one
        # the first words a surface can start with: most words of a text start none
        self._phrase_firsts = frozenset(k.split(" ", 1)[0] for k in by_phrase)
        self._firsts = frozenset(by_word) | self._phrase_firsts
        # the non-ASCII characters a surface can start with: the scan's regular expression
        # stops only at those (and at Latin words), so other characters cost no Python step
        firsts = {k[0] for k in by_two} | set(by_one)
        chars = "".join(sorted(re.escape(c) for c in firsts if c >= "\x80"))
        self._scan = re.compile(f"[0-9a-z]+|[{chars}]" if chars else "[0-9a-z]+")
        self.size = len(seen)

    def find(self, text: str) -> list[Match]:
        """The terms in `text`, left to right, never overlapping (longest first)."""
        return [Match(*found) for found in self.spans(text)]

    def spans(self, text: str) -> list[tuple[int, int, int]]:
        """`find` as (start, end, term id) tuples (the fast form: one regex pass that stops at
        Latin words and at the characters a surface can start with, a dict look-up there)."""
        low = text.lower()
        if len(low) != len(text):
            low = _lowered(text)
        found: list[tuple[int, int, int]] = []
        append = found.append
        after = 0  # the end of the last match: starts before it are inside it
        firsts, phrase_firsts = self._firsts, self._phrase_firsts
        by_word_get, by_two_get, by_one_get = (self._by_word.get, self._by_two.get,
                                               self._by_one.get)
        for token in self._scan.finditer(low):
            i = token.start()
            if i < after:
                continue
            w1 = token.group()
            if w1[0] < "\x80":  # a Latin word
                entries = by_word_get(w1)
                if w1 in phrase_firsts:  # a phrase may start here: the whole search
                    hit = self._latin(low, i, w1)
                elif entries is None:  # a plural of a first word, or nothing
                    if w1[-1] != "s":
                        continue
                    w1 = _singular(w1, firsts)
                    if not w1:
                        continue
                    hit = self._latin(low, i, w1)
                elif entries[0][0] == w1:  # the longest surface is this whole word: it fits
                    hit = (i, token.end(), entries[0][1])
                else:
                    hit = _first_fit(low, i, entries)
            else:  # a character some surface starts with
                entries = by_two_get(low[i:i + 2])
                hit = _first_fit(low, i, entries) if entries is not None else None
                if hit is None:
                    one = by_one_get(w1)
                    if one is None:
                        continue
                    hit = (i, i + 1, one[1])
            if hit is not None:
                append(hit)
                after = hit[1]
        return found

    def _latin(self, low: str, i: int, w1: str) -> tuple[int, int, int] | None:
        """The longest surface starting with the word `w1` at `i`."""
        j = i + len(w1)
        if j < len(low) and low[j] == " ":
            second = _WORD_RE.match(low, j + 1)
            if second is not None:
                w2 = second.group()
                get = self._by_phrase.get
                hit = _first_fit(low, i, get(f"{w1} {w2}") or get(f"{w1} {w2[:-1]}")
                                 or get(f"{w1} {w2[:-2]}"))
                if hit is not None:
                    return hit
        return _first_fit(low, i, self._by_word.get(w1))


def _put(table: dict[str, Any], key: str, entry: _Entry) -> None:
    """Add `entry` under `key`: a 1-tuple for the first, a list (sorted later) for more."""
    have = table.get(key)
    if have is None:
        table[key] = (entry,)
    elif type(have) is list:
        have.append(entry)
    else:
        table[key] = [*have, entry]


def _first_fit(low: str, i: int, entries: tuple[_Entry, ...] | None
               ) -> tuple[int, int, int] | None:
    """The first (longest) of `entries` that `low` holds at `i`, ending a word where the
    surface ends in a Latin letter or digit (a plural -s/-es allowed)."""
    if not entries:
        return None
    n = len(low)
    for surface, term_id, right in entries:
        if low.startswith(surface, i):
            stop = i + len(surface)
            if right and stop < n and _word_char(low[stop]):
                stop = _plural_end(low, stop)
                if stop < 0:
                    continue
            return i, stop, term_id
    return None


def _singular(word: str, firsts: frozenset[str]) -> str:
    """The first word a surface starts with that `word` is the plural of ('' if none)."""
    if word.endswith("s"):
        for stem in (word[:-1], word[:-2] if word.endswith("es") else ""):
            if stem in firsts:
                return stem
    return ""


def _plural_end(low: str, stop: int) -> int:
    """Where a Latin word ends when the surface that ends at `stop` takes a plural -s/-es,
    or -1 when the word goes on otherwise."""
    for suffix in ("s", "es"):
        end = stop + len(suffix)
        if low.startswith(suffix, stop) and (end >= len(low) or not _word_char(low[end])):
            return end
    return -1

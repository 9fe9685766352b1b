"""Distinct made-up words for synthetic inputs (no two numbers below 6,400 give the same word)."""

from __future__ import annotations

_LETTERS = "bcdfghklmnprstvz"


def word(i: int) -> str:
    """A pronounceable Latin word for `i`: four consonant-vowel pairs."""
    out = ""
    for _ in range(4):
        out += _LETTERS[i % 16] + "aeiou"[(i // 16) % 5]
        i //= 80
    return out

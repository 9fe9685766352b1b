"""Small pieces of the sentences the app and the CLI say to the user."""

from __future__ import annotations


def plural(n: int, word: str) -> str:
    """`n` and `word`, with thousands separators and a plain English plural: "1 term",
    "2 terms", "12,000 terms"."""
    return f"{n:,} {word}" + ("" if n == 1 else "s")

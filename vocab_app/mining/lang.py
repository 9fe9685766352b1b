"""Script detection for gloss mining: which characters are Chinese, Latin, quotes or punctuation.

Everything here is a cheap character test or a precompiled regex; gloss extraction calls these
on every parenthetical, so none of them allocates more than the string it is given.
"""

from __future__ import annotations

import re

# CJK Unified Ideographs, extension A and compatibility ideographs: enough for Chinese text.
_CJK_RANGES = "\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"
CJK_RE = re.compile(f"[{_CJK_RANGES}]")
LATIN_RE = re.compile(r"[A-Za-z]")

#: Quotes and title marks that may wrap a glossed term: `"迷你世界"(mini-world)`.
OPEN_QUOTES = "\"'“‘「『《〈【〖"
CLOSE_QUOTES = "\"'”’」』》〉】〗"


def line_start(text: str, lo: int, pos: int) -> int:
    """Start of the line of `text` that holds `pos`, never left of `lo` (searched from `lo`
    only: on a text of one long line a search from 0 made every bracket's cost grow with its
    position, quadratic in all)."""
    return max(lo, text.rfind("\n", lo, pos) + 1)


def is_cjk(ch: str) -> bool:
    """True when the single character `ch` is a Chinese ideograph."""
    return ("\u4e00" <= ch <= "\u9fff") or ("\u3400" <= ch <= "\u4dbf") or (
        "\uf900" <= ch <= "\ufaff")


def cjk_run_start(text: str, end: int, lo: int = 0) -> int:
    """Start of the run of Chinese ideographs that ends at `end`, followed back no further than
    `lo`: `max(lo, start of the whole run)`, or `end` when `text[end - 1]` is no ideograph.

    A walk of at most `n` characters passes `max(lo, end - n)` as `lo`."""
    start = end
    while start > lo and is_cjk(text[start - 1]):
        start -= 1
    return start


def has_cjk(text: str) -> bool:
    """True when `text` holds at least one Chinese ideograph."""
    return CJK_RE.search(text) is not None


def has_latin(text: str) -> bool:
    """True when `text` holds at least one ASCII letter."""
    return LATIN_RE.search(text) is not None


def is_latin_letter(ch: str) -> bool:
    """True for an ASCII letter."""
    return ("a" <= ch <= "z") or ("A" <= ch <= "Z")


def gloss_language(text: str) -> str:
    """'zh' when `text` holds any Chinese ideograph, 'en' when it holds Latin letters, else ''."""
    if has_cjk(text):
        return "zh"
    if has_latin(text):
        return "en"
    return ""


def word_set(words: str) -> frozenset[str]:
    """A frozen set of the whitespace-separated words of `words` (readable word lists)."""
    return frozenset(words.split())


def strip_span(text: str, a: int, b: int) -> tuple[int, int]:
    """(a, b) without the white space at either end of text[a:b]."""
    while a < b and text[a].isspace():
        a += 1
    while b > a and text[b - 1].isspace():
        b -= 1
    return a, b

"""Author emphasis as the term boundary (gold RULES.md M1).

A span the author emphasised (`Segment.marks`: Markdown `**…**`, `*…*`, `__…__`, HTML `<b>`,
markup already removed from the text) that ends right before a bracket, spaces allowed, is the
glossed term, whatever its part of speech or language: `we **lay the groundwork** (打下基础)`.
So is a marked span that begins before the bracket and ends inside it or right after it
(`**奖励（reward**）`, `**Token Budget（令牌预算）**`). A marked span too long to be a term (a
whole emphasised sentence) or holding sentence punctuation leaves the usual boundary rules on.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Sequence

from vocab_app.mining.lang import CJK_RE, CLOSE_QUOTES, OPEN_QUOTES, has_cjk

MAX_WORDS = 8  # English words in a marked term
MAX_CJK = 16  # Chinese characters in a marked term
_SENTENCE_PUNCT = frozenset("。！？!?；;，,：:")
_EDGE = " \t\u3000"
#: A list number inside the mark (`**1. 问题分解 (Thought Decomposition)**`): no part of the
#: term (M2) unless the gloss says the number too.
_LIST_NUMBER_RE = re.compile(r"(\d{1,2})(?:[.)]\s+|、\s*)")


class MarkIndex:
    """The marks of one text, sorted, for finding the one that ends at a bracket."""

    __slots__ = ("_marks", "_starts", "_text")

    def __init__(self, text: str, marks: Sequence[tuple[int, int]]) -> None:
        self._text = text
        self._marks = sorted((a, b) for a, b in marks if 0 <= a < b <= len(text))
        self._starts = [a for a, _ in self._marks]

    def term_span(self, head_end: int, open_pos: int, close_end: int,
                  lo: int) -> tuple[int, int] | None:
        """Span of the marked term that ends at `head_end` (the head's last character + 1,
        spaces before the bracket at `open_pos` skipped), or None when no mark makes one.
        Quotes around the whole marked term are left out of it.

        The mark must begin at or after `lo` (no term crosses an earlier bracket) and end
        between `head_end` and `close_end` (just after the closing bracket)."""
        i = bisect_left(self._starts, head_end)
        # The innermost candidate starts last; marks rarely nest more than two deep.
        for a, b in reversed(self._marks[max(0, i - 3):i]):
            if a < lo:  # `**和 (Sum)/直和 (Direct sum)**`: the second term starts after `/`
                slash = _slash_at(self._text, lo, head_end)
                if slash < 0 and not _bracket_inside(self._text, a, lo):
                    continue
                # (else `**Euclidean (L2) distance（…）**`: the mark holds an inner bracket
                # whole; the author marked the term with it)
                a = slash if slash >= 0 else a
            if not head_end <= b <= close_end and not (
                    b > close_end and _slash_at(self._text, close_end, b) >= 0):
                continue  # (`**和 (Sum)/直和 …**` marks the first term too)
            if b < open_pos and self._text[b:open_pos].strip(_EDGE):
                continue
            start, end = _unquote(self._text, a, head_end)
            number = _LIST_NUMBER_RE.match(self._text, start, end)
            if number and number.group(1) not in self._text[open_pos:close_end]:
                start = number.end()
            if start < end and _term_sized(self._text[start:end]):
                return start, end
        return None


def _bracket_inside(text: str, a: int, lo: int) -> bool:
    """True when the bracket that closes right before `lo` opened after `a` (a mark from `a`
    holds it whole) and it is the only one: `Euclidean (L2) distance`."""
    inner = text[a:lo]
    opens = inner.count("(") + inner.count("（")
    closes = inner.count(")") + inner.count("）")
    if opens != closes or opens != 1 or inner.lstrip(_EDGE)[:1] in ("(", "（"):
        return False
    # an English note inside an English term (`Euclidean (L2) distance`), not a gloss of a
    # Chinese term before (`**模型（model）和数据（data）**`: two terms)
    k = max(inner.find("("), inner.find("（"))
    return not has_cjk(inner) and inner[:k].rstrip()[-1:].isascii()


def _unquote(text: str, a: int, b: int) -> tuple[int, int]:
    while a < b and text[a] in _EDGE:
        a += 1
    if b - a >= 2 and text[a] in OPEN_QUOTES and text[b - 1] in CLOSE_QUOTES:
        a, b = a + 1, b - 1
    return a, b


def _slash_at(text: str, i: int, j: int) -> int:
    """Index after a `/` that `text[i:j]` opens with (spaces allowed around it), or -1: a
    slash joins several glossed terms in one emphasised span."""
    while i < j and text[i] in _EDGE:
        i += 1
    if i >= j or text[i] != "/":
        return -1
    i += 1
    while i < j and text[i] in _EDGE:
        i += 1
    return i


def _term_sized(span: str) -> bool:
    """True when `span` could be one term: no sentence punctuation inside, at most `MAX_WORDS`
    English words and `MAX_CJK` Chinese characters."""
    if any(ch in _SENTENCE_PUNCT for ch in span.rstrip("：:")):
        return False
    cjk = len(CJK_RE.findall(span))
    words = len(CJK_RE.sub(" ", span).split())
    return cjk <= MAX_CJK and words <= MAX_WORDS

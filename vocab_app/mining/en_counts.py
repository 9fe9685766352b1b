"""Number words opening an English noun phrase before a Chinese gloss: `led by two angel
investors (天使投资人)`. A cardinal counts the things the phrase names; the gloss renders the
things, not how many (B2: words outside the gloss's meaning are no part of the term), unless
it has a numeral of its own (`two pointers (双指针)`, `two-stage (两阶段)`).
"""

from __future__ import annotations

import re

from vocab_app.mining.en_words import WORD_RE
from vocab_app.mining.lang import word_set

#: Cardinal number words, which count the things a noun phrase names and are no part of its
#: term unless the gloss counts them too (B2).
_COUNT_WORDS = word_set("two three four five six seven eight nine ten eleven twelve twenty "
                        "thirty forty fifty hundred hundreds thousand thousands dozen dozens")
#: A token of digits: a number, a size or dimension (`224x224`, `3x3`, `2D`), a year, or a
#: number with its unit joined (`1,000-layer`).
_MEASURE_RE = re.compile(r"[\d,.]*\d(?:[x×]\d+)*(?:[A-Za-z]{1,2}\b|-[a-z]+)?")


def _token_end(text: str, start: int, end: int) -> int:
    """End of the space-free token at `start`."""
    stop = text.find(" ", start, end)
    return end if stop < 0 else stop


#: What renders a number in a Chinese gloss (`双指针`, `两阶段`, `三体`).
_ZH_NUMERALS = frozenset("二两三四五六七八九十百千万亿双俩")


def after_count_word(text: str, start: int, end: int, gloss: str) -> int:
    """Start of the noun phrase `text[start:end]` without a lower-case number word opening it
    (`led by two angel investors (天使投资人)` → angel investors), when the Chinese gloss has
    no numeral of its own (`two-stage (两阶段)`, `two pointers (双指针)` keep it); else `start`.
    A capitalised number word counts only where a sentence opens (not in a name or title)."""
    m = WORD_RE.match(text, start, end)
    if m is None or any(ch in _ZH_NUMERALS or ch.isdigit() for ch in gloss):
        return start
    word = m.group()
    if _MEASURE_RE.fullmatch(text, start, _token_end(text, start, end)):
        # `a 224x224 image (图像)`, `2D convolution (卷积)`, `the 2015 ResNet (残差网络)`: a
        # size, a dimension or a year the gloss does not render
        nxt = WORD_RE.search(text, _token_end(text, start, end), end)
        return nxt.start() if nxt is not None else start
    if word not in _COUNT_WORDS and not (
            word[1:].islower() and word.lower() in _COUNT_WORDS and _opens_sentence(text, start)):
        return start  # (capitalised, only where a sentence opens: `Ten volunteers (志愿者)`)
    nxt = WORD_RE.search(text, m.end(), end)
    return nxt.start() if nxt is not None and text[m.end():nxt.start()] == " " else start


def _opens_sentence(text: str, pos: int) -> bool:
    """True when only spaces, or sentence punctuation, stand before `pos` on its line."""
    i = pos
    while i > 0 and text[i - 1] in " \t":
        i -= 1
    return i == 0 or text[i - 1] in ".!?:;\n\"“"


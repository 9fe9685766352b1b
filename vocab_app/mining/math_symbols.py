"""Terms named after a math symbol: `$k$-均值（$k$-means）`, `$n$元语法（$n$-gram）`.

Markdown keeps TeX math as code (readers/markup.py), and a gloss whose term or bracket touches
code is dropped (pipeline.py). A name made of one symbol in math and a word is no code, though:
the symbol is part of the name on both sides, `$K$折交叉验证（$K$-fold cross-validation）`. When
the gloss opens with a one-symbol formula followed by a word, the term takes the same formula
in front of it (the boundary rules stop at it), and both are written without the dollars.
"""

from __future__ import annotations

import re

#: One symbol in inline math: a letter or digit, maybe with a one-character sub/superscript.
_SYMBOL = r"\$([A-Za-z0-9](?:[_^][A-Za-z0-9])?)\$"
SYMBOL_MATH_RE = re.compile(_SYMBOL)
#: A gloss naming something after a symbol, joined to it by a hyphen: `$k$-means`, `$n$-gram`,
#: `$2$ -edge-connected` (not `$a$ plus $b$`, a formula read out).
_NAMED_RE = re.compile(r"\s*" + _SYMBOL + r"\s*-\s*[A-Za-z]{2,}")
_JOINERS = " \t-"
_MAX_JOIN = 3  # spaces and a hyphen between the symbol and the Chinese part of the term


def symbol_named(gloss: str) -> str | None:
    """The formula (`$k$`) a gloss opens with when it names something after it, or None."""
    m = _NAMED_RE.match(gloss)
    return None if m is None else "$" + m.group(1) + "$"


def after_symbol(gloss: str) -> str:
    """The words of a gloss named after a symbol, without the symbol (`$k$-means` → `means`):
    what the Chinese part of the term translates. Other glosses are returned as they are."""
    m = _NAMED_RE.match(gloss)
    return gloss if m is None else gloss[m.end(1) + 1:].lstrip(_JOINERS)


def symbol_start(text: str, start: int, gloss: str, lo: int) -> int:
    """Where the Chinese term at `start` begins once the formula the gloss opens with, right
    before it (spaces and a hyphen allowed between), is taken in; `start` when it is not."""
    formula = symbol_named(gloss)
    if formula is None:
        return start
    j = start
    while j > lo and start - j < _MAX_JOIN and text[j - 1] in _JOINERS:
        j -= 1
    p0 = j - len(formula)
    return p0 if p0 >= lo and text[p0:j] == formula else start


def is_symbol_math(span: str) -> bool:
    """True when `span` (a code span's text) is one symbol in inline math."""
    return SYMBOL_MATH_RE.fullmatch(span) is not None


def without_dollars(text: str) -> str:
    """`text` with each one-symbol formula written as its symbol (`$k$-means` → `k-means`)."""
    return SYMBOL_MATH_RE.sub(r"\1", text) if "$" in text else text

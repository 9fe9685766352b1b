"""Terms named after a math symbol: `$k$-均值（$k$-means）`, `$n$元语法（$n$-gram）`.

Markdown keeps TeX math as code (readers/markup.py), and a gloss whose term or bracket touches
code is dropped (pipeline.py). A name made of one symbol in math and a word is no code, though:
the symbol is part of the name on both sides, `$K$折交叉验证（$K$-fold cross-validation）`. When
the gloss opens with a one-symbol formula followed by a word, the term takes the same formula
in front of it (the boundary rules stop at it), and both are written without the dollars.
"""

from __future__ import annotations

import re
from typing import NamedTuple

from vocab_app.mining.lang import cjk_run_start

#: One symbol in inline math: a letter or digit, maybe with a one-character sub/superscript.
_SYMBOL = r"\$([A-Za-z0-9](?:[_^][A-Za-z0-9])?)\$"
SYMBOL_MATH_RE = re.compile(_SYMBOL)
#: A gloss naming something after a symbol, joined to it by a hyphen: `$k$-means`, `$n$-gram`,
#: `$2$ -edge-connected` (not `$a$ plus $b$`, a formula read out); or after a plain letter or
#: short token, `p-value`, `t-test`, `B+ tree`, `3D printing`.
_NAMED_RE = re.compile(
    r"\s*(?:" + _SYMBOL + r"\s*-\s*|([A-Za-z0-9][A-Za-z0-9+]{0,2})[- ])(?=[A-Za-z]{2,})")
_JOINERS = " \t-"
_MAX_JOIN = 3  # spaces and a hyphen between the symbol and the Chinese part of the term


class NamedSymbol(NamedTuple):
    """The formula (`$k$`) or letter (`p`) a gloss opens with, and where the words named
    after it start in the gloss (`$k$-means` → `$k$`, 4)."""

    symbol: str
    words_start: int


def symbol_named(gloss: str) -> NamedSymbol | None:
    """The formula or letter a gloss opens with when it names something after it, or None.
    (Matched once per bracket: `after_symbol` and `symbol_start` take the result.)"""
    m = _NAMED_RE.match(gloss)
    if m is None:
        return None
    return NamedSymbol("$" + m.group(1) + "$" if m.group(1) else m.group(2), m.end())


def after_symbol(text: str, head_end: int, gloss: str, named: NamedSymbol | None,
                 lo: int) -> str:
    """The words of a gloss named after a symbol (`named`, `symbol_named(gloss)`), without the
    symbol (`$k$-means` → `means`), when the same symbol stands right before the Chinese run
    that ends at `head_end`: what the Chinese part of the term translates. Otherwise the gloss
    as it is (`电子邮件（e-mail）`)."""
    if named is None:
        return gloss
    j = cjk_run_start(text, head_end, lo)
    return gloss[named.words_start:] if symbol_start(text, j, named, lo) < j else gloss


def symbol_start(text: str, start: int, named: NamedSymbol | None, lo: int) -> int:
    """Where the Chinese term at `start` begins once the formula or letter the gloss opens
    with (`named`, `symbol_named(gloss)`), right before it (spaces and a hyphen allowed between
    a formula and it; a letter glued to it and not part of a word, `p值`), is taken in; `start`
    when it is not."""
    if named is None:
        return start
    symbol = named.symbol
    if symbol[0] != "$":
        p0 = start - len(symbol)
        return p0 if (p0 >= lo and text[p0:start].lower() == symbol.lower() and (
            p0 == lo or not (text[p0 - 1].isascii() and text[p0 - 1].isalnum()))) else start
    j = start
    while j > lo and start - j < _MAX_JOIN and text[j - 1] in _JOINERS:
        j -= 1
    p0 = j - len(symbol)
    return p0 if p0 >= lo and text[p0:j] == symbol else start


def is_symbol_math(span: str) -> bool:
    """True when `span` (a code span's text) is one symbol in inline math."""
    return SYMBOL_MATH_RE.fullmatch(span) is not None


def without_dollars(text: str) -> str:
    """`text` with each one-symbol formula written as its symbol (`$k$-means` → `k-means`)."""
    return SYMBOL_MATH_RE.sub(r"\1", text) if "$" in text else text

"""English names joined by a Chinese 或 (or) in one gloss of a Chinese term.

A Chinese textbook may give two English names for one term in one bracket, joined by 或 / 或者:
`反向传播（backward propagation或backpropagation）`. The bracket then holds Chinese, so it
would be read as a Chinese note (G6); but each side is an English name of the head, an
equivalent of its own (E1), so each gives a pair with the same term.
"""

from __future__ import annotations

import re

from vocab_app.mining.lang import has_cjk

_OR_RE = re.compile(r"\s*(?:或者|或)\s*")
_MAX_WORDS = 6  # English words in each alternative
#: A list of names (`PyTorch、TensorFlow或plain NumPy`) gives examples, not equivalents (G2).
_LIST_RE = re.compile(r"[、,，;；/]")


def english_alternatives(text: str, g0: int, g1: int) -> list[tuple[int, int]] | None:
    """The spans of the English names `text[g0:g1]` joins by 或/或者, or None when it is not
    two or more English names (each without Chinese or list separators, at most `_MAX_WORDS`
    words)."""
    spans, a = [], g0
    for m in _OR_RE.finditer(text, g0, g1):
        spans.append((a, m.start()))
        a = m.end()
    spans.append((a, g1))
    if len(spans) < 2:
        return None
    for s0, s1 in spans:
        part = text[s0:s1]
        if (not part or not part[0].isascii() or not part[0].isalpha() or has_cjk(part)
                or _LIST_RE.search(part) or len(part.split()) > _MAX_WORDS):
            return None
    return spans

"""A mixed head (an English name + a Chinese class noun) glossed in Chinese: `softmax 函数（软最大
值函数）`, `Embedding 层（嵌入层）`, `ANN 索引（近似最近邻索引）`.

The bracket holds Chinese after a Chinese run, so it reads as a Chinese note on a Chinese head
(G6); but when the Chinese run is a short class noun right after an English name and the gloss
ends with that same noun while saying more before it, the gloss translates the English name:
the pair is the whole mixed head with its Chinese rendering, style en-zh (corpus text 76's
convention). A gloss that only repeats the noun, or a head with more than a few English words,
is left alone.
"""

from __future__ import annotations

from vocab_app.mining.lang import cjk_run_start, has_latin, is_cjk
from vocab_app.mining.latin_runs import latin_run_start

_MAX_NOUN = 3  # Chinese characters of the class noun
_MAX_NAME_WORDS = 2  # English words of the name
_MAX_GLOSS = 12  # characters of the Chinese rendering


def mixed_head_start(text: str, head_end: int, gloss: str, lo: int) -> int | None:
    """Start of the mixed head ending at `head_end` that the Chinese `gloss` renders, or None."""
    j = cjk_run_start(text, head_end, max(lo, head_end - _MAX_NOUN - 1))  # one more: too long
    noun = text[j:head_end]
    if (not 1 <= len(noun) <= _MAX_NOUN or (j > lo and is_cjk(text[j - 1]))
            or len(gloss) > _MAX_GLOSS or not gloss.endswith(noun)
            or not all(is_cjk(c) for c in gloss) or len(gloss) - len(noun) < 2):
        return None
    k = j - 1 if j - 1 >= lo and text[j - 1] == " " else j
    start = latin_run_start(text, k, lo)
    while start < k and text[start] == " ":
        start += 1
    name = text[start:k]
    if (start >= k or not has_latin(name) or len(name.split()) > _MAX_NAME_WORDS
            or (start > lo and text[start - 1].isascii() and text[start - 1].isalnum())):
        return None
    return start

"""Latin words at the left edge of a Chinese term (`Docker 镜像（Docker image）`): the words
the gloss repeats belong to the term, for zh_terms.py."""

from __future__ import annotations

import re

_LATIN_WORD_RE = re.compile(r"[A-Za-z][A-Za-z0-9.\-]*\Z")
#: Chinese prepositions a term keeps when its gloss has their English (`在 Colab 中打开`).
ZH_PREPOSITIONS = {"在": ("in", "on", "at"), "从": ("from",), "到": ("to", "into")}
PLACE_WORDS = frozenset({"in", "on", "at", "inside", "within", "into"})


def named_prefix(text: str, run_start: int, lo: int, gloss: str) -> tuple[int, str] | None:
    """The Latin words right before the Chinese run (one space apart at most) that the gloss
    repeats, as (start, gloss without them): `Docker 镜像（Docker image）` → (start of Docker,
    `image`). None when the words before the run are not all in the gloss."""
    i = run_start
    if i > lo and text[i - 1] == " ":
        i -= 1
    gloss_words = gloss.split()
    folded = [w.casefold() for w in gloss_words]
    start = None
    taken: list[int] = []
    for _ in range(3):
        j = i
        floor = max(lo, i - 40)  # a word, not a line of code
        while j > floor and text[j - 1].isascii() and (text[j - 1].isalnum()
                                                        or text[j - 1] in ".-"):
            j -= 1
        word = text[j:i]
        if not word or _LATIN_WORD_RE.match(word) is None or word.casefold() not in folded:
            break
        k = folded.index(word.casefold())
        if k in taken:
            break
        taken.append(k)
        start = j
        if j > lo and text[j - 1] == " " and j - 1 > lo and text[j - 2].isascii() and (
                text[j - 2].isalnum()):
            i = j - 1
            continue
        break
    if start is None or len(taken) == len(gloss_words):
        return None
    if start > lo and (text[start - 1].isascii() and text[start - 1].isalnum()):
        return None
    rest = " ".join(w for k, w in enumerate(gloss_words) if k not in taken)
    return start, rest

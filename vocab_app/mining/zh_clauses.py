"""A Chinese run that frames a clause is no named label (B3): `服务在扩容时延迟（latency）会…`.

A bracket that ends a heading or opens a paragraph (`X（Y）会…`) names the whole Chinese run
before it (zh_labels.py), so function words inside the run do not cut the term there. A run
that holds a place or time frame, the preposition 在 and a locative or 时 closing it (`在扩容时`,
`在训练集上`, `在推理过程中`), is a clause around the term, not its name: the ordinary term
boundaries apply.
"""

from __future__ import annotations

from vocab_app.mining.lang import cjk_run_start, word_set
from vocab_app.mining.zh_tokens import tag_run

#: Words that close a frame 在 opens (在扩容时, 在训练集上, 在推理过程中, 在部署之后).
_FRAME_CLOSERS = word_set("时 时候 上 中 里 内 期间 之后 之前 以后 以前 过程中")
_WINDOW = 24  # characters of the run looked at


def frames_clause(text: str, lo: int, end: int) -> bool:
    """True when the Chinese run ending at `end` (not left of `lo`) holds 在 as a preposition
    and, later but before the run's last word, a word closing its frame."""
    start = cjk_run_start(text, end, max(lo, end - _WINDOW))
    if end - start < 4 or "在" not in text[start:end]:
        return False
    toks = tag_run(text[start:end])
    opened = False
    for word, flag in toks[:-1]:
        if word == "在" and flag == "p":
            opened = True
        elif opened and word in _FRAME_CLOSERS:
            return True
    return False

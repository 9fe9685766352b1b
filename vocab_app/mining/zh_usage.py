"""The author's own usage settles a Chinese term's left boundary across one document."""

from __future__ import annotations

from dataclasses import replace

from vocab_app.mining.cancel import CancelCheck, polled
from vocab_app.mining.model import Occurrence


def prefer_known_terms(occurrences: list[Occurrence],
                       cancelled: CancelCheck | None = None) -> list[Occurrence]:
    """The occurrences of one document, a zh-en term that ran long shortened to the term the
    author glossed the same way elsewhere in it, as often or more often: after
    `这个标记器(tokenizer)` (and more like it), `一个子词标记器(tokenizer)` is 标记器 too. The left
    boundary of a Chinese term is the uncertain one; the author's own usage settles it.
    `cancelled()` is polled every POLL_EVERY occurrences (errors.Cancelled)."""
    counts: dict[tuple[str, str], int] = {}
    for occ in polled(occurrences, cancelled):
        if occ.style == "zh-en":
            key = (occ.gloss.casefold(), occ.term)
            counts[key] = counts.get(key, 0) + 1
    if len(counts) < 2:
        return occurrences
    by_gloss: dict[str, list[tuple[str, int]]] = {}
    for (gloss, term), n in counts.items():
        by_gloss.setdefault(gloss, []).append((term, n))
    out = []
    for occ in polled(occurrences, cancelled):
        if occ.style == "zh-en":
            gloss = occ.gloss.casefold()
            n = counts[(gloss, occ.term)]
            shorter = [t for t, m in by_gloss[gloss]
                       if len(t) < len(occ.term) and occ.term.endswith(t) and m >= n]
            if shorter:
                term = max(shorter, key=len)
                a, b = occ.term_in_sentence
                occ = replace(occ, term=term, term_in_sentence=(b - len(term), b))
        out.append(occ)
    return out

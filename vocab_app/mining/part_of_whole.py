"""A def note that names the word before the bracket as the whole of which the defined thing
is a part (RULES.md DEF, B4): `a cloudy area in the lens of your eye (the clear part of the eye
that focuses light)` defines the lens, not the eye, so the term is `lens of your eye`. A note
cannot say that a thing is a part of itself; without a part named before `of` the pair goes.
"""

from __future__ import annotations

import re

from vocab_app.mining.en_words import NP_STOP_WORDS
from vocab_app.mining.model import GlossHit

#: `of the eye`, `of your heart`: the whole a part belongs to.
_OF_WHOLE_RE = re.compile(r"\bof\s+(?:the|your|a|an|each|one)\s+([a-z]+)", re.I)
#: The part and `of` with its determiner, right before the whole (`lens of your `).
_PART_BEFORE_RE = re.compile(r"([a-z][a-z\-]*)\s+of\s+(?:the|your|his|her|their|its|a|an)\s+\Z")


def _same_noun(a: str, b: str) -> bool:
    return a == b or a + "s" == b or a == b + "s"


def names_whole(term: str, note: str) -> bool:
    """True when the note puts the term's last word after `of the` (`eye (… part of the eye
    …)`): it names the term as a whole, not what the term is."""
    words = term.lower().split()
    if not words or " of " in f" {term.lower()} ":
        return False
    return any(_same_noun(m.group(1).lower(), words[-1]) for m in _OF_WHOLE_RE.finditer(note))


def part_of_whole(text: str, lo: int, hit: GlossHit) -> list[GlossHit]:
    """`[hit]`, or when its note names its term as a whole, the pair of the part before it (`lens
    of your eye`), or nothing when no part stands there."""
    if hit.style != "def" or not names_whole(hit.term, hit.gloss):
        return [hit]
    t0, t1 = hit.term_span
    m = _PART_BEFORE_RE.search(text[max(lo, t0 - 40):t0])
    if m is None or m.group(1) in NP_STOP_WORDS:
        return []
    p0 = max(lo, t0 - 40) + m.start(1)
    return [GlossHit(text[p0:t1], hit.gloss, hit.style, (p0, t1), hit.gloss_span,
                     hit.pronunciation)]

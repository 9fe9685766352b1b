"""A rare word standing alone after a function word, glossed by a much commoner phrase
(RULES.md DEF): `experts in physiology (biological functions)`, `a change in morphology (shape
and size)`. The phrase is plainer than the word, so it is no technical name of the words
before the bracket (described_terms.py's order) but says what the word means; the term is the
word alone (B4), not `experts in physiology`.
"""

from __future__ import annotations

import re

from vocab_app.mining.en_words import NP_STOP_WORDS
from vocab_app.mining.rarity import OBSCURE_RATIO, RENAME_FLOOR, phrase_rank, word_rank

_PLAIN_WORD_RE = re.compile(r"[a-z]+(?:-[a-z]+)*")
#: The word before the bracket and the one before it.
_LAST_TWO_RE = re.compile(r"([A-Za-z]+)\s+([a-z]{4,})\s*\Z")


def lone_rare_word_start(text: str, lo: int, t1: int, note: str) -> int | None:
    """Start of the lower-case word before `t1` that the plain note explains, or None: the
    word follows a function word (`in`, `and`, `of`, `the`), ranks RENAME_FLOOR or rarer and
    at least OBSCURE_RATIO times rarer than the note, a phrase of two to four plain lower-case
    words that opens with a content word (one word alone is plain_words.py's, and after `and`
    often the technical name of the whole coordination: `weakness and tiredness (fatigue)`)."""
    words = note.split()
    if not 2 <= len(words) <= 4 or words[0] in NP_STOP_WORDS:
        return None
    if not all(_PLAIN_WORD_RE.fullmatch(w) for w in words):
        return None
    m = _LAST_TWO_RE.search(text, max(lo, t1 - 50), t1)
    if m is None or m.group(1).lower() not in NP_STOP_WORDS:
        return None
    word = m.group(2)
    others = phrase_rank(words)
    rank = word_rank(word)
    if others is None or rank < RENAME_FLOOR or rank < OBSCURE_RATIO * others:
        return None
    return m.start(2)

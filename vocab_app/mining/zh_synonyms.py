"""Two Chinese synonyms one English gloss translates (gold RULES.md S2).

A text often names a property by two words at once, joined by 或 / 或者, and glosses them once:
`召回性或者召回度（recall）`. Both are the gloss's terms. Which two words are synonyms the text
does not say; two property nouns (ending in 性, 度 or 率) that share a character of their stem
are taken as such (`精确率或精准率`), while two nouns with different stems are two things
(`准确率或召回率（recall）`: the gloss is the second one's only), and so are two compounds that
share only their head (`训练数据或测试数据`).
"""

from __future__ import annotations

from vocab_app.mining.zh_terms import chinese_term

_OR = ("或者", "或")
_PROPERTY_SUFFIXES = frozenset("性度率")
_LONGEST = 4  # characters of each synonym


def synonym_before(text: str, start: int, end: int, gloss: str,
                   lo: int) -> tuple[int, int] | None:
    """The span of a synonym joined by 或/或者 right before the term `text[start:end]` that
    the same `gloss` translates, or None."""
    term = text[start:end]
    if not _property_noun(term):
        return None
    for conjunction in _OR:
        c0 = start - len(conjunction)
        if c0 > lo and text.startswith(conjunction, c0):
            break
    else:
        return None
    other = chinese_term(text, c0, gloss, lo)
    if other is None or other.end != c0:
        return None
    word = text[other.start:c0]
    if word == term or not _property_noun(word) or not set(word[:-1]) & set(term[:-1]):
        return None
    return other.start, c0


def _property_noun(word: str) -> bool:
    return 2 <= len(word) <= _LONGEST and word[-1] in _PROPERTY_SUFFIXES

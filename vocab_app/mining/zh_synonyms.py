"""Two Chinese synonyms one English gloss translates (gold RULES.md S2).

A text often names a property by two words at once, joined by 或 / 或者, and glosses them once:
`召回性或者召回度（recall）`. Both are the gloss's terms. Which two words are synonyms the text
does not say; two property nouns (ending in 性, 度 or 率) that share a character of their stem
are taken as such (`精确率或精准率`), while two nouns with different stems are two things
(`准确率或召回率（recall）`: the gloss is the second one's only), and so are two compounds that
share only their head (`训练数据或测试数据`).

An emphasised term may also give its synonyms joined by slashes, `**导出子图/诱导子图 (Induced
subgraph)**`: when the author marked the whole span and the gloss is one English name, each
Chinese part is a term of the gloss. A gloss with parts of its own (`输入/输出（input/output）`,
`a and b`) is left whole.
"""

from __future__ import annotations

import re

from vocab_app.mining.lang import is_cjk
from vocab_app.mining.zh_terms import chinese_term

_OR = ("或者", "或")
_PROPERTY_SUFFIXES = frozenset("性度率")
_LONGEST = 4  # characters of each synonym
_SLASH_PARTS_LONGEST = 8  # characters of each slash-joined part
_GLOSS_PARTS_RE = re.compile(r"[/、,，;；&+]|\b(?:and|or|vs)\b")


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


def slash_synonyms(text: str, start: int, end: int, gloss: str) -> list[tuple[int, int]] | None:
    """The spans of the Chinese synonyms a marked term `text[start:end]` joins by `/`, when
    the English `gloss` is one name for them all, or None."""
    term = text[start:end]
    if "/" not in term or _GLOSS_PARTS_RE.search(gloss):
        return None
    spans, a = [], start
    for part in term.split("/"):
        b = a + len(part)
        p0, p1 = a, b
        while p0 < p1 and text[p0].isspace():
            p0 += 1
        while p1 > p0 and text[p1 - 1].isspace():
            p1 -= 1
        if not 1 <= p1 - p0 <= _SLASH_PARTS_LONGEST or not all(is_cjk(c) for c in text[p0:p1]):
            return None
        spans.append((p0, p1))
        a = b + 1
    return spans

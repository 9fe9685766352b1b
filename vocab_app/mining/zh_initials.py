"""A Chinese term glossed by a short form is about as many words long as the short form has
capitals (`抽象语法树（AST）`: 抽象 语法 树). A run before the bracket with more words than that,
opening with verbs or adverbs, holds the words of a sentence before the term (`尽量避免遍历抽象
语法树（AST）`, a heading that says "avoid traversing the AST"): they are left out.
"""

from __future__ import annotations

import re

from vocab_app.mining.lang import is_cjk
from vocab_app.mining.zh_tokens import tag_words

_SHORT_FORM_RE = re.compile(r"[A-Za-z0-9]{2,8}")
#: jieba's tags of verbs, adverbs and idioms: the words of a clause before a term
_CLAUSE_TAGS = frozenset({"v", "d", "l", "vd", "ad", "i"})


def fit_to_initials(text: str, t0: int, t1: int, gloss: str) -> int:
    """Start of the Chinese term `text[t0:t1]` glossed by the short form `gloss` (2 to 6
    capitals, at least half its letters), past the verbs and adverbs opening it when it has
    more words than the short form has capitals; `t0` otherwise, and when any of those
    leading words is something else."""
    short = gloss.strip()
    if _SHORT_FORM_RE.fullmatch(short) is None:
        return t0
    capitals = sum(1 for c in short.rstrip("s") if c.isupper())
    letters = sum(1 for c in short if c.isalpha())
    if not 2 <= capitals <= 6 or 2 * capitals < letters or t1 - t0 <= capitals:
        return t0  # (not a name in CamelCase: `公开数据集（ImageNet）`)
    words = tag_words(text[t0:t1])
    extra = len(words) - capitals
    if extra <= 0 or not all(is_cjk(c) for w, _ in words for c in w):
        return t0
    lead = words[:extra]
    if not all(tag in _CLAUSE_TAGS and len(w) >= 2 for w, tag in lead):
        return t0  # (one character is a prefix of the term: `可重构智能表面（RISs）`)
    return t0 + sum(len(w) for w, _ in lead)

"""A Chinese term glossed by a short form is about as many words long as the short form has
capitals (`抽象语法树（AST）`: 抽象 语法 树). A run before the bracket with more words than that,
opening with verbs or adverbs, holds the words of a sentence before the term (`尽量避免遍历抽象
语法树（AST）`, a heading that says "avoid traversing the AST"): they are left out.
"""

from __future__ import annotations

import re

from vocab_app.mining.lang import is_cjk
from vocab_app.mining.zh_en_dictionary import opening_words
from vocab_app.mining.zh_function_words import STOP_WORDS
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


#: Short forms whose every letter is a capital (a plural -s aside): one word per capital.
_INITIALS_RE = re.compile(r"[A-Z]{2,6}s?")
_MAX_PIECE = 4  # characters of the longest Chinese word a capital may stand for


def grow_to_initials(text: str, t0: int, t1: int, gloss: str, lo: int) -> int:
    """Start of the Chinese term ending at `t1` whose words spell the short form `gloss` in
    English, one word a capital (`计算机辅助设计（CAD）`: computer, aid, design), when that
    start is left of `t0`, the start found so far (jieba may join the words of a compound into
    a phrase: 计算机辅助); `t0` otherwise. The words, of one to four characters and no
    function word, each have a CC-CEDICT sense opening with an English word of three letters or
    more that starts with its capital, and `t0` falls between two of them; or the term's last
    word, one CC-CEDICT lacks, stands for the last capital and the words before it spell the
    rest from a word boundary of jieba's (`多层感知机（MLP）`)."""
    short = gloss.strip()
    if _INITIALS_RE.fullmatch(short) is None:
        return t0
    letters = short.rstrip("s").lower()
    start = _spelled_start(text, t0, t1, letters, lo)
    if start is None and t1 - t0 >= 2:
        # the head the dictionary lacks stands for the last capital (`多层感知机（MLP）`:
        # many, layer, and 感知机 for perceptron), when the words before it spell the rest
        words = tag_words(text[t0:t1])
        head = words[-1][0] if words else ""
        if len(head) >= 2 and not opening_words(head):
            start = _spelled_start(text, t0, t1 - len(head), letters[:-1], lo)
            if start is not None and not _word_boundary(text, start, t1, lo):
                start = None  # (`保证可用性（AP）`: 证 is the end of a word)
    return t0 if start is None else min(t0, start)


def _spelled_start(text: str, t0: int, end: int, letters: str, lo: int) -> int | None:
    if not letters:
        return end if end <= t0 else None
    for size in range(min(_MAX_PIECE, end - lo), 0, -1):
        start = end - size
        piece = text[start:end]
        if start < t0 < end or not all(is_cjk(c) for c in piece) or piece in STOP_WORDS:
            continue
        if _opens_with(piece, letters[-1]):
            found = _spelled_start(text, t0, start, letters[:-1], lo)
            if found is not None:
                return found
    return None


def _opens_with(piece: str, letter: str) -> bool:
    """True when a sense of `piece` opens with a word of three letters or more starting with
    `letter` (zh_en_dictionary.opening_words)."""
    return any(len(w) >= 3 and w[0] == letter for w in opening_words(piece))


def _word_boundary(text: str, start: int, end: int, lo: int) -> bool:
    """True when jieba's words of the text up to four characters before `start` (not left of
    `lo`) have a boundary at `start`."""
    at = max(lo, start - 4)
    for word, _ in tag_words(text[at:end]):
        if at >= start:
            break
        at += len(word)
    return at == start

"""Prefix morphemes a Chinese term opens with when its English gloss opens with their match.

The boundary rules (zh_terms.py) drop a leading adverb, locative or one-character verb before a
term. Some of those characters are the term's own prefix: negation (`不稳定（unstable）`,
`非线性（nonlinear）`, `不可变（immutable）`), direction (`反向传播（backpropagation）`,
`前向传播（forward propagation）`, `上采样（upsampling）`), degree (`欠拟合（underfitting）`,
`过拟合（overfitting）`). The English gloss says which: its first word opens with the matching
English prefix (un-, non-, back-, forward, up-, under-, over- …). A prefix the English side
confirms is put back in front of the term.

Only a prefix the tagger cuts as a word of its own counts (`并非`, `之前`, `然后` hold 非, 前,
后 but are other words), and a locative 上/下 only after a verb or adverb (`在训练集上`: the
place frame, not a prefix). A copula the tagger glued to a negation (`是非结构化数据`) or a
naming verb inside the found term (`叫无环图（acyclic graph）`) is cut off.
"""

from __future__ import annotations

import re

from vocab_app.mining.lang import cjk_run_start, is_cjk
from vocab_app.mining.rarity import UNRANKED, word_rank
from vocab_app.mining.zh_function_words import STOP_WORDS
from vocab_app.mining.zh_tokens import tag_run

#: English negative prefixes. The learned ones (in-, im-, ir-, il-, a-) count only when the
#: rest is a word of its own (`invalid`, `asynchronous`; not `inference`, `attention`).
_NEGATION = re.compile(r"(?:un|non|not|no-|dis|(?P<learned>i[mnrl]|a)(?=[a-z]{4}))")
#: Chinese prefix morpheme → what the first word of its English gloss opens with.
_PREFIXES: dict[str, re.Pattern[str]] = {
    "不可": _NEGATION,
    "不": _NEGATION,
    "非": _NEGATION,
    "无": _NEGATION,
    "未": _NEGATION,
    "反向": re.compile(r"(?:back|reverse|inverse)"),
    "反": re.compile(r"(?:anti|counter|back|reverse|inverse)"),
    "逆": re.compile(r"(?:inverse|reverse|anti|counter)"),
    "前向": re.compile(r"(?:forward|feed-?forward|fore)"),
    "向前": re.compile(r"forward"),
    "后向": re.compile(r"back"),
    "向后": re.compile(r"back"),
    "向上": re.compile(r"(?:up|over|upper)"),
    "向下": re.compile(r"(?:down|under(?!stand)|lower)"),
    "上": re.compile(r"(?:up-?sampl|upper|upward|upstream|over|super)"),
    "下": re.compile(r"(?:down|under(?!stand)|lower|sub)"),
    "欠": re.compile(r"under(?!stand)"),
    "过": re.compile(r"over"),
    "超": re.compile(r"(?:super|hyper|ultra)"),
    "半": re.compile(r"(?:semi|half|hemi)"),
    "多": re.compile(r"(?:multi|poly)"),
    "自": re.compile(r"(?:self|auto)"),
    "预": re.compile(r"pre"),
    "后": re.compile(r"post"),
    "伪": re.compile(r"(?:pseudo|quasi)"),
}
_BY_LENGTH = sorted(_PREFIXES, key=len, reverse=True)
_LOCATIVES = frozenset("上下")
_COPULAS = frozenset("是为")
_NAMING = frozenset("是为叫称")
_FIRST_WORD_RE = re.compile(r"\s*([A-Za-z][A-Za-z-]*)")
_CONTEXT = 12  # Chinese characters tagged before the term
_REST = 3  # characters after the prefix in a term found by the prefix alone


#: A short form of capitals only (`PQ`): its first letter may be a prefix's English initial.
_SHORT_FORM_RE = re.compile(r"[A-Z]{2,6}s?")
_INITIAL_RE = re.compile(r"(?:^|\(\?:|\|)([a-z])")


def _initials(prefix: str) -> frozenset[str]:
    """First letters of the English prefixes a Chinese prefix renders (none for a negation)."""
    pattern = _PREFIXES[prefix]
    return frozenset() if pattern is _NEGATION else frozenset(
        _INITIAL_RE.findall(pattern.pattern))


def _matching_short_form(short: str, words: int) -> list[str]:
    """The Chinese prefixes whose English initial opens the short form `short`, when the term
    of `words` words is one word short of its capitals (`后量子（PQ）`: post + quantum)."""
    capitals = sum(1 for c in short if c.isupper())
    if words != capitals - 1:
        return []
    return [p for p in _BY_LENGTH if p not in _LOCATIVES and short[0].lower() in _initials(p)]


def _matching(first: str) -> list[str]:
    """The Chinese prefixes, longest first, that the English word `first` opens with."""
    found = []
    for prefix in _BY_LENGTH:
        m = _PREFIXES[prefix].match(first)
        if m is not None and not (m.re is _NEGATION and m.group("learned")
                                  and word_rank(first[m.end("learned"):]) >= UNRANKED):
            found.append(prefix)
    return found


def prefixed_start(text: str, start: int, end: int, gloss: str, lo: int) -> int:
    """Where the Chinese term `text[start:end]` glossed by the English `gloss` begins once a
    prefix morpheme the gloss confirms is counted in: before `start` (put back) or inside
    the term after a naming verb (the verb cut off). `start` when there is none."""
    m = _FIRST_WORD_RE.match(gloss)
    if m is None or start >= end:
        return start
    first = m.group(1).lower()
    if _SHORT_FORM_RE.fullmatch(gloss.strip()):
        matching = _matching_short_form(gloss.strip(), len(tag_run(text[start:end])))
    else:
        matching = _matching(first)
    if not matching:
        return start
    if any(text.startswith(x, start) for x in matching):
        return start  # the term already opens with it
    inside = _inside_start(text, start, end, matching)
    if inside is not None:
        return inside
    for prefix in matching:
        p0 = start - len(prefix)
        if p0 < lo or text[p0:start] != prefix:
            continue
        if _cut_as_word(text, p0, start, lo):
            return p0
    negation = _NEGATION.match(first)
    if negation is None or negation.group("learned"):
        return start  # (a learned prefix, `asynchronous`, may be the term's own: 异步)
    for prefix in matching:  # `不带符号（unsigned）`: the negation with a one-character verb
        p0 = start - 1 - len(prefix)
        if (_PREFIXES[prefix] is _NEGATION and p0 >= lo and text[p0:start - 1] == prefix
                and _cut_as_word(text, p0, start - 1, lo)
                and tag_run(text[start - 1:end])[0][0] == text[start - 1]
                and _one_char_verb(text, start - 1)):
            return p0
    return start


def prefixed_term(text: str, head_end: int, gloss: str, lo: int) -> tuple[int, int] | None:
    """The term ending at `head_end` that opens with a prefix morpheme the English `gloss`
    opens with, for a run the boundary rules found no term in (`该图是无向图（undirected
    graph）`: 无|向|图, the preposition 向 stopped them): the prefix, cut as a word, and up to
    `_REST` characters after it. None when there is none."""
    m = _FIRST_WORD_RE.match(gloss)
    if m is None:
        return None
    first = m.group(1).lower()
    for prefix in _matching(first):
        if prefix in _LOCATIVES:
            continue
        for rest in range(1, _REST + 1):
            p0 = head_end - rest - len(prefix)
            if p0 < lo or not all(is_cjk(c) for c in text[p0:head_end]):
                break
            if text[p0:p0 + len(prefix)] == prefix and _cut_as_word(
                    text, p0, p0 + len(prefix), lo):
                # (a quantity word is no prefixed term: `多个（multiple）`)
                return None if text[p0:head_end] in STOP_WORDS else (p0, head_end)
    return None


def _inside_start(text: str, start: int, end: int, matching: list[str]) -> int | None:
    """Where a matching prefix opens a word inside the found term after a verb, adverb,
    preposition or locative the term took in (`解码器里再做上采样` → 上采样)."""
    for p in range(start + 1, end - 1):
        if text[p - 1] in _NAMING and any(text.startswith(x, p) and end - p > len(x)
                                          for x in matching):
            return p  # `是非参数`: the tagger glued the copula to the negation
    toks = tag_run(text[start:end])
    pos = start
    for k, (word, _flag) in enumerate(toks):
        if k and any(text.startswith(x, pos) and end - pos > len(x) for x in matching):
            prev_word, prev_flag = toks[k - 1]
            if prev_word[-1] in _NAMING or prev_flag[:1] in ("v", "d", "p", "f", "c"):
                return pos
        pos += len(word)
    return None


def _one_char_verb(text: str, i: int) -> bool:
    toks = tag_run(text[i:i + 1])
    return len(toks) == 1 and toks[0][1][:1] == "v"


def _cut_as_word(text: str, p0: int, p1: int, lo: int) -> bool:
    """True when the tagger cuts `text[p0:p1]` as a word (or words) of its own before the
    term at `p1`, or as a copula glued to it (`是非`); a locative only after a verb or adverb."""
    a = cjk_run_start(text, p1, max(lo, p1 - _CONTEXT))
    toks = tag_run(text[a:p1])
    ends, pos = [], 0
    for word, _ in toks:
        pos += len(word)
        ends.append(a + pos)
    if not toks:
        return False
    last, _ = toks[-1]
    if len(last) == 2 and last[0] in _COPULAS and p1 - p0 == 1:
        return True  # `是非`: the copula and the negation cut as one word
    if p0 != a and (p0 not in ends):
        return False
    if text[p0:p1] in _LOCATIVES:
        k = ends.index(p0) if p0 in ends else -1
        return k < 0 or toks[k][1][:1] in ("v", "d", "p", "c")
    return True

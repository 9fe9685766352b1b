"""Pairs of a Chinese term and its English gloss (zh-en), for glosses.py: the Chinese term
before the bracket (zh_terms.chinese_term, with the prefix, symbol, label, acronym and synonym
rules around it), a quoted term, two coordinated terms glossed together (S2), and a mixed term
that ends in the English words its gloss ends with.
"""

from __future__ import annotations

import re

from vocab_app.mining.acronym_heads import expanded_acronym
from vocab_app.mining.en_titles import is_title_case
from vocab_app.mining.english_pairs import make_hit
from vocab_app.mining.lang import is_cjk, strip_span
from vocab_app.mining.math_symbols import after_symbol, symbol_named, symbol_start
from vocab_app.mining.model import GlossHit
from vocab_app.mining.numbered_references import REFERENCE_RE
from vocab_app.mining.rendered_zh_terms import rendered_zh_start
from vocab_app.mining.units import measured_in
from vocab_app.mining.zh_clauses import frames_clause
from vocab_app.mining.zh_initials import fit_to_initials, grow_to_initials
from vocab_app.mining.zh_labels import whole_label
from vocab_app.mining.zh_numbers import gloss_numerals
from vocab_app.mining.zh_prefixes import prefixed_start, prefixed_term
from vocab_app.mining.zh_synonyms import synonym_before
from vocab_app.mining.zh_terms import chinese_term

_COORD_RE = re.compile(r"^(.+?)\s+(?:and|or|&)\s+(.+)$")


def quoted_zh_pair(text: str, a: int, b: int, g0: int, g1: int) -> list[GlossHit]:
    """The pair of the quoted Chinese text[a:b] (or the term at its end, when it is a phrase)
    and the gloss text[g0:g1]."""
    t0, t1 = strip_span(text, a, b)
    if t1 - t0 > 12:  # a quoted phrase, not a term: find the term at its end
        term = chinese_term(text, t1, text[g0:g1], t0)
        if term is None:
            return []
        t0, t1 = term.start, term.end
    return [make_hit(text, t0, t1, g0, g1, "zh-en")]


def zh_en_pairs(text: str, head_end: int, g0: int, g1: int, lo: int,
                label: bool = False) -> list[GlossHit]:
    """The zh-en pairs of the Chinese text ending at `head_end` and the English gloss
    text[g0:g1] (none when no term is found); `label`: the bracket ends a heading or label."""
    gloss = text[g0:g1]
    if gloss.count("、") >= 2 or gloss.count(",") >= 2:
        return []  # `分页信息（Limit、Rownum、Top）`: three or more names listed, examples (G2)
    ref = REFERENCE_RE.fullmatch(gloss.strip())
    if ref is not None and not any(c in text[max(lo, head_end - 8):head_end]
                                   for c in ref.group(1) + gloss_numerals(ref.group(1))):
        return []  # `可观察性（Lesson 23）`: where to read more (G3), unless the head says it
    coord = None if is_title_case(gloss) else _COORD_RE.match(gloss)  # (a name is one term:
    # `矩阵乘法和累加（Matrix Multiply and Accumulate）`)
    if coord:  # S2: `既包括A,也包括B(a and b)` → A/a and B/b
        second = coord.group(2)
        term2 = chinese_term(text, head_end, second, lo)
        if term2 is not None and term2.coordinate_end is not None:
            term1 = chinese_term(text, term2.coordinate_end, coord.group(1), lo)
            if term1 is not None:
                a0, a1 = g0 + coord.start(1), g0 + coord.end(1)
                b0, b1 = g0 + coord.start(2), g0 + coord.end(2)
                return [make_hit(text, term1.start, term1.end, a0, a1, "zh-en"),
                        make_hit(text, term2.start, term2.end, b0, b1, "zh-en")]
    label = label and not frames_clause(text, lo, head_end)  # `服务在扩容时延迟（latency）会`
    named = symbol_named(gloss)  # `$k$-均值（$k$-means）`
    term = chinese_term(text, head_end, after_symbol(text, head_end, gloss, named, lo), lo, label)
    if term is not None and label and term.coordinate_end is None:
        term = whole_label(text, term, gloss, lo)  # `| 读未提交（Read Uncommitted） |`
    if term is None:
        found = prefixed_term(text, head_end, gloss, lo)
        if found is not None:
            return [make_hit(text, *found, g0, g1, "zh-en")]
        # `CNN 原理（Convolutional Neural Network）`: the name expands CNN
        acronym = expanded_acronym(text, head_end, g0, g1, lo)
        return [] if acronym is None else [acronym]
    t0 = symbol_start(text, prefixed_start(text, term.start, term.end, gloss, lo), named, lo)
    t0 = fit_to_initials(text, t0, term.end, gloss)  # `尽量避免遍历抽象语法树（AST）`
    t0 = grow_to_initials(text, t0, term.end, gloss, lo)  # `计算机辅助设计（CAD）`
    t0 = rendered_zh_start(text, t0, term.end, gloss, lo)  # `块的缩放因子（block scale）`
    if _repeats_name_before(text, t0, gloss, lo):
        return []  # `GORILLA 编码（GORILLA）`: the bracket repeats the name, it renders nothing
    if measured_in(text[t0:term.end], gloss):
        return []  # `时钟速度（MHz）`: the unit the quantity is measured in
    hit = make_hit(text, t0, term.end, g0, g1, "zh-en")
    other = synonym_before(text, t0, term.end, gloss, lo)
    return [hit] if other is None else [make_hit(text, *other, g0, g1, "zh-en"), hit]


def _repeats_name_before(text: str, t0: int, gloss: str, lo: int) -> bool:
    """True when the English `gloss` is the Latin word written right before the Chinese term
    at `t0` (a space between them or none)."""
    name = gloss.strip()
    if not name or not name.isascii():
        return False
    before = text[max(lo, t0 - len(name) - 2):t0].rstrip()
    return before[-len(name):].lower() == name.lower() and (
        len(before) == len(name) or not before[-len(name) - 1].isalnum())


def mixed_zh_en_pairs(text: str, t0: int, t1: int, g0: int, g1: int, lo: int) -> list[GlossHit]:
    """A Chinese term ending in the English word(s) its gloss ends with: `宪法式 AI
    (Constitutional AI)`, `生成式AI(Generative AI)` → the whole mixed term, style zh-en."""
    run = text[t0:t1].split()
    gloss_words = text[g0:g1].split()
    if len(gloss_words) == len(run) and "-" in gloss_words[0]:
        # `深度双向LSTM（DB-LSTM）`: the parts of a hyphenated gloss count as its words
        gloss_words = gloss_words[0].split("-", 1) + gloss_words[1:]
    if not run or len(run) > 2 or len(gloss_words) <= len(run):
        return []
    if [w.casefold() for w in gloss_words[-len(run):]] != [w.casefold() for w in run]:
        return []
    j = t0
    while j > lo and text[j - 1] in " \t":
        j -= 1
    if j <= lo or not is_cjk(text[j - 1]):
        return []
    term = chinese_term(text, j, " ".join(gloss_words[:-len(run)]), lo)
    if term is None:
        return []
    return [make_hit(text, term.start, t1, g0, g1, "zh-en")]

"""Parallel lists (gold RULES.md S2): a list of terms glossed by a list of as many renderings,
item by item: `big、bigger、biggest（大的、更大的、最大的）` → big/大的, bigger/更大的,
biggest/最大的; `精确率、召回率（precision, recall）` → 精确率/precision, 召回率/recall; and the
same with slashes on both sides: `精确率/召回率（precision/recall）`.

Without this the last item took the whole list as its gloss. The check is cheap and runs on
every bracket: a bracket without a list separator is left at once. The lists must have the same
number of items, every gloss part in the other language than the items. Two items whose list
starts inside a sentence are left alone: a bracket of two renderings of the last term
(`speed, reliability (可靠性，稳定性)`, rule T2) looks the same; from three items on the
parallel reading is the likely one.
"""

from __future__ import annotations

import re

from vocab_app.mining.en_titles import is_title_case
from vocab_app.mining.en_words import FUNCTION_WORDS, MODALS, SUBJECTS
from vocab_app.mining.english_pairs import make_hit
from vocab_app.mining.lang import (
    CJK_RE,
    LATIN_RE,
    cjk_run_start,
    is_latin_letter,
    line_start,
    strip_span,
)
from vocab_app.mining.model import GlossHit, Style
from vocab_app.mining.zh_terms import chinese_term
from vocab_app.mining.zh_tokens import SEPARATORS

#: Separators of a list (zh_tokens.SEPARATORS), in a bracket and between the items before it.
_SPLIT_RE = re.compile(rf"\s*[{SEPARATORS}]\s*")
#: How a bracket of examples or a note opens: no renderings then.
_EXAMPLE_RE = re.compile(r"^(?:如|例如|比如|譬如|包括|e\.g\.|eg\.|i\.e\.|such as\b|like\b|incl)",
                         re.I)
_MAX_ITEMS = 8
_MAX_GLOSS = 120  # characters: a longer bracket is a note, not a list of renderings
_MAX_WORDS = 3  # words of one English item
_MAX_ZH = 12  # characters of one Chinese item (what chinese_term looks at anyway)


def parallel_pairs(text: str, open_pos: int, g0: int, g1: int, lo: int) -> list[GlossHit]:
    """One pair per item when the bracket `text[g0:g1]` opened at `open_pos` lists as many
    renderings as the list ending right before it has items; else nothing. `lo` bounds the
    search on the left (a term never crosses an earlier bracket)."""
    if g1 - g0 > _MAX_GLOSS:
        return []
    if _SPLIT_RE.search(text, g0, g1) is None:
        if "/" in text[g0:g1] and open_pos > lo and text[open_pos - 1] != " ":
            return _slash_pairs(text, open_pos, g0, g1, lo)
        if _ZH_AND_RE.fullmatch(text, g0, g1):
            return _conjoined_pairs(text, open_pos, g0, g1, lo)
        return []  # (most brackets: one regex scan, no per-character Python loop)
    gloss = text[g0:g1]
    parts = _parts(text, g0, g1)
    if parts is None or _EXAMPLE_RE.match(gloss.strip()):
        return []
    zh_gloss = CJK_RE.search(text, *parts[0]) is not None
    if zh_gloss:
        if any(LATIN_RE.search(text, a, b) or not CJK_RE.search(text, a, b) for a, b in parts):
            return []
        items = _latin_items(text, open_pos, lo, len(parts))
    else:
        if any(CJK_RE.search(text, a, b) or not LATIN_RE.search(text, a, b) for a, b in parts):
            return []
        items = _chinese_items(text, open_pos, lo, parts)
    if items is None:
        return []
    style: Style = "en-zh" if zh_gloss else "zh-en"
    return [make_hit(text, t0, t1, a, b, style)
            for (t0, t1), (a, b) in zip(items, parts, strict=True)]


def _parts(text: str, g0: int, g1: int) -> list[tuple[int, int]] | None:
    """Spans of the bracket's list items (two to _MAX_ITEMS, none empty), or None."""
    spans = []
    start = g0
    for m in _SPLIT_RE.finditer(text, g0, g1):
        spans.append((start, m.start()))
        start = m.end()
    spans.append((start, g1))
    spans = [strip_span(text, a, b) for a, b in spans]
    if not 2 <= len(spans) <= _MAX_ITEMS or any(a >= b for a, b in spans):
        return None
    return spans


def _latin_items(text: str, open_pos: int, lo: int, n: int) -> list[tuple[int, int]] | None:
    """The `n` English items of the list ending at `open_pos`, in text order, or None."""
    items: list[tuple[int, int]] = []
    pos = _skip_space_left(text, open_pos, lo)
    for i in range(n):
        end = pos
        start = end
        while start > lo and (_latin_char(text[start - 1]) or text[start - 1] == " "):
            start -= 1
        a, b = strip_span(text, start, end)
        if a >= b or not any(is_latin_letter(ch) for ch in text[a:b]):
            return None
        words = text[a:b].split()
        if i < n - 1:  # an inner item: whole, a separator before it
            if len(words) > _MAX_WORDS:
                return None
            sep = _skip_space_left(text, a, lo)
            if sep <= lo or text[sep - 1] not in SEPARATORS:
                return None
            items.append((a, b))
            pos = _skip_space_left(text, sep - 1, lo)
            continue
        # the first item: where the list starts
        longest = max(len(text[x:y].split()) for x, y in items)
        if len(words) > longest:
            if n == 2:
                return None  # inside a sentence: maybe two renderings of one term (T2)
            a = b - len(" ".join(words[-longest:]))
            if text[a:b] != " ".join(words[-longest:]):
                return None
        elif _continues_list(text, a, lo):
            return None  # more items than renderings
        items.append((a, b))
    sizes = [len(text[x:y].split()) for x, y in items]
    if max(sizes) - min(sizes) > 1:
        return None  # `Honestly, it's been a rollercoaster`: a clause, not a list of terms
    return items[::-1]


def _chinese_items(text: str, open_pos: int, lo: int,
                   parts: list[tuple[int, int]]) -> list[tuple[int, int]] | None:
    """The Chinese items of the list ending at `open_pos`, one per gloss part, or None."""
    items: list[tuple[int, int]] = []
    pos = _skip_space_left(text, open_pos, lo)
    n = len(parts)
    for i in range(n):
        end = pos
        start = cjk_run_start(text, end, max(lo, end - _MAX_ZH))
        if start == end:
            return None
        a, b = parts[n - 1 - i]
        term = chinese_term(text, end, text[a:b], start)
        if term is None or term.end != end:
            return None
        if i < n - 1:  # an inner item is a whole item between two separators
            if term.start != start or start <= lo or text[start - 1] not in SEPARATORS:
                return None
            items.append((term.start, term.end))
            pos = _skip_space_left(text, start - 1, lo)
            continue
        if term.start != start and n == 2:
            return None  # inside a sentence: maybe two renderings of one term (T2)
        if term.start == start and _continues_list(text, start, lo):
            return None
        items.append((term.start, term.end))
    return items[::-1]


def _continues_list(text: str, start: int, lo: int) -> bool:
    """True when a separator right before `start` joins one more item to the list."""
    sep = _skip_space_left(text, start, lo)
    return sep > lo and text[sep - 1] in SEPARATORS


def _latin_char(ch: str) -> bool:
    return is_latin_letter(ch) or ch.isdigit() or ch in "-'’."


def _skip_space_left(text: str, pos: int, lo: int) -> int:
    while pos > lo and text[pos - 1] in " \t":
        pos -= 1
    return pos


#: One English item of a slash list: one word (`all-gather`, `fp16`).
_EN_ITEM_RE = re.compile(r"[A-Za-z][A-Za-z0-9\-]*")
_SLASH_PART_RE = re.compile(r"[^/]+")


def _slash_pairs(text: str, open_pos: int, g0: int, g1: int, lo: int) -> list[GlossHit]:
    """`前向/反向（forward/backward）`, `precision/recall（精确率/召回率）`: two to four items
    joined by slashes right before a bracket that joins as many renderings the same way, every
    rendering one word or term in the other language; one pair per item. The first item of a
    Chinese list is found as any term (`执行全收集/广播` → 全收集), the others are whole."""
    if text.count("/", g0, g1) > 3:
        return []
    if " / " in text[g0:g1]:
        return _spaced_slash_pairs(text, open_pos, g0, g1, lo)
    parts = [strip_span(text, *m.span()) for m in _SLASH_PART_RE.finditer(text, g0, g1)]
    if not 2 <= len(parts) <= 4 or any(b - a < 2 and text[a].isascii() for a, b in parts):
        return []  # (`（C/K）`: one-letter symbols name no term)
    zh_gloss = all(cjk_run_start(text, b, a) == a for a, b in parts)
    if not zh_gloss and not all(_EN_ITEM_RE.fullmatch(text, a, b) or " " in text[a:b]
                                and not CJK_RE.search(text, a, b) for a, b in parts):
        return []
    items: list[tuple[int, int]] = []
    end = open_pos
    for i in range(len(parts)):
        a = _item_start(text, max(lo, end - _MAX_ZH * 4), end, zh_gloss)
        if a >= end:
            return []
        if i < len(parts) - 1:
            if a - 1 <= lo or text[a - 1] != "/":
                return []
            items.append((a, end))
            end = a - 1
            continue
        if a > lo and text[a - 1] == "/":
            return []  # more items than renderings
        if not zh_gloss:
            term = chinese_term(text, end, text[parts[0][0]:parts[0][1]], a)
            if term is None or term.end != end:
                return []
            a = term.start
        items.append((a, end))
    style: Style = "en-zh" if zh_gloss else "zh-en"
    return [make_hit(text, t0, t1, pa, pb, style)
            for (t0, t1), (pa, pb) in zip(items[::-1], parts, strict=True)]


_SPACED_SLASH_RE = re.compile(r"\s+/\s+")
_LINE_LEAD_RE = re.compile(r"[ \t]*(?:[-*+]\s+|#+\s+|\d+[.)]\s+)?")


def _spaced_slash_pairs(text: str, open_pos: int, g0: int, g1: int, lo: int) -> list[GlossHit]:
    """`Knowledge / Memory（知识 / 记忆）`: a line (a heading, list item or cell) that is only
    English items joined by spaced slashes, each up to three words, glossed by as many Chinese
    renderings joined the same way; one en-zh pair per item."""
    h0 = _line_head_start(text, lo, open_pos)
    h1 = open_pos
    while h1 > h0 and text[h1 - 1] in " \t":
        h1 -= 1
    heads = _split_spans(text, h0, h1)
    parts = _split_spans(text, g0, g1)
    if not 2 <= len(parts) <= 4 or len(heads) != len(parts):
        return []
    if not all(CJK_RE.search(text, a, b) for a, b in parts) or any(
            CJK_RE.search(text, a, b) or len(text[a:b].split()) > _MAX_WORDS for a, b in heads):
        return []  # (a Chinese line may be a clause: `训练 / 推理行为不同（running mean / var）`)
    return [make_hit(text, t0, t1, pa, pb, "en-zh")
            for (t0, t1), (pa, pb) in zip(heads, parts, strict=True)]


_CLAUSE_WORDS = SUBJECTS | FUNCTION_WORDS | MODALS
#: Two Chinese renderings joined by 与, 和 or 及 (a bracket of Chinese words, nothing else).
_ZH_AND_RE = re.compile(r"[\u4e00-\u9fff]{2,12}[与和及][\u4e00-\u9fff]{2,12}")
_EN_AND_RE = re.compile(r"((?:[A-Za-z][A-Za-z\-]* ){0,4}[A-Za-z][A-Za-z\-]*)\s+(?:and|&)\s+"
                        r"((?:[A-Za-z][A-Za-z\-]* ){0,4}[A-Za-z][A-Za-z\-]*)")


def _conjoined_pairs(text: str, open_pos: int, g0: int, g1: int, lo: int) -> list[GlossHit]:
    """`- Transfer risks and assumptions（迁移风险与前提）`: a line (a heading, list item or
    cell) that is only two English terms joined by `and`, glossed by two Chinese renderings
    joined by 与/和/及 in the same order; one en-zh pair each (S2)."""
    h0 = _line_head_start(text, lo, open_pos)
    heads = _EN_AND_RE.fullmatch(text[h0:open_pos].rstrip(" \t"))
    if heads is None or any(w.lower() in _CLAUSE_WORDS for n in (1, 2)
                                 for w in heads.group(n).split()):
        return []  # (`We study risks and …`: a clause, not two terms)
    if is_title_case(heads.group(0)):
        return []  # a name is one term (`Uniform Manifold Approximation and Projection`)
    # (the conjunction with two characters at least on each side: 和 may open a word, 和平与和谐)
    k = next(i for i in range(g0 + 2, g1 - 2) if text[i] in "与和及")
    return [make_hit(text, h0 + heads.start(n), h0 + heads.end(n), a, b, "en-zh")
            for n, (a, b) in ((1, (g0, k)), (2, (k + 1, g1)))]


def _line_head_start(text: str, lo: int, open_pos: int) -> int:
    """Where the words of the line holding the bracket at `open_pos` start, after a list bullet,
    heading marks or an item number."""
    line0 = line_start(text, lo, open_pos)
    lead = _LINE_LEAD_RE.match(text, line0, open_pos)
    return lead.end() if lead else line0


def _split_spans(text: str, a: int, b: int) -> list[tuple[int, int]]:
    """The spans of `text[a:b]` between spaced slashes, stripped; [] when one is empty."""
    spans, start = [], a
    for m in _SPACED_SLASH_RE.finditer(text, a, b):
        spans.append(strip_span(text, start, m.start()))
        start = m.end()
    spans.append(strip_span(text, start, b))
    return spans if all(x < y for x, y in spans) else []


def _item_start(text: str, lo: int, end: int, english: bool) -> int:
    """Start of the slash-list item ending at `end`: one English word, or a run of Chinese
    characters; `end` when there is none."""
    if not english:
        return cjk_run_start(text, end, lo)
    start = end
    while start > lo and (text[start - 1].isascii() and (text[start - 1].isalnum()
                                                         or text[start - 1] == "-")):
        start -= 1
    while start < end and not text[start].isalpha():
        start += 1  # (a word opens with a letter)
    return start

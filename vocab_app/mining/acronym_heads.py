"""An acronym before a short Chinese word, and a bracket that expands the acronym: `CNN 原理
（Convolutional Neural Network）`, `RAG 流程（Retrieval-Augmented Generation）`. The Chinese word
(原理, "principle") is no term of the English name: the name renders the acronym, so the pair is
abbr, long form → acronym (RULES.md S1a, B2), and the Chinese word gives nothing.
"""

from __future__ import annotations

import re

from vocab_app.mining.abbrev import expands, is_short_form
from vocab_app.mining.lang import cjk_run_start
from vocab_app.mining.model import GlossHit

#: The longest Chinese word between the acronym and the bracket (原理, 简介, 网络结构).
_RUN_MAX = 4
#: An acronym right before the Chinese word: Latin letters and digits, a space or none after.
_ACRONYM_RE = re.compile(r"(?<![A-Za-z0-9_.-])([A-Za-z][A-Za-z0-9-]{1,9})[ \t]?\Z")


def expanded_acronym(text: str, head_end: int, g0: int, g1: int, lo: int) -> GlossHit | None:
    """The abbr pair when the Chinese run ending at `head_end` is short and right after an
    acronym that the English gloss `text[g0:g1]` expands; else None. Asked only when the run
    itself is no term of the gloss (zh_terms.chinese_term found none)."""
    start = cjk_run_start(text, head_end, max(lo, head_end - _RUN_MAX - 1))
    if start == head_end or head_end - start > _RUN_MAX:
        return None
    acronym = _ACRONYM_RE.search(text, max(lo, start - 12), start)
    if acronym is None:
        return None
    short = acronym.group(1)
    if not is_short_form(short) or not expands(short, text[g0:g1]):
        return None
    return GlossHit(text[g0:g1], short, "abbr", acronym.span(1), (g0, g1))

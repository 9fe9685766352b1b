"""A bracket on an English term holding another English name for it beside the Chinese one
(`Endpointing（Turn Detection，对话轮次检测）`, `C2PA（Content Credentials，内容凭证）`): the
Chinese part is the term's en-zh gloss and the English part another name for the same thing,
a def pair of the same term (RULES.md E1, DEF: another name), as glossaries write it.
"""

from __future__ import annotations

from vocab_app.mining.abbrev import is_short_form
from vocab_app.mining.lang import has_cjk, strip_span
from vocab_app.mining.model import GlossHit

_NAME_WORDS = 4


def _other_name(part: str, term: str) -> bool:
    words = part.split()
    if not 1 <= len(words) <= _NAME_WORDS or has_cjk(part) or is_short_form(part):
        return False
    if not all(w.replace("-", "").isalpha() for w in words):
        return False
    if term[:1].islower():  # `prompt caching（context caching，提示缓存）`
        return part.islower() and len(words) >= 2
    return all(w[:1].isupper() for w in words)  # `Endpointing（Turn Detection，…）`


def with_other_name(text: str, parts: list[tuple[int, int]],
                    per_part: list[list[GlossHit]]) -> list[list[GlossHit]]:
    """`per_part` (the hits of each part of a split bracket on an English head) with a def
    pair for an English part that gave none, when it is another name (a Title Case name of
    one to four words, or two to four lower-case words after a lower-case term) and the only
    other part gave the term's one en-zh pair."""
    if len(parts) != 2:
        return per_part
    for i in (0, 1):
        other = per_part[1 - i]
        if per_part[i] or len(other) != 1 or other[0].style != "en-zh":
            continue
        (a, b), hit = strip_span(text, *parts[i]), other[0]
        if _other_name(text[a:b], hit.term):
            named = GlossHit(hit.term, text[a:b], "def", hit.term_span, (a, b))
            return [[named], other] if i == 0 else [other, [named]]
    return per_part

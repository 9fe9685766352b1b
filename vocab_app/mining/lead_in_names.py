"""Other English names after a Chinese lead-in, in the bracket after an English term inside
Chinese text (`F-score (又称 F-measure 或 F-metric)`): each name is a def pair with the term,
the lead-in (`又称`, also called) dropped as a note's label is; `或` joins alternatives. A
Chinese lead-in is no Chinese gloss of the term: the bracket holds no en-zh pair.
"""

from __future__ import annotations

import re

from vocab_app.mining.model import GlossHit

#: `又称`, `也称`, `亦称`, `或称`, `也叫`, `又名`, `也被称为`, then English names joined by 或.
_LEAD_IN_RE = re.compile(r"\s*(?:又|也|亦|或)(?:被)?(?:称为|称|叫做|叫|名)\s*")
_CJK_LEAD_BEFORE_RE = re.compile(r"(?:又|也|亦|或)(?:被)?(?:称为|称|叫做|叫|名)\s*\Z")
_NAME = r"[A-Za-z][A-Za-z0-9\-]*(?: [A-Za-z0-9][A-Za-z0-9\-]*){0,3}"
_NAMES_RE = re.compile(rf"({_NAME})(?:\s*(?:或|、|,|，)\s*({_NAME}))?\s*")


def other_english_names(text: str, t0: int, t1: int, g0: int, g1: int,
                        named: bool) -> list[GlossHit] | None:
    """The def pairs of the English term `text[t0:t1]` with each English name after a Chinese
    lead-in that fills the gloss `text[g0:g1]` (`named`: the lead-in was read off already);
    None when the gloss is not of that shape."""
    lead = _LEAD_IN_RE.match(text, g0, g1)
    if lead is None and not (named and _CJK_LEAD_BEFORE_RE.search(text, max(0, g0 - 6), g0)):
        return None
    names = _NAMES_RE.fullmatch(text, lead.end() if lead else g0, g1)
    if names is None:
        return None
    return [GlossHit(text[t0:t1], names.group(k), "def", (t0, t1), names.span(k))
            for k in (1, 2) if names.group(k) and names.group(k) != text[t0:t1]]

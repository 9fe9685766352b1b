"""What stands around the run of a Chinese term and changes what the term is: an enumeration
of glossed terms, whose whole item is the term (S3, B3), and the passive 被 before a verb,
which makes the run a predicate no short form glosses."""

from __future__ import annotations

import re

from vocab_app.mining.zh_function_words import STOP_WORDS
from vocab_app.mining.zh_tokens import VERB_FLAGS, tag_run

_PASSIVE_RE = re.compile(r"被[^\s\u4e00-\u9fff，。；、（）()]{0,6}\Z")


def passive_predicate(text: str, start: int, end: int, lo: int) -> bool:
    """True when the term is one verb right after the passive 被 and at most a short Latin or
    digit agent (`被8整除`, `被 GPU 加速`): a predicate, which a short form (a name) never
    glosses."""
    if _PASSIVE_RE.search(text, max(lo, start - 8), start) is None:
        return False
    toks = tag_run(text[start:end])
    return len(toks) == 1 and toks[0][1] in VERB_FLAGS


_ENUMERATION_ITEM = 6  # longest item of an enumeration of glossed terms taken whole


def enumerated_item(text: str, run_start: int, end: int) -> int | None:
    """Start of the term when the run is an item of an enumeration of glossed terms: it
    follows the previous item's gloss and an enumeration comma (`A（a）、表信息（Table）`) or a
    conjunction (`A（a）和校验（verify）`), so the whole item, less the conjunction, is the term
    (S3, B3); else None."""
    after_comma = run_start >= 2 and text[run_start - 1] == "、" and text[run_start - 2] in "）)"
    if not after_comma and not (run_start >= 1 and text[run_start - 1] in "）)"):
        return None
    start = run_start
    for conjunction in ("以及", "或者", "及", "和", "与", "或"):
        if text.startswith(conjunction, start) and end - start > len(conjunction) + 1:
            start += len(conjunction)
            break
    if start == run_start and not after_comma:
        return None  # glosses stuck side by side (S3) without a conjunction: the usual rules
    item = text[start:end]
    if not 2 <= len(item) <= _ENUMERATION_ITEM or any(w in STOP_WORDS for w, _ in tag_run(item)):
        return None
    return start

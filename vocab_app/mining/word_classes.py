"""Word-class labels that learners and dictionaries put before a gloss: `cadence (n. 节奏)`,
`roll out (v. 推出)`, `redundant (adj. 冗余的)`, `n./v. 记录`.

The label says what part of speech the gloss translates; it is no part of the gloss (the
dictionary's own markup, like M2's emphasis), so gloss extraction starts after it.
"""

from __future__ import annotations

import re

_LABEL = r"(?:n|v|vt|vi|adj|adv|prep|conj|pron|num|art|int|interj|aux|phr|pl)\."
#: One label or several joined (`n./v.`, `n. & v.`), then the Chinese gloss: a label is never
#: taken before English (`v. Smith` is a citation, not a label).
_LABEL_RE = re.compile(rf"{_LABEL}(?:\s*[/&，,]\s*{_LABEL})*\s*(?=[\u3400-\u9fff])", re.I)


def word_class_end(text: str, start: int, end: int) -> int:
    """Index after a word-class label (`n.`, `v.`, `adj.`, `n./v.`) opening the gloss
    `text[start:end]` when a Chinese gloss follows it; else `start`."""
    if start >= end or text[start] not in "nvapcilNVAPCIL":
        return start
    m = _LABEL_RE.match(text, start, end)
    return m.end() if m else start

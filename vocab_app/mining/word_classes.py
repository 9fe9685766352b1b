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
_CJK_RE = re.compile(r"[\u3400-\u9fff]")


def word_class_end(text: str, start: int, end: int) -> int:
    """Index after a word-class label (`n.`, `v.`, `adj.`, `n./v.`) opening the gloss
    `text[start:end]` when a Chinese gloss follows it; else `start`."""
    if start >= end or text[start] not in "nvapcilNVAPCIL":
        return start
    m = _LABEL_RE.match(text, start, end)
    return m.end() if m else start



def sense_spans(text: str, parts: list[tuple[int, int]],
                labelled: list[bool]) -> list[tuple[int, int]] | None:
    """The senses of a bracket whose word-class labels each open one (`n. 节奏；v. 使有节奏`):
    a span per label, from after it to the end of the last part before the next label (a
    sense may hold several renderings: `n. 节奏，韵律；v. 使有节奏`). `parts` are the bracket's
    parts between separators, each after its label; `labelled` says which had one. None
    unless the first part and at least one more have a label, and every part is Chinese."""
    if len(parts) < 2 or not labelled[0] or sum(labelled) < 2:
        return None
    senses: list[list[int]] = []
    for (a, b), label in zip(parts, labelled, strict=True):
        if not _CJK_RE.search(text, a, b):
            return None
        if label:
            senses.append([a, b])
        else:
            senses[-1][1] = b
    return [(a, b) for a, b in senses]

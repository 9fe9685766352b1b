"""A Chinese paragraph indented by its writer is prose, not an indented code block.

Chinese writers often open each paragraph with a tab or four spaces (the first-line indent of
Chinese typesetting); CommonMark would make such a paragraph after a blank line an indented
code block, and a renderer would show it in monospace. A line of code hardly ever starts with
Chinese characters and holds Chinese sentence punctuation, so a line that does is read as text
(`    权重（weights）= load()` stays code).
"""

from __future__ import annotations

import re

#: After the indent (and emphasis or a quote mark): two Chinese characters.
_PROSE_RE = re.compile(r"[ \t\u3000]*[*_“「（(]{0,2}[\u4e00-\u9fff]{2}")
#: Chinese sentence punctuation: a sentence, not a line of code naming things in Chinese.
_SENTENCE_MARK_RE = re.compile("[，。；：！？、]")


def chinese_prose(line: str) -> bool:
    """True for an indented line that opens with Chinese words and punctuates a sentence
    (`\t在本次课程中，我们…`, `    **查准率**（Precision）和…：`): a paragraph, whatever
    its indent."""
    return _PROSE_RE.match(line) is not None and _SENTENCE_MARK_RE.search(line) is not None

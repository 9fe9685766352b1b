"""Display math in Markdown over several lines (`$$` … `$$`, or `\\[` … `\\]` alone on their
lines): read like code (RULES.md M3), so the block reader (blocks.py) skips its lines."""

from __future__ import annotations

import re

#: A display-math block's opening at a line start (`$$`, or `\[` alone on its line: `\[1] …`
#: opening a line is an escaped bracket), and what closes each.
_MATH_OPEN_RE = re.compile(r" {0,3}(\$\$(?!\$)|\\\[(?=\s*\Z))")  # (`$$$` is no math)
_MATH_CLOSERS = {"$$": "$$", "\\[": "\\]"}
MATH_LEADS = frozenset(" $\\")


def display_math_closer(line: str) -> str | None:
    """What closes the display math that `line` opens and does not close (`$$` for `$$`, `\\]`
    for `\\[`), else None: such a block runs over the next lines and holds no text. One that
    closes on its line is left to the inline scanner."""
    opened = _MATH_OPEN_RE.match(line)
    if opened is None:
        return None
    closer = _MATH_CLOSERS[opened.group(1)]
    return None if closer in line[opened.end():] else closer

"""Where the text of the list item being read starts, so that its indented paragraphs stay text.

CommonMark: a line indented at least as far as the item's text, after a blank line, continues
the item as a paragraph (`1. PLAIN 编码（PLAIN）⏎⏎    PLAIN 编码，默认的编码方式…`); only four
spaces more than that make code inside the item. A paragraph at the left margin after a blank
line, or a heading, ends the list.
"""

from __future__ import annotations

import re

#: A list item's marker with its indent and the spaces after it (a task box too).
ITEM_RE = re.compile(
    r"^[ \t]*(?:[-*+•·]|\d{1,3}[.)、]|[a-z][.)]|[A-Z]\))[ \t]+(?:\[[ xX]\][ \t]+)?")


def _indent(raw: str) -> int:
    return len(raw.expandtabs(4)) - len(raw.expandtabs(4).lstrip(" "))


class ListIndent:
    """The text column of the list item being read, or None outside a list."""

    def __init__(self) -> None:
        self.content: int | None = None

    def see(self, raw: str, after_blank: bool) -> None:
        """Note a line that is no blank and no code: an item sets the column, a line at the
        left margin after a blank line, or a heading, ends the list."""
        item = ITEM_RE.match(raw)
        if item is not None:
            self.content = len(raw[:item.end()].expandtabs(4))
        elif not raw[:1].isspace() and (after_blank or raw.startswith("#")):
            self.content = None

    def continues(self, raw: str) -> bool:
        """True when the indented `raw` is a paragraph of the item, not code: indented less
        than four spaces beyond the item's text."""
        return self.content is not None and _indent(raw) < self.content + 4

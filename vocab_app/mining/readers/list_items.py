"""Where the text of the list item being read starts, so that its indented paragraphs stay text.

CommonMark: a line indented at least as far as the item's text, after a blank line, continues
the item as a paragraph (`1. PLAIN 编码（PLAIN）⏎⏎    PLAIN 编码，默认的编码方式…`); only four
spaces more than that make code inside the item, and a fence opened at the item's indent is a
fence (`dedent`). A paragraph at the left margin after a blank
line, or a heading, ends the list. MkDocs' admonitions and tabs (`!!! note "提示"`, `??? tip`,
`=== "Python"`) hold their text indented four spaces the same way.
"""

from __future__ import annotations

import re

#: A list item's marker with its indent and the spaces after it (a task box too).
ITEM_RE = re.compile(
    r"^[ \t]*(?:[-*+•·]|\d{1,3}[.)、]|[a-z][.)]|[A-Z]\))[ \t]+(?:\[[ xX]\][ \t]+)?")


#: An MkDocs admonition, collapsible block or content tab: its text is indented four spaces.
_CONTAINER_RE = re.compile(r"[ \t]*(?:!!!|\?\?\?\+?|===)[ \t]")


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
        elif _CONTAINER_RE.match(raw):
            self.content = _indent(raw) + 4
        elif not raw[:1].isspace() and (after_blank or raw.startswith("#")):
            self.content = None

    def continues(self, raw: str) -> bool:
        """True when the indented `raw` is a paragraph of the item, not code: indented less
        than four spaces beyond the item's text."""
        return self.content is not None and _indent(raw) < self.content + 4

    def dedent(self, raw: str) -> str:
        """`raw` without the indent of the item's text, so that a fence opened inside an item
        is seen as one (`1. 安装⏎⏎    ```bash`); `raw` itself outside a list."""
        if self.content is None:
            return raw
        cut = min(self.content, _indent(raw))
        return raw.expandtabs(4)[cut:]

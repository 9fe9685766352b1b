"""Obsidian's (and Typora's) inline markup, rewritten as the Markdown the inline scanner knows:
a wiki link `[[梯度下降]]` or `[[note|梯度下降]]` is a link whose text the reader shows, an embed
`![[figure.png]]` shows no text, and a highlight `==梯度下降==` marks its span as emphasis does.
Learners' study notes in Obsidian gloss marked or linked words like any others
(`[[梯度下降]]（gradient descent）`, `==lay the groundwork== (打下基础)`). Nothing inside a code
span is touched.
"""

from __future__ import annotations

import re

from vocab_app.mining.readers.html_blocks import in_code_span

_WIKI_RE = re.compile(r"(!?)\[\[([^\[\]|\n]{1,200})(?:\|([^\[\]\n]{1,200}))?\]\]")
_HIGHLIGHT_RE = re.compile(r"==(?=[^\s=])([^=\n]{1,200}?)(?<=[^\s=])==")


def wiki_to_markdown(line: str) -> str:
    """`line` with wiki links as Markdown links (`[[a|b]]` → `[b](#)`, `[[a#h]]` → `[a](#)`),
    embeds dropped and highlights as `**…**`; `line` itself when it has none (cheap test)."""
    if "[[" not in line and "==" not in line:
        return line

    def link(m: re.Match[str]) -> str:
        if in_code_span(line, m.start()):
            return m.group()
        if m.group(1):
            return ""  # an embedded file or note shows no text of its own here
        text = m.group(3) or m.group(2).split("#", 1)[0] or m.group(2)
        return f"[{text.strip()}](#)"

    def highlight(m: re.Match[str]) -> str:
        return m.group() if in_code_span(line, m.start()) else f"**{m.group(1)}**"

    if "[[" in line:
        line = _WIKI_RE.sub(link, line)
    if "==" in line:
        line = _HIGHLIGHT_RE.sub(highlight, line)
    return line

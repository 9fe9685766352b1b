"""HTML blocks that run over several lines in Markdown: a comment or a raw element (`<script>`,
`<style>`, `<pre>`, …) opened on a line and not closed there hides the lines up to its closer.
A tag or comment opener inside an inline code span (`` `<script>` tags block parsing ``) is
code the author quotes, not markup: it opens nothing.
"""

from __future__ import annotations

import re

# Elements whose content is no text (or is code) and may run over several lines.
_RAW_OPEN_RE = re.compile(r"<(script|style|noscript|template|svg|math|iframe|pre)\b[^>]*>",
                          re.IGNORECASE)
_TICKS_RE = re.compile(r"`+")


def open_html_block(line: str, markdown: bool,
                    comments_as_text: bool) -> tuple[str, str | None, bool]:
    """`line` up to a comment or raw element it opens and does not close, the closer the next
    lines run up to (`-->`, `</script`; None when nothing stays open), and whether an open
    comment is read as text instead (`comments_as_text`: its `<!--` is dropped, the rest of
    the line kept). Raw elements count only in Markdown."""
    closing, in_comment = None, False
    comment = line.find("<!--")
    if comment >= 0 and "`" in line and in_code_span(line, comment):
        comment = -1
    if comment >= 0 and line.find("-->", comment + 4) < 0:
        if comments_as_text:
            in_comment = True
            line = line[:comment] + " " + line[comment + 4:]
        else:
            closing = "-->"
            line = line[:comment]
    raw_open = _RAW_OPEN_RE.search(line) if markdown and "<" in line else None
    if raw_open and "`" in line and in_code_span(line, raw_open.start()):
        raw_open = None
    if raw_open and line.lower().find(f"</{raw_open.group(1).lower()}", raw_open.end()) < 0:
        closing = f"</{raw_open.group(1).lower()}"
        line = line[:raw_open.start()]
    return line, closing, in_comment


_TICKS_RE = re.compile(r"`+")


def in_code_span(line: str, pos: int) -> bool:
    """True when `line[pos]` is inside an inline code span (a run of backticks up to the next
    run of the same length, as CommonMark pairs them). One pass over the backtick runs."""
    opened = 0  # length of the run that opened the span we are in, 0 outside
    start = 0
    for run in _TICKS_RE.finditer(line):
        if run.start() > pos:
            break
        if not opened:
            opened, start = len(run.group()), run.end()
        elif len(run.group()) == opened:
            opened = 0
    if not opened or pos < start:
        return False
    return any(len(run.group()) == opened for run in _TICKS_RE.finditer(line, pos))

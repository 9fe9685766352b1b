"""HTML blocks that run over several lines in Markdown: a comment or a raw element (`<script>`,
`<style>`, `<pre>`, …) opened on a line and not closed there hides the lines up to its closer.
A tag or comment opener inside an inline code span (`` `<script>` tags block parsing ``) is
code the author quotes, not markup: it opens nothing.

A page saved on one line (`<h1>Asthma</h1><p>Shortness of breath (dyspnea) …</p><p>…`) is split
into a paragraph per block element first (`split_html_blocks`), as a browser shows it.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator

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


_BLOCK_OPEN_RE = re.compile(
    r"<(?:p|div|h[1-6]|li|ul|ol|table|section|article|blockquote|header|footer|main|nav|aside"
    r"|dl|dt|dd|figure|figcaption)\b[^<>]*>|</(?:p|div|h[1-6]|li|ul|ol|table|section|article"
    r"|blockquote|header|footer|main|nav|aside|dl|dt|dd|figure|figcaption)\s*>", re.IGNORECASE)


def split_html_blocks(lines: Iterable[str]) -> Iterator[str]:
    """`lines`, each line that holds two or more HTML block elements cut into a line per
    element with a blank line between (a paragraph break): before an opening block tag and
    after a closing one, so a heading's tags stay on its line. Tags inside code spans and
    table rows (`| a<br>b |`) are left alone."""
    for raw in lines:
        if raw.count("<") < 2 or raw.lstrip().startswith("|"):
            yield raw
            continue
        tags = [m for m in _BLOCK_OPEN_RE.finditer(raw)
                if not ("`" in raw and in_code_span(raw, m.start()))]
        if len(tags) < 2:
            yield raw
            continue
        start = 0
        for m in tags:
            cut = m.start() if m.group()[1] != "/" else m.end()
            if raw[start:cut].strip():
                yield raw[start:cut]
                yield ""
                start = cut
            elif m.group()[1] != "/":
                start = cut
        if raw[start:].strip():
            yield raw[start:]

"""Reader for prose: English and Chinese articles (seeds/000_*, 002_*), plain .txt and .md.

Each paragraph is a segment without translation. A paragraph is a line, or several lines of a
hard-wrapped block joined back together (a long line without final punctuation followed by a
line that continues it). Author markup is read by blocks.MarkdownLines: inline emphasis, tags,
code spans and links in every text; headings, lists, quotes, tables and code blocks when the
text is Markdown (a .md file, or text that uses Markdown/HTML markup). The emphasised spans
and code spans go with the segment. The title is the first heading (Markdown), else the first
title-like line near the top, else the first sentence.
"""

from __future__ import annotations

from collections.abc import Iterable

from vocab_app.mining.model import DocKind, Document, Segment
from vocab_app.mining.readers.blocks import MarkdownLines
from vocab_app.mining.readers.common import (
    CJK_RE,
    display_width,
    fallback_title,
    looks_like_title,
)
from vocab_app.mining.readers.markup import Marked, join_marked

_TERMINAL = tuple(".。!！?？:：;；\"”’')）")
_WRAP_WIDTH = 50  # a line at least this wide without final punctuation may be hard-wrapped
_TITLE_LOOKAHEAD = 12  # non-empty lines searched for a title


def read_article(lines: Iterable[str], *, path: str, default_title: str, kind: DocKind = "article",
                 markdown: bool = False, indented_code: bool = True) -> Document:
    """The Document of a prose file: one segment per paragraph, in order.

    `markdown` reads block markup (headings, lists, code blocks); `indented_code` (with it)
    makes indented blocks code, as Markdown does.
    """
    paragraphs: list[list[Marked]] = []
    title_candidates: list[str] = []
    pending: list[Marked] | None = None  # the paragraph being built from wrapped lines
    blocks = MarkdownLines(markdown=markdown, indented_code=indented_code)
    for raw in lines:
        for marked in blocks.feed(raw):
            line = marked.text
            if not line:
                if pending is not None:
                    paragraphs.append(pending)
                    pending = None
                continue
            if len(title_candidates) < _TITLE_LOOKAHEAD:
                title_candidates.append(line)
            if pending is not None and _continues(pending[-1].text, line):
                pending.append(marked)
                continue
            if pending is not None:
                paragraphs.append(pending)
            pending = [marked]
    if pending is not None:
        paragraphs.append(pending)
    joined = [_glue(p) for p in paragraphs]
    title = blocks.heading or next((c for c in title_candidates if looks_like_title(c)), None) \
        or fallback_title([p.text for p in joined[:_TITLE_LOOKAHEAD]], default_title)
    segments = tuple(Segment(index=i, text=p.text, marks=p.marks, code=p.code)
                     for i, p in enumerate(joined))
    return Document(path=path, title=title, kind=kind, segments=segments)


def _continues(previous: str, line: str) -> bool:
    """True when `line` continues a hard-wrapped paragraph whose last line is `previous`."""
    if previous.endswith(_TERMINAL) or len(previous) * 2 < _WRAP_WIDTH \
            or display_width(previous) < _WRAP_WIDTH:
        return False
    first = line[0]
    return first.islower() or bool(CJK_RE.match(first)) and bool(CJK_RE.match(previous[-1]))


def _glue(lines: list[Marked]) -> Marked:
    """One paragraph from its wrapped lines: Chinese lines join directly, others with a space."""
    seps = ["" if CJK_RE.match(a.text[-1]) and CJK_RE.match(b.text[0]) else " "
            for a, b in zip(lines, lines[1:], strict=False)]
    return join_marked(lines, seps)

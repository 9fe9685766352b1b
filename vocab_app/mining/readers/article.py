"""Reader for prose: English and Chinese articles (seeds/000_*, 002_*), plain .txt and .md.

Each paragraph is a segment without translation. A paragraph is a line, or several lines of a
hard-wrapped block joined back together (a long line without final punctuation followed by a
line that continues it). Author markup is read by blocks.MarkdownLines: inline emphasis, tags,
code spans and links in every text; headings, lists, quotes, tables and code blocks when the
text is Markdown (a .md file, or text that uses Markdown/HTML markup). The emphasised spans
and code spans go with the segment. The title is the first heading (Markdown), else the first
title-like line near the top, else the file's name.
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
from vocab_app.mining.readers.marked_text import Marked, join_marked
from vocab_app.mining.readers.markup import has_markup

_TERMINAL = tuple(".。!！?？:：;；\"”’')）")
_WRAP_WIDTH = 50  # a line at least this wide without final punctuation may be hard-wrapped
_TITLE_LOOKAHEAD = 12  # non-empty lines searched for a title


def read_article(lines: Iterable[str], *, path: str, default_title: str, kind: DocKind = "article",
                 markdown: bool = False, indented_code: bool = True,
                 comments_as_text: bool = False) -> Document:
    """The Document of a prose file: one segment per paragraph, in order.

    `markdown` reads block markup (headings, lists, code blocks); `indented_code` (with it)
    makes indented blocks code, as Markdown does; `comments_as_text` reads the text of HTML
    comments spanning lines (a .md file's, where translated docs keep the original).
    """
    # A paragraph is a list of its lines: plain strings, or Marked where a line had markup
    # (most lines have none, and plain text is read without the markup machinery).
    paragraphs: list[list[str | Marked]] = []
    title_candidates: list[str] = []
    pending: list[str | Marked] | None = None  # the paragraph being built from wrapped lines
    last = ""  # the text of the last line added to `pending`
    blocks = MarkdownLines(markdown=markdown, indented_code=indented_code,
                           comments_as_text=comments_as_text)
    plain = not markdown

    def add(line: str, item: str | Marked) -> None:
        nonlocal pending, last
        if len(title_candidates) < _TITLE_LOOKAHEAD:
            title_candidates.append(line)
        if pending is not None and _continues(last, line):
            pending.append(item)
        else:
            if pending is not None:
                paragraphs.append(pending)
            pending = [item]
        last = line

    for raw in lines:
        if plain and blocks.closing is None:
            line = raw.strip()
            if not line:
                if pending is not None:
                    paragraphs.append(pending)
                    pending = None
            elif has_markup(line):
                for marked in blocks.feed(raw):
                    if marked.text:
                        add(marked.text, marked)
            else:
                add(line, line)
            continue
        for marked in blocks.feed(raw):
            if marked.text:
                add(marked.text, marked)
            elif pending is not None:
                paragraphs.append(pending)
                pending = None
    if pending is not None:
        paragraphs.append(pending)
    segments = tuple(_segment(i, p) for i, p in enumerate(paragraphs))
    title = blocks.heading or next((c for c in title_candidates if looks_like_title(c)), None) \
        or fallback_title([s.text for s in segments[:_TITLE_LOOKAHEAD]], default_title)
    return Document(path=path, title=title, kind=kind, segments=segments)


def _continues(previous: str, line: str) -> bool:
    """True when `line` continues a hard-wrapped paragraph whose last line is `previous`."""
    if previous.endswith(_TERMINAL) or len(previous) * 2 < _WRAP_WIDTH \
            or len(previous) < _WRAP_WIDTH and display_width(previous) < _WRAP_WIDTH:
        return False
    first = line[0]
    if first in "(（" and len(line) > 1:  # `a particular control loop⏎(controller) uses …`
        first = line[1]
    return first.islower() or bool(CJK_RE.match(first)) and bool(CJK_RE.match(previous[-1]))


def _segment(index: int, lines: list[str | Marked]) -> Segment:
    """The segment of one paragraph from its wrapped lines: Chinese lines join directly,
    others with a space."""
    if len(lines) == 1:
        line = lines[0]
        if isinstance(line, str):
            return Segment(index=index, text=line)
        return Segment(index=index, text=line.text, marks=line.marks, code=line.code)
    marked = [Marked(x) if isinstance(x, str) else x for x in lines]
    seps = ["" if CJK_RE.match(a.text[-1]) and CJK_RE.match(b.text[0]) else " "
            for a, b in zip(marked, marked[1:], strict=False)]
    text, marks, code = join_marked(marked, seps)
    return Segment(index=index, text=text, marks=marks, code=code)

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

from collections.abc import Iterable, Sequence

from helpers.markdown_before.blocks import BREAK, MarkdownLines

from vocab_app.mining.model import DocKind, Document, Segment
from vocab_app.mining.readers.article import _continues, _joined  # (paragraph joining was
from vocab_app.mining.readers.common import (
    fallback_title,
    looks_like_title,
)
from vocab_app.mining.readers.html_blocks import split_html_blocks

# not part of the redesign: both readers join wrapped lines the same way)
from vocab_app.mining.readers.marked_text import Marked
from vocab_app.mining.readers.markup import has_markup

_TERMINAL = tuple(".。!！?？:：;；\"”’')）")
_WRAP_WIDTH = 50  # a line at least this wide without final punctuation may be hard-wrapped
_TITLE_LOOKAHEAD = 12  # non-empty lines searched for a title
_BREAK_ONLY = (BREAK,)


def read_article(lines: Iterable[str], *, path: str, default_title: str, kind: DocKind = "article",
                 markdown: bool = False, indented_code: bool = True,
                 comments_as_text: bool = False) -> Document:
    """The Document of a prose file: one segment per paragraph, in order.

    `markdown` reads block markup (headings, lists, code blocks); `indented_code` (with it)
    makes indented blocks code, as Markdown does; `comments_as_text` reads the text of HTML
    comments spanning lines (a .md file's, where translated docs keep the original).
    """
    # A paragraph is a list of its lines (Marked: text, emphasis and code spans); it becomes a
    # segment when the next paragraph starts. (One loop, no helper calls per line: this is the
    # per-line cost of reading every prose file.)
    segments: list[Segment] = []
    title_candidates: list[str] = []
    pending: list[Marked] | None = None  # the paragraph being built from wrapped lines
    last = ""  # the text of the last line added to `pending`
    blocks = MarkdownLines(markdown=markdown, indented_code=indented_code,
                           comments_as_text=comments_as_text)
    if markdown and path.lower().endswith((".html", ".htm", ".xhtml")):
        lines = split_html_blocks(lines)  # (a page saved on one line: a paragraph a block)
    plain = not markdown
    items: Sequence[Marked]
    for raw in lines:
        if plain and blocks.closing is None:
            # plain text is read without the markup machinery unless the line has markup
            line = raw.strip()
            items = _BREAK_ONLY if not line else blocks.feed(raw) if has_markup(line) \
                else (Marked(line),)
        else:
            items = blocks.feed(raw)
        for marked in items:
            text = marked.text
            if not text:  # a paragraph break
                if pending is not None:
                    segments.append(_segment(len(segments), pending))
                    pending = None
                continue
            if len(title_candidates) < _TITLE_LOOKAHEAD:
                title_candidates.append(text)
            if pending is not None:
                if _continues(last, text):
                    pending.append(marked)
                    last = text
                    continue
                segments.append(_segment(len(segments), pending))
            pending = [marked]
            last = text
    if pending is not None:
        segments.append(_segment(len(segments), pending))
    title = blocks.heading or next((c for c in title_candidates if looks_like_title(c)), None) \
        or fallback_title([s.text for s in segments[:_TITLE_LOOKAHEAD]], default_title)
    return Document(path=path, title=title, kind=kind, segments=tuple(segments))


def _segment(index: int, lines: list[Marked]) -> Segment:
    """The segment of one paragraph from its wrapped lines: Chinese lines join directly,
    others with a space."""
    if len(lines) == 1:
        line = lines[0]
        # (positional: index, text, translation, speaker, start, end, marks, code)
        return Segment(index, line.text, None, None, None, None, line.marks, line.code)
    text, marks, code = _joined(lines[0], lines[1:])
    return Segment(index=index, text=text, marks=marks, code=code)

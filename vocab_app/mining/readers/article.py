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

import re
from collections.abc import Iterable
from itertools import count, repeat

from vocab_app.mining.frequency import table
from vocab_app.mining.model import DocKind, Document, Segment
from vocab_app.mining.readers.blocks import MarkdownLines
from vocab_app.mining.readers.common import (
    CJK_RE,
    display_width,
    fallback_title,
    looks_like_title,
)
from vocab_app.mining.readers.html_blocks import split_html_blocks
from vocab_app.mining.readers.marked_text import Marked, join_marked

_TERMINAL = tuple(".。!！?？:：;；\"”’')）")
_OPENING = ("(", "（")
_CLOSING = (")", "）")
_WRAP_WIDTH = 50  # a line at least this wide without final punctuation may be hard-wrapped
_TITLE_LOOKAHEAD = 12  # non-empty lines searched for a title
_new = tuple.__new__


def read_article(lines: Iterable[str], *, path: str, default_title: str, kind: DocKind = "article",
                 markdown: bool = False, indented_code: bool = True,
                 comments_as_text: bool = False) -> Document:
    """The Document of a prose file: one segment per paragraph, in order.

    `markdown` reads block markup (headings, lists, code blocks); `indented_code` (with it)
    makes indented blocks code, as Markdown does; `comments_as_text` reads the text of HTML
    comments spanning lines (a .md file's, where translated docs keep the original).
    """
    # A paragraph is its first line (Marked: text, emphasis and code spans) and the lines that
    # continue it when it is hard-wrapped; it becomes a segment when the next paragraph starts.
    # (One loop, no helper calls per line: this is the per-line cost of reading prose.)
    paragraphs: list[Marked] = []  # each paragraph's text, emphasis and code spans
    add = paragraphs.append
    title_candidates: list[str] = []
    pending: Marked | None = None  # the first line of the paragraph being built
    wrapped: list[Marked] | None = None  # its further lines, if any
    last = ""  # the text of the last line of the paragraph being built
    blocks = MarkdownLines(markdown=markdown, indented_code=indented_code,
                           comments_as_text=comments_as_text)
    if markdown and path.lower().endswith((".html", ".htm", ".xhtml")):
        lines = split_html_blocks(lines)  # (a page saved on one line: a paragraph a block)
    for marked in blocks.items(lines):
        text = marked[0]
        if text and len(title_candidates) < _TITLE_LOOKAHEAD:
            title_candidates.append(text)
        if pending is not None:
            if text and _continues(last, text):
                if wrapped is None:
                    wrapped = [marked]
                else:
                    wrapped.append(marked)
                last = text
                continue
            if wrapped is None:  # the common paragraph: one line
                add(pending)
            else:
                add(_joined(pending, wrapped))
                wrapped = None
            pending = None
        if text:
            pending = marked
            last = text
    if pending is not None:
        add(pending if wrapped is None else _joined(pending, wrapped))
    segments = _segments(paragraphs)
    title = blocks.heading or next((c for c in title_candidates if looks_like_title(c)), None) \
        or fallback_title([s.text for s in segments[:_TITLE_LOOKAHEAD]], default_title)
    return Document(path=path, title=title, kind=kind, segments=segments)


def _continues(previous: str, line: str) -> bool:
    """True when `line` continues a hard-wrapped paragraph whose last line is `previous`; a
    bracket broken across lines always does (a scraped page puts a link's text on a line of its
    own: `the National Institutes of Health (⏎NIH⏎), including …`)."""
    if previous.endswith(_OPENING) or line.startswith(_CLOSING):
        return True
    if previous.endswith(_TERMINAL) or len(previous) * 2 < _WRAP_WIDTH \
            or len(previous) < _WRAP_WIDTH and display_width(previous) < _WRAP_WIDTH:
        return False
    first = line[0]
    if first in "(（" and len(line) > 1:  # `a particular control loop⏎(controller) uses …`
        first = line[1]
    return first.islower() or bool(CJK_RE.match(first)) and bool(CJK_RE.match(previous[-1]))


def _segments(paragraphs: list[Marked]) -> tuple[Segment, ...]:
    """One Segment per paragraph, numbered in order: (index, text, translation, speaker, start,
    end, marks, code, translation_marks, translation_code) put together by zip and map, with
    no Python step per segment (a named tuple's own constructor is Python code)."""
    if not paragraphs:
        return ()
    texts, marks, code = zip(*paragraphs, strict=True)
    none, empty = repeat(None), repeat(())
    return tuple(map(_new, repeat(Segment), zip(
        count(), texts, none, none, none, none, marks, code, empty, empty)))


def _joined(first: Marked, wrapped: list[Marked]) -> Marked:
    """A hard-wrapped paragraph's lines as one: Chinese lines join directly, others with a
    space, and a word broken by a hyphen at the line's end is one word again."""
    lines = [first, *wrapped]
    seps = []
    for k, b in enumerate(lines[1:]):
        a = lines[k]
        if _HYPHEN_BREAK_RE.search(a.text) and b.text[:1].islower():
            lines[k] = _unhyphenated(a, b.text)  # `hyper-⏎tension`, `well-⏎known`: no space
            seps.append("")
        else:
            seps.append("" if CJK_RE.match(a.text[-1]) and CJK_RE.match(b.text[0])
                        or a.text.endswith(_OPENING) or b.text.startswith(_CLOSING) else " ")
    return join_marked(lines, seps)


#: A word broken at the line's end: letters, then a hyphen (`hyper-⏎tension`).
_HYPHEN_BREAK_RE = re.compile(r"[A-Za-z]{2,}-\Z")
_WORD_END_RE = re.compile(r"([A-Za-z]+)-\Z")
_WORD_START_RE = re.compile(r"[a-z]+")


def _unhyphenated(line: Marked, next_text: str) -> Marked:
    """`line` without the hyphen of a word broken across lines when the word is one without
    it (`hyper-⏎tension` → hypertension: the frequency list knows it, not `hyper-tension`);
    a compound keeps its hyphen (`well-⏎known` → well-known)."""
    head = _WORD_END_RE.search(line.text)
    tail = _WORD_START_RE.match(next_text)
    if head is None or tail is None:
        return line
    whole = (head.group(1) + tail.group()).lower()
    if table().word_rank(whole) is None:
        return line
    cut = len(line.text) - 1
    return Marked(line.text[:cut], tuple((a, min(b, cut)) for a, b in line.marks),
                  tuple((a, min(b, cut)) for a, b in line.code))

"""Reader for prose: English and Chinese articles (seeds/000_*, 002_*), plain .txt and .md.

Each paragraph is a segment without translation. A paragraph is a line, or several lines of a
hard-wrapped block joined back together (a long line without final punctuation followed by a
line that continues it). Markdown headings, list bullets and quote marks are dropped; all other
text, HTML included, stays literal. The title is the first heading (Markdown), else the first
title-like line near the top, else the first sentence.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from vocab_app.mining.model import DocKind, Document, Segment
from vocab_app.mining.readers.common import (
    CJK_RE,
    display_width,
    fallback_title,
    looks_like_title,
)

_MD_PREFIX_RE = re.compile(r"^\s{0,3}(?:#{1,6}\s+|>\s?|[-*+]\s+|\d{1,3}[.)]\s+)")
_MD_RULE_RE = re.compile(r"^\s{0,3}(?:[-*_]\s*){3,}$")
_MD_HEADING_RE = re.compile(r"^\s{0,3}#{1,6}\s+(.+?)\s*#*\s*$")
_TERMINAL = tuple(".。!！?？:：;；\"”’')）")
_WRAP_WIDTH = 50  # a line at least this wide without final punctuation may be hard-wrapped
_TITLE_LOOKAHEAD = 12  # non-empty lines searched for a title


def read_article(lines: Iterable[str], *, path: str, default_title: str, kind: DocKind = "article",
                 markdown: bool = False) -> Document:
    """The Document of a prose file: one segment per paragraph, in order."""
    paragraphs: list[str] = []
    heading: str | None = None
    title_candidates: list[str] = []
    pending: str | None = None  # the paragraph being built from wrapped lines
    last = ""  # the last physical line added to `pending`
    for raw in lines:
        line = raw.strip()
        if markdown and line:
            match = _MD_HEADING_RE.match(raw)
            if match and heading is None:
                heading = match.group(1)
            if line.startswith(("```", "~~~")) or _MD_RULE_RE.match(line):
                continue  # code fences: the code itself is kept as text
            line = _MD_PREFIX_RE.sub("", line).strip()
        if not line:
            if pending is not None:
                paragraphs.append(pending)
                pending = None
            continue
        if len(title_candidates) < _TITLE_LOOKAHEAD:
            title_candidates.append(line)
        if pending is not None and _continues(last, line):
            pending = _glue(pending, line)
            last = line
            continue
        if pending is not None:
            paragraphs.append(pending)
        pending = last = line
    if pending is not None:
        paragraphs.append(pending)
    title = heading or next((c for c in title_candidates if looks_like_title(c)), None) \
        or fallback_title(paragraphs[:_TITLE_LOOKAHEAD], default_title)
    segments = tuple(Segment(index=i, text=p) for i, p in enumerate(paragraphs))
    return Document(path=path, title=title, kind=kind, segments=segments)


def _continues(previous: str, line: str) -> bool:
    """True when `line` continues a hard-wrapped paragraph whose last line is `previous`."""
    if previous.endswith(_TERMINAL) or len(previous) * 2 < _WRAP_WIDTH \
            or display_width(previous) < _WRAP_WIDTH:
        return False
    first = line[0]
    return first.islower() or bool(CJK_RE.match(first)) and bool(CJK_RE.match(previous[-1]))


def _glue(previous: str, line: str) -> str:
    if CJK_RE.match(previous[-1]) and CJK_RE.match(line[0]):
        return previous + line
    return previous + " " + line

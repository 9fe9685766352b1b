"""Reader for timed transcript pages without speaker headers: each segment opens with a line
holding a time stamp, optionally a segment number before it and a speaker after it, then its
English paragraph and its Chinese paragraph (either order, each one or more lines):

    (12) [3:05-3:40]              [00:03:05]                  12. 03:05 – 03:40  Jacob:
    We talked about RL …          我们谈了 RL(强化学习) …       …
    我们谈了 RL(强化学习) …         We talked about RL …

A bracketed time may also open a line of text (`[00:03:05] We talked about …`): the rest of the
line is the segment's first line. The same stamp twice in a row opens the two halves of one
segment. The side with glosses is the text and the other its
translation (both are mined); a segment without an end time ends where the next one starts.
Sound and stage directions (`(applause)`, `[笑声]`) are dropped as in subtitles. Lines before
the first header are page chrome; a Markdown heading or a title-like one is the title.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field

from vocab_app.mining.model import Document, Segment
from vocab_app.mining.readers.common import (
    bilingual_segment,
    drop_stage_directions,
    looks_like_title,
)
from vocab_app.mining.readers.marked_text import Marked, strip_edges
from vocab_app.mining.readers.markup import strip_inline

_TIME = r"\d{1,2}(?::\d{2}){1,2}(?:[.,]\d{1,3})?"
HEADER_RE = re.compile(
    rf"^\s*(?:[(（]\d{{1,5}}[)）]|#?\d{{1,5}}(?:[.)、]|(?=\s)))?\s*"
    rf"(?P<open>[\[【(（])?\s*(?P<start>{_TIME})\s*(?:[-–—~至到]+\s*(?P<end>{_TIME}))?\s*"
    rf"(?(open)[\]】)）])\s*"
    r"(?:(?P<speaker>[^\s:：\[\]()（）\d][^:：\[\]()（）]{0,30}?)\s*[:：]\s*)?"
    r"(?P<rest>.*)$"
)

#: What the first character of a header line (after its indent) is when not a digit.
_HEADER_FIRST = frozenset("(（#[【")


@dataclass(slots=True)
class _Block:
    start: float
    end: float | None
    speaker: str | None
    lines: list[Marked] = field(default_factory=list)


def parse_header(line: str) -> tuple[float, float | None, str | None, str] | None:
    """(start, end, speaker, rest of the line) of a header line, or None.

    Text after the time (`rest`) is allowed only when the time is bracketed: `12:30 we met`
    is a sentence, `[12:30] we met` a time-stamped line.
    """
    if ":" not in line:
        return None
    match = HEADER_RE.match(line)
    if match is None:
        return None
    rest = match.group("rest").strip()
    if rest and not match.group("open"):
        return None
    start = _seconds(match.group("start"))
    if start is None:
        return None
    end = _seconds(match.group("end")) if match.group("end") else None
    if end is not None and end < start:
        return None
    speaker = match.group("speaker")
    return start, end, speaker.strip() if speaker else None, rest


def count_headers(text: str, limit: int = 3) -> int:
    """How many header lines `text` has (counting stops at `limit`): detection for dispatch."""
    found = 0
    colon = text.find(":")  # only a line with a colon can be a header (parse_header)
    while colon >= 0:
        start = text.rfind("\n", 0, colon) + 1
        end = text.find("\n", colon)
        if end < 0:
            end = len(text)
        line = text[start:end]
        first = line.lstrip()[:1]  # (a header opens with a bracket, `#` or a digit: HEADER_RE)
        if (first in _HEADER_FIRST or first.isdecimal()) and parse_header(line) is not None:
            found += 1
            if found >= limit:
                break
        colon = text.find(":", end)
    return found


def read_numbered(lines: Iterable[str], *, path: str, default_title: str) -> Document:
    """The Document of a timed transcript page: one segment per header, in order."""
    pre_header: list[str] = []
    heading: str | None = None  # a Markdown heading before the first segment: the title
    blocks: list[_Block] = []
    for raw in lines:
        header = parse_header(raw)
        if header is not None:
            start, end, speaker, rest = header
            if not (blocks and (blocks[-1].start, blocks[-1].end) == (start, end)):
                # (the same stamp again opens the other language's half of one segment)
                blocks.append(_Block(start, end, speaker))
            raw = rest
        line = raw.strip()
        if not line:
            continue
        if not blocks:
            if line.startswith("#") and heading is None:
                heading = line.lstrip("#").strip() or None
            pre_header.append(line)
            continue
        marked = strip_edges(strip_inline(drop_stage_directions(line)))
        if marked.text:
            blocks[-1].lines.append(marked)
    segments: list[Segment] = []
    for i, block in enumerate(blocks):
        end = block.end
        if end is None and i + 1 < len(blocks):
            end = blocks[i + 1].start
        segment = bilingual_segment(block.lines, index=len(segments), speaker=block.speaker,
                                    start=block.start, end=end)
        if segment is not None:
            segments.append(segment)
    title = heading or next((line for line in pre_header if looks_like_title(line)),
                            default_title)
    return Document(path=path, title=title, kind="transcript", segments=tuple(segments))


def _seconds(text: str) -> float | None:
    clock, _, fraction = text.replace(",", ".").partition(".")
    parts = clock.split(":")
    if any(int(p) >= 60 for p in parts[1:]):
        return None
    total = 0
    for p in parts:
        total = total * 60 + int(p)
    return total + (int(fraction.ljust(3, "0")[:3]) / 1000 if fraction else 0.0)

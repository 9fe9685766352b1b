"""Reader for bilingual transcript pages (the BuildSpeak format of seeds/001_*).

A segment is a header `Speaker N` glued to a time range (`Speaker 100:00 - 00:28` is speaker 1
from 0 s to 28 s; `Speaker 257:09 - 57:37` is speaker 2 from 57:09), an English line, the same
header again and the Chinese line. The speaker number and the start time are told apart by the
time format of the range's end (`mm:ss` or `h:mm:ss`). Lines before the first header are page
chrome (one of them, `Ep 87: …`, is the title); `原文 ↗URL` gives the source link; whatever
follows the last segment is the footer. A header without its pair, or pairs in the other
order, still give segments: this reader never fails on a transcript it recognised.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field

from vocab_app.mining.model import Document, Segment
from vocab_app.mining.readers.common import (
    drop_stage_directions,
    looks_like_title,
    pick_marked,
)
from vocab_app.mining.readers.marked_text import Marked, join_marked, strip_edges
from vocab_app.mining.readers.markup import strip_inline

_TIME = r"\d{1,2}(?::\d{2}){1,2}"
HEADER_RE = re.compile(
    rf"^\s*Speaker\s*(\d[\d:\s]*?)\s*[-–—~]\s*({_TIME})\s*$", re.IGNORECASE
)
SOURCE_RE = re.compile(
    r"^\s*(?:原文链接|原文|来源|Source)\s*[:：]?\s*↗?\s*(https?://\S+)\s*$", re.IGNORECASE
)
_EPISODE_RE = re.compile(r"^\s*(?:Ep(?:isode)?\.?\s*\d+|EP\s*\d+|第\s*\d+\s*期)", re.IGNORECASE)


@dataclass(slots=True)
class _Block:
    speaker: str
    start: float
    end: float
    lines: list[Marked] = field(default_factory=list)

    @property
    def key(self) -> tuple[str, float, float]:
        return (self.speaker, self.start, self.end)


def count_headers(text: str, limit: int = 3) -> int:
    """How many segment headers `text` has (counting stops at `limit`): detection for dispatch."""
    found = 0
    # Only lines that open with Speaker/speaker can be headers: found by one scan of the text
    # for what follows the capital (str.find: several times faster than a regex search).
    at = text.find("peaker") - 1
    while at >= -1:
        if at < 0 or text[at] not in "Ss" or at and text[at - 1] != "\n":
            at = text.find("peaker", at + 2) - 1
            continue
        end = text.find("\n", at)
        if HEADER_RE.match(text[at:end if end >= 0 else len(text)]):
            found += 1
            if found >= limit:
                break
        at = text.find("peaker", at + 2) - 1
    return found


def parse_header(line: str, previous_start: float | None = None) -> tuple[str, float, float] | None:
    """(speaker, start, end) from a header line, or None when `line` is not a header."""
    match = HEADER_RE.match(line)
    if not match:
        return None
    blob, end_text = match.group(1).strip(), match.group(2)
    end = _seconds(end_text)
    end_fields = end_text.split(":")
    if " " in blob or "\t" in blob:
        speaker, start_text = blob.split(None, 1)
        start = _seconds(start_text.strip())
        return (speaker, start, end) if start is not None and end is not None else None
    head, _, rest = blob.partition(":")
    if not rest or end is None:
        return None
    best: tuple[tuple[int, ...], str, float] | None = None
    for cut in range(1, len(head)):
        speaker, first_field = head[:cut], head[cut:]
        if len(first_field) > 2:
            continue
        start_text = f"{first_field}:{rest}"
        start = _seconds(start_text)
        if start is None:
            continue
        fields = start_text.split(":")
        score = (
            int(start <= end),
            int(len(fields) == len(end_fields) and len(fields[0]) == len(end_fields[0])),
            int(previous_start is None or start >= previous_start),
            -len(speaker),
        )
        if best is None or score > best[0]:
            best = (score, speaker, start)
    if best is None:
        return None
    return best[1], best[2], end


def _seconds(text: str) -> float | None:
    parts = text.split(":")
    if not all(p.isdigit() for p in parts) or len(parts) not in (2, 3):
        return None
    if any(int(p) >= 60 for p in parts[1:]):
        return None
    total = 0
    for p in parts:
        total = total * 60 + int(p)
    return float(total)


def read_transcript(lines: Iterable[str], *, path: str, default_title: str) -> Document:
    """The Document of a transcript page: one segment per header pair, in order."""
    url: str | None = None
    pre_header: list[str] = []
    blocks: list[_Block] = []
    current: _Block | None = None
    closed = False  # the current block's body ended (blank line or source line)
    previous_start: float | None = None
    last_header: tuple[str, tuple[str, float, float] | None] = ("", None)
    for line in lines:
        if line.startswith(("Speaker", "speaker")):
            # Each header comes twice in a row (English, then Chinese): parse it once.
            parsed = last_header[1] if line == last_header[0] else parse_header(
                line, previous_start)
            last_header = (line, parsed)
            if parsed:
                current = _Block(*parsed)
                blocks.append(current)
                previous_start = parsed[1]
                closed = False
                continue
        source = SOURCE_RE.match(line) if "http" in line else None
        if source:
            url = url or source.group(1)
            closed = True
            continue
        stripped = line.strip()
        if current is None:
            if stripped:
                pre_header.append(stripped)
            continue
        if not stripped:
            if current.lines:
                closed = True
            continue
        if not closed:
            marked = strip_edges(strip_inline(drop_stage_directions(stripped)))
            if marked.text:
                current.lines.append(marked)
    with_body = [b for b in blocks if b.lines]
    if with_body and sum(len(b.lines) > 1 for b in with_body) <= max(1, len(with_body) // 10):
        # One-line bodies are this page's convention: lines after the last segment's are the
        # footer. A body wrapped over two lines earlier on is text and stays whole.
        del with_body[-1].lines[1:]
    return Document(path=path, title=_title(pre_header, default_title), kind="transcript",
                    segments=tuple(_pair(blocks)), url=url)


def _pair(blocks: list[_Block]) -> list[Segment]:
    segments: list[Segment] = []
    i = 0
    while i < len(blocks):
        block = blocks[i]
        body = _body(block)
        translation: Marked | None = None
        if i + 1 < len(blocks) and blocks[i + 1].key == block.key:
            body, translation = pick_marked(body, _body(blocks[i + 1]), prefer_glosses=True)
            i += 2
        else:
            i += 1
        if not body.text and translation is not None:
            body, translation = translation, None
        if not body.text:
            continue
        other = translation if translation is not None and translation.text else Marked("")
        segments.append(Segment(index=len(segments), text=body.text, marks=body.marks,
                                code=body.code, translation=other.text or None,
                                translation_marks=other.marks, translation_code=other.code,
                                speaker=f"Speaker {block.speaker}", start=block.start,
                                end=block.end))
    return segments


def _body(block: _Block) -> Marked:
    return join_marked(block.lines, ["\n"] * (len(block.lines) - 1)) if block.lines \
        else Marked("")


def _title(pre_header: list[str], default: str) -> str:
    for line in pre_header:
        if _EPISODE_RE.match(line):
            return line
    for line in pre_header:
        if line.count("·") < 2 and looks_like_title(line):
            return line
    return default

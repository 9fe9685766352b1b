"""Reader for SubRip (.srt) and WebVTT (.vtt) subtitles, one or two languages per cue.

A cue becomes a segment with its start/end seconds. When a cue holds a Chinese and an English
line, the line with glosses (parentheses) is the text and the other its translation; when
neither or both have them, the Chinese line is the text (both lines are mined either way).
Markup is read like any text (markup.strip_inline: `<i>`, `<b>`, `**…**` are emphasis, other
tags are dropped), and so are karaoke timestamps and `{\\an8}` positioning; a `<v Name>` voice
or a capitalised label opening a line (`JACOB: …`) becomes the speaker. Sound and stage
directions are captioning conventions, not text: square brackets (`[Music]`, `[笑声]`), a
bracket that opens a line (`(applause) Thank you`), music notes (`♪ … ♪`), and the dialogue
dash or `>>` that opens a line.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from vocab_app.mining.model import Document, Segment
from vocab_app.mining.readers.common import bilingual_segment, drop_stage_directions, iter_lines
from vocab_app.mining.readers.marked_text import Marked, strip_edges
from vocab_app.mining.readers.markup import strip_inline

_TS = r"(?:(\d+):)?(\d{1,2}):(\d{2})[.,](\d{1,3})"
TIMING_RE = re.compile(rf"^\s*{_TS}\s*-->\s*{_TS}(?:\s.*)?$")
_VOICE_RE = re.compile(r"<v(?:\.[\w.-]+)?\s+([^>]+)>", re.IGNORECASE)
# A speaker label in capitals opening a cue line (`JACOB: …`, `DR. LEE: …`), as captions write it.
_SPEAKER_RE = re.compile(r"^([A-Z][A-Z0-9.'’ -]{1,30}[A-Z0-9.])\s*(?::\s+|：\s*)(?=\S)")
_CUE_CODES_RE = re.compile(r"<\d+:\d{2}(?::\d{2})?[.,]\d{3}>|\{\\[^}]*\}")
_SEEN_LIMIT = 1 << 15  # distinct cue lines remembered per file


def looks_like_subtitles(text: str) -> bool:
    """True when `text` starts like WebVTT or has SubRip cue timings near its top."""
    if text.lstrip("\ufeff").startswith("WEBVTT"):
        return True
    for n, line in enumerate(iter_lines(text)):
        if n > 20:
            break
        if "-->" in line and TIMING_RE.match(line):
            return True
    return False


def read_subtitles(lines: Iterable[str], *, path: str, default_title: str) -> Document:
    """The Document of an .srt or .vtt file: one segment per cue that has text."""
    segments: list[Segment] = []
    timing: tuple[float, float] | None = None
    cue_lines: list[str] = []
    skipping = False  # inside a WebVTT NOTE, STYLE or REGION block

    # what each distinct cue line reads as: captions repeat lines (`Yeah.`, `Thank you.`,
    # a chorus, a sound effect), and the markup parse is the costly part of a short line
    stripped: dict[str, Marked] = {}

    def flush() -> None:
        if timing is not None and cue_lines:
            segment = _cue(cue_lines, timing, index=len(segments), stripped=stripped)
            if segment:
                segments.append(segment)

    for raw in lines:
        line = raw.strip()
        if not line:
            flush()
            timing, cue_lines, skipping = None, [], False
            continue
        if skipping:
            continue
        if timing is None:
            match = TIMING_RE.match(line)
            if match:
                timing = (_seconds(match.groups()[:4]), _seconds(match.groups()[4:]))
            elif line.split(None, 1)[0] in ("NOTE", "STYLE", "REGION"):
                skipping = True
            continue  # cue numbers, identifiers and the WEBVTT header
        cue_lines.append(line)
    flush()
    return Document(path=path, title=default_title, kind="subtitles", segments=tuple(segments))


def _seconds(groups: tuple[str | None, ...]) -> float:
    hours, minutes, seconds, millis = groups
    return (int(hours or 0) * 3600 + int(minutes or 0) * 60 + int(seconds or 0)
            + int((millis or "0").ljust(3, "0")) / 1000)


def _cue(lines: list[str], timing: tuple[float, float], *, index: int,
         stripped: dict[str, Marked]) -> Segment | None:
    speaker: str | None = None
    cleaned = []
    for line in lines:
        if "<" in line:
            voice = _VOICE_RE.search(line)
            if voice and speaker is None:
                speaker = voice.group(1).strip()
        if "<" in line or "{" in line:
            line = _CUE_CODES_RE.sub("", line)
        line = drop_stage_directions(line)
        label = _SPEAKER_RE.match(line)
        if label:
            speaker = speaker or label.group(1).title()
            line = line[label.end():]
        marked = stripped.get(line)
        if marked is None:
            marked = strip_edges(strip_inline(line))
            if len(stripped) < _SEEN_LIMIT:
                stripped[line] = marked
        cleaned.append(marked)
    return bilingual_segment(cleaned, index=index, speaker=speaker, start=timing[0],
                             end=timing[1])

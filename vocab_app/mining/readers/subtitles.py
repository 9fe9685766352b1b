"""Reader for SubRip (.srt) and WebVTT (.vtt) subtitles, one or two languages per cue.

A cue becomes a segment with its start/end seconds. When a cue holds a Chinese and an English
line, the line with glosses (parentheses) is the text and the other its translation; when
neither or both have them, the Chinese line is the text. Formatting tags (`<i>`, `<b>`, `<c.x>`,
`<v Speaker>`, karaoke timestamps, `{\\an8}`) are dropped and a `<v Name>` voice becomes the
speaker; any other markup, `<script>` included, is kept as literal text.
"""

from __future__ import annotations

import html
import re
from collections.abc import Iterable

from vocab_app.mining.model import Document, Segment
from vocab_app.mining.readers.common import is_chinese, iter_lines, pick_text

_TS = r"(?:(\d+):)?(\d{1,2}):(\d{2})[.,](\d{1,3})"
TIMING_RE = re.compile(rf"^\s*{_TS}\s*-->\s*{_TS}(?:\s.*)?$")
_VOICE_RE = re.compile(r"<v(?:\.[\w.-]+)?\s+([^>]+)>", re.IGNORECASE)
_TAG_RE = re.compile(
    r"</?(?:i|b|u|s|c|v|lang|ruby|rt|font)(?:[.\s][^>]*)?>|<\d+:\d{2}(?::\d{2})?[.,]\d{3}>"
    r"|\{\\[^}]*\}",
    re.IGNORECASE,
)


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

    def flush() -> None:
        if timing is not None and cue_lines:
            segment = _cue(cue_lines, timing, index=len(segments))
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


def _cue(lines: list[str], timing: tuple[float, float], *, index: int) -> Segment | None:
    speaker: str | None = None
    cleaned: list[str] = []
    for line in lines:
        voice = _VOICE_RE.search(line)
        if voice and speaker is None:
            speaker = voice.group(1).strip()
        text = html.unescape(_TAG_RE.sub("", line)).strip() if _has_markup(line) else line
        if text:
            cleaned.append(text)
    if not cleaned:
        return None
    zh = [line for line in cleaned if is_chinese(line)]
    en = [line for line in cleaned if not is_chinese(line)]
    translation: str | None = None
    if zh and en:
        body, translation = pick_text(_join(en), _join(zh), prefer_glosses=True)
    else:
        body = _join(cleaned)
    return Segment(index=index, text=body, translation=translation, speaker=speaker,
                   start=timing[0], end=timing[1])


def _has_markup(line: str) -> bool:
    return "<" in line or "{\\" in line or "&" in line


def _join(lines: list[str]) -> str:
    """Join a cue's display lines: a space between Latin words, nothing between Chinese ones."""
    out = lines[0]
    for line in lines[1:]:
        glue = "" if is_chinese(out[-1:]) and is_chinese(line[:1]) else " "
        out += glue + line
    return out

"""Readers: turn an input file into a `Document` of segments, choosing the format by content.

`read_document(path)` decodes the file (see mining.encoding) and picks a reader:
- subtitles (`.srt`, `.vtt`, or text that starts like WebVTT / has SubRip timings),
- bilingual transcript pages (`Speaker N` + time range headers, as in seeds/001_*),
- prose for everything else: `.md` with Markdown marks dropped, other text as paragraphs.
Refuses unreadable files with `errors.InputError` (one sentence naming the file).
"""

from __future__ import annotations

import hashlib
import os
from pathlib import Path

from vocab_app.mining.encoding import MAX_BYTES, read_text
from vocab_app.mining.model import Document
from vocab_app.mining.readers.article import read_article
from vocab_app.mining.readers.subtitles import looks_like_subtitles, read_subtitles
from vocab_app.mining.readers.transcript import count_headers, read_transcript

__all__ = ["read_document", "parse_text"]

_MARKDOWN = (".md", ".markdown", ".mdown")
_PROSE = (".txt", ".text", *_MARKDOWN)


def read_document(path: str | os.PathLike[str], *, max_bytes: int = MAX_BYTES) -> Document:
    """Read and parse the file at `path` (its `Document.path` is `str(path)` as given).

    Raises InputError for missing, empty, binary, undecodable or oversized files.
    """
    text = read_text(path, max_bytes=max_bytes)
    return parse_text(text, path=str(path))


def parse_text(text: str, *, path: str) -> Document:
    """Parse already decoded `text`; `path` (a file name) names it and hints at its format."""
    suffix = Path(path).suffix.lower()
    default_title = Path(path).stem or path
    if suffix in (".srt", ".vtt") or looks_like_subtitles(text):
        doc = read_subtitles(text, path=path, default_title=default_title)
        if doc.segments or suffix in (".srt", ".vtt"):
            return _with_hash(doc, text)
    if count_headers(text[:1 << 20], limit=2) >= 2:
        doc = read_transcript(text, path=path, default_title=default_title)
    else:
        doc = read_article(text, path=path, default_title=default_title,
                           kind="article" if suffix in _PROSE else "text",
                           markdown=suffix in _MARKDOWN)
    return _with_hash(doc, text)


def _with_hash(doc: Document, text: str) -> Document:
    """`doc` with content_hash = sha256 of the decoded text (hashed in chunks, not copied)."""
    digest = hashlib.sha256()
    step = 1 << 20
    for start in range(0, len(text), step):
        digest.update(text[start:start + step].encode("utf-8", "surrogatepass"))
    return Document(path=doc.path, title=doc.title, kind=doc.kind, segments=doc.segments,
                    url=doc.url, content_hash=digest.hexdigest())

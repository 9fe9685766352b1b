"""Readers: turn an input file into a `Document` of segments, choosing the format by content.

`read_document(path)` decodes the file (see mining.encoding) and picks a reader:
- subtitles (`.srt`, `.vtt`, or text that starts like WebVTT / has SubRip timings),
- bilingual transcript pages (`Speaker N` + time range headers, as in seeds/001_*),
- other timed transcript pages (`(12) [3:05-3:40]`, `[00:03:05]` headers, readers/numbered.py),
- prose for everything else: paragraphs, with author markup read (readers/blocks.py).
Every line is cleaned first (encoding.clean_text: control, zero-width and bidi characters and
terminal escapes removed, NFC).
Refuses unreadable files with `errors.InputError` (one sentence naming the file).
"""

from __future__ import annotations

import hashlib
import os
from collections.abc import Callable, Iterable, Iterator
from dataclasses import replace
from itertools import chain
from pathlib import Path

from vocab_app.errors import Cancelled
from vocab_app.i18n_text import _
from vocab_app.mining.collector import collector_paused
from vocab_app.mining.encoding import MAX_BYTES, open_text
from vocab_app.mining.model import Document
from vocab_app.mining.readers.article import read_article
from vocab_app.mining.readers.blocks import markdown_signals
from vocab_app.mining.readers.common import iter_lines
from vocab_app.mining.readers.numbered import count_headers as count_timed_headers
from vocab_app.mining.readers.numbered import read_numbered
from vocab_app.mining.readers.subtitles import looks_like_subtitles, read_subtitles
from vocab_app.mining.readers.transcript import count_headers, read_transcript
from vocab_app.mining.text_cleaning import clean_text

__all__ = ["read_document", "parse_text"]

_MARKDOWN = (".md", ".markdown", ".mdown")
_PROSE = (".txt", ".text", *_MARKDOWN)
_HEAD = 64 * 1024  # characters looked at to tell the format


def read_document(path: str | os.PathLike[str], *, max_bytes: int = MAX_BYTES,
                  cancelled: Callable[[], bool] | None = None) -> Document:
    """Read and parse the file at `path` (its `Document.path` is `str(path)` as given).

    The file is decoded and parsed block by block: it is never held in memory as one string.
    `cancelled()` is polled before each block of about 256 KB (raising errors.Cancelled).
    Raises InputError for missing, empty, binary, undecodable or oversized files.
    """
    source = open_text(path, max_bytes=max_bytes)
    # One pass of decoding: the first blocks tell the format (as source.head(_HEAD) would
    # give them) and are then read as lines with the rest.
    chunks = source.chunks()
    first: list[str] = []
    size = 0
    for chunk in chunks:
        first.append(chunk)
        size += len(chunk)
        if size >= _HEAD:
            break
    whole = "".join(first)
    head = clean_text(whole[:_HEAD])
    lines: Iterable[str]
    if size < _HEAD and head == whole:
        # The whole text is the head, and cleaning left it as it was: so would cleaning its
        # lines (cut at newlines, next to which nothing composes or is removed), and they are
        # not cleaned again.
        if cancelled is not None and cancelled():
            raise Cancelled(_("Mining was cancelled; nothing was kept."))
        split = whole.split("\n")
        if not split[-1]:
            split.pop()  # (the text ends with a newline: no line after it)
        lines = split
    else:
        blocks: Iterable[str] = chain(first, chunks)
        clean: list[str] = []
        cut = head.rfind("\n") + 1 if size >= _HEAD and head == whole[:_HEAD] else 0
        if cut:
            # The head was clean, so each of its lines is (cleaning is local to the text
            # between two newlines: no escape, control, invisible character or composition
            # reaches across one): only what follows its last newline is cleaned, not the
            # head twice.
            clean = whole[:cut - 1].split("\n")
            blocks = chain((whole[cut:],), chunks)
        lines = chain(clean, chain.from_iterable(_clean_blocks(blocks, cancelled)))
    with collector_paused():  # (a Document holds no cycle: mining/collector.py)
        doc = _parse(lines, head, path=str(path))
    return replace(doc, content_hash=source.content_hash)


def parse_text(text: str, *, path: str) -> Document:
    """Parse already decoded `text`; `path` (a file name) names it and hints at its format."""
    clean = clean_text(text)
    doc = _parse(iter_lines(clean), clean[:_HEAD], path=path)
    digest = hashlib.sha256()
    for start in range(0, len(text), 1 << 20):
        digest.update(text[start:start + (1 << 20)].encode("utf-8", "surrogatepass"))
    return replace(doc, content_hash=digest.hexdigest())


def _clean_blocks(chunks: Iterable[str],
                  cancelled: Callable[[], bool] | None) -> Iterator[list[str]]:
    """The lines of the text `chunks` make up (TextFile.chunks()), cleaned as
    `TextFile.lines(clean=True)` gives them, a list per block of whole lines (about 256 KB):
    read through `chain.from_iterable`, a line costs no step of a Python generator.
    `cancelled()` is polled before each block (raising errors.Cancelled)."""
    carry = ""
    for chunk in chunks:
        if cancelled is not None and cancelled():
            raise Cancelled(_("Mining was cancelled; nothing was kept."))
        cut = chunk.rfind("\n")
        if cut < 0:
            carry += chunk
            continue
        yield clean_text(carry + chunk[:cut]).split("\n")
        carry = chunk[cut + 1:]
    if carry:
        yield [clean_text(carry)]


def _parse(lines: Iterable[str], head: str, *, path: str) -> Document:
    """Choose the reader from the suffix of `path` and the `head` of the text, and run it."""
    suffix = Path(path).suffix.lower()
    default_title = Path(path).stem or path
    if suffix in (".srt", ".vtt") or looks_like_subtitles(head):
        return read_subtitles(lines, path=path, default_title=default_title)
    if count_headers(head, limit=2) >= 2:
        return read_transcript(lines, path=path, default_title=default_title)
    if count_timed_headers(head, limit=2) >= 2:
        return read_numbered(lines, path=path, default_title=default_title)
    is_md = suffix in _MARKDOWN
    signals = 2 if is_md else markdown_signals(head)  # (a .md file is Markdown whatever it holds)
    return read_article(lines, path=path, default_title=default_title,
                        kind="article" if suffix in _PROSE else "text",
                        markdown=signals >= 1, indented_code=signals >= 2,
                        comments_as_text=is_md)

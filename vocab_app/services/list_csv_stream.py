"""A colleague's list file read as a stream into rows (services/list_csv.py), storing nothing.

The file is streamed (`read_list`): its encoding is judged on its first 256 KB, then it is read
block by block and each line decoded alone, so a line that does not decode further on is one
warning and memory holds the rows read, not the text. The rows themselves are all kept (the
preview shows each and says what importing it would do), about 400 bytes a row, which is why
MAX_LIST_BYTES (50 MB, over a million rows) still bounds the file: a larger one is refused with
a sentence asking to split it.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

from vocab_app.errors import InputError
from vocab_app.services.list_csv import ParsedList, parse_lines

MAX_LIST_BYTES = 50_000_000
_BLOCK = 256 * 1024  # bytes read at a time


def read_list(path: str | os.PathLike[str]) -> ParsedList:
    """Read and parse the list file at `path`, streaming: the encoding is judged on the file's
    first 256 KB (mining/encoding.sniff_encoding), then lines are decoded one at a time, so
    memory holds the rows, not the text. Raises InputError (one sentence) for a file that is
    missing, empty, binary or undecodable as a whole; lines that alone do not decode become
    warnings instead."""
    from vocab_app.mining.encoding import open_text, sniff_encoding

    suffix = Path(path).suffix.lower()
    bad: dict[int, str] = {}
    counted = [0]
    try:
        codec, _ = sniff_encoding(path, max_bytes=MAX_LIST_BYTES)
    except InputError as exc:  # maybe UTF-8 with a few bad lines (or controls) in its prefix
        try:
            parsed = parse_lines(_file_lines(Path(path), "utf-8", bad, counted),
                                 suffix, undecodable=bad)
        except OSError:
            raise exc from None
        if not counted[0] or len(bad) * 2 > counted[0]:
            raise
        return parsed
    parsed = parse_lines(_file_lines(Path(path), codec, bad, counted), suffix,
                         undecodable=bad)
    if len(bad) * 2 > counted[0]:  # mostly undecodable: judge the whole file instead
        whole = open_text(path, max_bytes=MAX_LIST_BYTES)  # raises its one-sentence error
        bad.clear()
        parsed = parse_lines(_file_lines(Path(path), whole.encoding, bad, counted), suffix,
                             undecodable=bad)
    return parsed


def _file_lines(path: Path, codec: str, bad: dict[int, str],
                counted: list[int]) -> Iterator[str]:
    """The lines of the file decoded with `codec`, without newlines (`\\r\\n` and a lone
    `\\r` end a line too), read block by block. In a byte encoding (where a newline byte is
    always a newline) each line is decoded alone: a line that does not decode, or holds a NUL
    byte, is yielded as '' and recorded in `bad` (line number → how it looks); in UTF-8 a
    character cut off at the very end of the file is replaced instead. UTF-16/32 are decoded
    incrementally (a codecs incremental decoder over the blocks), bad bytes becoming U+FFFD.
    `counted[0]` is the number of lines once read to the end."""
    from vocab_app.mining.encoding import TextFile

    def blocks() -> Iterator[bytes]:
        with path.open("rb") as f:
            while block := f.read(_BLOCK):
                yield block

    counted[0] = 0
    if codec.startswith(("utf-16", "utf-32")):
        for line in TextFile(str(path), codec, blocks, errors="replace").lines():
            counted[0] += 1
            yield line
        return
    first_codec, codec = codec, "utf-8" if codec == "utf-8-sig" else codec
    for raw, last in _byte_lines(blocks()):
        raw = raw.removesuffix(b"\r")
        text: str | None = None
        if b"\x00" not in raw:  # no byte encoding has NULs: binary data
            try:
                text = raw.decode(first_codec if counted[0] == 0 else codec)
            except UnicodeDecodeError as exc:
                cut = last and codec == "utf-8" and exc.reason == "unexpected end of data"
                # a character cut off at the very end of the file is replaced, as the miner does
                text = raw.decode(codec, "replace") if cut else None
        if counted[0] == 0 and text:
            text = text.removeprefix("\ufeff")
        if text is None:
            counted[0] += 1
            bad[counted[0]] = raw.decode(codec, "replace").replace("\x00", "")
            yield ""
            continue
        for part in text.split("\r") if "\r" in text else (text,):
            counted[0] += 1
            yield part


def _byte_lines(blocks: Iterator[bytes]) -> Iterator[tuple[bytes, bool]]:
    """(line without its b"\\n", whether it is the file's last) per line of the blocks; a line
    longer than a block is joined once (linear however long it is)."""
    pending: list[bytes] = []
    for block in blocks:
        parts = block.split(b"\n")
        if len(parts) == 1:
            pending.append(block)
            continue
        pending.append(parts[0])
        yield b"".join(pending), False
        for part in parts[1:-1]:
            yield part, False
        pending = [parts[-1]]
    tail = b"".join(pending)
    if tail:
        yield tail, True

"""Turn an input file's bytes into text, or refuse it with one sentence that names the file.

Reads UTF-8 (with or without a BOM; a character cut off at the very end of the file becomes
U+FFFD), UTF-16 (with a BOM, or without one when the NUL bytes give the byte order away or the
text reads as Chinese only one way round), UTF-32 with a BOM, and the legacy encodings
mining/legacy_codecs.py tells apart: GB18030 (a superset of GBK and GB2312), Big5 and
Windows-1252; Japanese Shift-JIS and EUC-JP are refused with a sentence naming them.
Refuses missing, empty, binary, undecodable and oversized files with `errors.InputError`.
The text is returned as written except for newlines, which become `\\n`.

Large files are streamed: `open_text` validates the whole file in one pass over 1 MB blocks,
then `TextFile.lines()` decodes block by block, so the file is never in memory twice (nor,
as one string, at all: one emoji would make a str of Chinese text take 4 bytes a character).

Only the standard library is used: the encodings we accept are few, and each is either marked
(BOM), structurally obvious (NUL patterns of UTF-16), strictly validated by its codec, or (the
legacy byte encodings) judged by what real text in its language is made of: which one a file
is in is worked out by mining/encoding_detection.py.
"""

from __future__ import annotations

import codecs
import hashlib
import os
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

from vocab_app.errors import InputError
from vocab_app.i18n_text import _
from vocab_app.mining.encoding_detection import (
    SAMPLE,
    bomless_utf16,
    detect_codec,
    looks_binary,
    non_ascii_sample,
    undecodable,
)
from vocab_app.mining.text_cleaning import clean_text

#: Files larger than this are refused before being read.
MAX_BYTES = 200_000_000

_CHUNK = 256 * 1024  # bytes read and decoded at a time
#: Files up to this size are read once and decoded once (their text kept from validation);
#: larger ones are streamed, never held whole in memory.
_KEEP_BYTES = 4 * _CHUNK

def open_text(path: str | os.PathLike[str], *, max_bytes: int = MAX_BYTES) -> TextFile:
    """Check the file at `path` and detect its encoding; read its text through the result.

    The whole file is validated here in one streaming pass, so reading the returned TextFile
    does not fail on content. Raises InputError (one sentence naming the file) when it is
    missing, a folder, unreadable, larger than `max_bytes`, empty, binary, blank or in an
    encoding we do not read.
    """
    return _open(_file_blocks(path, max_bytes), str(path))


def sniff_encoding(path: str | os.PathLike[str], *, max_bytes: int = MAX_BYTES,
                   prefix: int = _CHUNK) -> tuple[str, str]:
    """(codec, errors) for the file at `path`, judged on its first `prefix` bytes (and, when
    those are ASCII, on the bytes around its first non-ASCII byte), without reading the rest:
    for readers that decode line by line and report a later line that does not decode.
    `errors` is "replace" only for a UTF-8 file cut inside its last character. Raises
    InputError like `open_text` for a file that is missing, too large, empty, binary, blank or
    undecodable in its prefix."""
    name = str(path)
    blocks = _file_blocks(path, max_bytes)
    head = bytearray()
    for block in blocks():
        head += block
        if len(head) > prefix:
            break
    whole = len(head) <= prefix
    head = head[:prefix]
    sample = bytes(head[:SAMPLE])
    pieces = [bytes(head)]
    if not whole and head.isascii() and bomless_utf16(sample) is None:
        pieces.append(non_ascii_sample(blocks))  # starts at an ASCII character boundary

    def bounded() -> Iterator[bytes]:
        return iter(pieces)

    codec, errors = detect_codec(sample, bounded, name, final=whole, scan=blocks)
    _checked(TextFile(name=name, encoding=codec, source=bounded, errors="replace"))
    return codec, errors


def _file_blocks(path: str | os.PathLike[str], max_bytes: int) -> Callable[[], Iterator[bytes]]:
    """The file's bytes in `_CHUNK` blocks (each call reads from the start), once the file is
    checked: InputError when it is missing, a folder, larger than `max_bytes` or empty."""
    name = str(path)
    p = Path(path)
    try:
        size = p.stat().st_size
    except FileNotFoundError:
        raise InputError(_("{name}: no such file.").format(name=name)) from None
    except OSError as exc:
        raise _unreadable(name, exc) from None
    if p.is_dir():
        raise InputError(_("{name}: is a folder, not a file.").format(name=name))
    if size > max_bytes:
        raise InputError(
            _("{name}: is {size:.4g} MB, larger than the {max_bytes:.4g} MB limit; "
              "split it into smaller files.").format(
                name=name, size=size / 1000000.0, max_bytes=max_bytes / 1000000.0)
        )
    if size == 0:
        raise InputError(_("{name}: the file is empty.").format(name=name))

    def blocks() -> Iterator[bytes]:
        try:
            with p.open("rb") as f:
                while block := f.read(_CHUNK):
                    yield block
        except PermissionError:
            raise InputError(_("{name}: permission denied.").format(name=name)) from None
        except OSError as exc:
            raise _unreadable(name, exc) from None

    return blocks


def _unreadable(name: str, exc: OSError) -> InputError:
    return InputError(_("{name}: cannot be read ({reason}).").format(
                          name=name, reason=exc.strerror or exc))


def read_text(path: str | os.PathLike[str], *, max_bytes: int = MAX_BYTES) -> str:
    """The whole text of the file at `path`, newlines normalised to `\\n`.

    Raises InputError like `open_text`. For large files prefer `open_text(path).lines()`.
    """
    return "".join(open_text(path, max_bytes=max_bytes).chunks())


def decode_bytes(data: bytes, *, name: str = "<input>") -> str:
    """Decode `data` (the whole content of file `name`) and normalise newlines to `\\n`.

    Raises InputError when the data is empty, binary, blank or not in an encoding we read.
    """
    if not data:
        raise InputError(_("{name}: the file is empty.").format(name=name))

    def blocks() -> Iterator[bytes]:
        for start in range(0, len(data), _CHUNK):
            yield data[start:start + _CHUNK]

    return "".join(_open(blocks, name).chunks())


@dataclass(slots=True)
class TextFile:
    """A validated text source, decoded block by block on demand (each call starts over).

    `content_hash` (sha256 of the normalised text, UTF-8) is set once `chunks()` or `lines()`
    has been read to the end. `errors` is the codec's error handler: "replace" only for a UTF-8
    file cut inside its last character (validation found nothing else to replace).
    `decoded`, when set, is what an incremental decoder of `encoding` gives for each block of
    `source()` and then for its final flush: the text is read from it, not decoded again.
    """

    name: str
    encoding: str
    source: Callable[[], Iterable[bytes]]
    content_hash: str = ""
    errors: str = "strict"
    decoded: tuple[str, ...] | None = None

    def chunks(self) -> Iterator[str]:
        """The text in pieces of about 256 KB, newlines normalised to `\\n`."""
        return self._pieces(hashed=True)

    def _pieces(self, hashed: bool) -> Iterator[str]:
        """`chunks()`; `hashed`: set `content_hash` at the end (head() does without)."""
        digest = hashlib.sha256() if hashed else None
        pending_cr = False  # a block ended in \r: it may be the first half of \r\n
        first = True
        try:
            pieces, final = self._decoded()
            for text in pieces:
                if first and text:
                    text = text.removeprefix("\ufeff")
                    first = False
                if pending_cr:
                    text = "\r" + text
                pending_cr = text.endswith("\r")
                if pending_cr:
                    text = text[:-1]
                text = _normalise_newlines(text)
                if text:
                    if digest is not None:
                        digest.update(text.encode("utf-8", "surrogatepass"))
                    yield text
            tail = _normalise_newlines(final())
        except UnicodeDecodeError:
            raise InputError(undecodable(self.name)) from None
        if pending_cr:
            tail = "\n" + tail
        if tail:
            if digest is not None:
                digest.update(tail.encode("utf-8", "surrogatepass"))
            yield tail
        if digest is not None:
            self.content_hash = digest.hexdigest()

    def _decoded(self) -> tuple[Iterable[str], Callable[[], str]]:
        """The text of each block, and what gives the decoder's final flush once they are
        read: from `decoded` when set, else decoded from `source()` now."""
        if self.decoded is not None:
            kept = self.decoded
            return kept[:-1], lambda: kept[-1]
        decoder = codecs.getincrementaldecoder(self.encoding)(self.errors)
        return ((decoder.decode(block) for block in self.source()),
                lambda: decoder.decode(b"", final=True))

    def lines(self, *, clean: bool = False) -> Iterator[str]:
        """The lines of the text, without their newline characters; with `clean`, as
        `clean_text` leaves them (cleaned a block of whole lines at a time)."""
        carry = ""
        for chunk in self.chunks():
            if clean:
                cut = chunk.rfind("\n")
                if cut < 0:
                    carry += chunk
                    continue
                yield from clean_text(carry + chunk[:cut]).split("\n")
                carry = chunk[cut + 1:]
                continue
            parts = chunk.split("\n")
            if carry:
                parts[0] = carry + parts[0]
            carry = parts.pop()
            yield from parts
        if carry:
            yield clean_text(carry) if clean else carry

    def head(self, limit: int = 1 << 20) -> str:
        """The first `limit` characters of the text (all of it when shorter), for detection."""
        pieces: list[str] = []
        size = 0
        for chunk in self._pieces(hashed=False):  # (the hash is of the whole text: not here)
            pieces.append(chunk)
            size += len(chunk)
            if size >= limit:
                break
        return "".join(pieces)[:limit]


def _normalise_newlines(text: str) -> str:
    if "\r" in text:
        return text.replace("\r\n", "\n").replace("\r", "\n")
    return text


def _open(source: Callable[[], Iterable[bytes]], name: str) -> TextFile:
    """Detect the encoding of the bytes `source()` yields, validate them all, check the text.

    A file of at most `_KEEP_BYTES` is read once and decoded once: the text validation
    decoded is what the TextFile gives (the bytes are not kept). A larger one is streamed
    (validated in one pass, decoded again block by block when read)."""
    held = _held_blocks(source)
    decoded: list[str] | None = None
    read: Callable[[], Iterable[bytes]] = source
    if held is not None:
        decoded = []
        read = held.__iter__
    sample = next(iter(read()), b"")[:SAMPLE]
    encoding, errors = detect_codec(sample, read, name, decoded=decoded)
    return _checked(TextFile(name=name, encoding=encoding, source=source, errors=errors,
                             decoded=tuple(decoded) if decoded else None))


def _held_blocks(source: Callable[[], Iterable[bytes]]) -> list[bytes] | None:
    """The blocks of `source()` when they make at most `_KEEP_BYTES`, else None."""
    blocks: list[bytes] = []
    size = 0
    for block in source():
        size += len(block)
        if size > _KEEP_BYTES:
            return None
        blocks.append(block)
    return blocks


def _checked(text_file: TextFile) -> TextFile:
    """`text_file`, unless its first characters are mostly control characters (InputError:
    binary data that happened to decode)."""
    if looks_binary(text_file.head(SAMPLE)):
        raise InputError(_("{name}: is a binary file, not text.").format(name=text_file.name))
    return text_file

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
legacy byte encodings) judged by what real text in its language is made of.
"""

from __future__ import annotations

import codecs
import hashlib
import os
import re
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

from vocab_app.errors import InputError
from vocab_app.i18n_text import N_, _
from vocab_app.mining.legacy_codecs import legacy_codecs
from vocab_app.mining.text_cleaning import clean_text

#: Files larger than this are refused before being read.
MAX_BYTES = 200_000_000

_SAMPLE = 64 * 1024  # bytes (or characters) looked at by the detection heuristics
_CHUNK = 256 * 1024  # bytes read and decoded at a time

# Signatures of common binary formats a user may pick by mistake, for a more helpful sentence.
_MAGIC: tuple[tuple[bytes, str], ...] = (
    (b"%PDF", N_("a PDF document")),
    (b"PK\x03\x04", N_("a ZIP archive (or a Word/EPUB file)")),
    (b"\x89PNG", N_("a PNG image")),
    (b"\xff\xd8\xff", N_("a JPEG image")),
    (b"GIF8", N_("a GIF image")),
    (b"\x1f\x8b", N_("a gzip archive")),
    (b"SQLite format 3\x00", N_("an SQLite database")),
    (b"\xd0\xcf\x11\xe0", N_("an old Microsoft Office document")),
)

# C0 controls other than tab, newline, vertical tab, form feed and carriage return; DEL; C1.
_CONTROL_RE = re.compile("[\x00-\x08\x0e-\x1f\x7f-\x9f]")
# What GB18030-decoded Chinese text is made of besides ASCII: ideographs, CJK and full-width
# punctuation, general punctuation (“” — …), Latin-1 signs (· ×) and bopomofo/kana.
_GB_COMMON_RE = re.compile(
    "[\u00a0-\u00ff\u2000-\u206f\u2100-\u2bff\u3000-\u30ff\u3400-\u4dbf\u4e00-\u9fff"
    "\uf900-\ufaff\ufe30-\ufe4f\uff00-\uffef]"
)
_NON_ASCII_RUN_RE = re.compile("[^\x00-\x7f]+")
_HIGH_BYTE_RE = re.compile(b"[\x80-\xff]")


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
    sample = bytes(head[:_SAMPLE])
    if not sample:
        raise InputError(f"{name}: the file is empty.")
    pieces = [bytes(head)]
    if not whole and head.isascii() and _bomless_utf16(sample) is None:
        pieces.append(_non_ascii_sample(blocks))  # starts at an ASCII character boundary

    def bounded() -> Iterator[bytes]:
        return iter(pieces)

    for codec in _candidates(sample, blocks, name):
        verdict = _validate(bounded, codec, final=whole)
        if verdict == "nul":
            raise InputError(f"{name}: is a binary file, not text.")
        if verdict == "blank" and whole:
            raise InputError(f"{name}: the file holds no text, only blank space.")
        if verdict in ("ok", "truncated", "blank"):
            text = TextFile(name=name, encoding=codec, source=bounded, errors="replace").head(
                _SAMPLE)
            if len(_CONTROL_RE.findall(text)) > max(2, len(text) // 100):
                raise InputError(f"{name}: is a binary file, not text.")
            return codec, "strict" if verdict != "truncated" else "replace"
    raise InputError(_undecodable(name))


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
        raise InputError(_("{name}: cannot be read ({reason}).").format(
                             name=name, reason=exc.strerror or exc)) from None
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
            raise InputError(_("{name}: cannot be read ({reason}).").format(
                                 name=name, reason=exc.strerror or exc)) from None

    return blocks


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
    """

    name: str
    encoding: str
    source: Callable[[], Iterable[bytes]]
    content_hash: str = ""
    errors: str = "strict"

    def chunks(self) -> Iterator[str]:
        """The text in pieces of about 256 KB, newlines normalised to `\\n`."""
        decoder = codecs.getincrementaldecoder(self.encoding)(self.errors)
        digest = hashlib.sha256()
        pending_cr = False  # a block ended in \r: it may be the first half of \r\n
        first = True
        try:
            for block in self.source():
                text = decoder.decode(block)
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
                    digest.update(text.encode("utf-8", "surrogatepass"))
                    yield text
            tail = _normalise_newlines(decoder.decode(b"", final=True))
        except UnicodeDecodeError:
            raise InputError(_undecodable(self.name)) from None
        if pending_cr:
            tail = "\n" + tail
        if tail:
            digest.update(tail.encode("utf-8", "surrogatepass"))
            yield tail
        self.content_hash = digest.hexdigest()

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
        for chunk in self.chunks():
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
    """Detect the encoding of the bytes `source()` yields, validate them all, check the text."""
    sample = next(iter(source()), b"")[:_SAMPLE]
    if not sample:
        raise InputError(_("{name}: the file is empty.").format(name=name))
    encoding, errors = _detect(sample, source, name)
    text_file = TextFile(name=name, encoding=encoding, source=source, errors=errors)
    head = text_file.head(_SAMPLE)
    if len(_CONTROL_RE.findall(head)) > max(2, len(head) // 100):
        raise InputError(_("{name}: is a binary file, not text.").format(name=name))
    return text_file


def _detect(sample: bytes, source: Callable[[], Iterable[bytes]],
            name: str) -> tuple[str, str]:
    """The codec that decodes all of `source()` and its error handler ("strict", or "replace"
    for UTF-8 cut inside its last character), or InputError for binary/undecodable data."""
    for codec in _candidates(sample, source, name):
        verdict = _validate(source, codec)
        if verdict == "nul":
            raise InputError(_("{name}: is a binary file, not text.").format(name=name))
        if verdict == "blank":
            raise InputError(_("{name}: the file holds no text, only blank space.").format(
                                 name=name))
        if verdict in ("ok", "truncated"):
            return codec, "strict" if verdict == "ok" else "replace"
    raise InputError(_undecodable(name))


def _candidates(sample: bytes, source: Callable[[], Iterable[bytes]],
                name: str) -> Iterator[str]:
    """The codecs to try on a file that starts with `sample`, in order, each worked out only
    when the previous one failed (the BOM-less Chinese UTF-16 test decodes the sample twice)."""
    codec = _bom_codec(sample)
    if codec:
        yield codec
        return
    for magic, what in _MAGIC:
        if sample.startswith(magic):
            raise InputError(_("{name}: is {what}, not a text file.").format(
                                 name=name, what=_(what)))
    utf16 = _bomless_utf16(sample)
    if utf16:
        yield utf16
    elif b"\x00" in sample:  # no byte encoding has NULs: Chinese UTF-16 or binary
        yield from _chinese_utf16(sample) or ["utf-8"]
    else:
        yield "utf-8"
        yield from legacy_codecs(_non_ascii_sample(source), name)
        yield from _chinese_utf16(sample)


def _non_ascii_sample(source: Callable[[], Iterable[bytes]]) -> bytes:
    """About `_SAMPLE` bytes of `source()` from a little before its first non-ASCII byte (a
    character boundary in every byte encoding, as only ASCII precedes it): what tells the
    legacy encodings apart, even when the file starts with megabytes of ASCII."""
    taken = bytearray()
    for block in source():
        if not taken:
            first = None if block.isascii() else _HIGH_BYTE_RE.search(block)
            if first is None:
                continue
            block = block[max(0, first.start() - 256):]
        taken += block[:_SAMPLE - len(taken)]
        if len(taken) >= _SAMPLE:
            break
    return bytes(taken)


def _chinese_utf16(sample: bytes) -> list[str]:
    """The UTF-16 byte order (without a BOM) that reads `sample` as Chinese text, if one does.

    Mostly Chinese UTF-16 has too few ASCII characters for the NUL test of `_bomless_utf16`;
    instead, read both ways, one must give text made almost only of ideographs, CJK and
    full-width punctuation and ASCII (the other gives rare characters from all over Unicode).
    """
    even = sample[: len(sample) // 2 * 2]
    for codec in ("utf-16-le", "utf-16-be"):
        try:
            text = even.decode(codec)
        except UnicodeDecodeError:
            continue
        if not text or _CONTROL_RE.search(text):
            continue
        cjk = sum(map(len, _GB_COMMON_RE.findall(text)))
        ascii_ = len(text) - sum(map(len, _NON_ASCII_RUN_RE.findall(text)))
        if cjk >= len(text) * 0.5 and cjk + ascii_ >= len(text) * 0.97:
            return [codec]
    return []


def _bom_codec(sample: bytes) -> str | None:
    if sample.startswith(codecs.BOM_UTF8):
        return "utf-8-sig"
    if sample.startswith((codecs.BOM_UTF32_LE, codecs.BOM_UTF32_BE)):
        return "utf-32"
    if sample.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return "utf-16"
    return None


def _validate(source: Callable[[], Iterable[bytes]], codec: str, *, final: bool = True) -> str:
    """'ok', 'bad' (does not decode), 'nul' (NUL bytes in a byte encoding), 'blank', or
    'truncated' (UTF-8 whose only fault is a character cut off at the very end). Without
    `final` the bytes are a prefix: a character cut off at their end is not a fault."""
    wide = codec.startswith(("utf-16", "utf-32"))
    decoder = codecs.getincrementaldecoder(codec)("strict")
    blank = True
    try:
        for block in source():
            if not wide and b"\x00" in block:
                return "nul"
            text = decoder.decode(block)
            if blank and not text.isspace() and text.replace("\ufeff", "").strip():
                blank = False
    except UnicodeDecodeError:
        return "bad"
    if not final:
        return "blank" if blank else "ok"
    try:
        if decoder.decode(b"", final=True).strip():
            blank = False
    except UnicodeDecodeError:
        return "blank" if blank else "truncated" if codec.startswith("utf-8") else "bad"
    return "blank" if blank else "ok"


def _undecodable(name: str) -> str:
    return _("{name}: is not in an encoding vocab_app reads (UTF-8, UTF-16, GB18030/GBK, Big5 "
             "or Windows-1252); save it as UTF-8 and try again.").format(name=name)


def _bomless_utf16(sample: bytes) -> str | None:
    """'utf-16-le'/'utf-16-be' when NUL bytes sit on one side of the byte pairs, else None.

    Text in UTF-16 without a BOM has a NUL high byte for every ASCII character (spaces,
    newlines, digits, punctuation, Latin letters); binary data has NULs on both sides.
    """
    if len(sample) < 4:
        return None
    half = len(sample) // 2
    even = sample[0::2].count(0)
    odd = sample[1::2].count(0)
    if odd >= half * 0.2 and even <= half * 0.02:
        return "utf-16-le"
    if even >= half * 0.2 and odd <= half * 0.02:
        return "utf-16-be"
    return None

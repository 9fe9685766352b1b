"""Which encoding a file's bytes are in, or the sentence that refuses them (mining/encoding.py
reads the text through the codec found).

The codecs are tried in order, each worked out only when the previous one failed: the one a BOM
names; UTF-16 without a BOM when NUL bytes sit on one side of the byte pairs; UTF-8; the legacy
byte encodings mining/legacy_codecs.py tells apart (judged on the bytes around the first
non-ASCII one); mostly Chinese UTF-16 without a BOM. Each is validated by decoding the bytes with
it. A file that starts like a common binary format (PDF, ZIP, images, SQLite, …), holds NUL
bytes in a byte encoding, or decodes to mostly control characters is refused as binary.
"""

from __future__ import annotations

import codecs
import re
from collections.abc import Callable, Iterable, Iterator

from vocab_app.errors import InputError
from vocab_app.i18n_text import N_, _
from vocab_app.mining.legacy_codecs import legacy_codecs

SAMPLE = 64 * 1024  # bytes (or characters) looked at by the detection heuristics

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


def detect_codec(sample: bytes, source: Callable[[], Iterable[bytes]], name: str, *,
                 final: bool = True,
                 scan: Callable[[], Iterable[bytes]] | None = None,
                 decoded: list[str] | None = None) -> tuple[str, str]:
    """The codec that decodes all of `source()` (the file `name`, which starts with `sample`)
    and its error handler ("strict", or "replace" for UTF-8 cut inside its last character), or
    InputError for empty, binary, blank or undecodable data. Without `final` the bytes are only
    the file's first ones: a character cut off at their end is no fault and blank bytes are no
    verdict. `scan` (by default `source`) is where the legacy encodings are told apart.
    `decoded`, when given, receives what validating with the codec found decoded: the text of
    each block of `source()` then the decoder's final flush, as an incremental decoder of the
    codec gives them (left empty for a file cut inside its last character), so that the
    caller need not decode the file again."""
    if not sample:
        raise InputError(_("{name}: the file is empty.").format(name=name))
    for codec in _candidates(sample, scan or source, name):
        verdict = _validate(source, codec, final=final, keep=decoded)
        if verdict == "nul":
            raise InputError(_("{name}: is a binary file, not text.").format(name=name))
        if verdict == "blank" and final:
            raise InputError(_("{name}: the file holds no text, only blank space.").format(
                                 name=name))
        if verdict != "bad":
            if verdict == "truncated" and decoded is not None:
                decoded.clear()  # (decoded with errors="replace" when read)
            return codec, "replace" if verdict == "truncated" else "strict"
    raise InputError(undecodable(name))


def looks_binary(text: str) -> bool:
    """True when more of `text` (the first characters of a file) than a few characters, or one
    in a hundred, are control characters: binary data that happened to decode."""
    return len(_CONTROL_RE.findall(text)) > max(2, len(text) // 100)


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
    utf16 = bomless_utf16(sample)
    if utf16:
        yield utf16
    elif b"\x00" in sample:  # no byte encoding has NULs: Chinese UTF-16 or binary
        yield from _chinese_utf16(sample) or ["utf-8"]
    else:
        yield "utf-8"
        yield from legacy_codecs(non_ascii_sample(source), name)
        yield from _chinese_utf16(sample)


def non_ascii_sample(source: Callable[[], Iterable[bytes]]) -> bytes:
    """About `SAMPLE` bytes of `source()` from a little before its first non-ASCII byte (a
    character boundary in every byte encoding, as only ASCII precedes it): what tells the
    legacy encodings apart, even when the file starts with megabytes of ASCII."""
    taken = bytearray()
    for block in source():
        if not taken:
            first = None if block.isascii() else _HIGH_BYTE_RE.search(block)
            if first is None:
                continue
            block = block[max(0, first.start() - 256):]
        taken += block[:SAMPLE - len(taken)]
        if len(taken) >= SAMPLE:
            break
    return bytes(taken)


def _chinese_utf16(sample: bytes) -> list[str]:
    """The UTF-16 byte order (without a BOM) that reads `sample` as Chinese text, if one does.

    Mostly Chinese UTF-16 has too few ASCII characters for the NUL test of `bomless_utf16`;
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


def _validate(source: Callable[[], Iterable[bytes]], codec: str, *, final: bool = True,
              keep: list[str] | None = None) -> str:
    """'ok', 'bad' (does not decode), 'nul' (NUL bytes in a byte encoding), 'blank', or
    'truncated' (UTF-8 whose only fault is a character cut off at the very end). Without
    `final` the bytes are a prefix: a character cut off at their end is not a fault.
    `keep`, when given, is cleared and receives the decoded text of each block and, with
    `final`, the decoder's final flush (complete only when the verdict is 'ok')."""
    wide = codec.startswith(("utf-16", "utf-32"))
    decoder = codecs.getincrementaldecoder(codec)("strict")
    blank = True
    if keep is not None:
        keep.clear()
    try:
        for block in source():
            if not wide and b"\x00" in block:
                return "nul"
            text = decoder.decode(block)
            if keep is not None:
                keep.append(text)
            if blank and not text.isspace() and text.replace("\ufeff", "").strip():
                blank = False
    except UnicodeDecodeError:
        return "bad"
    if not final:
        return "blank" if blank else "ok"
    try:
        tail = decoder.decode(b"", final=True)
        if keep is not None:
            keep.append(tail)
        if tail.strip():
            blank = False
    except UnicodeDecodeError:
        return "blank" if blank else "truncated" if codec.startswith("utf-8") else "bad"
    return "blank" if blank else "ok"


def undecodable(name: str) -> str:
    return _("{name}: is not in an encoding vocab_app reads (UTF-8, UTF-16, GB18030/GBK, Big5 "
             "or Windows-1252); save it as UTF-8 and try again.").format(name=name)


def bomless_utf16(sample: bytes) -> str | None:
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

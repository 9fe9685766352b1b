"""Turn an input file's bytes into text, or refuse it with one sentence that names the file.

Reads UTF-8 (with or without a BOM), UTF-16 (with a BOM, or without one when the NUL bytes
give the byte order away), UTF-32 with a BOM, and GB18030 (a superset of GBK and GB2312).
Refuses missing, empty, binary, undecodable and oversized files with `errors.InputError`.
The text is returned as written except for newlines, which become `\\n`.

Only the standard library is used: the encodings we accept are few, and each is either marked
(BOM), structurally obvious (NUL patterns of UTF-16) or strictly validated by its codec.
"""

from __future__ import annotations

import codecs
import os
import re
from pathlib import Path

from vocab_app.errors import InputError

#: Files larger than this are refused before being read (the whole file is held in memory).
MAX_BYTES = 200 * 1024 * 1024

_SAMPLE = 64 * 1024  # bytes (or characters) looked at by the detection heuristics

# Signatures of common binary formats a user may pick by mistake, for a more helpful sentence.
_MAGIC: tuple[tuple[bytes, str], ...] = (
    (b"%PDF", "a PDF document"),
    (b"PK\x03\x04", "a ZIP archive (or a Word/EPUB file)"),
    (b"\x89PNG", "a PNG image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"GIF8", "a GIF image"),
    (b"\x1f\x8b", "a gzip archive"),
    (b"SQLite format 3\x00", "an SQLite database"),
    (b"\xd0\xcf\x11\xe0", "an old Microsoft Office document"),
)

# C0 controls other than tab, newline, vertical tab, form feed and carriage return; DEL; C1.
_CONTROL_RE = re.compile("[\x00-\x08\x0e-\x1f\x7f-\x9f]")
# What GB18030-decoded Chinese text is made of besides ASCII: ideographs, CJK and full-width
# punctuation, general punctuation (“” — …), Latin-1 signs (· ×) and bopomofo/kana.
_GB_COMMON_RE = re.compile(
    "[\u00a0-\u00ff\u2000-\u206f\u2100-\u2bff\u3000-\u30ff\u3400-\u4dbf\u4e00-\u9fff"
    "\uf900-\ufaff\ufe30-\ufe4f\uff00-\uffef]"
)
# A single non-ASCII character glued to a preceding ASCII letter, then ASCII again: the mark of
# a Windows-1252 file (it’s, café) misread as GB18030, where a high byte eats the next letter.
_GLUED_SINGLE_RE = re.compile("[A-Za-z][^\x00-\x7f](?=[\x00-\x7f]|$)")
_NON_ASCII_RUN_RE = re.compile("[^\x00-\x7f]+")


def read_text(path: str | os.PathLike[str], *, max_bytes: int = MAX_BYTES) -> str:
    """Read the file at `path` as text with `\\n` newlines.

    Raises InputError (one sentence naming the file) when it is missing, a folder, unreadable,
    larger than `max_bytes`, empty, binary or in an encoding we do not read.
    """
    name = str(path)
    p = Path(path)
    try:
        size = p.stat().st_size
    except FileNotFoundError:
        raise InputError(f"{name}: no such file.") from None
    except OSError as exc:
        raise InputError(f"{name}: cannot be read ({exc.strerror or exc}).") from None
    if p.is_dir():
        raise InputError(f"{name}: is a folder, not a file.")
    if size > max_bytes:
        raise InputError(
            f"{name}: is {size / 1e6:.4g} MB, larger than the {max_bytes / 1e6:.4g} MB limit; "
            "split it into smaller files."
        )
    try:
        data = p.read_bytes()
    except PermissionError:
        raise InputError(f"{name}: permission denied.") from None
    except OSError as exc:
        raise InputError(f"{name}: cannot be read ({exc.strerror or exc}).") from None
    return decode_bytes(data, name=name)


def decode_bytes(data: bytes, *, name: str = "<input>") -> str:
    """Decode `data` (the whole content of file `name`) and normalise newlines to `\\n`.

    Raises InputError when the data is empty, binary or not in an encoding we read.
    """
    if not data:
        raise InputError(f"{name}: the file is empty.")
    encoding = detect_encoding(data, name=name)
    try:
        text = data.decode(encoding)
    except UnicodeDecodeError:
        raise InputError(_undecodable(name)) from None
    del data
    if text.startswith("\ufeff"):
        text = text[1:]
    if "\r" in text:
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    if not text.strip():
        raise InputError(f"{name}: the file holds no text, only blank space.")
    sample = text[:_SAMPLE]
    if len(_CONTROL_RE.findall(sample)) > max(2, len(sample) // 100):
        raise InputError(f"{name}: is a binary file, not text.")
    return text


def detect_encoding(data: bytes, *, name: str = "<input>") -> str:
    """Name of the codec to decode `data` with (a Python codec name).

    Raises InputError for binary data and for data that no accepted encoding decodes.
    """
    if data.startswith(codecs.BOM_UTF8):
        return "utf-8-sig"
    if data.startswith((codecs.BOM_UTF32_LE, codecs.BOM_UTF32_BE)):
        return "utf-32"
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return "utf-16"
    for magic, what in _MAGIC:
        if data.startswith(magic):
            raise InputError(f"{name}: is {what}, not a text file.")
    utf16 = _bomless_utf16(data)
    if utf16:
        return utf16
    if b"\x00" in data:
        raise InputError(f"{name}: is a binary file, not text.")
    if _decodes(data, "utf-8"):
        return "utf-8"
    if _decodes(data, "gb18030") and _plausible_gb18030(data):
        return "gb18030"
    raise InputError(_undecodable(name))


def _undecodable(name: str) -> str:
    return (f"{name}: is not in an encoding vocab_app reads (UTF-8, UTF-16 or GB18030/GBK); "
            "save it as UTF-8 and try again.")


def _bomless_utf16(data: bytes) -> str | None:
    """'utf-16-le'/'utf-16-be' when NUL bytes sit on one side of the byte pairs, else None.

    Text in UTF-16 without a BOM has a NUL high byte for every ASCII character (spaces,
    newlines, digits, punctuation, Latin letters); binary data has NULs on both sides.
    """
    sample = data[:_SAMPLE]
    if len(sample) < 4 or len(data) % 2:
        return None
    half = len(sample) // 2
    even = sample[0::2].count(0)
    odd = sample[1::2].count(0)
    if odd >= half * 0.2 and even <= half * 0.02:
        codec = "utf-16-le"
    elif even >= half * 0.2 and odd <= half * 0.02:
        codec = "utf-16-be"
    else:
        return None
    return codec if _decodes(data, codec) else None


def _decodes(data: bytes, codec: str) -> bool:
    """True when `data` is valid in `codec`, checked incrementally to spare memory."""
    decoder = codecs.getincrementaldecoder(codec)("strict")
    step = 1 << 20
    try:
        for start in range(0, len(data), step):
            decoder.decode(data[start:start + step], final=False)
        decoder.decode(b"", final=True)
    except UnicodeDecodeError:
        return False
    return True


def _plausible_gb18030(data: bytes) -> bool:
    """True when GB18030 gives Chinese-looking text, not mojibake of some other encoding.

    GB18030 accepts most byte strings; a Windows-1252 or Latin-1 file decodes to rare
    characters and to single ideographs glued to Latin letters (`it抯`), which real text lacks.
    """
    sample = data[:_SAMPLE].decode("gb18030", errors="ignore")
    non_ascii = sum(len(run) for run in _NON_ASCII_RUN_RE.findall(sample))
    if not non_ascii:
        return True
    common = sum(len(run) for run in _GB_COMMON_RE.findall(sample))
    if common < 0.9 * non_ascii:
        return False
    runs = len(_NON_ASCII_RUN_RE.findall(sample))
    glued = len(_GLUED_SINGLE_RE.findall(sample))
    return not (runs >= 3 and glued > runs / 2)

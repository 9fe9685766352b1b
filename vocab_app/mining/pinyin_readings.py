"""Pinyin in a bracket that only reads the Chinese before it: `测试 (cèshì)`, `不错 (bù cuò)`,
or inside a Chinese gloss, `take a test (参加考试 - cānjiā kǎoshì)`. A reading is a
pronunciation, no translation (P1): the first gives no pair, the second keeps `参加考试`.

Whether the letters read the characters is checked against pypinyin's reading of them (tone
marks, spaces and apostrophes aside, so tone sandhi and word spacing do not matter); only text
with a tone mark is looked at, so an English word (`can`, `long`) is never taken for pinyin,
and a French one (`咖啡馆（café）`) does not read the characters.
"""

from __future__ import annotations

import re

from vocab_app.mining.lang import cjk_run_start
from vocab_app.mining.pinyin import pinyin

_TONED = "āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ"
_TONELESS = str.maketrans(_TONED, "aaaaeeeeiiiioooouuuuüüüü", " '’-")
_READING_RE = re.compile(rf"[A-Za-zü{_TONED}'’ -]+")
_TONE_RE = re.compile(f"[{_TONED}]")
#: A Chinese gloss, a dash or comma, then letters: `参加考试 - cānjiā kǎoshì`.
_GLOSS_READING_RE = re.compile(rf"([^\n]*?[\u4e00-\u9fff])\s*[-–—,，]?\s*([A-Za-zü{_TONED}'’ ]+)")
#: The most characters a reading is compared with.
_MAX_CHARS = 8


def _toneless(text: str) -> str:
    return text.lower().translate(_TONELESS)


def reads_han(han: str, reading: str) -> bool:
    """True when `reading` (letters with a tone mark) is the pinyin of the last characters of
    the Han run that ends `han`."""
    reading = reading.strip()
    if _TONE_RE.search(reading) is None or _READING_RE.fullmatch(reading) is None:
        return False
    chars = han[cjk_run_start(han, len(han)):]
    if not chars:
        return False
    target = _toneless(reading)
    for k in range(1, min(len(chars), _MAX_CHARS) + 1):
        read = _toneless(pinyin(chars[-k:]))
        if read == target:
            return True
        if len(read) > len(target):
            return False
    return False


def reading_free_end(text: str, g0: int, g1: int) -> int:
    """End of the Chinese gloss `text[g0:g1]` without a reading of it after it (`参加考试 -
    cānjiā kǎoshì` → after 参加考试); g1 when it has none."""
    m = _GLOSS_READING_RE.fullmatch(text, g0, g1)
    if m is None or not reads_han(m.group(1), m.group(2)):
        return g1
    return m.end(1)

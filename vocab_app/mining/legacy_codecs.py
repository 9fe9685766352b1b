"""Which legacy (pre-Unicode) encoding a file that is not UTF-8 is in, from a sample of it.

The byte encodings a user of a bilingual English/Chinese app may have accept overlapping byte
strings: GB18030 decodes almost anything, Big5, Shift-JIS and EUC-JP decode much Chinese and
each other. So each reading of the sample is judged by what real text in that language is made
of, standard library codecs only:
- GB18030 (Simplified Chinese): nearly every ideograph is in GB2312 (the 6,763 common ones) and
  there is no kana. Big5 read as GB18030 gives many GBK-only rarities; EUC-JP gives kana.
- Japanese (Shift-JIS, EUC-JP): kana make up a good share of any Japanese sentence; Chinese
  read as either gives none (GB bytes are half-width katakana in Shift-JIS, kanji in EUC-JP).
  A Shift-JIS text of kanji only (no GB reading of it is common Chinese) is refused too.
  vocab_app mines English/Chinese, so Japanese files are refused with a sentence naming the
  encoding rather than read.
- Big5 (Traditional Chinese): decodes to ideographs and CJK punctuation only.
- Windows-1252 (English with curly quotes, accented names): a few non-ASCII characters, each a
  punctuation mark or a Latin letter inside a word.
"""

from __future__ import annotations

import codecs
import re
from collections.abc import Callable

from vocab_app.errors import InputError
from vocab_app.i18n_text import N_, _

_HIRAGANA_RE = re.compile("[\u3041-\u309f]")
_KANA_RE = re.compile("[\u3041-\u309f\u30a1-\u30fa\u30fc]")  # hiragana, katakana, ー
_NON_ASCII_RE = re.compile("[^\x00-\x7f]")
_NON_ASCII_RUN_RE = re.compile("[^\x00-\x7f]+")
_IDEOGRAPH_RE = re.compile("[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]")
# CJK and full-width punctuation, general punctuation (“” — …), Latin-1 signs (· ×).
_CJK_PUNCT_RE = re.compile(
    "[\u00a0-\u00bf\u00d7\u2000-\u206f\u3000-\u303f\ufe30-\ufe4f\uff00-\uffef]"
)
# Windows-1252 characters that stand on their own in English text: quotes, dashes, ellipsis,
# bullet, currency and the usual signs.
_CP1252_PUNCT = frozenset("‘’‚“”„–—…•€™«»°·©®§¶¡¿£¥¢±×÷\u00a0")
_LATIN_LETTER_RE = re.compile(
    "[\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u00ff\u0152\u0153\u0160\u0161\u0178\u017d\u017e]"
)

_JAPANESE = {"shift_jis": N_("Japanese Shift-JIS"), "euc_jp": N_("Japanese EUC-JP")}


def legacy_codecs(sample: bytes, name: str) -> list[str]:
    """The codecs to try, best first, on a file that is not UTF-8 and starts with `sample`
    (its first non-ASCII bytes should be in it).

    Raises InputError naming the encoding when the sample reads as Japanese. An empty list
    means no reading looks like text.
    """
    readings = {codec: _decode(sample, codec)
                for codec in ("gb18030", "euc_jp", "shift_jis", "big5", "cp1252")}
    gb = readings["gb18030"]
    if gb is not None and _simplified_chinese(gb):
        return ["gb18030"]
    _refuse_japanese(readings, name, _japanese)
    big5 = readings["big5"]
    if big5 is not None and _traditional_chinese(big5):
        return ["big5"]
    latin = readings["cp1252"]
    if latin is not None and _western(latin):
        return ["cp1252"]
    if gb is not None and _loose_chinese(gb):
        return ["gb18030"]
    _refuse_japanese(readings, name, _traditional_chinese)  # kanji only, no kana
    return ["gb18030"] if gb is not None and _loose_chinese(gb, common_share=0) else []


def _refuse_japanese(readings: dict[str, str | None], name: str,
                     looks_japanese: Callable[[str], bool]) -> None:
    for codec, label in _JAPANESE.items():
        text = readings[codec]
        if text is not None and looks_japanese(text):
            raise InputError(_("{name}: looks like {label} text, which vocab_app does "
                               "not mine; save it as UTF-8 if it is Chinese or English "
                               "and try again.").format(name=name, label=_(label)))


def _decode(sample: bytes, codec: str) -> str | None:
    """`sample` read with `codec` (a character cut at its end is left out), None if it fails."""
    try:
        return codecs.getincrementaldecoder(codec)("strict").decode(sample, final=False)
    except UnicodeDecodeError:
        return None


def _simplified_chinese(text: str) -> bool:
    """Chinese in GB2312's common characters, with no kana; or no non-ASCII at all."""
    non_ascii = len(_NON_ASCII_RE.findall(text))
    if not non_ascii:
        return True
    if _HIRAGANA_RE.search(text):
        return False
    common = sum(1 for c in _IDEOGRAPH_RE.findall(text) if _in_gb2312(c))
    punct = len(_CJK_PUNCT_RE.findall(text))
    return common > 0 and common + punct >= 0.9 * non_ascii and not _glued_singles(text)


def _loose_chinese(text: str, common_share: float = 1 / 3) -> bool:
    """Chinese in GBK with rarer characters (a traditional text saved as GBK): ideographs and
    punctuation only, `common_share` of the ideographs or more in GB2312 (the characters both
    scripts share), no kana, no single characters glued inside Latin words."""
    non_ascii = len(_NON_ASCII_RE.findall(text))
    ideographs = _IDEOGRAPH_RE.findall(text)
    punct = len(_CJK_PUNCT_RE.findall(text))
    common = sum(1 for c in ideographs if _in_gb2312(c))
    return (len(ideographs) > 0 and common >= len(ideographs) * common_share
            and len(ideographs) + punct >= 0.95 * non_ascii
            and not _HIRAGANA_RE.search(text) and not _glued_singles(text))


def _japanese(text: str) -> bool:
    non_ascii = len(_NON_ASCII_RE.findall(text))
    return non_ascii > 0 and len(_KANA_RE.findall(text)) >= 0.15 * non_ascii


def _traditional_chinese(text: str) -> bool:
    non_ascii = len(_NON_ASCII_RE.findall(text))
    ideographs = len(_IDEOGRAPH_RE.findall(text))
    punct = len(_CJK_PUNCT_RE.findall(text))
    return ideographs > 0 and ideographs + punct >= 0.97 * non_ascii


def _western(text: str) -> bool:
    """Each run of non-ASCII characters is punctuation, or one or two Latin letters inside a
    word (café, naïve, Zürich): what English or European text in Windows-1252 looks like."""
    runs = list(_NON_ASCII_RUN_RE.finditer(text))
    if not runs:
        return False
    good = 0
    for run in runs:
        chars = run.group()
        if all(c in _CP1252_PUNCT for c in chars):
            good += 1
            continue
        before = text[run.start() - 1:run.start()]
        after = text[run.end():run.end() + 1]
        if (len(chars) <= 2 and _LATIN_LETTER_RE.fullmatch(chars[0])
                and all(_LATIN_LETTER_RE.fullmatch(c) for c in chars)
                and (before.isascii() and before.isalpha() or after.isascii() and after.isalpha())):
            good += 1
    return good >= 0.9 * len(runs)


def _glued_singles(text: str) -> bool:
    """One non-ASCII character between ASCII letters, again and again: a Windows-1252 file
    (it’s, café) misread as GB18030, where a high byte eats the next letter (`it抯`)."""
    runs = len(_NON_ASCII_RUN_RE.findall(text))
    glued = len(re.findall("[A-Za-z][^\x00-\x7f](?=[\x00-\x7f]|$)", text))
    return runs >= 3 and glued > runs / 2


def _in_gb2312(char: str) -> bool:
    try:
        char.encode("gb2312")
    except UnicodeEncodeError:
        return False
    return True

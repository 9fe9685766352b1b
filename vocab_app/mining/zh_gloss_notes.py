"""Chinese glosses that only qualify an English head (rule G1): a note of place
(`Encoder （左侧）`) or of time (`Pre-Norm（现代主流）`), or a remark that opens with a word
of comparing, containing or excluding (`mantissa（比 float16 精度低）`, `Launch（含内存申请和
释放）`), no rendering of it. `en_zh_pairs` (english_pairs.py) drops such a bracket.
"""

from __future__ import annotations

import re

from vocab_app.mining.description_words import NUMBER_WORDS
from vocab_app.mining.lang import is_cjk, word_set
from vocab_app.mining.zh_tokens import (
    CLASSIFIERS,
    NUMERALS,
    may_be_one_word,
    may_open_with,
    tag_words,
)

_SPACE_SLASH_RE = re.compile(r"[\s/]+")
_PANEL_SIDES = frozenset("左右上下")
_SPACE_SLASH_DASH_RE = re.compile(r"[\s/\-]+")

#: English words of place: a head that is one may have a locative gloss (`upstream（上游）`).
_PLACE_WORDS = word_set(
    "left right top bottom upper lower up down front back above below upstream downstream "
    "inside outside inner outer north south east west side before after middle center centre "
    "head tail front-end back-end frontend backend")


def position_note(gloss: str, head: str) -> bool:
    """True for a Chinese gloss that only says where the head is (`Encoder （左侧）`, `图（上方）`),
    a place note (G1), unless the head is itself a word of place."""
    if gloss in _PANEL_SIDES:  # `13B（左）`: a figure's left panel (jieba may tag 左 m)
        return not any(w.lower() in _PLACE_WORDS for w in _SPACE_SLASH_RE.split(head))
    if len(gloss) > 4 or not all(is_cjk(ch) for ch in gloss) or not may_be_one_word(gloss, "f"):
        return False
    words = tag_words(gloss)
    if len(words) != 1 or words[0][1] != "f":
        return False
    return not any(w.lower() in _PLACE_WORDS for w in _SPACE_SLASH_RE.split(head))


#: English words of time: a head with one may have a gloss opening with a time word
#: (`current state（当前状态）`).
_TIME_WORDS = word_set(
    "current currently modern early earlier late later recent recently past present future "
    "now today old new legacy ancient contemporary historical temporal time real-time future")


def time_qualifier(gloss: str, head: str) -> bool:
    """True for a short Chinese gloss that opens with a word of time and ends in no noun
    (`Pre-Norm（现代主流）`, "modern, mainstream"): a time qualifier (G1), unless the head has a
    word of time too. A noun phrase is a rendering (`state of the art（当前最先进水平）`)."""
    if not gloss or not is_cjk(gloss[0]) or len(gloss) > 8 or not may_open_with(gloss, "t"):
        return False
    words = tag_words(gloss)
    if not words or words[0][1] != "t" or words[-1][1][0] == "n" or words[-1][1] in (
            "vn", "an", "eng"):
        return False
    return not any(w.lower() in _TIME_WORDS for w in _SPACE_SLASH_DASH_RE.split(head))


#: English number words: a head with one may have a gloss that counts (`two bytes（两个字节）`).
_NUMBER_WORDS = NUMBER_WORDS | word_set("one single double triple half several billion multi "
                                        "multiple many few")


_NUMERALS = NUMERALS | frozenset("0123456789")


_DIGIT_COUNT_RE = re.compile(r"(\d+(?:\.\d+)?)\s*(\S)")
_LATIN_WORD_RE = re.compile(r"[A-Za-z]+")


def count_note(gloss: str, head: str) -> bool:
    """True for a Chinese gloss that opens with a count (a numeral and its classifier: `两个字节`,
    `三种`) after a head with no number word: it says how much or how many (`FP16（两个字节）`),
    it does not render the head."""
    gloss = gloss.strip()
    digits = _DIGIT_COUNT_RE.match(gloss)
    if digits is not None and re.search(rf"[A-Za-z]{digits.group(1)}\b", head):
        return False  # `FP32（32 位浮点数）`: the head's own number, spelled out with its unit
    if digits is not None and digits.group(2) in CLASSIFIERS:
        # `fine-tune Llama 3 8B（3 个 epoch）`: a count of a thing the head does not name (`3
        # epochs（3 个 epoch）` renders the head: what is counted is in it)
        counted = _LATIN_WORD_RE.findall(gloss, digits.end())
        if counted:
            head_words = [w.lower() for w in _LATIN_WORD_RE.findall(head)]
            return not all(any(h.startswith(w.lower()) for h in head_words) for w in counted)
    else:
        words = tag_words(gloss)
        if not words or words[0][1] != "m" or words[0][0][0] not in _NUMERALS or (
                words[0][0][-1] not in CLASSIFIERS):
            return False  # (not 加倍 in `doubled down（加倍投入）`: no numeral opens it)
    return not any(w.lower() in _NUMBER_WORDS for w in _SPACE_SLASH_DASH_RE.split(head))


_RATE_RE = re.compile(r"每[\u4e00-\u9fff]{1,2}")
_PER_WORDS = word_set("per each every a")


def rate_note(gloss: str, head: str) -> bool:
    """True for a short Chinese `每…` gloss (`每层`, `每秒`: per layer, per second) after a head
    with no `per`/`each`/`every`: it says what the head's figure is counted by
    (`Trainable Params（每层）`), it does not render the head (`per layer（每层）` does)."""
    if _RATE_RE.fullmatch(gloss.strip()) is None:
        return False
    return not any(w.lower() in _PER_WORDS for w in _SPACE_SLASH_DASH_RE.split(head))


#: Words that open a remark on the head, never its rendering: what it is compared with,
#: contains, comes from or is like, what to leave out, an example.
_REMARK_OPENERS = frozenset({"比", "含", "来自", "类似", "例如", "不要", "忽略", "不是"})
_REMARK_STARTS = tuple(_REMARK_OPENERS)


def remark_note(gloss: str) -> bool:
    """True when the Chinese `gloss` opens with a word of `_REMARK_OPENERS` as a word of its
    own, not the start of a compound (jieba's words: `比特` is one; `类似度` is the opener and
    a one-character suffix, nothing after them)."""
    gloss = gloss.strip()
    if not gloss.startswith(_REMARK_STARTS):
        return False  # (most glosses: no segmentation)
    words = [w for w, _ in tag_words(gloss) if w.strip()]
    if not words or words[0] not in _REMARK_OPENERS:
        return False
    return not (len(words) == 2 and len(words[1]) == 1 and is_cjk(words[1]))

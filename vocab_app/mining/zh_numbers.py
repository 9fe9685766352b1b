"""The numbers an English gloss names, written as the Chinese numerals a term may hold
(`三次握手（three-way handshake）`, `第二类（Type II）`): digits, number words, roman numerals.
"""

from __future__ import annotations

import re

from vocab_app.mining.lang import cjk_run_start

_LOWER_WORD_RE = re.compile(r"[a-z]+")


#: Chinese numerals of each digit, and English number words of each digit.
ZH_DIGITS = {"0": "零〇", "1": "一", "2": "二两", "3": "三", "4": "四", "5": "五", "6": "六",
              "7": "七", "8": "八", "9": "九"}


EN_NUMBERS = {w: d for d, ws in {
    "1": "one first single once", "2": "two second double dual twice",
    "3": "three third triple thrice",
    "4": "four fourth", "5": "five fifth", "6": "six sixth", "7": "seven seventh",
    "8": "eight eighth", "9": "nine ninth"}.items() for w in ws.split()}


#: Latin and Greek number prefixes of a word (`bipartite`, `trigram`, `monolingual`).
_NUMBER_PREFIXES = (("bi", "2"), ("tri", "3"), ("quadr", "4"), ("tetra", "4"), ("penta", "5"),
                    ("hexa", "6"), ("mono", "1"))

#: English words of how many times: with one, a numeral and 次 are the term's (至少一次, at
#: least once), not a count before it.
TIMES_WORDS = frozenset({"once", "twice", "thrice", "times", "way"})  # 三次握手 three-way


#: A capital roman numeral of one to four as a word of its own (`Type II`, `Phase III`).
_ROMAN_RE = re.compile(r"(?<![A-Za-z])(I{1,3}|IV)(?![A-Za-z])")


_ROMAN = {"I": "1", "II": "2", "III": "3", "IV": "4"}


def gloss_numerals(gloss: str) -> str:
    """The Chinese numerals that the gloss's digits and number words stand for (`5G` → 五)."""
    digits = {ch for ch in gloss if "0" <= ch <= "9"}  # (not `²`: isdigit, no numeral)
    words = _LOWER_WORD_RE.findall(gloss.lower())
    digits |= {EN_NUMBERS[w] for w in words if w in EN_NUMBERS}
    digits |= {_ROMAN[m] for m in _ROMAN_RE.findall(gloss)}  # `Type I error` → 一 (第一类错误)
    # a number prefix of a longer word: `bipartite` → 二 (二分图), `tri-gram` → 三 (三元组)
    digits |= {d for w in words if len(w) >= 7 for p, d in _NUMBER_PREFIXES if w.startswith(p)}
    times = "次" if TIMES_WORDS.intersection(words) else ""
    return "".join(ZH_DIGITS[d] for d in sorted(digits)) + times


_LEVEL_RE = re.compile(r"[A-Za-z][0-9]")


def level_name(text: str, end: int, gloss: str, lo: int) -> bool:
    """True for a letter and a digit glossing the Chinese text that ends at `end` and holds
    the number: the short name of a level or layer (`二层网络 (l2)`, `第二层 (L2)`), not a
    reference (`附录（A1）`)."""
    if _LEVEL_RE.fullmatch(gloss) is None:
        return False
    run = text[cjk_run_start(text, end, max(lo, end - 6)):end]  # (`第 2 层`: only `层`)
    return any(c in run for c in ZH_DIGITS[gloss[1]])


#: An English label with a number before a colon (`Step 1:`, `Chapter III:`).
_EN_LABEL_RE = re.compile(r"(?:Step|Chapter|Part|Section|Lesson|Unit|Phase|Stage|Module|Week|Day"
                          r"|Level|Lecture)\s+(\d{1,3}|[IVX]{1,4})\s*[:：]\s*\S")
#: The Chinese label it renders, at a line's start (`第 1 步：`, `第三章：`).
_ZH_LABEL_RE = re.compile(r"(?:^|\n)[ \t#>*_\-]*(第\s*([0-9]{1,3}|[一二两三四五六七八九十]{1,3})\s*"
                          r"[步章节课部篇讲单阶周天层级][元段分]?\s*[:：][^\n:：()（）]+)$")


def numbered_label_start(text: str, end: int, gloss: str, lo: int) -> int | None:
    """Start of a numbered Chinese label and title that open a line and end at `end`, when the
    gloss renders both with the same number (`### 第 1 步：初始化策略（Step 1: Initialization
    Strategies）` → 第 1 步：初始化策略); else None: a gloss with a colon is a label or a
    citation (`（Chapter 3: …）` after a mention of a book) unless the head has the label too."""
    en = _EN_LABEL_RE.match(gloss)
    if en is None:
        return None
    zh = _ZH_LABEL_RE.search(text, max(lo, end - 60), end)
    if zh is None:
        return None
    number, zh_number = en.group(1), zh.group(2)
    digits = _ROMAN.get(number, number)
    same = (zh_number == digits if zh_number.isdigit()
            else len(digits) == 1 and digits != "0" and zh_number in ZH_DIGITS[digits])
    return zh.start(1) if same else None


_COUNT_BEFORE_RE = re.compile(r"(?<![\w.])(\d{1,4}) ?\Z")


def counted_start(text: str, run_start: int, lo: int, gloss: str) -> int:
    """`run_start`, or the start of a number right before the run that the gloss says too
    (`50 层之后的激活幅度（Activation Magnitude Through 50 Layers）`): the number is the
    term's, not a section number (`1.2 模型结构`)."""
    m = _COUNT_BEFORE_RE.search(text, max(lo, run_start - 5), run_start)
    if m is None or re.search(rf"(?<![\d.]){m.group(1)}(?![\d.])", gloss) is None:
        return run_start
    return m.start()

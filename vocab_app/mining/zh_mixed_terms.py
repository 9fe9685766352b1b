"""Latin words at the left edge of a Chinese term (`Docker 镜像（Docker image）`): the words
the gloss repeats belong to the term, for zh_terms.py."""

from __future__ import annotations

import re

from vocab_app.mining.lang import is_cjk

#: (`B+ 树`, `C# 语言`; two names of one thing: `Kaiming/He 初始化`, `A/B 测试`)
_LATIN_WORD_RE = re.compile(  # (digits may open it: `3D`, `5G`)
    r"(?:[A-Za-z]|\d+[A-Za-z])[A-Za-z0-9.\-]*(?:/[A-Za-z][A-Za-z0-9.\-]*)*[+#]*\Z")
#: Up to three capitalised Latin words and a space right before a Chinese term: a brand or
#: product name (`Hugging Face 模型中心`), after the start of the text or a non-word character.
_NAME_BEFORE_RE = re.compile(r"(?<![A-Za-z0-9])[A-Z][A-Za-z0-9]*(?: [A-Z][A-Za-z0-9]*){0,2} ?\Z")
#: Lead-ins that give a short name for what the head names in full (`以下简称`, `缩写为`).
_SHORT_NAME_MARKS = ("简称", "简写", "缩写", "下称", "以下", "下文", "后文")


def short_name_lead_in(lead_in: str) -> bool:
    """True when the lead-in of a bracket introduces a short name (`以下简称“Hub”`,
    `简称 K8s`): like a legal text's `(hereinafter …)`, it stands for the whole name before
    the bracket."""
    return any(mark in lead_in for mark in _SHORT_NAME_MARKS)


def latin_name_start(text: str, start: int, lo: int) -> int:
    """Start of the whole name whose Chinese part starts at `start`: the capitalised Latin
    words right before it (`Hugging Face 模型中心（以下简称“Hub”）`: the short name stands for
    the whole name, brand included); `start` when there are none."""
    if start <= lo or not is_cjk(text[start]):
        return start
    m = _NAME_BEFORE_RE.search(text, max(lo, start - 40), start)
    if m is None or m.start() == start:
        return start
    return m.start()
#: Chinese prepositions a term keeps when its gloss has their English (`在 Colab 中打开`).
ZH_PREPOSITIONS = {"在": ("in", "on", "at"), "从": ("from",), "到": ("to", "into")}
PLACE_WORDS = frozenset({"in", "on", "at", "inside", "within", "into"})


def named_prefix(text: str, run_start: int, lo: int, gloss: str) -> tuple[int, str] | None:
    """The Latin words right before the Chinese run (one space apart at most) that the gloss
    repeats, as (start, gloss without them): `Docker 镜像（Docker image）` → (start of Docker,
    `image`); the parts of a hyphenated gloss word count as words (`p 值（p-value）`). None
    when the words before the run are not all in the gloss."""
    found = _named_prefix(text, run_start, lo, [w.strip("()（）") for w in gloss.split()])
    if found is None and "-" in gloss:
        found = _named_prefix(text, run_start, lo, gloss.replace("-", " ").split())
    return found


def _named_prefix(text: str, run_start: int, lo: int,
                  gloss_words: list[str]) -> tuple[int, str] | None:
    i = run_start
    if i > lo and text[i - 1] == " ":
        i -= 1
    folded = [w.casefold() for w in gloss_words]
    start = None
    taken: list[int] = []
    for _ in range(3):
        j = i
        floor = max(lo, i - 40)  # a word, not a line of code
        while j > floor and text[j - 1].isascii() and (text[j - 1].isalnum()
                                                        or text[j - 1] in ".-+#/"):
            j -= 1
        word = text[j:i]
        if i == run_start and word.endswith("-"):
            word = word[:-1]  # `RBD-蛋白（RBD-protein）`: a hyphen joins the name to the run
        if not word or _LATIN_WORD_RE.match(word) is None or word.casefold() not in folded:
            break
        k = folded.index(word.casefold())
        if k in taken:
            break
        taken.append(k)
        start = j
        if j > lo and text[j - 1] == " " and j - 1 > lo and text[j - 2].isascii() and (
                text[j - 2].isalnum()):
            i = j - 1
            continue
        break
    if start is None or len(taken) == len(gloss_words):
        return None
    if start > lo and (text[start - 1].isascii() and text[start - 1].isalnum()):
        return None
    rest = " ".join(w for k, w in enumerate(gloss_words) if k not in taken)
    return start, rest

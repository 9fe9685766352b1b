"""Rule B2 for a Chinese term before an English gloss, on a bilingual dictionary's evidence
(CC-CEDICT, rendered_terms.py): the term is the Chinese phrase the gloss translates.

- A verb, or a modifier with its 的, in front that renders no word of the gloss goes, when
  the rest renders every word of it (`确定范围（Range）` → 范围, `更大的学习率（learning rate）`
  → 学习率).
- Words (not verbs) right before the term that render a word of the gloss the term leaves
  unrendered join it, across one 的 (`碎片化的存储空间（Unusable Fragment Memory）`), also when
  the term's first words render nothing (`最近质心分类器（nearest centroid classifier）`).
- A term that renders nothing grows to the dictionary word it ends, when that word renders the
  whole gloss (`模型自举（bootstrap）`: jieba read 自 as "from").

A gloss that is a short form, a name the dictionary does not know or a phrase of more than six
words gives no evidence, and the term stays as the other rules found it.
"""

from __future__ import annotations

import re
from functools import lru_cache

from vocab_app.mining.en_words import FUNCTION_WORDS
from vocab_app.mining.lang import cjk_run_start
from vocab_app.mining.rendered_terms import dictionary_words, meanings, meanings_of_word, renders
from vocab_app.mining.zh_tokens import tag_run

#: An English gloss of plain words (no short form, digit or symbol).
_PLAIN_GLOSS_RE = re.compile(r"[A-Za-z][a-z]*(?:[- ][A-Za-z][a-z]*)*")
_WORD_RE = re.compile(r"[a-z]{2,}")
#: jieba's tags of words that never open a term: prepositions, conjunctions, particles,
#: pronouns, numbers, measure words, interjections.
_NEVER_FIRST = frozenset({"p", "c", "u", "uj", "ul", "r", "m", "q", "y", "e", "o", "d"})
#: jieba's tags of verbs.
_VERBS = frozenset({"v", "vd"})
#: jieba's tags of adjectives and distinguishing words (`不同`, `常用`).
_ADJECTIVES = frozenset({"a", "b"})
#: How far left a term may grow, in characters.
_REACH = 8


def _words(run: str, split: bool = True) -> list[tuple[str, int, str]]:
    """jieba's words of a run of Chinese characters, each cut into the dictionary's words when
    `split`, with their offsets and jieba's tags."""
    found, at = [], 0
    for word, tag in tag_run(run):
        for part in dictionary_words(word) if split else [word]:
            found.append((part, at, tag))
            at += len(part)
    return found


def _may_go(words: list[tuple[str, int, str]], head: tuple[str, int, str]) -> bool:
    """True when the words in front of a term are a verb (`平衡模型大小`, `确定范围`), a
    modifier with its 的 (`大的学习率`) or a plain adjective (`不同层`, `常用交叉熵损失`), whole
    words of jieba's. An adjective stays before a quantity (`简单多数规则（majority rule）`:
    a simple majority is one kind of majority) and a noun right before the term may be part of
    a compound the English leaves implicit (`消息生产者（Producer）`); a character cut off a
    word is its affix (`可验证性（verifiability）`). `head` is the term's first word."""
    if words and words[-1][0] == "的":
        return len(words) > 1
    return bool(words) and all(
        len(word) >= 2 and (tag in _VERBS or tag in _ADJECTIVES and head[2] != "m")
        for word, _, tag in words)


def _rendered(gloss_words: list[str], zh: list[str]) -> set[str]:
    """The words of `gloss_words` that a word of `zh`, or a dictionary word in it, renders."""
    return {g for g in gloss_words if any(_renders_word(g, w) for w in zh)}


@lru_cache(maxsize=65536)
def _renders_word(english: str, zh: str) -> bool:
    return any(renders(english, meanings(p)) for p in {zh, *dictionary_words(zh)})


def rendered_zh_start(text: str, t0: int, t1: int, gloss: str, lo: int) -> int:
    """Start of the Chinese term text[t0:t1] that the English `gloss` renders (see the module
    docstring); `t0` itself without the dictionary's evidence."""
    gloss = gloss.strip()
    if not _PLAIN_GLOSS_RE.fullmatch(gloss) or cjk_run_start(text, t1, t0) != t0 or t0 >= t1:
        return t0
    en = [w for w in _WORD_RE.findall(gloss.lower()) if w not in FUNCTION_WORDS]
    if not en or len(en) > 6:
        return t0
    words = _words(text[t0:t1])
    each = [_rendered(en, [w]) for w, _, _ in words]  # what each word of the term renders
    first = next((k for k, got in enumerate(each) if got), None)
    if first is None:
        whole = _whole_word_start(text, t0, t1, en, lo)
        # (the term's head noun is taken to render the gloss's last word)
        return whole if whole != t0 or len(en) < 2 else _grown_start(text, t0, en, {en[-1]}, lo)
    if first > 0 and len(set().union(*each[first:])) == len(en):
        if _may_go(words[:first], words[first]):
            return t0 + words[first][1]  # the words in front render nothing (first found)
        verb = max((k for k in range(first) if words[k][2] in _VERBS and len(words[k][0]) >= 2),
                   default=None)
        if verb is not None:  # `按比例下降学习率（learning rate）`: what the verb governs
            return t0 + words[verb + 1][1]
    return _grown_start(text, t0, en, set().union(*each), lo)


def _whole_word_start(text: str, t0: int, t1: int, en: list[str], lo: int) -> int:
    """Start of the dictionary word ending at `t1` that begins before `t0` and renders every
    word of `en`, when the term renders none: jieba cut a word the gloss translates
    (`模型自举（bootstrap）`: 自 read as "from", 举 left alone); `t0` otherwise."""
    for start in range(t0 - 1, max(lo, t1 - 4) - 1, -1):
        piece = text[start:t1]
        if cjk_run_start(text, t1, start) != start:
            return t0
        if all(renders(g, meanings_of_word(piece)) for g in en):
            return start
    return t0


def _grown_start(text: str, t0: int, en: list[str], done: set[str], lo: int) -> int:
    """`t0`, moved left over the words before it that render what `done` lacks of `en`
    before the first word it has (modifiers come first in both languages: `block scale` is
    `块的缩放因子`)."""
    if not done:
        return t0
    missing = [g for g in en[:min(en.index(g) for g in done)] if g not in done]
    if not missing:
        return t0
    run0 = cjk_run_start(text, t0, max(lo, t0 - _REACH))  # the Chinese run ending at t0
    if run0 == t0:
        return t0
    words = _words(text[run0:t0], split=False)
    start = t0
    k = len(words) - 1
    if k >= 1 and words[k][0] == "的":
        k -= 1  # `块的缩放因子`: one 的 between the modifier and the term
    while k >= 0 and missing:
        word, at, tag = words[k]
        got = _rendered(missing, [word])
        if not got and len(word) == 1 and k >= 1 and tag not in _NEVER_FIRST:
            # a one-character suffix jieba cut off its word (`碎片|化`): the two as one
            k -= 1
            word, at, tag = words[k][0] + word, words[k][1], words[k][2]
            got = _rendered(missing, [word])
        if not got or _stops_growth(tag, got):
            break
        missing = [g for g in missing if g not in got]
        start = run0 + at
        k -= 1
    return start


def _stops_growth(tag: str, got: set[str]) -> bool:
    """True when a word before the term with jieba's `tag`, rendering the gloss words `got`, is
    no part of it: a function word or pronoun (but a number the gloss says is: `多层次感知器
    （Multi-Layer Perceptron）`), or a verb the gloss says with -ing, the term's predicate
    (`搭建了增长实验平台（growing experiments）`); a verb the gloss says as a participle or a
    verb of its own names the thing (`截断反向传播（truncated backpropagation）`)."""
    if tag == "m":
        return False
    return tag in _NEVER_FIRST or tag == "v" and any(g.endswith("ing") for g in got)

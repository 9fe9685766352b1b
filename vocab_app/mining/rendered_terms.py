"""Rule B2 in English prose: the term before a Chinese gloss is what the gloss renders, so the
words in front that no part of the gloss translates are no part of it (`the smallest RGB
image (图像)` → image, `a modern backbone (骨干网络)` → backbone, `MSE loss function (损失函数)` →
loss function), judged by CC-CEDICT (zh_en_dictionary.py).

The cut needs evidence both ways: a word of the phrase that the gloss renders, and every part of
the gloss rendered by it or a word after it (a trailing class noun such as 模型 or 网络 aside,
which Chinese adds: `diffusion (扩散模型)`). A gloss part the dictionary does not know, or that
no kept word renders, may be what the words in front translate (`unsupervised learning
(无监督学习)`, `residual connection (残差连接)`): the phrase stays whole. So do idioms
(CC-CEDICT's `(idiom)`), phrases with a function word (`beat around the bush`), a phrase whose
kept word a sense puts after a noun or verb of its own (`term frequency (词频: word
frequency)`) and the plain words of a Title Case name (`Code Quality Gates (质量门禁)`).
"""

from __future__ import annotations

import re
from functools import lru_cache

from vocab_app.mining.definitions import is_adjective
from vocab_app.mining.en_words import FUNCTION_WORDS, NP_STOP_WORDS, VERB_PARTICLES, WORD_RE
from vocab_app.mining.lang import is_cjk
from vocab_app.mining.zh_en_dictionary import english_words, same_word, senses
from vocab_app.mining.zh_tokens import CLASS_NOUNS

#: Class nouns a Chinese rendering adds after the thing it names (zh_tokens.CLASS_NOUNS, and
#: 模型, 网络, 系统: `diffusion (扩散模型)`).
_CLASS_NOUNS = frozenset(CLASS_NOUNS) | {"模型", "网络", "系统"}
#: Adjective endings besides definitions.is_adjective's (`distinctive`, `digital`, `primary`).
_MORE_ADJECTIVE_ENDINGS = ("ive", "al", "ic", "ary", "ent", "ant")
#: The longest Chinese gloss looked up (longer ones are phrases, not a term's rendering).
_MAX_GLOSS = 8
#: A word that is a name, a short form or a number: a digit or a capital after its first
#: letter (`JavaScript`, `RGB`, `v0.2`, `4-Bit`).
_NAME_OR_NUMBER_RE = re.compile(r"\d|.[A-Z]")
_PIECE_RE = re.compile(r"[a-z]{2,}")
#: Words that render nothing on either side: a sense's `to`, `the`, `sth`, and particles
#: (`to fall through` says nothing of `through` alone).
EMPTY = FUNCTION_WORDS | NP_STOP_WORDS | VERB_PARTICLES | frozenset({"sth", "sb", "etc", "fig"})


@lru_cache(maxsize=65536)
def meanings_of_word(zh: str) -> frozenset[str]:
    """The English words of the Chinese word `zh` alone, and its two-word senses written as
    one (`端点`: end point renders `endpoint`), no function word."""
    found = set(english_words(zh))
    found.update(s[i] + s[i + 1] for s in senses(zh) for i in range(len(s) - 1))
    return frozenset(found - EMPTY)


@lru_cache(maxsize=65536)
def meanings(part: str) -> frozenset[str]:
    """The English words of a Chinese word and of each of its characters (no function word)."""
    found = set(meanings_of_word(part))
    for ch in part:
        found |= english_words(ch)
    return frozenset(found - EMPTY)


@lru_cache(maxsize=65536)
def dictionary_words(part: str) -> tuple[str, ...]:
    """`part` as the dictionary's words, longest first from the left (jieba keeps `情景记忆`
    whole; the dictionary has 情景 and 记忆); a character it lacks stands alone."""
    if len(part) == 1 or english_words(part):
        return (part,)
    words, i = [], 0
    while i < len(part):
        j = next((j for j in range(len(part), i + 1, -1) if english_words(part[i:j])), i + 1)
        words.append(part[i:j])
        i = j
    return tuple(words)


def renders(word: str, found: frozenset[str]) -> bool:
    """True when a piece of the English `word` (`cross-entropy` → cross, entropy) is a form of
    one of the English words `found`."""
    by_initial = _by_initial(found)
    return any(same_word(piece, m) for piece in _PIECE_RE.findall(word.lower())
               if piece not in EMPTY for m in by_initial.get(piece[0], ()))


@lru_cache(maxsize=65536)
def _by_initial(found: frozenset[str]) -> dict[str, tuple[str, ...]]:
    """The words `found` by their first letter (forms of one word share it: same_word)."""
    index: dict[str, list[str]] = {}
    for m in found:
        index.setdefault(m[0], []).append(m)
    return {k: tuple(v) for k, v in index.items()}


def _adjective(word: str) -> bool:
    return is_adjective(word) or word.endswith(_MORE_ADJECTIVE_ENDINGS)


def _in_compound_sense(part: str, word: str) -> bool:
    """True when a sense of the gloss part `part` renders `word` after a noun or verb of its own
    (`词频`: word frequency; `崩溃`: to fall apart): the phrase before `word` may be what that
    noun or verb translates. An adjective there only colours the sense (`特征`: distinctive
    feature)."""
    pieces = _PIECE_RE.findall(word.lower())
    for sense in senses(part):
        for i, meaning in enumerate(sense):
            if i and renders(word, frozenset({meaning})):
                before = sense[i - 1]
                if before not in EMPTY and not _adjective(before) and (
                        before not in pieces):  # (`往返`: round trip renders `round-trip`)
                    return True
    return False


def rendered_start(text: str, start: int, end: int, gloss: str) -> int:
    """Start of the words of text[start:end] that the Chinese `gloss` renders (see the module
    docstring); `start` itself when the dictionary gives no evidence for a cut."""
    if not 0 < len(gloss) <= _MAX_GLOSS or not all(is_cjk(c) for c in gloss):
        return start
    words = list(WORD_RE.finditer(text, start, end))
    if len(words) < 2 or any(w.group().lower() in EMPTY for w in words):
        return start  # a clause or an idiom (`beat around the bush (拐弯抹角)`), not a noun phrase
    parts = dictionary_words(gloss)
    if any("idiom" in english_words(part) for part in parts):
        return start  # `blessing in disguise (因祸得福)`: an idiom renders the whole phrase
    found = [meanings(part) for part in parts]
    first = next((i for i, w in enumerate(words)
                  if any(renders(w.group(), m) for m in found)), 0)
    if first == 0:
        return start
    if all(w.group()[0].isupper() for w in words) and not all(
            _NAME_OR_NUMBER_RE.search(w.group()) for w in words[:first]):
        return start  # a Title Case name keeps its plain words (`Code Quality Gates (质量门禁)`)
    if any(_in_compound_sense(part, words[first].group()) for part in parts):
        return start  # `term frequency (词频: word frequency)`, `fell apart (崩溃: to fall apart)`
    kept = [w.group() for w in words[first:]]
    for k, part in enumerate(parts):
        if not _rendered_by(part, kept) and not (
                k == len(parts) - 1 and k > 0 and part in _CLASS_NOUNS):
            return start
    return words[first].start()


def _rendered_by(part: str, kept: list[str]) -> bool:
    """True when a word of `kept` renders the gloss part `part`: by the part's own senses, or
    by those of at least half its characters (`下降` by `descent`: 降, to descend; not `大部分`,
    the greater part, by `fraction`: 分 alone)."""
    if any(renders(w, meanings_of_word(part)) for w in kept):
        return True
    hits = sum(any(renders(w, meanings_of_word(ch)) for w in kept) for ch in part)
    return 2 * hits >= len(part)

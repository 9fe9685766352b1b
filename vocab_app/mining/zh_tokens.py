"""Jieba's words of a Chinese term's window, classified for zh_terms.py: which words stop a term,
which are bound prefixes and suffixes, which are nominal, and how many English words a run of
them (or an English gloss) comes to.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from vocab_app.mining.abbrev import LINK_WORDS, is_short_form
from vocab_app.mining.lang import word_set
from vocab_app.mining.zh_function_words import ADVERBS, CLAUSE_CONJUNCTIONS, STOP_WORDS
from vocab_app.mining.zh_tagger import tagger
from vocab_app.mining.zh_verbs import OBJECT_VERBS

_PARTS_RE = re.compile(r"[-/]")  # (compiled once: these run per bracket)
_UNITS_RE = re.compile(r"[A-Z0-9]|(?<=[A-Z])[a-z](?=[A-Z])")
#: Locatives and particles stripped from the right end (`人工智能对齐上` → 人工智能对齐).
TRAILING = word_set("上 中 里 内 外 下 里面 上面 当中 之中 方面 了 的 着 过 等 等等 之间")
STOP_FLAGS = word_set("x r p c y e o q mq u uj ul uz ud ug uv i eng")
VERB_FLAGS = word_set("v vd vi vq")
DROPPABLE_FLAGS = VERB_FLAGS | {"d", "ad", "b"}  # b: 常用, 主要 (distinguishing words)
ADJ_FLAGS = word_set("a ad an")
NUMERALS = frozenset("一二三四五六七八九十两几多少百千万亿零〇半")
#: Classifiers a numeral takes before a noun (一个, 两种): `一个` is "a", not a number to keep.
CLASSIFIERS = frozenset("个种些位只条件次把张台批类项份组")
CONJUNCTIONS = word_set("和 与 及 以及 或 或者 并且 而且 同时")
SEPARATORS = ",，、;；"
#: A heading's number: `7 `, `3.1.2 `, or a keycap emoji digit (`1️⃣ `: digit, U+FE0F, U+20E3).
SECTION_NUMBER_RE = re.compile(r"^\s*(?:\d{1,3}(?:\.\d{1,3})*\.?|\d\ufe0f?\u20e3)\s*(?<=\s|\u20e3)")
#: One-character bound prefixes jieba splits off new coinages: 过拟合, 预训练, 零样本, 后训练.
PREFIXES = frozenset("过预超非反多单双半自元零后前子微泛无可去逆伪准次全跨副亚")
#: One-character suffixes that make nouns of the word before them: 召回率, 鲁棒性, 泛化器.
SUFFIXES = frozenset("率性化度量器者体法型式值论学家机层图集")
WORD_RE = re.compile(r"[A-Za-z0-9][A-Za-z0-9']*(?:[-/][A-Za-z0-9']+)*")
MEASURE_RE = re.compile(r"\d+(?:\.\d+)? ?[A-Za-z]{1,3}")
_LIST_SPLIT_RE = re.compile(r"\s*[/、,，]\s*")


def is_measure(gloss: str) -> bool:
    """True for a number with a unit (`1D`, `16GB`, `2 MiB`), or several joined by a slash or
    comma (`128D/256D`): a size, never a name."""
    return all(MEASURE_RE.fullmatch(part) for part in _LIST_SPLIT_RE.split(gloss.strip()))
#: Function words a term keeps when its gloss translates them (`基于词（word-based）`,
#: `输入到输出（input-to-output）`): the English word of each, as a whole gloss word or part.
#: Locatives → English words that would translate them inside a term.
LOCATIVE_WORDS: dict[str, tuple[str, ...]] = {
    "上": ("on", "up", "upper", "over", "above", "top", "super"),
    "下": ("down", "under", "lower", "below", "bottom", "sub"),
    "中": ("in", "middle", "mid", "center", "centre", "among", "intermediate"),
    "里": ("in", "inner", "inside", "within"), "内": ("in", "inner", "internal", "intra",
                                                      "inside", "within", "inward"),
    "外": ("out", "outer", "external", "extra", "outside", "outward"),
}

TRANSLATED_STOPS = {"基于": ("based", "from"), "到": ("to",), "从": ("from",),
                    # the calque of `X as a Service`, `X as Code` (软件即服务, 基础设施即代码)
                    "即": ("as",),
                    # 比 is a noun, ratio, at the end of a compound (信噪比, 压缩比)
                    "比": ("ratio", "ratios"),
                    # 最 makes a superlative (最短作业, shortest job); more below
                    "最": ("most", "least", "best", "max", "maximum", "min", "minimum", "top"),
                    # self- and a direction a particle or prefix translates (自我修改,
                    # Self-Modifying; 向|外|扩展, Scale Out; 节点|内, intra-node; 节点|间, inter-)
                    "自我": ("self",), "向": ("out", "in", "outward", "inward"),
                    "外": LOCATIVE_WORDS["外"], "内": LOCATIVE_WORDS["内"],
                    "间": ("inter", "between"),
                    # a conjunction inside a name the gloss gives whole (矩阵乘法和累加,
                    # Matrix Multiply and Accumulate)
                    "和": ("and",), "与": ("and",)}


def translated_stop(word: str, gloss_words: tuple[str, ...]) -> bool:
    """True when the stop `word` has its English in the gloss (基于 for based, 最 for a
    superlative: `Shortest`, `Highest`)."""
    english = TRANSLATED_STOPS.get(word)
    return english is not None and any(
        part.lower() in english or (word == "最" and _SUPERLATIVE_RE.fullmatch(part.lower()))
        for w in gloss_words for part in _PARTS_RE.split(w))


#: An English superlative in -est (shortest, highest, nearest), not a word that only ends so.
_SUPERLATIVE_RE = re.compile(
    r"(?!(?:inter|requ|cont|for|hon|mod|dig|manif|prot|sugg|harv|inv|arr|qu|conqu|inqu|ing"
    r"|att|t|w|r|n|ch|v)est\Z)[a-z]{2,}est")


#: The English prefixes a leading number character of a word translates (`多头注意力` for
#: Multi-Head Attention, `半监督` for semi-supervised): jieba tags such words m, numerals.
_NUMBER_PREFIXES = {"多": ("multi", "poly"), "半": ("semi", "half"), "单": ("single", "mono"),
                    "双": ("double", "dual")}


def number_prefix(tok: Tok, gloss_words: tuple[str, ...]) -> bool:
    """True when `tok` is a word jieba tagged as a numeral whose first character is a number
    prefix that a gloss word opens with (`多头` for `Multi-Head`), maybe after a reversing
    prefix (`多路分解` for de|multiplexing), not a count (`多个`)."""
    english = _NUMBER_PREFIXES.get(tok.word[:1])
    return (english is not None and tok.flag == "m" and len(tok.word) >= 2
            and not any(ch in NUMERALS or ch in CLASSIFIERS for ch in tok.word[1:])
            and any(_OUTER_PREFIX_RE.sub("", part.lower()).startswith(english)
                    for w in gloss_words for part in _PARTS_RE.split(w)))


_OUTER_PREFIX_RE = re.compile(r"\A(?:de|un|non|re)(?=[a-z]{6})")  # de|multiplexing


@dataclass(frozen=True, slots=True)
class Tok:
    word: str
    flag: str
    start: int  # offset in the text


@lru_cache(maxsize=65536)
def tag_run(run: str) -> tuple[tuple[str, str], ...]:
    return _joined_orphans(tagger().lcut(run))


_FUNCTION_FLAGS = frozenset({"c", "d", "p"})


def _joined_orphans(words: list[tuple[str, str]]) -> tuple[tuple[str, str], ...]:
    """`words` with each pair of one-character function words (c, d, p) that no stop list
    holds and that are no dictionary word together, next to a content word, joined into one
    noun: jieba's pieces of a word it does not know (最大|似|然|估计 for maximum likelihood
    estimation, 的|似|然|函数)."""
    out: list[tuple[str, str]] = []
    i = 0
    while i < len(words):
        if i + 1 < len(words) and _orphan_pair(words, i):
            out.append((words[i][0] + words[i + 1][0], "n"))
            i += 2
            continue
        out.append(words[i])
        i += 1
    return tuple(out)


def _orphan_pair(words: list[tuple[str, str]], k: int) -> bool:
    (a, fa), (b, fb) = words[k], words[k + 1]
    if not (len(a) == len(b) == 1 and fa in _FUNCTION_FLAGS and fb in _FUNCTION_FLAGS
            and a not in STOP_WORDS and b not in STOP_WORDS) or tagger().knows(a + b):
        return False
    if k + 2 < len(words):
        return _content(*words[k + 2])
    return k >= 1 and _content(*words[k - 1])


def _content(word: str, flag: str) -> bool:
    return len(word) >= 2 and (flag[0] in ("n", "a", "v") or flag in ("l", "j", "b"))


def tag_words(text: str) -> tuple[tuple[str, str], ...]:
    """jieba's (word, tag) pairs of a short `text`, cached (glosses and heads repeat)."""
    return tag_run(text)


def may_be_one_word(text: str, tag: str) -> bool:
    """False when `tag_words(text)` cannot be the one word `text` tagged `tag` (the dictionary
    does not list `text` so): a dictionary look-up that spares the cut."""
    return tagger().tag(text) == tag


def may_open_with(text: str, tag: str) -> bool:
    """False when the first word of `tag_words(text)` cannot be tagged `tag`: no start of `text`
    is a dictionary word of that tag (a word the cut makes is one of them, or is tagged 'x',
    'm' or 'eng'). A few dictionary look-ups that spare the cut."""
    known = tagger().tag
    return any(known(text[:k]) == tag for k in range(1, len(text) + 1))


UNCOUNTED = LINK_WORDS | {"at", "i", "ii", "iii", "iv"}  # no characters of their own (Type I)


def gloss_units(gloss: str) -> int:
    """How many words the English gloss has: content words, hyphen/slash parts counted apart
    (but for particles inside a hyphenated compound); a lone abbreviation counts its capitals
    and digits (`LSTM` → 4, `5G` → 2)."""
    words = WORD_RE.findall(gloss)
    if len(words) == 1 and is_short_form(words[0]):
        # capitals, plus a lone small letter between two of them (`MoE`: Mixture of Experts)
        return max(1, len(_UNITS_RE.findall(words[0])))
    n = 0
    for w in words:
        if w.lower() not in UNCOUNTED:
            parts = _PARTS_RE.split(w)
            n += len(parts) if len(parts) == 1 else max(1, sum(
                p.lower() not in _COMPOUND_PARTICLES for p in parts))
    return max(n, 1)


#: Particles inside a hyphenated compound that Chinese renders with no characters of their own
#: (`trade-off` 权衡, `state-of-the-art` 最先进, `roll-out` 推出).
_COMPOUND_PARTICLES = UNCOUNTED | {"off", "up", "out", "down", "over"}


#: Predicates of likeness that end a clause (`推理行为不同`: the behaviour differs), never a name.
LIKENESS_PREDICATES = word_set("不同 相同 一样 不一样 相似 类似")
#: Class nouns a name may end with where its English has none (`随机森林算法 (Random Forest)`).
CLASS_NOUNS = {"算法": ("algorithm",), "方法": ("method", "approach"), "机制": ("mechanism",),
               "技术": ("technique", "technology"), "函数": ("function",), "对象": ("object",),
               "表达式": ("expression",), "运算": ("operation", "operator"), "类型": ("type",)}


def untranslated_class_noun(toks: list[Tok], gloss_words: tuple[str, ...]) -> int:
    """1 when the last of `toks` (two or more) is a class noun (算法, 方法) that no gloss word
    translates, so the English name leaves it out and it counts no word; else 0."""
    if len(toks) < 2:
        return 0
    english = CLASS_NOUNS.get(toks[-1].word)
    if english is None:
        return 0
    return 0 if any(w.lower().startswith(english) for w in gloss_words) else 1


def is_stop(tok: Tok) -> bool:
    w, f = tok.word, tok.flag
    if w in SUFFIXES:
        return False
    if w in STOP_WORDS or f in STOP_FLAGS:
        return True
    if f == "m" and any(ch in NUMERALS for ch in w):
        return True
    if f == "d" and (len(w) == 1 or w in ADVERBS):
        return True
    if len(w) >= 2 and w[0] == "被":  # passive: 被称作, 被视为
        return True
    if len(w) >= 2 and w[-1] == "是" and f[0] in "dcv":  # 就是, 也是, 还是, 而是
        return True
    if f in VERB_FLAGS and len(w) == 1:  # complements and light verbs: 出, 到, 成, 做
        return True
    return len(w) >= 2 and w.endswith("于")  # 局限于, 用于, 基于


def bound_prefix(toks: list[Tok], k: int) -> bool:
    """True when toks[k] is a one-character prefix glued to the word after it: it opens the
    run or follows a function word or a verb taking an object, and a word follows it
    (关于过拟合 → 过 belongs to 拟合, 使用自监督 → 自 belongs to 监督)."""
    tok = toks[k]
    return (tok.word in PREFIXES and k + 1 < len(toks) and toks[k + 1].flag != "x"
            and (k == 0 or is_stop(toks[k - 1]) or toks[k - 1].word in OBJECT_VERBS))


def have_prefix(toks: list[Tok], k: int) -> bool:
    """True when toks[k] is one character that 有 before it makes a compound adjective, the
    counterpart of one in 无 (有向/无向 directed, 有界 bounded, 有损 lossy, 有序 ordered)
    that jieba left in two: the character is no word of the term on its own (a preposition
    or one-character verb, 有|向|无环图) or jieba knows 有 + it as a word (有|界|函数), and
    more of the term follows it, not a suffix that makes a noun of the character (有|入|度).
    有 as the verb `have' takes a whole word as object: in 有新功能 the one-character
    adjective 新 is a word of its own, so it does not count."""
    tok = toks[k]
    if k < 1 or toks[k - 1].word != "有" or len(tok.word) != 1 or k + 1 >= len(toks):
        return False
    nxt = toks[k + 1]
    return ((tok.flag in ("p", "v") or tagger().knows("有" + tok.word))
            and nxt.flag != "x" and nxt.word not in SUFFIXES)  # 有|入|度: 有 + the noun 入度


def modifier_start(toks: list[Tok], k: int, gloss_words: tuple[str, ...]) -> int:
    """Index of the first token of the modifier before the 的 at `k`: the words back to a stop
    (a function word the gloss translates, like 基于 for `-based`, belongs to it)."""
    j = k
    while j > 0 and not is_stop(toks[j - 1]):
        j -= 1
    if j > 0 and translated_stop(toks[j - 1].word, gloss_words):
        j -= 1  # it opens the modifier: nothing before it (使用|基于…的) belongs to it
    return j


#: Endings of English adjectives (`normal`, `relational`, `local`, `dynamic`, `recursive`).
_ADJECTIVE_ENDINGS = ("al", "ic", "ive", "ous", "able", "ible", "ful", "less")


def de_crossable(toks: list[Tok], k: int, gloss_words: tuple[str, ...], units: int) -> bool:
    """True when the term crosses the 的 at toks[k] (the gloss needing more words): after an
    adjective (`有效的加速（e/acc）`), after a noun phrase the gloss still has words for
    (`基于规则的方法（rule-based method）`) or a frame it opens (`基于单词的分词（Word-based）`),
    unless the gloss opens with an adjective, which renders part of the head, not the noun
    before 的 (`数据库的范式（normal form）` → 范式)."""
    if toks[k - 1].flag in ADJ_FLAGS:
        return True
    if not is_nominal(toks[k - 1]) and not (
            k >= 2 and toks[k - 1].flag in VERB_FLAGS and is_nominal(toks[k - 2])):
        return False  # (a noun and its verb make a nominal modifier: 人类|反馈 的, 用户|输入 的)
    if opens_with_adjective(gloss_words):
        return False
    j = modifier_start(toks, k, gloss_words)
    return word_count(toks[j:]) <= units or translated_stop(toks[j].word, gloss_words)


def opens_with_adjective(gloss_words: tuple[str, ...]) -> bool:
    """True when the gloss's first word looks like an English adjective (`normal form`,
    `local features`): it renders part of the Chinese head, not a noun phrase before 的."""
    first = gloss_words[0].lower() if gloss_words else ""
    return "-" not in first and len(first) > 4 and first.endswith(_ADJECTIVE_ENDINGS)


def soft_stop(tok: Tok) -> bool:
    """Stops that a term crosses when the gloss needs more words: a bare numeral (零样本学习,
    zero-shot learning), a quantity noun in 数 (多数投票, majority voting; 少数类, minority
    class) or a one-character verb inside a compound (端到端, end-to-end)."""
    if tok.flag == "m":
        return all(ch in NUMERALS for ch in tok.word) or (
            len(tok.word) >= 2 and tok.word[-1] == "数")
    return tok.flag in VERB_FLAGS and len(tok.word) == 1 and tok.word not in STOP_WORDS


def mistagged_conjunction(toks: list[Tok], k: int) -> bool:
    """A two-character word tagged c that joins no clauses, before a noun (因果|语言建模 for
    causal language modeling): crossed when the gloss needs more words."""
    tok = toks[k]
    return (tok.flag == "c" and len(tok.word) == 2 and tok.word not in CLAUSE_CONJUNCTIONS
            and tok.word not in STOP_WORDS and k + 1 < len(toks) and (
                is_nominal(toks[k + 1]) or toks[k + 1].flag in VERB_FLAGS))


def single_char(tok: Tok) -> bool:
    return len(tok.word) == 1 and tok.word not in STOP_WORDS and tok.flag not in STOP_FLAGS


def in_character_run(toks: list[Tok], k: int, taken: int) -> bool:
    """True when toks[k] is one of three or more single characters in a row, none a function
    word, next to the term (jieba, HMM off, leaves a word it does not know in characters:
    拉|取|式 of 拉取式消费, 先|来|先 of 先来先服务). Two may be a verb and its complement
    before the term, so two are not enough."""
    if taken < 1 or not single_char(toks[k]):
        return False
    left = k
    while left > 0 and single_char(toks[left - 1]):
        left -= 1
    right = k
    while right + 1 < len(toks) and single_char(toks[right + 1]):
        right += 1
    return right - left >= 2


def protected(toks: list[Tok], k: int) -> bool:
    """A first word that is never dropped: a bound prefix, or a word right after a numeral and
    classifier (一个递归神经网络: after 一个 comes a noun phrase, so 递归 modifies it)."""
    return bound_prefix(toks, k) or (k > 0 and toks[k - 1].flag in ("m", "mq")
                                      and not any(ch in NUMERALS for ch in toks[k].word))


def soft_in_run(toks: list[Tok], k: int) -> bool:
    """Stops that a term crosses when the gloss needs more words: soft_stop's, a
    one-character classifier with no numeral before it (批大小, but not 三个), a mistagged
    conjunction, a one-character adverb before a noun."""
    tok = toks[k]
    return soft_stop(tok) or (tok.flag == "q" and len(tok.word) == 1 and (
        k == 0 or toks[k - 1].flag not in ("m", "mq"))) or mistagged_conjunction(
        toks, k) or adverb_before_noun(toks, k)


def cut_word_character(toks: list[Tok], k: int) -> bool:
    """toks[k] is a character of a word jieba cut, not a stop: one of a run of lone characters
    (in_character_run) or a classifier right after a verb (classifier_after_verb)."""
    return in_character_run(toks, k, len(toks) - 1 - k) or classifier_after_verb(toks, k)


def adverb_before_noun(toks: list[Tok], k: int) -> bool:
    """A one-character word tagged adverb right before a noun inside the run (均|方|误差 for
    mean squared error): adverbs qualify predicates, so it is a character of a cut word."""
    tok = toks[k]
    return (tok.flag == "d" and len(tok.word) == 1 and k + 1 < len(toks)
            and toks[k + 1].flag in ("n", "ng"))


def classifier_after_verb(toks: list[Tok], k: int) -> bool:
    """A one-character word tagged classifier right after a verb and before the rest of the
    term (称为|套|接字): a classifier counts after a numeral or demonstrative, so here it is the
    first character of a word jieba cut."""
    return (toks[k].flag == "q" and len(toks[k].word) == 1 and 0 < k < len(toks) - 1
            and toks[k - 1].flag in VERB_FLAGS)


def is_nominal(tok: Tok) -> bool:
    f = tok.flag
    return f[0] == "n" or f in ("vn", "an", "b", "j", "s", "l") or (
        f == "d" and tok.word not in ADVERBS)


def is_particle_of_place(tok: Tok) -> bool:
    """A one-character preposition or locative (在, 向, 中, 前): inside a named label it is part
    of a word jieba cut (前向) or a link the gloss may leave out (使用中的)."""
    return len(tok.word) == 1 and tok.flag in ("p", "f") and tok.word not in CONJUNCTIONS


def word_count(toks: list[Tok]) -> int:
    """How many English words `toks` would take: one per two characters (函数调用 → 2,
    注意力 → 1), one per character of an idiom (先进先出: first in, first out), none for
    的/之, one-character suffixes, prepositions and locatives."""
    return sum(len(t.word) if t.flag == "i" else max(1, len(t.word) // 2) for t in toks
               if t.word not in ("的", "之") and t.word not in SUFFIXES
               and not is_particle_of_place(t))



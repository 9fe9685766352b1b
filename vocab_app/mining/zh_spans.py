"""What of a Chinese term's tokens the term keeps (zh_terms.py, B3): no place phrase (`任务里`,
`在 GPU 上训练`, `之间存在权衡`), nothing before a predicate verb, a leading word the gloss
translates; how many new words jieba left in characters (lone pairs) the span holds; and
when a heading's whole run is the term.
"""

from __future__ import annotations

import re

from vocab_app.mining.abbrev import is_short_form
from vocab_app.mining.lang import word_set
from vocab_app.mining.zh_tokens import (
    LOCATIVE_WORDS,
    TRAILING,
    VERB_FLAGS,
    Tok,
    gloss_units,
    is_nominal,
    single_char,
    tag_run,
    translated_stop,
    word_count,
)
from vocab_app.mining.zh_verbs import OBJECT_VERBS, translates

_PARTS_RE = re.compile(r"[-/]")


#: The English word a compound gloss opens with for a locative that closes its term (分布外
#: for out-of-distribution, 运行中 for in-flight): the locative is then the term's own.
_LOCATIVE_PREFIXES = {"内": "in", "外": "out", "中": "in", "上": "on", "下": "under"}


def renders_locative(word: str, gloss_words: tuple[str, ...]) -> bool:
    """True when the gloss is one hyphenated compound opening with the English of the
    locative `word` (`核外（out-of-core）`), so the locative belongs to the term."""
    prefix = _LOCATIVE_PREFIXES.get(word)
    return (prefix is not None and len(gloss_words) == 1
            and gloss_words[0].lower().startswith(prefix + "-"))


#: One-character locatives that end a place phrase after a noun (任务里, 模型中, 系统内).
_LOCATIVES = frozenset("里中内")
#: One-character time nouns jieba leaves alone after a word (运行|时, 编译|期).
BOUND_TIME = frozenset("时期")


def after_place_phrase(span: list[Tok]) -> list[Tok]:
    """The term's tokens after the last place phrase inside them, a noun and a one-character
    locative (`任务里|均方误差（MSE）` → 均方误差, B3); `span` itself when there is none."""
    for j in range(len(span) - 2, 0, -1):
        if span[j].word in _LOCATIVES and is_nominal(span[j - 1]):
            return span[j + 1:]
    return span


#: One-character complements of a verb that say where its object goes (加载|到, 写|至), with the
#: English words that translate them.
_COMPLEMENTS = {"到": ("to", "into"), "至": ("to", "into")}


def after_complement(toks: list[Tok], span: list[Tok], gloss_words: tuple[str, ...]) -> list[Tok]:
    """The term's tokens after a verb and its complement 到/至 (`加载|到|高带宽存储（HBM）` →
    高带宽存储: the place the data goes, B3), unless the gloss says `to`/`into` (`输入到隐层
    (input-to-hidden)`); `span` itself when there is none. `toks` is the whole run."""
    for j in range(len(span) - 2, -1, -1):
        tok = span[j]
        if tok.word not in _COMPLEMENTS:
            continue
        i = toks.index(tok)
        if i == 0 or toks[i - 1].flag not in VERB_FLAGS:
            return span
        said = _COMPLEMENTS[tok.word]
        if any(p in said for w in gloss_words for p in _PARTS_RE.split(w.lower())):
            return span
        return span[j + 1:]
    return span


#: jieba's flags of a name of a person, place, organisation or other proper noun.
_NAME_FLAGS = frozenset({"nr", "ns", "nt", "nz"})


def after_predicate(span: list[Tok], units: int) -> list[Tok]:
    """The term's tokens after a predicate verb between two nominals, if enough words remain
    for the gloss (`将研究重点转向人工智能对齐`); the subject's nominal may be followed by an
    adverb or adjective of the verb (`样本均值近似服从正态分布`: 近似 服从). `span` itself when
    there is none."""
    for j in range(len(span) - 2, 0, -1):
        before = j - 1 if is_nominal(span[j - 1]) else j - 2
        verb = span[j].flag in VERB_FLAGS or (  # `贝尔实验室|发展|故障树分析`: after a name,
            span[j].flag == "vn" and j == 1 and span[0].flag in _NAME_FLAGS)  # a verbal noun
        if (verb and before >= 0 and is_nominal(span[before])
                and (before == j - 1 or span[j - 1].flag in ("a", "ad", "d"))
                and is_nominal(span[j + 1]) and span[j + 1].word not in BOUND_TIME
                and word_count(span[j + 1:]) >= units):  # (推理|时|延迟: no term opens with 时)
            return span[j + 1:]
    return span


#: Two-character locatives that close a place or relation phrase (`A 与 B 之间`), never a
#: term's first word.
_RELATIONAL_LOCATIVES = word_set("之间 之中 之后 之前 之上 之下 之内 之外 以上 以下 以内 以外 "
                                 "以前 以后 其中 当中")


#: Place prepositions that open a frame a locative closes (在训练集上, 从图像中).
_PLACE_PREPOSITIONS = frozenset("在于从到")


def after_place_frame(toks: list[Tok], span: list[Tok],
                      gloss_words: tuple[str, ...]) -> list[Tok]:
    """`span` without a place phrase that a locative closes: a one-character or relational
    locative opening the span (`在 GPU 上训练（training）`, `之间存在权衡`), a relational one
    inside it (`模块之间存在耦合`), or a one-character one inside it after a place preposition
    earlier in the run (`在训练集上训练（training）` → 训练, `在服务器上更新（update）` → 更新)
    when no gloss word translates the locative (`左上角` keeps 上 for upper). A time clause
    that a lone 时 closes goes too when no gloss word renders 时 and 在 opens it or the words
    after it are enough for the gloss (`在训练时损失（loss）` → 损失; `运行时剪枝（runtime
    pruning）` and `推理时延迟（inference latency）` keep it)."""
    while len(span) > 1 and span[0].flag == "f" and (
            len(span[0].word) == 1 or span[0].word in _RELATIONAL_LOCATIVES):
        span = span[1:]
    words = {part.lower() for w in gloss_words for part in _PARTS_RE.split(w)}
    for j in range(len(span) - 2, 0, -1):
        tok = span[j]
        if tok.flag == "f" and tok.word in _RELATIONAL_LOCATIVES:
            return span[j + 1:]  # `两个模块之间存在耦合（coupling）`
        if tok.word == "时" and len(span[j + 1].word) > 1 and not any(
                "time" in w for w in words) and (word_count(span[j + 1:]) >= len(gloss_words)
                                                 or _framed(toks, tok)):
            # (时|长 is one word jieba cut; 推理时延迟 for inference latency needs 推理)
            return span[j + 1:]  # `在训练时损失（loss）`: a when-clause
        if (tok.flag == "f" and tok.word in LOCATIVE_WORDS
                and not words & set(LOCATIVE_WORDS[tok.word])
                and any(t.word in _PLACE_PREPOSITIONS and t.flag == "p"
                        for t in toks if t.start < span[0].start)):
            return span[j + 1:]
    return span


def _framed(toks: list[Tok], closer: Tok) -> bool:
    """True when the preposition 在 opens the frame that `closer` closes (`在验证时`)."""
    return any(t.word == "在" and t.flag == "p" for t in toks if t.start < closer.start)


def kept_lead(span: list[Tok], gloss_words: tuple[str, ...]) -> bool:
    """True when the term's first word stays although the term is longer than the gloss: it
    or the next word is a stop the gloss translates (最 of 最短 for shortest; 到 of 输入到隐层
    for input-to-hidden), or it is a verb taking an object that a gloss word translates (选择
    for select-: zh_verbs; not the initial of an abbreviation, too weak a sign here)."""
    lead = span[0].word
    return any(translated_stop(t.word, gloss_words) for t in span[:2]) or _bound_time(span) or (
        lead in OBJECT_VERBS and not any(is_short_form(w) for w in gloss_words)
        and translates(lead, gloss_words))


def _bound_time(span: list[Tok]) -> bool:
    """True when the term's second word is a lone time noun after a longer word: a term never
    opens with it (`运行|时|剪枝（runtime pruning）`, `推理|时|延迟（inference latency）`, not
    时剪枝); a when-clause it closes is already gone (after_place_frame)."""
    return len(span) > 2 and span[1].word in BOUND_TIME and len(span[0].word) > 1


def lone_pairs(toks: list[Tok]) -> int:
    """How many pairs of lone characters between longer words `toks` holds (优先|重|放 for
    prioritized replay): each is one new word jieba left in characters, which word_count
    counts as two English words. Longer runs are words of one character each (先|入|先|出:
    first in, first out). None after a leading verb, which the pair may be the object of
    (注意|回|表: mind the table lookup)."""
    if toks and toks[0].flag in VERB_FLAGS:
        return 0
    return sum(1 for j in range(1, len(toks))
               if single_char(toks[j - 1]) and single_char(toks[j])
               and (j < 2 or not single_char(toks[j - 2]))
               and (j + 1 >= len(toks) or not single_char(toks[j + 1])))


_TITLE_WORDS_RE = re.compile(r"[A-Z][A-Za-z'\-]*(?: [A-Za-z][A-Za-z'\-]*)+")
#: The rest of a heading line after its term: the bracket, then markup or a colon at most.
_BRACKET_ENDS_LINE_RE = re.compile(r"[ \t]*[(（][^()（）\n]{1,120}[)）][ \t*_:：]*(?:\n|\Z)")


def heading_rendered_whole(text: str, run_start: int, end: int, gloss: str,
                            found: tuple[int, int, int | None, bool] | None) -> bool:
    """True when a heading or list label that is only the Chinese run `text[run_start:end]`
    and its bracket is glossed by capitalised English words that render it whole, while the
    usual boundary found fewer words than the gloss has (`### 三个阶段（The Three Stages）`
    gave 阶段; `数据增强作为正则化（Data Augmentation as Regularization）` gave none): the
    author named the whole heading."""
    units = gloss_units(gloss)
    if (units < 2 or _TITLE_WORDS_RE.fullmatch(gloss.strip()) is None
            or _BRACKET_ENDS_LINE_RE.match(text, end) is None):
        return False
    run = text[run_start:end]
    toks = [Tok(w, f, 0) for w, f in tag_run(run)]
    if (any(t.flag == "x" for t in toks) or toks[-1].word in TRAILING
            or word_count(toks) > units + 1):
        return False
    if found is None:
        return True
    kept = [Tok(w, f, 0) for w, f in tag_run(run[found[0]:found[1]])]
    return word_count(kept) < units


#: Words of when the text is written, and the English that translates them.
_NOW_WORDS = word_set("近期 最近 目前 现在 当前 如今 当今 今天 近年 近年来 今后")
_NOW_EN_RE = re.compile(r"\b(?:now|current|currently|recent|recently|present|today|modern"
                        r"|contemporary|nowadays)\b", re.I)


def after_now_word(span: list[Tok], gloss_words: tuple[str, ...]) -> list[Tok]:
    """`span` without a word of when the text is written that opens it (`近期|大型语言模型
    （LLM）`), unless the gloss translates that word (`当前状态（current state）`); empty when
    the word is all there is (`近年来，大语言模型（…）`: no first term of two)."""
    if span and span[0].word in _NOW_WORDS and not _NOW_EN_RE.search(
            " ".join(gloss_words)):
        return span[1:]
    return span

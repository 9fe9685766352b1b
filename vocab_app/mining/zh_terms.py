"""Left boundary of a Chinese term before an English gloss (rules B3, B5 and S2).

Only the run of Chinese characters right before the bracket (at most `WINDOW` of them) is
segmented, with jieba's part-of-speech tagger (zh_tagger.py: loaded on first use, HMM off: new
words come out as single characters, which the prefix/suffix rules below glue back) and cached
per run.

From the bracket leftwards the term takes words until a function word, particle, pronoun,
preposition, conjunction, numeral, adverb or one-character verb stops it. Its length is
compared with the gloss, counting about one English word per two Chinese characters:
- a stop is crossed while the gloss still needs words: a bare numeral (`零样本学习`), a
  one-character verb inside a compound (`端到端`), an adjective + 的 (`有效的加速(e/acc)`);
- a one-character bound prefix or suffix is glued on (`过拟合`, `预训练`, `召回率`);
- a leading verb is dropped while the term is longer than the gloss (`恢复情感(sentiment)` →
  情感, but `通用人工智能(AGI)` keeps 通用), unless a numeral + classifier precedes it;
- a predicate verb between two nouns cuts the term (`将研究重点转向人工智能对齐(AI alignment)`
  → 人工智能对齐);
- a one-word head before a long English name is no term (`论文(Attention Is All You Need)`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from vocab_app.mining.abbrev import is_short_form
from vocab_app.mining.lang import cjk_run_start, is_cjk
from vocab_app.mining.zh_function_words import STOP_WORDS
from vocab_app.mining.zh_mixed_terms import PLACE_WORDS, ZH_PREPOSITIONS, named_prefix
from vocab_app.mining.zh_names import named_by_participle, titled_name
from vocab_app.mining.zh_numbers import counted_start, gloss_numerals
from vocab_app.mining.zh_spans import (
    BOUND_TIME,
    after_complement,
    after_now_word,
    after_place_frame,
    after_place_phrase,
    after_predicate,
    heading_rendered_whole,
    kept_lead,
    lone_pairs,
    renders_locative,
)
from vocab_app.mining.zh_tagger import tagger
from vocab_app.mining.zh_term_contexts import enumerated_item, passive_predicate
from vocab_app.mining.zh_tokens import (
    CLASSIFIERS,
    CONJUNCTIONS,
    DROPPABLE_FLAGS,
    LIKENESS_PREDICATES,
    NUMERALS,
    SECTION_NUMBER_RE,
    SEPARATORS,
    SUFFIXES,
    TRAILING,
    VERB_FLAGS,
    WORD_RE,
    Tok,
    bound_prefix,
    cut_word_character,
    de_crossable,
    gloss_units,
    have_prefix,
    is_measure,
    is_particle_of_place,
    is_stop,
    number_prefix,
    opens_with_adjective,
    protected,
    single_char,
    soft_in_run,
    tag_run,
    translated_stop,
    untranslated_class_noun,
    word_count,
)
from vocab_app.mining.zh_verbs import OBJECT_VERBS, translates

WINDOW = 20

@dataclass(frozen=True, slots=True)
class ZhTerm:
    """A Chinese term span and, when it is the second of two coordinated terms (`既包括A,也包括B`),
    the end of the text holding the first one (`coordinate_end`)."""

    start: int
    end: int
    coordinate_end: int | None = None


def chinese_term(text: str, end: int, gloss: str, lo: int = 0,
                 label: bool = False) -> ZhTerm | None:
    """The Chinese term ending at `end` that the English `gloss` translates, or None.

    `lo` bounds the search on the left (the end of a previous gloss, rule S3). `label` says
    the bracket ends its line (a heading, a list label, a line of its own: `## 前向传播流程
    （Forward Pass）`): when the Chinese run is all that stands before it, the author named the
    whole run, so one-character function words inside it do not cut it.
    """
    if _COMBINATION_RE.search(gloss):
        return None  # `最小示例（HNSW + quantizer）`: parts put together, not a name for the term
    floor = max(lo, end - WINDOW)
    run_start = cjk_run_start(text, end, floor)
    if run_start == end:
        return None
    named = named_prefix(text, run_start, lo, gloss)
    if named is not None:
        mixed = _mixed_term(text, named, run_start, end, gloss, lo, label)
        if mixed is not None:
            return mixed
    item = enumerated_item(text, run_start, end)
    if item is not None and not is_measure(gloss):
        return ZhTerm(item, end)
    truncated = run_start == floor and run_start > lo and is_cjk(text[run_start - 1])
    label = label and not truncated and not any(
        ch.isalnum() for ch in SECTION_NUMBER_RE.sub("", text[lo:run_start], count=1))
    found = _term_in_run(text[run_start:end], truncated, gloss_units(gloss),
                         is_short_form(gloss.strip()), tuple(WORD_RE.findall(gloss)),
                         gloss_numerals(gloss), label)
    if label and heading_rendered_whole(text, run_start, end, gloss, found):
        found = 0, end - run_start, None, False
    if found is None:
        return None
    start, stop, conjunction, coordinable = found
    if start == 0 and conjunction is None:
        joined = _hyphen_joined_start(text, run_start, floor)
        if joined is not None:  # `信念-愿望-意图（BDI）`: one compound of hyphen-joined words
            return ZhTerm(joined, run_start + stop)
    short = gloss.strip()
    if is_short_form(short) and passive_predicate(text, run_start + start, run_start + stop, lo):
        return None  # `可以被8整除（FP16）`: a condition after a passive verb, not its gloss
    if stop - start == 1 and (len(short) >= 4 and short.isupper() or (
            not is_short_form(short) and gloss_units(gloss) >= 2)):
        return None  # one character for `First In First Out` or `FIFO` is a cut word (人（PER）)
    if is_measure(gloss) and not any(
            ch in NUMERALS for ch in text[run_start + start:run_start + stop]):
        return None  # `向量（1D）`: a number with a unit is a measure, unless the term says it
    coordinate_end = None
    if conjunction is not None:
        coordinate_end = run_start + conjunction
    elif coordinable and run_start > 0 and text[run_start - 1] in SEPARATORS:
        coordinate_end = run_start - 1
    t0 = run_start + start
    if start == 0 or (start == 1 and text[run_start] in CLASSIFIERS):  # `32 位整型（int32）`
        counted = counted_start(text, run_start, lo, gloss)
        t0 = counted if counted < run_start else t0
    return ZhTerm(t0, run_start + stop, coordinate_end)


_COMBINATION_RE = re.compile(r"\S\s+\+\s+\S")
_HYPHENS = "-‐－/／·・"  # hyphens (not dashes), the slash of alternatives, a name's middle dot
_HYPHEN_PART = 6  # longest Chinese word a hyphen joins to the term


def _hyphen_joined_start(text: str, run_start: int, floor: int) -> int | None:
    """Start of a compound whose Chinese words a hyphen joins (`请求-响应`, `编码器-解码器`) or
    of a name whose parts a middle dot joins (`克里斯·拉特纳`) when the term found starts right
    after one, else None. Each earlier part keeps only its tail that is a term (`所谓的信念-`
    → 信念). Before a slash, the one word before it is the term's alternative (`并行复制/整理
    （Evacuation）` → 复制/整理, `零次/少次学习`)."""
    start = run_start
    while start - 1 > floor and text[start - 1] in _HYPHENS and is_cjk(text[start - 2]):
        part_end = start - 1
        part_start = cjk_run_start(text, part_end, floor)
        if part_start > 0 and text[part_start - 1].isascii() and text[part_start - 1].isalnum():
            break  # `第3章-模型`: the part is the tail of a number or a Latin word
        if text[part_end] in "/／":
            start = part_end - len(tag_run(text[part_start:part_end])[-1][0])
            break
        found = _term_in_run(text[part_start:part_end], False, 1, False, (), "")
        if found is None or found[1] != part_end - part_start \
                or not 2 <= found[1] - found[0] <= _HYPHEN_PART:
            break
        start = part_start + found[0]
        if found[0] > 0:
            break  # the part's head was cut: the compound starts there
    return None if start == run_start else start


def _mixed_term(text: str, named: tuple[int, str], run_start: int, end: int, gloss: str,
                lo: int, label: bool = False) -> ZhTerm | None:
    """A term of Latin words the gloss repeats and the Chinese run after them, when the run is
    the rest of the term (`Docker 镜像（Docker image）`; a label's up to twelve characters); a
    Chinese preposition before it stays when the gloss has its English (`在 Colab 中打开
    （Open in Colab）`)."""
    start, rest = named
    run = text[run_start:end]
    toks = tag_run(run)
    words = {w.casefold() for w in gloss.split()}
    place = bool(words & PLACE_WORDS)
    if any(w in STOP_WORDS or (w in OBJECT_VERBS and toks[i + 1][0] not in SUFFIXES)
           or (f == "f" and not place) for i, (w, f) in enumerate(toks[:-1])):
        # `Docker 上部署服务`: a clause, not a name (but `Colab 中打开`: Open in; `Adam
        # 优化器`: 优化 makes a noun with 器)
        return None
    if len(run) > (12 if label else 6) or gloss_units(rest) * 3 < word_count(
            [Tok(w, f, 0) for w, f in toks]):
        return None
    j = start
    while j > lo and text[j - 1] == " ":
        j -= 1
    if j > lo and text[j - 1] in ZH_PREPOSITIONS and words & set(ZH_PREPOSITIONS[text[j - 1]]):
        start = j - 1
    return ZhTerm(start, end)


@lru_cache(maxsize=65536)
def _term_in_run(run: str, truncated: bool, units: int, abbreviation: bool,
                 gloss_words: tuple[str, ...],
                 numerals: str, label: bool = False) -> tuple[int, int, int | None, bool] | None:
    """The term at the end of the Chinese `run` as offsets into it, with what `chinese_term`
    needs to find a coordinated first term: the offset of a conjunction before the term, and
    whether only function words lie between the run's start and the term. Cached: the same
    run and gloss shape give the same answer."""
    toks: list[Tok] = []
    pos = 0
    for word, flag in tag_run(run):
        toks.append(Tok(word, flag, pos))
        pos += len(word)
    if truncated and len(toks) > 1:  # the first token may be a cut word
        toks[0] = Tok(toks[0].word, "x", toks[0].start)

    while len(toks) > 1 and toks[-1].word in TRAILING and not renders_locative(
            toks[-1].word, gloss_words):
        toks.pop()
    if len(toks) > 1 and toks[-1].word in LIKENESS_PREDICATES:
        return None  # `训练 / 推理行为不同`: a clause saying two things differ, no term

    # Walk left to the first stop; an adjective + 的 is crossed when the gloss needs more words,
    # and so is a bare numeral (零样本学习 for zero-shot learning).
    k = len(toks) - 1
    while k >= 0:
        tok = toks[k]
        need_more = word_count(toks[k + 1:]) < units
        if tok.word == "的" and k >= 1 and need_more and de_crossable(toks, k, gloss_words, units):
            # an internal 的 stays while the gloss needs the words before it: `有效的加速
            # (e/acc)`, `基于规则的方法 (rule-based method)`; never past what it needs
            k -= 2
            continue
        if need_more and have_prefix(toks, k):
            k -= 2  # 有|向|无环图 (DAG): 有 + a bound character is a compound adjective that
            break  # opens the term
        if label and k > 0 and (is_particle_of_place(tok) or (
                tok.word == "的" and need_more and not opens_with_adjective(gloss_words))):
            k -= 1  # `前向传播流程`: 向 is no preposition inside a named label (but opening it is)
            continue
        soft = soft_in_run(toks, k)
        if tok.flag == "i" and len(tok.word) >= 4 and k == len(toks) - 1:
            k -= 1  # a four-character idiom right before the bracket is the term: 先进先出
            break
        if cut_word_character(toks, k) or (
                tok.flag == "i" and len(tok.word) == 3 and k == len(toks) - 1):
            k -= 1  # 拉|取|式|消费, 称为套|接字: one word jieba cut in characters; 一般|疑问句
            continue
        if is_stop(tok) and not bound_prefix(toks, k) and not (need_more and soft) and not (
                tok.flag == "m" and numerals and any(ch in numerals for ch in tok.word)
                and (tok.word[-1] not in CLASSIFIERS or tok.word[-1] in numerals
                     or tok.word[0] == "第")) and (  # 第一类 (Type I): an ordinal, no count
                not translated_stop(tok.word, gloss_words)) and not number_prefix(tok, gloss_words):
            break  # a numeral the gloss translates stays: 第五代移动通信（5G）, 三维（3D）, 多头
        k -= 1
        if tok.flag == "m" and tok.word[0] == "第" and numerals:
            break  # an ordinal the gloss translates opens the term: 发布到|第二层 (L2)
    if k >= 0 and toks[k].word == "基于" and any(t.word == "的" for t in toks[k + 1:]):
        k -= 1  # 基于…的 is one modifier frame: 基于人类反馈的强化学习 (RLHF), not 人类反馈的…
    span = toks[k + 1:]
    if not label:  # 任务里|均方误差, 在 GPU 上训练: no place phrase in the term
        span = after_place_frame(toks, after_place_phrase(span), gloss_words)
    if not span:
        return None  # a function word or a lone verb right before the bracket: no term

    span = after_now_word(after_complement(toks, after_predicate(span, units), gloss_words),
                          gloss_words)  # (近期|大型语言模型（LLM）)
    if not span:  # (近年来，|大语言模型（…）: no first term of two)
        return None
    if len(span) > 1 and span[0] is toks[0] and span[0].word in CLASSIFIERS:
        span = span[1:]  # 589000|次|乘积累加（MAC）: a run opened by a count's classifier
    # (after a predicate verb: `…重点转向人工智能对齐`; after a verb's 到: `加载到|…`)
    # (Not in a label: its leading word is the author's, `反向传播过程（Backward Pass）`.)
    untranslated = 0 if abbreviation else (  # 优先|重|放: a pair of characters is one word
        untranslated_class_noun(span, gloss_words) + lone_pairs(span))
    while not label and len(span) > 1 and word_count(span) - untranslated > units and not protected(
            toks, toks.index(span[0])):
        lead = span[0]
        if kept_lead(span, gloss_words) or (
                single_char(lead) and single_char(span[1])) or have_prefix(
                toks, toks.index(span[1])):
            break  # 输入到|隐层, 最|短: a translated link or lead stays; 拉|取|式消费: no verb
        if lead.flag in VERB_FLAGS and named_by_participle(lead, gloss_words):
            break  # `增长分析平台（Growing Analytics）`: the name opens with the verb
        if len(span) == 2 and len(span[1].word) == 1 and span[1].flag == "n":
            break  # 转向|角 (yaw), 滚动|角 (roll): one noun character is no term alone
        if lead.flag in DROPPABLE_FLAGS or (
                lead.flag == "vn" and not abbreviation and span[
                1].flag != "vn") or (lead.flag == "a" and len(lead.word) > 1
                                     and span[1].flag in VERB_FLAGS):
            # (a verbal noun before another makes a compound: 广播消费（Broadcasting）; 容易
            # before a verb is its adverbial, 高 of 高并发 binds)
            span = span[1:]
        else:
            break

    # A verb taking the term as object starts it after it unless the gloss translates it (引入|
    # 低秩适配; 训练深度信念网络(Training …) keeps 训练); -化 verbs may be cut (实例|化); a
    for j in range(len(span) - 2, -1, -1):  # suffix opens the object before a word: 介绍|层|规范化
        word, after = span[j].word, j + 1
        if span[j + 1].word == "化" and j + 2 < len(span):
            word, after = word + "化", j + 2
        if word in OBJECT_VERBS and not translates(word, gloss_words) and word_count(
                span[after:]) >= 1 and (span[after].word not in SUFFIXES or (after + 1 < len(
                    span) and not tagger().knows(word + span[after].word))) and not (
                label and word_count(span) <= units):  # a label names it: `选择问句`
            span = span[after:]
            break
    if len(span) > 1 and span[0].word == "的":
        span = span[1:]  # (the verb before a crossed 的 went: 而设计的|专用集成电路)
    named = titled_name(span, gloss_words, abbreviation)
    if named:
        span = span[named:]  # `德国数学家高斯（Gauss）` → 高斯: the gloss names the person only
    if not abbreviation and units >= 3 * max(len(span) == 1, word_count(span)) and units > sum(
            len(t.word) for t in span):  # (not 数据流图 (Data Flow Diagram): a character a word)
        return None  # a long English name after a short generic head (论文(Attention Is All …))
    first = toks.index(span[0])
    if ((len(span) > 1 or span[0].flag == "ng") and len(span[0].word) == 1 and first > 0
            and len(toks[first - 1].word) == 1 and toks[first - 1].word not in STOP_WORDS
            and toks[first - 1].flag != "x" and (span[0].word in BOUND_TIME
                                                 or span[0].flag == "ng"
                                                 or tagger().knows(toks[first - 1].word
                                                                   + span[0].word))):
        # a word jieba cut in two (受|事|者 for 受事者: 受事 is a word; 看|板 for 看板, a bound
        # morpheme alone; 写|时|复制: no term opens with 时), not a lone character
        span = [toks[first - 1], *span]
    elif len(span) == 1 and span[0].flag == "q" and first > 0 and toks[first - 1].flag in (
            VERB_FLAGS) and len(span[0].word) == len(toks[first - 1].word) == 1:
        span = [toks[first - 1], *span]  # 聚|类 (Clustering): a lone classifier is no term
    start = span[0].start + _leading_verb(span, gloss_words)
    conjunction, coordinable = _before_term(toks, start)
    return start, span[-1].start + len(span[-1].word), conjunction, coordinable


def _leading_verb(span: list[Tok], gloss_words: tuple[str, ...]) -> int:
    """Length of a listed verb that jieba glued to the start of the term's first word
    (`使用权|重衰减` for 使用 + 权重衰减: what is left of the word and the next word start
    with a dictionary word, 权重), when the gloss does not translate it; else 0."""
    if len(span) < 2:
        return 0
    first, nxt = span[0].word, span[1].word
    for n in (2, 3):
        verb, rest = first[:n], first[n:]
        if (rest and verb in OBJECT_VERBS and not translates(verb, gloss_words)
                and any(tagger().knows(rest + nxt[:k]) for k in range(1, len(nxt) + 1))):
            return n
    return 0


def _before_term(toks: list[Tok], start: int) -> tuple[int | None, bool]:
    """What lies between the run's start and the term at `start`: the offset of the nearest
    conjunction when only function words follow it (`包括预训练和微调`), and whether no noun
    lies there at all (`既包括信息压制,也包括信息延迟发布`: the comma before the run then
    separates two coordinated terms)."""
    for tok in reversed([t for t in toks if t.start < start]):
        if tok.word in CONJUNCTIONS:
            return tok.start, True
        if tok.flag[0] == "n":  # a noun between them: not a coordination
            return None, False
    return None, True

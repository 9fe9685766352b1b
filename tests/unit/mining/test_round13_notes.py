"""Shapes of learners' Markdown study notes met in round 13 (issue 9): a lower-case short form
that takes letters of each word of the English name beside it (RULES.md E1), and a heading
numbered with a keycap emoji (`1️⃣`), which names its whole Chinese run (B3, M2). Sentences
invented for these tests."""

from __future__ import annotations

import pytest
from gloss_pairs import pairs

from vocab_app.mining.pipeline import mine_document
from vocab_app.mining.readers import parse_text
from vocab_app.mining.word_shortenings import is_contraction_of

# --- 1. `中文（English name, short）` with a lower-case contraction (E1) ----------------------


@pytest.mark.parametrize("text, expected", [
    # letters of every word, each part opening with its word's first letter
    ("客户端会维护一个重试队列 (retry queue, rtq)，失败的请求先进入这里。",
     [("重试队列", "retry queue", "zh-en"), ("重试队列", "rtq", "zh-en")]),
    ("调度器根据最大等待时间（maximum wait time, mxwt）决定是否放弃。",
     [("最大等待时间", "maximum wait time", "zh-en"), ("最大等待时间", "mxwt", "zh-en")]),
    # a hyphen joins two words of the name: each still gives a part (s|s|thr)
    ("内核为每个连接设置一个慢速启动阈值 (slow-start threshold, ssthr)。",
     [("慢速启动阈值", "slow-start threshold", "zh-en"), ("慢速启动阈值", "ssthr", "zh-en")]),
    # the short form clips the name's first word
    ("日志里的每一行都带有一个序列编号（sequence number, seq）。",
     [("序列编号", "sequence number", "zh-en"), ("序列编号", "seq", "zh-en")]),
])
def test_lower_case_contraction_is_an_equivalent_of_its_own(text, expected):
    assert pairs(text) == expected


@pytest.mark.parametrize("short, long_form", [
    ("cwin", "congestion window"),
    ("ssthr", "slow-start threshold"),
    ("seq", "sequence number"),
    ("ack", "acknowledgment number"),
    ("lr", "learning rate"),
])
def test_is_contraction_of(short, long_form):
    assert is_contraction_of(short, long_form)


@pytest.mark.parametrize("short, long_form", [
    ("loss", "loss function"),      # the whole first word: a word, not its short form
    ("treat", "treatment plan"),    # a word of its own that an ending extends
    ("net", "neural network"),      # no part for `neural`
    ("wnd", "congestion window"),   # skips the first word's letter
    ("in", "input layer"),          # a function word
    ("RTQ", "retry queue"),         # capitals: abbrev.py's business
    ("window", "window"),           # one word: is_clipping's business
])
def test_is_not_contraction_of(short, long_form):
    assert not is_contraction_of(short, long_form)


def test_lower_case_word_that_spells_nothing_keeps_the_bracket_whole():
    """A lower-case word beside an English name that it does not spell is no short form of it:
    the bracket is not split into two equivalents."""
    found = pairs("客户端会维护一个重试队列 (retry queue, abc)。")
    assert not any(g in ("abc", "retry queue") for _, g, _ in found)


# --- 2. A heading numbered with a keycap emoji (`#### 2️⃣ 前向计算（Forward Computation）`) ----


def md_pairs(source: str) -> list[tuple[str, str]]:
    """What the pipeline takes from a Markdown note (its heading marks read as markup)."""
    return [(o.term, o.gloss) for o in mine_document(parse_text(source, path="notes.md"))]


@pytest.mark.parametrize("source, expected", [
    # the keycap number is the heading's number (M2), as `3.1 ` is, so the heading names its
    # whole Chinese run, as `## 前向传播流程（Forward Pass）` does: 前/后 + 向 do not cut it
    ("#### 2️⃣ 前向计算（Forward Computation）\n\n正文。\n", [("前向计算", "Forward Computation")]),
    ("##### 4️⃣ 后向传递（Backward Pass）\n\n正文。\n", [("后向传递", "Backward Pass")]),
    # a list label numbered so is a label too
    ("- 3️⃣ 前向计算（Forward Computation）\n", [("前向计算", "Forward Computation")]),
])
def test_keycap_numbered_heading_names_its_whole_run(source, expected):
    assert md_pairs(source) == expected


def test_keycap_number_does_not_make_prose_a_label():
    """In running text the usual B3 cut applies, keycap or not (前向 + 计算 in a sentence)."""
    assert md_pairs("2️⃣ 我们先做一次前向计算（Forward Computation）。\n") == md_pairs(
        "我们先做一次前向计算（Forward Computation）。\n")


# --- 3. Characters jieba cuts off a short technical compound (B3) ---------------------------


@pytest.mark.parametrize("text, expected", [
    # a one-character classifier right after a verb counts nothing: it opens the word
    ("这种结构被称为套接字（socket）。", [("套接字", "socket", "zh-en")]),
    ("它被叫做段错误（segmentation fault）。", [("段错误", "segmentation fault", "zh-en")]),
    # a one-character adverb right before a noun qualifies no predicate: a cut character
    ("这里用到的是均方误差（MSE）。", [("均方误差", "MSE", "zh-en")]),
    # a distinguishing word (区别词) before a term longer than the gloss is dropped like a verb
    ("我们常用交叉熵损失（Cross-Entropy）。", [("交叉熵损失", "Cross-Entropy", "zh-en")]),
    # ... but stays when the gloss translates it
    ("研究者主要关注大型语言模型（large language model）。",
     [("大型语言模型", "large language model", "zh-en")]),
    ("这是一个主要成分（principal component）。", [("主要成分", "principal component", "zh-en")]),
    # a noun and a one-character locative are a place phrase before the term (B3)
    ("回归任务里均方误差（MSE）最常见。", [("均方误差", "MSE", "zh-en")]),
    ("模型中注意力权重（attention weight）很大。", [("注意力权重", "attention weight", "zh-en")]),
])
def test_characters_cut_off_a_short_compound_stay_in_it(text, expected):
    assert pairs(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a classifier after a numeral is one: the term starts after it
    ("系统为此维护一张页表（page table）。", [("页表", "page table", "zh-en")]),
    # an adverb before a verb stays outside the term
    ("模型都支持（support）这种做法。", [("支持", "support", "zh-en")]),
])
def test_real_classifiers_and_adverbs_still_stop_the_term(text, expected):
    assert pairs(text) == expected


# --- 4. An acronym, a short Chinese word, and the acronym's expansion in the bracket ---------


@pytest.mark.parametrize("text, expected", [
    # the name renders the acronym, not the Chinese word after it (原理, 流程): abbr (S1a, B2)
    ("### GAN 原理（Generative Adversarial Network）",
     [("Generative Adversarial Network", "GAN", "abbr")]),
    ("下面介绍 RAG 流程（Retrieval-Augmented Generation）。",
     [("Retrieval-Augmented Generation", "RAG", "abbr")]),
    ("这个 API 简介（Application Programming Interface）写得很清楚。",
     [("Application Programming Interface", "API", "abbr")]),
])
def test_expansion_of_an_acronym_before_a_chinese_word_is_abbr(text, expected):
    assert pairs(text) == expected


@pytest.mark.parametrize("text, expected", [
    # the Chinese before the bracket translates the name: zh-en, as before
    ("RL 强化学习（Reinforcement Learning）很重要。",
     [("强化学习", "Reinforcement Learning", "zh-en")]),
    # letters that the name does not expand, or no name at all: nothing
    ("本章 XYZ 原理（Generative Adversarial Network）", []),
    ("GAN 原理（如图所示）", []),
])
def test_no_acronym_pair_without_an_expansion(text, expected):
    assert pairs(text) == expected


# --- 5. Two lone characters jieba left of one new word count as one English word ------------


@pytest.mark.parametrize("text, expected", [
    # 优先|重|放: 重放 is one word (replay), so the term is no longer than the gloss and 优先
    # stays
    ("这种机制叫作优先重放（Prioritized Replay）。", [("优先重放", "Prioritized Replay", "zh-en")]),
    # four lone characters are four words (first in, first out): the adjective stays out
    ("队列遵循严格的先入先出（FIFO）。", [("先入先出", "FIFO", "zh-en")]),
])
def test_two_lone_characters_are_one_word(text, expected):
    assert pairs(text) == expected


# --- 6. A number prefix after a reversing prefix (多路分解 for de|multiplexing) ---------------


@pytest.mark.parametrize("text, expected", [
    ("- 多路分解 (Demultiplexing)：交给各个进程。", [("多路分解", "Demultiplexing", "zh-en")]),
    ("- 多路复用 (Multiplexing)：共用一条信道。", [("多路复用", "Multiplexing", "zh-en")]),
    # a count is no number prefix of the gloss
    ("我们用了多个（multiple）模型。", []),
])
def test_number_prefix_after_a_reversing_prefix(text, expected):
    assert pairs(text) == expected


# --- 7. Stop words the gloss translates: 最 (a superlative), 比 (ratio) ----------------------


@pytest.mark.parametrize("text, expected", [
    # 最 makes the superlative the gloss has (-est, most, least, max …): it stays
    ("这就是最短等待时间优先 (Shortest Waiting Time First)。",
     [("最短等待时间优先", "Shortest Waiting Time First", "zh-en")]),
    ("调度器选择最短处理时间优先（Shortest Processing Time First）。",
     [("最短处理时间优先", "Shortest Processing Time First", "zh-en")]),
    # 比 inside a compound is a noun (ratio), not the preposition "than"
    ("4. 最高命中比优先 (Highest Hit Ratio First)：先处理命中多的。",
     [("最高命中比优先", "Highest Hit Ratio First", "zh-en")]),
])
def test_superlative_and_ratio_stay_in_the_term(text, expected):
    assert pairs(text) == expected


def test_superlative_adverb_without_one_in_the_gloss_stays_out():
    """最 before a term whose gloss has no superlative is an adverb outside it (B3)."""
    assert pairs("这是最重要的注意力机制（attention mechanism）。") == [
        ("注意力机制", "attention mechanism", "zh-en")]


# --- 8. One-word names listed after a Chinese head are examples (G2) ------------------------


@pytest.mark.parametrize("text", [
    "常用的激活函数（ReLU / Sigmoid）各有优缺点。",
    "传输层协议（TCP/UDP）负责端到端通信。",
    "优化器（SGD、Adam）的选择很重要。",
    "主流的深度学习框架（PyTorch / TensorFlow）都支持自动求导。",
])
def test_listed_names_after_a_chinese_head_are_examples(text):
    assert pairs(text) == []


@pytest.mark.parametrize("text, expected", [
    # two renderings of several words each: one gloss (E1, T2)
    ("残差连接（Residual Connection / Skip Connection）很关键。",
     [("残差连接", "Residual Connection / Skip Connection", "zh-en")]),
])
def test_renderings_are_not_taken_for_listed_names(text, expected):
    assert pairs(text) == expected


def test_words_that_may_render_a_compound_head_are_no_name_list():
    """`Encoder / Decoder`: words, not names, so the bracket is still judged as a gloss (which
    term the coordination gives is another question)."""
    assert [g for _, g, _ in pairs("编码器与解码器（Encoder / Decoder）成对出现。")] == [
        "Encoder / Decoder"]


def test_short_form_beside_its_name_is_no_example_list():
    from vocab_app.mining.example_names import lists_names
    assert not lists_names("BatchNorm / BN")
    assert lists_names("Word2Vec / GloVe")


# --- 9. A short label is its own term when the cut term is shorter than the gloss -----------


@pytest.mark.parametrize("source, expected", [
    # a table cell, a heading, a list label: the author named the whole run (读|未|写入)
    ("| 级别 | 说明 |\n| --- | --- |\n| 读未写入（Read Unwritten） | 最低 |\n",
     [("读未写入", "Read Unwritten")]),
    ("### 2.1 非阻塞写（Non-blocking Write）\n\n正文。\n", [("非阻塞写", "Non-blocking Write")]),
    ("- 读未写入（Read Unwritten）：最低的级别\n", [("读未写入", "Read Unwritten")]),
    # a clause in the label is no name: the usual cut
    ("### 为什么要归一化（Normalization）\n\n正文\n", [("归一化", "Normalization")]),
])
def test_short_label_is_its_own_term(source, expected):
    assert md_pairs(source) == expected


# --- 10. A verb before a pair of lone characters is no part of the term ---------------------


@pytest.mark.parametrize("text, expected", [
    # 注意|回|表: the verb's object is the new word jieba left in characters (B3)
    ("查询优化时要注意回表（table lookup）。", [("回表", "table lookup", "zh-en")]),
    ("然后检查热备（hot standby）是否生效。", [("热备", "hot standby", "zh-en")]),
    # a listed verb the gloss translates stays (zh_verbs): 选择 for select-
    ("协议里还有一种选择重放（Selective Replay）机制。",
     [("选择重放", "Selective Replay", "zh-en")]),
    # words that start with a listed verb's characters are still terms
    ("每隔一段时间保存检查点（checkpoint）。", [("检查点", "checkpoint", "zh-en")]),
    ("模型使用注意力（attention）机制。", [("注意力", "attention", "zh-en")]),
])
def test_verb_before_a_pair_of_lone_characters(text, expected):
    assert pairs(text) == expected


# --- 11. A short alias in the head's language beside the English name (E1) ------------------


@pytest.mark.parametrize("text, expected", [
    # `S 锁` ends in the head's last character: another name of it in Chinese, no pair, and no
    # reason to judge the bracket whole (which loses the English name)
    ("读操作会先加共享锁（S 锁，Shared Lock）。", [("共享锁", "Shared Lock", "zh-en")]),
    ("这类模型叫大语言模型（大模型，Large Language Model）。",
     [("大语言模型", "Large Language Model", "zh-en")]),
])
def test_short_alias_in_the_heads_language_gives_no_pair(text, expected):
    assert pairs(text) == expected


# --- 12. A Latin name with + or # before the Chinese rest of the term -----------------------


@pytest.mark.parametrize("text, expected", [
    ("索引通常用 B+ 树（B+ Tree）组织。", [("B+ 树", "B+ Tree", "zh-en")]),
    ("我们学习了 C++ 模板（C++ template）。", [("C++ 模板", "C++ template", "zh-en")]),
    ("这本书讲 C# 语言（C# language）。", [("C# 语言", "C# language", "zh-en")]),
])
def test_latin_name_with_plus_or_hash_opens_a_mixed_term(text, expected):
    assert pairs(text) == expected


# --- 13. `its own` is a determiner phrase, not part of the English term (B2) ----------------


@pytest.mark.parametrize("text, expected", [
    ("Each container gets its own network namespace (网络命名空间).",
     [("network namespace", "网络命名空间", "en-zh")]),
    ("They keep their own local cache (本地缓存) on disk.", [("local cache", "本地缓存", "en-zh")]),
])
def test_own_after_a_possessive_is_no_part_of_the_term(text, expected):
    assert pairs(text) == expected


# --- 14. A second English name after a Chinese lead-in is an equivalent of its own (E1) ------


@pytest.mark.parametrize("source, expected", [
    ("- **自注意力（Self-Attention Layer，简称 Self-Attention）**：同一序列内部的注意力。\n",
     [("自注意力", "Self-Attention Layer"), ("自注意力", "Self-Attention")]),
    ("门控单元（Gated Recurrent Unit，也叫 Gated Unit）结构更简单。\n",
     [("门控单元", "Gated Recurrent Unit"), ("门控单元", "Gated Unit")]),
])
def test_english_name_after_a_chinese_lead_in_is_an_equivalent(source, expected):
    assert md_pairs(source) == expected


def test_english_lead_in_between_english_parts_keeps_the_bracket_whole():
    """`(mother, sister, or daughter)`-like lists: an English `or` opens no second name here."""
    assert not any(g in ("sister", "daughter") for _, g, _ in pairs(
        "Tell your first-degree relative (mother, sister, or daughter) about it."))


# --- 15. Verbs whose object the term is: 存储, 输入, 输出 (B3, zh_verbs) ---------------------


@pytest.mark.parametrize("text, expected", [
    ("向量数据库负责存储嵌入（embedding）。", [("嵌入", "embedding", "zh-en")]),
    ("模型输出概率分布（probability distribution）。",
     [("概率分布", "probability distribution", "zh-en")]),
    ("用户输入提示词（prompt）。", [("提示词", "prompt", "zh-en")]),
    # the gloss translates the verb: it stays (a part of a joined English word counts too)
    ("输入序列（input sequence）很长。", [("输入序列", "input sequence", "zh-en")]),
    ("这是存储过程（stored procedure）。", [("存储过程", "stored procedure", "zh-en")]),
    ("（2）编码到输出的映射（encoding-to-output）：最后一步。",
     [("编码到输出的映射", "encoding-to-output", "zh-en")]),
])
def test_object_verbs_of_notes(text, expected):
    assert pairs(text) == expected


# --- 16. Statistics notes: roman numerals, ordinals, notation parts ---------------------------


@pytest.mark.parametrize("text, expected", [
    # a roman numeral is the number the ordinal 第…类 says; the verb before stays out (B3)
    ("检验时可能犯第二类错误（Type II error）。", [("第二类错误", "Type II error", "zh-en")]),
    ("新药进入第三阶段（Phase III）试验。", [("第三阶段", "Phase III", "zh-en")]),
    # a count with a classifier is still no part of the term
    ("我们有三类错误（errors）。", [("错误", "errors", "zh-en")]),
])
def test_roman_numerals_and_ordinals(text, expected):
    assert pairs(text) == expected


def test_notation_part_gives_no_pair_and_keeps_the_name():
    """`（sample mean，记为 x̄）`: the part after 记为 gives the head's symbol, no name of it
    (no pair), and the bracket is not judged whole for it (E1)."""
    found = md_pairs("样本均值（sample mean，记为 x̄）是无偏估计。\n")
    assert found == [("样本均值", "sample mean")]


# --- 17. A predicate with its adverb; a Latin letter before a hyphenated gloss ----------------


@pytest.mark.parametrize("text, expected", [
    # 近似 服从: an adverb or adjective of the predicate verb does not hide it (B3)
    ("中心极限定理说明样本均值近似服从正态分布（normal distribution）。",
     [("正态分布", "normal distribution", "zh-en")]),
    ("观测数据大致服从泊松分布（Poisson distribution）。",
     [("泊松分布", "Poisson distribution", "zh-en")]),
    # the parts of a hyphenated gloss word count as its words: `t 检验（t-test）`
    ("t 检验（t-test）适合小样本。", [("t 检验", "t-test", "zh-en")]),
    ("F1 分数（F1-score）综合了两者。", [("F1 分数", "F1-score", "zh-en")]),
    # a hyphenated Latin word the gloss repeats whole still opens the term
    ("这里用 K-means 算法（K-means algorithm）。",
     [("K-means 算法", "K-means algorithm", "zh-en")]),
])
def test_predicate_adverbs_and_hyphenated_mixed_terms(text, expected):
    assert pairs(text) == expected

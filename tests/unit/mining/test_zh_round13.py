"""Round 13 of the Chinese term rules (invented sentences): prefix morphemes the English gloss
confirms, slash-joined synonyms in an emphasised term, and several glossed terms in one
emphasised span."""

from __future__ import annotations

import pytest

from vocab_app.mining.pipeline import mine_document
from vocab_app.mining.readers import parse_text
from vocab_app.mining.zh_spans import after_place_frame
from vocab_app.mining.zh_tokens import Tok, tag_run


def _pairs(text: str, path: str = "notes.md") -> list[tuple[str, str]]:
    return [(o.term, o.gloss) for o in mine_document(parse_text(text, path=path))]


@pytest.mark.parametrize("text, expected", [
    ("这类对象默认是不可变（immutable）的。", [("不可变", "immutable")]),
    ("该激活函数是非线性（nonlinear）的。", [("非线性", "nonlinear")]),
    ("字段可以声明为不带正负号（unsigned）。", [("不带正负号", "unsigned")]),
    ("这个控制器是不稳定（unstable）的。", [("不稳定", "unstable")]),
    ("这两个区域不连通（disconnected）。", [("不连通", "disconnected")]),
    ("日志属于非结构化数据（unstructured data）。", [("非结构化数据", "unstructured data")]),
])
def test_a_negation_the_gloss_opens_with_stays_in_the_term(text, expected):
    assert _pairs(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("梯度通过反向传播（backpropagation）得到。", [("反向传播", "backpropagation")]),
    ("输入先经过前向传播（forward propagation）。", [("前向传播", "forward propagation")]),
    ("解码器里再做上采样（upsampling）。", [("上采样", "upsampling")]),
    ("编码器里先做下采样（downsampling）。", [("下采样", "downsampling")]),
    ("浅层模型往往是欠拟合（underfitting）的。", [("欠拟合", "underfitting")]),
    ("超出上限就叫做向上溢出（overflow）。", [("向上溢出", "overflow")]),
])
def test_a_direction_or_degree_prefix_the_gloss_confirms_stays(text, expected):
    assert _pairs(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("我们今天不讨论缓存（cache）。", [("缓存", "cache")]),
    ("这一步并非必需的索引（index）。", [("索引", "index")]),
    ("模型在小样本上过拟合（overfitting）。", [("过拟合", "overfitting")]),
])
def test_a_negation_or_place_word_the_gloss_does_not_confirm_stays_out(text, expected):
    assert _pairs(text) == expected


def test_a_copula_glued_to_the_negation_is_cut_off():
    assert _pairs("这种估计是非参数（non-parametric）的。") == [("非参数", "non-parametric")]


def test_a_naming_verb_before_the_prefix_is_cut_off():
    assert _pairs("没有回路的有向图叫无环图（acyclic graph）。") == [("无环图", "acyclic graph")]


@pytest.mark.parametrize("text, expected", [
    ("没有回路的路径称为 **链/串 (Chain)** 。", [("链", "Chain"), ("串", "Chain")]),
    ("则称它为 **生成森林/支撑森林 (Spanning forest)** 。",
     [("生成森林", "Spanning forest"), ("支撑森林", "Spanning forest")]),
])
def test_slash_joined_synonyms_in_a_marked_term_are_one_pair_each(text, expected):
    assert _pairs(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("这里讲 **读/写 (read/write)** 两种操作。", [("读/写", "read/write")]),
    ("这里讲 **编码器/解码器 (encoder and decoder)** 的结构。",
     [("编码器/解码器", "encoder and decoder")]),
    ("这种结构叫链/串（Chain）。", [("链/串", "Chain")]),
])
def test_a_slash_is_not_split_when_the_gloss_has_parts_or_nothing_is_marked(text, expected):
    assert _pairs(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("**积 (Product)/直积 (Direct product)**：两个集合的运算。",
     [("积", "Product"), ("直积", "Direct product")]),
    ("这样的顶点是 **可达的 (reachable)/连通的 (connected)** ，否则不是。",
     [("可达的", "reachable"), ("连通的", "connected")]),
])
def test_one_marked_span_of_glossed_terms_joined_by_slashes_marks_each(text, expected):
    assert _pairs(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("这张图是无向图（undirected graph）。", [("无向图", "undirected graph")]),
    ("我们只讨论无向图（undirected graph）的情形。", [("无向图", "undirected graph")]),
])
def test_a_prefix_the_gloss_confirms_finds_a_term_the_run_rules_did_not(text, expected):
    assert _pairs(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("误差沿网络逐层回传，称为反向传递（backward pass或backpass）。",
     [("反向传递", "backward pass"), ("反向传递", "backpass")]),
    ("这类模型叫循环网络（recurrent network或者RNN）。",
     [("循环网络", "recurrent network"), ("循环网络", "RNN")]),
])
def test_english_names_joined_by_huo_are_one_pair_each(text, expected):
    assert _pairs(text) == expected


def test_a_bracket_that_goes_on_in_chinese_after_huo_stays_a_note():
    assert _pairs("这是一个数据集（dataset或者说一批样本）。") == []


def test_a_list_of_names_ending_in_huo_stays_examples():
    assert _pairs("可以选择后端框架（Flask、Django或plain WSGI）来部署。") == []


@pytest.mark.parametrize("text, expected", [
    ("这里用到$m$元模型（$m$-gram model）。", [("m元模型", "m-gram model")]),
    ("常见做法是 $k$-近邻（$k$-nearest neighbors）分类。", [("k-近邻", "k-nearest neighbors")]),
    ("我们采用$K$折验证（$K$-fold validation）。", [("K折验证", "K-fold validation")]),
    ("若每个点度数相同，称为 **$r$ - 正则 ( $r$ -Regular)** 。", [("r - 正则", "r -Regular")]),
])
def test_a_term_named_after_a_math_symbol_keeps_the_symbol_without_dollars(text, expected):
    assert _pairs(text) == expected


@pytest.mark.parametrize("text", [
    "输入向量（$x$）和标签（$y$）都已给出。",
    "取第 $j$ 个分量（the $j$-th component）即可。",
    "这里的系数（$a_1$ plus $b$）要先算出。",
])
def test_other_math_in_a_bracket_gives_no_pair(text):
    assert _pairs(text) == []


@pytest.mark.parametrize("text, expected", [
    ("我们在验证集上评估（evaluation）。", [("评估", "evaluation")]),
    ("最后在测试集上评测（evaluation）模型。", [("评测", "evaluation")]),
    ("在客户端上缓存（caching）结果。", [("缓存", "caching")]),
    ("从日志中提取（extraction）字段。", [("提取", "extraction")]),
])
def test_a_place_frame_closed_by_a_locative_is_no_part_of_the_term(text, expected):
    assert _pairs(text) == expected


def test_a_locative_the_gloss_translates_stays():
    toks = [Tok(w, f, i) for i, (w, f) in enumerate(tag_run("在芯片上缓存"))]
    toks = [Tok(t.word, t.flag, sum(len(u.word) for u in toks[:k])) for k, t in enumerate(toks)]
    span = toks[1:]  # 芯片 上 缓存
    assert after_place_frame(toks, span, ("on-chip", "cache")) == span
    assert after_place_frame(toks, span, ("cache",)) == span[2:]


@pytest.mark.parametrize("text, expected", [
    ("这一节会用到鞍点（saddle point）的概念。", [("鞍点", "saddle point")]),
    ("这里涉及条件独立性（conditional independence）。",
     [("条件独立性", "conditional independence")]),
])
def test_a_verb_taking_the_term_as_object_is_dropped(text, expected):
    assert _pairs(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("接下来做一次t检验（t-test）。", [("t检验", "t-test")]),
    ("统计量服从F分布（F-distribution）。", [("F分布", "F-distribution")]),
    ("这里用k均值（k-means）聚类。", [("k均值", "k-means")]),
])
def test_a_letter_glued_to_a_term_named_after_it_stays(text, expected):
    assert _pairs(text) == expected


def test_a_hyphenated_gloss_without_its_letter_before_the_term_is_judged_whole():
    assert _pairs("请查收电子邮件（e-mail）。") == [("电子邮件", "e-mail")]


@pytest.mark.parametrize("text, expected", [
    ("每个模块包含若干子模块（submodules）。", [("子模块", "submodules")]),
    ("这里有诸多约束（constraints）。", [("约束", "constraints")]),
])
def test_an_indefinite_quantifier_is_no_part_of_the_term(text, expected):
    assert _pairs(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("输出先经过 sigmoid 函数（逻辑斯谛函数）再取阈值。", [("sigmoid 函数", "逻辑斯谛函数")]),
    ("每个 Pooling 层（汇聚层）都会缩小特征图。", [("Pooling 层", "汇聚层")]),
    ("这里用的是 GRU单元（门控循环单元）。", [("GRU单元", "门控循环单元")]),
])
def test_a_mixed_head_rendered_in_chinese_is_an_en_zh_pair(text, expected):
    assert _pairs(text) == expected


@pytest.mark.parametrize("text", [
    "程序跑在 GPU 服务器（服务器）上。",
    "脚本用 Python 编写程序（编写的程序）。",
    "模型在 2021 年（去年）发布。",
])
def test_a_chinese_note_on_a_mixed_head_that_renders_no_name_gives_nothing(text):
    assert _pairs(text) == []


@pytest.mark.parametrize("text, expected", [
    ("偏差（bias）与方差（variance）之间存在权衡（trade-off）。",
     [("偏差", "bias"), ("方差", "variance"), ("权衡", "trade-off")]),
    ("两个模块之间存在耦合（coupling）。", [("耦合", "coupling")]),
])
def test_a_relational_locative_and_the_verb_after_it_are_no_part_of_the_term(text, expected):
    assert _pairs(text) == expected


def test_particles_inside_a_hyphenated_gloss_count_no_word():
    from vocab_app.mining.zh_tokens import gloss_units
    assert gloss_units("trade-off") == 1
    assert gloss_units("state-of-the-art") == 2
    assert gloss_units("multi-head attention") == 3


def test_dang_when_opens_a_clause_not_the_term():
    assert _pairs("当出现栈溢出（stack overflow）时，程序终止。") == [("栈溢出", "stack overflow")]


def test_a_count_of_times_the_gloss_translates_as_n_way_stays():
    assert _pairs("建立连接要经过三次握手（three-way handshake）。") == [
        ("三次握手", "three-way handshake")]


@pytest.mark.parametrize("text, expected", [
    ("索引常用B+树（B+ tree）实现。", [("B+树", "B+ tree")]),
    ("接着计算p值（p-value）并比较。", [("p值", "p-value")]),
    ("工厂引入了3D打印（3D printing）技术。", [("3D打印", "3D printing")]),
])
def test_a_short_token_the_gloss_opens_with_stays_glued_to_the_term(text, expected):
    assert _pairs(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("每条记录包括键（key）和值（value）两部分。", [("键", "key"), ("值", "value")]),
    ("该层（layer）的输出是下一层的输入。", [("层", "layer")]),
])
def test_a_one_character_noun_that_is_also_a_suffix_can_be_the_whole_term(text, expected):
    assert _pairs(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("本节重点介绍层归一化（layer normalization）。", [("层归一化", "layer normalization")]),
    ("很多网络都依赖层归一化（layer normalization）。", [("层归一化", "layer normalization")]),
])
def test_a_verb_before_a_suffix_character_that_opens_the_object_is_dropped(text, expected):
    assert _pairs(text) == expected


def test_a_verb_the_gloss_translates_stays_before_a_suffix():
    assert _pairs("这里需要用到学习率调度器（learning rate scheduler）。") == [
        ("学习率调度器", "learning rate scheduler")]


@pytest.mark.parametrize("text, expected", [
    ("参数通常用最大似然估计（maximum likelihood estimation）求得。",
     [("最大似然估计", "maximum likelihood estimation")]),
    ("训练目标是负对数似然（negative log-likelihood）。",
     [("负对数似然", "negative log-likelihood")]),
    ("先写出样本的似然函数（likelihood function）。", [("似然函数", "likelihood function")]),
])
def test_two_function_characters_the_tokenizer_left_of_an_unknown_word_stay_one_word(
        text, expected):
    assert _pairs(text) == expected


def test_tag_run_joins_only_pieces_of_no_known_word():
    words = [w for w, _ in tag_run("最大似然估计")]
    assert "似然" in words
    assert [w for w, _ in tag_run("它并非信息")] == ["它", "并非", "信息"]


@pytest.mark.parametrize("text, expected", [
    ("关系的范式（normal form）决定了冗余程度。", [("范式", "normal form")]),
    ("我们提取图像的局部特征（local features）。", [("局部特征", "local features")]),
])
def test_a_noun_before_de_stays_out_when_the_gloss_opens_with_an_adjective(text, expected):
    assert _pairs(text) == expected


def test_a_noun_before_de_the_gloss_still_needs_stays_in():
    assert _pairs("这是一种基于模板的方法（template-based method）。") == [
        ("基于模板的方法", "template-based method")]


@pytest.mark.parametrize("text, expected", [
    ("**模型借助显式的注意力权重（attention weights）和残差连接，稳定训练。**\n",
     [("注意力权重", "attention weights")]),
    # a span joined by `/` to the next glossed term still marks each term
    ("**和 (Sum)/直和 (Direct sum)** 是两种运算。\n", [("和", "Sum"), ("直和", "Direct sum")]),
])
def test_a_bold_sentence_around_a_glossed_term_is_no_marked_term(text, expected):
    # (the emphasis covers the whole sentence, not the term: the term is found as in plain text)
    assert _pairs(text) == expected


@pytest.mark.parametrize("text, expected", [
    # in-/a- open the gloss but the rest is no word of its own: no negation, 不 stays out
    ("我们在这一步不做推理（inference）。", [("推理", "inference")]),
    ("这个模型不看注意力（attention）。", [("注意力", "attention")]),
    # a learned negation the Chinese term renders itself (异步): the 不 + verb before stays out
    ("这里不做异步调用（asynchronous call）。", [("异步调用", "asynchronous call")]),
    # a learned negation whose rest is a word: the negation is the term's
    ("这个字段是不可变（immutable）的。", [("不可变", "immutable")]),
])
def test_a_negative_prefix_counts_only_when_the_rest_is_a_word(text, expected):
    assert _pairs(text) == expected

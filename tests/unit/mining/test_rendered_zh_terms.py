"""Rule B2 for a Chinese term before an English gloss, on CC-CEDICT's evidence (invented
lines): a verb, or a modifier with its 的, in front that renders nothing of the gloss goes; a
modifier before the term that renders a word the term leaves out joins it."""

from __future__ import annotations

import pytest
from gloss_pairs import pairs


@pytest.mark.parametrize("text, expected", [
    ("## 确定范围（Range）", [("范围", "Range", "zh-en")]),
    ("所以你能用更大的学习率（learning rate）训练。", [("学习率", "learning rate", "zh-en")]),
    # guards (they pass without the rule too)
    ("回收的最后一步是并发清理（Clear）。", [("清理", "Clear", "zh-en")]),
    ("这里常用交叉熵损失（cross-entropy）。", [("交叉熵损失", "cross-entropy", "zh-en")]),
    ("它会先确定范围（Range）再查询。", [("范围", "Range", "zh-en")]),
])
def test_a_verb_or_a_modifier_with_its_de_in_front_that_renders_nothing_goes(text, expected):
    assert pairs(text) == expected


def test_a_modifier_before_the_term_that_renders_a_word_of_the_gloss_joins_it():
    assert pairs("整个文件中碎片化的存储空间（Unusable Fragment Memory）很多。") == [
        ("碎片化的存储空间", "Unusable Fragment Memory", "zh-en")]


@pytest.mark.parametrize("text, expected", [
    # guards (they pass without the rule too)
    # a noun in front may be part of a compound the English leaves implicit
    ("每一层接收消息生产者（Producer）发来的数据。", [("消息生产者", "Producer", "zh-en")]),
    # a character is an affix the English word renders (可: -able)
    ("这就是可验证性（verifiability）的问题。", [("可验证性", "verifiability", "zh-en")]),
    # the gloss word the term lacks comes after the rendered ones: no modifier of it
    ("我们用大小和微批量（micro-batch size）来控制。",
     [("微批量", "micro-batch size", "zh-en")]),
    # a noun in front that renders nothing stays, and so does an adjective before a quantity
    ("- 简单多数规则（majority rule）", [("简单多数规则", "majority rule", "zh-en")]),
    ("我们再看数学求解器（MILP solver）。", [("数学求解器", "MILP solver", "zh-en")]),
])
def test_without_evidence_the_term_stays(text, expected):
    assert pairs(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("- 从零实现最近质心分类器（nearest centroid classifier），并比较。",
     [("最近质心分类器", "nearest centroid classifier", "zh-en")]),
    ("这个系统用键控事件流（keyed stream）分区。", [("键控事件流", "keyed stream", "zh-en")]),
])
def test_a_word_rendering_the_glosss_first_word_joins_though_the_terms_first_renders_nothing(
        text, expected):
    assert pairs(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("然后重新训练。模型自举（bootstrap）自己的训练集。", [("自举", "bootstrap", "zh-en")]),
    ("这些提示有帮助（helpful）吗？", [("有帮助", "helpful", "zh-en")]),
    # guard (it passes without the rule too): a piece that is no dictionary word stays out
    ("这种操作也叫做归约计算（Reduction）。", [("计算", "Reduction", "zh-en")]),
])
def test_a_term_rendering_nothing_grows_to_the_dictionary_word_it_ends(text, expected):
    assert pairs(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("我们先做节点内反量化（Intra-node Dequantization）。",
     [("节点内反量化", "Intra-node Dequantization", "zh-en")]),
    ("我们做节点内梯度整合（Intra-node Reduction）。",
     [("节点内梯度整合", "Intra-node Reduction", "zh-en")]),
])
def test_a_term_rendering_nothing_grows_by_words_rendering_the_glosss_modifiers(text, expected):
    # the term's head noun is taken to render the gloss's last word: the words before it
    # that render the words before that join the term
    assert pairs(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("此外，截断反向传播（truncated backpropagation）截断了梯度。",
     [("截断反向传播", "truncated backpropagation", "zh-en")]),
    # guard (it passes without the rule too): a verb the gloss says with -ing is the term's
    # predicate, not a word of it
    ("公司搭建了增长实验平台（growing experiments）来测试。",
     [("实验平台", "growing experiments", "zh-en")]),
])
def test_a_verb_the_gloss_says_as_a_participle_joins_the_term(text, expected):
    assert pairs(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("训练若干轮之后，才开始按比例下降学习率（learning rate）。",
     [("学习率", "learning rate", "zh-en")]),
    # guard (it passes without the rule too): nouns in front with no verb among them stay
    ("- 简单多数规则（majority rule）", [("简单多数规则", "majority rule", "zh-en")]),
])
def test_a_verb_among_the_words_in_front_leaves_them_out(text, expected):
    assert pairs(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("我们将定义一个结构固定的多层次感知器（Multi-Layer Perceptron），所有的步骤都会讲解。",
     [("多层次感知器", "Multi-Layer Perceptron", "zh-en")]),
])
def test_a_number_word_the_gloss_says_joins_the_term(text, expected):
    # jieba tags 多层次 as a numeral; the gloss says it (Multi-), so it is the term's
    assert pairs(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a plain adjective in front that renders no word of the gloss is no part of the term (B2)
    ("它把模型的不同层（layer）放到不同的卡上。", [("层", "layer", "zh-en")]),
    ("这些不同任务（task）共享参数。", [("任务", "task", "zh-en")]),
    # (jieba tags 平衡 "balance" an adjective: here it is the verb of 模型大小)
    ("先确定平衡模型大小（model size）的办法。", [("模型大小", "model size", "zh-en")]),
])
def test_an_adjective_the_gloss_does_not_render_leaves_the_term(text, expected):
    assert pairs(text) == expected

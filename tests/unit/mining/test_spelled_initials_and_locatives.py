"""Where a Chinese term before an English gloss starts and ends (invented lines): a term glossed
by its initials holds one word per capital, even where jieba joins two of them into a phrase
(`计算机辅助设计（CAD）`), and a locative that a compound gloss opens with closes the term
(`分布外（out-of-distribution）`)."""

from __future__ import annotations

import pytest
from gloss_pairs import pairs

from vocab_app.mining.zh_en_dictionary import opening_words


@pytest.mark.parametrize("text, expected", [
    ("工程师在计算机辅助设计（CAD）软件里画图。", [("计算机辅助设计", "CAD", "zh-en")]),
    ("工厂采用计算机辅助制造（CAM）生产零件。", [("计算机辅助制造", "CAM", "zh-en")]),
    ("微控制器可能只有几兆字节（MB）的存储空间。", [("兆字节", "MB", "zh-en")]),
    # guards (they pass without the rule too): the words must spell the capitals in order,
    # each by the first word of a sense: 深度学习
    # opens with "deep", so it cannot stand for the L of DL alone and let 采用 take the D
    ("它采用深度学习（DL）方法。", [("深度学习", "DL", "zh-en")]),
    # a verb before the term that happens to share a capital stays out: 操作系统 is one word
    # ("operating system"), not the S of OS after 操作 for O
    ("它能全面操作操作系统（OS）的各个部分。", [("操作系统", "OS", "zh-en")]),
    # and the term may already have a word per capital
    ("我们使用卷积神经网络（CNN）来分类。", [("卷积神经网络", "CNN", "zh-en")]),
])
def test_a_term_glossed_by_its_initials_has_a_word_per_capital(text, expected):
    assert pairs(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a head the dictionary lacks (感知机, perceptron) stands for the last capital when the
    # words before it spell the rest: 多 many, 层 layer
    ("分类头是一个多层感知机（MLP）。", [("多层感知机", "MLP", "zh-en")]),
    ("它接着一个多层感知器（MLP）输出结果。", [("多层感知器", "MLP", "zh-en")]),
    # guard (passes either way): the spelled words must start at a word of jieba's, not inside
    # 保证 (证 "certificate" would spell the A)
    ("我们要保证可用性（AP）和一致性。", [("可用性", "AP", "zh-en")]),
])
def test_an_unknown_head_stands_for_the_last_capital(text, expected):
    assert pairs(text) == expected


def test_a_senses_opening_word_skips_to_and_labels():
    assert {"design", "plan"} <= opening_words("设计")
    assert "floating" in opening_words("浮点")  # `(computing) floating point`
    assert "learning" not in opening_words("深度学习")


@pytest.mark.parametrize("text, expected", [
    ("模型在分布内（in-distribution）问题上表现很好。", [("分布内", "in-distribution", "zh-en")]),
    ("在分布外（out-of-distribution，OOD）问题上它会失效。",
     [("分布外", "out-of-distribution", "zh-en"), ("分布外", "OOD", "zh-en")]),
    ("这种核外（out-of-core）算法处理大数据。", [("核外", "out-of-core", "zh-en")]),
    ("服务器会等待运行中（in-flight）的请求结束。", [("运行中", "in-flight", "zh-en")]),
    # guard (passes either way): a locative the gloss does not open with is no part of the term
    ("在训练集上（training set）评估。", [("训练集", "training set", "zh-en")]),
])
def test_a_locative_the_gloss_opens_with_closes_the_term(text, expected):
    assert pairs(text) == expected


def test_no_term_opens_with_the_de_of_a_dropped_verb():
    # 的 is crossed while the gloss needs more words; the verb before it then goes, and so
    # must the 的 (round 54)
    assert pairs("TPU 是谷歌为加速机器学习任务而设计的专用集成电路（ASIC），自首次发布以来") == [
        ("专用集成电路", "ASIC", "zh-en")]

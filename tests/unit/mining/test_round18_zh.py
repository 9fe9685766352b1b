"""Round 18, zh-en (invented lines): a Chinese term glossed by a short form is about as many
words long as the short form has capitals; verbs and adverbs before it belong to the sentence."""

from __future__ import annotations

import pytest
from gloss_pairs import pairs


@pytest.mark.parametrize("text, expected", [
    ("尽量避免遍历抽象语法树（AST）", [("抽象语法树", "AST", "zh-en")]),
    ("我们实现检索增强生成（RAG）系统。", [("检索增强生成", "RAG", "zh-en")]),
])
def test_verbs_before_a_short_form_term_are_left_out(text, expected):
    assert pairs(text) == expected


@pytest.mark.parametrize("text, expected", [
    # as many words as capitals: nothing to leave out
    ("生成对抗网络（GAN）很流行。", [("生成对抗网络", "GAN", "zh-en")]),
    ("支持向量机（SVM）是分类器。", [("支持向量机", "SVM", "zh-en")]),
    # a preposition opens the frame: the term keeps it (基于…的)
    ("基于人类反馈的强化学习（RLHF）", [("基于人类反馈的强化学习", "RLHF", "zh-en")]),
])
def test_a_term_as_long_as_its_short_form_is_kept_whole(text, expected):
    assert pairs(text) == expected


@pytest.mark.parametrize("text", [
    "4. GORILLA 编码（GORILLA）",
    "PLAIN编码（PLAIN）是默认的编码方式。",
])
def test_a_bracket_repeating_the_name_before_the_term_is_no_gloss(text):
    assert pairs(text) == []


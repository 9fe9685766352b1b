"""Round 23, zh-en (invented lines): a class noun that the English gloss does not translate
(对象 for `scrutinee`, 函数 for `activation`) is no word of the name's count, so the word before
it stays in the term."""

from __future__ import annotations

import pytest
from gloss_pairs import pairs


@pytest.mark.parametrize("text, expected", [
    ("匹配表达式的检验对象（scrutinee）必须是一个位置表达式。",
     [("检验对象", "scrutinee", "zh-en")]),
    ("常用的激活函数（activation）有很多种。", [("激活函数", "activation", "zh-en")]),
    # a gloss that translates the class noun counts it as a word
    ("模型的损失函数（loss function）很重要。", [("损失函数", "loss function", "zh-en")]),
])
def test_an_untranslated_class_noun_keeps_the_word_before(text, expected):
    assert pairs(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("训练时最小化损失函数（loss function）。", [("损失函数", "loss function", "zh-en")]),
    ("目标是最大化期望回报（expected return）。", [("期望回报", "expected return", "zh-en")]),
    ("这是一个最小化（minimization）问题。", [("最小化", "minimization", "zh-en")]),
])
def test_minimise_and_maximise_take_the_term_as_object(text, expected):
    assert pairs(text) == expected

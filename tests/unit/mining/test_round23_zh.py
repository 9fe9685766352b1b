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

"""zh-en left boundaries (invented lines, 2026-12-05): a `基于…的` frame the gloss names by its
`-based` stays whole even when the gloss leaves the head noun out, and a bound noun morpheme
(jieba's `ng`: 源 of 闭源) never opens a term."""

from __future__ import annotations

import pytest
from gloss_pairs import pairs


@pytest.mark.parametrize("text, expected", [
    ("我们先用基于字符的切分（Character-based）做对比。",
     [("基于字符的切分", "Character-based", "zh-en")]),
    ("方案二: 基于规则的检查 (Rule-based)", [("基于规则的检查", "Rule-based", "zh-en")]),
    # a gloss that does not say `based` leaves the frame out as before
    ("我们用基于单词的分词器（tokenizer）。", [("分词器", "tokenizer", "zh-en")]),
])
def test_a_based_gloss_keeps_the_whole_frame(text, expected):
    assert pairs(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("随着闭源模型（closed models）的成功，开源社区也在追赶。",
     [("闭源模型", "closed models", "zh-en")]),
])
def test_a_bound_morpheme_takes_the_character_before_it(text, expected):
    assert pairs(text) == expected

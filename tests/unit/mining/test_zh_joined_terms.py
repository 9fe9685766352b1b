"""find_glosses: a Chinese term whose parts a middle dot or a slash joins. A transliterated
name is whole across its dot (`克里斯·拉特纳`); before a slash, the word right before it is the
term's alternative (RULES.md B2: the term as written). Sentences written for the tests."""

from __future__ import annotations

import pytest
from gloss_pairs import pairs


@pytest.mark.parametrize("text, expected", [
    ("这门语言由格雷登·霍尔（Graydon Hoare）设计。",
     [("格雷登·霍尔", "Graydon Hoare", "zh-en")]),
    ("这个项目由詹姆斯・高斯林（James Gosling）主持。",
     [("詹姆斯・高斯林", "James Gosling", "zh-en")]),
])
def test_a_name_is_whole_across_its_middle_dot(text, expected):
    assert pairs(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("它支持大量开源/开放模型（open models）。", [("开源/开放模型", "open models", "zh-en")]),
    ("这里用到特定常量/变量（variable）。", [("常量/变量", "variable", "zh-en")]),
])
def test_the_word_before_a_slash_is_an_alternative_in_the_term(text, expected):
    assert pairs(text) == expected


def test_a_hyphen_still_joins_whole_parts():
    # (guard: hyphen-joined compounds behave as before)
    assert pairs("这是编码器-解码器（encoder-decoder）结构。") == [
        ("编码器-解码器", "encoder-decoder", "zh-en")]

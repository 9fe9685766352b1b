"""Round 22, zh-en (invented lines): a number prefix of an English word lets the term keep its
Chinese numeral (`二分图匹配（Bipartite Graph Matching）`); a dotted lower-case name in a bracket
is code; a list label keeps the Latin name its gloss repeats even when the Chinese is long."""

from __future__ import annotations

import pytest
from gloss_pairs import pairs


@pytest.mark.parametrize("text, expected", [
    ("图 5 二分图匹配（Bipartite Graph Matching）", [("二分图匹配", "Bipartite Graph Matching",
                                                      "zh-en")]),
    ("采用三元组（triplets）表示关系。", [("三元组", "triplets", "zh-en")]),
])
def test_a_number_prefix_keeps_the_numeral(text, expected):
    assert pairs(text) == expected


@pytest.mark.parametrize("text", [
    "写入使用宽指令（wide.stlexvar）完成。",
    "属性（new.target）指向构造函数。",
])
def test_a_dotted_code_name_is_no_gloss(text):
    assert pairs(text) == []


def test_a_label_keeps_the_latin_name_its_gloss_repeats():
    assert pairs("- MinBox 障碍物边框构建（MinBox Builder）") == [
        ("MinBox 障碍物边框构建", "MinBox Builder", "zh-en")]
    # inside a sentence the long Chinese run is no part of a name
    assert pairs("我们用 MinBox 障碍物边框构建（MinBox Builder）的方法。") == [
        ("障碍物边框构建", "MinBox Builder", "zh-en")]


def test_three_english_words_in_one_bracket_are_examples():
    assert pairs("早餐我吃了__个鸡蛋(to,two,too)，在这个例子中。") == []


@pytest.mark.parametrize("text, expected", [
    ("十三、聚类(Clustering)", [("聚类", "Clustering", "zh-en")]),
    ("我们对数据做聚类（clustering）分析。", [("聚类", "clustering", "zh-en")]),
    ("二、 数据预处理（Data Preprocessing）", [("数据预处理", "Data Preprocessing", "zh-en")]),
])
def test_a_lone_classifier_character_is_no_term(text, expected):
    assert pairs(text) == expected


def test_a_naming_verb_before_the_term_is_no_part_of_it():
    assert pairs("这是一个名为累加器（accumulator）的寄存器。") == [
        ("累加器", "accumulator", "zh-en")]

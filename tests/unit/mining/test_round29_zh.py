"""Round 29 (invented lines): a bracket after a Chinese term that cites a work, gives a
formula or a value, crosses two axes or lists Latin names with 、 is no English equivalent
(RULES.md G2, G3): no card."""

from __future__ import annotations

import pytest
from gloss_pairs import pairs


@pytest.mark.parametrize("text", [
    "这一套方法来自设计模式（Erich Gamma《Design Patterns》）的经典总结。",
    "只有当一致性比率（CR < 0.1）时结果才可信。",
    "我们把集群扩展到多机（8 * 80G）再训练。",
    "按照风险矩阵（Likely / Unlikely × Severe / Minor）排序。",
    "团队常用代码扫描（CodeQL、Semgrep Pro）来发现问题。",
])
def test_a_citation_formula_or_name_list_is_no_gloss(text):
    assert pairs(text) == []


def test_an_english_equivalent_still_is_one():
    assert pairs("只有当一致性比率（consistency ratio）足够小时结果才可信。") == [
        ("一致性比率", "consistency ratio", "zh-en")]


@pytest.mark.parametrize("text, expected", [
    # 到 after a verb says where its object goes: the term is the place
    ("权重先被加载到片上缓存（SRAM）中再计算。", [("片上缓存", "SRAM", "zh-en")]),
    ("日志最后写入到对象存储（OSS）里。", [("对象存储", "OSS", "zh-en")]),
    # unless the gloss says `to`
    ("这里的输入到隐层（input-to-hidden）权重是共享的。",
     [("输入到隐层", "input-to-hidden", "zh-en")]),
])
def test_a_verbs_complement_opens_no_term(text, expected):
    assert pairs(text) == expected

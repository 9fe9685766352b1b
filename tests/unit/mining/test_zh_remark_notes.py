"""find_glosses: a Chinese bracket after an English head that opens with a word of comparing,
containing, excluding, likeness or example is a remark on the head (G1), no rendering of it;
the same characters opening a compound are a rendering. Sentences written for the tests."""

from __future__ import annotations

import pytest
from gloss_pairs import pairs


@pytest.mark.parametrize("text", [
    "- Exponent（比 float32 范围小）",
    "- Backward（含梯度累加和清零）",
    "- Embedding（来自预训练模型的权重）",
    "- Scheduler（类似 cosine 退火）",
    "- Softmax（不要在 loss 之前再做一次）",
    "- Reflection（不是简单地重试）",
])
def test_a_remark_is_no_gloss(text):
    assert [p for p in pairs(text) if p[2] == "en-zh"] == []


@pytest.mark.parametrize("text, expected", [
    # guards (pass either way): the opener's characters inside a compound
    ("- similarity（类似度）", [("similarity", "类似度", "en-zh")]),
    ("- bit（比特）", [("bit", "比特", "en-zh")]),
    ("- meaning（含义）", [("meaning", "含义", "en-zh")]),
])
def test_a_compound_that_opens_with_the_same_characters_is_a_gloss(text, expected):
    assert pairs(text) == expected

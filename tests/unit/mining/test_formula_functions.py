"""find_glosses: a half-width bracket glued to one letter is a function in a formula, never a
gloss (M3), whatever it holds; a full-width one may gloss a one-letter name. Sentences written
for the tests."""

from __future__ import annotations

import pytest
from gloss_pairs import pairs


@pytest.mark.parametrize("text", [
    "最大后验估计问：什么参数能最大化 P(参数|数据)？",
    "先算出 P(垃圾邮件)，再乘以似然。",
    "Sorting takes O(n log n) time on average.",  # (no pair before the rule either)
])
def test_a_function_in_a_formula_is_no_gloss(text):
    assert pairs(text) == []


@pytest.mark.parametrize("text, expected", [
    ("注意力里的 Q（查询）和 K（键）来自同一输入。",
     [("Q", "查询", "en-zh"), ("K", "键", "en-zh")]),
    ("The KV(Key-Value) cache grows with the context.", [("Key-Value", "KV", "abbr")]),
])
def test_names_glossed_right_after_them_stay(text, expected):
    assert pairs(text) == expected

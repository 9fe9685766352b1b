"""find_glosses: a Chinese bracket that opens with 或 (`or`) and goes on offers an alternative
to the English before it, no translation of it (G1); 或 inside a word stays (或门, OR gate).
Sentences written for the tests."""

from __future__ import annotations

import pytest
from gloss_pairs import pairs


@pytest.mark.parametrize("text", [
    "用 value function（或环境奖励）给每个节点打分。",
    "用 F1（或你选择的指标）评估模型。",
])
def test_an_alternative_after_the_english_is_no_gloss(text):
    assert pairs(text) == []


def test_a_word_opening_with_or_is_a_gloss():
    assert pairs("电路里的 OR gate（或门）输出 1。") == [("OR gate", "或门", "en-zh")]

"""Markdown that is not rendered as prose: TeX math (`$…$`, `$$…$$`) is read like code, so a
bracket inside it is no gloss (the corpus annotators' convention for M3), while dollar amounts
stay prose; a heading's anchor id (`{#id}`, `[[id]]`) is not read at all."""

from __future__ import annotations

import pytest

from vocab_app.mining.pipeline import mine_document
from vocab_app.mining.readers import parse_text


def _pairs(text: str) -> list[tuple[str, str]]:
    return [(o.term, o.gloss) for o in mine_document(parse_text(text, path="notes.md"))]


@pytest.mark.parametrize("text", [
    "向量记作 $embedding(苹果) = [0.1, 0.2]$，维度很低。",
    "公式 $$softmax(分数)$$ 给出概率。",
    "损失写成 $L(预测, 标签)$。",
])
def test_a_bracket_in_math_is_no_gloss(text):
    assert _pairs(text) == []


@pytest.mark.parametrize("text, expected", [
    ("The plan costs $5 (about five dollars) and reinforcement learning (RL) is cheap.",
     [("reinforcement learning", "RL")]),
    ("这门课讲 $x$ 和过拟合（overfitting）。", [("过拟合", "overfitting")]),
    ("It was $10 or $20 per month, and large language models (LLMs) got cheaper.",
     [("large language models", "LLMs")]),
])
def test_dollar_amounts_and_math_beside_a_gloss_leave_it(text, expected):
    assert _pairs(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("## 注意力（attention）层 [[注意力（attention）层]]\n\n正文。", [("注意力", "attention")]),
    ("## 过拟合（overfitting）   {#overfitting-section}\n\n正文。", [("过拟合", "overfitting")]),
    ("# Tokenizers (分词器) {#tok}\n", [("Tokenizers", "分词器")]),
])
def test_a_headings_anchor_id_is_not_read(text, expected):
    assert _pairs(text) == expected


def test_double_brackets_inside_a_heading_stay_text():
    assert _pairs("## 链接 [[x]] 之后的过拟合（overfitting）\n") == [("过拟合", "overfitting")]

"""Round 35 (invented lines): adjectives that say which of several (identical, different,
certain) and numbers open no term; `specifically` opens an aside; a participle inside the
noun phrase goes with a swapped word."""

from __future__ import annotations

import pytest
from gloss_pairs import pairs


@pytest.mark.parametrize("text, expected", [
    ("Each receptor has two identical binding arms (antigen-binding sites) at its tip.",
     [("binding arms", "antigen-binding sites", "def")]),
    ("Antibodies bind with different avidities (strengths of binding) to antigens.",
     [("avidities", "strengths of binding", "def")]),
    ("It controls the movement of charged sodium atoms (sodium ions) into cells.",
     [("charged sodium atoms", "sodium ions", "def")]),
    ("Eat less salt (less sodium) daily.", [("less salt", "less sodium", "def")]),
])
def test_which_of_several_and_participles(text, expected):
    assert pairs(text) == expected


def test_specifically_opens_an_aside():
    assert pairs("Patients get infections, specifically of the skin (cellulitis), often.") == []


@pytest.mark.parametrize("text, expected", [
    ("它等价于 F1-score (又称 F1-measure 或 Dice score)。",
     [("F1-score", "F1-measure", "def"), ("F1-score", "Dice score", "def")]),
    ("另一个指标是加权平均数（Weighted mean, W-mean），常用于检测。",
     [("加权平均数", "Weighted mean", "zh-en"), ("加权平均数", "W-mean", "zh-en")]),
    # a Chinese gloss after the lead-in stays one en-zh gloss
    ("我们使用 GPT-like（也称自回归 Transformer 模型）架构。",
     [("GPT-like", "也称自回归 Transformer 模型", "en-zh")]),
])
def test_other_english_names_of_round_35(text, expected):
    assert pairs(text) == expected


def test_the_plural_s_of_a_short_form_takes_no_word_before():
    assert pairs("Cells sense specific damage-associated molecular patterns (DAMPs) too.") == [
        ("damage-associated molecular patterns", "DAMPs", "abbr")]


@pytest.mark.parametrize("text, expected", [
    ("随着目前多模态模型（MLLM）的发展，推理变得重要。", [("多模态模型", "MLLM", "zh-en")]),
    # a word of the time the gloss translates stays
    ("系统的当前状态（current state）会被保存。", [("当前状态", "current state", "zh-en")]),
])
def test_a_word_of_now_opens_no_chinese_term(text, expected):
    assert pairs(text) == expected

"""Session of round 32 (invented lines): the result of a verb of change after `into` is no
part of the verb's object (`breaks a fat down into a sugar (glucose)`), and it names a thing
of its own when the bracket follows it; description boundaries found on round 32's health
pages; values compared are no gloss; a numbered heading rendered with its label."""

from __future__ import annotations

import pytest
from gloss_pairs import file_pairs, pairs


@pytest.mark.parametrize("text, expected", [
    ("The enzyme breaks down a waxy substance called sphingomyelin into a sugar (glucose) "
     "and a fat.", [("sugar", "glucose", "def")]),
    ("Bacteria in the gut turn the fibre into an acid (butyrate) that feeds the cells.",
     [("acid", "butyrate", "def")]),
    # no verb of change: the phrase after `into` is part of the description
    ("The injury causes bleeding into the joints (hemarthrosis) in some boys.",
     [("bleeding into the joints", "hemarthrosis", "def")]),
])
def test_into_after_a_verb_of_change(text, expected):
    assert pairs(text) == expected


@pytest.mark.parametrize("text", [
    "The liver converts starch into sugar (glucose) over the day.",
    "The needle is inserted into a vein (venipuncture) first.",
])
def test_no_description_across_a_verb_of_change_or_a_place(text):
    assert pairs(text) == []


@pytest.mark.parametrize("text, expected", [
    # a two-word plural note names the last plural phrase, not the noun before `of`
    ("The enzyme keeps the right mix of fatty building blocks (fatty acids) in the cell.",
     [("fatty building blocks", "fatty acids", "def")]),
    # a gerund of experiencing is the verb, not part of the description
    ("As teenagers they begin experiencing farsightedness (hyperopia), then worse.",
     [("farsightedness", "hyperopia", "def")]),
    ("Many report suffering ringing in the ears (tinnitus) at night.",
     [("ringing in the ears", "tinnitus", "def")]),
    # an adjective said of the subject is no noun before `in`
    ("The protein is present in the control centers of cells (nuclei) of the liver.",
     [("control centers of cells", "nuclei", "def")]),
])
def test_description_boundaries_of_round_32(text, expected):
    assert pairs(text) == expected


def test_two_values_compared_are_no_gloss():
    assert pairs("预测值越接近真实值（0.8 vs 0.2），损失越小。") == []


@pytest.mark.parametrize("text, expected", [
    ("### 第 2 步：激活函数（Step 2: Activation Functions）",
     [("第 2 步：激活函数", "Step 2: Activation Functions", "zh-en")]),
    ("## 第三章：训练循环（Chapter 3: The Training Loop）",
     [("第三章：训练循环", "Chapter 3: The Training Loop", "zh-en")]),
])
def test_a_numbered_heading_rendered_with_its_label(text, expected):
    assert pairs(text) == expected


@pytest.mark.parametrize("text", [
    "训练循环（Chapter 3: The Training Loop）",  # the label is the gloss's alone: a citation
    "## 第二章：训练循环（Chapter 3: The Training Loop）",  # not the same number
])
def test_a_label_in_the_gloss_alone_is_no_equivalent(text):
    assert pairs(text) == []


@pytest.mark.parametrize("text, expected", [
    # two names of one thing joined by a slash open the mixed term, and the gloss is one name
    ("### LeCun/Bengio 初始化（LeCun/Bengio Initialization）\n",
     [("LeCun/Bengio 初始化", "LeCun/Bengio Initialization", "zh-en")]),
    # a number the gloss says too is the term's, not a section number
    ("### 12 层之后的梯度范数（Gradient Norm After 12 Layers）\n",
     [("12 层之后的梯度范数", "Gradient Norm After 12 Layers", "zh-en")]),
    ("### 1.2 梯度范数（Gradient Norm）\n", [("梯度范数", "Gradient Norm", "zh-en")]),
    # a Latin prefix that the gloss spells inside its own bracket
    ("我们用 JS 散度（Jensen-Shannon (JS) divergence）比较两个分布。\n",
     [("JS 散度", "Jensen-Shannon (JS) divergence", "zh-en"),
      ("Jensen-Shannon", "JS", "abbr")]),
    # a slash between two kinds of equivalent still splits them (E1)
    ("上下文窗口（Context Window/CW）很重要。\n",
     [("上下文窗口", "Context Window", "zh-en"), ("上下文窗口", "CW", "zh-en")]),
])
def test_mixed_chinese_heads_of_round_32(tmp_path, text, expected):
    assert file_pairs(tmp_path, "notes.md", text) == expected


@pytest.mark.parametrize("text, expected", [
    # a compound of common words is no lower-case short form
    ("Bacteria may grow on damaged or artificial (man-made) heart valves.",
     [("artificial", "man-made", "def")]),
    ("The disease is chronic (long-term) and slow.", [("chronic", "long-term", "def")]),
    # a lower-case short form of parts still is one
    ("Dexfenfluramine and fenfluramine phentermine (fen-phen) were banned.",
     [("fenfluramine phentermine", "fen-phen", "abbr")]),
])
def test_compounds_of_common_words_are_words(text, expected):
    assert pairs(text) == expected


@pytest.mark.parametrize("text", [
    # where, not what: the description is before the focusing adverb
    "People have bouts of pain, especially in the knees and elbows (arthralgias), as children.",
    # how long, not what
    "In some infants breathing pauses for brief periods (apnea) during sleep.",
])
def test_an_aside_or_a_span_of_time_is_no_description(text):
    assert pairs(text) == []


def test_a_word_and_its_opposite_are_a_contrast_not_a_gloss():
    assert pairs("Pick pre-op (post-op) checks as the nurse says.") == []
    assert pairs("Eat low-salt (low-sodium) foods.") == [("low-salt", "low-sodium", "def")]

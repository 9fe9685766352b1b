"""A bracket holding only the term's pronunciation between the term and its gloss (P1): the
gloss after it still belongs to the term, and the pronunciation is kept on it; so does a Chinese
gloss after the short form of an English long form."""

from __future__ import annotations

import pytest
from gloss_pairs import pairs

from vocab_app.mining.glosses import find_glosses


@pytest.mark.parametrize("text, expected, spoken", [
    ("Doctors treat arrhythmias (ah-RITH-me-ahs) (irregular heartbeats) with drugs.",
     [("arrhythmias", "irregular heartbeats", "def")], "ah-RITH-me-ahs"),
    ("The cadence (/ˈkeɪdəns/) (节奏) of speech.", [("cadence", "节奏", "en-zh")], "/ˈkeɪdəns/"),
    ("The doctor checks for dyspnea (DISP-nee-uh)（shortness of breath）.",
     [("dyspnea", "shortness of breath", "def")], "DISP-nee-uh"),
])
def test_the_gloss_after_a_pronunciation_belongs_to_the_term(text, expected, spoken):
    assert pairs(text) == expected
    assert [hit.pronunciation for hit in find_glosses(text)] == [spoken]


@pytest.mark.parametrize("text, expected", [
    # guards (they pass without the rule too): a bracket right after another that is no
    # pronunciation still starts no term (S3), and a pronunciation alone is no gloss
    ("We use RL (强化学习) (see below).", [("RL", "强化学习", "en-zh")]),
    ("Take the cadence (/ˈkeɪdəns/) of speech.", []),
    ("multimodal(多模态)recipe(方法配方)",
     [("multimodal", "多模态", "en-zh"), ("recipe", "方法配方", "en-zh")]),
])
def test_other_brackets_side_by_side_keep_their_bound(text, expected):
    assert pairs(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("最常见的选择是 Mean Squared Error (MSE) (均方误差)：",
     [("Mean Squared Error", "MSE", "abbr"), ("Mean Squared Error", "均方误差", "en-zh")]),
    ("- 用 Recursive Feature Elimination (RFE)（递归特征消除）选特征",
     [("Recursive Feature Elimination", "RFE", "abbr"),
      ("Recursive Feature Elimination", "递归特征消除", "en-zh")]),
    # guards (they pass without the rule too): a note after the short form is no gloss, and
    # a bracket that is no short form of the words before it still bounds the term
    ("本教程使用Penn Treebank （PTB）（经Tomas Mikolov预处理过的版本）",
     [("Penn Treebank", "PTB", "abbr")]),
    ("- throttle (UI)（节流）", []),
])
def test_a_chinese_gloss_after_the_short_form_glosses_the_long_form(text, expected):
    assert pairs(text) == expected

"""Parallel lists (gold RULES.md S2, vocab_app/mining/parallel_lists.py): a list of terms glossed
by as many renderings is mined item by item, in both directions; a bracket of two renderings of
one term (T2), a bracket of examples, a clause before the bracket and lists of different
lengths are left to the one-term reading. Sentences written for the tests."""

from __future__ import annotations

import pytest
from gloss_pairs import pairs

from vocab_app.mining.glosses import find_glosses

SPLIT = [
    ("形容词比较级：big、bigger、biggest（大的、更大的、最大的）。",
     [("big", "大的", "en-zh"), ("bigger", "更大的", "en-zh"), ("biggest", "最大的", "en-zh")]),
    ("The verbs walk, run, jump (走、跑、跳) are regular in this lesson.",
     [("walk", "走", "en-zh"), ("run", "跑", "en-zh"), ("jump", "跳", "en-zh")]),
    ("词组 look up, look after, look into（查阅、照顾、调查）要分清。",
     [("look up", "查阅", "en-zh"), ("look after", "照顾", "en-zh"),
      ("look into", "调查", "en-zh")]),
    ("颜色词 red、blue（红色、蓝色）很常见。",
     [("red", "红色", "en-zh"), ("blue", "蓝色", "en-zh")]),
    ("本章介绍准确率、精确率、召回率（accuracy, precision, recall）。",
     [("准确率", "accuracy", "zh-en"), ("精确率", "precision", "zh-en"),
      ("召回率", "recall", "zh-en")]),
    ("常见的时态有过去时、现在时、将来时（past, present, future）。",
     [("过去时", "past", "zh-en"), ("现在时", "present", "zh-en"), ("将来时", "future", "zh-en")]),
    ("三种颜色：红色、蓝色、绿色（red, blue, green）。",
     [("红色", "red", "zh-en"), ("蓝色", "blue", "zh-en"), ("绿色", "green", "zh-en")]),
]


@pytest.mark.parametrize(("sentence", "expected"), SPLIT)
def test_parallel_list_is_mined_item_by_item(sentence: str,
                                             expected: list[tuple[str, str, str]]) -> None:
    assert [(h.term, h.gloss, h.style) for h in find_glosses(sentence)] == expected


def test_item_spans_point_at_the_items() -> None:
    sentence = "词组 look up, look after（查阅、照顾）要分清。"
    hits = find_glosses(sentence)
    assert [(h.term, h.gloss) for h in hits] == [("look up", "查阅"), ("look after", "照顾")]
    for hit in hits:
        assert sentence[hit.term_span[0]:hit.term_span[1]] == hit.term
        assert sentence[hit.gloss_span[0]:hit.gloss_span[1]] == hit.gloss


ONE_TERM = [
    # two renderings of the last term (T2), the list starting inside a sentence
    ("We need speed, reliability (可靠性，稳定性) above all.", "reliability", "可靠性，稳定性"),
    ("Learners confuse affect, effect (影响，效果) all the time.", "effect", "影响，效果"),
    # a clause before the bracket, not a list of terms
    ("Honestly, it's been a rollercoaster (过山车，大起大落) this year.",
     "rollercoaster", "过山车，大起大落"),
]


@pytest.mark.parametrize(("sentence", "term", "gloss"), ONE_TERM)
def test_two_renderings_of_one_term_stay_one_pair(sentence: str, term: str, gloss: str) -> None:
    assert [(h.term, h.gloss) for h in find_glosses(sentence)] == [(term, gloss)]


NOT_SPLIT = [
    "我们用过很多框架（如 Python、Django）。",  # examples, not renderings
    "分页信息（Limit、Rownum、Top）各不相同。",  # one term, three names
    "四个词 cat, dog, bird, fish (猫、狗、鸟) 都是名词。",  # four items, three renderings
    "The fruits apple, pear, plum (苹果、梨) are cheap.",  # three items, two renderings
    "我们学了苹果、香蕉、梨、橙子（apple, banana, pear）。",  # four items, three renderings
]


@pytest.mark.parametrize("sentence", NOT_SPLIT)
def test_no_item_pairs_without_a_parallel_list(sentence: str) -> None:
    hits = find_glosses(sentence)
    singles = {"Python", "Django", "Limit", "cat", "dog", "bird", "apple", "pear", "苹果", "香蕉"}
    assert not [h for h in hits if h.term in singles or h.gloss in singles]
    assert len(hits) <= 1


@pytest.mark.parametrize("text, expected", [
    ("我们比较了精确率/召回率（precision/recall）两个指标。",
     [("精确率", "precision", "zh-en"), ("召回率", "recall", "zh-en")]),
    ("每一层先执行全收集/广播(all-gather/broadcast)操作。",
     [("全收集", "all-gather", "zh-en"), ("广播", "broadcast", "zh-en")]),
    ("We report precision/recall（精确率/召回率）for each class.",
     [("precision", "精确率", "en-zh"), ("recall", "召回率", "en-zh")]),
])
def test_slash_lists_on_both_sides_pair_item_by_item(text, expected):
    assert [(h.term, h.gloss, h.style) for h in find_glosses(text)] == expected


def test_one_letter_symbols_after_a_slash_list_are_no_renderings():
    assert find_glosses("输入/输出数据的通道数（C/K）可以被 8 整除。") == []


@pytest.mark.parametrize("text, expected", [
    ("- Transfer risks and assumptions（迁移风险与前提）",
     [("Transfer risks", "迁移风险", "en-zh"), ("assumptions", "前提", "en-zh")]),
    ("# Embeddings & Vector Representations（嵌入与向量表示）",
     [("Embeddings", "嵌入", "en-zh"), ("Vector Representations", "向量表示", "en-zh")]),
    ("paper memory and note storage（论文记忆与笔记存储）",
     [("paper memory", "论文记忆", "en-zh"), ("note storage", "笔记存储", "en-zh")]),
    # a rendering that opens with 和 or 及: the split is at the conjunction between them (an
    # empty gloss and 平与和谐 before)
    ("- Peace and harmony（和平与和谐）",
     [("Peace", "和平", "en-zh"), ("harmony", "和谐", "en-zh")]),
    ("- Timeliness and accuracy（及时性和准确性）",
     [("Timeliness", "及时性", "en-zh"), ("accuracy", "准确性", "en-zh")]),
])
def test_two_terms_joined_by_and_on_a_line_of_their_own_split_with_their_renderings(text, expected):
    assert pairs(text) == expected


def test_a_clause_before_two_joined_renderings_is_not_split():
    assert pairs("We study risks and assumptions（迁移风险与前提）.") == [
        ("assumptions", "迁移风险与前提", "en-zh")]


@pytest.mark.parametrize("text, expected", [
    # a Title Case name with `and` is one term, glossed whole
    ("### UMAP（Uniform Manifold Approximation and Projection (统一流形近似与投影)）",
     [("Uniform Manifold Approximation and Projection", "UMAP", "abbr"),
      ("Uniform Manifold Approximation and Projection", "统一流形近似与投影", "en-zh")]),
    ("- Reasoning and Acting（推理与行动）",
     [("Reasoning and Acting", "推理与行动", "en-zh")]),
    # guard (it passes without the rule too): two terms in lower case are two pairs (S2)
    ("- Transfer risks and assumptions（迁移风险与前提）",
     [("Transfer risks", "迁移风险", "en-zh"), ("assumptions", "前提", "en-zh")]),
])
def test_a_title_case_name_with_and_is_not_split(text, expected):
    assert pairs(text) == expected

"""Round 17, en-zh (invented lines): a line that is only a short English run and its Chinese
gloss (a table cell, a heading, a list item) is glossed whole, whatever its part of speech."""

from __future__ import annotations

import pytest
from gloss_pairs import file_pairs, pairs

from vocab_app.mining.pipeline import mine_document
from vocab_app.mining.readers import parse_text


@pytest.mark.parametrize("text, expected", [
    ("What it is (是什么)", [("What it is", "是什么", "en-zh")]),
    ("Best for recall (召回最佳)", [("Best for recall", "召回最佳", "en-zh")]),
    ("the least (最少的)", [("least", "最少的", "en-zh")]),
    ("## The Method (方法)", [("Method", "方法", "en-zh")]),
    ("Pick when (何时选择)：", [("Pick when", "何时选择", "en-zh")]),
])
def test_a_short_line_glossed_whole_is_one_term(text, expected):
    assert pairs(text) == expected


@pytest.mark.parametrize("text, expected", [
    # four words or more: the line may be a sentence or a cue; the usual rules find the term
    ("We rolled it out (推出)", [("rolled it out", "推出", "en-zh")]),
    ("we need to lay the groundwork (打下基础)", [("lay the groundwork", "打下基础", "en-zh")]),
    # more text after the bracket: not a line glossed whole
    ("What it is (是什么) is the first column.", []),
])
def test_a_longer_line_or_running_text_keeps_the_phrase_rules(text, expected):
    assert pairs(text) == expected


def test_table_header_cells_are_glossed_whole():
    table = ("# LoRA\n\n| Method (方法) | What it is (是什么) | Pick when (何时选择) |\n"
             "|---|---|---|\n| LoRA | low-rank adapters | you have one GPU |\n")
    doc = parse_text(table, path="notes.md")
    assert [(o.term, o.gloss) for o in mine_document(doc)] == [
        ("Method", "方法"), ("What it is", "是什么"), ("Pick when", "何时选择")]


@pytest.mark.parametrize("text", [
    # a count of something the head does not name: how long, not what the head means
    "在 20,000 个样本上 fine-tune Qwen 2 7B（2 个 epoch）：",
    "我们记录 Trainable Params（每层）。",
    "FLOPs（每步）随模型变大。",
])
def test_a_count_or_rate_note_is_no_gloss(text):
    assert pairs(text) == []


@pytest.mark.parametrize("text, expected", [
    ("训练 3 epochs（3 个 epoch）就够了。", [("3 epochs", "3 个 epoch", "en-zh")]),
    ("按 per layer（每层）计算。", [("per layer", "每层", "en-zh")]),
    ("我们用 3 layers（3 层）。", [("3 layers", "3 层", "en-zh")]),
])
def test_a_count_or_rate_the_head_says_is_its_translation(text, expected):
    assert pairs(text) == expected


def test_a_marked_term_may_hold_an_inner_bracket(tmp_path):
    notes = "# 距离\n\n**Manhattan (L1) distance（曼哈顿距离）**：坐标差的绝对值之和。\n"
    assert file_pairs(tmp_path, "distances.md", notes) == [
        ("Manhattan (L1) distance", "曼哈顿距离", "en-zh")]


@pytest.mark.parametrize("text, expected", [
    ("Endpointing（Turn Detection，对话轮次检测）是判断用户何时说完。",
     [("Endpointing", "Turn Detection", "def"), ("Endpointing", "对话轮次检测", "en-zh")]),
    ("prompt caching（context caching，提示缓存）可以省钱。",
     [("prompt caching", "context caching", "def"), ("prompt caching", "提示缓存", "en-zh")]),
])
def test_another_english_name_beside_the_chinese_one_is_a_def_pair(text, expected):
    assert pairs(text) == expected


@pytest.mark.parametrize("text", [
    "GPT-4（OpenAI，大模型）很强。",  # a maker and a class, no names of the head
    "prompt caching（Anthropic，提示缓存）可以省钱。",  # one capitalised word after a lower term
])
def test_a_name_of_something_else_beside_a_chinese_gloss_is_no_other_name(text):
    assert all(style != "def" for _, _, style in pairs(text))


@pytest.mark.parametrize("text", [
    "稀有 token（产品编码、函数名、稀有名词）难以切分。",  # kinds of rare tokens: examples
    "red, green and blue（红、绿、蓝）",  # (the last word is no name of three colours)
])
def test_three_things_listed_in_a_chinese_note_are_examples(text):
    assert pairs(text) == []


def test_two_parallel_lists_still_pair_item_by_item():
    assert pairs("我们用 red, green, blue（红、绿、蓝）三色。") == [
        ("red", "红", "en-zh"), ("green", "绿", "en-zh"), ("blue", "蓝", "en-zh")]


@pytest.mark.parametrize("text", [
    "We explain why it may fit the current research problem（它是否适合当前研究问题）.",
    "The output is closer to judgment than to a generic summary tool"
    "（这使得系统输出更接近研究判断,而不是普通摘要工具）.",
    "It starts from the actual problem description（而是从研究者真实遇到的痛点描述出发）.",
])
def test_a_chinese_clause_translating_the_whole_sentence_is_no_gloss(text):
    assert pairs(text) == []


def test_a_term_starting_like_a_pronoun_is_still_a_gloss():
    assert pairs("Self-play（自我博弈）让模型变强。") == [("Self-play", "自我博弈", "en-zh")]


@pytest.mark.parametrize("text", [
    "The system then returns one overall summary（然后系统返回一段整体综合总结）.",
    "Keyword search alone rarely supports real research workflows"
    "（仅靠关键词搜索通常不足以支持真实科研流程）.",
])
def test_a_chinese_note_as_long_as_the_whole_english_clause_translates_the_clause(text):
    assert pairs(text) == []


@pytest.mark.parametrize("text, expected", [
    # a long, idiomatic gloss of a short term keeps its pair
    ("Honestly, this new chip is a game changer（改变游戏规则的事物）for us.",
     [("game changer", "改变游戏规则的事物", "en-zh")]),
    ("Honestly, it has been a rollercoaster (过山车，大起大落) since day one.",
     [("rollercoaster", "过山车，大起大落", "en-zh")]),
])
def test_a_long_gloss_of_a_short_term_in_english_prose_keeps_its_pair(text, expected):
    assert pairs(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("- Knowledge / Memory（知识 / 记忆）",
     [("Knowledge", "知识", "en-zh"), ("Memory", "记忆", "en-zh")]),
    ("## Missing Modality / Incomplete Learning（模态缺失 / 不完整学习）",
     [("Missing Modality", "模态缺失", "en-zh"), ("Incomplete Learning", "不完整学习", "en-zh")]),
])
def test_a_line_of_spaced_slash_items_pairs_item_by_item(text, expected):
    assert pairs(text) == expected


def test_a_chinese_line_of_spaced_slash_items_may_be_a_clause():
    # 训练 / 推理行为不同: training and inference behave differently, no list of terms
    assert pairs("- 训练 / 推理行为不同（running mean / var）") == []


@pytest.mark.parametrize("text, expected", [
    # one Chinese verb for a verb, an article and an everyday noun: the idiom is the term
    ("We hit a wall (碰壁) with the API.", [("hit a wall", "碰壁", "en-zh")]),
    ("We really dropped the ball (搞砸了) there.", [("dropped the ball", "搞砸了", "en-zh")]),
    # a term the Chinese verb translates (Chinese verbs name actions as nouns do)
    ("Let us not forget the post-mortem (复盘).", [("post-mortem", "复盘", "en-zh")]),
    ("We apply distillation (蒸馏) to compress.", [("distillation", "蒸馏", "en-zh")]),
])
def test_a_verb_article_noun_idiom_glossed_by_one_verb(text, expected):
    assert pairs(text) == expected

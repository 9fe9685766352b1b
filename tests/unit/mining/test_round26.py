"""Round 26 (invented lines): usage marks in brackets (`（可选）`, `（推荐）`) say how to use a
parameter or tool, not what it is called."""

from __future__ import annotations

import pytest
from gloss_pairs import file_pairs, pairs


@pytest.mark.parametrize("text", [
    "- **Timeout**（可选）：请求的超时时间，单位为秒。\n",
    "- 参数 Retries（必填）：失败后重试的次数。\n",
    "工具：[Netron（推荐）](https://netron.app) 可以查看模型结构。\n",
])
def test_a_usage_mark_is_no_gloss(tmp_path, text):
    assert file_pairs(tmp_path, "notes.md", text) == []


def test_the_english_of_a_usage_mark_is_glossed_by_it():
    assert pairs("参数分为 optional（可选）和 required（必填）两类。") == [
        ("optional", "可选", "en-zh"), ("required", "必填", "en-zh")]


def test_a_one_word_respelling_is_a_pronunciation(tmp_path):
    assert pairs("Over time, a waxy substance called plaque (plak) builds up.") == []
    assert pairs("Your cells (sels) need oxygen.") == []


@pytest.mark.parametrize("text, expected", [
    # a real word that sounds different is a gloss as before
    ("Blood sugar (glucose) rises after a meal.", [("Blood sugar", "glucose", "def")]),
])
def test_a_real_word_is_no_respelling(text, expected):
    assert pairs(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("### 三个阶段（The Three Stages）\n", [("三个阶段", "The Three Stages", "zh-en")]),
    ("### 模型蒸馏作为压缩（Distillation as Compression）\n",
     [("模型蒸馏作为压缩", "Distillation as Compression", "zh-en")]),
    ("* 比较运算(Comparison operators)\n", [("比较运算", "Comparison operators", "zh-en")]),
    # the usual boundary already gives the gloss its words: a leading verb stays out
    ("### 查看特殊标记（Special Tokens）\n", [("特殊标记", "Special Tokens", "zh-en")]),
])
def test_a_heading_the_gloss_renders_whole_is_the_term(tmp_path, text, expected):
    assert file_pairs(tmp_path, "notes.md", text) == expected


@pytest.mark.parametrize("text, expected", [
    ("The doctor puts a catheter into a vein in the groin (upper thigh) and threads it.",
     [("groin", "upper thigh", "def")]),
    # a technical name for the whole description stays the description's name
    ("Other signs include general weakness and tiredness (fatigue), depression and pain.",
     [("general weakness and tiredness", "fatigue", "def")]),
])
def test_a_plain_note_after_a_rare_word_set_apart_by_an_article_explains_that_word(text,
                                                                                   expected):
    assert pairs(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("- **FP32（32 位浮点数）**：标准精度。", [("FP32", "32 位浮点数", "en-zh")]),
    ("INT8（8 位整数）很省显存。", [("INT8", "8 位整数", "en-zh")]),
    # a count of something else stays a note
    ("FP16（两个字节）是半精度。", []),
    ("fine-tune Llama 3 8B（3 个 epoch）就够了。", []),
])
def test_a_short_form_glossed_with_its_own_number_spelled_out(tmp_path, text, expected):
    assert file_pairs(tmp_path, "notes.md", text) == expected

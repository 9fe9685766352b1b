"""Round 21, zh-en (invented lines): a document's number in the bracket (`EIP-7825`, `RFC
1945`, `或 ISO 8601`) says which document, not what the term is called (G3); a short name
beside it in the same bracket is still the term's equivalent (E1)."""

from __future__ import annotations

import pytest
from gloss_pairs import pairs


@pytest.mark.parametrize("text", [
    "这次升级引入了燃料上限（EIP-7825），并调整了费用。",
    "新的费用规则（或 EIP-2780）降低了成本。",
    "后来的新文档（RFC 1945）描述了这个协议。",
    "日期采用国际标准格式（ISO 8601）书写。",
])
def test_a_document_number_is_no_gloss(text):
    assert pairs(text) == []


@pytest.mark.parametrize("text, expected", [
    ("协议确立了提议者-构建者分离（PBS，或 EIP-7732），并在下次升级上线。",
     [("提议者-构建者分离", "PBS", "zh-en")]),
    # names with fewer digits stay names
    ("文件用安全哈希算法（SHA-256）校验。", [("安全哈希算法", "SHA-256", "zh-en")]),
    ("训练时使用半精度（FP16）以节省显存。", [("半精度", "FP16", "zh-en")]),
])
def test_names_beside_or_instead_of_numbers_stay(text, expected):
    assert pairs(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("卷叠在以太坊（一层网络 (l1)）上运行。", [("一层网络", "l1", "zh-en")]),
    ("二层网络 (l2) 的交易更便宜。", [("二层网络", "l2", "zh-en")]),
    # the ordinal opens the term: the verb before it stays out
    ("数据发布到第二层 (L2) 网络。", [("第二层", "L2", "zh-en")]),
    ("公司公布了第一季度（Q1）的收入。", [("第一季度", "Q1", "zh-en")]),
])
def test_a_letter_and_the_digit_the_head_holds_name_a_level(text, expected):
    assert pairs(text) == expected


@pytest.mark.parametrize("text", [
    "详细的推导见附录（A1）。",  # a reference: no number in the head
    "很多第 2 层 (L2) 项目上线了。",  # the number is outside the Chinese run before the bracket
])
def test_a_letter_and_digit_without_the_number_in_the_head_is_no_gloss(text):
    assert pairs(text) == []


@pytest.mark.parametrize("text", [
    "它可以翻译成测试 (cèshì)。",
    "这个很不错 (bù cuò)。",  # spacing and tone sandhi aside
    "书里的例子 (lìzi) 很多。",
])
def test_pinyin_reading_the_characters_before_it_is_no_gloss(text):
    assert pairs(text) == []


@pytest.mark.parametrize("text, expected", [
    ("- English: take a test (参加考试 - cānjiā kǎoshì)", [("take a test", "参加考试", "en-zh")]),
    ("An experiment (实验 - shíyàn) tests an idea.", [("experiment", "实验", "en-zh")]),
    # letters with accents that do not read the characters stay a gloss
    ("这种牛奶咖啡（café au lait）很受欢迎。", [("牛奶咖啡", "café au lait", "zh-en")]),
    ("The exam (考试 - exam) starts now.", [("exam", "考试 - exam", "en-zh")]),
])
def test_a_reading_after_a_chinese_gloss_is_dropped_from_it(text, expected):
    assert pairs(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("- **1960s**：贝尔实验室发展故障树分析（FTA, Fault Tree Analysis）。",
     [("故障树分析", "FTA", "zh-en"), ("故障树分析", "Fault Tree Analysis", "zh-en")]),
    ("微软公司发展故障树分析（Fault Tree Analysis）。",
     [("故障树分析", "Fault Tree Analysis", "zh-en")]),
    # a verbal noun inside a compound stays: no name before it
    ("经济发展模型（economic development model）很复杂。",
     [("经济发展模型", "economic development model", "zh-en")]),
])
def test_a_verbal_noun_after_a_name_is_its_predicate(text, expected):
    assert pairs(text) == expected


@pytest.mark.parametrize("text", [
    "- **1990s**：行为经济学爆发（Thaler、Sunstein）。",
    "通过设计选择架构引导决策（Thaler & Sunstein）。",
    "双过程理论（Kahneman, Tversky）影响很大。",
])
def test_authors_named_after_a_chinese_head_are_a_citation(text):
    assert pairs(text) == []



@pytest.mark.parametrize("text", [
    "每个区块保留一些余量（2 MiB），以防拥堵。",
    "显存占用约为（16 GB）左右。",
])
def test_a_spaced_size_is_no_gloss(text):
    assert pairs(text) == []


def test_a_size_the_term_states_stays():
    assert pairs("我们使用三维（3D）卷积。") == [("三维", "3D", "zh-en")]

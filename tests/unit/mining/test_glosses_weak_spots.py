"""Weak spots seen on held-out texts (issue 9, round 7), each with invented sentences: unit
symbols after the unit's name, Chinese words joined by hyphens, a comma inside the quotes of a
quoted term, a link right before a bracket, and a product name before a Chinese term."""

from __future__ import annotations

import pytest
from gloss_pairs import pairs

from vocab_app.mining.pipeline import mine_document
from vocab_app.mining.readers import parse_text
from vocab_app.mining.units import is_unit_symbol, unit_name_start


@pytest.mark.parametrize("text, term, symbol", [
    ("The pebble is about 4 millimeters (mm) across.", "millimeters", "mm"),
    ("Our cat weighs nearly 6 kilograms (kg) now.", "kilograms", "kg"),
    ("Take 250 micrograms (mcg) with breakfast.", "micrograms", "mcg"),
    ("Pour in 30 milliliters (mL) of vinegar.", "milliliters", "mL"),
    ("A resting heart rate of 70 beats per minute (bpm) is common.", "beats per minute", "bpm"),
    ("Her reading was 95 milligrams per deciliter (mg/dL) this morning.",
     "milligrams per deciliter", "mg/dL"),
    ("The train kept 80 kilometres per hour (km/h) all the way.", "kilometres per hour", "km/h"),
])
def test_a_unit_name_and_its_symbol_are_an_abbreviation(text, term, symbol):
    assert pairs(text) == [(term, symbol, "abbr")]


@pytest.mark.parametrize("text", [
    "He walked three miles (about 5 km) to school.",    # a measure, not the unit's symbol
    "Weigh the flour (see step 2) in grams first.",
    "The rope was sold by the meters (ft) by mistake.",  # letters not in the name
    "The stone looked like (mm) nothing at all.",        # no unit word before the bracket
])
def test_a_bracket_after_or_near_a_unit_word_is_no_symbol_unless_it_spells_it(text):
    assert not [p for p in pairs(text) if p[2] == "abbr"]


def test_unit_symbol_shapes_and_name_starts():
    assert is_unit_symbol("mg/dL") and is_unit_symbol("kg") and not is_unit_symbol("5 km")
    assert unit_name_start("kg", "weighs 6 kilograms") == 9
    assert unit_name_start("kg", "weighs 6 kilograms of") is None
    assert unit_name_start("mm", "a semimillimeters") is None  # inside a longer word


@pytest.mark.parametrize("text, term, gloss", [
    ("他提出了所谓的观察-判断-行动（OODA）循环", "观察-判断-行动", "OODA"),
    ("这种模型采用编码器-解码器（encoder-decoder）结构", "编码器-解码器", "encoder-decoder"),
    ("先学习供给-需求（supply-demand）关系", "供给-需求", "supply-demand"),
])
def test_chinese_words_joined_by_hyphens_are_one_term(text, term, gloss):
    assert pairs(text) == [(term, gloss, "zh-en")]


def test_a_hyphen_after_a_number_joins_nothing():
    assert pairs("详见第4节-优化器（optimizer）") == [("优化器", "optimizer", "zh-en")]


def test_a_comma_inside_the_quotes_is_no_part_of_the_term():
    assert pairs("报错信息“index out of range,”（索引越界）很常见") == [
        ("index out of range", "索引越界", "en-zh")]
    assert pairs("他称之为“学习率，”（learning rate）") == [("学习率", "learning rate", "zh-en")]


def test_a_link_right_before_a_bracket_is_the_term():
    doc = parse_text("# 笔记\n\n它使用[语义与句法分析](https://example.org/a)（SSA）方法。\n",
                     path="notes.md")
    assert {(o.term, o.gloss) for o in mine_document(doc)} == {("语义与句法分析", "SSA")}


def test_a_link_not_followed_by_a_bracket_marks_nothing():
    doc = parse_text("# 笔记\n\n参阅[这份与模型有关的说明](https://example.org/b)，其中的梯度下降"
                     "（gradient descent）一节。\n", path="notes.md")
    assert {(o.term, o.gloss) for o in mine_document(doc)} == {("梯度下降", "gradient descent")}


@pytest.mark.parametrize("text, term, gloss", [
    ("先创建一个 Numpy 数组（ndarray），再求和。", "数组", "ndarray"),
    ("PyTorch 张量（tensor）可以放到显卡上。", "张量", "tensor"),
    ("我们用 Redis 缓存（cache）保存会话。", "缓存", "cache"),
])
def test_a_product_name_the_gloss_leaves_out_stays_outside_the_term(text, term, gloss):
    assert pairs(text) == [(term, gloss, "zh-en")]


def test_items_of_an_enumeration_of_glossed_terms_are_whole():
    text = "日志包含时间戳（Timestamp）、级别信息（Level）、模块名（Module）和调用栈（Stack）。"
    assert pairs(text) == [
        ("时间戳", "Timestamp", "zh-en"), ("级别信息", "Level", "zh-en"),
        ("模块名", "Module", "zh-en"), ("调用栈", "Stack", "zh-en")]


def test_an_enumeration_item_keeps_the_measure_rule():
    assert pairs("数组可以是标量（0D）、向量（1D）或更高维。") == []


def test_a_bound_morpheme_alone_is_glued_to_the_character_before():
    # jieba cuts 看板 into 看|板: the lone 板 is no term
    assert pairs("墙上挂着一块白色的看板（board）。") == [("看板", "board", "zh-en")]
    assert pairs("我们每天更新看板 （board）上的卡片。") == [("看板", "board", "zh-en")]


def test_three_names_listed_in_a_bracket_are_examples():
    assert pairs("常见的排序方式（Bubble、Quick、Merge）各有优劣。") == []


@pytest.mark.parametrize("text, long_form, short", [
    ("The Frontend (FE) talks to clients.", "Frontend", "FE"),
    ("Keep the rows in a Database (DB) file.", "Database", "DB"),
    ("这一层叫 Backend（BE），负责存储。", "Backend", "BE"),
])
def test_a_closed_compound_of_common_words_is_a_long_form(text, long_form, short):
    assert pairs(text) == [(long_form, short, "abbr")]


@pytest.mark.parametrize("text", [
    "The Transformer (TF) is large.",   # trans+former: `trans` is no common word
    "It runs on PostgreSQL (PG) too.",
    "A Frontend (FX) was shown.",       # no part starts with x
])
def test_a_word_that_is_no_compound_of_the_letters_is_no_long_form(text):
    assert [p for p in pairs(text) if p[2] == "abbr"] == []

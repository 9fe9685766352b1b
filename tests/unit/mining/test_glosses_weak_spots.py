"""Weak spots seen on held-out texts (issue 9, round 7), each with invented sentences: unit
symbols after the unit's name, Chinese words joined by hyphens, a comma inside the quotes of a
quoted term, a link right before a bracket, and a product name before a Chinese term."""

from __future__ import annotations

import pytest

from vocab_app.mining.glosses import find_glosses
from vocab_app.mining.pipeline import mine_document
from vocab_app.mining.readers import parse_text
from vocab_app.mining.units import is_unit_symbol, unit_name_start


def pairs(text: str) -> list[tuple[str, str, str]]:
    return [(h.term, h.gloss, h.style) for h in find_glosses(text)]


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

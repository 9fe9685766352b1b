"""Author emphasis marks the term (RULES.md M1): a marked span that ends right before a bracket,
inside it or just after it is the term, whatever its part of speech or language; a marked
whole sentence changes nothing, and an emphasised aside is still an aside. Sentences written
for these tests."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from vocab_app.mining.glosses import find_glosses


def marked(source: str) -> tuple[str, tuple[tuple[int, int], ...]]:
    """`source` with `**` pairs removed, and the spans they enclosed (as a reader gives them)."""
    text, marks, start = "", [], None
    for i, piece in enumerate(source.split("**")):
        if i % 2:
            start = len(text)
        elif start is not None:
            marks.append((start, len(text)))
        text += piece
    if start is not None and len(marks) < source.count("**") // 2:
        marks.append((start, len(text)))
    return text, tuple(marks)


def pairs(source: str) -> list[tuple[str, str, str]]:
    text, marks = marked(source)
    return [(h.term, h.gloss, h.style) for h in find_glosses(text, marks)]


def unmarked(source: str) -> list[tuple[str, str, str]]:
    text, _ = marked(source)
    return [(h.term, h.gloss, h.style) for h in find_glosses(text)]


def test_marked_helper_removes_the_markup():
    assert marked("a **b c** (d)") == ("a b c (d)", ((2, 5),))


@pytest.mark.parametrize("source, expected", [
    ("we **lay the groundwork** (打下基础) for the next release",
     [("lay the groundwork", "打下基础", "en-zh")]),
    ("She chose to **step down from** (辞去) the board last spring.",
     [("step down from", "辞去", "en-zh")]),
    ("Many teams **burn the midnight oil**（熬夜加班）before a launch.",
     [("burn the midnight oil", "熬夜加班", "en-zh")]),
    ("**Token Budget（令牌预算）**：每次调用可以用掉的上限",
     [("Token Budget", "令牌预算", "en-zh")]),
])
def test_marked_english_phrase_is_the_term_whatever_its_part_of_speech(source, expected):
    assert pairs(source) == expected


@pytest.mark.parametrize("source, expected", [
    ("**梯度**（gradient）决定了参数更新的方向。", [("梯度", "gradient", "zh-en")]),
    ("他最后还是**打退堂鼓**（back out）了。", [("打退堂鼓", "back out", "zh-en")]),
    ("我们先讨论**可解释性**（interpretability）这个问题。",
     [("可解释性", "interpretability", "zh-en")]),
    ("这一步叫做**把关**（gatekeeping）。", [("把关", "gatekeeping", "zh-en")]),
])
def test_marked_chinese_term_is_taken_whole(source, expected):
    assert pairs(source) == expected


def test_marked_term_overrides_the_boundary_jieba_would_give():
    # Unmarked, the boundary runs back over the subject and its verb; marked, the term is
    # exactly what the author marked.
    source = "团队决定**重新设计接口**（redesign the interface）。"
    assert pairs(source) == [("重新设计接口", "redesign the interface", "zh-en")]


@pytest.mark.parametrize("source, expected", [
    ("**奖励（reward**）是强化学习的核心概念。", [("奖励", "reward", "zh-en")]),
    ("**采样温度（temperature**）越高输出越随机。", [("采样温度", "temperature", "zh-en")]),
    ("先看 **drift（漂移**）的定义。", [("drift", "漂移", "en-zh")]),
])
def test_mark_that_closes_inside_the_bracket(source, expected):
    assert pairs(source) == expected


@pytest.mark.parametrize("source, expected", [
    ("The **mixture of experts** (MoE) layer routes tokens.",
     [("mixture of experts", "MoE", "abbr")]),
    ("Deposits at **SVB** (Silicon Valley Bank) were frozen.",
     [("Silicon Valley Bank", "SVB", "abbr")]),
])
def test_marked_abbreviation_pairs(source, expected):
    assert pairs(source) == expected


@pytest.mark.parametrize("source", [
    "**This whole sentence was stressed by the author for no particular reason** (重点) here.",
    "**这是一段作者想要强调的非常长的句子而不是一个术语本身**（emphasis）。",
    "**Read this first, then continue** (先读这里).",
])
def test_marked_sentence_leaves_the_usual_rules(source):
    assert pairs(source) == unmarked(source)


@pytest.mark.parametrize("source", [
    "**Andrej Karpathy** (note: a member of the OpenAI founding team) said so.",
    "**大模型**（如 GPT、Claude 等）正在改变软件开发。",
    "**OpenAI** (including Microsoft) signed the letter.",
    "**RLHF** (2022) became popular.",
])
def test_emphasised_aside_is_still_noise(source):
    assert pairs(source) == []


@pytest.mark.parametrize("source, expected, pron", [
    ("**Entropy**英 /'entrəpɪ/(熵)是一个物理量。", ("Entropy", "熵", "en-zh"), "/'entrəpɪ/"),
    ("**drizzle** 美 /'drɪzl/ (毛毛雨) fell all day.", ("drizzle", "毛毛雨", "en-zh"), "/'drɪzl/"),
    ("**梯度**英 /'greɪdiənt/（gradient）决定方向。", ("梯度", "gradient", "zh-en"),
     "/'greɪdiənt/"),
])
def test_labelled_pronunciation_between_a_marked_term_and_its_bracket(source, expected, pron):
    text, marks = marked(source)
    (hit,) = find_glosses(text, marks)
    assert (hit.term, hit.gloss, hit.style, hit.pronunciation) == (*expected, pron)


def test_mark_that_ends_before_other_text_is_ignored():
    source = "这是**重要的**梯度下降法（gradient descent）。"
    assert pairs(source) == unmarked(source)


def test_mark_does_not_reach_across_an_earlier_gloss():
    source = "**模型（model）和数据**（data）"
    assert pairs(source) == unmarked(source)


@pytest.mark.parametrize("text, expected", [
    # quotes set the term apart as emphasis does: the description stops at them
    ("The immune system attacks germs it sees as “foreign invaders” (called antigens) fast.",
     [("foreign invaders", "called antigens", "def")]),
    ("It protects the body by attacking invading “enemies” (pathogens), in some cases.",
     [("enemies", "pathogens", "def")]),
])
def test_quotes_before_an_english_note_bound_the_description(text, expected):
    assert pairs(text) == expected


_alphabet = st.sampled_from(list("ab AB的了模型 (（)）,，、/:\"“”-\n")
                            + ["RL", "/ˈkæt/", "也称", "**"])


@settings(max_examples=300, deadline=None)
@given(st.lists(_alphabet, max_size=40).map("".join), st.data())
def test_any_text_and_marks_give_hits_with_valid_spans(source, data):
    text, marks = marked(source)
    extra = data.draw(st.lists(st.tuples(st.integers(-2, len(text) + 2),
                                         st.integers(-2, len(text) + 2)), max_size=4))
    for hit in find_glosses(text, marks + tuple(extra)):
        assert 0 <= hit.term_span[0] < hit.term_span[1] <= len(text)
        assert 0 <= hit.gloss_span[0] < hit.gloss_span[1] <= len(text)
        assert text[hit.term_span[0]:hit.term_span[1]] == hit.term or hit.style == "abbr"
        assert hit.term.strip() and hit.gloss.strip()

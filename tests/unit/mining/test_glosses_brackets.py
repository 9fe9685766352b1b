"""Bracket scanning and robustness of find_glosses: half/full width, nesting, unclosed brackets,
and arbitrary text never raising or giving spans outside the text."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from vocab_app.mining.brackets import scan_parentheticals
from vocab_app.mining.glosses import find_glosses


def contents(text: str) -> list[tuple[str, bool]]:
    return [(text[p.start:p.end], p.closed) for p in scan_parentheticals(text)]


def test_half_and_full_width_brackets_are_both_found():
    assert contents("a (b) c （d） e") == [("b", True), ("d", True)]


def test_mixed_width_pairs_close_each_other():
    assert contents("模型（model) 与 数据(data）") == [("model", True), ("data", True)]


def test_outer_aside_and_inner_brackets_are_each_reported():
    text = "x (see y (why) and z (zed)) w"
    assert contents(text) == [("see y (why) and z (zed)", True), ("why", True),
                              ("zed", True)]


def test_unclosed_bracket_runs_to_end_of_line_only():
    text = "first (never closed;\nsecond (ok)"
    assert contents(text) == [("never closed;", False), ("ok", True)]


def test_stray_closing_bracket_is_ignored():
    assert contents("a) b (c)") == [("c", True)]


def test_gloss_inside_an_outer_aside_is_still_found():
    text = "(有兴趣可以看看这篇解释稀疏注意力(sparse attention)的文章,写得很好)。"
    assert [(h.term, h.gloss) for h in find_glosses(text)] == [("稀疏注意力", "sparse attention")]


def test_unclosed_gloss_bracket_drops_trailing_punctuation():
    hits = find_glosses("他们引入了强化学习(reinforcement learning;")
    assert [(h.term, h.gloss) for h in hits] == [("强化学习", "reinforcement learning")]


def test_full_width_gloss_spans_point_into_the_text():
    text = "这叫做 knowledge graph（知识图谱）。"
    (hit,) = find_glosses(text)
    assert text[hit.gloss_span[0]:hit.gloss_span[1]] == "知识图谱"
    assert text[hit.term_span[0]:hit.term_span[1]] == "knowledge graph"


_alphabet = st.sampled_from(list("ab AB的了在模型学习 (（)）,.:\"“”-\n") + ["RL", "LLM", "注:"])


@settings(max_examples=300, deadline=None)
@given(st.lists(_alphabet, max_size=40).map("".join))
def test_any_text_gives_hits_with_valid_spans(text):
    for hit in find_glosses(text):
        assert 0 <= hit.term_span[0] < hit.term_span[1] <= len(text)
        assert 0 <= hit.gloss_span[0] < hit.gloss_span[1] <= len(text)
        assert hit.style in ("en-zh", "zh-en", "abbr", "def")
        assert hit.term.strip() and hit.gloss.strip()


@pytest.mark.parametrize("text", [
    "Pod 可以请求特定数量的资源（CPU",
    "模型会占用显存（GPU memory",
    "这里的参数（learning rate",
])
def test_bracket_cut_by_the_end_of_its_line_gives_nothing(text):
    # its close is on the next line of the paragraph: where the content ends is unknown
    assert find_glosses(text) == []


def test_bracket_left_open_at_a_sentence_end_still_counts():
    assert [(h.term, h.gloss) for h in find_glosses("我们用了知识蒸馏(knowledge distillation。")] \
        == [("知识蒸馏", "knowledge distillation")]


@pytest.mark.parametrize("text", [
    "数组可以是标量（0D）、向量（1D）或矩阵（2D）。",
    "这张图片（1K）很小。",
    "模型（7B）可以在笔记本上跑。",
])
def test_a_number_with_a_unit_is_a_measure_not_a_gloss(text):
    assert find_glosses(text) == []


@pytest.mark.parametrize("text, term", [
    ("我们用了三维（3D）重建。", "三维"),
    ("这是一张二维（2D）图像。", "二维"),
    ("我们部署了第五代移动通信（5G）网络。", "第五代移动通信"),
])
def test_a_number_with_a_unit_is_a_gloss_when_the_term_says_the_number(text, term):
    assert [h.term for h in find_glosses(text)] == [term]

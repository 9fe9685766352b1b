"""Shapes of learners' Markdown study notes met in round 14 (issue 9): a status mark closing a
heading or list item (`(DONE)`, `（待补充）`: G3), and a verb + 时 that renders an English
compound in "time" (`运行时` for runtime, B3). Sentences invented for these tests."""

from __future__ import annotations

import pytest
from gloss_pairs import pairs

from vocab_app.mining.pipeline import mine_document
from vocab_app.mining.readers import parse_text


def _mined(source: str) -> list[tuple[str, str]]:
    return [(o.term, o.gloss) for o in mine_document(parse_text(source, path="notes.md"))]


# --- 1. status marks (G3) -----------------------------------------------------------------


@pytest.mark.parametrize("source", [
    "# 一致性哈希原理(DONE)\n\n正文在这里。\n",
    "## 倒排索引（TODO）\n\n还没写。\n",
    "- 布隆过滤器 (WIP)\n- 跳表\n",
    "### 红黑树的旋转（Draft）：\n\n先占个位置。\n",
    "## Transformer（待补充）\n\n以后再写。\n",
    "## 模型量化（UPDATED）\n\n补了两节。\n",  # an everyday status word in capitals
])
def test_status_mark_closing_a_line_is_no_gloss(source):
    assert _mined(source) == []


@pytest.mark.parametrize("text, expected", [
    # the head is itself a status word: the bracket translates it
    ("看板上分三列：待办（TODO）\n", [("待办", "TODO", "zh-en")]),
    ("每篇文章先保存为 draft（草稿）\n", [("draft", "草稿", "en-zh")]),
])
def test_status_word_after_a_status_head_is_a_gloss(text, expected):
    assert pairs(text) == expected


@pytest.mark.parametrize("source, expected", [
    # everyday words that can name a status are glosses unless written as a mark (capitals)
    ("## 更新（Update）\n\n正文。\n", [("更新", "Update")]),
    ("- 中断（Interrupt）\n- 完成（Complete）\n", [("中断", "Interrupt"), ("完成", "Complete")]),
])
def test_an_everyday_status_word_glossing_a_term_stays_a_gloss(source, expected):
    assert _mined(source) == expected


def test_status_word_inside_a_sentence_is_judged_as_usual():
    # not at the line's end: the ordinary rules decide (here a gloss of the state's name)
    assert pairs("任务的最后一个状态是完成（done），之后不能再修改。") == [
        ("完成", "done", "zh-en")]


# --- 2. a lone 时 after a verb or noun (B3) -------------------------------------------------


@pytest.mark.parametrize("text, expected", [
    # the gloss renders 时 in a compound in "time": the verb stays in the term
    ("论文比较了静态方案与运行时调度（runtime scheduling）的开销。",
     [("运行时调度", "runtime scheduling", "zh-en")]),
    ("有些错误只能依靠编译时检查（compile-time checking）发现。",
     [("编译时检查", "compile-time checking", "zh-en")]),
    # no gloss word renders 时: it closes a when-clause before the term
    ("网络在预热时梯度（gradient）波动很大。", [("梯度", "gradient", "zh-en")]),
    ("编译器在优化时内存（memory）占用会增加。", [("内存", "memory", "zh-en")]),
    # 时|长 is one word jieba cut (duration): not a clause
    ("运维团队每周统计平均恢复时长（MTTR）。", [("平均恢复时长", "MTTR", "zh-en")]),
])
def test_lone_time_noun_closes_a_clause_unless_the_gloss_renders_it(text, expected):
    assert pairs(text) == expected


def test_time_clause_stays_when_the_gloss_needs_the_words_before_it():
    # inference latency: 推理 is rendered by the gloss, so 推理时 is no when-clause to drop
    assert pairs("批处理会增加推理时延迟（inference latency）。") == [
        ("推理时延迟", "inference latency", "zh-en")]


# --- 3. a run that frames a clause is no named label (B3) -----------------------------------


@pytest.mark.parametrize("text, expected", [
    # a paragraph opening `X（Y）会…` names its run, unless 在 … 时/上/中 frames a clause in it
    ("服务在扩容时内存占用（memory usage）会短暂上升。", [("内存占用", "memory usage", "zh-en")]),
    ("模型在推理时显存占用（memory footprint）会明显增加。",
     [("显存占用", "memory footprint", "zh-en")]),
    # no frame: the run is still named whole, function words and all
    ("前向传播流程（Forward Pass）会先计算每层的输出。",
     [("前向传播流程", "Forward Pass", "zh-en")]),
])
def test_clause_framed_by_zai_is_no_label(text, expected):
    assert pairs(text) == expected


@pytest.mark.parametrize("text, expected", [
    # 在 opens the frame: the clause goes even when the term is one word for a two-word gloss
    ("在测试时召回率（recall rate）往往更低。", [("召回率", "recall rate", "zh-en")]),
    # 再由 / 并由 (then / and by): function words, though jieba tags the pair a noun
    ("先由编码器读入句子，再由解码器（decoder）逐词输出。", [("解码器", "decoder", "zh-en")]),
])
def test_frame_and_agent_preposition_stay_out_of_the_term(text, expected):
    assert pairs(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a one-character verb before a lone 时 belongs to the term: no term opens with 时
    ("很多文件系统采用写时复制（copy-on-write）策略来保存快照。",
     [("写时复制", "copy-on-write", "zh-en")]),
    # an adjective before a verb modifies the verb (容易出现: tends to occur), not the term
    ("在高并发环境下容易出现饥饿（starvation）。", [("饥饿", "starvation", "zh-en")]),
    # … unless the gloss needs both words
    ("这里的数据很容易访问（easy access）。", [("容易访问", "easy access", "zh-en")]),
])
def test_lone_time_noun_and_adjective_before_a_verb(text, expected):
    assert pairs(text) == expected

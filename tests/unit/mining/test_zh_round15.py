"""find_glosses on Chinese terms before an English gloss, round 15 (issue 9): a verb that takes
the term as its object is no part of it (`交换|路由信息`, `声明|张量形状`), and a stop word the
gloss translates stays in it: self- (`自我修改`, Self-Modifying) and a direction an English
particle renders (`向外扩展`, Scale Out). Sentences written for the tests; none is from a corpus."""

from __future__ import annotations

import pytest
from gloss_pairs import pairs


@pytest.mark.parametrize("text, term, gloss", [
    ("路由器之间定期交换路由信息（routing information）。", "路由信息", "routing information"),
    ("用户需要先声明张量形状（tensor shape）再计算。", "张量形状", "tensor shape"),
    ("客户端每秒发送心跳报文（heartbeat packet）。", "心跳报文", "heartbeat packet"),
    ("程序启动时读取环境变量（environment variable）。", "环境变量", "environment variable"),
    ("操作系统为进程分配虚拟内存（virtual memory）。", "虚拟内存", "virtual memory"),
    ("系统负载增加后很快达到吞吐上限（throughput limit）。", "吞吐上限", "throughput limit"),
])
def test_a_verb_taking_the_term_as_object_is_cut(text, term, gloss):
    assert (term, gloss, "zh-en") in pairs(text)


@pytest.mark.parametrize("text, term, gloss", [
    ("好的框架要支持动态的和自我修改（Self-Modifying）的程序。", "自我修改", "Self-Modifying"),
    ("业务高峰时集群可以向外扩展（Scale Out）。", "向外扩展", "Scale Out"),
    ("流量回落后集群再向内收缩（Scale In）。", "向内收缩", "Scale In"),
])
def test_a_stop_word_the_gloss_translates_stays(text, term, gloss):
    assert (term, gloss, "zh-en") in pairs(text)



def test_inter_is_translated_by_jian():
    assert ("节点间通信", "inter-node communication", "zh-en") in pairs(
        "多机训练中，节点间通信（inter-node communication）是瓶颈。")


@pytest.mark.parametrize("text", [
    "每个参数用 FP16（两个字节）存储。",  # a count of bytes: how much, not what
    "量化到 INT8（一个字节）以后更省显存。",
    "图中训练了13B（左）和66B（右）两个模型。",  # a figure's panels
])
def test_counts_and_panel_sides_are_no_gloss(text):
    assert pairs(text) == []


@pytest.mark.parametrize("text, term, gloss", [
    ("Each value takes two bytes（两个字节）of memory.", "two bytes", "两个字节"),
    ("We model text with a bigram（二元语法）first.", "bigram", "二元语法"),
])
def test_a_gloss_that_counts_what_the_head_counts_stays(text, term, gloss):
    assert (term, gloss, "en-zh") in pairs(text)


@pytest.mark.parametrize("text, term, gloss", [
    # 基于…的 is one modifier frame; a noun and its verb before 的 make a nominal modifier
    ("第三步是基于人类反馈的强化学习（RLHF）。", "基于人类反馈的强化学习", "RLHF"),
    ("他们改用基于模型的强化学习（MBRL）来省样本。", "基于模型的强化学习", "MBRL"),
    ("这一步使用基于人类反馈的强化学习（Reinforcement Learning from Human Feedback）。",
     "基于人类反馈的强化学习", "Reinforcement Learning from Human Feedback"),
])
def test_a_jiyu_de_frame_before_the_head_is_part_of_the_term(text, term, gloss):
    assert (term, gloss, "zh-en") in pairs(text)


@pytest.mark.parametrize("text, term, gloss", [
    # a name in Title Case is one term, conjunction and all (round 16)
    ("张量核心代表矩阵乘法和累加（Matrix Multiply and Accumulate）运算。", "矩阵乘法和累加",
     "Matrix Multiply and Accumulate"),
    ("这是搜索与推荐（Search and Recommendation）团队的工作。", "搜索与推荐",
     "Search and Recommendation"),
])
def test_a_title_case_name_with_and_is_one_term(text, term, gloss):
    assert pairs(text) == [(term, gloss, "zh-en")]


def test_two_terms_glossed_together_in_lower_case_still_split():
    assert pairs("训练包括预训练和微调（pre-training and fine-tuning）两步。") == [
        ("预训练", "pre-training", "zh-en"), ("微调", "fine-tuning", "zh-en")]

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


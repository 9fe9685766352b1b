"""find_glosses: a Chinese term glossed by a unit symbol is a pair only when the term names the
unit; a quantity glossed by the unit it is measured in is none. Sentences written for the
tests."""

from __future__ import annotations

import pytest
from gloss_pairs import pairs


@pytest.mark.parametrize("text", [
    "这块芯片的显存容量（GB）比上一代大一倍。",
    "处理器的主频（GHz）并不是性能的全部。",
    "表中列出了网络吞吐量（Gbps）和延迟。",
])
def test_a_quantity_glossed_by_its_unit_gives_no_pair(text):
    assert [p for p in pairs(text) if p[2] == "zh-en"] == []


@pytest.mark.parametrize("text, expected", [
    # guards (pass either way): the term names the unit
    ("这里的数据量以兆字节（MB）计。", [("兆字节", "MB", "zh-en")]),
    ("频率的单位是赫兹（Hz）。", [("赫兹", "Hz", "zh-en")]),
])
def test_a_unit_name_glossed_by_its_symbol_is_a_pair(text, expected):
    assert pairs(text) == expected

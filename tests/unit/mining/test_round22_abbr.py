"""Round 22, abbr (invented lines): a Chinese lead-in before a short form or a long form
(`简称`, `全称`) is no part of an abbr pair, whose gloss is the short form itself (S1a); a
short form of two parts spells the long form's initials (`HPP GC`)."""

from __future__ import annotations

import pytest
from gloss_pairs import pairs


@pytest.mark.parametrize("text, expected", [
    ("引入启发式 Collection Set（简称 CSet）选择算法。", [("Collection Set", "CSet", "abbr")]),
    ("GC（全称 Garbage Collection），即垃圾回收。", [("Garbage Collection", "GC", "abbr")]),
    ("HPP GC（High Performance Partial Garbage Collection），即高性能部分垃圾回收。",
     [("High Performance Partial Garbage Collection", "HPP GC", "abbr")]),
    ("We use the High Performance Partial Garbage Collection (HPP GC) now.",
     [("High Performance Partial Garbage Collection", "HPP GC", "abbr")]),
])
def test_abbreviations_with_chinese_lead_ins_or_two_parts(text, expected):
    assert pairs(text) == expected


def test_a_chinese_lead_in_before_a_plain_phrase_keeps_the_bracket_whole():
    # `即 input token` after an English word is a Chinese note, not a definition
    assert pairs("请求的 prompt（即 input token）越长越慢。") == []

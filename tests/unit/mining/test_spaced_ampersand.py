"""A spaced `&` joins two words of one English term, as `and` does (`R&D` already did)."""

from __future__ import annotations

import pytest
from gloss_pairs import pairs


@pytest.mark.parametrize("text, expected", [
    ("这一章用 timber & lumber（木材）做例子。", [("timber & lumber", "木材", "en-zh")]),
    ("我们讲 Research & Development（研发）的预算。",
     [("Research & Development", "研发", "en-zh")]),
    # guards (they pass without the rule too): an `&` between letters, and a lone `&` that
    # joins nothing
    ("公司的 R&D（研发）部门", [("R&D", "研发", "en-zh")]),
    ("这里 & pipeline（流水线）很长", [("pipeline", "流水线", "en-zh")]),
])
def test_a_spaced_ampersand_is_inside_the_term(text, expected):
    assert pairs(text) == expected

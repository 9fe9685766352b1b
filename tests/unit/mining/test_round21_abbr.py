"""Round 21, abbr (invented lines): a short form that keeps a word of its long form in front
(`AI RMF` for `AI Risk Management Framework`), in either order and marked or not."""

from __future__ import annotations

import pytest
from gloss_pairs import pairs


@pytest.mark.parametrize("text, expected", [
    ("The AI Risk Management Framework (AI RMF) was published in 2023.",
     [("AI Risk Management Framework", "AI RMF", "abbr")]),
    ("The AI RMF (AI Risk Management Framework) was published in 2023.",
     [("AI Risk Management Framework", "AI RMF", "abbr")]),
    ("- **AI RMF（AI Risk Management Framework）**：NIST 2023 发布。",
     [("AI Risk Management Framework", "AI RMF", "abbr")]),
    ("We mapped controls to the NIST Cybersecurity Framework (NIST CSF) last year.",
     [("NIST Cybersecurity Framework", "NIST CSF", "abbr")]),
])
def test_a_shared_first_word_and_a_short_form(text, expected):
    assert pairs(text) == expected


def test_the_shared_word_must_open_the_long_form():
    # `GPU` does not open `Risk Management Framework`: no long form for the pair
    assert pairs("Its Risk Management Framework (GPU RMF) is new.") == []

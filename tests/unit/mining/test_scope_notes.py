"""find_glosses: a note saying which part of a language or tool a lesson uses (`Python
(stdlib)`, `Python（标准库，…）`) is a scope aside (G1), no gloss; the standard library glossed
as itself stays a pair. Sentences written for the tests."""

from __future__ import annotations

import pytest
from gloss_pairs import pairs


@pytest.mark.parametrize("text", [
    "Language: Python (stdlib)",
    "**类型：** 构建 | **语言：** Python（标准库，一个小型调度器）",
])
def test_a_scope_note_after_a_language_is_no_gloss(text):
    assert pairs(text) == []


@pytest.mark.parametrize("text, expected", [
    ("Python 自带的 standard library（标准库）很丰富。",
     [("standard library", "标准库", "en-zh")]),
    ("Python 自带的标准库（standard library）很丰富。",
     [("标准库", "standard library", "zh-en")]),
])
def test_the_standard_library_glossed_as_itself_stays(text, expected):
    assert pairs(text) == expected

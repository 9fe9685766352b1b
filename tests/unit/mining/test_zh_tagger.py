"""Our HMM-off tagger gives exactly jieba.posseg's words and tags (real jieba, real seeds)."""

from __future__ import annotations

import re

import jieba.posseg
import pytest

from vocab_app.mining.zh_tagger import read_dictionary, tagger


def _seed_lines(seed_paths) -> list[str]:
    lines: list[str] = []
    for path in seed_paths:
        text = path.read_text(encoding="utf-8")
        lines += [line for line in text.splitlines() if re.search("[\u4e00-\u9fff]", line)]
    return lines


def test_same_words_and_tags_as_jieba_posseg_on_every_chinese_line_of_the_seeds(seed_paths):
    lines = _seed_lines(seed_paths)
    assert len(lines) > 100
    ours = tagger()
    for line in lines:
        expected = [(p.word, p.flag) for p in jieba.posseg.lcut(line, HMM=False)]
        assert ours.lcut(line) == expected, line


@pytest.mark.parametrize("text", [
    "", " ", "\r\n", "GPT-4o 和 o1 的 3.5 倍", "C++ 与 C# 编程", "a_b.c",
    "预训练模型(pre-training)", "１２３ＡＢＣ全角", "emoji 😀 与\t制表符",
])
def test_same_as_posseg_on_mixed_scripts_digits_and_spaces(text):
    assert tagger().lcut(text) == [(p.word, p.flag) for p in jieba.posseg.lcut(text, HMM=False)]


def test_a_broken_dictionary_line_is_named(tmp_path):
    good = tmp_path / "dict.txt"
    good.write_text("人工智能 100 n\n人工 50 n\n", encoding="utf-8")
    freq, total, tags = read_dictionary(good)
    assert (freq["人工智能"], freq["人工智"], total, tags["人工"]) == (100, 0, 150, "n")
    bad = tmp_path / "bad.txt"
    bad.write_text("人工智能 100 n\n人工 n\n", encoding="utf-8")
    with pytest.raises(ValueError, match="at line 2"):
        read_dictionary(bad)

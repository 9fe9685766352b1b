"""A Chinese paragraph indented by its writer (a tab or four spaces, the first-line indent of
Chinese typesetting) is read as text in a Markdown file; an indented block of code stays code.
Round 22's x3 (course transcripts in Markdown) indents every paragraph with a tab."""

from __future__ import annotations

from gloss_pairs import file_pairs


def test_tab_indented_chinese_paragraphs_are_text(tmp_path):
    text = ("# 第十一章\n\n\t在本次课程中，我们将会讲到误差分析（error analysis）的概念。\n\n"
            "\t**查准率**（Precision）和**查全率**（Recall）是两个指标。\n")
    assert file_pairs(tmp_path, "notes.md", text) == [
        ("误差分析", "error analysis", "zh-en"), ("查准率", "Precision", "zh-en"),
        ("查全率", "Recall", "zh-en")]


def test_an_indented_code_block_stays_code(tmp_path):
    text = ("# 示例\n\n正文段落。\n\n    x = softmax(logits)  # 归一化（normalization）\n"
            "    print(\"完成（done）\")\n\n后面的段落讲梯度下降（gradient descent）。\n")
    assert file_pairs(tmp_path, "notes.md", text) == [
        ("梯度下降", "gradient descent", "zh-en")]

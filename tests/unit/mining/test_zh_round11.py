"""Round 11 of the Chinese term rules (invented sentences): quantity nouns in 数 inside a name,
class nouns the English name leaves out, clauses of likeness, and what Markdown math hides."""

from __future__ import annotations

import pytest

from vocab_app.mining.pipeline import mine_document
from vocab_app.mining.readers import parse_text


def _pairs(text: str, path: str = "notes.md") -> list[tuple[str, str]]:
    return [(o.term, o.gloss) for o in mine_document(parse_text(text, path=path))]


@pytest.mark.parametrize("text, expected", [
    ("- 简单多数规则（majority rule）\n", [("简单多数规则", "majority rule")]),
    ("本章讨论少数样本（minority samples）的采样。", [("少数样本", "minority samples")]),
])
def test_a_quantity_noun_in_shu_stays_when_the_gloss_translates_it(text, expected):
    assert _pairs(text) == expected


def test_a_count_before_a_term_is_still_dropped():
    assert _pairs("我们训练了多个模型（models）。") == [("模型", "models")]


@pytest.mark.parametrize("text, expected", [
    ("常用的还有梯度提升算法（Gradient Boosting），效果很好。",
     [("梯度提升算法", "Gradient Boosting")]),
    ("本文比较了快速排序方法（Quick Sort）与其他做法。", [("快速排序方法", "Quick Sort")]),
])
def test_a_class_noun_the_english_name_leaves_out_does_not_cut_the_name(text, expected):
    assert _pairs(text) == expected


def test_a_class_noun_the_gloss_translates_counts_as_usual():
    assert _pairs("接着使用剪枝算法（pruning algorithm）。") == [("剪枝算法", "pruning algorithm")]


@pytest.mark.parametrize("text", [
    "- 编码 / 解码方式不同（encoder / decoder）\n",
    "两个版本的接口相同（same API）。",
])
def test_a_clause_of_likeness_is_no_term(text):
    assert _pairs(text) == []


@pytest.mark.parametrize("text, expected", [
    ("引言。\n\n$$\n总成本 = f(人力成本)+g(设备成本)\n$$\n\n然后是过拟合（overfitting）。\n",
     [("过拟合", "overfitting")]),
    ("$$ y = h(隐状态)\n+ b\n$$\n损失（loss）很小。\n", [("损失", "loss")]),
    ("\\[\nL(预测) + R(权重)\n\\]\n损失（loss）很小。\n", [("损失", "loss")]),
    ("公式 \\(s(苹果) = 1\\) 和过拟合（overfitting）。\n", [("过拟合", "overfitting")]),
])
def test_display_and_inline_latex_math_hold_no_gloss(text, expected):
    assert _pairs(text) == expected


def test_an_unclosed_display_math_ends_at_the_paragraph():
    text = "$$\nf(业务需求)\n\n然后是过拟合（overfitting）。\n"
    assert _pairs(text) == [("过拟合", "overfitting")]


def test_an_escaped_bracket_opening_a_line_is_no_math():
    text = "\\[1\\] 参考文献。\n\n\\[2] 然后是过拟合（overfitting）。\n"
    assert _pairs(text) == [("过拟合", "overfitting")]


@pytest.mark.parametrize("text, expected", [
    ("对于训练集$D$（training set），共有m个样本。", [("训练集", "training set")]),
    ("模型的隐藏层维度$d_h$（hidden size）很大。", [("隐藏层维度", "hidden size")]),
])
def test_a_math_symbol_between_a_chinese_term_and_its_gloss_is_stepped_over(text, expected):
    assert _pairs(text) == expected


def test_a_function_word_before_a_math_symbol_is_still_no_term():
    assert _pairs("其中$x$（input）是输入。") == []


@pytest.mark.parametrize("text, expected", [
    ("我们使用 Acme Cloud 对象存储（以下简称“AOS”）保存数据。",
     [("Acme Cloud 对象存储", "以下简称“AOS”")]),
    ("[Foo 开放平台（简称 FOP）](https://example.org) 已上线。", [("Foo 开放平台", "简称 FOP")]),
])
def test_a_short_name_stands_for_the_whole_name_brand_included(text, expected):
    assert _pairs(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("我们使用 Acme 对象存储（object storage）保存数据。", [("对象存储", "object storage")]),
    ("我们在 macOS 系统（以下简称系统）上测试。", []),
])
def test_without_a_short_name_the_brand_stays_out(text, expected):
    assert _pairs(text) == expected


def test_consistency_terms_are_no_likeness_clauses():
    assert _pairs("最终一致（eventual consistency）也可以。") == [
        ("最终一致", "eventual consistency")]


def test_a_run_of_dollars_opening_a_line_is_no_math():
    text = "$$$ 很贵。\n然后是过拟合（overfitting）。\n"
    assert _pairs(text) == [("过拟合", "overfitting")]


def test_a_one_letter_function_applied_to_chinese_is_notation():
    assert _pairs("总需求 = h(外部需求) + k(内部需求)，见上文。") == []


def test_a_capital_letter_before_its_chinese_name_is_still_a_term():
    assert _pairs("这里的 C（碳）是主要元素。") == [("C", "碳")]

"""A tag named in inline code opens no HTML block (round 17: a Markdown page on browsers wrote
`` `<script>` 标签 `` and everything after it was lost)."""

from __future__ import annotations

import pytest
from helpers.timing import assert_linear

from vocab_app.mining.pipeline import mine_document
from vocab_app.mining.readers import parse_text
from vocab_app.mining.readers.html_blocks import in_code_span, split_html_blocks


def pairs_of(text: str) -> list[tuple[str, str, str]]:
    return [(o.term, o.gloss, o.style) for o in mine_document(parse_text(text, path="n.md"))]


@pytest.mark.parametrize("code", ["`<script>`", "``<style> a { }``", "`<!--`", "`<pre>`"])
def test_a_tag_quoted_as_code_hides_nothing_after_it(code):
    text = (f"# 页面\n\n遇到 {code} 标签时会阻塞渲染。\n\n"
            "无障碍对象模型（AOM）类似于 DOM 的语义版本。\n")
    assert pairs_of(text) == [("无障碍对象模型", "AOM", "zh-en")]


def test_a_real_script_block_over_lines_is_still_dropped():
    text = ("# Page\n\n<script>\nconst model = load(weights);  // 权重（weights）\n</script>\n\n"
            "梯度下降（gradient descent）很常用。\n")
    assert pairs_of(text) == [("梯度下降", "gradient descent", "zh-en")]


def test_a_script_opened_after_a_code_span_still_hides_its_lines():
    text = ("# Page\n\n`code` <script>\nw = 1  // 权重（weights）\n</script>\n\n"
            "梯度（gradient）很重要。\n")
    assert pairs_of(text) == [("梯度", "gradient", "zh-en")]


@pytest.mark.parametrize("line, pos, inside", [
    ("a `<b>` c", 3, True),
    ("a <b> `c`", 2, False),
    ("a ``x ` <b>`` c", 8, True),  # a single tick inside a double-tick span
    ("a `x <b>", 5, False),  # an unclosed tick is a literal backtick, not code
    ("`x` <b> `y`", 4, False),
])
def test_in_code_span_pairs_backtick_runs_of_equal_length(line, pos, inside):
    assert in_code_span(line, pos) is inside


def test_in_code_span_is_linear_on_backtick_dense_lines():
    def work(n: int):
        line = "`a``b" * n + "<script>"
        return lambda: in_code_span(line, len(line) - 8)
    assert_linear(work, 40_000)


@pytest.mark.parametrize("text", [
    "就可以开始{{glossary('parse', '“解析”')}}收到的信息。",
    'Call t("Save") before you show the button.',
])
def test_a_call_with_quoted_arguments_is_code(text):
    assert pairs_of(text) == []


def test_a_gloss_inside_a_call_argument_is_still_read():
    text = "{{glossary('Time to Interactive', '可交互时间（TTI）')}}是测量页面可交互时间的指标。"
    assert pairs_of(text) == [("可交互时间", "TTI", "zh-en")]


def test_a_quoted_gloss_after_a_space_is_no_call():
    assert pairs_of('The word "hello" ("你好") is common.') == [("hello", "你好", "en-zh")]


def test_an_indented_paragraph_of_a_list_item_is_text_not_code():
    # CommonMark: indented as far as the item's text, after a blank line, it continues the item
    notes = ("# 编码\n\n1. PLAIN 编码（PLAIN）\n\n"
             "    默认的编码方式。游程编码（RLE）也可用于浮点数。\n\n"
             "2. 字典编码（DICTIONARY）\n")
    assert pairs_of(notes) == [("游程编码", "RLE", "zh-en"), ("字典编码", "DICTIONARY", "zh-en")]


def test_code_inside_a_list_item_needs_four_more_spaces():
    notes = ("# 用法\n\n- 运行：\n\n        model（weights）= load()\n\n"
             "梯度下降（gradient descent）很常用。\n")
    assert pairs_of(notes) == [("梯度下降", "gradient descent", "zh-en")]


def test_an_indented_block_after_a_paragraph_at_the_margin_is_code():
    notes = ("# 用法\n\n- 一项\n\n正文在左边。\n\n    权重（weights）= load()\n\n"
             "梯度下降（gradient descent）很常用。\n")
    assert pairs_of(notes) == [("梯度下降", "gradient descent", "zh-en")]


@pytest.mark.parametrize("notes", [
    '# T\n\n!!! note "提示"\n\n    梯度下降（gradient descent）很常用。\n',
    '# T\n\n??? tip "展开"\n\n    梯度下降（gradient descent）很常用。\n',
    '# T\n\n=== "Python"\n\n    梯度下降（gradient descent）很常用。\n',
])
def test_the_text_of_an_mkdocs_admonition_or_tab_is_text(notes):
    assert pairs_of(notes) == [("梯度下降", "gradient descent", "zh-en")]


@pytest.mark.parametrize("notes", [
    "# T\n\n1. 安装\n\n    ```bash\n    load(w) = 权重（weights）\n    ```\n\n梯度（gradient）。\n",
    '# T\n\n!!! note "x"\n\n    ```python\n    权重（weights）= 1\n    ```\n\n梯度（gradient）。\n',
])
def test_a_fence_inside_a_list_item_or_admonition_is_still_code(notes):
    assert pairs_of(notes) == [("梯度", "gradient", "zh-en")]


def test_a_page_saved_on_one_line_is_read_a_paragraph_per_block():
    page = ("<html><body><h1>Asthma</h1><p>Shortness of breath (dyspnea) is common.</p>"
            "<p>Swelling of the airways (inflammation) narrows them.</p></body></html>")
    doc = parse_text(page, path="asthma.html")
    assert doc.title == "Asthma"
    assert [s.text for s in doc.segments] == [
        "Asthma", "Shortness of breath (dyspnea) is common.",
        "Swelling of the airways (inflammation) narrows them."]
    assert ("Shortness of breath", "dyspnea", "def") in [
        (o.term, o.gloss, o.style) for o in mine_document(doc)]


@pytest.mark.parametrize("line", [
    "Write `<p>a</p><p>b</p>` to make two paragraphs.",  # code the author quotes
    "| <div>a</div> | <div>b</div> |",  # a table row keeps its cells
])
def test_block_tags_in_code_or_a_table_row_split_nothing(line):
    assert list(split_html_blocks([line])) == [line]

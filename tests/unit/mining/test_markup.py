"""Author markup is read, not mined: emphasis marks the term, and no `*`, `_`, `#` or tag reaches
a term or a gloss (RULES.md M1–M3). Also: reading it stays linear on hostile lines."""

from __future__ import annotations

import pytest
from helpers.timing import assert_linear
from hypothesis import given, settings
from hypothesis import strategies as st

from vocab_app.mining.pipeline import mine_document
from vocab_app.mining.readers import parse_text
from vocab_app.mining.readers.markup import strip_inline


def marked(line: str) -> tuple[str, list[str], list[str]]:
    m = strip_inline(line)
    return m.text, [m.text[a:b] for a, b in m.marks], [m.text[a:b] for a, b in m.code]


@pytest.mark.parametrize("line, text, marks", [
    ("we **lay the groundwork** (打下基础) for", "we lay the groundwork (打下基础) for",
     ["lay the groundwork"]),
    ("*梯度*（gradient）", "梯度（gradient）", ["梯度"]),
    ("__overfitting__ (过拟合)", "overfitting (过拟合)", ["overfitting"]),
    ("_drift_ (漂移)", "drift (漂移)", ["drift"]),
    ("<b>drift</b>（漂移）", "drift（漂移）", ["drift"]),
    ("<strong>a</strong> <em>b</em> <i>c</i> <u>d</u> <mark>e</mark>", "a b c d e",
     ["a", "b", "c", "d", "e"]),
    ("**奖励（reward**）", "奖励（reward）", ["奖励（reward"]),
    # bold around a term and its full-width bracket, Chinese text right after (round 8)
    ("用**键（key）**查，**值**存", "用键（key）查，值存", ["键（key）", "值"]),
    # an ASCII bracket before a full-width one still closes italics as before
    ("**初始化**（*Init (I)*）", "初始化（Init (I)）", ["初始化", "Init (I)"]),
    # an ASCII bracket or quote before the closing star and Chinese after it: Chinese puts no
    # space after emphasis, so the run closes (CommonMark's flanking rule alone would not)
    ("其*析构函数(destructor)*将运行", "其析构函数(destructor)将运行", ["析构函数(destructor)"]),
    ("称为**“流水线”**的结构", "称为“流水线”的结构", ["“流水线”"]),
    ("我们**打下基础**（lay the groundwork）", "我们打下基础（lay the groundwork）", ["打下基础"]),
    ("***both***", "both", ["both"]),
    ("*标签*（labels，也称*目标*（targets））", "标签（labels，也称目标（targets））",
     ["标签", "目标"]),
    # the letters an acronym takes, in bold inside the words of its long form (round 54)
    ("卷积神经网络（**C**onvolutional **N**eural **N**etwork）",
     "卷积神经网络（Convolutional Neural Network）", ["C", "N", "N"]),
    ("多层感知机（**M**ulti**L**ayer **P**erceptron）", "多层感知机（MultiLayer Perceptron）",
     ["M", "L", "P"]),
])
def test_emphasis_is_removed_and_its_span_kept(line, text, marks):
    assert marked(line)[:2] == (text, marks)


@pytest.mark.parametrize("line", [
    "snake_case_name stays", "2*3*4 = 24", "the 4th* version", "* footnote", "x**2 + y**2",
    "a**b**c",
    "a * b * c", "file_name_(1).txt", "x <y and z> w", "**unclosed bold",
    "The <b> element (加粗元素) makes text bold.", "a <script> tag", "</i> closes nothing",
])
def test_stars_and_underscores_that_are_not_emphasis_stay_literal(line):
    assert marked(line) == (line, [], [])


def test_html_tags_are_dropped_and_entities_decoded():
    assert marked('<span class="x">R &amp; D</span> <script>alert(1)</script>done &#x4e2d;')[0] \
        == "R & D done 中"
    assert marked("a <!-- hidden (note) --> b")[0] == "a b"


def test_code_links_and_urls():
    assert marked("call `f(x)` here") == ("call f(x) here", [], ["f(x)"])
    assert marked("<code>g(y)</code>") == ("g(y)", [], ["g(y)"])
    assert marked("see [the docs](https://x.org/a_(b)) and ![a chart](img/c.png)") == (
        "see the docs and a chart", [], [])
    assert marked("[**gradient**](https://x.org) (梯度)") == ("gradient (梯度)", ["gradient"], [])
    text, _, code = marked("at https://en.wikipedia.org/wiki/Foo_(bar). Then")
    assert code == ["https://en.wikipedia.org/wiki/Foo_(bar)"] and text.endswith(". Then")


NOTES = """# Week 3 notes

### Tool Use (工具使用)

- **Token Budget（令牌预算）**：how many tokens a call may use
- we **lay the groundwork** (打下基础) for the next step
1. __overfitting__ (过拟合)
> *梯度*（gradient）is quoted here

| term | 中文 |
|------|------|
| **drift** (漂移) | 漂移 |

```python
x = f(a) (not a gloss)
```

    indented (code block)

Call `load(path)` (加载) then read [the guide](https://example.org/guide_(v2)) (指南).
Raw https://example.org/page_(section) link.
"""


def test_markdown_notes_give_clean_terms_and_glosses():
    doc = parse_text(NOTES, path="notes.md")
    texts = [s.text for s in doc.segments]
    assert doc.title == "Week 3 notes"
    assert "Tool Use (工具使用)" in texts
    assert "Token Budget（令牌预算）：how many tokens a call may use" in texts
    assert not any(ch in t for t in texts for ch in "*#|`"), texts
    assert not any("x = f(a)" in t or "indented" in t for t in texts)
    groundwork = next(s for s in doc.segments if "groundwork" in s.text)
    assert [groundwork.text[a:b] for a, b in groundwork.marks] == ["lay the groundwork"]
    pairs = {(o.term, o.gloss) for o in mine_document(doc)}
    for term, gloss in [("Tool Use", "工具使用"), ("Token Budget", "令牌预算"),
                        ("overfitting", "过拟合"), ("梯度", "gradient"), ("drift", "漂移"),
                        ("guide", "指南")]:
        assert (term, gloss) in pairs
    # nothing from code (`load(path)` and the gloss right after it) or from a URL
    assert not any(t in term for term, _ in pairs for t in ("load", "path", "http", "section"))
    assert not any(gloss in ("加载", "path", "section") for _, gloss in pairs)
    assert not any(ch in term + gloss for term, gloss in pairs for ch in "*_#<>`|")


def test_plain_text_notes_with_markup_are_read_the_same_way():
    doc = parse_text("Vocabulary\n\n- **cadence** (节奏) of speech\n- <b>drift</b>（漂移）\n"
                     "## More\n", path="notes.txt")
    assert [s.text for s in doc.segments] == [
        "Vocabulary", "cadence (节奏) of speech", "drift（漂移）", "More"]
    assert doc.segments[1].marks == ((0, 7),)


def test_an_indented_paragraph_of_a_plain_text_file_is_not_code():
    doc = parse_text("Intro line.\n\n    An indented paragraph on gradient descent (梯度下降).\n",
                     path="a.txt")
    assert any("梯度下降" in s.text for s in doc.segments)


@pytest.mark.parametrize("source", [
    "Install it:\n\n```pip install tensor(s)```\n\nThen **drift** (漂移) appears.\n",
    "```ls -la``` lists files.\nA **kernel** (内核) runs them.\n",
    "  ```` a ``` b ```` is one span\nThe **scheduler** (调度器) waits.\n",
])
def test_a_one_line_triple_backtick_span_is_code_not_a_fence(source):
    doc = parse_text(source, path="notes.md")
    pairs = [(o.term, o.gloss) for o in mine_document(doc)]
    assert len(pairs) == 1 and pairs[0][1] in ("漂移", "内核", "调度器")
    assert all("(s)" not in s.text or s.code for s in doc.segments)


@pytest.mark.parametrize("source", [
    "```python\nmodel(模型) = 1\n```\nA **kernel** (内核) runs.\n",
    "~~~ see `x`\nmodel(模型)\n~~~\nA **kernel** (内核) runs.\n",
])
def test_a_fence_with_an_info_string_still_opens_a_code_block(source):
    pairs = [(o.term, o.gloss) for o in mine_document(parse_text(source, path="notes.md"))]
    assert pairs == [("kernel", "内核")]


@pytest.mark.parametrize("noise", ["**(*(", "*_`[<&(", "[a](", "<b><i>", "<code>(", "_a*",
                                   "``` `` `", "__*_(（"])
def test_a_line_of_markup_noise_is_read_in_linear_time(noise):
    def work(size: int):
        line = (noise * (size // len(noise) + 1))[:size]
        return lambda: mine_document(parse_text(line, path="noise.md"))

    assert_linear(work, 100_000)


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(list("*_`[]()<>!&#;/ab 中\\") + [
    "<b>", "</b>", "<i>", "</i>", "**", "__", "](http://x.y/a_(b))", "&amp;", "http://e.org/",
    "<code>", "</code>", "<!--", "-->"]), max_size=40).map("".join))
def test_any_line_gives_spans_inside_its_text(line):
    m = strip_inline(line)
    for a, b in (*m.marks, *m.code):
        assert 0 <= a < b <= len(m.text)
    assert list(m.marks) == sorted(m.marks)


def test_front_matter_footnotes_and_html_blocks():
    doc = parse_text("---\ntitle: 笔记\ntags: [ml]\n---\n\n# Notes\n\n"
                     "Dropout[^1] (随机失活) helps.\n\n"
                     "<details><summary>More</summary>A <strong>loss function</strong>（损失函数）"
                     "measures error.</details>\n\n[^1]: Srivastava et al. (2014).\n",
                     path="notes.md")
    assert [s.text for s in doc.segments] == [
        "Notes", "Dropout (随机失活) helps.", "More A loss function（损失函数）measures error."]
    pairs = {(o.term, o.gloss) for o in mine_document(doc)}
    assert ("loss function", "损失函数") in pairs and ("Dropout", "随机失活") in pairs


@pytest.mark.parametrize("line, text", [
    # CommonMark: a destination in angle brackets may hold spaces and brackets
    ("![alt text](<assets/多模态大模型（Multimodal LLMs）/0.png>) 后面", "alt text 后面"),
    ("[指南](<docs/user guide.md>) 后面", "指南 后面"),
    ("[指南](<docs/guide.md>) 后面", "指南 后面"),
])
def test_a_link_destination_in_angle_brackets_is_dropped_whole(line, text):
    assert strip_inline(line).text == text


def test_a_chinese_term_italicised_with_its_ascii_bracket_is_the_whole_marked_span():
    """`*析构函数(destructor)*将运行` (a Chinese reference manual): the star after `)` closes, so
    the author's span, not the class noun 函数 alone, is the term (M1)."""
    doc = parse_text("其*析构函数(destructor)*将运行，*不可反驳型(irrefutable)*模式总能匹配。\n",
                     path="ref.md")
    pairs = {(o.term, o.gloss) for o in mine_document(doc)}
    assert pairs == {("析构函数", "destructor"), ("不可反驳型", "irrefutable")}

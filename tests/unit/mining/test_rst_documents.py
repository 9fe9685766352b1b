"""reStructuredText documents (Sphinx docs, much of them in Chinese, saved as .txt or .rst):
a heading's `~~~~` underline is no code fence, so the rest of the page is read (round 56 lost
every gloss after the first such heading), and a directive's code block or a `>>>` session is
code, never a gloss (M3)."""

from __future__ import annotations

import pytest

from vocab_app.mining.pipeline import mine_document
from vocab_app.mining.readers import parse_text

PAGE = """\
MegEngine 实现卷积神经网络
==========================

图片 Tensor 布局
~~~~~~~~~~~~~~~~

每张图片的形状为 $(32, 32, 3)$, 又称为 HWC 布局（Layout）。

.. code-block:: python

   sample = X_train[0]
   trans = ToMode().apply(sample)

>>> print(sample.shape, trans.shape)
(32, 32, 3) (3, 32, 32)

卷积层
~~~~~~

卷积核（Kernel）在输入上滑动，步幅（Stride）是每次移动的距离。
"""


def pairs_of(source: str, path: str) -> list[tuple[str, str]]:
    return [(o.term, o.gloss) for o in mine_document(parse_text(source, path=path))]


@pytest.mark.parametrize("path", ["cnn_tutorial.txt", "cnn_tutorial.rst"])
def test_a_tilde_underline_opens_no_code_block_and_code_gives_no_gloss(path):
    assert pairs_of(PAGE, path) == [("布局", "Layout"), ("卷积核", "Kernel"), ("步幅", "Stride")]


def test_a_tilde_fence_after_a_blank_line_is_still_code():
    source = "Notes\n\n~~~\nmodel(模型) = 1\n~~~\n\nA **kernel** (内核) runs.\n"
    assert pairs_of(source, "notes.md") == [("kernel", "内核")]


@pytest.mark.parametrize("source, expected", [
    # tildes as long as the line above underline it: the text goes on
    ("Title\n~~~~~\n\nThe model (模型) runs.\n", [("model", "模型")]),
    # shorter than the line above they open a fence, as in Markdown
    ("A longer line of text\n~~~~~\nmodel(模型) = 1\n~~~~~\n\nA **kernel** (内核) runs.\n",
     [("kernel", "内核")]),
])
def test_only_tildes_as_long_as_the_line_above_underline_it(source, expected):
    assert pairs_of(source, "notes.md") == expected


PLAIN_PAGE = """\
理解MNIST例子
=====================

卷积核（Kernel）在输入上滑动。

.. code-block:: python

    feed_dict = {x: X_train_a, y_: y_train_a}
    sess.run(train_op, feed_dict=feed_dict)

然后我们使用丢弃法（Dropout）。
"""


@pytest.mark.parametrize("path", ["mnist.txt", "mnist.rst"])
def test_a_page_whose_only_markup_is_a_directive_is_read_as_markup(path):
    # no Markdown heading, fence, bold, link, tag or table: the directive alone says the page
    # is marked up, so its code block is code (`sess.run(train_op, …)` is no gloss)
    assert pairs_of(PLAIN_PAGE, path) == [("卷积核", "Kernel"), ("丢弃法", "Dropout")]

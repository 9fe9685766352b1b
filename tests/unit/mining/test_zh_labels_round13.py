"""Chinese grammar-term labels (round 13, learner notes written in Chinese): a three-character
word jieba tags as an idiom (疑问句) right before the bracket heads the term, and a label whose
words the gloss covers keeps its leading verb (`选择问句（alternative questions）`); a label
longer than its gloss still loses it. Sentences written for the tests."""

from __future__ import annotations

import pytest

from vocab_app.mining.glosses import find_glosses

CASES = [
    ("这是一个一般疑问句（general question）。", "一般疑问句"),
    ("- 反意疑问句（tag questions）", "反意疑问句"),
    ("#### 特殊疑问句(special questions)", "特殊疑问句"),
    ("他总是走后门（backdoor）。", "走后门"),
    ("## 选择问句（alternative questions）", "选择问句"),
    ("## 选择模型（model）", "模型"),
    ("#### 引入注意力（attention）", "注意力"),
    ("我们选择模型（model）。", "模型"),
    ("先进先出（FIFO）是一种队列策略。", "先进先出"),
]


@pytest.mark.parametrize(("sentence", "term"), CASES)
def test_grammar_term_labels(sentence: str, term: str) -> None:
    assert [h.term for h in find_glosses(sentence) if h.style == "zh-en"] == [term]
